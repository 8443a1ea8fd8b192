/**
 * The model's fixed patterns, compiled to machine code at their first use.
 *
 * V8 runs a regular expression's first match in its bytecode interpreter and
 * compiles it to machine code for the next one ("tier-up"), unless that first
 * subject is 1,000 characters or longer: then it compiles at once. Our largest
 * patterns (signals listed every way a release writes them, dates in two
 * languages) took 5–40 ms each in that first, interpreted match: together about
 * half of a cold lint of one small draft, against well under a millisecond each
 * to compile. So a pattern is run once on 1,000 spaces before its first real
 * match, and is compiled then.
 *
 * That run happens at the pattern's first use, not when it is made: a small
 * draft meets about a third of the model's patterns (132 of 353 for a closing
 * announcement), and compiling all of them when the modules load cost a cold
 * lint 25–30 ms. The pattern carries its own `exec` and symbol methods (every
 * way a string method or a test reaches a pattern goes through one of them);
 * the first call removes them, newest first, which returns the object to V8's
 * plain RegExp shape (its fast paths check the shape: a test keeps this so),
 * compiles it and makes the call.
 *
 * For the patterns made once, when a module loads. A pattern made for one
 * draft (from an issuer's own names) is left to V8: most run a few times only.
 *
 * A limit of V8's to know (regexp.cc, `TooMuchRegExpCode`): once a process has
 * generated more than 1 MB of regular-expression code (bytecode and machine
 * code, counted since it started) and holds more than 16 MB of executable
 * memory, every pattern compiled after is compiled unoptimized and "slow
 * safe", for good: measured up to ten times slower per match. Our fixed
 * patterns compile to about 45 MB of machine code in both encodings (one-byte
 * and two-byte subjects are compiled apart); the largest, the forward-looking
 * words, to 2.4 MB. A run over many drafts crosses the limit after two or
 * three, so a pattern first met later, or first met on a two-byte subject
 * later, runs slow for the rest of the run. Compiling them all up front (about
 * 200 ms per encoding) did not pay for itself on a 118-draft run (session 39);
 * smaller machine code for the largest patterns would.
 */

/** V8's length of subject from which a pattern is compiled at its first match (`kTierUpForSubjectLengthValue`). */
const COMPILE_AT_ONCE = 1000
const SUBJECT = ' '.repeat(COMPILE_AT_ONCE)

/** The methods through which a pattern is used, in the order they are put on a pattern (removed in reverse). */
const METHODS = ['exec', Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split] as const
type Method = (typeof METHODS)[number]
type Builtin = (this: RegExp, ...args: unknown[]) => unknown
/** The built-in `exec`, taken at load: the compiling run is not a use (a test that counts exec's work skips it). */
const BUILTIN_EXEC = RegExp.prototype.exec

/** Make `re` a plain RegExp again, then compile it now. */
function compile(re: RegExp): void {
  const own = re as unknown as Record<Method, unknown>
  for (let index = METHODS.length - 1; index >= 0; index--) delete own[METHODS[index]]
  compileNow(re)
}

/** Compile `re` to machine code now, by a run on `SUBJECT` (its lastIndex kept). */
function compileNow(re: RegExp): void {
  const lastIndex = re.lastIndex
  BUILTIN_EXEC.call(re, SUBJECT)
  re.lastIndex = lastIndex
}

/**
 * Each method as a pattern carries it until its first use (shared by all): compile, then the method a plain RegExp
 * has (RegExp.prototype's, read at the call: what a test that counts the work of `exec` put there, too).
 */
const LAZY = new Map<Method, Builtin>(
  METHODS.map((method) => [
    method,
    function (this: RegExp, ...args: unknown[]) {
      compile(this)
      return (this as unknown as Record<Method, Builtin>)[method].apply(this, args)
    }
  ])
)

const MADE: RegExp[] = []
/** Every pattern `pattern()` has made: once the model's modules are loaded, its fixed patterns (for the tests). */
export function madePatterns(): readonly RegExp[] {
  return MADE
}

/** `new RegExp(source, flags)`, compiled to machine code before its first match. */
export function pattern(source: string, flags?: string): RegExp {
  const re = new RegExp(source, flags)
  MADE.push(re)
  // Plain assignments, the same functions for every pattern: V8 follows one chain of hidden classes (353 patterns
  // made with `Object.defineProperty` cost a cold start about 15 ms; assigned, under 1 ms).
  const own = re as unknown as Record<Method, Builtin>
  for (const method of METHODS) own[method] = LAZY.get(method)!
  return re
}

/**
 * `new RegExp(source, flags)` compiled to machine code now: for a pattern made for one draft (from its own names)
 * that then runs on each of its sentences, whose first, interpreted match would cost more than compiling it. Not one
 * of the model's fixed patterns (`madePatterns` does not list it).
 */
export function compiledNow(source: string, flags?: string): RegExp {
  const re = new RegExp(source, flags)
  compileNow(re)
  return re
}
