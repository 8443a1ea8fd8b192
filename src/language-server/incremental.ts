/**
 * Parse a draft paragraph by paragraph, reusing the trees of paragraphs that
 * did not change: the language server re-lints on every keystroke, and
 * re-parsing 50 KB to see one edited paragraph is most of that cost.
 *
 * The draft is cut only at blank lines where markdown's block structure
 * cannot reach across (not inside a fenced code block, not before an
 * indented, quoted or list line), and not at all when it has definitions
 * (link references and GFM footnotes act across the document), raw HTML other
 * than one-line comments (HTML blocks end on rules of their own), a byte order
 * mark or a bare CR line ending. Each piece is parsed by remark's own parser
 * with the processor's extensions and settings (as remark-parse reads them),
 * positions shifted, so the tree equals the one a whole parse gives (property
 * tests check it, plain and with remark-gfm and remark-frontmatter).
 *
 * Extensions can change where a draft may be cut, so each one is looked at
 * (see `planFor`): inline constructs and GFM tables end at a blank line;
 * frontmatter is cut around; anything else parses the draft whole.
 */
import type {Nodes, Root} from 'mdast'
import {fromMarkdown, type Extension as MdastExtension, type Options} from 'mdast-util-from-markdown'
import remarkParse from 'remark-parse'
import type {Plugin, Processor} from 'unified'

type MicromarkExtension = NonNullable<Options['extensions']>[number]

interface Piece {
  text: string
  /** Line (1-based) and offset where the piece starts. */
  line: number
  offset: number
}

/** The opening and closing fence of a frontmatter matter. */
interface Fence {
  open: string
  close: string
}

/** What the parser's extensions allow: cut at all, and around which frontmatter fences. */
export interface Plan {
  whole: boolean
  frontmatter: Fence[]
}

const PLAIN: Plan = {whole: false, frontmatter: []}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const CAN_CONTINUE = /^(?:[ \t]|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/
// Raw HTML other than one-line comments (suppression comments): HTML blocks
// end on rules of their own, so such a draft is parsed whole.
const OTHER_HTML = /^ {0,3}<(?!!--.*-->\s*$)/m
// micromark ends a line at a CR too; the pieces count lines by LF.
const BARE_CR = /\r(?!\n)/
const SPACES = /^[ \t]*$/

/**
 * Cut a draft into pieces that parse the same alone as in place (with the
 * extensions `plan` was made for).
 */
export function pieces(doc: string, plan: Plan = PLAIN): Piece[] {
  const whole = [{text: doc, line: 1, offset: 0}]
  // A definition (`[label]: url`, `[^note]: text`) always has `]:`, wherever
  // it sits (in a quote, a list item, over two lines): it acts across the
  // document, so such a draft is parsed whole.
  if (plan.whole || doc.charCodeAt(0) === 0xfeff || doc.includes(']:') || BARE_CR.test(doc) || OTHER_HTML.test(doc))
    return whole
  const lines = doc.split('\n')
  let index = 0
  let offset = 0
  if (plan.frontmatter.length > 0) {
    const end = frontmatterEnd(lines, plan.frontmatter)
    if (end === undefined) return whole
    // No cut inside the frontmatter, nor fences read in it.
    for (; index <= end; index++) offset += lines[index].length + 1
  }
  const result: Piece[] = []
  let start = {line: 1, offset: 0}
  let fence: string | undefined
  for (; index < lines.length; index++) {
    offset += lines[index].length + 1
    const line = lines[index].replace(/\r$/, '')
    if (fence) {
      const close = FENCE.exec(line)
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1])
        fence = undefined
      continue
    }
    const open = FENCE.exec(line)
    if (open) {
      fence = open[1]
      continue
    }
    // A cut: this line is blank, the next is not, and the next cannot continue what came before
    // (nor open frontmatter: a piece parsed alone starts at line 1, where frontmatter may be).
    const next = lines[index + 1]?.replace(/\r$/, '')
    if (line.trim() !== '' || next === undefined || next.trim() === '' || CAN_CONTINUE.test(next)) continue
    if (plan.frontmatter.some((matter) => isFence(next, matter.open))) continue
    const end = Math.min(offset, doc.length)
    result.push({text: doc.slice(start.offset, end), line: start.line, offset: start.offset})
    start = {line: index + 2, offset: end}
  }
  if (start.offset < doc.length || result.length === 0)
    result.push({text: doc.slice(start.offset), line: start.line, offset: start.offset})
  return result
}

