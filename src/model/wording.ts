/**
 * The mandated-wording matcher: one engine for every statement whose words a
 * regulator or an exchange prescribes (the TSX-V disclaimer and its CSE and
 * Cboe Canada variants, the U.S. distribution legend; later the PEA, resource
 * and historical-estimate cautions).
 *
 * A prescribed statement is declared as a sequence of elements ("Neither" ·
 * the exchange · "nor its" · "Regulation Services Provider" · …), each marked
 * substantive or not, each with the wordings it may take. A candidate passage
 * is aligned with it letter by letter over the words' letters alone, so what
 * copy does to a statement costs nothing: case, quotes, dashes, punctuation,
 * words run together ("norits") or split ("ac curacy"), hyphenation. A defined
 * abbreviation stands for its term (`the TSX Venture Exchange (the
 * "Exchange")` lets "Exchange" stand for it), and a definition inside the
 * passage is not part of it. What is left are edits: a small one within an
 * element is a cosmetic difference (a typo, "Service" for "Services"); an
 * element whose letters are all gone is missing; anything else is replaced,
 * with the words found instead; words added between elements are reported.
 *
 * The alignment is one bounded dynamic programme (states of the declaration ×
 * letters of the passage, the passage cut to a window), no regular expression
 * backtracking: linear in the passage.
 */
import type {MappedText, Span} from './text.js'
import {offsetAt, spanOf} from './text.js'

/** One wording of an element; `value` says what it stands for (the exchange it names). */
export interface Wording {
  text: string
  value?: string
}

export interface ElementSpec {
  id: string
  /** How messages name it ("Regulation Services Provider"). */
  label: string
  /** Its wordings, lower case; a word ending in "?" may be left out ("the? tsx venture exchange"). */
  wordings: ReadonlyArray<string | Wording>
  /** Whether the statement says less without it (the exchange, the regulator, "adequacy"). */
  substantive: boolean
  /** The statement may leave it out (the parenthetical "(as that term is defined …)"). */
  optional?: boolean
  /** A defined term whose spelling matters: a typo in it is worth a warning. */
  term?: boolean
  /** Any words, at most this many, in place of the element (a gap between prescribed words). */
  gap?: number
}

/** A declared statement, compiled once. */
export interface Statement {
  id: string
  elements: ElementSpec[]
  /** @internal */
  readonly graph: Graph
}

/** An abbreviation and the term it stands for, both as letters only ("tsxv" → "tsxventureexchange"). */
export interface Alias {
  abbreviation: string
  term: string
  /** A common abbreviation the release does not define ("TSXV" with no tag or definition). */
  undefined?: boolean
}

export type Status = 'present' | 'cosmetic' | 'missing' | 'replaced'

export interface Words extends Span {
  /** The words as normalized (messages quote the source slice of the span). */
  words: string
}

export interface ElementVerdict {
  element: ElementSpec
  status: Status
  /** The value of the wording it was aligned with (the exchange named). */
  value: string | undefined
  /** The wording it was aligned with. */
  wording: string | undefined
  /** The words found for it (for a replaced or cosmetic element, the words instead). */
  found: Words | undefined
  /** Why it is cosmetic: a typo, or an abbreviation the release does not define. */
  cosmetic: 'typo' | 'undefined-abbreviation' | undefined
  /** Share of the wording's letters found as written (1 for present; low for words unlike it). */
  similarity: number
  /** Canonical words of a replaced element that are gone while the rest is there ("Provider"). */
  dropped: string[]
  /** Words added right after it. */
  added: Words | undefined
  /** An optional element left out. */
  skipped: boolean
}

export interface Alignment {
  statement: Statement
  elements: ElementVerdict[]
  /** The passage aligned with the statement (source offsets). */
  span: Span
  /** Share of the substantive elements present or cosmetic. */
  share: number
}

interface Graph {
  /** Per state: the element it belongs to (-1 for start and end), and whether it is an element's exit. */
  element: Int32Array
  exit: Uint8Array
  gap: Uint8Array
  /** Per state: its one outgoing letter edge (target, or -1) and the letter. */
  next: Int32Array
  letter: Uint16Array
  /** Per state: the chain (wording) and word index its letter edge belongs to. */
  chainOf: Int32Array
  wordOf: Int32Array
  /** Empty moves: from state → targets. */
  empty: number[][]
  /**
   * Per state: where a wording starts (1 short, 3 long) or ends (2 short, 4 long). A short wording ("TSX", "us")
   * must be whole words; a long one inside a word costs a little (copy runs words together).
   */
  edge: Uint8Array
  /** Per state: 1 where a wording starts (words inserted there are added before the element, not inside). */
  head: Uint8Array
  /**
   * Per state: what leaving out its letter costs. An element left out costs about the same whichever wording is
   * left out: a short name ("TSX") is not much cheaper to lose than a long one.
   */
  drop: Float64Array
  /** Per state: 1 inside a short wording (no wrong letters there). */
  exact: Uint8Array
  /** Per state: what a word inserted there costs. */
  insert: Float64Array
  /** Empty moves as flat arrays: the targets of state s are emptyTo[emptyFrom[s] … emptyFrom[s + 1]). */
  emptyFrom: Int32Array
  emptyTo: Int32Array
  chains: Chain[]
  size: number
}

