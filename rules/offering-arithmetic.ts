/**
 * `offering-arithmetic`: the figures a financing release states agree with each other. One check per relation,
 * in the order of docs/rules/offering-arithmetic.md, each figure reported once; facts from src/model/offering-facts.ts.
 * Messages in the language of the words they are about (rules/messages/offering-arithmetic.ts), figures written as
 * the draft writes them.
 */
import {defineRule, slice, type Context} from '../src/core/rule.js'
import {Decimal, agrees, formatLike, restateLike} from '../src/model/numbers.js'
import type {Language, Span} from '../src/model/model.js'
import type {Lot, OfferingTerms, Figure} from '../src/model/offering.js'
import * as facts from '../src/model/offering-facts.js'
import {issuesOwnSecurities} from '../src/model/release.js'
import {OFFERING_TEXTS} from './messages/offering-arithmetic.js'

/** What a check reads (the release, its terms, its sold lots) and reports (each figure once, by where it starts). */
interface Check {
  context: Context<unknown>
  terms: OfferingTerms
  lots: Lot[]
  reported: Set<number>
  /** The language of a figure's words, and the figure as the draft writes it. */
  language(figure: Figure): Language
  written(figure: Span): string
  /** Report `place`; `fixes`: each figure that may be wrong with the value that would fix it (or its text). */
  report(
    place: Figure,
    fixes: Array<{figure: Figure; value: Decimal | string; which?: string}>,
    reason: string,
    why: string,
    debt?: boolean
  ): void
}

const remarkLintOfferingArithmetic = defineRule({id: 'offering-arithmetic'}, (context) => {
  const {model} = context
  if (!issuesOwnSecurities(model.release)) return
  const terms = model.offering
  const reported = new Set<number>()
  const language = (figure: Figure) => model.language.of(figure.sentence.block)
  const written = (span: Span) => slice(model, span)
  const report: Check['report'] = (place, fixes, reason, why, debt) => {
    if (fixes.some(({figure}) => reported.has(figure.start))) return
    for (const {figure} of fixes) reported.add(figure.start)
    const lang = language(place)
    const words = OFFERING_TEXTS[lang]
    const texts = fixes.map(({figure, value}) =>
      typeof value === 'string' ? value : formatLike(written(figure), value, lang)
    )
    // Several figures of one sentence may be the wrong one: the message spans them, and `expected` holds the
    // sentence's words with each fix in turn (the likeliest first), as an editor offers them. Otherwise it replaces this figure.
    const together = fixes.length > 1 && fixes.every(({figure}) => figure.sentence === place.sentence)
    const span = together
      ? {
          start: Math.min(place.start, ...fixes.map(({figure}) => figure.start)),
          end: Math.max(place.end, ...fixes.map(({figure}) => figure.end))
        }
      : place
    const expected = together
      ? texts.map((text, i) => {
          const {figure} = fixes[i]
          return written({start: span.start, end: figure.start}) + text + written({start: figure.end, end: span.end})
        })
      : texts[0]
    const all = texts.map((text, i) => `${text} (${fixes[i].which ?? ''})`).join(` ${words.or} `)
    const several = fixes.length > 1
    // Whichever figure is wrong: the computed one is a suggestion, never applied by --fix.
    context.report({
      reason: words.reason(reason, several ? all : texts[0]),
      place: span,
      note: words.note(why, several ? words.either(all) : words.fix(texts[0]), debt),
      expected,
      actual: written(span),
      suggestion: true
    })
  }
  const lots = terms.lots.filter((lot) => !lot.compensation)
  const check: Check = {context, terms, lots, reported, language, written, report}
  for (const relation of [restatements, lotProceeds, statedSums, warrantTotals, feeAmounts]) relation(check)
})

export default remarkLintOfferingArithmetic

/** A figure and its restatement in the other notation agree ("fifteen cents ($0.15)"); the lot tells which is wrong. */
function restatements({terms, lots, language, written, report}: Check): void {
  for (const figure of terms.misstated) {
    const {wrong, value} = facts.wrongNotation(figure, lots)
    const lang = language(figure)
    const expected = restateLike(written(wrong), value, lang)
    const why = OFFERING_TEXTS[lang].restatedAs(written(figure), written(figure.restated!))
    const place = {...figure, ...wrong}
    if (expected) report(place, [{figure: place, value: expected}], OFFERING_TEXTS[lang].restatement, why)
  }
}

