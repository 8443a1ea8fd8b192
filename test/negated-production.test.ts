/**
 * "Ore" is a word for a mine at work (CSA Staff Notice 43-309): a release that states no mineral reserves may use
 * it where the paragraph speaks of mining or production. A production word the paragraph negates ("none of the
 * properties is in production", "has not made a production decision") says the opposite: it does not excuse the word.
 * Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const release = (sentence: string) =>
  'TORONTO, Ontario, December 3, 2026 – Brantwood Royalties Corp. (TSX: BRW) (the "Company") announces the sale ' +
  `of three non-core royalties for $9 million. ${sentence}\n`

const terms = async (text: string) =>
  (await lintWith('mining-terminology', text)).messages.map((message) => message.reason)

describe('a negated production word', () => {
  it.each([
    'None of the properties is in production, although one covers a known ore body.',
    'The Company has not made a production decision, and the ore body remains open at depth.',
    'No mining has been done on the property, where the ore body crops out.'
  ])('does not excuse "ore": %s', async (sentence) => {
    expect(await terms(release(sentence))).toEqual([expect.stringContaining('“ore body”')])
  })

  it.each([
    'The operator mined 1.2 million tonnes of ore from the pit in 2026.',
    'Ore from the underground mine is processed at the Company’s mill.'
  ])('a paragraph of mining at work still allows "ore": %s', async (sentence) => {
    expect(await terms(release(sentence))).toEqual([])
  })
})
