/**
 * The exploration-target rule's words in English and French: a French target (« cible d’exploration ») is told in
 * French, citing the Règlement 43-101 by article, with the French caution as the fix.
 */
import {TARGET_CAUTION, TARGET_CAUTION_FR} from '../../src/model/estimate-cautions.js'
import {
  BASIS,
  BASIS_FR,
  GRADE_RANGE,
  GRADE_RANGE_FR,
  TONNAGE_RANGE,
  TONNAGE_RANGE_FR
} from '../../src/model/estimates.js'
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

export interface TargetTexts {
  caution: string
  cause: (line: number, quoted: string) => string
  range: {grade: string; both: string; note: (cause: string) => string}
  missing: {reason: string; note: (cause: string) => string}
  dropped: {
    reason: (labels: readonly string[]) => string
    jorc: (words: string) => string
    note: (cause: string) => string
  }
  basis: {reason: string; note: (cause: string) => string}
  tonnageRange: RegExp
  gradeRange: RegExp
  basisWords: RegExp
}

const CITATION = 'NI 43-101 s.2.3(2)'
const ARTICLE = 'Règlement 43-101, article 2.3(2)'

const listOf = (open: string, close: string, and: string) => (labels: readonly string[]) => {
  const quoted = labels.map((label) => `${open}${label}${close}`)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted.at(-1)}`
}
const english = listOf('“', '”', 'and')
const french = listOf('«\u00a0', '\u00a0»', 'et')

export const TARGET_TEXTS: Record<Language, TargetTexts> = {
  en: {
    caution: TARGET_CAUTION,
    cause: (line, quoted) =>
      `this release gives a potential quantity of an exploration target (line ${line}): “${quoted}”`,
    range: {
      grade: 'Unexpected exploration target grade not given as a range, expected its grade as a range too',
      both: 'Unexpected exploration target not given as ranges, expected its tonnage and grade as ranges',
      note: (cause) =>
        `${CITATION}: ${cause}; a potential quantity and grade may be disclosed only as ranges (“5 to 8 million ` +
        `tonnes grading 1.2 to 1.6 g/t Au”).`
    },
    missing: {
      reason: `Missing exploration-target caution, expected “${TARGET_CAUTION}”`,
      note: (cause) =>
        `${CITATION}(a): ${cause}; state with equal prominence that it is conceptual, that exploration is ` +
        `insufficient to define a mineral resource, and that it is uncertain a resource will be delineated.`
    },
    dropped: {
      reason: (labels) =>
        `Unexpected exploration-target caution that drops ${english(labels)}, expected “${TARGET_CAUTION}”`,
      jorc: (words) => `Unexpected JORC wording “${words}”, expected “delineated as a mineral resource”`,
      note: (cause) => `${CITATION}(a): ${cause}; use the instrument's three clauses.`
    },
    basis: {
      reason: 'Missing basis of the exploration target, expected how its potential quantity and grade were determined',
      note: (cause) =>
        `${CITATION}(b) (wording unconfirmed): ${cause}; state the basis on which the potential quantity and grade ` +
        `were determined (drilling, sampling, geophysics).`
    },
    tonnageRange: TONNAGE_RANGE,
    gradeRange: GRADE_RANGE,
    basisWords: BASIS
  },
  fr: {
    caution: TARGET_CAUTION_FR,
    cause: (line, quoted) =>
      `ce communiqué présente la quantité potentielle d’une cible d’exploration (ligne ${line}) : ${guillemets(quoted)}`,
    range: {
      grade:
        'La teneur de la cible d’exploration n’est pas donnée sous forme de fourchette ; attendu : la teneur aussi ' +
        'sous forme de fourchette',
      both:
        'La cible d’exploration n’est pas donnée sous forme de fourchettes ; attendu : le tonnage et la teneur sous ' +
        'forme de fourchettes',
      note: (cause) =>
        `${ARTICLE} : ${cause} ; la quantité et la teneur potentielles ne peuvent être présentées que sous forme de ` +
        `fourchettes (${guillemets('5 à 8 millions de tonnes à une teneur de 1,2 à 1,6 g/t Au')}).`
    },
    missing: {
      reason: `Il manque la mise en garde sur la cible d’exploration ; attendu : ${guillemets(TARGET_CAUTION_FR)}`,
      note: (cause) =>
        `${ARTICLE} a) : ${cause} ; indiquez avec la même importance qu’elle est de nature conceptuelle, que les ` +
        'travaux d’exploration ont été insuffisants pour définir une ressource minérale et qu’il n’est pas certain ' +
        'qu’une ressource minérale sera définie.'
    },
    dropped: {
      reason: (labels) =>
        `La mise en garde sur la cible d’exploration omet ${french(labels)} ; attendu : ${guillemets(TARGET_CAUTION_FR)}`,
      jorc: () => '',
      note: (cause) => `${ARTICLE} a) : ${cause} ; reprenez les trois propositions du règlement.`
    },
    basis: {
      reason:
        'Il manque le fondement de la cible d’exploration ; attendu : comment sa quantité et sa teneur potentielles ' +
        'ont été établies',
      note: (cause) =>
        `${ARTICLE} b) (libellé non confirmé) : ${cause} ; indiquez sur quoi reposent la quantité et la teneur ` +
        'potentielles (forages, échantillonnage, géophysique).'
    },
    tonnageRange: TONNAGE_RANGE_FR,
    gradeRange: GRADE_RANGE_FR,
    basisWords: BASIS_FR
  }
}
