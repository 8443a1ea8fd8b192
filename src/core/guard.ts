/**
 * Input guard, first in every processor we build: a draft that is not text
 * (a PDF or Word file passed by name, invalid UTF-8) or is empty gets one
 * clear message instead of a page of false findings. Rules after it do not run.
 */
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {INPUT_RULE, SOURCE} from './constants.js'

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Why `file` cannot be linted as a draft, if it cannot. */
export function unreadable(file: VFile): string | undefined {
  const value = file.value
  if (value instanceof Uint8Array) {
    const kind = file.extname ? ` (${file.extname})` : ''
    if (value.includes(0)) {
      return `Cannot lint a binary file${kind}: save the draft as plain text (.txt) or Markdown (.md)`
    }
    try {
      decoder.decode(value)
    } catch {
      return `Cannot lint a file that is not valid UTF-8${kind}: save the draft as UTF-8 text`
    }
    return undefined
  }
  if (typeof value === 'string') {
    const kind = file.extname ? ` (${file.extname})` : ''
    if (value.includes('\u0000')) {
      return `Cannot lint a binary file${kind}: save the draft as plain text (.txt) or Markdown (.md)`
    }
    // Files read as text arrive decoded: bytes that are not UTF-8 became U+FFFD.
    if (value.includes('\uFFFD')) {
      return `Cannot lint a file that is not valid UTF-8${kind}: save the draft as UTF-8 text`
    }
  }
  return undefined
}

/** Marks a file the rules must skip (see `unreadable`). */
export const SKIP = 'disclosureLintSkip'

const disclosureLintGuard: Plugin<[], Root> = function () {
  return function (_, file) {
    if (file.data[SKIP]) return
    const reason = unreadable(file)
    if (reason) {
      const message = file.message(reason, {ruleId: INPUT_RULE, source: SOURCE})
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
