/**
 * The life-offering rule's words in English and French: a French LIFE release (« document d’offre », « dispense
 * pour financement de l’émetteur coté ») is told in French, citing the Règlement 45-106 (partie 5A) and the Annexe
 * 45-106A19, with the French offering-document statement as the fix. The French statement is the form Québec
 * issuers print; its official text is unconfirmed, like the English one.
 */
import type {KindOf} from '../../src/model/release.js'
import {describeOffering} from '../../src/model/release.js'
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'
import {describeOfferingFr} from './us-securities.js'

export interface LifeTexts {
  document: string
  read: string
  cause: (offering: KindOf, quoted: string) => string
  where: (line: number) => string
  access: {reason: (cause: string) => string; note: string}
  elements: {website: string; read: string; reason: (labels: readonly string[]) => string; note: string}
  hold: {reason: (cause: string) => string; note: string}
}

const CITATION = 'NI 45-106 Part 5A (listed issuer financing exemption) and Form 45-106F19'
const CITATION_FR = 'Règlement 45-106, partie 5A (dispense pour financement de l’émetteur coté) et Annexe 45-106A19'

export const DOCUMENT =
  'There is an offering document related to the Offering that can be accessed under the Company’s profile at ' +
  'www.sedarplus.ca and on the Company’s website. Prospective investors should read this offering document before ' +
  'making an investment decision.'
export const READ = 'Prospective investors should read this offering document before making an investment decision.'
export const DOCUMENT_FR =
  'Il existe un document d’offre relatif au placement qui peut être consulté sous le profil de la Société sur ' +
  'SEDAR+ à www.sedarplus.ca et sur son site Web. Les investisseurs éventuels devraient lire ce document d’offre ' +
  'avant de prendre une décision d’investissement.'
export const READ_FR =
  'Les investisseurs éventuels devraient lire ce document d’offre avant de prendre une décision d’investissement.'

export const LIFE_TEXTS: Record<Language, LifeTexts> = {
  en: {
    document: DOCUMENT,
    read: READ,
    cause: (offering, quoted) => `this release announces ${describeOffering(offering)}: “${quoted}”`,
    where: (line) => ` (the offering: line ${line})`,
    access: {
      reason: (cause) =>
        `Missing where the LIFE offering document can be accessed, expected “${DOCUMENT.split('. ')[0]}”; ${cause}`,
      note:
        `${CITATION}: the news release announcing a LIFE offering states that there is an offering document and ` +
        `where it can be accessed (the issuer's SEDAR+ profile and website); the exact wording is unconfirmed.`
    },
    elements: {
      website: 'the issuer’s website',
      read: 'that prospective investors should read it before investing',
      reason: (labels) => `Missing ${labels.join(' and ')} in the offering document statement`,
      note: `${CITATION}: the offering document statement says where to read it and that investors should read it before investing.`
    },
    hold: {
      reason: (cause) => `Unexpected hold period on securities of a LIFE offering, expected none; ${cause}`,
      note:
        `${CITATION}: securities distributed under the listed issuer financing exemption are not subject to a ` +
        `restricted period (NI 45-102); state that they are free trading, or say which other securities the hold binds.`
    }
  },
  fr: {
    document: DOCUMENT_FR,
    read: READ_FR,
    cause: (offering, quoted) => `ce communiqué annonce ${describeOfferingFr(offering)} : ${guillemets(quoted)}`,
    where: (line) => ` (le placement : ligne ${line})`,
    access: {
      reason: (cause) =>
        `Il manque l’endroit où consulter le document d’offre ; attendu : ${guillemets(DOCUMENT_FR.split('. ')[0])} ; ` +
        cause,
      note:
        `${CITATION_FR} : le communiqué annonçant le placement indique qu’il existe un document d’offre et où le ` +
        'consulter (le profil de l’émetteur sur SEDAR+ et son site Web) ; le libellé exact n’est pas confirmé.'
    },
    elements: {
      website: 'qu’il peut être consulté sur le site Web de l’émetteur',
      read: 'que les investisseurs éventuels devraient le lire avant d’investir',
      reason: (labels) => `La mention du document d’offre ne dit pas ${labels.join(' ni ')}`,
      note:
        `${CITATION_FR} : la mention du document d’offre dit où le consulter et que les investisseurs devraient le ` +
        'lire avant d’investir.'
    },
    hold: {
      reason: (cause) =>
        `Période de détention inattendue sur les titres d’un placement LIFE ; attendu : aucune ; ${cause}`,
      note:
        `${CITATION_FR} : les titres placés sous le régime de la dispense pour financement de l’émetteur coté ne sont ` +
        'pas soumis à une période de restriction (Règlement 45-102) ; indiquez qu’ils sont librement négociables, ou ' +
        'précisez les autres titres visés par la période de détention.'
    }
  }
}
