/**
 * French typography for messages about French words: quotes « » with no-break spaces, and the apostrophe the
 * draft itself uses in `expected` fixes (a fix pasted into a draft written with ' keeps ').
 */
import type {Model} from '../../src/model/model.js'

/** « words », with no-break spaces inside the quotes. */
export const guillemets = (words: string): string => `«\u00a0${words}\u00a0»`

/** Whether the draft writes straight apostrophes (') more than typographic ones (’), read once per draft. */
const straightDrafts = new WeakMap<Model, boolean>()
function writesStraight(model: Model): boolean {
  let straight = straightDrafts.get(model)
  if (straight === undefined) {
    let count = 0
    for (const char of model.value) {
      if (char === "'") count++
      else if (char === '\u2019') count--
    }
    straight = count > 0
    straightDrafts.set(model, straight)
  }
  return straight
}

/**
 * A fix as the draft would write it: French text with the draft's apostrophes (typographic unless it writes
 * straight ones more); English text as it is.
 */
export function asWritten(model: Model, language: string, text: string): string {
  return language === 'fr' && writesStraight(model) ? text.replace(/\u2019/g, "'") : text
}
