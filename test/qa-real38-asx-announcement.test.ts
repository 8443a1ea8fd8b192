/**
 * An issuer also listed on the ASX (or AIM) calls its releases announcements, and a quarterly report restates the
 * quarter's results citing them ("(see ASX/TSX announcement of 7 May 2026)"): results an earlier release disclosed
 * with their sampling and QA/QC, not new results this one must describe again. The issuers, people and properties
 * are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const quarterly = (citation: string) =>
  [
    '# Quarterly Activities Report for the Period Ended 30 September 2026',
    '',
    'Banksia Copper Limited (ASX: BKC) (TSX: BKC) provides its activities report for the September 2026 quarter.',
    '',
    `Assays received during the quarter included 388.0m @ 0.49% Cu and 0.27 g/t Au from 96.0m in hole BDD-014 ${citation}.`,
    '',
    'The Company confirms that it is not aware of any new information or data that materially affects the ' +
      'information included in that announcement.'
  ].join('\n')

describe('exploration-results: results cited to an earlier announcement are not new', () => {
  it.each([
    '(see ASX/TSX announcement of 7 May 2026)',
    '(refer to ASX announcement dated 7 May 2026)',
    '(see the Company’s announcement dated May 7, 2026)'
  ])('no description owed: %s', async (citation) => {
    expect(await found(quarterly(citation))).toEqual([])
  })

  it('new results with no citation still owe their description', async () => {
    const messages = await found(quarterly('(assays received on 2 October 2026)'))
    expect(messages.some((m) => m.includes('error Missing laboratory'))).toBe(true)
  })

  it('an announcement named without a date cites nothing', async () => {
    const messages = await found(quarterly('(this announcement)'))
    expect(messages.some((m) => m.includes('error Missing laboratory'))).toBe(true)
  })
})
