/**
 * Technical releases of Canadian-listed issuers with projects abroad (Mexico, Peru, Colombia, Finland, Spain, West
 * Africa), of the shapes real ones take as they reach the reader: highlights copied from a web page as one paragraph
 * of "•" lines, intercepts given from a depth, grades in The Northern Miner's words ("grams gold"), equivalents
 * written "gold-equivalent", expansion holes "adjacent to the pit". The issuers, people and properties are invented,
 * in our own words; each case reproduces the shape of a text the document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const OPENING =
  'VANCOUVER, BC, March 9, 2026 /CNW/ - Quillon Metals Corp. (TSXV: QLM) ("Quillon" or the "Company") reports ' +
  'results from its drilling program at the Santa Brígida gold project in Sonora, Mexico.'

describe('sentences: a paragraph of "•" lines is a list, one sentence per item', () => {
  // Copy from a web page leaves the highlights as lines starting with "•", one markdown paragraph: each item is read
  // alone, so a plan's "mineral reserves" or a neighbour's "Resources" in one item does not unmake another's result.
  const highlights = (last: string) =>
    'HIGHLIGHTS:\n\n' +
    '  • 6.2m grading 14.1 g/t gold\n' +
    '  • 28.0m grading 1.37 g/t gold\n' +
    '  • Four drill rigs are turning on the 10,000 metre program\n' +
    `  • ${last}\n\n` +
    OPENING

  it.each([
    'Drilling aims to grow the oxide mineral reserves of the Tesoro pit',
    'The hole lies 2 km from the Linares discovery of Ostra Resources',
    'A production decision on the Tesoro pit is expected in 2027'
  ])('the intervals are drill results: their elements are owed (%#)', async (last) => {
    const found = await messages('exploration-results', highlights(last))
    expect(found.some((m) => m.includes('error Missing laboratory'))).toBe(true)
    expect(found.some((m) => m.includes('error Missing true widths'))).toBe(true)
  })

  it('the items are read in their list: "drill rigs" makes the intervals drill intercepts', async () => {
    const found = await messages(
      'exploration-results',
      highlights('True widths are estimated at 70% to 90% of the drilled lengths') +
        '\n\nCore was sawn in half and sent to ALS in Hermosillo, Sonora, for fire assay with an AA finish; ' +
        'standards, blanks and duplicates were inserted at a rate of one in ten. Collar coordinates, azimuths ' +
        'and dips are given in Table 1.'
    )
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it('a lead-in with a colon keeps its first item: the estimate it outlines is read whole', async () => {
    const found = await messages(
      'mineral-resource',
      `${OPENING}\n\n` +
        '  • Released a mineral resource estimate (MRE) on May 2, 2025, outlining:\n' +
        '    • 1.21 million indicated ounces of gold at an average grade of 1.44 g/t Au;\n' +
        '    • 410,000 inferred ounces of gold at 1.02 g/t Au.'
    )
    expect(found.some((m) => m.includes('Missing statement that mineral resources'))).toBe(true)
  })

  it('a "•" inside a line is no item: a tagline stays one sentence', async () => {
    const text =
      'Quillon Metals Corp. • TSXV: QLM • OTCQB: QLMMF\n\n' +
      'VANCOUVER, BC, March 9, 2026 /CNW/ - Quillon Metals Corp. ("Quillon" or the "Company") is pleased to ' +
      'announce its annual general meeting.'
    expect(await messages('exploration-results', text)).toEqual([])
  })
})

describe('results: a markdown list item is read under its lead-in', () => {
  // "- Lokolo Main: 12m at 6.60g/t Au" under an item that ends "… returning high-grade intercepts across several
  // targets:": drill intercepts, whose true widths are owed.
  const release = (leadIn: string) =>
    'ABIDJAN, Côte d’Ivoire, July 9, 2025 /CNW/ - Sanwi Gold Corp. ("Sanwi" or the "Company") (TSXV: SWG) reports ' +
    'progress on exploration at its Bondoukou project.\n\n' +
    `- ${leadIn}\n- Kpana North: 11.20m at 6.15g/t Au\n- Yaou West: 17m at 2.40g/t Au\n\n` +
    'Samples were assayed by fire assay with an AA finish at the SGS laboratory in Yamoussoukro; standards, blanks ' +
    'and duplicates were inserted in each batch.'

  it('a lead-in that speaks of drilling makes its items drill intercepts', async () => {
    const found = await messages(
      'exploration-results',
      release('18,400m had been drilled by June 30, with high-grade intercepts returned across several targets:')
    )
    expect(found.some((m) => m.includes('error Missing true widths'))).toBe(true)
  })

  it('another item is no lead-in: a width range of one prospect is no depth of another’s sample', async () => {
    const found = await messages(
      'exploration-results',
      release('The Kpana vein ranges from 0.2 to 0.6 m in width over 400 m of strike')
    )
    expect(found.some((m) => m.includes('Missing true widths') || m.includes('azimuth'))).toBe(false)
  })
})

describe('results: an interval given from a depth is a drill intercept', () => {
  // "over 3.20 m from 41.30 m": the depth down the hole it starts at; its true width is owed.
  const release = (result: string) =>
    'ST. JOHN’S, NL, Sept. 9, 2025 /CNW/ - Karhu Gold Ltd. (TSXV: KHG) ("Karhu" or the "Company") reports ' +
    'assays from the Pahkavaara property in Lapland, Finland.\n\n' +
    `- ${result}\n- Gold hosted by altered mafic rocks\n\n` +
    'Samples were sent to ALS in Outokumpu, Finland, for fire assay with an AA finish; standards, blanks and ' +
    'duplicates were inserted in every batch.'

  it.each(['3.41 g/t Au over 2.80 m from 51.20 m (PK25014)', '36m at 1.2 g/t Au from 71m (PK25016)'])(
    'true widths are owed (%#)',
    async (result) => {
      const found = await messages('exploration-results', release(result))
      expect(found.some((m) => m.includes('error Missing true widths'))).toBe(true)
    }
  )

  it.each([
    '3.41 g/t Au in a boulder found 800 m from the road',
    '3.41 g/t Au over 2.80 m of outcrop 400 m from 12 m of old workings'
  ])('a distance is no depth: no true widths owed (%#)', async (result) => {
    const found = await messages('exploration-results', release(result))
    expect(found.some((m) => m.includes('Missing true widths'))).toBe(false)
  })
})

describe('grades: "grams gold per tonne" and "grams gold" are grades', () => {
  const story = (result: string) =>
    'Drilling at Ostrava Gold’s (TSXV: OSG) Kéniéba project in western Mali has extended the Diallo zone, the ' +
    `company says.\n\nHighlights include ${result}.`

  it.each([
    '2.84 grams gold per tonne over 16 metres from 102 metres downhole',
    '88 metres grading 1.3 grams gold from 410 metres downhole in hole KD-25-31',
    '11 metres of 5.62 grams gold from 288 metres in hole KD-25-33'
  ])('the results owe their elements (a news service speaks: warnings) (%#)', async (result) => {
    const found = await messages('exploration-results', story(result))
    expect(found.some((m) => m.includes('warning Missing laboratory'))).toBe(true)
  })

  it('grams of gold held or produced are no grade', async () => {
    expect(
      await messages(
        'qp-statement',
        `${OPENING.replace('reports results from', 'reports on')}\n\n` +
          'The Company sold 850 grams of gold recovered by the cooperative in May.'
      )
    ).toEqual([])
  })
})

describe('equivalents: "gold-equivalent" in the body is the headline’s AuEq', () => {
  const release =
    'Quillon drills 5.12 g/t AuEq over 8.4 metres at Santa Brígida\n\n' +
    `${OPENING}\n\n` +
    'Highlights: 5.12 g/t gold-equivalent (AuEq) (4.30 g/t Au and 65.2 g/t Ag) over 8.4 metres in hole SB-25-11. ' +
    'AuEq is calculated with US$2,000/oz gold and US$24/oz silver and assumes 100% recovery.'

  it('the headline’s figure has its metals in the body', async () => {
    expect(await messages('metal-equivalent', release)).toEqual([])
  })

  it('without them in the body, the grades are still owed', async () => {
    const bare = release.replace(' (4.30 g/t Au and 65.2 g/t Ag)', '')
    expect((await messages('metal-equivalent', bare)).some((m) => m.includes('Missing grades'))).toBe(true)
  })
})

describe('results: expansion holes "adjacent to the pit" are the issuer’s results', () => {
  const release = (where: string) =>
    `${OPENING}\n\nHighlights: 1.62 g/t Au over 12.0 metres in hole SB-25-07, ${where}.`

  it.each(['located immediately adjacent to the MRE pit', 'drilled adjacent to the current pit shell'])(
    'their elements are owed (%#)',
    async (where) => {
      const found = await messages('exploration-results', release(where))
      expect(found.some((m) => m.includes('error Missing laboratory'))).toBe(true)
    }
  )

  it('results on the adjacent property are its owner’s: none owed', async () => {
    const found = await messages(
      'exploration-results',
      release('drilled by Ostra Resources on the adjacent property').replace('in hole SB-25-07, ', '')
    )
    expect(found).toEqual([])
  })
})

describe('speaker: a news story that dates the statement it reports is a news service’s', () => {
  const story = (lead: string) =>
    'Results point to high-grade zones at Tobol, Kestrel says\n\n' +
    'Kestrel Copper (TSXV: KCU) says drill results from two holes at its Tobol copper-gold project in Kazakhstan ' +
    `point to high-grade zones.\n\n${lead}\n\n` +
    '“We continue to find broad mineralized intervals near surface,” chief executive Aigerim Sadykova said.'

  it.each([
    'Hole TB-25-07 returned 212 metres grading 0.48 g/t gold and 0.31% copper from 38 metres downhole, Kestrel said ' +
      'in a news release on Monday.',
    'In a statement on Wednesday, the mining company said hole TB-25-07 returned 212 metres grading 0.48 g/t gold ' +
      'and 0.31% copper from 38 metres downhole.',
    'Hole TB-25-07 returned 212 metres grading 0.48 g/t gold from 38 metres downhole, the Almaty-based company said.'
  ])('no TSX-V disclaimer is owed, and the QP statement is a warning (%#)', async (lead) => {
    expect(await messages('exchange-disclaimer', story(lead))).toEqual([])
    const qp = await messages('qp-statement', story(lead))
    expect(qp.some((m) => m.includes('warning Missing Qualified Person statement'))).toBe(true)
  })

  it('the issuer’s own release, with its dateline, still owes the disclaimer', async () => {
    const release =
      'VANCOUVER, BC, March 9, 2026 /CNW/ - Kestrel Copper Corp. (TSXV: KCU) ("Kestrel" or the "Company") reports ' +
      'that hole TB-25-07 returned 212 metres grading 0.48 g/t gold, as announced in a news release on Monday.'
    expect(await messages('exchange-disclaimer', release)).toHaveLength(1)
  })
})

describe('listing: "TSX – V" with a spaced dash is the TSX Venture Exchange', () => {
  const release = (tag: string) =>
    `TORONTO, June 3, 2025 (GLOBE NEWSWIRE) -- Almadén Zinc Corp. (${tag}: AZC; OTCQB: AZCCF) (the "Company") ` +
    'reports assays from the Valverde project in Huelva, Spain.'

  it.each(['TSX – V', 'TSX - V'])('the Exchange’s disclaimer is owed (%s)', async (tag) => {
    expect(await messages('exchange-disclaimer', release(tag))).toHaveLength(1)
  })

  it('"TSX" alone is the Toronto Stock Exchange: none owed', async () => {
    expect(await messages('exchange-disclaimer', release('TSX'))).toEqual([])
  })
})