interface Chain {
  element: number
  wording: string
  value: string | undefined
  words: string[]
  /** State before each word's first letter, and the state after the last word. */
  wordStates: number[]
}

/** After the statement, words cost nothing (the sentence goes on); before it, a little (it may open the sentence). */
const FREE = 0
const LEADING = 0.6
/** Words added between elements cost less than words inside one ("the TSX Venture Exchange, the OTCQB, nor"). */
const BETWEEN = 1
/** A wrong letter costs a hair more than a lost one: "THE TSX …" loses "Neither", it does not misspell it. */
const SUBSTITUTE = 1.01
const GAP_COST = 0.001
/** Leaving an element out costs its shortest wording's length, at least this (its longest's, at most). */
const DROP = 8
/** An abbreviation this long may be written with a one-letter typo. */
const TYPO_ALIAS = 6
/** A wording that starts or ends inside a word costs this: of two alignments, the one on word boundaries wins. */
const SOFT = 0.3
const UNDEFINED_ALIAS_COST = 0.01
/** The passage is cut to this many letters around where the statement starts. */
const WINDOW = 450
/** A wording shorter than this ("us", "cse") must be whole words: letters inside another word are not it. */
const SHORT = 5

/** The letters of a string, lower case, nothing else ("TSX-V" → "tsxv"). */
export function letters(text: string): string {
  return lettersOnly(text)
}

/** Expand the optional words of a wording ("the? tsx" → "the tsx", "tsx"). */
function expand(text: string): string[] {
  let results: string[][] = [[]]
  for (const word of text.split(' ').filter(Boolean)) {
    if (word.endsWith('?')) {
      const bare = word.slice(0, -1)
      results = results.flatMap((r) => [[...r, bare], r])
    } else {
      results = results.map((r) => [...r, word])
    }
  }
  return results.filter((r) => r.length > 0).map((r) => r.join(' '))
}

