/**
 * The mandated-wording matcher (src/model/wording.ts), by its properties: the
 * declared disclaimer with random cosmetic noise (case, quotes, dash kinds,
 * words run together or split, a defined abbreviation, a one-letter typo in a
 * long word) reads as the clean text does; with one substantive element left
 * out or replaced, exactly that element is reported. Invented issuers only.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {EXCHANGE_DISCLAIMER, US_LEGEND} from '../src/model/boilerplate.js'
import {buildModel, type Model} from '../src/model/model.js'
import {align, alignAfresh, declare, findDefinitions, letters} from '../src/model/wording.js'
import {expectLinearWork} from './work.js'

const model = (value: string): Model => buildModel(unified().use(remarkParse).parse(value), value)
const LEAD = 'Fernhill Copper Corp. (TSXV: FHC) will start drilling at its Juniper project in May.'

/** The disclaimer as words, each tagged with its element; the parenthetical is optional. */
const PARTS: Array<[string, string]> = [
  ['neither', 'Neither'],
  ['exchange', 'the TSX Venture Exchange'],
  ['nor', 'nor its'],
  ['provider', 'Regulation Services Provider'],
  ['defined', '(as that term is defined in the policies of the TSX Venture Exchange)'],
  ['accepts', 'accepts responsibility for the'],
  ['adequacy', 'adequacy'],
  ['accuracy', 'or accuracy'],
  ['release', 'of this news release.']
]
const SUBSTANTIVE = ['neither', 'exchange', 'nor', 'provider', 'accepts', 'adequacy', 'accuracy']

/** The verdict a release's disclaimer gets: each substantive element, whether it reads as declared. */
function verdict(value: string): Record<string, boolean> {
  const disclaimer = model(value).exchangeDisclaimers[0]
  expect(disclaimer).toBeDefined()
  const result: Record<string, boolean> = {}
  for (const v of disclaimer.wording.elements) {
    if (!v.element.substantive) continue
    result[v.element.id] = v.status === 'present' || v.status === 'cosmetic'
  }
  return result
}
const ALL_GOOD = Object.fromEntries(SUBSTANTIVE.map((id) => [id, true]))

/** One kind of cosmetic noise, applied to the disclaimer's words. */
type Noise = (words: string[], pick: number) => string[]
const noises: Record<string, Noise> = {
  upper: (words) => words.map((w) => w.toUpperCase()),
  lower: (words) => words.map((w) => w.toLowerCase()),
  // Two words run together ("norits").
  join(words, pick) {
    const i = pick % (words.length - 1)
    return [...words.slice(0, i), words[i] + words[i + 1], ...words.slice(i + 2)]
  },
  // A word split by a stray space ("ac curacy").
  split(words, pick) {
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{4,}$/.test(w))
    const [word, i] = long[pick % long.length]
    const at = 1 + (pick % (word.length - 2))
    return [...words.slice(0, i), word.slice(0, at), word.slice(at), ...words.slice(i + 1)]
  },
  // One letter wrong, lost or doubled in a long word.
  typo(words, pick) {
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{8,}$/.test(w))
    const [word, i] = long[pick % long.length]
    const at = 1 + (pick % (word.length - 2))
    const kinds = [
      word.slice(0, at) + 'x' + word.slice(at + 1),
      word.slice(0, at) + word.slice(at + 1),
      word.slice(0, at) + word[at] + word.slice(at)
    ]
    return [...words.slice(0, i), kinds[pick % 3], ...words.slice(i + 1)]
  }
}

