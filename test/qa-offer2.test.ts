/**
 * Offerings of every structure, announced and closed (units of several classes, charity flow-through, LIFE with a
 * concurrent placement, bought deals, subscription receipts, debentures, tranches, strategic and insiders'
 * investments): each owes the figures and statements its kind carries, and no other. The issuers, people and
 * properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe('offering-arithmetic: two classes of units composed in one sentence, each with its own warrants', () => {
  const closing = (total: string) =>
    [
      'VANCOUVER, BC, December 4, 2026 – Tolliver Peak Resources Inc. (TSXV: TPR) has closed its non-brokered ' +
        'private placement of 2,000,000 flow-through units (the "FT Units") at $0.15 per FT Unit and 4,000,000 ' +
        'non-flow-through units (the "NFT Units") at $0.12 per NFT Unit, for total gross proceeds of $780,000.',
      '',
      'Each FT Unit consists of one flow-through share and one-half of one warrant, and each NFT Unit consists of one ' +
        `common share and one warrant. In total, ${total} warrants were issued.`
    ].join('\n')

  it('no finding when the total counts both classes (1,000,000 + 4,000,000)', async () => {
    expect(await found('offering-arithmetic', closing('5,000,000'))).toEqual([])
  })

  it('a wrong total is reported with the sum of both classes', async () => {
    const messages = await found('offering-arithmetic', closing('5,500,000'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected 5,000,000')
  })
})

describe('offering-arithmetic: the units a director bought do not hide the warrants of the whole placement', () => {
  const closing = (total: string) =>
    [
      'VANCOUVER, BC, December 1, 2026 – Marlowe Basin Metals Corp. (TSXV: MBM) has closed its private placement of ' +
        '3,000,000 charity flow-through shares at $0.40 per share and 6,000,000 units (the "HD Units") at $0.15 per ' +
        'HD Unit, for aggregate gross proceeds of $2,100,000.',
      '',
      'Each HD Unit consists of one common share and one-half of one common share purchase warrant. A total of ' +
        `${total} warrants were issued.`,
      '',
      'Priya Castell, a director of the Company, purchased 400,000 HD Units.'
    ].join('\n')

  it('no finding on the right total', async () => {
    expect(await found('offering-arithmetic', closing('3,000,000'))).toEqual([])
  })

  it('a wrong total is caught (6,000,000 HD Units at one-half warrant each)', async () => {
    const messages = await found('offering-arithmetic', closing('3,300,000'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Unexpected number of warrants for the units issued: expected 3,000,000')
  })
})

describe('hold-period: closings listed together ("closed on November 6, November 20 and December 4, 2026")', () => {
  const finalTranche = (expiry: string, list: string) =>
    [
      '# Brightwater Lake Closes Final Tranche of Private Placement',
      '',
      'KENORA, Ontario, December 4, 2026 – Brightwater Lake Gold Inc. (TSXV: BLG) has closed the third and final ' +
        'tranche of its non-brokered private placement, issuing 1,500,000 units at $0.10 per unit for gross proceeds ' +
        'of $150,000.',
      '',
      `In the three tranches, which closed on ${list}, the Company issued 9,000,000 units for total gross proceeds ` +
        'of $900,000.',
      '',
      `The securities issued in the final tranche are subject to a hold period expiring on ${expiry}.`
    ].join('\n')

  it.each(['November 6, November 20 and December 4, 2026', 'November 6, 2026, November 20, 2026 and December 4, 2026'])(
    'no date of the list is the final tranche’s: its expiry counts from the release (%s)',
    async (list) => {
      expect(await found('hold-period', finalTranche('April 5, 2027', list))).toEqual([])
    }
  )

  it('a wrong expiry is still caught, counted from the release’s date', async () => {
    const messages = await found(
      'hold-period',
      finalTranche('April 15, 2027', 'November 6, November 20 and December 4, 2026')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected April 5, 2027')
  })

  it('one closing date stated alone is still the distribution date', async () => {
    const text = [
      'KENORA, Ontario, December 4, 2026 – Brightwater Lake Gold Inc. (TSXV: BLG) closed its non-brokered private ' +
        'placement of 1,500,000 units at $0.10 per unit for gross proceeds of $150,000 on November 20, 2026.',
      '',
      'The securities are subject to a hold period expiring on April 5, 2027.'
    ].join('\n')
    const messages = await found('hold-period', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected March 21, 2027')
  })
})

describe('us-distribution-legend, us-securities-act: a headline saying the subscription receipts were converted', () => {
  const CONVERTED = [
    '# Harrowby Nickel Completes Acquisition of Lemming Lake Property; Subscription Receipts Converted',
    '',
    'SUDBURY, Ontario, December 4, 2026 – Harrowby Nickel Corp. (TSXV: HNC) has completed its acquisition of the ' +
      'Lemming Lake property. The escrow release conditions of its 12,000,000 subscription receipts issued on ' +
      'November 13, 2026 have been satisfied, and each receipt has been converted into one common share.'
  ].join('\n')

  it.each(['us-distribution-legend', 'us-securities-act'] as const)('no %s finding: nothing is sold', async (rule) => {
    expect(await found(rule, CONVERTED)).toEqual([])
  })

  it.each([
    '# Harrowby Nickel Announces $4.8 Million Subscription Receipt Financing',
    '# Harrowby Nickel Closes $4.8 Million Subscription Receipt Financing'
  ])('an offering of subscription receipts still owes the legend (%s)', async (headline) => {
    const offering = [
      headline,
      '',
      'SUDBURY, Ontario, December 4, 2026 – Harrowby Nickel Corp. (TSXV: HNC) has closed a private placement of ' +
        '12,000,000 subscription receipts at $0.40 per receipt for gross proceeds of $4,800,000. The escrowed proceeds ' +
        'will be released when the escrow release conditions are satisfied, and each receipt will be converted into ' +
        'one common share.'
    ].join('\n')
    expect((await found('us-distribution-legend', offering)).some((m) => m.includes('error'))).toBe(true)
  })
})

describe('tsxv-pricing: the warrants of debenture units are not compared with the units’ principal', () => {
  const closing = (exercise: string) =>
    [
      'VANCOUVER, BC, December 4, 2026 – Quenby Hill Metals Corp. (TSXV: QHM) has closed a non-brokered private ' +
        'placement of 900 convertible debenture units at a price of $1,000 per unit for gross proceeds of $900,000.',
      '',
      'Each unit consists of $1,000 principal amount of 10% unsecured convertible debentures maturing in three years ' +
        'and 4,000 common share purchase warrants. The debentures are convertible into common shares at a conversion ' +
        `price of $0.25 per share. Each warrant is exercisable at ${exercise} for three years.`
    ].join('\n')

  it('no finding: $0.30 is no discount on a $1,000 unit', async () => {
    expect(await found('tsxv-pricing', closing('$0.30'))).toEqual([])
  })

  it('a warrant below the Exchange’s floor is still an error', async () => {
    const messages = await found('tsxv-pricing', closing('$0.04'))
    expect(messages).toEqual([
      expect.stringContaining('error Unexpected warrant exercise price of $0.04, expected at least $0.05')
    ])
  })

  it('units of shares and warrants still warn on a warrant priced below the unit', async () => {
    const units = [
      'VANCOUVER, BC, December 4, 2026 – Quenby Hill Metals Corp. (TSXV: QHM) has closed a non-brokered private ' +
        'placement of 4,000,000 units at a price of $0.25 per unit for gross proceeds of $1,000,000. Each unit ' +
        'consists of one common share and one warrant exercisable at $0.20 for three years.'
    ].join('\n')
    expect(await found('tsxv-pricing', units)).toEqual([expect.stringContaining('warning')])
  })
})

describe('related-party: a placement made with a party the sentence calls an insider', () => {
  const placement = (party: string, paragraph = '') =>
    [
      'WINNIPEG, Manitoba, December 4, 2026 – Ostrander Lithium Corp. (TSXV: OLC) has closed a private placement of ' +
        `5,000,000 common shares at $0.20 per share for gross proceeds of $1,000,000 ${party}.`,
      ...(paragraph ? ['', paragraph] : [])
    ].join('\n')

  it.each([
    'with Wescott Capital Corp. ("Wescott"), which holds more than 10% of the Company\'s outstanding shares and is therefore an insider',
    'with Wescott Capital Corp., a control person of the Company',
    'with two directors of the Company'
  ])('an error when no MI 61-101 paragraph follows (%s)', async (party) => {
    const messages = await found('related-party', placement(party))
    expect(messages).toEqual([expect.stringContaining('error Missing MI 61-101 related party transaction paragraph')])
  })

  it('a strategic investment by an insider, the deal right before "by"', async () => {
    const text = placement('').replace(
      'has closed a private placement',
      'has closed the strategic investment by Wescott Capital Corp., an insider of the Company, in a private placement'
    )
    expect(await found('related-party', text)).toEqual([expect.stringContaining('error Missing MI 61-101')])
  })

  it('no finding with the paragraph', async () => {
    const paragraph =
      'The placement is a related party transaction under MI 61-101. The Company relied on the exemptions from the ' +
      'formal valuation and minority approval requirements in sections 5.5(a) and 5.7(1)(a) of MI 61-101, as the fair ' +
      'market value of the shares issued did not exceed 25% of its market capitalization. The Company did not file a ' +
      'material change report 21 days before closing, as the placement was agreed shortly before it closed.'
    expect(await found('related-party', placement('with two directors of the Company', paragraph))).toEqual([])
  })

  it.each([
    'with Wescott Capital Corp., an arm’s length investor',
    'with the support of its directors',
    'with Wescott Capital Corp. ("Wescott"), which is not an insider of the Company',
    'and it was approved by the directors of the Company'
  ])('no finding where no related party takes part (%s)', async (party) => {
    expect(await found('related-party', placement(party))).toEqual([])
  })
})

describe('offering-arithmetic, tsxv-pricing: a class’s price stated in a sentence with no count', () => {
  const announce = (units: string, proceeds: string, price: string) =>
    'VANCOUVER, BC, December 2, 2026 – Pemberton Vale Gold Corp. (TSXV: PVG) announces a non-brokered private ' +
    `placement of up to ${units} units (the "Units") for gross proceeds of up to ${proceeds}. ${price}`

  it.each([
    'The Units will be priced at $0.20 per Unit.',
    'Each Unit will be sold at a price of $0.20 and will consist of one common share and one warrant exercisable at ' +
      '$0.30 for 24 months.',
    'The issue price is $0.20 per Unit.'
  ])('the count and the proceeds are checked at that price (%s)', async (price) => {
    expect(await found('offering-arithmetic', announce('10,000,000', '$2,000,000', price))).toEqual([])
    const messages = await found('offering-arithmetic', announce('10,000,000', '$2,500,000', price))
    expect(messages).toEqual([expect.stringContaining('expected $2,000,000 (the proceeds) or 12,500,000 (the count)')])
  })

  it('an upsize restates the count and the proceeds; the price it keeps is in a sentence of its own', async () => {
    const upsize = (proceeds: string) =>
      'VANCOUVER, BC, December 2, 2026 – Pemberton Vale Gold Corp. (TSXV: PVG) has increased its private placement ' +
      'from up to 10,000,000 units for gross proceeds of up to $2,000,000 to up to 15,000,000 units for gross ' +
      `proceeds of up to ${proceeds}. ` +
      'The price remains $0.20 per unit.'
    expect(await found('offering-arithmetic', upsize('$3,000,000'))).toEqual([])
    expect(await found('offering-arithmetic', upsize('$3,500,000'))).toEqual([
      expect.stringContaining('expected $3,000,000')
    ])
  })

  it('a price below the floor stated so is an error', async () => {
    const messages = await found(
      'tsxv-pricing',
      announce('10,000,000', '$400,000', 'The Units will be priced at $0.04 per Unit.')
    )
    expect(messages).toEqual([
      expect.stringContaining('error Unexpected price of $0.04 per unit, expected at least $0.05')
    ])
  })

  it.each([
    'The closing price of the shares on December 1, 2026 was $0.22 per share.',
    'The Units are priced at a premium to the closing price of $0.25 per share.',
    'Each finder’s warrant is exercisable at a price of $0.25 per share.'
  ])('a market’s or a warrant’s price is not the units’ (%s)', async (price) => {
    expect(await found('offering-arithmetic', announce('10,000,000', '$2,000,000', price))).toEqual([])
  })
})

describe('offering-arithmetic: a unit composed with a hyphenated fraction of a warrant ("a half-warrant")', () => {
  const closing = (composition: string, total: string) =>
    'VANCOUVER, BC, December 4, 2026 – Penrose Copper Corp. (TSX: PNC) closed today its private placement of ' +
    `10,000,000 units at $0.50 per unit for gross proceeds of $5,000,000. Each unit is comprised of one common share and ${composition}. ` +
    `In total, ${total} warrants were issued.`

  it.each(['a half-warrant', 'one half-warrant', 'one-half-warrant'])(
    '%s: the total is checked',
    async (composition) => {
      expect(await found('offering-arithmetic', closing(composition, '5,000,000'))).toEqual([])
      expect(await found('offering-arithmetic', closing(composition, '5,500,000'))).toEqual([
        expect.stringContaining('Unexpected number of warrants for the units issued: expected 5,000,000')
      ])
    }
  )
})

describe('us-securities-act: "may only be offered or sold in the United States" with the exemption it names', () => {
  const closing = (paragraph: string) =>
    [
      'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
      '',
      'TORONTO, Ontario, December 4, 2026 – Lisgar Point Metals Inc. (TSX: LPM) closed today its private placement of ' +
        '10,000,000 units at $0.50 per unit for gross proceeds of $5,000,000.',
      '',
      paragraph
    ].join('\n')

  it.each([
    'The units have not been, nor will they be, registered under the United States Securities Act of 1933, and may ' +
      'only be offered or sold in the United States in transactions exempt from its registration requirements. This ' +
      'release is not an offer to sell securities in the United States.',
    'The units have not been registered under the U.S. Securities Act of 1933 and can only be offered or sold in the ' +
      'United States under an exemption from registration. This release is not an offer to sell securities.'
  ])('no finding (%#)', async (paragraph) => {
    expect(await found('us-securities-act', closing(paragraph))).toEqual([])
  })

  it('without an exemption, "may only be offered or sold in the United States" restricts nothing', async () => {
    const paragraph =
      'The units have not been registered under the U.S. Securities Act of 1933 and may only be offered or sold in ' +
      'the United States. This release is not an offer to sell securities.'
    expect(await found('us-securities-act', closing(paragraph))).toEqual([
      expect.stringContaining('error Missing “may not be offered or sold in the United States”')
    ])
  })
})

describe('hold-period: its note cites the TSX-V Exchange Hold Period for TSX-V issuers only, the date on one line', () => {
  const closing = (tag: string) =>
    [
      `TORONTO, Ontario, December 2, 2026 – Wickham Graphite Corp. (${tag}) announces the closing, on December 1,`,
      '2026, of its non-brokered private placement of 20,000,000 units at $0.05 per unit for gross proceeds of ' +
        '$1,000,000. The securities issued are subject to a hold period expiring April 1, 2027.'
    ].join('\n')
  const notes = async (tag: string) =>
    (await lintWith('hold-period', closing(tag) + '\n')).messages.map((m) => `${m.reason} | ${m.note}`)

  it.each(['CSE: WGC', 'TSX: WGC', 'Cboe Canada: WGC'])('%s: NI 45-102 alone', async (tag) => {
    const [message] = await notes(tag)
    expect(message).toContain('expected April 2, 2027 (December 1, 2026 + four months and one day)')
    expect(message).toContain('NI 45-102 s.2.5 (restricted period of four months and a day): ')
    expect(message).not.toContain('TSX-V')
  })

  it('TSXV: the Exchange Hold Period beside it', async () => {
    const [message] = await notes('TSXV: WGC')
    expect(message).toContain(
      'NI 45-102 s.2.5 (restricted period of four months and a day; TSX-V Exchange Hold Period)'
    )
  })
})

describe('related-party: its note cites TSX-V Policy 5.9 for TSX-V issuers only', () => {
  const placement = (tag: string) =>
    `TORONTO, Ontario, December 2, 2026 – Ferrier Bay Mining Corp. (${tag}) announces a private placement of ` +
    '4,000,000 shares at $0.50 per share. Two directors of the Company will subscribe for 1,000,000 shares.'
  const notes = async (tag: string) =>
    (await lintWith('related-party', placement(tag) + '\n')).messages.map((m) => m.note)

  it.each(['TSX: FBM', 'CSE: FBM', 'Cboe Canada: FBM'])('%s: MI 61-101 alone', async (tag) => {
    const [note] = await notes(tag)
    expect(note).toContain('MI 61-101 ss.5.5, 5.7(1) and 5.2(2): ')
    expect(note).not.toContain('Policy 5.9')
  })

  it('TSXV: with TSX-V Policy 5.9', async () => {
    const [note] = await notes('TSXV: FBM')
    expect(note).toContain('MI 61-101 ss.5.5, 5.7(1) and 5.2(2) (TSX-V Policy 5.9): ')
  })
})

describe('related-party: a holder named by "which holds more than 10%" (or 10.5%) of the outstanding shares', () => {
  const placement = (holding: string) =>
    'WINNIPEG, Manitoba, December 4, 2026 – Ostrander Lithium Corp. (TSXV: OLC) has closed a private placement of ' +
    '5,000,000 common shares at $0.20 per share for gross proceeds of $1,000,000 with Wescott Capital Corp. ' +
    `("Wescott"), which holds ${holding} of the Company's outstanding shares.`

  it.each(['more than 10%', '10.5%', '14.8%'])('%s: an insider, the MI 61-101 paragraph is owed', async (holding) => {
    expect(await found('related-party', placement(holding))).toEqual([
      expect.stringContaining('error Missing MI 61-101')
    ])
  })

  it.each(['10%', 'about 10%', '8.5%'])('%s: no insider by that clause', async (holding) => {
    expect(await found('related-party', placement(holding))).toEqual([])
  })
})
