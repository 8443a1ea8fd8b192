/**
 * An issuer also listed on the ASX issues CHESS Depositary Interests (CDIs) in its placements, and dates their issue
 * in a sentence of its own ("The CDIs were issued on 9 September 2026"): that is the distribution date a Canadian
 * hold's expiry is counted from (NI 45-102 s.2.5), as it is for shares or units. The issuers and properties are
 * invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('hold-period', text + '\n')).messages.map(format)

const completion = (expiry: string) =>
  [
    'NOT FOR RELEASE TO US WIRE SERVICES OR DISTRIBUTION IN THE UNITED STATES',
    '',
    '# Waratah Minerals Completes Placement',
    '',
    'PERTH, Western Australia – 21 September 2026 – Waratah Minerals Ltd (ASX: WRM) (TSXV: WRM) has completed the ' +
      'placement of 30,000,000 new CDIs at A$0.25 per CDI announced on 2 September 2026, raising A$7,500,000 before ' +
      `costs. The CDIs were issued on 9 September 2026. CDIs issued to Canadian purchasers are subject to a hold ` +
      `period under Canadian securities laws expiring on ${expiry}.`
  ].join('\n')

describe('hold-period: the issue date of CDIs is the distribution date', () => {
  it('an expiry counted from the CDIs’ issue date is right', async () => {
    expect(await found(completion('10 January 2027'))).toEqual([])
  })

  it('an expiry a day early is reported against the issue date', async () => {
    const messages = await found(completion('9 January 2027'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Unexpected hold expiry date, expected 10 January 2027')
  })
})
