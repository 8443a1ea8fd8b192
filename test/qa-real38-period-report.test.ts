/**
 * A report of a period's results (a quarter's, a half-year's, a year's) recalls the financings the issuer closed in
 * that period, in its lead too ("a quarter in which it closed a C$10 million flow-through private placement"): history
 * the report tells, not an offering it announces, so it owes no U.S. legend, no U.S. Securities Act paragraph and no
 * hold period. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const report = (headline: string, lead: string) =>
  [
    `# ${headline}`,
    '',
    `VANCOUVER, British Columbia, August 12, 2026 (GLOBE NEWSWIRE) -- Tamarack Ridge Metals Inc. (TSX: TRM) ` +
      `(NYSE American: TRMX) ${lead}`,
    '',
    '- Cash of $48.6 million at June 30, 2026',
    '- Net loss of $11.2 million ($0.07 per share)',
    '',
    'The interim financial statements and MD&A are available on SEDAR+ and EDGAR.'
  ].join('\n')

const QUARTER =
  'reports its results for the three and six months ended June 30, 2026, a quarter in which it closed a C$10 ' +
  'million flow-through private placement in April and drilled 14,800 metres at Birchfield.'
const DURING =
  'reports its financial results for the quarter ended June 30, 2026. During the quarter, the Company completed a ' +
  'bought deal private placement of 4,000,000 flow-through shares at C$2.50 per share.'

describe('a report of a period’s results recalls the period’s financings', () => {
  it.each([
    ['Tamarack Ridge Reports Second Quarter 2026 Results', QUARTER],
    ['Tamarack Ridge Reports Q2 2026 Financial Results', DURING]
  ])('no U.S. legend owed: %s', async (headline, lead) => {
    expect(await found('us-distribution-legend', report(headline, lead))).toEqual([])
    expect(await found('us-securities-act', report(headline, lead))).toEqual([])
    expect(await found('hold-period', report(headline, lead))).toEqual([])
  })

  it('a placement the same report announces is still the release’s offering', async () => {
    const lead = QUARTER + ' The Company also announces a non-brokered private placement of up to 2,000,000 units.'
    const messages = await found('us-distribution-legend', report('Tamarack Ridge Reports Q2 2026 Results', lead))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing U.S. distribution legend')
  })

  it('a closing release that is no period report keeps its offering', async () => {
    const lead = 'has closed a C$10 million flow-through private placement during the quarter.'
    const messages = await found('us-distribution-legend', report('Tamarack Ridge Closes Flow-Through Placement', lead))
    expect(messages).toHaveLength(1)
  })
})
