#!/usr/bin/env node
/**
 * `disclosure-lint [options] [path | glob ...]`: remark-cli's command line
 * (unified-args' flags, unified-engine's config and ignore discovery) with
 * what a linter of confidential drafts needs on top:
 * - no config found: the TSX-V preset applies;
 * - `--report sarif|github|json` resolve from our install, not the drafts folder;
 * - configs naming `disclosure-lint/…` load our copy even where the drafts
 *   folder has none installed;
 * - the draft is never printed or rewritten (`--output`, `--stdout` refused);
 * - failures are one line, never a stack trace. Exit codes as ESLint and
 *   textlint: 0 clean (warnings allowed); 1 a draft has errors (warnings too
 *   with `--frail`); 2 the tool could not do its job (a missing, unreadable or
 *   binary path, a config that does not load, an unknown rule option, no
 *   drafts found, a refused flag, a crash).
 */
import process from 'node:process'
import {fileURLToPath} from 'node:url'
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {Preset} from 'unified'
import type {VFile} from 'vfile'
import {reporter as defaultReporter} from 'vfile-reporter'
import {createProcessor, tsxv} from '../api.js'
import {packageJson} from '../core/package.js'

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

/** One line on stderr, exit code 2: the tool could not do its job. */
function fail(reason: unknown): void {
  const text = reason instanceof Error ? reason.message : String(reason)
  process.stderr.write(`disclosure-lint: ${text.split('\n')[0]}\n`)
  process.exitCode = 2
}

process.on('uncaughtException', fail)
process.on('unhandledRejection', fail)

async function main(): Promise<void> {
  const {parseArgv} = await loadParseArgv()

  const options = {
    name: 'disclosure-lint',
    description: pkg.description,
    version: pkg.version,
    extensions: ['md', 'markdown', 'txt'],
    ignoreName: '.remarkignore',
    packageField: 'remarkConfig',
    pluginPrefix: 'remark',
    rcName: '.remarkrc',
    processor: createProcessor([]),
    cwd: process.cwd()
  }

  let state: ArgvState
  try {
    state = parseArgv(process.argv.slice(2), options)
  } catch (error) {
    return fail(error)
  }

  if (state.args.help) {
    process.stdout.write(
      `Usage: disclosure-lint [options] [path | glob ...]\n\n  ${pkg.description}\n\nOptions:\n\n${state.args.helpMessage}\n`
    )
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

  const argv = process.argv.slice(2)
  const settings: EngineOptions = {
    ...state.engine,
    // Colour only on a terminal, unless asked for.
    color: argv.includes('--color') || (state.engine.color !== false && Boolean(process.stderr.isTTY)),
    out: Boolean(state.engine.treeOut || state.engine.inspect),
    defaultConfig: tsxv,
    configTransform: useOurInstall,
    reporter: oneLineCauses(await resolveReporter(state.engine.reporter))
  }

  if (state.args.watch) return watch(settings)
  await run(settings)
}

function run(settings: EngineOptions): Promise<void> {
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
    (message) => message.fatal === true && (message.ruleId === undefined || message.ruleId === 'input')
  )
}

/**
 * `--watch`: lint again on every change, until Ctrl+C. The watcher is ready
 * before the first report is printed, so an edit made right after it is seen.
 */
async function watch(settings: EngineOptions): Promise<void> {
  const {default: chokidar} = await import('chokidar')
  process.stderr.write('Watching... (press CTRL+C to exit)\n')
  const watched = {...settings, streamIn: undefined}
  const paths = (settings.files ?? []).map(String)
  const cwd = String(settings.cwd ?? process.cwd())
  const watcher = chokidar.watch(paths.length > 0 ? paths : ['.'], {cwd, ignoreInitial: true})
  watcher.on('error', fail)
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  watcher.on('change', (filePath: string) => void run({...watched, files: [filePath]}))
  await run(watched)
  process.once('SIGINT', () => {
    process.stderr.write('\n')
    void watcher.close()
  })
}

/**
 * A reporter named on the command line comes from our own install first
 * (`sarif` and `github` are ours, `json` is `vfile-reporter-json`, shipped
 * with us), so `--report json` works from any folder; other names are left to
 * unified-engine, which looks in the current folder.
 */
async function resolveReporter(name: unknown): Promise<unknown> {
  if (typeof name !== 'string') return name
  // Our own reporters: `--report sarif`, `--report github` (literal imports, so the bundle carries them).
  const bare = name.replace(/^vfile-reporter-/, '')
  if (bare === 'sarif') return (await import('../reporters/sarif.js')).default
  if (bare === 'github') return (await import('../reporters/github.js')).default
  for (const candidate of name.startsWith('vfile-reporter-') ? [name] : [`vfile-reporter-${name}`, name]) {
    let url: string
    try {
      url = import.meta.resolve(candidate)
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
 */
function oneLineCauses(reporter: unknown): EngineOptions['reporter'] {
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
        }
      }
      return inner(files, options)
    }
  if (typeof reporter === 'function') return wrap(reporter as Reporter) as EngineOptions['reporter']
  if (reporter === undefined) return wrap(defaultReporter as Reporter) as EngineOptions['reporter']
  return reporter as EngineOptions['reporter']
}

/**
 * Plugins named `disclosure-lint` or `disclosure-lint/…` in a config resolve
 * to this install, so a `.remarkrc.json` in a folder of drafts works without
 * installing anything there (remark-cli would look in that folder).
 */
export function useOurInstall(config: unknown): Preset {
  const preset = (config ?? {}) as Preset
  const map = (specifier: unknown): unknown => {
    if (typeof specifier !== 'string') return specifier
    if (specifier !== 'disclosure-lint' && !specifier.startsWith('disclosure-lint/')) return specifier
    try {
      return fileURLToPath(import.meta.resolve(specifier))
    } catch {
      return specifier
    }
  }
  const plugins = preset.plugins as unknown
  if (Array.isArray(plugins)) {
    return {
      ...preset,
      plugins: plugins.map((entry: unknown) =>
        Array.isArray(entry) ? [map(entry[0]), ...entry.slice(1)] : map(entry)
      ) as Preset['plugins']
    }
  }
  if (plugins && typeof plugins === 'object') {
    const mapped: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(plugins)) mapped[String(map(key))] = value
    return {...preset, plugins: mapped as unknown as Preset['plugins']}
  }
  return preset
}

await main().catch(fail)
