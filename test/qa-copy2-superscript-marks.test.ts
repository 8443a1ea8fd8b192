/**
 * A footnote's mark typed in superscript right after a figure of a Word draft ("$1,500,000¹", "10,000,000⁽²⁾
 * units"), as counsel mark a figure explained below without Word's footnotes: no digit of the figure. A superscript
 * that is no mark (an exponent, "10⁶"; "km²" after a letter) stays. Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintText} from '../src/api.js'
import {readWord} from '../src/core/word.js'
import {docx, p, run} from './docx.js'

const sup = (text: string) =>
  `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`
/** The closing, its count and proceeds given as runs. */
const closing = (count: string, proceeds: string) =>
  docx(
    p(
      run('HALIFAX, Nova Scotia, December 7, 2026 – Tidewell Gold Corp. (TSXV: TWG) has closed its non-brokered ') +
        run('private placement of ') +
        count +
        run(' common shares at $0.15 per share for gross proceeds of ') +
        proceeds
    ) + p(sup('1') + run(' Before the expenses of the placement.'))
  )
const arithmetic = async (bytes: Uint8Array) =>
  (await lintText(new VFile({path: 'marks.docx', value: bytes}))).messages
    .filter((message) => message.ruleId === 'offering-arithmetic')
    .map((message) => message.reason)
const text = async (bytes: Uint8Array) => {
  const read = await readWord(bytes, 'marks.docx')
  return 'text' in read ? read.text : read.reason
}

describe('a superscript footnote mark after a figure', () => {
  it('is no digit of the figure', async () => {
    const marked = closing(run('10,000,000'), run('$1,500,000') + sup('1') + run('.'))
    expect(await text(marked)).toContain('gross proceeds of $1,500,000.')
    expect(await arithmetic(marked)).toEqual([])
  })

  it('a figure that disagrees is told, its mark notwithstanding', async () => {
    expect(await arithmetic(closing(run('10,500,000') + sup('(2)'), run('$1,500,000.')))).toEqual([
      expect.stringMatching(/^Unexpected proceeds that do not agree with the count and the price/)
    ])
  })

  it('an exponent, or a superscript after a letter, stays', async () => {
    const bytes = docx(
      p(run('The zone holds 1.2 x 10') + sup('6') + run(' tonnes over 3 km') + sup('2') + run(' of the claims.'))
    )
    expect(await text(bytes)).toBe('The zone holds 1.2 x 106 tonnes over 3 km2 of the claims.\n')
  })
})
