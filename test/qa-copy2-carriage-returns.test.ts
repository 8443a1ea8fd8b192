/**
 * A Word draft's carriage return (`w:cr`) and positional tab (`w:ptab`), which mammoth skips: read as the line break
 * and the tab Word shows, so that the words on either side are not run together ("March 16,⏎2027" is a date, "12,000,000⏎units"
 * a count of units). Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintText} from '../src/api.js'
import {readWord} from '../src/core/word.js'
import {docx, p, run} from './docx.js'

const CR = '<w:r><w:cr/></w:r>'
const PTAB = '<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>'
const closing = (expiry: string) =>
  docx(
    p(
      run(
        'PENTICTON, British Columbia, December 8, 2026 – Sorrel Pass Mining Corp. (TSXV: SPM) has today closed its '
      ) +
        run('non-brokered private placement of 4,000,000') +
        CR +
        run('common shares at $0.25 per share for gross proceeds of $1,000,000.')
    ) +
      p(
        run(`The shares are subject to a hold period of four months and one day expiring on April ${expiry},`) +
          CR +
          run('2027.')
      )
  )
const findings = async (bytes: Uint8Array) =>
  (await lintText(new VFile({path: 'returns.docx', value: bytes}))).messages
    .filter((message) => message.ruleId === 'hold-period' || message.ruleId === 'offering-arithmetic')
    .map((message) => `${message.ruleId}: ${message.reason}`)

describe('a carriage return and a positional tab', () => {
  it('are the line break and the tab Word shows', async () => {
    const bytes = docx(p(run('Contact:') + PTAB + run('Ruth Ames') + CR + run('250-555-0190')))
    const read = await readWord(bytes, 'returns.docx')
    expect('text' in read && read.text).toBe('Contact:\tRuth Ames\n250-555-0190\n')
  })

  it('a date broken by a carriage return is read: a wrong expiry is told, the right one is not', async () => {
    expect(await findings(closing('9'))).toEqual([])
    expect(await findings(closing('8'))).toEqual([expect.stringMatching(/^hold-period: Unexpected hold expiry date/)])
  })
})
