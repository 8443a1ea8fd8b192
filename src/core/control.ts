/**
 * Comment control for our rules: `<!--disclosure-lint disable exchange-disclaimer-->`,
 * `enable` and `ignore`, as remark-lint's `<!--lint …-->` works for its own
 * rules. It filters the messages present when it runs, so presets use it last.
 *
 * A comment that is meant for us but is wrong — an unknown keyword
 * (`<!--disclosure-lint bogus-->`), an unknown rule, a misspelt name
 * (`<!--disclosure-lint-disable …-->`), or remark-lint's `<!--lint …-->`
 * naming one of our rules — is an error message on that comment (rule id
 * `comment`, exit 1 like any error), never a tool failure, and controls
 * nothing until it is corrected: a suppression that does not parse must not
 * switch a check off, nor stop the checks of the draft.
 */
import type {Nodes, Root} from 'mdast'
import remarkMessageControl from 'remark-message-control'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {SOURCE} from './constants.js'
import {SKIP} from './guard.js'
import {packageUrl} from './package.js'

/** The rule id of messages about a comment-control comment that is wrong. */
export const COMMENT_RULE = 'comment'

const VERBS = ['disable', 'enable', 'ignore']
/** Names that are ours, misspelt or run into the keyword ("Disclosure-Lint", "disclosure_lint", "disclosure-lint-disable"). */
const OURS_MISSPELT = /^disclosure[-_]?lint/i

/** The comment-control plugin for rules `known`. */
export function createControl(known: readonly string[]): Plugin<[], Root> {
  const disclosureLintControl: Plugin<[], Root> = function () {
    const control = remarkMessageControl({name: SOURCE, source: SOURCE, known: [...known]})
    return function (tree, file) {
      // The input guard stopped the rules: only its own message is there, and it stays.
      if (file.data[SKIP]) return
      const wrong = wrongComments(tree, known)
      // Hidden from the control while it runs: a wrong comment controls nothing (and does not throw).
      const types = wrong.map(({node}) => node.type)
      for (const {node} of wrong) (node as {type: string}).type = 'disclosureLintWrongComment'
      try {
        control(tree, file)
      } finally {
        wrong.forEach(({node}, index) => ((node as {type: string}).type = types[index]))
      }
      // Reported after the control ran, so no comment can silence them.
      for (const {node, reason} of wrong) report(file, node, reason, known)
    }
  }
  return disclosureLintControl
}

interface Wrong {
  node: Nodes
  reason: string
}

/** The comments meant for our control that are wrong, with what is wrong. */
function wrongComments(tree: Root, known: readonly string[]): Wrong[] {
  const found: Wrong[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const reason = whatIsWrong(node.value, known)
      if (reason && node.position) found.push({node, reason})
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return found
}

/** What is wrong with comment `value`, if it is meant for our control; undefined when it is right or not ours. */
export function whatIsWrong(value: string, known: readonly string[]): string | undefined {
  // `<!--name attributes-->`, the shape mdast-comment-marker reads (one HTML node, the whole of it), read
  // without a backtracking pattern: a run of dashes must not cost quadratic time.
  const trimmed = value.trim()
  if (!trimmed.startsWith('<!--') || !trimmed.endsWith('-->') || trimmed.length < 7) return undefined
  const inner = trimmed.slice(4, -3).trimStart()
  const name = /^[a-zA-Z\d_-]+/.exec(inner)?.[0]
  if (name === undefined) return undefined
  const rest = inner.slice(name.length)
  if (rest !== '' && !/^\s/.test(rest)) return undefined
  const words = rest.trim().split(/\s+/).filter(Boolean)
  if (name === SOURCE) {
    const [verb, ...ids] = words
    if (verb === undefined) {
      return 'Unexpected disclosure-lint comment without a keyword, expected “disable”, “enable” or “ignore”'
    }
    if (!VERBS.includes(verb))
      return `Unexpected “${verb}” in a disclosure-lint comment, expected “disable”, “enable” or “ignore”`
    const unknown = [...new Set(ids.filter((id) => !known.includes(id)))]
    if (unknown.length > 0) {
      const list =
        unknown
          .slice(0, 5)
          .map((id) => `“${id}”`)
          .join(', ') + (unknown.length > 5 ? ', …' : '')
      return `Unexpected rule ${list} in a disclosure-lint comment: not known, expected a rule id`
    }
    return undefined
  }
  if (OURS_MISSPELT.test(name)) {
    return `Unexpected “${name}” comment, expected “<!--disclosure-lint disable …-->”, “enable …” or “ignore …”`
  }
  // remark-lint's comments do not touch our rules: one that names them is a suppression that does nothing.
  if (name === 'lint') {
    const ours = [...new Set(words.slice(1).filter((id) => known.includes(id)))]
    if (ours.length > 0) {
      return (
        `Unexpected “lint” comment for disclosure-lint rule ${ours.map((id) => `“${id}”`).join(', ')}, ` +
        `expected “<!--disclosure-lint ${words[0] ?? 'disable'} ${ours.join(' ')}-->”`
      )
    }
  }
  return undefined
}

function report(file: VFile, node: Nodes, reason: string, known: readonly string[]): void {
  const message = file.message(reason, {place: node.position, ruleId: COMMENT_RULE, source: SOURCE})
  message.fatal = true
  message.url = packageUrl('README.md') + '#suppression-comments'
  message.note =
    'Comment control: `<!--disclosure-lint disable RULE …-->` and `<!--disclosure-lint enable RULE …-->` switch rules ' +
    'off and on from that point, `<!--disclosure-lint ignore RULE …-->` skips the next block; with no rule, every rule. ' +
    `Known rules: ${known.join(', ')}. Until it is corrected, this comment controls nothing.`
}
