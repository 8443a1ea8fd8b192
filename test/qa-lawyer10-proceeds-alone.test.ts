/**
 * QA round lawyer10: a closing release often states what the deal raised or settled in its opening sentence and the
 * securities in the next ("… has closed the settlement of $160,000 of debt … The Company issued 1,875,000 common
 * shares at a deemed price of $0.08 per share"). The amount had no lot, and the lot no amount, so a debt or gross
 * proceeds that do not agree with the count and the price passed (NI 51-102: a misstated figure is a
 * misrepresentation; TSX-V Policies 4.1 and 4.3). The amount is now the one lot's, when the release sells no other.
 * Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
  'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

const debt = (amount: string, insider = '') =>
  [
    'Wicklow Bay Minerals Closes Shares for Debt Settlement',
    '',
    'Kamloops, British Columbia, December 7, 2026 - Wicklow Bay Minerals Corp. (TSXV: WBM) (the "Company") announces ' +
      `that it has closed the settlement of ${amount} of debt owed to three creditors for services rendered. The ` +
      'Company issued an aggregate of 1,875,000 common shares at a deemed price of $0.08 per share on December 4, 2026.' +
      insider,
    '',
    'The shares are subject to a hold period expiring on April 5, 2027.',
    '',
    DISCLAIMER
  ].join('\n')

const placement = (proceeds: string, second = '') =>
  [
    'Wicklow Bay Minerals Closes Private Placement',
    '',
    'Kamloops, British Columbia, December 7, 2026 - Wicklow Bay Minerals Corp. (TSXV: WBM) (the "Company") announces ' +
      `that it has closed its non-brokered private placement for gross proceeds of ${proceeds}. The Company issued ` +
      '4,000,000 units at a price of $0.10 per unit.' +
      second,
    '',
    DISCLAIMER
  ].join('\n')

const DEBT = /error.*Unexpected debt settled that does not agree/
const PROCEEDS = /error.*Unexpected proceeds that do not agree/

describe('offering-arithmetic: an amount stated in the sentence before its one lot', () => {
  it('a debt settled that is not the count times the deemed price', async () => {
    expect(await found(debt('$160,000'))).toEqual([expect.stringMatching(DEBT)])
  })

  it('an insider part of the lot does not stop the check', async () => {
    const insider =
      ' Of these shares, 625,000 were issued to a director of the Company in settlement of $50,000 of fees.'
    expect(await found(debt('$160,000', insider))).toEqual([expect.stringMatching(DEBT)])
  })

  it('gross proceeds that are not the count times the price', async () => {
    expect(await found(placement('$450,000'))).toEqual([expect.stringMatching(PROCEEDS)])
  })

  it.each([
    ['an agreeing debt', debt('$150,000')],
    ['agreeing proceeds', placement('$400,000')],
    [
      'proceeds of two lots',
      placement('$700,000', ' It also issued 1,500,000 flow-through shares at $0.20 per share.')
    ],
    ['an option in the proceeds', placement('$460,000 if the over-allotment option is exercised in full')]
  ])('no finding: %s', async (_, text) => {
    expect(await found(text)).toEqual([])
  })
})
