/**
 * A config that enables none of our rules does not switch them off: the
 * CLI's defaults plugin (presets/defaults.ts), given to every file (engine
 * `plugins`) and joined to every config (`configTransform`). The "not
 * checked" message is the file's (no place), so the CLI prints it once per
 * draft and exits 2.
 */
import type {Preset} from 'unified'
import {addDefaults, checkNames, defaultsPlugin, presetByName} from '../../presets/defaults.js'
import {pluginList} from '../core/config-rules.js'

export const disclosureLintDefaults = defaultsPlugin()

/**
 * The engine's `configTransform`: after `transform` (names of ours resolve to this
 * install), the defaults plugin is added to the config's own plugins with the
 * config's path, so a file's defaults know which config switched rules off.
 */
export function withDefaults(transform: (config: unknown) => Preset): (config: unknown, filePath?: string) => Preset {
  // A typo in a name of ours is said before the name is resolved to a path that does not exist.
  return (config, filePath) => addDefaults(disclosureLintDefaults, transform(checkNames(config)), filePath)
}

/** The engine's `plugins` (from `--use`, an object or a list; `--use cse` a preset) with the defaults plugin last. */
export function givenPlugins(plugins: unknown): Preset['plugins'] {
  const list = pluginList(plugins).flatMap(presetByName)
  // An object, so it merges with the options a config's copy of the plugin carries.
  list.push([disclosureLintDefaults, {}])
  return list as Preset['plugins']
}