/** Whether `line` is `fence` and spaces or tabs, as micromark-extension-frontmatter reads a fence line. */
function isFence(line: string, fence: string): boolean {
  return line.startsWith(fence) && SPACES.test(line.slice(fence.length))
}

/**
 * The index of the line that closes the frontmatter the draft opens with (-1
 * if it has none), or undefined when the draft is to be parsed whole: two
 * matters would close it on different lines, or one opens it and never closes
 * it (micromark-extension-frontmatter then reads no block quote or list in
 * the rest of the draft, e.g. `---\n\n> quote` is a paragraph). Frontmatter
 * opens on the first line and closes on the first closing fence after it.
 */
function frontmatterEnd(lines: string[], matters: Fence[]): number | undefined {
  // An opening fence needs a line ending after it.
  if (lines.length < 2) return -1
  const first = lines[0].replace(/\r$/, '')
  const ends = new Set<number>()
  for (const matter of matters) {
    if (!isFence(first, matter.open)) continue
    let end: number | undefined
    for (let index = 1; index < lines.length && end === undefined; index++) {
      if (isFence(lines[index].replace(/\r$/, ''), matter.close)) end = index
    }
    if (end === undefined) return undefined
    ends.add(end)
  }
  if (ends.size > 1) return undefined
  return ends.size === 1 ? [...ends][0] : -1
}

/** Hooks of micromark extensions that only reach inside a block's text: no blank line is in it. */
const INLINE_HOOKS = new Set(['text', 'string', 'insideSpan', 'attentionMarkers'])

/**
 * Flow and document constructs whose effect on cutting is known, by hook: a
 * GFM table ends at a blank line; a GFM footnote definition has `]:` (so the
 * draft is parsed whole).
 */
const KNOWN_CONSTRUCTS: Record<string, Set<unknown>> = {
  flow: new Set(['table']),
  document: new Set(['gfmFootnoteDefinition'])
}

/** Tree transforms of mdast extensions that only look inside a block: GFM autolink literals (text nodes). */
const KNOWN_TRANSFORMS = new Set(['transformGfmAutolinkLiterals'])

/**
 * How a draft may be cut when parsed with `options`: a list of what each
 * micromark and mdast extension may do. Anything not known parses whole.
 * Frontmatter constructs (micromark-extension-frontmatter's) keep their
 * fences in closures: `matters` are the frontmatter matters the processor's
 * remark-frontmatter was given; without them, or with a matter allowed
 * `anywhere`, a draft with frontmatter constructs is parsed whole.
 */
export function planFor(options: Options, matters?: unknown[]): Plan {
  const whole: Plan = {whole: true, frontmatter: []}
  let frontmatterConstructs = 0
  for (const extension of (options.extensions ?? []).flat(Infinity) as MicromarkExtension[]) {
    for (const [hook, map] of Object.entries(extension)) {
      if (INLINE_HOOKS.has(hook) || map == null) continue
      if (!Object.hasOwn(KNOWN_CONSTRUCTS, hook)) return whole
      const known = KNOWN_CONSTRUCTS[hook]
      for (const value of Object.values(map as Record<string, unknown>)) {
        for (const construct of [value].flat() as Array<{
          name?: unknown
          tokenize?: {name?: unknown}
          concrete?: unknown
        }>) {
          if (known.has(construct.name)) continue
          if (
            hook === 'flow' &&
            construct.name === undefined &&
            construct.tokenize?.name === 'tokenizeFrontmatter' &&
            construct.concrete === true
          ) {
            frontmatterConstructs++
            continue
          }
          return whole
        }
      }
    }
  }
  for (const extension of (options.mdastExtensions ?? []).flat(Infinity) as MdastExtension[]) {
    for (const [key, value] of Object.entries(extension)) {
      if (key === 'enter' || key === 'exit' || key === 'canContainEols') continue
      if (
        key === 'transforms' &&
        (value as Array<{name: string}>).every((transform) => KNOWN_TRANSFORMS.has(transform.name))
      )
        continue
      return whole
    }
  }
  if (frontmatterConstructs === 0) return PLAIN
  const fences = (matters ?? []).map(toFence)
  // Every construct must be one of the matters, and none may sit anywhere.
  if (fences.length !== frontmatterConstructs || fences.some((fence) => fence === undefined)) return whole
  return {whole: false, frontmatter: fences as Fence[]}
}

