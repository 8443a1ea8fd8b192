/**
 * A resource table whose total row names the categories by their initials ("Total (M+I+I)", "M&I&I"): Inferred added
 * to Measured and Indicated by the row's label and its figures (NI 43-101 s.2.2(c)), as "Total (M+I+Inferred)" is.
 * The issuers, people and projects are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (total: string) =>
  [
    'Vancouver, B.C., February 11, 2026 - Ostrander Silver Corp. (TSXV: OSV) reports an updated Mineral Resource ' +
      'estimate for its Loma Gris silver project, effective January 20, 2026, at a cut-off of 60 g/t silver inside ' +
      'a pit shell at US$27/oz silver. Mineral Resources that are not Mineral Reserves do not have demonstrated ' +
      'economic viability.',
    '',
    '| Category | Tonnes (000s) | Ag (g/t) | Ag (Moz) |',
    '| --- | --- | --- | --- |',
    '| Measured | 3,410 | 162 | 17.8 |',
    '| Indicated | 9,870 | 131 | 41.6 |',
    '| Measured & Indicated | 13,280 | 139 | 59.4 |',
    '| Inferred | 5,120 | 108 | 17.8 |',
    ...(total ? [total] : [])
  ].join('\n')

describe('mineral-resource: a total row named by the categories’ initials', () => {
  it.each(['| Total (M+I+I) | 18,400 | 130 | 77.2 |', '| Total M&I&I | 18,400 | 130 | 77.2 |'])(
    'adds Inferred: %s',
    async (total) => {
      expect((await found(release(total))).join('\n')).toMatch(/error Unexpected Inferred resources added/)
    }
  )

  it('the table without it passes', async () => {
    expect(await found(release(''))).toEqual([])
  })
})
