/**
 * The offering-arithmetic rule's words in English and French (the figures are the draft's): the citation (TSX-V
 * Policy 4.1 and NI 51-102 / Politique 4.1 de la Bourse de croissance TSX et Règlement 51-102), the reason of each
 * relation and what it computed. (The rule: rules/offering-arithmetic.ts.)
 */
import type {Language, Sentence, Span} from '../../src/model/model.js'
import {formatLike} from '../../src/model/numbers.js'
import type {Disagreement} from '../../src/model/offering-checks.js'

const CITATION =
  'TSX-V Policy 4.1 (terms of the offering, the amount of the closing) and NI 51-102 (a misstated figure is a misrepresentation)'
const CITATION_FR =
  'Politique 4.1 de la Bourse de croissance TSX (modalités du placement, montant de la clôture) et Règlement ' +
  '51-102 (un chiffre inexact est une information fausse ou trompeuse)'

/** Shares issued for debt: the amount is the debt settled, not proceeds, and TSX-V Policy 4.3 governs the issuance. */
const CITATION_DEBT =
  'NI 51-102 (a misstated figure is a misrepresentation) and, for a TSX-V issuer, TSX-V Policy 4.3 (Shares for Debt)'
const CITATION_DEBT_FR =
  'Règlement 51-102 (un chiffre inexact est une information fausse ou trompeuse) et, pour un émetteur de la Bourse ' +
  'de croissance TSX, Politique 4.3 de la Bourse de croissance TSX (actions en règlement de dettes)'

