/**
 * QA mutation round 6 (issue 10) on corporate and transaction releases: compliant releases (an insider's
 * participation, a director's loan, shares for debt, grants, an acquisition for shares, a warrant amendment, an
 * arrangement) with one planted defect each, which must be reported. Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const reasons = async (id: Parameters<typeof lintWith>[0], value: string) =>
  (await lintWith(id, value)).messages.map((m) => `${m.fatal ? 'error' : 'warning'} ${m.reason}`)

const DATELINE = 'TIMMINS, Ontario, November 24, 2026 – Pellworth Gold Inc. (TSXV: PWG) announces that it '

describe('offering-arithmetic: a debt settled in shares, its amount described in a few words', () => {
  const debts = [
    'has agreed to settle outstanding debts of $168,000',
    'has settled outstanding indebtedness of $168,000',
    'will settle debt of $168,000 owed to three creditors',
    'has agreed to settle debts totalling $168,000',
    'has agreed to settle certain liabilities in the amount of $168,000'
  ]
  it.each(debts)('%#: agrees with the count and the deemed price', async (debt) => {
    const text = `${DATELINE}${debt} by issuing 1,400,000 common shares at a deemed price of $0.12 per share.\n`
    expect((await reasons('offering-arithmetic', text)).length).toBe(0)
  })
  it.each(debts)('%#: reported when the count does not agree', async (debt) => {
    const text = `${DATELINE}${debt} by issuing 1,500,000 common shares at a deemed price of $0.12 per share.\n`
    expect(await reasons('offering-arithmetic', text)).toEqual([
      expect.stringMatching(/^error Unexpected (count|debt settled) that does not agree/)
    ])
  })
})

describe('related-party: a related party named once by office, then by name where it takes part', () => {
  const LOAN =
    'PRINCE GEORGE, British Columbia, November 24, 2026 – Sedgefield Copper Ltd. (TSXV: SDC) announces that it has ' +
    'entered into a loan agreement with Marten Oakes, a director of the Company, under which Mr. Oakes has advanced ' +
    '$400,000 to the Company. In consideration of the loan, the Company will issue to Mr. Oakes 1,600,000 bonus ' +
    'warrants, each exercisable at $0.25 for 12 months.\n'
  const PARAGRAPH =
    '\nThe loan and the bonus warrants are a related party transaction within the meaning of MI 61-101. The Company ' +
    'relies on the exemptions in sections 5.5(a) and 5.7(1)(a) of MI 61-101, as the fair market value of the ' +
    "transaction is not more than 25% of the Company's market capitalization.\n"
  it('a director’s loan with bonus warrants issued to him by name needs the MI 61-101 paragraph', async () => {
    expect(await reasons('related-party', LOAN)).toEqual([
      expect.stringMatching(/^error Missing MI 61-101 related party transaction paragraph/)
    ])
    expect(await reasons('related-party', LOAN + PARAGRAPH)).toEqual([])
  })
  const PLACEMENT =
    'KAMLOOPS, British Columbia, November 24, 2026 – Wendlebury Minerals Corp. (TSXV: WDM) has closed its private ' +
    'placement of 9,000,000 units at $0.15 per unit. Ilse Varga, the Company’s Chief Executive Officer, spoke at the ' +
    'Company’s annual meeting in October. '
  it.each(['Ms. Varga subscribed for 600,000 units.', 'Ilse Varga acquired 600,000 units under the placement.'])(
    'an officer named by office earlier, then taking part by name: %s',
    async (part) => {
      expect(await reasons('related-party', `${PLACEMENT}${part}\n`)).toEqual([
        expect.stringMatching(/^error Missing MI 61-101 related party transaction paragraph/)
      ])
    }
  )
  it.each([
    'Ms. Varga said the placement was well supported by investors who subscribed.',
    'Mr. Price, a geologist, subscribed for 600,000 units.'
  ])('a named officer quoted, or a name never given an office, takes no part: %s', async (part) => {
    expect(await reasons('related-party', `${PLACEMENT}${part}\n`)).toEqual([])
  })
})

describe('forward-looking-caution: "plans" with its object is a plan', () => {
  const ACQUIRED =
    'VANCOUVER, British Columbia, November 24, 2026 – Merrow Resources Inc. (TSXV: MRW) has completed the ' +
    'acquisition of the Tolley gold property for $75,000 in cash. '
  it.each([
    'The Company has not yet visited the property and plans a mapping and sampling program there in 2027.',
    'Merrow plans further drilling on the Tolley vein system next summer.'
  ])('a plan stated so needs the caution: %s', async (plan) => {
    expect(await reasons('forward-looking-caution', `${ACQUIRED}${plan}\n`)).toEqual([
      'error Missing forward-looking information caution'
    ])
  })
  it.each([
    'The vendor described its exploration plans for the property in a 2024 report.',
    'The vendor’s plans for 2025 were not carried out.'
  ])('the noun states no plan of the issuer: %s', async (text) => {
    expect(await reasons('forward-looking-caution', `${ACQUIRED}${text}\n`)).toEqual([])
  })
})

describe('tsxv-pricing: outstanding warrants repriced', () => {
  const LEAD =
    'SASKATOON, Saskatchewan, November 24, 2026 – Crannock Silver Corp. (TSXV: CKS) intends to extend the expiry ' +
    'date of 6,500,000 warrants issued in its 2024 private placement of units. '
  it.each([
    'Subject to Exchange acceptance, the expiry date will be extended to December 14, 2027 and the exercise price ' +
      'will be reduced to $0.04.',
    'The Company also proposes to reprice the warrants from $0.40 to $0.04 per share.',
    'The warrants will have an amended exercise price of $0.04.'
  ])('a new exercise price below $0.05 is reported: %s', async (amendment) => {
    expect(await reasons('tsxv-pricing', `${LEAD}${amendment}\n`)).toEqual([
      'error Unexpected warrant exercise price of $0.04, expected at least $0.05'
    ])
  })
  it.each([
    'Subject to Exchange acceptance, the exercise price will be reduced to $0.20.',
    'The Company also proposes to reprice the warrants from $0.04 to $0.20 per share.'
  ])('a new exercise price at $0.05 or more passes, whatever it replaces: %s', async (amendment) => {
    expect(await reasons('tsxv-pricing', `${LEAD}${amendment}\n`)).toEqual([])
  })
})

describe('hold-period: the expiry of a hold on shares paid for a property', () => {
  const acquired = (expiry: string) =>
    'VANCOUVER, British Columbia, November 24, 2026 – Pelham Ridge Gold Inc. (TSXV: PRG) announces that on November ' +
    '20, 2026 it completed the acquisition of the Sorrel gold property from an arm’s length vendor for $75,000 in ' +
    'cash and 2,500,000 common shares at a deemed price of $0.18 per share. The shares are subject to a hold period ' +
    `expiring on ${expiry} under applicable Canadian securities laws.\n`
  it('the completion date + four months and one day passes', async () => {
    expect(await reasons('hold-period', acquired('March 21, 2027'))).toEqual([])
  })
  it.each(['March 20, 2027', 'April 21, 2027'])('another date is reported: %s', async (expiry) => {
    expect(await reasons('hold-period', acquired(expiry))).toEqual([
      'error Unexpected hold expiry date, expected March 21, 2027 (November 20, 2026 + four months and one day)'
    ])
  })
})

describe('hold-period: the issue date stated in a sentence of its own, the securities its subject', () => {
  const settled = (expiry: string) =>
    'SUDBURY, Ont., November 24, 2026 /CNW/ - Tarrant Metals Inc. (TSXV: TRM) has issued 960,000 common shares at a ' +
    'deemed price of $0.10 per share to settle $96,000 of debts owed to arm’s length creditors. The shares were ' +
    `issued on November 23, 2026 following acceptance by the Exchange and are subject to a hold period expiring on ${expiry}.\n`
  it('the issue date + four months and one day passes', async () => {
    expect(await reasons('hold-period', settled('March 24, 2027'))).toEqual([])
  })
  it('another date is reported', async () => {
    expect(await reasons('hold-period', settled('March 23, 2027'))).toEqual([
      'error Unexpected hold expiry date, expected March 24, 2027 (November 23, 2026 + four months and one day)'
    ])
  })
})

describe('forward-looking-caution: a caution with no heading, its name split by copy', () => {
  const LEAD =
    'KELOWNA, B.C., November 24, 2026 - Ashcombe Copper Ltd. (TSXV: ASC) will use the proceeds of its placement for ' +
    'drilling at its Bramble project.\n\n'
  it.each(['for ward-looking statements', 'forward-look ing statements', 'forward-looking statements'])(
    'the caution is found: %s',
    async (name) => {
      const caution =
        `Cautionary statement: This release includes ${name}, such as the intended use of proceeds. These statements ` +
        'rest on assumptions that management believes reasonable, but involve risks and uncertainties, including ' +
        'changes in costs, and actual results may differ materially. The Company does not undertake to update them.\n'
      expect(await reasons('forward-looking-caution', LEAD + caution)).toEqual([])
    }
  )
})

describe('offering-arithmetic: the part of a debt owed to one creditor, ahead of the shares that settle it', () => {
  const part = (count: string) =>
    `${DATELINE}has agreed to settle debts of $168,000 by issuing 1,400,000 common shares at a deemed price of $0.12 ` +
    `per share. Of the debt, $72,000 is owed to a company controlled by its President and will be settled by the ` +
    `issue of ${count} common shares.\n`
  it('a count that settles the part at the deemed price passes', async () => {
    expect(await reasons('offering-arithmetic', part('600,000'))).toEqual([])
  })
  it('another count is reported, as a debt settled', async () => {
    expect(await reasons('offering-arithmetic', part('700,000'))).toEqual([
      expect.stringMatching(/^error Unexpected debt settled that does not agree with the count and the deemed price/)
    ])
  })
})

describe('shares for debt: fees and invoices settled in shares, by the verb as by the noun', () => {
  const settles = (what: string, count: string, price: string) =>
    `${DATELINE}has agreed to settle ${what} by issuing ${count} common shares at a deemed price of ${price} per share.\n`
  it.each(['$168,000 of accrued fees', '$168,000 of outstanding invoices for geological services'])(
    'fees or invoices %#: a count that disagrees is reported',
    async (what) => {
      expect(await reasons('offering-arithmetic', settles(what, '1,500,000', '$0.12'))).toEqual([
        expect.stringMatching(/^error Unexpected (?:count|debt settled) that does not agree/)
      ])
      expect(await reasons('offering-arithmetic', settles(what, '1,400,000', '$0.12'))).toEqual([])
    }
  )
  it('a deemed price below the floor is reported', async () => {
    expect(await reasons('tsxv-pricing', settles('$168,000 of accrued fees', '4,200,000', '$0.04'))).toEqual([
      'error Unexpected deemed price of $0.04 per share, expected at least $0.05'
    ])
  })
})

describe('copy artefacts in the words that decide a finding', () => {
  const AMENDMENT =
    'SASKATOON, Saskatchewan, November 24, 2026 – Crannock Silver Corp. (TSXV: CKS) will extend the expiry date of ' +
    '6,500,000 warrants, subject to Exchange acceptance. Insiders hold 900,000 of the warrants. The amendment of ' +
    'the warrants held by insiders is a "related party trans action" under MI 61-101. The Company will rely on the ' +
    'exemptions from the formal valuation and minority shareholder approval requirements in sections 5.5(a) and ' +
    '5.7(1)(a) of MI 61-101'
  it('a related party transaction named with a space inside a word still asks for the paragraph’s elements', async () => {
    expect(await reasons('related-party', `${AMENDMENT}.\n`)).toEqual([
      expect.stringMatching(/^error Missing the facts supporting them/)
    ])
    const basis =
      ", as the fair market value of the amendment will not exceed 25% of the Company's market capitalization.\n"
    expect(await reasons('related-party', AMENDMENT + basis)).toEqual([])
  })
  it('a hold of another period whose words copy ran together ("six-month holdperiod") is reported', async () => {
    const text =
      'VANCOUVER, British Columbia, November 24, 2026 – Pelham Ridge Gold Inc. (TSXV: PRG) has completed the ' +
      'acquisition of the Sorrel property for 2,500,000 common shares at a deemed price of $0.18 per share. The ' +
      'shares are subject to a six-month holdperiod under applicable Canadian securities laws.\n'
    expect(await reasons('hold-period', text)).toEqual([
      'error Unexpected hold period of “six-month”, expected “four months and one day”'
    ])
  })
})
