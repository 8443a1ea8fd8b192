/**
 * Financing and corporate releases of the kinds an eighth QA round read on real newswire copy (the cases below are
 * invented issuers in our own words, each reproducing the shape of a defect the document model once misread).
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {TSXV_DISCLAIMER} from '../rules/exchange-disclaimer.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('exchange-disclaimer: a securities regulator’s statement is not an exchange’s disclaimer', () => {
  const lead =
    'VANCOUVER, BC, May 1, 2026 – Halvard Apparel Inc. (TSXV: HVA) announces a bought deal offering of 2,000,000 ' +
    'common shares at $5.00 per share by way of a short form prospectus.\n\n'
  it.each([
    'No securities regulatory authority has either approved or disapproved of the contents of this news release.',
    'Neither the Alberta Securities Commission nor any other securities regulatory authority has approved or ' +
      'disapproved the contents of this release.',
    'No securities regulator has reviewed or approved the contents of this announcement.'
  ])('%s', async (statement) => {
    const value = `${lead}${statement}\n\n${TSXV_DISCLAIMER}`
    expect(model(value).exchangeDisclaimers.map((d) => d.sentence.norm.text)).toEqual([TSXV_DISCLAIMER.toLowerCase()])
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it('a TSX-V release with only the regulator’s statement misses the Exchange’s disclaimer (not a defective one)', async () => {
    const value = `${lead}No securities regulatory authority has either approved or disapproved of the contents of this news release.`
    const found = await messages('exchange-disclaimer', value)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/error Missing TSX Venture Exchange disclaimer/)
  })

  it('a disclaimer naming the Exchange and the regulators is still the Exchange’s', () => {
    const value =
      lead +
      'Neither the TSX Venture Exchange nor any securities regulatory authority has approved or disapproved ' +
      'the contents of this release.'
    expect(model(value).exchangeDisclaimers).toHaveLength(1)
  })
})

describe('forward-looking-caution: an issuer listed abroad only does not show it is a reporting issuer in Canada', () => {
  const caution =
    'This news release contains forward-looking statements, including statements about the use of proceeds. ' +
    'Such statements involve risks and uncertainties, including the risks of clinical trials, and actual results ' +
    'may differ materially. We undertake no obligation to update any forward-looking statement.'
  it.each([
    ['an ASX and Nasdaq issuer', 'PERTH, Australia, May 1, 2026 – Quokka Therapeutics (ASX: QKT, NASDAQ: QKTX)'],
    ['a Nasdaq issuer', 'BOSTON, May 1, 2026 – Wexford Bio Inc. (NASDAQ: WXB)']
  ])('%s: every finding is a warning', async (_kind, dateline) => {
    const value = `${dateline} announces a placement of A$12 million. The Company will use the funds to advance its lead program.`
    const missing = await messages('forward-looking-caution', value)
    expect(missing).toHaveLength(1)
    expect(missing[0]).toMatch(/warning Missing forward-looking information caution/)
    const incomplete = await messages('forward-looking-caution', `${value}\n\n${caution}`)
    expect(incomplete).toEqual([expect.stringMatching(/warning Missing material factors or assumptions/)])
    const file = await lintWith('forward-looking-caution', `${value}\n\n${caution}\n`)
    expect(file.messages[0].note).toMatch(
      /only a listing abroad .*a caution is owed if the issuer is a reporting issuer in Canada/
    )
  })

  it.each([
    ['a Canadian listing beside the foreign one', 'TORONTO, May 1, 2026 – Wexford Bio Inc. (TSX: WXB) (NASDAQ: WXB)'],
    ['an OTC tag and a TSX-V approval', 'VANCOUVER, May 1, 2026 – Wexford Gold Inc. (OTCQB: WXGF)']
  ])('%s: still an error', async (_kind, dateline) => {
    const value =
      `${dateline} announces a private placement of $2 million. The Company will use the funds to drill its ` +
      'project. The placement is subject to the approval of the TSX Venture Exchange.'
    expect(await messages('forward-looking-caution', value)).toEqual([
      expect.stringMatching(/error Missing forward-looking information caution/)
    ])
  })
})

describe('release: a news service’s brief points to “the press release”, not only to “the full press release”', () => {
  const brief =
    'Corvid Gold (TSX-V: CVG) announced it has entered into a binding agreement to acquire a 100% interest in the ' +
    'Hollis gold property in Nevada. The Company will drill the property this spring.'
  it.each([
    'To view the press release, visit https://example.com/cvg',
    'To read the news release, please visit the link.'
  ])('%s', async (pointer) => {
    const value = `${brief}\n\n${pointer}`
    expect(model(value).release.speaker).toBe('third-party')
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it('the issuer’s own release that points to an earlier release stays the issuer’s', () => {
    const value =
      `${brief}\n\nTo view the press release of May 1, 2026 announcing the agreement, see the Company's profile on ` +
      'SEDAR+.'
    expect(model(value).release.speaker).toBe('issuer')
  })
})

describe('forward-looking-caution: an exchange ratio is a term of the transaction, not a forecast', () => {
  const lead =
    'TORONTO, May 1, 2026 – Tamarack 2024 Flow-Through Limited Partnership announced today that it completed the ' +
    'transfer of its assets to Tamarack Resource Fund in exchange for shares of the fund.\n\n'
  it.each([
    'Accordingly, each holder of Partnership units will receive 2.043263 Series A shares for each Partnership unit held.',
    'Each limited partner will receive 0.85 of a fund share for every unit held.'
  ])('%s', async (terms) => {
    expect(model(lead + terms).topics.forwardLooking).toBeUndefined()
    expect(await messages('forward-looking-caution', lead + terms)).toEqual([])
  })

  it('money the issuer will receive is still its forecast', () => {
    const value =
      lead + 'The Partnership will receive gross proceeds of $4,000,000 on the sale of the remaining assets.'
    expect(model(value).topics.forwardLooking?.strength).toBe('strong')
  })
})

describe('forward-looking-caution: an investor relations agreement’s terms are not forecasts', () => {
  const lead =
    'VANCOUVER, BC, May 1, 2026 – Corvid Gold Corp. (TSXV: CVG) announces that it has entered into an investor ' +
    'relations agreement with Larkspur Capital Inc. ("Larkspur") for an initial term of six months.\n\n'
  it.each([
    'The Company will pay Larkspur a monthly fee of $6,000.',
    'Corvid will pay Larkspur a total of EUR 40,000 as compensation.',
    'Larkspur will receive compensation of $6,000 per month.',
    'Larkspur will not receive shares, options or other securities of the Company as compensation.',
    'The agreement will automatically continue on a month-to-month basis unless terminated.'
  ])('%s', async (terms) => {
    const value = lead + terms
    expect(model(value).topics.forwardLooking).toBeUndefined()
    expect(await messages('forward-looking-caution', value)).toEqual([])
  })

  it.each([
    'The Company will pay the balance of the purchase price on closing.',
    'Larkspur will continue to expand its investor outreach in Europe.',
    'The Company will receive $2,000,000 from the sale of the property.'
  ])('a plan or payment that is no fee stays forward-looking: %s', (plan) => {
    expect(model(lead + plan).topics.forwardLooking?.strength).toBe('strong')
  })
})

describe('release: a news service’s rewrite tells the officer’s words in its own', () => {
  // "The Company", as an issuer writes it: a story that calls it "the company" is a report by that alone (qa-real9).
  const body =
    'Corvid Gold Corp. has settled $1.2 million of debt through the issuance of 6,000,000 units at a deemed price of ' +
    '$0.20 per unit. The Company will issue the units once the TSX Venture Exchange approves the settlement.\n\n'
  it.each([
    ['Dana Roe, CFO for Corvid, emphasized that the settlement strengthens the balance sheet.', 'emphasized that'],
    [
      'Rob Hale, Chairman of Corvid Gold Corp., pointed to the lower interest expense as the main benefit.',
      'pointed to the'
    ],
    [
      'Rob Hale, President and CEO of Corvid, stated that the board voted unanimously for the settlement.',
      'stated that'
    ]
  ])('%s', async (told, words) => {
    const release = model(body + told).release
    expect(release.speaker).toBe('third-party')
    expect(release.speakerEvidence!.words).toContain(words)
    expect(await messages('exchange-disclaimer', body + told)).toEqual([])
  })

  it.each([
    'Rob Hale, President and CEO of Corvid, stated: "The settlement strengthens our balance sheet."',
    '"The settlement strengthens our balance sheet," said Rob Hale, President and CEO of Corvid.',
    'Rob Hale, President and CEO of the Company, stated that the board voted unanimously for the settlement.',
    'Rob Hale, CEO of Corvid, stated that the settlement strengthens the balance sheet.\n\n' +
      'Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
      'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  ])('the issuer’s own release (a quotation, or its apparatus): %s', (own) => {
    expect(model(body + own).release.speaker).toBe('issuer')
  })
})

describe('listing: an approval told with its verb names the issuer’s exchange', () => {
  it.each([
    ['Toronto Stock Exchange', 'TSX'],
    ['TSX Venture Exchange', 'TSXV'],
    ['Canadian Securities Exchange', 'CSE']
  ])('“has been approved by the %s”', async (name, exchange) => {
    const value =
      `Halvard Insurance Corporation announces that its normal course issuer bid to purchase up to 2,000,000 common ` +
      `shares has been approved by the ${name}.`
    expect(model(value).exchangeDecision.exchange).toBe(exchange)
    const found = await messages('exchange-disclaimer', value)
    expect(found.some((m) => /Missing TSX Venture Exchange disclaimer/.test(m))).toBe(exchange === 'TSXV')
  })
})

describe('release: a market service’s notice and a wire brief sourced to a filing are reports', () => {
  it.each([
    [
      'the issuer named with its suffix’s period',
      'An announcement from Quokka Resources Ltd. ((AU:QKR)) is now available.\n\nQuokka Resources announced the ' +
        'quotation of 10,000,000 shares, which will be issued on March 2.',
      'announcement from quokka resources ltd. ((au:qkr)) is now available'
    ],
    [
      'a brief sourced to a filing',
      'Corvid Gold received a $1 million loan that will convert to placement shares once its shares resume trading, ' +
        'according to a Friday filing with the TSX Venture Exchange.',
      'according to a friday filing'
    ]
  ])('%s', async (_kind, value, words) => {
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(release.speakerEvidence!.words).toBe(words)
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })
})

describe('offering-arithmetic: each lot’s proceeds told in the words of a total are the lot’s', () => {
  const lead = 'VANCOUVER, BC, May 1, 2026 – Corvid Gold Corp. (TSXV: CVG) has closed its LIFE offering and has issued '
  it('(i) units for total proceeds of the units, (ii) flow-through units for theirs, then the aggregate', async () => {
    const value =
      lead +
      '(i) 20,000,000 units at a price of $0.10 per Unit, for total proceeds raised from the issuance of Units of ' +
      '$2,000,000, and (ii) 5,000,000 flow-through units at a price of $0.12 per FT Unit, for total proceeds raised ' +
      'from the issuance of FT Units of $600,000, for total aggregate gross proceeds of $2,600,000.'
    expect(await messages('offering-arithmetic', value)).toEqual([])
    const wrong = value.replace('$2,600,000', '$2,700,000')
    expect(await messages('offering-arithmetic', wrong)).toEqual([
      expect.stringMatching(/error Unexpected aggregate proceeds that differ from the sum of the securities sold/)
    ])
  })

  it('a lot’s own total that does not agree with its count and price is still reported', async () => {
    const value =
      lead +
      '(i) 20,000,000 units at a price of $0.10 per Unit, for total proceeds raised from the issuance of Units of ' +
      '$2,100,000, and (ii) 5,000,000 flow-through units at a price of $0.12 per FT Unit, for total proceeds raised ' +
      'from the issuance of FT Units of $600,000, for total aggregate gross proceeds of $2,600,000.'
    expect((await messages('offering-arithmetic', value)).length).toBeGreaterThan(0)
  })
})

describe('offering-arithmetic: proceeds written to the thousand, and shares issued on an exercise', () => {
  const lead =
    'TORONTO, May 1, 2026 – Halvard Bio Corp. (TSX: HVB) announces that it has closed its private placement.\n\n'
  it('proceeds rounded to the nearest thousand agree with the count and the price', async () => {
    const value =
      lead +
      'The Company closed its private placement of 2,222,333 common shares at a price of $0.75 ' +
      'per common share for gross proceeds of $1,667,000.'
    expect(await messages('offering-arithmetic', value)).toEqual([])
  })

  it.each([
    ['a thousand off', '2,222,333 common shares at a price of $0.75', '$1,668,000'],
    ['a small round figure', '2,000 common shares at a price of $1.25', '$3,000']
  ])('%s that does not agree is still reported', async (_kind, lot, stated) => {
    const value = `${lead}The Company closed its private placement of ${lot} per common share for gross proceeds of ${stated}.`
    expect(await messages('offering-arithmetic', value)).toEqual([
      expect.stringMatching(/error Unexpected proceeds that do not agree with the count and the price/)
    ])
  })

  it('shares issued on the exercise of options do not take the placement’s price', async () => {
    const value =
      lead +
      'The Company closed its private placement of 4,000,000 common shares at a price of $0.75 ' +
      'per common share for gross proceeds of $3,000,000.\n\nOn April 21, 2026, the Company issued 125,000 common ' +
      'shares for the exercise of 125,000 stock options for cash proceeds of $113,000.'
    expect(await messages('offering-arithmetic', value)).toEqual([])
  })
})

describe('related-party: a release that says its transaction is no related party transaction', () => {
  const lead =
    'VANCOUVER, BC, May 1, 2026 – Corvid Gold Corp. (TSXV: CVG) has entered into a letter of intent to acquire all ' +
    'of the shares of Larkspur Spirits LLC in exchange for 40,000,000 common shares of Corvid.\n\n'
  it.each([
    'The transaction is expected to be an arm’s length transaction and does not constitute a “related party ' +
      'transaction” for the purposes of Multilateral Instrument 61-101.',
    'The acquisition will not be considered a related party transaction under MI 61-101.',
    'L’acquisition ne constitue pas une « opération avec une personne apparentée » au sens du Règlement 61-101.'
  ])('%s', async (denial) => {
    const value = lead + denial
    expect(model(value).relatedParty).toBeUndefined()
    expect(await messages('related-party', value)).toEqual([])
  })

  it('a transaction that is one is still checked', async () => {
    const value = lead + 'The acquisition constitutes a related party transaction under Multilateral Instrument 61-101.'
    expect(model(value).relatedParty).toBeDefined()
  })
})

describe('release: results that recall a placement closed weeks before announce no offering', () => {
  const results = (closed: string) =>
    'TORONTO, October 29, 2026 – Halvard Bio Corp. (TSX: HVB) today announced its results for the year ended July ' +
    '31, 2026.\n\nCorporate Development\n\n' +
    `* On ${closed}, the Company closed its non-brokered private placement of 2,222,333 common shares at a price of ` +
    '$0.75 per common share for gross proceeds of $1,667,000.\n' +
    '* On January 8, 2026, the Company closed its private placement financing for gross proceeds of $3,000,000 from ' +
    'the issuance of 4,000,000 common shares at a price of $0.75 per common share.'
  it('closings dated months before the release', async () => {
    const value = results('August 22, 2026')
    expect(model(value).release.ownOffering).toBeUndefined()
    expect(await messages('us-distribution-legend', value)).toEqual([])
    expect(await messages('us-securities-act', value)).toEqual([])
  })

  it.each([
    'In December 2025, the Company closed a non-brokered private placement of 5,000,000 units at $0.10 per unit.',
    'Following the closing on January 14, 2026 of its non-brokered private placement of 5,000,000 units at $0.10 ' +
      'per unit, the Company has 48,200,000 shares outstanding.'
  ])('a corporate update that recalls a placement by its month, or dates it after “closing”: %s', async (recalled) => {
    const value =
      'Brantwood Gold Completes Share Consolidation\n\nTORONTO, Ontario, April 2, 2026 – Brantwood Gold Corp. ' +
      '(CSE: BWG) (the "Company") announces that its share consolidation on a one-for-ten basis took effect today.' +
      `\n\n${recalled}`
    expect(model(value).release.ownOffering).toBeUndefined()
    expect(await messages('us-distribution-legend', value)).toEqual([])
  })

  it('a placement closed in the month before the release, by its month alone, is not history yet', () => {
    const value =
      'Brantwood Gold Provides Update\n\nTORONTO, Ontario, January 12, 2026 – Brantwood Gold Corp. (CSE: BWG) ' +
      '(the "Company") provides a corporate update.\n\nIn December 2025, the Company closed a non-brokered private ' +
      'placement of 5,000,000 units at $0.10 per unit for gross proceeds of $500,000.'
    expect(model(value).release.ownOffering).toBeDefined()
  })

  it('a closing the body dates on the release’s day is still announced', () => {
    const value =
      'TORONTO, October 29, 2026 – Halvard Bio Corp. (TSX: HVB) provides a corporate update.\n\nFinancing\n\nOn ' +
      'October 29, 2026, the Company closed its non-brokered private placement of 2,222,333 common shares at a ' +
      'price of $0.75 per common share for gross proceeds of $1,667,000.'
    expect(model(value).release.ownOffering).toBeDefined()
  })
})

describe('release: an interview told by the outlet is a report', () => {
  it('“discusses … in an interview with Proactive’s Dana Roe”', async () => {
    const value =
      'Corvid Gold CEO Rob Hale discusses the company’s conditional approval to list on the Canadian Securities ' +
      'Exchange in an interview with Proactive’s Dana Roe.\n\nThe company aims to raise $500,000 for drilling.'
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(release.speakerEvidence!.words).toBe('in an interview with')
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })
})
