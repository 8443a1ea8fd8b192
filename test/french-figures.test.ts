/**
 * French figures (issue 13): numbers, money and dates as a French block writes them — "11 620 000" with a
 * space, no-break space or narrow no-break space between thousands, "0,15 $", "1,2 M$", "2,5 millions de
 * dollars", "quinze cents (0,15 $)", "le 21 novembre 2011", "1er décembre" — parsed exactly, and written back
 * the way the draft writes them. fast-check: amounts formatted by Intl.NumberFormat('fr-CA') and by hand parse
 * back exactly, as the English ones do (financing.test.ts).
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  Decimal,
  findMoney,
  findPercents,
  formatLike,
  inWordsFr,
  parseWordsFr,
  restateLike
} from '../src/model/numbers.js'
import {DATE, DAY_OF_YEAR, dayBefore, parseDate} from '../src/model/dates.js'
import {normalize} from '../src/model/text.js'
import {buildModel} from '../src/model/model.js'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {expectLinearWork} from './work.js'

/** Normalized text, as the model reads it (no-break spaces become spaces). */
const norm = (text: string) => normalize({text, offsets: new Int32Array(0), base: 0} as never).text

/** What findMoney reads in a French block: each amount as written, its value and currency. */
const money = (text: string) =>
  findMoney(norm(text), 'fr').map((m) => ({
    written: norm(text).slice(m.index, m.index + m.length),
    value: m.value.toString(),
    currency: m.currency,
    restated: m.restated?.value.toString()
  }))

describe('French money', () => {
  it('reads the sign after the figure, spaces between thousands, the decimal comma', () => {
    expect(money('10 000 000 unités à 0,15 $ pour un produit brut de 1 600 000 $')).toEqual([
      {written: '0,15 $', value: '0.15', currency: 'CAD', restated: undefined},
      {written: '1 600 000 $', value: '1600000', currency: 'CAD', restated: undefined}
    ])
  })

  it.each([
    ['1\u00a0162\u00a0000\u00a0$', '1162000'],
    ['1\u202f162\u202f000\u202f$', '1162000'],
    ['1,2 M$', '1200000'],
    ['2,5 millions de dollars', '2500000'],
    ['3 millions $', '3000000'],
    ['dix cents', '0.1'],
    ['15 cents', '0.15'],
    ['0,10 $', '0.1'],
    ['1 162 000,50 $', '1162000.5']
  ])('%s is %s', (written, value) => {
    expect(money(`un produit brut de ${written}.`).map((m) => m.value)).toEqual([value])
  })

  it('a figure restated in words is one figure: "quinze cents (0,15 $)"', () => {
    expect(money('au prix de quinze cents (0,15 $) par unité')).toEqual([
      {written: '0,15 $', value: '0.15', currency: 'CAD', restated: '0.15'}
    ])
    expect(money('au prix de quinze cents (0,16 $) par unité')[0].restated).toBe('0.15')
  })

  it('the currency after the sign: "500 000 $ US", "$ CA"', () => {
    expect(money('un montant de 500 000 $ US').map((m) => m.currency)).toEqual(['USD'])
    expect(money('un montant de 500 000 $ CA').map((m) => m.currency)).toEqual(['CAD'])
  })

  it('the English forms in a French block keep their meaning: "1,500,000 $", "$1,500,000"', () => {
    expect(money('un produit de 1,500,000 $ et de $1,500,000').map((m) => m.value)).toEqual(['1500000', '1500000'])
  })

  it('an English block does not read a French thousands space', () => {
    expect(findMoney('10 000 000 units at $0.15').map((m) => m.value.toString())).toEqual(['0.15'])
  })

  it('percentages with a decimal comma: "7,5 %"', () => {
    expect(findPercents(norm('7,5 % et 8\u00a0%'), 'fr').map((p) => p.value.toString())).toEqual(['7.5', '8'])
  })
})

describe('French figures written back as the draft writes them', () => {
  it.each([
    ['1 600 000 $', 1_500_000, '1 500 000 $'],
    ['1\u00a0600\u00a0000\u00a0$', 1_500_000, '1\u00a0500\u00a0000\u00a0$'],
    ['0,15 $', 0.16, '0,16 $'],
    ['1,2 M$', 1_400_000, '1,4 M$'],
    ['2,5 millions de dollars', 3_000_000, '3,0 millions de dollars'],
    ['10 000 000', 16_000_000, '16 000 000'],
    ['$1,600,000', 1_500_000, '$1,500,000']
  ])('figure %# written back', (written, value, expected) => {
    expect(formatLike(written, new Decimal(value))).toBe(expected)
  })

  it('French words for a restatement in words ("seize cents")', () => {
    expect(restateLike('quinze cents', new Decimal('0.16'), 'fr')).toBe('seize cents')
    expect(restateLike('un million de dollars', new Decimal(2_000_000), 'fr')).toBe('deux millions de dollars')
  })

  it('property: French number words parse back ("quatre-vingt-onze", "deux cent mille")', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 999_999_999}), (n) => {
        expect(parseWordsFr(inWordsFr(new Decimal(n))!)?.toNumber()).toBe(n)
      })
    )
  })
})

