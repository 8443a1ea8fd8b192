/**
 * The mineral-resource rule's words in English and French: a finding about a French estimate is told in French,
 * citing the Règlement 43-101 by article, with the French economic-viability sentence as its fix.
 */
import {VIABILITY_CAUTION, VIABILITY_CAUTION_FR} from '../../src/model/estimate-cautions.js'
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

export interface ResourceTexts {
  caution: string
  quote: (words: string) => string
  list: (labels: readonly string[]) => string
  cause: (reserve: boolean, line: number, quoted: string) => string
  category: {reason: string; note: (cause: string) => string}
  /** `parts`: the line where the categories the figure adds up are stated, when the figures alone decided it. */
  inferredSum: {reason: string; note: string; parts: (line: number, quoted: string) => string}
  effectiveDate: {reason: string; note: (cause: string) => string}
  /** An estimate without its own date where the release dates another (line and words of that date). */
  otherDate: {reason: string; note: (cause: string, line: number, quoted: string) => string}
  assumptions: {reason: string; note: (cause: string) => string}
  /** Resources stated beside reserves without saying whether they include them (s.2.2(b)). */
  included: {reason: string; note: (cause: string) => string}
  why: (analysis: {line: number; quoted: string} | undefined) => string
  missing: {reason: string; note: (cause: string, why: string) => string}
  dropped: {reason: (list: string) => string; note: (cause: string, why: string) => string}
}

const S22 = 'NI 43-101 s.2.2'
/** s.3.4 and its paragraph (the letters are unconfirmed). */
const s34 = (letter: string) => `NI 43-101 s.3.4(${letter}) (paragraph letter unconfirmed)`
const a34 = (letter: string) => `Règlement 43-101, article 3.4(${letter}) (lettre du paragraphe non confirmée)`

