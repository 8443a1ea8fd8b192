/**
 * QA round real35: a past-producing mine acquired with "the last estimate by the former operator, Greyrock, dated
 * December 31, 2013, reported remaining reserves of …": an estimate made by an earlier operator is historical (NI
 * 43-101 s.2.4). It was read as the issuer's current estimate, with false errors for its category and effective date,
 * when the estimate was named by the noun ("estimate by") rather than a verb ("prepared by"). Invented issuer, our
 * own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const resource = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)
const historical = async (text: string) => (await lintWith('historical-estimate', text + '\n')).messages.map(format)

const release = (estimate: string) =>
  [
    'Pembrey Gold Acquires the Past-Producing Lark Lake Mine',
    '',
    'TIMMINS, Ontario, February 2, 2027 -- Pembrey Gold Corp. (TSXV: PBG) has acquired the past-producing Lark Lake ' +
      `gold mine and its mill from Tolliver Mining Inc. Between 1990 and 2013 the mine produced about 540,000 ounces. ${estimate}`
  ].join('\n')

describe('historical-estimate: an estimate by the former operator', () => {
  it.each([
    'The last estimate by the former operator, Tolliver, dated December 31, 2012, reported remaining reserves of 0.9 ' +
      'million tonnes grading 6.1 g/t gold.',
    'An estimate for the previous owner in 2012 reported remaining resources of 0.9 million tonnes grading 6.1 g/t gold.'
  ])('is historical: %s', async (estimate) => {
    expect(await resource(release(estimate))).toEqual([])
    expect(await historical(release(estimate))).not.toEqual([])
  })

  it("the issuer's own estimate stays current", async () => {
    const text = release('The Company estimates remaining resources of 0.9 million tonnes grading 6.1 g/t gold.')
    expect(await resource(text)).not.toEqual([])
  })
})
