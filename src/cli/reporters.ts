/** The reporter a run uses: ours by name from our install, with engine failures folded to one line. */
import type {Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {reporter as defaultReporter} from 'vfile-reporter'
import {waivedLine} from '../reporters/common.js'
import {wordPlace} from '../core/word-places.js'
import {resolveHere} from './resolve.js'

/**
 * A reporter named on the command line comes from our own install first
 * (`sarif` and `github` are ours, `json` is `vfile-reporter-json`, shipped
 * with us), so `--report json` works from any folder; other names are left to
 * unified-engine, which looks in the current folder.
 */
export async function resolveReporter(name: unknown): Promise<unknown> {
  if (typeof name !== 'string') return name
  // Our own reporters: `--report sarif`, `--report github` (literal imports, so the bundle carries them).
  const bare = name.replace(/^vfile-reporter-/, '')
  if (bare === 'sarif') return (await import('../reporters/sarif.js')).default
  if (bare === 'github') return (await import('../reporters/github.js')).default
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

type Reporter = (files: VFile[], options: unknown) => string | Promise<string>

/**
 * Failures of the engine itself (no such file, a config that does not parse)
 * carry the underlying error as `cause`, which reporters print with its
 * stack. Fold the cause's first line into the reason instead: one line each.
 * A finding in a Word draft says where in Word it is (`¶14, “Neither TSX
 * Venture…”`, word-places.ts) before its reason in `message.message`, which
 * the text report prints; `reason` (JSON, SARIF, GitHub) is left as it is.
 */
export function oneLineCauses(reporter: unknown): EngineOptions['reporter'] {
  const wrap =
    (inner: Reporter): Reporter =>
    (files, options) => {
      for (const file of files) {
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
      return inner(files, options)
    }
  if (typeof reporter === 'function') return wrap(reporter as Reporter) as EngineOptions['reporter']
  if (reporter === undefined) return wrap(withWaived(defaultReporter as Reporter)) as EngineOptions['reporter']
  return reporter as EngineOptions['reporter']
}

/** The text report, with a last line counting the findings suppression comments waived ("2 findings waived …"). */
function withWaived(inner: Reporter): Reporter {
  return async (files, options) => {
    const report = await inner(files, options)
    const line = (options as {silent?: boolean} | undefined)?.silent ? '' : waivedLine(files)
    if (!line) return report
    return report ? `${report.replace(/\n*$/, '')}\n${line}` : line
  }
}
