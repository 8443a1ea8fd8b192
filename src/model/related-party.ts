/**
 * Related parties taking part in the issuer's transaction, and the MI 61-101
 * paragraph that answers for it, found once.
 *
 * Participation: a sentence of the release's own in which an insider, a
 * director, an officer, a control person or a related party subscribes,
 * participates, acquires or purchases (or may, or is expected to), not
 * negated ("no insider participated"); or a sentence saying that the
 * transaction, or a part of it, is a "related party transaction".
 *
 * The paragraph: the blocks that speak of MI 61-101 (the instrument, a
 * related party transaction, its exemptions, their basis, the 21-day
 * period), read together, element by element: the transaction named a
 * related party transaction, the formal valuation and minority approval
 * exemptions, the sections cited (s.5.5 and s.5.7), the facts that support
 * them (fair market value not more than 25 % of market capitalization, an
 * issuer not listed on a specified market, a distribution of not more than
 * $2,500,000), and why the material change report came less than 21 days
 * before the closing (s.5.2(2)). Citations of s.5.7 without its subsection
 * ("5.7(a)" for "5.7(1)(a)") are listed.
 */
import type {Block, Sentence} from './document.js'
import {spanOf, type Span} from './text.js'

export interface RelatedParty {
  /** The sentence that states the participation, and the words that decided it. */
  participation: Span & {sentence: Sentence}
  /** The blocks that speak of MI 61-101, in order (none when the release has no paragraph). */
  paragraph: Block[]
  /** "related party transaction" (within the meaning of MI 61-101). */
  named: boolean
  /** MI 61-101 named. */
  instrument: boolean
  /** The exemptions from the formal valuation and the minority approval requirements. */
  formalValuation: boolean
  minorityApproval: boolean
  /** The sections of the exemptions cited (5.5(x), 5.7(1)(x)). */
  sections: boolean
  /** The facts supporting the exemptions. */
  basis: boolean
  /** The reason the material change report was filed less than 21 days before the closing. */
  shortPeriod: boolean
  /** "5.7(a)": s.5.7 cited without its subsection (1), each with the letter. */
  miscited: Array<Span & {letter: string}>
}

/** Who is a related party. */
const WHO = String.raw`\b(?:${[
  'insiders?',
  'directors?',
  'officers?',
  'related part(?:y|ies)',
  'control persons?',
  '(?:chief executive|chief financial|chief operating) officer',
  'ceo|cfo|coo|president|chair(?:man|person)?',
  '10 ?% (?:security ?|share)?holders?'
].join('|')})\b`
/** Taking part. */
// Not at a word's start: copy runs words together ("may besubscribing"); "oversubscribed" is not taking part.
const TAKES_PART = String.raw`(?<!over)(?:subscrib\w{0,4}|participat\w{0,6}|acquir\w{0,3}|purchas\w{0,3}|\btook up|\btake up|\bbought)\b`
const PARTICIPATION = new RegExp(`${WHO}.{0,160}?${TAKES_PART}|${TAKES_PART}.{0,40}?\\bby\\b.{0,60}?${WHO}`)
/** "constitutes a related party transaction", "considered a 'related-party transaction'". */
const TRANSACTION = /related[- ]?party ?transactions?/
const NEGATED = new RegExp(
  [
    String.raw`\bno (?:insiders?|directors?|officers?|related part(?:y|ies))\b`,
    String.raw`\bnone of\b`,
    String.raw`\b(?:did|do|does|will|would) not (?:participate|subscribe|acquire|purchase)`,
    String.raw`\bwithout (?:any )?insider`,
    String.raw`\bnot (?:an? )?(?:insiders?|related part)`
  ].join('|')
)
const REPORTED = /\b(?:said|says|commented|stated|added|noted|remarked)\b/
/** Words of the MI 61-101 paragraph. */
const PARAGRAPH = new RegExp(
  [
    '61-? ?101',
    'related[- ]?party ?transaction',
    'formal valuation',
    'valuation requirement',
    'minority (?:share|security ?|unit)?(?:holder )?approval',
    'market ?capitali[sz]ation',
    String.raw`(?<![\d.,])21 ?days`,
    String.raw`twenty[- ]?one ?(?:\(21\) ?)?days`
  ].join('|')
)

const INSTRUMENT = /61-? ?101/
const FORMAL_VALUATION = /formal ?valuation|valuation ?requirement|(?<![\d.])5\.5 ?\(/
const MINORITY = /minority ?(?:share|security ?|unit)?(?:holder ?)?approval|(?<![\d.])5\.7 ?\(/
const SECTIONS = /(?<![\d.])5\.5 ?\([a-h]\)/
const SECTIONS_MINORITY = /(?<![\d.])5\.7 ?(?:\(1\) ?)?\([a-h]\)/
const BASIS = new RegExp(
  [
    String.raw`(?:(?<![\d.,])25|twenty[- ]?five)(?: ?\(25\))? ?(?:%|per ?cent|percent)[^.]{0,80}?market ?capitali[sz]ation`,
    'specified ?markets?',
    'not ?listed ?on',
    String.raw`\$2,500,000|\$2\.5 ?million`
  ].join('|')
)
const SHORT_PERIOD = /(?<![\d.,])21 ?days|twenty[- ]?one ?(?:\(21\) ?)?days/
const MISCITED = /(?<![\d.])5\.7 ?\(([a-h])\)/g

/** The related party's participation and the MI 61-101 paragraph, or undefined when no related party takes part. */
export function findRelatedParty(own: Sentence[], issues: boolean): RelatedParty | undefined {
  let participation: RelatedParty['participation'] | undefined
  for (const sentence of own) {
    const text = sentence.norm.text
    // A related party's subscription counts where the issuer issues its own securities; a related party
    // transaction named as such, in any release.
    const match = (issues ? PARTICIPATION.exec(text) : null) ?? TRANSACTION.exec(text)
    if (!match || NEGATED.test(text)) continue
    // An officer quoted ("said Jane Roe, CEO, … investors who participated") is not one taking part.
    if (REPORTED.test(text) && !/insider|director|related|control/.test(match[0])) continue
    participation = {sentence, ...spanOf(sentence.norm, match.index, match.index + match[0].length)}
    break
  }
  if (!participation) return undefined
  const seen = new Set<Block>()
  const paragraph: Block[] = []
  for (const sentence of own) {
    if (seen.has(sentence.block) || !PARAGRAPH.test(sentence.norm.text)) continue
    seen.add(sentence.block)
    paragraph.push(sentence.block)
  }
  const text = paragraph.map((block) => block.norm.text).join('\n')
  const miscited: RelatedParty['miscited'] = []
  for (const block of paragraph) {
    MISCITED.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = MISCITED.exec(block.norm.text))) {
      miscited.push({letter: match[1], ...spanOf(block.norm, match.index, match.index + match[0].length)})
    }
  }
  return {
    participation,
    paragraph,
    named: TRANSACTION.test(text),
    instrument: INSTRUMENT.test(text),
    formalValuation: FORMAL_VALUATION.test(text),
    minorityApproval: MINORITY.test(text),
    sections: SECTIONS.test(text) && SECTIONS_MINORITY.test(text),
    basis: BASIS.test(text),
    shortPeriod: SHORT_PERIOD.test(text),
    miscited
  }
}
