/**
 * A grade written with the percent sign in words ("0.84 per cent copper", "1.2 percent Ni"), as some issuers' style
 * guides have it, is the same grade as "0.84% Cu": the same duties (NI 43-101 s.3.3 for exploration results) and the
 * same findings. The model reads the words after a figure as the sign. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/model/text.js'
import {lintPreset, lintWith} from './helpers.js'

const release = (percent: string) =>
  'Tamsin Copper Corp. (TSXV: TCC) ("Tamsin" or the "Company") reports assays from hole TC-26-07 at its Larkhall ' +
  `project, which returned 0.84${percent} copper and 0.12${percent} nickel over 32.5 metres from 118.0 metres, ` +
  `including 1.91${percent} copper over 6.0 metres.\n\n` +
  'The technical information in this news release has been reviewed and approved by Moira Baird, P.Geo., Vice ' +
  'President, Exploration of the Company and a Qualified Person as defined by National Instrument 43-101.\n'

const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.line} ${message.fatal ? 'E' : 'W'}`)

describe('a percent sign written in words after a figure is the sign', () => {
  it.each([' per cent', ' percent', ' Per Cent', 'percent'])(
    '"0.84%s copper" gives what "0.84%" gives',
    async (words) => {
      const written = await keys(release(words))
      expect(written).toEqual(await keys(release('%')))
    }
  )

  it('the grades are exploration results: their missing elements are reported', async () => {
    const found = await lintWith('exploration-results', release(' per cent'))
    expect(found.messages.filter((message) => message.fatal).length).toBeGreaterThan(0)
  })

  it('maps the sign to the words and leaves other words alone', () => {
    const text = 'grading 0.84 Per Cent copper, up 12 percentage points; 3 per centum; eight per cent'
    const norm = normalize({text, offsets: Array.from(text, (_, index) => index)})
    expect(norm.text).toBe('grading 0.84% copper, up 12 percentage points; 3 per centum; eight per cent')
    // The sign stands on the words' first letter: a finding on it quotes "0.84 Per Cent".
    expect(norm.offsets[norm.text.indexOf('%')]).toBe(text.indexOf('Per Cent'))
  })
})
