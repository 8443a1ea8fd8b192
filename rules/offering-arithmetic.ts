/**
 * `offering-arithmetic`: the figures a financing release states agree with each other. One check per relation,
 * in the order of docs/rules/offering-arithmetic.md, each figure reported once; facts from src/model/offering-facts.ts.
 */
import {defineRule, slice, type Context} from '../src/core/rule.js'
import {Decimal, agrees, formatLike, restateLike} from '../src/model/numbers.js'
import type {Lot, OfferingTerms} from '../src/model/offering.js'
import type {Span} from '../src/model/text.js'
import * as facts from '../src/model/offering-facts.js'
import {issuesOwnSecurities} from '../src/model/release.js'

const CITATION =
  'TSX-V Policy 4.1 (terms of the offering, the amount of the closing) and NI 51-102 (a misstated figure is a misrepresentation)'

const DISAGREES = {
  price: 'Unexpected price that does not agree with the count and the proceeds',
  count: 'Unexpected count that does not agree with the price and the proceeds',
  proceeds: 'Unexpected proceeds that do not agree with the count and the price'
}

/** What a check reads (the release, its terms, its sold lots) and reports (each figure once, by where it starts). */
interface Check {
  context: Context<unknown>
  terms: OfferingTerms
  lots: Lot[]
  reported: Set<number>
  /** Report `place`, `computed` written as the figure is written (or the fixing text itself). */
  report(place: Span, computed: Decimal | string, reason: string, why: string): void
}

const remarkLintOfferingArithmetic = defineRule({id: 'offering-arithmetic'}, (context) => {
  if (!issuesOwnSecurities(context.model.release)) return
  const terms = context.model.offering
  const reported = new Set<number>()
  const report: Check['report'] = (place, computed, reason, why) => {
    if (reported.has(place.start)) return
    reported.add(place.start)
    const written = slice(context.model, place)
    const expected = typeof computed === 'string' ? computed : formatLike(written, computed)
    const note = `${CITATION}: ${why} Correct whichever figure is wrong; if it is this one, it should read ${expected}.`
    // Whichever figure is wrong: the computed one is a suggestion, never applied by --fix.
    context.report({
      reason: `${reason}: expected ${expected}`,
      place,
      note,
      expected,
      actual: written,
      suggestion: true
    })
  }
  const check: Check = {context, terms, lots: terms.lots.filter((lot) => !lot.compensation), reported, report}
  for (const relation of [restatements, lotProceeds, statedSums, warrantTotals, feeAmounts]) relation(check)
})

export default remarkLintOfferingArithmetic

/** A figure and its restatement in the other notation agree ("fifteen cents ($0.15)"); the lot tells which is wrong. */
function restatements({context: {model}, terms, lots, report}: Check): void {
  for (const figure of terms.misstated) {
    const {wrong, value} = facts.wrongNotation(figure, lots)
    const expected = restateLike(slice(model, wrong), value)
    const why = `${slice(model, figure)} is restated as ${slice(model, figure.restated!)}.`
    if (expected) report(wrong, expected, 'Unexpected figure that differs from its restatement', why)
  }
}

/** count × price = proceeds, per lot (one without a price takes the one price of its class); blame the unbacked figure. */
function lotProceeds({context: {model}, terms, lots, reported, report}: Check): void {
  for (const lot of lots) {
    const price = facts.priceOf(lot, lots)
    const proceeds = lot.proceeds
    if (!price || !proceeds || [lot.count, price, proceeds].some((figure) => reported.has(figure.start))) continue
    const computed = lot.count.value.times(price.value)
    if (agrees(computed, proceeds, lot.hedged || proceeds.rounded)) continue
    const why = `${slice(model, lot.count)} × ${slice(model, price)} = ${computed.toString()}, not ${proceeds.value.toString()}.`
    const wrong = facts.unbacked(model.sentences, terms, lot, price)
    report(wrong.figure, wrong.expected, DISAGREES[wrong.which], why)
  }
}

/** Stated totals are the sum of their parts: a paragraph's lots, the tranches, earlier tranches and this one. */
function statedSums({context: {model}, terms, lots, reported, report}: Check): void {
  for (const stated of facts.statedSums(terms, lots)) {
    // A total or a part already found wrong explains the sum.
    if ([stated.total, ...stated.parts].some((figure) => reported.has(figure.start))) continue
    if (agrees(stated.sum, stated.total, stated.hedged, new Decimal(stated.count))) continue
    const parts = {
      paragraph: 'the lots stated in this paragraph',
      tranches: `the ${stated.labels.map((label) => `${label} tranche`).join(' and ')}`,
      earlier: `the earlier tranches and this one, ${stated.parts.map((part) => slice(model, part)).join(' + ')},`
    }[stated.of]
    const reason = `Unexpected aggregate proceeds that differ from the sum of the ${stated.of === 'paragraph' ? 'lots' : 'tranches'}`
    report(stated.total, stated.sum, reason, `${parts} add up to ${formatLike('$1', stated.sum)}.`)
  }
}

/** Warrants issued = units × warrants per unit (a count already found wrong explains the warrants too). */
function warrantTotals({context: {model}, terms, lots, reported, report}: Check): void {
  for (const total of terms.warrantTotals) {
    const units = facts.unitsOfWarrants(terms, total, lots)
    if (!units || reported.has(units.count.start)) continue
    const coverage = facts.coverageOf(terms, units.security)!
    const computed = units.count.value.times(coverage).floor()
    if (total.value.minus(computed).abs().lte(1)) continue
    const per = `${coverage.toString()} warrant per ${units.security.replace(/s$/, '')}`
    const why = `${slice(model, units.count)} at ${per} give ${computed.toString()} warrants.`
    report(total, computed, 'Unexpected number of warrants for the units issued', why)
  }
}

/** A finder's or agent's percentage of the gross proceeds or of the securities sold gives the amount beside it. */
function feeAmounts({context: {model}, terms, lots, report}: Check): void {
  const totals = facts.offeringTotals(terms, lots)
  for (const fee of terms.fees) {
    const percent = slice(model, fee.percent)
    const gives = facts.feeAmount(fee, totals, percent)
    if (!gives || gives.agrees) continue
    const proceeds = fee.base === 'proceeds'
    const [of, exact] = proceeds
      ? ['the gross proceeds', gives.computed.toFixed(2)]
      : ['the securities sold', gives.computed.toString()]
    const reason = `Unexpected ${fee.kind === 'cash' ? 'fee' : 'number of securities'} for the stated ${percent}`
    report(fee.amount, gives.computed, reason, `${percent} of ${of} (${gives.base.toString()}) is ${exact}.`)
  }
}
