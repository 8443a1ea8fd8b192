/**
 * QA round real33: metallurgical releases about sorting or magnetic tests. The grades of a sorted composite or of a
 * Davis tube concentrate are a test's results, as flotation's are, not results of sampling or drilling owing a
 * laboratory, a method and a QA/QC program under NI 43-101 s.3.3. A drill interval beside them is still one.
 * Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (test: string) =>
  [
    'Ardmore Nickel Reports Sorting Test Results at the Kinross Deposit',
    '',
    'SUDBURY, Ontario, December 2, 2026 -- Ardmore Nickel Corp. (TSXV: ANK) reports results of sorting and Davis tube tests ' +
      'on drill core from its Kinross deposit.',
    '',
    test
  ].join('\n')

describe('exploration-results: a sorting test’s grades are test results', () => {
  it.each([
    'X-ray transmission sorting of a 1.8-tonne composite rejected 35% of the mass and raised the feed grade from ' +
      '0.58% Ni to 0.87% Ni.',
    'Sensor-based ore sorting of the composite upgraded its head grade of 0.58% Ni to 0.87% Ni.',
    'Davis tube tests on six composites produced a concentrate grading 68.9% Fe from a head grade of 27.5% Fe.'
  ])('owes no laboratory, method or QA/QC: %s', async (test) => {
    expect(await found(release(test))).toEqual([])
  })

  it('a drill interval in the same paragraph is still a result', async () => {
    const test =
      'Sensor-based ore sorting of a composite upgraded it to 0.87% Ni. Hole KN-26-11 intersected 22.0 metres of ' +
      '0.74% Ni from 40.0 metres.'
    expect(await found(release(test))).toEqual(expect.arrayContaining([expect.stringMatching(/Missing laboratory/)]))
  })
})
