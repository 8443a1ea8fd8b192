/**
 * Which exchange(s) the release says the issuer is listed on: ticker tags as
 * newswires print them ("(TSXV: ADY)", "(TSX-V: LME)", "(CSE: GDN)",
 * "TSX Venture Exchange: EMR") and "listed on the … under the symbol …".
 */
import type {Block} from './model.js'
import {spanOf, type Span} from './text.js'

export type Exchange = 'TSXV' | 'CSE' | 'TSX' | 'OTHER'

export interface Listing extends Span {
  exchange: Exchange
  /** The exchange as written (normalized). */
  name: string
  ticker: string
  /** Index of the block it is in. */
  block: number
}

const TSXV = String.raw`tsx venture exchange|tsx venture|tsx-venture|tsx-v|tsxv|tsx\.v|tsx v`
const CSE = String.raw`canadian securities exchange|canadian stock exchange|cse`
const TSX = String.raw`toronto stock exchange|tsx`
const OTHER = String.raw`otcqb|otcqx|otc pink|otc bulletin board|otc markets|otc|nyse american|nyse mkt|nyse|nasdaq|frankfurt stock exchange|frankfurt|fse|fra|xetra|asx|aim|lse|jse|bvl|b[oö]rse [a-z]+`
const NAME = `(${TSXV}|${CSE}|${TSX}|${OTHER})`
const TICKER = String.raw`([a-z0-9][a-z0-9.]{0,7})`

// "(TSXV: ADY)", "TSX Venture Exchange: EMR", "(TSX-V: LME, OTC: X)", "CSE:GDN".
const tagRe = new RegExp(String.raw`(?<![a-z0-9-])${NAME}\s?[:;]\s?"?${TICKER}(?![a-z0-9])`, 'g')
// "(WSR: CSE)": ticker first.
const reversedRe = new RegExp(String.raw`\(${TICKER}\s?:\s?(${TSXV}|${CSE}|${TSX})\)`, 'g')
// "listed on the TSX Venture Exchange under the symbol "ADY"", "trades on the CSE".
const phraseRe = new RegExp(
  String.raw`(?:listed|trade[sd]?|trading|quoted) on the ${NAME}(?:(?: \([^)]{1,20}\))? under the (?:trading |stock |ticker )?symbols? "?${TICKER})?`,
  'g'
)

/** Classify an exchange name as written. */
export function classify(name: string): Exchange {
  const n = name.toLowerCase()
  if (new RegExp(`^(${TSXV})$`).test(n)) return 'TSXV'
  if (new RegExp(`^(${CSE})$`).test(n)) return 'CSE'
  if (new RegExp(`^(${TSX})$`).test(n)) return 'TSX'
  return 'OTHER'
}

/**
 * Listings stated in the release. Tags in the opening (up to the lead
 * paragraph) describe the issuer; tags further down may name a partner, so
 * they count only when the opening states none.
 */
export function findListings(blocks: Block[], dateline: Block | undefined): Listing[] {
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
  const lastOpening = Math.max((dateline?.index ?? 4) + 1, 4)
  const opening = all.filter((listing) => listing.block <= lastOpening)
  const canadian = (list: Listing[]) => list.some((l) => l.exchange !== 'OTHER')
  return canadian(opening) ? opening : all
}
