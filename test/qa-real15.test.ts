/**
 * Technical releases of critical- and battery-mineral explorers and developers (lithium, uranium, rare earths,
 * graphite, copper), of the shapes real ones take: highlights that compare the issuer's hole with another listed
 * company's deposit before the lead names the issuer, a resource given in a highlight by its category alone. The
 * issuers, people and properties are invented, in our own words; each case reproduces the shape of a release the
 * document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('exchange-disclaimer: the issuer is the company tagged in the announcing sentence, not one its highlights compare it with', () => {
  const highlights =
    '# Tamarack Lithium Drills Thick Claystone at Pinyon Flat\n\n' +
    "- Hole PF-24-03 compares well with Bigger Lithium Corp.'s (TSXV: BLC) drill results at its Saltbush deposit."
  const lead = (verb: string) =>
    `Tamarack Lithium Inc. (CSE: TMK) ("Tamarack" or the "Company") ${verb} results from its Pinyon Flat ` +
    "project, where hole PF-24-03 compares with Bigger Lithium's (TSXV: BLC) previously reported holes."

  it.each(['is extremely pleased to report', 'is very pleased to announce', 'is excited to share'])(
    'no TSX-V disclaimer owed: %s',
    async (verb) => {
      expect(await messages('exchange-disclaimer', `${highlights}\n\n${lead(verb)}`)).toEqual([])
    }
  )

  it('a TSX-V issuer tagged in the announcing sentence still owes it', async () => {
    const text =
      `${highlights}\n\n` +
      'Tamarack Lithium Inc. (TSXV: TMK) ("Tamarack" or the "Company") is extremely pleased to report results ' +
      'from its Pinyon Flat project.'
    const found = await messages('exchange-disclaimer', text)
    expect(found.some((m) => m.includes('Missing TSX Venture Exchange disclaimer'))).toBe(true)
  })
})
