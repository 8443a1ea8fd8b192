/**
 * The pea-caution rule's words in English and French: the results of a French PEA (« étude économique
 * préliminaire ») are told in French, citing the Règlement 43-101 by article, with the French caution as the fix.
 */
import {PEA_CAUTION, PEA_CAUTION_FR} from '../../src/model/estimate-cautions.js'
import {PEA_FR} from '../../src/model/estimates.js'
import {frenchWords} from '../../src/model/french.js'
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

export interface PeaTexts {
  caution: string
  cause: (strong: boolean, line: number, quoted: string) => string
  missing: {reason: string; note: (cause: string) => string}
  dropped: {reason: (labels: readonly string[]) => string; note: (cause: string) => string}
  basis: {reason: string; note: (cause: string) => string}
  /** Words of a sentence that gives the PEA's basis (who prepared it, its date, its assumptions). */
  basisWords: RegExp
  pea: RegExp
  /** An economic analysis that includes Inferred resources, given as no PEA's (s.2.3(1)(b)). */
  onInferred: {reason: string; note: (line: number, quoted: string) => string}
}

const CITATION = 'NI 43-101 s.2.3(3)'
const ARTICLE = 'Règlement 43-101, article 2.3(3)'

const listOf = (open: string, close: string, and: string) => (labels: readonly string[]) => {
  const quoted = labels.map((label) => `${open}${label}${close}`)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ${and} ${quoted.at(-1)}`
}
const english = listOf('“', '”', 'and')
const french = listOf('«\u00a0', '\u00a0»', 'et')

const WITHOUT_INFERRED = 'The PEA is preliminary in nature and there is no certainty that the PEA will be realized.'
const WITHOUT_INFERRED_FR =
  'L’étude économique préliminaire est de nature préliminaire et il n’y a aucune certitude que les résultats de ' +
  'l’étude économique préliminaire se réaliseront.'

/** The texts for a PEA that owes `caution` (the whole caution, or the caution without its Inferred clause). */
const textsFor: Record<Language, (caution: string) => PeaTexts> = {
  en: (caution) => ({
    caution,
    cause: (strong, line, quoted) =>
      strong
        ? `this release gives the results of a preliminary economic assessment (line ${line}): “${quoted}”`
        : `this release gives what a preliminary economic assessment was based on (line ${line}): “${quoted}”`,
    missing: {
      reason: `Missing PEA caution, expected “${caution}”`,
      note: (cause) =>
        `${CITATION}(a): ${cause}; the caution must be stated with equal prominence, next to the results.`
    },
    dropped: {
      reason: (labels) => `Unexpected PEA caution that drops ${english(labels)}, expected “${caution}”`,
      note: (cause) =>
        `${CITATION}(a): ${cause}; the caution states all three: preliminary in nature, inferred resources too ` +
        `speculative geologically, no certainty the PEA will be realized.`
    },
    basis: {
      reason:
        'Missing basis of the preliminary economic assessment, expected who prepared it, its effective date and key assumptions',
      note: (cause) =>
        `${CITATION}(b) (wording unconfirmed): ${cause}; state the basis of the PEA and the qualifications and ` +
        `assumptions made by the qualified person.`
    },
    basisWords: /\bbased (?:on|upon)\b|\bbasis\b|\bassum\w*|\bprepared by\b|\btechnical report\b|\beffective date\b/,
    pea: /\b(?:preliminary economic assessment|pea)\b/,
    onInferred: {
      reason:
        'Unexpected economic analysis that includes Inferred Mineral Resources, expected the results of a ' +
        'preliminary economic assessment stated with its caution',
      note: (line, quoted) =>
        `NI 43-101 s.2.3(1)(b) and s.2.3(3): this release gives the results of an economic analysis that includes ` +
        `Inferred Mineral Resources (line ${line}): “${quoted}”, and names no preliminary economic assessment. ` +
        'Such results may be disclosed only as those of a PEA, stating with equal prominence that it is ' +
        'preliminary in nature, that it includes Inferred Mineral Resources too speculative geologically to be ' +
        'categorized as Mineral Reserves, and that there is no certainty it will be realized; or without the ' +
        'Inferred resources.'
    }
  }),
  fr: (caution) => ({
    caution,
    cause: (strong, line, quoted) =>
      strong
        ? `ce communiqué présente les résultats d’une étude économique préliminaire (ligne ${line}) : ${guillemets(quoted)}`
        : `ce communiqué présente ce sur quoi repose une étude économique préliminaire (ligne ${line}) : ` +
          guillemets(quoted),
    missing: {
      reason: `Il manque la mise en garde sur l’étude économique préliminaire ; attendu : ${guillemets(caution)}`,
      note: (cause) =>
        `${ARTICLE}(a) : ${cause} ; la mise en garde doit figurer avec la même importance, à côté des résultats.`
    },
    dropped: {
      reason: (labels) =>
        `La mise en garde sur l’étude économique préliminaire omet ${french(labels)} ; attendu : ` +
        guillemets(caution),
      note: (cause) =>
        `${ARTICLE}(a) : ${cause} ; la mise en garde dit les trois : de nature préliminaire, ressources présumées ` +
        'trop spéculatives sur le plan géologique, aucune certitude que l’étude se réalisera.'
    },
    basis: {
      reason:
        'Il manque le fondement de l’étude économique préliminaire ; attendu : qui l’a préparée, sa date d’effet et ' +
        'ses principales hypothèses',
      note: (cause) =>
        `${ARTICLE}(b) (libellé non confirmé) : ${cause} ; indiquez sur quoi repose l’étude, ainsi que les ` +
        'réserves et hypothèses de la personne qualifiée.'
    },
    basisWords: new RegExp(
      frenchWords([
        String.raw`fond[ée]e? sur`,
        String.raw`bas[ée]e? sur`,
        'repose sur',
        String.raw`hypoth[èe]ses?`,
        String.raw`pr[ée]par[ée]e? par`,
        'rapport technique',
        "date d'effet"
      ])
    ),
    // Its names as the model reads them: « étude » or « évaluation économique préliminaire », « EEP », « ÉEP ».
    pea: new RegExp(frenchWords(PEA_FR)),
    onInferred: {
      reason:
        'Analyse économique inattendue qui comprend des ressources minérales présumées ; attendu : les résultats ' +
        'd’une étude économique préliminaire, avec sa mise en garde',
      note: (line, quoted) =>
        `Règlement 43-101, articles 2.3(1)(b) et 2.3(3) : ce communiqué présente les résultats d’une analyse ` +
        `économique qui comprend des ressources minérales présumées (ligne ${line}) : ${guillemets(quoted)}, sans ` +
        'nommer d’étude économique préliminaire. De tels résultats ne peuvent être communiqués que comme ceux ' +
        'd’une étude économique préliminaire, en indiquant avec la même importance qu’elle est de nature ' +
        'préliminaire, qu’elle comprend des ressources minérales présumées trop spéculatives sur le plan ' +
        'géologique pour être classées comme réserves minérales et qu’il n’y a aucune certitude qu’elle se ' +
        'réalisera ; ou sans les ressources présumées.'
    }
  })
}

export const PEA_TEXTS: Record<Language, PeaTexts> = {en: textsFor.en(PEA_CAUTION), fr: textsFor.fr(PEA_CAUTION_FR)}
/** A PEA stated to include no Inferred resources owes the caution without its Inferred clause. */
export const PEA_TEXTS_WITHOUT_INFERRED: Record<Language, PeaTexts> = {
  en: textsFor.en(WITHOUT_INFERRED),
  fr: textsFor.fr(WITHOUT_INFERRED_FR)
}
