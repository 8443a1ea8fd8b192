/**
 * A shares-for-debt release that sets out the settlement as a term sheet ("Debt settled | $90,000", "Shares to be
 * issued | 3,000,000", "Deemed price per share | $0.03"): the deemed price is the price of the shares issued and the
 * debt what they pay, so the $0.05 floor (TSX-V Policy 4.3) and count × deemed price = debt are checked, as they are
 * when a sentence states them. Issuers and figures invented.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const release = (debt: string, shares: string, deemed: string) =>
  [
    'Eastry Minerals Settles Debt in Shares',
    '',
    'VANCOUVER, British Columbia--(Newsfile Corp. - November 24, 2026) - Eastry Minerals Ltd. (TSXV: ETM) (the ' +
      '"Company") has agreed to settle debt owed to arm\'s length creditors by issuing common shares, subject to TSX ' +
      'Venture Exchange acceptance, on the following terms:',
    '',
    `Debt settled | ${debt}\nShares to be issued | ${shares}\nDeemed price per share | ${deemed}`,
    '',
    'The shares will be subject to a hold period of four months and one day from issuance.',
    '',
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
      'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  ].join('\n')

describe('a shares-for-debt term sheet', () => {
  it('tsxv-pricing: a deemed price below $0.05 is reported', async () => {
    expect(await found('tsxv-pricing', release('$90,000', '3,000,000', '$0.03'))).toEqual([
      expect.stringMatching(/error Unexpected deemed price of \$0\.03 per share, expected at least \$0\.05/)
    ])
  })

  it('offering-arithmetic: the debt is the count × the deemed price', async () => {
    expect(await found('offering-arithmetic', release('$184,000', '2,300,000', '$0.08'))).toEqual([])
    expect(await found('offering-arithmetic', release('$194,000', '2,300,000', '$0.08'))).toEqual([
      expect.stringMatching(/error Unexpected debt settled that does not agree with the count and/)
    ])
  })
})
