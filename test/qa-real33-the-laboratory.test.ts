/**
 * QA round real33: a drill release that speaks of "the laboratory" and never names it ("Samples were shipped to the
 * laboratory in Val-d'Or"; "The laboratory is independent and accredited") names no laboratory (NI 43-101
 * s.3.3(2)(f) asks its name and location). "The laboratory" after a named one, or followed by its name, still does.
 * Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (lab: string) =>
  [
    'Saxby Gold Drills 6.5 Metres of 3.74 g/t Gold at Moulin',
    '',
    "VAL-D'OR, Quebec, December 2, 2026 -- Saxby Gold Inc. (TSXV: SXG) reports that hole MO-26-04 intersected 6.5 " +
      'metres of 3.74 g/t gold from 120.0 metres. True width is estimated at 5.0 metres. The hole was drilled at an ' +
      'azimuth of 000 degrees and a dip of -50 degrees.',
    '',
    `NQ core was sawn in half. ${lab} Gold was determined by fire assay with AA finish. Certified standards and ` +
      'blanks were inserted at a rate of one in ten.'
  ].join('\n')

const LABORATORY = /Missing laboratory, expected the name and location/

describe('exploration-results: "the laboratory" alone names none', () => {
  it.each([
    "Samples were shipped to the laboratory in Val-d'Or for preparation and analysis.",
    'Samples were delivered to a preparation facility in Timmins. The laboratory is independent and accredited.'
  ])('misses the name: %s', async (lab) => {
    expect(await found(release(lab))).toEqual(expect.arrayContaining([expect.stringMatching(LABORATORY)]))
  })

  it.each([
    'Samples were shipped to Laboratoire Expert Inc. in Rouyn-Noranda. The laboratory is independent of Saxby.',
    'Samples were shipped to the laboratory of Bourlamaque Assay Laboratories Ltd. in Val-d’Or.',
    "Samples were shipped to the ALS laboratory in Val-d'Or, which is independent of Saxby."
  ])('names it: %s', async (lab) => {
    expect(await found(release(lab))).not.toEqual(expect.arrayContaining([expect.stringMatching(LABORATORY)]))
  })
})
