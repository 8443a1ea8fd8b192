/**
 * Text with a map back to the source: every character of `text` knows the
 * offset in the draft it came from, so a match in normalized text can be
 * reported on the exact words a lawyer wrote.
 */

import {pattern} from './pattern.js'

/** A half-open range of source offsets, `[start, end)`. */
export interface Span {
  start: number
  end: number
}

/** A string whose characters each carry their source offset. */
export interface MappedText {
  /** The characters. */
  text: string
  /** `offsets[base + i]` is the source offset of `text[i]` (a sentence shares its block's array). */
  offsets: ArrayLike<number>
  base?: number
}

/** The source offset of character `index` of a mapped text. */
export function offsetAt(mapped: MappedText, index: number): number {
  return mapped.offsets[(mapped.base ?? 0) + index]
}

/**
 * Align a node's value to its source slice: the value of an mdast `text` node
 * drops escapes (`\$`), decodes character references (`&amp;`) and loses the
 * indentation of continuation lines; walk both to map each value character to
 * the source character it came from.
 */
export function alignValue(
  value: string,
  source: string,
  base: number,
  into: Offsets = offsetsFor(value.length)
): Offsets {
  // Written straight into `into` (a block's offsets): no intermediate arrays.
  reserve(into, value.length)
  let j = 0
  for (let k = 0; k < value.length; k++) {
    const char = value[k]
    let at = -1
    // Skip source characters that do not appear in the value.
    while (j < source.length && source[j] !== char) {
      const s = source[j]
      if (s === '\\' && source[j + 1] === char) {
        j++
        break
      }
      if (s === '&') {
        const semi = source.indexOf(';', j)
        if (semi > j && semi - j <= 32) {
          // A character reference: the decoded character sits on its `&`.
          at = base + j
          j = semi + 1
          break
        }
      }
      if (s === ' ' || s === '\t' || s === '\r' || s === '>' || s === '\n') {
        j++
        continue
      }
      // Unknown difference: keep going with a one-to-one guess.
      break
    }
    if (at < 0) {
      at = base + Math.min(j, Math.max(source.length - 1, 0))
      if (j < source.length) j++
    }
    into.array[into.size++] = at
  }
  return into
}

/**
 * Source offsets being written, one per character: a typed array with room to spare (a paragraph's text is never
 * longer than its source), grown if it were; `array.subarray(0, size)` are the offsets written.
 */
export interface Offsets {
  array: Int32Array
  size: number
}

/** Room for about `length` offsets. */
export const offsetsFor = (length: number): Offsets => ({array: new Int32Array(Math.max(length, 8)), size: 0})

/** Make room for `more` offsets after those written. */
export function reserve(offsets: Offsets, more: number): void {
  if (offsets.size + more <= offsets.array.length) return
  const grown = new Int32Array(Math.max(offsets.size + more, offsets.array.length * 2))
  grown.set(offsets.array.subarray(0, offsets.size))
  offsets.array = grown
}

/** Append one offset. */
export function pushOffset(offsets: Offsets, offset: number): void {
  reserve(offsets, 1)
  offsets.array[offsets.size++] = offset
}

/** The offsets written. */
export const written = (offsets: Offsets): Int32Array => offsets.array.subarray(0, offsets.size)

/** What a non-ASCII character normalizes to: '' drops it, ' ' is white space. */
const SPECIAL = new Map<number, string>()
for (const c of '\u2018\u2019\u201A\u201B\u2032\u0060\u00B4') SPECIAL.set(c.charCodeAt(0), "'")
for (const c of '\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB') SPECIAL.set(c.charCodeAt(0), '"')
for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D') SPECIAL.set(c.charCodeAt(0), '-')
for (const c of '\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A' +
  '\u2028\u2029\u202F\u205F\u3000\u0085\u000B\u000C')
  SPECIAL.set(c.charCodeAt(0), ' ')
// Read as typed: fractions as Word's AutoFormat writes them ("½ of one warrant"), the fraction slash ("1⁄2"), and
// the ligatures a PDF's fonts set and copy keeps ("qualiﬁed", "ﬂow-through", "oﬀering").
for (const [c, typed] of Object.entries({
  '½': '1/2',
  '⅓': '1/3',
  '⅔': '2/3',
  '¼': '1/4',
  '¾': '3/4',
  '⅕': '1/5',
  '⅛': '1/8',
  '\u2044': '/',
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st'
}))
  SPECIAL.set(c.charCodeAt(0), typed)
