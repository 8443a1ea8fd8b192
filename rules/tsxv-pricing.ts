/**
 * `tsxv-pricing`: the TSX Venture Exchange's floors on what its issuer itself
 * issues — shares and units at no less than $0.05 (a placement's price,
 * Policy 4.1; a deemed price for debt, Policy 4.3), and warrants (a finder's
 * or agent's too), a loan's bonus warrants and stock options exercisable at
 * no less than $0.05 (Policies 4.1, 5.1, 4.4); a placement's warrants run
 * five years at most.
 * The facts are the model's (offering*.ts); the issuer's exchange is the
 * preset's or the release's (src/core/exchange.ts). Messages in the language of
 * the price's words (French: « Politique 4.1 de la Bourse de croissance TSX »;
 * rules/messages/tsxv-pricing.ts).
 * See docs/rules/tsxv-pricing.md.
 */
import {Decimal, formatLike} from '../src/model/numbers.js'
import {issuerExchange} from '../src/core/exchange.js'
import {defineRule, slice} from '../src/core/rule.js'
import {warrantsUnitPrice} from '../src/model/offering-facts.js'
import {LIMITS} from '../src/model/vocabulary.js'
import {PRICING_TEXTS} from './messages/tsxv-pricing.js'

export interface Options {
  /** The issuer's exchange, pinned (it wins over the one the release states); unset, the release's (else `TSXV`). */
  exchange?: 'TSXV' | 'CSE' | 'TSX' | 'CBOE'
}

const MINIMUM = new Decimal('0.05')
/** A convertible security's floor after the first year of its conversion term. */
const AFTER_YEAR = new Decimal('0.10')

const remarkLintTsxvPricing = defineRule<Options | undefined>(
  {id: 'tsxv-pricing', options: {exchange: ['TSXV', 'CSE', 'TSX', 'CBOE']}},
  ({model, options, report}) => {
    if (model.release.speaker !== 'issuer') return
    // What the issuer itself issues, at what prices (offering-prices.ts): nothing, and no floor applies.
    const issued = model.issuedPrices
    if (!issued) return
    const issuer = issuerExchange(model, options?.exchange)
    if (issuer.exchange !== 'TSXV') return
    const {issues, prices} = issued
    const terms = model.offering

    const seen = new Set<number>()
    for (const {price, kind, per} of prices) {
      if (price.currency !== 'CAD' || seen.has(price.start)) continue
      seen.add(price.start)
      if (price.value.gte(MINIMUM)) continue
      // A waiver of the minimum price, stated, covers the shares the issuer issues, never an exercise price.
      if (terms.floorWaived && (kind === 'offering' || kind === 'debt' || kind === 'consideration')) continue
      const language = model.language.of(price.sentence.block)
      const texts = PRICING_TEXTS[language]
      const written = slice(model, price)
      report({
        reason: texts.below(kind, written, per),
        place: price,
        note: texts.floor(kind, texts.because(issuer)),
        expected: formatLike(written, MINIMUM, language),
        actual: slice(model, price),
        // The price is a term of the deal: the author changes it, not --fix.
        suggestion: true
      })
    }

    // A convertible's price between $0.05 and $0.10 over a conversion term beyond a year: the price it steps up to
    // after the first year, where the release states one.
    for (const {price: first, later, term, sentence} of issues ? terms.conversions : []) {
      const price = later ?? first
      if (price.currency !== 'CAD' || price.value.lt(MINIMUM) || price.value.gte(AFTER_YEAR)) continue
      if (!term || term.months <= 12) continue
      const texts = PRICING_TEXTS[model.language.of(sentence.block)]
      const written = slice(model, price)
      const {reason, note} = texts.conversionAfterYear(written, term.months, texts.because(issuer))
      report({level: 'warning', reason, place: price, note, actual: written})
    }
    // A placement's warrants: priced below its units (a question), running more than five years (a breach).
    const unitPrice = warrantsUnitPrice(terms)
    for (const warrant of issues ? terms.warrants.filter((w) => !w.bonus && !w.amended) : []) {
      const price = warrant.price
      const texts = PRICING_TEXTS[model.language.of(warrant.sentence.block)]
      if (price && unitPrice && price.currency === 'CAD' && price.value.gte(MINIMUM) && price.value.lt(unitPrice)) {
        const {reason, note} = texts.cheapWarrant(slice(model, price), texts.because(issuer))
        report({level: 'warning', reason, place: price, note})
      }
      if (warrant.term && warrant.term.months > LIMITS.warrantMaxMonths) {
        const {reason, note} = texts.longTerm(warrant.term.months, texts.because(issuer))
        report({reason, place: warrant.term, note})
      }
    }
  }
)

export default remarkLintTsxvPricing