describe('property: French amounts parse back exactly', () => {
  const amount = fc.bigInt({min: 1n, max: 99_999_999_999n}).map((cents) => new Decimal(cents.toString()).div(100))

  it('as Intl.NumberFormat("fr-CA") writes them, with the sign after', () => {
    const format = new Intl.NumberFormat('fr-CA', {minimumFractionDigits: 2, maximumFractionDigits: 2})
    fc.assert(
      fc.property(amount, (value) => {
        const written = `${format.format(value.toNumber())}\u00a0$`
        const found = findMoney(norm(`pour un produit brut de ${written}.`), 'fr')
        expect(found).toHaveLength(1)
        expect(found[0].value.equals(value)).toBe(true)
      })
    )
  })

  it('by hand, with a space, a no-break space or a narrow no-break space, decimals or none', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(' ', '\u00a0', '\u202f'),
        fc.boolean(),
        fc.constantFrom('$', '$ CA', 'dollars'),
        (value, space, decimals, sign) => {
          const whole = value.floor()
          const shown = decimals ? value : whole
          const [integer, fraction] = shown.toFixed(decimals ? 2 : 0).split('.')
          const written =
            integer.replace(/\B(?=(\d{3})+(?!\d))/g, space) + (fraction ? ',' + fraction : '') + space + sign
          // A count before it must not run into it ("10 000 000 unités à 0,15 $").
          const found = findMoney(norm(`10 000 000 unités pour ${written} au total`), 'fr')
          expect(found).toHaveLength(1)
          expect(found[0].value.equals(shown)).toBe(true)
          // And written back as the draft writes it.
          expect(formatLike(written, shown)).toBe(written)
        }
      )
    )
  })

  it('rounded amounts ("1,2 M$", "2,5 millions de dollars") within the precision written', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(' M$', ' millions de dollars', 'M$'),
        fc.integer({min: 1, max: 3}),
        (v, w, d) => {
          const written = v.div(1e6).toFixed(d).replace('.', ',') + w
          const [found] = findMoney(norm(written), 'fr')
          expect(found.value.minus(v).abs().lte(found.tolerance)).toBe(true)
        }
      )
    )
  })
})

describe('French dates', () => {
  it.each([
    ['le 21 novembre 2011', new Date(2011, 10, 21)],
    ['1er décembre 2011', new Date(2011, 11, 1)],
    ['3 aout 2026', new Date(2026, 7, 3)],
    ['22 févr. 2026', new Date(2026, 1, 22)],
    ['31 mars 2026', new Date(2026, 2, 31)]
  ])('%s', (written, date) => {
    const found = new RegExp(DATE).exec(norm(written))
    expect(found).not.toBeNull()
    expect(parseDate(found![0])).toEqual(date)
  })

  it('a day without its year: "21 novembre", "1er décembre"', () => {
    expect(new RegExp(DAY_OF_YEAR).exec('le 1er décembre, la société')?.[0]).toBe('1er décembre')
    expect(dayBefore('21 novembre', new Date(2011, 11, 5))).toEqual(new Date(2011, 10, 21))
  })

  it('"30 février 2026" is no date', () => {
    expect(parseDate('30 février 2026')).toBeUndefined()
  })
})

describe('the French patterns in linear time (the work counted, not timed)', () => {
  /** Read the financing terms of `value` (a French release: its function words tell). */
  const lots = (value: string) => {
    const model = buildModel(unified().use(remarkParse).parse(value), value)
    expect(model.language.release).toBe('fr')
    return model.offering.lots.length
  }

  it.each([
    ['a run of thousands groups', (n: number) => 'La société et les unités de ' + '1 000 '.repeat(n) + 'unités', 1600],
    [
      'a run of number words before cents',
      (n: number) => 'La société et les unités de ' + 'quinze '.repeat(n) + 'et',
      1200
    ],
    [
      'restatements in French',
      (n: number) => 'La société et les unités à quinze cents (0,15 $) par unité '.repeat(n),
      150
    ],
    ['amounts run into multipliers', (n: number) => 'La société et les unités de 1,2 m '.repeat(n), 500]
  ])('%s', (_, make, n) => {
    expectLinearWork(make, lots, n)
  })
})
