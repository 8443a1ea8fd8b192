/**
 * The default preset for editors (the exchange the release states chooses):
 * the language server's defaults plugin (presets/defaults.ts), given to every
 * file and joined to the workspace config. If the config switched every one of our rules off, the
 * document is not checked and one error diagnostic at 1:1 naming the config
 * says so (the CLI exits 2 on it), never the preset in silence.
 */
import type {Preset} from 'unified'
import {addDefaults, defaultsPlugin} from '../../presets/defaults.js'
import {SOURCE} from '../core/constants.js'

const disclosureLintDefaults = defaultsPlugin({place: {line: 1, column: 1}, source: SOURCE})

/** The engine's `configTransform`: the defaults plugin joins the config's own plugins. */
export function withDefaults(config: unknown, filePath?: string): Preset {
  return addDefaults(disclosureLintDefaults, config, filePath)
}

export default disclosureLintDefaults
