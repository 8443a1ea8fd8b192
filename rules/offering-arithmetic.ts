/**
 * `offering-arithmetic`: the figures a financing release states agree with each other. One check per relation,
 * in the order of docs/rules/offering-arithmetic.md, each figure reported once; facts from src/model/offering-facts.ts.
 * Messages in the language of the words they are about, figures written as the draft writes them.
 */
import {defineRule, slice, type Context} from '../src/core/rule.js'
import {Decimal, agrees, formatLike, restateLike} from '../src/model/numbers.js'
import type {Language, Span} from '../src/model/model.js'
import type {Lot, OfferingTerms, Figure} from '../src/model/offering.js'
import * as facts from '../src/model/offering-facts.js'
import {issuesOwnSecurities} from '../src/model/release.js'

/** The words of the messages, in each language (the figures are the draft's). */
const WORDS = {
  en: {
    citation:
      'TSX-V Policy 4.1 (terms of the offering, the amount of the closing) and NI 51-102 (a misstated figure is a misrepresentation)',
    expected: 'expected',
    or: 'or',
    fix: (one: string) => `Correct whichever figure is wrong; if it is this one, it should read ${one}.`,
    either: (all: string) => `Correct whichever figure is wrong: ${all}.`,
    which: {price: 'the price', count: 'the count', proceeds: 'the proceeds'},
    disagrees: {
      price: 'Unexpected price that does not agree with the count and the proceeds',
      count: 'Unexpected count that does not agree with the price and the proceeds',
      proceeds: 'Unexpected proceeds that do not agree with the count and the price'
    },
    product: (count: string, price: string, is: string, stated: string) =>
      `${count} × ${price} = ${is}, not ${stated}.`,
    restatement: 'Unexpected figure that differs from its restatement',
    restatedAs: (figure: string, restated: string) => `${figure} is restated as ${restated}.`,
    sum: (tranches: boolean) =>
      `Unexpected aggregate proceeds that differ from the sum of the ${tranches ? 'tranches' : 'securities sold'}`,
    paragraph: 'the securities sold in this paragraph',
    tranches: (labels: string[]) => `the ${labels.map((label) => `${label} tranche`).join(' and ')}`,
    earlier: (parts: string) => `the earlier tranches and this one, ${parts},`,
    addUp: (parts: string, sum: string) => `${parts} add up to ${sum}.`,
    warrants: 'Unexpected number of warrants for the units issued',
    coverage: (count: string, per: string, total: string) => `${count} at ${per} give ${total} warrants.`,
    per: (fraction: string, security: string) => `${fraction} warrant per ${security.replace(/s$/, '')}`,
    fee: (cash: boolean, percent: string) =>
      `Unexpected ${cash ? 'fee' : 'number of securities'} for the stated ${percent}`,
    feeOf: (percent: string, proceeds: boolean, base: string, is: string) =>
      `${percent} of ${proceeds ? 'the gross proceeds' : 'the securities sold'} (${base}) is ${is}.`
  },
  fr: {
    citation:
      'Politique 4.1 de la Bourse de croissance TSX (modalités du placement, montant de la clôture) et Règlement ' +
      '51-102 (un chiffre inexact est une information fausse ou trompeuse)',
    expected: 'attendu :',
    or: 'ou',
    fix: (one: string) => `Corrigez le chiffre erroné ; si c’est celui-ci, il doit se lire ${one}.`,
    either: (all: string) => `Corrigez le chiffre erroné : ${all}.`,
    which: {price: 'le prix', count: 'le nombre', proceeds: 'le produit'},
    disagrees: {
      price: 'Prix inattendu, qui ne concorde pas avec le nombre et le produit',
      count: 'Nombre inattendu, qui ne concorde pas avec le prix et le produit',
      proceeds: 'Produit inattendu, qui ne concorde pas avec le nombre et le prix'
    },
    product: (count: string, price: string, is: string, stated: string) =>
      `${count} × ${price} = ${is}, et non ${stated}.`,
    restatement: 'Chiffre inattendu, qui diffère de sa reformulation',
    restatedAs: (figure: string, restated: string) => `${figure} est reformulé en ${restated}.`,
    sum: (tranches: boolean) =>
      `Produit global inattendu, qui diffère ${tranches ? 'de la somme des tranches' : 'du produit des titres vendus'}`,
    paragraph: 'les titres vendus dans ce paragraphe',
    tranches: (labels: string[]) => labels.map((label) => `la ${FRENCH_TRANCHES[label] ?? label} tranche`).join(' et '),
    earlier: (parts: string) => `les tranches antérieures et celle-ci, ${parts},`,
    addUp: (parts: string, sum: string) => `${parts} totalisent ${sum}.`,
    warrants: 'Nombre de bons de souscription inattendu pour les unités émises',
    coverage: (count: string, per: string, total: string) =>
      `${count} unités, à raison ${per}, donnent ${total} bons de souscription.`,
    per: (fraction: string, _security: string) => `${fraction} par unité`,
    fee: (cash: boolean, percent: string) =>
      `${cash ? 'Frais inattendus' : 'Nombre de titres inattendu'} pour les ${percent} indiqués`,
    feeOf: (percent: string, proceeds: boolean, base: string, is: string) =>
      `${percent} ${proceeds ? 'du produit brut' : 'des titres vendus'} (${base}) donnent ${is}.`
  }
} as const
const FRENCH_TRANCHES: Record<string, string> = {
  first: 'première',
  second: 'deuxième',
  third: 'troisième',
  final: 'dernière'
}
/** A unit's warrants as a lawyer writes them: "one-half warrant", « un demi-bon de souscription ». */
const FRACTIONS = {
  en: {'1': 'one', '0.5': 'one-half', '0.25': 'one-quarter'},
  fr: {
    '1': 'd’un bon de souscription',
    '0.5': 'd’un demi-bon de souscription',
    '0.25': 'd’un quart de bon de souscription'
  }
} as Record<Language, Record<string, string>>

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
    why: string
  ): void
}

