/**
 * Flat-lying deposits (an ISR roll front, a laterite, a brine aquifer, lake-bed claystone) measure their intervals as
 * thicknesses, and their releases say so: "the reported thicknesses are true thicknesses". That states the true widths
 * (NI 43-101 s.3.3(2)(c)) as "the intervals are true widths" does. The issuers, people and properties are invented, in
 * our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (note: string) =>
  [
    '# Juniper Draw Uranium Reports Delineation Results at Bitter Creek',
    '',
    'CASPER, Wyoming, August 4, 2026 – Juniper Draw Uranium Corp. (TSXV: JDU) reports results from 22 vertical ' +
      'delineation holes at its Bitter Creek ISR project.',
    '',
    'Hole BC-0412 intersected 12.5 feet of 0.141% eU3O8 from 388.0 feet, for a grade-thickness of 1.76. ' + note,
    '',
    'Grades are radiometric equivalents (eU3O8) from natural gamma logs run by Plains Logging LLC with probes ' +
      'calibrated at the Casper calibration pits; hole locations are shown on the map on the Company website.'
  ].join('\n')

describe('exploration-results: true thicknesses of flat-lying deposits', () => {
  it.each([
    'The host sandstone is flat-lying, so the reported thicknesses are true thicknesses.',
    'Because the holes are vertical and the roll front is flat, thicknesses reported here approximate true thickness.'
  ])('true widths stated: %s', async (note) => {
    expect(await found(release(note))).toEqual([])
  })

  it('no word on true widths is still missing', async () => {
    const messages = await found(release('The host sandstone is flat-lying.'))
    expect(messages.some((m) => m.includes('error Missing true widths'))).toBe(true)
  })
})
