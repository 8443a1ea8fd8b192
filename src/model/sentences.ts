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
import {pattern} from './pattern.js'

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
  'sept',
  // French, as GlobeNewswire's French datelines write them ("14 févr. 2024", "9 déc. 2025").
  'janv',
  'févr',
  'avr',
  'juil',
  'juill',
  'déc'
]
/**
 * A candidate sentence end that is an abbreviation or an initial ("… Mr.", "… P.Eng.", "… J.", "… D.J."); not the
 * last label of a web address ("www.sedarplus.ca.", "acme.co."), which ends the sentence like any word.
 */
const NOT_AN_END = pattern(
  String.raw`(?:(?<![.\w])${anyWord(ABBREVIATED)}|(?:^|[\s(])(?:[a-z]\.){0,3}[a-z])\.["')\]]?$`,
  'i'
)

/**
 * A candidate end on an opening parenthesis or bracket, with its opening quote: ICU cuts "… Corp.(“Bolt” or the
 * “Company”)", a space lost by copy, after the "(“", which opens what follows; no sentence ends there.
 */
const OPENED_AT_END = pattern(String.raw`[([]["'\u201C\u2018\u00AB]?$`)

/** A French metal equivalent abbreviation before its metal ("2,1 g/t éq. Au", "0,8 % éq. Cu"): not an end. */
const EQUIVALENT_END = /(?:^|[\s(])[ée]q\.$/i
const EQUIVALENT_METAL = /^(?:Au|Ag|Cu|Zn|Pb|Ni|Co|Mo|Pt|Pd|Li|Sb|Sn|U3O8)(?![A-Za-z\u00c0-\u00ff])/

/** A cut ICU would make too: a period (or ! or ?) and a space before a capital. */
const BOUNDARY = /[.!?]["')\]]? +(?=["(\u201C]?[A-Z])/g
/** How far past a piece's length a cut is looked for; a paragraph longer than that without one is not prose. */
const REACH = 20_000
/** Pieces of text with no such cut in reach: ICU's cost grows with the string times its segments (`<!<!<!…`). */
const FALLBACK_PIECE = 500

/**
 * ICU's segments of `text`. ICU's iterator slows down with the length of the
 * string it walks, so a long paragraph is cut into pieces of about 2,000
 * characters at a period and a space first (a cut ICU would make too). The
 * cut is looked for within a bounded reach (each character is searched once);
 * text with none in reach (not prose: a pasted table, a run of "!") is cut
 * into short pieces after a space or a stop, or anywhere.
 */
export function* segments(text: string): Generator<{index: number; segment: string}> {
  let from = 0
  // Text from a piece's end up to here holds no cut.
  let searched = 0
  while (from < text.length) {
    let to = text.length
    if (to - from > LIMITS.segmentPiece) {
      const start = from + LIMITS.segmentPiece
      const end = start + REACH
      const window = Math.max(start, searched - 8)
      BOUNDARY.lastIndex = 0
      const match = searched >= end ? null : BOUNDARY.exec(text.slice(window, end))
      if (match) {
        to = window + match.index + match[0].length
        searched = 0
      } else if (end < text.length || searched > 0) {
        searched = end
        to = fallbackCut(text, from)
      }
    }
    yield* pieceSegments(text.slice(from, to), from)
    from = to
  }
}

/** A cut ICU makes for sure (see BOUNDARY), looked for in a piece: ICU restarts there as at a string's start. */
const SURE = pattern(BOUNDARY.source, 'g')

/**
 * ICU's segments of a piece: it is cut at the cuts ICU makes for sure (a stop and a space before a capital), and
 * only the parts with another possible end inside are given to ICU; a part with none is one segment.
 */
function* pieceSegments(piece: string, base: number): Generator<{index: number; segment: string}> {
  SURE.lastIndex = 0
  let start = 0
  while (start < piece.length) {
    const match = SURE.exec(piece)
    const inner = match ? match.index : lastEnd(piece, start)
    const end = match ? match.index + match[0].length : piece.length
    if (mayCutWithin(piece, start, inner)) {
      for (const {index, segment} of segmenter.segment(piece.slice(start, end))) {
        yield {index: base + start + index, segment}
      }
    } else yield {index: base + start, segment: piece.slice(start, end)}
    start = end
  }
}

/**
 * Where the stops that end a piece start ("… 2025.", "… ? »" is not: only ASCII closing quotes and brackets): ICU
 * ends no sentence inside a run of stops, their closing quotes and spaces, and the text ends after them.
 */
function lastEnd(piece: string, from: number): number {
  let at = piece.length
  while (at > from && piece.charCodeAt(at - 1) === 0x20) at--
  const closes = at
  while (at > from && closes - at < 2 && '"\')]'.includes(piece[at - 1])) at--
  const stops = at
  while (at > from && '.!?'.includes(piece[at - 1])) at--
  return at < stops ? at : piece.length
}

/**
 * Whether ICU could end a sentence after a character of `text` in `[from, to)`: false only when each is one that
 * never ends a sentence (printable ASCII but '!', '?' and a '.' not before a digit; the tab; Latin-1 and Latin
 * Extended letters and signs; dashes, quotes and bullets U+2010–U+2023). Other characters (line and paragraph
 * separators, other scripts' stops, U+2024 '․') may.
 */
export function mayCutWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x20 && code < 0x7f) {
      if (code === 0x21 || code === 0x3f) return true
      if (code === 0x2e) {
        // ICU does not end a sentence at a period right before a digit ("2.5").
        const next = text.charCodeAt(i + 1)
        if (!(next >= 0x30 && next <= 0x39)) return true
      }
    } else if (code !== 0x09 && !(code >= 0xa0 && code <= 0x24f) && !(code >= 0x2010 && code <= 0x2023)) return true
  }
  return false
}

