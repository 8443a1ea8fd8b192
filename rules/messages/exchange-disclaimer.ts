/**
 * `exchange-disclaimer`'s messages in English and French: the TSX-V
 * disclaimer as its fix (in French for the words of a French release), TSX
 * Venture Exchange Policy 3.3 / Politique 3.3 de la Bourse de croissance TSX
 * as its citation. (The rule: rules/exchange-disclaimer.ts.)
 */
import type {IssuerExchange} from '../../src/core/exchange.js'
import type {DisclaimerDefect} from '../../src/model/disclaimer-defects.js'
import type {CanadianExchange, Language} from '../../src/model/model.js'

/** What the rule says, in one language. */
export interface Texts {
  /** The disclaimer, the fix. */
  disclaimer: string
  /** The CSE's formula, the fix in a CSE issuer's release ('' : remove the TSX-V's). */
  cseDisclaimer: string
  citation: string
  /** Why the disclaimer is owed or not: the issuer's exchange as decided, in this language. */
  because: (issuer: IssuerExchange) => string
  missing: (because: string) => {reason: string; note: string}
  conflict: (
    mine: string,
    other: string,
    exchanges: [CanadianExchange, CanadianExchange]
  ) => {reason: string; note: string}
  otherExchange: (exchange: CanadianExchange) => string
  noExchange: {reason: string; why: string}
  missingElement: (label: string) => string
  droppedWords: (dropped: string, label: string) => string
  replaced: (label: string, found: string) => string
  wordingWhy: string
  /** Said when "Market Regulator" (the CSE's term) replaces the TSX-V's. */
  marketRegulator: string
  added: (words: string) => string
  addedWhy: string
  parenthetical: (exchange: CanadianExchange) => {reason: string; note: string; expected: string}
  /** The defined term an element stands for. */
  term: (id: string, label: string) => string
  undefinedAbbreviation: {reason: string; note: string}
  typo: (found: string, term: string) => {reason: string; note: string}
  /** The note of a defective disclaimer: why, and the wording to use. */
  use: (why: string) => string
  wrongExchange: (exchange: CanadianExchange, because: string) => {reason: string; note: string}
}

/** The French disclaimer TSX-V issuers print (see docs/rules/exchange-disclaimer.md on what is confirmed). */
export const TSXV_DISCLAIMER_FR =
  'Ni la Bourse de croissance TSX ni son fournisseur de services de réglementation (au sens attribué à ce terme ' +
  'dans les politiques de la Bourse de croissance TSX) n’acceptent de responsabilité quant à la pertinence ou à ' +
  'l’exactitude du présent communiqué.'

const CITATION = 'Politique 3.3 de la Bourse de croissance TSX (Information occasionnelle)'
const EXPECTED = ` ; attendu : « ${TSXV_DISCLAIMER_FR.split(' (')[0]} … »`
const NAME: Record<string, string> = {
  TSXV: 'la Bourse de croissance TSX',
  CSE: 'la Bourse des valeurs canadiennes',
  TSX: 'la Bourse de Toronto',
  CBOE: 'Cboe Canada'
}

