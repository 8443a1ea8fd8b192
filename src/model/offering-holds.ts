/**
 * The hold periods (NI 45-102 s.2.5) the release states of the issuer's own securities, and whether it announces or
 * closes a placement of its own that must state one: the facts the hold-period rule checks. A LIFE offering's
 * securities are free trading (a placement beside them is not); another company's shares the issuer receives, or
 * its stock options' and RSUs' vesting, are not a distribution of its own.
 */
import type {Sentence} from './document.js'
import {bindsConcurrent, concurrentPlacement, lifeHolds} from './life.js'
import {compensationHold, receivedHold} from './offering-grants.js'
import type {HoldPeriod, OfferingTerms} from './offering-types.js'
import {ownSharesForDebt, type Release} from './release.js'

export interface OwnHolds {
  /** The holds stated of the issuer's own securities. */
  holds: HoldPeriod[]
  /** Whether the release announces or closes a private or LIFE placement of the issuer's (or its shares for debt). */
  placement: boolean
  /**
   * Where a placement's hold statement belongs when it has none: the last sentence of the paragraph giving its terms
   * (the units or shares at a price, the LIFE release's concurrent placement, or the sentence naming the placement).
   */
  place?: Sentence
}

export function findOwnHolds(terms: OfferingTerms, release: Release, own: Sentence[], issuerNames: string[]): OwnHolds {
  // LIFE securities are freely tradeable, a placement beside them is not; a prospectus offering has no hold.
  const concurrent = terms.life ? concurrentPlacement(own) : undefined
  // A hold that binds the LIFE securities is not the placement's, unless it names the placement's securities too.
  const free = new Set(
    terms.life ? lifeHolds(terms.holds, own).filter((hold) => !bindsConcurrent(hold, concurrent)) : []
  )
  // A hold on another company's shares the issuer receives (the price of claims it sells) is not its own to state.
  const holds = terms.holds.filter(
    (hold) => hold.kind !== 'none' && !free.has(hold) && !receivedHold(hold.sentence, issuerNames)
  )
  // Any other prospectus-exempt issue of the issuer's (shares paid for a property, for debt, for services) holds them
  // four months and a day too: stated, it is checked; not stated, nothing is owed by this rule.
  const announced = release.ownOffering !== undefined || ownSharesForDebt(release, 'closed') !== undefined
  if (!announced || (!terms.life && !terms.privatePlacement)) {
    return {holds: holds.filter((hold) => !compensationHold(hold.sentence)), placement: false}
  }
  const terms0 = terms.life ? concurrent : (terms.lots[0]?.sentence ?? release.ownOffering?.sentences[0])
  return {holds, placement: true, place: terms0?.block.sentences.at(-1)}
}
