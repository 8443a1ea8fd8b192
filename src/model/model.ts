/**
 * The document model: each draft is parsed once into blocks (paragraphs,
 * headings, code) and sentences with exact source offsets and normalized
 * text; the facts the rules need (listings, dateline, what the release speaks
 * of) are derived once and cached per tree. Rules query it; none re-splits text.
 */
import type {Nodes, Root} from 'mdast'
import {location} from 'vfile-location'
import type {VFile} from 'vfile'
import {alignValue, normalize, spanOf, type MappedText, type Normalized, type Span} from './text.js'
import {findListings, type Listing, type Exchange} from './listing.js'
import {detectTopics, type Topics} from './topics.js'
import {findDateline} from './dateline.js'
import {findCaution, ownSentences} from './caution.js'
import {extractOffering, type OfferingTerms} from './offering.js'

export type {Span, MappedText} from './text.js'
export type {Listing, Exchange} from './listing.js'

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

export interface Model {
  /** The draft as a string. */
  value: string
  blocks: Block[]
  sentences: Sentence[]
  /** Exchange listings the release states ("(TSXV: ADY)"). */
  listings: Listing[]
  /** The Canadian exchanges among them. */
  exchanges: Set<Exchange>
  /** The issuer's Canadian exchange: the first one its release states (the issuer's tag comes before any partner's). */
  exchange: Exchange | undefined
  /** The dateline block, or the first body paragraph when there is none. */
  dateline: Block | undefined
  /** The forward-looking information caution (see caution.ts), in order. */
  caution: Block[]
  /** The release's own sentences: not the caution, disclaimers or legends (they do not make a release speak of a topic). */
  own: Sentence[]
  topics: Topics
  /** The financing terms the release states (gathered on first use). */
  readonly offering: OfferingTerms
  /** Line and column (1-based) of a source offset. */
  point(offset: number): {line: number; column: number; offset: number}
}

const cache = new WeakMap<Root, Model>()

/** The model of `tree`, built on first use and cached for every rule after. */
export function getModel(tree: Root, file: VFile): Model {
  let model = cache.get(tree)
  if (!model) {
    model = buildModel(tree, String(file.value ?? ''))
    cache.set(tree, model)
  }
  return model
}

/** Build the model of a tree parsed from `value`. */
export function buildModel(tree: Root, value: string): Model {
  const blocks: Block[] = []
  const sentences: Sentence[] = []
  collectBlocks(tree, value, blocks)
  for (const block of blocks) {
    for (const sentence of toSentences(block)) {
      sentence.index = sentences.length
      sentences.push(sentence)
      block.sentences.push(sentence)
    }
  }
  const dateline = findDateline(blocks)
  const listings = findListings(blocks, dateline)
  const exchanges = new Set<Exchange>()
  for (const listing of listings) {
    if (listing.exchange === 'TSXV' || listing.exchange === 'CSE' || listing.exchange === 'TSX') {
      exchanges.add(listing.exchange)
    }
  }
  const place = location(value)
  const caution = findCaution(blocks)
  const own = ownSentences(sentences, caution)
  let offering: OfferingTerms | undefined
  return {
    value,
    blocks,
    sentences,
    listings,
    exchanges,
    exchange: listings.find((listing) => listing.exchange !== 'OTHER')?.exchange ?? disclaimedExchange(blocks),
    dateline,
    caution,
    own,
    topics: detectTopics(own, dateline),
    get offering() {
      offering ??= extractOffering(own, blocks)
      return offering
    },
    point(offset) {
      const point = place.toPoint(Math.min(Math.max(offset, 0), value.length))
      return point
        ? {line: point.line, column: point.column, offset: point.offset ?? offset}
        : {line: 1, column: 1, offset: 0}
    }
  }
}

/**
 * A release that states no listing still names its exchange in its
 * disclaimer ("Neither the Canadian Securities Exchange nor …").
 */
function disclaimedExchange(blocks: Block[]): Exchange | undefined {
  for (const block of blocks) {
    const text = block.norm.text
    if (!/adequacy or ?accuracy|accepts? ?(?:no )?responsibility|has not (?:reviewed|approved)/.test(text)) continue
    if (/tsx ?venture ?exchange|\btsx-?v\b/.test(text)) return 'TSXV'
    if (/canadian ?securities ?exchange|\bcse\b/.test(text)) return 'CSE'
  }
  return undefined
}

/** First match of `re` in the normalized text of `unit`. */
export function find(unit: Unit, re: RegExp): Found | undefined {
  re.lastIndex = 0
  const match = re.exec(unit.norm.text)
  if (!match) return undefined
  return {...spanOf(unit.norm, match.index, match.index + match[0].length), match}
}

/** Every match of a global `re` in the normalized text of `unit`. */
export function findAll(unit: Unit, re: RegExp): Found[] {
  if (!re.global) throw new Error('findAll needs a global regular expression')
  const found: Found[] = []
  re.lastIndex = 0
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
  return re.test(unit.norm.text)
}

