/**
 * The parser's own worst cases. micromark (remark's parser) is super-linear on
 * some shapes of text that no release has but a pasted spreadsheet or a
 * generated file may: a run of `<!` (each opens raw HTML and is scanned to the
 * end), lines starting with `[` (each tries a link reference definition and
 * scans up to 999 characters of label), thousands of list lines, a paragraph of
 * `[a]` lines (each label end looks back over the paragraph's openers).
 * At 1 MB such text took 12 to 40 s; an editor froze.
 * Upstream: micromark/micromark#24 (the lookahead micromark does at the end of
 * every line of content, parsing ahead twice) is the closest issue found; none
 * names these shapes.
 *
 * In front of the parser, `shield` finds the lines of such runs and hands the
 * parser a copy of the draft of the same length where those lines are letters
 * only (`x`), so they parse as plain paragraphs in linear time and every offset,
 * line and column stays that of the draft. `restore` then gives each paragraph
 * (heading, table cell) that holds a shielded line one text node with the draft's
 * own characters, exactly as written: the rules read the words, not the markup
 * of those lines. The draft is linted, not refused, and an info message says
 * which lines were read as plain text and why.
 */
import type {Nodes, Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {INPUT_RULE, SOURCE} from './constants.js'

/** A copy of the draft for the parser, and the ranges (offsets) read as plain text. */
export interface Shielded {
  text: string
  ranges: Array<[number, number]>
  /** Lines (1-based) of the first and last range, for the message. */
  lines?: [number, number]
}

/** Lines that open a construct micromark scans ahead from: raw HTML or a label, a list item, a quote. */
const COSTLY = /[<[\]]|^[ \t]*(?:[-*+>]|\d{1,9}[.)])(?:[ \t]|$)/
const MARKS = /[<[\]]/g

/**
 * Where shielding starts. A run of so many costly lines (blank lines and up
 * to `GAP` other lines between them do not end it): list, quote and label lines
 * cost micromark many times a line of words. A block (up to a blank line) with
 * so many `<`, `[` or `]`: label ends and raw HTML look back over the block, so
 * their cost grows with its square. A release has a few dozen of either.
 */
export const RUN_LINES = 1000
export const BLOCK_MARKS = 2000
const GAP = 8

/** The lines of `doc`: [start, end) offsets, without the line ending (LF, CRLF or a bare CR, as micromark). */
function linesOf(doc: string): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  const ending = /\r\n|\r|\n/g
  let start = 0
  for (let match = ending.exec(doc); match; match = ending.exec(doc)) {
    lines.push([start, match.index])
    start = match.index + match[0].length
  }
  lines.push([start, doc.length])
  return lines
}

/** Spans (offsets, sorted, merged) of the runs and blocks to read as plain text. */
function spansOf(doc: string, lines: Array<[number, number]>): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  // A run of costly lines: its first and last line, how many.
  let run: {from: number; to: number; count: number; lines: number} | undefined
  let plain = 0
  // A block: its first and last line, how many marks.
  let block: {from: number; to: number; marks: number} | undefined
  const endRun = () => {
    if (run && run.count >= RUN_LINES && 2 * run.count >= run.lines) spans.push([lines[run.from][0], lines[run.to][1]])
    run = undefined
  }
  const endBlock = () => {
    if (block && block.marks >= BLOCK_MARKS) spans.push([lines[block.from][0], lines[block.to][1]])
    block = undefined
  }
  lines.forEach(([start, end], index) => {
    const line = doc.slice(start, end)
    if (line.trim() === '') {
      endBlock()
      return
    }
    const marks = line.match(MARKS)?.length ?? 0
    block = block ? {...block, to: index, marks: block.marks + marks} : {from: index, to: index, marks}
    if (COSTLY.test(line)) {
      run = run
        ? {...run, to: index, count: run.count + 1, lines: run.lines + 1}
        : {from: index, to: index, count: 1, lines: 1}
      plain = 0
    } else if (run) {
      if (++plain > GAP) endRun()
      else run.lines++
    }
  })
  endRun()
  endBlock()
  spans.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span[0] <= last[1] + 1) last[1] = Math.max(last[1], span[1])
    else merged.push([...span])
  }
  return merged
}

