/**
 * HTML as drafts keep it: a Word or newswire page exported to markdown (pandoc, turndown, a CMS) holds its tags,
 * inline ("<span style=…>", "<br>", "<sup>1</sup>") and as blocks ("<p>…</p>", "<table>…</table>"). What a tag
 * shows as on the page: a line break, the end of a paragraph or of a table's cell, or nothing.
 */
import {pattern} from './pattern.js'
import {entityAt, offsetsFor, pushOffset, written, type Offsets} from './text.js'

/** A line break ("<br>", "<br/>", "<br />"). */
const BREAK_TAG = pattern(String.raw`^<br\b[^<>]{0,200}>$`, 'i')
/**
 * An opening or closing tag of an element that starts or ends a block of the page: a paragraph, a heading, a list's
 * item, a table's row or cell, a division.
 */
const BLOCK_TAG = pattern(
  String.raw`^</?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|tr|td|th|table|thead|tbody|tfoot|caption|blockquote|section|` +
    String.raw`article|header|footer|center|address|figure|figcaption|hr|pre)(?:[\s/][^<>]{0,400})?>$`,
  'i'
)

/** What an inline tag shows as between the words around it: a line break, a space, or nothing (""). */
export function tagGap(tag: string): string {
  if (tag.length < 3 || tag.charCodeAt(0) !== 60) return ''
  if (BREAK_TAG.test(tag)) return '\n'
  return BLOCK_TAG.test(tag) ? ' ' : ''
}

/** A superscript's opening and closing tags. */
export const SUP_OPEN = pattern(String.raw`^<sup\b[^<>]{0,200}>$`, 'i')
export const SUP_CLOSE = pattern(String.raw`^</sup\s*>$`, 'i')
/** A footnote's mark: a number, a letter, a roman numeral, asterisks or a dagger, bracketed or not. */
export const FOOTNOTE_MARK = pattern(
  String.raw`^\s?[([]?(?:\d{1,2}|[a-z]|[ivx]{1,4}|\*{1,3}|[\u2020\u2021\u00a7])[)\]]?\s?$`,
  'i'
)

/** A block of an HTML block's page: a paragraph (a table among them: a row a line, tab-separated cells) or a heading. */
export interface HtmlBlock {
  kind: 'paragraph' | 'heading'
  text: string
  offsets: Int32Array
}

/** Text being read from HTML, a character at a time, with each one's source offset. */
interface Piece {
  kind: HtmlBlock['kind']
  text: string
  offsets: Offsets
}

/** A table's cell: its paragraphs, and where its tag is. */
interface Cell {
  at: number
  pieces: Piece[]
}

/** A table being read: its rows of cells; a layout table (one that holds a table, or a cell of prose) is no data. */
interface TableRead {
  rows: Array<{at: number; cells: Cell[]}>
  layout: boolean
}

/** HTML's elements as pasted copy holds them (a name the parser takes for a tag but HTML has not is text). */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr acronym address area article aside audio b base bdi bdo big blockquote body br button canvas caption ' +
    'center cite code col colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font ' +
    'footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark ' +
    'meta meter nav nobr noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp ' +
    'script section select small source span strike strong style sub summary sup svg table tbody td template ' +
    'textarea tfoot th thead time title tr track tt u ul var video wbr'
  ).split(' ')
)

/** Elements whose content is no text of the page. */
const HIDDEN = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'xml'])
/** Elements that start or end a paragraph of the page. */
const BLOCKS = new Set(
  (
    'p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote section article header footer center address figure ' +
    'figcaption hr pre main nav aside body html caption'
  ).split(' ')
)
/** A cell longer than this is prose laid out in a table, not a figure or a label. */
const LAYOUT_CELL = 300
/** How far a tag's ">" is looked for. */
const TAG_LENGTH = 2000

/** A tag's name where one starts at `i` ("p", "/td", "o:p"), or undefined. */
const TAG_NAME = pattern(String.raw`^<(/?)([A-Za-z][A-Za-z0-9]{0,15}(?::[A-Za-z][A-Za-z0-9]{0,15})?)(?=[\s/>])`)

/** The index of the ">" that ends the tag opened at `i` (quoted values skipped), or -1. */
function tagEnd(html: string, i: number): number {
  let quote = 0
  const stop = Math.min(html.length, i + TAG_LENGTH)
  for (let j = i + 1; j < stop; j++) {
    const code = html.charCodeAt(j)
    if (quote !== 0) {
      if (code === quote) quote = 0
    } else if (code === 34 || code === 39) quote = code
    else if (code === 62) return j
    else if (code === 60) return -1
  }
  return -1
}

/**
 * The paragraphs and headings of a block of raw HTML as its page shows them: the tags dropped (a line break's as a
 * line break, a paragraph's, a heading's, a list item's as the block's end), comments and scripts left out, character
 * references read as their characters, a footnote's superscript mark after a figure left out ("$0.20<sup>1</sup>"),
 * and a table of figures one block, a row a line and its cells tab-separated, as a table copied from Word is read
 * (tables.ts); a table that lays out prose gives its paragraphs. `at[i]`: the source offset of `html[i]`.
 */
