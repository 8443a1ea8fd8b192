/**
 * Who issues a release and under which listings, as the wires and issuers lay them out: the exchange is decided from
 * the issuer's listings now (not one it had, nor one it will have), a joint release from the companies that announce
 * it together, and an offering belongs to the company that makes it. The issuers, people and properties are invented,
 * in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const TSXV_DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
  'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

describe('exchange-disclaimer: a listing the issuer had, or will have, is not its listing now', () => {
  const moved = (tag: string, about: string) =>
    [
      `VANCOUVER, BC, December 1, 2026 - Halcyon Peak Mining Ltd. ${tag} announces that its common shares began ` +
        'trading on the Canadian Securities Exchange today under the same symbol.',
      '',
      about
    ].join('\n')

  it.each([
    ['(CSE: HPK) (formerly TSXV: HPK)', 'Halcyon is an exploration company.'],
    ['(CSE: HPK; formerly TSX-V: HPK)', 'Halcyon is an exploration company.'],
    [
      '(CSE: HPK)',
      'Halcyon was formerly listed on the TSX Venture Exchange and is now listed on the Canadian Securities Exchange.'
    ],
    ['(CSE: HPK)', 'Halcyon previously traded on the TSX Venture Exchange under the symbol "HPK".']
  ])('a CSE issuer that left the TSX-V owes no TSX-V disclaimer: %s / %s', async (tag, about) => {
    expect(await found('exchange-disclaimer', moved(tag, about))).toEqual([])
  })

  it('and a TSX-V disclaimer in its release is a copy error', async () => {
    const messages = await found('exchange-disclaimer', moved('(CSE: HPK) (formerly TSXV: HPK)', TSXV_DISCLAIMER))
    expect(messages).toEqual([
      '3:1-3:205: error Unexpected TSX Venture Exchange disclaimer in the release of a CSE-listed issuer'
    ])
  })

  it('a name change: the old name and tag in "(formerly …)" are history', async () => {
    const text =
      'VANCOUVER, BC, December 1, 2026 - Aurelian Critical Metals Corp. (CSE: ACM) (formerly Bramble Creek ' +
      'Resources Inc. (TSXV: BCR)) announces that its new name and symbol took effect today.'
    expect(await found('exchange-disclaimer', text)).toEqual([])
  })

  const graduating = (disclaimer: string) =>
    [
      'VANCOUVER, BC, December 1, 2026 - Copperline Ventures Inc. (TSXV: CPV) announces that its common shares are ' +
        'expected to begin trading on the TSX under the symbol "CPV" on December 10, 2026.',
      '',
      'The shares will be listed on the Toronto Stock Exchange once the Company meets its listing conditions.',
      disclaimer ? `\n${disclaimer}` : ''
    ].join('\n')

  it('a graduation to the TSX effective later: still a TSX-V issuer, no conflict', async () => {
    expect(await found('exchange-disclaimer', graduating(TSXV_DISCLAIMER))).toEqual([])
  })

  it('a graduation to the TSX effective later, no disclaimer: missing', async () => {
    expect(await found('exchange-disclaimer', graduating(''))).toEqual([
      '5:1: error Missing TSX Venture Exchange disclaimer, expected it at the end of the release'
    ])
  })

  it('"will continue to trade on" is a listing now', async () => {
    const text =
      'VANCOUVER, BC, December 1, 2026 - Copperline Ventures Inc. (TSXV: CPV) announces a consolidation of its ' +
      'shares.\n\nThe shares will continue to trade on the Canadian Securities Exchange under the symbol "CPV".'
    const messages = await found('exchange-disclaimer', text)
    expect(messages[0]).toContain('warning Unexpected listings on two exchanges')
  })
})

describe('exchange-disclaimer: a joint release is one whose subject conjoins the companies, not one that quotes another', () => {
  it.each([
    'Saltmarsh Resources Corp. (CSE: SMR) ("Saltmarsh") notes the news release issued today by its option partner, ' +
      'Blackfen Gold Corp. (TSXV: BFG), announcing that Blackfen has completed its second-year expenditures.',
    'Saltmarsh Resources Corp. (CSE: SMR) congratulates its investee, Blackfen Gold Corp. (TSXV: BFG), which ' +
      'reported that it has completed its second-year expenditures.'
  ])('a CSE issuer quoting a TSX-V company owes no TSX-V disclaimer: %s', async (lead) => {
    expect(await found('exchange-disclaimer', `VANCOUVER, BC, December 1, 2026 - ${lead}`)).toEqual([])
  })

  it('and a TSX-V disclaimer in its release is a copy error', async () => {
    const text =
      'VANCOUVER, BC, December 1, 2026 - Saltmarsh Resources Corp. (CSE: SMR) notes the news release issued today by ' +
      'Blackfen Gold Corp. (TSXV: BFG), announcing that Blackfen has completed its expenditures.\n\n' +
      TSXV_DISCLAIMER
    const messages = await found('exchange-disclaimer', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(
      'error Unexpected TSX Venture Exchange disclaimer in the release of a CSE-listed issuer'
    )
  })

  it.each([
    'Ironbark Resources Corp. (TSX: IRB) ("Ironbark") and Tealwater Gold Inc. (TSXV: TWG) ("Tealwater") announce',
    'Bluejay Copper Corp. (CSE: BJC) (OTCQB: BJCPF) and its joint venture partner, Corvid Minerals Ltd. (TSXV: CVD), ' +
      'are pleased to announce',
    'Larkspur Battery Corp. (Cboe Canada: LBC), together with Pelham Graphite Inc. (TSXV: PGI), announces'
  ])('companies the subject conjoins announce together: the TSX-V one owes its disclaimer: %s', async (subject) => {
    const text = `TORONTO, December 1, 2026 - ${subject} the signing of a definitive agreement.`
    expect(await found('exchange-disclaimer', text)).toEqual([
      '2:1: error Missing TSX Venture Exchange disclaimer, expected it at the end of the release'
    ])
  })
})

describe('us-distribution-legend: an offering belongs to the company that makes it', () => {
  const taking = (words: string) =>
    'VANCOUVER, BC, December 1, 2026 - Foxglove Capital Corp. (CSE: FGC) ("Foxglove") announces that it has ' +
    `${words}, purchasing 2,000,000 common shares at $0.10 per share. Foxglove acquired the shares for investment purposes.`

  it.each([
    'participated in the non-brokered private placement of Hawthorn Lake Minerals Inc. (TSXV: HLM) ("Hawthorn Lake")',
    'taken part in the financing completed by Hawthorn Lake Minerals Inc. (TSXV: HLM) on November 28, 2026'
  ])('the issuer taking part in another company’s placement offers nothing of its own: %s', async (words) => {
    expect(await found('us-distribution-legend', taking(words))).toEqual([])
  })

  it('named by the name the release defines for it: "Hawthorn Lake\'s private placement"', async () => {
    const text =
      'VANCOUVER, BC, December 1, 2026 - Foxglove Capital Corp. (CSE: FGC) announces that Hawthorn Lake Minerals ' +
      'Inc. (TSXV: HLM) ("Hawthorn Lake") has accepted its subscription. Foxglove participated in Hawthorn Lake\'s ' +
      'private placement, purchasing 2,000,000 common shares at $0.10 per share.'
    expect(await found('us-distribution-legend', text)).toEqual([])
  })

  it('a director taking part in the issuer’s own placement: the issuer’s offering, legend owed', async () => {
    const text =
      'VANCOUVER, BC, December 1, 2026 - Foxglove Capital Corp. (CSE: FGC) announces that it has closed a ' +
      'non-brokered private placement of 2,000,000 units at $0.10 per unit. Ann Hale, a director, participated in ' +
      'the private placement of units of the Company (CSE: FGC).'
    const messages = await found('us-distribution-legend', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing U.S. distribution legend')
  })
})

describe('exchange-disclaimer: Stockwatch’s symbol on its headline’s company line', () => {
  const stockwatch = (symbol: string, disclaimer = '') =>
    [
      `Thornbury Lithium Corp (${symbol})`,
      '',
      '2026-12-01 09:10 ET - News Release',
      '',
      'Thornbury Lithium Corp. has appointed Rowan Fisk as corporate secretary, effective immediately.',
      disclaimer ? `\n${disclaimer}` : ''
    ].join('\n')

  it.each(['C:TLI', 'T:TLI'])('a CSE or TSX issuer as Stockwatch tags it owes no TSX-V disclaimer: %s', async (s) => {
    expect(await found('exchange-disclaimer', stockwatch(s))).toEqual([])
  })

  it('a CSE issuer so tagged, with a TSX-V disclaimer: a copy error', async () => {
    const messages = await found('exchange-disclaimer', stockwatch('C:TLI', TSXV_DISCLAIMER))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(
      'error Unexpected TSX Venture Exchange disclaimer in the release of a CSE-listed issuer'
    )
  })

  it('a TSX-V issuer so tagged: the note quotes its symbol', async () => {
    const file = await lintWith('exchange-disclaimer', stockwatch('V:TLI') + '\n')
    expect(file.messages.map(format)).toEqual([
      '7:1: error Missing TSX Venture Exchange disclaimer, expected it at the end of the release'
    ])
    expect(String(file.messages[0].note)).toContain('“V:TLI”')
  })
})
