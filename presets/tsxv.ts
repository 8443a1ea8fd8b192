/**
 * The TSX Venture Exchange preset (the default): every rule, at error level,
 * for a TSX-V issuer's release. A CSE or TSX preset is the same list with
 * another `exchange` and its own disclaimer expectations.
 */
import type {Preset} from 'unified'
import disclosureLintGuard from '../src/guard.js'
import disclosureLintControl from '../src/control.js'
import qpStatement from '../rules/qp-statement.js'
import forwardLookingCaution from '../rules/forward-looking-caution.js'
import exchangeDisclaimer from '../rules/exchange-disclaimer.js'
import usDistributionLegend from '../rules/us-distribution-legend.js'
import offeringArithmetic from '../rules/offering-arithmetic.js'
import holdPeriod from '../rules/hold-period.js'
import tsxvPricing from '../rules/tsxv-pricing.js'

const tsxv: Preset = {
  plugins: [
    // Binary, invalid UTF-8 or empty input: one clear message, rules skipped.
    disclosureLintGuard,
    // NI 43-101: technical information names its Qualified Person.
    [qpStatement, ['error']],
    // NI 51-102 Part 4A: forward-looking information is cautioned.
    [forwardLookingCaution, ['error']],
    // TSX-V Policy 3.3: the Exchange's disclaimer (the exchange the release states wins).
    [exchangeDisclaimer, ['error', {exchange: 'TSXV'}]],
    // Regulation S: offering releases carry the U.S. legend at the top.
    [usDistributionLegend, ['error']],
    // The figures of a financing agree; the hold period is stated and dated right.
    [offeringArithmetic, ['error']],
    [holdPeriod, ['error']],
    // TSX-V Policies 4.1 and 1.1: minimum prices.
    [tsxvPricing, ['error', {exchange: 'TSXV'}]],
    // Comment control, last: it filters the messages the rules above added.
    disclosureLintControl
  ]
}

export default tsxv
