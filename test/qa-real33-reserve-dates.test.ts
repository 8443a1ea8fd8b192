/**
 * QA round real33: a feasibility study's release that states its reserves and its resources in one paragraph, with a
 * date said of one of them only ("The Mineral Resources, effective June 30, 2026, are reported inclusive of the
 * Mineral Reserves"). Each estimate owes its own effective date (NI 43-101 s.3.4): the resources' date is not the
 * reserves'. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (estimates: string) =>
  [
    'Pellham Gold Announces Feasibility Study for the Corbel Project',
    '',
    'VANCOUVER, BC, December 1, 2026 -- Pellham Gold Corp. (TSX: PHG) announces the results of a feasibility study ' +
      'for its Corbel gold project.',
    '',
    estimates +
      ' Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability. Reserves use a ' +
      'cut-off grade of 0.25 g/t Au and a gold price of US$1,900 per ounce.'
  ].join('\n')

const RESERVES = 'Proven and Probable Mineral Reserves total 48.2 million tonnes at 1.12 g/t Au.'
const RESOURCES =
  'Measured and Indicated Mineral Resources of 71.0 million tonnes at 1.04 g/t Au and Inferred Mineral Resources of ' +
  '9.6 million tonnes at 0.82 g/t Au are reported inclusive of the Mineral Reserves.'
const UNDATED = /Missing effective date of (?:this|the) estimate/

describe('mineral-resource: a date said of the resources alone does not date the reserves', () => {
  it('the reserves beside a date of the resources have none', async () => {
    const text = release(
      `${RESERVES} The Mineral Resources, effective June 30, 2026, are reported inclusive of the reserves.`
    )
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(UNDATED)]))
  })

  it('the resources beside a date of the reserves have none', async () => {
    const text = release(
      `The Mineral Reserves, effective October 1, 2026, total 48.2 million tonnes at 1.12 g/t Au. ${RESOURCES}`
    )
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(UNDATED)]))
  })

  it.each([
    `${RESERVES} ${RESOURCES} The Mineral Reserves and Mineral Resources have an effective date of October 1, 2026.`,
    `${RESERVES} ${RESOURCES} The estimates are effective as of October 1, 2026.`,
    `${RESERVES} The Mineral Reserves are effective October 1, 2026. ${RESOURCES} The Mineral Resources, effective ` +
      'June 30, 2026, are reported inclusive of the reserves.'
  ])('each dated: %s', async (estimates) => {
    expect(await found(release(estimates))).not.toEqual(expect.arrayContaining([expect.stringMatching(UNDATED)]))
  })
})
