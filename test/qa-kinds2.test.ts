/**
 * Releases that are neither a financing nor a technical report (warrants amended, property bought for shares,
 * shares for debt or services, an acquirer's early warning, meeting results) get exactly the duties their kind and
 * speaker carry. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe('an amendment of outstanding warrants whose opening names the placement they came from', () => {
  const REPRICING = [
    '# Pellworth Metals Announces Amendment of Warrant Terms',
    '',
    'PENTICTON, BC, November 25, 2026 – Pellworth Metals Corp. (TSXV: PWM) (the "Company") proposes, subject to the ' +
      'acceptance of the TSX Venture Exchange, to reduce the exercise price of 7,500,000 outstanding common share ' +
      'purchase warrants from $0.30 to $0.12 per share. The warrants were issued on June 30, 2025 in the Company’s ' +
      'private placement and expire on June 30, 2027; the expiry date is not amended.'
  ].join('\n')

  it.each(['us-distribution-legend', 'us-securities-act'] as const)(
    'no %s finding: nothing is offered',
    async (rule) => {
      expect(await found(rule, REPRICING)).toEqual([])
    }
  )

  it('a release that closes a placement and names it in the same words still owes the legend', async () => {
    const closing = [
      'PENTICTON, BC, November 25, 2026 – Pellworth Metals Corp. (TSXV: PWM) has closed its private placement of ' +
        '7,500,000 units at $0.10 per unit for gross proceeds of $750,000.',
      '',
      'The units were issued in the Company’s private placement to 31 subscribers.'
    ].join('\n')
    expect((await found('us-distribution-legend', closing)).some((m) => m.includes('error'))).toBe(true)
  })
})

describe('forward-looking-caution: a buy-back right whose object comes before "may" ("one-third of which …")', () => {
  const purchase = (right: string) =>
    [
      'SUDBURY, Ontario, December 4, 2026 – Corriveau Nickel Inc. (TSXV: CVN) (the "Company") announces that on ' +
        'December 3, 2026 it completed the purchase of 42 mining claims from two arm’s length prospectors for ' +
        '600,000 common shares.',
      '',
      right
    ].join('\n')

  it.each([
    'The vendors retain a 1.5% net smelter returns royalty, one-third of which the Company may purchase for $500,000.',
    'The vendors retain a 1.5% net smelter returns royalty, and the Company may purchase two-thirds of the royalty ' +
      'for $1,000,000.'
  ])('no finding (%#)', async (right) => {
    expect(await found('forward-looking-caution', purchase(right))).toEqual([])
  })

  it('"may purchase for cancellation" (an issuer bid) stays forward-looking', async () => {
    const messages = await found(
      'forward-looking-caution',
      purchase('Under its issuer bid, the Company may purchase for cancellation up to 1,000,000 of its shares.')
    )
    expect(messages.some((m) => m.includes('error') && m.includes('Missing forward-looking'))).toBe(true)
  })
})

describe('hold-period: shares the opening says the issuer "has issued", with no date, count from the dateline', () => {
  const services = (expiry: string) =>
    'TORONTO, Ontario, December 1, 2026 – Ostrander Copper Ltd. (CSE: OSC) (the "Company") announces that it has ' +
    'issued 250,000 common shares at a deemed price of $0.20 per share to an arm’s length consultant in payment for ' +
    `investor relations services. The shares are subject to a hold period of four months and one day, ending ${expiry}.`

  it('no finding on the dateline’s date + four months and a day', async () => {
    expect(await found('hold-period', services('April 2, 2027'))).toEqual([])
  })

  it('an error on an expiry a month early', async () => {
    const messages = await found('hold-period', services('March 2, 2027'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('expected April 2, 2027')
  })
})

describe('related-party: a debt settled in shares under an agreement with an officer or director', () => {
  const settlement = (whom: string) =>
    'KELOWNA, BC, November 20, 2026 – Dunmore Silver Corp. (TSXV: DSC) (the "Company") announces that it has agreed ' +
    `with ${whom} to settle $96,000 of accrued salary by issuing 800,000 common shares at a deemed price of $0.12 ` +
    'per share, subject to the acceptance of the TSX Venture Exchange.'

  it.each(['Hamish Orr, its Chief Executive Officer,', 'a director of the Company'])(
    'an error without the MI 61-101 paragraph: %s',
    async (whom) => {
      const messages = await found('related-party', settlement(whom))
      expect(messages.some((m) => m.includes('error') && m.includes('MI 61-101'))).toBe(true)
    }
  )

  it('no finding when the creditors are at arm’s length', async () => {
    expect(await found('related-party', settlement('two arm’s length creditors'))).toEqual([])
  })
})

describe('forward-looking-caution: a filing where filings are kept, with the filer as the subject', () => {
  const warning = (filing: string) =>
    [
      'TORONTO, Nov. 27, 2026 /CNW/ - Brockhurst Mining Inc. (TSX: BKM) ("Brockhurst") announces that it has ' +
        'acquired, by private agreement, 12,500,000 common shares of Vantor Copper Ltd. (CSE: VTC) at $0.31 per share.',
      '',
      filing
    ].join('\n')

  it('"will file an early warning report … on SEDAR+" is a weak sign (a warning), as "will be filed" is', async () => {
    const messages = await found(
      'forward-looking-caution',
      warning(
        'Brockhurst will file an early warning report under National Instrument 62-103 on Vantor’s SEDAR+ profile.'
      )
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
  })

  it('"will file a technical report on SEDAR+" stays a plan (an error)', async () => {
    const messages = await found(
      'forward-looking-caution',
      warning('Brockhurst will file a technical report on its Tenby property on SEDAR+.')
    )
    expect(messages.some((m) => m.includes('error'))).toBe(true)
  })
})

describe('forward-looking-caution: "proposed" as a meeting’s business put to the vote is no word of the future', () => {
  const meeting = (sentence: string) =>
    'VANCOUVER, BC, November 27, 2026 – Larkspur Gold Corp. (TSXV: LKG) (the "Company") reports the results of its ' +
    `annual general meeting held on November 26, 2026. ${sentence}`

  it.each([
    'Shareholders elected each of the nominees proposed in the management information circular dated October 20, 2026.',
    'All resolutions proposed at the meeting were approved by a majority of the votes cast.'
  ])('no finding (%#)', async (sentence) => {
    expect(await found('forward-looking-caution', meeting(sentence))).toEqual([])
  })

  it('"the proposed drill program" is still a weak sign', async () => {
    const messages = await found('forward-looking-caution', meeting('The proposed drill program was discussed.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
  })
})

describe('tsxv-pricing: shares a TSX-V issuer pays for a property at a deemed price', () => {
  const property = (payment: string) =>
    'VANCOUVER, BC, November 28, 2026 – Harlow Creek Gold Corp. (TSXV: HCG) (the "Company") announces that it has ' +
    `entered into a purchase agreement to acquire the Tisdale claims from an arm’s length vendor. ${payment}`

  it('an error below $0.05', async () => {
    const messages = await found(
      'tsxv-pricing',
      property('The Company will pay $50,000 and issue 1,000,000 common shares at a deemed price of $0.04 per share.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('deemed price of $0.04 per share')
  })

  it('no finding at $0.05', async () => {
    const payment =
      'The Company will pay $50,000 and issue 1,000,000 common shares at a deemed price of $0.05 per share.'
    expect(await found('tsxv-pricing', property(payment))).toEqual([])
  })

  it.each([
    'VANCOUVER, BC, November 28, 2026 – Harlow Creek Gold Corp. (TSXV: HCG) (the "Company") has entered into an option ' +
      'agreement with Tolland Copper Ltd. (CSE: TLC) on its Tisdale property. To earn a 60% interest, Tolland will pay ' +
      'the Company $200,000 and issue to the Company 1,000,000 common shares at a deemed price of $0.03 per share.',
    'VANCOUVER, BC, November 28, 2026 – Harlow Creek Gold Corp. (TSXV: HCG) (the "Company") has sold its Tisdale ' +
      'property to Tolland Copper Ltd. (CSE: TLC). In consideration, the Company received $50,000 and 1,000,000 ' +
      'common shares of Tolland at a deemed price of $0.03 per share.'
  ])('no finding on another company’s shares the issuer receives (%#)', async (text) => {
    expect(await found('tsxv-pricing', text)).toEqual([])
  })
})

describe('a release of warrants exercised whose opening names the placement they came from', () => {
  const EXERCISES =
    'VANCOUVER, BC, November 17, 2026 – Harlow Creek Gold Corp. (TSXV: HCG) (the "Company") announces that holders ' +
    'have exercised 6,000,000 common share purchase warrants at $0.20 per share, and the Company has received ' +
    '$1,200,000 and issued 6,000,000 common shares. The warrants were issued in the Company’s private placement of ' +
    'November 2025.'

  it.each(['us-distribution-legend', 'us-securities-act'] as const)('no %s finding: nothing is sold', async (rule) => {
    expect(await found(rule, EXERCISES)).toEqual([])
  })
})

describe('related-party: a settlement still to come, whose shares "any shares issued will be" describes', () => {
  it('no warning on the 21-day reason (owed at the closing only)', async () => {
    const text =
      'KELOWNA, BC, November 20, 2026 – Dunmore Silver Corp. (TSXV: DSC) (the "Company") announces that it has ' +
      'agreed with Hamish Orr, its Chief Executive Officer, to settle $96,000 of accrued salary by issuing 800,000 ' +
      'common shares at a deemed price of $0.12 per share, subject to the acceptance of the TSX Venture Exchange. Any ' +
      'shares issued will be subject to a hold period of four months and one day.\n\nThe settlement with Mr. Orr is a ' +
      '"related party transaction" under Multilateral Instrument 61-101. The Company intends to rely on the exemptions ' +
      'from the formal valuation and minority approval requirements in sections 5.5(a) and 5.7(1)(a) of MI 61-101, as ' +
      'the fair market value of the shares to be issued to him does not exceed 25% of its market capitalization.'
    expect(await found('related-party', text)).toEqual([])
  })
})

describe('forward-looking-caution: a consolidation that says the count of shares "will be reduced from … to …"', () => {
  it('a weak sign (a warning), as "will reduce the number of shares" is', async () => {
    const text =
      'TORONTO, Ontario, November 23, 2026 – Ostrander Copper Ltd. (CSE: OSC) (the "Company") announces the ' +
      'consolidation of its common shares on the basis of one new share for every ten existing shares. With the ' +
      'consolidation, the number of shares outstanding will be reduced from about 142,600,000 to about 14,260,000.'
    const messages = await found('forward-looking-caution', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
  })
})

describe('qp-statement: mapping and prospecting results in words only are weak evidence', () => {
  const update = (qp: string) =>
    'VANCOUVER, BC, November 12, 2026 – Harlow Creek Gold Corp. (TSXV: HCG) (the "Company") reports that its summer ' +
    'mapping and prospecting program on the Likely Creek property identified quartz veining with visible gold along a ' +
    `two-kilometre structural corridor. Samples have been sent to the laboratory and results are pending.${qp}`

  it('a warning without a QP statement', async () => {
    const messages = await found('qp-statement', update(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
  })

  it('no finding with one', async () => {
    const qp =
      '\n\nColin Dewar, P.Geo., a director of the Company and a qualified person under National Instrument 43-101, ' +
      'has reviewed and approved the technical information in this news release.'
    expect(await found('qp-statement', update(qp))).toEqual([])
  })
})

describe('tsxv-pricing: a property bought, told by "completed the purchase of the … claims"', () => {
  it('an error on shares paid for it at a deemed price below $0.05', async () => {
    const text =
      'THUNDER BAY, Ontario, November 30, 2026 – Larchfield Minerals Inc. (TSX-V: LFM) (the "Company") has completed ' +
      'the purchase of the 14-claim Lynx block from an arm’s length prospector. The Company paid $20,000 in cash and ' +
      'issued 1,125,000 common shares at a deemed price of $0.04 per share.'
    const messages = await found('tsxv-pricing', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('deemed price of $0.04 per share')
  })
})

describe('hold-period: another company’s shares received as the price of a royalty sold', () => {
  it('no finding on their "four-month hold period" (that company’s distribution)', async () => {
    const text =
      'CALGARY, Alberta, November 26, 2026 – Sorrel Peak Royalties Ltd. (TSXV: SPR) (the "Company") has sold its 1.0% ' +
      'net smelter returns royalty on the Gander Lake property to Wexford Gold Corp. (TSXV: WXG) for $150,000 in cash ' +
      'and 600,000 common shares of Wexford. The Wexford shares received by the Company are subject to a four-month ' +
      'hold period.'
    expect(await found('hold-period', text)).toEqual([])
  })
})
