/**
 * An option whose securities the release names by their defined term ("an additional 1,200,000 Charity FT Shares at
 * the offering price") after describing the offering's own ("8,000,000 common shares of the Company that will qualify
 * as flow-through shares … (the "Charity FT Shares") at a price of $0.25"): the option sells them at the offering's
 * price, so what it adds is known, and a fee of the gross proceeds or the total with the option exercised is checked.
 * Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const DEAL =
  'CALGARY, Alberta, March 3, 2027 – Tillbrook Gold Corp. (TSXV: TBG) (the "Company") has engaged Harrow Lane ' +
  'Securities Inc. (the "Agent") to sell, on a best-efforts basis, up to 8,000,000 common shares of the Company ' +
  'that will qualify as "flow-through shares" under the Income Tax Act (Canada), to be sold to charitable ' +
  'purchasers (the "Charity FT Shares"), at a price of $0.25 per Charity FT Share for gross proceeds of up to ' +
  '$2,000,000. The Company has granted the Agent an option to sell up to an additional 1,200,000 Charity FT Shares ' +
  'at the offering price. '

const fee = (amount: string) =>
  `The Agent will receive a cash commission equal to 6% of the gross proceeds of the offering (${amount}).`

describe('offering-arithmetic: an option sold at the offering price, its securities named by their defined term', () => {
  it('an error on a fee that agrees with neither the offering nor the offering with the option', async () => {
    const messages = await found(DEAL + fee('$150,000'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/Unexpected fee for the stated 6%: expected \$120,000/)
  })

  it.each(['$120,000', '$138,000', '$130,000'])(
    'no error on a fee from the offering to the option in full (%s)',
    async (a) => {
      expect(await found(DEAL + fee(a))).toEqual([])
    }
  )

  it('the total with the option exercised in full is checked', async () => {
    const wrong = await found(DEAL + 'If the option is exercised in full, the gross proceeds will be $2,400,000.')
    expect(wrong).toHaveLength(1)
    expect(wrong[0]).toMatch(/Unexpected total for the option exercised in full/)
    expect(wrong[0]).toContain('$2,300,000')
    expect(await found(DEAL + 'If the option is exercised in full, the gross proceeds will be $2,300,000.')).toEqual([])
  })

  it('an option priced otherwise than at the offering price adds nothing known', async () => {
    const other = DEAL.replace('at the offering price', 'on terms to be agreed')
    expect(await found(other + fee('$150,000'))).toEqual([])
  })
})
