/**
 * Early-stage exploration releases as grassroots explorers write them: geochemical surveys (soil, till, lake and
 * stream sediments, plants), prospecting grab samples and their caution, probe readings, a joint venture partner's
 * data. Each compliant wording must pass, and one element dropped must be caught. The issuers, people and properties
 * are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const QP =
  'The technical information in this release was reviewed and approved by Odile Marsh, P.Geo., Vice President ' +
  'Exploration of the Company and a qualified person under NI 43-101. Ms. Marsh verified the data by reviewing the ' +
  'laboratory certificates.'

describe('technical evidence: a stream sediment survey is no metal stream (production)', () => {
  const release = (lab: string) =>
    [
      'Bracken Hill Metals Corp. (TSXV: BHM) reports that stream sediment samples from its Yarrow property returned up ' +
        'to 312 ppm Cu and 48 ppb Au along the Yarrow creek.',
      '',
      lab,
      '',
      QP
    ].join('\n')

  it('its grades are results: the missing laboratory is an error', async () => {
    const messages = await found('exploration-results', release('Samples were analysed by aqua regia ICP-MS.'))
    expect(messages.some((m) => m.includes('error Missing laboratory'))).toBe(true)
  })

  it('no finding when the laboratory, its relationship, the method and the QA/QC are stated', async () => {
    const lab =
      'Samples were analysed by ALS Canada Ltd. in North Vancouver, independent of the Company, by aqua regia ' +
      'ICP-MS. Standards and blanks were inserted every twentieth sample.'
    expect(await found('exploration-results', release(lab))).toEqual([])
  })

  it('a metal stream is still production: a stream on a mine, with a grade, is weak evidence', async () => {
    const text =
      'Pellow Royalty Corp. (TSX: PRC) received 1,240 ounces of gold under its stream on the Larch mine, whose mill ' +
      'head grade was 2.1 g/t Au.'
    const messages = await found('qp-statement', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
  })
})

describe('exploration-results: a geochemical survey’s values told by its medium or its anomaly', () => {
  const release = (values: string, lab: string) =>
    [
      `Fernhill Gold Inc. (TSXV: FHG) reports the results of a B-horizon soil survey on its Corvid property. ${values}`,
      '',
      lab,
      '',
      QP
    ].join('\n')
  const LAB =
    'Samples were analysed by Eastern Analytical Ltd. in Springdale, an accredited laboratory independent of the ' +
    'Company, by fire assay with ICP finish. Standards and blanks were inserted every twentieth sample.'

  it.each([
    'The survey outlined a gold-in-soil anomaly 1.8 kilometres long, peaking at 1,420 ppb Au.',
    'The soil survey outlined a gold anomaly 900 metres long with values up to 385 ppb Au.',
    'Till values reached 1,240 ppb Au in the fine fraction along the down-ice trend.',
    'Anomalous arsenic, up to 410 ppm As, follows the interpreted fault.'
  ])('the missing laboratory is an error: %s', async (values) => {
    const messages = await found('exploration-results', release(values, 'Samples were analysed by fire assay.'))
    expect(messages.some((m) => m.includes('error Missing laboratory'))).toBe(true)
  })

  it('no finding with the laboratory, its relationship, the method and the QA/QC', async () => {
    const values = 'The survey outlined a gold-in-soil anomaly 1.8 kilometres long, peaking at 1,420 ppb Au.'
    expect(await found('exploration-results', release(values, LAB))).toEqual([])
  })

  it('a geophysical survey is still no result: an IP chargeability in mV/V', async () => {
    const text =
      'Fernhill Gold Inc. (TSXV: FHG) reports that an induced polarization survey outlined a chargeability anomaly ' +
      'of more than 25 mV/V beneath the leached cap at its Corvid property.\n\n' +
      QP
    expect(await found('exploration-results', text)).toEqual([])
  })
})

describe('exploration-results: the sample type of a lake sediment or biogeochemical survey', () => {
  const LAB =
    'Samples were analysed by Saskatchewan Research Council Geoanalytical Laboratories, independent of the Company, ' +
    'by partial digestion and ICP-MS. Standards and field duplicates were inserted at one in twenty.'
  it.each([
    'The survey collected 318 lake-bottom sediment samples. Uranium values range from 0.4 ppm to 64.2 ppm U.',
    'Lake sediments collected by helicopter returned up to 64.2 ppm U.',
    'A biogeochemical survey of spruce bark returned up to 96 ppb Au.',
    'Stream silts collected along the creek returned up to 48 ppb Au.',
    'Heavy mineral concentrates of the samples returned up to 9,200 ppb Au.'
  ])('no missing sample type: %s', async (survey) => {
    const text = [`Aurelle Uranium Corp. (TSXV: AUU) reports survey results. ${survey}`, '', LAB, '', QP].join('\n')
    const messages = await found('exploration-results', text)
    expect(messages.filter((m) => m.includes('type of samples'))).toEqual([])
  })

  it('a survey whose samples are named by no type is still missing it', async () => {
    const text = [
      'Aurelle Uranium Corp. (TSXV: AUU) reports survey results. Uranium values range up to 64.2 ppm U in the samples.',
      '',
      LAB,
      '',
      QP
    ].join('\n')
    const messages = await found('exploration-results', text)
    expect(messages.some((m) => m.includes('error Missing type of samples'))).toBe(true)
  })
})

describe('exploration-results: sampling named by what it sampled, results by the rock they came from', () => {
  const release = (results: string) =>
    [
      `Wexford Gold Corp. (TSXV: WXG) reports results from its Osprey property. ${results}`,
      '',
      'Samples were analysed by ALS Canada Ltd. in Timmins, an independent laboratory, by fire assay with AA finish. ' +
        'Standards and blanks were inserted every tenth sample.',
      '',
      QP
    ].join('\n')

  it.each([
    'Rock sampling along the Osprey shear returned up to 3.2 g/t Au.',
    'Chip sampling across the vein returned 4.1 g/t Au over 1.5 m, which approximates the true width.',
    'Outcrop sampling along the shear returned up to 3.2% Cu.',
    'The crew collected quartz vein material that returned up to 18.2 g/t Au from float boulders.'
  ])('no missing sample type: %s', async (results) => {
    const messages = await found('exploration-results', release(results))
    expect(messages.filter((m) => m.includes('type of samples'))).toEqual([])
  })

  it('results told by no medium still miss it', async () => {
    const messages = await found('exploration-results', release('Assays returned up to 3.2 g/t Au along the shear.'))
    expect(messages.some((m) => m.includes('error Missing type of samples'))).toBe(true)
  })
})

describe('exploration-results: QA/QC told as duplicates split in the field', () => {
  const release = (qaqc: string) =>
    [
      'Ledgerwood Copper Corp. (TSXV: LWC) reports that soil samples from its Alder property returned up to 640 ppm Cu.',
      '',
      `Samples were analysed by ALS Canada Ltd., independent of the Company, by aqua regia ICP-MS. ${qaqc}`,
      '',
      QP
    ].join('\n')

  it.each([
    'Field duplicates were collected at every twentieth station.',
    'Pulp duplicates were run on one sample in fifteen.'
  ])('no missing QA/QC: %s', async (qaqc) => {
    expect(await found('exploration-results', release(qaqc))).toEqual([])
  })

  it('an error with no quality control named', async () => {
    const messages = await found('exploration-results', release('Sample stations were spaced 25 metres apart.'))
    expect(messages.some((m) => m.includes('error Missing QA/QC program'))).toBe(true)
  })
})

describe('exploration-results: the grab-sample caution that the results do not show the grades', () => {
  const release = (caution: string) =>
    [
      'Quarry Lane Gold Corp. (TSXV: QLG) reports that prospecting at its Fenwick property returned grab samples of up ' +
        'to 12.4 g/t Au from a quartz vein.',
      '',
      `Samples were analysed by ALS Canada Ltd. in Timmins, an independent laboratory, by fire assay with AA finish. ` +
        `Standards and blanks were inserted every tenth sample. ${caution}`,
      '',
      QP
    ].join('\n')

  it.each([
    'Grab sample results are not necessarily indicative of the grades that may be found across the vein.',
    'Grab sample assays do not necessarily reflect the average grade of the vein.'
  ])('no finding: %s', async (caution) => {
    expect(await found('exploration-results', release(caution))).toEqual([])
  })

  it('an adjacent property’s caution about grades is not the grab samples’', async () => {
    const caution =
      'Grades on the adjacent Corvell property are not necessarily indicative of the grades on the Fenwick property.'
    const messages = await found('exploration-results', release(caution))
    expect(messages.some((m) => m.includes('error Missing caution that grab samples are selective'))).toBe(true)
  })
})

describe('data-verification: a review of the data named by their kind', () => {
  const release = (verification: string) =>
    [
      'Tolland Uranium Corp. (TSXV: TUC) reports that hole TL-26-04 returned 1.12% eU3O8 over 1.6 m from 228.0 m, ' +
        'read by a calibrated downhole gamma probe.',
      '',
      'The technical information in this release was reviewed and approved by Ivo Brandt, P.Geo., Vice President ' +
        `Exploration of the Company and a qualified person under NI 43-101. ${verification}`
    ].join('\n')

  it.each([
    'Mr. Brandt reviewed the probe data and its calibration.',
    'Mr. Brandt checked the assay data against the drill logs.',
    'Mr. Brandt reviewed the geophysical data and the contractor’s reports.'
  ])('no finding: %s', async (verification) => {
    expect(await found('data-verification', release(verification))).toEqual([])
  })

  it('a review of the technical information is the approval, not a verification', async () => {
    const messages = await found('data-verification', release('Mr. Brandt reviewed the technical information.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing data verification statement')
  })
})

describe('data-verification: the data said not verified as the operator’s or a partner’s', () => {
  const release = (verification: string) =>
    [
      'Larkmoor Gold Corp. (TSXV: LMG) reports that Boreal Ridge Mining Ltd., operator of the Fennel joint venture, ' +
        'collected channel samples returning 8.9 g/t Au over 2.2 m at the Thistle vein.',
      '',
      'The technical information in this release has been reviewed and approved by Farah Lind, P.Geo., a consultant ' +
        `to the Company and a qualified person under NI 43-101. ${verification}`
    ].join('\n')

  it.each([
    'Ms. Lind has not independently verified the data, which were generated by the operator.',
    'Ms. Lind has not verified the sampling data, which are the joint venture partner’s.'
  ])('no finding: %s', async (verification) => {
    expect(await found('data-verification', release(verification))).toEqual([])
  })

  it('a warning with no word of why', async () => {
    const messages = await found('data-verification', release('Ms. Lind has not verified the sampling data.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing why the data were not verified')
  })
})

describe('mining-terminology: the ore minerals of mineralogy', () => {
  const text = (words: string) =>
    `Tamsworth Copper Corp. (TSXV: TWC) reports that mapping outlined a garnet skarn at its Dunmore property. ${words}`

  it.each([
    'The skarn carries chalcopyrite, bornite and magnetite as the main ore minerals.',
    'Ore mineralogy is dominated by chalcopyrite and bornite.',
    'Ore petrography of six samples is under way.'
  ])('no warning: %s', async (words) => {
    expect(await found('mining-terminology', text(words))).toEqual([])
  })

  it.each([
    ['The skarn is an ore body 600 metres long.', 'ore body'],
    ['The skarn hosts ore exposed in outcrop.', 'ore']
  ])('still a warning: %s', async (words, term) => {
    const messages = await found('mining-terminology', text(words))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(`Unexpected “${term}”`)
  })
})
