/**
 * Comment control for our rules: `<!--disclosure-lint disable exchange-disclaimer-->`,
 * `enable` and `ignore`, as remark-lint's `<!--lint …-->` works for its own
 * rules. It filters the messages present when it runs, so presets use it last.
 *
 * A suppression says why: `<!--disclosure-lint ignore exchange-disclaimer --
 * filed separately by the agent-->` (the reason after ` -- ` or ` — `). A
 * `disable` or `ignore` without a reason, or one that suppresses nothing, is a
 * warning on the comment (rule id `comment`). What a comment suppressed is not
 * lost: each finding waived is kept, with the comment's reason, in
 * `file.data.disclosureLintSuppressed` (SARIF reports it as suppressed
 * `inSource`, the text report counts it).
 *
 * Scope: `disable` from the comment until an `enable` naming the rule (or
 * every rule); `ignore` the next node after the comment. A finding of
 * something missing from the release sits on a point (zero width: where the
 * statement belongs), not on words; an `ignore` with no content before it (at
 * the top, under other comments or front matter) or none after it (at the
 * bottom) also covers those: the statement is missing from the whole draft.
 *
 * A comment that is meant for us but is wrong — an unknown keyword
 * (`<!--disclosure-lint bogus-->`), an unknown rule, a misspelt name
 * (`<!--disclosure-lint-disable …-->`), or remark-lint's `<!--lint …-->`
 * naming one of our rules — is an error message on that comment (rule id
 * `comment`, exit 1 like any error), never a tool failure, and controls
 * nothing until it is corrected: a suppression that does not parse must not
 * switch a check off, nor stop the checks of the draft.
 */
