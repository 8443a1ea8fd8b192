/**
 * The document: the draft's blocks (paragraphs, headings, code) and their
 * sentences, each with exact source offsets and normalized text, and the
 * queries every fact and rule runs on them (`find`, `findAll`, `has`).
 */
import type {List, Nodes, Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {BlockCache} from './block-cache.js'
import {
  cutByPage,
  furnitureLine,
  goesOnAfterPage,
  isFurnitureLine,
  mayBeRunningLine,
  repeatedLines,
  runningLineInside,
  SENTENCE_STOP,
  websiteLines,
  wrapMadeList
} from './furniture.js'
import {FOOTNOTE_MARK, HTML_ELEMENTS, htmlBlocks, SUP_CLOSE, SUP_OPEN, tagGap} from './html.js'
import {pattern} from './pattern.js'
import {sentenceBounds, trimmedBounds} from './sentences.js'
import {offeringTerms, termLines, termPairs} from './term-lines.js'
import {execIf, mayMatch, required, testIf, worthReading} from './prefilter.js'
import {
  alignValue,
  normalize,
  offsetAt,
  offsetsFor,
  pushOffset,
  spanOf,
  written,
  type MappedText,
  type Normalized,
  type Offsets,
  type Span
} from './text.js'

export type {Span, MappedText} from './text.js'

/** Text the rules can search: the characters as written and normalized. */
export interface Unit extends Span {
  /** The text as written (markdown escapes resolved). */
  raw: MappedText
  /** Normalized for matching (see `normalize`). */
  norm: MappedText
}

export interface Block extends Unit {
  norm: Normalized
  kind: 'paragraph' | 'heading' | 'code'
  /** Position among the blocks of the draft. */
  index: number
  /**
   * The markdown list ("- …", "1. …") whose item the block is a paragraph of, innermost first: the list's position
   * among the draft's lists. Undefined outside a list.
   */
  list?: number
  /**
   * Where the raw HTML that holds the block ends in the source ("…</td></tr></table>"): what follows the block goes
   * after it, not inside its markup. Undefined for a block of markdown.
   */
  htmlEnd?: number
  sentences: Sentence[]
  /** The draft the block is part of (see `Draft`). */
  draft: Draft
}

/**
 * The whole draft's normalized text, joined on first use: a word absent from it is absent from every block and
 * sentence, so a pattern that needs it is never run on any of them (`absentFromDraft`).
 */
export interface Draft {
  blocks: Block[]
  text: string | undefined
  /** Per pattern: whether no match can exist anywhere in the draft. */
  absent: Map<RegExp, boolean>
}

/** A bucket for the three characters of `text` from `i`. */
const gram3 = (text: string, i: number): number =>
  (Math.imul(text.charCodeAt(i), 0x9e3779b1) ^
    Math.imul(text.charCodeAt(i + 1), 0x85ebca77) ^
    Math.imul(text.charCodeAt(i + 2), 0xc2b2ae3d)) >>>
  16

/** A bucket for the five characters of `text` from `i`. */
const gram5 = (text: string, i: number): number =>
  (Math.imul(text.charCodeAt(i), 0x9e3779b1) ^
    Math.imul(text.charCodeAt(i + 1), 0x85ebca77) ^
    Math.imul(text.charCodeAt(i + 2), 0xc2b2ae3d) ^
    Math.imul(text.charCodeAt(i + 3), 0x27d4eb2f) ^
    Math.imul(text.charCodeAt(i + 4), 0x165667b1)) >>>
  16

/**
 * One bit per bucket, for the draft last looked at (`gramsOf`): sequences of three characters, then of five. Shared
 * by every draft (one table, not one allocation per draft); a draft looked at again after another is read again.
 */
const grams = new Uint32Array(4096)
let gramsOf: Draft | undefined

/**
 * Whether the draft's text holds `word`. A word with a sequence of three (or five) characters no block holds is
 * absent, and looking its sequences up is cheaper than searching the whole text; otherwise the text is searched.
 */
function holds(draft: Draft, text: string, word: string): boolean {
  if (word.length >= 3) {
    if (gramsOf !== draft) {
      grams.fill(0)
      for (const block of draft.blocks) {
        const own = block.norm.text
        // Each character read once: the last five in hand (as `gram3` and `gram5` hash them).
        let a = 0
        let b = 0
        let c = 0
        let d = 0
        for (let i = 0; i < own.length; i++) {
          const e = own.charCodeAt(i)
          if (i >= 2) {
            const three = (Math.imul(c, 0x9e3779b1) ^ Math.imul(d, 0x85ebca77) ^ Math.imul(e, 0xc2b2ae3d)) >>> 16
            grams[three >>> 5] |= 1 << (three & 31)
          }
          if (i >= 4) {
            const five =
              65536 +
              ((Math.imul(a, 0x9e3779b1) ^
                Math.imul(b, 0x85ebca77) ^
                Math.imul(c, 0xc2b2ae3d) ^
                Math.imul(d, 0x27d4eb2f) ^
                Math.imul(e, 0x165667b1)) >>>
                16)
            grams[five >>> 5] |= 1 << (five & 31)
          }
          a = b
          b = c
          c = d
          d = e
        }
      }
      gramsOf = draft
    }
    for (let i = 0; i + 3 <= word.length; i++) {
      const bucket = gram3(word, i)
      if ((grams[bucket >>> 5] & (1 << (bucket & 31))) === 0) return false
    }
    for (let i = 0; i + 5 <= word.length; i++) {
      const bucket = 65536 + gram5(word, i)
      if ((grams[bucket >>> 5] & (1 << (bucket & 31))) === 0) return false
    }
  }
  return text.includes(word)
}

export interface Sentence extends Unit {
  block: Block
  /** Position among all sentences of the draft. */
  index: number
}

/** A match found in a unit, with its source span. */
export interface Found extends Span {
  match: RegExpExecArray
}

/**
 * The blocks of a parsed draft, each with its sentences, and every sentence in order. `cache`: what the last read
 * of the same document found of its blocks (an editor's; see block-cache.ts), reused where a block did not change.
 */
export function readDocument(
  tree: Root,
  value: string,
  cache?: BlockCache,
  notes: NoteFinder = () => []
): {blocks: Block[]; sentences: Sentence[]} {
  const withoutNotes = (raw: MappedText) => blankedOut(raw, notes(raw.text))
  const blocks: Block[] = []
  const sentences: Sentence[] = []
  const bounds: Array<Array<[number, number]>> = []
  collectBlocks(tree, value, {blocks, text: undefined, absent: new Map()}, (kind, raw) => {
    if (!cache) return normalize(withoutNotes(raw))
    const reading = cache.read(kind, raw.text, raw.offsets as Int32Array, () => {
      const norm = normalize(withoutNotes(raw))
      return {norm, bounds: blockBounds(raw)}
    })
    bounds[blocks.length] = reading.bounds
    return reading.norm
  })
  cache?.done()
  withoutOtherReleases(blocks, bounds)
  for (const block of blocks) {
    for (const sentence of toSentences(block, bounds[block.index])) {
      sentence.index = sentences.length
      sentences.push(sentence)
      block.sentences.push(sentence)
    }
  }
  return {blocks, sentences}
}

/**
 * The blocks without a website's list of its other releases set as paragraphs of one line each (a headline, its
 * date, "Read more »"; furniture.ts): taken out, the blocks after them numbered again (and their sentences' bounds
 * moved with them). A list inside one paragraph is taken out of it as it is read (`withoutFurniture`).
 */
function withoutOtherReleases(blocks: Block[], bounds: Array<Array<[number, number]>>): void {
  const marked = websiteLines(blocks.map((block) => furnitureLine(block.raw.text)))
  if (!marked.includes(true)) return
  let kept = 0
  for (let index = 0; index < blocks.length; index++) {
    if (marked[index]) continue
    blocks[kept] = blocks[index]
    bounds[kept] = bounds[index]
    blocks[kept].index = kept
    kept++
  }
  blocks.length = kept
  bounds.length = Math.min(bounds.length, kept)
}

/** The `[from, to)` spans of a block's text that are the drafters' and not the release's (placeholders.ts). */
export type NoteFinder = (text: string) => Array<[number, number]>

/**
 * A block's text as the release says it: the drafters' notes, a draft's header and redline residue (`spans`) read
 * as spaces, so no statement is found in a note that names it. The text as written (`raw`) keeps them, for the rule
 * that reports them; the offsets are the same. The notes are a function of the text alone (the block cache's key).
 */
function blankedOut(raw: MappedText, spans: Array<[number, number]>): MappedText {
  if (spans.length === 0) return raw
  let text = ''
  let at = 0
  for (const [from, to] of spans.sort((a, b) => a[0] - b[0])) {
    text += raw.text.slice(at, from) + raw.text.slice(from, to).replace(/[^\n]/g, ' ')
    at = to
  }
  return {...raw, text: text + raw.text.slice(at)}
}

/**
 * Patterns whose needed words are looked for in the whole draft: up to this many words (each looked for once per
 * draft, and the answer kept for every unit after).
 */
const DRAFT_MOST = 12

/**
 * Whether `re` cannot match the normalized text of any block or sentence of `draft`: a word every match needs
 * (prefilter.ts) is absent from the whole draft. Decided once per draft and pattern.
 */
export function absentFromDraft(draft: Draft, re: RegExp): boolean {
  let absent = draft.absent.get(re)
  if (absent === undefined) {
    const need = worthReading(re) ? required(re, DRAFT_MOST) : undefined
    if (need === undefined || need.length > DRAFT_MOST) absent = false
    else {
      const text = (draft.text ??= draft.blocks.map((block) => block.norm.text).join('\n'))
      absent = !need.some((word) => holds(draft, text, word))
    }
    draft.absent.set(re, absent)
  }
  return absent
}

/** The indices of `patterns` that may match some of `sentences` (all of one draft): the others need absent words. */
export function livePatterns(sentences: readonly Sentence[], patterns: readonly RegExp[]): number[] {
  const live: number[] = []
  if (sentences.length === 0) return live
  const {draft} = sentences[0].block
  for (let i = 0; i < patterns.length; i++) if (!absentFromDraft(draft, patterns[i])) live.push(i)
  return live
}

/** Whether `re` cannot match `unit`, a block or sentence of a draft, since the whole draft lacks a word it needs. */
function absentFor(unit: Unit, re: RegExp): boolean {
  const draft = (unit as Partial<Sentence>).block?.draft ?? (unit as Partial<Block>).draft
  return draft !== undefined && absentFromDraft(draft, re)
}

/** The sentence of `block` in which the source offset `at` falls (a table row's, from where the row starts). */
export function sentenceAt(block: Block, at: number): Sentence | undefined {
  return block.sentences.find((sentence) => sentence.start <= at && at < sentence.end)
}

/**
 * The sentence that brings the list a sentence is an item of: the last of the block before the list, when it ends in a
 * colon ("… has closed the following financings:" before "- its LIFE offering of 12,000,000 units …").
 */
export function listLeadIn({block}: Sentence): Sentence | undefined {
  if (block.list === undefined) return undefined
  const blocks = block.draft.blocks
  let index = block.index - 1
  while (index >= 0 && blocks[index].list === block.list) index--
  const lead = index >= 0 ? blocks[index].sentences.at(-1) : undefined
  return lead?.norm.text.trimEnd().endsWith(':') ? lead : undefined
}

/** The sentence of `block` that holds the source span `span` whole (undefined where it runs across sentences). */
export function sentenceHolding(block: Block, span: Span): Sentence | undefined {
  return block.sentences.find((sentence) => sentence.start <= span.start && span.end <= sentence.end)
}

/** First match of `re` in the normalized text of `unit`. */
export function find(unit: Unit, re: RegExp): Found | undefined {
  re.lastIndex = 0
  if (absentFor(unit, re)) return undefined
  const match = execIf(re, unit.norm.text)
  if (!match) return undefined
  return {...spanOf(unit.norm, match.index, match.index + match[0].length), match}
}

/** Every match of a global `re` in the normalized text of `unit`. */
export function findAll(unit: Unit, re: RegExp): Found[] {
  if (!re.global) throw new Error('findAll needs a global regular expression')
  const found: Found[] = []
  re.lastIndex = 0
  if (absentFor(unit, re) || !mayMatch(re, unit.norm.text)) return found
  let match: RegExpExecArray | null
  while ((match = re.exec(unit.norm.text))) {
    found.push({...spanOf(unit.norm, match.index, match.index + match[0].length), match})
    if (match[0].length === 0) re.lastIndex++
  }
  return found
}

/** A blank line: what separates a draft's paragraphs when it has them. */
const BETWEEN_BLANK = /\n[ \t]*\r?\n/
/**
 * Whether a draft has no blank line between its top-level parts (raw HTML aside): one markdown paragraph, or a
 * paragraph broken only by a list or a heading that starts on the next line ("- CDPQ Sodémex inc.", as copy from a web
 * page writes a release one paragraph per line).
 */
function noBlankLineBetween(tree: Root, value: string): boolean {
  const parts = tree.children.filter((node) => node.type !== 'html')
  if (parts.length === 0) return false
  for (let index = 1; index < parts.length; index++) {
    const end = parts[index - 1].position?.end.offset
    const start = parts[index].position?.start.offset
    if (end === undefined || start === undefined || BETWEEN_BLANK.test(value.slice(end, start))) return false
  }
  return true
}

/** Whether the normalized text of `unit` matches `re`. */
export function has(unit: Unit, re: RegExp): boolean {
  re.lastIndex = 0
  return !absentFor(unit, re) && testIf(re, unit.norm.text)
}

/** How a block's text is normalized: at once, or through a cache. */
type Normalizer = (kind: Block['kind'], raw: MappedText) => Normalized

function collectBlocks(parsed: Root, value: string, draft: Draft, normalizer: Normalizer): void {
  // A draft indented whole (an e-mail's quoted copy, four spaces or a tab before every line) is its release; a
  // pandoc export's front matter is none of it.
  const tree = withoutFrontMatter(unindented(parsed, value) ?? parsed, value)
  // Whether a source offset is inside a list: blocks come in order, and lists in the order they start.
  let listsSeen = 0
  let listsEnd = -1
  const inAList = (at: number): boolean => {
    for (; listsSeen < lists.length && lists[listsSeen][0] <= at; listsSeen++)
      listsEnd = Math.max(listsEnd, lists[listsSeen][1])
    return at < listsEnd
  }
  const cells = cellJoiner((kind, raw) => pushBlock(kind, raw, draft, normalizer), inAList)
  const pages = pageJoiner(cells.push, repeatedLines(value))
  // A draft with no blank line between its paragraphs is one markdown paragraph, or a few where a list or a heading
  // breaks it: their lines may be its paragraphs.
  const onePerLine = noBlankLineBetween(tree, value)
  const broken = tree.children.filter((node) => node.type !== 'html').length > 1
  const visit = (node: Nodes): void => {
    const tail = firstLine
    firstLine = undefined
    // It goes on in a paragraph that starts on the next line.
    const goesOn =
      tail && node.type === 'paragraph' && /^\r?\n$/.test(value.slice(tail.end, node.position?.start.offset))
    if (tail && !goesOn) pages.paragraph(tail.raw)
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = goesOn ? goesOnWith(tail!, inlineText(node, value)) : inlineText(node, value)
      if (node.type === 'paragraph' || underlinedParagraph(text.text))
        for (const line of paragraphLines(text, !onePerLine || broken, !onePerLine)) pages.paragraph(line, inList > 0)
      else pages.other('heading', text)
      return
    }
    // Raw HTML is read as its page shows it (html.ts): its paragraphs, headings and tables, without the tags and
    // comments. A stray "<!" or an unclosed "<!--" hides nothing of a plain-text draft: they are text.
    if (node.type === 'thematicBreak' || (node.type === 'html' && HTML_PAGE_BREAK.test(node.value))) {
      pages.pageBreak()
      return
    }
    if (node.type === 'html' && node.position) {
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      const at = written(alignValue(node.value, value.slice(start, end), start))
      html.push([start, end])
      for (const block of htmlBlocks(node.value, at))
        pages.other(block.kind, {text: block.text, offsets: block.offsets})
      return
    }
    if (node.type === 'code' && node.position) {
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      let base = start
      const slice = value.slice(start, end)
      const fenced = /^\s*(`{3,}|~{3,})/.test(slice)
      if (fenced) base = start + slice.indexOf('\n') + 1
      const offsets = written(alignValue(node.value, value.slice(base, end), base))
      if (fenced) pages.other('code', {text: node.value, offsets})
      else {
        const paragraphs = indentedParagraphs({text: node.value, offsets})
        // A paragraph indented on its first line only (Word's first-line indent, a tab) whose next lines follow with
        // no blank line: the parser ends the code block with that line, and the paragraph goes on after it.
        const last = paragraphs.at(-1)
        if (last && !last.text.includes('\n') && inList === 0) firstLine = {raw: paragraphs.pop()!, end}
        for (const paragraph of paragraphs) pages.paragraph(paragraph)
      }
      return
    }
    if (node.type === 'list' && node.position) {
      // A list a hard wrap made of a sentence's dash is the paragraph before it going on.
      const items = inList === 0 ? dashItems(node, value) : undefined
      const split = onePerLine ? (raw: RawText) => paragraphLines(raw, true) : undefined
      if (items && pages.wrapped(items, value, split)) return
      lists.push([node.position.start.offset ?? 0, node.position.end.offset ?? 0])
    }
    if (node.type === 'list') inList++
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
    if (node.type === 'list') inList--
  }
  // How deep in lists the paragraph being read is (a list's item is no page's running header).
  let inList = 0
  // The lists' source spans, outer before inner (a list's position among them is its id).
  const lists: Array<[number, number]> = []
  // The raw HTML blocks' source spans, in order.
  const html: Array<[number, number]> = []
  // The first line of an indented paragraph, held until the next node shows whether the paragraph goes on in it.
  let firstLine: {raw: RawText; end: number} | undefined
  visit(tree)
  if (firstLine) pages.paragraph(firstLine.raw)
  pages.flush()
  cells.flush()
  if (html.length > 0) {
    for (const block of draft.blocks) {
      const holder = html.find(([start, end]) => start <= block.start && block.start < end)
      if (holder) block.htmlEnd = holder[1]
    }
  }
  if (lists.length > 0) {
    for (const block of draft.blocks) {
      // The innermost list holding the block: the last one that starts before it and ends after it.
      for (let id = lists.length - 1; id >= 0; id--) {
        if (lists[id][0] <= block.start && block.start < lists[id][1]) {
          block.list = id
          break
        }
      }
    }
  }
}

/** A line of YAML front matter: a key and its value, a list's item, a line that goes on indented, a comment. */
const FRONT_MATTER_LINE = pattern(
  String.raw`^(?:[A-Za-z_][\w.-]{0,40}[ \t]*:(?:[ \t].*)?|[ \t]+\S.*|-[ \t].*|#.*|[ \t]*)$`
)
/** A line that is a key front matter has (pandoc's, a CMS's, a static site's), and its value. */
const FRONT_MATTER_KEY = pattern(
  String.raw`^(?:title|subtitle|author|authors|date|lang|language|status|draft|tags|categories|category|layout|slug|` +
    String.raw`description|keywords|abstract|summary|version|documentclass|output|permalink)[ \t]*:`,
  'i'
)
/** How many lines front matter may hold. */
const FRONT_MATTER_LINES = 60

/**
 * Where the YAML front matter a draft opens with ends (pandoc's, a CMS's or a static site's export: a line "---",
 * lines "title: …", "date: …", "status: draft – TBD", and a line "---" or "..."), or 0 when it has none. Its fields
 * are the file's metadata, not the release's words: a "status: TBD" is an editor's note, as a comment is.
 */
function frontMatterEnd(value: string): number {
  const start = value.charCodeAt(0) === 0xfeff ? 1 : 0
  if (!value.startsWith('---', start)) return 0
  let at = value.indexOf('\n', start)
  if (at < 0 || value.slice(start + 3, at).trim() !== '') return 0
  let keys = 0
  for (let count = 0; count < FRONT_MATTER_LINES; count++) {
    const from = at + 1
    const next = value.indexOf('\n', from)
    let line = value.slice(from, next < 0 ? value.length : next)
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line === '---' || line === '...') return keys > 0 ? (next < 0 ? value.length : next) : 0
    if (next < 0 || !FRONT_MATTER_LINE.test(line)) return 0
    if (FRONT_MATTER_KEY.test(line)) keys++
    at = next
  }
  return 0
}

/** The tree without the nodes markdown made of the draft's front matter (a rule and a heading), when it has some. */
function withoutFrontMatter(tree: Root, value: string): Root {
  const end = frontMatterEnd(value)
  if (end === 0) return tree
  return {...tree, children: tree.children.filter((node) => (node.position?.end.offset ?? end + 1) > end)}
}

/** A line's indent as an e-mail client or a copy sets a whole draft in: four spaces or a tab, then the line. */
const INDENT = pattern(String.raw`^(?: {4}|\t)`)

/**
 * The tree of a draft every line of which is indented (four spaces or a tab, as an e-mail's reply or a forwarded
 * copy sets the whole text in): markdown reads it as one code block, a release's headings, lists and tables as
 * lines of code. Parsed again without the indent, its nodes placed back on the draft as written (a line keeps its
 * number; its offsets and columns move past the indent). Undefined when some line is not indented (a fence then
 * stands at a line's start) or the draft is read as other than code.
 */
function unindented(tree: Root, value: string): Root | undefined {
  const parts = tree.children.filter((node) => node.type !== 'html')
  if (parts.length === 0 || !parts.every((node) => node.type === 'code')) return undefined
  const lines = value.split('\n')
  if (!lines.every((line) => line.trim() === '' || INDENT.test(line))) return undefined
  // Each character of the text without the indent, and where it is in the draft.
  const at = new Int32Array(value.length + 1)
  const starts: number[] = []
  let text = ''
  let offset = 0
  for (const line of lines) {
    starts.push(offset)
    const cut = line.trim() === '' ? line.length : line.startsWith('\t') ? 1 : 4
    for (let i = cut; i < line.length; i++) at[text.length + i - cut] = offset + i
    text += line.slice(cut)
    at[text.length] = offset + line.length
    text += '\n'
    offset += line.length + 1
  }
  text = text.slice(0, -1)
  at[text.length] = value.length
  const root = fromMarkdown(text)
  const place = (point: {line: number; column: number; offset?: number}, end: boolean) => {
    if (point.offset === undefined) return
    const o = end && point.offset > 0 ? at[point.offset - 1] + 1 : at[point.offset]
    point.offset = o
    point.column = o - (starts[point.line - 1] ?? 0) + 1
  }
  const visit = (node: Nodes) => {
    if (node.position) {
      place(node.position.start, false)
      place(node.position.end, true)
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(root)
  root.position = tree.position
  return root
}

/** A Windows line end (the CR is dropped from a block's text; `alignValue` skips it in the source). */
const CR_LF = pattern(String.raw`\r(?=\n)`, 'g')

/**
 * Whether a heading's text is a paragraph a line of dashes or equals signs under it made a heading (a "setext"
 * heading: markdown reads the lines above such a line as its heading, up to the blank line before them): three lines
 * or more, or a line longer than any headline, as in a draft with no blank line between its paragraphs (Word's
 * "Save as plain text") that has a rule ("---") under one of them. A heading set with "#" is one line; a headline
 * wrapped over two lines and underlined stays a heading.
 */
function underlinedParagraph(text: string): boolean {
  if (!text.includes('\n')) return false
  const lines = text.split('\n')
  return lines.length >= 3 || lines.some((line) => line.length > UNWRAPPED_LINE)
}

/** A blank line, and the white space after it. */
const BLANK_LINE = pattern(String.raw`\n[ \t\r]*\n\s*`, 'g')

/** The piece `[from, to)` of a block's raw text, with its offsets, added to `pieces` unless it is blank. */
function addPiece(pieces: RawText[], raw: RawText, from: number, to: number): void {
  const text = raw.text.slice(from, to)
  if (text.trim() !== '') pieces.push({text, offsets: raw.offsets.subarray(from, to)})
}

/**
 * The paragraphs of an indented code block, as a release's paragraphs indented on their first line (Word's
 * first-line indent saved as a tab) or on every line (four spaces) reach the parser: one code block runs on across
 * the blank lines between them, and a release holds no code. Split at its blank lines.
 */
function indentedParagraphs(raw: RawText): RawText[] {
  const paragraphs: RawText[] = []
  let from = 0
  const add = (to: number) => addPiece(paragraphs, raw, from, to)
  let match: RegExpExecArray | null
  BLANK_LINE.lastIndex = 0
  while ((match = BLANK_LINE.exec(raw.text))) {
    add(match.index)
    from = match.index + match[0].length
  }
  add(raw.text.length)
  return paragraphs
}

/**
 * A line no hard wrap makes: a line longer than this is a paragraph written on one line, as Word's "Save as plain
 * text" and some copy write every paragraph, with no blank line between them.
 */
const UNWRAPPED_LINE = 200
/** A line long enough to be a paragraph's or a hard wrap's, not a headline's or a list's. */
const SOME_LENGTH = 40
/**
 * Whether a sentence a line ends goes on in the next line: the line ends in a hyphen or a comma, or the next starts
 * in lower case, or with a figure after a line of text that ends no sentence ("at a price of ⏎ 5 cents"; not after
 * "… in 2013." nor a date's line: "79North Metals Ltd. …" starts a paragraph; nor after a line that opens on a figure
 * too, an item of a list).
 */
const goesOnIn = (line: string, next: string, mixed = false): boolean => {
  const end = line.trimEnd()
  // A line that opens on a bullet glyph is a list's item ("• The Ridge Zone …"), whatever the line before ends on.
  if (BULLET_OPENS.test(next)) return false
  if (LINE_GOES_ON.test(end.slice(-1))) return true
  // A parenthesis the line leaves open and the next closes ("… Rannoch Copper Corp. (CSE:" ⏎ "RCU) …"): no paragraph
  // ends inside one.
  if (leftOpen(end) && closesFirst(next)) return true
  // A list set a line an item with no markers ("… future performance:" ⏎ "a sample of vein material assayed 10.9%
  // antimony;" ⏎ "37.82 tons of sorted material assayed 14.4% antimony;"): a line that opens the list or ends an
  // item, before a line that ends one too, is no wrap, whatever the next starts with.
  if (OPENS_OR_ENDS_ITEM.test(end) && ENDS_ITEM.test(next.trimEnd())) return false
  return (
    (mixed && (ENDS_MIDWAY.test(end) || (cutProse(end) && !startsAnew(end, next)))) ||
    NEXT_GOES_ON.test(next) ||
    (NEXT_FIGURE.test(next) &&
      end.length >= SOME_LENGTH &&
      !SENTENCE_STOP.test(end.slice(-1)) &&
      // Lines that both open on a figure are items of a list ("12.2 g/t Au over 6.4 m in hole 105" ⏎ "6.3 g/t Au over
      // 10.2 m in hole 199"), unless the first stops on a word no sentence ends on.
      (!NEXT_FIGURE.test(line) || ENDS_MIDWAY.test(end)))
  )
}
/** Whether a line leaves a parenthesis open. */
function leftOpen(line: string): boolean {
  let depth = 0
  for (const char of line) {
    if (char === '(') depth++
    else if (char === ')' && depth > 0) depth--
  }
  return depth > 0
}
/** Whether a line closes a parenthesis before it opens any. */
function closesFirst(line: string): boolean {
  const close = line.indexOf(')')
  const open = line.indexOf('(')
  return close >= 0 && (open < 0 || close < open)
}
/** A bullet glyph markdown does not read as a list marker ("•", "·", "▪", …), and the space after it. */
const BULLET_GLYPH = String.raw`[\u2022\u00b7\u25aa\u25cf\u25e6\u25a0\u2023\u2043\u25ba\u27a2][ \t\u00a0]`
const BULLET_OPENS = pattern(String.raw`^[ \t]*${BULLET_GLYPH}`)
const LINE_GOES_ON = pattern(String.raw`^[,\u2010\u2011-]$`)
const OPENS_OR_ENDS_ITEM = pattern(String.raw`(?:[;:]|; (?:and|or|et|ou))$`)
const ENDS_ITEM = pattern(String.raw`(?:[;.]|[;,] (?:and|or|et|ou))$`)
/**
 * In a draft with blank lines between its paragraphs, a line of a wrap's length that ends no sentence and is no title
 * (its longer words not all capitalized, or longer than a title is): a sentence a line break cut ("… registered under the United States ⏎
 * Securities Act of 1933 …"), not a paragraph of its own.
 */
const cutProse = (end: string): boolean =>
  end.length >= WRAP_LENGTH &&
  !SENTENCE_END.test(end) &&
  // Longer than any title: a paragraph on one line, in capitals too ("… EXCEEDS 25% OF THE COMPANY'S MARKET ⏎
  // CAPITALIZATION.").
  (end.length > UNWRAPPED_LINE || !titleWords(end))
const WRAP_LENGTH = 60
const SENTENCE_END = pattern(String.raw`[.!?:;]["'”’)\]]*$`)
const CAPITALIZED = pattern(String.raw`^\W*[\p{Lu}\d]`, 'u')
/** A title's words: its longer words all capitalized. */
const titleWords = (line: string) => line.split(' ').every((word) => word.length < 4 || CAPITALIZED.test(word))
/** A line that ends on a word no sentence ends on ("may be increased by ⏎ 1,000,000 Units"): a wrap, not a paragraph's end. */
const ENDS_MIDWAY = pattern(String.raw`(?:^|\s)(?:a|an|the|of|by|to|in|on|at|for|with|from|and|or|per)$`)
const NEXT_GOES_ON = pattern(String.raw`^\s*[a-z\u00df-\u00ff]`)
/**
 * Whether a sentence or an item starts on the next line, after a line of prose that ends none (a highlight without a
 * period: "… returned greater than 1.0 g/t gold" ⏎ "Soil sampling returned …"): the next opens on a word no sentence
 * capitalizes midway (`OPENS_SENTENCE`), or on a capitalized word and a word in lower case after a line that ends on
 * one in lower case (a wrap puts a capitalized word first when it is a name's: "the United States ⏎ Securities Act",
 * "John ⏎ Smith"; after a word such as "to" or "by", `ENDS_MIDWAY` has read it already).
 */
const startsAnew = (end: string, next: string): boolean =>
  OPENS_SENTENCE.test(next) || (ENDS_LOWER.test(end) && OPENS_LOWER.test(next))
const ENDS_LOWER = pattern(String.raw`(?:^|\s)\(?[a-z]{2,}\)?$`)
const OPENS_LOWER = pattern(String.raw`^\s*\p{Lu}\p{Ll}+ \p{Ll}`, 'u')
/**
 * A line that opens on a capitalized word no sentence capitalizes midway (an article, a preposition, a pronoun, a
 * determiner, a conjunction: "Of the 41 samples …", "Neither TSX Venture Exchange …", "Ni la Bourse …"): a sentence
 * starts there, whatever the line before ends on. A name cut by a wrap ("… the United States ⏎ Securities Act") or a
 * line in capitals ("… FROM ⏎ THE FORMAL …") is no such line.
 */
const OPENS_SENTENCE = pattern(
  String.raw`^\s*(?:The|A|An|Of|In|On|At|For|With|From|To|By|As|This|These|That|Those|It|Its|We|Our|They|Their|` +
    String.raw`Neither|Either|Each|All|Any|If|When|While|Although|Upon|After|Before|During|Since|There|Such|` +
    String.raw`However|Further|Furthermore|Additionally|Le|La|Les|Un|Une|Ce|Cette|Ces|Ni|Il|Elle|Nous|Dans|Pour|` +
    String.raw`Selon)\b(?![.'\u2019-])`
)
const NEXT_FIGURE = pattern(String.raw`^\s*[0-9]`)
/** A line of a table as drafts write one (pipe cells, tab-separated cells): its rows stay one block (tables.ts). */
export const isRowLike = (line: string): boolean => line.includes('|') || line.includes('\t')

/**
 * The paragraphs of a draft written one per line, with no blank line between them (its one markdown paragraph):
 * when one of its lines is longer than any hard wrap makes (`UNWRAPPED_LINE`), each line break is a paragraph's end,
 * so the headline, the dateline, each statement and the caution are blocks of their own, as with blank lines between
 * them (else the whole release is one block, and a caution in it makes the whole release the caution). The rows of a
 * table stay one block, and so does a sentence a line break cuts (`goesOnIn`).
 */
function paragraphLines(raw: RawText, broken = false, mixed = false): RawText[] {
  if (!raw.text.includes('\n')) return [raw]
  const lines = raw.text.split('\n')
  const unwrapped = lines.filter((line) => line.length > UNWRAPPED_LINE).length
  if (unwrapped === 0) return mixed ? tableApart(raw, lines) : wrappedParagraphs(raw, lines)
  // Broken by a list or a heading, the paragraph is read line by line only when its lines are mostly paragraphs
  // (a fifth of its lines of some length): a hard-wrapped copy with one long line (a table's row run together) is not.
  // A hard-wrapped copy with no blank line anywhere is read as one (`wrappedParagraphs`).
  if (broken && unwrapped * 5 < lines.filter((line) => line.length > SOME_LENGTH).length)
    return mixed ? [raw] : wrappedParagraphs(raw, lines)
  const paragraphs: RawText[] = []
  const runs = cellRuns(lines)
  let from = 0
  let at = 0
  lines.forEach((line, index) => {
    const end = at + line.length
    const next = lines[index + 1]
    // Cut after this line unless it and the next are rows of one table (or cells of one, copied one per line), or its
    // sentence goes on in the next (a wrap left in a paragraph otherwise on one line: "four months and ⏎ one day", "a
    // Qualified Per- ⏎ son"); a run of cells is cut from the lines around it.
    const rows = (isRowLike(line) && isRowLike(next ?? '')) || (runs[index] > 0 && runs[index] === runs[index + 1])
    const cells = runs[index] > 0 || runs[index + 1] > 0
    // A line that goes on with a sentence cut before it and ends none goes on too ("… OF THE COMPANY'S ⏎ MARKET ⏎
    // CAPITALIZATION.").
    // Not a line after one too short to be a sentence's (an address's "Suite 405, 12 Main Street," ⏎ "Vancouver"), nor
    // before a line that opens a sentence.
    const continued =
      mixed &&
      from < at &&
      next !== undefined &&
      !SENTENCE_END.test(line.trimEnd()) &&
      (lines[index - 1]?.length ?? 0) >= SOME_LENGTH &&
      !startsAnew(line.trimEnd(), next)
    if (next === undefined || !(rows || (!cells && (continued || goesOnIn(line, next, mixed))))) {
      addPiece(paragraphs, raw, from, end)
      from = end + 1
    }
    at = end + 1
  })
  return paragraphs
}

/**
 * A table's rows (two or more, pipe cells or tab-separated) apart from the lines of prose before or after them in one
 * paragraph, as a draft with no blank line after its table has them ("| Shares outstanding | 88,250,005 | …" ⏎ "No
 * fractional shares will be issued. …"): the prose is a paragraph of its own, not the table's.
 */
function tableApart(raw: RawText, lines: string[]): RawText[] {
  const rows = lines.map(isRowLike)
  if (!rows.some(Boolean) || rows.every(Boolean)) return [raw]
  // A line of a table: a row with a row beside it.
  const table = (index: number) => rows[index] === true && (rows[index - 1] === true || rows[index + 1] === true)
  return piecesCut(
    raw,
    lines,
    lines.map((_, index) => index + 1 === lines.length || table(index) !== table(index + 1))
  )
}

/** The pieces of `raw` (its `lines`) cut after each line whose `cuts` is true (the last line's must be). */
function piecesCut(raw: RawText, lines: string[], cuts: boolean[]): RawText[] {
  const pieces: RawText[] = []
  let from = 0
  let at = 0
  lines.forEach((line, index) => {
    const end = at + line.length
    if (cuts[index]) {
      addPiece(pieces, raw, from, end)
      from = end + 1
    }
    at = end + 1
  })
  return pieces
}

/**
 * The paragraphs of a hard-wrapped draft with no blank line between them (a PDF's or an e-mail's copy, its blank lines
 * lost): a line ends a paragraph (or is one of its own: a contact's name, an address's line) where the next line's first
 * word would have fitted on it (`FITS` of the wrap's width: a proportional font's line holds fewer letters), as no wrap
 * leaves it; where it ends a sentence or an item and the next opens on a run-in heading ("Forward-looking statements:
 * This release …") or an item's letter ("b. up to …"); and before a title on lines of its own after a sentence's end.
 * Else the whole release is one block, and a caution in it makes the whole release the caution. A paragraph whose last
 * line is too full for the next one's first word still runs into the next (eval measures it: robustness.ts, `LOSSY`).
 */
function wrappedParagraphs(raw: RawText, lines: string[]): RawText[] {
  if (lines.length < WRAPPED_LINES) return [raw]
  const lengths = lines.map((line) => line.trimEnd().length).sort((a, b) => a - b)
  const width = lengths[Math.floor(lengths.length * 0.9)]
  if (width < SOME_LENGTH) return [raw]
  const ends = lines.map((line) => line.trimEnd())
  // A page's footer or header line ("Page 2 of 4", a page's number alone, "Alder Creek Gold Corp. – Page 2") ends no
  // paragraph: the line before it is read against the next line of text, and the page's lines go with the paragraph
  // they sit in (taken out after: `withoutFurniture`), so a sentence the page cut stays one ("… in the United" ⏎ "1"
  // ⏎ "Alder Creek Gold Corp. – Page 2" ⏎ "States absent …").
  const page = lines.map((line, index) => index > 0 && isFurnitureLine(line, lines[index - 1], true))
  const after = new Array<string | undefined>(lines.length)
  for (let index = lines.length - 2; index >= 0; index--)
    after[index] = page[index + 1] ? after[index + 1] : lines[index + 1]
  const cuts = lines.map((line, index) => {
    const next = after[index]
    if (next === undefined) return true
    if (isRowLike(line) || page[index]) return false
    // No paragraph ends on "the", "of" or a comma, as a PDF's uneven lines do ("… defined in the policies of the ⏎ TSX
    // Venture Exchange)"), unless an item ends there ("…; and").
    const item = OPENS_OR_ENDS_ITEM.test(ends[index])
    if (!item && (ENDS_MIDWAY.test(ends[index]) || LINE_GOES_ON.test(ends[index].slice(-1)))) return false
    // The next line's first word would have fitted on this one, or this one is longer than the wrap makes them.
    const word = next.trimStart().split(' ', 1)[0]
    const alone = ends[index].length + 1 + word.length < width * FITS || ends[index].length > width * LONGER
    // After a lead-in's colon or an item's semicolon, an item opens in lower case ("… future performance:" ⏎ "a sample
    // of vein material …;").
    if (alone && (!NEXT_GOES_ON.test(next) || item)) return true
    // A sentence or an item ends before a run-in heading ("Forward-looking statements: …") or an item's letter ("b. up
    // to 3,600,000 units …", "(ii) the …").
    const ended = SENTENCE_END.test(ends[index]) || item
    return ended && (RUN_IN_HEADING.test(next) || ITEM_LETTER.test(next))
  })
  // A title on lines of its own ("About Tarn Metals Inc.", "Qualified Person", a legend in capitals over two lines)
  // after a sentence's end: a paragraph ends before it too, though its first word would not have fitted on the line
  // before.
  for (let index = 1; index < lines.length; index++) {
    if (!cuts[index] || cuts[index - 1] || !titleWords(ends[index]) || ends[index].length >= width * FITS) continue
    let first = index
    while (first > 1 && !cuts[first - 1] && titleWords(ends[first - 1]) && !SENTENCE_END.test(ends[first - 1])) first--
    if (!cuts[first - 1] && SENTENCE_END.test(ends[first - 1])) cuts[first - 1] = true
  }
  return piecesCut(raw, lines, cuts)
}
/** An item's letter or number set before it: "b.", "(ii)", "3)". */
const ITEM_LETTER = pattern(String.raw`^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[a-z]\.)\s`)
/** How many lines a hard-wrapped block holds before its short lines can be its paragraphs' ends. */
const WRAPPED_LINES = 6
/** The share of a wrap's width (in letters) a line surely holds, whatever its letters' widths. */
const FITS = 0.9
/** How much longer than the wrap's width a line is that was written on one line, not wrapped. */
const LONGER = 1.25
/** A run-in heading: up to five words and a colon ("Forward-looking statements:", « Énoncés prospectifs : »). */
const RUN_IN_HEADING = pattern(String.raw`^\s*\p{Lu}[\p{L}'\u2019-]*(?: [\p{L}'\u2019-]+){0,4} ?:(?: |$)`, 'u')

/** An indented first line and the paragraph that goes on after it, as one paragraph (a line break between). */
function goesOnWith(first: {raw: RawText; end: number}, rest: RawText): RawText {
  const offsets = new Int32Array(first.raw.text.length + 1 + rest.text.length)
  offsets.set(first.raw.offsets.subarray(0, first.raw.text.length))
  offsets[first.raw.text.length] = first.end
  offsets.set(rest.offsets.subarray(0, rest.text.length), first.raw.text.length + 1)
  return {text: `${first.raw.text}\n${rest.text}`, offsets}
}

/** Text whose offsets are one typed array (a block's raw text). */
interface RawText {
  text: string
  offsets: Int32Array
}

/** An HTML block that is a page's break and nothing else: `<div style="page-break-after: always"></div>`. */
const HTML_PAGE_BREAK = pattern(
  String.raw`^\s*<(?:div|p|br|hr)\b[^<>]{0,120}\b(?:page-break-(?:before|after)|break-(?:before|after)):\s?` +
    String.raw`(?:always|page)\b[^<>]{0,80}>(?:\s*<\/(?:div|p)>)?\s*$`,
  'i'
)
/** How many short lines a page's break may set between the halves of a sentence without naming the page. */
const RUNNING_LINES = 2

/**
 * Blocks as copy from a PDF leaves them, read as the release was written: a page's header or footer line inside a
 * paragraph is taken out ("… Regulation Services Provider (as that term is ⏎ Alder Creek Gold Corp. | Page 3 of 3 ⏎
 * defined in …"), and a paragraph the page cut is joined with its rest across the header or footer set between
 * them as paragraphs of their own (furniture.ts). Every other block is pushed as it comes, in order.
 */
function pageJoiner(push: (kind: Block['kind'], raw: MappedText) => void, repeated: ReadonlySet<string>) {
  // The last paragraph, held until the next block shows whether a page cut it; the page furniture after it.
  let held: RawText | undefined
  let between: RawText[] = []
  let pageBreak = false
  // Short lines after a paragraph a page may have cut, held until the next paragraph shows whether the sentence goes on
  // (a running header or footer that names no page: "Alder Creek Gold Corp. – News Release – March 3, 2026").
  let running = 0
  const flush = () => {
    if (held) push('paragraph', held)
    for (const furniture of between) push('paragraph', furniture)
    held = undefined
    between = []
    pageBreak = false
    running = 0
  }
  return {
    paragraph(raw: RawText, listItem = false): void {
      const lastLine = held?.text.slice(held.text.lastIndexOf('\n') + 1)
      const kept = withoutFurniture(raw, lastLine, repeated, pageBreak)
      if (kept === undefined) {
        // The whole paragraph is a page's header or footer: after a paragraph that may go on, wait for the next.
        if (held) {
          between.push(raw)
          pageBreak = true
        } else push('paragraph', raw)
        return
      }
      // A paragraph that is only a website's list of other releases: no words of this release.
      if (kept.raw.text === '') return
      const runningLine = !listItem && !kept.breakBefore && mayBeRunningLine(kept.raw.text, held?.text ?? '')
      if (held && running < RUNNING_LINES && runningLine) {
        between.push(kept.raw)
        running++
        return
      }
      // The sentence goes on after the short lines: they were the page's header or footer.
      if (held && running > 0 && goesOnAfterPage(held.text, kept.raw.text)) pageBreak = true
      if (held && (pageBreak || kept.breakBefore) && cutByPage(held.text, kept.raw.text)) {
        held = joinText(held, kept.raw)
        between = []
        running = 0
      } else {
        flush()
        held = kept.raw
      }
      pageBreak = kept.breakAfter
    },
    /**
     * Joins `items` (a list's, each from its marker on) to the paragraph held when they follow it on the next line and
     * a hard wrap made them (furniture.ts, `wrapMadeList`); whether it did. The paragraph joined is read again by
     * `split` (a draft with no blank lines: the item runs on to the end of the release, its paragraphs in it).
     */
    wrapped(items: RawText[], value: string, split?: (raw: RawText) => RawText[]): boolean {
      if (!held || between.length > 0 || held.text.length === 0) return false
      const gap = value.slice(held.offsets[held.text.length - 1] + 1, items[0].offsets[0])
      const line = gap.indexOf('\n')
      if (line < 0 || line > LINE_END_SLACK || gap.indexOf('\n', line + 1) >= 0 || gap.slice(line).trim() !== '')
        return false
      const texts = items.map((item) => item.text)
      if (!wrapMadeList(held.text, texts)) return false
      for (const item of items) held = joinText(held, item)
      if (split) {
        const pieces = split(held)
        for (const piece of pieces.slice(0, -1)) push('paragraph', piece)
        held = pieces.at(-1)
      }
      pageBreak = false
      return true
    },
    other(kind: Block['kind'], raw: MappedText): void {
      flush()
      push(kind, raw)
    },
    /**
     * A page's break set in the draft as markup, a thematic break ("---") or an HTML page break (`<div
     * style="page-break-after: always">`): the paragraph held may go on after it, as after a page's footer.
     */
    pageBreak(): void {
      if (held) pageBreak = true
    },
    flush
  }
}

/**
 * A table copied one cell per paragraph (a blank line between its cells: "Hole ID", "From (m)", …, "7.0", "0.70"), as
 * copy from a web page's table or a converter that makes each cell a block leaves it: the run of cells is one block,
 * as the same cells copied one per line are one sentence of theirs (`cellRuns`, the same test), so that the table's
 * figures are read with its header ("Au (g/t)") and not each alone. Paragraphs of one line outside lists are held
 * until a block of another shape shows where their run ends; every other block is pushed as it comes, in order.
 */
function cellJoiner(push: (kind: Block['kind'], raw: MappedText) => void, inList: (offset: number) => boolean) {
  let held: RawText[] = []
  const flush = () => {
    const runs = cellRuns(held.map((raw) => raw.text))
    for (let i = 0; i < held.length; i++) {
      let joined = held[i]
      while (runs[i] > 0 && runs[i + 1] === runs[i]) joined = joinText(joined, held[++i])
      push('paragraph', joined)
    }
    held = []
  }
  return {
    push(kind: Block['kind'], raw: MappedText): void {
      const one =
        kind === 'paragraph' &&
        raw.offsets instanceof Int32Array &&
        raw.text.length <= CELL_LINE_MAX &&
        !raw.text.includes('\n') &&
        !inList(raw.offsets[0])
      if (one) {
        held.push(raw as RawText)
        return
      }
      flush()
      push(kind, raw)
    },
    flush
  }
}

/** What may stand between a paragraph's last character and its line's end: the rest of an entity, spaces. */
const LINE_END_SLACK = 12

/**
 * The items of a bullet list set with dashes (or plus signs), each one paragraph, as text from its marker on ("- " and
 * the item's words, each character at its source offset); undefined for any other list.
 */
function dashItems(list: List, value: string): RawText[] | undefined {
  if (list.ordered) return undefined
  const items: RawText[] = []
  for (const item of list.children) {
    const [paragraph] = item.children
    const at = item.position?.start.offset
    if (item.children.length !== 1 || paragraph.type !== 'paragraph' || at === undefined) return undefined
    const marker = value[at]
    if (marker !== '-' && marker !== '+') return undefined
    const words = inlineText(paragraph, value)
    const offsets = new Int32Array(words.text.length + 2)
    offsets[0] = at
    offsets[1] = at + 1
    offsets.set(words.offsets, 2)
    items.push({text: `${marker} ${words.text}`, offsets})
  }
  return items.length > 0 ? items : undefined
}

/** Two paragraphs' texts as one, a line break between them (at the source offset after the first's end). */
function joinText(a: RawText, b: RawText): RawText {
  const offsets = new Int32Array(a.text.length + 1 + b.text.length)
  offsets.set(a.offsets.subarray(0, a.text.length))
  offsets[a.text.length] = a.text.length > 0 ? a.offsets[a.text.length - 1] + 1 : 0
  offsets.set(b.offsets.subarray(0, b.text.length), a.text.length + 1)
  return {text: a.text + '\n' + b.text, offsets}
}

/**
 * A paragraph's text without the page headers and footers on lines of their own inside it (`before`: the last
 * line of the paragraph before, for a page number or, `afterPage`, a running header on this one's first line);
 * undefined when every line is one.
 * `breakBefore` and `breakAfter`: whether its first or last line was one (a page broke there).
 */
function withoutFurniture(
  raw: RawText,
  before: string | undefined,
  repeated: ReadonlySet<string>,
  afterPage = false
): {raw: RawText; breakBefore: boolean; breakAfter: boolean} | undefined {
  const lines = raw.text.split('\n')
  const numbered = lines.map((line, i) =>
    isFurnitureLine(line, i > 0 ? lines[i - 1] : before, i + 1 < lines.length || lines.length === 1)
  )
  // A running header is read between the lines of text around it, past a page's number beside it (a footer's "Page 1
  // of 3" ⏎ the next page's "Alder Creek Gold Corp. – News Release"); on the first line, after the paragraph a page's
  // footer ended (`afterPage`: a hard-wrapped copy's pieces), between that paragraph's last line and the next.
  const prose = (i: number, step: number) => {
    while (numbered[i]) i += step
    return i < 0 && afterPage ? before : (lines[i] as string | undefined)
  }
  const page = numbered.map((number, i) => {
    if (number) return true
    const [above, below] = [prose(i - 1, -1), prose(i + 1, 1)]
    return above !== undefined && below !== undefined && runningLineInside(lines[i], above, below, repeated)
  })
  // A website's list of its other releases is taken out as a page's header is, but breaks no page.
  const others = websiteLines(lines)
  const furniture = page.map((line, i) => line || others[i])
  if (!furniture.includes(true)) return {raw, breakBefore: false, breakAfter: false}
  if (!furniture.includes(false))
    return others.includes(true)
      ? {raw: {text: '', offsets: raw.offsets.subarray(0, 0)}, breakBefore: false, breakAfter: false}
      : undefined
  let text = ''
  const offsets = new Int32Array(raw.text.length)
  let size = 0
  let from = 0
  for (let i = 0; i < lines.length; i++) {
    const to = from + lines[i].length
    if (!furniture[i]) {
      if (text.length > 0) {
        text += '\n'
        offsets[size++] = raw.offsets[from > 0 ? from - 1 : from]
      }
      text += lines[i]
      offsets.set(raw.offsets.subarray(from, to), size)
      size += to - from
    }
    from = to + 1
  }
  return {raw: {text, offsets: offsets.subarray(0, size)}, breakBefore: page[0], breakAfter: page.at(-1)!}
}

/**
 * Characters that show nothing and are no part of a word: zero-width spaces and joiners, direction marks and
 * embeddings, the word joiner and the byte order mark, as copy from web pages and PDFs leaves them inside words
 * ("Explorat\u200Bion", "Leam\u2060ington"), and the soft hyphen of a web page's hyphenation inside a line
 * ("Leam\u00ADington"). One that ends a line stays: it joins the word over the break, which normalizing reads
 * (text.ts).
 */
const INVISIBLE = pattern(String.raw`[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]|\u00AD(?![ \t]{0,8}\r?\n)`)
const INVISIBLE_ALL = pattern(INVISIBLE.source, 'g')

/**
 * A block's text as it shows: without invisible characters (`INVISIBLE`), each other character at its offset. What
 * reads the text as written (its capitals: names, titles) reads the words a reader sees.
 */
function visible(raw: MappedText): MappedText {
  if (!INVISIBLE.test(raw.text)) return raw
  const offsets = new Int32Array(raw.text.length)
  let size = 0
  let text = ''
  let from = 0
  for (const match of raw.text.matchAll(INVISIBLE_ALL)) {
    text += raw.text.slice(from, match.index)
    for (let i = from; i < match.index; i++) offsets[size++] = offsetAt(raw, i)
    from = match.index + 1
  }
  text += raw.text.slice(from)
  for (let i = from; i < raw.text.length; i++) offsets[size++] = offsetAt(raw, i)
  return {text, offsets: offsets.subarray(0, size)}
}

function pushBlock(kind: Block['kind'], collected: MappedText, draft: Draft, normalizer: Normalizer): void {
  if (collected.text.trim() === '') return
  const raw = visible(collected)
  const norm = normalizer(kind, raw)
  const span = spanOf(raw, 0, raw.text.length)
  const {blocks} = draft
  blocks.push({kind, index: blocks.length, raw, norm, sentences: [], ...span, draft})
}

/** The text of a paragraph's or a heading's inline nodes, each character at its source offset. */
function inlineText(node: Nodes, value: string): RawText {
  // A paragraph's text is never longer than its source: one buffer for its offsets.
  const start = node.position?.start.offset ?? 0
  const raw: Collected = {text: '', offsets: offsetsFor((node.position?.end.offset ?? start) - start)}
  collectInline(node, value, raw)
  return {text: raw.text, offsets: written(raw.offsets)}
}

/** Text being collected from inline nodes, with the source offset of each character. */
interface Collected {
  text: string
  offsets: Offsets
}

function collectInline(node: Nodes, value: string, out: Collected): void {
  if ((node.type === 'text' || node.type === 'inlineCode') && node.position) {
    const start = node.position.start.offset ?? 0
    const end = node.position.end.offset ?? start
    let base = start
    if (node.type === 'inlineCode') {
      while (value[base] === '`') base++
    }
    // A line end saved as CR LF (Windows) is read as LF: a draft's words are the same whatever its line ends.
    const text = node.value.includes('\r') ? node.value.replace(CR_LF, '') : node.value
    const from = out.offsets.size
    alignValue(text, value.slice(base, end), base, out.offsets)
    out.text += node.type === 'text' ? withoutScriptMarks(text, out.offsets, from) : text
    return
  }
  // Angle brackets around words that are no HTML tag ("<Closing Date>", "<Name of QP>", a template's field that
  // the parser reads as inline HTML) are text of the draft; a tag of pasted HTML ("<b>", "<br/>") is not.
  // So are the tags of struck-out text in pasted HTML ("<del>$0.04</del>"): the words they strike are redline
  // residue, which the notes leave out (placeholders.ts), not the release's.
  if (node.type === 'html' && node.position && (isTemplateField(node.value) || STRIKE_TAG.test(node.value))) {
    const start = node.position.start.offset ?? 0
    out.text += node.value
    alignValue(node.value, value.slice(start, node.position.end.offset ?? start), start, out.offsets)
    return
  }
  if (node.type === 'break' && node.position) {
    out.text += '\n'
    pushOffset(out.offsets, node.position.start.offset ?? 0)
    return
  }
  if (node.type === 'image' && node.alt && node.position) {
    out.text += node.alt
    const start = node.position.start.offset ?? 0
    for (let i = 0; i < node.alt.length; i++) pushOffset(out.offsets, start + 2 + i)
    return
  }
  // Inline HTML's tags are not text, but some end a line or a cell of the page ("four months<br>and one day",
  // "</td><td>"): read as the line break or space they show as, words on either side are not run together.
  if (node.type === 'html' && node.position) {
    const gap = tagGap(node.value)
    if (gap) {
      out.text += gap
      pushOffset(out.offsets, node.position.start.offset ?? 0)
    }
    return
  }
  if (!('children' in node)) return
  const children = node.children as Nodes[]
  for (let index = 0; index < children.length; index++) {
    // A footnote's mark set in superscript after a figure ("$0.20<sup>1</sup> per Unit") is no digit of the figure.
    if (out.text.length > 0 && isDigitCode(out.text.charCodeAt(out.text.length - 1)) && markAt(children, index)) {
      index += 2
      continue
    }
    collectInline(children[index], value, out)
  }
}

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57

/** Whether `children[index]` opens a superscript that holds only a footnote's mark ("1", "(2)", "a", "*", "†"). */
function markAt(children: readonly Nodes[], index: number): boolean {
  const [open, mark, close] = [children[index], children[index + 1], children[index + 2]]
  return (
    open.type === 'html' &&
    SUP_OPEN.test(open.value) &&
    mark?.type === 'text' &&
    FOOTNOTE_MARK.test(mark.value) &&
    close?.type === 'html' &&
    SUP_CLOSE.test(close.value)
  )
}

/** Pandoc's marks of a subscript or a superscript figure after a letter ("Li~2~O", "U~3~O~8~", "m^3^"). */
const SCRIPT_MARKS = pattern(String.raw`(?<=[A-Za-z])([~^])(\d{1,2})\1`, 'g')

/**
 * A text node's text without pandoc's subscript and superscript marks around a figure ("Li~2~O" reads "Li2O", as
 * "Li<sub>2</sub>O" and Word's "Li₂O" do), its offsets (written from `from`) moved with it. A "~" alone ("~1.5 g/t")
 * stays.
 */
function withoutScriptMarks(text: string, offsets: Offsets, from: number): string {
  if (!text.includes('~') && !text.includes('^')) return text
  SCRIPT_MARKS.lastIndex = 0
  if (!SCRIPT_MARKS.test(text)) return text
  let kept = ''
  let size = from
  let last = 0
  const keep = (a: number, b: number) => {
    for (let i = a; i < b; i++) offsets.array[size++] = offsets.array[from + i]
    kept += text.slice(a, b)
  }
  SCRIPT_MARKS.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = SCRIPT_MARKS.exec(text))) {
    keep(last, match.index)
    keep(match.index + 1, match.index + 1 + match[2].length)
    last = match.index + match[0].length
  }
  keep(last, text.length)
  offsets.size = size
  return kept
}

/** An opening or closing tag of struck-out text. */
const STRIKE_TAG = /^<\/?(?:del|s|strike)>$/i

/** Whether inline HTML is a template's field in angle brackets: an opening "tag" HTML has not, or one of words. */
function isTemplateField(html: string): boolean {
  const tag = /^<([A-Za-z][A-Za-z0-9-]*)((?:[^<>A-Za-z0-9-][^<>]*)?)>$/.exec(html)
  if (!tag || /[=/"']/.test(tag[2])) return false
  return !HTML_ELEMENTS.has(tag[1].toLowerCase()) || /\s\S/.test(tag[2])
}

/** Characters that may end a paragraph's last sentence. */
const CLOSED = /[.!?:;)\]"'»*_]\s*$/
/** A paragraph that starts in lower case continues the sentence before it. */
const GOES_ON = /^[a-z\u00e0-\u00ff(]/

/**
 * The sentence a blank line cut in two, as copy from a PDF leaves it ("… (as that term is defined in" ⏎ ⏎ "the
 * policies of the TSX Venture Exchange) accepts …"), read as one: the last sentence of a paragraph that ends
 * without closing punctuation, joined with the first of the next paragraph when it starts in lower case. Undefined
 * when the sentence does not run on. The joined sentence belongs to the first block; its texts map to the source.
 */
export function runsOn(sentence: Sentence): Sentence | undefined {
  const {block} = sentence
  if (block.kind !== 'paragraph' || block.sentences[block.sentences.length - 1] !== sentence) return undefined
  const next = block.draft.blocks[block.index + 1]
  const rest = next?.sentences[0]
  if (!rest || next.kind !== 'paragraph' || CLOSED.test(sentence.raw.text) || !GOES_ON.test(rest.raw.text)) {
    return undefined
  }
  const join = (a: MappedText, b: MappedText): MappedText => {
    const offsets = new Int32Array(a.text.length + 1 + b.text.length)
    for (let i = 0; i < a.text.length; i++) offsets[i] = offsetAt(a, i)
    offsets[a.text.length] = a.text.length > 0 ? offsetAt(a, a.text.length - 1) + 1 : 0
    for (let i = 0; i < b.text.length; i++) offsets[a.text.length + 1 + i] = offsetAt(b, i)
    return {text: a.text + ' ' + b.text, offsets}
  }
  return {...sentence, raw: join(sentence.raw, rest.raw), norm: join(sentence.norm, rest.norm), end: rest.end}
}

/**
 * A line that starts a list item with a bullet glyph markdown does not read as a list marker ("• 5.0m grading 18.0
 * g/t gold", "· Drilling resumes in May", "▪ Hole 24-07 …"), as copy from a web page or a PDF leaves a release's
 * highlights: a line of their own each, in one paragraph.
 */
const BULLET_LINE = pattern(String.raw`\n[ \t]*(?=${BULLET_GLYPH})`, 'g')

/** The `[from, to)` bounds of the sentences of a block's text as written, each bulleted line starting one. */
function bulletBounds(text: string): Array<[number, number]> {
  // Line breaks inside a paragraph are wrapping, not sentence ends; but a line that starts with a bullet starts an
  // item of a list, and a sentence with it: each item's words (a plan's "mineral reserves", a company's
  // "Resources") are not read with another's (a grade over a width), as with the items of a markdown list. The
  // first item after a lead-in's colon goes on with its sentence ("… outlining: • 1.47 million indicated ounces").
  BULLET_LINE.lastIndex = 0
  if (!BULLET_LINE.test(text)) return sentenceBounds(text.replace(/[\r\n]/g, ' '))
  const bounds: Array<[number, number]> = []
  let from = 0
  const add = (to: number) => {
    for (const [start, end] of sentenceBounds(text.slice(from, to).replace(/[\r\n]/g, ' ')))
      bounds.push([from + start, from + end])
  }
  BULLET_LINE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = BULLET_LINE.exec(text))) {
    if (
      text
        .slice(Math.max(from, match.index - 4), match.index)
        .trimEnd()
        .endsWith(':')
    )
      continue
    add(match.index)
    from = match.index + match[0].length
  }
  add(text.length)
  return bounds
}

/**
 * A table copied one cell per line inside a paragraph ("Hole ID", "From (m)", …, "7.0", "0.70", "0.27"), with prose
 * on the lines before or after it ("Hole FP-25-01 was drilled …"): a web copy of a newswire table whose rows lost
 * their cells' separators. Those line breaks are not wrapping, and a cell has no stop to end a sentence: the run of
 * cells is cut from the prose around it, so that the prose's words ("the previously mined pit") are not read as the
 * table's and the table's figures not as the prose's. A run is at least CELL_RUN short lines in a row, none ending
 * with a stop, CELL_FIGURES of them a figure alone ("383.0", "9%"): a list's items or wrapped words have no such
 * figures.
 */
const CELL_LINE_MAX = 30
const CELL_RUN = 6
const CELL_FIGURES = 3
const FIGURE_CELL = pattern(String.raw`^[\s($*-]{0,3}\d[\d.,]{0,15} ?%?[\s)*]{0,3}$`)
const STOP_END = pattern(String.raw`[.:;!?]$`)

/** Each line's run of one-cell lines (numbered from 1), or 0 for a line in none. */
function cellRuns(lines: readonly string[]): Int32Array {
  const runs = new Int32Array(lines.length)
  let run = 0
  let first = -1
  let figures = 0
  const close = (at: number) => {
    if (first >= 0 && at - first >= CELL_RUN && figures >= CELL_FIGURES) {
      run++
      runs.fill(run, first, at)
    }
    first = -1
    figures = 0
  }
  lines.forEach((raw, index) => {
    const line = raw.trim()
    if (line.length > 0 && line.length <= CELL_LINE_MAX && !STOP_END.test(line)) {
      if (first < 0) first = index
      if (FIGURE_CELL.test(line)) figures++
    } else close(index)
  })
  close(lines.length)
  return runs
}

/** Where a paragraph's text `text` is cut around a run of one-cell lines: the starts of the lines before and after. */
function cellRunCuts(text: string): number[] {
  const lines = text.split('\n')
  const runs = cellRuns(lines)
  const cuts: number[] = []
  let at = 0
  lines.forEach((line, index) => {
    if (index > 0 && runs[index] !== runs[index - 1]) cuts.push(at)
    at += line.length + 1
  })
  return cuts
}

/**
 * A term sheet's row written as a line of a paragraph: two cells set apart by a pipe or a tab, the first a term's name
 * (no digit: "Price per Unit | $0.25", "Hold period expiry\tApril 4, 2027"); a separator line ("| --- | --- |") has
 * none. Its cells, else undefined.
 */
function sheetRow(line: string): string[] | undefined {
  const mark = line.includes('|') ? '|' : line.includes('\t') ? '\t' : ''
  if (!mark) return undefined
  const cells = line.split(mark).filter((cell) => /[^\s:-]/.test(cell))
  return cells.length === 2 && !/\d/.test(cells[0]) ? cells : undefined
}

/**
 * Where a paragraph's text `text` is cut before each row of a term sheet written in it (three rows or more, each of
 * two cells, its term and its value, and no other line but a separator): a row states its own term ("Price | $0.04
 * per Unit", then "Warrant | Exercisable at $0.05"), not one sentence with the next row's; the rows have no stop
 * between them. A table of more columns (an assay table, its header's units over its figures) is read whole.
 */
function sheetCuts(text: string): number[] {
  // A paragraph of terms a line each ("Price per Unit: $0.10"): each line.
  // Only an offering's terms (a QP's facts set out a line each are read together, as written).
  const terms = text.includes(':') ? termLines(text) : undefined
  if (terms) return offeringTerms(terms.map(({name}) => name)) ? terms.slice(1).map(({from}) => from) : []
  // A term sheet copied a cell a line: each pair of lines, a term's name and its value.
  const pairs = termPairs(text)
  if (pairs)
    return offeringTerms(pairs.map(({name}) => text.slice(...name))) ? pairs.slice(1).map(({name}) => name[0]) : []
  const lines = text.split('\n')
  const cells = lines.map(sheetRow)
  const rows = cells.map((row) => row !== undefined)
  const separator = (line: string) => /^[\s|:-]*$/.test(line)
  if (rows.filter(Boolean).length < 3 || lines.some((line, i) => !rows[i] && !separator(line))) return []
  if (!offeringTerms(cells.flatMap((row) => (row ? [row[0]] : [])))) return []
  const cuts: number[] = []
  let at = 0
  lines.forEach((line, index) => {
    if (index > 0 && rows[index]) cuts.push(at)
    at += line.length + 1
  })
  return cuts
}

/** The `[from, to)` bounds of a block's sentences in its text as written. */
function blockBounds(raw: MappedText): Array<[number, number]> {
  // Line breaks inside a paragraph are wrapping, not sentence ends, except before a bulleted line, around a run of
  // one-cell lines and between the rows of a term sheet.
  const bounds = bulletBounds(raw.text)
  const cuts = raw.text.includes('\n') ? [...cellRunCuts(raw.text), ...sheetCuts(raw.text)].sort((a, b) => a - b) : []
  if (cuts.length === 0) return bounds
  const cut: Array<[number, number]> = []
  for (const [from, to] of bounds) {
    let start = from
    for (const at of cuts) {
      if (at <= start || at >= to) continue
      cut.push([start, at])
      start = at
    }
    cut.push([start, to])
  }
  return trimmedBounds(raw.text, cut)
}

/** Line breaks, tabs and other white space but the space (no-break and thin spaces) as spaces, one for one. */
const OTHER_SPACE = /[^\S ]/
const OTHER_SPACES = /[^\S ]/g
const spaced = (text: string): string => (OTHER_SPACE.test(text) ? text.replace(OTHER_SPACES, ' ') : text)

/** Split a block into sentences (at `bounds`, when known), each with its exact source span. */
function toSentences(block: Block, bounds = blockBounds(block.raw)): Sentence[] {
  const result: Sentence[] = []
  const {norm} = block
  for (const [from, to] of bounds) {
    // Each white-space character as a space, one for one (the offsets stay the block's): a pattern on the text as
    // written reads a line a hard wrap broke, a tab or a no-break space as the space it stands for.
    const raw: MappedText = {text: spaced(block.raw.text.slice(from, to)), offsets: block.raw.offsets, base: from}
    // The sentence's normalized text is a slice of its block's: no second pass.
    let start = norm.starts[from]
    let end = norm.starts[to]
    while (start < end && norm.text.charCodeAt(start) === 32) start++
    while (end > start && norm.text.charCodeAt(end - 1) === 32) end--
    const sentenceNorm: MappedText = {text: norm.text.slice(start, end), offsets: norm.offsets, base: start}
    result.push({block, index: 0, raw, norm: sentenceNorm, ...spanOf(raw, 0, raw.text.length)})
  }
  return result
}
