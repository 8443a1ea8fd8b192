/** One run of unified-engine over the drafts, and the exit status it earns. */
import process from 'node:process'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {SUPPRESSED} from '../core/control.js'
import {
  couldNotLint,
  excerptOf,
  flaggedExcerpts,
  flaggedWords,
  rangeOf,
  relativePath,
  shorten,
  wordsOf
} from '../reporters/common.js'
import {fail, say} from './fail.js'
import {findDrafts, type FindOptions} from './files.js'
import {fixDrafts} from './fix.js'

export interface RunOptions extends FindOptions {
  /** Whether notes (files skipped) may go to stderr: not when a json or sarif report goes to a file or pipe. */
  notes?: boolean
  /** What a linted draft keeps for the reporter (default: its text, which a reporter of someone else's may read). */
  keep?: Keep
  /** Drafts linted at a time (default: `BATCH`). */
  batch?: number
  /** `--fix` (write the fixes, then report what remains) or `--fix-dry-run` (print them as a diff). */
  fix?: 'write' | 'dry-run'
}

/**
 * Drafts linted at a time. unified-engine holds every file of a run (its text,
 * tree and model) until the last one is linted; in batches, at most this many
 * are held, and a linted draft keeps only its messages (its text too when the
 * reporter may read it). The report is made once, at the end, over every
 * draft: the same report, sorted and aligned as a single run makes it.
 */
export const BATCH = 100

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
  if (options.fix) {
    try {
      await fixDrafts(settings, files, {write: options.fix === 'write', notes: options.notes})
    } catch (error) {
      return fail(error)
    }
  }
  const failed = await lintAll(settings, files, options.keep ?? 'text', options.batch ?? BATCH)
  if (options.notes !== false) for (const note of [...notes, ...failed]) say(note)
}

/**
 * Lint `files` in batches (stdin, `files` empty, in one), report them all once
 * and set the exit status. Returns a line for each draft that could not be
 * linted (a missing path, a config that does not load, a binary file): a
 * diagnostic about the run, for stderr (the report, on stdout, counts them).
 */
async function lintAll(
  settings: EngineOptions,
  files: Array<string | VFile>,
  keep: Keep,
  size: number
): Promise<string[]> {
  const reporter = settings.reporter
  // A reporter named but not found by us: unified-engine loads it from the drafts folder, in one run (as before).
  const batches = typeof reporter !== 'function' || files.length === 0 ? [files] : chunks(files, size)
  const linted: VFile[] = []
  const own = interner()
  let code = 0
  for (const batch of batches) {
    const result = await lintBatch(batches.length === 1 ? settings : {...settings, reporter: () => ''}, batch)
    if (result.error) {
      fail(result.error)
      return []
    }
    code = Math.max(code, result.code)
    for (const file of result.files) linted.push(withoutText(file, keep, own))
  }
  if (linted.some((file) => file.messages.some(couldNotLint))) code = 2
  if (batches.length > 1) {
    try {
      await report(settings, linted)
    } catch (error) {
      fail(error)
      return []
    }
  }
  process.exitCode = code
  return linted.flatMap((file) =>
    file.messages
      .filter(couldNotLint)
      .map((message) => `disclosure-lint: ${relativePath(file) || '<stdin>'}: ${message.reason.split('\n')[0]}`)
  )
}

function chunks<T>(list: T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < list.length; start += size) result.push(list.slice(start, start + size))
  return result
}

/** One run of the engine: its status and files (a batch's report, when it has a reporter of its own). */
function lintBatch(
  settings: EngineOptions,
  files: Array<string | VFile>
): Promise<{error?: Error; code: number; files: VFile[]}> {
  return new Promise((resolve) => {
    engine({...settings, files}, (error, code, context) => {
      resolve({error: error ?? undefined, code: code ?? 0, files: context?.files ?? []})
    })
  })
}

/**
 * One copy of each text the messages of a run hold. Most are the same in
 * every draft (a citation, the fixing text of a missing statement); text taken
 * from a draft (a quote in a reason) may be held by V8 as a slice of the whole
 * draft, which would keep the draft alive: each is copied once.
 */
function interner(): (text: string) => string {
  const pool = new Map<string, string>()
  return (text) => {
    let kept = pool.get(text)
    if (kept === undefined) {
      kept = Buffer.from(text, 'utf8').toString('utf8')
      pool.set(kept, kept)
    }
    return kept
  }
}

/**
 * What a linted draft keeps until the report: its text (HTML), the words its
 * messages are on (SARIF), a short excerpt of them (the text report: at most
 * `EXCERPT` characters a message), or neither.
 */
export type Keep = 'text' | 'words' | 'excerpts' | 'messages'

/**
 * A linted draft without its text (see `Keep`): its messages, holding nothing
 * of the draft's tree, nor of its text unless the report reads it.
 */
function withoutText(file: VFile, keep: Keep, own: (text: string) => string): VFile {
  // The findings suppression comments waived are reported too (SARIF: suppressed results), the same way.
  const waived =
    file.data[SUPPRESSED]?.map((entry) => {
      if (entry.justification) entry.justification = own(entry.justification)
      return entry.message
    }) ?? []
  for (const message of [...file.messages, ...waived]) {
    if (keep === 'words' && rangeOf(message)) flaggedWords.set(message, own(wordsOf(file, message)))
    if (keep === 'excerpts') {
      // Most messages quote the words they are on as `actual`, which they keep anyway: the excerpt is read from it.
      const excerpt = excerptOf(file, message)
      if (!message.actual || shorten(message.actual) !== excerpt) flaggedExcerpts.set(message, own(excerpt))
    }
    message.reason = own(message.reason)
    message.message = own(message.message)
    message.name = own(message.name)
    if (message.note) message.note = own(message.note)
    if (message.actual) message.actual = own(message.actual)
    if (message.expected) message.expected = message.expected.map(own)
    // A trace (`--verbose`) needs the types and places of the nodes, not the tree they hold.
    if (message.ancestors) {
      message.ancestors = message.ancestors.map((node) => {
        const light: Record<string, unknown> = {type: node.type, position: node.position}
        for (const key of ['name', 'tagName'])
          if (key in node) light[key] = (node as unknown as Record<string, unknown>)[key]
        return light as unknown as Node
      })
    }
  }
  // The HTML report (and a reporter of someone else's) reads the text: it stays, the tree does not.
  if (keep !== 'text') file.value = ''
  return file
}

/**
 * What unified-engine's last step does, once over every batch: the reporter
 * over the files given, to `streamError` (the CLI makes it stdout or the
 * `--report-file`).
 */
async function report(settings: EngineOptions, files: VFile[]): Promise<void> {
  const reporter = settings.reporter as (files: VFile[], options: unknown) => string | Promise<string>
  let diagnostics = await reporter(
    files.filter((file) => file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored),
    {
      ...settings.reporterOptions,
      color: settings.color ?? false,
      quiet: settings.quiet,
      silent: settings.silent,
      verbose: settings.verbose
    }
  )
  if (!diagnostics) return
  if (!diagnostics.endsWith('\n')) diagnostics += '\n'
  const stream = settings.streamError ?? process.stderr
  await new Promise<void>((resolve) => stream.write(diagnostics, () => resolve()))
}