// Invisible: soft hyphen, zero-width characters, and the direction marks and embeddings copy from PDFs and
// right-to-left-aware editors leaves in words ("or\u200Eachievements").
for (const c of '\u00AD\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2066\u2067\u2068\u2069\uFEFF')
  SPECIAL.set(c.charCodeAt(0), '')

/**
 * Letters of another script that look like Latin ones, as some converters and OCR put them in a Latin word
 * ("Regulаtion" with a Cyrillic "а", "Persоn" with a Cyrillic "о"): read as the Latin letter where a Latin letter
 * stands beside them, never in a word of their own script.
 */
const HOMOGLYPH = new Map<number, number>()
for (const [from, to] of [
  ['\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501', 'aeopcyxijsd'],
  ['\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406\u0408\u0405', 'ABEKMHOPCTXIJS'],
  ['\u03bf\u039f\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u03a1\u03a4\u03a5\u03a7', 'oOABEZHIKMNPTYX']
])
  for (let k = 0; k < from.length; k++) HOMOGLYPH.set(from.charCodeAt(k), to.charCodeAt(k))
const isAsciiLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
/** The Latin letter a look-alike at `i` stands for, in a word with a Latin letter beside it; else -1. */
function latinLookAlike(source: string, i: number, code: number): number {
  const latin = HOMOGLYPH.get(code)
  if (latin === undefined) return -1
  let k = i - 1
  while (k >= 0 && HOMOGLYPH.has(source.charCodeAt(k))) k--
  if (k >= 0 && isAsciiLetter(source.charCodeAt(k))) return latin
  k = i + 1
  while (k < source.length && HOMOGLYPH.has(source.charCodeAt(k))) k++
  return k < source.length && isAsciiLetter(source.charCodeAt(k)) ? latin : -1
}
/** A combining diacritic (U+0300–U+036F): text copied from a PDF on a Mac writes "é" as "e" and U+0301. */
const isCombiningCode = (code: number): boolean => code >= 0x300 && code <= 0x36f

/**
 * The byte Windows-1252 (or Latin-1) writes as character `code`, or -1: the bytes of UTF-8 text read as Windows-1252
 * come back from the characters it shows ("â€™" is E2 80 99).
 */
const CP1252_HIGH =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178'
const CP1252_BYTE = new Map<number, number>()
for (let i = 0; i < CP1252_HIGH.length; i++) CP1252_BYTE.set(CP1252_HIGH.charCodeAt(i), 0x80 + i)
const byteOf = (code: number): number => (code >= 0x80 && code <= 0xff ? code : (CP1252_BYTE.get(code) ?? -1))
const isContinuation = (byte: number): boolean => byte >= 0x80 && byte <= 0xbf
/** The characters that start a sequence `mojibakeAt` reads: Â, Ã, Ä, Å and â (UTF-8's leads C2–C5, E2). */
const MOJIBAKE_LEADS = new Set([0xc2, 0xc3, 0xc4, 0xc5, 0xe2])

/**
 * What UTF-8 read as Windows-1252 ("mojibake": "â€™" for ’, "â€“" for –, "Ã©" for é, "Â" and a no-break space
 * for a no-break space) spelled, when a sequence of it starts at `i`: the character and how many characters of the
 * source spell it. Only the characters such copy garbles in a release: Latin letters and signs (U+00A0–U+017F),
 * punctuation (U+2000–U+206F), the euro and trade mark signs and the minus. The right double quote's last byte
 * (9D) is one Windows-1252 lacks, and copy drops it ("â€Companyâ€"): "â€" before another character is that
 * quote. "Â" before a plain space is a no-break space whose second byte copy made a space.
 */
export function mojibakeAt(source: string, i: number): {code: number; length: number} | undefined {
  const lead = byteOf(source.charCodeAt(i))
  if (lead < 0xc2 || lead > 0xe2) return undefined
  if (lead === 0xc2 && source.charCodeAt(i + 1) === 32) return {code: 0xa0, length: 1}
  const second = byteOf(source.charCodeAt(i + 1))
  if (!isContinuation(second)) return undefined
  if (lead < 0xe0) {
    const code = ((lead & 0x1f) << 6) | (second & 0x3f)
    return code >= 0xa0 && code <= 0x17f ? {code, length: 2} : undefined
  }
  const third = byteOf(source.charCodeAt(i + 2))
  if (!isContinuation(third)) return second === 0x80 ? {code: 0x201d, length: 2} : undefined
  const code = ((lead & 0x0f) << 12) | ((second & 0x3f) << 6) | (third & 0x3f)
  const sign = code === 0x20ac || code === 0x2122 || code === 0x2212
  return (code >= 0x2000 && code <= 0x206f) || sign ? {code, length: 3} : undefined
}

