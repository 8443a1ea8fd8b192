/**
 * QA round lawyer10: a qualifying transaction (or an acquisition) closed with a concurrent private placement states
 * both the shares issued to the target's shareholders at a deemed price and the placement's units, then the finders'
 * fee as a percentage of the gross proceeds. The consideration shares counted as a second lot of the offering, so
 * what the fee is of could not be told and a wrong fee passed (TSX-V Policy 5.1; NI 51-102: a misstated figure is a
 * misrepresentation). Shares issued at a deemed price are not sold: the placement's lots are the offering. Invented
 * issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const release = (fee: string) =>
  [
    'Halberd Copper Completes Qualifying Transaction and Concurrent Financing',
    '',
    'TORONTO, Ontario - December 7, 2026 - Halberd Copper Corp. (TSXV: HBC) (the "Company") announces the completion ' +
      'of its Qualifying Transaction with Halberd Holdings Inc. The Company issued 20,000,000 common shares at a deemed ' +
      'price of $0.25 per share to the former shareholders of Halberd Holdings Inc.',
    '',
    'Concurrently, the Company closed a non-brokered private placement of 6,000,000 units at a price of $0.25 per unit ' +
      `for gross proceeds of $1,500,000. The Company paid finders' fees of ${fee} in cash, being 4% of the gross proceeds.`
  ].join('\n')

describe("offering-arithmetic: a placement's fee beside shares issued at a deemed price", () => {
  it('a fee that is not the percentage of the placement', async () => {
    expect(await found(release('$70,000'))).toEqual([expect.stringMatching(/error.*Unexpected fee for the stated 4%/)])
  })

  it('the right fee', async () => {
    expect(await found(release('$60,000'))).toEqual([])
  })
})
