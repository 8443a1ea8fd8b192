/**
 * Text boxes mammoth would skip. mammoth reads a text box from its VML copy (`w:pict`, the `mc:Fallback` that Word
 * writes beside the DrawingML shape in `mc:Choice`); a shape written without that copy (`w:drawing` alone, as
 * LibreOffice, Google Docs' and document-assembly tools' exports and some Word versions save a text box, a callout or
 * a shape holding the disclaimer or the QP's statement) is read as an image, its words lost. Each such drawing gets
 * its text boxes' content after it, in a `w:pict`, as Word's own copy would be: read where Word prints the box.
 * Drawings in `mc:Choice` are left alone (their copy in `mc:Fallback` is read).
 */

// Tags (their attributes stop at the next `<` or `>`: linear on any input), text, or a stray `<`.
const TOKEN = /<(\/?)([\w:.-]+)(\s[^<>]*|\/)?>|[^<]+|</g
/** A text box's content in a part: whether the part needs the walk at all. */
const HAS_TEXT_BOX = /<w:txbxContent[\s>]/

/** `xml` with each drawing's text boxes copied after it (see the module comment); the same text when none. */
export function textBoxesOutOfDrawings(xml: string): string {
  if (!xml.includes('<w:drawing') || !HAS_TEXT_BOX.test(xml)) return xml
  let out = ''
  let last = 0
  let choice = 0
  let drawing = 0
  let box = 0
  let boxStart = 0
  let boxes: string[] = []
  for (const token of xml.matchAll(TOKEN)) {
    const [whole, closing, name, rest] = token
    if (name === undefined || rest?.endsWith('/') === true) continue
    if (name === 'mc:Choice') choice = Math.max(0, choice + (closing ? -1 : 1))
    if (choice > 0) continue
    if (name === 'w:drawing' && !closing && drawing++ === 0) boxes = []
    else if (name === 'w:drawing' && closing && drawing > 0 && --drawing === 0 && boxes.length > 0) {
      const end = token.index + whole.length
      out += xml.slice(last, end) + '<w:pict>' + boxes.join('') + '</w:pict>'
      last = end
    } else if (name === 'w:txbxContent' && drawing > 0) {
      if (!closing && box++ === 0) boxStart = token.index
      else if (closing && box > 0 && --box === 0) boxes.push(xml.slice(boxStart, token.index + whole.length))
    }
  }
  return last === 0 ? xml : out + xml.slice(last)
}
