#!/usr/bin/env node
/**
 * `disclosure-lint [options] [path | glob ...]`: remark-cli's command line
 * (unified-args' flags, unified-engine's config and ignore discovery) with
 * what a linter of confidential drafts needs on top:
 * - no config found, or one that configures none of our rules: the TSX-V
 *   preset applies; a config that turns every rule off is reported (defaults.ts);
 * - the drafts are found by us (files.ts): special files never opened, each
 *   real file once through symlinks, README/CHANGELOG/… skipped unless
 *   `--include-all`, the skip said once;
 * - drafts are linted in batches (run.ts): a run of 100,000 holds their
 *   messages until the one report, not their text or trees;
 * - our own `--help` (help.ts); a closed output pipe ends the run quietly (fail.ts);
 * - our own default report (text.ts); `--report compact|html|sarif|github|json`
 *   resolve from our install, not the drafts folder; the report goes to
 *   stdout or `--report-file`, diagnostics about the run to stderr;
 * - configs naming `disclosure-lint/…` load our copy even where the drafts
 *   folder has none installed;
 * - the draft is never printed (`--output`, `--stdout` refused), and written
 *   only with `--fix` (fix.ts: each finding's one `expected`, in place;
 *   `--fix-dry-run` prints the diff);
 * - failures are one line, never a stack trace. Exit codes as ESLint and
 *   textlint: 0 clean (warnings allowed); 1 a draft has errors (warnings too
 *   with `--frail`); 2 the tool could not do its job (a missing, unreadable or
 *   binary path, a config that does not load, an unknown rule option, no
 *   drafts found, a refused flag, a crash).
 */
import process from 'node:process'
import type {Options as EngineOptions} from 'unified-engine'
import {packageJson} from '../core/package.js'
import {fail, watchPipes} from './fail.js'
import {helpText} from './help.js'
import {keepFor, oneLineCauses, reportOutput, resolveReporter, takeReportFile} from './reporters.js'
import {run} from './run.js'
import {takeJobs} from './jobs.js'
import {engineSettings, parseFlags, type ArgvState} from './settings.js'
import {watch} from './watch.js'

const pkg = packageJson()

process.on('uncaughtException', fail)
process.on('unhandledRejection', fail)
watchPipes()

async function main(): Promise<void> {
  let argv = process.argv.slice(2)
  const includeAll = argv.includes('--include-all')
  const fix = argv.includes('--fix-dry-run') ? 'dry-run' : argv.includes('--fix') ? 'write' : undefined
  let state: ArgvState
  let reportFile: string | undefined
  let jobs: number | undefined
  try {
    ;({argv, file: reportFile} = takeReportFile(argv))
    ;({argv, jobs} = takeJobs(argv))
    state = await parseFlags(argv)
  } catch (error) {
    return fail(error)
  }

  if (state.args.help) {
    process.stdout.write(helpText(pkg.description))
    return
  }
  if (state.args.version) {
    process.stdout.write(pkg.version + '\n')
    return
  }
  if (state.engine.output !== undefined && state.engine.output !== false) {
    return fail('--output is not supported: disclosure-lint reports on drafts and never rewrites them')
  }
  if (state.engine.out === true) {
    return fail('--stdout is not supported: disclosure-lint reports on drafts and never prints them')
  }

  if (fix && (state.args.watch || (state.engine.files ?? []).length === 0)) {
    return fail(
      `--fix${fix === 'dry-run' ? '-dry-run' : ''} needs the drafts named (files or folders), without --watch`
    )
  }

  // The report to stdout (stderr under --fix-dry-run: stdout is the diff) or --report-file; colour only on a
  // terminal, unless asked for.
  const output = reportOutput(
    reportFile,
    argv.includes('--color') || (state.engine.color === false ? false : undefined),
    fix === 'dry-run'
  )
  const settings: EngineOptions = {
    ...engineSettings(state),
    color: output.color,
    streamError: output.stream,
    reporterOptions: {...state.engine.reporterOptions, width: output.width},
    reporter: oneLineCauses(await resolveReporter(state.engine.reporter))
  }

  // Notes (files skipped) go to stderr, the report to stdout. A linted draft keeps what its report reads.
  const keep = keepFor(typeof state.engine.reporter === 'string' ? state.engine.reporter : undefined)
  if (state.args.watch) return watch(settings, {includeAll, notes: true, keep})
  // Drafts in worker threads (jobs.ts) are linted with the settings the same flags make there.
  await run(settings, {includeAll, notes: true, keep, fix, jobs: {count: jobs, argv}})
}

// Not awaited at the top level: the bundled CLI is a script (see scripts/bundle.mjs), and main() handles its own end.
void main().catch(fail)
