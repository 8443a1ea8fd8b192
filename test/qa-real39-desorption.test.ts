/**
 * Ionic clay rare earths are tested by desorption (a salt solution leaches what the clay holds), and hydrometallurgical
 * tests are run on composites: a composite's grade there is a test's sample, not a result of sampling that owes its
 * sample type and QA/QC program (NI 43-101 s.3.3), as a flotation composite's is not. Auger results reported as such
 * still are. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (paragraph: string) =>
  [
    '# Serra Azul Rare Earths Reports Desorption Test Results at Morro Verde',
    '',
    'VANCOUVER, BC, June 1, 2026 – Serra Azul Rare Earths Corp. (TSXV: SAR) reports test work on clay from its Morro ' +
      'Verde project in Minas Gerais, Brazil.',
    '',
    paragraph,
    '',
    'The tests were run by Hydromet Research Pty Ltd in Perth, and solutions were analysed by ICP-MS at ALS Brasil ' +
      'Ltda in Belo Horizonte, both independent of the Company.'
  ].join('\n')

describe('exploration-results: desorption and hydrometallurgical tests on composites', () => {
  it.each([
    'Twelve composites of saprolite averaging 2,150 ppm TREO were leached with ammonium sulphate at pH 4.5. ' +
      'Desorption extracted 64% of the magnet rare earth oxides.',
    'Hydrometallurgical tests on a composite grading 1.1% TREO precipitated a mixed carbonate with 84% recovery.'
  ])('a test, not samples: %s', async (paragraph) => {
    expect(await found(release(paragraph))).toEqual([])
  })

  it('auger samples reported as results still owe their QA/QC program', async () => {
    const messages = await found(
      release('Auger samples from hole MV-AU-07 averaged 2,150 ppm TREO over 9.0 metres from surface.')
    )
    expect(messages.some((m) => m.includes('error Missing QA/QC program'))).toBe(true)
  })
})
