/**
 * `offering-arithmetic`: the figures a financing release states agree with
 * each other — count × price = proceeds (per class, per tranche), lots add up
 * to the stated aggregate, warrants = units × coverage, and a stated
 * finder's or agent's percentage gives the amount stated beside it.
 * See docs/rules/offering-arithmetic.md.
 */
import type {Model} from '../src/model/model.js'
import {offsetAt} from '../src/model/text.js'
import {Decimal, agrees, findMoney, formatLike} from '../src/model/numbers.js'
import type {Figure, Lot, Money} from '../src/model/offering.js'
import {defineRule, slice, type Context} from '../src/core/rule.js'

const CITATION =
  'TSX-V Policy 4.1 (terms of the offering, the amount of the closing) and NI 51-102 (a misstated figure is a misrepresentation)'

const remarkLintOfferingArithmetic = defineRule({id: 'offering-arithmetic'}, (context) => {
  const {model} = context
  if (!model.topics.offering) return
  const terms = model.offering
  const lots = terms.lots.filter((lot) => !lot.compensation)
  const reported = new Set<Figure>()
  const report = (figure: Figure, computed: Decimal, reason: string, why: string) => {
    if (reported.has(figure)) return
    reported.add(figure)
    const written = slice(model, figure)
    const expected = formatLike(written, computed)
    context.report({
      reason: `${reason}: expected ${expected}`,
      place: figure,
      note: `${CITATION}: ${why} Correct whichever figure is wrong; if it is this one, it should read ${expected}.`,
      expected,
      actual: written
    })
  }

  // count × price = proceeds, per lot.
  for (const lot of lots) {
    const price = lot.price ?? uniquePrice(lots, lot.security)
    if (!price || !lot.proceeds) continue
    const computed = lot.count.value.times(price.value)
    const hedged = lot.hedged || lot.proceeds.rounded
    if (agrees(computed, lot.proceeds, hedged)) continue
    blame(context, lot, price, computed, report)
  }

  // Lots in a paragraph add up to the aggregate stated there.
  for (const aggregate of terms.aggregates) {
    if (/\b(?:minimum|maximum|over-?allotment|over-?subscription)\b/.test(aggregate.sentence.norm.text)) continue
    const block = aggregate.sentence.block
    const together = distinct(lots.filter((lot) => lot.sentence.block === block && lot.proceeds !== aggregate))
    if (together.length < 2) continue
    if (together.some((lot) => /\b(?:minimum|maximum|over-?allotment|over-?subscription|insiders?|directors?|officers?)\b/.test(lot.sentence.norm.text))) continue
    let sum = new Decimal(0)
    let complete = true
    for (const lot of together) {
      const amount = proceedsOf(lot, lots)
      if (!amount) complete = false
      else sum = sum.plus(amount)
    }
    if (!complete) continue
    const hedged = aggregate.rounded || together.some((lot) => lot.hedged) || /\b(?:approximately|about|up to)\b/.test(aggregate.sentence.norm.text)
    if (agrees(sum, aggregate, hedged, new Decimal(together.length))) continue
    report(
      aggregate,
      sum,
      'Unexpected aggregate proceeds that differ from the sum of the lots',
      `the lots stated in this paragraph add up to ${formatLike('$1', sum)}.`
    )
  }

  // Tranches add up to the aggregate the release states for them ("… in aggregate, across both tranches").
  const tranches = distinctTranches(lots)
  if (tranches.length >= 2) {
    for (const aggregate of terms.aggregates) {
      if (reported.has(aggregate) || !/\btranches\b|\bin (?:the )?aggregate\b|\btotal\b/.test(aggregate.sentence.norm.text)) continue
      // Only an aggregate stated apart from the tranches' own sentences.
      if (tranches.some((lot) => lot.sentence === aggregate.sentence)) continue
      let sum = new Decimal(0)
      for (const lot of tranches) sum = sum.plus(lot.proceeds!.value)
      const hedged = aggregate.rounded || tranches.some((lot) => lot.hedged)
      if (agrees(sum, aggregate, hedged, new Decimal(tranches.length))) continue
      report(
        aggregate,
        sum,
        'Unexpected aggregate proceeds that differ from the sum of the tranches',
        `the ${tranches.map((lot) => `${lot.tranche} tranche`).join(' and ')} add up to ${formatLike('$1', sum)}.`
      )
    }
  }

  // Warrants issued = units × warrants per unit.
  for (const total of terms.warrantTotals) {
    const block = total.sentence.block
    // The units of its own paragraph, else the one lot of units the release states.
    let units = distinct(lots.filter((lot) => lot.sentence.block === block && coverageOf(model, lot.security)))
    if (units.length === 0) units = distinct(lots.filter((lot) => coverageOf(model, lot.security)))
    if (units.length !== 1) continue
    // A count already found wrong explains the warrants too.
    if (reported.has(units[0].count)) continue
    const coverage = coverageOf(model, units[0].security)!
    const computed = units[0].count.value.times(coverage).floor()
    if (total.value.minus(computed).abs().lte(1)) continue
    report(
      total,
      computed,
      'Unexpected number of warrants for the units issued',
      `${slice(model, units[0].count)} at ${coverage.toString()} warrant per ${units[0].security.replace(/s$/, '')} give ${computed.toString()} warrants.`
    )
  }

  // A stated percentage gives the amount beside it.
  const totals = offeringTotals(model, lots)
  for (const fee of terms.fees) {
    const base = fee.base === 'proceeds' ? totals.proceeds : totals.count
    if (!base) continue
    const computed = base.times(fee.percent.value).div(100)
    // "7%" is exact; "4.6%" is rounded to a tenth of a percent.
    const written = slice(model, fee.percent)
    const slack = /\d\.\d/.test(written) ? base.times(fee.percent.tolerance).div(100) : new Decimal(0)
    const difference = fee.amount.value.minus(computed).abs().minus(slack)
    const ok =
      fee.base === 'proceeds'
        ? difference.lte(0) || agrees(computed, {value: fee.amount.value, tolerance: fee.amount.tolerance.plus(slack)}, totals.hedged)
        : difference.lte(Decimal.max(1, totals.hedged ? computed.times(0.005) : 0))
    if (ok) continue
    report(
      fee.amount,
      fee.base === 'proceeds' ? computed : computed.round(),
      `Unexpected ${fee.kind === 'cash' ? 'fee' : 'number of securities'} for the stated ${slice(model, fee.percent)}`,
      `${slice(model, fee.percent)} of ${fee.base === 'proceeds' ? 'the gross proceeds' : 'the securities sold'} (${base.toString()}) is ${fee.base === 'proceeds' ? computed.toFixed(2) : computed.round().toString()}.`
    )
  }
})

