/**
 * Word drafts (.docx): real documents made at test time (test/docx.ts), read
 * with every tracked change accepted (insertions kept, deletions dropped),
 * comments left out, tables row by row; linted by the same rules; findings
 * named by paragraph in the report; the file never written. The built CLI
 * (`dist/bundle/cli.js`) runs as a subprocess; its report is read from stdout
 * and stderr together.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintText} from '../src/api.js'
import {documentText, MAX_UNPACKED, readWord, unpackedSize} from '../src/core/word.js'
import {wordPlaceOf} from '../src/core/word-places.js'
import {commented, del, docx, footnoteReference, ins, item, p, para, run, table, zip} from './docx.js'
import {root, tempFolders} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
const makeDir = tempFolders('dl-word-')

// An invented TSX-V issuer, in our own words.
const HEADLINE = 'Harrowgate Minerals Announces Private Placement'
const OPENING = 'Harrowgate Minerals Ltd. (TSXV: HGM) '
const PLACEMENT =
  'announces a non-brokered private placement of up to 3,000,000 units at $0.12 per unit for gross proceeds of ' +
  'up to $360,000.'
const DRILLING = 'The Company intersected 12.5 g/t gold over 3.0 metres in hole HG-26-04.'
const DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
  'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

/** A draft with tracked changes: the placement inserted, drill results deleted, a comment on the meeting. */
const tracked = docx(
  para(HEADLINE, 'Heading1') +
    p(run(OPENING) + ins(PLACEMENT) + del(' ' + DRILLING)) +
    p(commented('The meeting will be held in Kamloops.', 0)) +
    para(DISCLAIMER),
  {0: 'Confirm that hole HG-26-05 returned 40 g/t gold before release.'}
)

/** A draft whose drill results are in a table only. */
const tabled = docx(
  para('Harrowgate Minerals Ltd. (TSXV: HGM) will hold its annual meeting on June 3.') +
    table([
      ['Hole', 'From (m)', 'Grade (g/t Au)'],
      ['HG-26-04', '4.0', '12.5']
    ]) +
    para(DISCLAIMER)
)

const lintDocx = async (bytes: Uint8Array) => lintText(new VFile({path: 'draft.docx', value: bytes}))
const ruleIds = (file: VFile) => file.messages.map((message) => message.ruleId)

