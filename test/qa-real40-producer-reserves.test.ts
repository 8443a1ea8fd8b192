/**
 * QA round real40: a producer's quarter that reports its mine's output ("Tern Lake produced 45,800 ounces of gold in
 * the fourth quarter") and announces, in another paragraph, when it will publish its "updated Mineral Reserves": the
 * reserves of a mine at work, as a paragraph about production already made them, not reserves claimed without a
 * study (NI 43-101 s.2.2(a)). A past producer's history ("produced 1.2 million ounces between 1985 and 1999") makes no
 * release a producer's. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mining-terminology', text + '\n')).messages.map(format)

const release = (output: string) =>
  [
    'TORONTO, Jan. 12, 2026 – Castellan Gold Inc. (TSX: CGI) ("Castellan") today reported its preliminary results.',
    '',
    output,
    '',
    'Castellan will report its full 2025 results, and its 2026 guidance and updated Mineral Reserves and Mineral ' +
      'Resources, on February 19, 2026.'
  ].join('\n')

const RESERVES = /Unexpected “updated Mineral Reserves”/

describe("mining-terminology: a producer's reserves named apart from its output", () => {
  it.each([
    'Tern Lake produced 45,800 ounces of gold in the fourth quarter and a record 171,300 ounces in 2025.',
    'Gold production of 104,220 ounces in the third quarter was 9% higher than in the second.'
  ])('a mine at work: %s', async (output) => {
    expect(await found(release(output))).toEqual([])
  })

  it("a past producer's history makes no producer", async () => {
    const output = 'The historical Tern Lake mine produced 1.2 million ounces of gold between 1985 and 1999.'
    expect(await found(release(output))).toEqual([expect.stringMatching(RESERVES)])
  })
})