export default remarkLintOfferingArithmetic

type Report = (figure: Figure, computed: Decimal, reason: string, why: string) => void

/**
 * Which of count, price and proceeds disagrees: the one no other statement in
 * the release backs up. A figure stated again elsewhere (a headline, a
 * warrant total that fits the count) is taken as right; with nothing to go
 * on, the proceeds are the figure derived from the other two.
 */
function blame(context: Context<unknown>, lot: Lot, price: Money, computed: Decimal, report: Report): void {
  const {model} = context
  const proceeds = lot.proceeds!
  const proceedsBacked = restated(model, proceeds)
  const countBacked = restated(model, lot.count) || warrantsFit(model, lot)
  const priceBacked = restated(model, price)
  const why = `${slice(model, lot.count)} × ${slice(model, price)} = ${computed.toString()}, not ${proceeds.value.toString()}.`
  if (proceedsBacked && countBacked && lot.price) {
    report(price, proceeds.value.div(lot.count.value), 'Unexpected price that does not agree with the count and the proceeds', why)
  } else if (proceedsBacked && (priceBacked || !countBacked)) {
    report(lot.count, proceeds.value.div(price.value).round(), 'Unexpected count that does not agree with the price and the proceeds', why)
  } else {
    report(proceeds, computed, 'Unexpected proceeds that do not agree with the count and the price', why)
  }
}

