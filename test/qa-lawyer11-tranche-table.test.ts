/**
 * QA round lawyer11: a table of tranches whose first row happened to equal the rows after it ($500,000 = $300,000 +
 * $200,000) was read as a heading and its breakdown, and its total row went unchecked: a wrong total passed. Rows that
 * each name a tranche are peers, so the total is their sum (NI 51-102: a misstated figure is a misrepresentation;
 * TSX-V Policy 4.1). Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const release = (total: string, labels = ['First', 'Second', 'Third']) =>
  [
    'Harrowgate Hill Minerals Closes Final Tranche',
    '',
    'Timmins, Ontario, December 7, 2026 - Harrowgate Hill Minerals Ltd. (TSXV: HHM) (the "Company") has closed the ' +
      'third and final tranche of its non-brokered private placement of units at $0.08 per unit:',
    '',
    '| Tranche | Closing date | Units | Gross proceeds |',
    '| --- | --- | --- | --- |',
    `| ${labels[0]} | October 22, 2026 | 6,250,000 | $500,000 |`,
    `| ${labels[1]} | November 12, 2026 | 3,750,000 | $300,000 |`,
    `| ${labels[2]} | December 7, 2026 | 2,500,000 | $200,000 |`,
    `| Total | | 12,500,000 | ${total} |`
  ].join('\n')

describe('offering-arithmetic: a table of tranches whose first row equals the rows after it', () => {
  it('a total that is not the sum of the tranches', async () => {
    expect(await found(release('$1,100,000'))).toEqual([
      expect.stringMatching(/error.*Unexpected total that differs from the sum of the rows above.*\$1,000,000/)
    ])
  })

  it('the right total passes', async () => {
    expect(await found(release('$1,000,000'))).toEqual([])
  })

  it('rows that do not name tranches may still be a heading and its breakdown', async () => {
    expect(await found(release('$1,100,000', ['Exploration', 'Drilling', 'Assays']))).toEqual([])
  })
})
