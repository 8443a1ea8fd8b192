/**
 * The draft's bytes, as the built CLI reads them: a BOM does not shift any
 * position, UTF-16 (Word's "Unicode text") and Windows-1252 (Word's "Plain Text") lint as their UTF-8 twin, a U+FFFD
 * the file really holds is text while bytes that are not UTF-8 are refused,
 * files that are plainly not drafts are named by their magic numbers, and a
 * draft nested thousands deep is refused with one line, never a stack trace.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {lintText} from '../src/api.js'
import {decodeDraft, encodeWindows1252} from '../src/core/decode.js'
import {root, tempFolders} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
const dir = tempFolders('dl-bytes-')()

// An invented TSX-V issuer; findings on the first line and at line ends (the legend, the missing disclaimer).
const DRAFT =
  'Bérénice Lake Gold Corp. (TSXV: BLG) announces a “non-brokered” private placement of up to 2,000,000 units at ' +
  '$0.10 per unit for gross proceeds of up to $200,000.\n\n' +
  'Each unit consists of one common share and one warrant. The securities will be subject to a hold period of ' +
  'four months.\n\nNot for distribution to United States newswire services or for dissemination in the United States.\n'

interface Point {
  line: number
  column: number
}
interface Report {
  messages: Array<{ruleId: string | null; reason: string; place?: {start: Point; end: Point}}>
}

function write(name: string, value: string | Uint8Array): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, value)
  return file
}

function lint(...files: string[]) {
  const result = spawnSync(process.execPath, [cli, '--report', 'json', ...files], {cwd: dir, encoding: 'utf8'})
  return {status: result.status, stdout: result.stdout}
}

const utf16be = (text: string) => {
  const bytes = Buffer.from(text, 'utf16le')
  bytes.swap16()
  return bytes
}

/** Lint `files` in one run of the CLI (JSON report); each file's findings as `ruleId line:column-endLine:endColumn`. */
function lintAll(files: Record<string, string | Uint8Array>) {
  const paths = Object.entries(files).map(([name, value]) => write(name, value))
  const result = lint(...paths)
  const reports = JSON.parse(result.stdout) as Array<Report & {path: string}>
  const byName = new Map(reports.map((report) => [path.basename(report.path), report.messages]))
  return {status: result.status, messages: (name: string) => byName.get(name) ?? []}
}

const at = (p?: Point) => (p ? `${p.line}:${p.column}` : '')
const place = (m: Report['messages'][number]) => `${m.ruleId} ${at(m.place?.start)}-${at(m.place?.end)}`

describe('encodings: the same findings at the same places as the UTF-8 draft', () => {
  const variants: Array<[string, Uint8Array]> = [
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DRAFT)])],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(DRAFT, 'utf16le')])],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(DRAFT)])]
  ]
  const fileName = (name: string) => `${name.replace(/\W+/g, '-')}.md`
  const run = lintAll({
    'plain.md': DRAFT,
    ...Object.fromEntries(variants.map(([name, bytes]) => [fileName(name), bytes]))
  })
  const expected = run.messages('plain.md').map(place)

  it('the UTF-8 draft has findings with end columns inside lines', () => {
    expect(expected.length).toBeGreaterThan(1)
    expect(expected.some((f) => /-\d+:(?!1$)\d+$/.test(f))).toBe(true)
    expect(run.status).toBe(1)
  })

  it.each(variants)('%s', (name) => {
    expect(run.messages(fileName(name)).map(place)).toEqual(expected)
  })
})

