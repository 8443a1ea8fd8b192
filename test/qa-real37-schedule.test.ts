/**
 * A developer's construction update states its schedule as milestones expected at a time ("commissioning is expected
 * in the first quarter of 2027", "first gold pour is targeted for the second half of 2028"): forward-looking
 * information with its timeline (NI 51-102 s.4A.3), so a release without the caution has an error. The issuers,
 * people and projects are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const update = (schedule: string) =>
  [
    'Osterly Gold Provides Construction Update at Harefield: 58% Complete',
    '',
    'Toronto, Ontario, July 21, 2026 - Osterly Gold Corp. (TSX: OSG) ("Osterly") reports on construction of its ' +
      'Harefield gold mine in Ontario.',
    '',
    '- Overall completion of 58% at June 30, 2026',
    '- Committed capital of C$312 million of the C$405 million initial capital estimate',
    '',
    schedule
  ].join('\n')

describe('forward-looking-caution: a construction schedule is the issuer’s plan', () => {
  it.each([
    'Commissioning of the processing plant is expected in the first quarter of 2027.',
    'First gold pour is targeted for the second half of 2027.',
    'A decision on the mill expansion is anticipated by mid-2027.',
    'Mechanical completion is scheduled for Q3 2027.'
  ])('%s', async (schedule) => {
    const messages = await found(update(schedule))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/error Missing forward-looking information caution/)
  })

  it('a date that passed is no plan: "as expected in the feasibility study" states none', async () => {
    expect(await found(update('Costs are in line with those expected in the 2025 feasibility study.'))).toEqual([])
  })
})
