/**
 * QA round real33: "lab" as drafts shorten it. "Northern Assay Labs" names a laboratory; "an independent lab in
 * Timmins" and "the lab" name none (NI 43-101 s.3.3(2)(f) asks the laboratory's name and location). Invented issuer,
 * our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (lab: string) =>
  [
    'Kestle Gold Drills 5.5 Metres of 6.08 g/t Gold at Birch Narrows',
    '',
    'TIMMINS, Ontario, December 2, 2026 -- Kestle Gold Inc. (TSXV: KSG) reports that hole BN-26-03 intersected 5.5 ' +
      'metres of 6.08 g/t gold from 84.0 metres. True width is estimated at 4.6 metres. The hole was drilled at an ' +
      'azimuth of 180 degrees and a dip of -50 degrees.',
    '',
    `NQ core was sawn in half. ${lab} Gold was determined by fire assay with AA finish. Certified standards and ` +
      'blanks were inserted at a rate of one in ten.'
  ].join('\n')

const LABORATORY = /Missing laboratory, expected the name and location/

describe('exploration-results: "a lab" and "the lab" name no laboratory', () => {
  it.each([
    'Samples were sent to an independent lab in Timmins.',
    'Samples were sent to the lab in Timmins, which is independent of the Company.'
  ])('misses the name: %s', async (lab) => {
    expect(await found(release(lab))).toEqual(expect.arrayContaining([expect.stringMatching(LABORATORY)]))
  })

  it.each([
    'Samples were sent to Northern Assay Labs in Timmins, which is independent of the Company.',
    'Samples were sent to Cobalt Labs in Timmins, an independent lab.',
    'Samples were sent to the Swastika Labs facility in Swastika, Ontario, an independent laboratory.'
  ])('names it: %s', async (lab) => {
    expect(await found(release(lab))).not.toEqual(expect.arrayContaining([expect.stringMatching(LABORATORY)]))
  })
})
