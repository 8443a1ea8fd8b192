/**
 * `forward-looking-caution`'s messages for French words: the caution's
 * elements (Règlement 51-102, art. 4A.3) and the paragraph to add, in French.
 * (The rule and its English messages: rules/forward-looking-caution.ts.)
 */
import type {CautionElement} from '../../src/model/model.js'

export const CITATION_FR = 'Règlement 51-102, art. 4A.3'

export const FLI_TEMPLATE_FR =
  'Le présent communiqué contient de l’information prospective au sens de la législation canadienne en valeurs ' +
  'mobilières applicable, notamment des énoncés concernant [les éléments prospectifs, p. ex. l’emploi du produit]. ' +
  'L’information prospective repose sur des hypothèses, notamment [les facteurs et hypothèses importants]. Les ' +
  'résultats réels pourraient différer sensiblement de ceux qu’exprime ou sous-entend l’information prospective en ' +
  'raison de risques, notamment [les facteurs de risque importants]. Le lecteur est invité à ne pas se fier ' +
  'indûment à l’information prospective. La Société ne s’engage pas à mettre à jour l’information prospective, ' +
  'sauf si la législation en valeurs mobilières applicable l’exige.'

/** Each element of art. 4A.3: the finding when it is missing, and the sentence that adds it. */
export const ELEMENTS_FR: Record<CautionElement, {reason: string; why: string; sentence: string}> = {
  identifies: {
    reason: 'Il manque, dans la mise en garde, la mention que l’information est prospective',
    why: 'par. a : la mise en garde doit indiquer que l’information est prospective et ce qu’elle vise.',
    sentence:
      'Le présent communiqué contient de l’information prospective, notamment des énoncés concernant [les éléments prospectifs].'
  },
  differ: {
    reason: 'Il manque l’avertissement que les résultats réels peuvent différer de l’information prospective',
    why: 'par. b : la mise en garde doit avertir que les résultats réels peuvent différer de l’information prospective.',
    sentence:
      'Les résultats réels pourraient différer sensiblement de ceux qu’exprime ou sous-entend l’information prospective.'
  },
  risks: {
    reason: 'Il manque les facteurs de risque importants dans la mise en garde sur l’information prospective',
    why:
      'par. b : la mise en garde doit indiquer les facteurs de risque importants qui pourraient faire différer ' +
      'sensiblement les résultats réels.',
    sentence:
      'Les risques qui pourraient faire différer sensiblement les résultats réels comprennent [les facteurs de risque importants].'
  },
  assumptions: {
    reason: 'Il manque les hypothèses ou facteurs importants dans la mise en garde sur l’information prospective',
    why: 'par. c : la mise en garde doit indiquer les facteurs ou hypothèses importants utilisés pour établir l’information prospective.',
    sentence: 'L’information prospective repose sur des hypothèses, notamment [les facteurs et hypothèses importants].'
  },
  updates: {
    reason: 'Il manque la mention sur la mise à jour de l’information prospective',
    why:
      'par. d (une politique de mise à jour ; la pratique du marché l’énonce) : dites si l’émetteur mettra à jour ' +
      'l’information prospective.',
    sentence:
      'La Société ne s’engage pas à mettre à jour l’information prospective, sauf si la législation en valeurs ' +
      'mobilières applicable l’exige.'
  }
}

export const CAUTION_FR = {
  missing: 'Il manque la mise en garde sur l’information prospective',
  missingNote: (cause: string) =>
    `${CITATION_FR} : ${cause} ; le communiqué doit l’indiquer comme prospective, avertir que les résultats réels ` +
    'peuvent différer, nommer les facteurs de risque importants et indiquer les hypothèses importantes. Ajoutez une ' +
    'mise en garde.',
  thirdParty: (evidence: string, speaker: string) =>
    `le communiqué énonce de l’information prospective (« ${evidence} »), mais c’est un tiers qui parle ` +
    `(« ${speaker} ») : une mise en garde est due s’il est émetteur assujetti`,
  strong: (evidence: string) => `le communiqué énonce de l’information prospective (« ${evidence} »)`,
  weak: (evidence: string) =>
    `le communiqué emploie des mots du futur (« ${evidence} ») sans énoncer de projet ni d’attente de l’émetteur`,
  notIssuer: 'pas l’émetteur',
  inSubstance:
    ' La mise en garde dit que l’information prospective comporte des risques ou des incertitudes, un avertissement ' +
    'en substance : dites que les résultats réels peuvent différer.'
}