export const FRENCH: Texts = {
  disclaimer: TSXV_DISCLAIMER_FR,
  // No French form of the CSE's formula is confirmed: the fix removes the TSX-V's (the CSE mandates none).
  cseDisclaimer: '',
  citation: CITATION,
  because: (issuer) => issuer.becauseFr,
  missing: (because) => ({
    reason: 'Il manque l’avis de non-responsabilité de la Bourse de croissance TSX ; attendu à la fin du communiqué',
    note:
      `${CITATION} : chaque communiqué d’un émetteur de la Bourse de croissance TSX indique que ni la Bourse ni son ` +
      `fournisseur de services de réglementation n’acceptent de responsabilité à son égard ; ${because}. ` +
      `Ajoutez l’avis à la fin du communiqué.`
  }),
  conflict: (mine, other, exchanges) => ({
    reason: `Inscriptions à deux bourses inattendues, « ${mine} » et « ${other} » ; attendu : une seule`,
    note:
      `${CITATION} ne vise que les émetteurs de la Bourse de croissance TSX, et le communiqué inscrit l’émetteur à ` +
      `${NAME[exchanges[0]]} et à ${NAME[exchanges[1]]} : indiquez la seule bourse de l’émetteur ; l’avis dû en découle.`
  }),
  otherExchange: (exchange) =>
    `Mention inattendue de ${NAME[exchange]} dans l’avis d’un émetteur de la Bourse de croissance TSX ; ` +
    'attendu : Bourse de croissance TSX',
  noExchange: {
    reason: 'Avis de non-responsabilité qui ne nomme aucune bourse ; attendu : Bourse de croissance TSX',
    why: 'le communiqué ne définit jamais la bourse qu’il nomme (« la Bourse » doit être définie comme la Bourse de croissance TSX).'
  },
  missingElement: (label) => `Avis de non-responsabilité qui omet « ${label} »${EXPECTED}`,
  droppedWords: (dropped, label) => `Avis de non-responsabilité qui omet « ${dropped} » dans « ${label} »${EXPECTED}`,
  replaced: (label, found) => `Avis de non-responsabilité qui remplace « ${label} » par « ${found} »${EXPECTED}`,
  wordingWhy:
    'il nomme la Bourse de croissance TSX et son fournisseur de services de réglementation et décline toute ' +
    'responsabilité quant à la pertinence et à l’exactitude du communiqué.',
  marketRegulator: '',
  added: (words) => `Ajout inattendu de « ${words} » dans l’avis de non-responsabilité${EXPECTED}`,
  addedWhy:
    'l’avis parle au nom de la Bourse de croissance TSX et de son fournisseur de services de réglementation, et de personne d’autre.',
  parenthetical: (exchange) => ({
    reason: `Mention inattendue de ${NAME[exchange]} dans la parenthèse de l’avis ; attendu : Bourse de croissance TSX`,
    note: `${CITATION} : le « fournisseur de services de réglementation » est défini dans les politiques de la Bourse de croissance TSX.`,
    expected: 'Bourse de croissance TSX'
  }),
  term: (id, label) => (id === 'exchange' ? 'Bourse de croissance TSX' : label),
  undefinedAbbreviation: {
    reason: 'Abréviation non définie dans l’avis de non-responsabilité ; attendu : Bourse de croissance TSX',
    note: `${CITATION} : le communiqué ne définit pas l’abréviation ; écrivez « Bourse de croissance TSX » en toutes lettres.`
  },
  typo: (found, term) => ({
    reason: `« ${found} » inattendu ; attendu : « ${term} »`,
    note: `${CITATION} : le terme défini est « ${term} ».`
  }),
  use: (why) => `${CITATION} : ${why} Reprenez le libellé de la Bourse : « ${TSXV_DISCLAIMER_FR} »`,
  wrongExchange: (exchange, because) => ({
    reason:
      'Avis de non-responsabilité de la Bourse de croissance TSX inattendu dans le communiqué d’un émetteur inscrit ' +
      `à ${NAME[exchange]}`,
    note:
      `${CITATION} ne vise que les émetteurs de la Bourse de croissance TSX ; ${because}. ` +
      (exchange === 'CSE'
        ? 'La CSE n’exige aucun avis (Politique 5 de la CSE) ; si vous en gardez un, il doit nommer la CSE. Supprimez-le.'
        : exchange === 'CBOE'
          ? 'Aucune exigence d’avis de Cboe Canada n’est confirmée. Supprimez-le, ou nommez Cboe Canada.'
          : 'La TSX n’exige aucun avis (Guide à l’intention des sociétés de la TSX, art. 406 à 423). Supprimez-le.')
  })
}

/** The Exchange's wording, the fix in English; the English messages follow. */
export const TSXV_DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
  'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
/** The formula CSE issuers use, with the CSE's own term for its regulator ("Market Regulator"). */
export const CSE_DISCLAIMER =
  'Neither the Canadian Securities Exchange nor its Market Regulator (as that term is defined in ' +
  'the policies of the Canadian Securities Exchange) accepts responsibility for the adequacy or accuracy of this release.'

