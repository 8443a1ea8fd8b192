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
