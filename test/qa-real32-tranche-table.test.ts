/**
 * A final-tranche closing that sets out every tranche in a table, a row each: its closing date, its units, its
 * gross proceeds and the expiry of its securities' hold ("| Second | November 20, 2026 | 3,000,000 | $300,000 | March
 * 21, 2027 |"). Read as one run of cells, no row's dates or figures were paired: a hold expiry that is not its own
 * tranche's closing date + four months and a day, and proceeds that are not its units × their price, went
 * unreported. Each row now states its tranche's closing date, hold and lot; the price is the one the release
 * states for the units ("Each unit was sold at $0.10"). Issuers and figures invented.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const release = (second: {proceeds?: string; expiry?: string} = {}) =>
  [
    'Hambledon Gold Closes Final Tranche of Private Placement',
    '',
    'VANCOUVER, British Columbia--(Newsfile Corp. - December 4, 2026) - Hambledon Gold Corp. (TSXV: HDG) (the ' +
      '"Company") has closed the third and final tranche of its non-brokered private placement. The tranches closed ' +
      'as follows:',
    '',
    'Tranche | Closing date | Units | Gross proceeds | Hold period expiry',
    'First | November 6, 2026 | 4,000,000 | $400,000 | March 7, 2027',
    `Second | November 20, 2026 | 3,000,000 | ${second.proceeds ?? '$300,000'} | ${second.expiry ?? 'March 21, 2027'}`,
    'Third | December 4, 2026 | 2,000,000 | $200,000 | April 5, 2027',
    '',
    'Each unit was sold at $0.10 and consists of one share and one warrant exercisable at $0.15 for 24 months.',
    '',
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
      'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  ].join('\n')

describe('a table of tranches, a row each', () => {
  it('hold-period: each row’s expiry against its own closing date', async () => {
    expect(await found('hold-period', release())).toEqual([])
    expect(await found('hold-period', release({expiry: 'March 20, 2027'}))).toEqual([
      expect.stringMatching(/error Unexpected hold expiry date, expected March 21, 2027 \(November 20, 2026/)
    ])
  })

  it('offering-arithmetic: each row’s units × the units’ price are its proceeds', async () => {
    expect(await found('offering-arithmetic', release())).toEqual([])
    expect(await found('offering-arithmetic', release({proceeds: '$330,000'}))).toEqual([
      expect.stringMatching(
        /error Unexpected proceeds that do not agree with the count and the price: expected \$300,000/
      )
    ])
  })

  it('rows that name no tranche are not paired with a closing', async () => {
    const text = release({expiry: 'March 20, 2027'}).replace(/^(First|Second|Third) \|/gm, 'Tranche |')
    expect(await found('hold-period', text)).toEqual([])
  })
})
