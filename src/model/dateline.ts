/**
 * The dateline: where the body of a release starts ("VANCOUVER, BC, July 24,
 * 2025 /CNW/ -", "(Newsfile Corp. - …)", or a line holding only the date).
 * What stands above it is the header, where the U.S. legend belongs.
 */
import type {Block} from './model.js'

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
/** A written date: "July 24, 2025", "24 July 2025", "Sept. 3rd, 2026". */
export const DATE = String.raw`(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} ${MONTH},? \d{4})`
const WIRE = String.raw`newsfile corp|globe ?newswire|access ?newswire|accesswire|thenewswire|business ?wire|marketwired|/cnw/|\bcnw\b|newmediawire|news ?direct|prnewswire|/pr newswire/`

const dateOnly = new RegExp(String.raw`^(?:[a-z]+, )?${DATE}\.?$`)
const datelineRe = new RegExp(String.raw`^[^.]{0,120}?(?:${DATE}|${WIRE})`)

/** The first block, in the opening of the release, that is a dateline. */
export function findDateline(blocks: Block[]): Block | undefined {
  const limit = Math.min(blocks.length, 15)
  for (let index = 0; index < limit; index++) {
    const block = blocks[index]
    const text = block.norm.text
    if (dateOnly.test(text)) return block
    if (block.kind !== 'heading' && datelineRe.test(text) && text.length > 60) return block
  }
  return undefined
}
