/**
 * QA round lawyer10: a stream's sale closed states the price the streamer pays for each ounce delivered ("Northpoint
 * will pay the Company 20% of the spot silver price for each ounce delivered"). That is the agreement's term, as a
 * retained royalty or a service fee is, not the issuer's plan; it was read as strong forward-looking information and
 * a release about a completed sale was asked for a full caution as an error (NI 51-102 s.4A.3). What the issuer will
 * do with the deposit is still a plan. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (terms: string) =>
  [
    'Larchmont Gold Closes Sale of Silver Stream',
    '',
    'TORONTO, Dec. 7, 2026 /CNW/ - Larchmont Gold Inc. (TSX: LMG) (the "Company") announces that it has closed the ' +
      'sale to Kestrel Streaming Corp. ("Kestrel") of a stream on 50% of the payable silver from its Orrin mine for an ' +
      `upfront deposit of US$30,000,000, received on December 4, 2026. ${terms}`
  ].join('\n')

const CAUTION = /error.*Missing forward-looking information caution/

describe("forward-looking-caution: a stream's price per ounce delivered is its term", () => {
  it.each([
    'Under the stream agreement, Kestrel will pay the Company 20% of the spot silver price for each ounce delivered.',
    'Kestrel will pay US$4.50 per ounce of silver delivered.',
    'The Company will receive 22% of the spot price for each ounce delivered.'
  ])('no caution owed: %s', async (terms) => {
    expect(await found(release(terms))).not.toEqual(expect.arrayContaining([expect.stringMatching(CAUTION)]))
  })

  it('what the issuer will do with the deposit is still a plan', async () => {
    const text = release('The Company will use the deposit to repay its credit facility.')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(CAUTION)]))
  })
})
