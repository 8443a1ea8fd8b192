/**
 * A Word template that frames the release in a narrow table of more than three rows (the issuer's name, "NEWS
 * RELEASE", the release, the contacts: a row each): the release's cell is read as the body's paragraphs, not as one
 * line with its headline, dateline and statements run together, so a statement missing from it is reported. A
 * table of figures (wider) or a two-column bilingual table of a paragraph a cell stays rows. Invented issuer, our own
 * words.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintText} from '../src/api.js'
import {readWord} from '../src/core/word.js'
import {docx, para} from './docx.js'

const LEGEND = 'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'
const HOLD =
  'The shares issued are subject to a hold period of four months and one day from the closing date under applicable ' +
  'Canadian securities laws.'
const release = (hold: boolean) => [
  LEGEND,
  'Wrenfield Metals Closes Private Placement',
  'NELSON, British Columbia, December 4, 2026 – Wrenfield Metals Corp. (TSXV: WFM) (the “Company”) has closed its ' +
    'non-brokered private placement of 6,000,000 common shares at $0.20 per share for gross proceeds of $1,200,000. ' +
    'The Company will use the proceeds for drilling at its Sproule Creek project and for working capital.',
  ...(hold ? [HOLD] : []),
  'The securities have not been and will not be registered under the United States Securities Act of 1933, as ' +
    'amended, or any state securities laws, and may not be offered or sold in the United States absent registration ' +
    'or an applicable exemption. This news release is not an offer to sell or a solicitation of an offer to buy ' +
    'securities in the United States.',
  'This news release contains forward-looking information, including statements about the use of proceeds. It is ' +
    'based on assumptions, including that drilling permits will be granted. Actual results may differ materially ' +
    'because of risks, including exploration results and market conditions. The Company does not undertake to update ' +
    'it except as required by law.',
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
    'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
]
const cell = (paragraphs: string[]) => `<w:tc>${paragraphs.map((text) => para(text)).join('')}</w:tc>`
const frame = (rows: string[][][]) =>
  `<w:tbl><w:tblPr/>${rows.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`
const template = (hold: boolean, width = 1) => {
  const beside = (cells: string[][]) => (width === 2 ? [...cells, ['']] : cells)
  return docx(
    frame([
      beside([['Wrenfield Metals Corp.']]),
      beside([['NEWS RELEASE']]),
      beside([release(hold)]),
      beside([['For further information: Ida Marsh, CEO', '250-555-0177']])
    ])
  )
}
const text = async (bytes: Uint8Array) => {
  const read = await readWord(bytes, 'draft.docx')
  return 'text' in read ? read.text : read.reason
}
const ids = async (bytes: Uint8Array) =>
  (await lintText(new VFile({path: 'draft.docx', value: bytes}))).messages.map((message) => message.ruleId)

describe('a narrow frame of more than three rows around the release', () => {
  it('is read as the body’s paragraphs', async () => {
    for (const width of [1, 2]) {
      const read = await text(template(true, width))
      expect(read).toContain(`Wrenfield Metals Corp.\n\nNEWS RELEASE\n\n${release(true).join('\n\n')}\n\n`)
    }
  })

  it('a statement missing from it is reported, as in the same release as text', async () => {
    expect(await ids(template(true))).toEqual([])
    expect(await ids(template(false))).toEqual(['hold-period'])
    expect(await ids(template(false, 2))).toEqual(['hold-period'])
  })

  it('a wider table, or a bilingual table of a paragraph a cell, is still read row by row', async () => {
    const note = 'Quartz-carbonate veining with pyrite and visible gold in the footwall of the shear zone; '.repeat(3)
    const wide = frame([
      [['Hole'], ['Au (g/t)'], ['Notes']],
      [['WF-1'], ['2.1'], [note, note]],
      [['WF-2'], ['8.4'], ['']],
      [['WF-3'], ['0.9'], ['']]
    ])
    expect((await text(docx(wide))).split('\n')[0]).toBe('Hole | Au (g/t) | Notes')
    const french = 'Le présent communiqué contient de l’information prospective. '.repeat(5)
    const bilingual = frame(release(true).map((english) => [[english], [french]]))
    expect((await text(docx(bilingual))).split('\n')).toHaveLength(release(true).length + 1)
  })
})
