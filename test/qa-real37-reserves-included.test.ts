/**
 * Whether a release's resources include its reserves (NI 43-101 s.2.2(b)), said with the reserves' abbreviation as a
 * resource table's label or note gives it ("M&I Resources (incl. P&P)", "excluding 2P"): the release says it, and no
 * warning is owed. The issuers, people and projects are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (label: string) =>
  [
    'Vancouver, BC, March 5, 2026 - Pellow Gold Corp. (TSXV: PGC) reports updated Mineral Reserves and Mineral ' +
      'Resources for its Otter Falls gold project, effective December 31, 2025.',
    '',
    '| Category | Tonnes (Mt) | Grade (g/t Au) | Gold (koz) |',
    '| --- | --- | --- | --- |',
    '| Proven and Probable Reserves | 11.4 | 1.52 | 557 |',
    `| ${label} | 17.9 | 1.41 | 811 |`,
    '| Inferred Resources | 4.2 | 1.18 | 159 |',
    '',
    'Notes: Reserves at US$1,900/oz gold and a 0.45 g/t cut-off; Resources at US$2,100/oz gold and a 0.30 g/t ' +
      'cut-off within a pit shell. Mineral Resources that are not Mineral Reserves do not have demonstrated economic ' +
      'viability.'
  ].join('\n')

describe('mineral-resource: the reserves included, by their abbreviation', () => {
  it.each(['M&I Resources (incl. P&P)', 'Measured and Indicated (excluding 2P)'])('%s', async (label) => {
    expect(await found(release(label))).toEqual([])
  })

  it('a label that says nothing of them still has the warning', async () => {
    expect((await found(release('Measured and Indicated Resources'))).join('\n')).toMatch(
      /include the mineral reserves/
    )
  })
})
