/**
 * A line that leaves a parenthesis open, the next line closing it ("… Rannoch Copper Corp. (CSE:" ⏎ "RCU) …"), in a
 * draft read a line a paragraph (no blank lines, some paragraphs on one long line): no paragraph ends inside a
 * parenthesis, so the ticker is read whole and the listing is the CSE's. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintPreset} from './helpers.js'

const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.fatal ? 'E' : 'W'}`).sort()

const LINES = [
  'Glenarm Copper Completes Acquisition of the Kilmory Property',
  'Vancouver, British Columbia, July 6, 2026 — Glenarm Copper Corp. (CSE:',
  'GCU) ("Glenarm" or the "Company") has completed the acquisition of a 100% interest in the Kilmory copper property ' +
    'in central British Columbia from an arm’s length vendor for $30,000 in cash and 800,000 common shares. The shares ' +
    'are subject to a hold period expiring November 7, 2026.',
  'The property covers 2,900 hectares of claims along the Quesnel trough and has seen no drilling to date.'
]

describe('a line that leaves a parenthesis open', () => {
  it('goes on in the next line that closes it: the ticker is read whole', async () => {
    const together = [LINES[0], '', `${LINES[1]} ${LINES[2]}`, '', LINES[3]].join('\n') + '\n'
    const split = LINES.join('\n') + '\n'
    expect(await keys(split)).not.toContain('exchange-disclaimer E')
    expect(await keys(split)).toEqual(await keys(together))
  })
})
