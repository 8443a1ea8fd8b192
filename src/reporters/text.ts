/**
 * The default report: for each draft, each finding with its place, level,
 * rule and message, and under it, indented, the words it is on and its note
 * (the regulation and the fix); wrapped to the terminal; then a summary a
 * reader can act on ("3 of 12 drafts need changes · 5 errors · 2 warnings")
 * and the count of each rule. `--report compact` is vfile-reporter's one line
 * per message.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {wordPlace} from '../core/word-places.js'
import {couldNotLint, excerptOf, levelOf, rangeOf, relativePath, waivedCount, type Streaming} from './common.js'

export interface TextOptions {
  color?: boolean
  /** Only drafts with findings. */
  quiet?: boolean
  /** Only errors. */
  silent?: boolean
  /** Also the fixing text (`expected`) and the rule's doc. */
  verbose?: boolean
  /** Columns to wrap to (default 100). */
  width?: number
}

const DEFAULT_WIDTH = 100

type Paint = (code: string, text: string) => string
const ansi: Paint = (code, text) => `\u001B[${code}m${text}\u001B[0m`
const plain: Paint = (_code, text) => text
const COLOUR = {error: '31', warning: '33', info: '36', rule: '2', path: '4', bold: '1'}

/** Where a message is, as the report prints it ("12:5"; empty without a place). */
export function locationOf(message: VFileMessage): string {
  const place = rangeOf(message)
  return place ? `${place.start.line}:${place.start.column}` : ''
}

/** `text` wrapped into lines of at most `width` characters (a longer word is cut). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      while (word.length > width) {
        if (line) lines.push(line)
        lines.push(word.slice(0, width))
        word = word.slice(width)
        line = ''
      }
      if (!line) line = word
      else if (line.length + 1 + word.length <= width) line += ' ' + word
      else {
        lines.push(line)
        line = word
      }
    }
    if (line) lines.push(line)
  }
  return lines
}

/** What a run found, counted. */
export interface Counts {
  drafts: number
  /** Drafts with an error or a warning of a rule. */
  needChanges: number
  /** Drafts that could not be linted (missing, binary, a config that does not load). */
  failed: number
  errors: number
  warnings: number
  infos: number
  /** Findings suppression comments waived. */
  waived: number
  /** Per rule: errors, warnings and drafts. */
  rules: Map<string, {errors: number; warnings: number; drafts: number}>
}

/** Nothing counted yet. */
export const noCounts = (): Counts => ({
  drafts: 0,
  needChanges: 0,
  failed: 0,
  errors: 0,
  warnings: 0,
  infos: 0,
  waived: 0,
  rules: new Map()
})

/** Count one more draft into `counts`. */
export function tally(counts: Counts, file: VFile): void {
  counts.drafts++
  counts.waived += waivedCount([file])
  if (file.messages.some(couldNotLint)) counts.failed++
  else if (file.messages.some((m) => m.ruleId && m.fatal !== undefined)) counts.needChanges++
  const seen = new Set<string>()
  for (const message of file.messages) {
    if (couldNotLint(message)) continue
    const level = levelOf(message)
    if (level === 'error') counts.errors++
    else if (level === 'warning') counts.warnings++
    else counts.infos++
    if (!message.ruleId || level === 'info') continue
    const rule = counts.rules.get(message.ruleId) ?? {errors: 0, warnings: 0, drafts: 0}
    if (level === 'error') rule.errors++
    else rule.warnings++
    if (!seen.has(message.ruleId)) rule.drafts++
    seen.add(message.ruleId)
    counts.rules.set(message.ruleId, rule)
  }
}

