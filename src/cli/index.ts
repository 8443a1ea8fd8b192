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
import {createProcessor, disclosureLintDecode, presetFor} from '../api.js'
import {packageJson} from '../core/package.js'
import {useOurInstall} from './config.js'
import {givenPlugins, withDefaults} from './defaults.js'
import {fail, watchPipes} from './fail.js'
import {helpText} from './help.js'
import {keepFor, oneLineCauses, reportOutput, resolveReporter, takeReportFile} from './reporters.js'
import {run} from './run.js'
import {watch} from './watch.js'

const pkg = packageJson()

interface ArgvState {
  args: {help: boolean; helpMessage: string; version: boolean; watch: boolean}
  engine: EngineOptions & {reporter?: unknown; out?: boolean; output?: unknown}
}
type ParseArgv = (flags: string[], options: Record<string, unknown>) => ArgvState

/**
 * unified-args parses the flags exactly as remark-cli does; its parser is
 * internal (not in its `exports`). The bundled CLI has it inlined (the bundle
 * step resolves the path); run from `dist/src/` it is loaded by file URL.
 */
async function loadParseArgv(): Promise<{parseArgv: ParseArgv}> {
  try {
    // @ts-expect-error: not exported by unified-args; resolved by the bundler.
    return (await import('unified-args/lib/parse-argv.js')) as {parseArgv: ParseArgv}
  } catch {
    return (await import(new URL('./lib/parse-argv.js', import.meta.resolve('unified-args')).href)) as {
      parseArgv: ParseArgv
    }
  }
}

process.on('uncaughtException', fail)
process.on('unhandledRejection', fail)
watchPipes()

/** Our own flags, taken out before unified-args parses the rest. */
const OUR_FLAGS = ['--include-all', '--fix', '--fix-dry-run']

async function main(): Promise<void> {
  const {parseArgv} = await loadParseArgv()

  const options = {
    name: 'disclosure-lint',
    description: pkg.description,
    version: pkg.version,
    extensions: ['md', 'markdown', 'txt', 'docx', 'docm'],
    ignoreName: '.remarkignore',
    packageField: 'remarkConfig',
    pluginPrefix: 'remark',
    rcName: '.remarkrc',
    // Files are read as UTF-8 strings by unified-engine: the decoder checks the bytes where that lost them.
    processor: createProcessor([[disclosureLintDecode, {fromDisk: true}]]),
    cwd: process.cwd()
  }

  let argv = process.argv.slice(2)
  const includeAll = argv.includes('--include-all')
  const fix = argv.includes('--fix-dry-run') ? 'dry-run' : argv.includes('--fix') ? 'write' : undefined
  let state: ArgvState
  let reportFile: string | undefined
  try {
    ;({argv, file: reportFile} = takeReportFile(argv))
    state = parseArgv(
      argv.filter((flag) => !OUR_FLAGS.includes(flag)),
      options
    )
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
    ...state.engine,
    color: output.color,
    streamError: output.stream,
    reporterOptions: {...state.engine.reporterOptions, width: output.width},
    out: Boolean(state.engine.treeOut || state.engine.inspect),
    // No config: the default preset, where the exchange the release states chooses (TSX-V where it states none).
    defaultConfig: presetFor(),
    // A config that attaches none of our rules gets the preset; one that switches every rule off is reported.
    configTransform: withDefaults(useOurInstall),
    plugins: givenPlugins(state.engine.plugins),
    reporter: oneLineCauses(await resolveReporter(state.engine.reporter))
  }

  // Notes (files skipped) go to stderr, the report to stdout. A linted draft keeps what its report reads.
  const keep = keepFor(typeof state.engine.reporter === 'string' ? state.engine.reporter : undefined)
  if (state.args.watch) return watch(settings, {includeAll, notes: true, keep})
  await run(settings, {includeAll, notes: true, keep, fix})
}

await main().catch(fail)
