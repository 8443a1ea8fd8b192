/**
 * QA round real33: a laboratory's independence run into the short word before it by PDF copy ("ALS is anindependent,
 * accredited laboratory"): the relationship is stated (NI 43-101 s.3.3(2)(f)). Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (lab: string) =>
  [
    'Pemberly Gold Drills 8.2 Metres of 4.11 g/t Gold at Cinder Lake',
    '',
    'VANCOUVER, BC, December 2, 2026 -- Pemberly Gold Corp. (TSXV: PBG) reports that hole CL-26-08 intersected 8.2 ' +
      'metres of 4.11 g/t gold from 71.0 metres. True width is estimated at 6.9 metres. The hole was drilled at an ' +
      'azimuth of 180 degrees and a dip of -50 degrees.',
    '',
    `NQ core was sawn in half and analysed for gold by fire assay with AA finish. ${lab} Certified standards and ` +
      'blanks were inserted at a rate of one in ten.'
  ].join('\n')

const RELATIONSHIP = /Missing relationship of the laboratory/

describe('exploration-results: independence run into the word before it', () => {
  it.each([
    'Samples were analysed by ALS Canada Ltd. in North Vancouver, which is anindependent, accredited laboratory.',
    'Samples were analysed by SGS Canada Inc. in Burnaby, which isindependent of the Company.'
  ])('states the relationship: %s', async (lab) => {
    expect(await found(release(lab))).not.toEqual(expect.arrayContaining([expect.stringMatching(RELATIONSHIP)]))
  })

  it('a word that only ends in those letters is no relationship', async () => {
    const lab = 'Samples were analysed by ALS Canada Ltd. in North Vancouver, whose staff are independently audited.'
    expect(await found(release(lab))).toEqual(expect.arrayContaining([expect.stringMatching(RELATIONSHIP)]))
  })
})