/** Compile a statement from its elements. */
export function declare(id: string, elements: ElementSpec[]): Statement {
  // The graph is built at the statement's first alignment: a draft aligns few of the statements declared.
  let graph: Graph | undefined
  const build = (): Graph => {
    const element: number[] = []
    const exit: number[] = []
    const gap: number[] = []
    const next: number[] = []
    const letter: number[] = []
    const chainOf: number[] = []
    const wordOf: number[] = []
    const empty: number[][] = []
    const edge: number[] = []
    const head: number[] = []
    const drop: number[] = []
    const exactStates = new Set<number>()
    const chains: Chain[] = []
    const state = (owner: number, isExit = false, isGap = false) => {
      element.push(owner)
      exit.push(isExit ? 1 : 0)
      gap.push(isGap ? 1 : 0)
      next.push(-1)
      letter.push(0)
      chainOf.push(-1)
      wordOf.push(-1)
      empty.push([])
      edge.push(0)
      head.push(0)
      drop.push(1)
      return element.length - 1
    }
    const start = state(-1)
    let entry = state(-1)
    empty[start].push(entry)
    elements.forEach((spec, e) => {
      if (spec.gap !== undefined) {
        const inside = state(e, false, true)
        empty[entry].push(inside)
        const out = state(e, true)
        empty[inside].push(out)
        if (spec.optional) empty[entry].push(out)
        entry = out
        return
      }
      for (const wording of spec.wordings) {
        const {text, value} = typeof wording === 'string' ? {text: wording, value: undefined} : wording
        for (const variant of expand(text)) {
          const words = variant.split(' ').map(letters).filter(Boolean)
          const chain: Chain = {element: e, wording: variant, value, words, wordStates: []}
          const from = state(e)
          empty[entry].push(from)
          let at = from
          words.forEach((word, w) => {
            chain.wordStates.push(at)
            for (const char of word) {
              const to = state(e)
              next[at] = to
              letter[at] = char.charCodeAt(0)
              chainOf[at] = chains.length
              wordOf[at] = w
              at = to
            }
          })
          chain.wordStates.push(at)
          chains.push(chain)
          head[from] = 1
          // Short wordings must be whole words; longer ones should be (joined words are copy, not a defect).
          const short = words.join('').length < SHORT
          edge[from] = short ? 1 : 3
          edge[at] = short ? 2 : 4
          if (short) for (let state = from; state < at; state++) exactStates.add(state)
        }
      }
      const out = state(e, true)
      const mine = chains.filter((c) => c.element === e)
      const lengths = mine.map((c) => c.words.join('').length)
      const longest = Math.min(Math.max(...lengths), Math.max(DROP, Math.min(...lengths)))
      for (const chain of mine) {
        empty[chain.wordStates.at(-1)!].push(out)
        const length = chain.words.join('').length
        for (let at = chain.wordStates[0]; at < chain.wordStates.at(-1)!; at++) drop[at] = Math.max(1, longest / length)
      }
      if (spec.optional) empty[entry].push(out)
      entry = out
    })
    const end = state(-1)
    empty[entry].push(end)
    const insert = element.map((_, s) =>
      s === start
        ? LEADING
        : s === end
          ? FREE
          : gap[s]
            ? GAP_COST
            : head[s]
              ? Infinity
              : exit[s] || next[s] < 0
                ? BETWEEN
                : 1
    )
    const emptyFrom = [0]
    for (const targets of empty) emptyFrom.push(emptyFrom.at(-1)! + targets.length)
    return {
      insert: Float64Array.from(insert),
      exact: Uint8Array.from(element, (_, s) => (exactStates.has(s) ? 1 : 0)),
      emptyFrom: Int32Array.from(emptyFrom),
      emptyTo: Int32Array.from(empty.flat()),
      element: Int32Array.from(element),
      exit: Uint8Array.from(exit),
      gap: Uint8Array.from(gap),
      next: Int32Array.from(next),
      letter: Uint16Array.from(letter),
      chainOf: Int32Array.from(chainOf),
      wordOf: Int32Array.from(wordOf),
      empty,
      edge: Uint8Array.from(edge),
      head: Uint8Array.from(head),
      drop: Float64Array.from(drop),
      chains,
      size: element.length
    }
  }
  return {
    id,
    elements,
    get graph() {
      return (graph ??= build())
    }
  }
}

/** The letters of a passage, each with its position in the passage text and its word. */
interface Stream {
  chars: string
  /** Index in the passage text of each letter. */
  at: Int32Array
  /** Word index of each letter. */
  word: Int32Array
  /** Start and end (in the passage text) of each word. */
  wordStart: number[]
  wordEnd: number[]
}

/** A definition in the text: `(the "Exchange")`, `("TSX-V")`, `(the "CSE" or the "Exchange")`. */
const DEFINITION = /\((?:[^()"']{0,24}["'][^"'()]{1,40}["']){1,3}[^()"']{0,4}\)/g
const QUOTED = /["']([^"'()]{1,40})["']/g

/** Words of a text, as [start, end) in it. */
function wordsOf(text: string, from = 0, to = text.length): Array<[number, number]> {
  const words: Array<[number, number]> = []
  WORD.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = WORD.exec(text)) && match.index < to) {
    words.push([match.index, Math.min(to, match.index + match[0].length)])
  }
  return words
}

const WORD = /[\p{L}\p{N}]+/gu
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu

/** The letters of a text, lower case, nothing else: a quick filter before aligning. */
export function lettersOnly(text: string): string {
  return fold(text.replace(NOT_LETTERS, '').toLowerCase())
}

const lettersCache = new WeakMap<object, string>()

/**
 * `lettersOnly` of a block's or sentence's normalized text, read once for every statement that looks at it (the
 * disclaimers, the legends, the cautions, the LIFE statement).
 */
export function lettersIn(norm: {readonly text: string}): string {
  let chars = lettersCache.get(norm)
  if (chars === undefined) lettersCache.set(norm, (chars = lettersOnly(norm.text)))
  return chars
}

/** Letters with a diacritic: folded to their base letter. */
const ACCENTED = /[\u00c0-\u024f]/
const ACCENTED_ALL = /[\u00c0-\u024f]/g
const baseOf = (char: string) => {
  const base = char.normalize('NFD')[0]
  return /[a-z]/i.test(base) ? base : char
}

/**
 * A text's letters with their accents dropped, one letter for one ("réglementation" → "reglementation"): copy
 * drops accents ("regie", "reglementation"), and a dropped accent is no defect. The length stays the same, so
 * positions in the folded letters are positions in the letters.
 */
function fold(text: string): string {
  return ACCENTED.test(text) ? text.replace(ACCENTED_ALL, baseOf) : text
}

/**
 * The abbreviations a text defines, each with the term it stands for: the
 * words right before the definition, one to six of them (the matcher keeps
 * the one that fits the statement).
 */
export function findDefinitions(texts: readonly string[]): Alias[] {
  const aliases: Alias[] = []
  for (const text of texts) {
    DEFINITION.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = DEFINITION.exec(text))) {
      const before = wordsOf(text, Math.max(0, match.index - 120), match.index).slice(-6)
      QUOTED.lastIndex = 0
      let quoted: RegExpExecArray | null
      while ((quoted = QUOTED.exec(match[0]))) {
        const abbreviation = letters(quoted[1])
        if (!abbreviation) continue
        for (let k = 1; k <= before.length; k++) {
          const term = before
            .slice(-k)
            .map(([s, e]) => letters(text.slice(s, e)))
            .join('')
          if (term !== abbreviation) aliases.push({abbreviation, term})
        }
      }
    }
  }
  return aliases
}

