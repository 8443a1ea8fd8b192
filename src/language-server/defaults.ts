/**
 * The TSX-V preset as the default for editors: unified-language-server has no
 * `defaultConfig`, so this plugin, given to every file, looks at what the
 * workspace config attached. If it configured any disclosure-lint rule on, the
 * config rules; if it configured none, this runs the TSX-V preset itself; if
 * it switched every one of our rules off, the document is not checked and one
 * error diagnostic naming the config says so (the CLI exits 2 on it), never
 * the preset in silence.
 */
import path from 'node:path'
import type {Root} from 'mdast'
import {unified, type Plugin, type Preset} from 'unified'
import type {VFile} from 'vfile'
import tsxv from '../../presets/tsxv.js'
import {isOff, pluginList, rulesOff} from '../core/config-rules.js'
import {SOURCE} from '../core/constants.js'

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

const disclosureLintDefaults: Plugin<[DefaultsOptions?], Root> = function (options) {
  const ours = this.attachers.filter(
    ([plugin]) => plugin !== disclosureLintDefaults && plugin.name.startsWith(SOURCE + ':')
  )
  const on = ours.filter(([, value]) => !isOff(value)).length
  const off = ours.length - on + (options?.off ?? 0)
  if (on > 0) return undefined
  if (off === 0) {
    return async function (tree: Root, file: VFile) {
      await preset.run(tree, file)
    }
  }
  const config = options?.config
  return function (_: Root, file: VFile) {
    const where = config ? path.relative(file.cwd, config) || config : 'the configuration'
    const message = file.message(`Not checked: every disclosure-lint rule is off in \`${where}\``, {
      place: {line: 1, column: 1},
      source: SOURCE
    })
    message.fatal = true
  }
}

/**
 * The engine's `configTransform`: the defaults plugin joins the config's own
 * plugins with the config's path and how many of our rules it lists as off.
 */
export function withDefaults(config: unknown, filePath?: string): Preset {
  const found = (config ?? {}) as Preset
  const list = pluginList(found.plugins)
  list.push([disclosureLintDefaults, {config: filePath ? path.resolve(filePath) : undefined, off: rulesOff(found)}])
  return {...found, plugins: list as Preset['plugins']}
}

export default disclosureLintDefaults
