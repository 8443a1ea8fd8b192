/**
 * A draft's bytes to its text, decided on the bytes: a byte-order mark (UTF-8,
 * UTF-16 LE/BE) is honoured and dropped, so every offset counts characters of
 * the draft as written; files that are plainly not drafts (PDF, Office, images,
 * RTF) are named by their magic numbers; a file with no UTF-8 sequence in it is
 * read as Windows-1252 (Word's "Plain Text" on Windows), other bytes that are
 * not UTF-8 are refused, while a U+FFFD the file really holds (as EF BF BD) is
 * text like any other.
 * A Word draft (.docx, .docm) is read for its text (word.ts): the parser marks
 * it and the decoder's transformer, first of the run, reads it and parses the
 * text it holds.
 *
 * `disclosureLintDecode` runs this before remark parses: it wraps the parser,
 * so the tree's positions are those of the decoded text. unified-engine reads
 * files as UTF-8 strings (bytes that are not UTF-8 become U+FFFD); with
 * `{fromDisk: true}` (the CLI) such a string is checked again on the bytes on
 * disk, the only case where the string lost what the bytes said.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {parseShielded} from './parse-guard.js'
import {WORD_PLACES} from './word-places.js'

/** The draft's text, or why it cannot be linted. */
export type Decoded = {text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'} | {reason: string}

const SAVE_AS_TEXT = 'save the draft as plain text (.txt) or Markdown (.md)'
/** For what a word processor can save as .docx. */
const SAVE_AS_DOCX = 'save the draft as .docx, plain text (.txt) or Markdown (.md)'

/** Drafts read for their text though not text: Word documents. */
const WORD_EXTENSIONS = ['.docx', '.docm']

/** Whether a file named with `extname` is a Word draft we read (word.ts). */
export const isWordDraft = (extname: string): boolean => WORD_EXTENSIONS.includes(extname.toLowerCase())

/** Drafts in formats we do not read, by extension: a word processor saves them as .docx. */
const NOT_READ: Record<string, string> = {
  '.doc': 'a Word 97-2003 document',
  '.dot': 'a Word 97-2003 template',
  '.rtf': 'an RTF document',
  '.odt': 'an OpenDocument text',
  '.pages': 'a Pages document',
  '.pdf': 'a PDF file'
}
const WORD_PROCESSED = new Set(Object.values(NOT_READ))

/** Why a file found with extension `extname` is a draft we cannot read (.doc, .rtf, .pdf, …), if it is one. */
export function notReadFormat(extname: string): string | undefined {
  const kind = NOT_READ[extname.toLowerCase()]
  return kind ? `Cannot lint ${kind}${kindOf(extname)}: ${SAVE_AS_DOCX}` : undefined
}

const ZIP_KINDS: Record<string, string> = {
  '.docx': 'a Word document',
  '.docm': 'a Word document',
  '.dotx': 'a Word template',
  '.xlsx': 'an Excel workbook',
  '.xlsm': 'an Excel workbook',
  '.pptx': 'a PowerPoint presentation',
  '.odt': 'an OpenDocument text',
  '.ods': 'an OpenDocument spreadsheet',
  '.odp': 'an OpenDocument presentation',
  '.pages': 'a Pages document',
  '.epub': 'an EPUB book',
  '.zip': 'a ZIP archive'
}

const OLE_KINDS: Record<string, string> = {
  '.doc': 'a Word 97-2003 document',
  '.dot': 'a Word 97-2003 template',
  '.xls': 'an Excel 97-2003 workbook',
  '.ppt': 'a PowerPoint 97-2003 presentation',
  '.msg': 'an Outlook message'
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((byte, index) => bytes[index] === byte)

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))

/** What a ZIP file is: by extension, else by its first entry (`mimetype` of OpenDocument, `word/` of OOXML). */
function zipKind(bytes: Uint8Array, extname: string): string {
  const known = ZIP_KINDS[extname.toLowerCase()]
  if (known) return known
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  if (head.includes('application/vnd.oasis.opendocument.text')) return 'an OpenDocument text'
  if (head.includes('word/')) return 'a Word document'
  if (head.includes('xl/')) return 'an Excel workbook'
  if (head.includes('ppt/')) return 'a PowerPoint presentation'
  return 'a ZIP archive (or an Office document)'
}

/** The kind of file its first bytes say it is, when that is plainly not a draft. */
export function magicKind(bytes: Uint8Array, extname = ''): string | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'a PDF file'
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipKind(bytes, extname)
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return OLE_KINDS[extname.toLowerCase()] ?? 'an Office 97-2003 file (such as a .doc)'
  }
  if (startsWith(bytes, ascii('{\\rtf'))) return 'an RTF document'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'a PNG image'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image'
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'a GIF image'
  return undefined
}

const kindOf = (extname: string) => (extname ? ` (${extname})` : '')

