/**
 * Technical releases as a geologist and a lawyer draft them (NI 43-101): shapes the rules read wrongly before,
 * each decided by its elements, not its phrasing. Invented issuers and our own wording only.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const LEAD = 'VANCOUVER, BC, June 1, 2026 – Wrenfield Metals Corp. (TSXV: WFM) reports on its Marten project.'
const reasons = async (id: Parameters<typeof lintWith>[0], body: string) =>
  (await lintWith(id, `${LEAD}\n\n${body}\n`)).messages.map((m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`)

describe('mineral-resource: a quantity and grade without the word “resource”', () => {
  const VIABILITY = 'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'

  it('reads an estimate or a deposit given in tonnes and grade as an estimate whose category is missing', async () => {
    for (const sentence of [
      'The new estimate totals 84 million tonnes grading 0.41% Cu at a 0.2% Cu cut-off.',
      'The Marten deposit contains 6.2 Mt at 2.8 g/t Au above a 1 g/t cut-off.'
    ]) {
      const found = await reasons('mineral-resource', `${sentence}\n\n${VIABILITY}`)
      expect(found).toContain(
        'error: Missing CIM category of the estimate, expected Measured, Indicated or Inferred (Proven or Probable for reserves)'
      )
      expect(found.some((r) => r.startsWith('error: Missing effective date'))).toBe(true)
    }
  })

  it('says “resource” of an uncategorized figure, and asks for the viability sentence beside it', async () => {
    const file = await lintWith('mineral-resource', `${LEAD}\n\nThe estimate totals 84 Mt grading 0.41% Cu.\n`)
    expect(file.messages[0].note).toContain('states a mineral resource estimate')
    expect(file.messages.some((m) => m.reason.startsWith('Missing statement that mineral resources'))).toBe(true)
  })

  it('does not read a drill interval, production or a categorized estimate as an uncategorized one', async () => {
    expect(
      await reasons(
        'mineral-resource',
        'The Company estimates that 12,000 tonnes grading 5.1 g/t Au were processed at the mill in 2025.'
      )
    ).toEqual([])
    expect(
      await reasons(
        'mineral-resource',
        'The estimate, effective May 1, 2026, comprises Indicated Mineral Resources of 84 Mt grading 0.41% Cu at a ' +
          `0.2% Cu cut-off. ${VIABILITY}`
      )
    ).toEqual([])
  })
})

describe('exploration-results: surface samples, channels and test work', () => {
  const LAB =
    'Samples were analysed by ALS Canada Ltd., independent of the Company, by fire assay with AA finish; blanks and ' +
    'certified standards were inserted in every batch.'

  it('takes channel widths said to approximate the true width as the true-width statement', async () => {
    const channels = 'Channel CH-03 in trench TR-03 returned 3.2 m at 9.1 g/t Au.'
    const widths = [
      'Channel lengths are horizontal widths measured across the vein, which dips subvertically at the Kestrel ' +
        'showing; they are considered to approximate true width.',
      'Each channel was cut perpendicular to the strike of the vein, which dips steeply to the north-east, and ' +
        'represents the true width.'
    ]
    for (const width of widths)
      expect(await reasons('exploration-results', `${channels} ${width}\n\n${LAB}`)).toEqual([])
    expect(await reasons('exploration-results', `${channels}\n\n${LAB}`)).toEqual([
      expect.stringMatching(/^error: Missing true widths/)
    ])
  })

  it('asks for the grab-sample caution where the paragraph says the samples with grades are grab samples', async () => {
    const grabs =
      'Prospecting crews collected 84 rock grab samples from outcrop and float. Eleven samples returned more than ' +
      '1 g/t Au, with a high of 48.3 g/t Au from quartz-arsenopyrite float.'
    expect(await reasons('exploration-results', `${grabs}\n\n${LAB}`)).toEqual([
      expect.stringMatching(/^error: Missing caution that grab samples are selective/)
    ])
    const cautioned = `${grabs} Grab samples are selective by nature and may not represent average grades.`
    expect(await reasons('exploration-results', `${cautioned}\n\n${LAB}`)).toEqual([])
    // A drill hole's grade beside a mention of grab samples is not a grab sample's.
    const drill =
      'Grab samples from the showing guided the drilling. Hole MR-26-01 intersected 6.0 m of 4.2 g/t Au from 40 m; ' +
      'true widths are estimated at 80% of core length. The hole was drilled at an azimuth of 045° and a dip of -60°.'
    expect(await reasons('exploration-results', `${drill}\n\n${LAB}`)).toEqual([])
  })

  it('does not read the grade of a metallurgical composite or concentrate as a drill result', async () => {
    const testWork =
      'A 250 kg composite grading 1.34% Li2O, assembled from quarter core of eleven holes, was tested at SGS ' +
      'Lakefield. Locked-cycle flotation produced a concentrate grading 6.02% Li2O at a recovery of 78%.'
    expect(await reasons('exploration-results', testWork)).toEqual([])
    // A drill paragraph is still read as one.
    const drill = 'Hole MR-26-01 intersected 6.0 m of 4.2 g/t Au from 40 m; metallurgical test work is planned.'
    expect(await reasons('exploration-results', drill)).toContainEqual(
      expect.stringMatching(/^error: Missing laboratory/)
    )
  })
  it('reads the composite described in the paragraph after the test results as the test’s sample', async () => {
    const tests =
      'Locked-cycle flotation of a spodumene composite from the Ardent dyke produced a concentrate grading 5.9% Li2O ' +
      'at a lithium recovery of 79%.\n\nThe composite was assembled from half core of nine holes and grades 1.21% ' +
      'Li2O. The work was done at an independent laboratory in Ontario.'
    expect(await reasons('exploration-results', tests)).toEqual([])
    // A paragraph of drill results after the test work is still read as results.
    const drill =
      'Locked-cycle flotation produced a concentrate grading 5.9% Li2O.\n\nHole AD-26-04 intersected 1.21% Li2O ' +
      'over 14.0 metres from 22.0 metres, in a composite of the dyke’s samples.'
    expect(await reasons('exploration-results', drill)).toContainEqual(
      expect.stringMatching(/^error: Missing laboratory/)
    )
  })
  it('does not read the thresholds of an option agreement’s milestones as results or an estimate', async () => {
    const milestones = [
      'Upon identifying at least four rock chip samples grading above 1.5% Cu, the Company shall issue 250,000 shares.',
      'Upon completing trenching that intersects at least 8 metres averaging 0.9% Cu, it shall issue 500,000 shares.',
      'Upon filing a resource estimate defining at least 3 million tonnes at ≥0.8% Cu, it shall pay $250,000.'
    ].join('\n\n')
    expect(await reasons('exploration-results', milestones)).toEqual([])
    expect(await reasons('mineral-resource', milestones)).toEqual([])
    // A result stated with "above" is still one when no condition is stated.
    const result = 'Rock chip samples returned grades above 1.5% Cu at the Marten showing.'
    expect(await reasons('exploration-results', result)).toContainEqual(
      expect.stringMatching(/^error: Missing laboratory/)
    )
  })

  it('does not read results “reported by” another company as the release’s own, but still a laboratory’s', async () => {
    const other =
      'The claims cover the areas with the best rock sampling results (over 0.25% nickel) reported by Northby ' +
      'Nickel Ltd. in 2014.'
    expect(await reasons('exploration-results', other)).toEqual([])
    const lab = 'Assays reported by ALS Canada Ltd. in Vancouver gave 3.2 g/t Au over 2.0 m in channel samples.'
    expect(await reasons('exploration-results', lab)).toContainEqual(
      expect.stringMatching(/^error: Missing analytical method/)
    )
  })

  it('does not read a capping or cut-off grade applied to the composites as a result', async () => {
    const estimate =
      'The estimate used 310 drill holes and 9,450 sample intervals. Outlier analysis of the composite samples ' +
      'set a capping limit of 22.5 g/t Au, and the blocks were reported above a cut-off grade of 0.35 g/t Au.'
    expect(await reasons('exploration-results', estimate)).toEqual([])
    // An interval in the sentence is still a result, whatever cut-off it is reported at.
    const drill = 'At a cut-off of 0.3 g/t Au, hole MR-26-02 intersected 14.0 m of 1.9 g/t Au from 22 m.'
    expect(await reasons('exploration-results', drill)).toContainEqual(
      expect.stringMatching(/^error: Missing laboratory/)
    )
  })
})

describe('data-verification: how the data were checked, with their limitations', () => {
  it('takes a review of the data that states its limitations as the verification statement', async () => {
    const body =
      'Hole MR-26-01 intersected 6.0 m of 4.2 g/t Au from 40 m.\n\nThe results were approved by Jane Roe, P.Geo., ' +
      'Vice President Exploration and a Qualified Person under NI 43-101. Ms. Roe reviewed the test procedures and ' +
      'the laboratory’s data and found no limitations.'
    expect(await reasons('data-verification', body)).toEqual([])
    expect(await reasons('data-verification', body.replace(/ Ms\. Roe reviewed.*$/, ''))).toEqual([
      expect.stringMatching(/^warning: Missing data verification statement/)
    ])
  })
})

describe('exploration-target: a target stated in a headline and in full in the body', () => {
  const CAUTION =
    'The potential quantity and grade of the Exploration Target is conceptual in nature; there has been ' +
    'insufficient exploration to define a mineral resource, and it is uncertain whether further exploration will ' +
    'result in the target being delineated as a mineral resource.'
  const BODY =
    'The Exploration Target is estimated at 400 to 650 million tonnes grading 24% to 31% Fe, based on 14 drill holes ' +
    'and a 3D inversion of airborne magnetic data.'

  it('reads two-digit grade ranges, and the body’s grade range and basis for a headline that names no grade', async () => {
    const release = `# Wrenfield Defines Exploration Target of 400 to 650 Million Tonnes at Marten\n\n${LEAD}`
    const file = await lintWith('exploration-target', `${release}\n\n${BODY}\n\n${CAUTION}\n`)
    expect(file.messages.map((m) => m.reason)).toEqual([])
  })

  it('still asks for the ranges and the basis the release never gives', async () => {
    const single = BODY.replace('24% to 31% Fe', '28% Fe').replace(', based on 14 drill holes and', ' from')
    const file = await lintWith('exploration-target', `${LEAD}\n\n${single}\n\n${CAUTION}\n`)
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Unexpected exploration target grade not given as a range, expected its grade as a range too',
      'Missing basis of the exploration target, expected how its potential quantity and grade were determined'
    ])
  })
})

describe('historical-estimate: the work needed, stated aim first', () => {
  it('reads “to verify the estimate, the Company would need to twin holes” as the work needed', async () => {
    const release =
      `${LEAD} The property hosts a historical estimate of 410,000 tonnes grading 7.2 g/t Au reported by Ridgeback ` +
      'Mines Ltd. in a 1989 report, estimated by polygons at a 3.0 g/t Au cut-off in categories that are not the ' +
      'CIM categories. The Company considers it relevant but not reliable without new drilling. No more recent ' +
      'data are available. To verify the historical estimate as a current mineral resource, the Company would need ' +
      'to twin a representative number of historical holes.\n\nA qualified person has not done sufficient work to ' +
      'classify the historical estimate as current mineral resources or mineral reserves, and the Company is not ' +
      'treating the historical estimate as current mineral resources or mineral reserves.\n'
    expect((await lintWith('historical-estimate', release)).messages.map((m) => m.reason)).toEqual([])
    const french =
      'Pour vérifier l’estimation historique comme ressource actuelle, la Société devrait jumeler plusieurs sondages.'
    const {HISTORICAL_ELEMENTS_FR} = await import('../src/model/estimates.js')
    expect(HISTORICAL_ELEMENTS_FR.work.test(french.toLowerCase().replace('’', "'"))).toBe(true)
  })
})

describe('qp-statement: geophysical survey results stated with their figures', () => {
  it('reads a survey counted and measured as technical information, and a survey planned as none', async () => {
    const survey =
      'The induced polarization survey covered 18.4 line-kilometres and outlined three chargeability highs above ' +
      '25 mV/V that coincide with magnetic highs along the basal contact of the ultramafic intrusion.'
    expect(await reasons('qp-statement', survey)).toEqual([
      'error: Missing Qualified Person statement, expected the name, designation and relationship of the QP who ' +
        'approved the technical information'
    ])
    const statement =
      'Jane Roe, P.Geo., Exploration Manager of the Company and a Qualified Person under NI 43-101, has reviewed and ' +
      'approved the technical information in this release.'
    expect(await reasons('qp-statement', `${survey}\n\n${statement}`)).toEqual([])
    expect(
      await reasons('qp-statement', 'The Company plans to fly a 1,200 line-kilometre magnetic survey in July.')
    ).toEqual([])
  })
})

describe('exploration-results in French: an assay table with French columns and decimal commas', () => {
  it('reads the table as results, so the missing true widths are placed after it', async () => {
    const release = [
      'Rouyn-Noranda (Québec), le 20 avril 2027 – Minière Héronnière inc. (TSXV : MHR) annonce ses résultats.',
      'Le sondage LH-27-02 a recoupé 8,4 g/t Au sur 11,2 mètres.',
      [
        '| Sondage | De (m) | À (m) | Longueur (m) | Au (g/t) |',
        '| --- | --- | --- | --- | --- |',
        '| LH-27-01 | 88,0 | 92,5 | 4,5 | 1,37 |',
        '| LH-27-02 | 144,5 | 155,7 | 11,2 | 8,40 |'
      ].join('\n'),
      'Les demi-carottes ont été analysées par ALS Canada Ltd., un laboratoire indépendant de la Société, par ' +
        'pyroanalyse; des matériaux de référence certifiés et des blancs ont été insérés dans chaque lot. Les ' +
        'sondages ont été forés selon un azimut de 180° et un pendage de -50°.'
    ].join('\n\n')
    const file = await lintWith('exploration-results', `${release}\n`)
    expect(file.messages.map((m) => [m.line, m.reason.split(' ;')[0]])).toEqual([
      [8, 'Il manque les épaisseurs réelles']
    ])
  })
})

describe('pea-caution: a PEA without Inferred resources, and where the caution goes', () => {
  const RESULTS =
    'The Preliminary Economic Assessment ("PEA") for Marten returns an after-tax NPV (7%) of C$188 million and an ' +
    'after-tax IRR of 19.8%, prepared by Harbourview Engineering Ltd. using a zinc price of US$1.20/lb.'

  it('owes no Inferred clause for a PEA stated to include no Inferred resources', async () => {
    const without = 'The mine plan is based solely on Measured and Indicated Mineral Resources.'
    const partial = 'The PEA is preliminary in nature and there is no certainty that the PEA will be realized.'
    expect(await reasons('pea-caution', `${RESULTS} ${without} ${partial}`)).toEqual([])
    // Missing altogether, it is practice, not s.2.3(3): a warning.
    expect(await reasons('pea-caution', `${RESULTS} ${without}`)).toEqual([
      expect.stringMatching(/^warning: Missing PEA caution/)
    ])
    // A PEA that says nothing of Inferred owes the whole caution.
    expect(await reasons('pea-caution', `${RESULTS} ${partial}`)).toEqual([
      expect.stringMatching(/^error: Unexpected PEA caution that drops “includes inferred mineral resources”/)
    ])
  })

  it('reads a production decision said to rest on no study as no PEA result', async () => {
    const caution =
      'The decision to restart the Marten mill is not based on a preliminary economic assessment, a pre-feasibility ' +
      'study or a feasibility study of mineral reserves demonstrating economic and technical viability, and carries ' +
      'increased uncertainty and risks of failure.'
    expect(await reasons('pea-caution', caution)).toEqual([])
    // A PEA whose results the release does state still owes the caution.
    expect(
      await reasons('pea-caution', `${caution}\n\nThe 2024 PEA demonstrated robust economics for Marten.`)
    ).toEqual([expect.stringMatching(/^error: Missing PEA caution/)])
  })

  it('places a missing caution after the body’s results, not after a headline', async () => {
    const release = [
      '# Wrenfield PEA Outlines After-Tax NPV of C$188 Million at Marten',
      LEAD,
      '- After-tax NPV (7%) of C$188 million and IRR of 19.8% in the Marten PEA',
      '- Initial capital of C$236 million; payback of 3.1 years',
      'The PEA was prepared by Harbourview Engineering Ltd.'
    ].join('\n\n')
    const file = await lintWith('pea-caution', `${release}\n`)
    expect(file.messages.map((m) => [m.line, m.reason.slice(0, 20)])).toEqual([[7, 'Missing PEA caution,']])
  })
})

describe('metal-equivalent: a cut-off stated in equivalent terms', () => {
  it('asks a cut-off for no metals, but still for the prices and recoveries of the equivalent', async () => {
    const note = 'Silver equivalent is calculated using prices of US$28.00/oz Ag and US$2,400/oz Au'
    const cutOff = 'The resource is reported at a 90 g/t AgEq cut-off within underground mining shapes.'
    expect(await reasons('metal-equivalent', `${note} and recoveries of 90% Ag and 85% Au. ${cutOff}`)).toEqual([])
    expect(await reasons('metal-equivalent', `${note}. ${cutOff}`)).toEqual([
      expect.stringMatching(/^error: Missing recoveries of the equivalent/)
    ])
    // A grade in equivalent terms is still broken down.
    expect(
      await reasons(
        'metal-equivalent',
        `${note} and recoveries of 90% Ag and 85% Au. Hole CP-1 cut 4.0 m of 412 g/t AgEq.`
      )
    ).toEqual([expect.stringMatching(/^error: Missing grades of the metals in the equivalent/)])
  })
})

describe('mineral-resource: an earlier estimate restated for comparison', () => {
  const NEW =
    'The 2026 MRE, effective September 30, 2026, comprises Indicated Mineral Resources of 18.6 million tonnes at ' +
    '1.42 g/t Au at a 0.35 g/t Au cut-off.'
  const VIABILITY = 'Mineral resources that are not mineral reserves do not have demonstrated economic viability.'

  it('asks the earlier estimate for its own date: the new estimate’s is not its', async () => {
    const earlier = 'The previous estimate reported Indicated Mineral Resources of 13.2 million tonnes at 1.45 g/t Au.'
    const file = await lintWith('mineral-resource', `${LEAD}\n\n${NEW} ${earlier}\n\n${VIABILITY}\n`)
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Missing effective date of this estimate, expected its own “effective date of …” beside it'
    ])
    expect(file.messages[0].note).toContain('is stated for another estimate (of another deposit or project, or a later')
    const dated = earlier.replace('previous estimate', 'previous estimate, effective March 1, 2024,')
    expect(await reasons('mineral-resource', `${NEW} ${dated}\n\n${VIABILITY}`)).toEqual([])
  })

  it('reads a French earlier estimate too', async () => {
    const release =
      'Montréal (Québec), le 2 mai 2027 – Lithium Wapiti inc. (TSXV : LWP) annonce une mise à jour.\n\n' +
      'La nouvelle estimation, en date du 31 mars 2027, comprend 12,4 millions de tonnes de ressources indiquées à ' +
      '1,31 % Li2O à une teneur de coupure de 0,4 % Li2O. L’estimation précédente comprenait 9,1 millions de tonnes de ' +
      'ressources indiquées à 1,28 % Li2O.\n\nLes ressources minérales qui ne sont pas des réserves minérales ' +
      'n’ont pas démontré leur viabilité économique.\n'
    const file = await lintWith('mineral-resource', release)
    expect(file.messages.map((m) => m.reason.split(' ;')[0])).toEqual(['Il manque la date d’effet de cette estimation'])
  })
})

describe('mineral-resource: a project that “hosts” a quantity and grade, and whose date is an appointment’s', () => {
  it('reads “hosts 1.8 million ounces in 42 million tonnes grading 1.33 g/t” as an uncategorized estimate', async () => {
    const release =
      `${LEAD} The Company appoints Hannah Fischer as Chief Financial Officer effective September 1, 2027.\n\n` +
      'Wrenfield is advancing the Marten gold project, which hosts 1.8 million ounces of gold in 42 million tonnes ' +
      'grading 1.33 g/t Au.\n'
    const found = (await lintWith('mineral-resource', release)).messages.map((m) => m.reason.split(',')[0])
    expect(found).toEqual([
      'Missing CIM category of the estimate',
      // The appointment's "effective September 1" is not the estimate's effective date.
      'Missing effective date of the estimate',
      'Missing key assumptions of the estimate',
      'Missing statement that mineral resources that are not mineral reserves do not have demonstrated economic viability'
    ])
  })

  it('does not read a bulk sample’s tonnes and grade as a deposit’s', async () => {
    expect(
      await reasons('mineral-resource', 'The 250-tonne bulk sample contained 250 tonnes grading 5.1 g/t Au.')
    ).toEqual([])
  })
})

describe('qp-statement: “QP” used as the defined term', () => {
  const RESULT = 'Hole MR-26-01 intersected 6.0 m of 4.2 g/t Au from 40 m.'
  it('takes “a QP under NI 43-101” as the identification, and not a bare mention of a QP', async () => {
    const statement =
      'Technical information in this release was approved by the Company’s President, Mark Lee, P.Eng., a QP ' +
      'under NI 43-101.'
    expect(await reasons('qp-statement', `${RESULT}\n\n${statement}`)).toEqual([])
    const without = statement.replace(', a QP under NI 43-101', '')
    expect(await reasons('qp-statement', `${RESULT}\n\n${without}`)).toContainEqual(
      expect.stringMatching(/^error: Missing .*Qualified Person/)
    )
  })
})

describe('qp-statement and data-verification: a missing statement goes after the whole technical passage', () => {
  it('places it after the laboratory and QA/QC paragraphs that follow the results, before the About paragraph', async () => {
    const release = [
      LEAD,
      'Hole MR-26-01 intersected 6.0 m of 4.2 g/t Au from 40 m; true widths are about 80% of core length.',
      'Half-core samples were assayed by ALS Canada Ltd., independent of the Company, by fire assay; blanks and ' +
        'certified reference materials were inserted in every batch.',
      'About Wrenfield: Wrenfield Metals Corp. is a Vancouver company.'
    ].join('\n\n')
    for (const id of ['qp-statement', 'data-verification'] as const) {
      const file = await lintWith(id, `${release}\n`)
      expect(file.messages.map((m) => m.line)).toEqual([5])
    }
  })
})

describe('exploration-results: an intercept table is intervals over a width', () => {
  const LAB =
    'Core was assayed by ALS Canada Ltd., independent of the Company, by fire assay; blanks and certified ' +
    'standards were inserted in every batch. Each hole was collared at 512330E 5245610N and drilled at an azimuth ' +
    'of 180° and a dip of -50°.'
  const tables = [
    [
      '| Hole | From (m) | To (m) | Length (m) | Au (g/t) |',
      '| --- | --- | --- | --- | --- |',
      '| MR-01 | 45.0 | 51.0 | 6.0 | 1.42 |'
    ],
    ['Hole\tFrom (m)\tTo (m)\tInterval (m)\tCu (%)', 'MR-02\t118.0\t131.0\t13.0\t0.44']
  ]

  it('asks a drill table, markdown or tab-separated, for its true widths', async () => {
    for (const table of tables) {
      const body = `Drilling results from the Marten program are tabulated below.\n\n${table.join('\n')}\n\n${LAB}`
      expect(await reasons('exploration-results', body)).toEqual([expect.stringMatching(/^error: Missing true widths/)])
      const stated = body.replace('tabulated below.', 'tabulated below; true widths are not yet known.')
      expect(await reasons('exploration-results', stated)).toEqual([])
    }
  })
})

describe('historical estimates: a QP statement that says what was not verified, and a source with “Ltd.”', () => {
  const ESTIMATE =
    'The Birchmount property hosts a historical resource estimate of 1.2 million tonnes grading 2.8% Zn, prepared ' +
    'by Larkin Mines Ltd. in 1976 using polygons and a 4% Zn cut-off in categories that are not CIM categories. ' +
    'The Company considers it relevant but cannot confirm its reliability. No more recent estimates exist. ' +
    'Twinning of historical holes would be needed to verify it.'
  const CAUTION =
    'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
    'resources or mineral reserves, and the Company is not treating it as current mineral resources or reserves.'
  const QP =
    'Greta Lindahl, P.Geo., VP Exploration of the Company and a qualified person under NI 43-101, approved this ' +
    'release; she has not verified the historical estimate.'

  it('reads the source and date through a company’s abbreviation, and the work needed as “twinning of … holes”', async () => {
    expect(await reasons('historical-estimate', `${ESTIMATE}\n\n${CAUTION}`)).toEqual([])
  })

  it('takes a QP statement that then says what the QP has not verified as the statement', async () => {
    expect(await reasons('qp-statement', `${ESTIMATE}\n\n${CAUTION}\n\n${QP}`)).toEqual([])
    // The caution alone is no statement.
    expect(await reasons('qp-statement', `${ESTIMATE}\n\n${CAUTION}`)).toEqual([
      expect.stringMatching(/^error: Missing Qualified Person statement/)
    ])
  })
})

describe('data-verification: verification still to do is no statement of it', () => {
  const RESULT = 'Hole MR-26-01 intersected 6.0 m of 4.2 g/t Au from 40 m.'
  const QP = 'Jane Roe, P.Geo., VP Exploration and a Qualified Person under NI 43-101, approved this release.'
  it('asks for the statement when the release only plans verification work', async () => {
    for (const plan of [
      'Verification drilling will be needed to confirm the extent of the zone.',
      'Des forages de vérification seront nécessaires pour confirmer la zone.'
    ]) {
      expect(await reasons('data-verification', `${RESULT} ${plan}\n\n${QP}`)).toEqual([
        expect.stringMatching(/^warning: Missing data verification statement/)
      ])
    }
    // A verification done, or said not done, with a plan beside it, is a statement.
    const done = 'Ms. Roe has not verified the historical data, which would require re-assaying the core.'
    expect(await reasons('data-verification', `${RESULT}\n\n${QP} ${done}`)).toEqual([])
  })
})
