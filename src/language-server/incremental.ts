/**
 * Parse a draft paragraph by paragraph, reusing the trees of paragraphs that
 * did not change: the language server re-lints on every keystroke, and
 * re-parsing 50 KB to see one edited paragraph is most of that cost.
 *
 * The draft is cut only at blank lines where markdown's block structure
 * cannot reach across (not inside a fenced code block, not before an
 * indented, quoted or list line), and not at all when it has link reference
 * definitions (they act across the document), raw HTML other than one-line
 * comments (HTML blocks end on rules of their own) or a bare CR line
 * ending. Each piece is parsed by remark's own parser, positions shifted,
 * so the tree equals the one a whole parse gives (a property test checks it).
 */
import type {Nodes, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Plugin} from 'unified'

interface Piece {
  text: string
  /** Line (1-based) and offset where the piece starts. */
  line: number
  offset: number
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const CAN_CONTINUE = /^(?:[ \t]|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/
// Raw HTML other than one-line comments (suppression comments): HTML blocks
// end on rules of their own, so such a draft is parsed whole.
const OTHER_HTML = /^ {0,3}<(?!!--.*-->\s*$)/m
// micromark ends a line at a CR too; the pieces count lines by LF.
const BARE_CR = /\r(?!\n)/

/** Cut a draft into pieces that parse the same alone as in place. */
export function pieces(doc: string): Piece[] {
  // A definition always has `]:`, wherever it sits (in a quote, a list item,
  // with an escaped bracket in its label): it acts across the document.
  if (doc.includes(']:') || BARE_CR.test(doc) || OTHER_HTML.test(doc)) {
    return [{text: doc, line: 1, offset: 0}]
  }
  const lines = doc.split('\n')
  const result: Piece[] = []
  let start = {line: 1, offset: 0}
  let offset = 0
  let fence: string | undefined
  for (let index = 0; index < lines.length; index++) {
    offset += lines[index].length + 1
    const line = lines[index].replace(/\r$/, '')
    if (fence) {
      const close = FENCE.exec(line)
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = undefined
      continue
    }
    const open = FENCE.exec(line)
    if (open) {
      fence = open[1]
      continue
    }
    // A cut: this line is blank, the next is not, and the next cannot continue what came before.
    const next = lines[index + 1]?.replace(/\r$/, '')
    if (line.trim() !== '' || next === undefined || next.trim() === '' || CAN_CONTINUE.test(next)) continue
    const end = Math.min(offset, doc.length)
    result.push({text: doc.slice(start.offset, end), line: start.line, offset: start.offset})
    start = {line: index + 2, offset: end}
  }
  if (start.offset < doc.length || result.length === 0) result.push({text: doc.slice(start.offset), line: start.line, offset: start.offset})
  return result
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

/** Parse `doc` as remark-parse would, from cached pieces where they did not change. */
export function createIncrementalParser(options: Parameters<typeof fromMarkdown>[1] = {}, limit = 10_000) {
  const cache = new Map<string, RootContent[]>()
  return function parse(doc: string): Root {
    const children: RootContent[] = []
    for (const piece of pieces(doc)) {
      let parsed = cache.get(piece.text)
      if (parsed) {
        // Most recently used last: re-insert.
        cache.delete(piece.text)
      } else {
        parsed = fromMarkdown(piece.text, options).children
      }
      cache.set(piece.text, parsed)
      for (const child of parsed) children.push(shifted(child, piece.line - 1, piece.offset))
    }
    while (cache.size > limit) cache.delete(cache.keys().next().value as string)
    const whole = fromMarkdownRootPosition(doc)
    return {type: 'root', children, position: whole}
  }
}

/** The root's position as mdast-util-from-markdown gives it: the whole document. */
function fromMarkdownRootPosition(doc: string): Root['position'] {
  const lines = doc.split(/\r?\n|\r/)
  const last = lines[lines.length - 1]
  return {start: {line: 1, column: 1, offset: 0}, end: {line: lines.length, column: last.length + 1, offset: doc.length}}
}

/**
 * The parser the language server shares across re-lints: unified-engine makes
 * a new processor per run, so the cache lives here, not in a processor.
 */
const shared = createIncrementalParser()

/** A unified plugin: parse with the shared incremental parser (use after remark-parse, replacing its parser). */
const remarkParseIncremental: Plugin<[], string, Root> = function () {
  this.parser = (doc) => shared(doc)
}

export default remarkParseIncremental
