/**
 * The qp-statement rule's words in English and French: a French statement (or a French release missing one) is
 * told in French, citing the Règlement 43-101 by its French name and article numbering, with a French fix.
 */
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

export interface QpTexts {
  template: string
  citation: string
  /** Why the rule applies: the evidence quoted, strong or weak. */
  cause: (quoted: string, strong: boolean) => string
  missingStatement: {reason: string; note: (cause: string, strong: boolean) => string}
  /** What the statement was found to hold: its person, its identification as a QP. */
  decided: (person: string | undefined, qualified: string | undefined) => string
  /** The note of a missing part: the citation, the cause, what was found, and why the part is needed. */
  note: (cause: string, decided: string, why: string) => string
  quote: (words: string) => string
  name: {reason: string; why: string; before: string; after: string}
  designation: {reason: string; why: string; insert: string}
  relationship: {reason: string; elsewhere: (quoted: string) => string; why: string; insert: string}
  /** Another QP the statement names, whose relationship it does not give. */
  otherRelationship: {reason: (person: string) => string; why: (person: string) => string}
  approval: {reason: string; why: string; sentence: string}
  /** "reviewed" alone: the words as written, and what goes after them. */
  reviewOnly: {reason: (words: string) => string; why: string; insert: (words: string) => string}
  qualified: {reason: string; why: string; insert: string}
  /** A statement limited to results ("the drilling results") in a release that also states a resource estimate. */
  scope: {reason: (scope: string, line: number) => string; why: (scope: string, estimate: string) => string}
  instrument: {why: string; insert: string; parenthesis: string}
}

const CITATION = 'NI 43-101 s.3.1 (and s.2.1)'
const CITATION_FR = 'Règlement 43-101, article 3.1 (et article 2.1)'