function collectBlocks(tree: Root, value: string, blocks: Block[]): void {
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const raw: Collected = {text: '', offsets: []}
      collectInline(node, value, raw)
      pushBlock(node.type, raw, blocks)
      return
    }
    // Raw HTML that is not a whole comment is text of the draft: a stray "<!" or
    // an unclosed "<!--" would otherwise hide the rest of a plain-text draft.
    if (node.type === 'html' && node.position && !/^<!--[\s\S]*-->\s*$/.test(node.value)) {
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      pushBlock('paragraph', {text: node.value, offsets: alignValue(node.value, value.slice(start, end), start)}, blocks)
      return
    }
    if (node.type === 'code' && node.position) {
      const start = node.position.start.offset ?? 0
      const end = node.position.end.offset ?? start
      let base = start
      const slice = value.slice(start, end)
      if (/^\s*(`{3,}|~{3,})/.test(slice)) base = start + slice.indexOf('\n') + 1
      const offsets = alignValue(node.value, value.slice(base, end), base)
      pushBlock('code', {text: node.value, offsets}, blocks)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
}

function pushBlock(kind: Block['kind'], raw: MappedText, blocks: Block[]): void {
  if (raw.text.trim() === '') return
  const norm = normalize(raw)
  const span = spanOf(raw, 0, raw.text.length)
  blocks.push({kind, index: blocks.length, raw, norm, sentences: [], ...span})
}

/** Text being collected from inline nodes, with the source offset of each character. */
interface Collected {
  text: string
  offsets: number[]
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
    out.offsets.push(node.position.start.offset ?? 0)
    return
  }
  if (node.type === 'image' && node.alt && node.position) {
    out.text += node.alt
    const start = node.position.start.offset ?? 0
    for (let i = 0; i < node.alt.length; i++) out.offsets.push(start + 2 + i)
    return
  }
  if ('children' in node) for (const child of node.children) collectInline(child as Nodes, value, out)
}

// Sentence bounds come from ICU (Intl.Segmenter, built into Node): fast and
// well kept. ICU ends a sentence after every period followed by a capital, so
// boundaries after honorifics, initials, designations and company suffixes
// ("Mr. Robert Pease", "P.Eng. is", "Corp. (TSXV") are joined back.
const segmenter = new Intl.Segmenter('en', {granularity: 'sentence'})
const NOT_AN_END =
  /(?:\b(?:mr|ms|mrs|dr|prof|sr|jr|st|no|nos|inc|corp|ltd|co|ltée|ltee|approx|ca|vs|etc|e\.g|i\.e|u\.s|p\.geo|p\.eng|p\.geol|p\.geoph|ph\.d|m\.sc|b\.sc|geo|eng|pr\.sci\.nat|pr\.eng|q\.p|p\.g|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|ave|blvd|rd|cdn|figs?|vol|est|op|cit)|(?:^|[\s(])[a-z])\.["')\]]?$/i

/**
 * ICU's segments of `text`. ICU's iterator slows down with the length of the
 * string it walks, so a long paragraph is cut into pieces of about 2,000
 * characters at a period and a space first (a cut ICU would make too).
 */
function* segments(text: string): Generator<{index: number; segment: string}> {
  let from = 0
  while (from < text.length) {
    let to = text.length
    if (to - from > 2000) {
      const boundary = /[.!?]["')\]]? +(?=["(\u201C]?[A-Z])/g
      boundary.lastIndex = from + 2000
      const match = boundary.exec(text)
      if (match) to = match.index + match[0].length
    }
    for (const {index, segment} of segmenter.segment(text.slice(from, to))) yield {index: from + index, segment}
    from = to
  }
}

/** Split a block into sentences, each with its exact source span. */
function toSentences(block: Block): Sentence[] {
  // Line breaks inside a paragraph are wrapping, not sentence ends.
  const flat = block.raw.text.replace(/[\r\n]/g, ' ')
  const bounds: Array<[number, number]> = []
  for (const {index, segment} of segments(flat)) {
    const previous = bounds[bounds.length - 1]
    const next = segment.trimStart()
    // Only the end of the previous sentence matters ("… Mr.", "… P.Eng.").
    if (previous && (NOT_AN_END.test(flat.slice(Math.max(previous[0], previous[1] - 24), previous[1]).trimEnd()) || /^[a-z]/.test(next))) {
      previous[1] = index + segment.length
    } else {
      bounds.push([index, index + segment.length])
    }
  }
  const result: Sentence[] = []
  const {norm} = block
  for (let [from, to] of bounds) {
    while (from < to && /\s/.test(flat[from])) from++
    while (to > from && /\s/.test(flat[to - 1])) to--
    if (from >= to) continue
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