/** The words of the messages, in each language (the figures are the draft's). */
export const OFFERING_TEXTS = {
  en: {
    reason: (reason: string, shown: string) => `${reason}: expected ${shown}`,
    note: (why: string, fix: string, debt = false) => `${debt ? CITATION_DEBT : CITATION}: ${why} ${fix}`,
    or: 'or',
    fix: (one: string) => `Correct whichever figure is wrong; if it is this one, it should read ${one}.`,
    either: (all: string) => `Correct whichever figure is wrong: ${all}.`,
    which: {price: 'the price', count: 'the count', proceeds: 'the proceeds'},
    disagrees: {
      price: 'Unexpected price that does not agree with the count and the proceeds',
      count: 'Unexpected count that does not agree with the price and the proceeds',
      proceeds: 'Unexpected proceeds that do not agree with the count and the price'
    },
    whichDebt: {price: 'the deemed price', count: 'the count', proceeds: 'the debt settled'},
    disagreesDebt: {
      price: 'Unexpected deemed price that does not agree with the count and the debt settled',
      count: 'Unexpected count that does not agree with the deemed price and the debt settled',
      proceeds: 'Unexpected debt settled that does not agree with the count and the deemed price'
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
    tableTotal: 'Unexpected total that differs from the sum of the rows above it',
    rows: (parts: string) => `the table's rows above it, ${parts},`,
    addUp: (parts: string, sum: string) => `${parts} add up to ${sum}.`,
    warrants: 'Unexpected number of warrants for the units issued',
    // Each class of units with its warrants ("6,250,000 at one-half warrant per flow-through unit"), then the total.
    coverage: (count: string, per: string) => `${count} at ${per}`,
    give: (classes: string[], total: string) => `${classes.join(' and ')} give ${total} warrants.`,
    per: (coverage: string, security: string) =>
      `${FRACTIONS.en[coverage] ?? coverage} warrant per ${security.replace(/s$/, '')}`,
    fee: (cash: boolean, percent: string) =>
      `Unexpected ${cash ? 'fee' : 'number of securities'} for the stated ${percent}`,
    feeOf: (percent: string, proceeds: boolean, base: string, is: string) =>
      `${percent} of ${proceeds ? 'the gross proceeds' : 'the securities sold'} (${base}) is ${is}.`,
    optionShare: (percent: string) => `Unexpected additional proceeds for the option's ${percent} of the offering`,
    optionTotal: 'Unexpected total for the option exercised in full',
    shareOf: (percent: string, base: string, is: string) => `${percent} of the offering (${base}) is ${is}.`,
    withOption: (base: string, adds: string, sum: string) =>
      `the offering (${base}) and the option (${adds}) add up to ${sum}.`
  },
  fr: {
    reason: (reason: string, shown: string) => `${reason} ; attendu : ${shown}`,
    note: (why: string, fix: string, debt = false) => `${debt ? CITATION_DEBT_FR : CITATION_FR} : ${why} ${fix}`,
    or: 'ou',
    fix: (one: string) => `Corrigez le chiffre erroné ; si c’est celui-ci, il doit se lire ${one}.`,
    either: (all: string) => `Corrigez le chiffre erroné : ${all}.`,
    which: {price: 'le prix', count: 'le nombre', proceeds: 'le produit'},
    disagrees: {
      price: 'Prix inattendu, qui ne concorde pas avec le nombre et le produit',
      count: 'Nombre inattendu, qui ne concorde pas avec le prix et le produit',
      proceeds: 'Produit inattendu, qui ne concorde pas avec le nombre et le prix'
    },
    whichDebt: {price: 'le prix réputé', count: 'le nombre', proceeds: 'la dette réglée'},
    disagreesDebt: {
      price: 'Prix réputé inattendu, qui ne concorde pas avec le nombre et la dette réglée',
      count: 'Nombre inattendu, qui ne concorde pas avec le prix réputé et la dette réglée',
      proceeds: 'Dette réglée inattendue, qui ne concorde pas avec le nombre et le prix réputé'
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
    tableTotal: 'Total inattendu, qui diffère de la somme des lignes qui le précèdent',
    rows: (parts: string) => `les lignes du tableau qui le précèdent, ${parts},`,
    addUp: (parts: string, sum: string) => `${parts} totalisent ${sum}.`,
    warrants: 'Nombre de bons de souscription inattendu pour les unités émises',
    coverage: (count: string, per: string) => `${count} unités, à raison ${per}`,
    give: (classes: string[], total: string) => `${classes.join(', et ')}, donnent ${total} bons de souscription.`,
    per: (coverage: string, _security: string) => `${FRACTIONS.fr[coverage] ?? coverage} par unité`,
    fee: (cash: boolean, percent: string) =>
      `${cash ? 'Frais inattendus' : 'Nombre de titres inattendu'} pour les ${percent} indiqués`,
    feeOf: (percent: string, proceeds: boolean, base: string, is: string) =>
      `${percent} ${proceeds ? 'du produit brut' : 'des titres vendus'} (${base}) donnent ${is}.`,
    optionShare: (percent: string) =>
      `Produit additionnel inattendu pour les ${percent} du placement visés par l’option`,
    optionTotal: 'Total inattendu en cas d’exercice intégral de l’option',
    shareOf: (percent: string, base: string, is: string) => `${percent} du placement (${base}) donnent ${is}.`,
    withOption: (base: string, adds: string, sum: string) =>
      `le placement (${base}) et l’option (${adds}) totalisent ${sum}.`
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

/**
 * What a disagreement is (the reason) and what was computed (why), in the language of the figure they are about
 * (a lot's proceeds: the proceeds').
 */
export function explain(
  found: Disagreement,
  language: (sentence: Sentence) => Language,
  written: (span: Span) => string
): {reason: string; why: string} {
  const about = found.relation === 'proceeds' ? found.lot.proceeds! : found.place
  const lang = language(about.sentence)
  const words = OFFERING_TEXTS[lang]
  switch (found.relation) {
    case 'restatement':
      return {reason: words.restatement, why: words.restatedAs(written(found.figure), written(found.figure.restated!))}
    case 'proceeds': {
      const is = formatLike(written(about), found.computed, lang)
      const why = words.product(written(found.lot.count), written(found.price), is, written(about))
      return {reason: (found.debt ? words.disagreesDebt : words.disagrees)[found.which], why}
    }
    case 'sum': {
      const {stated} = found
      const listed = stated.parts.map((part) => written(part)).join(' + ')
      const parts = {
        paragraph: words.paragraph,
        tranches: words.tranches(stated.labels),
        earlier: words.earlier(listed),
        table: words.rows(listed)
      }[stated.of]
      const why = words.addUp(parts, formatLike(written(stated.total), stated.sum, lang))
      return {reason: stated.of === 'table' ? words.tableTotal : words.sum(stated.of !== 'paragraph'), why}
    }
    case 'warrants': {
      const {units, computed} = found
      const each = units.map(({lot, coverage}) =>
        words.coverage(written(lot.count), words.per(coverage.toString(), lot.security))
      )
      const why = words.give(each, formatLike(written(found.place), computed, lang))
      return {reason: words.warrants, why}
    }
    case 'fee': {
      const {fee, gives} = found
      const amount = written(fee.amount)
      const percent = written(fee.percent)
      const base = formatLike(amount, gives.base, lang)
      const why = words.feeOf(percent, fee.base === 'proceeds', base, formatLike(amount, gives.computed, lang))
      return {reason: words.fee(fee.kind === 'cash', percent), why}
    }
    case 'option': {
      const {option, base, adds, computed} = found
      const like = (value: typeof computed) => formatLike(written(found.place), value, lang)
      if (!adds) {
        const percent = written(option.percent!)
        return {reason: words.optionShare(percent), why: words.shareOf(percent, like(base), like(computed))}
      }
      return {reason: words.optionTotal, why: words.withOption(like(base), like(adds), like(computed))}
    }
  }
}
