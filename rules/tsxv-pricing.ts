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
import type {Money} from '../src/model/offering.js'
import {warrantsUnitPrice} from '../src/model/offering-facts.js'
import {issuesOwnSecurities} from '../src/model/release.js'
import {sharesToIssuer} from '../src/model/offering-grants.js'
import {LIMITS} from '../src/model/vocabulary.js'
import {PRICING_TEXTS, type Priced} from './messages/tsxv-pricing.js'

export interface Options {
  /** The issuer's exchange, pinned (it wins over the one the release states); unset, the release's (else `TSXV`). */
  exchange?: 'TSXV' | 'CSE' | 'TSX' | 'CBOE'
}

const MINIMUM = new Decimal('0.05')
/** A convertible security's floor after the first year of its conversion term. */
const AFTER_YEAR = new Decimal('0.10')
/** Words a release that issues bonus warrants to a lender carries (checked before the financing terms are read). */
const LOAN = /lender|bonus warrant|loan bonus/
const EXERCISE_PRICE = /exercise price|re-?pric/
/** A price the issuer sets on shares it pays with, not for cash (« prix réputé »). */
const DEEMED = /\bdeemed\b|r[ée]put[ée]/

const remarkLintTsxvPricing = defineRule<Options | undefined>(
  {id: 'tsxv-pricing', options: {exchange: ['TSXV', 'CSE', 'TSX', 'CBOE']}},
  ({model, options, report}) => {
    const {release} = model
    if (release.speaker !== 'issuer') return
    // What the issuer issues: an offering or shares for debt, stock options granted, a lender's bonus warrants.
    const issues = issuesOwnSecurities(release)
    const grants = release.kinds.some((kind) => kind.kind === 'compensation')
    // Shares it pays for an asset at a deemed price (a property bought or optioned, a company acquired), not the shares
    // of another company it receives for one.
    const pays = !issues && release.kinds.some((kind) => kind.kind === 'acquisition')
    // And outstanding warrants repriced (read only where the release speaks of an exercise price).
    const amends = () => EXERCISE_PRICE.test(model.lower) && model.offering.warrants.some((w) => w.amended)
    if (!issues && !grants && !pays && !LOAN.test(model.lower) && !amends()) return
    const issuer = issuerExchange(model, options?.exchange)
    if (issuer.exchange !== 'TSXV') return
    const terms = model.offering

    const priced: Array<{price: Money; kind: Priced; per?: string}> = []
    if (grants) for (const grant of terms.grants) if (grant.price) priced.push({price: grant.price, kind: 'option'})
    for (const w of terms.warrants) {
      if (w.price && (w.bonus || w.amended || issues))
        priced.push({price: w.price, kind: w.bonus ? 'bonus' : 'warrant'})
      if (w.compensation && issues) priced.push({price: w.compensation, kind: 'compensation'})
    }
    // Each lot (the terms an amendment replaces are history): the offering's, shares for debt, or, at a deemed price
    // where the release acquires an asset, the asset's price (Policy 5.3), not another company's shares it receives.
    const acquires = release.kinds.some((kind) => kind.kind === 'acquisition')
    for (const lot of issues || pays ? terms.lots.filter((candidate) => !candidate.superseded) : []) {
      const sentence = lot.price?.sentence
      if (!lot.price || !sentence) continue
      const deemed = !lot.forDebt && acquires && DEEMED.test(sentence.norm.text)
      if ((!issues && !deemed) || (deemed && sharesToIssuer(sentence, model.topics.issuerNames))) continue
      const kind = deemed ? 'consideration' : lot.forDebt || !release.ownOffering ? 'debt' : 'offering'
      priced.push({price: lot.price, kind, per: lot.security.replace(/s$/, '')})
    }
    for (const c of issues ? terms.conversions : []) {
      priced.push({price: c.price, kind: 'conversion'})
      if (c.later) priced.push({price: c.later, kind: 'conversion'})
    }
    // A schedule's column of deemed prices, unless the sentence before the table issues the shares to the issuer.
    for (const {price, lead} of pays ? terms.deemedCells : []) {
      if (!lead || !sharesToIssuer(lead, model.topics.issuerNames))
        priced.push({price, kind: 'consideration', per: 'share'})
    }
    const seen = new Set<number>()
    for (const {price, kind, per} of priced) {
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
