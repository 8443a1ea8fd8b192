/**
 * The issuer's exchange a rule applies, and why, once for every rule that
 * depends on it: the exchange a preset (or the rule's `exchange` option) pins
 * wins; with none pinned, the exchange the release states (the model weighs
 * its tags, "listed on" statements and disclaimer); with neither, TSX-V, the
 * default. `because` says so in words a message carries, quoting the
 * release's evidence with its line.
 */
import type {CanadianExchange, Model} from '../model/model.js'

/** How messages name each exchange's preset and listing. */
export const EXCHANGE_LABEL: Record<CanadianExchange, string> = {
  TSXV: 'TSX-V',
  CSE: 'CSE',
  TSX: 'TSX',
  CBOE: 'Cboe Canada'
}

export interface IssuerExchange {
  /** Undefined where the release states only listings abroad ("(OTCQB: LPCU)"): no Canadian exchange's duties. */
  exchange: CanadianExchange | undefined
  /** Pinned by the preset or the rule's option (it wins over the release's statement). */
  pinned: boolean
  /** Why, as a clause: "this release states a CSE listing (line 3: “CSE: ABC”), so the CSE preset applies". */
  because: string
  /** Why, in French (for a French release's messages). */
  becauseFr: string
}

/** Evidence quoted at most this long (a disclaimer is a sentence). */
const QUOTE = 60

/** The exchange the release states, and what states it: “a CSE listing (line 3: “CSE: ABC”)”. */
function stated(model: Model): {exchange: CanadianExchange; what: string; whatFr: string} | undefined {
  const {exchange, evidence} = model.exchangeDecision
  if (!exchange) return undefined
  // The heaviest piece of evidence for it (the first of equals).
  const best = evidence.filter((e) => e.exchange === exchange).reduce((a, b) => (b.weight > a.weight ? b : a))
  const words = model.value.slice(best.start, best.end).replace(/\s+/g, ' ')
  const quote = words.length > QUOTE ? words.slice(0, QUOTE).trimEnd() + '…' : words
  const label = EXCHANGE_LABEL[exchange]
  const what =
    best.kind === 'disclaimer'
      ? `a disclaimer naming the ${label}`
      : best.kind === 'approval'
        ? `a ${label} approval or rule it is subject to`
        : `a ${label} listing`
  const whatFr =
    best.kind === 'disclaimer'
      ? `un avis de non-responsabilité qui nomme la ${label}`
      : best.kind === 'approval'
        ? `une approbation ou une règle de la ${label} à laquelle il est soumis`
        : `une inscription à la ${label}`
  const line = model.point(best.start).line
  return {exchange, what: `${what} (line ${line}: “${quote}”)`, whatFr: `${whatFr} (ligne ${line} : « ${quote} »)`}
}

/** The issuer's exchange for a rule given `pinned` (its `exchange` option, set by the preset). */
export function issuerExchange(model: Model, pinned?: CanadianExchange): IssuerExchange {
  const release = stated(model)
  if (pinned) {
    const label = EXCHANGE_LABEL[pinned]
    const other = release && release.exchange !== pinned ? ` although the release states ${release.what}` : ''
    const otherFr = release && release.exchange !== pinned ? ` bien que le communiqué indique ${release.whatFr}` : ''
    const becauseFr = `le préréglage ${label} est imposé${otherFr}`
    return {exchange: pinned, pinned: true, because: `the ${label} preset is pinned${other}`, becauseFr}
  }
  if (release) {
    const label = EXCHANGE_LABEL[release.exchange]
    const because = `this release states ${release.what}, so the ${label} preset applies`
    const becauseFr = `ce communiqué indique ${release.whatFr} ; le préréglage ${label} s’applique donc`
    return {exchange: release.exchange, pinned: false, because, becauseFr}
  }
  // Listings abroad only (an OTC, NYSE, Nasdaq, ASX or AIM tag, no Canadian one): the release shows no Canadian
  // exchange whose duties it owes; a TSX-V issuer tags its TSX-V listing first. Without any tag, a statement of a
  // listing abroad is the issuer's ("its shares are listed on the Australian Securities Exchange"), as a statement
  // of a Canadian listing is (see decideExchange).
  const tagged = model.listings.some((listing) => listing.kind === 'tag')
  const abroad = model.listings.find((listing) => listing.exchange === 'OTHER' && (listing.kind === 'tag' || !tagged))
  if (abroad) {
    const words = model.value.slice(abroad.start, abroad.end)
    const line = model.point(abroad.start).line
    return {
      exchange: undefined,
      pinned: false,
      because: `this release states only a listing abroad (line ${line}: “${words}”), so no Canadian exchange's rules apply`,
      becauseFr:
        `ce communiqué n’indique qu’une inscription à l’étranger (ligne ${line} : « ${words} ») ; aucune règle ` +
        `d’une bourse canadienne ne s’applique donc`
    }
  }
  return {
    exchange: 'TSXV',
    pinned: false,
    because: 'this release states no listing, so the TSX-V preset applies',
    becauseFr: 'ce communiqué n’indique aucune inscription ; le préréglage TSX-V s’applique donc'
  }
}

/**
 * A release the issuer announces jointly with a TSX-V issuer ("Halvard (TSX: HVM) and Quillon (TSXV: QRL)
 * announce"): it is also the TSX-V issuer's release, which owes the Exchange's disclaimer whatever the first
 * announcer's exchange. Undefined when the issuer is the TSX-V's (already owed) or announces alone.
 */
export function jointWithTsxv(model: Model, issuer: IssuerExchange): IssuerExchange | undefined {
  if (issuer.exchange === 'TSXV') return undefined
  const {announcers} = model.release
  const partner = announcers.find((tag) => tag.exchange === 'TSXV')
  if (!partner || !announcers.some((tag) => tag.exchange !== 'TSXV')) return undefined
  const words = model.value.slice(partner.start, partner.end)
  const line = model.point(partner.start).line
  return {
    exchange: 'TSXV',
    pinned: issuer.pinned,
    because: `this release is announced jointly with a TSX-V issuer (line ${line}: “${words}”), whose release it also is`,
    becauseFr:
      `ce communiqué est publié conjointement avec un émetteur de la Bourse de croissance TSX (ligne ${line} : ` +
      `« ${words} »), dont c’est aussi le communiqué`
  }
}
