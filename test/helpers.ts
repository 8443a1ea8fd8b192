/** Shared test helpers: lint a draft with one rule or the preset, format messages as the rule docs write them. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Pluggable} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lintText} from '../src/api.js'
import disclosureLintControl from '../presets/control.js'
import disclosureLintGuard from '../src/core/guard.js'
import tsxv from '../presets/tsxv.js'
import qpStatement from '../rules/qp-statement.js'
import forwardLookingCaution from '../rules/forward-looking-caution.js'
import exchangeDisclaimer from '../rules/exchange-disclaimer.js'
import usDistributionLegend from '../rules/us-distribution-legend.js'
import offeringArithmetic from '../rules/offering-arithmetic.js'
import holdPeriod from '../rules/hold-period.js'
import tsxvPricing from '../rules/tsxv-pricing.js'
import type {RuleId} from '../rules/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const seedPath = path.resolve(root, '../shared/seeds/000_fcad98c9ea8e1307.txt')
export const corpusPath = path.resolve(root, '../shared/corpus')
export const seed = (): string => readFileSync(seedPath, 'utf8')

export const rules: Record<RuleId, Pluggable> = {
  'qp-statement': qpStatement,
  'forward-looking-caution': forwardLookingCaution,
  'exchange-disclaimer': exchangeDisclaimer,
  'us-distribution-legend': usDistributionLegend,
  'offering-arithmetic': offeringArithmetic,
  'hold-period': holdPeriod,
  'tsxv-pricing': tsxvPricing
}

/** Lint `value` with one rule at `error` level (and its options). */
export function lintWith(id: RuleId, value: string, options?: unknown): Promise<VFile> {
  const config = options === undefined ? ['error'] : ['error', options]
  return lintText(value, [disclosureLintGuard, [rules[id], config] as Pluggable, disclosureLintControl])
}

/** Lint `value` with the TSX-V preset. */
export function lintPreset(value: string): Promise<VFile> {
  return lintText(value, tsxv.plugins ?? [])
}

/** A message as the rule docs write it: `1:5-1:9: error Reason`. */
export function format(message: VFileMessage): string {
  const at = (p: {line: number; column: number} | undefined) => (p ? `${p.line}:${p.column}` : '')
  const place = message.place
  let text: string
  if (place && 'start' in place) {
    const same = place.start.line === place.end.line && place.start.column === place.end.column
    text = same ? at(place.start) : `${at(place.start)}-${at(place.end)}`
  } else {
    text = at(place)
  }
  return `${text}: ${message.fatal ? 'error' : 'warning'} ${message.reason}`
}
