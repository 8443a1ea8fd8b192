/**
 * `tsxv-pricing`: the TSX Venture Exchange's floors on what its issuer itself
 * issues — shares and units at no less than $0.05 (a placement's price,
 * Policy 4.1; a deemed price for debt, Policy 4.3), and warrants, a loan's
 * bonus warrants and stock options exercisable at no less than $0.05
 * (Policies 4.1, 5.1, 4.4); a placement's warrants run five years at most.
 * The facts are the model's (offering*.ts); the issuer's exchange is the
 * preset's or the release's (src/core/exchange.ts). See docs/rules/tsxv-pricing.md.
 */
import {Decimal, formatLike} from '../src/model/numbers.js'
import {issuerExchange} from '../src/core/exchange.js'
import {defineRule, slice} from '../src/core/rule.js'
import type {Money} from '../src/model/offering.js'
import {issuesOwnSecurities} from '../src/model/release.js'
import {LIMITS} from '../src/model/vocabulary.js'

export interface Options {
  /** The issuer's exchange, pinned (it wins over the one the release states); unset, the release's (else `TSXV`). */
  exchange?: 'TSXV' | 'CSE' | 'TSX' | 'CBOE'
}

const MINIMUM = new Decimal('0.05')
const FLOOR = 'TSX-V Policy 1.1 (Discounted Market Price: an ultimate floor of $0.05 per Listed Share)'
/** Each kind of price: how the message names it, the provision it enforces, what that provision says. */
const SHARES = 'no listed share may be issued below $0.05 unless the Exchange grants a waiver'
const EXERCISE = 'may be exercisable below $0.05 per listed share'
const PRICED = {
  offering: ['price', `TSX-V Policy 4.1 (Private Placements) and ${FLOOR}`, `${SHARES}, alone or in units`],
  debt: ['deemed price', `TSX-V Policy 4.3 (Shares for Debt) and ${FLOOR}`, `${SHARES}, for debt included`],
  warrant: ['warrant exercise price', 'TSX-V Policy 4.1 (Private Placements)', `no warrant ${EXERCISE}`],
  bonus: ['bonus warrant exercise price', 'TSX-V Policy 5.1 (Loans, Loan Bonuses)', `no bonus warrant ${EXERCISE}`],
  option: ['option exercise price', 'TSX-V Policy 4.4 (Security Based Compensation)', `no stock option ${EXERCISE}`]
} as const
const TERM = 'TSX-V Policy 4.1 (Private Placements: a five-year maximum warrant term)'
/** Words a release that issues bonus warrants to a lender carries (checked before the financing terms are read). */
const LOAN = /lender|bonus warrant|loan bonus/i

const remarkLintTsxvPricing = defineRule<Options | undefined>(
  {id: 'tsxv-pricing', options: {exchange: ['TSXV', 'CSE', 'TSX', 'CBOE']}},
  ({model, options, report}) => {
    const {release} = model
    if (release.speaker !== 'issuer') return
    // What the issuer issues: an offering or shares for debt, stock options granted, a lender's bonus warrants.
    const issues = issuesOwnSecurities(release)
    const grants = release.kinds.some((kind) => kind.kind === 'compensation')
    if (!issues && !grants && !LOAN.test(model.value)) return
    const issuer = issuerExchange(model, options?.exchange)
    if (issuer.exchange !== 'TSXV') return
    const terms = model.offering

    const priced: Array<{price: Money; kind: keyof typeof PRICED; per?: string}> = []
    if (grants) for (const grant of terms.grants) if (grant.price) priced.push({price: grant.price, kind: 'option'})
    for (const w of terms.warrants)
      if (w.price && (w.bonus || issues)) priced.push({price: w.price, kind: w.bonus ? 'bonus' : 'warrant'})
    for (const lot of issues ? terms.lots : []) {
      const kind = lot.forDebt || !release.ownOffering ? 'debt' : 'offering'
      if (lot.price) priced.push({price: lot.price, kind, per: lot.security.replace(/s$/, '')})
    }
    const seen = new Set<number>()
    for (const {price, kind, per} of priced) {
      if (price.currency !== 'CAD' || seen.has(price.start)) continue
      seen.add(price.start)
      if (price.value.gte(MINIMUM)) continue
      const [what, citation, rule] = PRICED[kind]
      report({
        reason: `Unexpected ${what} of ${slice(model, price)}${per ? ` per ${per}` : ''}, expected at least $0.05`,
        place: price,
        note: `${citation}: ${rule}; ${issuer.because}.`,
        expected: formatLike(slice(model, price), MINIMUM),
        actual: slice(model, price),
        // The price is a term of the deal: the author changes it, not --fix.
        suggestion: true
      })
    }

    // A placement's warrants: priced below its units (a question), running more than five years (a breach).
    const unitPrices = terms.lots
      .filter((lot) => lot.price && !lot.compensation && !lot.forDebt)
      .map((l) => l.price!.value)
    const unitPrice =
      unitPrices.length > 0 && unitPrices.every((p) => p.equals(unitPrices[0])) ? unitPrices[0] : undefined
    for (const warrant of issues ? terms.warrants.filter((w) => !w.bonus) : []) {
      const price = warrant.price
      if (price && unitPrice && price.currency === 'CAD' && price.value.gte(MINIMUM) && price.value.lt(unitPrice)) {
        report({
          level: 'warning',
          reason: `Unexpected warrant exercise price of ${slice(model, price)} below the offering price`,
          place: price,
          note:
            'TSX-V Policy 4.1 (Private Placements; whether an ordinary placement may price warrants below the ' +
            "Market Price is not confirmed): a warrant below its unit's price draws the Exchange's questions; " +
            `check the figure (${issuer.because}).`
        })
      }
      if (warrant.term && warrant.term.months > LIMITS.warrantMaxMonths) {
        report({
          reason: `Unexpected warrant term of ${warrant.term.months} months, expected five years at most`,
          place: warrant.term,
          note: `${TERM}: state a term of 60 months or less; ${issuer.because}.`
        })
      }
    }
  }
)

export default remarkLintTsxvPricing
