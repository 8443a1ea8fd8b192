/**
 * A Word draft (.docx, .docm) to the text the rules read, as the corpus text
 * is written: paragraphs and headings separated by blank lines, list items
 * opening with "- ", each table row one line with its cells separated by
 * " | " (a table that lays the release out: its cells' paragraphs, as the
 * body's), the footnotes last. mammoth reads the document: tracked insertions
 * and moves are kept where they land, tracked deletions (and deleted rows,
 * moved-from text) dropped, as Word shows the draft with every change
 * accepted; the first page's header goes above the body (word-headers.ts);
 * the runs of wrappers mammoth skips (simple fields, direction) are unwrapped
 * first (word-zip.ts), carriage returns and positional tabs made the line
 * breaks and tabs Word shows, and the text boxes of drawings with no VML copy copied
 * out of them (word-text-boxes.ts); struck-through words (a blackline's
 * deletions, `w:strike`, `w:dstrike`) and hidden words (`w:vanish`) are
 * written as a text draft's redline
 * residue ("~~$0.15~~"), which the model reads as a note to draft, no word of
 * the release; comments, footers and images are not read. The text of
 * each paragraph starts a place (word-places.ts), so a finding can name its
 * paragraph. Loaded only when a Word draft is linted.
 */
import {firstPageHeader} from './word-headers.js'
import type JSZip from 'jszip'
import {openZip, part, records, rezip} from './word-zip.js'
import {textBoxesOutOfDrawings} from './word-text-boxes.js'
import type {WordPlace} from './word-places.js'

/** What mammoth's document holds, as far as we read it. */
interface Element {
  type: string
  children?: Element[]
  value?: string
  numbering?: unknown
  noteType?: string
  noteId?: string
  body?: Element[]
  isStrikethrough?: boolean
  verticalAlignment?: string
}
interface Document extends Element {
  notes?: {resolve(reference: Element): Element | null}
}

/** The text read from a Word draft and where each paragraph of it is, or why it cannot be read. */
export type WordText = {text: string; places: WordPlace[]} | {reason: string}

const WORDS = 4
const MAX_QUOTE = 40

/** The opening words of `text` (a table row's cell separators not counted), `…` where cut. */
function openingWords(text: string): string {
  const words = text.split(/\s+/).filter(Boolean)
  let end = 0
  for (let counted = 0; end < words.length && counted < WORDS; end++) if (words[end] !== '|') counted++
  let quote = words.slice(0, end).join(' ')
  if (quote.length > MAX_QUOTE)
    quote = quote
      .slice(0, MAX_QUOTE)
      .replace(/[\uD800-\uDBFF]$/, '')
      .trimEnd()
  if (quote.length < words.join(' ').length) quote += '…'
  // A copy: a slice of the text read would keep the whole draft alive as long as its places (a run of many drafts).
  return Buffer.from(quote, 'utf8').toString('utf8')
}

/** The text of a paragraph (or a cell's content), walked without recursion; note references go to `notes`. */
function textOf(elements: Element[], notes: Element[] | undefined): string {
  let text = ''
  const stack: Element[] = []
  // Pushed last first (not spread: a paragraph of a million runs would overflow the arguments of `push`).
  const push = (children: Element[]) => {
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
  }
  push(elements)
  while (stack.length > 0) {
    const element = stack.pop()!
    // Struck through: a blackline's deletion (a comparison's or counsel's own), written as a text draft's residue.
    if (element.type === 'run' && element.isStrikethrough === true) {
      text += struck(element)
      continue
    }
    if (element.type === 'run' && isMarkAfterFigure(element, text)) continue
    if (element.type === 'text') text += element.value ?? ''
    else if (element.type === 'tab') text += '\t'
    else if (element.type === 'break') text += '\n'
    else if (element.type === 'noteReference') notes?.push(element)
    else if (element.type === 'paragraph' && text !== '' && !text.endsWith(' ')) {
      // Paragraphs in one table cell (or a nested table): one run of words.
      text += ' '
      push(element.children ?? [])
    } else if (element.children && element.type !== 'commentReference') {
      push(element.children)
    }
  }
  return text
}

/** The most characters between one pair of strikethrough marks (the model reads up to 200 as struck). */
const STRUCK_CHUNK = 150

/**
 * A struck-through run's words (or a hidden one's: see `DRAFT_MATTER`) as a text draft's redline residue, "~~and one
 * day~~": Word prints them struck, so they are to be removed before the release goes out (`unfilled-placeholder`
 * reports them as a note to draft, as in a text draft) and no other rule reads them. The marks go inside its spaces,
 * around chunks of words the model reads.
 */
