/**
 * The figures of a financing that do not agree with each other, one relation at a time in the order of
 * docs/rules/offering-arithmetic.md: a figure and its restatement in the other notation, count × price =
 * proceeds per lot, stated totals and their parts, warrants issued and the units' coverage, a fee's
 * percentage and its amount, an option's share of the offering and the total if it is exercised. Each
 * figure is in at most one disagreement: one found wrong explains the relations read after it. Facts from
 * offering-facts.ts and offering-option.ts; the rule words them.
 */
import {Decimal, agrees, restateLike, type NumberLanguage} from './numbers.js'
import * as facts from './offering-facts.js'
import {offeringBase, optionAdds, optionTotalHedged, theOption} from './offering-option.js'
import type {Fee, Figure, Lot, Money, OfferingTerms, OptionTerms} from './offering-types.js'
import type {Sentence} from './document.js'
import type {Span} from './text.js'

/** A figure that may be the wrong one, the value (or text) that would fix it, and which of its lot it is. */
export interface FigureFix {
  figure: Figure
  value: Decimal | string
  which?: facts.Unbacked['which']
}

interface Found<Relation extends string> {
  relation: Relation
  /** Where the disagreement is reported: the figure found wrong. */
  place: Figure
  /** The figures that may be wrong, the likeliest first. */
  fixes: FigureFix[]
}

/** A disagreement among a financing's figures, with what its message tells. */
export type Disagreement =
  | (Found<'restatement'> & {figure: Figure})
  | (Found<'proceeds'> & {lot: Lot; price: Money; computed: Decimal; debt: boolean; which: facts.Unbacked['which']})
  | (Found<'sum'> & {stated: facts.StatedSum})
  | (Found<'warrants'> & {units: Array<{lot: Lot; coverage: Decimal}>; computed: Decimal})
  | (Found<'fee'> & {fee: Fee; gives: facts.FeeAmount})
  | (Found<'option'> & {option: OptionTerms; base: Decimal; adds?: Decimal; computed: Decimal})

/** How the checks read the draft: the language of a sentence's words, and a span as written. */
export interface Reading {
  language(sentence: Sentence): NumberLanguage
  written(span: Span): string
}