const listOf = (open: string, close: string, and: string) => (labels: readonly string[]) => {
  const quoted = labels.map((label) => `${open}${label}${close}`)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted.at(-1)}`
}

export const RESOURCE_TEXTS: Record<Language, ResourceTexts> = {
  en: {
    caution: VIABILITY_CAUTION,
    quote: (words) => `“${words}”`,
    list: listOf('“', '”', 'and'),
    cause: (reserve, line, quoted) =>
      `this release states a mineral ${reserve ? 'reserve' : 'resource'} estimate (line ${line}): “${quoted}”`,
    category: {
      reason:
        'Missing CIM category of the estimate, expected Measured, Indicated or Inferred (Proven or Probable for reserves)',
      note: (cause) =>
        `${S22}(a) and s.2.3(1)(a): ${cause}; a quantity and grade may be disclosed only in the CIM categories. ` +
        'State the category of each figure.'
    },
    inferredSum: {
      reason:
        'Unexpected Inferred resources added to Measured and Indicated, expected each category reported separately',
      note:
        `${S22}(c): Inferred mineral resources must not be added to the other categories. Give the Measured and ` +
        `Indicated figure and the Inferred figure apart.`,
      parts: (line, quoted) =>
        ` “${quoted}” is what the categories stated at line ${line} add up to, Inferred among them.`
    },
    effectiveDate: {
      reason: 'Missing effective date of the estimate, expected “The effective date of the estimate is …”',
      note: (cause) => `${s34('a')}: ${cause}; state the effective date of each estimate.`
    },
    otherDate: {
      reason: 'Missing effective date of this estimate, expected its own “effective date of …” beside it',
      note: (cause, line, quoted) =>
        `${s34('a')}: ${cause}; the effective date on line ${line} (“${quoted}”) is stated for another estimate ` +
        '(of another deposit or project, or a later one), not for this one. State the effective date of each estimate.'
    },
    assumptions: {
      reason: 'Missing key assumptions of the estimate, expected its cut-off grade, metal prices and recoveries',
      note: (cause) => `${s34('c')}: ${cause}; state the key assumptions, parameters and methods used to estimate it.`
    },
    included: {
      reason:
        'Missing whether the mineral resources include the mineral reserves, expected “Mineral Resources are reported ' +
        'inclusive of (or exclusive of) Mineral Reserves”',
      note: (cause) =>
        `${S22}(b): ${cause}, beside mineral reserves; state the extent, if any, to which mineral reserves are ` +
        'included in total mineral resources.'
    },
    why: (analysis) =>
      analysis
        ? `and an economic analysis (line ${analysis.line}): “${analysis.quoted}”`
        : 'and the sentence belongs with every resource estimate',
    missing: {
      reason:
        `Missing statement that mineral resources that are not mineral reserves do not have demonstrated economic ` +
        `viability, expected “${VIABILITY_CAUTION}”`,
      note: (cause, why) =>
        `${s34('e')}: ${cause}, ${why}. Add the sentence with equal prominence, next to the estimate.`
    },
    dropped: {
      reason: (list) => `Unexpected economic-viability statement that drops ${list}, expected “${VIABILITY_CAUTION}”`,
      note: (cause, why) => `${s34('e')}: ${cause}, ${why}.`
    }
  },
  fr: {
    caution: VIABILITY_CAUTION_FR,
    quote: guillemets,
    list: listOf('«\u00a0', '\u00a0»', 'et'),
    cause: (reserve, line, quoted) =>
      `ce communiqué présente une estimation de ${reserve ? 'réserves' : 'ressources'} minérales (ligne ${line}) : ` +
      guillemets(quoted),
    category: {
      reason:
        'Il manque la catégorie ICM de l’estimation ; attendu : mesurées, indiquées ou présumées (prouvées ou ' +
        'probables pour les réserves)',
      note: (cause) =>
        `Règlement 43-101, article 2.2(a) et article 2.3(1)(a) : ${cause} ; une quantité et une teneur ne peuvent ` +
        'être communiquées que selon les catégories de l’ICM. Indiquez la catégorie de chaque chiffre.'
    },
    inferredSum: {
      reason:
        'Ressources présumées additionnées aux ressources mesurées et indiquées ; attendu : chaque catégorie ' +
        'présentée séparément',
      note:
        'Règlement 43-101, article 2.2(c) : les ressources minérales présumées ne peuvent être additionnées aux ' +
        'autres catégories. Donnez à part le chiffre des ressources mesurées et indiquées et celui des présumées.',
      parts: (line, quoted) =>
        ` ${guillemets(quoted)} est la somme des catégories données à la ligne ${line}, présumées comprises.`
    },
    effectiveDate: {
      reason: `Il manque la date d’effet de l’estimation ; attendu : ${guillemets('La date d’effet de l’estimation est le …')}`,
      note: (cause) => `${a34('a')} : ${cause} ; indiquez la date d’effet de chaque estimation.`
    },
    otherDate: {
      reason: `Il manque la date d’effet de cette estimation ; attendu : sa propre ${guillemets('date d’effet')} à côté`,
      note: (cause, line, quoted) =>
        `${a34('a')} : ${cause} ; la date d’effet de la ligne ${line} (${guillemets(quoted)}) est donnée pour un ` +
        'autre estimation (d’un autre gisement ou projet, ou plus récente), non pour celle-ci. Indiquez la date ' +
        'd’effet de chaque estimation.'
    },
    assumptions: {
      reason:
        'Il manque les principales hypothèses de l’estimation ; attendu : sa teneur de coupure, les prix des ' +
        'métaux et les taux de récupération',
      note: (cause) =>
        `${a34('c')} : ${cause} ; indiquez les principales hypothèses, les paramètres et les méthodes de l’estimation.`
    },
    included: {
      reason:
        'Il manque si les ressources minérales incluent les réserves minérales ; attendu : ' +
        `${guillemets('Les ressources minérales incluent (ou excluent) les réserves minérales')}`,
      note: (cause) =>
        `Règlement 43-101, article 2.2(b) : ${cause}, à côté de réserves minérales ; indiquez dans quelle mesure ` +
        'les réserves minérales sont incluses dans les ressources minérales totales.'
    },
    why: (analysis) =>
      analysis
        ? `et une analyse économique (ligne ${analysis.line}) : ${guillemets(analysis.quoted)}`
        : 'et cette phrase accompagne toute estimation de ressources',
    missing: {
      reason:
        'Il manque la mention que les ressources minérales qui ne sont pas des réserves minérales n’ont pas ' +
        `démontré leur viabilité économique ; attendu : ${guillemets(VIABILITY_CAUTION_FR)}`,
      note: (cause, why) =>
        `${a34('e')} : ${cause}, ${why}. Ajoutez la phrase, avec la même importance, à côté de l’estimation.`
    },
    dropped: {
      reason: (list) =>
        `La mention sur la viabilité économique omet ${list} ; attendu : ${guillemets(VIABILITY_CAUTION_FR)}`,
      note: (cause, why) => `${a34('e')} : ${cause}, ${why}.`
    }
  }
}
