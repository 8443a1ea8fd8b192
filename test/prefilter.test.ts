/**
 * The regex prefilter (src/model/prefilter.ts) never changes a result: on
 * text a pattern matches (generated from the pattern, alone or inside other
 * text), the required strings it reads are always there. Checked for every
 * pattern the model's modules export (topics.ts and release-signals.ts signals, whatever is appended)
 * and for patterns written to probe the reader.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {absentFromDraft, find, findAll, has, livePatterns} from '../src/model/document.js'
import {buildModel} from '../src/model/model.js'
import {checked, execIf, mayMatch, required, worthReading} from '../src/model/prefilter.js'

/** Every module of the model (vite's glob import): their patterns, whoever appends to them. */
const modules = (
  import.meta as unknown as {glob(pattern: string, options: {eager: true}): Record<string, unknown>}
).glob('../src/model/*.ts', {eager: true})

/** Every RegExp a module exports, alone, in an array, or as a field of an object in an array or object. */
function patterns(module: Record<string, unknown>): RegExp[] {
  const found: RegExp[] = []
  const visit = (value: unknown, depth: number): void => {
    if (value instanceof RegExp) found.push(value)
    else if (depth < 3 && Array.isArray(value)) value.forEach((item) => visit(item, depth + 1))
    else if (depth < 3 && value && typeof value === 'object') Object.values(value).forEach((v) => visit(v, depth + 1))
  }
  visit(module, 0)
  return found
}

const SIGNALS = Object.values(modules).flatMap((module) => patterns(module as Record<string, unknown>))

/** Patterns that probe the reader: optional parts, classes, escapes, lookarounds, braces, alternatives, French. */
const PROBES = [
  /abc?d/,
  /ab+c/,
  /a{2}b{0,3}c/,
  /(?:is|are) expected\b/,
  /x(?:yz)?w/,
  /(?:a|b|)c/,
  /[a-z]{2,} tonnes/,
  /\bg\/t\b|\$\d+/,
  /(?=plan)pla/,
  /(?<!non-)brokered/,
  /(?<word>drill)\k<word>/,
  /(a)\1b/,
  /a{x}b/,
  /\d+(?:\.\d+)? ?%/,
  /l'(?:émission|entreprise)|société/,
  /prévu[es]{0,2} (?:de|à)\b/,
  /\u00e9t\x65/,
  /.\n\t-/,
  /[\]a-]+b/,
  /^the\b|end$/m,
  /(?:)/,
  /a|b?/
]

