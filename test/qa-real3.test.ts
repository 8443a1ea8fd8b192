/**
 * Technical releases of the third QA round, on real releases nobody tuned for (drill, soil and grab results, resources
 * quoted in passing, footnotes, QP statements): shapes the rules read wrongly before, each decided by its elements,
 * not its phrasing. Invented issuers and our own wording only.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const LEAD =
  'VANCOUVER, British Columbia, March 3, 2026 /Newswire/ - Larchmont Gold Corp. (TSXV: LGC) ("Larchmont" or the ' +
  '"Company") reports on its Crow Lake property.'
const reasons = async (id: Parameters<typeof lintWith>[0], body: string) =>
  (await lintWith(id, `${LEAD}\n\n${body}\n`)).messages.map((m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`)

/** The statements a sample result owes, all but the ones a test is about. */
const LAB =
  'Samples were analysed by ALS Canada Ltd. in North Vancouver, independent of the Company, by fire assay with an ' +
  'atomic absorption finish; certified standards and blanks were inserted into every batch.'

describe('exploration-results: a range of values is not an interval over a width', () => {
  it.each([
    'Soil samples returned gold values ranging from 24 to 4,283 ppb across the grid.',
    'The 2025 soil samples returned values from 0.2 to 12 g/t Au.',
    'Rock samples collected along the ridge assayed from 15 to 640 ppm Cu.'
  ])('asks no true widths of soil or rock values: %s', async (result) => {
    const found = await reasons('exploration-results', `${result} ${LAB}`)
    expect(found.filter((r) => /true widths/.test(r))).toEqual([])
  })

  it('still asks them of a hole’s interval from one depth to another', async () => {
    const found = await reasons(
      'exploration-results',
      `Hole LC-26-04 returned 3.2 g/t Au from 112 to 124 metres in drill core. ${LAB}`
    )
    expect(found.filter((r) => r.startsWith('error'))).toEqual([expect.stringMatching(/^error: Missing true widths/)])
  })
})
describe('exploration-results: a soil sample in a paragraph that names “selected samples” is not a grab sample', () => {
  const SOIL =
    'Soil samples were analysed on site by portable XRF, with standards inserted every 30 samples. Selected samples ' +
    'are checked by fire assay at ALS Canada Ltd. in Kamloops, independent of the Company. The discovery soil sample ' +
    'returned 419 ppb gold.'

  it('asks no grab-sample caution of it', async () => {
    const found = await reasons('exploration-results', SOIL)
    expect(found.filter((r) => /selective/.test(r))).toEqual([])
  })

  it('still asks it of grab samples the paragraph introduces', async () => {
    const found = await reasons(
      'exploration-results',
      `Crews collected 40 rock grab samples along the vein. Eleven samples returned more than 1 g/t Au, up to 28.4 g/t Au. ${LAB}`
    )
    expect(found).toEqual([expect.stringMatching(/^error: Missing caution that grab samples are selective/)])
  })
})

describe('mineral-resource: a grade in ounces per ton is no quantity of an estimate', () => {
  it('reports no estimate for sample grades written in oz/t beside a deposit type', async () => {
    const body =
      'Recent sampling returned values up to 3.1 grams per tonne gold and 2,950 grams per tonne (86.0 oz/t) silver, ' +
      'pointing to the potential for hosting an epithermal deposit. Grades of 0.42 ounces per ton gold were also noted.'
    expect(await reasons('mineral-resource', body)).toEqual([])
  })

  it('still reads a deposit’s tonnes and grade as an estimate without its category', async () => {
    const body = 'The deposit contains 2.1 million tonnes grading 3.4 g/t Au (0.10 oz/t).'
    expect(await reasons('mineral-resource', body)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error: Missing CIM category/)])
    )
  })
})

describe('unfilled-placeholder: the mark that opens a footnote’s line', () => {
  it.each([
    '[1] All drill holes in this release are identified by their last two digits.',
    '[2] All holes are assumed to be vertical, and the true width of the mineralization is unknown.'
  ])('is no bracketed figure: %s', async (footnote) => {
    const body = `Hole 12[1] returned 2.1 g/t Au over 14 metres[2].\n\n${footnote}`
    expect(await reasons('unfilled-placeholder', body)).toEqual([])
  })

  it('still reports a bracketed figure left to confirm inside a sentence', async () => {
    expect(await reasons('unfilled-placeholder', 'The program will total [12] holes this season.')).toEqual([
      expect.stringMatching(/^error: Unexpected unfilled placeholder “\[12\]”/)
    ])
  })
})

