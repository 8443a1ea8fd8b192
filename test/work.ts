import {expect} from 'vitest'

/**
 * The work a function does, counted rather than timed (a count does not change when the machine is busy): the
 * characters its regular expressions run over. Each `exec` — and every `test`, `match`, `matchAll`, `replace`,
 * `split` and `search`, which call it — counts the span from where it starts to the end of its match, or to the end
 * of the input when it fails (a sticky one that fails, 1). Reading a text once counts about its length; reading it
 * again from each place, about its length squared. (Backtracking inside one `exec` is not counted:
 * test/regex-backtracking.test.ts proves that every pattern backtracks at most linearly.)
 */
export function regexWork(run: () => void): number {
  const original = RegExp.prototype.exec
  let work = 0
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0
    const match = original.call(this, input)
    if (match) work += match.index + match[0].length - from + 1
    else work += this.sticky ? 1 : String(input).length - from + 1
    return match
  }
  try {
    run()
  } finally {
    RegExp.prototype.exec = original
  }
  return work
}

/**
 * Ten times the input, about ten times the work: `read(make(n))` and `read(make(10 * n))` are counted, and the
 * larger is under twenty times the smaller (a hundred times, were the reading quadratic; the margin is for a
 * constant cost). The input is adversarial: a run a pattern could read from each of its places.
 */
export function expectLinearWork(make: (n: number) => string, read: (value: string) => unknown, n: number): void {
  const small = regexWork(() => void read(make(n)))
  expect(small).toBeGreaterThan(n)
  expect(regexWork(() => void read(make(10 * n)))).toBeLessThan(20 * small)
}

type Search = 'indexOf' | 'includes' | 'lastIndexOf'
type Searchable = Record<Search, (search: unknown, at?: number) => number | boolean>

/** The searches that scan a string or an array from a place (a prefilter before a pattern, a lookup in a list). */
const SEARCHES: Array<[Searchable, Search]> = [
  [String.prototype as unknown as Searchable, 'indexOf'],
  [String.prototype as unknown as Searchable, 'includes'],
  [String.prototype as unknown as Searchable, 'lastIndexOf'],
  [Array.prototype as unknown as Searchable, 'indexOf'],
  [Array.prototype as unknown as Searchable, 'includes']
]

/**
 * The work of `run`, counted: `regexWork`'s characters, and the characters (or array elements) each `indexOf`,
 * `includes` and `lastIndexOf` passes over, from where it starts to its hit, or to the end when it misses. A loop
 * that searches the whole text again for each sentence is quadratic here though it runs no pattern.
 */
export function textWork(run: () => void): number {
  const originals = SEARCHES.map(([proto, name]) => proto[name])
  const stringIndexOf = String.prototype.indexOf
  const arrayIndexOf = Array.prototype.indexOf
  let work = 0
  SEARCHES.forEach(([proto, name], index) => {
    const original = originals[index]
    proto[name] = function (this: string | unknown[], search: unknown, at?: number) {
      const found = original.call(this, search, at)
      const length = this.length
      if (name === 'lastIndexOf') {
        const from = at === undefined ? length : Math.min(Math.max(at, 0), length)
        work += from - Math.max(found as number, 0) + 1
        return found
      }
      const from = at === undefined ? 0 : Math.min(Math.max(at < 0 ? length + at : at, 0), length)
      const indexOf = (typeof this === 'string' ? stringIndexOf : arrayIndexOf) as (s: unknown, a?: number) => number
      const hit = name === 'includes' ? (found ? indexOf.call(this, search, at) : -1) : (found as number)
      const size = typeof search === 'string' && typeof this === 'string' ? search.length : 1
      work += (hit >= 0 ? hit + size : length) - from + 1
      return found
    }
  })
  let regex = 0
  try {
    regex = regexWork(run)
  } finally {
    SEARCHES.forEach(([proto, name], index) => (proto[name] = originals[index]))
  }
  return work + regex
}
