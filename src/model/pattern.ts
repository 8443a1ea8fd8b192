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
 *
 * Our own processes (the CLI, its workers, the language server) do better:
 * they tell V8 to compile every pattern at its first match, whatever the
 * subject's length (`compilePatternsAtFirstMatch`, V8's `--no-regexp-tier-up`).
 * Then a pattern needs no run when made, and only the patterns a draft meets
 * are compiled: a cold lint of one small draft compiles about half of them.
 * The API leaves its host's V8 flags alone, and keeps the run on 1,000 spaces.
 */
import v8 from 'node:v8'

/** V8's length of subject from which a pattern is compiled at its first match (`kTierUpForSubjectLengthValue`). */
const COMPILE_AT_ONCE = 1000
const SUBJECT = ' '.repeat(COMPILE_AT_ONCE)

/** Whether V8 compiles each pattern at its first match in this process (set once, by our own entry points). */
let compiledAtFirstMatch = false

/**
 * For a process of our own, before its first pattern is made: V8 compiles every pattern to machine code at its
 * first match, never interprets one. The bundled CLI's bin sets the same V8 flag before it compiles the bundle (the
 * flag is part of what a V8 code cache is checked against).
 */
export function compilePatternsAtFirstMatch(): void {
  v8.setFlagsFromString('--no-regexp-tier-up')
  compiledAtFirstMatch = true
}

/** `new RegExp(source, flags)`, compiled now (or at its first match, where V8 was told to: see above). */
export function pattern(source: string, flags?: string): RegExp {
  const re = new RegExp(source, flags)
  if (compiledAtFirstMatch) return re
  re.exec(SUBJECT)
  re.lastIndex = 0
  return re
}
