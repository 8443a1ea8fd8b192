/**
 * The numbers a financing states: the figures of our own closing release
 * (test/fixtures/closing-release.md: 11,620,000 units × $0.10 = $1,162,000,
 * one warrant per unit; its finders' fee and warrants, 8% of what the
 * finders' subscribers bought), variants of them, and fast-check properties —
 * amounts written the ways releases write them parse back exactly;
 * consistent offerings draw no message; one changed figure draws exactly one
 * message, on that figure.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Decimal, findMoney, findPercents, formatLike, parseFraction} from '../src/model/numbers.js'
import {MONTH_NAMES, holdExpiry, parseDate} from '../src/model/dates.js'
import {RELEASE, fixture, lintPreset} from './helpers.js'

const TEXT = fixture(RELEASE)
const FIGURE_RULES = ['offering-arithmetic', 'hold-period', 'tsxv-pricing']
/** The line of the paragraph that states the units, price and proceeds. */
const TERMS_LINE = TEXT.slice(0, TEXT.indexOf('11,620,000 units')).split('\n').length
/**
 * The finders' terms: a cash fee and warrants, each a percentage of what the finders' subscribers bought
 * (not checkable against the offering).
 */
const CASH_PERCENT = 'equal to 8% of the gross proceeds from subscribers they introduced'
const WARRANT_PERCENT = 'equal to 8% of the number of Units sold to those subscribers'

