/**
 * Tables as the draft writes them: markdown pipe tables (read as paragraphs
 * unless remark-gfm is on), tab-separated rows, or rows copied one per
 * paragraph. A row is a line of at least two cells; a table is a run of rows
 * with nothing else between them (a line of dashes separates the header from
 * the body). Each row keeps its cells (normalized) and its source span, so a
 * fact read from a table can quote the row as written.
 */
import type {Block} from './document.js'
import {offsetAt, type Span} from './text.js'
import {pattern} from './pattern.js'
import {offeringTerms, termLines, termPairs} from './term-lines.js'

export interface Row extends Span {
  block: Block
  /** Its cells as the block's normalized text reads them, trimmed. */
  cells: string[]
  /** Each cell's span in the source, trimmed (an empty cell: an empty span where it is). */
  spans: Span[]
  /** The row as written, trimmed. */
  text: string
}

export interface Table {
  /** Its rows in order, without separator lines ("| --- | --- |"). */
  rows: Row[]
  /**
   * The header's cells, each with its unit where a second header row gives the units alone ("Au" over "(g/t)" is
   * "Au (g/t)"); else the first row's cells.
   */
  header: string[]
}

/**
 * A cell of units alone: "(m)", "m", "(g/t)", "%", "ppm", "oz/t", "mg/L", "(% Cg)", "g/t Au", or empty; a resource
 * table's tonnage and contained metal too ("(kt)", "(Mt)", "tonnes", "(Moz)", "koz Au", "(Mlb)").
 */
const UNIT_CELL = pattern(
  String.raw`^(?:\(?\s?(?:m|ft|cm|%|g\/t|ppm|ppb|oz\/t|opt|mg\/l|lbs?\/t|wt ?%|kg\/t|g\/m3|cpht|` +
    String.raw`[kmb]?t|tonnes|[km]?oz|[kmb]?lbs?)(?: ?[a-z][a-z0-9]{0,4})?\s?\)?|°)?$`
)

/** The header of a table's rows: its first row, with the units the second row gives alone. */
function headerOf(rows: readonly Row[]): string[] {
  const [first, second] = rows
  const units = second?.cells.length === first.cells.length && second.cells.every((cell) => UNIT_CELL.test(cell))
  if (!units || second.cells.every((cell) => cell === '')) return first.cells
  return first.cells.map((cell, i) => (second.cells[i] ? `${cell} ${second.cells[i]}` : cell))
}

/** A separator line of a pipe table: pipes, dashes, colons and spaces only (and a dash). */
const SEPARATOR_CHARS = /^[\s|:-]+$/

/** The cells of a line from `from` to `to` of `raw`, as [start, end) in it: split on pipes or tabs, trimmed. */
function cellsOf(raw: string, from: number, to: number): Array<[number, number]> | undefined {
  const line = raw.slice(from, to)
  const pipes = line.includes('|')
  if (!pipes && !line.includes('\t')) return undefined
  const mark = pipes ? '|' : '\t'
  let cells: Array<[number, number]> = []
  let start = from
  for (let at = from; at <= to; at++) {
    if (at < to && raw[at] !== mark) continue
    let a = start
    let b = at
    while (a < b && /\s/.test(raw[a])) a++
    while (b > a && /\s/.test(raw[b - 1])) b--
    cells.push([a, b])
    start = at + 1
  }
  // A pipe table's outer pipes leave an empty cell at either end.
  if (pipes && cells.length > 0 && cells[0][0] === cells[0][1]) cells = cells.slice(1)
  if (pipes && cells.length > 0 && cells.at(-1)![0] === cells.at(-1)![1]) cells = cells.slice(0, -1)
  return cells.length >= 2 && cells.some(([a, b]) => b > a) ? cells : undefined
}

/**
 * The row of `block` whose cells are `cells` (each [start, end) in its text as written), its line `trimmed`, which
 * starts at `from` in that text.
 */