/** A matter as micromark-extension-frontmatter reads it: a preset or `{type, marker | fence, anywhere}`. */
function toFence(matter: unknown): Fence | undefined {
  const presets: Record<string, string> = {yaml: '-', toml: '+'}
  const value = typeof matter === 'string' && Object.hasOwn(presets, matter) ? {marker: presets[matter]} : matter
  if (typeof value !== 'object' || value === null) return undefined
  const {marker, fence, anywhere} = value as {marker?: unknown; fence?: unknown; anywhere?: unknown}
  if (anywhere) return undefined
  const pick = (schema: unknown, side: 'open' | 'close'): unknown =>
    typeof schema === 'string'
      ? schema
      : typeof schema === 'object' && schema !== null
        ? (schema as Record<string, unknown>)[side]
        : undefined
  const side = (which: 'open' | 'close'): string | undefined => {
    const picked = marker ? pick(marker, which) : pick(fence, which)
    if (typeof picked !== 'string' || picked === '') return undefined
    return marker ? picked.repeat(3) : picked
  }
  const open = side('open')
  const close = side('close')
  return open && close ? {open, close} : undefined
}

/** A copy of `node` with its positions moved by `lines` and `offset`. */
function shifted<T extends Nodes>(node: T, lines: number, offset: number): T {
  const copy = {...node} as T & {children?: Nodes[]}
  if (node.position) {
    const {start, end} = node.position
    copy.position = {
      start: {line: start.line + lines, column: start.column, offset: (start.offset ?? 0) + offset},
      end: {line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + offset}
    }
  }
  if ('children' in node) copy.children = (node.children as Nodes[]).map((child) => shifted(child, lines, offset))
  return copy
}

/**
 * Parsed pieces, most recently used last, under a key that names the options
 * they were parsed with; at most `limit` of them and `chars` characters of
 * text (a draft parsed whole is one piece per version).
 */
class PieceCache {
  readonly trees = new Map<string, Root>()
  private size = 0
  constructor(
    readonly limit: number,
    readonly chars = 5_000_000
  ) {}

  get(key: string, text: string, options: Options): Root {
    let tree = this.trees.get(key)
    if (tree) {
      // Most recently used last: re-insert.
      this.trees.delete(key)
    } else {
      tree = fromMarkdown(text, options)
      this.parsed++
      this.size += key.length
    }
    this.trees.set(key, tree)
    return tree
  }

  trim(): void {
    while (this.trees.size > this.limit || (this.size > this.chars && this.trees.size > 1)) {
      const oldest = this.trees.keys().next().value as string
      this.trees.delete(oldest)
      this.size -= oldest.length
    }
  }

  /** How many pieces were parsed (not found in the cache): for tests. */
  parsed = 0
}

/** Options, the plan for them and the id that keys their pieces in a cache. */
interface Parsing {
  id: number
  options: Options
  plan: Plan
}

function parseIncremental(doc: string, parsing: Parsing, cache: PieceCache): Root {
  const cut = pieces(doc, parsing.plan)
  const prefix = parsing.id + '\n'
  let root: Root
  if (cut.length === 1) {
    // Parsed whole: the tree as fromMarkdown gives it (a copy: plugins may change the tree they get).
    root = shifted(cache.get(prefix + doc, doc, parsing.options), 0, 0)
  } else {
    root = {type: 'root', children: [], position: fromMarkdownRootPosition(doc)}
    for (const piece of cut) {
      const parsed = cache.get(prefix + piece.text, piece.text, parsing.options)
      for (const child of parsed.children) root.children.push(shifted(child, piece.line - 1, piece.offset))
    }
  }
  cache.trim()
  return root
}

/** Parse `doc` as fromMarkdown(doc, options) would, from cached pieces where they did not change. */
export function createIncrementalParser(options: Options = {}, limit = 10_000) {
  const cache = new PieceCache(limit)
  const parsing = {id: 0, options, plan: planFor(options)}
  return (doc: string): Root => parseIncremental(doc, parsing, cache)
}

/** The root's position as mdast-util-from-markdown gives it: the whole document. */
function fromMarkdownRootPosition(doc: string): Root['position'] {
  const lines = doc.split(/\r?\n|\r/)
  const last = lines[lines.length - 1]
  return {
    start: {line: 1, column: 1, offset: 0},
    end: {line: lines.length, column: last.length + 1, offset: doc.length}
  }
}

