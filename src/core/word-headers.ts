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
import {inflateRawSync} from 'node:zlib'

interface Entry {
  method: number
  size: number
  compressed: number
  local: number
}

/** The ZIP's entries by name, from its central directory (none when it cannot be read). */
function entries(bytes: Uint8Array): Map<string, Entry> {
  const found = new Map<string, Entry>()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end < 0) return found
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const decoder = new TextDecoder()
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) break
    const nameLength = view.getUint16(at + 28, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    found.set(name, {
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true)
    })
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return found
}

/** The text of the part `name` (stored or deflated), undefined when absent or unreadable. */
function part(bytes: Uint8Array, zip: Map<string, Entry>, name: string, limit: number): string | undefined {
  const entry = zip.get(name)
  if (!entry || entry.size > limit || entry.local + 30 > bytes.length) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(entry.local, true) !== 0x04034b50) return undefined
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true)
  const data = bytes.subarray(start, start + entry.compressed)
  try {
    if (entry.method === 0) return new TextDecoder().decode(data)
    if (entry.method === 8) return new TextDecoder().decode(inflateRawSync(data, {maxOutputLength: limit}))
  } catch {
    return undefined
  }
  return undefined
}

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
      if (name === 'w:tab') open[open.length - 1] += '\t'
      else if (name === 'w:br' || name === 'w:cr') open[open.length - 1] += '\n'
      else if (name === 'w:noBreakHyphen') open[open.length - 1] += '-'
    }
  }
  return read.filter((text) => text.trim() !== '')
}

/** The paragraphs of the header over a Word draft's first page (see the module comment); [] when it has none. */
export function firstPageHeader(bytes: Uint8Array, limit: number): string[] {
  const zip = entries(bytes)
  const packageRels = part(bytes, zip, '_rels/.rels', limit) ?? ''
  let main = 'word/document.xml'
  for (const [tag] of packageRels.matchAll(/<Relationship\s[^<>]*>/g)) {
    if (attribute(tag, 'Type')?.endsWith('/officeDocument'))
      main = (attribute(tag, 'Target') ?? main).replace(/^\//, '')
  }
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : ''
  const document = part(bytes, zip, main, limit)
  const rels = part(bytes, zip, `${folder}_rels/${main.slice(folder.length)}.rels`, limit)
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
    const header = part(bytes, zip, path, limit)
    return header ? paragraphs(header) : []
  }
  return []
}