export function count(files: VFile[]): Counts {
  const counts = noCounts()
  for (const file of files) tally(counts, file)
  return counts
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`

/**
 * The parts of the summary line, in order; a part with nothing to count is
 * left out.
 */
export function summaryParts(counts: Counts): string[] {
  const parts = [
    `${counts.needChanges} of ${plural(counts.drafts, 'draft')} ${counts.needChanges === 1 ? 'needs' : 'need'} changes`
  ]
  if (counts.failed > 0) parts.push(`${counts.failed} could not be linted`)
  if (counts.errors > 0) parts.push(plural(counts.errors, 'error'))
  if (counts.warnings > 0) parts.push(plural(counts.warnings, 'warning'))
  if (counts.infos > 0) parts.push(plural(counts.infos, 'note'))
  if (counts.waived > 0) parts.push(`${plural(counts.waived, 'finding')} waived`)
  return parts
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  const pa = rangeOf(a)?.start
  const pb = rangeOf(b)?.start
  return (pa?.line ?? 0) - (pb?.line ?? 0) || (pa?.column ?? 0) - (pb?.column ?? 0)
}

/** One draft's part of the report: its findings, each line ended (nothing for a draft that could not be linted). */
function section(file: VFile, options: TextOptions): string {
  // A draft that could not be linted is said on stderr by the CLI (a diagnostic about the run) and counted here.
  if (file.messages.some(couldNotLint)) return ''
  const paint = options.color ? ansi : plain
  const width = Math.max(40, options.width && options.width > 0 ? options.width : DEFAULT_WIDTH)
  const out: string[] = []
  const shown = file.messages.filter((m) => !options.silent || m.fatal === true).sort(byPlace)
  const name = relativePath(file) || '<stdin>'
  if (shown.length === 0) {
    if (!options.quiet && !options.silent) out.push(`${paint(COLOUR.path, name)}: no issues found`, '')
    return out.map((line) => line + '\n').join('')
  }
  out.push(paint(COLOUR.path, name))
  const where = shown.map(locationOf)
  const placeWidth = Math.max(...where.map((text) => text.length))
  const indent = 2 + placeWidth + 2 + 'warning'.length + 2
  const pad = ' '.repeat(indent)
  const textWidth = Math.max(30, width - indent)
  shown.forEach((message, index) => {
    const level = levelOf(message)
    const head = message.ruleId && !couldNotLint(message) ? `${message.ruleId}: ` : ''
    // A Word draft's finding says where in Word it is: "¶14, “Neither TSX Venture…”: …".
    const word = message.ruleId ? wordPlace(file, message) : undefined
    const lines = wrap(head + (word ? `${word}: ` : '') + message.reason, textWidth)
    if (head && lines[0].startsWith(head))
      lines[0] = paint(COLOUR.rule, head.trimEnd()) + ' ' + lines[0].slice(head.length)
    out.push(
      `  ${where[index].padEnd(placeWidth)}  ${paint(COLOUR[level], level.padEnd(7))}  ${lines[0]}`,
      ...lines.slice(1).map((line) => pad + line)
    )
    // Indented under the message: the words it is on, its note (regulation and fix), with --verbose the fixing text.
    const detail = pad + '  '
    const detailWidth = textWidth - 2
    const excerpt = excerptOf(file, message)
    if (excerpt) {
      const range = rangeOf(message)
      const point = range && range.start.offset === range.end.offset
      out.push(...wrap(`${point ? 'before' : 'on'} “${excerpt}”`, detailWidth).map((line) => detail + line))
    }
    if (message.note) out.push(...wrap(message.note, detailWidth).map((line) => detail + line))
    if (options.verbose && message.expected?.length)
      out.push(...wrap(`expected: ${message.expected.join(' or ')}`, detailWidth).map((line) => detail + line))
    if (options.verbose && message.url) out.push(detail + message.url)
    out.push('')
  })
  return out.map((line) => line + '\n').join('')
}

/** The summary line and each rule's count, the report's end. */
function summary(counts: Counts, options: TextOptions): string {
  const paint = options.color ? ansi : plain
  const out = [paint(COLOUR.bold, summaryParts(counts).join(' · '))]
  const rules = [...counts.rules].sort(([a], [b]) => a.localeCompare(b))
  const ruleWidth = Math.max(0, ...rules.map(([id]) => id.length))
  for (const [id, rule] of rules) {
    const levels = [rule.errors && plural(rule.errors, 'error'), rule.warnings && plural(rule.warnings, 'warning')]
    out.push(`  ${id.padEnd(ruleWidth)}  ${levels.filter(Boolean).join(' · ')} in ${plural(rule.drafts, 'draft')}`)
  }
  return out.join('\n') + '\n'
}

export default function textReporter(files: VFile[], options: TextOptions = {}): string {
  // Nothing linted (the only file named is ignored, with --silently-ignore): nothing to say.
  if (files.length === 0) return ''
  return files.map((file) => section(file, options)).join('') + summary(count(files), options)
}

/**
 * The same report made draft by draft (the CLI writes each part as its draft is linted, and holds no draft until
 * the end): the parts joined are what `textReporter` returns over the same drafts.
 */
textReporter.streaming = (options: TextOptions = {}): Streaming => {
  const counts = noCounts()
  return {
    file(file) {
      tally(counts, file)
      return section(file, options)
    },
    end: () => (counts.drafts === 0 ? '' : summary(counts, options))
  }
}
