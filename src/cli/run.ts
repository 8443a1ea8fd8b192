/** One run of unified-engine over the drafts, and the exit status it earns. */
import process from 'node:process'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {INPUT_RULE} from '../core/constants.js'
import {fail} from './fail.js'

/** Lint the drafts `settings` names; sets `process.exitCode` (0, 1 or 2). */
export function run(settings: EngineOptions): Promise<void> {
  return new Promise((resolve) => {
    engine(settings, (error, code, context) => {
      if (error) fail(error)
      else if (context && context.files.length === 0 && (settings.files ?? []).length > 0 && !settings.silentlyIgnore) {
        const extensions = (settings.extensions ?? []).map((ext) => '.' + ext).join(', ')
        fail(`no drafts found in ${(settings.files ?? []).join(', ')} (looked for ${extensions})`)
      } else if (context && context.files.some(couldNotLint)) {
        // A file could not be linted (no such file, unreadable, not text, a bad config): the tool could not do its job.
        process.exitCode = 2
      } else process.exitCode = code ?? 0
      resolve()
    })
  })
}

/**
 * Whether a file could not be linted at all: a fatal message from the engine
 * (no rule: missing or unreadable path, config that does not load, a crash)
 * or from the input guard (not text).
 */
function couldNotLint(file: VFile): boolean {
  return file.messages.some(
    (message) => message.fatal === true && (message.ruleId === undefined || message.ruleId === INPUT_RULE)
  )
}
