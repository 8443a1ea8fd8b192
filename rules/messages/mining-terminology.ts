/**
 * The mining-terminology rule's words in English and French: a term in a French block is told in French, citing
 * the Avis 43-309 du personnel des ACVM (its French title is unconfirmed: it is cited by its number) and the
 * Règlement 43-101, with a French replacement where one is clear.
 */
import type {Language, Term} from '../../src/model/model.js'
import {guillemets} from './french.js'

export interface TerminologyTexts {
  reason: Record<Term['kind'], (quote: string, replacement: string | undefined) => string>
  note: Record<Term['kind'], string>
}

const NOTICE = 'CSA Staff Notice 43-309 (promotional and misleading terms)'
/** "World-class", "spectacular", "production ready": one reason, the words quoted. */
const promotional = (quote: string): string => `Unexpected promotional “${quote}”, expected a factual description`
const promotionnelle = (quote: string): string =>
  `Formule promotionnelle ${guillemets(quote)} inattendue ; attendu : une description factuelle`
const NOTICE_FR = 'Avis 43-309 du personnel des ACVM (termes promotionnels ou trompeurs)'

export const TERMINOLOGY_TEXTS: Record<Language, TerminologyTexts> = {
  en: {
    reason: {
      ore: (quote, replacement) =>
        `Unexpected “${quote}” in a release that states no mineral reserves, expected ` +
        (replacement ? `“${replacement}”` : 'a term for mineralization'),
      compliant: (quote) => `Unexpected “${quote}”, expected “estimated in accordance with NI 43-101”`,
      'world-class': promotional,
      promotional,
      economic: (quote, replacement) =>
        `Unexpected “${quote}” without a pre-feasibility or feasibility study, expected ` +
        (replacement ? `“${replacement}”` : 'no claim of economic viability'),
      reserves: (quote) =>
        `Unexpected “${quote}” in a release that states no mineral reserves, expected the mineral resource ` +
        'categories (Measured, Indicated, Inferred)',
      'non-cim': (quote, replacement) =>
        `Unexpected “${quote}”, a resource in no CIM category, expected ` +
        (replacement ? `“${replacement}”` : 'a Mineral Resource category (Measured, Indicated, Inferred)')
    },
    note: {
      ore:
        `${NOTICE} names “ore” among the terms to be cautious with: it implies mineralization mined at a profit, which ` +
        `only mineral reserves (NI 43-101 s.2.2, the CIM categories) demonstrate. Without reserves or a mine, say ` +
        `“mineralization” or “mineralized zone”.`,
      compliant:
        `${NOTICE}; NI 43-101 s.2.2: there is no “NI 43-101 compliant” resource, only disclosure that complies. Say ` +
        `“a mineral resource estimated in accordance with NI 43-101” and give its category.`,
      'world-class':
        `${NOTICE} names “world-class” among the overly promotional terms to avoid. Remove it, or state the facts ` +
        `(size, grade, category) and their source.`,
      promotional:
        `${NOTICE} names “spectacular” and “production ready” among the terms issuers should be cautious with: they ` +
        `claim more than results or a study show. Remove it, or state the facts (grade, width, the study and stage) ` +
        `and their source.`,
      economic:
        `${NOTICE}; CIM Definition Standards (which NI 43-101 adopts): economic viability is demonstrated only by a ` +
        `pre-feasibility or feasibility study (mineral reserves); the release states neither. Remove the claim.`,
      reserves:
        `NI 43-101 s.2.2(a): disclosure of a mineral resource or reserve uses only the CIM categories; “reserves” are ` +
        `Mineral Reserves (Proven, Probable), which need at least a pre-feasibility study, and the release states ` +
        `neither. Call the estimate what it is: a Mineral Resource, by category.`,
      'non-cim':
        `NI 43-101 s.2.2(a): a resource is named only by the CIM categories, and “geological”, “diluted” or similar ` +
        `resources are not among them; a potential quantity not yet estimated is an exploration target (s.2.3(2)), ` +
        `not a resource. Name a target an exploration target, and an estimate by its category.`
    }
  },
  fr: {
    reason: {
      ore: (quote, replacement) =>
        `Terme ${guillemets(quote)} inattendu dans un communiqué qui n’indique aucune réserve minérale ; attendu : ` +
        (replacement ? guillemets(replacement) : 'un terme désignant la minéralisation'),
      compliant: (quote, replacement) =>
        `Formule ${guillemets(quote)} inattendue ; attendu : ` +
        guillemets(replacement ?? 'estimées conformément au Règlement 43-101'),
      'world-class': promotionnelle,
      promotional: promotionnelle,
      economic: (quote, replacement) =>
        `Formule ${guillemets(quote)} inattendue sans étude de préfaisabilité ni de faisabilité ; attendu : ` +
        (replacement ? guillemets(replacement) : 'aucune affirmation de viabilité économique'),
      reserves: (quote) =>
        `Terme ${guillemets(quote)} inattendu dans un communiqué qui n’indique aucune réserve minérale ; attendu : ` +
        'les catégories de ressources minérales (mesurées, indiquées, présumées)',
      'non-cim': (quote, replacement) =>
        `Terme ${guillemets(quote)} inattendu, une ressource hors des catégories de l’ICM ; attendu : ` +
        (replacement ? guillemets(replacement) : 'une catégorie de ressources minérales')
    },
    note: {
      ore:
        `${NOTICE_FR} : le terme ${guillemets('minerai')} appelle la prudence ; il laisse entendre une minéralisation ` +
        'exploitable avec profit, ce que seules des réserves minérales établissent (Règlement 43-101, art. 2.2, ' +
        `catégories de l’ICM). Sans réserves ni mine en exploitation, dites ${guillemets('minéralisation')} ou ` +
        `${guillemets('zone minéralisée')}.`,
      compliant:
        `${NOTICE_FR} ; Règlement 43-101, art. 2.2 : aucune ressource n’est ${guillemets('conforme au Règlement 43-101')}, ` +
        'seule l’information l’est. Dites que la ressource minérale a été estimée conformément au Règlement 43-101 et ' +
        'donnez sa catégorie.',
      'world-class':
        `${NOTICE_FR} : ${guillemets('de classe mondiale')} compte parmi les termes trop promotionnels à éviter. ` +
        'Supprimez-le ou énoncez les faits (taille, teneur, catégorie) et leur source.',
      promotional:
        `${NOTICE_FR} : ${guillemets('spectaculaire')} compte parmi les termes trop promotionnels à éviter. ` +
        'Supprimez-le ou énoncez les faits (teneur, épaisseur, étude) et leur source.',
      economic:
        `${NOTICE_FR} ; Normes de définitions de l’ICM (adoptées par le Règlement 43-101) : seule une étude de ` +
        'préfaisabilité ou de faisabilité (des réserves minérales) démontre la viabilité économique ; le communiqué ' +
        'n’en indique aucune. Supprimez l’affirmation.',
      reserves:
        'Règlement 43-101, art. 2.2 a) : l’information sur les ressources ou réserves n’utilise que les catégories de ' +
        'l’ICM ; des réserves minérales (prouvées, probables) exigent au moins une étude de préfaisabilité, et le ' +
        'communiqué n’en indique aucune. Désignez l’estimation par sa catégorie de ressources minérales.',
      'non-cim':
        'Règlement 43-101, art. 2.2 a) : une ressource ne se désigne que par les catégories de l’ICM ; une quantité ' +
        'potentielle non estimée est une cible d’exploration (art. 2.3(2)), non une ressource.'
    }
  }
}
