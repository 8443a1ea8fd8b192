/**
 * Financing drafts of the kinds a second QA round wrote (invented issuers, our own wording), each case a defect
 * the document model once misread: a strategic investor's right to nominate a director and to take part in future
 * financings is no related party's participation.
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {Decimal, formatLike} from '../src/model/numbers.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('related-party: a strategic investor’s rights are no related party’s participation', () => {
  const LEAD =
    'HALIFAX, Nova Scotia, May 4, 2026 – Gannet Tin Corp. (TSXV: GNT) has agreed to issue 9,000,000 common shares ' +
    'to Orford Resources plc ("Orford") at $0.40 per share by way of a private placement.'
  it.each([
    'Orford will be entitled to nominate one director to the Board and will have a participation right in future equity financings.',
    'For so long as it holds 10% of the shares, Orford may appoint a director and has the right to participate in future financings.',
    'Orford, which may designate an additional director, will acquire the shares at closing.'
  ])('%s', async (sentence) => {
    const value = `${LEAD}\n\n${sentence}`
    expect(model(value).relatedParty).toBeUndefined()
    expect(await messages('related-party', value)).toEqual([])
  })

  it('a director who subscribes still takes part', async () => {
    const value = `${LEAD}\n\nA director of the Company will acquire 250,000 shares on the same terms.`
    expect(model(value).relatedParty?.participation).toBeDefined()
    expect(await messages('related-party', value)).toEqual([
      expect.stringContaining('error Missing MI 61-101 related party transaction paragraph')
    ])
  })
})

describe('offering-arithmetic: a part of the lot after its defined term', () => {
  const closing = (proceeds: string) =>
    'TORONTO, Ontario, March 24, 2026 – Lorne Copper Corp. (TSXV: LRN) has closed its bought deal offering. ' +
    'The Company issued 23,000,000 units (the "Units"), including 3,000,000 Units issued on the exercise of the ' +
    `over-allotment option, at a price of $0.40 per Unit for aggregate gross proceeds of ${proceeds}.`

  it('reads one lot, at its price', () => {
    const terms = model(closing('$9,200,000')).offering
    expect(terms.lots.map((lot) => [lot.count.value.toString(), lot.price?.value.toString()])).toEqual([
      ['23000000', '0.4']
    ])
  })

  it('agrees when count × price = proceeds', async () => {
    expect(await messages('offering-arithmetic', closing('$9,200,000'))).toEqual([])
  })

  it('reports proceeds that do not agree with the whole lot', async () => {
    expect(await messages('offering-arithmetic', closing('$9,600,000'))).toEqual([
      expect.stringContaining('expected $9,200,000')
    ])
  })
})

describe('tsxv-pricing: an underwriter’s over-allotment option is no option grant', () => {
  it.each([
    'The Company issued 2,000,000 units on the exercise in full of the over-allotment option at a price of $0.04 per unit.',
    'The agents exercised their agents’ option to purchase 1,500,000 additional units at a price of $0.03 per unit.'
  ])('%s', (sentence) => {
    const value = `VANCOUVER, BC, May 4, 2026 – Heron Zinc Corp. (TSXV: HZC) closed its bought deal.\n\n${sentence}`
    expect(model(value).offering.grants).toEqual([])
  })
})

describe('hold-period: an expiry set beside the period, or in the legend’s words', () => {
  const closing =
    'REGINA, Saskatchewan, April 9, 2026 – Plover Potash Corp. (TSXV: PLV) has closed its non-brokered private ' +
    'placement of 3,000,000 units at $0.25 per unit on April 9, 2026.'
  const lint = (hold: string) => messages('hold-period', `${closing}\n\n${hold}`)

  it.each([
    [
      '“being” the date',
      'The units are subject to a hold period of four months and one day from closing, being August 20, 2026.'
    ],
    ['“i.e.” the date', 'The units are subject to a four month and one day hold period (i.e., August 20, 2026).'],
    [
      'the legend’s “before”',
      'Purchasers must not trade the units before August 20, 2026, under applicable securities laws.'
    ]
  ])('reports a wrong expiry: %s', async (_, hold) => {
    expect(await lint(hold)).toEqual([
      expect.stringContaining('error Unexpected hold expiry date, expected August 10, 2026')
    ])
  })

  it.each([
    'The units are subject to a hold period of four months and one day from closing, being August 10, 2026.',
    'Purchasers must not trade the units before August 10, 2026, under applicable securities laws.',
    // The date beside the period restates the distribution date: no expiry to check.
    'The units are subject to a hold period of four months and a day from the closing date, being April 9, 2026.'
  ])('accepts %s', async (hold) => {
    expect(await lint(hold)).toEqual([])
  })
})

describe('offering-arithmetic: earlier tranches’ amounts in parentheses', () => {
  const release = (total: string) =>
    'KELOWNA, British Columbia, April 30, 2026 – Siskin Silver Corp. (TSXV: SSK) has completed the third and final ' +
    'tranche of its private placement by issuing 2,000,000 units at a price of $0.15 per unit for gross proceeds of ' +
    '$300,000.\n\nThe first tranche ($550,000) and the second tranche ($400,000) closed on March 31 and April 14, ' +
    `2026, respectively, bringing the total raised under the placement to ${total}.`

  it('reads the tranche sum', () => {
    const [sum] = model(release('$1,250,000')).offering.trancheSums
    expect(sum.earlier.map((m) => m.value.toString())).toEqual(['550000', '400000'])
    expect(sum.current?.map((m) => m.value.toString())).toEqual(['300000'])
  })

  it.each(['$1,250,000', 'approximately $1.25 million'])('accepts a total of %s', async (total) => {
    expect(await messages('offering-arithmetic', release(total))).toEqual([])
  })

  it('reports a total that is not the sum', async () => {
    expect(await messages('offering-arithmetic', release('approximately $1.4 million'))).toEqual([
      expect.stringContaining('error Unexpected aggregate proceeds that differ from the sum of the tranches')
    ])
  })
})

describe('offering-arithmetic: a fee paid to a placement’s manager', () => {
  const release = (fee: string) =>
    'VANCOUVER, British Columbia, May 5, 2026 – Banksia Gold Ltd. (TSXV: BKG) (ASX: BKG) has completed a private ' +
    'placement of 40,000,000 common shares at a price of A$0.15 per share for gross proceeds of A$6,000,000.\n\n' +
    `The placement was managed by Wollemi Partners Pty Ltd, which received a fee of 6% of the gross proceeds, being ${fee}.`

  it('accepts the fee the percentage gives', async () => {
    expect(await messages('offering-arithmetic', release('A$360,000'))).toEqual([])
  })

  it('reports a fee the percentage does not give', async () => {
    expect(await messages('offering-arithmetic', release('A$390,000'))).toEqual([
      expect.stringContaining('error Unexpected fee for the stated 6%: expected A$360,000')
    ])
  })

  it('reads no fee where a share of the proceeds goes to a use', () => {
    const value =
      'VANCOUVER, British Columbia, May 5, 2026 – Banksia Gold Ltd. (TSXV: BKG) has closed a private placement for ' +
      'gross proceeds of $6,000,000.\n\nAbout 10% of the gross proceeds ($700,000) will fund working capital.'
    expect(model(value).offering.fees).toEqual([])
  })
})

describe('related-party: the naming alone missing is a warning', () => {
  const release = (paragraph: string) =>
    'WINNIPEG, Manitoba, October 13, 2026 – Wren Nickel Inc. (TSXV: WRN) announces a private placement of up to ' +
    '6,000,000 units at $0.15 per unit. Insiders of the Company may participate in the offering.\n\n' +
    paragraph
  const exempt =
    'from the formal valuation and minority shareholder approval requirements under sections 5.5(a) and 5.7(1)(a), ' +
    "as the fair market value of the insiders' participation will not exceed 25% of the Company's market capitalization."

  it('MI 61-101, its exemptions and their facts stated: a warning', async () => {
    expect(
      await messages('related-party', release(`Any such participation will be exempt under MI 61-101 ${exempt}`))
    ).toEqual([expect.stringContaining('warning Missing “related party transaction” within the meaning of MI 61-101')])
  })

  it('the instrument not named either: an error', async () => {
    expect(await messages('related-party', release(`Any such participation will be exempt ${exempt}`))).toEqual([
      expect.stringContaining('error Missing MI 61-101 related party transaction paragraph')
    ])
  })
})

describe('offering-arithmetic: a fee of one part of the financing', () => {
  const release = (fee: string) =>
    'VANCOUVER, British Columbia, September 29, 2026 – Tanager Copper Corp. (TSXV: TGC) has closed its brokered ' +
    'offering of 8,000,000 units at $0.25 per unit for gross proceeds of $2,000,000 (the "LIFE Offering") and its ' +
    'concurrent private placement of 2,000,000 flow-through shares at $0.30 per share for gross proceeds of ' +
    '$600,000 (the "Concurrent Offering"), for aggregate gross proceeds of $2,600,000.\n\n' +
    `The agent received a cash commission of ${fee}, being 6% of the gross proceeds of the LIFE Offering.`

  it('reads the part the fee is of', () => {
    expect(model(release('$120,000')).offering.fees.map((fee) => fee.of)).toEqual(['life offering'])
  })

  it('counts the fee on that part: 6% of $2,000,000', async () => {
    expect(await messages('offering-arithmetic', release('$120,000'))).toEqual([])
  })

  it('reports a fee that is not the percentage of that part', async () => {
    expect(await messages('offering-arithmetic', release('$156,000'))).toEqual([
      expect.stringContaining('error Unexpected fee for the stated 6%: expected $120,000')
    ])
  })

  it('says nothing of a part no lot defines', async () => {
    const value = release('$156,000').replace('of the LIFE Offering', 'of the Brokered Offering')
    expect(await messages('offering-arithmetic', value)).toEqual([])
  })
})

describe('release: a base shelf prospectus filed offers nothing yet', () => {
  const shelf =
    'TORONTO, Ontario, April 21, 2026 – Gadwall Cobalt Corp. (TSXV: GDW) has filed a final short form base shelf ' +
    'prospectus in each province of Canada other than Quebec.\n\nThe shelf prospectus allows the Company to offer ' +
    'up to $50,000,000 of common shares, warrants, subscription receipts or units from time to time over 25 months. ' +
    'The terms of any offering will be set out in a prospectus supplement.'

  it('announces no offering of its own', async () => {
    expect(model(shelf).release.ownOffering).toBeFalsy()
    expect(await messages('us-distribution-legend', shelf)).toEqual([])
    expect(await messages('us-securities-act', shelf)).toEqual([])
  })

  it('an offering made under the shelf is one', async () => {
    const value =
      'TORONTO, Ontario, April 21, 2026 – Gadwall Cobalt Corp. (TSXV: GDW) announces a bought deal offering of ' +
      '10,000,000 units at a price of $0.50 per unit, to be made by a prospectus supplement to its base shelf prospectus.'
    expect(model(value).release.ownOffering).toBeTruthy()
    expect(await messages('us-distribution-legend', value)).toEqual([
      expect.stringContaining('error Missing U.S. distribution legend')
    ])
  })
})

describe('offering-arithmetic: prices given “respectively”, and a price in another currency', () => {
  const release = (prices: string, other = '') =>
    'VANCOUVER, British Columbia, August 3, 2026 – Pochard Zinc Corp. (TSXV: PZC) has closed its private placement ' +
    `of 4,000,000 hard dollar units and 3,000,000 flow-through units at prices of ${prices} per unit, respectively, ` +
    `for aggregate gross proceeds of $760,000.${other}`

  it('gives each class its price in order', () => {
    const lots = model(release('$0.10 and $0.12')).offering.lots
    expect(lots.map((lot) => lot.price?.value.toString())).toEqual(['0.1', '0.12'])
  })

  it('accepts an aggregate that is the sum', async () => {
    expect(await messages('offering-arithmetic', release('$0.10 and $0.12'))).toEqual([])
  })

  it('reports an aggregate that is not', async () => {
    expect(await messages('offering-arithmetic', release('$0.10 and $0.13'))).toEqual([
      expect.stringContaining('expected $790,000')
    ])
  })

  it('sums no class at a price stated in another currency', async () => {
    const value =
      'VANCOUVER, British Columbia, August 3, 2026 – Pochard Zinc Corp. (TSXV: PZC) has closed its private placement ' +
      'of 3,000,000 flow-through units at $0.12 per unit and 4,000,000 units, for aggregate gross proceeds of ' +
      '$760,000.\n\n' +
      'It also issued 2,500,000 units to a strategic investor at a price of US$0.08 per unit.'
    expect(await messages('offering-arithmetic', value)).toEqual([])
  })
})

describe('offering-arithmetic: a fix written with a multiplier keeps no rounding zeros', () => {
  it.each([
    ['$2.8 million', '2500000.05', '$2.5 million'],
    ['$3M', '2500000', '$2.5M'],
    ['$1.16 million', '1162000', '$1.162 million'],
    ['$2.80 million', '2500000', '$2.50 million'],
    ['2,8 M$', '2500000.05', '2,5 M$']
  ])('%s, should be %s: %s', (written, value, expected) => {
    expect(formatLike(written, new Decimal(value), written.includes('M$') ? 'fr' : 'en')).toBe(expected)
  })

  it('in the message on a rounded proceeds figure', async () => {
    const value =
      'VANCOUVER, British Columbia, August 3, 2026 – Smew Gold Corp. (TSXV: SMW) announces a private placement of ' +
      '16,666,667 units at $0.15 per unit for gross proceeds of approximately $2.8 million.'
    expect(await messages('offering-arithmetic', value)).toEqual([expect.stringContaining('expected $2.5 million')])
  })
})

describe('life-offering and hold-period: “not subject to a hold period” with its words run together', () => {
  const life = (hold: string) =>
    'VANCOUVER, British Columbia, May 20, 2026 – Scoter Silver Corp. (TSXV: SCO) has closed its offering of ' +
    '15,000,000 units at $0.20 per unit under the listed issuer financing exemption.\n\n' +
    `${hold}\n\nThere is an offering document related to the offering that can be accessed under the Company's ` +
    'profile at www.sedarplus.ca and at www.scotersilver.ca. Prospective investors should read this offering ' +
    'document before making an investment decision.'

  it.each([
    'The units will not be subject toa hold period under Canadian securities legislation.',
    'The units are notsubject to any hold period.',
    'The units are not subject to resalerestrictions under Canadian securities laws.'
  ])('%s', async (hold) => {
    expect(model(life(hold)).offering.holds.map((h) => h.kind)).toEqual(['none'])
    expect(await messages('life-offering', life(hold))).toEqual([])
  })

  it('a hold of the LIFE units is still an error', async () => {
    expect(
      await messages('life-offering', life('The units are subject to a hold period of four months and one day.'))
    ).toEqual([expect.stringContaining('error Unexpected hold period on securities of a LIFE offering')])
  })
})

describe('related-party: the president’s list is no president', () => {
  const release = (fee: string) =>
    'TORONTO, Ontario, June 15, 2026 – Brant Gold Corp. (TSXV: BRG) announces a brokered offering of up to ' +
    `20,000,000 units at $0.20 per unit.\n\n${fee}`
  it.each([
    "The agent will receive a cash commission of 7% of the gross proceeds (3.5% for president's list purchasers).",
    'No commission is payable on units purchased by subscribers on the presidents list.'
  ])('%s', async (fee) => {
    expect(model(release(fee)).relatedParty).toBeUndefined()
    expect(await messages('related-party', release(fee))).toEqual([])
  })

  it('the President who purchases still takes part', async () => {
    expect(model(release('The President of the Company will purchase 500,000 units.')).relatedParty).toBeDefined()
  })
})

describe('hold-period: a hold counted “from the date hereof” starts on the release’s date', () => {
  const release = (expiry: string) =>
    'TORONTO, Ontario, April 9, 2026 – Lapwing Copper Inc. (TSXV: LPW) has completed its private placement of ' +
    '24,000,000 subscription receipts at $0.35 per subscription receipt.\n\nThe subscription receipts are subject ' +
    `to a hold period expiring four months and one day from the date hereof, being ${expiry}.`

  it('accepts the dateline’s date + four months and a day', async () => {
    expect(await messages('hold-period', release('August 10, 2026'))).toEqual([])
  })

  it('reports a day early, which “has completed” alone would allow', async () => {
    expect(await messages('hold-period', release('August 9, 2026'))).toEqual([
      expect.stringContaining('error Unexpected hold expiry date, expected August 10, 2026')
    ])
  })
})

describe('hold-period: a closed placement of debentures, sold by principal amount rather than at a price', () => {
  const release = (hold: string) =>
    'CALGARY, Alberta, March 2, 2026 – Pintail Nickel Corp. (TSXV: PNC) has closed its non-brokered private ' +
    'placement of secured convertible debentures for gross proceeds of $1,850,000. The debentures bear interest at ' +
    `9% a year and convert into common shares at $0.30 per share.${hold}\n\nThe proceeds will fund drilling at Sedge Lake.`

  it('reports a closing that states no hold period, on the paragraph naming the placement', async () => {
    const found = await messages('hold-period', release(''))
    expect(found).toEqual([expect.stringMatching(/^1:\d+-1:\d+: error Missing hold period/)])
  })

  it('accepts the hold stated', async () => {
    const hold = ' The debentures are subject to a hold period expiring July 3, 2026.'
    expect(await messages('hold-period', release(hold))).toEqual([])
  })
})

describe('hold-period: a market’s close is not the distribution', () => {
  it('“the shares closed at $0.28 on May 1” does not date the placement', async () => {
    const value =
      'CALGARY, Alberta, May 9, 2026 – Pintail Nickel Corp. (TSXV: PNC) has closed its non-brokered private ' +
      'placement of 4,000,000 units at $0.25 per unit for gross proceeds of $1,000,000. The shares closed at $0.28 ' +
      'on May 1, 2026. The units are subject to a hold period expiring September 10, 2026.'
    expect(await messages('hold-period', value)).toEqual([])
  })
})
