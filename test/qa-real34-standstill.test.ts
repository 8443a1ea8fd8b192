/**
 * A strategic shareholder's standstill, as releases announcing a major's stake state it: the covenant's cap or the
 * consent it needs is a term of a signed agreement, not the issuer's forecast (NI 51-102 s.4A.3).
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  'VANCOUVER, British Columbia, December 4, 2026 -- Tollgate Silver Corp. (TSXV: TGS) ("Tollgate" or the ' +
  '"Company") announces that Halden Mining Ltd. ("Halden") has bought 9,000,000 common shares of the Company from an ' +
  `existing shareholder in a private transaction. The Company issued no shares. ${sentence}`

describe('forward-looking-caution: a standstill covenant is a term of the agreement', () => {
  it.each([
    'Tollgate and Halden have signed a standstill agreement under which Halden will not increase its holding above ' +
      '19.9% for two years without the board’s consent.',
    'Under the standstill agreement, Halden will not acquire more than 14.9 per cent of the outstanding shares.',
    'Halden will not sell or transfer its shares for 18 months without the prior written consent of the Company.'
  ])('no error: %s', async (sentence) => {
    const found = await messages(release(sentence))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it.each([
    'The Company will not increase its spending on the project until the drill results are received.',
    'Halden will not acquire further shares, but it will fund a drill program on the Tollgate property next year.'
  ])('a plan stays one: %s', async (sentence) => {
    const found = await messages(release(sentence))
    expect(found.some((m) => m.includes('error') && m.includes('Missing forward-looking'))).toBe(true)
  })
})
