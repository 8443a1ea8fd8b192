/**
 * Releases of the kinds a twentieth QA round read on real releases of Canadian-listed mining issuers from before
 * 2020 (2008–2019), as newswires and republishers carried them. The cases below are invented issuers in our own
 * words, each reproducing the shape of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('forward-looking information: a document filed where filings are kept is no forecast', () => {
  const filed = [
    'Kestrel Ridge Reports Voting Results\n\nVANCOUVER, June 12, 2014 /CNW/ - Kestrel Ridge Gold Corp. (TSX: KRG) ' +
      'announces that all nominees were elected at its annual meeting. The report of voting results will be filed ' +
      'on SEDAR at www.sedar.com.',
    'Kestrel Ridge Changes Auditor\n\nVANCOUVER, June 12, 2014 /CNW/ - Kestrel Ridge Gold Corp. (TSX: KRG) ' +
      'announces a change of auditor. The notice of change of auditor will be filed under the Company’s profile.'
  ]
  it.each(filed)('warns, not errs: %s', async (text) => {
    const found = await messages('forward-looking-caution', text)
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/warning/)
  })

  it('a technical report to be filed within 45 days is still a plan', async () => {
    const text =
      'Kestrel Ridge Reports Resource\n\nVANCOUVER, June 12, 2014 /CNW/ - Kestrel Ridge Gold Corp. (TSX: KRG) ' +
      'announces an updated resource for Harfang. The report will be filed on SEDAR within 45 days.'
    const found = await messages('forward-looking-caution', text)
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/error/)
  })

  it('a plan stated beside the filing is still forward-looking', async () => {
    const text =
      'Kestrel Ridge Reports Voting Results\n\nVANCOUVER, June 12, 2014 /CNW/ - Kestrel Ridge Gold Corp. (TSX: KRG) ' +
      'announces the results of its annual meeting. The Company will drill 4,000 metres at Harfang this summer. ' +
      'The report of voting results will be filed on SEDAR.'
    const found = await messages('forward-looking-caution', text)
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/error/)
  })
})

describe('speaker: a republisher’s copy set under its signatory’s name is the issuer’s release', () => {
  const copy = (signatory: string) =>
    'Kestrel Ridge closes $2.4-million placement\n\n2015-11-20 17:05 ET - News Release\n\n' +
    `${signatory}\n\nKESTREL RIDGE COMPLETES FLOW-THROUGH FINANCING\n\n` +
    'Kestrel Ridge Gold Corp. has completed a non-brokered private placement of 12,000,000 flow-through shares at ' +
    '20 cents per share for gross proceeds of $2.4-million. The proceeds will be used by the company to drill ' +
    'its Harfang property.'
  it('owes its caution as the issuer does (an error)', async () => {
    const found = await messages('forward-looking-caution', copy('Mr. Tomas Lindqvist reports'))
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/error/)
  })

  it('a story about the company in a reporter’s words is still a third party’s (a warning)', async () => {
    const found = await messages('forward-looking-caution', copy('By Tomas Lindqvist'))
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/warning/)
  })
})

describe('numbers: a multiplier after a hyphen, as a republisher writes it ("$1.75-million")', () => {
  it('reads the amount with its scale', async () => {
    const text =
      'Kestrel Ridge Closes Placement\n\nVANCOUVER, Nov. 20, 2015 /CNW/ - Kestrel Ridge Gold Corp. (TSX-V: KRG) has ' +
      'closed a non-brokered private placement of 10,300,000 flow-through shares at a price of 17 cents per share ' +
      'for gross proceeds of approximately $1.75-million.'
    expect(await messages('offering-arithmetic', text)).toEqual([])
  })

  it('still finds proceeds that do not agree', async () => {
    const text =
      'Kestrel Ridge Closes Placement\n\nVANCOUVER, Nov. 20, 2015 /CNW/ - Kestrel Ridge Gold Corp. (TSX-V: KRG) has ' +
      'closed a non-brokered private placement of 10,300,000 flow-through shares at a price of 17 cents per share ' +
      'for gross proceeds of $2.75-million.'
    expect((await messages('offering-arithmetic', text)).length).toBe(1)
  })
})

describe('offering: a placement its own earlier release announced, named as the time after which another matter holds', () => {
  it('a budget release recalling the pending closing announces no offering', async () => {
    const text =
      'Kestrel Ridge Approves 2011 Budgets\n\nVANCOUVER, Nov. 18, 2010 /CNW/ - Kestrel Ridge Gold Corp. (TSX: KRG) ' +
      'announces exploration budgets of $6.2 million for 2011. The Company’s cash position following the anticipated ' +
      'closing of its recently announced private placement will be about $14 million (see news release of October ' +
      '29, 2010).'
    expect(await messages('us-distribution-legend', text)).toEqual([])
    expect(await messages('us-securities-act', text)).toEqual([])
  })

  it('a release announcing the placement is still an offering, however it speaks of its closing', async () => {
    const text =
      'Kestrel Ridge Announces Private Placement\n\nVANCOUVER, Nov. 18, 2010 /CNW/ - Kestrel Ridge Gold Corp. (TSX: ' +
      'KRG) announces a non-brokered private placement of 8,000,000 units at $0.25 per unit. Following the ' +
      'anticipated closing of the private placement, the Company will have 60,000,000 shares outstanding.'
    expect((await messages('us-distribution-legend', text)).length).toBe(1)
  })
})

describe('listing: a quote service’s symbol with its exchange as a suffix ("(MRN.TO)")', () => {
  const copy = (symbol: string) =>
    'Kestrel Ridge Updates Resource\n\nTORONTO, ONTARIO--(Marketwired - May 5, 2015) - Kestrel Ridge Gold Corp. ' +
    `(${symbol})(KRG.AX) announces the appointment of a new Chief Financial Officer.`
  it('a TSX symbol owes no TSX Venture disclaimer', async () => {
    expect(await messages('exchange-disclaimer', copy('KRG.TO'))).toEqual([])
  })
  it('a TSX Venture symbol still does', async () => {
    expect((await messages('exchange-disclaimer', copy('KRG.V'))).length).toBe(1)
  })
})

describe('listing: the symbol’s word before the colon ("(LSE and TSX code: KRG)")', () => {
  const text = (tag: string) =>
    `12 March 2018\nKestrel Ridge plc\n\nThe Board of Kestrel Ridge (${tag}) is pleased to announce the appointment ` +
    'of a new Chief Financial Officer.'
  it('a TSX listing so written owes no TSX Venture disclaimer', async () => {
    expect(await messages('exchange-disclaimer', text('LSE and TSX code: KRG'))).toEqual([])
  })
  it('a TSX Venture listing so written still does', async () => {
    expect((await messages('exchange-disclaimer', text('TSX-V symbol: KRG'))).length).toBe(1)
  })
})

describe('estimates: figures of "the resource" in a release whose estimate is in one category only', () => {
  const release = (highlight: string) =>
    'Kestrel Ridge Updates Harfang Resource\n\nVANCOUVER, March 8, 2012 /CNW/ - Kestrel Ridge Gold Corp. (TSX-V: KRG) ' +
    `announces an updated mineral resource estimate for Harfang.\n\n- ${highlight}\n` +
    '- Approximately 70% of the resource (290,000 ounces) lies within 150 vertical metres of surface.'
  it('carry that category', async () => {
    const found = await messages(
      'mineral-resource',
      release('Inferred Mineral Resources of 14,200,000 tonnes averaging 0.92 g/t gold, or 420,000 ounces.')
    )
    expect(found.filter((message) => /CIM category/.test(message))).toEqual([])
  })
  it('not where the release names two categories', async () => {
    const found = await messages(
      'mineral-resource',
      release(
        'Indicated Mineral Resources of 6,000,000 tonnes at 1.1 g/t gold and Inferred Mineral Resources of ' +
          '8,200,000 tonnes at 0.8 g/t gold.'
      )
    )
    expect(found.filter((message) => /CIM category/.test(message)).length).toBe(1)
  })
})
