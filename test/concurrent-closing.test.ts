/**
 * A placement closed "concurrently" with an event the paragraph before dates (a qualifying transaction's or an
 * acquisition's completion): its distribution date is that event's, not the release's, and its hold expiry is counted
 * from it (NI 45-102 s.2.5). Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintPreset} from './helpers.js'

const hold = async (text: string) =>
  (await lintPreset(text)).messages.filter((message) => message.ruleId === 'hold-period').map((m) => m.message)

const release = (expiry: string) =>
  [
    'CALGARY, Alberta – December 14, 2026 – Tollgate Nickel Corp. (TSXV: TGN) (the "Resulting Issuer") announces the ' +
      'completion on December 2, 2026 of its qualifying transaction with Tollgate Nickel Inc. The Resulting Issuer ' +
      'issued 18,000,000 common shares at a deemed price of $0.20 per share to the former shareholders of Tollgate ' +
      'Nickel Inc.',
    'Concurrently, the Resulting Issuer closed a non-brokered private placement of 5,000,000 units at a price of $0.20 ' +
      'per unit for gross proceeds of $1,000,000. The securities issued under the placement are subject to a hold ' +
      `period expiring on ${expiry}.`
  ].join('\n\n') + '\n'

describe('a placement closed concurrently with an event dated the paragraph before', () => {
  it("takes the event's date as its distribution date", async () => {
    expect(await hold(release('April 3, 2027'))).toEqual([])
  })

  it('an expiry counted from the release date is wrong, and the fix counts from the event', async () => {
    const found = await hold(release('April 15, 2027'))
    expect(found.join('\n')).toMatch(/April 3, 2027/)
  })
})
