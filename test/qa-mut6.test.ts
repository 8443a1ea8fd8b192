/**
 * QA mutation round 6 (issue 10) on corporate and transaction releases: compliant releases (an insider's
 * participation, a director's loan, shares for debt, grants, an acquisition for shares, a warrant amendment, an
 * arrangement) with one planted defect each, which must be reported. Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const reasons = async (id: Parameters<typeof lintWith>[0], value: string) =>
  (await lintWith(id, value)).messages.map((m) => `${m.fatal ? 'error' : 'warning'} ${m.reason}`)

const DATELINE = 'TIMMINS, Ontario, November 24, 2026 – Pellworth Gold Inc. (TSXV: PWG) announces that it '

describe('offering-arithmetic: a debt settled in shares, its amount described in a few words', () => {
  const debts = [
    'has agreed to settle outstanding debts of $168,000',
    'has settled outstanding indebtedness of $168,000',
    'will settle debt of $168,000 owed to three creditors',
    'has agreed to settle debts totalling $168,000',
    'has agreed to settle certain liabilities in the amount of $168,000'
  ]
  it.each(debts)('%#: agrees with the count and the deemed price', async (debt) => {
    const text = `${DATELINE}${debt} by issuing 1,400,000 common shares at a deemed price of $0.12 per share.\n`
    expect((await reasons('offering-arithmetic', text)).length).toBe(0)
  })
  it.each(debts)('%#: reported when the count does not agree', async (debt) => {
    const text = `${DATELINE}${debt} by issuing 1,500,000 common shares at a deemed price of $0.12 per share.\n`
    expect(await reasons('offering-arithmetic', text)).toEqual([
      expect.stringMatching(/^error Unexpected (count|debt settled) that does not agree/)
    ])
  })
})
