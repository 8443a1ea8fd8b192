/**
 * The prices of the securities the issuer itself issues, each with what it prices: the shares or units of its
 * offering or of a debt settlement, the shares it pays for an asset at a deemed price, its warrants (a finder's or
 * agent's too), a lender's bonus warrants, stock options granted, outstanding warrants repriced, a convertible's
 * conversion price. The TSX Venture Exchange's floors apply to these (Policies 4.1, 4.3, 4.4, 5.1, 5.3); the facts
 * are the financing terms' (offering*.ts) and the release's kind (release.ts).
 */
import type {Money, OfferingTerms} from './offering.js'
import {sharesToIssuer} from './offering-grants.js'
import {issuesOwnSecurities, type Release} from './release.js'

/** What a price is of. */
export type PriceKind =
  'option' | 'bonus' | 'warrant' | 'compensation' | 'consideration' | 'debt' | 'offering' | 'conversion'

export interface IssuedPrice {
  price: Money
  kind: PriceKind
  /** The security priced, singular ("unit", "flow-through share"), for a lot. */
  per?: string
}

/** What the issuer issues in this release, and at what prices (undefined: it issues nothing it prices). */
export interface IssuedPrices {
  /** An offering or shares for debt of its own. */
  issues: boolean
  prices: IssuedPrice[]
}

/** Words a release that issues bonus warrants to a lender carries (checked before the financing terms are read). */
const LOAN = /lender|bonus warrant|loan bonus/
const EXERCISE_PRICE = /exercise price|re-?pric/
/** A price the issuer sets on shares it pays with, not for cash (« prix réputé »). */
const DEEMED = /\bdeemed\b|r[ée]put[ée]/

/** The prices of what the issuer issues (`terms` read only where it may issue something, `lower` only to ask). */
export function findIssuedPrices(
  release: Release,
  terms: () => OfferingTerms,
  lower: () => string,
  issuerNames: string[]
): IssuedPrices | undefined {
  // What the issuer issues: an offering or shares for debt, stock options granted, a lender's bonus warrants.
  const issues = issuesOwnSecurities(release)
  const grants = release.kinds.some((kind) => kind.kind === 'compensation')
  const acquires = release.kinds.some((kind) => kind.kind === 'acquisition')
  // Shares it pays for an asset at a deemed price (a property bought or optioned, a company acquired), not the shares
  // of another company it receives for one.
  const pays = !issues && acquires
  // And outstanding warrants repriced (read only where the release speaks of an exercise price).
  const amends = () => EXERCISE_PRICE.test(lower()) && terms().warrants.some((w) => w.amended)
  if (!issues && !grants && !pays && !LOAN.test(lower()) && !amends()) return undefined
  const {grants: granted, warrants, lots, conversions, deemedCells} = terms()

  const prices: IssuedPrice[] = []
  if (grants) for (const grant of granted) if (grant.price) prices.push({price: grant.price, kind: 'option'})
  for (const w of warrants) {
    if (w.price && (w.bonus || w.amended || issues)) prices.push({price: w.price, kind: w.bonus ? 'bonus' : 'warrant'})
    if (w.compensation && issues) prices.push({price: w.compensation, kind: 'compensation'})
  }
  // Each lot (the terms an amendment replaces are history): the offering's, shares for debt, or, at a deemed price
  // where the release acquires an asset, the asset's price (Policy 5.3), not another company's shares it receives.
  for (const lot of issues || pays ? lots.filter((candidate) => !candidate.superseded) : []) {
    const sentence = lot.price?.sentence
    if (!lot.price || !sentence) continue
    const deemed = !lot.forDebt && acquires && DEEMED.test(sentence.norm.text)
    if ((!issues && !deemed) || (deemed && sharesToIssuer(sentence, issuerNames))) continue
    const kind = deemed ? 'consideration' : lot.forDebt || !release.ownOffering ? 'debt' : 'offering'
    prices.push({price: lot.price, kind, per: lot.security.replace(/s$/, '')})
  }
  for (const c of issues ? conversions : []) {
    prices.push({price: c.price, kind: 'conversion'})
    if (c.later) prices.push({price: c.later, kind: 'conversion'})
  }
  // A schedule's column of deemed prices, unless the sentence before the table issues the shares to the issuer.
  for (const {price, lead} of pays ? deemedCells : []) {
    if (!lead || !sharesToIssuer(lead, issuerNames)) prices.push({price, kind: 'consideration', per: 'share'})
  }
  return {issues, prices}
}
