/**
 * QA round real40: a producer's update that totals its resources "including Inferred" ("Total Mineral Resources,
 * including Inferred, amount to 1.33 million ounces of gold") adds Inferred to the other categories, which NI 43-101
 * s.2.2(c) forbids; the Inferred's own figure after the words ("including Inferred Resources of 4.8 Mt") is no sum.
 * Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  [
    'Mines Val-Doré Inc. ("Val-Doré" or the "Company") (TSX: MVD) announces Mineral Resources for the Beaudry mine, ' +
      'effective December 31, 2025: Measured and Indicated Mineral Resources of 6.2 million tonnes at 3.58 g/t Au ' +
      '(714,000 ounces) and Inferred Mineral Resources of 4.8 million tonnes at 4.02 g/t Au (620,000 ounces), at a ' +
      'cut-off of 2.10 g/t Au and a gold price of US$2,400 per ounce. Mineral Resources that are not Mineral ' +
      'Reserves do not have demonstrated economic viability.',
    '',
    sentence
  ].join('\n')

const SUM = /Unexpected Inferred resources added to Measured and Indicated/

describe('mineral-resource: a total "including Inferred"', () => {
  it.each([
    'Total Mineral Resources, including Inferred, amount to 1.33 million ounces of gold.',
    'Mineral Resources inclusive of the Inferred category total 11.0 million tonnes.'
  ])('a sum with Inferred: %s', async (sentence) => {
    expect(await found(release(sentence))).toEqual(expect.arrayContaining([expect.stringMatching(SUM)]))
  })

  it('the Inferred figure named after the words is no sum', async () => {
    const text = release('The resources, including Inferred Resources of 4.8 million tonnes, lie within 600 metres.')
    expect(await found(text)).not.toEqual(expect.arrayContaining([expect.stringMatching(SUM)]))
  })
})