/**
 * A word as typed, where copy changed its characters: accents composed ("e" and U+0301 are "é"), UTF-8 read as
 * Windows-1252 read back ("SociÃ©tÃ©" is "Société"). For looking a word up, not for placing it.
 */
export function asTyped(word: string): string {
  let out = ''
  for (let i = 0; i < word.length; i++) {
    const garbled = MOJIBAKE_LEADS.has(word.charCodeAt(i)) ? mojibakeAt(word, i) : undefined
    if (garbled === undefined) {
      out += word[i]
    } else {
      out += String.fromCharCode(garbled.code)
      i += garbled.length - 1
    }
  }
  return out.normalize('NFC')
}

/** A letter of the alphabets releases are written in (ASCII and Latin-1, either case; not × nor ÷). */
const isLetterCode = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) ||
  code === 0x153 ||
  isLigatureCode(code)
/** A ligature a PDF's fonts set ("ﬁ", "ﬂ", "ﬀ", "ﬃ", "ﬄ", "ﬅ", "ﬆ"): lower-case letters, in a word or opening its next line. */
const isLigatureCode = (code: number): boolean => code >= 0xfb00 && code <= 0xfb06
const isLowerCode = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 0xdf && code <= 0xff && code !== 0xf7) ||
  code === 0x153 ||
  isLigatureCode(code)
const isUpperCode = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7)

/** A word's last character, before bold marks that join it to the next word ("at**$0.05"): a letter, a digit, "%", ")". */
const joinsBefore = (code: number): boolean => isLetterCode(code) || isDigitCode(code) || code === 37 || code === 41
/** A word's first character, after such marks ("0.05**per", "%**U3O8"): a letter, a digit, "$", "(". */
const joinsAfter = (code: number): boolean => isLetterCode(code) || isDigitCode(code) || code === 36 || code === 40

/**
 * Abbreviations read as the word they stand for, with the rest of the word where the period was ("approx. 85%" is read
 * "approximately 85%", "incl. 21.7 g/t" "including 21.7 g/t"): what is said of the word is said of its abbreviation,
 * and its period ends no `[^.]` gap of a pattern looking past it ("intervals represent approx. 85% of the true width").
 * Only inside a sentence (a word, a figure or a bracket after it on the same line): a sentence splitter that reads
 * these as abbreviations does not end a sentence there either.
 */
const ABBREVIATED_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['approx', 'imately'],
  ['incl', 'uding'],
  ['excl', 'uding']
]

const ADDRESS_PART = new Set([46, 47, 64, 45, 95])

/** The rest of the word the abbreviation written just before a period at `i` stands for, or undefined. */
function abbreviationGoesOn(source: string, i: number, codes: Uint16Array, size: number): string | undefined {
  let j = i + 1
  while (j < source.length && j - i <= 2 && (source.charCodeAt(j) === 32 || source.charCodeAt(j) === 0xa0)) j++
  const next = source.charCodeAt(j)
  if (!(isLetterCode(next) || isDigitCode(next) || next === 36 || next === 40 || next === 126)) return undefined
  for (const [word, rest] of ABBREVIATED_WORDS) {
    const from = size - word.length
    // Its own word: not the end of a longer one, nor a part of an address ("www.approx.ca", "info@incl.com").
    if (from < 0 || (from > 0 && (isLetterCode(codes[from - 1]) || ADDRESS_PART.has(codes[from - 1])))) continue
    let same = true
    for (let k = 0; k < word.length && same; k++) same = codes[from + k] === word.charCodeAt(k)
    if (same) return rest
  }
  return undefined
}

/** The longest word a copy artefact is looked for in (a run of letters read back from a junction). */
const LONGEST_RUN = 24