describe('prefilter', () => {
  it('reads a required string from most signals', () => {
    expect(SIGNALS.length).toBeGreaterThan(40)
    const read = SIGNALS.filter((re) => required(re))
    expect(read.length / SIGNALS.length).toBeGreaterThan(0.8)
    expect(required(/(?:is|are) expected\b/)).toEqual([' expected'])
    expect(required(/abc?d/)).toEqual(['ab'])
    expect(required(/a|b?/)).toBeUndefined()
    expect(required(/Case/i)).toBeUndefined()
    // Of a sequence's mandatory parts, the most selective within a number of strings, when one is asked for.
    expect(required(/life (?:offering|financing|exemption)/)).toEqual(['offering', 'financing', 'exemption'])
    expect(required(/life (?:offering|financing|exemption)/, 2)).toEqual(['life '])
    expect(required(/(?:abc|cde|efg)xyz(?:ghi|ijk|klm)/, 2)).toEqual(['xyz'])
  })

  it.each([
    ['signals', SIGNALS],
    ['probes', PROBES]
  ])('%s: text a pattern matches always passes the prefilter', (_, list) => {
    for (const re of list) {
      let arbitrary: fc.Arbitrary<string>
      try {
        arbitrary = fc.stringMatching(new RegExp(re.source, re.flags.replace(/[gy]/g, '')))
      } catch {
        continue
      }
      fc.assert(
        fc.property(arbitrary, fc.string({maxLength: 8}), fc.string({maxLength: 8}), (match, before, after) => {
          const text = before + match + after
          const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''))
          if (plain.test(text)) {
            expect(mayMatch(re, text)).toBe(true)
            // Whatever part of a sequence is read (the most selective, or one of at most two strings).
            for (const need of [required(re), required(re, 2), required(re, 12)])
              if (need) expect(need.some((literal) => text.includes(literal))).toBe(true)
          }
        }),
        {numRuns: 60}
      )
    }
  })

  it('reads a pattern only once it has been used a few dozen times, counted by its source, not its object', () => {
    const source = String.raw`zqx (?:alpha|beta) prefilter-use-count`
    const uses: boolean[] = []
    // A new object at each use, as a pattern written inside a function is.
    for (let i = 0; i < 30; i++) uses.push(worthReading(new RegExp(source)))
    const first = uses.indexOf(true)
    expect(first).toBeGreaterThan(4)
    expect(uses.slice(first).every(Boolean)).toBe(true)
    // Before that, nothing is checked (the pattern runs); after, its words are.
    const fresh = new RegExp(String.raw`qzx (?:alpha|beta) another-count`)
    expect(checked(fresh)).toBeUndefined()
    for (let i = 0; i < 30; i++) checked(new RegExp(fresh.source))
    expect(checked(fresh)).toEqual([' another-count'])
  })

  it('on random text and sentences, filtered and unfiltered exec agree (and lastIndex too)', () => {
    const words = [...new Set(SIGNALS.flatMap((re) => required(re) ?? []))]
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '. ', ', ', '1.2 ', '$0.05 '), fc.string()), {
        maxLength: 12
      })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (sample) => {
        for (const re of [...SIGNALS, ...PROBES]) {
          for (const need of [required(re), required(re, 2), required(re, 12)])
            if (need && !need.some((literal) => sample.includes(literal)))
              expect(new RegExp(re.source, re.flags.replace(/[gy]/g, '')).test(sample)).toBe(false)
          const copy = new RegExp(re.source, re.flags)
          copy.lastIndex = re.lastIndex
          const filtered = execIf(re, sample)
          const plain = copy.exec(sample)
          expect(filtered?.[0], `${String(re)} on ${JSON.stringify(sample)}`).toBe(plain?.[0])
          expect(filtered?.index).toBe(plain?.index)
          expect(re.lastIndex).toBe(copy.lastIndex)
        }
      }),
      {numRuns: 300}
    )
  })

  it('a pattern the whole draft rules out matches none of its blocks and sentences; find, findAll, has agree', () => {
    const words = [...new Set(SIGNALS.flatMap((re) => required(re) ?? []))]
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(' ', '. ', ', ', '1.2 ', '$0.05 ', '\n\n', ' The ', 'É', '—', '«'),
      fc.string({maxLength: 6})
    )
    const draft = fc.array(piece, {maxLength: 30}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(draft, (value) => {
        const model = buildModel(unified().use(remarkParse).parse(value), value)
        const units = [...model.blocks, ...model.sentences]
        for (const re of [...SIGNALS, ...PROBES]) {
          const plain = new RegExp(re.source, re.flags.replace(/[gy]/g, ''))
          const matching = units.filter((unit) => plain.test(unit.norm.text))
          if (model.blocks.length > 0 && absentFromDraft(model.blocks[0].draft, re)) expect(matching).toEqual([])
          expect(
            livePatterns(model.sentences, [re]).length === 0 && model.sentences.some((s) => plain.test(s.norm.text))
          ).toBe(false)
          for (const unit of units) {
            const hit = plain.exec(unit.norm.text)
            expect(find(unit, re)?.match[0], `${String(re)} on ${JSON.stringify(unit.norm.text)}`).toBe(hit?.[0])
            expect(has(unit, re)).toBe(hit !== null)
            if (re.global) {
              const all = [...unit.norm.text.matchAll(new RegExp(re.source, re.flags))].map((m) => m.index)
              expect(findAll(unit, re).map((found) => found.match.index)).toEqual(all)
            }
          }
        }
      }),
      {numRuns: 100}
    )
  })
})