function struck(run: Element): string {
  let words = ''
  for (const child of run.children ?? []) words += child.type === 'text' ? (child.value ?? '').replace(/~/g, '-') : ' '
  const trimmed = words.trim()
  if (trimmed === '') return words
  const chunks: string[] = []
  let chunk = ''
  for (const word of trimmed.split(/\s+/)) {
    for (let at = 0; at < word.length; at += STRUCK_CHUNK) {
      const piece = word.slice(at, at + STRUCK_CHUNK)
      if (chunk !== '' && chunk.length + 1 + piece.length > STRUCK_CHUNK) {
        chunks.push(chunk)
        chunk = ''
      }
      chunk = chunk === '' ? piece : `${chunk} ${piece}`
    }
  }
  chunks.push(chunk)
  const before = /^\s/.test(words) ? ' ' : ''
  const after = /\s$/.test(words) ? ' ' : ''
  return before + chunks.map((piece) => `~~${piece}~~`).join(' ') + after
}

/** A footnote's mark: a number, a letter, a roman numeral, asterisks or a dagger, bracketed or not. */
const FOOTNOTE_MARK = /^\s?[([]?(?:\d{1,2}|[a-z]|[ivx]{1,4}|\*{1,3}|[\u2020\u2021\u00a7])[)\]]?\s?$/i
/** A power of ten before its exponent ("1.2 x 10", "× 10"): a superscript after it is the exponent. */
const POWER_OF_TEN = /(?:^|[\s\d])[x\u00d7*]\s?10$/i

/**
 * Whether `run` is a footnote's mark typed in superscript right after a figure ("$1,800,000¹", "12,500,000⁽²⁾ units",
 * as counsel mark a figure explained below it without Word's footnotes): no digit of the figure, as a Word footnote's
 * reference is no text, and as the text drafts read "$0.20<sup>1</sup>".
 */
function isMarkAfterFigure(run: Element, before: string): boolean {
  if (run.verticalAlignment !== 'superscript') return false
  // The end of the text before it only (a paragraph of many runs is not read again for each).
  const end = before.slice(-8)
  if (!/\d$/.test(end) || POWER_OF_TEN.test(end)) return false
  const children = run.children ?? []
  return children.every((child) => child.type === 'text') && FOOTNOTE_MARK.test(children.map((c) => c.value).join(''))
}

/** Lines of a paragraph: no indent (Markdown would read one as code), no trailing space. */
const clean = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')

/** Paragraphs in one cell from which a table is the page's layout, not a table of figures or names. */
const LAYOUT_PARAGRAPHS = 3
/** A paragraph this long (a sentence or more of prose) in a cell: the table lays text out. */
const LAYOUT_PROSE = 250
/** The most rows of a layout table of any width. */
const LAYOUT_ROWS = 3
/** The most cells in a row of a layout table of more rows: the release's column, and a letterhead's beside it. */
const LAYOUT_COLUMNS = 2
/** Paragraphs of prose in one cell from which a narrow table of many rows lays the release out. */
const LAYOUT_PROSE_PARAGRAPHS = 2
/** Layout tables inside layout tables read as the body's, to this depth (deeper: rows, as any table). */
const MAX_LAYOUT_DEPTH = 8

/**
 * A table that lays the release out rather than tabulating: a template's box around the release, a letterhead's
 * sidebar beside it (contacts on the left, the release on the right). Three rows at most, and one of its cells
 * holds several paragraphs, a paragraph of prose or a table: read row by row, a release in it would be one line, its headline, dateline and
 * statements run together. A table of drill intercepts, a resource table or the use of proceeds holds none. A
 * template's frame of more rows (the issuer's name, "NEWS RELEASE", the release, the contacts: each a row) is a
 * layout too when it is one or two cells wide and a cell holds paragraphs of prose (two or more): a table of
 * figures is wider, and a long note in one of its cells is one paragraph.
 */
function isLayout(table: Element): boolean {
  const rows = (table.children ?? []).filter((row) => row.type === 'tableRow')
  // Many rows tabulate, unless the table is a narrow frame whose cells hold the release's prose.
  const many = rows.length > LAYOUT_ROWS
  if (many && rows.some((row) => (row.children ?? []).length > LAYOUT_COLUMNS)) return false
  for (const row of rows) {
    for (const cell of row.children ?? []) {
      let paragraphs = 0
      let prose = 0
      for (const child of cell.children ?? []) {
        if (child.type === 'table' && !many) return true
        if (child.type !== 'paragraph') continue
        const text = textOf(child.children ?? [], undefined).trim()
        if (text.length >= LAYOUT_PROSE && (!many || ++prose >= LAYOUT_PROSE_PARAGRAPHS)) return true
        if (text !== '' && ++paragraphs >= LAYOUT_PARAGRAPHS && !many) return true
      }
    }
  }
  return false
}

