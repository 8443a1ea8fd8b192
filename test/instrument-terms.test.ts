/**
 * The terms of an instrument stated in the future tense are not forward-looking information (NI 51-102 s.1.1): a
 * warrant acceleration's new expiry ("the warrants will now expire on …", "warrants not exercised by then will be
 * cancelled"), an option's lapse. An adverb of time between "will" and the term ("now", "thereafter") does not make it
 * a plan; the issuer's own plan beside it still needs the caution. So are the services a firm the issuer engages will
 * render (an investor relations firm, a market maker, an advisor: TSX-V Policy 3.4 has the engagement announced with
 * its terms); what the issuer, its proceeds or its people will do is still a plan. Invented issuers, our own words.
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

const ENGAGED =
  'VANCOUVER, British Columbia, August 2, 2027 -- Pellow Nickel Corp. (TSXV: PNC) (the "Company") has engaged ' +
  'Harbourfront Capital Partners Inc. ("Harbourfront") to provide investor relations services for six months, subject ' +
  'to the acceptance of the TSX Venture Exchange.'

describe('forward-looking-caution: the services of a firm the issuer engages', () => {
  it.each([
    'Harbourfront will help the Company communicate with shareholders and the investment community.',
    'Harbourfront will provide investor relations and digital marketing services.',
    'Harbourfront will advise the Company on financing alternatives and will assist with introductions to investors.',
    'Harbourfront will trade shares of the Company on the Exchange to maintain a reasonable market and improve liquidity.',
    'The capital and securities required for any trade by Harbourfront as principal will be provided by Harbourfront.',
    'Harbourfront will be paid a monthly fee of seven thousand five hundred dollars.'
  ])('no finding: %s', async (sentence) => {
    expect(await found(`${ENGAGED}\n\n${sentence}`)).toEqual([])
  })

  it.each([
    ['The proceeds of the placement will help the Company advance its Birch project.', '“will help”'],
    ['The Company will provide geological services to its joint venture partner next year.', '“will provide”'],
    ['Management will assist with the drilling program planned for the spring.', '“will assist”']
  ])('still a plan: %s', async (sentence, quoted) => {
    const file = await lintWith('forward-looking-caution', `${ENGAGED}\n\n${sentence}\n`)
    expect(file.messages.map(format)).toEqual(['4:1: error Missing forward-looking information caution'])
    expect(file.messages[0].note).toContain(quoted)
  })
})

describe('forward-looking-caution: a declared dividend’s payment', () => {
  const DECLARED =
    'TORONTO, Ontario, February 20, 2027 -- Whitlock Gold Corp. (TSX: WGC) (the "Company") announces that its board ' +
    'has declared a quarterly dividend of US$0.04 per common share.'

  it('no finding: its payment and record dates', async () => {
    const text = `${DECLARED} The dividend will be paid on April 15, 2027 to shareholders of record on March 31, 2027.`
    expect(await found(text)).toEqual([])
  })

  it('a dividend the Company intends to pay later is a plan', async () => {
    const file = await lintWith(
      'forward-looking-caution',
      `${DECLARED}\n\nThe Company will pay a special dividend next year if gold prices hold.\n`
    )
    expect(file.messages.map(format)).toEqual(['4:1: error Missing forward-looking information caution'])
  })
})

describe('forward-looking-caution: what a completed transaction leaves the issuer holding', () => {
  const COMPLETED =
    'SUDBURY, Ontario, October 12, 2027 -- Tarrow Gold Inc. (CSE: TGI) (the "Company") has completed the acquisition ' +
    'of the Lynx claims from a private vendor.'

  it.each([
    'With the acquisition, the Company will now hold a 100% interest in 48 contiguous claims.',
    'The Company will now own 100% of the Lynx project.'
  ])('no finding: %s', async (sentence) => {
    expect(await found(`${COMPLETED}\n\n${sentence}`)).toEqual([])
  })

  it('a holding still to come is a plan', async () => {
    const file = await lintWith(
      'forward-looking-caution',
      `${COMPLETED}\n\nOn completing the second option, the Company will hold a 100% interest in the Marten claims.\n`
    )
    expect(file.messages.map(format)).toEqual(['4:1: error Missing forward-looking information caution'])
  })
})

describe('forward-looking-caution: a French engagement’s fee', () => {
  const RETAINED =
    'MONTRÉAL, Québec, le 2 août 2027 -- Nickel Pellow inc. (TSXV : PNC) (la « Société ») a retenu les services de ' +
    'Conseils Rivebelle inc. (« Rivebelle ») pour des services de relations avec les investisseurs.'

  it('no finding: « la Société versera à Rivebelle des honoraires mensuels »', async () => {
    const text = `${RETAINED}\n\nLa Société versera à Rivebelle des honoraires mensuels de 7 500 $ pendant six mois.`
    expect(await found(text)).toEqual([])
  })

  it('a dividend the Company will pay is still a plan', async () => {
    const text = `${RETAINED}\n\nLa Société versera un dividende spécial l'an prochain si le prix du nickel se maintient.`
    const file = await lintWith('forward-looking-caution', text + '\n')
    expect(file.messages.map(format)).toEqual(['4:1: error Il manque la mise en garde sur l’information prospective'])
  })
})

describe('forward-looking-caution: a director’s term of office, shares issued from treasury at a price', () => {
  const MEETING =
    'VANCOUVER, British Columbia, June 22, 2027 -- Quoddy Resources Ltd. (TSXV: QDY) (the "Company") announces the ' +
    'results of its annual general meeting held on June 21, 2027.'

  it.each([
    'The directors elected will hold office until the next annual meeting of shareholders.',
    'The shares will be issued from treasury at a deemed price of $0.15 per share.'
  ])('no finding: %s', async (sentence) => {
    expect(await found(`${MEETING}\n\n${sentence}`)).toEqual([])
  })
})
