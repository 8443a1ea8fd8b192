/**
 * Direct lithium extraction (DLE) test work: a brine sample's feed grade and the eluate's grade are the results of a
 * process test, as a flotation feed's and concentrate's are, not results of sampling that owe the sample type and a
 * QA/QC program (NI 43-101 s.3.3). A well's pumping test stays a sampling result of the aquifer. The issuers, people
 * and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (paragraph: string) =>
  [
    '# Tern Lake Lithium Reports Sorbent Test Results on Nisku Brine',
    '',
    'CALGARY, Alberta, May 4, 2026 – Tern Lake Lithium Corp. (TSXV: TLL) reports process test results on brine from ' +
      'its Redwater property.',
    '',
    paragraph,
    '',
    'The tests were run by Brinetech Process Inc. in Edmonton; solutions were analysed by ICP-OES at Northline ' +
      'Analytical Inc. in Edmonton, which is independent of the Company.'
  ].join('\n')

describe('exploration-results: DLE test work reports a test, not samples', () => {
  it.each([
    'A 1,500 litre sample of Nisku brine grading 66 mg/L Li was processed through an ion-exchange column in ten ' +
      'cycles. The column recovered 91% of the lithium, and the eluate averaged 1,040 mg/L Li.',
    'Brine samples grading 66 mg/L Li were processed by direct lithium extraction in ten load and strip cycles. ' +
      'The feed lost 92% of its lithium to the sorbent, and the strip solution averaged 980 mg/L Li.'
  ])('no sample type or QA/QC owed: %s', async (paragraph) => {
    expect(await found(release(paragraph))).toEqual([])
  })

  it('a pumping test beside DLE words is still a sample of the aquifer', async () => {
    const messages = await found(
      release(
        'Brine samples taken during a 72-hour pumping test of well TL-3 averaged 66 mg/L Li, a grade suited to ' +
          'ion-exchange processing.'
      )
    )
    expect(messages.some((m) => m.includes('error Missing QA/QC program'))).toBe(true)
  })
})