describe('reading a Word draft', () => {
  it('keeps tracked insertions, drops tracked deletions and comments, a blank line between paragraphs', async () => {
    const read = await readWord(tracked, 'draft.docx')
    expect(read).toEqual({
      text: `${HEADLINE}\n\n${OPENING}${PLACEMENT}\n\nThe meeting will be held in Kamloops.\n\n${DISCLAIMER}\n`,
      places: [
        {line: 1, label: '¶1', words: 'Harrowgate Minerals Announces Private…'},
        {line: 3, label: '¶2', words: 'Harrowgate Minerals Ltd. (TSXV:…'},
        {line: 5, label: '¶3', words: 'The meeting will be…'},
        {line: 7, label: '¶4', words: 'Neither TSX Venture Exchange…'},
        {line: 8, label: 'after ¶4', words: 'Neither TSX Venture Exchange…'}
      ]
    })
  })

  it('reads a table row by row, cells separated by " | "', async () => {
    const read = await readWord(tabled, 'draft.docx')
    expect('text' in read && read.text.split('\n')).toEqual([
      'Harrowgate Minerals Ltd. (TSXV: HGM) will hold its annual meeting on June 3.',
      '',
      'Hole | From (m) | Grade (g/t Au)',
      'HG-26-04 | 4.0 | 12.5',
      '',
      DISCLAIMER,
      ''
    ])
    expect('places' in read && read.places.map((place) => place.label)).toEqual([
      '¶1',
      'table 1, row 1',
      'table 1, row 2',
      '¶2',
      'after ¶2'
    ])
  })

  it('accepts every kind of tracked change: a deleted paragraph mark joins, moves land, a deleted row goes', async () => {
    const deletedMark =
      '<w:pPr><w:rPr><w:del w:id="7" w:author="Counsel" w:date="2026-11-02T10:00:00Z"/></w:rPr></w:pPr>'
    const bytes = docx(
      `<w:p>${deletedMark}${run('Drilling resumes ')}</w:p>` +
        para('in May.') +
        `<w:p><w:moveFrom w:id="8" w:author="Counsel">${run('Moved away.')}</w:moveFrom></w:p>` +
        `<w:p><w:moveTo w:id="9" w:author="Counsel">${run('Moved here.')}</w:moveTo></w:p>` +
        '<w:tbl><w:tr><w:tc>' +
        para('kept row') +
        '</w:tc></w:tr><w:tr><w:trPr><w:del w:id="10" w:author="Counsel"/></w:trPr><w:tc>' +
        para('deleted row') +
        '</w:tc></w:tr></w:tbl>'
    )
    const read = await readWord(bytes, 'draft.docx')
    expect('text' in read && read.text).toBe('Drilling resumes in May.\n\nMoved here.\n\nkept row\n')
  })

  it('list items open with "- ", one a line; indents are dropped (Markdown would read code)', async () => {
    const read = await readWord(docx(para('    Use of proceeds:') + item('exploration') + item('working capital')), 'x')
    expect('text' in read && read.text).toBe('Use of proceeds:\n\n- exploration\n- working capital\n')
  })

  it('footnotes come after the body, named as footnotes; the end of the draft is after the body', async () => {
    const bytes = docx(
      p(run('Grades are uncut.') + footnoteReference(1)) + para('More to follow.'),
      {},
      {1: 'Assays by fire assay at an accredited laboratory.'}
    )
    const read = await readWord(bytes, 'draft.docx')
    expect(read).toEqual({
      text: 'Grades are uncut.\n\nMore to follow.\n\nAssays by fire assay at an accredited laboratory.\n',
      places: [
        {line: 1, label: '¶1', words: 'Grades are uncut.'},
        {line: 3, label: '¶2', words: 'More to follow.'},
        {line: 5, label: 'footnote 1', words: 'Assays by fire assay…'},
        {line: 6, label: 'after ¶2', words: 'More to follow.'}
      ]
    })
  })

  it('a file that is not a ZIP, or a ZIP without a document: one reason, no throw', async () => {
    const notZip = await readWord(Buffer.from('Harrowgate Minerals Ltd. (TSXV: HGM)\n'), 'plain.docx')
    expect(notZip).toEqual({reason: expect.stringMatching(/^Cannot read plain\.docx: not a Word document/)})
    const noDocument = await readWord(zip({'notes.txt': 'hello'}), 'empty.docx')
    expect(noDocument).toEqual({reason: expect.stringMatching(/^Cannot read empty\.docx: a damaged Word document \(/)})
    const truncated = await readWord(tracked.subarray(0, 200), 'cut.docx')
    expect(truncated).toEqual({reason: expect.stringMatching(/^Cannot read cut\.docx: a damaged Word document \(/)})
  })

  it('a file that unpacks to far more than a release: refused from its ZIP directory, before anything is unpacked', async () => {
    const parts = {'word/document.xml': 'x'.repeat(1000), 'notes.txt': 'hello'}
    const archive = zip(parts)
    expect(unpackedSize(archive)).toBe(1005)
    // The directory says the document unpacks to 3 GB (as a crafted file's would): the size field of its entry.
    const bomb = Buffer.from(archive)
    const entry = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    bomb.writeUInt32LE(3_000_000_000, entry + 24)
    expect(unpackedSize(bomb)).toBeGreaterThan(MAX_UNPACKED)
    expect(await readWord(bomb, 'huge.docx')).toEqual({
      reason: expect.stringMatching(/^Cannot read huge\.docx: it unpacks to 3000 MB \(more than 50 MB/)
    })
    // Not a ZIP directory at all: nothing declared, and mammoth says what is wrong.
    expect(unpackedSize(Buffer.from('PK not really'))).toBe(0)
  })
})

describe('places (properties)', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9$.,()“”’-]{1,12}$/)
  const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '\t', '\n', '   ')), {maxLength: 12})
  const runOf = (parts: string[]) => ({type: 'run', children: parts.map((part) => ({type: 'text', value: part}))})
  const block = fc.oneof(
    text.map((parts) => ({type: 'paragraph', children: [runOf(parts)]})),
    fc
      .array(fc.array(fc.array(word, {maxLength: 3}), {minLength: 1, maxLength: 3}), {minLength: 1, maxLength: 3})
      .map((rows) => ({
        type: 'table',
        children: rows.map((cells) => ({
          type: 'tableRow',
          children: cells.map((cell) => ({
            type: 'tableCell',
            children: [{type: 'paragraph', children: [runOf([cell.join(' ')])]}]
          }))
        }))
      }))
  )

  it('each place is on the line its words open, and every line of text has its place', () => {
    fc.assert(
      fc.property(fc.array(block, {maxLength: 8}), (children) => {
        const {text, places} = documentText({type: 'document', children})
        const lines = text.split('\n')
        for (const place of places.slice(0, -1)) {
          // The opening words (a line break in the paragraph reads as a space).
          const from = lines
            .slice(place.line - 1)
            .join(' ')
            .replace(/\s+/g, ' ')
          expect(from.startsWith(place.words.replace(/…$/, ''))).toBe(true)
          // Never an indent: Markdown would read it as code.
          expect(lines[place.line - 1]).toBe(lines[place.line - 1].trimStart())
        }
        for (let line = 1; line <= lines.length; line++) {
          const found = wordPlaceOf({data: {disclosureLintWordPlaces: places}} as unknown as VFile, line)
          if (places.length === 0) expect(found).toBeUndefined()
          else expect(found).toBe(places.findLast((place) => place.line <= line) ?? places[0])
        }
      })
    )
  })
})