describe('Windows-1252: a draft Word saved as "Plain Text" on Windows', () => {
  // The draft's characters all have a byte in Windows-1252: “ ” 0x93 0x94, é 0xE9, ’ 0x92.
  const cp1252 = (text: string) => {
    const bytes = encodeWindows1252(text)
    if (!bytes) throw new Error('not Windows-1252')
    return bytes
  }
  const run = lintAll({'twin.md': DRAFT, 'windows.md': cp1252(DRAFT)})

  it('lints with the same findings at the same places as its UTF-8 twin', () => {
    expect(run.messages('twin.md').length).toBeGreaterThan(1)
    expect(run.messages('windows.md').map(place)).toEqual(run.messages('twin.md').map(place))
  })

  it.each([
    ['a byte that is no character there (0x81)', [0x81]],
    ['a UTF-8 sequence beside a byte that is not UTF-8', [0xc3, 0xa9, 0xff]]
  ])('%s: refused with one line', (_name, bad) => {
    const ascii = DRAFT.replace(/[^ -~\n]/g, '"')
    const bytes = Buffer.concat([Buffer.from(ascii.slice(0, 40)), Buffer.from(bad), Buffer.from(ascii.slice(40))])
    const result = spawnSync(process.execPath, [cli, write(`bad-1252-${bad.length}.md`, bytes)], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(result.stderr).toMatch(/Cannot lint a file that is not valid UTF-8 \(\.md\)/)
    expect(result.status).toBe(2)
  })

  it('property: text of Windows-1252 characters decodes from its bytes to itself', () => {
    // Words as drafts write them: a special character stands beside letters, not in runs of them.
    const special = ['“', '”', '‘', '’', '–', '—', 'é', 'è', 'ç', 'à', 'ô', '«', '»', '€', '…', 'É', 'Ç']
    const word = fc.oneof(
      fc.constantFrom('gold', 'Société', 'placement', '$0.10', '1,000,000', 'units.', '\n\n'),
      fc.tuple(fc.constantFrom(...special), fc.constantFrom('a', 'e', 'Le', 'x')).map(([x, y]) => `${x}${y}`)
    )
    fc.assert(
      fc.property(fc.array(word, {maxLength: 80}), (words) => {
        const text = `Acme Gold Corp. ${words.join(' ')} é`
        const decoded = decodeDraft(cp1252(text))
        expect(decoded).toEqual({text, encoding: 'windows-1252'})
      })
    )
  })
})

describe('U+FFFD: judged on the bytes', () => {
  it('a valid UTF-8 file holding U+FFFD (EF BF BD) is linted', () => {
    const withReplacement = DRAFT.replace('private placement', 'private \uFFFD placement')
    const result = lint(write('replacement.md', withReplacement))
    const messages = (JSON.parse(result.stdout) as Report[])[0].messages
    expect(messages.some((m) => m.ruleId === 'input')).toBe(false)
    expect(messages.length).toBeGreaterThan(0)
    expect(result.status).toBe(1)
  })

  it.each([
    ['a lone 0xFF byte', [0xff]],
    ['a truncated sequence', [0xe2, 0x80]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]]
  ])('%s is still refused with one line', (_name, bad) => {
    const bytes = Buffer.concat([Buffer.from(DRAFT.slice(0, 40)), Buffer.from(bad), Buffer.from(DRAFT.slice(40))])
    const result = spawnSync(process.execPath, [cli, write(`bad-${bad.length}.md`, bytes)], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(result.stderr).toMatch(/Cannot lint a file that is not valid UTF-8 \(\.md\): save the draft as UTF-8 text/)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    expect(result.status).toBe(2)
  })
})

describe('files that are not drafts: named by their magic numbers', () => {
  const text = Buffer.from(DRAFT)
  const table: Array<[string, string, Uint8Array, string]> = [
    ['a PDF whose bytes are ASCII', 'scan.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), text]), 'a PDF file (.pdf)'],
    ['a PDF named .txt', 'scan.txt', Buffer.concat([Buffer.from('%PDF-1.4\n'), text]), 'a PDF file (.txt)'],
    ['an .xlsx (ZIP)', 'figures.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), text]), 'an Excel workbook (.xlsx)'],
    ['an .odt (ZIP)', 'release.odt', Buffer.concat([Buffer.from('PK\x03\x04'), text]), 'an OpenDocument text (.odt)'],
    [
      'an old Word .doc (OLE)',
      'old.doc',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...text]),
      'a Word 97-2003 document (.doc)'
    ],
    ['an RTF', 'release.rtf', Buffer.from('{\\rtf1\\ansi ' + DRAFT + '}'), 'an RTF document (.rtf)'],
    ['a PNG', 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...text]), 'a PNG image (.png)'],
    ['a JPEG', 'photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...text]), 'a JPEG image (.jpg)'],
    ['a GIF', 'map.gif', Buffer.concat([Buffer.from('GIF89a'), text]), 'a GIF image (.gif)']
  ]
  const run = lintAll(Object.fromEntries(table.map(([, file, bytes]) => [file, bytes])))

  it('exit 2: the tool could not lint them', () => {
    expect(run.status).toBe(2)
  })

  it.each(table)('%s', (_name, file, _bytes, kind) => {
    // One message, fatal: no finding of a rule on the bytes. What a word processor opens can be saved as .docx.
    const docx = /PDF|Word|RTF|OpenDocument text/.test(kind) ? '.docx, ' : ''
    expect(run.messages(file).map((m) => [m.ruleId, m.reason])).toEqual([
      ['input', `Cannot lint ${kind}: save the draft as ${docx}plain text (.txt) or Markdown (.md)`]
    ])
  })
})

