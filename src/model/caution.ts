/**
 * The forward-looking information caution (NI 51-102 s.4A.3): each paragraph
 * that speaks of forward-looking information, with the paragraphs that
 * continue it (risks, assumptions, updating), under a "Forward-Looking
 * Statements" heading or not.
 */
import type {Block} from './document.js'
import {LIMITS} from './vocabulary.js'

export const MENTIONS_FLI = /forward-? ?looking/
const CONTINUES =
  /forward-? ?looking|\brisks?\b|assum|differ materially|uncertaint|undue reliance|\bupdate\b|actual results|no assurance|cautionary/

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
