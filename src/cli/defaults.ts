/**
 * A config that enables none of our rules does not switch them off. unified-engine
 * applies `defaultConfig` only where no config is found; a `.remarkrc.json` with
 * remark settings only, or a `remarkConfig` in a `package.json` above the drafts,
 * would otherwise lint with no rule at all and say "no issues found". This plugin,
 * given to every file (engine `plugins`), looks at what the config attached: no
 * disclosure-lint rule → the TSX-V preset runs (as in the language server); every
 * rule of ours switched off → the file is not checked, a fatal message naming the
 * config says so (exit 2), never a silent pass.
 */
import path from 'node:path'
import type {Root} from 'mdast'
import {unified, type Plugin, type Preset} from 'unified'
import type {VFile} from 'vfile'
import {SOURCE, tsxv} from '../api.js'
import {isOff, pluginList, rulesOff} from '../core/config-rules.js'

/** The preset, frozen once: its transformers keep no state between files. */
const preset = unified()
  .use(tsxv.plugins ?? [])
  .freeze()

interface DefaultsOptions {
  /** The config file the engine found (absolute), set by `withDefaults`. */
  config?: string
  /** How many of our rules the config lists as off (the engine drops those before they are attached). */
  off?: number
}

export const disclosureLintDefaults: Plugin<[DefaultsOptions?], Root> = function (options) {
  const ours = this.attachers.filter(
    ([plugin]) => plugin !== disclosureLintDefaults && plugin.name.startsWith(SOURCE + ':')
  )
  const on = ours.filter(([, value]) => !isOff(value)).length
  const off = ours.length - on + (options?.off ?? 0)
  if (on === 0 && off === 0) {
    return async function (tree: Root, file: VFile) {
      await preset.run(tree, file)
    }
  }
  if (on === 0) {
    const config = options?.config
    return function (_: Root, file: VFile) {
      const where = config ? path.relative(file.cwd, config) || config : 'the configuration'
      const message = file.message(`Not checked: every disclosure-lint rule is off in \`${where}\``)
      message.fatal = true
    }
  }
  return undefined
}

/**
 * The engine's `configTransform`: after `transform` (names of ours resolve to this
 * install), the defaults plugin is added to the config's own plugins with the
 * config's path, so a file's defaults know which config switched rules off.
 */
export function withDefaults(transform: (config: unknown) => Preset): (config: unknown, filePath?: string) => Preset {
  return (config, filePath) => {
    const preset = transform(config)
    const list = pluginList(preset.plugins)
    const off = rulesOff(preset)
    list.push([disclosureLintDefaults, {config: filePath ? path.resolve(filePath) : undefined, off}])
    return {...preset, plugins: list as Preset['plugins']}
  }
}

/** The engine's `plugins` (from `--use`, an object or a list) with the defaults plugin last. */
export function givenPlugins(plugins: unknown): Preset['plugins'] {
  const list = pluginList(plugins)
  // An object, so it merges with the options a config's copy of the plugin carries.
  list.push([disclosureLintDefaults, {}])
  return list as Preset['plugins']
}
