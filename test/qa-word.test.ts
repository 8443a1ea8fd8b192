/**
 * Word drafts as counsel circulate them (QA round): the legend in the page
 * header, list items named as Word shows them, files that are not readable
 * Word documents, blanks inside an address. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintText} from '../src/api.js'
import {readWord} from '../src/core/word.js'
import {normalize, spanOf} from '../src/model/text.js'
import {docx, item, para, zip} from './docx.js'
import {lintWith} from './helpers.js'

const LEGEND = 'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships'
const TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

// An invented TSX-V issuer's placement, every statement it owes but the legend in the body.
const PLACEMENT = [
  'Quillon Bay Resources Announces Private Placement',
  'KAMLOOPS, British Columbia, December 1, 2026 – Quillon Bay Resources Inc. (TSXV: QBR) (the “Company”) announces a ' +
    'non-brokered private placement of up to 4,000,000 common shares at $0.15 per share for gross proceeds of up to ' +
    '$600,000. The shares will be subject to a hold period of four months and one day from closing.',
  'The securities have not been and will not be registered under the United States Securities Act of 1933, as ' +
    'amended, or any state securities laws, and may not be offered or sold in the United States absent registration ' +
    'or an applicable exemption. This news release is not an offer to sell or a solicitation of an offer to buy ' +
    'securities in the United States.',
  'This news release contains forward-looking information, including the closing of the placement. It is based on ' +
    'assumptions, including that investors will subscribe. Actual results may differ materially because of risks, ' +
    'including market conditions. The Company does not undertake to update it except as required by law.',
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
    'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
]

/** A .docx of `body`, whose first section has `headers` (type → the header part's XML body), `titlePg` if asked. */
function withHeaders(body: string, headers: Record<string, string>, titlePage = false): Buffer {
  const ids = Object.keys(headers)
  const part = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="${W}">${inner}</w:hdr>`
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL}">` +
      `<Relationship Id="rId1" Type="${TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${REL}">` +
      ids.map((type) => `<Relationship Id="h${type}" Type="${TYPE}/header" Target="header-${type}.xml"/>`).join('') +
      '</Relationships>',
    'word/document.xml':
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}` +
      `<w:sectPr>${ids.map((type) => `<w:headerReference w:type="${type}" r:id="h${type}"/>`).join('')}` +
      `${titlePage ? '<w:titlePg/>' : ''}</w:sectPr></w:body></w:document>`,
    ...Object.fromEntries(ids.map((type) => [`word/header-${type}.xml`, part(headers[type])]))
  })
}

const body = PLACEMENT.map((text) => para(text)).join('')
const lint = (bytes: Uint8Array) => lintText(new VFile({path: 'draft.docx', value: bytes}))
const legendFindings = async (bytes: Uint8Array) =>
  (await lint(bytes)).messages.filter((message) => message.ruleId === 'us-distribution-legend').map((m) => m.reason)

describe('the page header of a Word draft', () => {
  it('is read above the body: a legend there is at the top of the release, named as the header', async () => {
    const bytes = withHeaders(body, {default: para(LEGEND)})
    expect(await legendFindings(bytes)).toEqual([])
    const read = await readWord(bytes, 'draft.docx')
    expect('text' in read && read.text.startsWith(`${LEGEND}\n\n${PLACEMENT[0]}\n`)).toBe(true)
    expect('places' in read && read.places[0]).toEqual({line: 1, label: 'header', words: 'NOT FOR DISTRIBUTION TO…'})
  })

  it('with no legend in the header or the body, the legend is missing', async () => {
    expect(await legendFindings(withHeaders(body, {default: para('Quillon Bay Resources Inc.')}))).toEqual([
      expect.stringMatching(/^Missing U\.S\. distribution legend/)
    ])
  })

  it('the first page shows its own header when the section has one (titlePg), else the default', async () => {
    const first = withHeaders(body, {default: para('Page 2'), first: para(LEGEND)}, true)
    expect(await legendFindings(first)).toEqual([])
    // Without titlePg, the first page prints the default header, not the "first" one.
    const notFirst = withHeaders(body, {default: para('Quillon Bay Resources Inc.'), first: para(LEGEND)})
    expect(await legendFindings(notFirst)).toHaveLength(1)
  })

  it('reads a header table cell and a text box once (not its fallback copy), skipping tracked deletions', async () => {
    const cell = `<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc>${para(LEGEND)}</w:tc></w:tr></w:tbl><w:p/>`
    expect(await legendFindings(withHeaders(body, {default: cell}))).toEqual([])
    const box =
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      `<mc:Choice Requires="wps"><w:drawing><w:txbxContent>${para(LEGEND)}</w:txbxContent></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><w:txbxContent>${para(LEGEND)}</w:txbxContent></w:pict></mc:Fallback>` +
      '</mc:AlternateContent></w:r></w:p>'
    const read = await readWord(withHeaders(body, {default: box}), 'draft.docx')
    expect('text' in read && read.text.split(LEGEND)).toHaveLength(2)
    const struck =
      '<w:p><w:del w:id="1" w:author="Counsel"><w:r><w:delText>Draft &amp; Privileged</w:delText></w:r></w:del>' +
      '<w:r><w:t>Quillon Bay &amp; Co.</w:t></w:r></w:p>'
    const header = await readWord(withHeaders(body, {default: struck}), 'draft.docx')
    expect('text' in header && header.text.split('\n')[0]).toBe('Quillon Bay & Co.')
  })
})

describe('a Word list item is named by its words, as Word shows it (a bullet, no "- ")', () => {
  it('the place of a list item', async () => {
    const read = await readWord(docx(para('Use of proceeds:') + item('Drilling at Sable Lake')), 'x')
    expect('places' in read && read.places.map((place) => place.words)).toEqual([
      'Use of proceeds:',
      'Drilling at Sable Lake',
      'Drilling at Sable Lake'
    ])
  })
})

describe('files named .docx that Word cannot read as one', () => {
  const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex')
  const ole = (stream: string) =>
    Buffer.concat([OLE, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)])

  it('an empty file (Explorer’s “New Word Document”): an empty draft, as an empty .txt', async () => {
    const file = await lint(new Uint8Array(0))
    expect(file.messages.map((message) => [message.fatal, message.reason])).toEqual([
      [false, 'Empty file: nothing to lint']
    ])
  })

  it('a password-protected .docx and a .doc renamed: each says what it is', async () => {
    expect(await readWord(ole('EncryptedPackage'), 'locked.docx')).toEqual({
      reason: expect.stringMatching(/^Cannot read locked\.docx: it is password-protected \(encrypted\); remove/)
    })
    expect(await readWord(ole('WordDocument'), 'old.docx')).toEqual({
      reason: 'Cannot read old.docx: a Word 97-2003 document (.doc) named .docx; open it in Word and save it as .docx'
    })
  })
})

describe('a blank glyph in a web or e-mail address', () => {
  const sentence = (where: string) =>
    `Ptarmigan Lithium Inc. (CSE: PTL) files its offering document on its website at ${where} today.`
  const blanks = async (text: string) =>
    (await lintWith('unfilled-placeholder', text)).messages.map((message) => message.reason)

  it('stands for the address’s name: reported', async () => {
    for (const where of ['www.●.com', 'investors@●.ca', '●@ptarmigan.example', 'https://●']) {
      expect(await blanks(sentence(where))).toEqual([expect.stringMatching(/^Unexpected unfilled placeholder “●”/)])
    }
  })

  it('a separator, even run together, and a filled address are not blanks', async () => {
    for (const where of ['www.ptarmigan.example', 'Suite 400 • Vancouver', 'Ptarmigan Lithium Inc.•Vancouver']) {
      expect(await blanks(sentence(where))).toEqual([])
    }
  })
})

describe("a word processor's prompt left in an empty field", () => {
  const blanks = async (text: string) =>
    (await lintWith('unfilled-placeholder', text)).messages.map((message) => message.reason)
  const LEAD = 'Quillon Bay Resources Inc. (TSXV: QBR) expects to close its placement on '

  it('Word’s content-control prompts (a date picker, a text field, a drop-down), English and French: reported', async () => {
    for (const prompt of [
      'Click or tap to enter a date.',
      'Click here to enter text.',
      'Click or tap here to enter text.',
      'Choose an item.'
    ]) {
      expect(await blanks(`${LEAD}${prompt}`)).toEqual([
        `Unexpected unfilled placeholder “${prompt}”, expected the fact it stands for`
      ])
    }
    const french = await blanks(
      'Ressources Quillon Bay inc. clôturera le placement le Cliquez ou appuyez pour entrer une date.'
    )
    expect(french).toHaveLength(1)
  })

  it('a content control still showing its prompt in a .docx is reported; a link’s words are not prompts', async () => {
    const control =
      '<w:sdt><w:sdtPr><w:showingPlcHdr/><w:date/></w:sdtPr><w:sdtContent>' +
      '<w:r><w:t>Click or tap to enter a date.</w:t></w:r></w:sdtContent></w:sdt>'
    const file = await lint(docx(`<w:p><w:r><w:t xml:space="preserve">${LEAD}</w:t></w:r>${control}</w:p>`))
    expect(file.messages.filter((m) => m.ruleId === 'unfilled-placeholder').map((m) => m.reason)).toEqual([
      expect.stringMatching(/^Unexpected unfilled placeholder “Click or tap to enter a date\.”/)
    ])
    for (const text of ['Follow us on LinkedIn: Click Here', 'Click here to view the offering document.']) {
      expect(await blanks(`Quillon Bay Resources Inc. (TSXV: QBR). ${text}`)).toEqual([])
    }
  })
})

describe('a date alone above the release (a letterhead’s or page header’s date) is not its dateline', () => {
  const closing = (top: string) =>
    [
      top,
      LEGEND,
      'Quillon Bay Resources Closes Private Placement',
      'KAMLOOPS, British Columbia, November 27, 2026 – Quillon Bay Resources Inc. (TSXV: QBR) (the “Company”) ' +
        'announces that it has closed its non-brokered private placement of 4,000,000 common shares at $0.15 per share ' +
        'for gross proceeds of $600,000. The shares are subject to a hold period expiring on March 28, 2027.',
      ...PLACEMENT.slice(2)
    ].join('\n\n')
  const findings = async (text: string) =>
    (await lintText(text)).messages
      .filter((message) => message.ruleId === 'hold-period' || message.ruleId === 'us-distribution-legend')
      .map((message) => message.reason)

  it('the dateline below it dates the release, and the legend under the date is at the top', async () => {
    expect(await findings(closing('November 12, 2026'))).toEqual([])
    const bytes = withHeaders(
      closing('')
        .split('\n\n')
        .filter(Boolean)
        .map((text) => para(text))
        .join(''),
      {default: para('November 12, 2026')}
    )
    expect((await lint(bytes)).messages.map((message) => message.reason)).toEqual([])
  })

  it('with no dateline below it, the date alone still dates the release', async () => {
    const undated = closing('November 12, 2026').replace('KAMLOOPS, British Columbia, November 27, 2026 – ', '')
    expect(await findings(undated)).toContainEqual(
      expect.stringMatching(/^Unexpected hold expiry date, expected March 13, 2027/)
    )
  })
})

describe('a table that lays the release out (a box around it, a sidebar beside it)', () => {
  const cell = (content: string) => `<w:tc>${content}</w:tc>`
  const box = (paragraphs: string[]) =>
    `<w:tbl><w:tblPr/><w:tr>${cell(paragraphs.map((text) => para(text)).join(''))}</w:tr></w:tbl>`
  const released = [LEGEND, ...PLACEMENT]

  it('is read as the body’s paragraphs, each on its own, not as one row', async () => {
    const read = await readWord(docx(box(released)), 'draft.docx')
    expect('text' in read && read.text).toBe(released.join('\n\n') + '\n')
    expect('places' in read && read.places.map((place) => place.label)).toEqual([
      '¶1',
      '¶2',
      '¶3',
      '¶4',
      '¶5',
      '¶6',
      'after ¶6'
    ])
  })

  it('a statement missing from a release in a box is reported, as in the same release as text', async () => {
    const noUsAct = released.filter((text) => !text.startsWith('The securities have not been'))
    const ids = async (bytes: Uint8Array) => (await lint(bytes)).messages.map((message) => message.ruleId)
    expect(await ids(docx(box(released)))).toEqual([])
    expect(await ids(docx(box(noUsAct)))).toEqual(['us-securities-act'])
    const sidebar =
      '<w:tbl><w:tblPr/><w:tr>' +
      cell(['Contact:', 'Investor Relations', '250-555-0100'].map((text) => para(text)).join('')) +
      cell(
        released
          .slice(1)
          .map((text) => para(text))
          .join('')
      ) +
      '</w:tr></w:tbl>'
    expect(await ids(docx(sidebar))).toEqual(['us-distribution-legend'])
  })

  it('a table of figures or names (short cells, one paragraph each) is still read row by row', async () => {
    const figures =
      '<w:tbl><w:tblPr/>' +
      [
        ['Use of proceeds', 'Amount'],
        ['Drilling', '$400,000']
      ]
        .map((row) => `<w:tr>${row.map((text) => cell(para(text))).join('')}</w:tr>`)
        .join('') +
      '</w:tbl>'
    const read = await readWord(docx(figures), 'draft.docx')
    expect('text' in read && read.text).toBe('Use of proceeds | Amount\nDrilling | $400,000\n')
    // Many rows, one with a long note: a table of intercepts all the same.
    const note = 'Quartz-carbonate veining with pyrite and visible gold in the footwall of the shear; '.repeat(4).trim()
    const intercepts = [
      ['Hole', 'Au (g/t)', 'Notes'],
      ['QB-1', '2.1', ''],
      ['QB-2', '8.4', note],
      ['QB-3', '0.9', '']
    ]
    const rowOf = (row: string[]) => `<w:tr>${row.map((text) => cell(para(text))).join('')}</w:tr>`
    const many = `<w:tbl><w:tblPr/>${intercepts.map(rowOf).join('')}</w:tbl>`
    const rows = await readWord(docx(many), 'draft.docx')
    expect('places' in rows && rows.places.map((place) => place.label).slice(0, 4)).toEqual([
      'table 1, row 1',
      'table 1, row 2',
      'table 1, row 3',
      'table 1, row 4'
    ])
  })
})

describe('fractions as Word’s AutoFormat writes them (“½”, “¾”), and the fraction slash', () => {
  const placement = (fraction: string) =>
    'Quillon Bay Resources Inc. (TSXV: QBR) announces that it has closed its placement of 6,000,000 units at $0.25 ' +
    `per unit for gross proceeds of $1,500,000. Each unit consists of one common share and ${fraction} common ` +
    'share purchase warrant, for a total of 4,000,000 warrants.'
  const reasons = async (text: string) =>
    (await lintWith('offering-arithmetic', text)).messages.map((message) => [message.reason, message.actual])

  it('are read as typed: the warrants a unit carries, and the figure that disagrees', async () => {
    for (const fraction of ['½ of one', '1⁄2 of one', 'one-half (½) of one']) {
      expect(await reasons(placement(fraction))).toEqual([
        ['Unexpected number of warrants for the units issued: expected 3,000,000', '4,000,000']
      ])
    }
    expect(await reasons(placement('¾ of one').replace('4,000,000 warrants', '4,500,000 warrants'))).toEqual([])
  })

  it('a fraction after a whole number is apart from it, and maps back to the character written', () => {
    const read = normalize({text: 'For 1½ years', offsets: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]})
    expect(read.text).toBe('for 1 1/2 years')
    expect(spanOf(read, 6, 9)).toEqual({start: 5, end: 6})
  })
})

describe('runs in wrappers mammoth skips: a simple field’s result, direction wrappers', () => {
  const NAME = '<w:r><w:t>Owen Tessier, P.Geo., Vice President, Exploration</w:t></w:r>'
  const statement = (wrapped: string) =>
    `<w:p><w:r><w:t xml:space="preserve">Reviewed and approved by </w:t></w:r>${wrapped}` +
    '<w:r><w:t xml:space="preserve">, a Qualified Person.</w:t></w:r></w:p>'
  const expected = 'Reviewed and approved by Owen Tessier, P.Geo., Vice President, Exploration, a Qualified Person.\n'

  it('keeps their words where they stand (a field with no result: nothing)', async () => {
    for (const [open, close] of [
      ['<w:fldSimple w:instr=" DOCPROPERTY QPName \\* MERGEFORMAT ">', '</w:fldSimple>'],
      ['<w:dir w:val="ltr">', '</w:dir>'],
      ['<w:bdo w:val="ltr">', '</w:bdo>']
    ]) {
      const read = await readWord(docx(statement(open + NAME + close)), 'draft.docx')
      expect('text' in read && read.text).toBe(expected)
    }
    const empty = await readWord(docx(statement('<w:fldSimple w:instr=" PAGE "/>' + NAME)), 'draft.docx')
    expect('text' in empty && empty.text).toBe(expected)
  })

  it('a QP statement whose name and title come from a field is complete', async () => {
    const field = `<w:fldSimple w:instr=" MERGEFIELD QP ">${NAME}</w:fldSimple>`
    const body =
      para('Larkspur Gold Corp. (TSXV: LKG) reports 8.4 g/t gold over 11.0 metres in hole TC-26-03.') +
      '<w:p><w:r><w:t xml:space="preserve">The scientific and technical information in this news release has been ' +
      `reviewed and approved by </w:t></w:r>${field}<w:r><w:t xml:space="preserve">, a Qualified Person as defined ` +
      'in National Instrument 43-101.</w:t></w:r></w:p>'
    const qp = (await lint(docx(body))).messages.filter((message) => message.ruleId === 'qp-statement')
    expect(qp.map((message) => message.reason)).toEqual([])
  })
})
