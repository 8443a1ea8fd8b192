/**
 * The statements a release carries because a regulator or exchange asks for
 * them, found once: the exchange disclaimers ("Neither TSX Venture Exchange
 * nor its Regulation Services Provider …"), the U.S. distribution legends
 * ("Not for distribution to United States newswire services …") and the
 * not-an-offer paragraphs. They are not the release's own disclosure: a
 * disclaimer does not make a release speak of an offering.
 */
import {find, has, type Block, type Found, type Sentence} from './document.js'
import {NAMES_CSE, NAMES_TSXV} from './vocabulary.js'

/** A sentence that disclaims an exchange's responsibility for the release. */
const DISCLAIMS = new RegExp(
  [
    'adequacy or ?accuracy',
    'accepts? ?(?:no )?responsibility',
    '(?:has|have) not (?:reviewed|approved)',
    'neither (?:the )?(?:tsx|cse|canadian|exchange)'
  ].join('|')
)
/** It names an exchange or a regulator. */
const NAMES_EXCHANGE_OR_REGULATOR = /\bexchange\b|regulat|\btsx-?v\b|\bcse\b/

/**
 * "Not for distribution to U.S. newswire services or for dissemination in the
 * United States"; "intended for distribution in Canada only and is not
 * authorized for distribution to the United States newswire services …".
 */
export const US_LEGEND_PATTERN = new RegExp(
  String.raw`\bnot ?(?:be )?(?:for|intended for|authori[sz]ed for|to be) ?` +
    String.raw`(?:distribution|dissemination|release|publication)\b[^.]{0,120}?\b(?:united states|u\.s\.?|usa)(?![a-z])`
)

/** Offering boilerplate: distribution restrictions, the U.S. Securities Act paragraph, "does not constitute an offer". */
const OFFER_BOILERPLATE =
  /not for (?:distribution|dissemination)|securities act of 1933|(?:does|shall) not constitute an offer/

const namesTsxv = new RegExp(NAMES_TSXV)
const namesCse = new RegExp(NAMES_CSE)

/** The exchange disclaimer sentences, in order. */
export function findDisclaimers(sentences: Sentence[]): Sentence[] {
  return sentences.filter((sentence) => has(sentence, DISCLAIMS) && has(sentence, NAMES_EXCHANGE_OR_REGULATOR))
}

/** The exchange a disclaimer names: a release that states no listing still names its exchange there. */
export function disclaimedExchange(disclaimers: Sentence[]): 'TSXV' | 'CSE' | undefined {
  for (const sentence of disclaimers) {
    if (has(sentence, namesTsxv)) return 'TSXV'
    if (has(sentence, namesCse)) return 'CSE'
  }
  return undefined
}

export interface Legend {
  block: Block
  /** The legend's words. */
  found: Found
}

/** The U.S. distribution legends, in order. */
export function findLegends(blocks: Block[]): Legend[] {
  const legends: Legend[] = []
  for (const block of blocks) {
    const found = find(block, US_LEGEND_PATTERN)
    if (found) legends.push({block, found})
  }
  return legends
}

/** Whether a sentence is offering boilerplate (legends, the U.S. paragraph, not-an-offer). */
export function isOfferBoilerplate(sentence: Sentence): boolean {
  return has(sentence, OFFER_BOILERPLATE)
}