/** The disclaimer's text with the exchange defined inline, in the lead, or spelled out; quotes and dashes vary. */
function disclaimerText(
  define: number,
  quote: number,
  dash: number,
  parenthetical: boolean
): {lead: string; words: string[]} {
  const [open, close] = [
    ['"', '"'],
    ['\u201c', '\u201d'],
    ["'", "'"]
  ][quote % 3]
  const abbreviation = `TSX${['-', '\u2010', '\u2013', ''][dash % 4]}V`
  const parts = PARTS.filter(([id]) => parenthetical || id !== 'defined').map(([, text]) => text)
  let lead = LEAD
  if (define % 3 === 1) {
    // Defined inside the disclaimer, used in the parenthetical.
    parts[1] = `the TSX Venture Exchange (the ${open}${abbreviation}${close})`
    if (parenthetical) parts[4] = `(as that term is defined in the policies of the ${abbreviation})`
  } else if (define % 3 === 2) {
    // Defined in the lead, used as the exchange's name.
    lead = `${LEAD} Its shares trade on the TSX Venture Exchange (the ${open}Exchange${close}).`
    parts[1] = 'the Exchange'
  }
  return {lead, words: parts.join(' ').split(' ')}
}

describe('the mandated-wording matcher', () => {
  it('reads the clean disclaimer as declared, with or without the parenthetical', () => {
    for (const parenthetical of [true, false]) {
      const {lead, words} = disclaimerText(0, 0, 0, parenthetical)
      expect(verdict(`${lead}\n\n${words.join(' ')}\n`)).toEqual(ALL_GOOD)
    }
  })

  it(
    'gives the same verdict under cosmetic noise: case, quotes, dashes, joined and split words, a ' +
      'defined abbreviation, a typo',
    () => {
      fc.assert(
        fc.property(
          fc.nat(),
          fc.nat(),
          fc.nat(),
          fc.boolean(),
          fc.subarray(Object.keys(noises), {minLength: 1}),
          fc.nat(),
          (define, quote, dash, parenthetical, kinds, pick) => {
            const {lead, words} = disclaimerText(define, quote, dash, parenthetical)
            let noisy = words
            for (const kind of kinds) noisy = noises[kind](noisy, pick)
            expect(verdict(`${lead}\n\n${noisy.join(' ')}\n`)).toEqual(ALL_GOOD)
          }
        ),
        {numRuns: 150}
      )
    }
  )

  /** A replacement that reads nothing like the element. */
  const REPLACEMENTS: Record<string, string[]> = {
    neither: ['Both'],
    exchange: ['the Corporation', 'its auditors'],
    nor: ['and', 'with'],
    provider: ['Market Regulator', 'legal counsel'],
    accepts: ['takes no blame for the', 'has not checked the'],
    adequacy: ['completeness', 'timing'],
    accuracy: ['and truth', 'or tone']
  }

  it('reports exactly the element left out or replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SUBSTANTIVE), fc.boolean(), fc.nat(), fc.boolean(), (id, replace, pick, upper) => {
        const parts = PARTS.filter(([part]) => part !== 'defined').map(([part, text]): string => {
          if (part !== id) return text
          if (!replace) return ''
          const options = REPLACEMENTS[id]
          return options[pick % options.length]
        })
        let text = parts.filter(Boolean).join(' ')
        if (upper) text = text.toUpperCase()
        expect(verdict(`${LEAD}\n\n${text}\n`)).toEqual({...ALL_GOOD, [id]: false})
      }),
      {numRuns: 120}
    )
  })

  it('says what a replaced element was replaced with, and what a shortened one lost', () => {
    const replaced = model(
      `${LEAD}\n\nNeither the TSX Venture Exchange nor its Market Regulator accepts responsibility for the ` +
        `adequacy or accuracy of this release.\n`
    ).exchangeDisclaimers[0].wording.elements.find((e) => e.element.id === 'provider')!
    expect([replaced.status, replaced.found?.words]).toEqual(['replaced', 'market regulator'])
    const shortened = model(
      `${LEAD}\n\nNeither the TSX Venture Exchange nor its Regulation Services accepts responsibility for ` +
        `the adequacy or accuracy of this release.\n`
    ).exchangeDisclaimers[0].wording.elements.find((e) => e.element.id === 'provider')!
    expect([shortened.status, shortened.dropped]).toEqual(['replaced', ['provider']])
  })

  it('reports words added between elements', () => {
    const exchange = model(
      `${LEAD}\n\nNeither the TSX Venture Exchange, the Oslo Bourse, nor its Regulation Services Provider ` +
        `accepts responsibility for the adequacy or accuracy of this release.\n`
    ).exchangeDisclaimers[0].wording.elements.find((e) => e.element.id === 'exchange')!
    expect([exchange.status, exchange.added?.words]).toEqual(['present', 'the oslo bourse'])
  })

  it('finds definitions anywhere, with the words before them as the term', () => {
    const aliases = findDefinitions(['listed on the canadian securities exchange (the "cse" or the "exchange").'])
    expect(aliases).toContainEqual({abbreviation: 'exchange', term: letters('Canadian Securities Exchange')})
    expect(aliases).toContainEqual({abbreviation: 'cse', term: letters('Canadian Securities Exchange')})
  })

  it('declares any statement: a gap of free words between prescribed ones', () => {
    const statement = declare('test', [
      {id: 'a', label: 'samples were', wordings: ['samples were'], substantive: true},
      {id: 'gap', label: '…', wordings: [], substantive: false, gap: 10},
      {id: 'b', label: 'assayed', wordings: ['assayed'], substantive: true}
    ])
    const text = 'all samples were then sent to a laboratory and assayed for gold.'
    const result = align(statement, {text, offsets: Array.from(text, (_, i) => i)})
    expect(result.elements.map((e) => e.status)).toEqual(['present', 'present', 'present'])
    expect(text.slice(result.span.start, result.span.end)).toBe('samples were then sent to a laboratory and assayed')
  })

  it('reads the U.S. legend through copy artefacts', () => {
    for (const legend of [
      'NOT FORDISTRIBUTION TO U.S. NEWS WIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
      'Not for dissemination in the U.S. or through United States newswire services',
      'This release is not intended for distribution in the UnitedStates.'
    ]) {
      const m = model(`${legend}\n\nFernhill Copper Corp. announces a private placement.\n`)
      expect(m.legends.map((l) => l.block.index)).toEqual([0])
    }
    expect(US_LEGEND.elements.map((e) => e.id)).toEqual(['not', 'for', 'distribution', 'gap', 'us'])
    expect(model('We will not release results to US investors until the assays are in hand.\n').legends).toEqual([])
  })

  it('stays linear: a long run of near-disclaimer words (the work counted, not timed)', () => {
    const make = (n: number) =>
      `${LEAD}\n\n${'neither the exchange nor its regulation accepts responsibility '.repeat(n)}\n`
    expectLinearWork(make, (value) => [model(value).disclaimers, model(value).legends], 300)
  })
})

