/**
 * The unfilled-placeholder rule's words in English and French: a blank in a French block (« [Nom] »,
 * « À DÉTERMINER ») is told in French, citing the French names of the instruments.
 */
import type {Language} from '../../src/model/model.js'
import {guillemets} from './french.js'

export interface PlaceholderTexts {
  reason: (text: string) => string
  /** A note to draft or a reviewer's remark: removed, not filled in. */
  note: (text: string) => string
  caution: string
  qp: string
  misrepresentation: string
  fix: string
}

export const PLACEHOLDER_TEXTS: Record<Language, PlaceholderTexts> = {
  en: {
    reason: (text) => `Unexpected unfilled placeholder “${text}”, expected the fact it stands for`,
    note: (text) => `Unexpected note to draft “${text}”, expected it resolved and removed`,
    caution:
      'NI 51-102 s.4A.3: the forward-looking caution must state the actual material risk factors and assumptions, not a template’s',
    qp: 'NI 43-101 s.3.1: the QP statement must give the Qualified Person’s actual name and relationship to the issuer',
    misrepresentation:
      'Securities Act (Ontario) s.1(1) and its counterparts in the other provinces: a “misrepresentation” is an ' +
      'untrue statement of a material fact or the omission of one that is required or needed to make a statement not ' +
      'misleading',
    fix:
      "Template text left in a release (brackets, X's for digits, TBD, ●, underscores, notes to draft) goes to the newswire as " +
      'written: replace it with the fact, or remove it, before dissemination.'
  },
  fr: {
    reason: (text) => `Il reste un espace à remplir : ${guillemets(text)} ; attendu : le fait qu’il remplace`,
    note: (text) => `Il reste une note de rédaction : ${guillemets(text)} ; attendu : la régler et la supprimer`,
    caution:
      'Règlement 51-102, article 4A.3 : la mise en garde sur l’information prospective doit énoncer les facteurs de ' +
      'risque importants et les hypothèses réels, non ceux d’un modèle',
    qp:
      'Règlement 43-101, article 3.1 : la mention de la personne qualifiée doit donner son nom réel et sa relation ' +
      'avec l’émetteur',
    misrepresentation:
      'Loi sur les valeurs mobilières (Ontario), paragraphe 1(1), et ses équivalents dans les autres provinces : la ' +
      '« présentation inexacte des faits » est une déclaration fausse sur un fait important ou l’omission d’un fait ' +
      'qui doit être déclaré ou qui est nécessaire pour qu’une déclaration ne soit pas trompeuse',
    fix:
      'Le texte de modèle laissé dans un communiqué (crochets, X à la place des chiffres, « À DÉTERMINER », ●, ' +
      'traits de soulignement, notes de rédaction) est diffusé tel quel : remplacez-le par le fait, ou supprimez-le, avant la diffusion.'
  }
}
