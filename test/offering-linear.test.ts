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
import {regexWork} from './work.js'

/** The terms of `value`, and how long extracting them took. */
function timed(value: string): {terms: OfferingTerms; ms: number} {
  const model = buildModel(unified().use(remarkParse).parse(value), value)
  const start = performance.now()
  const terms = model.offering
  return {terms, ms: performance.now() - start}
}

// Generous: each case takes a few milliseconds; before, from seconds to forever.
const BUDGET_MS = 1000

describe('linear time on adversarial input', () => {
  it.each([
    ['a unit composition read two ways ("common share" × 40)', 'Each unit and one ' + 'common share '.repeat(40) + 'x'],
    ['a 100 KB run of "expir" in a warrant sentence', 'The warrants are exercisable ' + 'expir'.repeat(20_000)],
    ['a 100 KB run of "expir" in a hold sentence', 'The hold period ' + 'expir'.repeat(20_000)],
    [
      '4,000 percentages and amounts in one sentence',
      'finder $1 per unit '.repeat(2000) + '7% of the gross proceeds '.repeat(2000)
    ]
  ])('%s', (_, value) => {
    expect(timed(value).ms).toBeLessThan(BUDGET_MS)
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

  it('reads a 100 KB run of thousands groups once', () => {
    // A percentage or an amount in cents may start after any comma: each start reads at most a few groups.
    const run = '1' + ',000'.repeat(25_000)
    const start = performance.now()
    expect(findPercents(run + ' finder')).toEqual([])
    expect(findMoney(run + ' cents')).toHaveLength(1)
    expect(performance.now() - start).toBeLessThan(BUDGET_MS)
  })

  it('writes a 50,000-digit value back in one pass', () => {
    const start = performance.now()
    const written = formatLike('1,000', new Decimal('1' + '0'.repeat(50_000)))
    expect(performance.now() - start).toBeLessThan(BUDGET_MS)
    expect(written).toBe('100' + ',000'.repeat(16_666))
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
