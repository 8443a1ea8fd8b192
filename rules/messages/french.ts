/**
 * French typography for messages about French words: quotes « » with no-break spaces, and the apostrophe the
 * draft itself uses in `expected` fixes (a fix pasted into a draft written with ' keeps ').
 */
import type {Model} from '../../src/model/model.js'

/** « words », with no-break spaces inside the quotes. */
export const guillemets = (words: string): string => `«\u00a0${words}\u00a0»`

/** `text` with the apostrophes of the draft: typographic (’) unless the draft writes straight ones (') more. */
export function withApostrophes(model: Model, text: string): string {
  let straight = 0
  let curly = 0
  for (const char of model.value) {
    if (char === "'") straight++
    else if (char === '\u2019') curly++
  }
  return straight > curly ? text.replace(/\u2019/g, "'") : text
}