export const QP_TEXTS: Record<Language, QpTexts> = {
  en: {
    template:
      'The scientific and technical information in this news release has been reviewed and approved by [Name], ' +
      'P.Geo., [title] of the Company, a Qualified Person as defined in National Instrument 43-101.',
    citation: CITATION,
    cause: (quoted, strong) =>
      strong
        ? `the release gives scientific or technical information (“${quoted}”)`
        : `the release may give scientific or technical information (“${quoted}”; ` +
          'no result of sampling, drilling or estimation is stated with its figures)',
    missingStatement: {
      reason:
        'Missing Qualified Person statement, expected the name, designation and relationship of the QP who ' +
        'approved the technical information',
      note: (cause, strong) =>
        `${CITATION}: ${cause}, so it must name the Qualified Person who prepared, supervised or approved it ` +
        `and state the QP’s relationship to the issuer. Add a QP statement after the technical disclosure` +
        (strong ? '.' : ', unless this is not scientific or technical information about a mineral project.')
    },
    decided: (person, qualified) => {
      const found = [person && `names ${person}`, qualified && `identifies a ${qualified}`].filter(Boolean)
      return found.length > 0 ? `the QP statement ${found.join(' and ')}` : 'the QP statement'
    },
    note: (cause, decided, why) => `${CITATION}: ${cause}; ${decided}, but ${why}`,
    quote: (words) => `“${words}”`,
    name: {
      reason: 'Missing name of the Qualified Person in the QP statement',
      why: 'it names no person. Add the QP’s full name.',
      before: '[Name], ',
      after: ', by [Name]'
    },
    designation: {
      reason: 'Missing professional designation of the Qualified Person (P.Geo., P.Eng., …)',
      why:
        'it gives no designation; a Qualified Person is a member in good standing of a professional association: give the designation ' +
        'after the name.',
      insert: ', [P.Geo.]'
    },
    relationship: {
      reason:
        'Missing relationship of the Qualified Person to the issuer (title, “independent of the Company”, “consultant to the Company”)',
      elsewhere: (quoted) => `it gives a relationship to another company (${quoted}), not to the issuer.`,
      why: 'it does not disclose the QP’s relationship to the issuer.',
      insert: ', [title] of the Company'
    },
    otherRelationship: {
      reason: (person) => `Missing relationship to the issuer of the Qualified Person ${person}`,
      why: (person) =>
        `it does not disclose the relationship of ${person}, who also prepared or approved technical information, to ` +
        'the issuer (each QP’s). Add their title, or that they are independent of the Company.'
    },
    approval: {
      reason: 'Missing approval in the QP statement, expected “reviewed and approved”, “prepared” or “supervised”',
      why: 'it does not say that the QP prepared, supervised or approved the scientific and technical information.',
      sentence:
        ' The Qualified Person has reviewed and approved the scientific and technical information in this news release.'
    },
    scope: {
      reason: (scope, line) =>
        `Missing Qualified Person for the mineral resource estimate (line ${line}), expected a QP statement that ` +
        `covers it, not only “${scope}”`,
      why: (scope, estimate) =>
        `it covers only “${scope}”, and the release also states a mineral resource estimate (“${estimate}”). Name ` +
        'the QP who prepared the estimate or approved its disclosure, and their relationship to the issuer, or make ' +
        'the statement cover all the scientific and technical information in the release.'
    },
    reviewOnly: {
      reason: (words) => `Unexpected “${words}” alone in the QP statement, expected “${words} and approved”`,
      why:
        'it says only that the QP reviewed the information, not that the QP prepared, supervised the preparation ' +
        'of, or approved it: the QP whom s.3.1 asks the release to name.',
      insert: () => ' and approved'
    },
    qualified: {
      reason: 'Missing identification as a Qualified Person under NI 43-101',
      why: 'it does not identify the person as a Qualified Person as defined in National Instrument 43-101.',
      insert: ', a Qualified Person as defined in National Instrument 43-101'
    },
    instrument: {
      why: 'it does not name the instrument; add “as defined in National Instrument 43-101”.',
      insert: ' as defined in National Instrument 43-101',
      parenthesis: ' (as defined in National Instrument 43-101)'
    }
  },
  fr: {
    template:
      'L’information scientifique et technique contenue dans le présent communiqué a été révisée et approuvée ' +
      'par [Nom], géo., [titre] de la Société, personne qualifiée au sens du Règlement 43-101 sur l’information ' +
      'concernant les projets miniers.',
    citation: CITATION_FR,
    cause: (quoted, strong) =>
      strong
        ? `le communiqué donne de l’information scientifique ou technique (${guillemets(quoted)})`
        : `le communiqué pourrait donner de l’information scientifique ou technique (${guillemets(quoted)} ; ` +
          'aucun résultat d’échantillonnage, de forage ou d’estimation n’y est donné avec ses chiffres)',
    missingStatement: {
      reason:
        'Il manque la mention de la personne qualifiée ; attendu : le nom, le titre professionnel et le lien avec ' +
        'l’émetteur de la personne qualifiée qui a approuvé l’information technique',
      note: (cause, strong) =>
        `${CITATION_FR} : ${cause} ; il doit donc nommer la personne qualifiée qui a préparé ou supervisé cette ` +
        'information, ou qui l’a approuvée, et indiquer son lien avec l’émetteur. Ajoutez la mention après ' +
        'l’information technique' +
        (strong ? '.' : ', sauf s’il ne s’agit pas d’information scientifique ou technique sur un projet minier.')
    },
    decided: (person, qualified) => {
      const found = [person && `nomme ${person}`, qualified && `désigne une ${qualified}`].filter(Boolean)
      return found.length > 0
        ? `la mention de la personne qualifiée ${found.join(' et ')}`
        : 'la mention de la personne qualifiée'
    },
    note: (cause, decided, why) => `${CITATION_FR} : ${cause} ; ${decided}, mais ${why}`,
    quote: guillemets,
    name: {
      reason: 'Il manque le nom de la personne qualifiée dans la mention de la personne qualifiée',
      why: 'elle ne nomme personne. Ajoutez le nom complet de la personne qualifiée.',
      before: '[Nom], ',
      after: ', par [Nom]'
    },
    designation: {
      reason: 'Il manque le titre professionnel de la personne qualifiée (géo., ing., P.Geo., …)',
      why:
        'elle ne donne aucun titre professionnel ; une personne qualifiée est membre en règle d’un ordre ' +
        'professionnel : indiquez le titre après le nom.',
      insert: ', géo. [ou ing.]'
    },
    relationship: {
      reason:
        'Il manque le lien de la personne qualifiée avec l’émetteur (titre, «\u00a0indépendant de la Société\u00a0», ' +
        '«\u00a0consultant de la Société\u00a0»)',
      elsewhere: (quoted) => `elle donne un lien avec une autre société (${quoted}), non avec l’émetteur.`,
      why: 'elle n’indique pas le lien de la personne qualifiée avec l’émetteur.',
      insert: ', [titre] de la Société'
    },
    otherRelationship: {
      reason: (person) => `Il manque le lien avec l’émetteur de la personne qualifiée ${person}`,
      why: (person) =>
        `elle n’indique pas le lien de ${person}, qui a aussi préparé ou approuvé de l’information technique, avec ` +
        'l’émetteur (celui de chaque personne qualifiée). Indiquez son titre, ou qu’elle est indépendante de la Société.'
    },
    approval: {
      reason:
        'Il manque l’approbation dans la mention de la personne qualifiée ; attendu : «\u00a0a révisé et approuvé\u00a0», ' +
        '«\u00a0a préparé\u00a0» ou «\u00a0a supervisé\u00a0»',
      why: 'elle ne dit pas que la personne qualifiée a préparé, supervisé ou approuvé l’information scientifique et technique.',
      sentence:
        ' La personne qualifiée a révisé et approuvé l’information scientifique et technique contenue dans le ' +
        'présent communiqué.'
    },
    scope: {
      reason: (scope, line) =>
        `Il manque la personne qualifiée de l’estimation des ressources minérales (ligne ${line}) ; attendu : une ` +
        `mention qui la couvre, non seulement «\u00a0${scope}\u00a0»`,
      why: (scope, estimate) =>
        `elle ne couvre que «\u00a0${scope}\u00a0», et le communiqué donne aussi une estimation des ressources ` +
        `minérales («\u00a0${estimate}\u00a0»). Nommez la personne qualifiée qui a préparé l’estimation ou en a ` +
        'approuvé la communication, et son lien avec l’émetteur, ou faites couvrir par la mention toute ' +
        'l’information scientifique et technique du communiqué.'
    },
    reviewOnly: {
      reason: (words) =>
        `«\u00a0${words}\u00a0» seul dans la mention de la personne qualifiée ; attendu : ` +
        `«\u00a0${words} et ${agreed(words)}\u00a0»`,
      why:
        'elle dit seulement que la personne qualifiée a révisé l’information, non qu’elle l’a préparée, ' +
        'en a supervisé la préparation ou l’a approuvée : la personne que l’article 3.1 demande de nommer.',
      insert: (words) => ` et ${agreed(words)}`
    },
    qualified: {
      reason: 'Il manque la désignation comme personne qualifiée au sens du Règlement 43-101',
      why: 'elle ne désigne pas la personne comme personne qualifiée au sens du Règlement 43-101.',
      insert: ', personne qualifiée au sens du Règlement 43-101'
    },
    instrument: {
      why: 'elle ne nomme pas le règlement ; ajoutez «\u00a0au sens du Règlement 43-101\u00a0».',
      insert: ' au sens du Règlement 43-101',
      parenthesis: ' (au sens du Règlement 43-101)'
    }
  }
}

/** « approuvé » agreed as the participle before it is (« révisée » → « approuvée », « vérifiés » → « approuvés »). */
function agreed(words: string): string {
  const ending = /(?:ée?s?|ee?s?)$/i.exec(words)?.[0].toLowerCase() ?? 'é'
  return 'approuv' + ending.replace(/^e/, 'é')
}
