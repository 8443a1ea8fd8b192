/**
 * Who speaks and whose listing: releases whose duties depend on the speaker and its exchange. A holder defined by its
 * role that tells what it did without an announcing verb, an issuer that takes up another company's placement named
 * by its short name in the headline, a release that quotes another issuer's release with its disclaimer, a royalty
 * holder's QP statement that cites the operator's disclosure, an engagement's terms in the issuer's voice. The
 * issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const TSXV_DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
  'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

describe('an engagement’s terms in the issuer’s voice are not forward-looking', () => {
  const release = (terms: string) =>
    [
      'CALGARY, Alberta, December 5, 2028 -- Amberlea Resources Ltd. (TSXV: ABR) (the "Company") announces that it has ' +
        'retained Cormorant Securities Ltd. ("Cormorant") to provide market-making services in accordance with the ' +
        'policies of the TSX Venture Exchange.',
      '',
      terms,
      '',
      TSXV_DISCLAIMER
    ].join('\n')

  it.each([
    'Cormorant will be responsible for the costs it incurs in buying and selling the Company’s shares.',
    'No third party will provide funds or securities for its market-making activities.',
    'The Company has not issued and will not issue any securities to Cormorant as compensation for its services.'
  ])('no caution owed: %s', async (terms) => {
    expect(await found('forward-looking-caution', release(terms))).toEqual([])
  })

  it('a sentence that opens on what will not be done stays a weak sign: a warning, not an error', async () => {
    expect(
      await found('forward-looking-caution', release('No securities of the Company will be issued to Cormorant.'))
    ).toEqual(['6:1: warning Missing forward-looking information caution'])
  })

  it('a plan in the same release still owes the caution', async () => {
    const messages = await found(
      'forward-looking-caution',
      release('The Company will drill 3,000 metres at its Pelham property next spring.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing forward-looking information caution')
  })
})

describe('a holder defined by its role speaks with a verb in the perfect or "today …ed"', () => {
  const bid = (lead: string) =>
    [
      '# Sedgemoor Resource Partners Commences Cash Offer for Arlow Minerals',
      '',
      lead,
      '',
      'The Offer is open for acceptance until September 3, 2029, unless extended or withdrawn.'
    ].join('\n')

  it.each([
    'CALGARY, Alberta, May 21, 2029 -- Sedgemoor Resource Partners II, L.P. (the "Offeror"), a private equity fund ' +
      'managed by Sedgemoor Capital Inc., today commenced its offer (the "Offer") to acquire all of the issued and ' +
      'outstanding common shares of Arlow Minerals Ltd. (TSXV: ARM) ("Arlow") for $0.55 in cash per share.',
    'CALGARY, Alberta, May 21, 2029 -- Sedgemoor Resource Partners II, L.P. (the "Purchaser") has purchased ' +
      '6,000,000 common shares of Arlow Minerals Ltd. (TSXV: ARM) in the market.'
  ])('no TSX-V disclaimer owed: %s', async (lead) => {
    expect(await found('exchange-disclaimer', bid(lead))).toEqual([])
  })

  it('the target’s own release still owes it', async () => {
    const messages = await found(
      'exchange-disclaimer',
      'VANCOUVER, British Columbia, May 22, 2029 -- Arlow Minerals Ltd. (TSXV: ARM) (the "Company") has received the ' +
        'offer of Sedgemoor Resource Partners II, L.P. (the "Offeror") and urges shareholders to take no action.'
    )
    expect(messages).toEqual([
      '2:1: error Missing TSX Venture Exchange disclaimer, expected it at the end of the release'
    ])
  })
})

describe('an issuer taking up another company’s placement, named by its short name in the headline', () => {
  const release = (headline: string) =>
    [
      `# ${headline}`,
      '',
      'VANCOUVER, British Columbia, April 12, 2027 – Quarry Point Capital Corp. (CSE: QPC) ("Quarry Point") announces ' +
        'that it has acquired, through a subscription in the non-brokered private placement of Birchfield Copper Inc. ' +
        '(TSXV: BFC) (the "Issuer") that closed on April 11, 2027, 8,000,000 units of the Issuer at a price of $0.10 ' +
        'per unit.',
      '',
      'Quarry Point now owns approximately 11.4% of the outstanding common shares of the Issuer.'
    ].join('\n')

  it.each([
    'Quarry Point Capital Acquires Units of Birchfield Copper in Private Placement',
    'Quarry Point Subscribes for Units of Birchfield Copper in Private Placement'
  ])('no U.S. legend owed: %s', async (headline) => {
    expect(await found('us-distribution-legend', release(headline))).toEqual([])
    expect(await found('us-securities-act', release(headline))).toEqual([])
  })

  it('the issuer’s own placement named in its headline still owes the legend', async () => {
    const messages = await found(
      'us-distribution-legend',
      [
        '# Birchfield Copper Announces Private Placement',
        '',
        'VANCOUVER, British Columbia, April 2, 2027 – Birchfield Copper Inc. (TSXV: BFC) (the "Company") announces a ' +
          'non-brokered private placement of up to 8,000,000 units at a price of $0.10 per unit.'
      ].join('\n')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing U.S. distribution legend')
  })
})

describe('a disclaimer quoted from another issuer’s release is that release’s', () => {
  const release = (tag: string, own = '') =>
    [
      `SUDBURY, Ontario, February 2, 2028 -- Corvenna Minerals Inc. (${tag}) (the "Company") notes the news release ` +
        'issued today by its joint venture partner, Pinefield Exploration Corp. (TSXV: PFE) ("Pinefield"), which ' +
        'stated, in part:',
      '',
      '> "Pinefield Exploration Corp. is pleased to announce that drilling has begun on the Ashby Lake property."',
      '>',
      `> "${TSXV_DISCLAIMER}"`,
      '',
      'The Company will fund its 40% share of the program from its treasury.',
      ...(own ? ['', own] : [])
    ].join('\n')

  it('no finding for a TSX issuer that quotes it', async () => {
    expect(await found('exchange-disclaimer', release('TSX: CVM'))).toEqual([])
  })

  it('a TSX-V issuer that only quotes it still owes its own', async () => {
    const messages = await found('exchange-disclaimer', release('TSXV: CVM'))
    expect(messages).toEqual([
      '8:1: error Missing TSX Venture Exchange disclaimer, expected it at the end of the release'
    ])
  })

  it('a TSX-V issuer with its own besides the quoted one: no finding', async () => {
    expect(await found('exchange-disclaimer', release('TSXV: CVM', TSXV_DISCLAIMER))).toEqual([])
  })

  it('a quotation opened by a colon in its paragraph is the quoted release’s too', async () => {
    const text =
      'SUDBURY, Ontario, February 2, 2028 -- Corvenna Minerals Inc. (TSX: CVM) notes the release of its partner, ' +
      `Pinefield Exploration Corp. (TSXV: PFE), which ended: "${TSXV_DISCLAIMER}"`
    expect(await found('exchange-disclaimer', text)).toEqual([])
  })

  it('a TSX-V issuer’s own disclaimer set whole in quotation marks, no lead-in, is its own', async () => {
    const text = [
      'VANCOUVER, BC, February 2, 2028 -- Pinefield Exploration Corp. (TSXV: PFE) has begun drilling at Ashby Lake.',
      '',
      `"${TSXV_DISCLAIMER}"`
    ].join('\n')
    expect(await found('exchange-disclaimer', text)).toEqual([])
  })

  it('the TSX-V disclaimer of a TSX issuer’s own, not quoted, is still an error', async () => {
    const messages = await found('exchange-disclaimer', release('TSX: CVM', TSXV_DISCLAIMER))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Unexpected TSX Venture Exchange disclaimer in the release of a TSX-listed issuer')
  })
})

describe('qp-statement: a royalty holder’s QP statement that cites the operator by its defined name', () => {
  const release = (qp: string) =>
    [
      'TORONTO, Ontario, September 9, 2027 -- Sterling Crest Royalties Corp. (TSX: SCR) ("Sterling Crest" or the ' +
        '"Company") notes the drill results announced by Pennant Hill Mining Ltd. (TSXV: PHM) ("Pennant Hill"), the ' +
        'operator of the Calloway gold project, on which the Company holds a 2.0% net smelter return royalty.',
      '',
      'According to Pennant Hill, hole CW-27-14 intersected 2.86 g/t gold over 41.5 metres. Samples were analysed by ' +
        'Bureau Veritas Minerals in Sparks, Nevada, a laboratory independent of Pennant Hill.',
      '',
      qp
    ].join('\n')

  it('the operator is no person: its laboratory’s independence is no relationship of the QP', async () => {
    const messages = await found(
      'qp-statement',
      release(
        'The technical information in this news release is based on information publicly disclosed by Pennant Hill ' +
          'and has been reviewed and approved by Dr. Ingrid Solheim, P.Geo., a qualified person as defined in ' +
          'National Instrument 43-101.'
      )
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing relationship of the Qualified Person to the issuer')
    expect(messages[0]).toMatch(/^5:1-5:/)
  })

  it('the QP’s title with the operator, named by its defined name, is no relationship to the issuer', async () => {
    const messages = await found(
      'qp-statement',
      release(
        'The technical information in this news release has been reviewed and approved by Callum Hargreave, P.Geo., ' +
          'Vice President, Exploration of Pennant Hill and a qualified person as defined in National Instrument 43-101.'
      )
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing relationship of the Qualified Person to the issuer')
  })

  it('no finding when the QP’s title with the Company is given', async () => {
    expect(
      await found(
        'qp-statement',
        release(
          'The technical information in this news release is based on information publicly disclosed by Pennant Hill ' +
            'and has been reviewed and approved by Dr. Ingrid Solheim, P.Geo., Vice President, Technical Services of ' +
            'the Company and a qualified person as defined in National Instrument 43-101.'
        )
      )
    ).toEqual([])
  })
})

describe('mineral-resource: a stream’s delivered ounces are no estimate', () => {
  const release = (more: string) =>
    [
      'VANCOUVER, British Columbia, February 4, 2028 -- Harbourline Streaming Corp. (TSX: HSC) (the "Company") ' +
        'will pay an upfront deposit of US$40 million for 6.5% of the payable gold from the Quenby project until ' +
        '90,000 ounces have been delivered, and 3.9% thereafter.',
      '',
      more
    ].join('\n')

  it.each([
    'Deliveries step down after cumulative deliveries of 150,000 ounces of gold.',
    'The Company received 1,246 ounces of gold delivered under the stream in the quarter.'
  ])('no finding: %s', async (more) => {
    expect(await found('mineral-resource', release(more))).toEqual([])
  })

  it('a resource stated beside them still owes its effective date', async () => {
    const messages = await found(
      'mineral-resource',
      release('The Quenby project hosts Indicated Mineral Resources of 30.2 million tonnes grading 0.92 g/t gold.')
    )
    expect(messages.some((m) => m.includes('Missing effective date'))).toBe(true)
  })
})

describe('a listed acquirer’s own early warning release: its lead’s tag outweighs its headline’s trade', () => {
  const release = (tag: string, disclaimer = '') =>
    [
      '# Ferrowood Minerals Announces Acquisition of Shares of Calvary Point Gold',
      '',
      `VANCOUVER, British Columbia, March 12, 2029 -- Ferrowood Minerals Corp. (${tag}) ("Ferrowood") announces that ` +
        'it has acquired 6,500,000 common shares of Calvary Point Gold Inc. (CSE: CPG) ("Calvary Point") through the ' +
        'facilities of the Canadian Securities Exchange.',
      '',
      'An early warning report will be filed under Calvary Point’s profile on SEDAR+.',
      ...(disclaimer ? ['', disclaimer] : [])
    ].join('\n')

  it('a TSX-V acquirer owes its disclaimer', async () => {
    expect(await found('exchange-disclaimer', release('TSXV: FWM'))).toEqual([
      '6:1: error Missing TSX Venture Exchange disclaimer, expected it at the end of the release'
    ])
    expect(await found('exchange-disclaimer', release('TSXV: FWM', TSXV_DISCLAIMER))).toEqual([])
  })

  it('a TSX acquirer owes none', async () => {
    expect(await found('exchange-disclaimer', release('TSX: FWM'))).toEqual([])
  })

  it('an acquirer with no tag of its own still speaks as a holder', async () => {
    const text = release('TSX: FWM').replace(' (TSX: FWM)', '')
    expect(await found('exchange-disclaimer', text)).toEqual([])
  })
})
