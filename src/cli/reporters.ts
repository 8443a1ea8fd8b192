/** The reporter a run uses: ours by name from our install, with engine failures folded to one line. */
import type {Options as EngineOptions} from 'unified-engine'
import {appendFileSync, writeFileSync} from 'node:fs'
import process from 'node:process'
import type {VFile} from 'vfile'
import type {Reporter} from '../reporters/common.js'
import {reporter as compactReporter} from 'vfile-reporter'
import textReporter from '../reporters/text.js'
import {wordPlace} from '../core/word-places.js'
import {resolveHere} from './resolve.js'
import type {Keep} from './run.js'

/**
 * A reporter named on the command line comes from our own install first
 * (`text`, the default, `html`, `sarif` and `github` are ours, `compact` is
 * vfile-reporter's one line per message, `json` is `vfile-reporter-json`,
 * shipped with us), so `--report json` works from any folder; other names are left to
 * unified-engine, which looks in the current folder.
 */
export async function resolveReporter(name: unknown): Promise<unknown> {
  if (typeof name !== 'string') return name
  // Our own reporters: `--report sarif`, `--report github` (literal imports, so the bundle carries them).
  const bare = name.replace(/^vfile-reporter-/, '')
  if (bare === 'text') return textReporter
  if (bare === 'compact') return compactReporter
  if (bare === 'html') return (await import('../reporters/html.js')).default
  if (bare === 'sarif') return (await import('../reporters/sarif.js')).default
  if (bare === 'github') return (await import('../reporters/github.js')).default
  if (bare === 'json') return (await import('../reporters/json.js')).default
  for (const candidate of name.startsWith('vfile-reporter-') ? [name] : [`vfile-reporter-${name}`, name]) {
    let url: string
    try {
      url = resolveHere(candidate)
    } catch {
      continue
    }
    const module = (await import(url)) as {default?: unknown}
    if (typeof module.default === 'function') return module.default
  }
  return name
}

/**
 * Failures of the engine itself (no such file, a config that does not parse)
 * carry the underlying error as `cause`, which reporters print with its
 * stack. Fold the cause's first line into the reason instead: one line each.
 * A finding in a Word draft says where in Word it is (`¶14, “Neither TSX
 * Venture…”`, word-places.ts) before its reason in `message.message`, which
 * the text report prints; `reason` (JSON, SARIF, GitHub) is left as it is.
 */
export function oneLineCauses(reporter: unknown): EngineOptions['reporter'] {
  const fold = (file: VFile): void => {
    for (const message of file.messages) {
      if (message.cause instanceof Error && !message.ruleId) {
        let cause: unknown = message.cause
        while (cause instanceof Error) {
          const detail = cause.message.split('\n')[0]
          if (!message.reason.includes(detail)) message.reason = `${message.reason}: ${detail}`
          cause = cause.cause
        }
        message.message = message.reason
        message.cause = undefined
        message.stack = undefined
      }
      const place = message.ruleId ? wordPlace(file, message) : undefined
      if (place) message.message = `${place}: ${message.reason}`
    }
  }
  const wrap = (inner: Reporter): Reporter => {
    const wrapped: Reporter = (files, options) => {
      for (const file of files) fold(file)
      return inner(files, options)
    }
    const {streaming} = inner
    if (streaming)
      wrapped.streaming = (options) => {
        const parts = streaming(options)
        if (!parts) return undefined
        return {
          file(file) {
            fold(file)
            return parts.file(file)
          },
          end: () => parts.end()
        }
      }
    return wrapped
  }
  if (typeof reporter === 'function') return wrap(reporter as Reporter) as EngineOptions['reporter']
  if (reporter === undefined) return wrap(textReporter as Reporter) as EngineOptions['reporter']
  return reporter as EngineOptions['reporter']
}

/**
 * What a linted draft keeps until the report (see `Keep`), by the report's
 * name: the text report an excerpt per message, SARIF the words of each
 * message (its fingerprints), HTML the whole text (it marks up each draft: a
 * run holds every draft's text until the end), a reporter of someone else's
 * the text too (it may read it); json, github and compact their messages.
 */
export function keepFor(name: string | undefined): Keep {
  const bare = name?.replace(/^vfile-reporter-/, '')
  if (bare === undefined || bare === 'text') return 'excerpts'
  if (bare === 'json' || bare === 'github' || bare === 'compact') return 'messages'
  return bare === 'sarif' ? 'words' : 'text'
}

/** `--report-file PATH` (or `--report-file=PATH`) taken out of `argv`: the flags left, and the path. */
export function takeReportFile(argv: string[]): {argv: string[]; file?: string} {
  const rest: string[] = []
  let file: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    if (flag === '--report-file') {
      file = argv[++index]
      if (file === undefined || file.startsWith('-')) throw new Error('--report-file needs a path')
    } else if (flag.startsWith('--report-file=')) file = flag.slice('--report-file='.length)
    else rest.push(flag)
  }
  if (file === '') throw new Error('--report-file needs a path')
  return {argv: rest, file}
}

/**
 * Where the report goes: stdout, or the `--report-file` (each report, under
 * `--watch` each run's, replaces the file's content). Diagnostics about the
 * run (files skipped, failures) stay on stderr. Colour on a terminal (or with
 * `--color`), never into a file unless asked; the text report wraps to the
 * terminal's width, else 100 columns.
 */
export function reportOutput(
  file: string | undefined,
  color: boolean | undefined,
  /** `--fix-dry-run`: stdout carries the diff (a patch), so the report goes to stderr unless a file is named. */
  diffOnStdout = false
): {stream: NodeJS.WritableStream; color: boolean; width?: number} {
  const tty = diffOnStdout ? process.stderr : process.stdout
  const terminal = file === undefined && Boolean(tty.isTTY)
  const stream =
    file === undefined
      ? tty
      : (() => {
          // A report written in parts (run.ts): its first part replaces the file, the others are added to it.
          let parts = false
          let first = false
          return {
            write(text: string, done?: () => void) {
              if (parts && !first) appendFileSync(file, text)
              else writeFileSync(file, text)
              first = false
              done?.()
              return true
            },
            beginParts() {
              parts = true
              first = true
            },
            endParts() {
              parts = false
            }
          } as unknown as NodeJS.WritableStream
        })()
  return {stream, color: color ?? terminal, width: terminal ? tty.columns : undefined}
}
