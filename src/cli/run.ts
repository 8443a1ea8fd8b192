/** One run of unified-engine over the drafts, and the exit status it earns. */
import process from 'node:process'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {INPUT_RULE} from '../core/constants.js'
import {fail, say} from './fail.js'
import {findDrafts, type FindOptions} from './files.js'

export interface RunOptions extends FindOptions {
  /** Whether notes (files skipped) may go to stderr: not when a json or sarif report goes to a file or pipe. */
  notes?: boolean
}

/** Lint the drafts `settings` names; sets `process.exitCode` (0, 1 or 2). */
export async function run(settings: EngineOptions, options: RunOptions = {}): Promise<void> {
  const inputs = (settings.files ?? []).map(String)
  let files = inputs as Array<string | VFile>
  let notes: string[] = []
  if (inputs.length > 0) {
    let skipped = 0
    try {
      ;({files, notes, skipped} = await findDrafts(settings, options))
    } catch (error) {
      return fail(error)
    }
    if (files.length === 0) {
      // `--watch` events: a file that is not a draft (a config, an ignored file) is nothing to lint.
      if (options.found) return
      if (options.notes !== false) for (const note of notes) say(note)
      // Only files that are not releases (a commit touching the README): nothing to check, and the line says why.
      if (settings.silentlyIgnore || skipped > 0) {
        process.exitCode = 0
        return
      }
      const extensions = (settings.extensions ?? []).map((ext) => '.' + ext).join(', ')
      return fail(`no drafts found in ${inputs.join(', ')} (looked for ${extensions})`)
    }
  }
  await new Promise<void>((resolve) => {
    engine({...settings, files}, (error, code, context) => {
      if (error) fail(error)
      else if (context && context.files.some(couldNotLint)) {
        // A file could not be linted (no such file, unreadable, not text, a bad config): the tool could not do its job.
        process.exitCode = 2
      } else process.exitCode = code ?? 0
      resolve()
    })
  })
  if (options.notes !== false) for (const note of notes) say(note)
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
