/**
 * `tsxv-pricing`: TSX Venture Exchange minimum pricing — shares and units at
 * no less than $0.05, warrants exercisable at no less than $0.05 (TSX-V
 * Policies 4.1 and 1.1); a warrant priced below the unit, or running more
 * than five years, is worth a second look. See docs/rules/tsxv-pricing.md.
 */
import {Decimal, formatLike} from '../src/model/numbers.js'
import {defineRule, slice} from '../src/core/rule.js'
import {issuesOwnSecurities} from '../src/model/release.js'
import {LIMITS} from '../src/model/vocabulary.js'

export interface Options {
  /** The exchange assumed when the release states none (default `TSXV`). */
  exchange?: 'TSXV' | 'CSE' | 'TSX'
}

const MINIMUM = new Decimal('0.05')
const CITATION = 'TSX-V Policy 4.1 and Policy 1.1 (Discounted Market Price: a floor of $0.05)'

const remarkLintTsxvPricing = defineRule<Options | undefined>(
  {id: 'tsxv-pricing', options: {exchange: ['TSXV', 'CSE', 'TSX']}},
  ({model, options, report}) => {
    // The issuer's own issuance: an offering, or shares for debt (the floors apply to a deemed price too).
    if (!issuesOwnSecurities(model.release)) return
    if ((model.exchange ?? options?.exchange ?? 'TSXV') !== 'TSXV') return
    const terms = model.offering
    const seen = new Set<number>()

    for (const lot of terms.lots) {
      const price = lot.price
      if (!price || price.currency !== 'CAD' || seen.has(price.start)) continue
      seen.add(price.start)
      if (price.value.gte(MINIMUM)) continue
      report({
        reason: `Unexpected price of ${slice(model, price)} per ${lot.security.replace(/s$/, '')}, expected at least $0.05`,
        place: price,
        note:
          `${CITATION}: a TSX-V issuer may not issue listed shares (alone or in units) below $0.05, unless ` +
          `the Exchange grants a waiver.`,
        expected: formatLike(slice(model, price), MINIMUM),
        actual: slice(model, price),
        // The price is a term of the deal: the author changes it, not --fix.
        suggestion: true
      })
    }

    const unitPrices = terms.lots.filter((lot) => lot.price && !lot.compensation).map((lot) => lot.price!.value)
    const unitPrice =
      unitPrices.length > 0 && unitPrices.every((p) => p.equals(unitPrices[0])) ? unitPrices[0] : undefined
    for (const warrant of terms.warrants) {
      const price = warrant.price
      if (price && price.currency === 'CAD' && !seen.has(price.start)) {
        seen.add(price.start)
        if (price.value.lt(MINIMUM)) {
          report({
            reason: `Unexpected warrant exercise price of ${slice(model, price)}, expected at least $0.05`,
            place: price,
            note: `${CITATION}: warrants and options may not be exercisable below $0.05 per listed share.`,
            expected: formatLike(slice(model, price), MINIMUM),
            actual: slice(model, price),
            suggestion: true
          })
        } else if (unitPrice && price.value.lt(unitPrice)) {
          report({
            level: 'warning',
            reason: `Unexpected warrant exercise price of ${slice(model, price)} below the offering price`,
            place: price,
            note:
              `${CITATION}: a warrant exercisable below the price the units are sold at is unusual and ` +
              `draws the Exchange's questions; check the figure.`
          })
        }
      }
      if (warrant.term && warrant.term.months > LIMITS.warrantMaxMonths) {
        report({
          level: 'warning',
          reason: `Unexpected warrant term of ${warrant.term.months} months, expected five years at most`,
          place: warrant.term,
          note:
            `TSX-V Policy 4.1 (warrants issued with a private placement; a five-year maximum term is ` +
            `market practice, not confirmed from the policy text): check the term with the Exchange.`
        })
      }
    }
  }
)

export default remarkLintTsxvPricing
