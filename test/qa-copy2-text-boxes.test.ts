/**
 * A Word draft's text box saved as a drawing alone, with no VML copy beside it (LibreOffice's, a document-assembly
 * tool's or a converter's export): its words are the release's, read where Word prints the box. Invented issuer,
 * our own words.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintText} from '../src/api.js'
import {readWord} from '../src/core/word.js'
import {docx, para} from './docx.js'

const DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
  'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
const RELEASE = [
  'Tessaly Copper Appoints Vice President, Exploration',
  'PRINCE GEORGE, British Columbia, December 2, 2026 – Tessaly Copper Corp. (TSXV: TSY) (the “Company”) announces ' +
    'the appointment of Marek Lindqvist as Vice President, Exploration, effective January 4, 2027.',
  'Mr. Lindqvist has worked on porphyry copper projects in British Columbia and Chile for fifteen years.'
]
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
const WPS = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** A shape holding `inner` (paragraphs) in a text box, as a drawing alone (no `mc:AlternateContent`). */
const drawing = (inner: string) =>
  `<w:drawing><wp:anchor xmlns:wp="${WP}"><wp:docPr id="3" name="Text Box 3"/><a:graphic xmlns:a="${A}">` +
  `<a:graphicData uri="${WPS}"><wps:wsp xmlns:wps="${WPS}"><wps:txbx><w:txbxContent>${inner}</w:txbxContent>` +
  '</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
const body = (box: string) => RELEASE.map((text) => para(text)).join('') + `<w:p><w:r>${box}</w:r></w:p>`
const read = async (bytes: Uint8Array) => {
  const text = await readWord(bytes, 'draft.docx')
  return 'text' in text ? text.text : text.reason
}
const disclaimerFindings = async (bytes: Uint8Array) =>
  (await lintText(new VFile({path: 'draft.docx', value: bytes}))).messages
    .filter((message) => message.ruleId === 'exchange-disclaimer')
    .map((message) => message.reason)

describe('a text box saved as a drawing alone', () => {
  it('is read where Word prints it: the disclaimer in it is the release’s', async () => {
    const bytes = docx(body(drawing(para(DISCLAIMER))))
    expect(await read(bytes)).toContain(`${RELEASE[2]}\n\n${DISCLAIMER}\n`)
    expect(await disclaimerFindings(bytes)).toEqual([])
  })

  it('a drawing with Word’s VML copy in mc:Fallback is read once, from the copy', async () => {
    const alternate =
      `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="wps">${drawing(para(DISCLAIMER))}</mc:Choice>` +
      `<mc:Fallback><w:pict><w:txbxContent>${para(DISCLAIMER)}</w:txbxContent></w:pict></mc:Fallback>` +
      '</mc:AlternateContent>'
    expect((await read(docx(body(alternate)))).split(DISCLAIMER)).toHaveLength(2)
  })

  it('a drawing with no text box (a logo) adds nothing; with no disclaimer anywhere, it is missing', async () => {
    const logo = `<w:drawing><wp:inline xmlns:wp="${WP}"><wp:docPr id="1" name="Logo"/></wp:inline></w:drawing>`
    expect(await read(docx(body(logo)))).toBe(RELEASE.join('\n\n') + '\n')
    expect(await disclaimerFindings(docx(body(drawing(para('Tessaly Copper Corp. | TSXV: TSY')))))).toEqual([
      expect.stringMatching(/^Missing TSX Venture Exchange disclaimer/)
    ])
  })
})
