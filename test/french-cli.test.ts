/**
 * The built CLI on French drafts (issue 13) and the fixes a lawyer acts on (issue 12 item 7): `--report json` of
 * `dist/bundle/cli.js` run as a subprocess (after `npm run build`) — figures in notes and fixes as the draft writes
 * them, in the draft's language, the hold's expiry computed from the closing date, the provision each finding
 * enforces.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, tempFolders} from './helpers.js'

const cliPath = path.resolve(root, 'dist/bundle/cli.js')
const french = fs.readFileSync(path.join(root, 'test/fixtures/closing-release-fr.md'), 'utf8')
const makeDir = tempFolders('dl-fr-')

interface JsonMessage {
  ruleId?: string
  reason: string
  note?: string
  expected?: string[]
  actual?: string
}

/** The figure rules' messages of the built CLI's JSON report on `draft`. */
function lint(draft: string): JsonMessage[] {
  const dir = makeDir({'draft.md': draft})
  const {stdout, stderr} = spawnSync(process.execPath, [cliPath, '--report', 'json', 'draft.md'], {
    cwd: dir,
    encoding: 'utf8'
  })
  expect(stderr).toBe('')
  const [file] = JSON.parse(stdout) as Array<{messages: JsonMessage[]}>
  return file.messages.filter((m) => ['offering-arithmetic', 'hold-period', 'tsxv-pricing'].includes(m.ruleId ?? ''))
}

describe('the built CLI on figures', () => {
  it('a French release whose figures agree: no figure finding', () => {
    expect(lint(french)).toEqual([])
  })

  it('French figures that disagree: French messages, figures as written, the French fix', () => {
    const draft = french
      .replace(
        'au prix de 0,15 $ par unité pour un produit brut de 1 500 000 $',
        'à 0,15 $ pour un produit brut de 1 600 000 $'
      )
      .replace('expirant le 22 mars 2026', 'expirant le 21 mars 2026')
    const found = lint(draft)
    expect(found.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
      ['offering-arithmetic', '1 600 000 $', ['1 500 000 $']],
      ['hold-period', '21 mars 2026', ['22 mars 2026']]
    ])
    expect(found[0].note).toContain('10 000 000 × 0,15 $ = 1 500 000 $, et non 1 600 000 $.')
    expect(found[1].note).toMatch(/^Règlement 45-102, art\. 2\.5 .*21 novembre 2025 \(la date du communiqué/)
  })

  it('an English draft: the figures in the note as the draft writes them, both fixes named, the expiry computed', () => {
    const draft =
      'VANCOUVER, BC, May 4, 2026 - Acme Gold Corp. (TSXV: ACM) announces that it closed its non-brokered private ' +
      'placement today. The Company issued 5,000,000 units at a price of $0.10 per unit for gross proceeds of $550,000.\n'
    const [arithmetic, hold] = lint(draft)
    expect(arithmetic.reason).toBe(
      'Unexpected proceeds that do not agree with the count and the price: expected $500,000 (the proceeds) or 5,500,000 (the count)'
    )
    expect(arithmetic.note).toContain('5,000,000 × $0.10 = $500,000, not $550,000.')
    expect(arithmetic.note).not.toMatch(/\b500000\b/)
    // Both fixes, over the lot's words: the proceeds corrected, or the count.
    const lot = '5,000,000 units at a price of $0.10 per unit for gross proceeds of '
    expect(arithmetic.actual).toBe(lot + '$550,000')
    expect(arithmetic.expected).toEqual([lot + '$500,000', lot.replace('5,000,000', '5,500,000') + '$550,000'])
    expect(hold.expected?.[0]).toMatch(/expiring on September 5, 2026\.$/)
  })
})
