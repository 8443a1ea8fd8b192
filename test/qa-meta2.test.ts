/**
 * The same release as other copies write it (QA round): a copy's line ends, bullets and layout must not move a
 * verdict. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const ids = async (id: Parameters<typeof lintWith>[0], value: string) =>
  (await lintWith(id, value)).messages.map((m) => `${m.fatal ? 'E' : 'W'} ${m.reason.replace(/\r/g, '')}`)

describe('a draft saved with Windows line ends (CR LF) reads as with LF', () => {
  // A director lends and takes bonus warrants; no MI 61-101 paragraph. The director's name is cut by a hard wrap.
  const LOAN = [
    '# Tallgrass Nickel Arranges $250,000 Loan',
    '',
    'SUDBURY, Ontario, December 2, 2026 – Tallgrass Nickel Corp. (TSXV: TGN) (the "Company") has',
    'signed a loan agreement with Marisol',
    'Fenwick, a director of the Company, who has advanced $250,000 to the Company (the "Loan").',
    '',
    'In consideration of the Loan, and subject to TSX Venture Exchange acceptance, the Company will issue',
    'to Ms. Fenwick 900,000 bonus warrants, each exercisable for one common share at $0.20 for 12 months.',
    ''
  ].join('\n')
  it('finds the related party whose name a CR LF line end cuts', async () => {
    const lf = await ids('related-party', LOAN)
    expect(lf.some((m) => m.startsWith('E Missing MI 61-101'))).toBe(true)
    expect(await ids('related-party', LOAN.replace(/\n/g, '\r\n'))).toEqual(lf)
  })
  it('a CR LF draft with the paragraph passes as the LF one does', async () => {
    const paragraph =
      '\nMs. Fenwick is a related party, and the issue of the bonus warrants to her is a "related party ' +
      'transaction" under MI 61-101. The Company relies on the exemptions from the formal valuation and minority ' +
      'approval requirements in sections 5.5(a) and 5.7(1)(a) of MI 61-101, as the fair market value of the ' +
      'transaction is not more than 25% of its market capitalization.\n'
    expect(await ids('related-party', (LOAN + paragraph).replace(/\n/g, '\r\n'))).toEqual(
      await ids('related-party', LOAN + paragraph)
    )
  })
})
