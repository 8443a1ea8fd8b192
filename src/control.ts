/**
 * Comment control for our rules: `<!--disclosure-lint disable exchange-disclaimer-->`,
 * `enable` and `ignore`, as remark-lint's `<!--lint …-->` works for its own
 * rules (anchors.md B2.12). Unknown rule names in a comment are reported.
 * It filters the messages present when it runs, so presets use it last.
 */
import type {Root} from 'mdast'
import remarkMessageControl from 'remark-message-control'
import type {Plugin} from 'unified'
import {SKIP} from './guard.js'
import {SOURCE} from './rule.js'
import {RULE_IDS} from './rule-ids.js'

const disclosureLintControl: Plugin<[], Root> = function () {
  const control = remarkMessageControl({name: SOURCE, source: SOURCE, known: [...RULE_IDS]})
  return function (tree, file) {
    // The input guard stopped the rules: only its own message is there, and it stays.
    if (file.data[SKIP]) return
    control(tree, file)
  }
}

export default disclosureLintControl
