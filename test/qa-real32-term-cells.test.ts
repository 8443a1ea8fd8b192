/**
 * A term sheet copied from a web page's table without its separators: each cell on a line of its own, a term's name
 * and then its value ("Number of Units", "9,000,000", "Price per Unit", "$0.10", "Gross Proceeds", "$990,000"). Read
 * as one run of words, it made no lot, so a misstated total went unreported. A paragraph of three pairs or more, and
 * no other line, is a term sheet whose rows are the pairs. Issuers and figures invented.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const release = (cells: string[]) =>
  [
    'Sandridge Gold Closes Private Placement',
    '',
    'VANCOUVER, British Columbia--(Newsfile Corp. - December 2, 2026) - Sandridge Gold Corp. (TSXV: SDG) (the ' +
      '"Company") has closed its non-brokered private placement. Summary of terms:',
    '',
    cells.join('\n'),
    '',
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
      'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  ].join('\n')

const cells = (proceeds: string, price = '$0.10') => [
  'Number of Units',
  '9,000,000',
  'Price per Unit',
  price,
  'Gross Proceeds',
  proceeds,
  'Hold Period Expiry',
  'April 3, 2027'
]

describe('a term sheet copied a cell a line', () => {
  it('offering-arithmetic: agreeing terms, nothing; a misstated total, reported on it', async () => {
    expect(await found('offering-arithmetic', release(cells('$900,000')))).toEqual([])
    expect(await found('offering-arithmetic', release(cells('$990,000')))).toEqual([
      expect.stringMatching(/^10:1-10:9: error Unexpected proceeds that do not agree with the count and the price/)
    ])
  })

  it('tsxv-pricing: a unit priced below $0.05', async () => {
    expect(await found('tsxv-pricing', release(cells('$360,000', '$0.04')))).toEqual([
      expect.stringMatching(/error Unexpected price of \$0\.04 per unit, expected at least \$0\.05/)
    ])
  })

  it('lines of an odd count, or a name line with digits, are no term sheet', async () => {
    expect(await found('offering-arithmetic', release(cells('$990,000').slice(0, 7)))).toEqual([])
  })
})