/** The reason for a file that is not text: binary (a NUL byte), or what its magic number says. */
function notText(bytes: Uint8Array, extname: string): string | undefined {
  const kind = magicKind(bytes, extname)
  if (kind) return `Cannot lint ${kind}${kindOf(extname)}: ${WORD_PROCESSED.has(kind) ? SAVE_AS_DOCX : SAVE_AS_TEXT}`
  return undefined
}

const BINARY = (extname: string) => `Cannot lint a binary file${kindOf(extname)}: ${SAVE_AS_TEXT}`

/**
 * The largest draft linted, in bytes of UTF-8: 10 MB, a hundred times a long release (a 5 MB draft lints; an
 * 18 MB export of a whole newswire archive took minutes). Larger files are refused in one line, before parsing.
 */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024

const TOO_LARGE = (bytes: number, extname: string) =>
  `Cannot lint a draft of ${(bytes / 1024 / 1024).toFixed(1)} MB${kindOf(extname)}: the limit is ` +
  `${MAX_DRAFT_BYTES / 1024 / 1024} MB, a hundred times a long news release; lint each release in a file of its own`

/** Decode a draft's bytes (see the module comment). */
export function decodeDraft(bytes: Uint8Array, extname = ''): Decoded {
  const magic = notText(bytes, extname)
  if (magic) return {reason: magic}
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return {reason: `Cannot lint a UTF-32 file${kindOf(extname)}: save the draft as UTF-8 text`}
  }
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : undefined
  if (utf16) {
    let text: string
    try {
      text = new TextDecoder(utf16, {fatal: true, ignoreBOM: true}).decode(bytes.subarray(2))
    } catch {
      return {
        reason: `Cannot lint a file that is not valid UTF-8 or ${utf16.toUpperCase()}${kindOf(extname)}: save the draft as UTF-8 text`
      }
    }
    if (text.includes('\u0000')) return {reason: BINARY(extname)}
    const size = Buffer.byteLength(text, 'utf8')
    if (size > MAX_DRAFT_BYTES) return {reason: TOO_LARGE(size, extname)}
    return {text, encoding: utf16}
  }
  if (bytes.length > MAX_DRAFT_BYTES) return {reason: TOO_LARGE(bytes.length, extname)}
  if (bytes.includes(0)) return {reason: BINARY(extname)}
  try {
    // The BOM, if any, is dropped (`ignoreBOM: false`): offsets count from the first character of the draft.
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8'}
  } catch {
    const text = windows1252(bytes)
    if (text !== undefined) return {text, encoding: 'windows-1252'}
    return {reason: `Cannot lint a file that is not valid UTF-8${kindOf(extname)}: save the draft as UTF-8 text`}
  }
}

/**
 * Windows-1252's characters for the bytes 0x80 to 0x9F (0 where it has none: 0x81, 0x8D, 0x8F, 0x90, 0x9D). Node's
 * TextDecoder reads "windows-1252" as ISO-8859-1 there (C1 controls, not curly quotes), so the table is ours.
 */
const CP1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
]
const CP1252_BYTE = new Map(CP1252.flatMap((code, i) => (code ? [[code, 0x80 + i] as const] : [])))

/**
 * A draft saved by Word on Windows as "Plain Text" in its default encoding, Windows-1252 (curly quotes 0x93 0x94,
 * "é" 0xE9), read as such: its text, or undefined when the bytes are not that. A file with as many UTF-8
 * sequences of two or more bytes as bytes that are not UTF-8 is UTF-8 with bytes broken, not Windows-1252; nor is
 * one with a byte that is no character in Windows-1252.
 */
function windows1252(bytes: Uint8Array): string | undefined {
  // Bytes that are UTF-8 sequences, and high bytes that are not: a UTF-8 file with a few bytes broken has more of
  // the first; a Windows-1252 file, where a sequence happens only by chance ("Ã©"), more of the second.
  let sequences = 0
  let strays = 0
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i]
    if (lead < 0x80) continue
    const width =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    let continued = width > 0 && i + width <= bytes.length
    for (let k = 1; continued && k < width; k++) continued = (bytes[i + k] & 0xc0) === 0x80
    if (continued) {
      sequences++
      i += width - 1
    } else strays++
  }
  if (sequences >= strays) return undefined
  const codes = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]
    const code = byte >= 0x80 && byte < 0xa0 ? CP1252[byte - 0x80] : byte
    if (code === 0) return undefined
    codes[i] = code
  }
  return new TextDecoder('utf-16le').decode(codes)
}

/** `text` in Windows-1252, or undefined when a character has no byte there (a fix would lose it). */
export function encodeWindows1252(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : CP1252_BYTE.get(code)
    if (byte === undefined) return undefined
    bytes[i] = byte
  }
  return bytes
}

/**
 * Check a draft that arrives as text (an editor's buffer, `lintText` with a
 * string): a NUL is binary, the magic numbers that are text (`%PDF-`, `PK`,
 * `{\rtf`, `GIF8`) name the file, a leading BOM is dropped. U+FFFD is text.
 */