describe('alignments made once', () => {
  const disclaimer =
    'Neither the TSX Venture Exchange nor its Regulation Service Provider accepts responsibility for the ' +
    'adequacy of this release.'
  const at = (value: string) => model(value).exchangeDisclaimers[0].wording
  const plain = (alignment: ReturnType<typeof at>, by: number) =>
    JSON.stringify({
      span: [alignment.span.start - by, alignment.span.end - by],
      elements: alignment.elements.map((v) => ({
        id: v.element.id,
        status: v.status,
        found: v.found && [v.found.start - by, v.found.end - by, v.found.words],
        added: v.added && [v.added.start - by, v.added.end - by],
        dropped: v.dropped
      }))
    })

  it('the same sentence further on in another draft gets the same alignment, moved to where it sits', () => {
    const first = at(`${LEAD}\n\n${disclaimer}\n`)
    const padding = 'The Company thanks its shareholders for their continued support this year.'
    const second = at(`${LEAD}\n\n${padding}\n\n${disclaimer}\n`)
    const by = padding.length + 2
    expect(plain(second, by)).toBe(plain(first, 0))
    // What the rule quotes is the draft's own words at the moved offsets.
    const value = `${LEAD}\n\n${padding}\n\n${disclaimer}\n`
    const provider = second.elements.find((v) => v.element.id === 'provider')!
    expect(value.slice(provider.found!.start, provider.found!.end)).toBe('Regulation Service Provider')
  })

  it('a copy handed out is the caller’s own: changing it does not change the next draft’s', () => {
    const value = `${LEAD}\n\n${disclaimer}\n`
    const first = at(value)
    first.elements.length = 0
    expect(at(value).elements.length).toBeGreaterThan(0)
  })

  it('a definition that stands for the statement’s words is part of what is reused; another is not', () => {
    const short =
      'Neither the Exchange nor its Regulation Services Provider accepts responsibility for the adequacy of this release.'
    const status = (value: string) => at(value).elements.find((v) => v.element.id === 'exchange')?.status
    const defined = `${LEAD} Its shares trade on the TSX Venture Exchange (the "Exchange").\n\n${short}\n`
    const undefinedHere = `${LEAD}\n\n${short}\n`
    const otherName = `${LEAD} Fernhill Copper Corp. (the "Company") drills.\n\n${short}\n`
    expect(status(defined)).toBe('present')
    // The same sentence, aligned right after, in drafts that do not define "Exchange": not the defined reading.
    expect(status(undefinedHere)).not.toBe(status(defined))
    expect(status(otherName)).toBe(status(undefinedHere))
    expect(status(defined)).toBe('present')
  })

  it('a sentence whose characters do not sit one after another (an escape) is aligned afresh, offsets exact', () => {
    const escaped = disclaimer.replace('Neither the', 'Neither the \\*')
    const value = `${LEAD}\n\n${escaped}\n`
    const provider = at(value).elements.find((v) => v.element.id === 'provider')!
    expect(value.slice(provider.found!.start, provider.found!.end)).toBe('Regulation Service Provider')
  })
})

