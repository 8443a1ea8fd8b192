/**
 * QA round real40: a producer's dividend declaration says how the tax applies to it ("Shareholders who are
 * non-residents of Canada will have Canadian withholding tax deducted from their dividends", "tax will be withheld at
 * the treaty rate"): a consequence the statute fixes, as the payment and record dates are terms of the declared
 * dividend, not forward-looking information owing a caution (NI 51-102 s.4A.3). Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  [
    'Harrowgate Gold Declares Quarterly Dividend',
    '',
    'TORONTO, Nov. 4, 2026 /CNW/ - Harrowgate Gold Corp. (TSX: HGC) ("Harrowgate") announces that its Board of ' +
      'Directors has declared a quarterly cash dividend of US$0.04 per common share, payable on December 15, 2026 to ' +
      'shareholders of record at the close of business on December 1, 2026.',
    '',
    `The dividend is an "eligible dividend" for Canadian income tax purposes. ${sentence}`
  ].join('\n')

describe("forward-looking-caution: a dividend's withholding tax is no forecast", () => {
  it.each([
    'Shareholders who are non-residents of Canada will have Canadian withholding tax deducted from their dividends.',
    'For non-resident shareholders, Canadian withholding tax will be withheld at the applicable treaty rate.'
  ])('no caution owed: %s', async (sentence) => {
    expect(await found(release(sentence))).toEqual([])
  })

  it('a plan beside it still owes one', async () => {
    const messages = await found(release('The Board will consider an increase to the dividend in 2027.'))
    expect(messages).toEqual([expect.stringContaining('error Missing forward-looking information caution')])
  })
})