describe('linting a Word draft (API)', () => {
  it('a finding on inserted text appears, none on deleted text or a comment', async () => {
    const file = await lintDocx(tracked)
    // The inserted placement needs the U.S. legend; the deleted drill results and the comment's grade need no QP.
    expect(ruleIds(file)).toContain('us-distribution-legend')
    expect(ruleIds(file)).not.toContain('qp-statement')
    expect(ruleIds(file)).not.toContain('exchange-disclaimer')
    // Control: the same draft with the drill results kept needs its QP statement.
    const kept = await lintDocx(docx(para(HEADLINE) + p(run(OPENING) + ins(PLACEMENT) + run(' ' + DRILLING))))
    expect(ruleIds(kept)).toContain('qp-statement')
  })

  it('drill results in a table are read', async () => {
    expect(ruleIds(await lintDocx(tabled))).toContain('qp-statement')
  })

  it('a damaged .docx: one fatal input message, no rule runs', async () => {
    const file = await lintDocx(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from(DISCLAIMER)]))
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['input', true]])
  })
})

/** Every file under `dir`: name → base64 of its bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('base64')])
  )

const lint = (dir: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8'})
  return {status: result.status, output: result.stdout + result.stderr, stdout: result.stdout, stderr: result.stderr}
}

describe('the CLI on Word drafts', () => {
  const dir = makeDir({
    'tracked.docx': tracked,
    'tabled.docx': tabled,
    'old.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
    'scan.pdf': '%PDF-1.7\n',
    'notes.rtf': '{\\rtf1\\ansi draft}',
    'draft.odt': zip({mimetype: 'application/vnd.oasis.opendocument.text'}),
    'draft.pages': zip({'Index/Document.iwa': 'x'}),
    'plain.docx': 'Harrowgate Minerals Ltd. (TSXV: HGM) will hold its meeting.\n'
  })
  const before = snapshot(dir)
  const folder = lint(dir, '.')

  it('a folder: .docx drafts found and linted, each finding named by paragraph and its opening words', () => {
    expect(folder.output).toMatch(/tracked\.docx/)
    // The report wraps its lines: read it with its white space collapsed.
    const flat = folder.output.replace(/\s+/g, ' ')
    expect(flat).toMatch(/¶1, “Harrowgate Minerals Announces Private…”: Missing U\.S\. distribution legend/)
    // The drill results are in the table: the missing QP statement is placed on them.
    expect(flat).toMatch(/table 1, row 2, “HG-26-04 \| 4\.0 \| 12\.5”: Missing Qualified Person/)
    expect(folder.output).not.toMatch(/\n\s+at /)
  })

  it('formats we do not read: one line each, how to save the draft; exit 2 as for other unreadable inputs', () => {
    for (const [name, kind] of [
      ['old.doc', 'a Word 97-2003 document (.doc)'],
      ['scan.pdf', 'a PDF file (.pdf)'],
      ['notes.rtf', 'an RTF document (.rtf)'],
      ['draft.odt', 'an OpenDocument text (.odt)'],
      ['draft.pages', 'a Pages document (.pages)']
    ]) {
      expect(folder.output).toContain(name)
      const line = `Cannot lint ${kind}: save the draft as .docx, plain text (.txt) or Markdown (.md)`
      expect(folder.output.split(line)).toHaveLength(2)
    }
    expect(folder.output).toMatch(/Cannot read plain\.docx: not a Word document/)
    expect(folder.status).toBe(2)
  })

  it('a .docx on stdin (its bytes read as text): one line, name the file instead', () => {
    const result = spawnSync(process.execPath, [cli, '--file-path', 'tracked.docx'], {cwd: dir, input: tracked})
    const output = String(result.stdout) + String(result.stderr)
    expect(output).toContain(
      'Cannot lint a Word document (.docx) read as text (from stdin or an editor): name its file'
    )
    expect(result.status).toBe(2)
  })

  it('JSON points at the .docx; positions are in the text read; the .docx is never written', () => {
    const json = lint(dir, '--report', 'json', 'tracked.docx')
    const report = JSON.parse(json.stdout.trim() || json.stderr.trim()) as Array<{
      path: string
      messages: Array<{ruleId: string; reason: string; line: number}>
    }>
    expect(report.map((file) => file.path)).toEqual(['tracked.docx'])
    const legend = report[0].messages.find((message) => message.ruleId === 'us-distribution-legend')
    expect(legend).toMatchObject({line: 1, reason: expect.stringMatching(/^Missing U\.S\. distribution legend/)})
    expect(report[0].messages.map((message) => message.ruleId)).not.toContain('qp-statement')
    expect(json.status).toBe(1)
    expect(snapshot(dir)).toEqual(before)
  })
})
