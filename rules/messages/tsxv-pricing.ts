/**
 * The tsxv-pricing rule's words in English and French: each kind of price, the TSX-V policy it enforces and what
 * that policy says (French: the Exchange's policies by their French names). (The rule: rules/tsxv-pricing.ts.)
 */
import type {IssuerExchange} from '../../src/core/exchange.js'
import type {Language} from '../../src/model/model.js'
import type {PriceKind} from '../../src/model/offering-prices.js'

const FLOOR = 'TSX-V Policy 1.1 (Discounted Market Price: an ultimate floor of $0.05 per Listed Share)'
/** Each kind of price: how the message names it, the provision it enforces, what that provision says. */
const SHARES = 'no listed share may be issued below $0.05 unless the Exchange grants a waiver'
const EXERCISE = 'may be exercisable below $0.05 per listed share'
/** The Exchange's floor for convertible securities other than warrants and options (the section is not confirmed). */
const CONVERTS =
  'no convertible security may convert below $0.05 per listed share in the first year of its conversion term, ' +
  'nor below $0.10 thereafter'
const PRICED = {
  offering: ['price', `TSX-V Policy 4.1 (Private Placements) and ${FLOOR}`, `${SHARES}, alone or in units`],
  debt: ['deemed price', `TSX-V Policy 4.3 (Shares for Debt) and ${FLOOR}`, `${SHARES}, for debt included`],
  consideration: [
    'deemed price',
    `TSX-V Policy 5.3 (Acquisitions and Dispositions of Non-Cash Assets) and ${FLOOR}`,
    `${SHARES}, as the price of an asset included`
  ],
  warrant: ['warrant exercise price', 'TSX-V Policy 4.1 (Private Placements)', `no warrant ${EXERCISE}`],
  bonus: ['bonus warrant exercise price', 'TSX-V Policy 5.1 (Loans, Loan Bonuses)', `no bonus warrant ${EXERCISE}`],
  compensation: [
    "finder's or agent's warrant exercise price",
    "TSX-V Policy 4.1 (Private Placements) and Policy 5.1 (Finder's Fees)",
    `no warrant ${EXERCISE}, a finder's or agent's included`
  ],
  option: ['option exercise price', 'TSX-V Policy 4.4 (Security Based Compensation)', `no stock option ${EXERCISE}`],
  conversion: ['conversion price', `TSX-V Policy 4.1 (Private Placements) and ${FLOOR}`, CONVERTS]
} as const satisfies Record<PriceKind, readonly [string, string, string]>
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
  consideration: [
    'Prix réputé',
    `Politique 5.3 ${BOURSE} (acquisitions et aliénations d’actifs autres qu’en espèces) et ${FLOOR_FR}`,
    `${SHARES_FR}, y compris en contrepartie d’un actif`
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
  compensation: [
    'Prix d’exercice des bons de souscription de l’intermédiaire',
    `Politiques 4.1 (placements privés) et 5.1 (honoraires d’intermédiation) ${BOURSE}`,
    `aucun bon de souscription ${EXERCISE_FR}, ceux d’un intermédiaire ou d’un placeur compris`
  ],
  option: [
    'Prix d’exercice des options',
    `Politique 4.4 ${BOURSE} (rémunération à base de titres)`,
    `aucune option d’achat d’actions ${EXERCISE_FR}`
  ],
  conversion: [
    'Prix de conversion',
    `Politique 4.1 ${BOURSE} (placements privés) et ${FLOOR_FR}`,
    'aucun titre convertible ne peut être converti à moins de 0,05 $ par action inscrite la première année de sa ' +
      'durée de conversion, ni à moins de 0,10 $ par la suite'
  ]
} as const satisfies Record<PriceKind, readonly [string, string, string]>
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

/** A kind of price the policies floor (the model's: offering-prices.ts). */
export type Priced = PriceKind

/** What the rule says in one language: a price below the floor, a warrant below its unit, a term too long. */
interface Texts {
  /** Why the TSX-V's policies apply: the issuer's exchange as decided. */
  because: (issuer: IssuerExchange) => string
  below: (kind: Priced, written: string, per: string | undefined) => string
  floor: (kind: Priced, because: string) => string
  cheapWarrant: (written: string, because: string) => {reason: string; note: string}
  longTerm: (months: number, because: string) => {reason: string; note: string}
  /** A conversion price from $0.05 to $0.10 on a conversion term beyond a year. */
  conversionAfterYear: (written: string, months: number, because: string) => {reason: string; note: string}
}

export const PRICING_TEXTS: Record<Language, Texts> = {
  en: {
    because: (issuer) => issuer.because,
    below: (kind, written, per) =>
      `Unexpected ${PRICED[kind][0]} of ${written}${per ? ` per ${per}` : ''}, expected at least $0.05`,
    floor: (kind, because) => `${PRICED[kind][1]}: ${PRICED[kind][2]}; ${because}.`,
    cheapWarrant: (written, because) => ({
      reason: `Unexpected warrant exercise price of ${written} below the offering price`,
      note:
        'TSX-V Policy 4.1 (Private Placements; whether an ordinary placement may price warrants below the ' +
        "Market Price is not confirmed): a warrant below its unit's price draws the Exchange's questions; " +
        `check the figure (${because}).`
    }),
    longTerm: (months, because) => ({
      reason: `Unexpected warrant term of ${months} months, expected five years at most`,
      note: `${TERM}: state a term of 60 months or less; ${because}.`
    }),
    conversionAfterYear: (written, months, because) => ({
      reason: `Unexpected conversion price of ${written} after the first year of a ${months}-month term, expected at least $0.10`,
      note:
        `${PRICED.conversion[1]}: ${CONVERTS}; unless the terms raise the price to $0.10 after the first year, ` +
        `state them (${because}).`
    })
  },
  fr: {
    because: becauseFr,
    below: (kind, written, per) =>
      `${PRICED_FR[kind][0]} de ${written}${per && PER_FR[per] ? ` par ${PER_FR[per]}` : ''} inattendu ; ` +
      'attendu : au moins 0,05 $',
    floor: (kind, because) => `${PRICED_FR[kind][1]} : ${PRICED_FR[kind][2]} ; ${because}.`,
    cheapWarrant: (written, because) => ({
      reason: `Prix d’exercice des bons de souscription de ${written} inférieur au prix du placement`,
      note:
        `Politique 4.1 ${BOURSE} (placements privés ; il n’est pas confirmé qu’un placement ordinaire puisse ` +
        'fixer le prix d’exercice des bons sous le cours du marché) : un bon de souscription moins cher que ' +
        `l’unité suscite les questions de la Bourse ; vérifiez le chiffre (${because}).`
    }),
    longTerm: (months, because) => ({
      reason: `Durée des bons de souscription de ${months} mois inattendue ; attendu : cinq ans au plus`,
      note: `${TERM_FR} : indiquez une durée de 60 mois au plus ; ${because}.`
    }),
    conversionAfterYear: (written, months, because) => ({
      reason:
        `Prix de conversion de ${written} inattendu après la première année d’une durée de ${months} mois ; ` +
        'attendu : au moins 0,10 $',
      note:
        `${PRICED_FR.conversion[1]} : ${PRICED_FR.conversion[2]} ; à moins que les modalités ne portent le prix à ` +
        `0,10 $ après la première année, indiquez-les (${because}).`
    })
  }
}
