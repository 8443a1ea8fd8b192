/**
 * Which exchange(s) the release says the issuer is listed on: ticker tags as
 * newswires print them ("(TSXV: ADY)", "(TSX-V: LME)", "(CSE: GDN)",
 * "TSX Venture Exchange: EMR") and "listed on the … under the symbol …".
 */
import type {Block} from './document.js'
import {spanOf, type Span} from './text.js'
import {CSE_NAMES, OTHER_EXCHANGE_NAMES, TSX_NAMES, TSXV_NAMES} from './vocabulary.js'

export type Exchange = 'TSXV' | 'CSE' | 'TSX' | 'OTHER'

export interface Listing extends Span {
  exchange: Exchange
  /** The exchange as written (normalized). */
  name: string
  ticker: string
  /** Index of the block it is in. */
  block: number
}

const TSXV = TSXV_NAMES.join('|')
const CSE = CSE_NAMES.join('|')
const TSX = TSX_NAMES.join('|')
const OTHER = OTHER_EXCHANGE_NAMES.join('|')
const NAME = `(${TSXV}|${CSE}|${TSX}|${OTHER})`
const TICKER = String.raw`([a-z0-9][a-z0-9.]{0,7})`

// "(TSXV: ADY)", "TSX Venture Exchange: EMR", "(TSX-V: LME, OTC: X)", "CSE:GDN".
const tagRe = new RegExp(String.raw`(?<![a-z0-9-])${NAME}\s?[:;]\s?"?${TICKER}(?![a-z0-9])`, 'g')
// "(WSR: CSE)": ticker first.
const reversedRe = new RegExp(String.raw`\(${TICKER}\s?:\s?(${TSXV}|${CSE}|${TSX})\)`, 'g')
// "listed on the TSX Venture Exchange under the symbol "ADY"", "trades on the CSE".
const phraseRe = new RegExp(
  String.raw`(?:listed|trade[sd]?|trading|quoted) on the ${NAME}` +
    String.raw`(?:(?: \([^)]{1,20}\))? under the (?:trading |stock |ticker )?symbols? "?${TICKER})?`,
  'g'
)

const IS_TSXV = new RegExp(`^(?:${TSXV})$`)
const IS_CSE = new RegExp(`^(?:${CSE})$`)
const IS_TSX = new RegExp(`^(?:${TSX})$`)

/** Classify an exchange name as written. */
export function classify(name: string): Exchange {
  const n = name.toLowerCase()
  if (IS_TSXV.test(n)) return 'TSXV'
  if (IS_CSE.test(n)) return 'CSE'
  if (IS_TSX.test(n)) return 'TSX'
  return 'OTHER'
}

/**
 * Listings stated in the release. Tags in the opening (up to the lead
 * paragraph) describe the issuer; tags further down may name a partner, so
 * they count only when the opening states none.
 */
export function findListings(blocks: Block[], openingEnd: number): Listing[] {
  const all: Listing[] = []
  for (const block of blocks) {
    for (const re of [tagRe, reversedRe, phraseRe]) {
      re.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = re.exec(block.norm.text))) {
        const [name, symbol] = re === reversedRe ? [match[2], match[1]] : [match[1], match[2] ?? '']
        const exchange = classify(name)
        const ticker = symbol.replace(/\.$/, '')
        // A year is not a ticker.
        if (/^\d+$/.test(ticker)) continue
        all.push({
          exchange,
          name: match[1],
          ticker,
          block: block.index,
          ...spanOf(block.norm, match.index, match.index + match[0].length)
        })
      }
    }
  }
  all.sort((a, b) => a.start - b.start)
  const opening = all.filter((listing) => listing.block <= openingEnd)
  const canadian = (list: Listing[]) => list.some((l) => l.exchange !== 'OTHER')
  return canadian(opening) ? opening : all
}
