/**
 * The TSX-V preset as the default for editors: unified-language-server has no
 * `defaultConfig`, so this plugin, given to every file, looks at what the
 * workspace config attached. If it configured any disclosure-lint rule (on or
 * off), the config rules; if not, this runs the TSX-V preset itself.
 */
import type {Root} from 'mdast'
import {unified, type Plugin} from 'unified'
import type {VFile} from 'vfile'
import tsxv from '../../presets/tsxv.js'
import {SOURCE} from '../core/constants.js'

/** The preset, frozen once: its transformers keep no state between files. */
const preset = unified()
  .use(tsxv.plugins ?? [])
  .freeze()

const disclosureLintDefaults: Plugin<[], Root> = function () {
  const configured = this.attachers.some(
    ([plugin]) => plugin !== disclosureLintDefaults && plugin.name.startsWith(SOURCE + ':')
  )
  if (configured) return undefined
  return async function (tree: Root, file: VFile) {
    await preset.run(tree, file)
  }
}

export default disclosureLintDefaults
