/**
 * HTML as drafts keep it: a Word or newswire page exported to markdown (pandoc, turndown, a CMS) holds its tags,
 * inline ("<span style=…>", "<br>", "<sup>1</sup>") and as blocks ("<p>…</p>", "<table>…</table>"). What a tag
 * shows as on the page: a line break, the end of a paragraph or of a table's cell, or nothing.
 */
import {pattern} from './pattern.js'

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
