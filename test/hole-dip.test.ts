/**
 * NI 43-101 s.3.3(2)(b): a drill results release gives the holes' location, azimuth and dip. "Dip" is also a
 * direction along the zone ("down dip", "up-dip", "along dip"): a plan to follow the zone down dip says nothing of how
 * the holes were drilled. Invented issuers and our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const release = (orientation: string, plan: string) =>
  [
    '# Ashgrove Metals Cuts 6.2 g/t Au over 9.4 Metres at Larkspur',
    '',
    'KAMLOOPS, BC, November 24, 2026 – Ashgrove Metals Corp. (TSXV: AGM) reports assays from four holes drilled at ' +
      'its Larkspur gold project.',
    '',
    '| Hole | From (m) | To (m) | Length (m) | Au (g/t) |',
    '| --- | --- | --- | --- | --- |',
    '| LK26-03 | 41.0 | 50.4 | 9.4 | 6.2 |',
    '| LK26-05 | 77.5 | 80.0 | 2.5 | 3.9 |',
    '',
    `Lengths are core lengths; true widths are estimated at 80% of them. ${orientation}`.trim(),
    '',
    plan,
    '',
    'Split core was assayed by SGS Canada Inc. in Burnaby, an accredited laboratory independent of the Company, by ' +
      '30-gram fire assay with an atomic absorption finish. Blanks, duplicates and certified reference materials ' +
      'were inserted in every batch.',
    '',
    'The technical information in this release was reviewed and approved by Petra Voskuijlen, P.Geo., the ' +
      "Company's Exploration Manager and a Qualified Person under NI 43-101. Ms. Voskuijlen verified the data by " +
      'comparing the database with the assay certificates.',
    ''
  ].join('\n')

const holes = async (text: string) =>
  (await lintWith('exploration-results', text)).messages.filter((m) => /location|azimuth|dip/i.test(m.reason))

describe('exploration-results: a hole’s dip, not the zone’s direction', () => {
  for (const plan of [
    'Ashgrove plans to follow the zone down dip with a second program in the spring.',
    'The mineralization remains open up-dip and along strike.',
    'Step-out holes will test the vein along dip toward the river.'
  ]) {
    it(`"${plan}" gives no hole's dip: the location and orientation are missing`, async () => {
      const found = await holes(release('', plan))
      expect(found.map((m) => format(m))).toHaveLength(1)
      expect(found[0].message).toMatch(/location, azimuth and dip|azimuth/)
    })
  }

  it('the holes drilled at stated azimuths and dips: nothing missing, beside a plan to go down dip', async () => {
    const orientation =
      'The holes were drilled at an azimuth of 120° and dips of -55° to -70° from collars on the ridge.'
    expect(await holes(release(orientation, 'Ashgrove plans to follow the zone down dip next year.'))).toEqual([])
  })

  it('a table column "Dip" still gives the holes’ dip', async () => {
    const text = release('', 'Drilling resumes in January.').replace(
      '| Hole | From (m) | To (m) | Length (m) | Au (g/t) |\n| --- | --- | --- | --- | --- |\n' +
        '| LK26-03 | 41.0 | 50.4 | 9.4 | 6.2 |\n| LK26-05 | 77.5 | 80.0 | 2.5 | 3.9 |',
      '| Hole | Easting | Northing | Azimuth | Dip |\n| --- | --- | --- | --- | --- |\n' +
        '| LK26-03 | 684210 | 5612440 | 120 | -55 |\n| LK26-05 | 684390 | 5612515 | 120 | -70 |\n\n' +
        '| Hole | From (m) | To (m) | Length (m) | Au (g/t) |\n| --- | --- | --- | --- | --- |\n' +
        '| LK26-03 | 41.0 | 50.4 | 9.4 | 6.2 |\n| LK26-05 | 77.5 | 80.0 | 2.5 | 3.9 |'
    )
    expect(await holes(text)).toEqual([])
  })
})
