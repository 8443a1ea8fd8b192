/**
 * A release that sets out its offering's terms in a table of two columns, the term's name and its value a row each
 * ("Units issued | 7,500,000", "Price per Unit | $0.20"), as a summary of the offering does. Each row states its own
 * term: the rows are not one run-on sentence (a unit's price read as the warrants' exercise price, the proceeds lost),
 * and the count, price and proceeds of the sheet are one lot, checked as the same terms in a sentence are. Issuers
 * and figures invented.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const release = (rows: string[], sep = ' | ') =>
  [
    'Oakvale Copper Closes Private Placement',
    '',
    'VANCOUVER, British Columbia--(Newsfile Corp. - December 2, 2026) - Oakvale Copper Corp. (TSXV: OKV) (the ' +
      '"Company") has closed its non-brokered private placement. Its terms are summarized below.',
    '',
    ...rows.map((row) => row.replace(/ \| /g, sep)),
    '',
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
      'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  ].join('\n')

const sheet = (count: string, price: string, proceeds: string, warrant = '$0.30') => [
  'Term | Detail',
  'Security | Units, each of one common share and one warrant',
  `Units issued | ${count}`,
  `Price per Unit | ${price}`,
  `Gross proceeds | ${proceeds}`,
  `Warrant exercise price | ${warrant}`,
  'Hold period expiry | April 3, 2027'
]

describe('offering-arithmetic: a term sheet’s count, price and proceeds', () => {
  it('agree: nothing to report (pipes or tabs)', async () => {
    expect(await found('offering-arithmetic', release(sheet('7,500,000', '$0.20', '$1,500,000')))).toEqual([])
    expect(await found('offering-arithmetic', release(sheet('7,500,000', '$0.20', '$1,500,000'), '\t'))).toEqual([])
  })

  it('disagree: the proceeds are reported, with the product', async () => {
    expect(await found('offering-arithmetic', release(sheet('7,500,000', '$0.20', '$1,600,000')))).toEqual([
      expect.stringMatching(
        /error Unexpected proceeds that do not agree with the count and the price: expected \$1,500,000/
      )
    ])
  })

  it('a count with its class and a hedge in the cell, a price per unit', async () => {
    const rows = sheet('Up to 20,000,000 Units', '$0.10 per Unit', 'Up to $2,200,000')
    expect(await found('offering-arithmetic', release(rows))).toEqual([
      expect.stringMatching(
        /error Unexpected proceeds that do not agree with the count and the price: expected \$2,000,000/
      )
    ])
  })

  it('a sheet of two classes pairs no price with a count by its rows: nothing read', async () => {
    const rows = [
      'Term | Detail',
      'FT Units issued | 4,000,000',
      'HD Units issued | 3,000,000',
      'Price | $0.15',
      'Gross proceeds | $1,000,000'
    ]
    expect(await found('offering-arithmetic', release(rows))).toEqual([])
  })
})

describe('tsxv-pricing: a term sheet’s unit price and warrant price', () => {
  it('a unit priced below $0.05 is the offering’s price, not the warrants’', async () => {
    expect(await found('tsxv-pricing', release(sheet('20,000,000', '$0.04 per Unit', '$800,000', '$0.05')))).toEqual([
      expect.stringMatching(/error Unexpected price of \$0\.04 per unit, expected at least \$0\.05/)
    ])
  })

  it('a warrant row of its own at $0.05 with units at $0.10: nothing to report', async () => {
    const rows = [
      ...sheet('6,000,000', '$0.10', '$600,000', '$0.15').slice(0, 5),
      'Warrant | Exercisable at $0.05 for 24 months'
    ]
    expect(await found('tsxv-pricing', release(rows))).toEqual([expect.stringMatching(/warning .*\$0\.05/)])
  })
})

describe('a term sheet’s rows that count other shares than the offering’s', () => {
  it('the shares outstanding after closing, a finder’s units: no lot of the offering', async () => {
    const rows = [
      'Term | Detail',
      'Shares outstanding after closing | 112,450,300',
      "Finder's units | 126,000",
      'Price per Unit | $0.10',
      'Gross proceeds | $640,000'
    ]
    expect(await found('offering-arithmetic', release(rows))).toEqual([])
  })
})
