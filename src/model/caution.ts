/**
 * The forward-looking information caution (NI 51-102 s.4A.3): each paragraph
 * that speaks of forward-looking information, with the paragraphs that
 * continue it (risks, assumptions, updating), under a "Forward-Looking
 * Statements" heading or not.
 */
import type {Block, Sentence} from './model.js'

export const MENTIONS_FLI = /forward-? ?looking/
const CONTINUES =
  /forward-? ?looking|\brisks?\b|assum|differ materially|uncertaint|undue reliance|\bupdate\b|actual results|no assurance|cautionary/

/** The caution's blocks, in order. */
export function findCaution(blocks: Block[]): Block[] {
  const caution: Block[] = []
  let inside = false
  for (const block of blocks) {
    const text = block.norm.text
    if (block.kind === 'heading' || text.length < 40) {
      // A heading "Forward-Looking Statements" opens the caution; any other closes it.
      inside = MENTIONS_FLI.test(text) || /cautionary/.test(text)
      continue
    }
    if (MENTIONS_FLI.test(text) || (inside && CONTINUES.test(text))) {
      caution.push(block)
      inside = true
      continue
    }
    inside = false
  }
  return caution
}

/** Boilerplate that is not the release's own disclosure: exchange disclaimers, U.S. legends and offering disclaimers. */
export const BOILERPLATE =
  /accepts? ?(?:no )?responsibility for the adequacy|not for (?:distribution|dissemination)|securities act of 1933|(?:does|shall) not constitute an offer/

/**
 * The release's own words: sentences outside the caution that are not
 * boilerplate (exchange disclaimers, U.S. legends, not-an-offer paragraphs).
 * Sentence by sentence, since a closing paragraph often ends with the U.S.
 * paragraph while its first sentence states the hold period.
 */
export function ownSentences(sentences: Sentence[], caution: Block[]): Sentence[] {
  const inCaution = new Set(caution)
  return sentences.filter((sentence) => !inCaution.has(sentence.block) && !BOILERPLATE.test(sentence.norm.text))
}