/** Builds the text, block by block, counting lines. */
class Writer {
  text = ''
  line = 1
  places: WordPlace[] = []
  paragraphs = 0
  tables = 0
  private last: 'list' | 'row' | 'block' | undefined

  /** Add one block: a paragraph (after a blank line), a list item or table row (next line after one of its kind). */
  add(content: string, kind: 'list' | 'row' | 'block', label: (line: number) => string, opening = content): void {
    const text = clean(content)
    if (text === '') return
    if (this.text !== '') {
      const separator = this.last === kind && kind !== 'block' ? '\n' : '\n\n'
      this.text += separator
      this.line += separator.length
    }
    this.places.push({line: this.line, label: label(this.line), words: openingWords(clean(opening))})
    this.text += text
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.line++
    this.last = kind
  }
}

/** The text of mammoth's document (see the module comment). */
export function documentText(document: Document, header: string[] = []): {text: string; places: WordPlace[]} {
  const writer = new Writer()
  for (const text of header) writer.add(text, 'block', () => 'header')
  const notes: Element[] = []
  const paragraph = (element: Element, label?: string) => {
    const text = textOf(element.children ?? [], notes)
    const list = element.numbering !== null && element.numbering !== undefined
    // A list item's words as Word shows them (a bullet, not the "- " of the text read).
    const kind = list ? 'list' : 'block'
    writer.add(list ? '- ' + text.trim() : text, kind, () => label ?? `¶${++writer.paragraphs}`, text)
  }
  const table = (element: Element) => {
    const number = ++writer.tables
    let row = 0
    for (const child of element.children ?? []) {
      if (child.type !== 'tableRow') continue
      row++
      const cells = (child.children ?? []).map((cell) =>
        textOf(cell.children ?? [], notes)
          .replace(/\s+/g, ' ')
          .trim()
      )
      if (cells.every((cell) => cell === '')) continue
      writer.add(cells.join(' | '), 'row', () => `table ${number}, row ${row}`)
    }
  }
  // A table that lays the release out (see `isLayout`): its cells' paragraphs and tables read as the body's.
  const block = (element: Element, depth: number, label?: string) => {
    if (element.type === 'paragraph') paragraph(element, label)
    else if (element.type !== 'table') return
    else if (depth >= MAX_LAYOUT_DEPTH || !isLayout(element)) table(element)
    else {
      for (const row of element.children ?? []) {
        for (const cell of row.type === 'tableRow' ? (row.children ?? []) : []) {
          for (const child of cell.children ?? []) block(child, depth + 1, label)
        }
      }
    }
  }
  for (const element of document.children ?? []) block(element, 0)
  // A finding at the end of the draft (a statement missing there) is after its body's last paragraph.
  const last = writer.places.at(-1)
  const numbers = {footnote: 0, endnote: 0}
  for (const reference of notes) {
    const note = document.notes?.resolve(reference)
    if (!note) continue
    const kind = reference.noteType === 'endnote' ? 'endnote' : 'footnote'
    const label = `${kind} ${++numbers[kind]}`
    for (const element of note.body ?? []) block(element, 0, label)
  }
  if (last) writer.places.push({line: writer.line + 1, label: `after ${last.label}`, words: last.words})
  return {text: writer.text + (writer.text ? '\n' : ''), places: writer.places}
}

const SAVE_AGAIN = 'open it in Word and save it again as .docx, or save the draft as plain text (.txt)'

/** Read a Word draft's bytes (see the module comment); `name` names it in the reason. */
export async function readWord(bytes: Uint8Array, name: string): Promise<WordText> {
  // An empty file (Windows' "New > Microsoft Word Document" makes one, and Word opens it): an empty draft.
  if (bytes.length === 0) return {text: '', places: []}
  const office = officeFile(bytes, name)
  if (office) return {reason: office}
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return {
      reason: `Cannot read ${name}: not a Word document (not a ZIP archive, as a .docx is); ${SAVE_AGAIN}`
    }
  }
  const unpacked = unpackedSize(bytes)
  if (unpacked > MAX_UNPACKED) {
    const megabytes = Math.round(unpacked / 1e6)
    return {
      reason:
        `Cannot read ${name}: it unpacks to ${megabytes} MB (more than ${MAX_UNPACKED / 1e6} MB, far beyond a news ` +
        `release; a damaged or crafted file); ${SAVE_AGAIN}`
    }
  }
  const zip = await openZip(bytes)
  // Read apart from mammoth (which reads no header); a header that cannot be read is left out, the body still read.
  let header: string[] = []
  try {
    header = zip ? await firstPageHeader(zip) : []
  } catch {
    header = []
  }
  const input = zip ? await unwrapped(bytes, zip) : bytes
  const {default: mammoth} = await import('mammoth')
  let read: {text: string; places: WordPlace[]} | undefined
  try {
    await mammoth.convertToHtml(
      {buffer: Buffer.from(input.buffer, input.byteOffset, input.byteLength)},
      {
        // The document as mammoth reads it; nothing is converted to HTML.
        transformDocument: (document: Document) => {
          read = documentText(document, header)
          return {...document, children: []}
        },
        externalFileAccess: false
      }
    )
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    return {reason: `Cannot read ${name}: a damaged Word document (${detail}); ${SAVE_AGAIN}`}
  }
  if (!read) return {reason: `Cannot read ${name}: a damaged Word document; ${SAVE_AGAIN}`}
  return read
}

