/**
 * Input guard, first in every processor we build: a draft that is not text
 * (a PDF or Word file passed by name, invalid UTF-8), is nested too deep to
 * check or is empty gets one clear message instead of a page of false
 * findings (or a stack trace). Rules after it do not run.
 * The bytes are decided on by the decoder (decode.ts), which runs before the
 * parser; the guard reports its verdict, or checks the text itself where no
 * decoder ran (a processor with another parser).
 */
import type {Nodes, Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {INPUT_RULE, SOURCE} from './constants.js'
import {checkText, decodeDraft, UNREADABLE} from './decode.js'

/** Why `file` cannot be linted as a draft, if it cannot. */
export function unreadable(file: VFile): string | undefined {
  const verdict = file.data[UNREADABLE]
  if (verdict) return verdict
  const value = file.value
  const extname = file.extname ?? ''
  const decoded = value instanceof Uint8Array ? decodeDraft(value, extname) : checkText(String(value ?? ''), extname)
  return 'reason' in decoded ? decoded.reason : undefined
}

/** Marks a file the rules must skip (see `unreadable`). */
export const SKIP = 'disclosureLintSkip'

/**
 * Deeper than this (blockquotes in blockquotes, lists in lists), a tree is
 * not a release: the recursive walks of the tools we build on (comment
 * control, reporters) would overflow the stack.
 */
export const MAX_DEPTH = 1000

/** The depth of `tree`, walked without recursion; stops counting past `limit`. */
function depthOf(tree: Root, limit: number): number {
  let deepest = 0
  const stack: Array<[Nodes, number]> = [[tree, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    if (deepest > limit) return deepest
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, depth + 1])
  }
  return deepest
}

const disclosureLintGuard: Plugin<[], Root> = function () {
  return function (tree, file) {
    if (file.data[SKIP]) return
    const reason = unreadable(file)
    if (reason) {
      const message = file.message(reason, {ruleId: INPUT_RULE, source: SOURCE})
      message.fatal = true
      file.data[SKIP] = true
      return
    }
    // A BOM the parser skipped (micromark does) must not shift the offsets of the model.
    if (typeof file.value === 'string' && file.value.charCodeAt(0) === 0xfeff) file.value = file.value.slice(1)
    if (depthOf(tree, MAX_DEPTH) > MAX_DEPTH) {
      const message = file.message(
        `Cannot lint a draft nested more than ${MAX_DEPTH} levels deep (blockquotes or lists in each other): ` +
          'remove the nesting and lint it again',
        {ruleId: INPUT_RULE, source: SOURCE}
      )
      message.fatal = true
      file.data[SKIP] = true
      return
    }
    if (String(file.value ?? '').trim() === '') {
      file.message('Empty file: nothing to lint', {ruleId: INPUT_RULE, source: SOURCE})
      file.data[SKIP] = true
    }
  }
}

export default disclosureLintGuard
