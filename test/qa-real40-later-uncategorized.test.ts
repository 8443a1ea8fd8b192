/**
 * QA round real40: a royalty holder's acquisition release that restates the operator's estimate in one long sentence,
 * its reserves and its Measured and Indicated resources by category and then "a further 12.3 million tonnes of
 * resources grading 0.96 g/t gold": that last figure is in no CIM category, whatever the figures before it are (NI
 * 43-101 s.2.2(a), s.2.3(1)(a)). "… of Inferred resources" and a change ("additions of 462,000 ounces of reserves")
 * are not. Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (tail: string) =>
  [
    'VANCOUVER, BC, March 3, 2026 - Larkspur Royalties Corp. (TSX: LRK) ("Larkspur") has acquired a 1.5% NSR royalty ' +
      'on the Redstone gold mine, operated by Copperline Mining Inc.',
    '',
    "According to the operator's technical report with " +
      'an effective date of December 31, 2025, the mine hosts Proven and Probable Mineral Reserves of 48.2 million ' +
      'tonnes grading 1.12 g/t gold for 1.74 million ounces, and Measured and Indicated Mineral Resources, inclusive ' +
      `of Mineral Reserves, of 71.5 million tonnes grading 1.05 g/t gold for 2.41 million ounces, ${tail}`,
    '',
    'The estimates use a gold price of US$1,900 per ounce and cut-off grades of 0.18 to 0.25 g/t gold. Mineral ' +
      'Resources that are not Mineral Reserves do not have demonstrated economic viability.'
  ].join('\n')

const CATEGORY = /Missing CIM category/

describe('mineral-resource: a later figure named a resource in no category', () => {
  it('"a further 12.3 million tonnes of resources" has none', async () => {
    const messages = await found(release('with a further 12.3 million tonnes of resources grading 0.96 g/t gold.'))
    expect(messages).toEqual([expect.stringMatching(CATEGORY)])
  })

  it.each([
    'with a further 12.3 million tonnes of Inferred Mineral Resources grading 0.96 g/t gold.',
    'and Inferred Mineral Resources of 12.3 million tonnes grading 0.96 g/t gold.',
    'after additions of 462,000 ounces of reserves in 2025.'
  ])('categorized or a change: %s', async (tail) => {
    expect(await found(release(tail))).toEqual([])
  })
})
