/**
 * How a disclosure-lint rule is made: `lintRule` from unified-lint-rule (so
 * severity, `ruleId`, `source` and `url` behave as in every remark-lint rule),
 * the document model handed in, and one `report` call per finding carrying
 * the citation (`note`), the fix (`expected`) and the finding's own level.
 */
import type {Root} from 'mdast'
import type {Plugin, Processor} from 'unified'
import {lintRule} from 'unified-lint-rule'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {getModel, type Block, type Model, type Span} from '../model/model.js'
import {CUT} from '../model/layout.js'
import {SOURCE} from './constants.js'
import {SKIP} from './guard.js'
import {packageUrl} from './package.js'

export {SOURCE} from './constants.js'

/** The doc of a rule, shipped with the package (no network needed to read it). */
export function ruleUrl(id: string): string {
  return packageUrl(`docs/rules/${id}.md`)
}

/**
 * A finding's own level. A rule configured as `error` reports `error`
 * findings as errors and `warning` findings as warnings; a rule configured as
 * `warn` reports everything as warnings.
 */
export type Level = 'error' | 'warning'

export interface Finding {
  /** What is wrong, in a line ("Unexpected X, expected Y" style). */
  reason: string
  /** The words it is about; a number is a zero-width point (where text belongs). */
  place: Span | number
  level?: Level
  /** Citation (instrument, section) and how to fix it. */
  note: string
  /** The exact text that would fix it, replacing `place`; where two fixes are possible, each (the likeliest first). */
  expected?: string | string[]
  /** The text found, when the fix replaces it. */
  actual?: string
  /**
   * `expected` is one possible correction, not the fix: a figure that does not agree may be the right one (another
   * is wrong), a price below the minimum is a term of the deal. Offered in editors, never applied by `--fix`.
   */
  suggestion?: boolean
}

/** The property a suggestion's message carries (a plain field: any copy of this module reads it). */
const SUGGESTION = 'disclosureLintSuggestion'

/** Whether `message`'s `expected` is a suggestion, not a fix (see `Finding.suggestion`). */
export function isSuggestion(message: VFileMessage): boolean {
  return (message as unknown as Record<string, unknown>)[SUGGESTION] === true
}

export interface Context<Options> {
  tree: Root
  file: VFile
  model: Model
  options: Options
  report(finding: Finding): void
}

export interface RuleMeta {
  /** Rule id, as users configure it. */
  id: string
  /** The options the rule takes, each with the values it accepts. */
  options?: Record<string, readonly string[]>
  /**
   * `issuer`: the rule enforces a duty of the issuer's own disclosure (NI 43-101 binds disclosure by or on behalf
   * of an issuer). On a release a third party speaks (a news service's report, a holder's release), each finding is
   * then a warning, and its note says whose release it is; one disseminated on behalf of the issuer keeps its level.
   */
  duty?: 'issuer'
}

/** The note's addition on a third party's release, in the release's language. */
function thirdPartyNote(model: Model): string {
  const evidence = model.release.speakerEvidence
  const quoted = evidence ? model.value.slice(evidence.start, evidence.end).replace(/\s+/g, ' ').slice(0, 80) : ''
  return model.language.release === 'fr'
    ? ` Ce communiqué se lit comme le compte rendu d’un tiers sur l’émetteur${quoted ? ` (« ${quoted} »)` : ''}, ` +
        'non comme le sien : le règlement vise l’information communiquée par l’émetteur ou en son nom ; d’où un ' +
        'avertissement. La mention est due telle quelle si l’émetteur publie ce texte ou s’il est publié en son nom.'
    : ` This release reads as a third party’s report about the issuer${quoted ? ` (“${quoted}”)` : ''}, not the ` +
        'issuer’s own: the instrument binds disclosure made by or on behalf of the issuer, so this is a warning. It ' +
        'is owed as stated if the issuer publishes these words or they are made on its behalf.'
}

/** The note's addition on a text cut short by its wire, in the release's language. */
function cutNote(model: Model, block: Block): string {
  const mark = CUT.exec(model.value.slice(block.start, block.end))
  const quoted = mark ? mark[0] : ''
  return model.language.release === 'fr'
    ? ` Le texte s’arrête sur « ${quoted} » : c’est la première partie d’un communiqué plus long, et la mention peut ` +
        'figurer dans la suite ; d’où un avertissement. Vérifiez-la dans le communiqué complet.'
    : ` The text ends with “${quoted}”: it is the first part of a longer release, and the statement may be in the ` +
        'rest, so this is a warning. Check it in the full release.'
}

