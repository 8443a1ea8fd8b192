/**
 * A time set for a result or an event, its verb passive, as U.S.-style releases of cross-listed miners write it ("with
 * results expected in the third quarter of 2026", "assays are expected by mid-July"): forward-looking information
 * (NI 51-102 s.4A.3), as "is expected to" is. A comparison ("higher than expected in the upper zone") is none. The
 * issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  [
    'RENO, Nevada, May 4, 2026 /PRNewswire/ - Juniper Flats Mining Corp. (NYSE American: JFM) (TSX: JFM) reports ' +
      `that column leach testing of Juniper Flats material has started at an independent laboratory. ${sentence}`,
    '',
    'Grant Oduya, SME-RM, Vice President Exploration and a qualified person under NI 43-101, has reviewed and ' +
      'approved the technical information in this release.'
  ].join('\n')

describe('forward-looking-caution: a result or an event expected at a time is forward-looking', () => {
  it.each([
    'Results are expected in the third quarter of 2026.',
    'The tests will run for 120 days, with results expected in the third quarter of 2026.',
    'Final assays are anticipated by mid-July.'
  ])('a caution is owed: %s', async (sentence) => {
    const messages = await found(release(sentence))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error Missing forward-looking information caution')
  })

  it('a comparison states no expectation', async () => {
    expect(await found(release('Recoveries were higher than expected in the first columns.'))).toEqual([])
  })
})
