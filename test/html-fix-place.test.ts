/**
 * A statement a fix inserts after a block read from raw HTML goes after the HTML that holds it, not inside its markup
 * (before "</table>"), so the fixed draft's HTML stays whole. Invented issuer and our own wording.
 */
import {describe, expect, it} from 'vitest'
import {applyEdits, editsOf} from '../src/cli/fix.js'
import {lintWith} from './helpers.js'

const DRAFT = [
  'TIMMINS, ON, November 30, 2026 – Halberd Gold Corp. (TSXV: HBG) reports assays from its Quarry Lake property.',
  '',
  '<table>',
  '<tr><th>Hole</th><th>From (m)</th><th>To (m)</th><th>Length (m)</th><th>Au (g/t)</th></tr>',
  '<tr><td>QL-26-03</td><td>12.0</td><td>19.5</td><td>7.5</td><td>3.82</td></tr>',
  '</table>',
  '',
  'Core was assayed by fire assay at an independent laboratory, with blanks and standards in every batch.',
  ''
].join('\n')

describe('a fix after a table read from raw HTML', () => {
  it('is placed after "</table>", and the fixed draft keeps its table whole', async () => {
    const file = await lintWith('exploration-results', DRAFT)
    const widths = file.messages.find((m) => m.reason.includes('true widths'))
    expect(widths?.place && 'start' in widths.place ? widths.place.start : widths?.place).toMatchObject({
      line: 6,
      column: 9
    })
    const fixed = applyEdits(DRAFT, editsOf(widths ? [widths] : [], DRAFT))
    expect(fixed).toContain('</tr>\n</table>\n\nReported intervals are core lengths')
  })
})