/**
 * Refuse options the rule does not know, loudly, as remark-lint's rules do:
 * a typo in a config must not silently turn a check off.
 */
function checkOptions(meta: RuleMeta, config: unknown): void {
  const severities = [false, true, 0, 1, 2, 'off', 'on', 'warn', 'error']
  let options: unknown = config
  if (Array.isArray(config)) {
    if (typeof config[0] === 'number' && !severities.includes(config[0])) {
      throw new Error(`Incorrect severity \`${config[0]}\` for \`${meta.id}\`, expected 0, 1, or 2`)
    }
    options = severities.includes(config[0]) ? config[1] : config
  } else if (severities.includes(config as never) || config === undefined || config === null) {
    return
  }
  if (options === undefined || options === null) return
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`Unexpected options \`${JSON.stringify(options)}\` for \`${meta.id}\`, expected an object`)
  }
  for (const [key, value] of Object.entries(options)) {
    const allowed = meta.options?.[key]
    if (!allowed) {
      const known = Object.keys(meta.options ?? {})
      throw new Error(
        `Unknown option ` +
          `\`${key}\` for \`${meta.id}\`, expected ${known.length > 0 ? known.map((k) => `\`${k}\``).join(' or ') : 'no options'}`
      )
    }
    if (!allowed.includes(value as string)) {
      throw new Error(
        `Unexpected value ` +
          `\`${JSON.stringify(value)}\` for option \`${key}\` of \`${meta.id}\`, expected ${allowed.map((v) => `\`${v}\``).join(', ')}`
      )
    }
  }
}

const levels = new WeakMap<VFileMessage, Level>()

/** A rule: a unified plugin that carries its meta (id and options). */
export type Rule = Plugin<[unknown?], Root> & {readonly meta: RuleMeta}

/**
 * What `make` returns, made without the stack trace an Error captures: a VFileMessage is an Error, whose stack
 * vfile-message sets to '' right after (nothing is lost), and capturing it through unified's calls cost about a
 * twentieth of a lint.
 */
function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** Define a rule. `check` reads the model and reports findings. */
export function defineRule<Options = undefined>(meta: RuleMeta, check: (context: Context<Options>) => void): Rule {
  const url = ruleUrl(meta.id)
  const base = lintRule<Root, Options>({origin: `${SOURCE}:${meta.id}`, url}, (tree, file, options) => {
    // The input guard found no draft to check (binary, empty).
    if (file.data[SKIP]) return
    // A generated tree (no positions) has no words to put a message on.
    if (!tree.position) return
    const model = getModel(tree, file)
    check({
      tree,
      file,
      model,
      options: options as Options,
      report(finding) {
        const span: Span =
          typeof finding.place === 'number' ? {start: finding.place, end: finding.place} : finding.place
        const start = model.point(span.start)
        const end = model.point(span.end)
        const message = withoutStack(() => file.message(finding.reason, {place: {start, end}}))
        message.note = finding.note
        let level = finding.level ?? 'error'
        if (meta.duty === 'issuer' && model.release.speaker === 'third-party' && !model.release.onBehalf) {
          level = 'warning'
          message.note += thirdPartyNote(model)
        }
        // A statement missing from a text that says it is cut ("(MORE TO FOLLOW)") may be in the part not given.
        if (model.layout.cut && span.start >= model.value.trimEnd().length && level === 'error') {
          level = 'warning'
          message.note += cutNote(model, model.layout.cut)
        }
        if (finding.expected !== undefined) {
          message.expected = typeof finding.expected === 'string' ? [finding.expected] : finding.expected
        }
        if (finding.actual !== undefined) message.actual = finding.actual
        if (finding.suggestion) Object.assign(message, {[SUGGESTION]: true})
        levels.set(message, level)
      }
    })
  })

  function plugin(this: Processor, config?: unknown) {
    checkOptions(meta, config)
    // The same rule attached again after this one from another copy of its code (a preset given by its path, which
    // loads the installed package's rules, beside the CLI's bundled default preset; a config and `--use`): the last
    // attachment decides, as unified decides for one plugin attached twice, so no draft is checked twice.
    if (attachedAgainLater(this, plugin)) return undefined
    const transformer = (base as unknown as (this: Processor, config?: unknown) => unknown).call(this, config) as
      ((tree: Root, file: VFile, next: (error?: Error) => void) => void) | undefined
    if (!transformer) return undefined
    return function (tree: Root, file: VFile, next: (error?: Error) => void) {
      const from = file.messages.length
      transformer(tree, file, (error) => {
        for (const message of file.messages.slice(from)) {
          if (levels.get(message) === 'warning' && message.fatal) message.fatal = false
        }
        next(error)
      })
    }
  }
  Object.defineProperty(plugin, 'name', {value: `${SOURCE}:${meta.id}`})
  Object.defineProperty(plugin, 'meta', {value: Object.freeze({...meta})})
  return plugin as unknown as Rule
}

/** Whether a plugin of the same name as `plugin` (another copy of the rule) is attached after it. */
function attachedAgainLater(processor: Processor, plugin: {name: string}): boolean {
  const attachers = processor.attachers
  const at = attachers.findIndex(([candidate]) => candidate === plugin)
  if (at < 0) return false
  for (let index = at + 1; index < attachers.length; index++) {
    const [candidate] = attachers[index]
    if (candidate !== plugin && candidate.name === plugin.name) return true
  }
  return false
}

/** Text of the draft at `span`. */
export function slice(model: Model, span: Span): string {
  return model.value.slice(span.start, span.end)
}

/** A sentence as written, and the same with words put in it: the fix of a statement that lacks a part. */
export interface SentenceFix {
  text: string
  /** Where its words end, before the closing period and spaces. */
  end: number
  /** Where `span` starts and ends in `text`, when it lies in the sentence (undefined when it is elsewhere). */
  startOf(span: Span | undefined): number | undefined
  endOf(span: Span | undefined): number | undefined
  /** `text` with `words` put at `offset`. */
  insert(offset: number, words: string): string
}

export function sentenceFix(model: Model, sentence: Span): SentenceFix {
  const text = slice(model, sentence)
  let end = text.length
  while (end > 0 && (text[end - 1] === '.' || /\s/.test(text[end - 1]))) end--
  const inside = (span: Span | undefined) => span && span.start >= sentence.start && span.end <= sentence.end
  return {
    text,
    end,
    startOf: (span) => (inside(span) ? span!.start - sentence.start : undefined),
    endOf: (span) => (inside(span) ? span!.end - sentence.start : undefined),
    insert: (offset, words) => text.slice(0, offset) + words + text.slice(offset)
  }
}

/**
 * Where a missing closing statement goes: the end of the draft, with the
 * blank lines that make it a paragraph of its own. (A point inside the
 * trailing white space would be dropped by comment control as a gap.)
 */
export function atEnd(model: Model, text: string): {place: number; expected: string} {
  let from = model.value.length
  while (from > 0 && /\s/.test(model.value[from - 1])) from--
  const trailing = model.value.slice(from)
  const lead = model.value.trim() === '' ? '' : /\n\s*\n/.test(trailing) ? '' : trailing.includes('\n') ? '\n' : '\n\n'
  return {place: model.value.length, expected: lead + text + '\n'}
}

/**
 * Where a missing statement goes after `block`: a paragraph of its own right
 * after it, at the end of the line its text ends on (after any markup that
 * closes it there, such as the `**` of a bold paragraph).
 */
export function afterBlock(model: Model, block: Block | undefined, text: string): {place: number; expected: string} {
  if (!block || block === model.blocks.at(-1)) return atEnd(model, text)
  // After raw HTML that holds the block, not inside its markup (a table's last row, before "</table>").
  return {place: lineEnd(model.value, Math.max(block.end, block.htmlEnd ?? 0)), expected: '\n\n' + text}
}

/**
 * Where a missing statement goes before `block`: a paragraph of its own at
 * the start of the line the block begins on (before a heading's `#`, a bold
 * paragraph's `**`), followed by a blank line.
 */
export function beforeBlock(model: Model, block: Block | undefined, text: string): {place: number; expected: string} {
  if (!block) return atEnd(model, text)
  return {place: lineStart(model.value, block.start), expected: text + '\n\n'}
}

/** The offset where the line holding `offset` starts. */
function lineStart(value: string, offset: number): number {
  return offset === 0 ? 0 : value.lastIndexOf('\n', offset - 1) + 1
}

/** The offset where the line holding `offset` ends (before its `\n` or `\r\n`). */
function lineEnd(value: string, offset: number): number {
  const newline = value.indexOf('\n', offset)
  if (newline === -1) return value.length
  return newline > offset && value[newline - 1] === '\r' ? newline - 1 : newline
}
