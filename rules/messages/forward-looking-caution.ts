/**
 * `forward-looking-caution`'s messages in English and French: the caution's
 * elements (NI 51-102 s.4A.3 / Règlement 51-102, art. 4A.3), the paragraph to
 * add, and why the rule applies. (The rule: rules/forward-looking-caution.ts.)
 */
import type {CautionElement, Language} from '../../src/model/model.js'

export const FLI_TEMPLATE =
  'This news release contains forward-looking information within the meaning of applicable Canadian securities ' +
  'legislation, including statements regarding [the forward-looking matters, e.g. the use of proceeds]. ' +
  'Forward-looking information is based on assumptions, including [the material factors and assumptions]. ' +
  'Actual results may differ materially from those expressed or implied by forward-looking information ' +
  'because of risks that include [the material risk factors]. Readers are cautioned not to place undue ' +
  'reliance on forward-looking information. The Company does not undertake to update forward-looking ' +
  'information except as required by applicable securities laws.'

const CITATION = 'NI 51-102 s.4A.3'

/** Each element of s.4A.3: the finding when it is missing, and the sentence that adds it. */
const ELEMENTS: Record<CautionElement, {reason: string; why: string; sentence: string}> = {
  identifies: {
    reason: 'Missing identification of forward-looking information in the caution',
    why: 's.4A.3(a): the caution must identify the forward-looking information as such, saying what it covers.',
    sentence:
      'This news release contains forward-looking information, including statements regarding [the forward-looking matters].'
  },
  differ: {
    reason: 'Missing warning that actual results may differ from forward-looking information',
    why: 's.4A.3(b): the caution must warn that actual results may vary from the forward-looking information.',
    sentence: 'Actual results may differ materially from those expressed or implied by forward-looking information.'
  },
  risks: {
    reason: 'Missing material risk factors in the forward-looking caution',
    why: 's.4A.3(b): the caution must identify the material risk factors that could cause actual results to differ materially.',
    sentence: 'Risks that could cause actual results to differ materially include [the material risk factors].'
  },
  assumptions: {
    reason: 'Missing material factors or assumptions in the forward-looking caution',
    why: 's.4A.3(c): the caution must state the material factors or assumptions used to develop the forward-looking information.',
    sentence: 'Forward-looking information is based on assumptions, including [the material factors and assumptions].'
  },
  updates: {
    reason: 'Missing statement on updating forward-looking information',
    why: 's.4A.3(d) (an updating policy; market practice states it): say whether the issuer will update the forward-looking information.',
    sentence:
      'The Company does not undertake to update forward-looking information except as required by applicable securities laws.'
  }
}

/** Why the rule applies and what is missing, in English (the French: CAUTION_FR). */
const CAUTION = {
  missing: 'Missing forward-looking information caution',
  missingNote: (cause: string) =>
    `${CITATION}: ${cause}, so the release must identify it as forward-looking, warn that actual ` +
    `results may differ, name the material risk factors and state the material assumptions. Add a cautionary paragraph.`,
  thirdParty: (evidence: string, speaker: string) =>
    `the release states forward-looking information (“${evidence}”), but a third party speaks ` +
    `(“${speaker}”): a caution is owed if it is a reporting issuer`,
  abroad: (evidence: string, because: string) =>
    `the release states forward-looking information (“${evidence}”), but ${because}: a caution is owed if the ` +
    `issuer is a reporting issuer in Canada`,
  strong: (evidence: string) => `the release states forward-looking information (“${evidence}”)`,
  weak: (evidence: string) =>
    `the release has words of the future (“${evidence}”) but no statement of the issuer’s plans or expectations`,
  notIssuer: 'not the issuer',
  inSubstance:
    ' The caution says forward-looking information involves risks or uncertainties, a warning in substance: say that actual ' +
    'results may differ.',
  byWords:
    ' The caution says only by which words forward-looking information may be recognized ("words such as …"), which ' +
    'CSA Staff Notice 51-330 does not find adequate: say what it covers.'
}

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
  abroad: (evidence: string, because: string) =>
    `le communiqué énonce de l’information prospective (« ${evidence} »), mais ${because} : une mise en garde est ` +
    `due si l’émetteur est émetteur assujetti au Canada`,
  strong: (evidence: string) => `le communiqué énonce de l’information prospective (« ${evidence} »)`,
  weak: (evidence: string) =>
    `le communiqué emploie des mots du futur (« ${evidence} ») sans énoncer de projet ni d’attente de l’émetteur`,
  notIssuer: 'pas l’émetteur',
  inSubstance:
    ' La mise en garde dit que l’information prospective comporte des risques ou des incertitudes, un avertissement ' +
    'en substance : dites que les résultats réels peuvent différer.',
  byWords:
    ' La mise en garde dit seulement à quels termes l’information prospective se reconnaît (« des termes comme … »), ' +
    'ce que l’Avis 51-330 du personnel des ACVM ne juge pas suffisant : dites ce qu’elle vise.'
}

/** What the rule says in one language: the paragraph to add, each element, why the rule applies, the note. */
export type CautionTexts = typeof CAUTION & {
  template: string
  elements: Record<CautionElement, {reason: string; why: string; sentence: string}>
  /** The note of a missing element: the citation, why the rule applies, why the element is needed. */
  note: (cause: string, why: string) => string
}

export const CAUTION_TEXTS: Record<Language, CautionTexts> = {
  en: {template: FLI_TEMPLATE, elements: ELEMENTS, ...CAUTION, note: (cause, why) => `${CITATION}: ${cause}; ${why}`},
  fr: {
    template: FLI_TEMPLATE_FR,
    elements: ELEMENTS_FR,
    ...CAUTION_FR,
    note: (cause, why) => `${CITATION_FR} : ${cause} ; ${why}`
  }
}