/** The line (1-based) of `offset`, by the line starts. */
function lineAt(lines: Array<[number, number]>, offset: number): number {
  let low = 0
  let high = lines.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (lines[mid][0] <= offset) low = mid
    else high = mid - 1
  }
  return low + 1
}

/**
 * The draft as the parser should see it: each span to read as plain text is
 * letters only, line endings included (one line of `x`, parsed in linear
 * time), so the copy has the draft's length and offsets; `restore` puts the
 * lines and columns back.
 */
export function shield(doc: string): Shielded {
  const lines = linesOf(doc)
  const ranges = spansOf(doc, lines)
  if (ranges.length === 0) return {text: doc, ranges}
  const parts: string[] = []
  let at = 0
  for (const [from, to] of ranges) {
    parts.push(doc.slice(at, from), 'x'.repeat(to - from))
    at = to
  }
  parts.push(doc.slice(at))
  return {text: parts.join(''), ranges, lines: [lineAt(lines, ranges[0][0]), lineAt(lines, ranges.at(-1)![1])]}
}

/** Whether [from, to) meets a shielded range (`ranges` sorted). */
function meets(ranges: Array<[number, number]>, from: number, to: number): boolean {
  let low = 0
  let high = ranges.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const [start, end] = ranges[mid]
    if (end < from) low = mid + 1
    else if (start > to) high = mid - 1
    else return true
  }
  return false
}

/**
 * Undo the shield on the tree parsed from `shielded.text`, in place: every
 * point's line and column from its offset in the draft; each paragraph, heading
 * or table cell that meets a span gets one text node of the draft's own
 * characters; raw text (code or HTML an earlier line opened) gets the draft's
 * characters where the copy had letters.
 */
export function restore(tree: Root, doc: string, shielded: Shielded): void {
  const {ranges, text} = shielded
  const lines = linesOf(doc)
  const fix = (point: {line: number; column: number; offset?: number}) => {
    if (point.offset === undefined) return
    point.line = lineAt(lines, point.offset)
    point.column = point.offset - lines[point.line - 1][0] + 1
  }
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      fix(node.position.start)
      fix(node.position.end)
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    const inSpan = start !== undefined && end !== undefined && meets(ranges, start, end)
    if (inSpan && 'value' in node) {
      const at = text.indexOf(node.value, start)
      if (at !== -1 && at < end) node.value = doc.slice(at, at + node.value.length)
    }
    if (!('children' in node)) continue
    const phrasing = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell'
    const first = node.children[0]?.position?.start.offset
    const last = node.children[node.children.length - 1]?.position?.end.offset
    if (inSpan && phrasing && first !== undefined && last !== undefined) {
      const position = {start: {line: 0, column: 0, offset: first}, end: {line: 0, column: 0, offset: last}}
      fix(position.start)
      fix(position.end)
      node.children = [{type: 'text', value: doc.slice(first, last), position}]
      continue
    }
    for (const child of node.children) stack.push(child as Nodes)
  }
}

/** Where the shield leaves the lines it read as plain text, for the message. */
export const SHIELDED = 'disclosureLintShielded'

/** Parse `document` with `parse` behind the shield (see the module comment); the info message goes on `file`. */
export function parseShielded(parse: (document: string, file: VFile) => Root, document: string, file: VFile): Root {
  const shielded = shield(document)
  if (shielded.ranges.length === 0) return parse(document, file)
  const tree = parse(shielded.text, file)
  restore(tree, document, shielded)
  const [from, to] = shielded.lines ?? [1, 1]
  const message = file.message(
    `Read lines ${from}–${to} as plain text: thousands of lines of list, quote, link or HTML markup ` +
      '(a pasted table?) that the Markdown parser cannot read in reasonable time; their words are checked, ' +
      'their markup is not',
    {ruleId: INPUT_RULE, source: SOURCE, place: {line: from, column: 1}}
  )
  message.fatal = undefined
  file.data[SHIELDED] = shielded.lines
  return tree
}

/**
 * Put the shield in front of the processor's parser, whatever it is (the
 * language server's incremental one): use it right after the parser. The
 * decoder (decode.ts) puts it in front of remark's.
 */
const disclosureLintParseGuard: Plugin<[], Root> = function () {
  const parse = this.parser as ((document: string, file: VFile) => Root) | undefined
  if (!parse) return
  this.parser = (document: string, file: VFile): Root => parseShielded(parse, document, file)
}

export default disclosureLintParseGuard
