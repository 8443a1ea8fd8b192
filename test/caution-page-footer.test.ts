/**
 * NI 51-102 s.4A.3: the forward-looking caution is read whole, as the release states it. A PDF's page header or
 * footer left between two of its paragraphs ("Tamsin Copper Corp. | Page 3 of 4") is the page's, not the release's:
 * the caution goes on across it, and its assumptions in the paragraph after the footer are its own. Invented issuers.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const OPENING =
  'VANCOUVER, BC, December 3, 2026 – Tamsin Copper Corp. (TSXV: TCC) plans to begin a 3,000 metre drill program ' +
  'at its Kessock property in March 2027.'
const IDENTIFIES =
  'This news release contains forward-looking information, including the timing and size of the drill program. ' +
  'Actual results may differ materially, owing to risks including weather, permitting and the availability of ' +
  'contractors.'
const ASSUMPTIONS =
  'These statements are based on assumptions, including that permits will be issued on time and that ' +
  'contractors will be available. The Company does not undertake to update them except as required by law.'
const findings = async (...paragraphs: string[]) =>
  (await lintWith('forward-looking-caution', paragraphs.join('\n\n') + '\n')).messages.map((m) => m.reason)

describe('a page footer between the caution’s paragraphs', () => {
  it('without a footer: the caution is whole', async () => {
    expect(await findings(OPENING, IDENTIFIES, ASSUMPTIONS)).toEqual([])
  })

  it.each(['Tamsin Copper Corp. | Page 3 of 4', 'Page 2', 'News Release – Page 2 de 3'])(
    'with "%s" between them: the caution is whole',
    async (footer) => {
      expect(await findings(OPENING, IDENTIFIES, footer, ASSUMPTIONS)).toEqual([])
    }
  )

  it('a heading between them still ends the caution', async () => {
    const found = await findings(OPENING, IDENTIFIES, 'About Tamsin Copper', ASSUMPTIONS)
    expect(found).toContain('Missing material factors or assumptions in the forward-looking caution')
  })
})
