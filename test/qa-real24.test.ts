/**
 * Releases of the kinds a twenty-fourth QA round read on real M&A and corporate-structure releases of Canadian listed
 * mining issuers (arrangements, take-over bids, early warnings, meetings, changes of auditor, consolidations). The
 * cases below are invented issuers in our own words, each reproducing the shape of a defect the document model once
 * misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('forward-looking information: a document filed on SEDAR+ is a filing, not a plan', () => {
  const filed = [
    // An acquirer's own early warning release, the acquirer a TSX-V issuer.
    'Brantford Mining Files Early Warning Report\n\nBrantford Mining Corp. (TSXV: BFM) announces that it has ' +
      'acquired all of the 40,000,000 common shares of Solway Gold Ltd. on the completion of their arrangement. A ' +
      'copy of the early warning report will be filed under Solway Gold’s profile on SEDAR+.',
    // A meeting's results.
    'Brantford Mining Reports Results of Annual Meeting\n\nBrantford Mining Corp. (TSXV: BFM) announces that ' +
      'shareholders elected each of the five nominees at its annual meeting held on June 3, 2025. The report on ' +
      'voting results will be filed on SEDAR+ at www.sedarplus.ca.',
    // A change of auditor.
    'Brantford Mining Changes Auditor\n\nBrantford Mining Corp. (TSXV: BFM) announces that Corran & Vale LLP has ' +
      'resigned as its auditor and that Hartwell Pike LLP has been appointed in its place. The reporting package ' +
      'will be available under the Company’s profile on SEDAR+.'
  ]
  it.each(filed)('is no strong evidence of forward-looking information: %s', async (text) => {
    const found = await messages('forward-looking-caution', text)
    expect(found.every((m) => m.includes('warning'))).toBe(true)
  })

  it('a document still to be written by a time set is a plan with its timeline', async () => {
    const text =
      'Brantford Mining Completes Resource Update\n\nBrantford Mining Corp. (TSXV: BFM) announces that it has ' +
      'received the updated mineral resource model for its Solway project. A technical report will be filed on ' +
      'SEDAR+ within 45 days.'
    const found = await messages('forward-looking-caution', text)
    expect(found).toEqual([expect.stringMatching(/error Missing forward-looking information caution/)])
  })

  it('a plan beside the filing is still forward-looking information', async () => {
    const text =
      'Brantford Mining Files Early Warning Report\n\nBrantford Mining Corp. (TSXV: BFM) announces that it has ' +
      'acquired 9,000,000 common shares of Solway Gold Ltd. A copy of the early warning report will be filed under ' +
      'Solway Gold’s profile on SEDAR+. Brantford intends to acquire additional shares of Solway Gold.'
    const found = await messages('forward-looking-caution', text)
    expect(found).toEqual([expect.stringMatching(/error Missing forward-looking information caution/)])
  })
})

describe('forward-looking information: a study’s economics are a financial outlook', () => {
  const economics = [
    'Harrowgate Copper Announces Pre-Feasibility Study for Tamsin\n\nHarrowgate Copper Corp. (TSXV: HGC) announces ' +
      'the results of a pre-feasibility study for its Tamsin copper project. The study gives an after-tax NPV8% of ' +
      'US$640 million and an after-tax IRR of 24.1%, with a payback of 3.4 years.',
    'Harrowgate Copper Reports PEA for Tamsin\n\nHarrowgate Copper Corp. (TSXV: HGC) reports the results of a ' +
      'preliminary economic assessment of Tamsin, with an after-tax net present value of $212 million at a 5% ' +
      'discount rate and an internal rate of return of 31%. A technical report will be filed on SEDAR+ within 45 days.'
  ]
  it.each(economics)('owes the caution: %s', async (text) => {
    const found = await messages('forward-looking-caution', text)
    expect(found).toEqual([expect.stringMatching(/error Missing forward-looking information caution/)])
  })

  it('another owner’s study cited beside the issuer’s property is not the issuer’s outlook', async () => {
    const text =
      'Harrowgate Copper Stakes Claims Near Tamsin\n\nHarrowgate Copper Corp. (TSXV: HGC) has staked 40 claims ' +
      'adjacent to the Bellrock project owned by Ferrol Mines Ltd. Ferrol Mines reported a feasibility study for ' +
      'Bellrock with an after-tax NPV of $900 million.'
    const found = await messages('forward-looking-caution', text)
    expect(found.some((m) => m.includes('error'))).toBe(false)
  })
})

describe('who speaks: a holder that bought securities "issued by" the listed company', () => {
  it('is a third party: its early warning announces no offering of its own and owes no TSX-V disclaimer', async () => {
    const text =
      'Marlow Capital Announces Changes to Its Holdings in Galway Gold Corp.\n\nToronto, May 6, 2025 - Marlow ' +
      'Capital Inc. announces that today it acquired 400 debenture units issued by Galway Gold Corp. pursuant to a ' +
      'private placement for aggregate consideration of $400,000. This acquisition represents an increase in holdings ' +
      'of approximately 2.4% of the outstanding shares of Galway Gold since the date of its last early warning report.'
    expect(await messages('us-distribution-legend', text)).toEqual([])
    expect(await messages('us-securities-act', text)).toEqual([])
    expect(await messages('exchange-disclaimer', text)).toEqual([])
  })

  it('the issuer selling units "issued by the Company" to a subscriber still announces its placement', async () => {
    const text =
      'Galway Gold Closes Private Placement\n\nGalway Gold Corp. (TSXV: GWG) announces that Marlow Capital Inc. ' +
      'acquired 400 debenture units issued by the Company in its private placement for gross proceeds of $400,000.'
    expect((await messages('us-distribution-legend', text)).length).toBe(1)
  })
})

describe('listings: a wire header that labels the symbol before its exchange', () => {
  it('reads "Trading Symbol: ELR (TSX); EPS (JSE)" as a TSX listing: no TSX-V disclaimer', async () => {
    const text =
      'PALLAMOR ANNOUNCES LATE FILING OF ANNUAL FINANCIAL STATEMENTS\n\nTrading Symbol: PLM (TSX); PLR (JSE)\n\n' +
      'VANCOUVER, BC, April 3, 2025 /CNW/ - Pallamor Platinum Limited ("Pallamor") announces that it did not file its ' +
      'annual audited financial statements by the deadline and has received a management cease trade order.'
    expect(await messages('exchange-disclaimer', text)).toEqual([])
  })

  it('reads "Stock Symbol: GWG (TSXV)" as a TSX-V listing, which owes the disclaimer', async () => {
    const text =
      'GALWAY GOLD CHANGES AUDITOR\n\nStock Symbol: GWG (TSXV)\n\nVANCOUVER, BC, April 3, 2025 /CNW/ - Galway Gold ' +
      'Corp. ("Galway") announces that it has appointed Hartwell Pike LLP as its auditor.'
    expect((await messages('exchange-disclaimer', text)).length).toBe(1)
  })
})

describe('layout: a dateline whose place opens with an abbreviated word ("ST. JOHN\'S, NL", "St. Lewis")', () => {
  const closing = (expiry: string) =>
    'Kittiwake Gold Closes Private Placement\n\nST. JOHN’S, NL, May 5, 2025 /CNW/ - Kittiwake Gold Corp. (TSXV: KWG) ' +
    'announces that it has closed today its non-brokered private placement of 4,000,000 units at $0.10 per unit for ' +
    `gross proceeds of $400,000. The securities issued are subject to a hold period expiring on ${expiry}.`
  it('dates the closing "today" from the dateline: a wrong hold expiry is caught', async () => {
    const found = await messages('hold-period', closing('September 9, 2025'))
    expect(found).toEqual([expect.stringMatching(/Unexpected hold expiry date, expected September 6, 2025/)])
  })
  it('the right expiry passes', async () => {
    expect(await messages('hold-period', closing('September 6, 2025'))).toEqual([])
  })

  it('ends the lead at the dateline paragraph: a financing the body recalls from months before is none', async () => {
    const text =
      'St. Lewis, Newfoundland and Labrador--(Newsfile Corp. - June 12, 2025) - Kittiwake Gold Corp. (TSXV: KWG) ' +
      'provides a corporate update.\n\nAs previously disclosed, a cease trade order was issued in respect of the ' +
      'Company on April 8, 2024 for its failure to file its annual financial statements.\n\nA partial revocation of ' +
      'the order on September 6, 2024 enabled the Company to complete a convertible note private placement in ' +
      'October and November 2024 for aggregate gross proceeds of $1 million.'
    expect(await messages('us-distribution-legend', text)).toEqual([])
  })
})