function rowOf(block: Block, cells: Array<[number, number]>, trimmed: string, from: number): Row {
  const start = offsetAt(block.raw, from)
  const end = offsetAt(block.raw, from + trimmed.length - 1) + 1
  // Each cell as the block's normalized text reads it (`starts`: where each character's reading begins).
  const {starts, text} = block.norm
  const norm = cells.map(([a, b]) => text.slice(starts[a], starts[b]).trim())
  const spans = cells.map(([a, b]) => {
    const at = offsetAt(block.raw, a)
    return {start: at, end: b > a ? offsetAt(block.raw, b - 1) + 1 : at}
  })
  return {block, cells: norm, spans, text: trimmed, start, end}
}

/** `[from, to)` of `raw` without the white space at either end. */
function trimmedCell(raw: string, from: number, to: number): [number, number] {
  while (from < to && /\s/.test(raw[from])) from++
  while (to > from && /\s/.test(raw[to - 1])) to--
  return [from, to]
}

/** The tables of a draft, in order. */
export function readTables(blocks: readonly Block[]): Table[] {
  const tables: Table[] = []
  let current: Row[] = []
  const close = () => {
    if (current.length >= 2) tables.push({rows: current, header: headerOf(current)})
    current = []
  }
  // Terms a paragraph each (a list's items, "- Price per Unit: $0.10"): a table when three or more run together.
  // Terms set out so (a line or a paragraph each) are a table when they are an offering's, not a QP's facts.
  const terms = (rows: Row[]) => offeringTerms(rows.map((row) => row.cells[0] ?? ''))
  let run: Row[] = []
  const closeRun = () => {
    if (run.length >= 3 && terms(run)) tables.push({rows: run, header: headerOf(run)})
    run = []
  }
  let lines: Row[] = []
  const closeLines = () => {
    if (lines.length >= 2 && terms(lines)) tables.push({rows: lines, header: headerOf(lines)})
    lines = []
  }
  for (const block of blocks) {
    const raw = block.raw.text
    if (!raw.includes('|') && !raw.includes('\t')) {
      close()
      // A paragraph of terms a line each ("Price per Unit: $0.10"): a table of its own, its names and values.
      const named = raw.includes(':') ? termLines(raw, 1) : undefined
      if (!named || named.length >= 3) closeRun()
      for (const {from, to} of named ?? []) {
        const colon = raw.indexOf(':', from)
        const cells = [trimmedCell(raw, from, colon), trimmedCell(raw, colon + 1, to)]
        const line = raw.slice(from, to)
        const lead = line.length - line.trimStart().length
        ;(named!.length >= 3 ? lines : run).push(rowOf(block, cells, line.trim(), from + lead))
      }
      // A term sheet copied a cell a line ("Price per Unit", then "$0.10"): a table of its own, a row a pair of lines.
      for (const {name, value} of named ? [] : (termPairs(raw) ?? [])) {
        const cells = [trimmedCell(raw, name[0], name[1]), trimmedCell(raw, value[0], value[1])]
        lines.push(rowOf(block, cells, raw.slice(cells[0][0], cells[1][1]), cells[0][0]))
      }
      closeLines()
      continue
    }
    closeRun()
    let from = 0
    while (from <= raw.length) {
      const newline = raw.indexOf('\n', from)
      const to = newline < 0 ? raw.length : newline
      const line = raw.slice(from, to)
      const trimmed = line.trim()
      if (trimmed && trimmed.includes('-') && SEPARATOR_CHARS.test(trimmed)) {
        // The header's underline: part of the table, not a row.
      } else {
        const cells = cellsOf(raw, from, to)
        if (!cells) close()
        else {
          current.push(rowOf(block, cells, trimmed, from + line.length - line.trimStart().length))
        }
      }
      if (newline < 0) break
      from = newline + 1
    }
  }
  close()
  closeRun()
  return tables
}
