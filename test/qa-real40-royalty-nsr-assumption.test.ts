/**
 * QA round real40: a royalty holder's release names its royalty ("on which Tamsin holds a 2.0% NSR royalty") and
 * restates the operator's resource with no cut-off, price or recovery: the royalty's NSR is no net smelter return
 * cut-off, so the estimate's key assumptions are still missing (NI 43-101 s.3.4(c)); an "NSR cut-off" is one.
 * Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (assumptions: string) =>
  [
    'OTTAWA, ON, September 17, 2026 - Tamsin Royalty Corp. (TSX-V: TRY) ("Tamsin") notes that Halvard Mining Ltd. ' +
      'updated the Mineral Resource of the Osprey Hill gold project, on which Tamsin holds a 2.0% NSR royalty.',
    '',
    'The estimate, effective August 31, 2026, comprises Indicated Mineral Resources of 22.8 million tonnes at 1.47 ' +
      `g/t Au (1.08 million ounces) and Inferred Mineral Resources of 9.6 million tonnes at 1.21 g/t Au. ${assumptions}` +
      'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'
  ].join('\n')

const ASSUMPTIONS = /Missing key assumptions of the estimate/

describe("mineral-resource: a royalty's NSR is no key assumption", () => {
  it('a 2.0% NSR royalty states none', async () => {
    expect(await found(release(''))).toEqual([expect.stringMatching(ASSUMPTIONS)])
  })

  it('an NSR cut-off is one', async () => {
    expect(await found(release('The estimate uses an NSR cut-off of US$24 per tonne. '))).toEqual([])
  })
})
