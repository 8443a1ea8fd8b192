/**
 * The engine settings a command line makes, in one place: the CLI's main
 * thread (index.ts) and its lint workers (worker.ts) build the same ones from
 * the same flags, so a draft linted in a worker is linted exactly as in the
 * main thread.
 */
import process from 'node:process'
import type {Options as EngineOptions} from 'unified-engine'
import {createProcessor, disclosureLintDecode, presetFor} from '../api.js'
import {packageJson} from '../core/package.js'
import {useOurInstall} from './config.js'
import {givenPlugins, withDefaults} from './defaults.js'

export interface ArgvState {
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

/** Our own flags, taken out before unified-args parses the rest. */
const OUR_FLAGS = ['--include-all', '--fix', '--fix-dry-run']

/** unified-args' reading of the flags (ours taken out first). */
export async function parseFlags(argv: string[]): Promise<ArgvState> {
  const {parseArgv} = await loadParseArgv()
  const pkg = packageJson()
  return parseArgv(
    argv.filter((flag) => !OUR_FLAGS.includes(flag)),
    {
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
  )
}

/** The engine's settings for the flags read (without the reporter and where it writes: the caller's). */
export function engineSettings(state: ArgvState): EngineOptions {
  return {
    ...state.engine,
    out: Boolean(state.engine.treeOut || state.engine.inspect),
    // No config: the default preset, where the exchange the release states chooses (TSX-V where it states none).
    defaultConfig: presetFor(),
    // A config that attaches none of our rules gets the preset; one that switches every rule off is reported.
    configTransform: withDefaults(useOurInstall),
    plugins: givenPlugins(state.engine.plugins)
  }
}
