/**
 * Technical releases on commodities other than gold, silver and copper, written as those trades write them: lithium
 * brines (mg/L), placer gravels (g/m³, bank cubic metres), diamonds (carats per hundred tonnes), heavy mineral sands
 * (% THM), graphite (wt% Cg, LECO), tailings and laterites sampled by auger, resource tables with a Measured and
 * Indicated subtotal, equivalent grades tabled alone, and radiometric grades read by a probe. The issuers, people and
 * properties are invented, in our own words; each case reproduces the shape of a draft the document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const lead = (issuer: string) =>
  `SALTA, Argentina, November 18, 2026 – ${issuer} (TSXV: QXB) (the "Company") reports results from its project.`

describe('qp-statement: grades in the units of brines, placers, diamonds and mineral sands are figures', () => {
  it.each([
    'Packer samples from hole SQ-26-07 returned 561 mg/L Li over the 292 m interval sampled.',
    'Brine from the packer intervals of hole SQ-26-07 gave lithium concentrations averaging 561 mg/L over 292 m.',
    'Twelve test pits returned a weighted average of 0.74 g/m³ gold over 3.8 m of pay gravel.',
    'The upper bench pits averaged 740 mg/m3 gold across 3.8 m of gravel.',
    'The pits on the lower bench returned 0.41 g/BCM gold from 4.2 m of gravel.',
    'The 1,862 tonne bulk sample of the pipe returned 118 cpht in diamonds larger than 1 mm.',
    'Aircore hole KF-26-041 intersected 9.6% THM over 12.0 m from surface.',
    'Hole CB-26-11 intersected 12.4 wt% Cg from 14.0 m to 50.0 m.'
  ])('an error without a QP statement: %s', async (sentence) => {
    const found = await messages('qp-statement', `${lead('Quebrada Brine Corp.')}\n\n${sentence}`)
    expect(found.filter((m) => m.includes('error') && m.includes('Qualified Person statement'))).toHaveLength(1)
  })

  it.each([
    // Water quality, a density, a diamond's value: no grade of a material sampled.
    'Discharge water from the camp held 0.02 mg/L arsenic, below the permit limit.',
    'The core has an average density of 2.71 g/cm³ in the mineralized unit.',
    'An independent valuer put the parcel at 142 U.S. dollars per carat.'
  ])('no error: %s', async (sentence) => {
    const found = await messages('qp-statement', `${lead('Quebrada Brine Corp.')}\n\n${sentence}`)
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })
})

describe('exploration-results: a hole named with a unit’s letters, "measured" as a verb, are no reason to skip results', () => {
  it.each([
    'Auger hole KT-26-11 returned 0.44% Zn and 71 g/t Ag over 8.0 m of tailings.',
    'Hole MT-26-004 intersected 1.9% Zn over 6.5 m.',
    'Hole MC-26-03 returned 2.1% Cu over 12.0 m measured along the core axis.'
  ])('results, so the laboratory is owed: %s', async (sentence) => {
    const found = await messages('exploration-results', `${lead('Old Pine Metals Inc.')}\n\n${sentence}`)
    expect(found.some((m) => m.includes('Missing laboratory'))).toBe(true)
  })

  it.each([
    'The deposit hosts 14.1 Mt grading 2.1% Zn within the pit shell.',
    'Measured resources are 4.2 million tonnes at 1.1% Ni.'
  ])('a resource is no result: %s', async (sentence) => {
    expect(await messages('exploration-results', `${lead('Old Pine Metals Inc.')}\n\n${sentence}`)).toEqual([])
  })
})

describe('exploration-results: the methods, samples and checks of other trades are read', () => {
  const statements = (method: string) =>
    'Samples were sent to Northcott Analytical Inc. in Sudbury, Ontario, which is independent of the Company. ' +
    `${method} Certified reference materials, blanks and duplicates were inserted at one in ten samples.`

  it.each([
    ['Hole CB-26-11 intersected 12.4% Cg over 36.0 m in drill core.', 'Graphitic carbon was determined by LECO.'],
    ['Hole CB-26-11 intersected 12.4% Cg over 36.0 m in drill core.', 'Carbon was read by combustion infrared.'],
    [
      'Hole CB-26-11 intersected 12.4% Cg over 36.0 m in drill core.',
      'Samples were run for graphitic carbon (C-IR18).'
    ],
    ['Drill core from hole KF-26-04 returned 9.6% THM over 12.0 m.', 'THM was determined by heavy liquid separation.'],
    [
      'The bulk sample of the core returned 118 cpht.',
      'Diamonds were recovered from the concentrate by X-ray sorting.'
    ],
    [
      'Test pits returned 0.74 g/m³ gold over 3.8 m of gravel in channel samples.',
      'The gold was cleaned, dried and weighed on site.'
    ]
  ])('no method finding: %s', async (result, method) => {
    const value = (said: string) =>
      `${lead('Blackwing Minerals Ltd.')}\n\n${result} True widths are not known.\n\n${statements(said)}`
    const method_ = (text: string) => text.includes('analytical method')
    expect((await messages('exploration-results', value(method))).filter(method_)).toEqual([])
    // The same result with no method stated has its finding.
    expect((await messages('exploration-results', value(''))).some(method_)).toBe(true)
  })

  it.each([
    'Aircore hole KF-26-041 intersected 5.1% Zn over 12.0 m.',
    'Auger hole KT-26-11 returned 0.44% Zn over 8.0 m.',
    'Sonic hole TS-26-02 returned 0.31% Zn over 9.0 m.'
  ])('no sample-type finding: %s', async (sentence) => {
    const value = (said: string) =>
      `${lead('Blackwing Minerals Ltd.')}\n\n${said} True widths are not known.\n\n${statements('By ICP-MS.')}`
    const type = (text: string) => text.includes('type of samples')
    expect((await messages('exploration-results', value(sentence))).filter(type)).toEqual([])
    // The hole without its kind of drilling has the finding.
    const unnamed = sentence.replace(/^\w+ hole/, 'Hole')
    expect((await messages('exploration-results', value(unnamed))).some(type)).toBe(true)
  })

  it('"laboratory standards" names no laboratory', async () => {
    const value =
      `${lead('Blackwing Minerals Ltd.')}\n\nAircore hole KF-26-041 intersected 9.6% THM over 12.0 m. ` +
      'Samples were sent for heavy liquid separation. Field duplicates and laboratory standards were inserted.'
    expect((await messages('exploration-results', value)).some((m) => m.includes('Missing laboratory'))).toBe(true)
  })

  it('re-panning the plant’s tailings is the QA/QC of a placer bulk sample', async () => {
    const value = (check: string) =>
      `${lead('Blackwing Minerals Ltd.')}\n\nTest pits returned 0.74 g/m³ gold over 3.8 m of gravel. ` +
      'The gold was sent to Northcott Analytical Inc. in Whitehorse, independent of the Company, for fire assay. ' +
      `${check}The pits are vertical and the thicknesses are true thicknesses.`
    const qaqc = (text: string) => text.includes('QA/QC')
    const checked = value('Tailings from every fourth pit were re-panned as a check on plant recovery. ')
    expect((await messages('exploration-results', checked)).filter(qaqc)).toEqual([])
    expect((await messages('exploration-results', value(''))).some(qaqc)).toBe(true)
  })
})

describe('mineral-resource: a total row adds Inferred to a table with a Measured and Indicated subtotal', () => {
  const table = (total: string) =>
    'Altiplano Sur Corp. (TSXV: ASC) announces a mineral resource estimate effective October 15, 2026.\n\n' +
    '| Category | Brine Volume (Mm³) | Li (mg/L) | Contained Li (t) |\n| --- | --- | --- | --- |\n' +
    '| Measured | 412 | 498 | 205,200 |\n| Indicated | 284 | 471 | 133,800 |\n' +
    '| Measured and Indicated | 696 | 487 | 339,000 |\n| Inferred | 41 | 455 | 18,700 |\n' +
    total +
    '\nMineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'

  it.each(['| Total | 737 | 485 | 357,700 |', '| Total (M+I+Inferred) | 737 | 485 | 357,700 |'])(
    'an error: %s',
    async (row) => {
      const found = await messages('mineral-resource', table(row))
      expect(found.some((m) => m.includes('Inferred resources added'))).toBe(true)
    }
  )

  it.each(['', '| Total M&I | 696 | 487 | 339,000 |'])('no error: "%s"', async (row) => {
    const found = await messages('mineral-resource', table(row))
    expect(found.filter((m) => m.includes('Inferred resources added'))).toEqual([])
  })
})

describe('metal-equivalent: a table of equivalent grades alone gives no metals to the same figure elsewhere', () => {
  const release = (header: string, row: string) =>
    '# Harrow Bay Intersects 9.84% ZnEq over 7.6 Metres\n\n' +
    'Harrow Bay Resources Ltd. (TSXV: HBR) reports assays from hole HB-26-12.\n\n' +
    `${header}\n| --- | --- | --- | --- |\n${row}\n\n` +
    'ZnEq uses US$1.25/lb Zn and US$0.95/lb Pb, with recoveries of 88% Zn and 80% Pb.'

  it('an error when no column gives a metal', async () => {
    const found = await messages(
      'metal-equivalent',
      release('| Hole | From (m) | Length (m) | ZnEq (%) |', '| HB-26-12 | 244.1 | 7.6 | 9.84 |')
    )
    expect(found.filter((m) => m.includes('error') && m.includes('grades of the metals'))).toHaveLength(1)
  })

  it('none when the table gives the metals', async () => {
    const found = await messages(
      'metal-equivalent',
      release('| Hole | Length (m) | Zn (%) | Pb (%) | ZnEq (%) |', '| HB-26-12 | 7.6 | 6.12 | 2.41 | 9.84 |')
    )
    expect(found).toEqual([])
  })
})

describe('exploration-results: radiometric grades read by a probe owe no laboratory relationship', () => {
  const release = (extra: string) =>
    `${lead('Cobalt Creek Uranium Corp.')}\n\nHole PK-26-014 intersected 4.9% eU3O8 over 5.5 m from 512.0 m. ` +
    'The holes are vertical and the mineralization flat-lying, so the lengths are true thicknesses.\n\n' +
    'The grades were read by a calibrated triple gamma probe, checked at the Saskatchewan Research Council test ' +
    `pits in Saskatoon. Duplicate logging runs were made in each hole as quality control. ${extra}`

  it('no relationship warning where only the probe read the grades', async () => {
    expect((await messages('exploration-results', release(''))).filter((m) => m.includes('relationship'))).toEqual([])
  })

  it('the warning where a laboratory also assayed results', async () => {
    const value = release('').replace(
      'from 512.0 m.',
      'from 512.0 m.\n\nChemical assays of split core from hole PK-26-017 returned 0.88% U3O8 over 9.0 m by ICP-OES.\n\n'
    )
    expect((await messages('exploration-results', value)).some((m) => m.includes('relationship'))).toBe(true)
  })
})

describe('mineral-resource: Inferred added "in the Measured, Indicated and Inferred categories"', () => {
  const release = (sentence: string) =>
    'Salina Alta Lithium Corp. (TSXV: SAL) reports on its brine project.\n\n' +
    `The mineral resource estimate effective October 15, 2026 is ${sentence}, at a cut-off of 300 mg/L Li. Mineral resources ` +
    'that are not mineral reserves do not have demonstrated economic viability.'
  const added = (text: string) => text.includes('Inferred resources added')

  it('an error on the sum', async () => {
    const value = release('1.90 million tonnes LCE in the Measured, Indicated and Inferred categories')
    expect((await messages('mineral-resource', value)).some(added)).toBe(true)
  })

  it('none when each is given apart', async () => {
    const value = release(
      '1.80 million tonnes LCE in the Measured and Indicated categories and 0.10 million tonnes LCE in the Inferred category'
    )
    expect((await messages('mineral-resource', value)).filter(added)).toEqual([])
  })
})

describe('qp-statement, exploration-results: diamonds counted in a sample of stated mass are results', () => {
  const release = (qc: string) =>
    `${lead('Caribou Pipe Diamonds Inc.')}\n\nA 412 kg sample of drill core from hole CP4-26-02 returned 312 ` +
    'diamonds larger than 0.106 mm. Collars, azimuths and dips are in Table 1.\n\nThe core was processed by caustic ' +
    `fusion at Northcott Analytical Inc. in Saskatoon, independent of the Company. ${qc}`

  it('an error without a QP statement', async () => {
    const found = await messages('qp-statement', release(''))
    expect(found.some((m) => m.includes('error') && m.includes('Qualified Person statement'))).toBe(true)
  })

  it('synthetic diamonds spiked into the samples are the QA/QC', async () => {
    const qaqc = (text: string) => text.includes('QA/QC')
    expect((await messages('exploration-results', release(''))).some(qaqc)).toBe(true)
    const spiked = release('Every tenth sample was spiked with synthetic diamonds as quality control.')
    expect((await messages('exploration-results', spiked)).filter(qaqc)).toEqual([])
  })

  it('no results in diamonds named without a sample’s mass', async () => {
    const value = `${lead('Caribou Pipe Diamonds Inc.')}\n\nThe pipe is diamondiferous: earlier work recovered 312 diamonds.`
    expect(await messages('exploration-results', value)).toEqual([])
  })
})

describe('metal-equivalent: a uranium grade read by its radiation is no metal equivalent', () => {
  const release = (sentence: string) =>
    `${lead('Cobalt Creek Uranium Corp.')}\n\nHole PK-26-014 returned ${sentence} over 5.5 m from 512.0 m.`

  it.each(['0.8% U3O8 equivalent (eU3O8), read by the downhole gamma probe,', '0.8% U3O8eq from radiometric logging'])(
    'no finding: %s',
    async (sentence) => {
      expect(await messages('metal-equivalent', release(sentence))).toEqual([])
    }
  )

  it('the findings where nothing says the grade is radiometric', async () => {
    expect((await messages('metal-equivalent', release('0.8% U3O8 equivalent'))).length).toBe(3)
  })
})

describe('exploration-results: the calibration of the probe is the QA/QC of grades it alone read', () => {
  const release = (check: string) =>
    `${lead('Sagebrush Plains Uranium Corp.')}\n\nHole CY-26-112 intersected 0.182% eU3O8 over 3.5 m from 141 m. ` +
    'The holes are vertical and the roll front flat-lying, so the intervals are true thicknesses. Collar ' +
    `locations are on the plan map.\n\nGrades were read by a ${check}natural gamma probe run by the logging contractor.`
  const qaqc = (text: string) => text.includes('QA/QC')

  it('no QA/QC finding with a calibrated probe', async () => {
    expect((await messages('exploration-results', release('calibrated '))).filter(qaqc)).toEqual([])
  })

  it('the finding when nothing is said of its calibration', async () => {
    expect((await messages('exploration-results', release(''))).some(qaqc)).toBe(true)
  })
})

describe('qp-statement: oxides by their formula and US units are grades', () => {
  it.each([
    'Test pits on the bench averaged 0.021 oz/yd³ gold across 4 m of gravel.',
    'Hole WY-26-3 returned 2.1 lbs U3O8 per ton over 3 m.',
    'Hole WY-26-4 returned 4.6 lbs/ton over 2 m.',
    'Hole FE-26-1 returned 32.5% Fe3O4 over 40 m.',
    'Hole SN-26-1 returned 0.42% SnO2 over 6 m.',
    'Hole SN-26-2 returned 0.38% tin over 6 m.'
  ])('an error without a QP statement: %s', async (sentence) => {
    const found = await messages('qp-statement', `${lead('Quartzite Metals Corp.')}\n\n${sentence}`)
    expect(found.filter((m) => m.includes('error') && m.includes('Qualified Person statement'))).toHaveLength(1)
  })

  it.each(['The new kilns cut emissions by 40% CO2 over three years.', 'The concentrate holds 8% H2O on shipment.'])(
    'no error: %s',
    async (sentence) => {
      const found = await messages('qp-statement', `${lead('Quartzite Metals Corp.')}\n\n${sentence}`)
      expect(found.filter((m) => m.includes('error'))).toEqual([])
    }
  )
})

describe('metal-equivalent: recoveries written as percents of their metals are no grades of them', () => {
  const release = (sentence: string) =>
    `Loon Rapids Nickel Ltd. (TSXV: LRN) reports assays from hole GR-26-09.\n\n${sentence}`
  const metals = (text: string) => text.includes('grades of the metals')

  it.each([
    'Hole GR-26-09 returned 1.48% NiEq over 31.7 m. NiEq uses US$8.00/lb Ni and US$4.25/lb Cu, with recoveries of ' +
      '85% Ni and 90% Cu.',
    'Hole ZN-26-1 returned 9.8% ZnEq over 7.6 m. Zinc equivalent assumes US$1.25/lb Zn and US$0.95/lb Pb and 88% Zn ' +
      'and 80% Pb recovery.'
  ])('an error: %s', async (sentence) => {
    expect((await messages('metal-equivalent', release(sentence))).some(metals)).toBe(true)
  })

  it('none when the metals are given too', async () => {
    const sentence =
      'Hole GR-26-09 returned 1.48% NiEq (1.21% Ni and 0.22% Cu) over 31.7 m, with US$8.00/lb Ni and US$4.25/lb Cu ' +
      'and recoveries of 85% Ni and 90% Cu.'
    expect(await messages('metal-equivalent', release(sentence))).toEqual([])
  })
})

describe('data-verification: a metallurgical release verifies its test work', () => {
  const release = (review: string) =>
    'Kestrel Ridge Lithium Inc. (TSXV: KRL) reports test work on a 450 kg composite grading 1.41% Li2O from its ' +
    'pegmatite.\n\nDense media separation produced a concentrate of 6.1% Li2O at a recovery of 72%, by SGS Canada ' +
    `Inc. in Lakefield.\n\nÉric Gauthier, P.Eng., an independent Qualified Person under National Instrument 43-101, ` +
    `has reviewed and approved this release and ${review}.`
  const verification = (text: string) => text.includes('data verification')

  it('no warning when the QP reviewed the test work data', async () => {
    const found = await messages(
      'data-verification',
      release("reviewed the test work data and the laboratory's reports")
    )
    expect(found.filter(verification)).toEqual([])
  })

  it('the warning when nothing says how the data were checked', async () => {
    const found = await messages('data-verification', release('takes responsibility for it'))
    expect(found.some(verification)).toBe(true)
  })
})

describe('exploration-results: QA/QC named only as what the QP reviewed summarizes no program', () => {
  const release = (qc: string) =>
    'Fjordvik Rare Earths Ltd. (TSXV: FRE) reports that hole HV-26-04 intersected 2.31% TREO over 42.0 m in ' +
    'HQ core. True widths are not known. Collars are in Table 1.\n\nSamples were analysed by Northcott Analytical ' +
    `Inc. in Saskatoon, independent of the Company, by lithium metaborate fusion and ICP-MS.${qc}\n\n` +
    'Dr. Ingrid Solberg, P.Geo., a Qualified Person under National Instrument 43-101 and Chief Geologist of the ' +
    'Company, approved this release and verified the data by reviewing the certificates and the QA/QC data.'
  const qaqc = (text: string) => text.includes('QA/QC')

  it('an error without the program', async () => {
    expect((await messages('exploration-results', release(''))).some(qaqc)).toBe(true)
  })

  it('none with it', async () => {
    const found = await messages('exploration-results', release(' Blanks and standards were inserted in each batch.'))
    expect(found.filter(qaqc)).toEqual([])
  })
})
