/**
 * Drafts exported to markdown with their markup (Word or a newswire page through pandoc, turndown or a CMS): raw
 * HTML blocks, inline tags, entities, front matter. Every statement is read wherever the markup puts it, and the
 * markup itself is never read as the release's words. The issuers, people and properties are invented, in our own
 * words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const closing = (terms: string, hold: string) =>
  [
    'PRINCE GEORGE, BC, December 4, 2026 – Quillan Basin Metals Inc. (TSXV: QBM) (the "Company") has closed its ' +
      `non-brokered private placement of 6,000,000 common shares at a price of ${terms}.`,
    '',
    `The shares issued are subject to a hold period of ${hold} from the closing date.`
  ].join('\n')

describe('inline HTML: a tag that ends a line or a cell separates the words around it', () => {
  it('a superscript footnote mark after a price is no digit of the price', async () => {
    const text = closing('$0.15<sup>1</sup> per share for gross proceeds of $900,000', 'four months and one day')
    expect(await found('offering-arithmetic', text)).toEqual([])
  })

  it('a wrong figure beside a superscript mark is still caught', async () => {
    const text = closing('$0.15<sup>(1)</sup> per share for gross proceeds of $960,000', 'four months and one day')
    const messages = await found('offering-arithmetic', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('$900,000')
  })

  it('"<br>" between "four months" and "and one day" reads as a line break', async () => {
    const text = closing('$0.15 per share for gross proceeds of $900,000', 'four months<br>and one day')
    expect(await found('hold-period', text)).toEqual([])
    const cut = closing('$0.15 per share for gross proceeds of $900,000', 'four months<br/>')
    const messages = await found('hold-period', cut)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('“four months”')
  })

  it('an interval before "<br>" keeps its width: the next line is not glued to "m"', async () => {
    const text =
      'PRINCE GEORGE, BC, December 4, 2026 – Quillan Basin Metals Inc. (TSXV: QBM) reports these intervals from ' +
      'its Tamsin Lake drill program:<br>TL-26-03: 2.4 g/t Au over 3.0 m<br>TL-26-04: 1.9 g/t Au over 12.5 m'
    const messages = await found('exploration-results', text)
    const laboratory = messages.find((message) => message.includes('Missing laboratory'))
    expect(laboratory).toContain('“2.4 g/t Au over 3.0 m”')
  })
})