describe('exploration-results: a result dated as published before is not new', () => {
  const NEW = 'Surface samples from the new zone returned up to 1.4 g/t Au. ' + LAB
  it.each([
    'Hole LC-24-20 returned 0.56 g/t Au over 475.4 metres (announced August 12, 2025).',
    'Hole LC-24-13 intersected 1.77 g/t Au over 136.5 metres, reported on October 1, 2024.',
    'Le sondage LC-24-20 a recoupé 0,56 g/t Au sur 475,4 mètres (annoncé le 12 août 2025).'
  ])('asks no true widths of it: %s', async (earlier) => {
    const found = await reasons('exploration-results', `${NEW}\n\n${earlier}`)
    expect(found.filter((r) => /true widths|épaisseurs/i.test(r))).toEqual([])
  })

  it('still asks them of a new interval in the same release', async () => {
    const found = await reasons(
      'exploration-results',
      `${NEW}\n\nHole LC-26-02 returned 2.3 g/t Au over 18.0 metres of core. Hole LC-24-20 returned 0.56 g/t Au over ` +
        '475.4 metres (announced August 12, 2025).'
    )
    expect(found.filter((r) => r.startsWith('error'))).toEqual([expect.stringMatching(/^error: Missing true widths/)])
  })
})

describe('exploration-results: the lines of a list of historical intercepts a paragraph introduces', () => {
  const INTRO =
    'Historical drilling campaigns from 2003 to 2005 and in 2017 returned notable intercepts on the property, including:'

  it('are none of them new results', async () => {
    const list = ['- 77.18 g/t Au over 5.8 m', '- 7.70 g/t Au over 20.5 m', '- 25.77 g/t Au over 7.5 m'].join('\n\n')
    expect(await reasons('exploration-results', `${INTRO}\n\n${list}`)).toEqual([])
  })

  it('still reads a new result after the list as new', async () => {
    const list = ['- 77.18 g/t Au over 5.8 m', '- 7.70 g/t Au over 20.5 m'].join('\n\n')
    const found = await reasons(
      'exploration-results',
      `${INTRO}\n\n${list}\n\n- New hole LC-26-01 returned 3.4 g/t Au over 12.0 m.`
    )
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^error: Missing laboratory/)]))
  })
})

describe('qp-statement: a QP’s honorific run into the name by copy', () => {
  it('names the QP in “Mr.Ewan Hollis, P.Eng., …”', async () => {
    const body =
      'Hole LC-26-01 returned 2.1 g/t Au over 12.0 metres.\n\nMr.Ewan Hollis, P.Eng., has reviewed and approved the ' +
      'technical content of this news release. The Qualified Person relied on public disclosure for the ' +
      'neighbouring claims.'
    expect((await reasons('qp-statement', body)).filter((r) => /name of the Qualified Person/.test(r))).toEqual([])
  })
})

describe('mineral-resource: an estimate of a deposit another company owns, named by its owner', () => {
  it.each([
    'The claims are contiguous to Halvard Uranium Corp.’s Tern deposit, which hosts Indicated resources of 8.9 million pounds of U3O8.',
    'The current resource for HUC’s Tern Project is 8.9 million lbs of U3O8 Indicated and 2.2 million lbs Inferred.'
  ])('is not the issuer’s estimate: %s', async (sentence) => {
    expect(await reasons('mineral-resource', sentence)).toEqual([])
  })

  it('still reads the issuer’s own estimate named by its name', async () => {
    const found = await reasons(
      'mineral-resource',
      'Unlike Halvard’s Tern project, Larchmont’s Crow Lake deposit hosts Indicated resources of 2.1 million tonnes at 3.4 g/t Au.'
    )
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^error: Missing effective date/)]))
  })
})

