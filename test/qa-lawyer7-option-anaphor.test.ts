/**
 * An underwriters' option granted in one sentence and its total stated in the next, the option named only by
 * "the option" ("If the option is exercised in full, aggregate gross proceeds will be …"): the total is the
 * offering's with the option's, and checked. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const DEAL =
  'TORONTO, ON, February 2, 2027 – Pellworth Mining Inc. (TSX: PWM) (the "Company") has agreed with a syndicate of ' +
  'underwriters to sell, on a bought deal basis, 20,000,000 common shares at $1.25 per share for gross proceeds of ' +
  '$25,000,000. The Company has granted the underwriters an option, exercisable up to 30 days after closing, to ' +
  'purchase up to an additional 3,000,000 shares at the offering price for additional gross proceeds of up to ' +
  '$3,750,000.'

describe('offering-arithmetic: "the option" exercised in full, named in an earlier sentence', () => {
  it('an error on a total that is not the offering with the option', async () => {
    const total = 'If the option is exercised in full, aggregate gross proceeds will be $28,500,000.'
    const messages = await found(`${DEAL} ${total}`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('$28,750,000')
  })

  it('no error on the right total', async () => {
    const total = 'If the option is exercised in full, aggregate gross proceeds will be $28,750,000.'
    expect(await found(`${DEAL} ${total}`)).toEqual([])
  })

  it('no option read from "the option" where no offering option was stated before', async () => {
    const text =
      'VANCOUVER, BC, March 3, 2027 – Teslin Crest Gold Corp. (TSXV: TCG) (the "Company") has closed its placement ' +
      'of 4,000,000 shares at $0.25 per share for gross proceeds of $1,000,000. If the option is exercised in full, ' +
      'the Company will hold a 100% interest in the Loon property, and aggregate payments will be $400,000.'
    expect(await found(text)).toEqual([])
  })
})
