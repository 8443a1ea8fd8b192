/**
 * A developer's project financing: a package of loans, streams and royalties that the release calls "the financing"
 * offers none of the issuer's securities, so no U.S. legend or Securities Act paragraph is owed; an equity part named
 * in it is an offering still. The issuers, people and projects are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const release = (headline: string, lead: string, body: string) =>
  [
    headline,
    '',
    `Toronto, Ontario, April 9, 2026 - Tamberlane Gold Ltd. (TSX: TBG) ("Tamberlane" or the "Company") ${lead}`,
    '',
    body
  ].join('\n')

const PACKAGE =
  '- A US$150 million senior secured term loan facility with a six-year term.\n' +
  '- A US$75 million gold stream under which the streamer receives 4.5% of payable gold.\n' +
  '- A US$25 million cost overrun facility.'

describe('us-distribution-legend, us-securities-act: a project financing package is no offering', () => {
  it.each([
    [
      'Tamberlane Makes Construction Decision at Wren Lake and Closes US$250 Million Financing Package',
      'announces that its board has approved construction of the Wren Lake mine and that it has closed a US$250 ' +
        'million project financing package.'
    ],
    [
      'Tamberlane Closes US$250 Million Project Financing for Wren Lake',
      'has closed a US$250 million project financing for the construction of its Wren Lake gold mine.'
    ],
    [
      'Tamberlane Closes US$75 Million Gold Stream Financing',
      'has closed a US$75 million gold stream financing for its Wren Lake gold mine.'
    ]
  ])('headline %#: a package of debt and a stream', async (headline, lead) => {
    const text = release(headline, lead, PACKAGE)
    expect(await found('us-distribution-legend', text)).toEqual([])
    expect(await found('us-securities-act', text)).toEqual([])
  })

  it('an equity placement named in the package is an offering still', async () => {
    const text = release(
      'Tamberlane Closes US$250 Million Financing Package, Including US$40 Million Private Placement',
      'has closed a US$250 million financing package, including a private placement of 20,000,000 common shares ' +
        'at C$2.75 per share for gross proceeds of C$55,000,000.',
      PACKAGE
    )
    expect(await found('us-distribution-legend', text)).toHaveLength(1)
  })
})