/** Whether the same value is stated elsewhere in the release (as money for money, as a count for a count). */
function restated(model: Model, figure: Figure | Money): boolean {
  if ('currency' in figure) {
    return model.sentences.some((sentence) =>
      findMoney(sentence.norm.text).some(
        (m) => m.value.equals(figure.value) && offsetAt(sentence.norm, m.index) !== figure.start
      )
    )
  }
  return model.offering.lots.some((lot) => lot.count.start !== figure.start && lot.count.value.equals(figure.value))
}

/** Whether a stated warrant total fits this lot's count. */
function warrantsFit(model: Model, lot: Lot): boolean {
  const coverage = coverageOf(model, lot.security)
  if (!coverage) return false
  const expected = lot.count.value.times(coverage).floor()
  return model.offering.warrantTotals.some((total) => total.value.minus(expected).abs().lte(1))
}

function coverageOf(model: Model, security: string): Decimal | undefined {
  const found = model.offering.coverage.filter((c) => c.security === security)
  return found.length > 0 && found.every((c) => c.fraction.equals(found[0].fraction)) ? found[0].fraction : undefined
}

/** The one price the release states for a class, if it states exactly one. */
function uniquePrice(lots: Lot[], security: string): Money | undefined {
  const prices = lots.filter((lot) => lot.security === security && lot.price).map((lot) => lot.price!)
  return prices.length > 0 && prices.every((p) => p.value.equals(prices[0].value)) ? prices[0] : undefined
}

/** One lot with stated proceeds per tranche label, when each label has exactly one. */
function distinctTranches(lots: Lot[]): Lot[] {
  const byLabel = new Map<string, Lot[]>()
  for (const lot of distinct(lots)) {
    if (!lot.tranche || !lot.proceeds) continue
    byLabel.set(lot.tranche, [...(byLabel.get(lot.tranche) ?? []), lot])
  }
  if ([...byLabel.values()].some((list) => list.length !== 1)) return []
  return [...byLabel.values()].map((list) => list[0])
}

/** A lot's proceeds as stated, else its count × its price (or the one price of its class). */
function proceedsOf(lot: Lot, lots: Lot[]): Decimal | undefined {
  if (lot.proceeds) return lot.proceeds.value
  const price = lot.price ?? uniquePrice(lots, lot.security)
  return price ? lot.count.value.times(price.value) : undefined
}

/** Lots stated more than once (the same count of the same class) count once. */
function distinct(lots: Lot[]): Lot[] {
  const seen = new Set<string>()
  return lots.filter((lot) => {
    const key = `${lot.security}:${lot.count.value.toString()}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** What a fee percentage is of: the offering's gross proceeds and securities, when the release makes them unambiguous. */
function offeringTotals(model: Model, lots: Lot[]): {proceeds?: Decimal; count?: Decimal; hedged: boolean} {
  const aggregates = model.offering.aggregates
  const unique = distinct(lots.filter((lot) => !/\b(?:insiders?|directors?|officers?|minimum|maximum)\b/.test(lot.sentence.norm.text)))
  const hedged = unique.some((lot) => lot.hedged)
  if (unique.length === 1) {
    const [lot] = unique
    return {proceeds: proceedsOf(lot, lots), count: lot.count.value, hedged}
  }
  if (aggregates.length > 0 && aggregates.every((a) => a.value.equals(aggregates[0].value))) {
    return {proceeds: aggregates[0].value, hedged: hedged || aggregates[0].rounded}
  }
  return {hedged}
}
