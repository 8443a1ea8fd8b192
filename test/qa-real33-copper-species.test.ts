/**
 * QA round real33: copper oxide projects assay copper by its species, total copper ("0.71% CuT") and acid-soluble
 * copper ("0.52% CuAS"). Those grades are results of drilling (NI 43-101 s.3.3); a cut-off grade, or a cut in costs,
 * is none. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (result: string) =>
  [
    'Pampa Rosa Copper Reports Drill Results at Quebrada Honda',
    '',
    'SANTIAGO, Chile, December 2, 2026 -- Pampa Rosa Copper Corp. (TSXV: PRC) reports results from its reverse ' +
      `circulation drilling at Quebrada Honda. ${result} True widths are not known. Holes were drilled at an azimuth ` +
      'of 090 degrees and a dip of -60 degrees.'
  ].join('\n')

const LABORATORY = /Missing laboratory/

describe('exploration-results: copper by its species is a grade', () => {
  it.each([
    'Hole QH26-04 intersected 88 metres of 0.64% CuT from 12 metres.',
    'Hole QH26-05 intersected 40 metres grading 0.48% CuAS from 20 metres.',
    'Hole QH26-08 intersected 60 metres of 0.52% CuT and 0.31% CuAS.',
    'Hole QH26-06 returned 32 metres of 0.55% CuSol.'
  ])('a result owing its laboratory: %s', async (result) => {
    expect(await found(release(result))).toEqual(expect.arrayContaining([expect.stringMatching(LABORATORY)]))
  })

  it.each([
    'The program tested targets defined at a 0.15% cut-off in the 2024 model.',
    'Hole QH26-07 was drilled after a 15% cut in the drilling budget.'
  ])('no result: %s', async (result) => {
    expect(await found(release(result))).toEqual([])
  })
})