/** count × price = proceeds, per lot (one without a price takes the one price of its class); blame the unbacked figure. */
function lotProceeds({context: {model}, terms, lots, reported, language, written, report}: Check): void {
  const of = (sentence: Figure['sentence']) => model.language.of(sentence.block)
  for (const lot of lots) {
    const price = facts.priceOf(lot, lots)
    const proceeds = lot.proceeds
    if (!price || !proceeds || [lot.count, price, proceeds].some((figure) => reported.has(figure.start))) continue
    const computed = lot.count.value.times(price.value)
    if (agrees(computed, proceeds, lot.hedged || proceeds.rounded, facts.roundedToThousand(proceeds))) continue
    const lang = language(proceeds)
    const words = OFFERING_TEXTS[lang]
    const is = formatLike(written(proceeds), computed, lang)
    const why = words.product(written(lot.count), written(price), is, written(proceeds))
    // Fixes within the lot's sentence: a price stated elsewhere is fixed there.
    const fixes = facts
      .fixesOf(model.sentences, terms, lot, price, of)
      .filter((fix, i) => i === 0 || fix.figure.sentence === lot.sentence)
    const [first] = fixes
    // Shares for debt: the amount is the debt settled at a deemed price, not proceeds.
    const debt = lot.forDebt === true
    const which = debt ? words.whichDebt : words.which
    const shown = fixes.map((fix) => ({figure: fix.figure, value: fix.expected, which: which[fix.which]}))
    report(first.figure, shown, (debt ? words.disagreesDebt : words.disagrees)[first.which], why, debt)
  }
}

/** Stated totals are the sum of their parts: a paragraph's lots, the tranches, earlier tranches and this one. */
function statedSums({terms, lots, reported, language, written, report}: Check): void {
  for (const stated of facts.statedSums(terms, lots)) {
    // A total or a part already found wrong explains the sum.
    if ([stated.total, ...stated.parts].some((figure) => reported.has(figure.start))) continue
    if (agrees(stated.sum, stated.total, stated.hedged, new Decimal(stated.count))) continue
    const lang = language(stated.total)
    const words = OFFERING_TEXTS[lang]
    const parts = {
      paragraph: words.paragraph,
      tranches: words.tranches(stated.labels),
      earlier: words.earlier(stated.parts.map((part) => written(part)).join(' + '))
    }[stated.of]
    const why = words.addUp(parts, formatLike(written(stated.total), stated.sum, lang))
    report(stated.total, [{figure: stated.total, value: stated.sum}], words.sum(stated.of !== 'paragraph'), why)
  }
}

/** Warrants issued = units × warrants per unit (a count already found wrong explains the warrants too). */
function warrantTotals({terms, lots, reported, language, written, report}: Check): void {
  for (const total of terms.warrantTotals) {
    const units = facts.unitsOfWarrants(terms, total, lots)
    if (!units || reported.has(units.count.start)) continue
    const coverage = facts.coverageOf(terms, units.security)!
    const computed = units.count.value.times(coverage).floor()
    if (total.value.minus(computed).abs().lte(1)) continue
    const lang = language(total)
    const words = OFFERING_TEXTS[lang]
    const why = words.coverage(
      written(units.count),
      words.per(coverage.toString(), units.security),
      formatLike(written(total), computed, lang)
    )
    report(total, [{figure: total, value: computed}], words.warrants, why)
  }
}

/** A finder's or agent's percentage of the gross proceeds or of the securities sold gives the amount beside it. */
function feeAmounts({terms, lots, reported, language, written, report}: Check): void {
  const totals = facts.offeringTotals(terms, lots)
  // Proceeds already found wrong explain a fee counted on them.
  const wrongProceeds = lots.some((lot) => lot.proceeds && reported.has(lot.proceeds.start))
  // Aggregate proceeds already found wrong: the fee is counted on the sum found instead, and reported only if it
  // agrees with neither (the lawyer may correct the aggregate or its parts).
  const found = facts
    .statedSums(terms, lots)
    .find((s) => reported.has(s.total.start) && totals.proceeds?.equals(s.total.value))
  for (const fee of terms.fees) {
    if (fee.base === 'proceeds' && wrongProceeds) continue
    const percent = written(fee.percent)
    // A fee of a named part ("of the LIFE Offering") is counted on that part's proceeds.
    const base = facts.feeTotals(fee, lots, totals)
    if (!base) continue
    const onStated = facts.feeAmount(fee, base, percent)
    const gives =
      fee.base === 'proceeds' && found && !fee.of
        ? facts.feeAmount(fee, {...base, proceeds: found.sum}, percent)
        : onStated
    if (!gives || gives.agrees || onStated?.agrees) continue
    const lang = language(fee.amount)
    const words = OFFERING_TEXTS[lang]
    const amount = written(fee.amount)
    const proceeds = fee.base === 'proceeds'
    const why = words.feeOf(
      percent,
      proceeds,
      formatLike(amount, gives.base, lang),
      formatLike(amount, gives.computed, lang)
    )
    report(fee.amount, [{figure: fee.amount, value: gives.computed}], words.fee(fee.kind === 'cash', percent), why)
  }
}
