/**
 * A release that lists its offering's terms a line each, a term's name, a colon and its value ("Number of Units:
 * 9,000,000", "Price per Unit: $0.10", "Hold Period Expiry: April 3, 2027"), as an Exchange bulletin sets them out and
 * releases copy. The lines have no stop between them: read as one sentence, a warrant's "24 months" ran into the hold
 * period's line after it (a false error), and the count, price and proceeds were no lot. Each line is a term of its
 * own; a term sheet's "Closing Date" and "Hold Period Expiry", after a colon or in a row's cell, are the closing's
 * date and the hold's expiry. Issuers and figures invented.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const release = (terms: string[], joiner = '\n') =>
  [
    'Lorne Creek Closes Private Placement',
    '',
    'VANCOUVER, British Columbia--(Newsfile Corp. - December 2, 2026) - Lorne Creek Gold Corp. (TSXV: LCG) (the ' +
      '"Company") has closed its non-brokered private placement on the following terms:',
    '',
    terms.join(joiner),
    '',
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
      'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  ].join('\n')

const terms = (proceeds = '$900,000', closing = 'December 2, 2026', expiry = 'April 3, 2027') => [
  `Closing Date: ${closing}`,
  'Number of Units: 9,000,000',
  'Price per Unit: $0.10',
  `Gross Proceeds: ${proceeds}`,
  'Warrant Exercise Price: $0.15 for 24 months',
  `Hold Period Expiry: ${expiry}`
]

describe('hold-period: a list of terms a line each', () => {
  it('the warrants’ term is not the hold’s period: nothing to report', async () => {
    expect(await found('hold-period', release(terms()))).toEqual([])
  })

  it('the expiry is checked against the closing date the list states', async () => {
    expect(await found('hold-period', release(terms('$900,000', 'December 1, 2026', 'April 1, 2027')))).toEqual([
      expect.stringMatching(/error Unexpected hold expiry date, expected April 2, 2027/)
    ])
    expect(await found('hold-period', release(terms('$900,000', 'December 1, 2026', 'April 2, 2027')))).toEqual([])
  })

  it('so are a term sheet’s rows: "Closing date | …", "Hold period expiry | …"', async () => {
    const rows = terms('$900,000', 'December 1, 2026', 'April 1, 2027').map((line) => line.replace(': ', ' | '))
    expect(await found('hold-period', release(rows))).toEqual([
      expect.stringMatching(/error Unexpected hold expiry date, expected April 2, 2027/)
    ])
  })

  it('a paragraph of prose whose sentences hold colons is no list of terms', async () => {
    const prose = [
      'The placement was completed as follows: the Company issued 9,000,000 units at $0.10 for gross proceeds of $900,000.',
      'Hold period: the securities are subject to a hold period of four months and one day.',
      'Note: the warrants are exercisable for 24 months.'
    ]
    expect(await found('hold-period', release(prose, ' '))).toEqual([])
  })
})

describe('offering-arithmetic: a list of terms a line each', () => {
  it('its count, price and proceeds are a lot: they agree', async () => {
    expect(await found('offering-arithmetic', release(terms()))).toEqual([])
  })

  it('they disagree: the proceeds are reported', async () => {
    expect(await found('offering-arithmetic', release(terms('$990,000')))).toEqual([
      expect.stringMatching(
        /error Unexpected proceeds that do not agree with the count and the price: expected \$900,000/
      )
    ])
  })
})

describe('offering-arithmetic: a list of terms that prices two classes', () => {
  it('a price for each class and one count: no lot is made of them', async () => {
    const lines = [
      'Number of Units: 10,000,000',
      'Price per FT Unit: $0.15',
      'Price per HD Unit: $0.12',
      'Gross Proceeds: $1,380,000',
      'Hold Period Expiry: April 3, 2027'
    ]
    expect(await found('offering-arithmetic', release(lines))).toEqual([])
  })
})

describe('facts set out a line each that are no offering’s terms are read together', () => {
  it('qp-statement: a QP’s name, relationship and role a line each is one statement', async () => {
    const text = [
      'Oxcombe Gold Intersects 6.1 g/t Gold over 4.0 Metres',
      '',
      'VANCOUVER, British Columbia--(Newsfile Corp. - November 24, 2026) - Oxcombe Gold Corp. (TSXV: OXG) (the ' +
        '"Company") reports assays from hole OX-26-03 at its Pine Ridge project: 6.1 g/t gold over 4.0 metres from ' +
        '88.0 metres. True widths are estimated at 85% of core length.',
      '',
      'Qualified Person: Ellen Park, P.Geo.',
      'Relationship: Vice President Exploration of the Company',
      'Role: reviewed and approved the technical information in this news release as a qualified person under NI ' +
        '43-101, and verified the data disclosed by reviewing assay certificates and QA/QC results'
    ].join('\n')
    expect(await found('qp-statement', text)).toEqual([])
  })
})
