/**
 * A grant of share units that says how they settle ("the RSUs vest one year from the date of grant and will be
 * settled in common shares on a one-for-one basis"): the units' terms as the plan fixes them, not a plan of the
 * issuer, so no forward-looking caution is owed for it (NI 51-102 s.4A.3). A debt "will be settled" in shares is
 * still a transaction to come. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const DATELINE =
  'THUNDER BAY, ON, January 12, 2027 – Wolverton Nickel Corp. (TSXV: WNC) (the "Company") has granted 350,000 ' +
  'restricted share units ("RSUs") to its officers under its equity incentive plan. '

describe('forward-looking-caution: share units settled as their grant fixes it', () => {
  it.each([
    'The RSUs vest one year from the date of grant and will be settled in common shares on a one-for-one basis.',
    'Each RSU will be settled for one common share when it vests.',
    'The restricted share units granted today will be settled through the issuance of common shares from treasury.'
  ])('no caution owed: %s', async (terms) => {
    expect(await found(DATELINE + terms)).toEqual([])
  })

  it('a debt to be settled in shares is still a plan of the issuer', async () => {
    const text =
      DATELINE + 'The RSUs vest in one year. Separately, accrued fees of $40,000 will be settled by issuing shares.'
    expect(await found(text)).toEqual([expect.stringMatching(/Missing forward-looking information caution/)])
  })
})