describe('qp-statement: a title the issuer gives by its own name', () => {
  it('is the QP’s relationship: “Larchmont’s geologist”', async () => {
    const body =
      'Hole LC-26-01 returned 2.1 g/t Au over 12.0 metres.\n\nMr.Ewan Hollis, P.Eng.,Larchmont’s geologist is the ' +
      'qualified person for Larchmont Gold Corp. and has reviewed and approved the technical content of this release.'
    expect((await reasons('qp-statement', body)).filter((r) => /relationship/.test(r))).toEqual([])
  })

  it('still asks it where the statement gives none', async () => {
    const body =
      'Hole LC-26-01 returned 2.1 g/t Au over 12.0 metres.\n\nEwan Hollis, P.Eng., a qualified person under NI ' +
      '43-101, has reviewed and approved the technical content of this release.'
    expect(await reasons('qp-statement', body)).toEqual([expect.stringMatching(/^error: Missing relationship/)])
  })
})

describe('qp-statement: the caution that a release is no technical report summary by a qualified person', () => {
  const CAUTION =
    'NOTHING CONTAINED IN THIS RELEASE IS, NOR DOES IT PURPORT TO BE, A TECHNICAL REPORT SUMMARY PREPARED BY A ' +
    'QUALIFIED PERSON UNDER SUBPART 1300 OF REGULATION S-K.'
  const RESULT = 'Hole LC-26-01 returned 2.1 g/t Au over 12.0 metres.'

  it('is no QP statement: a release with only the caution has none', async () => {
    expect(await reasons('qp-statement', `${RESULT}\n\n${CAUTION}`)).toEqual([
      expect.stringMatching(/^error: Missing Qualified Person statement/)
    ])
  })

  it('leaves the statement the release gives as it is', async () => {
    const statement =
      'The technical content of this release was reviewed and approved by Ewan Hollis, P.Geo., the Company’s ' +
      'exploration manager and a qualified person under NI 43-101.'
    expect(await reasons('qp-statement', `${RESULT}\n\n${statement}\n\n${CAUTION}`)).toEqual([])
  })
})

describe('metal-equivalent: the ratio of the metals’ prices is the price basis of a two-metal equivalent', () => {
  const RESULT = 'Hole LC-26-03 returned 2.44 g/t Au and 66.6 g/t Ag (3.27 g/t AuEq) over 65.5 m.'
  it('asks no metal prices where the note gives the silver:gold ratio', async () => {
    const note = 'Note: gold equivalents use an 80:1 silver:gold ratio and assume 100% recovery of both metals.'
    expect(await reasons('metal-equivalent', `${RESULT}\n\n${note}`)).toEqual([])
  })

  it('still asks them where the note gives neither prices nor a ratio', async () => {
    const note = 'Note: gold equivalents assume 100% recovery of both metals.'
    expect(await reasons('metal-equivalent', `${RESULT}\n\n${note}`)).toEqual([
      expect.stringMatching(/^error: Missing metal prices/)
    ])
  })
})

describe('exploration-results: samples selected for a check assay are no selected samples', () => {
  it('asks no grab-sample caution of a soil result beside them', async () => {
    const body =
      'Soil samples returned up to 1,930 ppb gold by portable XRF; selected samples were re-assayed by fire assay at ' +
      'ALS Canada Ltd. in Kamloops, independent of the Company, with certified standards inserted every 20 samples.'
    expect((await reasons('exploration-results', body)).filter((r) => /selective/.test(r))).toEqual([])
  })

  it('still asks it of selected samples that returned grades', async () => {
    const body = `Selected rock samples from the vein returned up to 14.2 g/t Au. ${LAB}`
    expect(await reasons('exploration-results', body)).toEqual([
      expect.stringMatching(/^error: Missing caution that grab samples are selective/)
    ])
  })
})