function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in text: ${from}`)
  return text.replace(from, to)
}

async function findings(value: string, level: 'error' | 'any' = 'error') {
  const file = await lintPreset(value)
  return file.messages.filter((m) => FIGURE_RULES.includes(m.ruleId ?? '') && (level === 'any' || m.fatal))
}

describe('the release’s figures', () => {
  it('agree: no error from the financing rules', async () => {
    expect(TERMS_LINE).toBe(15)
    expect(await findings(TEXT)).toEqual([])
  })

  it.each([
    ['units changed', '11,620,000 units', '11,260,000 units'],
    ['price changed', 'CDN\\$0.10 per Unit', 'CDN\\$0.12 per Unit'],
    ['proceeds changed', 'proceeds of CDN\\$1,162,000', 'proceeds of CDN\\$1,126,000']
  ])('%s: one offering-arithmetic error', async (_, from, to) => {
    const found = await findings(replace(TEXT, from, to))
    expect(found.map((m) => m.ruleId)).toEqual(['offering-arithmetic'])
    expect(found[0].line).toBe(TERMS_LINE)
  })

  it('proceeds changed: both fixes, the product first, written as the draft writes them, over the lot', async () => {
    const value = replace(TEXT, 'proceeds of CDN\\$1,162,000', 'proceeds of CDN\\$1,126,000')
    const [message] = await findings(value)
    const lot = '11,620,000 units (the "Units") at CDN\\$0.10 per Unit for gross proceeds of '
    expect(message.actual).toBe(lot + 'CDN\\$1,126,000')
    // Either the proceeds are wrong (the product) or the count is (the proceeds over the price).
    expect(message.expected).toEqual([
      lot + 'CDN\\$1,162,000',
      lot.replace('11,620,000', '11,260,000') + 'CDN\\$1,126,000'
    ])
    expect(
      value
        .slice(message.place && 'start' in message.place ? message.place.start.offset : -1)
        .startsWith('11,620,000 units')
    ).toBe(true)
  })

  it.each([
    ['"ten cents"', 'CDN\\$0.10 per Unit', 'ten cents per Unit'],
    ['"approximately $1.16 million"', 'proceeds of CDN\\$1,162,000', 'proceeds of approximately CDN\\$1.16 million'],
    ['"$1.162 million"', 'proceeds of CDN\\$1,162,000', 'proceeds of \\$1.162 million']
  ])('%s agrees', async (_, from, to) => {
    expect(await findings(replace(TEXT, from, to))).toEqual([])
  })

  it('finder’s warrants with a stated percentage of all Units that does not match: an error on the count', async () => {
    const value = replace(TEXT, WARRANT_PERCENT, 'equal to 8% of the number of Units sold')
    const found = await findings(value)
    expect(found.map((m) => [m.ruleId, m.actual, m.expected])).toEqual([
      ['offering-arithmetic', '536,000', ['929,600']]
    ])
  })

  it('finder’s warrants with a rounded percentage that matches: no error', async () => {
    const value = replace(TEXT, WARRANT_PERCENT, 'equal to 4.6% of the number of Units sold')
    expect(await findings(value)).toEqual([])
  })

  it('a finder’s cash fee as a percentage of the gross proceeds', async () => {
    const wrong = replace(TEXT, CASH_PERCENT, 'equal to 7% of the gross proceeds')
    expect((await findings(wrong)).map((m) => m.expected)).toEqual([['CDN\\$81,340']])
    const right = replace(
      replace(TEXT, CASH_PERCENT, 'equal to 7% of the gross proceeds'),
      'cash fee of CDN\\$53,600',
      'cash fee of CDN\\$81,340'
    )
    expect(await findings(right)).toEqual([])
  })
})

describe('numbers as releases write them', () => {
  const amount = fc.bigInt({min: 1n, max: 99_999_999_999n}).map((cents) => new Decimal(cents.toString()).div(100))

  it('exact amounts parse back exactly', () => {
    fc.assert(
      fc.property(amount, fc.constantFrom('$', 'CDN$', 'C$', 'CAD$', 'US$'), fc.boolean(), (value, prefix, grouped) => {
        const digits = value.toFixed(2)
        const [whole, fraction] = digits.split('.')
        const written = prefix + (grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole) + '.' + fraction
        const found = findMoney(`for gross proceeds of ${written.toLowerCase()}.`)
        expect(found).toHaveLength(1)
        expect(found[0].value.equals(value)).toBe(true)
        expect(found[0].currency).toBe(prefix === 'US$' ? 'USD' : 'CAD')
      })
    )
  })

  it('rounded amounts ("$1.16 million", "$4M") parse to within the precision written', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(' million', 'M', ' Million'),
        fc.integer({min: 0, max: 3}),
        (value, word, decimals) => {
          const millions = value.div(1e6)
          const written = '$' + millions.toFixed(decimals) + word
          const [found] = findMoney(written.toLowerCase())
          expect(found.value.minus(value).abs().lte(found.tolerance)).toBe(true)
          expect(found.tolerance.equals(new Decimal(10).pow(-decimals).times(1e6).div(2))).toBe(true)
        }
      )
    )
  })

  it('cents in digits and words, percentages, fractions', () => {
    expect(findMoney('ten cents')[0].value.toString()).toBe('0.1')
    expect(findMoney('at 7.5 cents per share')[0].value.toString()).toBe('0.075')
    expect(findMoney('twenty-five cents')[0].value.toString()).toBe('0.25')
    expect(findPercents('eight per cent')[0].value.toString()).toBe('8')
    expect(findPercents('a 7.5% cash fee')[0].value.toString()).toBe('7.5')
    for (const [text, value] of [
      ['one-half', '0.5'],
      ['1/2', '0.5'],
      ['one', '1'],
      ['one-third', '0.33333333333333333333']
    ]) {
      expect(parseFraction(text)?.toString()).toBe(value)
    }
    fc.assert(
      fc.property(fc.integer({min: 1, max: 99}), (n) => {
        const words = [
          '',
          'one',
          'two',
          'three',
          'four',
          'five',
          'six',
          'seven',
          'eight',
          'nine',
          'ten',
          'eleven',
          'twelve',
          'thirteen',
          'fourteen',
          'fifteen',
          'sixteen',
          'seventeen',
          'eighteen',
          'nineteen'
        ]
        const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
        const word = n < 20 ? words[n] : tens[Math.floor(n / 10)] + (n % 10 ? '-' + words[n % 10] : '')
        expect(findMoney(`${word} cents`)[0].value.equals(new Decimal(n).div(100))).toBe(true)
      })
    )
  })

  it('writes a value back in the style it was written', () => {
    expect(formatLike('CDN$1,126,000', new Decimal(1162000))).toBe('CDN$1,162,000')
    expect(formatLike('$1.16 million', new Decimal(1200000))).toBe('$1.20 million')
    expect(formatLike('10 cents', new Decimal('0.12'))).toBe('12 cents')
  })

  it('adds four months and a day, month ends included', () => {
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    expect(iso(holdExpiry(parseDate('January 23, 2014')!))).toBe('2014-05-24')
    expect(iso(holdExpiry(parseDate('October 31, 2025')!))).toBe('2026-03-01')
    expect(iso(holdExpiry(parseDate('Oct. 31, 2023')!))).toBe('2024-03-01')
    expect(iso(holdExpiry(parseDate('Sept. 10, 2026')!))).toBe('2027-01-11')
  })
})

/** A consistent offering release, each figure stated so that another statement backs it up. */
interface Offering {
  count: number
  cents: number
  half: boolean
  closing: Date
}

const written = (d: Date) => `${MONTH_NAMES[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`
const grouped = (n: Decimal) => {
  const [whole, fraction] = n.toFixed(n.decimalPlaces()).split('.')
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? '.' + fraction : '')
}

function figures(o: Offering) {
  const price = new Decimal(o.cents).div(100)
  const proceeds = price.times(o.count)
  const warrants = o.half ? Math.floor(o.count / 2) : o.count
  return {
    count: grouped(new Decimal(o.count)),
    price: '$' + price.toFixed(2),
    proceeds: '$' + grouped(proceeds),
    warrants: grouped(new Decimal(warrants)),
    closing: written(o.closing),
    expiry: written(holdExpiry(o.closing))
  }
}

function release(f: ReturnType<typeof figures>, half: boolean): string {
  return (
    [
      'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
      `# Acme Gold Closes ${f.proceeds} Private Placement`,
      `VANCOUVER, BC, ${f.closing} - Acme Gold Corp. (TSXV: ACM) announces that it closed its non-brokered ` +
        `private placement ` +
        `on ${f.closing}. The Company issued ${f.count} units at a price of ${f.price} per unit for gross proceeds of ${f.proceeds}.`,
      `Each unit consists of one common share ` +
        `and ${half ? 'one-half of one' : 'one'} common share purchase warrant, for a total of ${f.warrants} warrants.`,
      `The securities issued are subject to a hold period of four months and one day expiring on ${f.expiry}.`
    ].join('\n\n') + '\n'
  )
}

