/**
 * The terms of an instrument stated in the future tense are not forward-looking information (NI 51-102 s.1.1): a
 * warrant acceleration's new expiry ("the warrants will now expire on …", "warrants not exercised by then will be
 * cancelled"), an option's lapse. An adverb of time between "will" and the term ("now", "thereafter") does not make it
 * a plan; the issuer's own plan beside it still needs the caution. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const LEAD =
  'TORONTO, Ontario, April 8, 2027 -- Ostrander Copper Corp. (TSXV: OSC) (the "Company") is accelerating the ' +
  'expiry date of 5,000,000 share purchase warrants issued on June 14, 2026, as their terms allow once the shares ' +
  'close at $0.40 or more for ten consecutive trading days.'

describe('forward-looking-caution: the terms of a warrant acceleration', () => {
  it.each([
    'The warrants will now expire at 5:00 p.m. (Toronto time) on May 10, 2027.',
    'Any warrants not exercised by May 10, 2027 will be cancelled.',
    'The warrants will thereafter expire on May 10, 2027, and unexercised warrants will be void.',
    'Options held by a departing director will lapse ninety days after the director leaves the board.',
    'Any warrants not exercised by the new expiry date will be forfeited.'
  ])('no finding: %s', async (sentence) => {
    expect(await found(`${LEAD}\n\n${sentence}`)).toEqual([])
  })

  it('the issuer’s plan beside the terms still needs the caution', async () => {
    const file = await lintWith(
      'forward-looking-caution',
      `${LEAD}\n\nThe warrants will now expire on May 10, 2027. The Company will use any proceeds of their exercise ` +
        'to fund drilling at its Ostrander project.\n'
    )
    expect(file.messages.map(format)).toEqual(['4:1: error Missing forward-looking information caution'])
    expect(file.messages[0].note).toContain('(“will use”)')
  })

  it('no finding in French: « seront annulés »', async () => {
    const text =
      'MONTRÉAL, Québec, le 8 avril 2027 -- Cuivre Ostrander inc. (TSXV : OSC) (la « Société ») devance la date ' +
      "d'expiration de 5 000 000 de bons de souscription émis le 14 juin 2026, comme leurs modalités le permettent.\n\n" +
      'Les bons de souscription non exercés au 10 mai 2027 seront annulés.'
    expect(await found(text)).toEqual([])
  })
})
