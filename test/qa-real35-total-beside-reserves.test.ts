/**
 * QA round real35: a producer's paragraph that states its reserves first, then Measured and Indicated and Inferred
 * resources, "for total Mineral Resources of 1,680,000 ounces of gold" — Inferred added to the other categories
 * (NI 43-101 s.2.2(c)). The total was checked against every figure of the paragraph, the reserves' among them, and
 * passed. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (total: string) =>
  [
    'Wexcombe Gold Updates Reserves and Resources at the Orrell Mine',
    '',
    'TORONTO, Ontario, February 22, 2027 - Wexcombe Gold Inc. (TSX: WXG) reports Mineral Reserves and Mineral ' +
      'Resources at its Orrell underground mine with an effective date of December 31, 2026.',
    '',
    'Probable Mineral Reserves are estimated at 3.60 million tonnes grading 5.90 g/t gold, containing 683,000 ounces. ' +
      'Measured and Indicated Mineral Resources, inclusive of Mineral Reserves, are estimated at 5.10 million tonnes ' +
      `grading 6.40 g/t gold (1,050,000 ounces), and Inferred Mineral Resources at 3.10 million tonnes grading 6.32 ` +
      `g/t gold (630,000 ounces)${total}.`,
    '',
    'The estimates use US$2,000 per ounce gold for reserves and US$2,400 per ounce for resources, a cut-off grade of ' +
      '3.0 g/t gold and a recovery of 95%. Mineral Resources that are not Mineral Reserves do not have demonstrated ' +
      'economic viability.'
  ].join('\n')

const SUM = /Unexpected Inferred resources added to Measured and Indicated/

describe('mineral-resource: a total of the resource categories beside the reserves', () => {
  it('the total of M&I and Inferred is a sum', async () => {
    const text = release(', for total Mineral Resources of 1,680,000 ounces of gold')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(SUM)]))
  })

  it('no total, no sum', async () => {
    expect(await found(release(''))).not.toEqual(expect.arrayContaining([expect.stringMatching(SUM)]))
  })

  it('a total that is no sum of the categories passes', async () => {
    const text = release(', for a combined 1,713,000 ounces of gold produced and in reserves since 1998')
    expect(await found(text)).not.toEqual(expect.arrayContaining([expect.stringMatching(SUM)]))
  })
})
