/**
 * A pre-feasibility or feasibility study's release that names the earlier PEA as what the study supersedes or betters
 * ("The PFS supersedes the preliminary economic assessment completed in 2024", "Pre-Feasibility Study Improves on
 * 2024 PEA: After-Tax NPV8% of C$1.3 Billion"): the figures are the later study's, and no PEA caution is owed for them
 * (NI 43-101 s.2.3(3) binds a PEA's results). A PEA's own figures stated beside it still are. The issuers, people and
 * projects are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('pea-caution', text + '\n')).messages.map(format)

const release = (headline: string, lead: string) =>
  [
    headline,
    '',
    'Toronto, Ontario, March 17, 2026 - Ardley Nickel Corp. (TSXV: ARN) announces the results of its ' +
      `pre-feasibility study (the "PFS") for the Carling nickel project in Ontario. ${lead}`,
    '',
    '- After-tax NPV8% of C$1.31 billion and after-tax IRR of 18.9% at US$8.75/lb nickel',
    '- Initial capital of C$1.02 billion; 26-year mine life',
    '- Probable Mineral Reserves of 142 million tonnes at 0.27% nickel; the mine plan includes no Inferred Mineral ' +
      'Resources'
  ].join('\n')

describe('pea-caution: a PEA a later study supersedes is not the figures’ study', () => {
  it.each([
    [
      'Ardley Nickel Pre-Feasibility Study Improves on 2024 PEA: After-Tax NPV8% of C$1.3 Billion',
      'The PFS supersedes the preliminary economic assessment completed in 2024, which should no longer be relied on.'
    ],
    ['Ardley Nickel Reports Pre-Feasibility Study for Carling', 'The PFS replaces the 2024 PEA.']
  ])('%s', async (headline, lead) => {
    expect(await found(release(headline, lead))).toEqual([])
  })

  it('the PEA’s own figures stated beside it owe the caution', async () => {
    const text = release(
      'Ardley Nickel Reports Pre-Feasibility Study for Carling',
      'The PFS supersedes the 2024 PEA, which estimated an after-tax NPV8% of C$880 million.'
    )
    expect((await found(text)).join('\n')).toMatch(/Missing PEA caution/)
  })
})
