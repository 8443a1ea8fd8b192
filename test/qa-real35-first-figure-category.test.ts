/**
 * QA round real35: a royalty holder restates an operator's estimate as "resources of 22.4 million tonnes grading
 * 1.38 g/t gold (994,000 ounces) and Inferred Mineral Resources of 11.9 million tonnes …": the first figure is in no
 * CIM category (NI 43-101 s.2.2(a), s.2.3(1)(a)). The sentence's categories were read for all its figures, so the
 * Inferred category of the second covered the first. Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (estimate: string) =>
  [
    'Colliard Royalties Notes Resource Update at the Brennan Project',
    '',
    `TORONTO, September 23, 2026 -- Colliard Royalties Corp. (TSX: CLR) notes that the Brennan project ${estimate}, ` +
      'effective August 31, 2026, at a cut-off grade of 0.35 g/t gold within a pit shell at US$2,200 per ounce gold ' +
      'and a recovery of 92%. Mineral Resources that are not Mineral Reserves do not have demonstrated economic ' +
      'viability.'
  ].join('\n')

const CATEGORY = /Missing CIM category of the estimate/

describe('mineral-resource: a first figure in no category beside an Inferred one', () => {
  it('a figure before "and Inferred Mineral Resources of …" has no category', async () => {
    const text = release(
      'hosts resources of 22.4 million tonnes grading 1.38 g/t gold (994,000 ounces) and Inferred Mineral ' +
        'Resources of 11.9 million tonnes grading 1.21 g/t gold (463,000 ounces)'
    )
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(CATEGORY)]))
  })

  it.each([
    'hosts Indicated Mineral Resources of 22.4 million tonnes grading 1.38 g/t gold (994,000 ounces) and Inferred ' +
      'Mineral Resources of 11.9 million tonnes grading 1.21 g/t gold (463,000 ounces)',
    'hosts resources of 22.4 million tonnes grading 1.38 g/t gold (994,000 ounces) Indicated and 11.9 million ' +
      'tonnes grading 1.21 g/t gold (463,000 ounces) Inferred',
    'hosts 22.4 million tonnes of Indicated Mineral Resources grading 1.38 g/t gold and 11.9 million tonnes of ' +
      'Inferred Mineral Resources grading 1.21 g/t gold'
  ])('each figure has its category: %s', async (estimate) => {
    expect(await found(release(estimate))).not.toEqual(expect.arrayContaining([expect.stringMatching(CATEGORY)]))
  })
})