function toStream(text: string, from: number, to: number): Stream {
  // Definitions inside the passage are not part of it.
  const skip: Array<[number, number]> = []
  DEFINITION.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = DEFINITION.exec(text)) && match.index < to) skip.push([match.index, match.index + match[0].length])
  const words = wordsOf(text, from, to).filter(([s]) => !skip.some(([a, b]) => s >= a && s < b))
  const pieces: string[] = []
  let size = 0
  for (const [s, e] of words) size += e - s
  let at = new Int32Array(size)
  let word = new Int32Array(size)
  let n = 0
  words.forEach(([s, e], w) => {
    const piece = fold(text.slice(s, e).toLowerCase())
    pieces.push(piece)
    if (piece.length === e - s) {
      for (let i = 0; i < piece.length; i++) {
        at[n] = s + i
        word[n++] = w
      }
      return
    }
    // Lower case lengthened a letter ("İ"): map each output letter to the input letter it came from.
    const grown = new Int32Array(at.length + piece.length)
    grown.set(at)
    at = grown
    const grownWord = new Int32Array(word.length + piece.length)
    grownWord.set(word)
    word = grownWord
    for (let i = s; i < e; i++) {
      for (let k = 0; k < text[i].toLowerCase().length; k++) {
        at[n] = i
        word[n++] = w
      }
    }
  })
  return {
    chars: pieces.join(''),
    at: at.subarray(0, n),
    word: word.subarray(0, n),
    wordStart: words.map(([s]) => s),
    wordEnd: words.map(([, e]) => e)
  }
}

interface Jump {
  from: number
  to: number
  abbreviation: string
  cost: number
}

/** Alias jumps: a chain's word range whose letters are a term the release abbreviates. */
function jumpsFor(graph: Graph, aliases: readonly Alias[]): Map<number, Jump[]> {
  const byTerm = new Map<string, Alias[]>()
  for (const alias of aliases) byTerm.set(alias.term, [...(byTerm.get(alias.term) ?? []), alias])
  const jumps = new Map<number, Jump[]>()
  for (const chain of graph.chains) {
    for (let a = 0; a < chain.words.length; a++) {
      let term = ''
      for (let b = a; b < chain.words.length && b < a + 6; b++) {
        term += chain.words[b]
        for (const alias of byTerm.get(term) ?? []) {
          const from = chain.wordStates[a]
          const jump = {
            from,
            to: chain.wordStates[b + 1],
            abbreviation: alias.abbreviation,
            cost: alias.undefined ? UNDEFINED_ALIAS_COST : 0
          }
          jumps.set(from, [...(jumps.get(from) ?? []), jump])
        }
      }
    }
  }
  return jumps
}

let shared = {cost: new Float32Array(0), move: new Uint8Array(0), back: new Int32Array(0)}

/** The tables of one alignment: reused from call to call (one allocation, not one per passage). */
function buffers(size: number): typeof shared {
  if (shared.cost.length < size) {
    const length = Math.max(size, shared.cost.length * 2)
    shared = {cost: new Float32Array(length), move: new Uint8Array(length), back: new Int32Array(length)}
  }
  shared.cost.fill(Infinity, 0, size)
  shared.move.fill(0, 0, size)
  return shared
}

const enum Move {
  None,
  Empty,
  Delete,
  Match,
  Substitute,
  Insert,
  Alias
}

/** Alignments already made, per statement: the same boilerplate recurs in every draft of an issuer and every re-lint. */
const made = new WeakMap<Statement, Map<string, {alignment: Alignment; base: number}>>()
/** Alignments kept per statement, at most (then the store starts again). */
const KEPT = 512

