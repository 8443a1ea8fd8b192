/**
 * Real Word documents for tests, made at test time: the OOXML parts Word
 * writes (content types, relationships, the document, comments, footnotes),
 * zipped (stored, no compression) by a ZIP writer of a few lines.
 */

const CRC_TABLE = Array.from({length: 256}, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** A ZIP archive (stored) of `files`: name → content. */
export function zip(files: Record<string, string | Uint8Array>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    locals.push(local, nameBytes, data)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** A run of text. */
export const run = (text: string) => `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`
/** A tracked insertion. */
export const ins = (text: string, id = 1) =>
  `<w:ins w:id="${id}" w:author="Counsel" w:date="2026-11-02T10:00:00Z">${run(text)}</w:ins>`
/** A tracked deletion (Word writes deleted text as `w:delText`). */
export const del = (text: string, id = 2) =>
  `<w:del w:id="${id}" w:author="Counsel" w:date="2026-11-02T10:00:00Z"><w:r>` +
  `<w:delText xml:space="preserve">${escape(text)}</w:delText></w:r></w:del>`
/** A comment's anchor and reference (its text goes in `comments`). */
export const commented = (text: string, id = 0) =>
  `<w:commentRangeStart w:id="${id}"/>${run(text)}<w:commentRangeEnd w:id="${id}"/>` +
  `<w:r><w:commentReference w:id="${id}"/></w:r>`
/** A paragraph of `content` (runs), with a style (`Heading1`) if given. */
export const p = (content: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`
/** A list item (list 1: bullets). */
export const item = (text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(text)}</w:p>`
/** A paragraph of plain text. */
export const para = (text: string, style?: string) => p(run(text), style)
/** A table of rows of cells (plain text). */
export const table = (rows: string[][]) =>
  '<w:tbl><w:tblPr/>' +
  rows.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${para(cell)}</w:tc>`).join('')}</w:tr>`).join('') +
  '</w:tbl>'

/** A footnote reference (its text goes in `footnotes`). */
export const footnoteReference = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`

/** A .docx of the body `body` (paragraphs and tables), comments and footnotes (id → text). */
export function docx(
  body: string,
  comments: Record<number, string> = {},
  footnotes: Record<number, string> = {}
): Buffer {
  const hasComments = Object.keys(comments).length > 0
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/numbering.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
      (hasComments
        ? '<Override PartName="/word/comments.xml" ' +
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        : '') +
      '</Types>',
    '_rels/.rels':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}">` +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
      'Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL}">` +
      '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" ' +
      'Target="numbering.xml"/>' +
      '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" ' +
      'Target="footnotes.xml"/>' +
      (hasComments
        ? '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" ' +
          'Target="comments.xml"/>'
        : '') +
      '</Relationships>',
    'word/document.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="${R}">` +
      `<w:body>${body}<w:sectPr/></w:body></w:document>`,
    'word/footnotes.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="${W}">` +
      Object.entries(footnotes)
        .map(([id, text]) => `<w:footnote w:id="${id}">${para(text)}</w:footnote>`)
        .join('') +
      '</w:footnotes>',
    // List 1: bullets.
    'word/numbering.xml':
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}">` +
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>' +
      '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
    ...(hasComments
      ? {
          'word/comments.xml':
            `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${W}">` +
            Object.entries(comments)
              .map(
                ([id, text]) => `<w:comment w:id="${id}" w:author="Counsel" w:initials="C">${para(text)}</w:comment>`
              )
              .join('') +
            '</w:comments>'
        }
      : {})
  })
}
