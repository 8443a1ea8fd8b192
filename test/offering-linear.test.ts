/**
 * The financing terms are read in linear time: adversarial drafts (a run of
 * words a pattern could read two ways, a long run of digit groups, many
 * amounts and counts in one sentence) finish in milliseconds. Each of these
 * took seconds, or never ended, before the patterns were bounded.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {Decimal, findMoney, findPercents, formatLike} from '../src/model/numbers.js'
import type {OfferingTerms} from '../src/model/offering.js'
import {expectLinearWork, regexWork} from './work.js'

/** The terms of `value`. */
function timed(value: string): {terms: OfferingTerms} {
  const model = buildModel(unified().use(remarkParse).parse(value), value)
  return {terms: model.offering}
}

describe('linear time on adversarial input', () => {
  // Counted, not timed (test/work.ts); that no pattern backtracks more than linearly is proven by analysis
  // (test/regex-backtracking.test.ts).
  it.each([
    [
      'a unit composition read two ways ("common share" × n)',
      (n: number) => 'Each unit and one ' + 'common share '.repeat(n) + 'x',
      40
    ],
    [
      'a run of "expir" in a warrant sentence',
      (n: number) => 'The warrants are exercisable ' + 'expir'.repeat(n),
      2000
    ],
    ['a run of "expir" in a hold sentence', (n: number) => 'The hold period ' + 'expir'.repeat(n), 2000],
    [
      'percentages and amounts in one sentence',
      (n: number) => 'finder $1 per unit '.repeat(n) + '7% of the gross proceeds '.repeat(n),
      200
    ]
  ])('%s: the work grows linearly', (_, make, n) => {
    expectLinearWork(make, (value) => timed(value).terms, n)
  })

  // Where each step does real work, the work grows with the input: ten times the input, about ten times the
  // characters the patterns run over (a hundred times, were it quadratic). Counted, not timed: a busy machine
  // changes nothing. The bound (twenty times) leaves room for a constant cost; quadratic growth fails it five times over.
  it.each([
    ['"each unit" repeated without a period', (n: number) => 'Each unit and one '.repeat(n)],
    ['lots in one sentence', (n: number) => '1,000 units at $1 per unit '.repeat(n)]
  ])('%s: the work grows linearly', (_, make) => {
    const work = (n: number) => regexWork(() => timed(make(n)))
    const small = work(500)
    expect(small).toBeGreaterThan(500)
    expect(work(5000)).toBeLessThan(20 * small)
  })

  it('the count of work tells quadratic from linear', () => {
    // A pattern run again from each tenth place: ten times the input, about a hundred times the work.
    const quadratic = (n: number) =>
      regexWork(() => {
        const text = 'x'.repeat(n)
        for (let at = 0; at < n; at += 10) /y/.exec(text.slice(at))
      })
    expect(quadratic(5000)).toBeGreaterThan(50 * quadratic(500))
  })

  it('expectLinearWork fails a reading that is quadratic, and passes one that is linear', () => {
    const fromEachTenth = (text: string) => {
      for (let at = 0; at < text.length; at += 10) /y/.exec(text.slice(at))
    }
    expect(() => expectLinearWork((n) => 'x'.repeat(n), fromEachTenth, 500)).toThrow()
    expect(() =>
      expectLinearWork(
        (n) => 'x'.repeat(n),
        (text) => /y/.exec(text),
        500
      )
    ).not.toThrow()
  })

  it('reads a 100 KB run of thousands groups once', () => {
    // A percentage or an amount in cents may start after any comma: each start reads at most a few groups.
    const run = (n: number) => '1' + ',000'.repeat(n)
    expect(findPercents(run(25_000) + ' finder')).toEqual([])
    expect(findMoney(run(25_000) + ' cents')).toHaveLength(1)
    expectLinearWork(run, (value) => [findPercents(value + ' finder'), findMoney(value + ' cents')], 2500)
  })

  it('writes a 50,000-digit value back in one pass', () => {
    const written = formatLike('1,000', new Decimal('1' + '0'.repeat(50_000)))
    expect(written).toBe('100' + ',000'.repeat(16_666))
    expectLinearWork(
      (n) => '1' + '0'.repeat(n),
      (digits) => formatLike('1,000', new Decimal(digits)),
      5000
    )
  })

  it('still reads the compositions and terms it bounds', () => {
    const {terms} = timed(
      'Each Unit consists of one common share and one-half of one common share purchase warrant. ' +
        'Each warrant entitles the holder to acquire one common share at $0.15 until expiry 24 months after closing. ' +
        'The securities are subject to a hold period expiring on July 4, 2026.\n'
    )
    expect(terms.coverage.map((c) => [c.security, c.fraction.toString()])).toEqual([['units', '0.5']])
    expect(terms.warrants.map((w) => [w.price?.value.toString(), w.term?.months])).toEqual([['0.15', 24]])
    expect(terms.holds.map((h) => h.expiry?.date.getFullYear())).toEqual([2026])
  })
})
