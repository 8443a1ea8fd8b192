/**
 * French figures in words and French metal equivalent abbreviations (issue 13): "dix millions d'unités",
 * "un million d'actions", "deux millions de dollars" read by the offering model and checked by the arithmetic;
 * "2,1 g/t éq. Au" kept in one sentence. Issuers and wording are invented.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {Decimal, formatLike, inWordsFr} from '../src/model/numbers.js'
import {findRelatedParty} from '../src/model/related-party.js'
import {sentenceBounds} from '../src/model/sentences.js'
import {format, lintWith} from './helpers.js'
import {expectLinearWork} from './work.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const slice = (value: string, span: {start: number; end: number} | undefined) =>
  span && value.slice(span.start, span.end)

const DATELINE = 'RIMOUSKI (Québec), le 3 mars 2026 – Métaux Lac-Vert inc. (TSXV : MLV) (la « Société ») '
/** "dix millions d'unités", "cinq cent mille unités": "de" after million and milliard only. */
const countOf = (words: string, noun: string) => `${words}${/(?:million|milliard)s?$/.test(words) ? " d'" : ' '}${noun}`

describe('French counts in words', () => {
  it.each([
    ["dix millions d'unités", 10_000_000, 'units'],
    ["deux millions d'actions ordinaires accréditives", 2_000_000, 'flow-through shares'],
    ["un million d'actions", 1_000_000, 'shares'],
    ['cinq cent mille unités', 500_000, 'units'],
    ["un million cinq cent mille d'unités", 1_500_000, 'units']
  ])('“%s” is a lot of %d %s', (written, count, security) => {
    const value = `${DATELINE}annonce un placement privé de ${written} au prix de 0,10 $ par titre.\n`
    const [lot] = model(value).offering.lots
    expect(lot.security).toBe(security)
    expect(lot.count.value.toNumber()).toBe(count)
    expect(slice(value, lot.count)).toBe(written.replace(/ d'.*| (?:unités|actions).*/, ''))
  })

  it('a part of a unit in words is no count: “une action ordinaire et un bon de souscription”', () => {
    const value =
      `${DATELINE}annonce un placement privé de 4 000 000 unités au prix de 0,10 $ par unité. Chaque unité se ` +
      'compose d’une action ordinaire et d’un bon de souscription.\n'
    const terms = model(value).offering
    expect(terms.lots.map((lot) => [lot.security, lot.count.value.toNumber()])).toEqual([['units', 4_000_000]])
  })

  it('property: a count formatted in French words parses back exactly', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 999_999}), fc.constantFrom('unités', 'actions'), (thousands, noun) => {
        const count = thousands * 1000
        const words = inWordsFr(new Decimal(count))!
        const value = `${DATELINE}annonce un placement privé de ${countOf(words, noun)} au prix de 0,05 $.\n`
        const [lot] = model(value).offering.lots
        expect(lot.count.value.toNumber()).toBe(count)
        expect(slice(value, lot.count)).toBe(words)
      }),
      {numRuns: 60}
    )
  })

  it('an amount in words: “un million deux cent mille dollars”', () => {
    const value =
      `${DATELINE}annonce un placement privé de 3 000 000 actions pour un produit brut de un million deux cent ` +
      'mille dollars canadiens au prix de 0,40 $ par action.\n'
    const [lot] = model(value).offering.lots
    expect(lot.proceeds?.value.toNumber()).toBe(1_200_000)
  })

  it('a figure in words is corrected in words, exactly', () => {
    expect(formatLike('dix millions', new Decimal(12_000_000), 'fr')).toBe('douze millions')
    expect(formatLike('un million de dollars', new Decimal(1_500_000), 'fr')).toBe('un million cinq cent mille dollars')
    expect(formatLike('deux cent mille dollars', new Decimal(3_000_000), 'fr')).toBe('trois millions de dollars')
    expect(formatLike('ten million', new Decimal(12_000_000), 'en')).toBe('twelve million')
    // Words cannot say it: numerals, with the unit.
    expect(formatLike('quinze cents', new Decimal('0.155'), 'fr')).toBe('15,5 cents')
  })
})

