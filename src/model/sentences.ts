/**
 * Where the sentences of a paragraph's text start and end (ICU, with the
 * ends ICU gets wrong joined back). Works on plain strings: the document
 * turns the bounds into sentences with source spans.
 */

// Sentence bounds come from ICU (Intl.Segmenter, built into Node): fast and
// well kept. ICU ends a sentence after every period followed by a capital, so
// boundaries after honorifics, initials, designations and company suffixes
// ("Mr. Robert Pease", "P.Eng. is", "Corp. (TSXV") are joined back.
const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'})
const NOT_AN_END =
  /(?:\b(?:mr|ms|mrs|dr|prof|sr|jr|st|no|nos|inc|corp|ltd|co|ltée|ltee|approx|ca|vs|etc|e\.g|i\.e|u\.s|p\.geo|p\.eng|p\.geol|p\.geoph|ph\.d|m\.sc|b\.sc|geo|eng|pr\.sci\.nat|pr\.eng|q\.p|p\.g|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ave|blvd|rd|cdn|figs?|vol|est|op|cit)|(?:^|[\s(])[a-z])\.["')\]]?$/i

/**
 * ICU's segments of `text`. ICU's iterator slows down with the length of the
 * string it walks, so a long paragraph is cut into pieces of about 2,000
 * characters at a period and a space first (a cut ICU would make too).
 */
function* segments(text: string): Generator<{index: number; segment: string}> {
  let from = 0
  while (from < text.length) {
    let to = text.length
    if (to - from > 2000) {
      const boundary = /[.!?]["')\]]? +(?=["(\u201C]?[A-Z])/g
      boundary.lastIndex = from + 2000
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
    if (previous && (NOT_AN_END.test(flat.slice(Math.max(previous[0], previous[1] - 24), previous[1]).trimEnd()) || /^[a-z]/.test(next))) {
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
