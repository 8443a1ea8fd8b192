/**
 * A look behind of long reach moved after the word it guards ("not", "will"): `(?<!X[^.]{0,120})\bnot` and
 * `\bnot(?<!X[^.]{0,120}not)` find the same, but the first runs its look behind at every position of the text and the
 * second only where the word is (results.ts `NOT_ADJACENT`, topics.ts `WILL_WORD`). A property over texts of the words
 * that matter.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'

const WORDS = ['adjacent', 'nearby', 'not', 'will', 'shall', 'uncertain', 'no certainty', 'indicative', 'of', 'the']
const text = fc
  .array(fc.constantFrom(...WORDS, '.', ';', 'grades', 'x'.repeat(40)), {maxLength: 30})
  .map((w) => w.join(' '))
const all = (re: RegExp, value: string) => [...value.matchAll(re)].map((m) => m.index)

describe('a look behind moved after its word', () => {
  it('finds what the look behind before the word finds', () => {
    const pairs: Array<[RegExp, RegExp]> = [
      [
        /(?<!\b(?:adjacent|neighbou?ring|nearby)\b[^.]{0,120})\bnot (?:\w+ ){0,2}indicative/g,
        /\bnot(?<!\b(?:adjacent|neighbou?ring|nearby)\b[^.]{0,120}not) (?:\w+ ){0,2}indicative/g
      ],
      [
        /\b(?<!\b(?:no certainty|uncertain|not certain)\b[^.;]{0,120})(?:will|shall)\b/g,
        /\b(?:will|shall)(?<!\b(?:no certainty|uncertain|not certain)\b[^.;]{0,120}(?:will|shall))\b/g
      ]
    ]
    fc.assert(
      fc.property(text, (value) => {
        for (const [before, after] of pairs) expect(all(after, value)).toEqual(all(before, value))
      }),
      {numRuns: 500}
    )
  })
})