/**
 * Align `passage` (a normalized text with its source map) with `statement`,
 * from letter `from` of its text on (the window is cut there). A passage
 * whose characters sit one after another in the source (no escapes or
 * collapsed spaces) and that was aligned before, with the same aliases, gets
 * the alignment made then, moved to where this passage sits.
 */
export function align(
  statement: Statement,
  passage: MappedText,
  aliases: readonly Alias[] = [],
  from = 0,
  window = WINDOW
): Alignment {
  const text = passage.text
  const jumps = jumpsOf(statement, aliases)
  const base = text.length > 0 ? offsetAt(passage, 0) : 0
  for (let i = 1; i < text.length; i++) {
    if (offsetAt(passage, i) !== base + i) return alignWith(statement, passage, jumps, from, window)
  }
  // Only the aliases that stand for some of the statement's words make a difference (as jumps, in their order).
  const key = `${from}\u0000${window}\u0000${jumpsKey(jumps)}\u0000${text}`
  let store = made.get(statement)
  if (!store) made.set(statement, (store = new Map()))
  const kept = store.get(key)
  if (kept) return moved(kept.alignment, base - kept.base)
  const alignment = alignWith(statement, passage, jumps, from, window)
  if (store.size >= KEPT) store.clear()
  store.set(key, {alignment, base})
  return moved(alignment, 0)
}

/** Jumps made per list of aliases (a draft's, read once) and statement: a draft aligns many passages with them. */
const jumpsMade = new WeakMap<readonly Alias[], WeakMap<Statement, Map<number, Jump[]>>>()

function jumpsOf(statement: Statement, aliases: readonly Alias[]): Map<number, Jump[]> {
  let byStatement = jumpsMade.get(aliases)
  if (!byStatement) jumpsMade.set(aliases, (byStatement = new WeakMap()))
  let jumps = byStatement.get(statement)
  if (!jumps) byStatement.set(statement, (jumps = jumpsFor(statement.graph, aliases)))
  return jumps
}

/** The alias jumps as one string, in the order the alignment tries them (a cache key). */
function jumpsKey(jumps: Map<number, Jump[]>): string {
  let key = ''
  for (const list of jumps.values()) {
    for (const jump of list) key += `${jump.from}>${jump.to}=${jump.abbreviation}/${jump.cost};`
  }
  return key
}

/** An alias as one string (a cache key; the same alias twice is one). */
export const aliasKey = (alias: Alias): string => `${alias.abbreviation}=${alias.term}${alias.undefined ? '?' : ''}`

/** A copy of an alignment `by` characters further on in the source (a shared one is never handed out). */
function moved(alignment: Alignment, by: number): Alignment {
  const shift = <T extends Span | undefined>(span: T): T =>
    (span === undefined ? undefined : {...span, start: span.start + by, end: span.end + by}) as T
  return {
    ...alignment,
    span: shift(alignment.span),
    elements: alignment.elements.map((verdict) => ({
      ...verdict,
      found: shift(verdict.found),
      added: shift(verdict.added),
      dropped: [...verdict.dropped]
    }))
  }
}

/**
 * The cost bounds tried in turn (see `fillTable`): most passages are the
 * statement word for word (cost 0) or nearly, and a bound leaves out every
 * cell dearer than it: about 1% of the table instead of all of it.
 */
const BOUNDS: readonly number[] = [0.5, 24, Infinity]

/**
 * Align afresh: the cheapest path through the table of passage letters ×
 * statement states, tried within each bound of `bounds` in turn until the
 * path is found within one (the last, Infinity, always is).
 */
export function alignAfresh(
  statement: Statement,
  passage: MappedText,
  aliases: readonly Alias[],
  from = 0,
  window = WINDOW,
  bounds: readonly number[] = BOUNDS
): Alignment {
  return alignWith(statement, passage, jumpsFor(statement.graph, aliases), from, window, bounds)
}

function alignWith(
  statement: Statement,
  passage: MappedText,
  jumps: Map<number, Jump[]>,
  from: number,
  window: number,
  bounds: readonly number[] = BOUNDS
): Alignment {
  const graph = statement.graph
  const text = passage.text
  const stream = toStream(text, from, Math.min(text.length, from + window))
  const L = stream.chars.length
  const S = graph.size
  const wordStarts = new Uint8Array(L + 1)
  const wordEnds = new Uint8Array(L + 1)
  for (let p = 0; p < L; p++) {
    if (p === 0 || stream.word[p] !== stream.word[p - 1]) wordStarts[p] = 1
    if (p === L - 1 || stream.word[p] !== stream.word[p + 1]) wordEnds[p + 1] = 1
  }
  let table = shared
  for (const bound of bounds) {
    table = buffers((L + 1) * S)
    if (fillTable(graph, stream.chars, jumps, wordStarts, wordEnds, bound)) break
  }
  return verdicts(statement, passage, stream, table.move, table.back, jumps, wordStarts)
}