const offering = fc.record({
  count: fc.integer({min: 100_000, max: 90_000_000}),
  cents: fc.integer({min: 5, max: 500}),
  half: fc.boolean(),
  closing: fc
    .date({min: new Date(2020, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true})
    .map((d) => new Date(d.getFullYear(), d.getMonth(), d.getDate()))
})

describe('property: consistent offerings', () => {
  it('draw no message from the financing rules', async () => {
    await fc.assert(
      fc.asyncProperty(offering, async (o) => {
        expect(await findings(release(figures(o), o.half), 'any')).toEqual([])
      }),
      {numRuns: 120}
    )
  })

  it('with one figure changed, draw exactly one message, on that figure', async () => {
    const which = fc.constantFrom('count', 'price', 'proceeds', 'warrants', 'expiry') as fc.Arbitrary<
      'count' | 'price' | 'proceeds' | 'warrants' | 'expiry'
    >
    await fc.assert(
      fc.asyncProperty(offering, which, fc.integer({min: 1, max: 9}), async (o, key, bump) => {
        const f = figures(o)
        const changed = {...f}
        const o2 = {...o}
        // Counts move by whole thousands worth more than $500 at the price (proceeds written to the thousand may
        // round the product by up to $500).
        const countStep = Math.max(1000, Math.ceil(60_000 / o.cents / 1000) * 1000)
        if (key === 'count') changed.count = grouped(new Decimal(o.count + bump * countStep))
        if (key === 'price') changed.price = '$' + new Decimal(o.cents + bump).div(100).toFixed(2)
        // More than half a thousand off: proceeds written to the thousand may round the product by up to $500.
        if (key === 'proceeds')
          changed.proceeds =
            '$' +
            grouped(
              new Decimal(o.cents)
                .div(100)
                .times(o.count)
                .plus(bump * 1000 + 100)
            )
        if (key === 'warrants')
          changed.warrants = grouped(new Decimal(o.half ? Math.floor(o.count / 2) : o.count).plus(bump * 10))
        if (key === 'expiry') changed.expiry = written(new Date(holdExpiry(o.closing).getTime() + bump * 86_400_000))
        // Only the figure in its own sentence changes; the headline keeps the original proceeds.
        const value = release(f, o2.half)
        const original = lineOf(value, key)
        const mutated = value.replace(original.text, original.text.replace(f[key], changed[key]))
        const found = await findings(mutated, 'any')
        expect(found).toHaveLength(1)
        expect(found[0].actual).toBe(changed[key])
        const start = found[0].place && 'start' in found[0].place ? found[0].place.start.offset! : -1
        expect(mutated.slice(start, start + changed[key].length)).toBe(changed[key])
        expect(start).toBeGreaterThan(mutated.indexOf(original.text.slice(0, 20)) - 1)
      }),
      {numRuns: 150}
    )
  })
})

/** The sentence-bearing line a figure is stated in (not the headline). */
function lineOf(value: string, key: string): {text: string} {
  const lines = value.split('\n')
  const pick: Record<string, (line: string) => boolean> = {
    count: (line) => line.includes('The Company issued'),
    price: (line) => line.includes('The Company issued'),
    proceeds: (line) => line.includes('The Company issued'),
    warrants: (line) => line.startsWith('Each unit'),
    expiry: (line) => line.startsWith('The securities issued')
  }
  return {text: lines.find(pick[key])!}
}
