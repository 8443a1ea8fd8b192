/**
 * Technical releases and reports about them, of the kinds a fifth QA round read on real newswire copy (the cases
 * below are invented issuers in our own words, each reproducing the shape of a defect the document model once
 * misread).
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('release: an interview names its interviewer with the outlet, whatever the verb', () => {
  const report = (lead: string) =>
    `Harrow Uranium Plans Summer Drilling\n\n${lead}\n\nThe program will test six conductors along the corridor.`
  it.each([
    "Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe joined Newsline's Pat Kerr with news that the company will drill " +
      'six targets this summer.',
    'Harrow Uranium Corp. (TSXV: HRW) vice president Dana Roe joined Pat Kerr from Newsline to unveil the targets of ' +
      'the summer program.',
    'Harrow Uranium Corp. (TSXV: HRW) managing director Dana Roe sits down with Newsline’s Pat Kerr to review the ' +
      'quarter and the drilling ahead.',
    "Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe spoke to Newsline's Pat Kerr about the permit the company holds.",
    "Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe tells Newsline's Pat Kerr the company is on track for its guidance.",
    'Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe joined Pat Kerr from Newsline to provide an update on the drilling.',
    'Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe joined Newsline to share the first assays of the program.'
  ])('%s', async (lead) => {
    const m = model(report(lead))
    expect(m.release.speaker).toBe('third-party')
    expect(await messages('exchange-disclaimer', report(lead))).toEqual([])
  })

  it.each([
    'Harrow Uranium Corp. (TSXV: HRW) is pleased to announce that Dana Roe joined the Company from Larch Mining to ' +
      'lead its exploration team.',
    'Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe joined a webcast to discuss the summer program.',
    'Harrow Uranium Corp. (TSXV: HRW) announces that Dana Roe joined Larch in 2019 to lead its exploration team.',
    "Harrow Uranium Corp. (TSXV: HRW) announces that Dana Roe, who joined Larch's exploration team in 2019, is its " +
      'new vice president.'
  ])('the issuer still speaks: %s', async (lead) => {
    expect(model(report(lead)).release.speaker).toBe('issuer')
    expect(await messages('exchange-disclaimer', report(lead))).toEqual([
      expect.stringContaining('error Missing TSX Venture Exchange disclaimer')
    ])
  })
})

describe('results: a paragraph that attributes results to another party goes on with them', () => {
  const release = (paragraph: string) =>
    'Corrie Gold Plans Coho Program\n\nPRINCE GEORGE, British Columbia, May 6, 2026 – Corrie Gold Corp. (TSXV: CGC) ' +
    `(the "Company") is pleased to outline its summer program at the Coho property.\n\n${paragraph}\n\n` +
    'The technical information in this release was approved by Lee Marsh, P.Geo., a qualified person under NI ' +
    '43-101 and a consultant to the Company.'
  it.each([
    'The program will follow up on results released by Halden Minerals in March 2026 on the Moraine property, which ' +
      'borders Coho to the west. Drilling at the Moraine property returned 152.0 m of 0.61% Cu and 0.40 g/t Au.',
    'Results reported by Halden Minerals on the Moraine property shaped the plan. Its hole returned 88.5 m of ' +
      '0.52% Cu, and a second hole 40.2 m of 0.71% Cu.'
  ])('no true widths are owed for them: %s', async (paragraph) => {
    expect(model(release(paragraph)).results).toBeUndefined()
    expect(await messages('exploration-results', release(paragraph))).toEqual([])
  })

  it('the issuer’s own results after them are still its own', async () => {
    const paragraph =
      'The program follows up on results released by Halden Minerals on the Moraine property. The Company’s own ' +
      'hole CG-26-02 returned 36.0 m of 0.84% Cu, with assays by ALS Canada Ltd. using four-acid ICP-AES.'
    expect(model(release(paragraph)).results?.evidence?.words).toBe('36.0 m of 0.84% cu')
    expect(await messages('exploration-results', release(paragraph))).toEqual(
      expect.arrayContaining([expect.stringContaining('error Missing true widths')])
    )
  })
})

describe('technical rules: a news service’s report is not the issuer’s disclosure, unless made on its behalf', () => {
  const body =
    'Hole HR-26-07 intersected 12.4 m of 3.10 g/t Au from 88 m, including 2.0 m of 11.6 g/t Au, at the Tern zone.'
  const interview =
    'Harrow Gold Hits High Grade at Tern\n\nHarrow Gold Corp. (TSXV: HRG) CEO Dana Roe joined Pat Kerr from Newsline ' +
    `to discuss the latest drilling at the Tern zone.\n\n${body}`
  it('an interview: the missing QP statement and assay details are warnings that say why', async () => {
    const qp = await messages('qp-statement', interview)
    expect(qp).toEqual([expect.stringContaining('warning Missing Qualified Person statement')])
    const results = (await lintWith('exploration-results', interview + '\n')).messages
    expect(results.length).toBeGreaterThan(0)
    for (const message of results) {
      expect(message.fatal).toBe(false)
      expect(message.note).toContain(
        'third party’s report about the issuer (“joined Pat Kerr from Newsline to discuss”)'
      )
    }
  })

  it.each([
    'This article has been disseminated on behalf of Harrow Gold Corp. and may include paid advertising.',
    'The Article was issued on behalf of and sponsored by Harrow Gold Corp.',
    'This post contains sponsored content.'
  ])('a report made on the issuer’s behalf is the issuer’s disclosure: %s', async (sponsor) => {
    const value = `${interview}\n\n${sponsor}`
    expect(model(value).release.onBehalf).toBeDefined()
    expect(await messages('qp-statement', value)).toEqual([
      expect.stringContaining('error Missing Qualified Person statement')
    ])
  })

  it('the issuer’s own release still owes them as errors', async () => {
    const value =
      'Harrow Gold Hits High Grade at Tern\n\nVANCOUVER, British Columbia, May 6, 2026 – Harrow Gold Corp. (TSXV: HRG) ' +
      `is pleased to report results from the Tern zone.\n\n${body}`
    expect(model(value).release.onBehalf).toBeUndefined()
    expect(await messages('qp-statement', value)).toEqual([
      expect.stringContaining('error Missing Qualified Person statement')
    ])
  })
})

describe('release: a paid article about the issuer is a third party’s, made on the issuer’s behalf', () => {
  const article = (footer: string) =>
    'Harrow Lithium Finds Water at Salar Project\n\nHarrow Lithium Corp. (TSXV: HRL) has located a fresh water ' +
    `source on its Salar project, a step toward production, the company revealed today.\n\n${footer}`
  it.each([
    'Disclosure: This content is a paid advertisement. Newsline has received compensation from Harrow Lithium Corp.',
    'THIS ARTICLE CONTAINS SPONSORED CONTENT PUBLISHED ON BEHALF OF HARROW LITHIUM CORP.'
  ])('%s', async (footer) => {
    const m = model(article(footer))
    expect(m.release.speaker).toBe('third-party')
    expect(m.release.onBehalf).toBeDefined()
    expect(await messages('exchange-disclaimer', article(footer))).toEqual([])
  })
})

describe('release: a market brief about the issuer is a third party’s', () => {
  const brief = (lead: string, close: string) =>
    `Larch Silver Reports Drill Results\n\n${lead}\n\nHighlights include 412 g/t silver over 3.10 meters.\n\n${close}`
  it.each([
    ['Larch Silver reported Monday assays from eight holes at its Pine vein in Mexico.', 'The vein remains open.'],
    ['Larch Silver on Tuesday released further drill results from its Pine vein.', 'The vein remains open.'],
    ['Larch Silver has drilled the Pine vein over 150 meters.', 'Larch Silver shares were last seen up $0.02.'],
    ['Larch Silver has drilled the Pine vein over 150 meters.', 'Its share price rose nearly 2% on Friday.'],
    ['Larch Silver has drilled the Pine vein over 150 meters.', 'Larch Silver was at last look up 1.6% on Thursday.']
  ])('%s / %s', async (lead, close) => {
    const value = brief(lead, close)
    expect(model(value).release.speaker).toBe('third-party')
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it('the issuer’s own release that reports results on a day still speaks', () => {
    const value = brief(
      'Larch Silver Corp. (TSXV: LSC) is pleased to report drill results from its Pine vein, released with the ' +
        'assays received Monday.',
      'The vein remains open.'
    )
    expect(model(value).release.speaker).toBe('issuer')
  })
})

describe('results: a grade the samples "exceeded" is a threshold, not the result to quote', () => {
  it('quotes the result itself', () => {
    const value =
      'Corrie Copper Samples Bertha Zone\n\nCorrie Copper Corp. (TSXV: CCC) reports rock grab sampling at the Bertha ' +
      'zone. All eight grab samples exceeded 1% copper, and the best returned 6.4% copper.'
    expect(model(value).results?.selected?.words).toBe('6.4% copper')
  })
})

describe('historical-estimate: a footnote names the estimate by its year and author', () => {
  const release = (footnote: string) =>
    'Larch Silver Expands Pine Project\n\nVANCOUVER, British Columbia, May 6, 2026 – Larch Silver Corp. (TSXV: LSC) ' +
    '(the "Company") has staked 40 new claims at its Pine project.\n\nAbout Larch Silver\n\nIts Cedar Lake project ' +
    'hosts a historic resource of 9.1 Moz of silver at a grade of 244 g/t silver Indicated(1). A qualified person has ' +
    'not done sufficient work to classify the historical estimate as current mineral resources, and the Company is ' +
    `not treating the estimate as current mineral resources.\n\n${footnote}`
  it('the source and date are given; relevance and reliability are still owed', async () => {
    const value = release('(1) Cedar Lake 2004 Watts Griffis historic resource: Indicated 1.2 million tonnes.')
    const found = await messages('historical-estimate', value)
    expect(found).toEqual(
      expect.arrayContaining([expect.stringContaining('error Missing relevance and reliability of the historical')])
    )
    expect(found.join('\n')).not.toContain('source and date')
  })

  it('a year alone is no source', async () => {
    const value = release('(1) The 2004 historic resource: Indicated 1.2 million tonnes.')
    expect((await messages('historical-estimate', value)).join('\n')).toContain('source and date')
  })
})

describe('mineral-resource: a total that adds Inferred, said in words and by its figure, is one defect', () => {
  it('reports it once', async () => {
    const value =
      'Birch Gold Updates Resource\n\nVANCOUVER, British Columbia, May 6, 2026 – Birch Gold Corp. (TSXV: BGC) ' +
      'reports an updated estimate for its Alder deposit, effective April 30, 2026.\n\nThe estimate comprises ' +
      'Indicated Mineral Resources of 12.0 million tonnes grading 1.10 g/t Au for 424,000 ounces and Inferred ' +
      'Mineral Resources of 8.0 million tonnes grading 0.90 g/t Au for 231,000 ounces. The total Indicated and ' +
      'Inferred resource is 655,000 ounces.'
    const found = (await messages('mineral-resource', value)).filter((m) => m.includes('Inferred resources added'))
    expect(found).toHaveLength(1)
  })
})

describe('mineral-resource: a table’s total row that adds Inferred to the other categories', () => {
  const release = (rows: string) =>
    'Birch Gold Updates Resource\n\nVANCOUVER, British Columbia, May 6, 2026 – Birch Gold Corp. (TSXV: BGC) ' +
    'reports an updated Mineral Resource Estimate for its Alder deposit, effective April 30, 2026.\n\n' +
    `| Category | Tonnes (Mt) | Au (g/t) | Au (oz) |\n|---|---|---|---|\n${rows}\n\n` +
    'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'
  it('is reported on the row', async () => {
    const value = release(
      '| Indicated | 12.0 | 1.10 | 424,000 |\n| Inferred | 8.0 | 0.90 | 231,000 |\n| Total | 20.0 | 1.02 | 655,000 |'
    )
    expect(model(value).estimates.inferredSums.map((s) => s.words)).toEqual(['total | 20.0 | 1.02 | 655,000'])
    expect(await messages('mineral-resource', value)).toEqual(
      expect.arrayContaining([expect.stringContaining('error Unexpected Inferred resources added')])
    )
  })

  it.each([
    '| Measured | 4.0 | 1.30 | 167,000 |\n| Indicated | 12.0 | 1.10 | 424,000 |\n| Total M&I | 16.0 | 1.15 | 591,000 |\n' +
      '| Inferred | 8.0 | 0.90 | 231,000 |',
    '| Indicated | 12.0 | 1.10 | 424,000 |\n| Inferred | 8.0 | 0.90 | 231,000 |\n| Total Inferred | 8.0 | 0.90 | 231,000 |',
    '| Indicated | 12.0 | 1.10 | 424,000 |\n| Inferred | 8.0 | 0.90 | 231,000 |\n| Total | 12.0 | 1.10 | 424,000 |'
  ])('a total of one side passes: %s', (rows) => {
    expect(model(release(rows)).estimates.inferredSums).toEqual([])
  })
})
