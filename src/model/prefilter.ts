/**
 * A cheap test before a regular expression runs: the literal words any match
 * must contain, derived from the pattern itself (never a hand-kept list), so
 * that a signal appended to a list of signals is prefiltered too. Where a
 * pattern's text cannot be read for certain (a case-insensitive flag, the `v`
 * flag, syntax this reader does not know), it has no prefilter and always
 * runs: the prefilter never changes a result, it only skips work.
 *
 * `required(re)` is a set of strings of which every match of `re` contains at
 * least one (or undefined). It is read from the pattern's source: a sequence
 * needs what any of its mandatory parts needs (consecutive mandatory literal
 * characters make one string); an alternation needs one of what each
 * alternative needs; an optional part, a class, an escape class, an
 * assertion or a lookaround needs nothing.
 */

type Need = Set<string> | undefined

/**
 * Sets of more alternatives than this cost more to check than the pattern: measured on the corpus's sentences,
 * V8 scans for an alternation of words faster than as many `includes` (a pattern with one or two required
 * strings ran in about 0.77 of its time with the check first, geometric mean; with five or more, about 2x).
 */
const MOST = 2

/** What was read of each pattern object, by `most`. */
const caches = new Map<number, WeakMap<RegExp, readonly string[] | null>>()
/**
 * The same by flags, `most` and source: a pattern written inside a function is a new object at each call, and
 * would be read again each time. Patterns made from a draft's own words (an issuer's names) are new in each
 * draft: a long run or an editor's session keeps at most `SOURCES` of them.
 */
const bySource = new Map<string, Map<string, readonly string[] | null>>()
const SOURCES = 4096

/**
 * The strings one of which every match of `re` contains (undefined: none known). `most`: where a sequence has
 * several mandatory parts, the most selective of those with at most this many strings is read ("life " in
 * `life (?:offering|financing|exemption)` for two; the three longer words for more).
 */
export function required(re: RegExp, most = Infinity): readonly string[] | undefined {
  let cache = caches.get(most)
  if (!cache) caches.set(most, (cache = new WeakMap()))
  let known = cache.get(re)
  if (known === undefined) {
    const kind = `${most} ${re.flags}`
    let sources = bySource.get(kind)
    if (!sources) bySource.set(kind, (sources = new Map()))
    known = sources.get(re.source)
    if (known === undefined) {
      let need: Need
      try {
        need =
          re.flags.includes('i') || re.flags.includes('v') ? undefined : read(re.source, re.flags.includes('u'), most)
      } catch {
        need = undefined
      }
      known = need && [...need].every((text) => text.length > 0) ? [...need] : null
      if (sources.size >= SOURCES) sources.clear()
      sources.set(re.source, known)
    }
    cache.set(re, known)
  }
  return known ?? undefined
}

/** Whether `re` may match `text`: false only when no match can exist (a required string is absent). */
export function mayMatch(re: RegExp, text: string): boolean {
  return mayHold(checked(re), text)
}

/**
 * Uses of a pattern before its source is read: reading one costs about as much as running it on a few dozen
 * sentences (more from a cold start, before V8 has optimized the reader), so a pattern used less than this (one
 * small draft, linted once) just runs. Counted by source: a pattern written inside a function is a new object at
 * each call.
 */
const READ_AFTER = 24
const uses = new Map<string, number>()
const hot = new WeakSet<RegExp>()

/** Whether `re` has been used often enough for its source to be read (`READ_AFTER`); each call is a use. */
export function worthReading(re: RegExp): boolean {
  if (hot.has(re)) return true
  const count = (uses.get(re.source) ?? 0) + 1
  if (count < READ_AFTER) {
    if (uses.size >= SOURCES) uses.clear()
    uses.set(re.source, count)
    return false
  }
  hot.add(re)
  return true
}

/**
 * The strings worth looking for before `re` runs (see `MOST`), or undefined: then it always runs (as it does for
 * its first uses, see `READ_AFTER`).
 */
export function checked(re: RegExp): readonly string[] | undefined {
  if (!worthReading(re)) return undefined
  const need = required(re, MOST)
  return need && need.length <= MOST ? need : undefined
}

/** Whether `text` holds one of `need` (`checked(re)`), or there is nothing to check. */
export function mayHold(need: readonly string[] | undefined, text: string): boolean {
  if (!need) return true
  for (let i = 0; i < need.length; i++) if (text.includes(need[i])) return true
  return false
}

/** `execIf` with `checked(re)` read once by the caller (a loop over many texts). */
export function execChecked(re: RegExp, need: readonly string[] | undefined, text: string): RegExpExecArray | null {
  if (mayHold(need, text)) return re.exec(text)
  if (re.global || re.sticky) re.lastIndex = 0
  return null
}

/**
 * `re.exec(text)`, skipped when no match can exist. Skipped, a global or
 * sticky pattern's `lastIndex` becomes 0, as a failed `exec` leaves it.
 */
export function execIf(re: RegExp, text: string): RegExpExecArray | null {
  if (mayMatch(re, text)) return re.exec(text)
  if (re.global || re.sticky) re.lastIndex = 0
  return null
}

/** `re.test(text)`, skipped when no match can exist (as `execIf`). */
export function testIf(re: RegExp, text: string): boolean {
  if (mayMatch(re, text)) return re.test(text)
  if (re.global || re.sticky) re.lastIndex = 0
  return false
}