/** The disagreements among the figures of `terms` (the release's financing terms), in the order they are told. */
export function disagreements(terms: OfferingTerms, sentences: Sentence[], reading: Reading): Disagreement[] {
  const found: Disagreement[] = []
  const reported = new Set<number>()
  const add = (disagreement: Disagreement) => {
    if (disagreement.fixes.some(({figure}) => reported.has(figure.start))) return
    for (const {figure} of disagreement.fixes) reported.add(figure.start)
    found.push(disagreement)
  }
  const lots = terms.lots.filter((lot) => !lot.compensation)
  const {language, written} = reading

  // A figure and its restatement in the other notation ("fifteen cents ($0.15)"); the lot tells which is wrong.
  for (const figure of terms.misstated) {
    const {wrong, value} = facts.wrongNotation(figure, lots)
    const expected = restateLike(written(wrong), value, language(figure.sentence))
    const place = {...figure, ...wrong}
    if (expected) add({relation: 'restatement', place, fixes: [{figure: place, value: expected}], figure})
  }

  // count × price = proceeds, per lot (one without a price takes the one price of its class).
  for (const lot of lots) {
    const price = facts.priceOf(lot, lots)
    const proceeds = lot.proceeds
    if (!price || !proceeds || [lot.count, price, proceeds].some((figure) => reported.has(figure.start))) continue
    const computed = lot.count.value.times(price.value)
    if (agrees(computed, proceeds, lot.hedged || proceeds.rounded, facts.roundedToThousand(proceeds))) continue
    // Fixes within the lot's sentence: a price stated elsewhere is fixed there.
    const fixes = facts
      .fixesOf(sentences, terms, lot, price, language)
      .filter((fix, i) => i === 0 || fix.figure.sentence === lot.sentence)
    const [first] = fixes
    add({
      relation: 'proceeds',
      place: first.figure,
      fixes: fixes.map((fix) => ({figure: fix.figure, value: fix.expected, which: fix.which})),
      lot,
      price,
      computed,
      // Shares for debt: the amount is the debt settled at a deemed price, not proceeds.
      debt: lot.forDebt === true,
      which: first.which
    })
  }

  // Stated totals are the sum of their parts: a paragraph's lots, the tranches, earlier tranches and this one.
  for (const stated of facts.statedSums(terms, lots)) {
    // A total or a part already found wrong explains the sum.
    if ([stated.total, ...stated.parts].some((figure) => reported.has(figure.start))) continue
    if (agrees(stated.sum, stated.total, stated.hedged, new Decimal(stated.count))) continue
    add({relation: 'sum', place: stated.total, fixes: [{figure: stated.total, value: stated.sum}], stated})
  }

  // Warrants issued = units × warrants per unit (a count already found wrong explains the warrants too).
  for (const total of terms.warrantTotals) {
    const lotsOf = facts.unitsOfWarrants(terms, total, lots)
    if (!lotsOf || lotsOf.some((lot) => reported.has(lot.count.start))) continue
    const units = lotsOf.map((lot) => ({lot, coverage: facts.coverageOf(terms, lot.security)!}))
    const computed = units.reduce(
      (sum, {lot, coverage}) => sum.plus(lot.count.value.times(coverage).floor()),
      new Decimal(0)
    )
    if (total.value.minus(computed).abs().lte(units.length)) continue
    add({relation: 'warrants', place: total, fixes: [{figure: total, value: computed}], units, computed})
  }

  // A finder's or agent's percentage of the gross proceeds or of the securities sold gives the amount beside it.
  const totals = facts.offeringTotals(terms, lots)
  // Proceeds already found wrong explain a fee counted on them.
  const wrongProceeds = lots.some((lot) => lot.proceeds && reported.has(lot.proceeds.start))
  // Aggregate proceeds already found wrong: the fee is counted on the sum found instead, and reported only if it
  // agrees with neither (the lawyer may correct the aggregate or its parts).
  const wrongSum = facts
    .statedSums(terms, lots)
    .find((s) => reported.has(s.total.start) && totals.proceeds?.equals(s.total.value))
  // An option leaves the offering's size open: a fee of the gross proceeds runs from the offering's own to those with
  // the option exercised in full (its securities counted as an option's, not as a lot of the offering).
  const theOne = theOption(terms.options)
  const optionBase = theOne && offeringBase(terms, lots)
  const optionAdded = theOne && optionBase && optionAdds(theOne, lots, optionBase)
  for (const fee of terms.fees) {
    if (fee.base === 'proceeds' && wrongProceeds && !fee.stated) continue
    const percent = written(fee.percent)
    // A fee of a named part ("of the LIFE Offering") is counted on that part's proceeds.
    let base = facts.feeTotals(fee, lots, totals)
    const open = fee.base === 'proceeds' && !fee.of && !fee.stated && optionBase && optionAdded ? optionBase : undefined
    if (open && !base?.proceeds) base = {proceeds: open, hedged: totals.hedged}
    if (!base) continue
    const onStated = facts.feeAmount(fee, base, percent)
    const gives =
      fee.base === 'proceeds' && wrongSum && !fee.of && !fee.stated
        ? facts.feeAmount(fee, {...base, proceeds: wrongSum.sum}, percent)
        : onStated
    if (!gives || gives.agrees || onStated?.agrees) continue
    if (open && onStated && base.proceeds?.equals(open)) {
      const full = facts.feeAmount(fee, {...base, proceeds: open.plus(optionAdded!)}, percent)
      const amount = fee.amount.value
      if (full && (full.agrees || (amount.gte(onStated.computed) && amount.lte(full.computed)))) continue
    }
    add({relation: 'fee', place: fee.amount, fixes: [{figure: fee.amount, value: gives.computed}], fee, gives})
  }

  // An option's additional proceeds are its percentage of the offering; its total is the offering's and its own.
  const base = terms.options.length > 0 ? offeringBase(terms, lots) : undefined
  const option = base && theOption(terms.options)
  for (const {additional, total} of option ? terms.options : []) {
    const {percent} = option!
    if (additional && percent && !reported.has(additional.start)) {
      const computed = base!.times(percent.value).div(100)
      const fixes = [{figure: additional, value: computed}]
      if (!agrees(computed, additional, true, facts.roundedToThousand(additional)))
        add({relation: 'option', place: additional, fixes, option: option!, base: base!, computed})
    }
    const adds = optionAdds(option!, lots, base!)
    if (!total || !adds || reported.has(total.start) || (option!.additional && reported.has(option!.additional.start)))
      continue
    const computed = base!.plus(adds)
    const hedged = optionTotalHedged(terms, lots, option!, total)
    if (agrees(computed, total, hedged, facts.roundedToThousand(total))) continue
    add({
      relation: 'option',
      place: total,
      fixes: [{figure: total, value: computed}],
      option: option!,
      base: base!,
      adds,
      computed
    })
  }
  return found
}
