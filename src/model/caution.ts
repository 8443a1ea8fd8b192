/**
 * The forward-looking information caution (NI 51-102 s.4A.3): each paragraph
 * that speaks of forward-looking information, with the paragraphs that
 * continue it (risks, assumptions, updating), under a "Forward-Looking
 * Statements" heading or not.
 */
import type {Block} from './document.js'
import {LIMITS} from './vocabulary.js'

export const MENTIONS_FLI = /forward-? ?looking/
/**
 * What continues a caution: its elements in any of the usual words ("actual results … could vary", "there can
 * be no assurance", "not a guarantee of future performance", "readers should not rely").
 */
const CONTINUES = new RegExp(
  [
    'forward-? ?looking',
    String.raw`\brisks?\b`,
    'assum',
    'differ materially',
    String.raw`\b(?:differ|vary)\b`,
    'materially different',
    'uncertaint',
    'undue reliance',
    String.raw`\b(?:should|must) not (?:place )?(?:rely|reliance)`,
    String.raw`\bupdat(?:e|ing)\b`,
    String.raw`\brevis(?:e|ing)\b`,
    'actual results',
    'no assurance',
    String.raw`not (?:a )?guarantees? of`,
    'cautionary'
  ].join('|')
)

/** The caution's blocks, in order. */
export function findCaution(blocks: Block[]): Block[] {
  const caution: Block[] = []
  let inside = false
  for (const block of blocks) {
    const text = block.norm.text
    if (block.kind === 'heading' || text.length < LIMITS.shortLine) {
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
