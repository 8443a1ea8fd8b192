/**
 * The header a Word draft's first page prints, read from the ZIP (mammoth
 * reads no header). Counsel often put the U.S. legend ("Not for distribution
 * to United States newswire services …") or the issuer's name there: Word
 * prints it above the headline, where a reader of the draft sees it, so it is
 * read as the text above the body. The first section's first-page header
 * (when the section has one, `w:titlePg`), else its default header: each
 * paragraph's text (its runs, tabs and breaks; tracked deletions, field codes
 * and a text box's fallback copy left out). Footers (page numbers, file
 * names) and the headers of later pages are not read.
 */
import type JSZip from 'jszip'
import {part} from './word-zip.js'

// Tags (their attributes stop at the next `<` or `>`: linear on any input), text, or a stray `<`.
const TOKEN = /<(\/?)([\w:.-]+)(\s[^<>]*|\/)?>|[^<]+|</g
const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"'<>]*)["']`).exec(tag)?.[1]
const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}
const decode = (text: string): string =>
  text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name] ?? whole
  })

/** Each paragraph's text in a header part (a text box's paragraphs on their own). */
function paragraphs(xml: string): string[] {
  const read: string[] = []
  const open: string[] = []
  let inText = false
  let skipped = 0
  for (const token of xml.matchAll(TOKEN)) {
    const [whole, closing, name, rest] = token
    if (name === undefined) {
      if (inText && skipped === 0 && open.length > 0) open[open.length - 1] += decode(whole)
      continue
    }
    const selfClosing = rest?.endsWith('/') === true
    // Not shown: a text box's copy for older readers, text moved away (a tracked move).
    if ((name === 'mc:Fallback' || name === 'w:moveFrom') && !selfClosing) skipped += closing ? -1 : 1
    if (skipped > 0) continue
    if (name === 'w:t') inText = !closing && !selfClosing
    else if (name === 'w:p' && !selfClosing) {
      if (!closing) open.push('')
      else if (open.length > 0) read.push(open.pop()!)
    } else if (open.length > 0 && !closing) {
      if (name === 'w:tab' || name === 'w:ptab') open[open.length - 1] += '\t'
      else if (name === 'w:br' || name === 'w:cr') open[open.length - 1] += '\n'
      else if (name === 'w:noBreakHyphen') open[open.length - 1] += '-'
    }
  }
  return read.filter((text) => text.trim() !== '')
}

/** The paragraphs of the header over a Word draft's first page (see the module comment); [] when it has none. */
export async function firstPageHeader(zip: JSZip): Promise<string[]> {
  const packageRels = (await part(zip, '_rels/.rels')) ?? ''
  let main = 'word/document.xml'
  for (const [tag] of packageRels.matchAll(/<Relationship\s[^<>]*>/g)) {
    if (attribute(tag, 'Type')?.endsWith('/officeDocument'))
      main = (attribute(tag, 'Target') ?? main).replace(/^\//, '')
  }
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : ''
  const document = await part(zip, main)
  const rels = await part(zip, `${folder}_rels/${main.slice(folder.length)}.rels`)
  if (!document || !rels) return []
  const start = document.indexOf('<w:sectPr')
  const end = document.indexOf('</w:sectPr>', start)
  if (start < 0 || end < 0) return []
  const section = document.slice(start, end)
  const titlePage = /<w:titlePg(\s[^<>]*|\/)?>/.exec(section)
  const first = titlePage !== null && !/w:val\s*=\s*["'](0|false|off)["']/.test(titlePage[0])
  const ids = new Map<string, string>()
  for (const [tag] of section.matchAll(/<w:headerReference\s[^<>]*>/g)) {
    const type = attribute(tag, 'w:type') ?? 'default'
    const id = attribute(tag, 'r:id')
    if (id) ids.set(type, id)
  }
  const id = first ? ids.get('first') : ids.get('default')
  if (!id) return []
  for (const [tag] of rels.matchAll(/<Relationship\s[^<>]*>/g)) {
    if (attribute(tag, 'Id') !== id) continue
    const target = attribute(tag, 'Target') ?? ''
    const path = target.startsWith('/') ? target.slice(1) : folder + target
    const header = await part(zip, path)
    return header ? paragraphs(header) : []
  }
  return []
}
