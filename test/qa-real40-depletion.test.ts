/**
 * QA round real40: a producer's year-end reserve update reconciles its reserves with the year's mining ("Reserves
 * decreased by 4% due to mining depletion of 17.9 Mt"): the depletion is what was mined out, not an estimate owing a
 * CIM category (NI 43-101 s.2.2(a)). A reserve stated net of depletion is still an estimate. Invented issuer, our own
 * wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  [
    'Tamarack Copper Ltd. ("Tamarack" or the "Company") (TSX: TCU) reports Mineral Reserves for the Pinecrest mine ' +
      'as at December 31, 2025: Proven and Probable Mineral Reserves of 429.8 Mt grading 0.35% Cu, estimated at a ' +
      'net smelter return cut-off of US$7.20 per tonne and a copper price of US$3.75/lb.',
    '',
    sentence
  ].join('\n')

const CATEGORY = /Missing CIM category/

describe("mineral-resource: the depletion of a year's mining is no estimate", () => {
  it.each([
    'Reserves decreased by 4% from year-end 2024 due to mining depletion of 17.9 Mt, partly offset by a larger pit.',
    'The change reflects depletion totalling 18.2 million tonnes in 2025.'
  ])('no category owed: %s', async (sentence) => {
    expect(await found(release(sentence))).not.toEqual(expect.arrayContaining([expect.stringMatching(CATEGORY)]))
  })

  it('reserves stated net of depletion still owe their category', async () => {
    const text = release('Net of depletion, the reserves at the Pinecrest North pit total 38.0 Mt grading 0.31% Cu.')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(CATEGORY)]))
  })
})
