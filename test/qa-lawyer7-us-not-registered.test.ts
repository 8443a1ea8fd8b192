/**
 * The U.S. Securities Act paragraph as counsel trim it: "not registered" dropped, only "may not be offered or sold …
 * unless registered under the U.S. Securities Act" left. The negation is the sale's, and "unless registered" is a
 * condition, not the fact that the securities are not registered: the missing part is named. Invented issuers, our
 * own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('us-securities-act', text + '\n')).messages.map(format)

const CLOSING =
  'PRINCE GEORGE, BC, March 4, 2026 – Larkspur Ridge Metals Corp. (TSXV: LKR) (the "Company") has today closed its ' +
  'non-brokered private placement of 6,000,000 units at a price of $0.25 per unit for gross proceeds of $1,500,000.'
const OFFER =
  'This news release does not constitute an offer to sell or a solicitation of an offer to buy any securities in ' +
  'the United States.'

describe('us-securities-act: "may not be offered or sold … unless registered" is not "not registered"', () => {
  it('an error when only the sale is restricted, "unless registered under the U.S. Securities Act"', async () => {
    const sale =
      'The securities may not be offered or sold within the United States or to U.S. Persons unless registered under ' +
      'the U.S. Securities Act of 1933 and applicable state securities laws or an exemption from registration is available.'
    const messages = await found([CLOSING, '', `${OFFER} ${sale}`].join('\n'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('not registered under the U.S. Securities Act')
  })

  it('an error when the sale is restricted "absent registration under the U.S. Securities Act"', async () => {
    const sale =
      'The units may not be offered or sold in the United States absent registration under the United States ' +
      'Securities Act of 1933 or an applicable exemption from its registration requirements.'
    const messages = await found([CLOSING, '', `${OFFER} ${sale}`].join('\n'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('not registered under the U.S. Securities Act')
  })

  it('no error when both are stated in one sentence', async () => {
    const both =
      'The securities have not been and will not be registered under the United States Securities Act of 1933 and ' +
      'may not be offered or sold within the United States unless registered or an exemption from registration is ' +
      'available.'
    expect(await found([CLOSING, '', `${OFFER} ${both}`].join('\n'))).toEqual([])
  })
})
