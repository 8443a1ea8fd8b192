/** Shared test helpers: lint a draft with one rule or the preset, format messages as the rule docs write them. */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Pluggable} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {lintText} from '../src/lint.js'
import disclosureLintControl from '../src/control.js'
import disclosureLintGuard from '../src/guard.js'
import tsxv from '../presets/tsxv.js'
import qpStatement from '../rules/qp-statement.js'
import forwardLookingCaution from '../rules/forward-looking-caution.js'
import exchangeDisclaimer from '../rules/exchange-disclaimer.js'
import usDistributionLegend from '../rules/us-distribution-legend.js'
import offeringArithmetic from '../rules/offering-arithmetic.js'
import holdPeriod from '../rules/hold-period.js'
import tsxvPricing from '../rules/tsxv-pricing.js'
import type {RuleId} from '../src/rule-ids.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** A file under test/fixtures (the releases there are invented, in our own words). */
export const fixturePath = (name: string): string => path.join(root, 'test/fixtures', name)
export const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8')
/** The project's own closing announcement: an invented TSX-V issuer's unit placement, linting with no error. */
export const RELEASE = 'closing-release.md'

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
