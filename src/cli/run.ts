/** One run of unified-engine over the drafts, and the exit status it earns. */
import process from 'node:process'
import type {Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {couldNotLint, relativePath} from '../reporters/common.js'
import {interner, lintBatch, withoutText, type Keep} from './batch.js'
import {fail, say} from './fail.js'
import {findDrafts, type FindOptions} from './files.js'
import {fixDrafts} from './fix.js'
import {inWorkers, jobsFor, type Jobs, type Linted} from './jobs.js'

export type {Keep} from './batch.js'

export interface RunOptions extends FindOptions {
  /** Whether notes (files skipped) may go to stderr: not when a json or sarif report goes to a file or pipe. */
  notes?: boolean
  /** What a linted draft keeps for the reporter (default: its text, which a reporter of someone else's may read). */
  keep?: Keep
  /** Drafts linted at a time (default: `BATCH`). */
  batch?: number
  /** `--fix` (write the fixes, then report what remains) or `--fix-dry-run` (print them as a diff). */
  fix?: 'write' | 'dry-run'
  /** `--jobs`: lint in worker threads (jobs.ts); without it, in this thread. */
  jobs?: Jobs
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
  const failed = await lintAll(settings, files, options.keep ?? 'text', options.batch ?? BATCH, options.jobs)
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
  size: number,
  jobs?: Jobs
): Promise<string[]> {
  const reporter = settings.reporter
  const own = interner()
  // Many drafts and a reporter of ours: in worker threads, each batch as here, the report made once here.
  const workers = typeof reporter === 'function' && !settings.out ? jobsFor(jobs, files.length) : 1
  // A reporter named but not found by us: unified-engine loads it from the drafts folder, in one run (as before).
  let batches: Array<Array<string | VFile> | Linted>
  try {
    batches =
      workers > 1
        ? await inWorkers(settings, files, keep, own, {...jobs!, count: workers})
        : typeof reporter !== 'function' || files.length === 0
          ? [files]
          : chunks(files, size)
  } catch (error) {
    fail(error)
    return []
  }
  const linted: VFile[] = []
  let code = 0
  for (const batch of batches) {
    const result = Array.isArray(batch)
      ? await lintBatch(batches.length === 1 ? settings : {...settings, reporter: () => ''}, batch)
      : batch
    if (result.error) {
      fail(result.error)
      return []
    }
    code = Math.max(code, result.code)
    for (const file of result.files) linted.push(Array.isArray(batch) ? withoutText(file, keep, own) : file)
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