/** The parts whose text mammoth reads: the document, its footnotes and endnotes. */
const TEXT_PARTS = /^word\/(?:document\d{0,3}|footnotes|endnotes)\.xml$/
/**
 * Wrappers of runs that mammoth skips with their words (an element it does not know): a simple field's result (a
 * template's `DOCPROPERTY Company`, a mail merge's `MERGEFIELD`, a `DATE`), and the direction wrappers Word writes
 * around text pasted from a right-to-left-aware source (`w:dir`, `w:bdo`). Their tags go, their runs stay.
 */
const WRAPPER = /<\/?w:(?:dir|bdo|fldSimple)(?:\s[^<>]*)?\/?>/g
const HAS_WRAPPER = /<w:(?:dir|bdo|fldSimple)[\s>/]/
/**
 * A double strike-through, which mammoth does not read, and hidden text (`w:vanish`: a template's instructions, a
 * note hidden rather than removed; Word neither shows nor prints it, yet it is in the file sent out): read as the
 * single strike-through, draft matter to remove and no word of the release (see `struck`).
 */
const DRAFT_MATTER = /<w:(?:dstrike|vanish)(?=[\s/>])/g
/**
 * A carriage return (`w:cr`) and a positional tab (`w:ptab`), which mammoth skips, running the words on either side
 * together ("March 16,⏎2027" read "March 16,2027", no date): read as the line break and the tab Word shows.
 */
const CARRIAGE_RETURN = /<w:cr(?:\s[^<>]*)?\/>/g
const POSITIONAL_TAB = /<w:ptab(?:\s[^<>]*)?\/>/g

/**
 * The draft's ZIP with its text parts unwrapped (see `WRAPPER`) and the text boxes of drawings with no VML copy
 * copied out of them (word-text-boxes.ts), or the bytes as they are when none needs it.
 */
async function unwrapped(bytes: Uint8Array, zip: JSZip): Promise<Uint8Array> {
  const replaced = new Map<string, string>()
  for (const name of Object.keys(zip.files)) {
    if (!TEXT_PARTS.test(name)) continue
    const text = await part(zip, name)
    if (text === undefined) continue
    const read = textBoxesOutOfDrawings(
      (HAS_WRAPPER.test(text) ? text.replace(WRAPPER, '') : text)
        .replace(DRAFT_MATTER, '<w:strike')
        .replace(CARRIAGE_RETURN, '<w:br/>')
        .replace(POSITIONAL_TAB, '<w:tab/>')
    )
    if (read !== text) replaced.set(name, read)
  }
  return replaced.size > 0 ? rezip(zip, replaced) : bytes
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
/** A stream's name in an OLE file's directory (UTF-16LE). */
const stream = (bytes: Uint8Array, stream: string): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(stream, 'utf16le'))

/**
 * Why an OLE (Office 97-2003 container) file named .docx cannot be read: Word saves a password-protected .docx in
 * one (its package encrypted, streams `EncryptionInfo` and `EncryptedPackage`), and a .doc renamed is one too.
 */
function officeFile(bytes: Uint8Array, name: string): string | undefined {
  if (!OLE.every((byte, index) => bytes[index] === byte)) return undefined
  if (stream(bytes, 'EncryptedPackage')) {
    return (
      `Cannot read ${name}: it is password-protected (encrypted); remove the password in Word (File > Info > ` +
      'Protect Document > Encrypt with Password), save it and lint it again, or save the draft as plain text (.txt)'
    )
  }
  if (stream(bytes, 'WordDocument')) {
    return `Cannot read ${name}: a Word 97-2003 document (.doc) named .docx; open it in Word and save it as .docx`
  }
  return undefined
}

/** The most a Word draft may unpack to: a long release with its tables is well under a megabyte of XML. */
export const MAX_UNPACKED = 50e6

/**
 * What the parts of a ZIP archive unpack to, as its central directory declares, read before anything is unpacked
 * (a small .docx can unpack to gigabytes). 0 when the directory cannot be read: mammoth then says what is wrong.
 */
export function unpackedSize(bytes: Uint8Array): number {
  // Every record counts, a name repeated too (the Map of entries would count it once).
  let total = 0
  for (const {view, at} of records(bytes)) total += view.getUint32(at + 24, true)
  return total
}
