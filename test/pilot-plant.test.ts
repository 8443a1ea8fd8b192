/**
 * What a pilot or demonstration plant processed is test work, not a mine's output: its feed's and products' grades are
 * data a qualified person verifies (NI 43-101 s.3.2), while what a mill or plant at work processed is production.
 * Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintPreset} from './helpers.js'

const release = (sentence: string) => `CALGARY, Alberta, December 2, 2026 – Brindle Lithium Corp. (TSX-V: BRL) reports \
results from its Sable brine project.

${sentence}

The scientific and technical information in this news release has been reviewed and approved by Priya Nandal, \
P.Eng., Vice President Technical Services of the Company and a Qualified Person as defined by National Instrument \
43-101.

Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the \
TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.
`
const verification = async (sentence: string) =>
  (await lintPreset(release(sentence))).messages.filter((message) => message.ruleId === 'data-verification')

describe('a pilot plant is test work', () => {
  it.each([
    "The pilot plant processed 380 cubic metres of brine grading 71 mg/L Li drawn from the Company's 4-12 well.",
    'The demonstration plant treated 42 tonnes of ore grading 1.4% Li2O from the Sable pit.'
  ])('asks how the data were verified: %s', async (sentence) => {
    expect(await verification(sentence)).toHaveLength(1)
  })

  it("leaves a mill's output at work as production", async () => {
    expect(
      await verification('In the third quarter, the mill processed 402,000 tonnes at a head grade of 3.36 g/t gold.')
    ).toEqual([])
  })
})