/** Reads a pattern's source; throws on what it does not know (then there is no prefilter). */
function read(source: string, unicode: boolean, most: number): Need {
  let at = 0

  const alternation = (): Need => {
    const needs: Need[] = [sequence()]
    while (source[at] === '|') {
      at++
      needs.push(sequence())
    }
    if (needs.length === 1) return needs[0]
    const all = new Set<string>()
    for (const need of needs) {
      if (!need) return undefined
      for (const text of need) all.add(text)
    }
    return all
  }

  /** `{min, max}` of the quantifier at `at` (consumed), or one exactly. */
  const quantifier = (): {min: number; max: number} => {
    const char = source[at]
    let bounds = {min: 1, max: 1}
    if (char === '?') bounds = {min: 0, max: 1}
    else if (char === '*') bounds = {min: 0, max: Infinity}
    else if (char === '+') bounds = {min: 1, max: Infinity}
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at))
      if (!match) return bounds
      const min = Number(match[1])
      const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3])
      at += match[0].length
      if (source[at] === '?') at++
      return {min, max}
    } else return bounds
    at++
    if (source[at] === '?') at++
    return bounds
  }

  const sequence = (): Need => {
    const candidates: Set<string>[] = []
    let run = ''
    const flush = (): void => {
      if (run) candidates.push(new Set([run]))
      run = ''
    }
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      const atom = readAtom()
      const {min, max} = quantifier()
      if (atom.kind === 'char') {
        if (min === 1 && max === 1) run += atom.char
        else {
          flush()
          if (min >= 1) {
            run = atom.char
            flush()
          }
        }
      } else {
        flush()
        if (atom.kind === 'group' && atom.need && min >= 1) candidates.push(atom.need)
      }
    }
    flush()
    return best(candidates, most)
  }

  type Atom = {kind: 'char'; char: string} | {kind: 'group'; need: Need} | {kind: 'other'}

  const readAtom = (): Atom => {
    const char = source[at]
    if (char === '(') {
      at++
      let look = false
      if (source.startsWith('?:', at)) at += 2
      else if (source.startsWith('?=', at) || source.startsWith('?!', at)) {
        at += 2
        look = true
      } else if (source.startsWith('?<=', at) || source.startsWith('?<!', at)) {
        at += 3
        look = true
      } else if (source.startsWith('?<', at)) {
        const end = source.indexOf('>', at)
        if (end < 0) throw new Error('group name')
        at = end + 1
      } else if (source[at] === '?') throw new Error('unknown group')
      const need = alternation()
      if (source[at] !== ')') throw new Error('unclosed group')
      at++
      return look ? {kind: 'other'} : {kind: 'group', need}
    }
    if (char === '[') {
      at++
      if (source[at] === '^') at++
      // `[]` and `[^]`: a `]` first closes the class in JavaScript.
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1
      if (source[at] !== ']') throw new Error('unclosed class')
      at++
      return {kind: 'other'}
    }
    if (char === '\\') return escape()
    if (char === '.' || char === '^' || char === '$') {
      at++
      return {kind: 'other'}
    }
    if (char === '*' || char === '+' || char === '?' || char === ')' || char === ']' || char === '}') {
      if (unicode || char !== '}') throw new Error('unexpected ' + char)
    }
    if (char === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(at))) throw new Error('quantifier without atom')
    at++
    return {kind: 'char', char}
  }

  const escape = (): Atom => {
    const next = source[at + 1]
    if (next === undefined) throw new Error('trailing backslash')
    at += 2
    if (/[bBdDwWsS]/.test(next)) return {kind: 'other'}
    if (/[1-9]/.test(next)) {
      while (/\d/.test(source[at] ?? '')) at++
      return {kind: 'other'}
    }
    if (next === 'k' && source[at] === '<') {
      const end = source.indexOf('>', at)
      if (end < 0) throw new Error('group name')
      at = end + 1
      return {kind: 'other'}
    }
    if (next === 'p' || next === 'P') {
      if (!unicode) return {kind: 'char', char: next}
      const end = source.indexOf('}', at)
      if (source[at] !== '{' || end < 0) throw new Error('property')
      at = end + 1
      return {kind: 'other'}
    }
    if (next === 'u' || next === 'x' || next === 'c' || next === '0') throw new Error('coded escape')
    if (/[nrtfv]/.test(next)) return {kind: 'char', char: {n: '\n', r: '\r', t: '\t', f: '\f', v: '\v'}[next]!}
    // An identity escape (`\.`, `\-`, `\/`, `\$`): the character itself; a letter we do not know is refused.
    if (/[A-Za-z]/.test(next)) throw new Error('unknown escape')
    return {kind: 'char', char: next}
  }

  const need = alternation()
  if (at !== source.length) throw new Error('unread source')
  return need
}

/**
 * The most selective of a sequence's needs: the longest shortest string, then the fewest strings; among those of at
 * most `most` strings when there are any.
 */
function best(candidates: Set<string>[], most: number): Need {
  let chosen: Set<string> | undefined
  let score = -Infinity
  for (const candidate of candidates) {
    const shortest = Math.min(...[...candidate].map((text) => text.length))
    const value = Math.min(shortest, 8) * 100 - candidate.size - (candidate.size > most ? 100000 : 0)
    if (value > score) {
      score = value
      chosen = candidate
    }
  }
  return chosen
}
