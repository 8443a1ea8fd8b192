/** One run of unified-engine over the drafts, and the exit status it earns. */
import process from 'node:process'
import type {Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {couldNotLint, relativePath, type Reporter} from '../reporters/common.js'
import {BATCH, interner, lintBatch, withoutText, type Keep} from './batch.js'
import {fail, say} from './fail.js'
import {findDrafts, type FindOptions} from './files.js'
import {fixDrafts} from './fix.js'
import {inWorkers, jobsFor, type Jobs, type Linted} from './jobs.js'

export type {Keep} from './batch.js'
export {BATCH} from './batch.js'

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
  // Many drafts and a reporter of ours: in worker threads, each batch as here, the report made here.
  const workers = typeof reporter === 'function' && !settings.out ? jobsFor(jobs, files.length) : 1
  // A reporter named but not found by us: unified-engine loads it from the drafts folder, in one run (as before).
  const batches =
    workers > 1 ? [] : typeof reporter !== 'function' || files.length === 0 ? [files] : chunks(files, size)
  const failed: string[] = []
  let code = 0
  const take = (result: Linted): void => {
    if (result.error) throw result.error
    code = Math.max(code, result.code)
    for (const file of result.files) {
      for (const message of file.messages.filter(couldNotLint))
        failed.push(`disclosure-lint: ${relativePath(file) || '<stdin>'}: ${message.reason.split('\n')[0]}`)
    }
  }
  try {
    if (workers === 1 && batches.length === 1) {
      // One run of the engine, which makes the report itself.
      take(await lintBatch(settings, batches[0]))
    } else {
      const report = reportInParts(settings)
      // Drafts kept until the report hold each text most of their messages share once; drafts reported as they are
      // linted are not kept, and a pool of their texts would be all that grew.
      const own = report.inParts ? (text: string) => text : interner()
      const add = async (result: Linted): Promise<void> => {
        take(result)
        for (const file of result.files) await report.add(file)
      }
      if (workers > 1) await inWorkers(settings, files, keep, own, {...jobs!, count: workers}, add)
      for (const batch of batches) {
        const result = await lintBatch({...settings, reporter: () => ''}, batch)
        // A draft reported as it is linted is read whole by its report and then let go: nothing to take from it.
        const files = report.inParts ? result.files : result.files.map((file) => withoutText(file, keep, own))
        await add({...result, files})
      }
      await report.end()
    }
  } catch (error) {
    fail(error)
    return []
  }
  process.exitCode = failed.length > 0 ? 2 : code
  return failed
}

function chunks<T>(list: T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < list.length; start += size) result.push(list.slice(start, start + size))
  return result
}

/** Report output a run writes in parts (`--report-file`: the first part replaces the file, the rest are added). */
export interface PartsOutput {
  beginParts?(): void
  endParts?(): void
}

/** Report text gathered before it is written: fewer, larger writes. */
const WRITE_AT = 64 * 1024

/**
 * What unified-engine's last step does, the reporter over the files given to `streamError` (the CLI makes it stdout
 * or the `--report-file`), over every batch: draft by draft as each batch is linted, when the reporter can make its
 * report so (ours: the text report, JSON), so a run holds no linted draft until its end; else once at the end, over
 * every draft kept.
 */
function reportInParts(settings: EngineOptions): {
  /** Whether the report is written draft by draft. */
  inParts: boolean
  add(file: VFile): Promise<void>
  end(): Promise<void>
} {
  const reporter = settings.reporter as Reporter
  const options = {
    ...settings.reporterOptions,
    color: settings.color ?? false,
    quiet: settings.quiet,
    silent: settings.silent,
    verbose: settings.verbose
  }
  const stream = (settings.streamError ?? process.stderr) as NodeJS.WritableStream & PartsOutput
  const write = (text: string) => new Promise<void>((resolve) => stream.write(text, () => resolve()))
  const given = (file: VFile) => Boolean(file.data.unifiedEngineGiven && !file.data.unifiedEngineIgnored)
  const parts = reporter.streaming?.(options)
  if (!parts) {
    const kept: VFile[] = []
    return {
      inParts: false,
      add: async (file) => void (given(file) && kept.push(file)),
      async end() {
        let diagnostics = await reporter(kept, options)
        if (!diagnostics) return
        if (!diagnostics.endsWith('\n')) diagnostics += '\n'
        await write(diagnostics)
      }
    }
  }
  let pending = ''
  let begun = false
  let any = false
  let endsLine = false
  const put = (text: string): void => {
    if (text === '') return
    pending += text
    any = true
    endsLine = text.endsWith('\n')
  }
  const flush = async (): Promise<void> => {
    if (!begun) stream.beginParts?.()
    begun = true
    const text = pending
    pending = ''
    if (text) await write(text)
  }
  return {
    inParts: true,
    async add(file) {
      if (!given(file)) return
      put(parts.file(file))
      if (pending.length >= WRITE_AT) await flush()
    },
    async end() {
      put(parts.end())
      // As one report: nothing at all when it is empty, else ended by a line break.
      if (!any) return
      if (!endsLine) pending += '\n'
      await flush()
      stream.endParts?.()
    }
  }
}
