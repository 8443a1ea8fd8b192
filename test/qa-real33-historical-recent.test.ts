/**
 * QA round real33: a historical estimate whose release tells the work done on the property since ("Work on the
 * property since 1971 has been limited to a 2008 airborne survey"): the more recent data NI 43-101 s.2.4 asks for,
 * to the extent known. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('historical-estimate', text + '\n')).messages.map(format)

const release = (since: string) =>
  [
    'Wexcombe Minerals Options the Halloran Copper Property',
    '',
    'TORONTO, Ontario, December 2, 2026 -- Wexcombe Minerals Corp. (CSE: WXM) has signed an option to acquire the ' +
      'Halloran copper property.',
    '',
    'A historical estimate of 2.4 million tons grading 1.12% Cu was reported by Ostler Copper Mines Limited in a 1971 ' +
      'company report, by polygonal methods on sections; its categories do not correspond to the CIM Definition ' +
      'Standards. The Company considers the estimate relevant, but its reliability cannot be assessed. ' +
      `${since} To verify the estimate, the Company will need to twin historical holes. A qualified person has not ` +
      'done sufficient work to classify the historical estimate as current mineral resources, and the Company is not ' +
      'treating the historical estimate as current mineral resources.'
  ].join('\n')

const RECENT = /more recent estimates or data/

describe('historical-estimate: the work done since, told', () => {
  it.each([
    'Work on the property since 1971 has been limited to a 2008 airborne magnetic survey.',
    'Since 1971, exploration has consisted of prospecting and a small soil survey.'
  ])('states the more recent data: %s', async (since) => {
    expect(await found(release(since))).not.toEqual(expect.arrayContaining([expect.stringMatching(RECENT)]))
  })

  it('a release silent on it still owes it', async () => {
    expect(await found(release(''))).toEqual(expect.arrayContaining([expect.stringMatching(RECENT)]))
  })
})
