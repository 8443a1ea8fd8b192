/**
 * A page's running header or footer, as copy from a PDF leaves it in the text: a line of its own ("Alder Creek Gold
 * Corp. | News Release | Page 2 of 3", "Page 2 of 3", « Page 2 de 4 », a page number alone after a line of text),
 * inside a paragraph or as a paragraph between the two halves of a sentence the page cut. Such a line is no word of
 * the release: it is taken out, and a paragraph the page cut is read whole again (document.ts).
 */
import {pattern} from './pattern.js'
import {LIMITS} from './vocabulary.js'

/**
 * What sets a page's header or footer apart from its page number: a bar, bullet, comma or dash, or the columns a
 * PDF's copy leaves as two spaces or more, or a tab ("Alder Creek Gold Corp.    Page 2 of 3").
 */
const APART = String.raw`(?:[ \t]{2,12}|\t|\s?[|•·,\u2013\u2014-]\s?)`
/** A line that is a page's header or footer: "Page 2 of 3", with the issuer's name and the release's title set off. */
const PAGE_LINE = pattern(
  String.raw`^(?:[^\n]{0,100}?${APART})?(?:page|p\.)\s?\d{1,3}(?:\s?(?:of|de|sur|/)\s?\d{1,3})?` +
    String.raw`(?:${APART}[^\n]{0,100})?$|^\d{1,3}\s?[|•·]\s?page$`,
  'i'
)
/** A page number alone on its line ("2", "- 2 -", "– 2 –"). */
const NUMBER_LINE = pattern(String.raw`^[-\u2013\u2014]?\s?\d{1,3}\s?[-\u2013\u2014]?$`)

/** A line of text a page number after it shows was cut by the page (a table's cell is shorter). */
const isProseLine = (line: string | undefined): boolean => line !== undefined && line.trim().length >= LIMITS.proseLine

/**
 * Whether `line` is a page's header or footer: a line naming its page, or a page number alone between a line of
 * text (`before`) and more text (`after`), never a figure of a table's column.
 */
export function isFurnitureLine(line: string, before: string | undefined, after: boolean): boolean {
  const text = line.trim()
  if (text.length === 0 || text.length > LIMITS.pageFurniture) return false
  if (PAGE_LINE.test(text)) return true
  return after && isProseLine(before) && NUMBER_LINE.test(text)
}

/** A paragraph's end that is no sentence's end: a word, a comma, a dash (a figure's last digit may end a table's row). */
const OPEN_END = pattern(String.raw`^[\p{L},\u2013\u2014-]$`, 'u')
/** A paragraph's start that continues a sentence (as `GOES_ON` in document.ts). */
const GOES_ON = pattern(String.raw`^\s*[a-z\u00df-\u00ff(]`)

/**
 * Whether a paragraph a page break follows was cut by it, its sentence going on in `next`, the paragraph after the
 * break: it ends in a word (or a comma, a dash), not a stop, and either `next` starts in lower case or the
 * paragraph's last line is a line of text, not a title ("Cautionary Note Regarding Forward-Looking Information" set at
 * a page's foot is one short line).
 */
export function cutByPage(text: string, next: string): boolean {
  if (!OPEN_END.test(text.trimEnd().slice(-1))) return false
  if (GOES_ON.test(next)) return true
  const lineStart = text.lastIndexOf('\n') + 1
  return isProseLine(text.slice(lineStart)) && (lineStart > 0 || text.trim().length >= LIMITS.proseParagraph)
}
