/**
 * The work a function does, counted rather than timed (a count does not change when the machine is busy): the
 * characters its regular expressions run over. Each `exec` — and every `test`, `match`, `matchAll`, `replace`,
 * `split` and `search`, which call it — counts the span from where it starts to the end of its match, or to the end
 * of the input when it fails (a sticky one that fails, 1). Reading a text once counts about its length; reading it
 * again from each place, about its length squared. (Backtracking inside one `exec` is not counted: the tests with a
 * budget in milliseconds cover that.)
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
