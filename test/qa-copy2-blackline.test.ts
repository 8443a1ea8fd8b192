/**
 * A blackline circulated as a Word draft: the words a comparison (or counsel by hand) struck through are deleted
 * from the release, as a text draft's redline residue is; the words that replace them are read. Invented issuer, our
 * own words.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintText} from '../src/api.js'
import {readWord} from '../src/core/word.js'
import {docx, p, run} from './docx.js'

const struck = (text: string, double = false) =>
  `<w:r><w:rPr>${double ? '<w:dstrike/>' : '<w:strike/>'}<w:color w:val="FF0000"/></w:rPr>` +
  `<w:t xml:space="preserve">${text}</w:t></w:r>`
const inserted = (text: string) =>
  `<w:r><w:rPr><w:u w:val="double"/><w:color w:val="0000FF"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`

const CLOSING =
  'VICTORIA, British Columbia, December 3, 2026 – Osprey Narrows Gold Corp. (TSXV: ONG) (the “Company”) has closed its ' +
  'non-brokered private placement of 8,000,000 common shares at '
const placement = (price: string, hold: string) =>
  docx(
    p(run(CLOSING) + price + run(' per share for gross proceeds of $1,600,000.')) +
      p(run('The shares are subject to a hold period of four months ') + hold + run('from the closing date.'))
  )
const lint = async (bytes: Uint8Array) =>
  (await lintText(new VFile({path: 'blackline.docx', value: bytes}))).messages
    .filter((message) => message.ruleId === 'offering-arithmetic' || message.ruleId === 'hold-period')
    .map((message) => `${message.ruleId}: ${message.reason}`)

describe('struck-through words of a Word draft', () => {
  it('are not read: the price a blackline replaced does not disagree with the proceeds', async () => {
    const bytes = placement(struck('$0.15') + inserted('$0.20'), run('and one day '))
    const read = await readWord(bytes, 'blackline.docx')
    expect('text' in read && read.text).toContain('8,000,000 common shares at $0.20 per share')
    expect(await lint(bytes)).toEqual([])
  })

  it('a double strike-through too', async () => {
    expect(await lint(placement(struck('$0.15', true) + inserted('$0.20'), run('and one day ')))).toEqual([])
  })

  it('words struck from a statement are gone from it: "and one day" struck leaves "four months"', async () => {
    expect(await lint(placement(run('$0.20'), struck('and one day ')))).toEqual([
      expect.stringMatching(/^hold-period: Unexpected “four months” hold period/)
    ])
  })
})
