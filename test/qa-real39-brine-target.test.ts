/**
 * A lithium brine's exploration target gives its grade as a range in mg/L ("380 to 460 mg/L Li"): a grade range as
 * "1.2 to 1.6 g/t Au" is (NI 43-101 s.2.3(2)). A target whose brine grade is one figure still gets the warning. The
 * issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-target', text + '\n')).messages.map(format)

const CAUTION =
  'The potential quantity and grade of the exploration target is conceptual in nature, there has been insufficient ' +
  'exploration to define a mineral resource and it is uncertain if further exploration will result in the target ' +
  'being delineated as a mineral resource.'

const release = (grade: string) =>
  [
    '# Puna Blanca Lithium Reports Exploration Target of 0.6 to 1.2 Million Tonnes LCE at Salar Chico',
    '',
    'SALTA, Argentina, September 1, 2026 – Puna Blanca Lithium Corp. (TSXV: PBL) reports an exploration target for ' +
      'its Salar Chico project.',
    '',
    `The exploration target is 0.6 to 1.2 million tonnes of lithium carbonate equivalent, from a brine volume of 1.5 ` +
      `to 2.8 km3 ${grade}. ${CAUTION}`,
    '',
    'The target is based on a gravity survey, nine TEM lines and brine grades from two wells.'
  ].join('\n')

describe('exploration-target: a brine grade range in mg/L', () => {
  it.each(['at 380 to 460 mg/L Li', 'grading 380-460 mg/l lithium'])('grade given as a range: %s', async (grade) => {
    expect(await found(release(grade))).toEqual([])
  })

  it('one brine grade is still not a range', async () => {
    const messages = await found(release('at 420 mg/L Li'))
    expect(messages.some((m) => m.includes('warning Unexpected exploration target grade not given as a range'))).toBe(
      true
    )
  })
})
