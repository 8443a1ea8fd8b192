/**
 * What every preset is: the input guard, every rule of the registry at error
 * level, and the comment control last (it filters the messages of the rules
 * before it). A preset pins the issuer's exchange: each rule that takes an
 * `exchange` option (and accepts this exchange) gets it, and a pinned exchange
 * wins over the one the release states. The default pins none: each rule
 * reads the exchange the release states (TSX-V where it states none).
 */
import type {Preset} from 'unified'
import disclosureLintGuard from '../src/core/guard.js'
import {rules} from '../rules/index.js'
import disclosureLintControl from './control.js'

/** The exchanges a preset can pin. */
export type PresetExchange = 'TSXV' | 'CSE' | 'TSX' | 'CBOE'

/** Every preset, by the name a config gives it (`disclosure-lint/presets/<name>`, or the name alone). */
export const PRESETS = {tsxv: 'TSXV', cse: 'CSE', tsx: 'TSX', cboe: 'CBOE'} as const satisfies Record<
  string,
  PresetExchange
>
export type PresetName = keyof typeof PRESETS

const made = new Map<PresetExchange | undefined, Preset>()

/**
 * The preset for an issuer listed on `exchange` (one object per exchange); with none, the default, where the
 * exchange the release states decides.
 */
export function presetFor(exchange?: PresetExchange): Preset {
  let preset = made.get(exchange)
  if (preset) return preset
  preset = {
    plugins: [
      // Binary, invalid UTF-8 or empty input: one clear message, rules skipped.
      disclosureLintGuard,
      ...Object.values(rules).map((rule) => {
        const accepts = (rule.meta.options?.exchange ?? []) as readonly string[]
        return [rule, exchange && accepts.includes(exchange) ? ['error', {exchange}] : ['error']] as const
      }),
      // Comment control, last: it filters the messages the rules above added.
      disclosureLintControl
    ] as Preset['plugins']
  }
  made.set(exchange, preset)
  return preset
}
