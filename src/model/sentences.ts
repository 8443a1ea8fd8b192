/**
 * Where the sentences of a paragraph's text start and end (ICU, with the
 * ends ICU gets wrong joined back). Works on plain strings: the document
 * turns the bounds into sentences with source spans.
 */
import {
  ABBREVIATIONS,
  COMPANY_SUFFIXES,
  DEGREES,
  DOTTED_DESIGNATIONS,
  HONORIFICS,
  LIMITS,
  MONTH_NAMES,
  anyWord
} from './vocabulary.js'

// Sentence bounds come from ICU (Intl.Segmenter, built into Node): fast and
// well kept. ICU ends a sentence after every period followed by a capital, so
// boundaries after honorifics, initials, designations and company suffixes
// ("Mr. Robert Pease", "P.Eng. is", "Corp. (TSXV") are joined back.
const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'})
/** Words that end in a period without ending the sentence; the months' abbreviations ("Sept.") too ("May" is a word). */
const ABBREVIATED = [
  ...HONORIFICS,
  ...COMPANY_SUFFIXES,
  ...ABBREVIATIONS,
  ...DOTTED_DESIGNATIONS,
  ...DEGREES,
  ...MONTH_NAMES.map((name) => name.slice(0, 3).toLowerCase()).filter((month) => month !== 'may'),
  'sept'
]
/** A candidate sentence end that is an abbreviation or an initial ("… Mr.", "… P.Eng.", "… J."). */
const NOT_AN_END = new RegExp(String.raw`(?:\b${anyWord(ABBREVIATED)}|(?:^|[\s(])[a-z])\.["')\]]?$`, 'i')

/**
 * ICU's segments of `text`. ICU's iterator slows down with the length of the
 * string it walks, so a long paragraph is cut into pieces of about 2,000
 * characters at a period and a space first (a cut ICU would make too).
 */
function* segments(text: string): Generator<{index: number; segment: string}> {
  let from = 0
  while (from < text.length) {
    let to = text.length
    if (to - from > LIMITS.segmentPiece) {
      const boundary = /[.!?]["')\]]? +(?=["(\u201C]?[A-Z])/g
      boundary.lastIndex = from + LIMITS.segmentPiece
      const match = boundary.exec(text)
      if (match) to = match.index + match[0].length
    }
    for (const {index, segment} of segmenter.segment(text.slice(from, to))) yield {index: from + index, segment}
    from = to
  }
}

/** The `[from, to)` bounds of the sentences of `flat` (text without line breaks), white space trimmed. */
export function sentenceBounds(flat: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = []
  for (const {index, segment} of segments(flat)) {
    const previous = bounds[bounds.length - 1]
    const next = segment.trimStart()
    // Only the end of the previous sentence matters ("… Mr.", "… P.Eng.").
    if (
      previous &&
      (NOT_AN_END.test(
        flat.slice(Math.max(previous[0], previous[1] - LIMITS.abbreviationLookback), previous[1]).trimEnd()
      ) ||
        /^[a-z]/.test(next))
    ) {
      previous[1] = index + segment.length
    } else {
      bounds.push([index, index + segment.length])
    }
  }
  const trimmed: Array<[number, number]> = []
  for (let [from, to] of bounds) {
    while (from < to && /\s/.test(flat[from])) from++
    while (to > from && /\s/.test(flat[to - 1])) to--
    if (from < to) trimmed.push([from, to])
  }
  return trimmed
}