export function checkText(value: string, extname = ''): Decoded {
  const head = new TextEncoder().encode(value.slice(0, 16))
  const magic = notText(head, extname)
  if (magic) return {reason: magic}
  // Its size in UTF-8, counted only where it could be too large (each character is one to three bytes).
  const size = value.length * 3 > MAX_DRAFT_BYTES ? Buffer.byteLength(value, 'utf8') : 0
  if (size > MAX_DRAFT_BYTES) return {reason: TOO_LARGE(size, extname)}
  if (value.includes('\u0000')) return {reason: BINARY(extname)}
  return {text: value.charCodeAt(0) === 0xfeff ? value.slice(1) : value, encoding: 'utf-8'}
}

/** The draft `file` holds, decoded (see the module comment); `fromDisk`: its string was read from disk as UTF-8. */
export function readDraft(file: VFile, fromDisk = false): Decoded {
  const value = file.value
  const extname = file.extname ?? ''
  if (value instanceof Uint8Array) return decodeDraft(value, extname)
  const text = String(value ?? '')
  // A string read as UTF-8 holds U+FFFD where a byte was not UTF-8 (or where the file holds EF BF BD): ask the bytes.
  if (fromDisk && file.path && !file.data.unifiedEngineStreamIn && text.includes('\uFFFD')) {
    let bytes: Uint8Array | undefined
    try {
      bytes = readFileSync(path.resolve(file.cwd, file.path))
    } catch {
      bytes = undefined
    }
    if (bytes) return decodeDraft(bytes, extname)
  }
  return checkText(text, extname)
}

/** Options of `disclosureLintDecode`. */
export interface DecodeOptions {
  /** Strings in `file.value` were read from disk as UTF-8 (unified-engine): check their bytes (default: false). */
  fromDisk?: boolean
}

/** Where the decoder leaves its verdict for the input guard. */
export const UNREADABLE = 'disclosureLintUnreadable'

/** Where the parser leaves a Word draft's bytes for the transformer to read. */
const WORD_BYTES = 'disclosureLintWordBytes'

/** A Word draft's bytes: the file's, or (read as a string from disk) the bytes on disk; none where lost. */
function wordBytes(file: VFile, fromDisk: boolean): Uint8Array | undefined {
  if (file.value instanceof Uint8Array) return file.value
  if (!fromDisk || !file.path || file.data.unifiedEngineStreamIn) return undefined
  try {
    return readFileSync(path.resolve(file.cwd, file.path))
  } catch {
    return undefined
  }
}

/**
 * Decode the draft before remark parses it (wraps the parser in place, so use
 * it right after `remark-parse`). A file that cannot be linted parses to an
 * empty root and carries the reason for the input guard to report. A Word
 * draft parses to an empty root too, then its transformer (first of the run,
 * before the guard) reads its text (word.ts) and parses that.
 */
const disclosureLintDecode: Plugin<[DecodeOptions?], Root> = function (options) {
  const parse = this.parser
  if (!parse) return
  const fromDisk = options?.fromDisk === true
  this.parser = function (document: string, file: VFile): Root {
    const piece = typeof file.value === 'string' && document !== file.value
    // A Word draft not yet read (once read, its value is the text read from it).
    const word = isWordDraft(file.extname ?? '') && !piece && !file.data[WORD_PLACES]
    const bytes = word ? wordBytes(file, fromDisk) : undefined
    if (bytes) {
      file.data[WORD_BYTES] = bytes
      return {type: 'root', children: []}
    }
    // Called on other text than the file's (a tool parsing a piece): that text is the draft.
    const decoded =
      piece || file.data[WORD_PLACES] ? checkText(document, file.extname ?? '') : readDraft(file, fromDisk)
    if ('reason' in decoded) {
      // A Word draft whose bytes were read as text (stdin, an editor's buffer): its file can be read.
      file.data[UNREADABLE] = word
        ? `Cannot lint a Word document${kindOf(file.extname ?? '')} read as text (from stdin or an editor): ` +
          'name its file instead (disclosure-lint draft.docx)'
        : decoded.reason
      return {type: 'root', children: []}
    }
    if (decoded.text !== document || typeof file.value !== 'string') file.value = decoded.text
    // The parser's own worst cases are read as plain text (parse-guard.ts).
    return parseShielded(parse as (document: string, file: VFile) => Root, decoded.text, file)
  }
  const readInto = async (tree: Root, file: VFile, bytes: Uint8Array): Promise<void> => {
    const {readWord} = await import('./word.js')
    const read = await readWord(bytes, file.basename ?? 'the draft')
    if ('reason' in read) {
      file.data[UNREADABLE] = read.reason
      return
    }
    file.value = read.text
    file.data[WORD_PLACES] = read.places
    const parsed = parseShielded(parse as (document: string, file: VFile) => Root, read.text, file)
    tree.children = parsed.children
    tree.position = parsed.position
  }
  // Synchronous for every other draft (`runSync` still works on them).
  return function (tree: Root, file: VFile): Promise<void> | undefined {
    const bytes = file.data[WORD_BYTES]
    if (!bytes) return undefined
    delete file.data[WORD_BYTES]
    return readInto(tree, file, bytes)
  }
}

export default disclosureLintDecode