const remarkLintOfferingArithmetic = defineRule({id: 'offering-arithmetic'}, (context) => {
  const {model} = context
  if (!issuesOwnSecurities(model.release)) return
  const terms = model.offering
  const reported = new Set<number>()
  const language = (figure: Figure) => model.language.of(figure.sentence.block)
  const written = (span: Span) => slice(model, span)
  const report: Check['report'] = (place, fixes, reason, why) => {
    if (fixes.some(({figure}) => reported.has(figure.start))) return
    for (const {figure} of fixes) reported.add(figure.start)
    const lang = language(place)
    const words = WORDS[lang]
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
    const fix = fixes.length > 1 ? words.either(all) : words.fix(texts[0])
    const shown = fixes.length > 1 ? all : texts[0]
    // Whichever figure is wrong: the computed one is a suggestion, never applied by --fix.
    context.report({
      reason: `${reason}${lang === 'fr' ? ' ; ' : ': '}${words.expected} ${shown}`,
      place: span,
      note: `${words.citation}${lang === 'fr' ? ' : ' : ': '}${why} ${fix}`,
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
    const why = WORDS[lang].restatedAs(written(figure), written(figure.restated!))
    const place = {...figure, ...wrong}
    if (expected) report(place, [{figure: place, value: expected}], WORDS[lang].restatement, why)
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
    if (agrees(computed, proceeds, lot.hedged || proceeds.rounded)) continue
    const lang = language(proceeds)
    const words = WORDS[lang]
    const is = formatLike(written(proceeds), computed, lang)
    const why = words.product(written(lot.count), written(price), is, written(proceeds))
    // Fixes within the lot's sentence: a price stated elsewhere is fixed there.
    const fixes = facts
      .fixesOf(model.sentences, terms, lot, price, of)
      .filter((fix, i) => i === 0 || fix.figure.sentence === lot.sentence)
    const [first] = fixes
    const shown = fixes.map((fix) => ({figure: fix.figure, value: fix.expected, which: words.which[fix.which]}))
    report(first.figure, shown, words.disagrees[first.which], why)
  }
}

/** Stated totals are the sum of their parts: a paragraph's lots, the tranches, earlier tranches and this one. */
function statedSums({terms, lots, reported, language, written, report}: Check): void {
  for (const stated of facts.statedSums(terms, lots)) {
    // A total or a part already found wrong explains the sum.
    if ([stated.total, ...stated.parts].some((figure) => reported.has(figure.start))) continue
    if (agrees(stated.sum, stated.total, stated.hedged, new Decimal(stated.count))) continue
    const lang = language(stated.total)
    const words = WORDS[lang]
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
    const words = WORDS[lang]
    const fraction = FRACTIONS[lang][coverage.toString()] ?? coverage.toString()
    const why = words.coverage(
      written(units.count),
      words.per(fraction, units.security),
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
  for (const fee of terms.fees) {
    if (fee.base === 'proceeds' && wrongProceeds) continue
    const percent = written(fee.percent)
    const gives = facts.feeAmount(fee, totals, percent)
    if (!gives || gives.agrees) continue
    const lang = language(fee.amount)
    const words = WORDS[lang]
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
