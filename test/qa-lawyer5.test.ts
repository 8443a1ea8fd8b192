/**
 * A securities lawyer's financing drafts, each with one subtle slip: the mechanisms behind the false findings and
 * misses that round found. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe('offering-arithmetic: one composition stated for two classes joined as its subject', () => {
  const release = (total: string) =>
    [
      '# Morrow Creek Closes Brokered Private Placement',
      '',
      'VANCOUVER, British Columbia, December 7, 2026 – Morrow Creek Resources Inc. (TSXV: MCR) announces that it ' +
        'has closed today its brokered private placement, issuing 5,000,000 hard dollar units (the "HD Units") at ' +
        '$0.10 per HD Unit and 3,000,000 flow-through units (the "FT Units") at $0.15 per FT Unit, for aggregate ' +
        'gross proceeds of $950,000.',
      '',
      'Each HD Unit and each FT Unit consists of one common share (in the case of the FT Units, a flow-through ' +
        `share) and one warrant exercisable at $0.20 for 24 months. A total of ${total} warrants were issued.`
    ].join('\n')

  it('each class joined by "and each" has the composition: the warrants of both agree', async () => {
    expect(await found('offering-arithmetic', release('8,000,000'))).toEqual([])
  })

  it('a total that counts one class only is reported, with the sum of both', async () => {
    expect(await found('offering-arithmetic', release('5,000,000'))).toEqual([
      '5:175-5:184: error Unexpected number of warrants for the units issued: expected 8,000,000'
    ])
  })
})

describe('hold-period: outstanding securities named with their issue date are not this distribution', () => {
  const release = (expiry: string, recall: string) =>
    [
      '# Harrowgate Minerals Settles Debt and Extends Warrants',
      '',
      'VANCOUVER, B.C., December 7, 2026 – Harrowgate Minerals Ltd. (CSE: HGM) announces that on December 4, 2026 ' +
        'it issued 1,200,000 common shares at a deemed price of $0.10 per share to settle $120,000 of fees owed to ' +
        `an arm's length contractor. The shares are subject to a hold period expiring on ${expiry}.`,
      '',
      recall
    ].join('\n')
  const WARRANTS =
    'The Company has also extended the expiry date of 3,000,000 warrants issued on January 5, 2025 in its private ' +
    'placement, each exercisable at $0.25, from January 5, 2027 to January 5, 2028.'

  it('the warrants’ issue date, in a relative clause, does not date the shares’ hold', async () => {
    expect(await found('hold-period', release('April 5, 2027', WARRANTS))).toEqual([])
  })

  it('the hold is still counted from the shares’ own issue', async () => {
    expect(await found('hold-period', release('April 4, 2027', WARRANTS))).toEqual([
      '3:294-3:307: error Unexpected hold expiry date, expected April 5, 2027 (December 4, 2026 + four months and one day)'
    ])
  })

  it('securities dated in the hold’s own sentence are the held ones', async () => {
    const text = [
      '# Harrowgate Minerals Closes Placement',
      '',
      'VANCOUVER, B.C., December 7, 2026 – Harrowgate Minerals Ltd. (CSE: HGM) has closed its non-brokered private ' +
        'placement. The 4,000,000 units issued on December 2, 2026 at $0.10 per unit are subject to a hold period ' +
        'expiring on April 4, 2027.'
    ].join('\n')
    expect(await found('hold-period', text)).toEqual([
      '3:226-3:239: error Unexpected hold expiry date, expected April 3, 2027 (December 2, 2026 + four months and one day)'
    ])
  })
})

describe('tsxv-pricing: a grant sentence with a lot of options at each of two prices', () => {
  const release = (second: string) =>
    [
      '# Lindqvist Lithium Grants Options',
      '',
      'VANCOUVER, British Columbia, December 7, 2026 – Lindqvist Lithium Corp. (TSXV: LQL) announces that it has ' +
        'granted 600,000 stock options to its directors and officers, exercisable at $0.085 per share until ' +
        `December 7, 2031, and 150,000 stock options to a consultant, exercisable at ${second} per share until ` +
        'December 7, 2028.'
    ].join('\n')

  it('both prices at or above the floor: nothing', async () => {
    expect(await found('tsxv-pricing', release('$0.10'))).toEqual([])
  })

  it('the second lot’s price below $0.05 is reported on it', async () => {
    expect(await found('tsxv-pricing', release('$0.01'))).toEqual([
      '3:282-3:287: error Unexpected option exercise price of $0.01, expected at least $0.05'
    ])
  })
})

describe('offering-arithmetic: a fee of the classes sold, named together', () => {
  const release = (warrants: string, definitions = ['(the "HD Units")', '(the "FT Units")']) =>
    [
      '# Morrow Creek Closes Brokered Private Placement',
      '',
      'VANCOUVER, British Columbia, December 7, 2026 – Morrow Creek Resources Inc. (TSXV: MCR) announces that it ' +
        `has closed today its brokered private placement, issuing 5,000,000 hard dollar units ${definitions[0]} at ` +
        `$0.10 per HD Unit and 3,000,000 flow-through units ${definitions[1]} at $0.15 per FT Unit, for aggregate ` +
        'gross proceeds of $950,000.',
      '',
      `The agent received a cash commission of $57,000, being 6% of the gross proceeds, and ${warrants} broker ` +
        'warrants, being 6% of the HD Units and FT Units sold.'
    ].join('\n')

  it('6% of both classes’ units together: nothing when it agrees', async () => {
    expect(await found('offering-arithmetic', release('480,000'))).toEqual([])
  })

  it('a count that is not 6% of both classes is reported', async () => {
    expect(await found('offering-arithmetic', release('300,000'))).toEqual([
      '5:86-5:93: error Unexpected number of securities for the stated 6%: expected 480,000'
    ])
  })

  it('each class defined in the singular ("each, a "FT Unit"") is named by its plural', async () => {
    const singular = ['(each, an "HD Unit")', '(each, a "FT Unit")']
    expect(await found('offering-arithmetic', release('300,000', singular))).toEqual([
      '5:86-5:93: error Unexpected number of securities for the stated 6%: expected 480,000'
    ])
  })
})

describe('offering-arithmetic: flow-through and charity flow-through units are two classes', () => {
  const release = (total: string) =>
    [
      '# Tamsin Ridge Gold Closes Flow-Through Financing',
      '',
      'THUNDER BAY, Ontario, December 7, 2026 – Tamsin Ridge Gold Inc. (TSXV: TRG) has today closed its brokered ' +
        'private placement of (i) 4,000,000 flow-through units (each, a "FT Unit") at a price of $0.25 per FT Unit ' +
        'for gross proceeds of $1,000,000; and (ii) 5,000,000 charity flow-through units (each, a "Charity FT Unit") ' +
        'at a price of $0.32 per Charity FT Unit for gross proceeds of $1,600,000.',
      '',
      'Each FT Unit and each Charity FT Unit consists of one flow-through share and one-half of one warrant. In ' +
        `total, ${total} warrants were issued.`
    ].join('\n')

  it('the warrants of both classes agree: nothing', async () => {
    expect(await found('offering-arithmetic', release('4,500,000'))).toEqual([])
  })

  it('a total of one warrant per unit is reported', async () => {
    expect(await found('offering-arithmetic', release('9,000,000'))).toEqual([
      '5:113-5:122: error Unexpected number of warrants for the units issued: expected 4,500,000'
    ])
  })
})

describe('hold-period: one hold sentence naming the LIFE securities and the concurrent placement’s', () => {
  const release = (hold: string) =>
    [
      '# Wexmoor Resources Closes LIFE Offering and Concurrent Private Placement',
      '',
      'VANCOUVER, British Columbia, December 7, 2026 – Wexmoor Resources Inc. (TSXV: WXR) announces that it closed ' +
        'on December 4, 2026 its offering of 10,000,000 units (the "LIFE Units") at $0.20 per LIFE Unit for gross ' +
        'proceeds of $2,000,000 (the "LIFE Offering") under the listed issuer financing exemption.',
      '',
      'Concurrently, the Company closed a non-brokered private placement of 4,000,000 flow-through shares (the "FT ' +
        'Shares") at $0.35 per FT Share for gross proceeds of $1,400,000 (the "Concurrent Placement").',
      '',
      hold
    ].join('\n')

  it('the placement’s hold is stated: hold-period reports nothing missing (life-offering reports the LIFE units’)', async () => {
    const text = release('The LIFE Units and the FT Shares are subject to a hold period expiring on April 5, 2027.')
    expect(await found('hold-period', text)).toEqual([])
    expect((await found('life-offering', text)).length).toBe(1)
  })

  it('its expiry is checked as the placement’s', async () => {
    const text = release('The LIFE Units and the FT Shares are subject to a hold period expiring on April 4, 2027.')
    expect(await found('hold-period', text)).toEqual([
      '7:75-7:88: error Unexpected hold expiry date, expected April 5, 2027 (December 4, 2026 + four months and one day)'
    ])
  })

  it('a hold of the LIFE Units alone leaves the placement’s missing', async () => {
    const text = release('The LIFE Units are subject to a hold period expiring on April 5, 2027.')
    expect((await found('hold-period', text)).map((m) => m.split(': error ')[1])).toEqual([
      'Missing hold period of the securities issued, expected “four months and one day”'
    ])
  })
})

describe('life-offering: the sentence after the document’s, reading it by a pronoun, says where it is', () => {
  const release = (statement: string) =>
    [
      '# Ardenwick Copper Announces LIFE Offering',
      '',
      'VANCOUVER, British Columbia, December 7, 2026 – Ardenwick Copper Corp. (TSXV: ADW) announces a non-brokered ' +
        'offering (the "LIFE Offering") under the listed issuer financing exemption of up to 20,000,000 units at ' +
        '$0.05 per unit for gross proceeds of up to $1,000,000.',
      '',
      statement
    ].join('\n')

  it('"should read it …; it can be accessed under the Company’s profile on SEDAR+": nothing', async () => {
    const text = release(
      'The Company has filed an offering document for the LIFE Offering. Prospective investors should read it ' +
        'before making an investment decision; it can be accessed under the Company’s profile on SEDAR+ at ' +
        'www.sedarplus.ca and on the Company’s website at www.ardenwick.com.'
    )
    expect(await found('life-offering', text)).toEqual([])
  })

  it('a sentence after it that does not take the document as its object says nothing of it', async () => {
    const text = release(
      'The Company has filed an offering document for the LIFE Offering. Prospective investors may obtain further ' +
        'information under the Company’s profile on SEDAR+ at www.sedarplus.ca.'
    )
    expect((await found('life-offering', text)).map((m) => m.split(': error ')[1]?.slice(0, 60))).toEqual([
      'Missing where the LIFE offering document can be accessed, ex'
    ])
  })
})

describe('offering-arithmetic: warrants outstanding from an earlier issue are no total of this placement', () => {
  const release = (recall: string) =>
    [
      '# Corrib Metals Closes Private Placement',
      '',
      'VANCOUVER, British Columbia, December 7, 2026 – Corrib Metals Ltd. (TSXV: CRB) announces that it closed its ' +
        'non-brokered private placement on December 2, 2026, issuing 4,000,000 units at $0.10 per unit for gross ' +
        'proceeds of $400,000. Each unit consists of one common share and one warrant exercisable at $0.15 for 24 ' +
        'months.',
      '',
      recall
    ].join('\n')

  it.each([
    'The Company also notes that the 2,500,000 warrants issued on March 1, 2025 in its earlier placement remain outstanding.',
    'Following the closing, the Company has 48,000,000 common shares and 9,500,000 warrants outstanding.'
  ])('not compared with the units: %s', async (recall) => {
    expect(await found('offering-arithmetic', release(recall))).toEqual([])
  })

  it('this placement’s own total is still checked', async () => {
    expect(await found('offering-arithmetic', release('In total, 2,000,000 warrants were issued.'))).toEqual([
      '5:11-5:20: error Unexpected number of warrants for the units issued: expected 4,000,000'
    ])
  })
})
