/**
 * Where a line of the text read from a Word draft (word.ts) is in the draft:
 * its paragraph (`¶14`), table row or footnote, and the words it opens with,
 * so that a finding can be found in Word. The map is small (a label and a few
 * words per paragraph) and stays on the file when its text is dropped.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** A paragraph (table row, footnote) of a Word draft: its first line in the text read, its label, its first words. */
export interface WordPlace {
  line: number
  /** `¶14`, `table 2, row 3`, `footnote 1`. */
  label: string
  /** Its opening words, cut with `…`. */
  words: string
}

/** Where the decoder leaves a Word draft's places (in order of `line`). */
export const WORD_PLACES = 'disclosureLintWordPlaces'

/** The place of line `line` in the Word draft `file` was read from (none for other drafts). */
export function wordPlaceOf(file: VFile, line: number): WordPlace | undefined {
  const places = file.data[WORD_PLACES]
  if (!places || places.length === 0) return undefined
  let low = 0
  let high = places.length - 1
  if (line < places[0].line) return places[0]
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (places[middle].line <= line) low = middle
    else high = middle - 1
  }
  return places[low]
}

/** `¶14, “Neither TSX Venture…”`: where `message` is in the Word draft `file` (undefined for other drafts). */
export function wordPlace(file: VFile, message: VFileMessage): string | undefined {
  if (!file.data[WORD_PLACES]) return undefined
  const place = message.place
  const line = place ? ('start' in place ? place.start.line : place.line) : 1
  const found = wordPlaceOf(file, line)
  return found ? `${found.label}, “${found.words}”` : undefined
}
