/**
 * QA round real35: a producer's year-end update dates its reserves and resources in one clause ("announced updated
 * Mineral Reserves and Mineral Resources for its Harker underground gold mine, with an effective date of …"). The
 * date's kind was read from the 60 characters before it, which held "Resources" alone, so the reserves beside them
 * went undated (NI 43-101 s.3.4(a)). Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (lead: string) =>
  [
    'Quenby Mines Updates Reserves and Resources at Harker',
    '',
    `TORONTO, Ontario, February 24, 2027 - Quenby Mines Ltd. (TSX: QBM) ${lead}`,
    '',
    'Probable Mineral Reserves are estimated at 3.85 million tonnes grading 5.74 g/t gold, containing 711,000 ounces. ' +
      'Measured and Indicated Mineral Resources, inclusive of Mineral Reserves, are estimated at 5.20 million tonnes ' +
      'grading 6.48 g/t gold (1,083,000 ounces), and Inferred Mineral Resources at 2.90 million tonnes grading 5.95 ' +
      'g/t gold (555,000 ounces).',
    '',
    'The estimates use a gold price of US$2,000 per ounce for reserves and US$2,400 per ounce for resources, a cut-off ' +
      'grade of 3.2 g/t gold and a gold recovery of 94%, estimated by ordinary kriging. Mineral Resources that are not ' +
      'Mineral Reserves do not have demonstrated economic viability.'
  ].join('\n')

const DATE = /Missing effective date/

describe('mineral-resource: a date said of reserves and resources named further back in its clause', () => {
  it.each([
    'today announced updated Mineral Reserves and Mineral Resources for its Harker underground gold mine, with an ' +
      'effective date of December 31, 2026.',
    'reports Mineral Reserve and Mineral Resource estimates for the underground operations at its Harker gold mine ' +
      'near Red Lake, effective as of December 31, 2026.'
  ])('dates both: %s', async (lead) => {
    expect(await found(release(lead))).not.toEqual(expect.arrayContaining([expect.stringMatching(DATE)]))
  })

  it('a date said of the resources alone still leaves the reserves undated', async () => {
    const lead =
      'today announced updated estimates for Harker. The Mineral Resources have an effective date of ' +
      'December 31, 2026.'
    expect(await found(release(lead))).toEqual(expect.arrayContaining([expect.stringMatching(DATE)]))
  })
})