import type {Nodes, Parent, Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {forgetModel} from '../model/model.js'
import {SOURCE} from './constants.js'
import {SKIP} from './guard.js'
import {packageUrl} from './package.js'

/** The rule id of messages about a comment-control comment that is wrong, unreasoned or unused. */
export const COMMENT_RULE = 'comment'

/** Where the findings a comment waived are kept, each with the comment's reason. */
export const SUPPRESSED = 'disclosureLintSuppressed'

/** A finding waived by a suppression comment. */
export interface Suppressed {
  message: VFileMessage
  /** The reason the comment gives (after ` -- `), if any. */
  justification?: string
}

type Verb = 'disable' | 'enable' | 'ignore'
const VERBS: readonly string[] = ['disable', 'enable', 'ignore']
/** Names that are ours, misspelt or run into the keyword ("Disclosure-Lint", "disclosure_lint", "disclosure-lint-disable"). */
const OURS_MISSPELT = /^disclosure[-_]?lint/i
/** Between the rules and the reason: ` -- ` (or an em dash, as word processors turn it). */
const REASON = /\s(?:--|[\u2013\u2014])(?=\s|$)/

/** What a comment says to our control: a directive, what is wrong with it, or nothing (not ours). */
type Read = {verb: Verb; ids: string[]; reason?: string} | {wrong: string} | undefined

/** Read comment `value` (the whole of one HTML node), without a backtracking pattern. */
function readComment(value: string, known: readonly string[]): Read {
  // `<!--name attributes-->`, the shape mdast-comment-marker reads: a run of dashes must not cost quadratic time.
  const trimmed = value.trim()
  if (!trimmed.startsWith('<!--') || !trimmed.endsWith('-->') || trimmed.length < 7) return undefined
  const inner = trimmed.slice(4, -3).trimStart()
  const name = /^[a-zA-Z\d_-]+/.exec(inner)?.[0]
  if (name === undefined) return undefined
  const rest = inner.slice(name.length)
  if (rest !== '' && !/^\s/.test(rest)) return undefined
  if (name === SOURCE) {
    const cut = REASON.exec(rest)
    const reason = cut ? rest.slice(cut.index + cut[0].length).trim() : undefined
    const [verb, ...ids] = (cut ? rest.slice(0, cut.index) : rest).trim().split(/\s+/).filter(Boolean)
    if (verb === undefined) {
      return {wrong: 'Unexpected disclosure-lint comment without a keyword, expected “disable”, “enable” or “ignore”'}
    }
    if (!VERBS.includes(verb))
      return {wrong: `Unexpected “${verb}” in a disclosure-lint comment, expected “disable”, “enable” or “ignore”`}
    const unknown = [...new Set(ids.filter((id) => !known.includes(id)))]
    if (unknown.length > 0) {
      const list =
        unknown
          .slice(0, 5)
          .map((id) => `“${id}”`)
          .join(', ') + (unknown.length > 5 ? ', …' : '')
      return {wrong: `Unexpected rule ${list} in a disclosure-lint comment: not known, expected a rule id`}
    }
    return {verb: verb as Verb, ids, reason: reason || undefined}
  }
  if (OURS_MISSPELT.test(name)) {
    return {
      wrong: `Unexpected “${name}” comment, expected “<!--disclosure-lint disable …-->”, “enable …” or “ignore …”`
    }
  }
  // remark-lint's comments do not touch our rules: one that names them is a suppression that does nothing.
  if (name === 'lint') {
    const words = rest.trim().split(/\s+/).filter(Boolean)
    const ours = [...new Set(words.slice(1).filter((id) => known.includes(id)))]
    if (ours.length > 0) {
      return {
        wrong:
          `Unexpected “lint” comment for disclosure-lint rule ${ours.map((id) => `“${id}”`).join(', ')}, ` +
          `expected “<!--disclosure-lint ${words[0] ?? 'disable'} ${ours.join(' ')}-->”`
      }
    }
  }
  return undefined
}

/** What is wrong with comment `value`, if it is meant for our control; undefined when it is right or not ours. */
export function whatIsWrong(value: string, known: readonly string[]): string | undefined {
  const read = readComment(value, known)
  return read && 'wrong' in read ? read.wrong : undefined
}

/** A right comment: what it says, where it is and what it covers. */
interface Directive {
  verb: Verb
  /** The rules it names; empty: every rule. */
  ids: string[]
  reason?: string
  node: Nodes
  start: number
  /** `ignore`: the end of the next node (undefined when there is none). */
  until?: number
  /** `ignore` with no content before it or after it: it also covers findings of something missing. */
  whole: boolean
  /** Findings it waived. */
  used: number
}

/** What a run of the control left on the file, so that a second run (a config adding it twice) does not repeat it. */
interface State {
  used: Map<number, number>
  own: VFileMessage[]
}
const states = new WeakMap<VFile, State>()

/** The comment-control plugin for rules `known`. */
export function createControl(known: readonly string[]): Plugin<[], Root> {
  const disclosureLintControl: Plugin<[], Root> = function () {
    return function (tree, file) {
      // Every rule has run: its model goes (a run of many drafts holds each tree until its batch is linted).
      forgetModel(tree)
      // The input guard stopped the rules: only its own message is there, and it stays.
      if (file.data[SKIP]) return
      let state = states.get(file)
      if (!state) states.set(file, (state = {used: new Map(), own: []}))
      const previous = new Set(state.own)
      if (previous.size > 0) file.messages = file.messages.filter((message) => !previous.has(message))
      const {directives, wrong} = readTree(tree, known)
      waive(file, directives, state)
      // Reported after the control ran, so no comment can silence them.
      state.own = [
        ...wrong.map(({node, reason}) => report(file, node, reason, known, true)),
        ...directives.flatMap((directive) => warnings(file, directive, known))
      ]
    }
  }
  return disclosureLintControl
}

/** Every comment of ours in `tree`, right ones with their scope, wrong ones with what is wrong. */
function readTree(
  tree: Root,
  known: readonly string[]
): {directives: Directive[]; wrong: Array<{node: Nodes; reason: string}>} {
  const directives: Directive[] = []
  const wrong: Array<{node: Nodes; reason: string}> = []
  const visit = (parent: Parent): void => {
    parent.children.forEach((node, index) => {
      if (node.type === 'html') {
        const read = readComment(node.value, known)
        if (!read || !node.position) return
        if ('wrong' in read) return void wrong.push({node, reason: read.wrong})
        const next = parent.children[index + 1]
        const top = parent === tree && parent.children.slice(0, index).every(notContent)
        const bottom = parent === tree && parent.children.slice(index + 1).every(notContent)
        directives.push({
          ...read,
          node,
          start: node.position.start.offset ?? 0,
          until: next?.position?.end.offset,
          whole: read.verb === 'ignore' && (top || bottom),
          used: 0
        })
        return
      }
      if ('children' in node) visit(node)
    })
  }
  visit(tree)
  return {directives, wrong}
}

/** Front matter and comments: what may come before a whole-draft `ignore`. */
function notContent(node: Nodes): boolean {
  if (node.type !== 'html') return node.type === 'yaml' || (node.type as string) === 'toml'
  const value = node.value.trim()
  return value.startsWith('<!--') && value.endsWith('-->')
}

const covers = (directive: Directive, id: string) => directive.ids.length === 0 || directive.ids.includes(id)

/** Take the findings the directives cover out of the file's messages, into `file.data[SUPPRESSED]`. */
function waive(file: VFile, directives: Directive[], state: State): void {
  if (directives.length === 0) return
  const toOffset = location(file).toOffset
  const enables = directives.filter((directive) => directive.verb === 'enable')
  /** Where a `disable` stops covering rule `id`: the first `enable` of it after the comment. */
  const disabledUntil = (directive: Directive, id: string) =>
    enables.find((enable) => enable.start > directive.start && covers(enable, id))?.start ?? Infinity
  const suppressed: Suppressed[] = (file.data[SUPPRESSED] ??= [])
  file.messages = file.messages.filter((message) => {
    const id = message.ruleId
    if (message.source !== SOURCE || !id || id === COMMENT_RULE) return true
    const place = message.place
    const start = place && 'start' in place ? place.start : place
    const end = place && 'end' in place ? place.end : place
    const offset = start?.offset ?? (start ? toOffset(start) : undefined) ?? 0
    const point = !end || (end.line === start?.line && end.column === start?.column)
    let by: Directive | undefined
    for (const directive of directives) {
      if (directive.verb === 'enable' || !covers(directive, id)) continue
      const inScope =
        directive.verb === 'disable'
          ? offset >= directive.start && offset < disabledUntil(directive, id)
          : (directive.until !== undefined && offset >= directive.start && offset <= directive.until) ||
            (directive.whole && point)
      // The nearest comment before the finding decides (its reason is the one given).
      if (inScope && (!by || directive.start >= by.start)) by = directive
    }
    if (!by) return true
    by.used++
    suppressed.push({message, justification: by.reason})
    return false
  })
  for (const directive of directives) {
    directive.used += state.used.get(directive.start) ?? 0
    state.used.set(directive.start, directive.used)
  }
}

/** The warnings a right comment earns: a suppression without a reason, or one that waived nothing. */
function warnings(file: VFile, directive: Directive, known: readonly string[]): VFileMessage[] {
  if (directive.verb === 'enable') return []
  const found: VFileMessage[] = []
  const rules = directive.ids.length > 0 ? directive.ids.map((id) => `“${id}”`).join(', ') : 'every rule'
  if (!directive.reason) {
    found.push(
      report(
        file,
        directive.node,
        `Missing reason in the “${directive.verb}” comment, expected “-- ” and why the finding does not apply`,
        known,
        false
      )
    )
  }
  if (directive.used === 0) {
    const where =
      directive.verb === 'ignore' ? (directive.until === undefined ? ' (no node follows it)' : ' in the next node') : ''
    found.push(
      report(
        file,
        directive.node,
        `Unexpected suppression that waives nothing, expected a finding of ${rules}${where}: remove the comment`,
        known,
        false
      )
    )
  }
  return found
}

function report(file: VFile, node: Nodes, reason: string, known: readonly string[], fatal: boolean): VFileMessage {
  const message = file.message(reason, {place: node.position, ruleId: COMMENT_RULE, source: SOURCE})
  message.fatal = fatal
  message.url = packageUrl('README.md') + '#suppression-comments'
  message.note =
    'Comment control: `<!--disclosure-lint disable RULE … -- REASON-->` and `<!--disclosure-lint enable RULE …-->` ' +
    'switch rules off and on from that point, `<!--disclosure-lint ignore RULE … -- REASON-->` skips the next block ' +
    '(at the top or bottom of the draft, also a statement missing from it); with no rule, every rule. ' +
    `Known rules: ${known.join(', ')}.` +
    (fatal ? ' Until it is corrected, this comment controls nothing.' : '')
  return message
}