/** Where a piece of text without a cut in reach ends: after its last space or stop, or at its length. */
function fallbackCut(text: string, from: number): number {
  const piece = text.slice(from, from + FALLBACK_PIECE)
  const last = Math.max(piece.lastIndexOf(' '), piece.lastIndexOf('.'), piece.lastIndexOf('!'), piece.lastIndexOf('?'))
  return from + (last > 0 ? last + 1 : piece.length)
}

/**
 * A "?" or "!" with a space before it, inside a parenthesis still open: a character copy lost ("(GMX ? Bourse de
 * Toronto, G1MN ? Bourses de Francfort)" for dashes), not a question's end.
 */
function lostInParentheses(flat: string, previous: [number, number], end: string): boolean {
  if (!/ [?!]$/.test(end)) return false
  let open = 0
  for (let i = previous[0]; i < previous[1]; i++) {
    if (flat[i] === '(') open++
    else if (flat[i] === ')' && open > 0) open--
  }
  return open > 0
}

/**
 * A figure's decimals written with X's, run into its point ("$0.XX per unit", "C$1.XX"): ICU ends a sentence at a
 * period before a capital even with no space between; this one is a template's figure, not an end.
 */
function xDecimals(flat: string, index: number, next: string): boolean {
  return next.startsWith('X') && flat[index - 1] === '.' && /\d/.test(flat[index - 2] ?? '')
}

/** The `[from, to)` bounds of the sentences of `flat` (text without line breaks), white space trimmed. */
export function sentenceBounds(flat: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = []
  for (const {index, segment} of segments(flat)) {
    const previous = bounds[bounds.length - 1]
    const next = segment.trimStart()
    // Only the end of the previous sentence matters ("… Mr.", "… P.Eng.").
    const end = previous
      ? flat.slice(Math.max(previous[0], previous[1] - LIMITS.abbreviationLookback), previous[1]).trimEnd()
      : ''
    if (
      previous &&
      (NOT_AN_END.test(end) ||
        /^[a-z]/.test(next) ||
        (EQUIVALENT_END.test(end) && EQUIVALENT_METAL.test(next)) ||
        OPENED_AT_END.test(end) ||
        xDecimals(flat, index, next) ||
        lostInParentheses(flat, previous, end))
    ) {
      previous[1] = index + segment.length
    } else {
      bounds.push([index, index + segment.length])
    }
  }
  return trimmedBounds(flat, bounds)
}

/** `bounds` in `text` with the white space at either end of each left out; a bound of white space only, dropped. */
export function trimmedBounds(text: string, bounds: Array<[number, number]>): Array<[number, number]> {
  const trimmed: Array<[number, number]> = []
  for (let [from, to] of bounds) {
    while (from < to && /\s/.test(text[from])) from++
    while (to > from && /\s/.test(text[to - 1])) to--
    if (from < to) trimmed.push([from, to])
  }
  return trimmed
}
