/**
 * A release that lists its offering's key terms as a bulleted list, a term an item ("- Price per Unit: $0.04", "-
 * Gross proceeds: $990,000"): each item is a paragraph of its own, so the count, price and proceeds were no lot and
 * neither the $0.05 floor nor the arithmetic was checked. Three items or more of a term's name, a colon and its value
 * in a row are a term sheet, as the same terms set in a table are. Issuers and figures invented.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const release = (items: string[]) =>
  [
    'Galloway Gold Closes Private Placement',
    '',
    'VANCOUVER, British Columbia--(Newsfile Corp. - December 2, 2026) - Galloway Gold Corp. (TSXV: GWG) (the ' +
      '"Company") has closed its non-brokered private placement. The principal terms are:',
    '',
    ...items.map((item) => `- ${item}`),
    '',
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
      'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  ].join('\n')

const items = (count: string, price: string, proceeds: string) => [
  `Number of Units: ${count}`,
  `Price per Unit: ${price}`,
  `Gross proceeds: ${proceeds}`,
  'Warrants: one per Unit, exercisable at $0.15 for 24 months',
  'Hold period: expiring April 3, 2027'
]

describe('a bulleted list of the offering’s terms', () => {
  it('offering-arithmetic: count, price and proceeds that agree, nothing; that disagree, the proceeds', async () => {
    expect(await found('offering-arithmetic', release(items('9,000,000', '$0.10', '$900,000')))).toEqual([])
    expect(await found('offering-arithmetic', release(items('9,000,000', '$0.10', '$990,000')))).toEqual([
      expect.stringMatching(
        /error Unexpected proceeds that do not agree with the count and the price: expected \$900,000/
      )
    ])
  })

  it('tsxv-pricing: a unit priced below $0.05 in the list', async () => {
    expect(await found('tsxv-pricing', release(items('20,000,000', '$0.04', '$800,000')))).toEqual([
      expect.stringMatching(/error Unexpected price of \$0\.04 per unit, expected at least \$0\.05/)
    ])
  })

  it('two items of terms are no sheet: nothing is read from them', async () => {
    const two = ['Number of Units: 9,000,000', 'Price per Unit: $0.10']
    const text = release(two).replace('The principal terms are:', 'Gross proceeds were $990,000. The terms are:')
    expect(await found('offering-arithmetic', text)).toEqual([])
  })
})