/**
 * Words a hyphen joins in compounds ("non-brokered", "flow-through", "pre-feasibility", "four-month"), whose hyphen
 * stays when a line break follows it; after any other word the hyphen at a line's end splits a word in syllables
 * ("explo-\nration", "ap-\nproved"), and the word is joined.
 */
export const COMPOUND_FIRST: ReadonlySet<string> = new Set(
  (
    'non flow forward pre post co cut step earn self well world bench after high low over under one two three four ' +
    'five six seven eight nine ten twelve twenty thirty forty fifty half full year true long short mid sub down ' +
    'vice follow drill semi multi anti cross near open up first second third fire wide bulk all on off end top pit ' +
    'mine ultra x gold silver copper zinc lead nickel iron'
  ).split(' ')
)

/** A word's letters in lower case, its ligatures as their letters ("ﬂow" is "flow"). */
const letters = (word: string): string => {
  const lower = word.toLowerCase()
  return LIGATURE.test(lower) ? lower.normalize('NFKC') : lower
}
const LIGATURE = pattern(String.raw`[\ufb00-\ufb06]`)

/** The run of letters of `source` that ends right before `end` (at most `LONGEST_RUN` read). */
function runBefore(source: string, end: number): string {
  let start = end
  while (start > 0 && end - start < LONGEST_RUN && isLetterCode(source.charCodeAt(start - 1))) start--
  return source.slice(start, end)
}

/**
 * Words after a hyphen and a space that show the hyphen is a compound's left hanging ("gold- and silver-bearing",
 * « pré- ou post-clôture »), not a word broken at a line end whose break became a space.
 */
const HANGING = /^(?:and|or|nor|to|et|ou|à|au|aux)(?![a-z\u00e0-\u00ff])/

/**
 * Where the word broken by a hyphen at a line's end goes on (the index of its next letter), when `i` is such a
 * hyphen: a letter before it, only spaces up to the line break, a lower-case letter after it (a PDF's syllables).
 * Copy that made the line break a space ("explo- ration") too, unless the hyphen is a compound's left hanging.
 */
