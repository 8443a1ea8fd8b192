/**
 * An over-allotment option's total stated as the offering's gross proceeds, with no "total" or "aggregate" ("If the
 * option is exercised in full, the gross proceeds of the Offering will be $46,000,000"): the total is the offering's
 * with the option's, and checked. The option's own proceeds ("the additional gross proceeds", "the gross proceeds from
 * the option") are not a total. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const DEAL =
  'TORONTO, ON, February 8, 2027 – Corbel Harbour Gold Ltd. (TSX: CHG) (the "Company") has agreed with a syndicate ' +
  'of underwriters to sell, on a bought deal basis, 8,000,000 subscription receipts at $2.50 per subscription ' +
  'receipt for gross proceeds of $20,000,000. The Company has granted the underwriters an option, exercisable up to ' +
  '30 days after closing, to purchase up to an additional 1,200,000 subscription receipts at the offering price. '

describe('offering-arithmetic: the option exercised in full, its total as "the gross proceeds … will be"', () => {
  it.each([
    'If the option is exercised in full, the gross proceeds of the offering will be $22,000,000.',
    'If the over-allotment option is exercised in full, gross proceeds to the Company would be $22,000,000.'
  ])('an error on a total that is not the offering with the option (%#)', async (total) => {
    const messages = await found(DEAL + total)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/Unexpected total for the option exercised in full/)
    expect(messages[0]).toContain('$23,000,000')
  })

  it('no error on the right total', async () => {
    expect(await found(DEAL + 'If the option is exercised in full, the gross proceeds will be $23,000,000.')).toEqual(
      []
    )
  })

  it.each([
    'If the option is exercised in full, the additional gross proceeds will be $3,000,000.',
    'If the option is exercised in full, the gross proceeds from the option will be $3,000,000.'
  ])('the option’s own proceeds are not a total (%#)', async (own) => {
    expect(await found(DEAL + own)).toEqual([])
  })
})
