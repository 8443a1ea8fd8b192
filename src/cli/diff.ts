/**
 * A unified diff of two texts by lines (`--fix-dry-run`), as `diff -u` and
 * `git diff` print it: `---`/`+++` headers, `@@` hunks with three lines of
 * context, `\ No newline at end of file`. Lines keep what ends them apart from
 * the `\n` (a CRLF draft's lines show their `\r`, as git shows them). Myers'
 * algorithm: time proportional to the lines times the lines changed, small for
 * the few edits a fix makes.
 */

const CONTEXT = 3

/** The lines of `text`, each with its `\n` (the last one without, when the text does not end with one). */
function linesOf(text: string): string[] {
  const lines: string[] = []
  let from = 0
  while (from < text.length) {
    const end = text.indexOf('\n', from)
    const to = end === -1 ? text.length : end + 1
    lines.push(text.slice(from, to))
    from = to
  }
  return lines
}

type Op = {kind: ' ' | '-' | '+'; line: string}

/** The shortest edit script from `a` to `b` (Myers 1986), as lines kept, removed and added, in order. */
function script(a: string[], b: string[]): Op[] {
  const n = a.length
  const m = b.length
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let found = false
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = true
        break
      }
    }
  }
  // Walk back through the trace: each step a line removed or added, with the diagonal (lines kept) before it.
  const ops: Op[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d > 0; d--) {
    const w = trace[d]
    const k = x - y
    const down = k === -d || (k !== d && w[offset + k - 1] < w[offset + k + 1])
    const previousK = down ? k + 1 : k - 1
    const previousX = w[offset + previousK]
    const previousY = previousX - previousK
    while (x > previousX && y > previousY) {
      y--
      ops.push({kind: ' ', line: a[--x]})
    }
    if (down) ops.push({kind: '+', line: b[--y]})
    else ops.push({kind: '-', line: a[--x]})
  }
  while (x > 0 && y > 0) {
    y--
    ops.push({kind: ' ', line: a[--x]})
  }
  return ops.reverse()
}

function show(op: Op): string {
  const body = op.line.endsWith('\n') ? op.line.slice(0, -1) : op.line
  return `${op.kind}${body}\n` + (op.line.endsWith('\n') ? '' : '\\ No newline at end of file\n')
}

/** The unified diff from `before` to `after` of file `name` (empty when they are equal). */
export function unifiedDiff(before: string, after: string, name: string): string {
  if (before === after) return ''
  const ops = script(linesOf(before), linesOf(after))
  let out = `--- a/${name}\n+++ b/${name}\n`
  let index = 0
  while (index < ops.length) {
    // The next change, with up to CONTEXT lines kept before it; a hunk runs on while changes are close.
    while (index < ops.length && ops[index].kind === ' ') index++
    if (index >= ops.length) break
    let start = index
    while (start > 0 && index - start < CONTEXT && ops[start - 1].kind === ' ') start--
    let end = index
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++
      let kept = end
      while (kept < ops.length && ops[kept].kind === ' ') kept++
      if (kept < ops.length && kept - end <= 2 * CONTEXT) end = kept
      else {
        end = Math.min(end + CONTEXT, kept)
        break
      }
    }
    const hunk = ops.slice(start, end)
    // Line numbers: lines of each side before the hunk.
    const before = ops.slice(0, start)
    const oldStart = before.filter((op) => op.kind !== '+').length
    const newStart = before.filter((op) => op.kind !== '-').length
    const oldCount = hunk.filter((op) => op.kind !== '+').length
    const newCount = hunk.filter((op) => op.kind !== '-').length
    const range = (from: number, count: number) => `${count === 0 ? from : from + 1}${count === 1 ? '' : `,${count}`}`
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n`
    out += hunk.map(show).join('')
    index = end
  }
  return out
}
