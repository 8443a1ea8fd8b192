/**
 * A blackline circulated as a Word draft: the words a comparison (or counsel by hand) struck through are read as a
 * text draft's redline residue ("~~$0.15~~"): a note to draft to remove (Word prints them, struck), and no word of
 * the release for the other rules; the words that replace them are read. Invented issuer, our own words.
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
    .filter((message) => message.ruleId !== 'us-distribution-legend' && message.ruleId !== 'us-securities-act')
    .filter((message) => message.ruleId !== 'exchange-disclaimer' && message.ruleId !== 'forward-looking-caution')
    .map((message) => `${message.ruleId}: ${message.reason}`)
const residue = (words: string) =>
  `unfilled-placeholder: Unexpected note to draft “~~${words}~~”, expected it resolved and removed`

describe('struck-through words of a Word draft', () => {
  it('are residue to remove, not the release’s: the price a blackline replaced does not disagree', async () => {
    const bytes = placement(struck('$0.15') + inserted('$0.20'), run('and one day '))
    const read = await readWord(bytes, 'blackline.docx')
    expect('text' in read && read.text).toContain('8,000,000 common shares at ~~$0.15~~$0.20 per share')
    expect(await lint(bytes)).toEqual([residue('$0.15')])
  })

  it('a double strike-through too', async () => {
    expect(await lint(placement(struck('$0.15', true) + inserted('$0.20'), run('and one day ')))).toEqual([
      residue('$0.15')
    ])
  })

  it('words struck from a statement are gone from it: "and one day" struck leaves "four months"', async () => {
    expect(await lint(placement(run('$0.20'), struck('and one day ')))).toEqual([
      expect.stringMatching(/^hold-period: Unexpected “four months” hold period/),
      residue('and one day')
    ])
  })

  it('a long struck passage is residue from end to end', async () => {
    const sentence = 'The Company paid no finder’s fees in connection with the placement and issued no warrants. '
    const bytes = placement(run('$0.20'), run('and one day ') + struck(sentence.repeat(4)))
    const read = await readWord(bytes, 'blackline.docx')
    const marked = 'text' in read ? read.text.slice(read.text.indexOf('~~')) : ''
    expect(marked.replace(/~~ ~~/g, ' ').trim()).toBe(`~~${sentence.repeat(4).trim()}~~ from the closing date.`)
  })
})