function brokenWordGoesOn(source: string, i: number): number | undefined {
  if (i === 0) return undefined
  // A number broken at its hyphen ("NI 43-⏎101"): the line break goes, the hyphen stays (see `normalize`).
  if (isDigitCode(source.charCodeAt(i - 1))) {
    const j = lineBreakEnd(source, i + 1)
    return j !== undefined && isDigitCode(source.charCodeAt(j)) ? j : undefined
  }
  if (!isLetterCode(source.charCodeAt(i - 1))) return undefined
  let j = i + 1
  while (j < source.length && j - i < 8 && (source[j] === ' ' || source[j] === '\t')) j++
  if (source[j] === '\r') j++
  if (source[j] === '\n') {
    j++
    while (j < source.length && j - i < 16 && (source[j] === ' ' || source[j] === '\t')) j++
  } else if (j !== i + 2 || HANGING.test(source.slice(j, j + 4))) {
    return undefined
  }
  return j < source.length && isLowerCode(source.charCodeAt(j)) ? j : undefined
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57

/** Where "per cent" or "percent" (any case, one space or none) that starts at `i` ends, when it is the whole word. */
function percentWordEnd(source: string, i: number): number | undefined {
  let j = i
  for (const letter of 'per') if ((source.charCodeAt(j++) | 32) !== letter.charCodeAt(0)) return undefined
  if (source.charCodeAt(j) === 32) j++
  for (const letter of 'cent') if ((source.charCodeAt(j++) | 32) !== letter.charCodeAt(0)) return undefined
  return isLetterCode(source.charCodeAt(j)) ? undefined : j
}

/** Where the next line's text starts after the line break at or after `from` (spaces only before it), or undefined. */
function lineBreakEnd(source: string, from: number): number | undefined {
  let j = from
  while (j < source.length && j - from < 8 && (source[j] === ' ' || source[j] === '\t')) j++
  if (source[j] === '\r') j++
  if (source[j] !== '\n') return undefined
  j++
  while (j < source.length && j - from < 24 && (source[j] === ' ' || source[j] === '\t')) j++
  return j
}

/**
 * Whether words run together meet at `i`, a capital after a lower-case letter and before another ("theCompany",
 * "byRobert", "aQualified", "ChiefGeologist"): the word before starts in lower case (two letters or more, or the
 * article "a"), or is a capitalized word of four letters or more. Names and symbols keep their inner capitals
 * ("McEwen", "MacLeod", "LaRonde", "AuEq", "kWh", "mV/V").
 */
function wordsRunTogether(source: string, i: number): boolean {
  if (i === 0 || i + 1 >= source.length) return false
  if (!isLowerCode(source.charCodeAt(i - 1)) || !isLowerCode(source.charCodeAt(i + 1))) return false
  const before = runBefore(source, i)
  if (isLowerCode(before.charCodeAt(0))) return before.length >= 2 || before === 'a'
  return before.length >= 4
}

/**
 * Words a figure follows in a sentence, never a footnote: a space lost before the figure ("over11.0 metres" is
 * read apart from footnotes by its decimals; "from8 metres" is not).
 */
const BEFORE_FIGURES: ReadonlySet<string> = new Set(
  'over from with than into about under within after until approximately nearly roughly'.split(' ')
)

/**
 * Whether the digit at `i` is a footnote's number a PDF set as a superscript and copy glued to the word it marks
 * ("a Qualified Person1 as defined", "Indicated Mineral Resources2 of 21.6 million tonnes"): one digit, after a
 * word of four letters or more in lower case (its first may be a capital), before a space, a stop or a comma.
 * Names and symbols that end in a figure are not such words ("TR-26", "Li2O", "km2", "U3O8", "March 2026").
 */
function isFootnoteMark(source: string, i: number): boolean {
  const word = runBefore(source, i)
  if (word.length < 4 || word.length === LONGEST_RUN) return false
  const next = source.charCodeAt(i + 1)
  const ends = Number.isNaN(next) || next <= 32 || next === 44 || next === 59 || next === 58 || next === 41
  const stop = next === 46 && !isDigitCode(source.charCodeAt(i + 2))
  if (!ends && !stop) return false
  for (let k = 1; k < word.length; k++) if (!isLowerCode(word.charCodeAt(k))) return false
  const previous = source.charCodeAt(i - word.length - 1)
  return !isDigitCode(previous) && previous !== 45 && !BEFORE_FIGURES.has(letters(word))
}

/** The named character references web copy leaves as text, by name. */
const ENTITIES = new Map<string, number>(
  (
    'nbsp a0 amp 26 quot 22 apos 27 lt 3c gt 3e rsquo 2019 lsquo 2018 rdquo 201d ldquo 201c ndash 2013 mdash 2014 ' +
    'hellip 2026 shy ad bull 2022 middot b7 deg b0 plusmn b1 frac12 bd frac14 bc frac34 be copy a9 reg ae ' +
    'trade 2122 euro 20ac eacute e9 egrave e8 ecirc ea agrave e0 acirc e2 ccedil e7 ocirc f4 icirc ee ucirc fb ' +
    'ugrave f9 Eacute c9 Egrave c8 Agrave c0 Ccedil c7'
  )
    .split(' ')
    .flatMap((name, i, all): Array<[string, number]> => (i % 2 ? [] : [[name, Number.parseInt(all[i + 1], 16)]]))
)
const ENTITY = pattern(String.raw`^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));`)

/**
 * A character reference copy from a web page left as text ("four months&nbsp;and one day" where the page's source
 * held "&amp;nbsp;", "&rsquo;", "&#8217;"), when one starts at `i`: the character and the index of its ";".
 */
export function entityAt(source: string, i: number): {code: number; end: number} | undefined {
  const match = ENTITY.exec(source.slice(i, i + 12))
  if (!match) return undefined
  const code = match[3] ? ENTITIES.get(match[3]) : Number.parseInt(match[1] ?? match[2], match[1] ? 10 : 16)
  if (code === undefined || code < 32 || code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) return undefined
  return {code, end: i + match[0].length - 1}
}

/** Normalized text, with where each input character's output starts (`starts[i]`, and `starts[length]`). */
export interface Normalized extends MappedText {
  starts: Int32Array
}

/**
 * Normalize text for matching: smart quotes to ASCII, dash variants to `-`,
 * fraction characters to digits ("½" to "1/2"),
 * non-breaking and other spaces (and line breaks) to one space, invisible
 * characters dropped, everything lower case. Copy artefacts are undone: a word
 * hyphenated at a line's end (a PDF's "explo-\nration", or "explo- ration" once
 * the break became a space) is joined, a compound's keeps its hyphen ("non-\nbrokered"); words run together ("theCompany") are
 * split where a capital starts the second. The result keeps a source
 * offset per character, so a match maps back to the draft. One pass over
 * character codes: this runs on every paragraph of every draft.
 */
export function normalize(input: MappedText): Normalized {
  const source = input.text
  const length = source.length
  // Typed arrays: one allocation each, not scanned or copied by the young-generation GC.
  let codes = new Uint16Array(length + 8)
  let offsets = new Int32Array(length + 8)
  const starts = new Int32Array(length + 1)
  let size = 0
  const put = (code: number, offset: number) => {
    if (size === codes.length) {
      // `toLowerCase` lengthened characters (İ): grow.
      const moreCodes = new Uint16Array(codes.length * 2)
      moreCodes.set(codes)
      codes = moreCodes
      const moreOffsets = new Int32Array(offsets.length * 2)
      moreOffsets.set(offsets)
      offsets = moreOffsets
    }
    codes[size] = code
    offsets[size] = offset
    size++
  }
  let pendingSpace = false
  for (let i = 0; i < length; i++) {
    starts[i] = size
    let origin = i
    let code = source.charCodeAt(i)
    if (code === 38) {
      const entity = entityAt(source, i)
      if (entity !== undefined) {
        // A character reference left as text by copy from a web page: read as the character, at its "&".
        for (let k = i + 1; k <= entity.end; k++) starts[k] = size
        i = entity.end
        code = entity.code
      }
    }
    let replacement: string | undefined
    if (code < 128) {
      if (code === 32 || code === 9 || code === 10 || code === 13) {
        pendingSpace = size > 0
        continue
      }
      if (code === 46 && !pendingSpace && size > 3) {
        const rest = abbreviationGoesOn(source, i, codes, size)
        if (rest !== undefined) {
          const offset = offsetAt(input, i)
          for (let k = 0; k < rest.length; k++) put(rest.charCodeAt(k), offset)
          continue
        }
      }
      if (code === 42 && source.charCodeAt(i + 1) === 42) {
        // Bold marks Markdown left as text, where a stray space inside them keeps them from pairing ("**1.65% **U3O8",
        // "at**$0.05** per share"): no characters of the release. Read as nothing, or as the space between the words
        // they join. A single "*" (a footnote's mark, a bullet) stays.
        let end = i
        while (source.charCodeAt(end) === 42) end++
        for (let k = i + 1; k < end; k++) starts[k] = size
        if (joinsBefore(source.charCodeAt(i - 1)) && joinsAfter(source.charCodeAt(end))) pendingSpace = size > 0
        i = end - 1
        continue
      }
      if (code === 45 && source.charCodeAt(i + 1) <= 32) {
        const next = brokenWordGoesOn(source, i)
        if (next !== undefined) {
          // The line break goes; the hyphen too, unless the word before is a compound's first.
          const before = source.charCodeAt(i - 1)
          if (isDigitCode(before) || COMPOUND_FIRST.has(letters(runBefore(source, i)))) put(45, offsetAt(input, i))
          for (let k = i + 1; k < next; k++) starts[k] = size
          i = next - 1
          continue
        }
      }
      if ((code === 112 || code === 80) && size > 0 && isDigitCode(codes[size - 1])) {
        const end = percentWordEnd(source, i)
        if (end !== undefined) {
          // "0.62 per cent Cu", "7 percent": a figure's percent sign in words, read as the sign ("0.62% cu").
          for (let k = i + 1; k < end; k++) starts[k] = size
          pendingSpace = false
          put(37, offsetAt(input, i))
          i = end - 1
          continue
        }
      }
      // A footnote's mark follows a word's lower-case letter (checked first: most digits follow a digit or a space).
      if (
        code > 48 &&
        code <= 57 &&
        !pendingSpace &&
        isLowerCode(source.charCodeAt(i - 1)) &&
        isFootnoteMark(source, i)
      )
        continue
      if (code >= 65 && code <= 90) {
        if (!pendingSpace && wordsRunTogether(source, i)) pendingSpace = true
        code += 32
      } else if (code === 96) code = 39
    } else {
      const garbled = MOJIBAKE_LEADS.has(code) ? mojibakeAt(source, i) : undefined
      if (garbled !== undefined) {
        // The characters that spelled it: read as the one they spell, at the first one's offset.
        origin = i
        for (let k = 1; k < garbled.length; k++) starts[i + k] = size
        i += garbled.length - 1
        code = garbled.code
      }
      if (code === 0xad) {
        // A soft hyphen where the line was wrapped ("vér\u00AD⏎ifié", as plain-text export and some PDFs write an optional
        // hyphen a wrap used): the word goes on past the line break, as after a hyphen there; elsewhere it is nothing.
        const next = isLetterCode(source.charCodeAt(i - 1)) ? lineBreakEnd(source, i + 1) : undefined
        if (next !== undefined && isLowerCode(source.charCodeAt(next))) {
          for (let k = i + 1; k < next; k++) starts[k] = size
          i = next - 1
        }
        continue
      }
      if (isCombiningCode(code)) {
        // Composed with the letter before it ("e" and U+0301 are "é"); one that composes with none is dropped.
        if (size > 0 && !pendingSpace) {
          const composed = String.fromCharCode(codes[size - 1], code).normalize('NFC')
          if (composed.length === 1) codes[size - 1] = composed.charCodeAt(0)
        }
        continue
      }
      // Full-width forms, as an East Asian input method or site types them ("(TSXV： ABC)", "５０%"): their ASCII.
      if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
      if (code >= 0x370 && code <= 0x501) {
        const latin = latinLookAlike(source, i, code)
        if (latin >= 0) code = latin
      }
      replacement = SPECIAL.get(code)
      if (replacement === ' ') {
        pendingSpace = size > 0
        continue
      }
      if (replacement === '') continue
      if (replacement === undefined) {
        if (!pendingSpace && isUpperCode(code) && wordsRunTogether(source, i)) pendingSpace = true
        const lower = String.fromCharCode(code).toLowerCase()
        if (lower.length === 1) code = lower.charCodeAt(0)
        else replacement = lower
      } else if (replacement.length === 1) {
        code = replacement.charCodeAt(0)
        replacement = undefined
      } else if (!pendingSpace && size > 0 && isDigitCode(codes[size - 1])) {
        // A fraction after a whole number ("1½"): "1 1/2", not "11/2".
        pendingSpace = true
      }
    }
    const offset = offsetAt(input, origin)
    if (pendingSpace) {
      put(32, offset - 1 >= 0 ? offset - 1 : offset)
      pendingSpace = false
    }
    if (replacement === undefined) {
      put(code, offset)
    } else {
      // One offset for each character of a lengthened one.
      for (let j = 0; j < replacement.length; j++) put(replacement.charCodeAt(j), offset)
    }
  }
  starts[length] = size
  return {text: utf16.decode(codes.subarray(0, size)), offsets: offsets.subarray(0, size), starts}
}

const utf16 = new TextDecoder('utf-16le')

/** The source span of `[from, to)` in a mapped text. */
export function spanOf(mapped: MappedText, from: number, to: number): Span {
  const length = mapped.text.length
  if (length === 0) return {start: 0, end: 0}
  const first = Math.min(Math.max(from, 0), length - 1)
  const last = Math.min(Math.max(to - 1, first), length - 1)
  return {start: offsetAt(mapped, first), end: offsetAt(mapped, last) + 1}
}

/** A word of normalized text, and the space after it, before the next word. */
const WORD_THEN_SPACE = /(?<![a-zà-ÿ])[a-zà-ÿ]+ (?=[a-zà-ÿ])/g

/**
 * Normalized text with the spaces copy put inside a word taken out ("infor mation", "capital ization", "opér
 * ation"): a space goes where the letters either side of it, read together, hold one of `stems` across it. For
 * asking whether a statement's element is there, not where: the text it returns is shorter, with no map back.
 */
export function rejoined(text: string, stems: readonly string[]): string {
  let out = ''
  let from = 0
  WORD_THEN_SPACE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = WORD_THEN_SPACE.exec(text))) {
    const space = match.index + match[0].length - 1
    const left = match[0].slice(0, -1)
    const right = /^[a-zà-ÿ]*/.exec(text.slice(space + 1, space + 1 + 40))![0]
    // The last letters of one word and the first of the next, one fewer than the stem each: a stem found there
    // spans the space.
    const across = (stem: string) => (left.slice(1 - stem.length) + right.slice(0, stem.length - 1)).includes(stem)
    if (stems.some(across)) {
      out += text.slice(from, space)
      from = space + 1
    }
  }
  return out + text.slice(from)
}
