/**
 * A resource estimate tabled by zone, its CIM categories dropped from the rows and named nowhere ("announces an
 * updated mineral resource estimate …" over "| Main | 12.4 | 0.62 |"): NI 43-101 s.2.2 has each category reported,
 * so the estimate is reported as missing them. A table with its categories, a historical estimate by zone and a table
 * of drill results beside a named resource are not. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const INTRO =
  'TORONTO, ON, March 1, 2027 – Veldt Harbour Copper Corp. (TSX: VHC) (the "Company") announces an updated ' +
  'mineral resource estimate for its Pell Lake deposit, with an effective date of February 1, 2027.\n\n'
const NOTES =
  '\n\nThe estimate is reported within a pit shell at a cut-off grade of 0.20% Cu and a copper price of US$4.00/lb. ' +
  'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'
const table = (first: string, second: string) =>
  '| Zone | Tonnes (Mt) | Cu (%) |\n|---|---|---|\n' + `| ${first} | 12.4 | 0.62 |\n| ${second} | 38.9 | 0.54 |`

describe('mineral-resource: an estimate tabled by zone with no category', () => {
  it('an error: the categories are missing', async () => {
    const messages = await found(INTRO + table('Main', 'North') + NOTES)
    expect(messages).toEqual([expect.stringMatching(/error Missing (?:CIM )?categor/)])
  })

  it('no error with the categories in the rows', async () => {
    expect(await found(INTRO + table('Indicated', 'Inferred') + NOTES)).toEqual([])
  })

  it('no error with the category named over the table', async () => {
    const intro = INTRO.replace('updated mineral resource estimate', 'updated Indicated mineral resource estimate')
    expect(await found(intro + table('Main', 'North') + NOTES)).toEqual([])
  })

  it('a mine plan tabled under a passage that names the estimate is not one', async () => {
    const intro = INTRO.replace('.\n\n', '. The mine plan schedules mill feed from it as follows.\n\n')
    const plan = '| Year | Mill feed (Mt) | Cu (%) |\n|---|---|---|\n| 1 | 4.1 | 0.66 |\n| 2 | 4.3 | 0.61 |'
    expect(await found(intro + plan + NOTES)).toEqual([])
  })

  it('drill results tabled beside a resource named are not an estimate', async () => {
    const text =
      'TORONTO, ON, March 1, 2027 – Veldt Harbour Copper Corp. (TSX: VHC) reports drilling outside the pit shell of ' +
      'its 2026 mineral resource estimate.\n\n| Hole | From (m) | Length (m) | Cu (%) |\n|---|---|---|---|\n' +
      '| PL-27-01 | 112.0 | 14.0 | 0.71 |'
    expect(await found(text)).toEqual([])
  })
})
