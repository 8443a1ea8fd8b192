/**
 * "Spectacular" set before a grade or a width, as a headline sells an intercept ("Drills Spectacular 7.42 g/t Gold
 * over 11.0 Metres"): a claim about the results, as "spectacular intercepts" is (CSA Staff Notice 43-309). Invented
 * issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const findings = async (text: string) =>
  (await lintWith('mining-terminology', text)).messages.map((message) => message.reason)

describe('"spectacular" before a figure', () => {
  it('of a grade or a width is promotional', async () => {
    for (const text of [
      'Fallowmere Gold Drills Spectacular 7.42 g/t Gold over 11.0 Metres at Kestrel',
      'Fallowmere Silver intersects spectacular 1,240 gpt silver in hole FS-26-12.',
      'Hole FM-26-07 returned a spectacular 3.4% copper over 22 metres.',
      'Fallowmere reports spectacular 48.5 metres of 2.1 g/t gold at Kestrel.'
    ])
      expect(await findings(text), text).toEqual([expect.stringMatching(/^Unexpected promotional “spectacular”/i)])
  })

  it('of anything else is not', async () => {
    for (const text of [
      'The camp has spectacular 360-degree views of the lake.',
      'Fallowmere Gold held a spectacular 2026 field season without incident.',
      'The property lies in spectacular country 45 km north of Smithers.'
    ])
      expect(await findings(text), text).toEqual([])
  })
})
