/**
 * Releases of CSE- and Cboe Canada-listed issuers as they reach readers, copies included: a mining news site's
 * rewrite tags the issuer in square brackets ("[ABC-CSE]"). The issuers, people and properties are invented, in our
 * own words; each case reproduces the shape of a release the document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const story = (tag: string) =>
  `Pelletier Lake Uranium Corp. ${tag} (the "Company") is pleased to announce that it has started a 40-hole ` +
  'program at its Corbeau project in northern Saskatchewan.\n\nThe Company will report results as it receives them.'

describe('exchange-disclaimer: a news site’s ticker tags in square brackets state the issuer’s listing', () => {
  it.each(['[CSE-PLU; OTCQB-PLUUF]', '[PLU-CSE, PLUUF-OTC, 4PL-FRA]', '[PLU-NEO Exchange]', '[Cboe CA-PLU]'])(
    'no TSX-V disclaimer owed: %s',
    async (tag) => {
      expect(await messages('exchange-disclaimer', story(tag))).toEqual([])
    }
  )

  it.each(['[TSXV-PLU; OTCQB-PLUUF]', '[PLU-TSXV, PLUUF-OTCQB]'])('a TSX-V tag still owes it: %s', async (tag) => {
    const found = await messages('exchange-disclaimer', story(tag))
    expect(found.some((m) => m.includes('Missing TSX Venture Exchange disclaimer'))).toBe(true)
  })

  it('a bracket that is not all tags states nothing ([see CSE-PLU filings])', async () => {
    const found = await messages('exchange-disclaimer', story('[see CSE-PLU filings]'))
    expect(found.some((m) => m.includes('Missing TSX Venture Exchange disclaimer'))).toBe(true)
  })
})

describe('unfilled-placeholder: a ticker tag in square brackets is filled in', () => {
  it.each(['[PLU-NEO Exchange]', '[CSE-PLU; OTCQB-PLUUF]'])('no finding: %s', async (tag) => {
    expect(await messages('unfilled-placeholder', story(tag))).toEqual([])
  })

  it.each(['[Exchange]', '[Stock Exchange]', '[name of exchange]'])('still a blank: %s', async (tag) => {
    expect(await messages('unfilled-placeholder', story(tag))).toHaveLength(1)
  })
})
