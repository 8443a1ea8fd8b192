/**
 * QA round real35: a laboratory named by its firm's name alone, without the word "laboratory": "prepared at Eastern
 * Analytical Ltd. in Springdale, Newfoundland, and analyzed for gold by fire assay", as soil and rock sampling
 * releases name it. It was reported as no laboratory named (NI 43-101 s.3.3(2)(f)). Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (lab: string) =>
  [
    'Pellow Gold Outlines Gold-in-Soil Anomaly at Tarrant Brook',
    '',
    'TORONTO, Ontario, October 6, 2026 -- Pellow Gold Corp. (CSE: PLW) reports soil results from Tarrant Brook. Of ' +
      '640 B-horizon samples, gold values range up to 388 ppb Au, with arsenic values up to 760 ppm. Soil ' +
      'geochemistry does not by itself show that mineralization is present in bedrock.',
    '',
    `${lab} Certified reference materials and field duplicates were inserted into the sample stream.`
  ].join('\n')

const LABORATORY = /Missing laboratory, expected the name and location/

describe('exploration-results: a laboratory named by its firm name alone', () => {
  it.each([
    'Samples were dried and sieved at Eastern Analytical Ltd. in Springdale, Newfoundland, and analyzed for gold ' +
      'by fire assay with an atomic absorption finish. Eastern Analytical is independent of the Company.',
    'Samples were analyzed by Northcott Analytical Inc. of Thunder Bay, Ontario, by fire assay and by ICP-OES after ' +
      'a four-acid digestion; Northcott is independent of the Company.',
    'Samples were analyzed by MS Analytical in Langley, British Columbia, which is independent of the Company, by ' +
      'aqua regia digestion and ICP-MS.'
  ])('names it: %s', async (lab) => {
    expect(await found(release(lab))).not.toEqual(expect.arrayContaining([expect.stringMatching(LABORATORY)]))
  })

  it('the analytical method alone names none', async () => {
    const lab = 'Samples were analyzed by fire assay, an analytical method independent of the grain size.'
    expect(await found(release(lab))).toEqual(expect.arrayContaining([expect.stringMatching(LABORATORY)]))
  })
})
