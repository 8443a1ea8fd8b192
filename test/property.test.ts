/**
 * Crash-freedom and message sanity on drafts fast-check makes up: any text,
 * and releases assembled from the pieces releases are made of, in any order,
 * with markdown and unicode noise. No rule may throw; every message names a
 * known rule, sits inside the draft, and a missing statement's fix, applied,
 * silences it.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {ruleIds as RULE_IDS} from '../rules/index.js'
import {lintPreset} from './helpers.js'

const PIECES = [
  'ACME GOLD CORP.',
  'TSX Venture Exchange: **ACM**',
  'Acme Gold Corp. (TSXV: ACM) (CSE: ACM) (TSX: ACM)',
  'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
  'VANCOUVER, BC, May 1, 2026 /CNW/ - Acme Gold Corp. announces a non-brokered private placement of 1,000,000 ' +
    'units at CDN\\$0.10 per Unit.',
  'Drilling returned 12.4 g/t gold over 3.1 metres in hole BR-07.',
  'The scientific and technical information in this news release has been reviewed and approved by Jane Doe, ' +
    'P.Geo., a Qualified Person as defined in National Instrument 43-101.',
  'This news release contains forward-looking information. Actual results may differ materially because of ' +
    'risks. It is based on assumptions.',
  'Neither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release.',
  'Neither the Canadian Securities Exchange nor its Market Regulator accepts responsibility for the adequacy or accuracy of this release.',
  '## Forward-Looking Statements',
  '- The Company will use the proceeds for exploration.',
  '<!--disclosure-lint disable exchange-disclaimer-->',
  '<!--disclosure-lint enable exchange-disclaimer-->',
  '    indented like code',
  '> quoted: the Company intends to drill.',
  '| Hole | From | To |\n| --- | --- | --- |\n| BR-07 | 10 | 13 |',
  '“Smart” quotes — dashes – and\u00a0spaces; emoji 🚀; accents Québec',
  'Mr. J. Smith, P.Eng. is the QP.'
]

const release = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({maxLength: 80}), fc.string({unit: 'binary', maxLength: 40})), {
    maxLength: 14
  })
  .chain((parts) => fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n\n\n').map((sep) => parts.join(sep)))

async function check(value: string): Promise<void> {
  const file = await lintPreset(value)
  for (const message of file.messages) {
    expect([...RULE_IDS, 'input', 'comment']).toContain(message.ruleId)
    expect(message.line ?? 1).toBeGreaterThanOrEqual(1)
    expect(message.line ?? 1).toBeLessThanOrEqual(value.split(/\r?\n|\r/).length + 1)
    if (message.place && 'start' in message.place) {
      expect(message.place.start.offset!).toBeLessThanOrEqual(message.place.end.offset!)
      expect(message.place.end.offset!).toBeLessThanOrEqual(value.length)
    }
    for (const expected of message.expected ?? []) expect(typeof expected).toBe('string')
  }
}

describe('property: crash-freedom', () => {
  it('any string', async () => {
    await fc.assert(fc.asyncProperty(fc.string({unit: 'binary', maxLength: 400}), check), {numRuns: 200})
  })

  it('releases assembled from real pieces, with noise', async () => {
    await fc.assert(fc.asyncProperty(release, check), {numRuns: 300})
  })

  it('the fix of a missing closing statement, applied at its place, silences it', async () => {
    await fc.assert(
      fc.asyncProperty(release, async (value) => {
        const file = await lintPreset(value)
        for (const message of file.messages) {
          if (!message.reason.startsWith('Missing') || !message.place || !('start' in message.place)) continue
          const {start, end} = message.place
          if (start.offset !== end.offset || start.offset !== value.length) continue
          const fixed = value + message.expected![0]
          const after = await lintPreset(fixed)
          expect(after.messages.filter((m) => m.reason === message.reason)).toEqual([])
        }
      }),
      {numRuns: 150}
    )
  })
})
