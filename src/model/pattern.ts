/**
 * The model's fixed patterns, compiled to machine code as they are made.
 *
 * V8 runs a regular expression's first match in its bytecode interpreter and
 * compiles it to machine code for the next one ("tier-up"), unless that first
 * subject is 1,000 characters or longer: then it compiles at once. Our largest
 * patterns (signals listed every way a release writes them, dates in two
 * languages) took 5–40 ms each in that first, interpreted match: together about
 * half of a cold lint of one small draft, against well under a millisecond each
 * to compile. `pattern()` makes a pattern and runs it once on 1,000 spaces, so
 * that it is compiled before a draft's first sentence meets it.
 *
 * For the patterns made once, when a module loads. A pattern made for one
 * draft (from an issuer's own names) is left to V8: most run a few times only.
 */

/** V8's length of subject from which a pattern is compiled at its first match (`kTierUpForSubjectLengthValue`). */
const COMPILE_AT_ONCE = 1000
const SUBJECT = ' '.repeat(COMPILE_AT_ONCE)

/** `new RegExp(source, flags)`, compiled now. */
export function pattern(source: string, flags?: string): RegExp {
  const re = new RegExp(source, flags)
  re.exec(SUBJECT)
  re.lastIndex = 0
  return re
}