/**
 * Fill the table (cost, move, back) from cell (0, start), leaving out every
 * cell that costs more than `bound`; whether the end cell costs at most
 * `bound`. Every move costs nothing or more, so a cell within the bound is
 * reached only through cells within it: those get the cost and the move they
 * get in the whole table (the moves from the others offer more than the bound,
 * never the least), and so does the cheapest path when it ends within the
 * bound. Every move within a row goes to a later state (a state's letter, a
 * wording's end, the next element are declared after it), so a row is read
 * once, from its first to its last state within the bound.
 */
function fillTable(
  graph: Graph,
  chars: string,
  jumps: Map<number, Jump[]>,
  wordStarts: Uint8Array,
  wordEnds: Uint8Array,
  bound: number
): boolean {
  const L = chars.length
  const S = graph.size
  const {cost, move, back} = shared
  const {next, letter, drop, edge, insert, emptyFrom, emptyTo, exact} = graph
  const jumpAt = new Uint8Array(S)
  for (const s of jumps.keys()) jumpAt[s] = 1
  // Per row, the first and last state reached within the bound.
  const low = new Int32Array(L + 1).fill(S)
  const high = new Int32Array(L + 1).fill(-1)
  const reach = (p: number, s: number) => {
    if (s < low[p]) low[p] = s
    if (s > high[p]) high[p] = s
  }
  cost[0] = 0
  low[0] = 0
  high[0] = 0
  for (let p = 0; p <= L; p++) {
    const row = p * S
    const nextRow = row + S
    const code = p < L ? chars.charCodeAt(p) : -1
    const atBoundary = p === 0 || p === L || wordStarts[p] === 1
    for (let s = low[p]; s <= high[p]; s++) {
      const cell = row + s
      const here = cost[cell]
      if (here > bound || here === Infinity) continue
      // Empty moves (a short wording must end at a word's end).
      const leave = atBoundary ? here : edge[s] === 2 ? here + 1 : edge[s] === 4 ? here + SOFT : here
      for (let k = emptyFrom[s]; k < emptyFrom[s + 1]; k++) {
        const to = row + emptyTo[k]
        if (leave < cost[to]) {
          cost[to] = leave
          move[to] = Move.Empty
          back[to] = cell
          if (cost[to] <= bound) reach(p, emptyTo[k])
        }
      }
      const t = next[s]
      if (t >= 0) {
        const deleted = here + drop[s]
        if (deleted < cost[row + t]) {
          cost[row + t] = deleted
          move[row + t] = Move.Delete
          back[row + t] = cell
          if (cost[row + t] <= bound) reach(p, t)
        }
        if (code >= 0) {
          const same = code === letter[s]
          const enter = wordStarts[p] ? 0 : edge[s] === 1 ? 1 : edge[s] === 3 ? SOFT : 0
          // A short wording ("TSX", "nor") is there letter for letter or not at all: "nor" is not a misspelt "TSX".
          const value = here + (same ? 0 : exact[s] ? Infinity : SUBSTITUTE) + enter
          if (value < cost[nextRow + t]) {
            cost[nextRow + t] = value
            move[nextRow + t] = same ? Move.Match : Move.Substitute
            back[nextRow + t] = cell
            if (cost[nextRow + t] <= bound) reach(p + 1, t)
          }
        }
      }
      if (code >= 0) {
        const inserted = here + insert[s]
        if (inserted < cost[nextRow + s]) {
          cost[nextRow + s] = inserted
          move[nextRow + s] = Move.Insert
          back[nextRow + s] = cell
          if (cost[nextRow + s] <= bound) reach(p + 1, s)
        }
        if (jumpAt[s]) {
          for (const jump of jumps.get(s)!) {
            const length = jump.abbreviation.length
            // A short abbreviation is a whole word; a longer one may be run together with its neighbours.
            const short = length < SHORT
            if (short && !wordStarts[p]) continue
            // A long abbreviation may carry a typo ("Exhange" for a defined "Exchange").
            const slack = length >= TYPO_ALIAS ? 1 : 0
            for (let q = p + length - slack; q <= Math.min(L, p + length + slack); q++) {
              if (short && !wordEnds[q]) continue
              const joined = (wordStarts[p] ? 0 : SOFT) + (wordEnds[q] ? 0 : SOFT)
              const typo = q - p !== length || !chars.startsWith(jump.abbreviation, p)
              if (typo && (slack === 0 || !withinOne(chars.slice(p, q), jump.abbreviation))) continue
              const value = here + jump.cost + (typo ? SUBSTITUTE : 0) + joined
              const to = q * S + jump.to
              if (value < cost[to]) {
                cost[to] = value
                move[to] = Move.Alias
                back[to] = cell
                if (cost[to] <= bound) reach(q, jump.to)
              }
            }
          }
        }
      }
    }
  }
  return cost[L * S + S - 1] <= bound
}

