/**
 * QA round real33: radiometric equivalent grades read down the hole by a probe the release names in its own words
 * ("total gamma readings taken with a calibrated probe"). The probe is their analytical method (NI 43-101
 * s.3.3(2)(f)). Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (probe: string) =>
  [
    'Larchmont Uranium Intersects 0.74% eU3O8 over 5.1 Metres at Wapiti',
    '',
    'SASKATOON, Saskatchewan, December 2, 2026 -- Larchmont Uranium Corp. (TSXV: LMU) reports that hole WP26-006 ' +
      'returned 0.74% eU3O8 over 5.1 metres from 284.0 metres at its Wapiti project.',
    '',
    `Radiometric equivalent grades were calculated from ${probe}, using calibration factors from the test pits in ` +
      'Saskatoon. True widths are estimated at 70% of the intervals. The hole was drilled at a dip of -80 degrees ' +
      'toward azimuth 135 degrees.'
  ].join('\n')

describe('exploration-results: a probe that reads radiometric grades is their method', () => {
  it.each([
    'downhole total gamma readings taken with a calibrated Mount Sopris probe',
    'total count gamma measurements made with a calibrated downhole probe',
    'a calibrated triple gamma probe run down the hole'
  ])('states the method: %s', async (probe) => {
    expect(await found(release(probe))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/Missing analytical method/)])
    )
  })

  it('a radiometric grade with neither a probe nor a method still misses it', async () => {
    const text = release('readings taken down the hole').replace(/, using calibration[^.]*\./, '.')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(/Missing analytical method/)]))
  })
})
