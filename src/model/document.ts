/**
 * The document: the draft's blocks (paragraphs, headings, code) and their
 * sentences, each with exact source offsets and normalized text, and the
 * queries every fact and rule runs on them (`find`, `findAll`, `has`).
 */
import type {Nodes, Root} from 'mdast'
import type {BlockCache} from './block-cache.js'
import {sentenceBounds} from './sentences.js'
import {execIf, mayMatch, testIf} from './prefilter.js'
import {
  alignValue,
  normalize,
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
  sentences: Sentence[]
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
export function readDocument(tree: Root, value: string, cache?: BlockCache): {blocks: Block[]; sentences: Sentence[]} {
  const blocks: Block[] = []
  const sentences: Sentence[] = []
  const bounds: Array<Array<[number, number]>> = []
  collectBlocks(tree, value, blocks, (kind, raw) => {
    if (!cache) return normalize(raw)
    const reading = cache.read(kind, raw.text, raw.offsets as Int32Array, () => {
      const norm = normalize(raw)
      return {norm, bounds: blockBounds(raw)}
    })
    bounds[blocks.length] = reading.bounds
    return reading.norm
  })
  cache?.done()
  for (const block of blocks) {
    for (const sentence of toSentences(block, bounds[block.index])) {
      sentence.index = sentences.length
      sentences.push(sentence)
      block.sentences.push(sentence)
    }
  }
  return {blocks, sentences}
}

/** First match of `re` in the normalized text of `unit`. */
export function find(unit: Unit, re: RegExp): Found | undefined {
  re.lastIndex = 0
  const match = execIf(re, unit.norm.text)
  if (!match) return undefined
  return {...spanOf(unit.norm, match.index, match.index + match[0].length), match}
}

/** Every match of a global `re` in the normalized text of `unit`. */
export function findAll(unit: Unit, re: RegExp): Found[] {
  if (!re.global) throw new Error('findAll needs a global regular expression')
  const found: Found[] = []
  re.lastIndex = 0
  if (!mayMatch(re, unit.norm.text)) return found
  let match: RegExpExecArray | null
  while ((match = re.exec(unit.norm.text))) {
    found.push({...spanOf(unit.norm, match.index, match.index + match[0].length), match})
    if (match[0].length === 0) re.lastIndex++
  }
  return found
}

/** Whether the normalized text of `unit` matches `re`. */
export function has(unit: Unit, re: RegExp): boolean {
  re.lastIndex = 0
  return testIf(re, unit.norm.text)
}

/** How a block's text is normalized: at once, or through a cache. */
type Normalizer = (kind: Block['kind'], raw: MappedText) => Normalized

function collectBlocks(tree: Root, value: string, blocks: Block[], normalizer: Normalizer): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      // A paragraph's text is never longer than its source: one buffer for its offsets.
      const start = node.position?.start.offset ?? 0
      const raw: Collected = {text: '', offsets: offsetsFor((node.position?.end.offset ?? start) - start)}
      collectInline(node, value, raw)
      pushBlock(node.type, {text: raw.text, offsets: written(raw.offsets)}, blocks, normalizer)
      return
    }
    // Raw HTML that is not a whole comment is text of the draft: a stray "<!" or
    // an unclosed "<!--" would otherwise hide the rest of a plain-text draft.
    if (node.type === 'html' && node.position && !/^<!--[\s\S]*-->\s*$/.test(node.value)) {
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      pushBlock(
        'paragraph',
        {text: node.value, offsets: written(alignValue(node.value, value.slice(start, end), start))},
        blocks,
        normalizer
      )
      return
    }
    if (node.type === 'code' && node.position) {
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      let base = start
      const slice = value.slice(start, end)
      if (/^\s*(`{3,}|~{3,})/.test(slice)) base = start + slice.indexOf('\n') + 1
      const offsets = written(alignValue(node.value, value.slice(base, end), base))
      pushBlock('code', {text: node.value, offsets}, blocks, normalizer)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
}

function pushBlock(kind: Block['kind'], raw: MappedText, blocks: Block[], normalizer: Normalizer): void {
  if (raw.text.trim() === '') return
  const norm = normalizer(kind, raw)
  const span = spanOf(raw, 0, raw.text.length)
  blocks.push({kind, index: blocks.length, raw, norm, sentences: [], ...span})
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
    out.text += node.value
    alignValue(node.value, value.slice(base, end), base, out.offsets)
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
  if ('children' in node) for (const child of node.children) collectInline(child as Nodes, value, out)
}

/** The `[from, to)` bounds of a block's sentences in its text as written. */
function blockBounds(raw: MappedText): Array<[number, number]> {
  // Line breaks inside a paragraph are wrapping, not sentence ends.
  return sentenceBounds(raw.text.replace(/[\r\n]/g, ' '))
}

/** Split a block into sentences (at `bounds`, when known), each with its exact source span. */
function toSentences(block: Block, bounds = blockBounds(block.raw)): Sentence[] {
  const result: Sentence[] = []
  const {norm} = block
  for (const [from, to] of bounds) {
    const raw: MappedText = {text: block.raw.text.slice(from, to), offsets: block.raw.offsets, base: from}
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
