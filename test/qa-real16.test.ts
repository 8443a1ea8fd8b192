/**
 * Releases of royalty and streaming companies, prospect generators and partners in joint ventures, of the shapes
 * real ones take (a royalty holder's asset update tagged ticker first, "(ABC: TSX & NYSE)"). The issuers, people
 * and properties are invented, in our own words; each case reproduces the shape of a release the document model
 * misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('exchange-disclaimer: a tag written ticker first with a list of exchanges states the listing', () => {
  const update = (tag: string) =>
    `MONTRÉAL, Oct. 2, 2026 (GLOBE NEWSWIRE) -- Quillon Royalties Ltd (the "Company" or "Quillon") ${tag} provides ` +
    'an update on the Brantwood mine, on which it holds a 2% net smelter return royalty.\n\n' +
    'Quillon received royalty payments on 1,240 ounces of gold in the quarter.'

  it.each(['(QRL: TSX & NYSE)', '(QRL: TSX and NYSE)', '(QRL: TSX, NYSE American)', '(QRL: NYSE/TSX)'])(
    'a TSX issuer owes no TSX-V disclaimer: %s',
    async (tag) => {
      expect(await messages('exchange-disclaimer', update(tag))).toEqual([])
    }
  )

  it.each(['(QRL: TSXV & NYSE American)', '(QRL: TSX-V, OTCQX)'])('a TSX-V issuer still owes it: %s', async (tag) => {
    const found = await messages('exchange-disclaimer', update(tag))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('Missing TSX Venture Exchange disclaimer')
  })
})

describe('us-distribution-legend: an offering named as the time since which something happened is history', () => {
  const results = (sentence: string) =>
    'TORONTO, Feb. 20, 2026 /CNW/ - Pelham Lithium Royalty Corp. (TSX: PLR) ("Pelham" or the "Company") reports ' +
    `its results for the fourth quarter of 2025. ${sentence}\n\n` +
    'Royalty revenue for the quarter was US$1.8 million, up 40% from the fourth quarter of 2024.'

  it.each([
    'Pelham has added seven royalties since its initial public offering in April 2024.',
    'Following the Initial Public Offering, the Company deployed US$48 million in royalty acquisitions.',
    'After its recent public offering, Pelham holds 31 royalties on lithium projects.'
  ])('no finding: %s', async (sentence) => {
    expect(await messages('us-distribution-legend', results(sentence))).toEqual([])
    expect(await messages('us-securities-act', results(sentence))).toEqual([])
  })

  it.each([
    'Pelham announces a public offering of 5,000,000 common shares at a price of $2.40 per share.',
    'Following its results, Pelham announces a bought deal public offering of 5,000,000 common shares.',
    'Following its initial public offering in 2024, Pelham now announces a public offering of 5,000,000 common shares.',
    'Since its private placement in March, Pelham has arranged a second private placement of 2,000,000 units.'
  ])('an offering it announces still owes the legend: %s', async (sentence) => {
    const found = await messages('us-distribution-legend', results(sentence))
    expect(found).toHaveLength(1)
  })
})

describe('exploration-results: results restated with "see press releases dated …" are cited, not new', () => {
  const start = (sentence: string) =>
    'VANCOUVER, B.C., Sept. 12, 2026 – Larchmont Minerals Ltd. (TSXV: LMN) ("Larchmont" or the "Company") ' +
    'announces the start of the fall drill program at the Tessaly project, held under joint venture with Orrin ' +
    `Metals Corp.\n\n${sentence}`

  it.each([
    'The program follows the 12,400 metre winter program, which returned 9.85 g/t Au over 3.60m and 41.20 g/t Au ' +
      'over 0.90m (see press releases dated April 2 and June 18, 2026).',
    "Winter drilling returned 9.85 g/t Au over 3.60m (see the Company's press release of June 18, 2026)."
  ])('no finding of the elements: %s', async (sentence) => {
    expect(await messages('exploration-results', start(sentence))).toEqual([])
  })

  it('new results still owe them', async () => {
    const found = await messages(
      'exploration-results',
      start('Hole TS-26-14 returned 9.85 g/t Au over 3.60m, the best result of the program to date.')
    )
    expect(found.some((line) => line.includes('Missing laboratory'))).toBe(true)
  })
})

describe('unfilled-placeholder: a list bullet run into the text by the copy is no blank', () => {
  const quarter = (line: string) =>
    'VANCOUVER, B.C., Aug. 10, 2026 – Tarrant Royalty Corp. (TSXV: TRC) reports its results for the second ' +
    `quarter of 2026.\n\nStrong Revenue Growth\n${line}`

  it.each([
    'Adjusted revenue increased by 32% compared to Q2 2025•Adjusted royalty revenue increased by 49% compared to Q2 2025',
    'GEOs sold rose to 3,352 in Q2 2026•Royalty revenue of $7.8 million'
  ])('no finding: %s', async (line) => {
    expect(await messages('unfilled-placeholder', quarter(line))).toEqual([])
  })

  it.each([
    'Royalty revenue was $•.8 million in the quarter.',
    'GEOs sold rose 2•% over the quarter.',
    'Revenue of 1•,000'
  ])('still a blank: %s', async (line) => {
    expect(await messages('unfilled-placeholder', quarter(line))).toHaveLength(1)
  })
})

describe('qp-statement: drilling counted in words with the figure in parentheses, or in RC holes, is strong evidence', () => {
  const update = (sentence: string) =>
    'MONTRÉAL, March 3, 2026 (GLOBE NEWSWIRE) -- Bellrose Exploration Inc. ("Bellrose") (TSX-V: BLX), in ' +
    'partnership with its optionee Caradoc Metals Ltd., announces the start of the second drill program on the ' +
    `Sorel lithium project, wholly owned by Bellrose.\n\n${sentence}`

  it.each([
    'The 2025 program on Sorel consisted of nineteen (19) diamond drill holes totalling 5,940 metres.',
    'The 2025 program on Sorel consisted of seven (7) reverse circulation ("RC") drill holes.',
    'The 2025 program on Sorel consisted of 14 RC holes and 6 step-out diamond drill holes.'
  ])('missing QP statement is an error: %s', async (sentence) => {
    const found = await messages('qp-statement', update(sentence))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/error.*Missing Qualified Person statement/)
  })

  it('a program planned is not drilling done', async () => {
    const found = await messages(
      'qp-statement',
      update('Caradoc plans to drill nineteen (19) diamond drill holes on Sorel this spring.')
    )
    expect(found.every((line) => !line.includes(' error '))).toBe(true)
  })
})

describe('qp-statement: reserves and resources a royalty holder states in ounces or tonnes are technical information', () => {
  const acquisition = (sentence: string) =>
    'TORONTO, Aug. 13, 2026 /CNW/ - Marlow Royalty Corporation ("Marlow" or the "Company") (TSX: MRW) announces ' +
    'that it has acquired an existing 1.8% net smelter return royalty covering the Ardent mine and adjacent ' +
    `properties.\n\n${sentence}`

  it.each([
    '- Sulfide Project: the Royalty covers the Ardent Sulfides Project, a copper-gold project with 1.2 Mt Cu total ' +
      'reserves and resources and 7.2 Moz Au total reserves and resources.',
    'The district covered by the Royalty hosts over 47 Moz AuEq(1) in total reserves and resources.',
    'The Royalty covers Proven and Probable reserves of 2.1 Moz of gold at the Ardent mine.',
    'The Royalty area hosts 3.4 Moz of M&I resources.'
  ])('missing QP statement is an error: %s', async (sentence) => {
    const found = await messages('qp-statement', acquisition(sentence))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/error.*Missing Qualified Person statement/)
  })

  it.each([
    'The Royalty entitles Marlow to 1.8% of production, payable until 120,000 ounces have been delivered.',
    'Marlow earned 17,359 attributable gold equivalent ounces in the quarter and holds cash reserves of $40 million.'
  ])('royalty terms and GEOs are not: %s', async (sentence) => {
    const found = await messages('qp-statement', acquisition(sentence))
    expect(found.every((line) => !line.includes(' error '))).toBe(true)
  })
})

describe('qp-statement: a publisher\'s story tagging the issuer "US: ABCDF" is a third party\'s', () => {
  const story = (tag: string, extra = '') =>
    'Quarrington Partners Deliver Drill Results\n\n' +
    `Shareholders of Quarrington Mining Enterprises Inc. ${tag} have a steady flow of news from its partners.${extra}\n\n` +
    'Fenwick Manganese Corp. has drilled 12 holes at the Hallet project, on which Quarrington holds a royalty. ' +
    'Mineralized sections of up to 72.6m were encountered, with grades of up to 15.7% MnO, and the company will ' +
    'use them in a pre-feasibility study.'

  it.each(['(CA: QME – $1.27 & US: QMEFF – $0.92)', '(CA: QME & US: QMEFF)'])(
    'its findings are warnings: %s',
    async (tag) => {
      const found = await messages('qp-statement', story(tag))
      expect(found).toHaveLength(1)
      expect(found[0]).toMatch(/warning.*Missing Qualified Person statement/)
    }
  )

  it('the issuer writing "us" is still the issuer', async () => {
    const found = await messages('qp-statement', story('(CA: QME & US: QMEFF)', ' Contact us for the full results.'))
    expect(found[0]).toMatch(/error.*Missing Qualified Person statement/)
  })
})

describe('mineral-resource: reserves and resources counted together are an estimate with no category', () => {
  const acquisition = (sentence: string) =>
    'TORONTO, Aug. 13, 2026 /CNW/ - Marlow Royalty Corporation ("Marlow" or the "Company") (TSX: MRW) announces ' +
    `that it has acquired a royalty covering the Ardent mine.\n\n${sentence}`

  it.each([
    'The Ardent district hosts over 47 Moz AuEq in total reserves and resources.',
    'The Ardent Sulfides Project holds 1.2 Mt Cu and 7.2 Moz Au in total reserves and resources.'
  ])('missing category is an error: %s', async (sentence) => {
    const found = await messages('mineral-resource', acquisition(sentence))
    expect(found.some((line) => /error.*Missing CIM category/.test(line))).toBe(true)
  })

  it.each([
    'Marlow holds royalties on mines with reserves and resources in eleven countries.',
    'The Ardent mine produced 290,000 ounces of gold in 2025 and its reserves and resources support a 20-year life.'
  ])('no estimate: %s', async (sentence) => {
    const found = await messages('mineral-resource', acquisition(sentence))
    expect(found).toEqual([])
  })
})

describe("exploration-results: the list an operator's results introduce with a colon is the operator's", () => {
  const update = (intro: string) =>
    'VANCOUVER, BC, Oct. 25, 2026 /CNW/ - Tamsin Royalty Corp. ("Tamsin") (TSXV: TMR) provides an update on the ' +
    'Larch deposit, on which it holds a 1.35% NSR royalty.\n\n' +
    `${intro}\n\n- LR-26-301: 1.42 g/t Au over 300.0 m\n- LR-26-307: 2.10 g/t Au over 96.5 m\n`

  it.each([
    'Corvell Mines Ltd., the operator, reported additional results from its 2026 drill campaign at Larch, including:',
    'On October 23, 2026, Corvell announced new drill results from Larch, including:'
  ])('no finding of the elements: %s', async (intro) => {
    expect(await messages('exploration-results', update(intro))).toEqual([])
  })

  it.each([
    'Tamsin completed its own drill campaign on the royalty ground, with the following results:',
    'The Company reported additional results from its 2026 drill campaign at Larch, including:',
    "ALS Canada Ltd. reported the assay results for the Company's 2026 campaign at Larch, including:"
  ])("the issuer's own list still owes them: %s", async (intro) => {
    const found = await messages('exploration-results', update(intro))
    expect(
      found.some((line) => line.includes('Missing laboratory') || line.includes('Missing analytical method'))
    ).toBe(true)
  })
})
