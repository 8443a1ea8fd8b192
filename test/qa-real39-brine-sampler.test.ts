/**
 * A brine well is sampled at depth with a bailer, a double packer or a HydraSleeve, and the release may name the tool
 * rather than call them "brine samples" ("Bailed samples from eight depths averaged 497 mg/L lithium"): the tool states
 * the type of the samples (NI 43-101 s.3.3(2)(a)). A release that names none still owes it. The issuers, people and
 * properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (sampling: string) =>
  [
    '# Altiplano Sur Lithium Reports 497 mg/L Lithium from Well AS-01',
    '',
    'SALTA, Argentina, April 7, 2026 – Altiplano Sur Lithium Corp. (TSXV: ASL) reports results from its first well at ' +
      'the Laguna Seca project.',
    '',
    `AS-01 was drilled vertically to 402 metres and screened from 60 metres to the bottom. ${sampling} averaged 497 ` +
      'mg/L lithium. As the aquifer is flat-lying, the screened section represents its true thickness. The collar is at ' +
      '3,388,410 E and 7,312,920 N.',
    '',
    'Samples were analysed by ICP-OES at Alex Stewart International in Jujuy, an independent laboratory. Blind ' +
      'duplicates and a standard brine were inserted in each batch of ten samples.'
  ].join('\n')

describe('exploration-results: a brine well sampled by bailer, packer or HydraSleeve', () => {
  it.each([
    'Bailed samples from eight depths in the screened section',
    'Samples taken with a stainless-steel bailer at eight depths',
    'Samples isolated with a double packer at eight depths',
    'HydraSleeve samples from eight depths'
  ])('the sample type is stated: %s', async (sampling) => {
    expect(await found(release(sampling))).toEqual([])
  })

  it('no sampling tool named: the sample type is still missing', async () => {
    const messages = await found(release('Eight samples from the screened section'))
    expect(messages.some((m) => m.includes('error Missing type of samples'))).toBe(true)
  })
})