export function htmlBlocks(html: string, at: ArrayLike<number>): HtmlBlock[] {
  const blocks: HtmlBlock[] = []
  const tables: TableRead[] = []
  let piece: Piece = newPiece('paragraph')
  const emit = (done: Piece) => {
    const {text} = done
    const offsets = written(done.offsets)
    let from = 0
    let to = text.length
    while (from < to && text.charCodeAt(from) <= 32) from++
    while (to > from && text.charCodeAt(to - 1) <= 32) to--
    if (to > from) blocks.push({kind: done.kind, text: text.slice(from, to), offsets: offsets.slice(from, to)})
  }
  const cell = (): Cell | undefined => {
    const table = tables.at(-1)
    if (!table || table.layout) return undefined
    return table.rows.at(-1)?.cells.at(-1)
  }
  /** End the paragraph being read (in a table's cell, the cell's paragraph), the next one of `kind`. */
  const flush = (kind: Piece['kind'] = 'paragraph') => {
    const inCell = cell()
    if (inCell) {
      if (piece.text.trim() !== '') inCell.pieces.push(piece)
    } else emit(piece)
    piece = newPiece(kind)
  }
  /** A table's paragraphs, each its own block (a layout table's). */
  const spill = (table: TableRead) => {
    for (const row of table.rows) for (const c of row.cells) for (const p of c.pieces) emit(p)
    table.rows = []
  }
  const closeTable = () => {
    flush()
    const table = tables.pop()!
    const rows = table.rows.filter((row) => row.cells.some((c) => c.pieces.length > 0))
    const data =
      !table.layout &&
      rows.filter((row) => row.cells.length >= 2).length >= 2 &&
      rows.every((row) => row.cells.every((c) => c.pieces.reduce((sum, p) => sum + p.text.length, 0) <= LAYOUT_CELL))
    if (!data) {
      spill(table)
      return
    }
    const out = newPiece('paragraph')
    rows.forEach((row, r) => {
      if (r > 0) add(out, '\n', row.at)
      row.cells.forEach((c, k) => {
        if (k > 0) add(out, '\t', c.at)
        c.pieces.forEach((p, n) => {
          if (n > 0) add(out, ' ', p.offsets.array[0])
          const text = p.text.trim()
          const lead = p.text.length - p.text.trimStart().length
          for (let i = 0; i < text.length; i++) add(out, text[i], p.offsets.array[lead + i])
        })
      })
    })
    emit(out)
  }
  let i = 0
  while (i < html.length) {
    const code = html.charCodeAt(i)
    if (code === 60) {
      const next = html.charCodeAt(i + 1)
      // A comment, a declaration, a processing instruction, a Word conditional ("<![if !supportLists]>"): nothing.
      if (next === 33 || next === 63) {
        const comment = html.startsWith('<!--', i)
        const end = comment ? html.indexOf('-->', i + 4) : html.indexOf('>', i)
        // An unclosed comment hides nothing: its "<!--" is text, and so is what follows it.
        if (end >= 0) {
          i = end + (comment ? 3 : 1)
          continue
        }
      }
      const tag = TAG_NAME.exec(html.slice(i, i + 40))
      const end = tag ? tagEnd(html, i) : -1
      const name = tag?.[2].toLowerCase() ?? ''
      if (tag && end >= 0 && (HTML_ELEMENTS.has(name) || name.includes(':') || HIDDEN.has(name))) {
        const closing = tag[1] === '/'
        if (!closing && HIDDEN.has(name)) {
          const close = html.toLowerCase().indexOf(`</${name}`, end)
          i = close < 0 ? html.length : close
          continue
        }
        if (name === 'br') add(piece, '\n', at[i])
        else if (name === 'table') {
          flush()
          if (closing) {
            if (tables.length > 0) closeTable()
          } else {
            // A table inside another's cell: the outer one lays out the page, its paragraphs read so far given now.
            const outer = tables.at(-1)
            if (outer && !outer.layout) {
              outer.layout = true
              spill(outer)
            }
            tables.push({rows: [], layout: false})
          }
        } else if ((name === 'tr' || name === 'td' || name === 'th') && tables.length > 0 && !tables.at(-1)!.layout) {
          flush()
          const table = tables.at(-1)!
          if (!closing && name === 'tr') table.rows.push({at: at[i], cells: []})
          if (!closing && name !== 'tr') {
            if (table.rows.length === 0) table.rows.push({at: at[i], cells: []})
            table.rows.at(-1)!.cells.push({at: at[i], pieces: []})
          }
        } else if (name === 'sup' && !closing && endsInDigit(piece.text)) {
          const close = html.indexOf('</', end)
          const closeEnd = close >= 0 && close - end <= 12 ? html.indexOf('>', close) : -1
          if (closeEnd >= 0 && FOOTNOTE_MARK.test(html.slice(end + 1, close))) {
            i = closeEnd + 1
            continue
          }
        } else if (BLOCKS.has(name) || name === 'tr' || name === 'td' || name === 'th') {
          flush(
            !closing && name.length === 2 && name[0] === 'h' && name[1] >= '1' && name[1] <= '6'
              ? 'heading'
              : 'paragraph'
          )
        }
        i = end + 1
        continue
      }
    }
    if (code === 38) {
      const entity = entityAt(html, i)
      if (entity) {
        add(piece, String.fromCharCode(entity.code), at[i])
        i = entity.end + 1
        continue
      }
    }
    // White space as the page shows it: one space.
    if (code <= 32) {
      const last = piece.text.charCodeAt(piece.text.length - 1)
      if (piece.text.length > 0 && last !== 32 && last !== 10) add(piece, ' ', at[i])
      i++
      continue
    }
    add(piece, html[i], at[i])
    i++
  }
  while (tables.length > 0) closeTable()
  flush()
  return blocks
}

const newPiece = (kind: Piece['kind']): Piece => ({kind, text: '', offsets: offsetsFor(64)})

function add(piece: Piece, char: string, offset: number): void {
  piece.text += char
  pushOffset(piece.offsets, offset)
}

const endsInDigit = (text: string): boolean => {
  const code = text.charCodeAt(text.length - 1)
  return code >= 48 && code <= 57
}
