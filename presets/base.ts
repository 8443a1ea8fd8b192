/**
 * What every preset is: the input guard, every rule of the registry at error
 * level (a rule that takes an `exchange` option gets the preset's), and the
 * comment control last (it filters the messages of the rules before it).
 */
import type {Preset} from 'unified'
import disclosureLintGuard from '../src/core/guard.js'
import {rules} from '../rules/index.js'
import disclosureLintControl from './control.js'

export type PresetExchange = 'TSXV' | 'CSE' | 'TSX'

/** The preset for an issuer listed on `exchange`. */
export function presetFor(exchange: PresetExchange): Preset {
  return {
    plugins: [
      // Binary, invalid UTF-8 or empty input: one clear message, rules skipped.
      disclosureLintGuard,
      ...Object.values(rules).map(
        (rule) => [rule, rule.meta.options?.exchange ? ['error', {exchange}] : ['error']] as const
      ),
      // Comment control, last: it filters the messages the rules above added.
      disclosureLintControl
    ] as Preset['plugins']
  }
}
