/**
 * Technical releases of junior explorers of kinds less common than drill results (soil and grab sampling, an
 * acquisition beside a neighbour's mine), as an IR person drafts them (a QA round; invented issuers, our own
 * wording): each case a class of drafts the model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('exploration-results: a laboratory’s name is a whole word, not part of "exploring"', () => {
  const release = (shipped: string) =>
    'VANCOUVER, British Columbia, November 18, 2026 – Tamsin Metals Corp. (TSXV: TMS) reports soil results from ' +
    'its Harrow Creek property. Crews collected 412 soil samples; sample HC-114 returned 1,240 ppb Au.\n\n' +
    `Samples were ${shipped}, analysed for gold by aqua regia digestion with ICP-MS finish. Certified reference ` +
    'materials and field duplicates were inserted with the samples.\n\n' +
    'Tamsin Metals Corp. is exploring for gold in British Columbia.'

  it('a laboratory named', async () => {
    expect(
      await messages(
        'exploration-results',
        release('shipped to ALS Canada Ltd. in Kamloops, an independent laboratory')
      )
    ).toEqual([])
  })

  it('none named, although the issuer is "exploring"', async () => {
    expect(await messages('exploration-results', release('shipped for analysis'))).toContainEqual(
      expect.stringContaining('Missing laboratory')
    )
  })
})

describe('mineral-resource: a neighbour’s resource beside a property that "adjoins" it is not the issuer’s', () => {
  const release = (placed: string) =>
    'VANCOUVER, British Columbia, May 12, 2026 – Quillon Bay Minerals Inc. (TSXV: QBY) ("Quillon" or the ' +
    '"Company") has agreed to acquire the Wolverton gold property in Ontario.\n\n' +
    `${placed} the Rhyolite gold mine operated by Norwick Mining Corp., which reported measured and indicated ` +
    'resources of 2.1 million ounces of gold in 9.4 million tonnes grading 6.9 g/t Au.'

  it('the property adjoins the mine', async () => {
    expect(await messages('mineral-resource', release('The property adjoins'))).toEqual([])
  })

  it('an adjoining property', async () => {
    expect(await messages('mineral-resource', release('The Wolverton is the property adjoining'))).toEqual([])
  })

  it('near a mine its operator names: the operator’s estimate', async () => {
    expect(await messages('mineral-resource', release('The Wolverton property lies near'))).toEqual([])
  })

  it('the issuer’s own estimate, on a mine the issuer operates, is still checked', async () => {
    const own = release('The Wolverton property lies near').replace('Norwick Mining Corp.', 'Quillon Bay Minerals Inc.')
    expect(await messages('mineral-resource', own)).toContainEqual(expect.stringContaining('Missing effective date'))
  })
})

describe('historical-estimate: the negation on the qualified person ("No qualified person has done …")', () => {
  const release = (statement: string) =>
    'TORONTO, Ontario, April 7, 2026 – Norcastle Gold Corp. (CSE: NCG) has acquired the Lac Brûlé property, which ' +
    'hosts a historical estimate of 1.2 million tonnes grading 5.8 g/t Au (Indicated), prepared by R. Tessier in a ' +
    '1997 report for Vallon Mines Inc. using the polygonal method and a 3.0 g/t Au cut-off. The estimate is relevant ' +
    'and reliable as a guide to exploration; no more recent estimates or data are available. To verify it, the ' +
    'Company would need to twin historical holes and complete a new estimate.\n\n' +
    statement

  it('no qualified person has done sufficient work', async () => {
    const said =
      'No qualified person has done sufficient work to classify the historical estimate as a current mineral ' +
      'resource or mineral reserve; Norcastle is not treating it as current.'
    expect(await messages('historical-estimate', release(said))).toEqual([])
  })

  it('a qualified person has done sufficient work: the opposite', async () => {
    const said =
      'A qualified person has done sufficient work to classify the historical estimate as a current mineral ' +
      'resource or mineral reserve; Norcastle is not treating it as current.'
    expect(await messages('historical-estimate', release(said))).toContainEqual(expect.stringContaining('drops'))
  })
})

describe('exploration-results: the issuer’s short name in a headline ("Larchmont Resources Samples …") is a name', () => {
  const release = (method: string) =>
    '# Larchwood Resources Samples up to 18.6 g/t Gold at Pell Lake\n\n' +
    'TORONTO, Ontario, October 2, 2026 – Larchwood Resources Inc. (CSE: LRW) ("Larchwood" or the "Company") ' +
    'reports assays from its prospecting program at Pell Lake.\n\n' +
    'Prospectors collected 96 rock grab samples. Nineteen samples returned more than 1.0 g/t Au, including a ' +
    'sample of vein material that returned 18.6 g/t Au. Grab samples are selective by nature and are not ' +
    'necessarily representative of the mineralization on the property.\n\n' +
    method

  it('the laboratory, method and QA/QC stated', async () => {
    const stated =
      'Samples were analysed by Actlabs in Thunder Bay, which is independent of the Company, by fire assay with ' +
      'an atomic absorption finish; blanks and certified standards were inserted into the sample stream.'
    expect(await messages('exploration-results', release(stated))).toEqual([])
  })

  it('none stated: the headline’s grade does not hide the results it repeats', async () => {
    const found = await messages('exploration-results', release(''))
    expect(found).toContainEqual(expect.stringContaining('Missing laboratory'))
    expect(found).toContainEqual(expect.stringContaining('Missing analytical method'))
  })
})

describe('exploration-results: a method only qualified ("by standard methods") names none', () => {
  const release = (method: string) =>
    'VANCOUVER, British Columbia, November 18, 2026 – Tamsin Metals Corp. (TSXV: TMS) reports soil results. Crews ' +
    'collected 412 soil samples; sample HC-114 returned 1,240 ppb Au.\n\n' +
    `Samples were shipped to ALS Canada Ltd. in Kamloops, an independent laboratory, and analysed for gold by ${method}. ` +
    'Certified reference materials and field duplicates were inserted with the samples.'

  it('a method named', async () => {
    expect(await messages('exploration-results', release('the LeachWELL method'))).toEqual([])
  })

  it('only qualified', async () => {
    for (const vague of ['standard methods', 'industry-standard methods', 'the usual analytical methods']) {
      expect(await messages('exploration-results', release(vague))).toContainEqual(
        expect.stringContaining('Missing analytical method')
      )
    }
  })
})

describe('exploration-results: radiometric equivalent grades read by a gamma probe come from no laboratory or sample', () => {
  const release = (grades: string) =>
    'SASKATOON, Saskatchewan, March 4, 2026 – Tern Basin Uranium Corp. (TSXV: TBU) reports results from its winter ' +
    `drill program. Hole TB-26-02 intersected ${grades} over 5.2 m from 312.4 m. True widths are not yet known. ` +
    'Holes were drilled at an azimuth of 135 degrees and a dip of -70 degrees.\n\n' +
    'Grades were derived from downhole gamma probe data using a calibrated probe, checked against a calibration ' +
    'pit before and after the program as part of the Company’s quality control. Radiometric equivalent grades may ' +
    'not reflect actual uranium grades because of radioactive disequilibrium.'

  it('eU3O8 read by the probe', async () => {
    expect(await messages('exploration-results', release('0.64% eU3O8'))).toEqual([])
  })

  it('a chemical grade still owes its laboratory and samples', async () => {
    const found = await messages('exploration-results', release('0.64% U3O8'))
    expect(found).toContainEqual(expect.stringContaining('Missing laboratory'))
    expect(found).toContainEqual(expect.stringContaining('Missing type of samples'))
  })
})

describe('exploration-results: the laboratory’s independence with a stray space in its word ("indep endent")', () => {
  const release = (relationship: string) =>
    'TORONTO, Ontario, October 2, 2026 – Pellwood Gold Inc. (CSE: PWG) reports that rock grab sample PL-07 returned ' +
    '18.6 g/t Au. Grab samples are selective by nature and are not necessarily representative of the mineralization ' +
    'on the property.\n\n' +
    `Samples were delivered to Actlabs in Thunder Bay${relationship}. Gold was determined by fire assay with an ` +
    'atomic absorption finish; blanks and certified standards were inserted into the sample stream.'

  it('split by copy', async () => {
    expect(await messages('exploration-results', release(', which is indep endent of the Company'))).toEqual([])
  })

  it('not stated', async () => {
    expect(await messages('exploration-results', release(''))).toContainEqual(
      expect.stringContaining('Missing relationship of the laboratory')
    )
  })
})
