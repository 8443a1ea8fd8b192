/**
 * offering-arithmetic: a financing's table that states a total row ("Total", « Total ») states what the rows above
 * it add up to, in each column of amounts (tranches and their proceeds, the use of the proceeds). Invented issuers
 * and our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const release = (rows: string[], header = '| Tranche | Closing date | Shares | Gross proceeds |') =>
  [
    '# Bramwell Gold Closes Final Tranche of Private Placement',
    '',
    'TIMMINS, ON, December 2, 2026 – Bramwell Gold Corp. (TSXV: BWG) has closed the second and final tranche of its ' +
      'non-brokered private placement, issuing 2,500,000 common shares at $0.20 per share for gross proceeds of ' +
      '$500,000.',
    '',
    header,
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'The shares of the second tranche are subject to a hold period expiring on April 3, 2027.',
    ''
  ].join('\n')

const TRANCHES = [
  '| First | November 10, 2026 | 4,000,000 | $800,000 |',
  '| Second | December 2, 2026 | 2,500,000 | $500,000 |'
]

const totals = async (text: string) =>
  (await lintWith('offering-arithmetic', text)).messages.filter((m) => /rows above it|lignes/.test(m.reason))

describe('offering-arithmetic: a table’s total row', () => {
  it('an error on a total that is not the sum of the rows above it, quoting the cell', async () => {
    const found = await totals(release([...TRANCHES, '| Total | | 6,500,000 | $1,400,000 |']))
    expect(found.map((m) => format(m))).toEqual([
      expect.stringMatching(/Unexpected total that differs from the sum of the rows above it: expected \$1,300,000/)
    ])
    expect(found[0].actual).toBe('$1,400,000')
    expect(found[0].note).toMatch(/\$800,000 \+ \$500,000, add up to \$1,300,000/)
  })

  it('a column of shares whose total is not the sum of the rows above it', async () => {
    const found = await totals(release([...TRANCHES, '| Total | | 6,600,000 | $1,300,000 |']))
    expect(found.map((m) => m.reason)).toEqual([expect.stringMatching(/rows above it: expected 6,500,000$/)])
    expect(found[0].actual).toBe('6,600,000')
  })

  it('no count read under a header that names no securities', async () => {
    const rows = [
      '| First | November 10, 2026 | 12 | $800,000 |',
      '| Second | December 2, 2026 | 9 | $500,000 |',
      '| Total | | 20 | $1,300,000 |'
    ]
    expect(await totals(release(rows, '| Tranche | Closing date | Subscribers | Gross proceeds |'))).toEqual([])
  })

  it('no sum of a column of prices: the total row gives their weighted average', async () => {
    const rows = [
      '| First | November 10, 2026 | 4,000,000 | $0.20 |',
      '| Second | December 2, 2026 | 2,500,000 | $0.25 |',
      '| Total | | 6,500,000 | $0.22 |'
    ]
    expect(await totals(release(rows, '| Tranche | Closing date | Warrants | Exercise price |'))).toEqual([])
  })

  it('a second header row giving the currency alone is no amount', async () => {
    const found = await totals(release(['| | | | (C$) |', ...TRANCHES, '| Total | | 6,500,000 | $1,400,000 |']))
    expect(found.map((m) => m.actual)).toEqual(['$1,400,000'])
  })

  it('a row whose amount is a word leaves its column unread', async () => {
    const rows = [...TRANCHES, '| Working capital | | | balance |', '| Total | | | $1,400,000 |']
    expect(await totals(release(rows, '| Use | | | Amount |'))).toEqual([])
  })

  it('nothing when the total adds up', async () => {
    expect(await totals(release([...TRANCHES, '| Total | | 6,500,000 | $1,300,000 |']))).toEqual([])
  })

  it('nothing for a use-of-proceeds table whose heading row is the sum of its breakdown', async () => {
    const rows = [
      '| Exploration at Bramwell | | | $900,000 |',
      '| Drilling | | | $600,000 |',
      '| Assays and geology | | | $300,000 |',
      '| Working capital | | | $400,000 |',
      '| Total | | | $1,300,000 |'
    ]
    expect(await totals(release(rows, '| Use | | | Amount |'))).toEqual([])
  })

  it('nothing where a subtotal splits the rows', async () => {
    const rows = [
      ...TRANCHES,
      '| Subtotal | | | $1,300,000 |',
      '| Finder shares | | | $50,000 |',
      '| Total | | | $1,350,000 |'
    ]
    expect(await totals(release(rows))).toEqual([])
  })

  it('nothing for a cell that says more than its amount', async () => {
    const rows = [
      TRANCHES[0],
      '| Second | December 2, 2026 | 2,500,000 | $500,000 (est.) |',
      '| Total | | | $1,400,000 |'
    ]
    expect(await totals(release(rows))).toEqual([])
  })

  it('French: « Total » whose amount differs, reported in French', async () => {
    const text = [
      '# Ressources Vaudrin clôture la dernière tranche de son placement privé',
      '',
      'ROUYN-NORANDA, QC, le 2 décembre 2026 – Ressources Vaudrin inc. (TSXV : VDN) a clôturé la deuxième et dernière ' +
        'tranche de son placement privé sans courtier par l’émission de 2 500 000 actions accréditives au prix de 0,20 $ ' +
        'l’action pour un produit brut de 500 000 $.',
      '',
      '| Tranche | Date de clôture | Actions | Produit brut |',
      '| --- | --- | --- | --- |',
      '| Première | 10 novembre 2026 | 4 000 000 | 800 000 $ |',
      '| Deuxième | 2 décembre 2026 | 2 500 000 | 500 000 $ |',
      '| Total | | 6 500 000 | 1 350 000 $ |',
      ''
    ].join('\n')
    const found = await totals(text)
    expect(found.map((m) => m.reason)).toEqual([expect.stringMatching(/^Total inattendu.*1 300 000 \$/)])
  })

  it('nothing for a resource table’s total row (no offering)', async () => {
    const text = [
      'Larchfield Minerals Corp. (TSXV: LFM) announces an updated mineral resource for its Tamsin project.',
      '',
      '| Category | Tonnes | Au (g/t) | Value |',
      '| --- | --- | --- | --- |',
      '| Indicated | 1,200,000 | 1.4 | $90,000,000 |',
      '| Inferred | 800,000 | 1.1 | $50,000,000 |',
      '| Total | 2,000,000 | 1.28 | $150,000,000 |',
      ''
    ].join('\n')
    expect(await totals(text)).toEqual([])
  })
})
