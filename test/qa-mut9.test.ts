/**
 * Planted defects in exploration-results releases, second round: channel, trench, RC, soil and till, re-assay and
 * partner-operated results, each written compliant by a QP and counsel, then with one defect a securities lawyer
 * expects caught. The issuers, people and properties are invented, in our own words; each case reproduces the shape
 * of a draft the document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const RESULTS =
  'KAMLOOPS, British Columbia, December 2, 2026 – Pellow Copper Inc. (TSXV: PLW) (the "Company") reports that ' +
  'reverse circulation hole PC-26-RC04 at its Marten Hill project intersected 0.82% Cu over 36 metres.'
const QP =
  'Ingrid Solberg, P.Geo., a consultant to the Company and a qualified person under National Instrument 43-101, ' +
  'has reviewed and approved the technical content of this release.'

describe('data-verification: a statement that the data were verified says how (NI 43-101 s.3.2(b))', () => {
  it.each([
    `${QP} Ms. Solberg has verified the data disclosed.`,
    'Ingrid Solberg, P.Geo., a consultant to the Company and a qualified person under National Instrument 43-101, ' +
      'has reviewed, verified and approved the technical information in this release.',
    `${QP} The assay data received from the laboratory have been verified by Ms. Solberg.`,
    "Ingrid Solberg, P.Geo., the Company's Vice President Exploration, who is not independent of the Company, is a " +
      'qualified person under NI 43-101 and has reviewed and approved this release. Ms. Solberg has verified the data.'
  ])('a warning on a bare "verified": %s', async (statement) => {
    const found = await messages('data-verification', `${RESULTS}\n\n${statement}`)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('warning Missing how the data were verified')
  })
  it.each([
    `${QP} Ms. Solberg verified the data by comparing the laboratory certificates with the drill database.`,
    `${QP} Ms. Solberg has verified the data disclosed. Her verification included a site visit during drilling.`,
    `${QP} Ms. Solberg has verified the data; she reviewed the QA/QC results and found no limitations.`,
    `${QP} The Company is independently verifying these results through check sampling of the RC rejects.`,
    `${QP} The Company has not undertaken any independent check of the assays in order toverify the results.`,
    `${QP} Data verification is described in the Company's technical report dated March 3, 2026.`
  ])('silent where how is said (or that it was not done): %s', async (statement) => {
    expect(await messages('data-verification', `${RESULTS}\n\n${statement}`)).toEqual([])
  })
})

describe('data-verification: a title or a plan is no verification statement', () => {
  it.each([
    '## Sampling, QA/QC and Data Verification\n\nRC chips were split at the rig and the sample numbers were checked ' +
      'against the tag books at the end of each shift.',
    'Coarse rejects and pulps are stored in a secure facility for possible future verification and re-analysis.'
  ])('the statement is missing: %s', async (text) => {
    const found = await messages('data-verification', `${RESULTS}\n\n${text}\n\n${QP}`)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('warning Missing data verification statement')
  })
})

const DRILLED =
  'TORONTO, Ontario, December 4, 2026 – Wrenfield Gold Corp. (TSXV: WFG) (the "Company") reports that hole ' +
  'WG-26-031 at its Osprey Lake project intersected 4.15 g/t Au over 9.0 metres. True widths are estimated at 80% of ' +
  'the core lengths. Core was analysed by fire assay at SGS Canada Inc. in Lakefield, Ontario, independent of the ' +
  'Company, with certified standards, blanks and duplicates inserted in the sample stream.'

describe('exploration-results: holes located without their azimuth and dip (NI 43-101 s.3.3(2)(b))', () => {
  it.each([
    '| Hole | Easting | Northing | Depth (m) |\n| --- | --- | --- | --- |\n| WG-26-031 | 512330 | 5245610 | 240 |',
    'Hole WG-26-031 was collared at 512330E, 5245610N (UTM NAD83 Zone 17).',
    'Hole | Easting | Northing | Elevation\n\nWG-26-031 | 512330 | 5245610 | 402'
  ])('a warning where the coordinates are given and the azimuth and dip are not: %s', async (table) => {
    const found = await messages('exploration-results', `${DRILLED}\n\n${table}`)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('warning Missing azimuth and dip of the drill holes')
  })
  it.each([
    '| Hole | Easting | Northing | Az_deg | Dip_deg |\n| --- | --- | --- | --- | --- |\n| WG-26-031 | 512330 | 5245610 | 180 | -50 |',
    'Hole WG-26-031 was collared at 512330E, 5245610N (UTM NAD83 Zone 17) and drilled vertically.',
    'Hole WG-26-031 was collared at 512330E, 5245610N (UTM NAD83 Zone 17), at an azimuth of 045° and a dip of -60°.',
    'See Table 2 for the drill hole coordinates.'
  ])('silent with the azimuth and dip, or a table only named: %s', async (table) => {
    expect(await messages('exploration-results', `${DRILLED}\n\n${table}`)).toEqual([])
  })
})

describe('data-verification: the records a verification covered say how (NI 43-101 s.3.2(b))', () => {
  it.each([
    `${QP} Ms. Solberg has verified the data, including the drill logs, certificates of analysis and QA/QC results.`,
    `${QP} Ms. Solberg verified the assay certificates against the drill logs.`,
    `${QP} The certificates of analysis were verified against the database by Ms. Solberg.`,
    `${QP} Ms. Solberg observed the sampling and verified the weights and assay records.`
  ])('no warning: %s', async (statement) => {
    expect(await messages('data-verification', `${RESULTS}\n\n${statement}`)).toEqual([])
  })
})