interface Tally {
  chain: number
  match: number
  edits: number
  internal: number
  /** Letters inserted inside the element, by the passage's word. */
  insertedByWord: Map<number, number>
  deletedByWord: Map<number, number>
  matchedByWord: Map<number, number>
  editedByWord: Map<number, number>
  words: Set<number>
  added: Set<number>
  undefinedAlias: boolean
  alias: boolean
}

function verdicts(
  statement: Statement,
  passage: MappedText,
  stream: Stream,
  move: Uint8Array,
  back: Int32Array,
  jumps: Map<number, Jump[]>,
  wordStarts: Uint8Array
): Alignment {
  const graph = statement.graph
  const S = graph.size
  const L = stream.chars.length
  const tallies: Tally[] = statement.elements.map(() => ({
    chain: -1,
    match: 0,
    edits: 0,
    internal: 0,
    insertedByWord: new Map(),
    deletedByWord: new Map(),
    matchedByWord: new Map(),
    editedByWord: new Map(),
    words: new Set(),
    added: new Set(),
    undefinedAlias: false,
    alias: false
  }))
  let cell = L * S + (S - 1)
  let first = Infinity
  let last = -1
  const bump = (map: Map<number, number>, key: number) => map.set(key, (map.get(key) ?? 0) + 1)
  while (cell > 0 && move[cell] !== Move.None) {
    const prev = back[cell]
    const s = prev % S
    const p = (prev - s) / S
    const how = move[cell] as Move
    const e = graph.element[s]
    const tally = e >= 0 ? tallies[e] : undefined
    if (how === Move.Empty && tally && graph.edge[s] === 2 && !(p === 0 || p === L || wordStarts[p])) {
      // A short wording that ends inside a word.
      tally.edits++
    } else if (how === Move.Delete || how === Move.Match || how === Move.Substitute) {
      tally!.chain = graph.chainOf[s]
      const w = graph.wordOf[s]
      if (how === Move.Match) {
        tally!.match++
        bump(tally!.matchedByWord, w)
      } else tally!.edits++
      if (how !== Move.Delete && graph.edge[s] === 1 && !wordStarts[p]) tally!.edits++
      if (how === Move.Delete) bump(tally!.deletedByWord, w)
      if (how === Move.Substitute) bump(tally!.editedByWord, w)
      if (how !== Move.Delete) {
        tally!.words.add(stream.word[p])
        first = Math.min(first, p)
        last = Math.max(last, p)
      }
    } else if (how === Move.Insert && tally) {
      if (graph.gap[s]) {
        // A gap's words are the gap's.
      } else if (graph.exit[s] || graph.next[s] < 0) {
        tally.added.add(stream.word[p])
      } else {
        tally.internal++
        tally.edits++
        bump(tally.insertedByWord, stream.word[p])
        tally.words.add(stream.word[p])
        bump(tally.editedByWord, graph.wordOf[s])
      }
      first = Math.min(first, p)
      last = Math.max(last, p)
    } else if (how === Move.Insert && e < 0 && s !== 0 && s !== S - 1) {
      // Before the first element's wording: nothing to report.
    } else if (how === Move.Alias && tally) {
      const q = (cell - (cell % S)) / S
      const written = stream.chars.slice(p, q)
      const candidates = (jumps.get(s) ?? []).filter((j) => j.to === cell % S)
      const exact = candidates.filter((j) => j.abbreviation === written).sort((a, b) => a.cost - b.cost)[0]
      const jump = exact ?? candidates.find((j) => withinOne(written, j.abbreviation))
      tally.chain = graph.chainOf[s] >= 0 ? graph.chainOf[s] : tally.chain
      tally.alias = true
      if (jump && jump.cost > 0) tally.undefinedAlias = true
      if (!exact) tally.edits++
      for (let i = p; i < q; i++) tally.words.add(stream.word[i])
      first = Math.min(first, p)
      last = Math.max(last, q - 1)
    }
    cell = prev
  }
  const wordsSpan = (set: Set<number>): Words | undefined => {
    if (set.size === 0) return undefined
    const list = [...set].sort((a, b) => a - b)
    const from = stream.wordStart[list[0]]
    const to = stream.wordEnd[list.at(-1)!]
    return {...spanOf(passage, from, to), words: passage.text.slice(from, to)}
  }
  let substantive = 0
  let kept = 0
  const elements = statement.elements.map((element, e): ElementVerdict => {
    const tally = tallies[e]
    // A whole word added inside an element ("accepts any responsibility") is one edit, not one per letter.
    for (const [w, count] of tally.insertedByWord) {
      if (count === stream.wordEnd[w] - stream.wordStart[w]) tally.edits -= count - 1
    }
    const chain = tally.chain >= 0 ? graph.chains[tally.chain] : undefined
    const skipped = !chain && element.gap === undefined
    const length = chain ? chain.words.join('').length : 0
    let status: Status
    let cosmetic: ElementVerdict['cosmetic']
    const dropped: string[] = []
    if (element.gap !== undefined || (skipped && element.optional)) status = 'present'
    else if (!chain || (tally.match === 0 && !tally.alias && tally.words.size === 0)) status = 'missing'
    else if (tally.edits === 0) {
      status = tally.undefinedAlias ? 'cosmetic' : 'present'
      if (tally.undefinedAlias) cosmetic = 'undefined-abbreviation'
    } else if (tally.edits <= allowance(length) && tally.words.size > 0) {
      status = 'cosmetic'
      cosmetic = 'typo'
    } else {
      status = 'replaced'
      // "Regulation Services" for "Regulation Services Provider": the words there are whole, the others gone.
      const matched = (w: number) => (tally.matchedByWord.get(w) ?? 0) / chain.words[w].length
      const gone = chain.words.filter((_, w) => matched(w) < 0.5)
      if (gone.length > 0 && chain.words.every((_, w) => matched(w) < 0.5 || matched(w) === 1)) dropped.push(...gone)
    }
    if (element.substantive) {
      substantive++
      if (status === 'present' || status === 'cosmetic') kept++
    }
    return {
      element,
      status,
      value: chain?.value,
      wording: chain?.wording,
      found: wordsSpan(tally.words),
      cosmetic,
      dropped,
      similarity: length > 0 ? Math.min(1, tally.match / length + (tally.alias ? 1 : 0)) : 1,
      added: wordsSpan(tally.added),
      skipped
    }
  })
  // Words found for a replaced element that are a neighbour's own ("Neither TSX Venture Exchange accepts": the
  // provider's letters aligned with "Exchange"; « Ni la Bourse de croissance TSX n'acceptent »: with « acceptent »)
  // were taken from that neighbour by the alignment: the element is missing, not replaced by them. The neighbours
  // are the elements up to the nearest one found on each side (those missing or left out between, too).
  for (let e = 0; e < elements.length; e++) {
    const verdict = elements[e]
    if (verdict.status !== 'replaced' || !verdict.found) continue
    const own = letters(verdict.found.words)
    if (own.length < 3) continue
    const neighbours = (step: number) => {
      for (let n = e + step; n >= 0 && n < elements.length; n += step) {
        const {element, wording, skipped} = elements[n]
        const wordings = element.wordings.flatMap((w) => expand(typeof w === 'string' ? w : w.text))
        if (wordings.some((w) => letters(w).includes(own))) return true
        if (wording !== undefined && !skipped) return false
      }
      return false
    }
    if (neighbours(-1) || neighbours(1)) elements[e] = {...verdict, status: 'missing', found: undefined, dropped: []}
  }
  const span =
    last >= 0
      ? spanOf(passage, stream.at[first], stream.at[last] + 1)
      : spanOf(passage, 0, Math.max(passage.text.length, 1))
  return {statement, elements, span, share: substantive ? kept / substantive : 1}
}

/** Whether two strings are at most one edit apart (one letter wrong, lost or added). */
function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1)
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}

/** Edits an element of `length` letters may take and still read the same: a typo, not a different word. */
function allowance(length: number): number {
  // One letter of two is another word ("es" of "services" is not "US").
  if (length < 3) return 0
  if (length < 12) return 1
  return Math.max(2, Math.floor(length / 10))
}

/** The first place in `text` where one of `keys` (letters only) starts, as an index of `text`, or -1. */
export function findLetters(text: string, keys: readonly string[]): number {
  const stream = toStream(text, 0, text.length)
  let best = -1
  for (const key of keys) {
    const at = stream.chars.indexOf(key)
    if (at >= 0 && (best < 0 || at < best)) best = at
  }
  return best < 0 ? -1 : stream.at[best]
}

/** The letters of a text with where each is (for callers that pre-filter on letters). */
export function lettersOf(text: string): {chars: string; at: Int32Array} {
  const stream = toStream(text, 0, text.length)
  return {chars: stream.chars, at: stream.at}
}
