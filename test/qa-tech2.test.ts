/**
 * Technical releases of the second QA round (studies, resource and reserve updates, production, historical
 * estimates, exploration results of many shapes, QP statements): shapes the rules read wrongly before, each decided
 * by its elements, not its phrasing. Invented issuers and our own wording only.
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {PEA_CAUTION} from '../src/model/estimate-cautions.js'
import {normalize} from '../src/model/text.js'
import {lintWith} from './helpers.js'

const LEAD = 'TORONTO, Ontario, March 3, 2026 /Newswire/ - Thornbury Copper Inc. (TSXV: TBC) reports on Kettle Ridge.'
const reasons = async (id: Parameters<typeof lintWith>[0], body: string) =>
  (await lintWith(id, `${LEAD}\n\n${body}\n`)).messages.map((m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`)

describe('pea-caution: the caution a PEA without Inferred resources owes, in the words a lawyer writes it', () => {
  const RESULTS =
    'The preliminary economic assessment ("PEA") of Kettle Ridge gives an after-tax NPV (8%) of C$284 million and ' +
    'an after-tax IRR of 22.7% at US$4.25/lb copper, prepared by Falk & Morrow Engineering Inc.'
  const WITHOUT = 'No Inferred Mineral Resources are included in the PEA mine plan.'

  it.each([
    'The PEA is preliminary in nature, and there is no certainty that the results of the PEA will be realized.',
    'The PEA is preliminary in nature. There is no certainty that the economic results of the PEA will be realized.',
    'Readers are cautioned that the PEA is preliminary in nature and that there is no assurance its results will be achieved.'
  ])('accepts “preliminary in nature” and “no certainty” without the Inferred clause: %s', async (caution) => {
    expect(await reasons('pea-caution', `${RESULTS} ${WITHOUT}\n\n${caution}`)).toEqual([])
  })

  it('still reports a caution that drops “no certainty”, and the whole caution for a PEA on Inferred', async () => {
    expect(await reasons('pea-caution', `${RESULTS} ${WITHOUT}\n\nThe PEA is preliminary in nature.`)).toEqual([
      expect.stringMatching(/^warning: Unexpected PEA caution that drops “there is no certainty”/)
    ])
    const partial =
      'The PEA is preliminary in nature, and there is no certainty that the results of the PEA will be realized.'
    expect(await reasons('pea-caution', `${RESULTS}\n\n${partial}`)).toEqual([
      expect.stringMatching(
        /^error: Unexpected PEA caution that drops “includes inferred mineral resources” and “too speculative geologically”,/
      )
    ])
  })
})

describe('mining-terminology: “ore” as the name of a historical estimate’s category', () => {
  const HISTORICAL =
    'The Wick property hosts a historical estimate of 3.1 million tonnes grading 1.8% Zn, reported by Wick Mines ' +
    'Limited in 1968.'

  it.each([
    'The estimate used the categories "probable ore" and "possible ore", which do not correspond to the CIM categories.',
    'It was classified as proven ore by Wick Mines Limited, a category with no CIM equivalent.'
  ])('reports no term where the release states the category the estimate used: %s', async (sentence) => {
    expect(await reasons('mining-terminology', `${HISTORICAL} ${sentence}`)).toEqual([])
  })

  it('still flags “ore” claimed of the deposit, in a historical paragraph or elsewhere', async () => {
    expect(
      await reasons('mining-terminology', `${HISTORICAL} Historical holes cut high-grade ore below the estimate.`)
    ).toEqual([expect.stringMatching(/^warning: Unexpected “ore”/)])
    expect(await reasons('mining-terminology', 'The "high-grade ore" zone remains open to depth.')).toEqual([
      expect.stringMatching(/^warning: Unexpected “ore”/)
    ])
  })
})

describe('qp-statement: a producer’s quarterly production (mill throughput, head grade, recovery) is weak evidence', () => {
  const QUARTER =
    '- Gold production of 58,400 ounces in the quarter.\n' +
    '- Mill throughput averaged 6,840 tonnes per day at a head grade of 2.86 g/t Au, with recovery of 93.1%.\n' +
    '- 612,000 tonnes milled at 2.91 g/t Au.'

  it('asks for the QP statement with a warning, and no data verification', async () => {
    expect(await reasons('qp-statement', QUARTER)).toEqual([
      expect.stringMatching(/^warning: Missing Qualified Person statement/)
    ])
    expect(await reasons('data-verification', QUARTER)).toEqual([])
  })

  it('still reads a drill result beside the production as strong evidence', async () => {
    const drill = `${QUARTER}\n\nHole CH-26-114 intersected 8.4 g/t Au over 6.0 metres below the 1,040 Level.`
    expect(await reasons('qp-statement', drill)).toEqual([
      expect.stringMatching(/^error: Missing Qualified Person statement/)
    ])
  })
})

describe('estimate cautions: an element written word for word is there, whatever the elements after it', () => {
  const TARGET =
    'Thornbury reports an exploration target of 400 to 650 million tonnes grading 24% to 31% Fe, based on 42 drill holes.'

  it('tells a target caution that stops after “to define a mineral resource” what it drops, not that it is missing', async () => {
    const partial =
      'The target is conceptual in nature and there has been insufficient exploration to define a mineral resource.'
    expect(await reasons('exploration-target', `${TARGET}\n\n${partial}`)).toEqual([
      expect.stringMatching(
        /^error: Unexpected exploration-target caution that drops “it is uncertain” and “delineated as a mineral resource”,/
      )
    ])
  })

  it('does not take the words of a later clause for an element dropped before it', async () => {
    const historical =
      'The Wick property hosts a historical estimate of 3.1 million tonnes grading 1.8% Zn, reported by Wick Mines ' +
      'Limited in 1968; its relevance and reliability are uncertain.'
    // "as current" is left out of the first clause; the second clause's "as current" is not it.
    const caution =
      'A qualified person has not done sufficient work to classify the historical estimate, and the Company is not ' +
      'treating the historical estimate as current mineral resources or mineral reserves.'
    const found = await reasons('historical-estimate', `${historical}\n\n${caution}`)
    expect(found.filter((reason) => reason.includes('Unexpected historical-estimate statement'))).toEqual([
      expect.stringMatching(/drops “as current mineral resources”/)
    ])
  })
})

describe('exploration-results: a threshold the samples passed is not the result quoted', () => {
  it('quotes the first grade returned, not “more than 1.0 g/t”', async () => {
    const file = await lintWith(
      'exploration-results',
      `${LEAD}\n\nCrews collected 146 rock grab samples; twenty-one returned more than 1.0 g/t Au, including 28.4 g/t Au ` +
        'and 17.9 g/t Au. Samples were analysed by fire assay at ALS in Whitehorse, independent of the Company, with ' +
        'blanks and standards inserted.\n'
    )
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Missing caution that grab samples are selective, expected that they may not be representative; this release ' +
        'reports grab or selected sample results (line 3): “28.4 g/t”'
    ])
    expect(file.messages[0].note).toMatch(/must say that grab and selected samples are selective by nature/)
  })
})

describe('qp-statement: the QP named in the statement, qualified in a footnote', () => {
  const RESULTS =
    'Hole VR-26-07 intersected 0.82% Cu over 212.0 metres, analysed by ALS Canada Ltd. by four-acid ICP-AES.'

  it('reads the designation and approval where the footnoted QP is named', async () => {
    const body =
      `${RESULTS}\n\nTechnical information in this release has been approved by Ewan Forsyth, P.Geo.(1)\n\n` +
      '(1) Mr. Forsyth is President and CEO of Thornbury and a "qualified person" within the meaning of NI 43-101.'
    expect(await reasons('qp-statement', body)).toEqual([])
  })

  it('does not take a word of the QP’s quote for the approval', async () => {
    const body =
      `${RESULTS}\n\n"We reviewed every metre of this hole with great excitement," said Ewan Forsyth, President.\n\n` +
      'Ewan Forsyth, P.Geo., President and CEO of Thornbury, is a qualified person within the meaning of NI 43-101.'
    expect(await reasons('qp-statement', body)).toEqual([expect.stringMatching(/^error: Missing approval/)])
  })
})

describe('mineral-resource: Inferred added to Measured and Indicated, whatever verb totals them', () => {
  it.each([
    'Measured, Indicated and Inferred Resources now total 2.4 million ounces of gold in 61 million tonnes grading 1.22 g/t Au.',
    'Indicated and Inferred Mineral Resources currently stand at 61 Mt grading 1.22 g/t Au for 2.4 Moz.',
    'M&I and Inferred resources amount to 2.4 million ounces at 1.22 g/t Au.'
  ])('reports the sum: %s', async (sentence) => {
    expect(await reasons('mineral-resource', sentence)).toContain(
      'error: Unexpected Inferred resources added to Measured and Indicated, expected each category reported separately'
    )
  })

  it('does not report categories given one by one', async () => {
    const found = await reasons(
      'mineral-resource',
      'Indicated Mineral Resources are 28.3 Mt at 1.31 g/t Au and Inferred Mineral Resources are 32.7 Mt at 1.15 g/t Au.'
    )
    expect(found.filter((r) => r.includes('Inferred resources added'))).toEqual([])
  })
})

describe('pea-caution: an economic analysis that includes Inferred resources, named as no study', () => {
  const ANALYSIS =
    'An internal economic analysis of the Hawk deposit shows an after-tax NPV (8%) of C$410 million and an IRR of ' +
    '26%, based on Indicated and Inferred Mineral Resources of 48 Mt at 0.45% Cu and 22 Mt at 0.39% Cu.'

  it('is restricted disclosure (s.2.3(1)(b)): an error on its results', async () => {
    expect(await reasons('pea-caution', ANALYSIS)).toEqual([
      'error: Unexpected economic analysis that includes Inferred Mineral Resources, expected the results of a ' +
        'preliminary economic assessment stated with its caution'
    ])
  })

  it.each([
    [
      'without the Inferred resources',
      ANALYSIS.replace('Indicated and Inferred Mineral Resources', 'Indicated Mineral Resources').replace(
        ' and 22 Mt at 0.39% Cu',
        ''
      ) + ' No Inferred resources are included.'
    ],
    ['tied to a feasibility study', `The feasibility study of the Hawk deposit was completed in May.\n\n${ANALYSIS}`],
    [
      'given as a PEA’s, with its caution',
      `${ANALYSIS.replace('An internal economic analysis', 'The PEA')} ${PEA_CAUTION}`
    ]
  ])('is not reported %s', async (_, body) => {
    expect((await reasons('pea-caution', body)).filter((r) => r.includes('economic analysis that includes'))).toEqual(
      []
    )
  })
})

describe('metal-equivalent: a table that gives equivalent grades with no column of their metals', () => {
  const NOTE =
    'ZnEq is calculated at US$1.25/lb Zn, US$0.95/lb Pb and US$28/oz Ag, with recoveries of 92% Zn, 85% Pb and 75% Ag.'

  it('reports the equivalents of a resource table expressed in them only (markdown or tab-separated)', async () => {
    for (const table of [
      '| Category | Tonnes (Mt) | ZnEq (%) |\n| --- | --- | --- |\n| Indicated | 6.42 | 8.60 |\n| Inferred | 3.15 | 7.12 |',
      'Category\tTonnes (Mt)\tZnEq (%)\nIndicated\t6.42\t8.60\nInferred\t3.15\t7.12'
    ]) {
      expect(await reasons('metal-equivalent', `${table}\n\n${NOTE}`)).toEqual([
        expect.stringMatching(/^error: Missing grades of the metals in the equivalent, .*“(?:\| )?Indicated/)
      ])
    }
  })

  it('reads a table with a column per metal as giving them', async () => {
    const table =
      '| Category | Tonnes (Mt) | Zn (%) | Pb (%) | Ag (g/t) | ZnEq (%) |\n| --- | --- | --- | --- | --- | --- |\n' +
      '| Indicated | 6.42 | 5.81 | 1.22 | 48 | 8.60 |'
    expect(await reasons('metal-equivalent', `${table}\n\n${NOTE}`)).toEqual([])
  })
})

describe('historical-estimate: the method of a historical estimate is one of its key assumptions', () => {
  const ESTIMATE =
    'The Queen Bess workings host a historic estimate of 184,000 tons grading 16.2 oz/t Ag, reported in 1958 by ' +
    'W. J. Hartley for Slocan Queen Mines Ltd.; the Company considers it relevant but not reliable.'

  it.each([
    'The estimate was made by sectional methods from underground sampling.',
    'It was calculated by polygonal estimation on 12 drill sections.',
    'It used a tonnage factor of 11 cubic feet per ton and a minimum mining width of 1.5 m.'
  ])('reads “%s” as its methods or parameters', async (method) => {
    const found = await reasons('historical-estimate', `${ESTIMATE} ${method}`)
    expect(found.filter((r) => r.includes('key assumptions'))).toEqual([])
  })

  it('still asks for them where none is stated', async () => {
    const found = await reasons('historical-estimate', ESTIMATE)
    expect(found.some((r) => r.includes('key assumptions'))).toBe(true)
  })
})

describe('normalize: a word hyphenated across lines, as PDF copy breaks it', () => {
  const norm = (text: string) => normalize({text, offsets: Array.from(text, (_, i) => i)}).text

  it.each([
    ['Qualified Per-\nson', 'qualified person'],
    ['true widths are un-\n  known', 'true widths are unknown'],
    ['an independent Quali-\r\nfied Person', 'an independent qualified person'],
    ['NI 43-\n101', 'ni 43-101'],
    ['a 0.5 g/t cut-\noff', 'a 0.5 g/t cut-off'],
    ['four-\nacid digestion', 'four-acid digestion'],
    ['Vancouver /Newswire/ -\nAcme', 'vancouver /newswire/ - acme'],
    ['Drilling -\nPhase 2', 'drilling - phase 2'],
    ['hole BR-\n26-04', 'hole br- 26-04'],
    ['the Acme-\nVale joint venture', 'the acme- vale joint venture']
  ])('reads %j as %j', (text, expected) => {
    expect(norm(text)).toBe(expected)
  })

  it('maps every character back to the source, and changes nothing without a hyphen at a line end', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom('a', 'b', ' ', '\n', '-', '4', 'é')}), (text) => {
        const result = normalize({text, offsets: Array.from(text, (_, i) => i)})
        expect(result.offsets.length).toBe(result.text.length)
        for (const offset of Array.from(result.offsets)) expect(offset).toBeLessThan(Math.max(text.length, 1))
        // (A word broken at a hyphen whose line break copy made a space, "explo- ration", is joined too; a digit
        // glued to a word of four letters or more is a footnote's mark, read apart from it: qa-pdf.)
        if (!/-[ \t\r]*\n/.test(text) && !/[a-zé]- [a-zé]/.test(text) && !/[a-zé]{4}4(?!4)/.test(text)) {
          expect(result.text).toBe(text.replace(/\s+/g, ' ').trim().toLowerCase())
        }
      })
    )
  })

  it('lets the rules read a QP statement and a true-width statement broken that way', async () => {
    const body =
      'Hole TM-26-12 intersected 7.8 g/t Au over 5.0 m. True widths are un-\nknown at this time. Samples of NQ ' +
      'core were analysed by fire assay at ALS Vancouver, an independent laboratory, with standards and blanks. The hole was ' +
      'drilled at an azimuth of 090° and a dip of -50°.\n\n' +
      'The results were reviewed and approved by Dr. Hanna Eriksson, P.Geo., an independent Qualified Per-\nson ' +
      'under NI 43-\n101.'
    expect(await reasons('exploration-results', body)).toEqual([])
    expect(await reasons('qp-statement', body)).toEqual([])
  })
})
