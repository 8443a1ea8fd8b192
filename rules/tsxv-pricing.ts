/**
 * `tsxv-pricing`: the TSX Venture Exchange's floors on what its issuer itself
 * issues — shares and units at no less than $0.05 (a placement's price,
 * Policy 4.1; a deemed price for debt, Policy 4.3), and warrants, a loan's
 * bonus warrants and stock options exercisable at no less than $0.05
 * (Policies 4.1, 5.1, 4.4); a placement's warrants run five years at most.
 * The facts are the model's (offering*.ts); the issuer's exchange is the
 * preset's or the release's (src/core/exchange.ts). Messages in the language of
 * the price's words (French: « Politique 4.1 de la Bourse de croissance TSX »).
 * See docs/rules/tsxv-pricing.md.
 */
import {Decimal, formatLike} from '../src/model/numbers.js'
import {issuerExchange, type IssuerExchange} from '../src/core/exchange.js'
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
/** The same in French: the Exchange's policies by their French names. */
const BOURSE = 'de la Bourse de croissance TSX'
const FLOOR_FR = `Politique 1.1 ${BOURSE} (cours escompté : plancher absolu de 0,05 $ par action inscrite)`
const SHARES_FR = 'aucune action inscrite ne peut être émise à moins de 0,05 $ sans dispense de la Bourse'
const EXERCISE_FR = 'ne peut être exerçable à moins de 0,05 $ par action inscrite'
const PRICED_FR = {
  offering: ['Prix', `Politique 4.1 ${BOURSE} (placements privés) et ${FLOOR_FR}`, `${SHARES_FR}, seule ou en unités`],
  debt: [
    'Prix réputé',
    `Politique 4.3 ${BOURSE} (actions en règlement de dettes) et ${FLOOR_FR}`,
    `${SHARES_FR}, y compris pour une dette`
  ],
  warrant: [
    'Prix d’exercice des bons de souscription',
    `Politique 4.1 ${BOURSE} (placements privés)`,
    `aucun bon de souscription ${EXERCISE_FR}`
  ],
  bonus: [
    'Prix d’exercice des bons de souscription en prime',
    `Politique 5.1 ${BOURSE} (prêts, primes de prêt)`,
    `aucun bon de souscription en prime ${EXERCISE_FR}`
  ],
  option: [
    'Prix d’exercice des options',
    `Politique 4.4 ${BOURSE} (rémunération à base de titres)`,
    `aucune option d’achat d’actions ${EXERCISE_FR}`
  ]
} as const
const TERM_FR = `Politique 4.1 ${BOURSE} (placements privés : durée maximale de cinq ans des bons de souscription)`
/** A class of securities in French, for « par unité ». */
const PER_FR: Record<string, string> = {
  unit: 'unité',
  share: 'action',
  'flow-through unit': 'unité accréditive',
  'flow-through share': 'action accréditive',
  'subscription receipt': 'reçu de souscription'
}

/** Why the TSX-V's policies apply, in French (the exchange decision says it in English). */
function becauseFr(issuer: IssuerExchange): string {
  if (issuer.pinned) return 'la configuration fixe la Bourse de croissance TSX'
  return /states no listing/.test(issuer.because)
    ? 'le communiqué n’indique aucune inscription, la Bourse de croissance TSX est présumée'
    : 'le communiqué indique une inscription à la cote de la Bourse de croissance TSX'
}
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
      const fr = model.language.of(price.sentence.block) === 'fr'
      const [what, citation, rule] = (fr ? PRICED_FR : PRICED)[kind]
      const written = slice(model, price)
      const perFr = per && PER_FR[per] ? ` par ${PER_FR[per]}` : ''
      report({
        reason: fr
          ? `${what} de ${written}${perFr} inattendu ; attendu : au moins 0,05 $`
          : `Unexpected ${what} of ${written}${per ? ` per ${per}` : ''}, expected at least $0.05`,
        place: price,
        note: fr ? `${citation} : ${rule} ; ${becauseFr(issuer)}.` : `${citation}: ${rule}; ${issuer.because}.`,
        expected: formatLike(written, MINIMUM, fr ? 'fr' : 'en'),
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
      const fr = model.language.of(warrant.sentence.block) === 'fr'
      if (price && unitPrice && price.currency === 'CAD' && price.value.gte(MINIMUM) && price.value.lt(unitPrice)) {
        report({
          level: 'warning',
          reason: fr
            ? `Prix d’exercice des bons de souscription de ${slice(model, price)} inférieur au prix du placement`
            : `Unexpected warrant exercise price of ${slice(model, price)} below the offering price`,
          place: price,
          note: fr
            ? `Politique 4.1 ${BOURSE} (placements privés ; il n’est pas confirmé qu’un placement ordinaire puisse ` +
              'fixer le prix d’exercice des bons sous le cours du marché) : un bon de souscription moins cher que ' +
              `l’unité suscite les questions de la Bourse ; vérifiez le chiffre (${becauseFr(issuer)}).`
            : 'TSX-V Policy 4.1 (Private Placements; whether an ordinary placement may price warrants below the ' +
              "Market Price is not confirmed): a warrant below its unit's price draws the Exchange's questions; " +
              `check the figure (${issuer.because}).`
        })
      }
      if (warrant.term && warrant.term.months > LIMITS.warrantMaxMonths) {
        report({
          reason: fr
            ? `Durée des bons de souscription de ${warrant.term.months} mois inattendue ; attendu : cinq ans au plus`
            : `Unexpected warrant term of ${warrant.term.months} months, expected five years at most`,
          place: warrant.term,
          note: fr
            ? `${TERM_FR} : indiquez une durée de 60 mois au plus ; ${becauseFr(issuer)}.`
            : `${TERM}: state a term of 60 months or less; ${issuer.because}.`
        })
      }
    }
  }
)

export default remarkLintTsxvPricing
