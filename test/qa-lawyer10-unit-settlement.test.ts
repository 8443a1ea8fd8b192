/**
 * QA round lawyer10: a director's appointment with a grant of deferred share units says when the units are settled
 * ("The DSUs vest on the first anniversary of the grant and will be settled on her leaving the board"). That is the
 * unit's term as its plan fixes it, as "will be settled in common shares on a one-for-one basis" is, not the issuer's
 * plan; it was read as strong forward-looking information and the release, which has no other, was asked for a full
 * caution as an error (NI 51-102 s.4A.3). A debt settled on closing is still a transaction to come. Invented issuer,
 * our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (settlement: string) =>
  [
    'Pellucid Nickel Announces Board Appointment',
    '',
    'TORONTO, Dec. 7, 2026 /CNW/ - Pellucid Nickel Corp. (Cboe Canada: PNK) (the "Company") announces the appointment ' +
      'of Ingrid Sato to its board of directors, effective December 4, 2026.',
    '',
    `In connection with her appointment, the Company granted Ms. Sato 120,000 deferred share units. ${settlement}`
  ].join('\n')

const CAUTION = /error.*Missing forward-looking information caution/

describe("forward-looking-caution: a share unit's settlement on the holder's leaving is its term", () => {
  it.each([
    'The deferred share units vest on the first anniversary of the grant and will be settled on her leaving the board.',
    'The DSUs will be redeemed upon the holder ceasing to be a director of the Company.',
    'The RSUs vest in equal halves over two years and will be settled following each vesting date.'
  ])('no caution owed: %s', async (settlement) => {
    expect(await found(release(settlement))).not.toEqual(expect.arrayContaining([expect.stringMatching(CAUTION)]))
  })

  it('a debt settled on closing is still a transaction to come', async () => {
    const text = release('Fees of $40,000 owed to Ms. Sato will be settled on closing by the issue of shares.')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(CAUTION)]))
  })
})