describe('offering-arithmetic on French counts in words', () => {
  it('catches « dix millions d’unités à 0,15 $ pour un produit brut de 1 600 000 $ »', async () => {
    const value =
      `${DATELINE}annonce la clôture de son placement privé sans l'entremise d'un courtier de dix millions ` +
      "d'unités à 0,15 $ pour un produit brut de 1 600 000 $.\n"
    const file = await lintWith('offering-arithmetic', value)
    const column = value.indexOf('1 600 000 $') + 1
    expect(file.messages.map(format)).toEqual([
      `1:${column}-1:${column + 11}: error Produit inattendu, qui ne concorde pas avec le nombre et le prix ; ` +
        'attendu : 1 500 000 $'
    ])
    expect(file.messages[0].note).toContain('dix millions × 0,15 $ = 1 500 000 $, et non 1 600 000 $')
  })

  it('catches an amount in words that disagrees, and offers the fixes in words', async () => {
    const value =
      `${DATELINE}annonce un placement privé de deux millions d'actions au prix de 0,50 $ par action pour un ` +
      'produit brut de un million deux cent mille dollars.\n'
    const [message] = (await lintWith('offering-arithmetic', value)).messages
    expect(message.expected).toEqual([
      "deux millions d'actions au prix de 0,50 $ par action pour un produit brut de un million de dollars",
      "deux millions quatre cent mille d'actions au prix de 0,50 $ par action pour un produit brut de un million deux cent mille dollars"
    ])
  })

  it('is silent where the words agree', async () => {
    const value =
      `${DATELINE}annonce un placement privé de deux millions d'unités au prix de 0,50 $ par unité pour un produit ` +
      'brut de un million de dollars.\n'
    expect((await lintWith('offering-arithmetic', value)).messages).toEqual([])
  })
})

describe('French metal equivalent abbreviations do not end a sentence', () => {
  const sentences = (text: string) => sentenceBounds(text).map(([from, to]) => text.slice(from, to))

  it.each([
    ['Le sondage a recoupé 2,1 g/t éq. Au sur 12,0 mètres. La zone reste ouverte.', 2],
    ['La tranchée a donné 0,8 % éq. Cu et 1,4 g/t eq. Au sur 6 mètres. Les travaux se poursuivent.', 2],
    ['Le meilleur intervalle titre 95 g/t éq. Ag sur 3 mètres.', 1]
  ])('%s', (text, count) => {
    const found = sentences(text)
    expect(found).toHaveLength(count)
    expect(found[0]).toMatch(/ mètres\.$/)
  })

  it('“Au éq.” at a sentence’s end still ends it', () => {
    expect(sentences('La teneur moyenne est de 1,9 g/t Au éq. La minéralisation affleure.')).toEqual([
      'La teneur moyenne est de 1,9 g/t Au éq.',
      'La minéralisation affleure.'
    ])
  })

  it('the equivalent grade is read in one sentence by the model', () => {
    const value = 'Le sondage MLV-26-04 a recoupé 2,1 g/t éq. Au sur 12,0 mètres, dont 5,3 g/t Au et 40 g/t Ag.\n'
    const m = model(value)
    expect(m.sentences).toHaveLength(1)
  })
})

describe('the French patterns in linear time (the work counted, not timed)', () => {
  it.each([
    [
      'a run of French number words',
      (n: number) => 'Le placement de la Société : ' + 'dix millions '.repeat(n) + "d'unités à 0,10 $.",
      800
    ],
    [
      'a run of number words before dollars',
      (n: number) => 'Le produit de la Société est de ' + 'cinq cent mille '.repeat(n) + 'dollars.',
      600
    ]
  ])('%s', (_, make, n) => {
    expectLinearWork(make, (value) => model(value).offering.lots.length, n)
  })

  it.each([
    [
      'a run of related parties',
      (n: number) => 'Les ' + 'initiés et administrateurs de la '.repeat(n) + 'Société.',
      300
    ],
    ['a run of taking part', (n: number) => 'La ' + 'participation de la souscription des '.repeat(n) + 'unités.', 300],
    [
      'a run of mineral nouns',
      (n: number) => 'Le ' + 'gisement de la propriété '.repeat(n) + 'de classe mondiale.',
      400
    ],
    ['a run of ore words', (n: number) => 'Le ' + 'corps de minerai de la zone '.repeat(n) + 'minéralisée.', 300]
  ])('%s', (_, make, n) => {
    expectLinearWork(
      make,
      (value) => {
        const m = model(value)
        return [
          findRelatedParty(m.sentences, {issues: true, settles: true, speaks: true}, m.language),
          m.terms.length,
          m.relatedParty
        ]
      },
      n
    )
  })
})
