/**
 * The same release organised another way (QA round): a paragraph split in two at a sentence boundary must not move a
 * verdict. Invented issuers, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)

const ids = async (id: Parameters<typeof lintWith>[0], value: string) =>
  (await lintWith(id, value)).messages.map((m) => `${m.fatal ? 'E' : 'W'} ${m.reason}`)

describe('a QP statement set as two paragraphs, the second speaking of the QP by a pronoun', () => {
  const head = [
    '# Quillfeather Gold Intersects 6.1 g/t Gold over 8.0 Metres at Sable Lake',
    '',
    'RED LAKE, Ontario, December 4, 2026 – Quillfeather Gold Corp. (TSXV: QFG) (the "Company") reports that hole',
    'SL-26-007 at its Sable Lake project cut 6.1 g/t gold over 8.0 metres from 88.0 metres.',
    '',
    '## Technical Information',
    ''
  ]
  const named =
    'The technical information in this release was compiled by Ines Garrow-Pike, P.Geo., Vice President ' +
    'Exploration of the Company.'
  const identified =
    'She is a Qualified Person as defined in National Instrument 43-101 and has reviewed and approved the ' +
    'technical information in this release.'
  it('one paragraph: no finding on the QP', async () => {
    expect(await ids('qp-statement', [...head, named + ' ' + identified, ''].join('\n'))).toEqual([])
  })
  it('two paragraphs: the same (the second goes on with "She is …")', async () => {
    expect(await ids('qp-statement', [...head, named, '', identified, ''].join('\n'))).toEqual([])
  })
  it('"Both are qualified persons" after the paragraph naming two: the names are the statement\'s', async () => {
    const two =
      'The estimate was prepared by Ines Garrow-Pike, P.Geo., Vice President Exploration of the Company, and by ' +
      'Tomas Rendell, P.Eng., Chief Engineer of the Company.'
    const both =
      'Both are qualified persons within the meaning of NI 43-101 and have reviewed and approved the technical ' +
      'information in this release.'
    expect(await ids('qp-statement', [...head, two, '', both, ''].join('\n'))).toEqual([])
  })
  it('a second paragraph on another subject is not the statement: the identification is still missing', async () => {
    const other =
      'The Company has retained a drill contractor and expects to resume drilling at Sable Lake in January 2027, ' +
      'subject to the weather.'
    const found = await ids('qp-statement', [...head, named, '', other, ''].join('\n'))
    expect(found).toContain('E Missing identification as a Qualified Person under NI 43-101')
  })
})

describe('a historical estimate whose figures open the next paragraph ("The estimate reported …")', () => {
  const head = [
    '# Corrowan Metals Options the Fettle Creek Gold Property',
    '',
    'TIMMINS, Ontario, December 4, 2026 – Corrowan Metals Inc. (TSXV: CWM) (the "Company") has signed an option',
    'to earn a 100% interest in the Fettle Creek gold property from a private vendor.',
    ''
  ]
  const named =
    'The property hosts a historical estimate prepared by Hallam Geoservices Ltd. for Brisk Mines Limited in a ' +
    'report dated June 1991.'
  const figures =
    'The estimate reported 480,000 tons grading 0.18 ounces of gold per ton in the "probable" category, by the ' +
    'polygonal method, at a cut-off of 0.08 ounces per ton.'
  const caution = [
    '',
    'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
      'resources, and the Company is not treating the historical estimate as current mineral resources. The ' +
      'Company considers it relevant, as it outlines the gold zone it will drill, and reliable, as a recognized ' +
      'firm made it from 61 drill holes. No more recent estimate is known. To upgrade it, the Company would need ' +
      'to twin and re-assay the historical holes and prepare a new estimate.',
    ''
  ]
  const lint = async (body: string[]) => [
    ...(await ids('mineral-resource', [...head, ...body, ...caution].join('\n'))),
    ...(await ids('historical-estimate', [...head, ...body, ...caution].join('\n')))
  ]
  it('one paragraph: no finding', async () => {
    expect(await lint([named + ' ' + figures])).toEqual([])
  })
  it("two paragraphs: the same, the figures are the historical estimate's, no current resource", async () => {
    expect(await lint([named, '', figures])).toEqual([])
  })
  it("the issuer's own estimate in the next paragraph is current: its effective date is owed", async () => {
    const own =
      "The Company's own Mineral Resource estimate for the Tamber zone of the property comprises Indicated Mineral " +
      'Resources of 1.2 million tonnes grading 2.4 g/t gold.'
    const found = await ids('mineral-resource', [...head, named, '', own, ...caution].join('\n'))
    expect(found.some((m) => m.startsWith('E Missing effective date'))).toBe(true)
  })
})

describe('a copy with one paragraph a line reads the same with a blank line added between two of them', () => {
  // A republisher's copy of an issuer's placement, each paragraph one line; the price is below the Exchange's minimum.
  const lines = [
    'Ms. Delphine Arkwright reports',
    'SORREL BAY METALS CLOSES FIRST TRANCHE OF UNIT FINANCING',
    'Further to its news release dated Nov. 12, 2026, Sorrel Bay Metals Corp. has closed the first tranche of its ' +
      'non-brokered private placement, issuing 9.6 million units at a price of three cents per unit for gross ' +
      'proceeds of $288,000.',
    'Each unit consists of one common share of the company and one common share purchase warrant, each warrant ' +
      'entitling the holder to acquire one additional common share at a price of five cents for 24 months from the ' +
      'closing date.',
    'All securities issued in the first tranche are subject to a hold period of four months and one day from the ' +
      'closing date under applicable securities laws. The company intends to use the proceeds for drilling at its ' +
      'Kettlewing copper project and for general working capital purposes.',
    "The company may pay finders' fees in cash and warrants to eligible finders in connection with the placement, " +
      'subject to the acceptance of the TSX Venture Exchange, and expects to close a second tranche of the placement ' +
      'in December 2026.'
  ]
  const price = async (value: string) => (await ids('tsxv-pricing', value)).length
  it("no blank line: the issuer's placement, priced below $0.05", async () => {
    expect(await price(lines.join('\n') + '\n')).toBe(1)
  })
  it('a blank line before the hold period: the same', async () => {
    expect(await price(lines.slice(0, 4).join('\n') + '\n\n' + lines.slice(4).join('\n') + '\n')).toBe(1)
  })
})

describe('with no dateline, highlights set as paragraphs above the lead do not push the lead out of the opening', () => {
  const bullets = [
    "• Larchmont's first hole at Pinyon Flat returned 1,040 ppm lithium over 41.5 metres, comparable to the best " +
      'intervals from the claystone deposit of Silverbell Lithium Inc. (TSXV: SBL) to the north.',
    '• Larchmont is planning a second program of eight core holes to test the extent of the claystone beds along ' +
      'the 3-kilometre trend mapped at surface this fall.'
  ]
  const rest = [
    'Larchmont Lithium Corp. (CSE: LLC) ("Larchmont" or the "Company") is pleased to report the assays of hole ' +
      'PF-26-01, the first hole of its fall program at the Pinyon Flat lithium project in Esmeralda County, Nevada.',
    '',
    'This release contains forward-looking information, including the planned second program. It is based on ' +
      'assumptions, including that permits and a drill rig will be available, and is subject to risks, including ' +
      'exploration risk and the price of lithium, that could cause actual results to differ materially. The Company ' +
      'does not undertake to update it except as required by law.',
    ''
  ]
  const title = ['Larchmont Lithium Reports Wide Claystone Intervals at Pinyon Flat', '']
  it('the bullets as one paragraph: a CSE issuer, no TSX-V disclaimer owed', async () => {
    expect(await ids('exchange-disclaimer', [...title, bullets.join('\n'), '', ...rest].join('\n'))).toEqual([])
  })
  it('each bullet its own paragraph: the same', async () => {
    expect(await ids('exchange-disclaimer', [...title, bullets[0], '', bullets[1], '', ...rest].join('\n'))).toEqual([])
  })
  it('a TSX-V issuer whose lead follows the bullets still owes the disclaimer', async () => {
    const tsxv = rest.map((line) => line.replace('(CSE: LLC)', '(TSXV: LLC)'))
    const found = await ids('exchange-disclaimer', [...title, bullets[0], '', bullets[1], '', ...tsxv].join('\n'))
    expect(found.some((m) => m.startsWith('E Missing TSX Venture Exchange disclaimer'))).toBe(true)
  })
})

describe('a paragraph of previous work split in two: the results in its second half are as old', () => {
  const head = [
    '# Wrenhollow Uranium Acquires the Tarnmoor Claims',
    '',
    'SASKATOON, Saskatchewan, December 4, 2026 – Wrenhollow Uranium Corp. (TSXV: WHU) (the "Company") has acquired',
    'a 100% interest in the Tarnmoor claims, 14 kilometres east of its Kestle Lake project, for $40,000 in cash.',
    ''
  ]
  const work =
    'Previous work on the claims includes eight diamond drill holes, lake sediment sampling and airborne ' +
    'geophysics, most of it done in the 1970s and 1980s. Modern work has been limited to a single airborne survey.'
  const grades =
    'Trenching on the south shore of Tarnmoor Lake uncovered up to 0.42% U3O8 in pegmatite, and drilling beneath ' +
    'it intersected anomalous uranium over several metres.'
  const lint = (body: string[]) => ids('exploration-results', [...head, ...body, ''].join('\n'))
  it('one paragraph: the trench grades are historical, no finding', async () => {
    expect(await lint([work + ' ' + grades])).toEqual([])
  })
  it('two paragraphs: the same', async () => {
    expect(await lint([work, '', grades])).toEqual([])
  })
  it("a second paragraph that names the issuer's own work is new results", async () => {
    const own = grades.replace('Trenching on', "The Company's trenching this fall on")
    const found = await lint([work, '', own])
    expect(found.some((m) => m.startsWith('E Missing laboratory'))).toBe(true)
  })
})

describe("a forward-looking caution split in two: its assumptions are not the estimate's key assumptions", () => {
  const release = (caution: string[]) =>
    [
      '# Pellory Copper Reports Maiden Resource at Ashgrove',
      '',
      'KAMLOOPS, British Columbia, December 4, 2026 – Pellory Copper Corp. (TSXV: PCU) (the "Company") reports a',
      'maiden Mineral Resource estimate for its Ashgrove copper project: Indicated Mineral Resources of 31.5 million',
      'tonnes grading 0.41% copper. The effective date of the estimate is November 20, 2026. Mineral Resources that',
      'are not Mineral Reserves do not have demonstrated economic viability.',
      '',
      ...caution,
      ''
    ].join('\n')
  const opening =
    'This release contains forward-looking information, including the timing of the technical report. Such ' +
    'information involves risks and uncertainties.'
  const grounds =
    'It is based on assumptions, including metal prices, costs and the availability of financing, and actual ' +
    'results may differ materially. The Company does not undertake to update it except as required by law.'
  const keyAssumptions = async (value: string) =>
    (await ids('mineral-resource', value)).filter((m) => m.startsWith('W Missing key assumptions'))
  it('one paragraph: the key assumptions are owed', async () => {
    expect(await keyAssumptions(release([opening + ' ' + grounds]))).toHaveLength(1)
  })
  it("two paragraphs: the same (the caution's metal prices are not the estimate's)", async () => {
    expect(await keyAssumptions(release([opening, '', grounds]))).toHaveLength(1)
  })
})

describe('a sentence a line break cut before a capitalized word, in a draft with blank lines', () => {
  it('stays one paragraph: the U.S. Securities Act paragraph is read whole', async () => {
    const value =
      'Corvane Metals Corp. (TSXV: CVM) (the "Company") announces a non-brokered private placement of up to ' +
      '2,000,000 units at $0.10 per unit.\n\n' +
      'The securities have not been and will not be registered under the United States\nSecurities Act of 1933, as ' +
      'amended, or any state securities laws, and may not be offered or sold in the United States absent ' +
      'registration or an applicable exemption from the registration requirements. This news release does not ' +
      'constitute an offer to sell or a solicitation of an offer to buy any securities in the United States.\n'
    expect((await lintWith('us-securities-act', value)).messages).toEqual([])
  })

  it('a title line over a paragraph is still a line of its own', () => {
    const value =
      'Corvane Metals Closes Its Oversubscribed Private Placement Of Units\nCorvane Metals Corp. (TSXV: CVM) has ' +
      'closed its non-brokered private placement of 2,000,000 units at $0.10 per unit for proceeds of $200,000, ' +
      'as announced on November 2, 2026, and will use the proceeds for drilling.\n\nThe units are subject to a hold.\n'
    expect(model(value).blocks[0].raw.text).toBe('Corvane Metals Closes Its Oversubscribed Private Placement Of Units')
  })
})