describe('deep nesting: refused with one line, the other files still reported', () => {
  const deep = {
    '10,000 nested blockquotes': '> '.repeat(10_000) + 'text\n',
    '3,000 nested list items': '1. '.repeat(3_000) + 'item\n'
  }

  it('CLI: one line per deep file, exit 2, the draft beside them reported', () => {
    const files = Object.values(deep).map((value, index) => write(`deep-${index}.md`, value))
    const result = spawnSync(process.execPath, [cli, ...files, write('beside.md', DRAFT)], {cwd: dir, encoding: 'utf8'})
    expect(result.stdout + result.stderr).not.toMatch(/RangeError|Maximum call stack|^\s+at /m)
    expect(result.stderr.match(/Cannot lint a draft nested more than 1000 levels deep/g)).toHaveLength(2)
    // The report (stdout) lists the draft beside them with its findings; the deep files are said on stderr.
    expect(result.stdout.split('\n').filter((line) => /^\S/.test(line))[0]).toBe('beside.md')
    expect(result.stdout).toMatch(/^ +\d+:\d+ +error +exchange-disclaimer: /m)
    expect(result.status).toBe(2)
  })

  it.each([
    ['10,000 nested blockquotes', deep['10,000 nested blockquotes']],
    ['600 nested list items (1,200 deep)', '- '.repeat(600) + 'item\n']
  ])('lintText: %s gives a message, not a RangeError', async (_name, value) => {
    const file = await lintText(value)
    expect(file.messages.map((m) => m.ruleId)).toEqual(['input'])
    expect(file.messages[0].fatal).toBe(true)
  })
})

describe('a draft larger than 10 MB: refused with one line, before it is parsed', () => {
  const MB = 1024 * 1024
  // ASCII: a character is a byte.
  const para = 'Acme Gold Corp. (TSXV: ACM) will drill the Birch project in May.\n\n'
  const ofSize = (bytes: number) => para.repeat(Math.ceil(bytes / para.length)).slice(0, bytes)

  it('CLI: one line, exit 2; the draft beside it reported', () => {
    const big = write('archive.txt', ofSize(11 * MB))
    const result = spawnSync(process.execPath, [cli, big, write('beside.md', DRAFT)], {cwd: dir, encoding: 'utf8'})
    const line = /^disclosure-lint: archive\.txt: Cannot lint a draft of 11\.0 MB \(\.txt\): the limit is 10 MB, .*$/m
    expect(result.stderr).toMatch(line)
    expect(result.stderr.match(line)![0]).toContain('lint each release in a file of its own')
    expect(result.stdout.split('\n').filter((line) => /^\S/.test(line))[0]).toBe('beside.md')
    expect(result.status).toBe(2)
  })

  it('the limit counts bytes of UTF-8: 5 MB lints, 10 MB and a byte does not, whatever the encoding', async () => {
    const {decodeDraft, checkText, MAX_DRAFT_BYTES} = await import('../src/core/decode.js')
    expect(MAX_DRAFT_BYTES).toBe(10 * MB)
    expect(decodeDraft(Buffer.from(ofSize(5 * MB)), '.txt')).toMatchObject({encoding: 'utf-8'})
    expect(decodeDraft(Buffer.from(ofSize(10 * MB)), '.txt')).toMatchObject({encoding: 'utf-8'})
    expect(decodeDraft(Buffer.from(ofSize(10 * MB + 1)), '.txt')).toEqual({
      reason: expect.stringMatching(/^Cannot lint a draft of 10\.0 MB \(\.txt\): the limit is 10 MB/)
    })
    // Accented text: two bytes a character in UTF-8, counted as such in a string (an editor's buffer).
    expect(checkText('é'.repeat(4 * MB))).toMatchObject({encoding: 'utf-8'})
    expect(checkText('é'.repeat(6 * MB))).toEqual({reason: expect.stringMatching(/^Cannot lint a draft of 12\.0 MB/)})
    // UTF-16: its size in UTF-8 counts, not its own (6 MB of ASCII is 12 MB of UTF-16).
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ofSize(6 * MB), 'utf16le')])
    expect(decodeDraft(utf16, '.txt')).toMatchObject({encoding: 'utf-16le'})
  })
})