describe('exploration-results: a French range of values is not an interval either', () => {
  const LAB_FR =
    'Les échantillons ont été analysés par ALS Canada Ltd. à Val-d’Or, laboratoire indépendant de la Société, par ' +
    'pyroanalyse avec finition par absorption atomique; des matériaux de référence certifiés et des blancs ont été ' +
    'insérés dans chaque lot.'
  it('asks no true widths of « des teneurs variant de 0,2 à 12,5 g/t Au »', async () => {
    const body = `Les échantillons de sol ont donné des teneurs variant de 0,2 à 12,5 g/t Au. ${LAB_FR}`
    expect((await reasons('exploration-results', body)).filter((r) => /paisseurs|true widths/i.test(r))).toEqual([])
  })

  it('still asks them of « de 112,0 à 124,0 m » in a hole', async () => {
    const body = `Le sondage LC-26-04 a recoupé 3,2 g/t Au de 112,0 à 124,0 m dans la carotte. ${LAB_FR}`
    const errors = (await reasons('exploration-results', body)).filter((r) => r.startsWith('error'))
    expect(errors).toEqual([expect.stringMatching(/^error: Il manque les épaisseurs réelles/)])
  })
})

describe('exploration-results: a paragraph that goes on with the historical results of the one before it', () => {
  const HISTORY =
    'Between 1966 and 1970, Coldwater Mines Ltd. completed 14 percussion holes at the Mer showing. Historical ' +
    'percussion holes 1 and 3 returned 9 m averaging 0.47% Cu and 30 m averaging 0.53% Cu.'

  it('gives no new results', async () => {
    const next =
      'A single diamond hole centred on the percussion holes intersected 0.29% Cu over 24 m from a depth of 9 m.'
    expect(await reasons('exploration-results', `${HISTORY}\n\n${next}`)).toEqual([])
  })

  it.each([
    'Hole LC-26-01, drilled by the Company this winter, intersected 0.61% Cu over 31 m from 12 m.',
    'Follow-up drilling intersected 0.61% Cu over 31 m from a depth of 12 m.',
    'In 2025, a diamond hole intersected 0.61% Cu over 31 m from a depth of 12 m.'
  ])('still reads the issuer’s own or new work after it as new: %s', async (next) => {
    const found = await reasons('exploration-results', `${HISTORY}\n\n${next}`)
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/^error: Missing laboratory/)]))
  })
})

describe('mineral-resource: a property the release places beside the issuer’s as another owner’s', () => {
  const BESIDE = 'The Crow Lake property borders Halvard Gold’s Tern Property directly to the east.'
  const ESTIMATE =
    'With the Halvard Gold Tern Property holding Measured and Indicated Resources of 247,000 tonnes at 6.1 g/t Au, ' +
    'the district has a proven endowment. Inferred Resources total 633,000 tonnes at 7.8 g/t Au.'

  it('makes an estimate named for that property another’s', async () => {
    expect(await reasons('mineral-resource', `${BESIDE}\n\n${ESTIMATE}`)).toEqual([])
  })

  it('still reads an estimate of the issuer’s own property as the issuer’s', async () => {
    const own = 'The Crow Lake Property hosts Indicated Resources of 1.2 million tonnes at 4.4 g/t Au.'
    expect(await reasons('mineral-resource', `${BESIDE}\n\n${own}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^error: Missing effective date/)])
    )
  })
})

describe('metal-equivalent: a list of cut-offs in equivalent terms', () => {
  const RESOURCE =
    'The Birch deposit hosts an Indicated Mineral Resource of 48.4 million tonnes grading 0.92 g/t Au and 7.2 g/t Ag ' +
    '(0.99 g/t AuEq). AuEq uses US$1,950/oz gold, US$23.50/oz silver and recoveries of 71% for both metals.'

  it('asks no metals of the second cut-off of the list', async () => {
    const cutOffs =
      'Mineral Resources are reported at a cut-off grade of 0.15 g/t AuEq for oxide resources and 0.60 g/t AuEq ' +
      'for non-oxide resources.'
    expect(await reasons('metal-equivalent', `${RESOURCE}\n\n${cutOffs}`)).toEqual([])
  })

  it('still asks them of an equivalent grade that follows a cut-off as a result', async () => {
    const next =
      'Mineral Resources are reported at a cut-off grade of 0.15 g/t AuEq. Hole BR-26-02 returned 2.41 g/t AuEq over 12 m.'
    expect(await reasons('metal-equivalent', `${RESOURCE}\n\n${next}`)).toEqual([
      expect.stringMatching(/^warning: Missing grades of the metals beside this equivalent/)
    ])
  })
})
