/**
 * The rule registry: every disclosure-lint rule, once, in the order presets
 * run them and docs list them. Everything that lists rules (comment control,
 * presets, the package API, the tests, the README table, the rule docs)
 * derives from this object or is checked against it by a test.
 */
import type {Rule} from '../src/core/rule.js'
import dataVerification from './data-verification.js'
import exchangeDisclaimer from './exchange-disclaimer.js'
import explorationResults from './exploration-results.js'
import explorationTarget from './exploration-target.js'
import forwardLookingCaution from './forward-looking-caution.js'
import historicalEstimate from './historical-estimate.js'
import holdPeriod from './hold-period.js'
import metalEquivalent from './metal-equivalent.js'
import lifeOffering from './life-offering.js'
import miningTerminology from './mining-terminology.js'
import mineralResource from './mineral-resource.js'
import offeringArithmetic from './offering-arithmetic.js'
import peaCaution from './pea-caution.js'
import qpStatement from './qp-statement.js'
import relatedParty from './related-party.js'
import tsxvPricing from './tsxv-pricing.js'
import unfilledPlaceholder from './unfilled-placeholder.js'
import usDistributionLegend from './us-distribution-legend.js'
import usSecuritiesAct from './us-securities-act.js'

export const rules = {
  // NI 43-101: technical information names its Qualified Person.
  'qp-statement': qpStatement,
  // NI 51-102 Part 4A: forward-looking information is cautioned.
  'forward-looking-caution': forwardLookingCaution,
  // TSX-V Policy 3.3: the Exchange's disclaimer (the exchange the release states wins).
  'exchange-disclaimer': exchangeDisclaimer,
  // Regulation S: offering releases carry the U.S. legend at the top.
  'us-distribution-legend': usDistributionLegend,
  // The figures of a financing agree; the hold period is stated and dated right.
  'offering-arithmetic': offeringArithmetic,
  'hold-period': holdPeriod,
  // TSX-V Policies 4.1 and 1.1: minimum prices.
  'tsxv-pricing': tsxvPricing,
  // Template text ("[Name]", "TBD", "$X.XX") left where a fact belongs.
  'unfilled-placeholder': unfilledPlaceholder,
  // NI 43-101 s.3.3: sample, assay and drill results with their laboratory, method, QA/QC, sample type, true widths.
  'exploration-results': explorationResults,
  // NI 43-101 s.3.2: whether and how the QP verified the data.
  'data-verification': dataVerification,
  // NI 43-101 s.2.3(1): an equivalent grade with each metal's grade, the prices and the recoveries.
  'metal-equivalent': metalEquivalent,
  // CSA Staff Notice 43-309: "ore", "NI 43-101 compliant", "world-class", "economic" used with care.
  'mining-terminology': miningTerminology,
  // MI 61-101: a related party's participation is a related party transaction, with its exemptions.
  'related-party': relatedParty,
  // U.S. Securities Act of 1933: an offering release says the securities are not registered there.
  'us-securities-act': usSecuritiesAct,
  // NI 45-106 Part 5A: a LIFE offering's offering document, and no hold period on its securities.
  'life-offering': lifeOffering,
  // NI 43-101 s.2.2, s.3.4: resource and reserve estimates; Part 2: PEA, historical estimates, exploration targets.
  'mineral-resource': mineralResource,
  'pea-caution': peaCaution,
  'historical-estimate': historicalEstimate,
  'exploration-target': explorationTarget
} as const satisfies Record<string, Rule>

/** A rule id, as users configure and suppress it. */
export type RuleId = keyof typeof rules

/** The ids of every rule, in registry order. */
export const ruleIds = Object.keys(rules) as RuleId[]
