/**
 * The historical-estimate rule's words in English and French: a French historical estimate (« estimation
 * historique ») is told in French, citing the Règlement 43-101 by article, with the French statement as the fix.
 */
import {HISTORICAL_CAUTION, HISTORICAL_CAUTION_FR} from '../../src/model/estimate-cautions.js'
import {FLI_FR, HISTORICAL_ELEMENTS, HISTORICAL_ELEMENTS_FR} from '../../src/model/estimates.js'
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

type Element = keyof typeof HISTORICAL_ELEMENTS

export interface HistoricalTexts {
  caution: string
  cause: (strong: boolean, line: number, quoted: string) => string
  missing: {reason: string; note: (cause: string) => string}
  dropped: {reason: (labels: readonly string[]) => string; note: (cause: string) => string}
  /** s.2.4(a)–(b): the labels of the missing source and relevance, then the finding. */
  required: {
    source: string
    relevance: string
    /** One of the two, where the release comments on the other only. */
    relevant: string
    reliable: string
    reason: (labels: readonly string[]) => string
    note: (cause: string) => string
    /** The note where the estimate is only named (no figures): identify it, or drop the reference. */
    named: (cause: string) => string
  }
  /** s.2.4(c)–(f): the elements owed "to the extent known". */
  others: Array<[Element, string]>
  known: {reason: (labels: readonly string[]) => string; note: (cause: string) => string}
  elements: Record<Element, RegExp>
  /** A forward-looking caution: its words are not the estimate's elements. */
  fli: RegExp
}

/** s.2.4 and its paragraphs (the letters are unconfirmed). */
const s24 = (letters: string) => `NI 43-101 s.2.4(${letters}) (paragraph letters unconfirmed)`
const a24 = (letters: string) => `Règlement 43-101, article 2.4 ${letters}) (lettres des paragraphes non confirmées)`

const listOf = (open: string, close: string, and: string) => (labels: readonly string[]) => {
  const quoted = labels.map((label) => `${open}${label}${close}`)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted.at(-1)}`
}
const english = listOf('“', '”', 'and')
const french = listOf('«\u00a0', '\u00a0»', 'et')

export const HISTORICAL_TEXTS: Record<Language, HistoricalTexts> = {
  en: {
    caution: HISTORICAL_CAUTION,
    cause: (strong, line, quoted) =>
      strong
        ? `this release discloses a historical estimate (line ${line}): “${quoted}”`
        : `this release refers to a historical estimate (line ${line}): “${quoted}”`,
    missing: {
      reason: `Missing historical-estimate statement, expected “${HISTORICAL_CAUTION}”`,
      note: (cause) =>
        `${s24('g')}: ${cause}; state with equal prominence that it is not current and not treated as current.`
    },
    dropped: {
      reason: (labels) =>
        `Unexpected historical-estimate statement that drops ${english(labels)}, expected “${HISTORICAL_CAUTION}”`,
      note: (cause) =>
        `${s24('g')}: ${cause}; the statement says both that a QP has not classified it as current and that the ` +
        `issuer is not treating it as current.`
    },
    required: {
      source: 'source and date',
      relevance: 'relevance and reliability',
      relevant: 'relevance',
      reliable: 'reliability',
      reason: (labels) => `Missing ${labels.join(', and ')} of the historical estimate, expected them next to it`,
      note: (cause) =>
        `${s24('a)–(b')}: ${cause}; identify the source and date of the estimate and comment on its relevance and reliability.`,
      named: (cause) =>
        `${s24('a')}: ${cause}, without its figures; a warning: a reference to a historical estimate that never ` +
        'identifies it leaves its cautionary statement about nothing. Identify its source and date, or drop the ' +
        'reference.'
    },
    others: [
      ['assumptions', 'key assumptions, parameters and methods'],
      ['categories', 'the categories used'],
      ['recent', 'more recent estimates or data'],
      ['work', 'the work needed to upgrade or verify it']
    ],
    known: {
      reason: (labels) => `Missing ${labels.join('; ')} (historical estimate), expected them where known`,
      note: (cause) =>
        `${s24('c)–(f')}: ${cause}; give, to the extent known, its key assumptions, the categories it used, any ` +
        `more recent estimates or data, and the work needed to upgrade or verify it.`
    },
    elements: HISTORICAL_ELEMENTS,
    fli: /forward-? ?looking/
  },
  fr: {
    caution: HISTORICAL_CAUTION_FR,
    cause: (strong, line, quoted) =>
      strong
        ? `ce communiqué présente une estimation historique (ligne ${line}) : ${guillemets(quoted)}`
        : `ce communiqué mentionne une estimation historique (ligne ${line}) : ${guillemets(quoted)}`,
    missing: {
      reason: `Il manque la mise en garde sur l’estimation historique ; attendu : ${guillemets(HISTORICAL_CAUTION_FR)}`,
      note: (cause) =>
        `${a24('g')} : ${cause} ; indiquez avec la même importance qu’elle n’est pas actuelle et que la Société ne ` +
        'la considère pas comme actuelle.'
    },
    dropped: {
      reason: (labels) =>
        `La mise en garde sur l’estimation historique omet ${french(labels)} ; attendu : ` +
        guillemets(HISTORICAL_CAUTION_FR),
      note: (cause) =>
        `${a24('g')} : ${cause} ; la mise en garde dit les deux : une personne qualifiée ne l’a pas classée comme ` +
        'actuelle, et la Société ne la considère pas comme actuelle.'
    },
    required: {
      source: 'la source et la date',
      relevance: 'la pertinence et la fiabilité',
      relevant: 'la pertinence',
      reliable: 'la fiabilité',
      reason: (labels) => `Il manque ${labels.join(', et ')} de l’estimation historique ; attendu : à côté de celle-ci`,
      note: (cause) =>
        `${a24('a) et b')} : ${cause} ; indiquez la source et la date de l’estimation et commentez sa pertinence ` +
        'et sa fiabilité.',
      named: (cause) =>
        `${a24('a')} : ${cause}, sans ses chiffres ; avertissement : une mention d’estimation historique qui ne ` +
        'l’identifie jamais laisse sa mise en garde sans objet. Indiquez sa source et sa date, ou retirez la mention.'
    },
    others: [
      ['assumptions', 'les principales hypothèses, paramètres et méthodes'],
      ['categories', 'les catégories utilisées'],
      ['recent', 'les estimations ou données plus récentes'],
      ['work', 'les travaux nécessaires pour la mettre à jour ou la vérifier']
    ],
    known: {
      reason: (labels) =>
        `Il manque ${labels.join(' ; ')} (estimation historique) ; attendu : dans la mesure où ils sont connus`,
      note: (cause) =>
        `${a24('c) à f')} : ${cause} ; donnez, dans la mesure où ils sont connus, ses principales hypothèses, les ` +
        'catégories utilisées, les estimations ou données plus récentes et les travaux nécessaires pour la mettre ' +
        'à jour ou la vérifier.'
    },
    elements: HISTORICAL_ELEMENTS_FR,
    fli: FLI_FR
  }
}
