/**
 * Drafts in progress and the words a mining release may not use: blanks left in every place a draft has them (a
 * figure, a table, a quotation, French), marks a final release uses legitimately, and terms read as a securities
 * lawyer reads them. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintPreset, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const placement = (price: string) =>
  'VANCOUVER, BC, December 7, 2026 – Pellworth Copper Inc. (TSXV: PWC) has closed a private placement of 12,000,000 ' +
  `units at a price of ${price} per unit for gross proceeds of $2,400,000. All securities issued are subject to a hold ` +
  'period of four months and one day.'

describe('a figure left partly blank is the blank, not a figure of its first digits', () => {
  it.each(['$0.[●]', '$0.XX', '$0.●●', '$0.__', 'C$0.[TBD]', '$1.[●]', '$[0.●]'])(
    '%s: one blank quoted whole; no price of $0, no disagreement',
    async (price) => {
      const messages = (await lintPreset(placement(price) + '\n')).messages
      const rules = messages.map((message) => message.ruleId)
      expect(rules).not.toContain('tsxv-pricing')
      expect(rules).not.toContain('offering-arithmetic')
      const blanks = messages.filter((message) => message.ruleId === 'unfilled-placeholder').map(format)
      expect(blanks).toEqual([expect.stringContaining(`placeholder “${price}”`)])
    }
  )

  it('a footnote mark after a figure is no blank: the figure is read', async () => {
    expect(await found('tsxv-pricing', placement('$0.04[1]'))).toEqual([
      expect.stringContaining('Unexpected price of $0.04 per unit')
    ])
  })
})
