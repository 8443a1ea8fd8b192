/**
 * QA round lawyer11: the total a bought deal states for its over-allotment option exercised in full was always read as
 * hedged (about 0.5% allowed), so a slip in a total written to the dollar ("$11,550,750" for $10,005,000 + $1,500,750)
 * passed. The total is now checked to the dollar where it and what it adds are written so (NI 51-102: a misstated
 * figure is a misrepresentation). Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const deal = (
  total: string,
  option = '1,725,000 Shares at the offering price, for additional gross proceeds of up to $1,500,750'
) =>
  [
    'Pinewood Flats Copper Announces $10 Million Bought Deal',
    '',
    'VANCOUVER, British Columbia, December 7, 2026 - Pinewood Flats Copper Corp. (TSXV: PFC) (the "Company") has ' +
      'agreed with a syndicate of underwriters (the "Underwriters") that they will buy, on a bought deal basis, ' +
      '11,500,000 common shares (the "Shares") at $0.87 per Share for gross proceeds of $10,005,000 (the "Offering").',
    '',
    'The Company has granted the Underwriters an option (the "Over-Allotment Option") to buy up to an additional ' +
      `${option}. If the Over-Allotment Option is exercised in full, ` +
      `aggregate gross proceeds will be ${total}.`
  ].join('\n')

const TOTAL = /error.*Unexpected total for the option exercised in full: expected \$11,505,750/

describe('offering-arithmetic: an option total written to the dollar', () => {
  it('a total that is not the offering and the option together, by $45,000', async () => {
    expect(await found(deal('$11,550,750'))).toEqual([expect.stringMatching(TOTAL)])
  })

  it('the right total passes', async () => {
    expect(await found(deal('$11,505,750'))).toEqual([])
  })

  it('a total stated approximately keeps the 0.5% allowed', async () => {
    expect(await found(deal('approximately $11,520,000'))).toEqual([])
  })

  it('a total written in millions keeps the precision it is written to', async () => {
    expect(await found(deal('$11.5 million'))).toEqual([])
  })

  it('an option counted by its percentage keeps the 0.5% allowed (its securities are rounded)', async () => {
    expect(await found(deal('$11,510,000', '15% of the Offering at the offering price'))).toEqual([])
  })
})
