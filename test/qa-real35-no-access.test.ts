/**
 * QA round real35: a royalty holder's QP who has not verified the operator's data says why by the access the holder
 * lacks: "Mr. Renner has not verified the underlying data, as Castellan has no access to them." The reason was read
 * only after "as it", "as the" and the like, so the holder's own name hid it (NI 43-101 s.3.2(c)). Invented issuer,
 * our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('data-verification', text + '\n')).messages.map(format)

const release = (verification: string) =>
  [
    'Tamsworth Royalties Reports Reserve Growth at the Kiowa Flats Mine',
    '',
    'TORONTO, March 30, 2027 -- Tamsworth Royalties Inc. (TSX: TMR) reports that the operator of the Kiowa Flats mine, ' +
      'on which it holds a 1.5% NSR royalty, has published Probable Mineral Reserves of 48.2 million tonnes grading ' +
      '0.86 g/t gold (1.33 million ounces), effective December 31, 2026.',
    '',
    'Ruth Calloway, P.Eng., Vice President, Technical of Tamsworth and a qualified person under NI 43-101, has ' +
      `reviewed and approved the technical information in this release. ${verification}`
  ].join('\n')

const WHY = /Missing why the data were not verified/

describe('data-verification: no access to the data is why they were not verified', () => {
  it.each([
    'Ms. Calloway has not verified the underlying data, as Tamsworth has no access to them.',
    'Ms. Calloway has not verified the data, because Tamsworth does not have access to the property or its records.',
    'Ms. Calloway has not verified the data, having been without access to the drill core.'
  ])('says why: %s', async (verification) => {
    expect(await found(release(verification))).not.toEqual(expect.arrayContaining([expect.stringMatching(WHY)]))
  })

  it('a bare "has not verified" still lacks the reason', async () => {
    const text = release('Ms. Calloway has not verified the underlying data.')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(WHY)]))
  })
})
