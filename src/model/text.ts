/**
 * Text with a map back to the source: every character of `text` knows the
 * offset in the draft it came from, so a match in normalized text can be
 * reported on the exact words a lawyer wrote.
 */

/** A half-open range of source offsets, `[start, end)`. */
export interface Span {
  start: number
  end: number
}

/** A string whose characters each carry their source offset. */
export interface MappedText {
  /** The characters. */
  text: string
  /** `offsets[i]` is the source offset of `text[i]`. */
  offsets: number[]
}

/**
 * Align a node's value to its source slice: the value of an mdast `text` node
 * drops escapes (`\$`), decodes character references (`&amp;`) and loses the
 * indentation of continuation lines; walk both to map each value character to
 * the source character it came from.
 */
export function alignValue(value: string, source: string, base: number): number[] {
  const offsets: number[] = new Array(value.length)
  let j = 0
  for (let i = 0; i < value.length; i++) {
    const char = value[i]
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
          offsets[i] = base + j
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
    if (offsets[i] !== undefined) continue
    offsets[i] = base + Math.min(j, Math.max(source.length - 1, 0))
    if (j < source.length) j++
  }
  return offsets
}

const QUOTE_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/
const QUOTE_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/
const DASH = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/
const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]/
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/

/**
 * Normalize text for matching: smart quotes to ASCII, dash variants to `-`,
 * non-breaking and other spaces (and line breaks) to one space, invisible
 * characters dropped, everything lower case. The result keeps a source
 * offset per character, so a match maps back to the draft.
 */
export function normalize(input: MappedText): MappedText {
  let text = ''
  const offsets: number[] = []
  let pendingSpace = false
  for (let i = 0; i < input.text.length; i++) {
    let char = input.text[i]
    if (INVISIBLE.test(char)) continue
    if (SPACE.test(char)) {
      pendingSpace = text.length > 0
      continue
    }
    if (QUOTE_SINGLE.test(char)) char = "'"
    else if (QUOTE_DOUBLE.test(char)) char = '"'
    else if (DASH.test(char)) char = '-'
    else char = char.toLowerCase()
    if (pendingSpace) {
      text += ' '
      offsets.push(input.offsets[i] - 1 >= 0 ? input.offsets[i] - 1 : input.offsets[i])
      pendingSpace = false
    }
    // `toLowerCase` can lengthen a character (İ); keep one offset each.
    for (const c of char) {
      text += c
      offsets.push(input.offsets[i])
    }
  }
  return {text, offsets}
}

/** The source span of `[from, to)` in a mapped text. */
export function spanOf(mapped: MappedText, from: number, to: number): Span {
  if (mapped.offsets.length === 0) return {start: 0, end: 0}
  const first = Math.min(Math.max(from, 0), mapped.offsets.length - 1)
  const last = Math.min(Math.max(to - 1, first), mapped.offsets.length - 1)
  return {start: mapped.offsets[first], end: mapped.offsets[last] + 1}
}
