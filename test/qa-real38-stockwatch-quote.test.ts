/**
 * Stockwatch's copy of a release opens with the company line ("Calder Copper Corp (T:CCU)") and, in the same block,
 * the lines of its quote ("Shares Issued …", "Last Close …", "… - News Release"), as a copy of the page keeps them.
 * The tag ends the company line, not the block. The issuers and people are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const TSXV_DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
  'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

const stockwatch = (symbol: string, disclaimer = '') =>
  [
    `Brackenridge Copper Corp (${symbol})`,
    'Shares Issued 148,220,310',
    'Last Close 6/17/2026 $1.84',
    'Wednesday June 18 2026 - News Release',
    '',
    'Mr. Ilse Varga reports',
    '',
    'Brackenridge Copper Corp. has appointed Devon Achebe as chief financial officer, effective July 1, 2026.',
    disclaimer ? `\n${disclaimer}` : ''
  ].join('\n') + '\n'

const found = async (text: string) => (await lintWith('exchange-disclaimer', text)).messages.map(format)

describe('exchange-disclaimer: Stockwatch’s tag ends its company line, the quote’s lines below it', () => {
  it.each(['T:BKC', 'C:BKC'])('a TSX or CSE issuer so tagged owes no TSX-V disclaimer: %s', async (symbol) => {
    expect(await found(stockwatch(symbol))).toEqual([])
  })

  it('a TSX issuer so tagged, with a TSX-V disclaimer: a copy error', async () => {
    const messages = await found(stockwatch('T:BKC', TSXV_DISCLAIMER))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Unexpected TSX Venture Exchange disclaimer in the release of a TSX-listed')
  })

  it('a TSX-V issuer so tagged: the note quotes its symbol', async () => {
    const file = await lintWith('exchange-disclaimer', stockwatch('V:BKC'))
    expect(file.messages.map(format)).toEqual([
      '10:1: error Missing TSX Venture Exchange disclaimer, expected it at the end of the release'
    ])
    expect(String(file.messages[0].note)).toContain('“V:BKC”')
  })

  it('a tag inside a line is no Stockwatch company line', async () => {
    const text = stockwatch('T:BKC').replace('(T:BKC)', '(T:BKC) reports')
    expect(await found(text)).toHaveLength(1)
  })
})
