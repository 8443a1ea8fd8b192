/**
 * QA round real33: a historical estimate whose key assumptions, parameters and methods the release says are not known.
 * NI 43-101 s.2.4 asks them "to the extent known": saying they are not known states them so far as they are.
 * Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('historical-estimate', text + '\n')).messages.map(format)

const release = (assumptions: string) =>
  [
    'Ostrander Metals Options the Gannet Lake Nickel Property',
    '',
    'TORONTO, Ontario, December 2, 2026 -- Ostrander Metals Corp. (CSE: OSM) has signed an option to acquire the ' +
      'Gannet Lake nickel property.',
    '',
    'A historical estimate of 1.2 million tons grading 0.91% Ni was reported by Tarrow Nickel Mines Limited in a 1969 ' +
      `company report. ${assumptions} The categories used do not correspond to those of the CIM Definition ` +
      'Standards. The Company considers the estimate relevant to its exploration, but its reliability cannot be ' +
      'assessed. No more recent estimates or data are available. To verify the estimate, the Company will need to ' +
      'twin historical holes. A qualified person has not done sufficient work to classify the historical estimate as ' +
      'current mineral resources, and the Company is not treating the historical estimate as current mineral resources.'
  ].join('\n')

const ASSUMPTIONS = /Missing key assumptions, parameters and methods/

describe('historical-estimate: key assumptions said to be unknown', () => {
  it.each([
    'The key assumptions, parameters and methods used to prepare the historical estimate are not known.',
    'Its key assumptions and parameters are unknown.',
    'The parameters used in the estimate were not available to the Company.'
  ])('states them to the extent known: %s', async (sentence) => {
    expect(await found(release(sentence))).not.toEqual(expect.arrayContaining([expect.stringMatching(ASSUMPTIONS)]))
  })

  it('a release silent on them still owes them', async () => {
    expect(await found(release(''))).toEqual(expect.arrayContaining([expect.stringMatching(ASSUMPTIONS)]))
  })
})
