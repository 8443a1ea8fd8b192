/**
 * Sentence splitting (src/model/sentences.ts) gives ICU only the parts of a text where a sentence could end: its
 * segments are ICU's own, checked on random text with abbreviations, decimals, quotes and French.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {mayCutWithin, segments, sentenceBounds} from '../src/model/sentences.js'

const icu = new Intl.Segmenter('en', {granularity: 'sentence'})
const icuSegments = (text: string) => [...icu.segment(text)].map(({index, segment}) => ({index, segment}))
const ours = (text: string) => [...segments(text)].map(({index, segment}) => ({index, segment}))

/** Every character `mayCutWithin` lets through without ICU. */
const quiet: string[] = []
for (let code = 0; code <= 0xffff; code++) {
  const char = String.fromCharCode(code)
  if (!mayCutWithin(char, 0, 1)) quiet.push(char)
}

describe('sentence splitting', () => {
  it('lets through only characters that never end a sentence for ICU, in any neighbourhood', () => {
    expect(quiet.length).toBeGreaterThan(500)
    expect(quiet).not.toContain('!')
    expect(mayCutWithin('2.5', 0, 3)).toBe(false)
    expect(mayCutWithin('e.g', 0, 3)).toBe(true)
    for (const char of quiet) {
      for (const text of [`Ab${char} Cd`, `ab ${char}Cd`, char, `A${char}${char} B`, `1${char}2 x`, `"${char}" (Z)`]) {
        expect(icuSegments(text), `U+${char.charCodeAt(0).toString(16)} in ${JSON.stringify(text)}`).toHaveLength(1)
      }
    }
  })

  it('gives the segments ICU gives (property)', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        'Mr. ',
        'Mr. Robert Pease',
        ' P.Eng. is',
        'Corp. (TSXV',
        'grades 2.5 g/t Au',
        ' 2,1 g/t éq. Au',
        '! ',
        '? ',
        'The',
        ' drill',
        ' results.',
        ' Le forage.',
        ' « Il dit. » ',
        '"Quoted." ',
        'Sept. 3',
        ' J. ',
        'D.J. Smith',
        'U.S. ',
        'e.g. the',
        ' ltée',
        '\u00a0',
        '\u2014',
        '\u2019',
        'a',
        ' ',
        '  ',
        'Inc.',
        ')',
        '(',
        '.',
        '..',
        'x',
        'A',
        '5',
        '.5',
        '3.',
        '\u201c',
        '\u2026',
        '\u2024',
        '\u2029',
        '\t',
        '?!',
        '." ',
        '.) A'
      ),
      fc.string({maxLength: 4})
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 40}), (parts) => {
        const text = parts.join('')
        expect(ours(text)).toEqual(icuSegments(text))
      }),
      {numRuns: 3000}
    )
  })

  it('ends a sentence after a web address whose last label is an abbreviation, not after the abbreviation', () => {
    const sentences = (text: string) => sentenceBounds(text).map(([from, to]) => text.slice(from, to))
    expect(
      sentences('The report is filed on SEDAR+ at www.sedarplus.ca. The Company expects to drill in May.')
    ).toEqual(['The report is filed on SEDAR+ at www.sedarplus.ca.', 'The Company expects to drill in May.'])
    expect(sentences('See the website at orebank.co. Readers are cautioned.')).toHaveLength(2)
    // The same words as abbreviations still do not end a sentence.
    expect(sentences('Drilled ca. May 2024 by Orebank Co. Ltd. and Mr. Vale.')).toHaveLength(1)
  })

  it.each(['14 févr. 2024', '3 janv. 2025', '9 avr. 2026', '2 juil. 2026', '9 déc. 2025', '9 DÉC. 2025'])(
    'a French dateline’s abbreviated month does not end its sentence: %s',
    (date) => {
      const text = `ROUYN-NORANDA, Québec, ${date} (GLOBE NEWSWIRE) -- Mines Héron inc. annonce un forage.`
      expect(sentenceBounds(text)).toHaveLength(1)
    }
  )
})
