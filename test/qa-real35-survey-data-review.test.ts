/**
 * QA round real35: a geophysical survey release verifies its data by the QP's review of the survey contractor's
 * report and the processed data ("Ms. Fairbairn reviewed the survey contractor's logistics report and the processed
 * data"). It was read as no data verification statement at all (NI 43-101 s.3.2). Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('data-verification', text + '\n')).messages.map(format)

const release = (review: string) =>
  [
    'Ashgrove Resources Completes Airborne Magnetic Survey at Plover',
    '',
    'VANCOUVER, BC, August 10, 2026 - Ashgrove Resources Ltd. (TSXV: ASG) has completed a helicopter-borne magnetic ' +
      'survey of 1,380 line-kilometres at 100 metre line spacing over its Plover copper-gold property. The data ' +
      'outline a circular magnetic high about 1.6 kilometres across.',
    '',
    'The technical information in this release was reviewed and approved by Ines Garrido, P.Geo., a director of the ' +
      `Company and a qualified person under NI 43-101. ${review}`
  ].join('\n')

const DATA = /Missing data verification statement/

describe("data-verification: a review of a survey contractor's report and processed data", () => {
  it.each([
    "Ms. Garrido reviewed the survey contractor's logistics report and the processed data.",
    'Ms. Garrido reviewed the processed magnetic data and the flight path records.',
    "Ms. Garrido reviewed the geophysical contractor's data and its quality control."
  ])('verifies: %s', async (review) => {
    expect(await found(release(review))).not.toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })

  it('a review of the interpretation alone does not', async () => {
    const text = release("Ms. Garrido reviewed the Company's interpretation of the anomaly.")
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })
})