describe('alignments within a cost bound', () => {
  /** Words a passage may be made of besides the statement's own: a release's, and near misses of the statement's. */
  const OTHER = [
    'The',
    'Company',
    'Fernhill',
    'drilled',
    'holes',
    'its',
    'exchange',
    'provider',
    'Service',
    'of',
    'and'
  ]
  const passages = fc
    .record({
      before: fc.array(fc.constantFrom(...OTHER), {maxLength: 40}),
      kinds: fc.subarray(Object.keys(noises)),
      pick: fc.nat(),
      drop: fc.option(fc.nat({max: PARTS.length - 1})),
      after: fc.array(fc.constantFrom(...OTHER), {maxLength: 12}),
      define: fc.nat(),
      parenthetical: fc.boolean()
    })
    .map(({before, kinds, pick, drop, after, define, parenthetical}) => {
      const {lead, words} = disclaimerText(define, pick, pick, parenthetical)
      let noisy = words.filter((_, i) => drop === null || i % PARTS.length !== drop)
      for (const kind of kinds) noisy = noises[kind](noisy, pick)
      return `${lead}\n\n${[...before, ...noisy, ...after].join(' ')}\n`
    })

  it('finds the alignment the whole table finds, whatever the passage costs (verbatim, noisy, or far off)', () => {
    fc.assert(
      fc.property(passages, fc.nat({max: 60}), (value, from) => {
        const m = model(value)
        const passage = m.sentences.at(-1)!.norm
        const aliases = findDefinitions(m.blocks.map((block) => block.norm.text))
        for (const statement of [EXCHANGE_DISCLAIMER, US_LEGEND]) {
          const start = Math.min(from, passage.text.length)
          const whole = alignAfresh(statement, passage, aliases, start, 450, [Infinity])
          expect(alignAfresh(statement, passage, aliases, start)).toEqual(whole)
          // A bound the path does not fit in is given up for the next.
          expect(alignAfresh(statement, passage, aliases, start, 450, [0, 0.5, 3, Infinity])).toEqual(whole)
        }
      }),
      {numRuns: 200}
    )
  })
})
