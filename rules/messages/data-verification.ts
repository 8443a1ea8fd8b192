/** The data-verification rule's words in English and French (a French release is told in French). */
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

export interface VerificationTexts {
  template: string
  reason: (line: number, quoted: string) => string
  /** A statement that the data were verified, with no word of how (s.3.2(b)). */
  how: string
  /** A statement that the data were not verified, with no word of why (s.3.2(c)). */
  why: string
  note: string
}

export const VERIFICATION_TEXTS: Record<Language, VerificationTexts> = {
  en: {
    template:
      '[Name], the Qualified Person, has verified the data disclosed, including the sampling, analytical and test data, ' +
      'by [describe how]; [any limitations on the verification].',
    reason: (line, quoted) =>
      'Missing data verification statement, expected whether and how the Qualified Person verified the data; ' +
      `this release gives scientific or technical information (line ${line}): “${quoted}”`,
    how:
      'Missing how the data were verified, expected how the Qualified Person verified the data (the certificates ' +
      'compared with the database, a site visit, check assays, the QA/QC results reviewed) and any limitations',
    why:
      'Missing why the data were not verified, expected the reason the Qualified Person did not verify the data ' +
      '(the core or the records no longer exist, the data are a prior operator’s, the assays are pending)',
    note:
      'NI 43-101 s.3.2: the first written disclosure of scientific or technical information states whether a Qualified ' +
      'Person has verified the data disclosed (sampling, analytical and test data), how, any limitations on the ' +
      'verification, and why if it was not verified. Add it with the QP statement, unless this information was ' +
      'disclosed before with its verification.'
  },
  fr: {
    template:
      '[Nom], la personne qualifiée, a vérifié les données communiquées, y compris les données d’échantillonnage, ' +
      'd’analyse et d’essai, en [décrire comment] ; [toute limite à la vérification].',
    reason: (line, quoted) =>
      'Il manque la mention de la vérification des données ; attendu : si la personne qualifiée a vérifié les ' +
      `données, et comment ; ce communiqué donne de l’information scientifique ou technique (ligne ${line}) : ` +
      guillemets(quoted),
    how:
      'Il manque la façon dont les données ont été vérifiées ; attendu : comment la personne qualifiée a vérifié les ' +
      'données (certificats comparés à la base de données, visite du site, analyses de contrôle, résultats AQ/CQ ' +
      'examinés) et toute limite à la vérification',
    why:
      'Il manque la raison pour laquelle les données n’ont pas été vérifiées ; attendu : pourquoi la personne ' +
      'qualifiée ne les a pas vérifiées (carottes ou registres disparus, données d’un ancien exploitant, analyses ' +
      'en attente)',
    note:
      'Règlement 43-101, article 3.2 : la première communication écrite d’information scientifique ou technique ' +
      'indique si une personne qualifiée a vérifié les données communiquées (données d’échantillonnage, d’analyse ' +
      'et d’essai), comment, toute limite à la vérification et, si elles n’ont pas été vérifiées, pourquoi. ' +
      'Ajoutez-la avec la mention de la personne qualifiée, sauf si cette information a déjà été communiquée avec ' +
      'sa vérification.'
  }
}