/**
 * A text that names a value by its structure: equal for equal options built
 * in another run. Functions are named by identity (`identity`: plugins, which
 * are imported once per server) or by source (micromark and mdast extensions,
 * which plugins like remark-gfm create anew on every use; what their closures
 * hold comes from the plugin's options, which the key has too). Objects that
 * are not plain are named by identity; values seen before, by their index.
 */
function fingerprint(value: unknown, functions: 'identity' | 'source', seen = new Map<object, number>()): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'function':
      return functions === 'identity' ? identityOf(value) : 's' + sourceOf(value as () => unknown)
    case 'object':
      break
    default:
      return typeof value + ':' + String(value)
  }
  if (value === null) return 'null'
  const before = seen.get(value)
  if (before !== undefined) return '^' + before
  seen.set(value, seen.size)
  if (Array.isArray(value)) return '[' + value.map((item) => fingerprint(item, functions, seen)).join(',') + ']'
  if (value instanceof RegExp) return 're:' + String(value)
  const prototype = Object.getPrototypeOf(value) as unknown
  if (prototype !== Object.prototype && prototype !== null) return identityOf(value)
  const record = value as Record<string, unknown>
  return (
    '{' +
    Object.keys(record)
      .map((key) => JSON.stringify(key) + ':' + fingerprint(record[key], functions, seen))
      .join(',') +
    '}'
  )
}

const identities = new WeakMap<object, number>()
function identityOf(value: object): string {
  let id = identities.get(value)
  if (id === undefined) identities.set(value, (id = nextIdentity++))
  return '#' + id
}
let nextIdentity = 0

const sources = new Map<string, number>()
const sourceIds = new WeakMap<object, number>()
function sourceOf(value: () => unknown): number {
  // Most are module functions, the same each run: their source is read once.
  let id = sourceIds.get(value)
  if (id !== undefined) return id
  const source = String(value)
  id = sources.get(source)
  if (id === undefined) sources.set(source, (id = sources.size))
  sourceIds.set(value, id)
  return id
}

/**
 * The parsers the language server shares across re-lints: unified-engine
 * makes a new processor per run, so the cache lives here, not in a processor.
 * Pieces are keyed by an id of the options they were parsed with; the ids of
 * the last few distinct options are kept (a workspace has one config; a
 * server may serve a few), least recently used dropped first.
 */
const shared = new PieceCache(10_000)
const parsings = new Map<string, Parsing>()
const PARSINGS = 16
let nextParsing = 1
const byProcessor = new WeakMap<object, Parsing>()

/** What `processor` parses with, as remark-parse reads it, and the plan and id for it. */
function parsingFor(processor: Processor): Parsing {
  const known = byProcessor.get(processor)
  if (known) return known
  const data = processor.data() as {
    settings?: object
    micromarkExtensions?: MicromarkExtension[]
    fromMarkdownExtensions?: Options['mdastExtensions']
  }
  const parseOptions = processor.attachers.find(([plugin]) => plugin === (remarkParse as unknown))?.[1] as
    object | undefined
  const options: Options = {
    ...data.settings,
    ...parseOptions,
    extensions: data.micromarkExtensions || [],
    mdastExtensions: data.fromMarkdownExtensions || []
  }
  // unified-engine gives every plugin the file set as a second parameter: the key names the options only.
  const attachers = processor.attachers.map(([plugin, first]) => [plugin, first])
  const {extensions, mdastExtensions, ...settings} = options
  const key =
    fingerprint([settings, attachers], 'identity') + '\n' + fingerprint([extensions, mdastExtensions], 'source')
  let parsing = parsings.get(key)
  if (parsing) {
    parsings.delete(key)
  } else {
    const matters = processor.attachers
      .filter(([plugin]) => plugin.name === 'remarkFrontmatter')
      .flatMap(([, matter]) => [matter || 'yaml'].flat())
    parsing = {id: nextParsing++, options, plan: planFor(options, matters)}
  }
  // Most recently used last; this run's options (the same, by the key).
  parsing = {...parsing, options}
  parsings.set(key, parsing)
  while (parsings.size > PARSINGS) parsings.delete(parsings.keys().next().value as string)
  byProcessor.set(processor, parsing)
  return parsing
}

/** A unified plugin: parse with the shared incremental parser (use after remark-parse, replacing its parser). */
const remarkParseIncremental: Plugin<[], string, Root> = function () {
  this.parser = (doc) => parseIncremental(doc, parsingFor(this as unknown as Processor), shared)
}

/** The language server's shared cache: for tests (how many pieces it parsed). */
export const sharedCache: {readonly parsed: number} = shared

export default remarkParseIncremental
