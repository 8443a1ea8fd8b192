/**
 * Comment control for our rules: `<!--disclosure-lint disable exchange-disclaimer-->`,
 * `enable` and `ignore`, as remark-lint's `<!--lint …-->` works for its own
 * rules. Unknown rule names in a comment are reported, so the plugin is made
 * for a list of known rule ids (the registry's, given by the presets).
 * It filters the messages present when it runs, so presets use it last.
 */
import type {Root} from 'mdast'
import remarkMessageControl from 'remark-message-control'
import type {Plugin} from 'unified'
import {SOURCE} from './constants.js'
import {SKIP} from './guard.js'

/** The comment-control plugin for rules `known`. */
export function createControl(known: readonly string[]): Plugin<[], Root> {
  const disclosureLintControl: Plugin<[], Root> = function () {
    const control = remarkMessageControl({name: SOURCE, source: SOURCE, known: [...known]})
    return function (tree, file) {
      // The input guard stopped the rules: only its own message is there, and it stays.
      if (file.data[SKIP]) return
      control(tree, file)
    }
  }
  return disclosureLintControl
}