const CITATION_EN = 'TSX Venture Exchange Policy 3.3 (Timely Disclosure)'
const EXPECTED_EN = `, expected “${TSXV_DISCLAIMER.split(' (')[0]} …”`
const NAME_EN: Record<string, string> = {
  TSXV: 'TSX Venture Exchange',
  CSE: 'Canadian Securities Exchange',
  TSX: 'Toronto Stock Exchange',
  CBOE: 'Cboe Canada'
}
/** What the release of another exchange's issuer should do with a TSX-V disclaimer. */
const OTHER: Record<string, string> = {
  CSE: 'The CSE mandates no disclaimer (CSE Policy 5); if you keep one, it must name the CSE.',
  TSX: 'The TSX requires no disclaimer (TSX Company Manual ss.406–423). Remove it.',
  CBOE: 'No Cboe Canada disclaimer mandate is confirmed. Remove it, or name Cboe Canada.'
}
const ENGLISH: Texts = {
  disclaimer: TSXV_DISCLAIMER,
  cseDisclaimer: CSE_DISCLAIMER,
  citation: CITATION_EN,
  because: (issuer) => issuer.because,
  missing: (because) => ({
    reason: 'Missing TSX Venture Exchange disclaimer, expected it at the end of the release',
    note:
      `${CITATION_EN}: every news release of a TSX-V issuer must say that neither the Exchange nor its ` +
      `Regulation Services Provider accepts responsibility for it; ${because}. ` +
      `Add the disclaimer at the end of the release.`
  }),
  conflict: (mine, other, [a, b]) => ({
    reason: `Unexpected listings on two exchanges, “${mine}” and “${other}”, expected one`,
    note:
      `${CITATION_EN} binds TSX-V issuers only, and the release says the issuer is listed on the ${NAME_EN[a]} ` +
      `and on the ${NAME_EN[b]}: state the issuer's one exchange; the disclaimer it owes follows from it.`
  }),
  otherExchange: (exchange) =>
    `Unexpected ${NAME_EN[exchange]} in the disclaimer of a TSX-V issuer, expected TSX Venture Exchange`,
  noExchange: {
    reason: 'Unexpected disclaimer that names no exchange, expected TSX Venture Exchange',
    why: 'the release never defines the exchange it names (“the Exchange” must be defined as the TSX Venture Exchange).'
  },
  missingElement: (label) => `Unexpected disclaimer that drops “${label}”${EXPECTED_EN}`,
  droppedWords: (dropped, label) => `Unexpected disclaimer that drops “${dropped}” from “${label}”${EXPECTED_EN}`,
  replaced: (label, found) => `Unexpected disclaimer that replaces “${label}” with “${found}”${EXPECTED_EN}`,
  wordingWhy:
    'it must name the TSX-V and its Regulation Services Provider and disclaim the adequacy and accuracy of the release.',
  marketRegulator: ' “Market Regulator” is the CSE’s term, not the TSX-V’s.',
  added: (words) => `Unexpected “${words}” added to the disclaimer${EXPECTED_EN}`,
  addedWhy: 'the disclaimer speaks for the TSX Venture Exchange and its Regulation Services Provider, and no one else.',
  parenthetical: (exchange) => ({
    reason: `Unexpected ${NAME_EN[exchange]} in the disclaimer's parenthetical, expected TSX Venture Exchange`,
    note: `${CITATION_EN}: “Regulation Services Provider” is defined in the policies of the TSX Venture Exchange.`,
    expected: 'TSX Venture Exchange'
  }),
  term: (id, label) => (id === 'exchange' ? 'TSX Venture Exchange' : label),
  undefinedAbbreviation: {
    reason: 'Unexpected undefined abbreviation in the disclaimer, expected TSX Venture Exchange',
    note: `${CITATION_EN}: the abbreviation is not defined in the release; spell out the TSX Venture Exchange.`
  },
  typo: (found, term) => ({
    reason: `Unexpected “${found}”, expected “${term}”`,
    note: `${CITATION_EN}: the defined term is “${term}”.`
  }),
  use: (why) => `${CITATION_EN}: ${why} Use the Exchange's wording: "${TSXV_DISCLAIMER}"`,
  wrongExchange: (exchange, because) => ({
    reason: `Unexpected TSX Venture Exchange disclaimer in the release of a ${LISTED[exchange]}-listed issuer`,
    note: `${CITATION_EN} applies to TSX-V issuers only; ${because}. ${OTHER[exchange] ?? OTHER.TSX}`
  })
}
const LISTED: Record<string, string> = {TSXV: 'TSXV', CSE: 'CSE', TSX: 'TSX', CBOE: 'Cboe Canada'}

export const TEXTS: Record<Language, Texts> = {en: ENGLISH, fr: FRENCH}

/** What a defect of the disclaimer's wording is called (`quoted`: the words found in its place, as written), and why. */
export function defectText(texts: Texts, found: DisclaimerDefect, quoted: string): {reason: string; why: string} {
  switch (found.kind) {
    case 'added':
      return {reason: texts.added(quoted), why: texts.addedWhy}
    case 'missing':
      return {reason: texts.missingElement(found.label), why: texts.wordingWhy}
    case 'dropped':
      return {reason: texts.droppedWords(found.words, found.label), why: texts.wordingWhy}
    case 'replaced':
      return {
        reason: texts.replaced(found.label, quoted),
        why: texts.wordingWhy + (found.marketRegulator ? texts.marketRegulator : '')
      }
  }
}
