/**
 * The cautions NI 43-101 prescribes for estimates, declared element by
 * element for the mandated-wording matcher (wording.ts): the PEA caution
 * (s.2.3(3)(a)), the exploration-target caution (s.2.3(2)(a)), the
 * historical-estimate statement (s.2.4(g)) and the sentence that mineral
 * resources that are not mineral reserves do not have demonstrated economic
 * viability (s.3.4). Each substantive element is what the statement says; the
 * words between them ("that are considered", "to have the economic
 * considerations applied to them") are gaps, so a paraphrase that keeps every
 * element reads as the canonical text does, and one that drops an element
 * is reported by its name.
 */
import type {Block} from './document.js'
import {
  align,
  declare,
  lettersOf,
  lettersIn,
  type Alignment,
  type ElementSpec,
  type ElementVerdict,
  type Statement,
  type Status
} from './wording.js'

const gap = (id: string, words: number): ElementSpec => ({id, label: '…', wordings: [], substantive: false, gap: words})

/**
 * "There is no certainty" in French, every form a release gives it: the noun negated (« aucune certitude », « pas de
 * garantie »), the adjective (« il n'est pas certain », « incertain »), the verb with « rien » or a modal (« rien ne
 * garantit que », « rien ne permet d'affirmer que », « la Société ne peut garantir que », « ne peut être assuré »).
 */
const NO_CERTAINTY_FR = [
  'aucune certitude',
  'aucune garantie',
  'aucune assurance',
  'pas de certitude',
  'pas de garantie',
  'pas certain',
  'pas sûr',
  'incertain',
  'pas garanti',
  'pas assuré',
  'rien ne garantit',
  'rien ne permet de garantir',
  'rien ne permet d’affirmer',
  'rien ne permet de croire',
  'ne peut garantir',
  'ne peut être garanti',
  'ne peut assurer',
  'ne peut être assuré'
]

/** The canonical texts, as messages and fixes give them. */
export const PEA_CAUTION =
  'The PEA is preliminary in nature, it includes Inferred Mineral Resources that are considered too speculative ' +
  'geologically to have the economic considerations applied to them that would enable them to be categorized as ' +
  'Mineral Reserves, and there is no certainty that the PEA will be realized.'
export const TARGET_CAUTION =
  'The potential quantity and grade of the exploration target is conceptual in nature, there has been ' +
  'insufficient exploration to define a mineral resource and it is uncertain if further exploration will result ' +
  'in the target being delineated as a mineral resource.'
export const HISTORICAL_CAUTION =
  'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
  'resources or mineral reserves and the Company is not treating the historical estimate as current mineral ' +
  'resources or mineral reserves.'
export const VIABILITY_CAUTION =
  'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'

/** s.2.3(3)(a): preliminary · includes inferred · too speculative geologically (· mineral reserves) · no certainty · realized. */
export const PEA_STATEMENT = declare('pea-caution', [
  // The words that open the sentence before the statement ("As disclosed in the PEA, which is …").
  gap('lead', 30),
  {id: 'preliminary', label: 'preliminary in nature', wordings: ['preliminary in nature'], substantive: true},
  gap('gap-1', 12),
  {
    id: 'inferred',
    label: 'includes inferred mineral resources',
    wordings: ['inferred mineral? resources', 'inferred resources'],
    substantive: true
  },
  gap('gap-2', 8),
  {
    id: 'speculative',
    label: 'too speculative geologically',
    // The three orders of the clause ("geologically too speculative", as the French « géologiquement trop spéculatives »).
    wordings: ['too speculative geologically', 'too geologically speculative', 'geologically too speculative'],
    substantive: true
  },
  gap('gap-3', 24),
  // Part of the speculative clause: a caution that keeps "too speculative geologically" keeps its substance.
  {id: 'reserves', label: 'categorized as mineral reserves', wordings: ['mineral? reserves'], substantive: false},
  gap('gap-4', 6),
  {
    id: 'certainty',
    label: 'there is no certainty',
    wordings: ['no certainty', 'no assurance', 'not certain', 'no guarantee'],
    substantive: true
  },
  gap('gap-5', 10),
  {
    id: 'realized',
    label: 'will be realized',
    wordings: ['be realized', 'be realised', 'be achieved'],
    substantive: true
  }
])

/** s.2.3(2)(a): conceptual · insufficient exploration · to define a mineral resource · uncertain · delineated as a mineral resource. */
export const TARGET_STATEMENT = declare('exploration-target-caution', [
  // The words that open the sentence before the statement ("As disclosed in the PEA, which is …").
  gap('lead', 30),
  {
    id: 'conceptual',
    label: 'conceptual in nature',
    wordings: ['conceptual in nature', 'conceptual'],
    substantive: true
  },
  gap('gap-1', 8),
  {
    id: 'insufficient',
    label: 'insufficient exploration',
    wordings: ['insufficient exploration', 'insufficient drilling'],
    substantive: true
  },
  gap('gap-2', 3),
  {
    id: 'define',
    label: 'to define a mineral resource',
    wordings: ['define a mineral? resource', 'define mineral? resources', 'estimate a mineral? resource'],
    substantive: true
  },
  gap('gap-3', 4),
  {
    id: 'uncertain',
    label: 'it is uncertain',
    wordings: ['uncertain', 'no certainty', 'not certain', 'no assurance'],
    substantive: true
  },
  gap('gap-4', 10),
  {
    id: 'delineated',
    label: 'delineated as a mineral resource',
    wordings: [
      {text: 'delineated as a mineral? resource', value: 'ni'},
      {text: 'delineation of a mineral? resource', value: 'ni'},
      {text: 'defined as a mineral? resource', value: 'ni'},
      // The JORC Code's wording (clause 17: "determination", and "estimation" as the 2012 edition words it, beside
      // its "insufficient exploration to estimate a Mineral Resource"): accepted, with a warning.
      {text: 'determination of a mineral? resource', value: 'jorc'},
      {text: 'estimation of a mineral? resource', value: 'jorc'}
    ],
    substantive: true
  }
])

/** s.2.4(g): a QP has not done sufficient work to classify it as current · the issuer is not treating it as current. */
export const HISTORICAL_STATEMENT = declare('historical-estimate-caution', [
  // The words that open the sentence before the statement ("As disclosed in the PEA, which is …").
  gap('lead', 30),
  {id: 'qp', label: 'a qualified person', wordings: ['qualified persons?', 'qp'], substantive: true},
  gap('gap-1', 4),
  {
    id: 'sufficient',
    label: 'has not done sufficient work',
    wordings: ['not done sufficient work', 'not completed sufficient work', 'not done enough work'],
    substantive: true
  },
  gap('gap-2', 4),
  // "to classify … as current", and the same said as "to categorize", "to make … current", "to render … current".
  {
    id: 'classify',
    label: 'to classify it as current',
    wordings: ['classify', 'categorize', 'categorise', 'make', 'render'],
    substantive: true
  },
  gap('gap-3', 8),
  {id: 'current', label: 'as current mineral resources', wordings: ['as current', 'current'], substantive: true},
  gap('gap-4', 12),
  {
    id: 'treating',
    label: 'is not treating it',
    wordings: ['not treating', 'does not treat', 'do not treat', 'not considering'],
    substantive: true
  },
  gap('gap-5', 6),
  // Or the first clause's object said back ("… to classify the historical estimate as current mineral resources, and
  // the Company is not treating it as such"), as the swapped order allows (`swapped`).
  {id: 'treated-current', label: 'as current', wordings: ['as current', 'as a current', 'as such'], substantive: true}
])

/** s.3.4: mineral resources · that are not mineral reserves · do not have · demonstrated economic viability. */
export const VIABILITY_STATEMENT = declare('economic-viability', [
  // The words that open the sentence before the statement ("As disclosed in the PEA, which is …").
  gap('lead', 30),
  {id: 'resources', label: 'mineral resources', wordings: ['mineral? resources'], substantive: true},
  gap('gap-1', 4),
  {id: 'not-reserves', label: 'are not mineral reserves', wordings: ['not mineral? reserves'], substantive: true},
  gap('gap-2', 4),
  {
    id: 'negation',
    label: 'do not have',
    wordings: ['do not have', 'does not have', 'have not', 'has not', 'have no', 'lack'],
    substantive: true
  },
  gap('gap-3', 1),
  {
    id: 'viability',
    label: 'demonstrated economic viability',
    wordings: ['demonstrated economic viability'],
    substantive: true
  }
])

/**
 * The same sentence in French: « Les ressources minérales qui ne sont pas des réserves minérales n'ont pas démontré
 * leur viabilité économique. » The official French text of s.3.4 could not be retrieved: the elements accept the
 * common variants (« n'ont pas de viabilité économique démontrée », « ne possèdent pas »), accents dropped or not.
 */
export const VIABILITY_CAUTION_FR =
  'Les ressources minérales qui ne sont pas des réserves minérales n’ont pas démontré leur viabilité économique.'

export const VIABILITY_STATEMENT_FR = declare('economic-viability-fr', [
  gap('lead', 30),
  {
    id: 'resources',
    label: 'ressources minérales',
    wordings: ['ressources minérales?', 'ressources minerales?', 'ressources'],
    substantive: true
  },
  gap('gap-1', 4),
  {
    id: 'not-reserves',
    label: 'ne sont pas des réserves minérales',
    wordings: ['pas des réserves minérales?', 'pas des reserves minerales?', 'pas des réserves', 'pas des reserves'],
    substantive: true
  },
  gap('gap-2', 4),
  {
    id: 'negation',
    label: 'n’ont pas démontré',
    wordings: [
      "n'ont pas démontré",
      "n'ont pas demontre",
      "n'ont pas encore démontré",
      "n'ont pas de",
      'ne possèdent pas de',
      'ne possedent pas de',
      'ne présentent pas de',
      'ne démontrent pas'
    ],
    substantive: true
  },
  gap('gap-3', 2),
  {
    id: 'viability',
    label: 'viabilité économique',
    wordings: ['viabilité économique', 'viabilite economique', 'rentabilité économique'],
    substantive: true
  }
])

/**
 * The PEA caution in French, as Québec issuers write it: « L'étude économique préliminaire est de nature
 * préliminaire et comprend des ressources minérales présumées considérées comme trop spéculatives sur le plan
 * géologique … et il n'y a aucune certitude que ses résultats se réaliseront. » The official French text of
 * article 2.3(3) could not be retrieved: the elements accept the common variants.
 */
export const PEA_CAUTION_FR =
  'L’étude économique préliminaire est de nature préliminaire et comprend des ressources minérales présumées ' +
  'considérées comme trop spéculatives sur le plan géologique pour que l’on y applique les considérations ' +
  'économiques qui permettraient de les classer comme réserves minérales, et il n’y a aucune certitude que les ' +
  'résultats de l’étude économique préliminaire se réaliseront.'

export const PEA_STATEMENT_FR = declare('pea-caution-fr', [
  gap('lead', 30),
  {
    id: 'preliminary',
    label: 'de nature préliminaire',
    wordings: [
      'de nature préliminaire',
      'de nature preliminaire',
      'préliminaire par nature',
      'preliminaire par nature',
      'préliminaire de nature',
      'de caractère préliminaire'
    ],
    substantive: true
  },
  gap('gap-1', 12),
  {
    id: 'inferred',
    label: 'comprend des ressources minérales présumées',
    wordings: ['ressources minérales? présumées', 'ressources minerales? presumees'],
    substantive: true
  },
  gap('gap-2', 8),
  {
    id: 'speculative',
    label: 'trop spéculatives sur le plan géologique',
    wordings: [
      'trop spéculatives sur le plan géologique',
      'trop speculatives sur le plan geologique',
      'trop spéculatives géologiquement',
      'trop spéculatives d’un point de vue géologique',
      'géologiquement trop spéculatives'
    ],
    substantive: true
  },
  gap('gap-3', 24),
  {
    id: 'reserves',
    label: 'classées comme réserves minérales',
    wordings: ['réserves minérales?', 'reserves minerales?'],
    substantive: false
  },
  gap('gap-4', 6),
  {
    id: 'certainty',
    label: 'il n’y a aucune certitude',
    wordings: NO_CERTAINTY_FR,
    substantive: true
  },
  gap('gap-5', 12),
  {
    id: 'realized',
    label: 'se réaliseront',
    wordings: [
      // Every form of "will be realized" or "achieved": pronominal or passive, singular or plural.
      'se réaliseront',
      'se realiseront',
      'se réalisera',
      'se realisera',
      'seront réalisés',
      'seront réalisées',
      'sera réalisé',
      'sera réalisée',
      'se concrétiseront',
      'se concrétisera',
      'se matérialiseront',
      'se matérialisera',
      'seront atteints',
      'seront atteintes',
      'sera atteint',
      'sera atteinte'
    ],
    substantive: true
  }
])

/**
 * The historical-estimate statement in French (article 2.4 g) of the Règlement 43-101): « Une personne qualifiée
 * n’a pas effectué suffisamment de travaux pour classer l’estimation historique comme ressources minérales ou
 * réserves minérales actuelles, et la Société ne considère pas l’estimation historique comme des ressources
 * minérales ou des réserves minérales actuelles. » The official French text could not be retrieved: the elements
 * accept the common variants (« fait », « réalisé », « travaux suffisants », « ne traite pas », « courantes »).
 * Accents cost nothing (the matcher folds them).
 */
export const HISTORICAL_CAUTION_FR =
  'Une personne qualifiée n’a pas effectué suffisamment de travaux pour classer l’estimation historique comme ' +
  'ressources minérales ou réserves minérales actuelles, et la Société ne considère pas l’estimation historique ' +
  'comme des ressources minérales ou des réserves minérales actuelles.'

export const HISTORICAL_STATEMENT_FR = declare('historical-estimate-caution-fr', [
  gap('lead', 30),
  {
    id: 'qp',
    label: 'une personne qualifiée',
    wordings: ['personne qualifiée', 'personnes qualifiées', 'pq'],
    substantive: true
  },
  gap('gap-1', 4),
  {
    id: 'sufficient',
    label: 'n’a pas effectué suffisamment de travaux',
    wordings: [
      'pas effectué suffisamment de travaux',
      'pas fait suffisamment de travaux',
      'pas réalisé suffisamment de travaux',
      'pas effectué assez de travaux',
      'pas effectué de travaux suffisants',
      'pas effectué les travaux suffisants',
      'pas réalisé de travaux suffisants',
      'pas fait de travaux suffisants'
    ],
    substantive: true
  },
  gap('gap-2', 6),
  {id: 'classify', label: 'pour classer', wordings: ['classer', 'classifier'], substantive: true},
  gap('gap-3', 14),
  {
    id: 'current',
    label: 'comme ressources minérales ou réserves minérales actuelles',
    // Part of the classify clause: with two « actuelles » a few words apart, a statement that drops its second half
    // would otherwise be read as replacing the first (the second half is then reported by « ne considère pas »).
    wordings: ['actuelles', 'courantes'],
    substantive: false
  },
  gap('gap-4', 8),
  {
    id: 'treating',
    label: 'ne considère pas',
    wordings: [
      'ne considère pas',
      'ne la considère pas',
      'ne les considère pas',
      'ne traite pas',
      'ne la traite pas',
      'ne les traite pas',
      'ne considèrent pas',
      'ne traitent pas'
    ],
    substantive: true
  },
  gap('gap-5', 14),
  {
    id: 'treated-current',
    label: 'comme des ressources minérales actuelles',
    // Or said back, as in English (« … et la Société ne la traite pas comme telle »).
    wordings: ['actuelles', 'courantes', 'à jour', 'comme telles', 'comme telle', 'comme tels', 'comme tel'],
    substantive: true
  }
])

/**
 * The exploration-target caution in French (article 2.3(2) a) of the Règlement 43-101): « La quantité et la teneur
 * potentielles de la cible d’exploration sont de nature conceptuelle, les travaux d’exploration ont été insuffisants
 * pour définir une ressource minérale, et il n’est pas certain que les travaux d’exploration futurs permettront de
 * définir une ressource minérale. » The official French text could not be retrieved: the elements accept the
 * common variants (« conceptuelles », « exploration insuffisante », « aucune certitude », « délimiter la cible comme
 * ressource minérale »).
 */
export const TARGET_CAUTION_FR =
  'La quantité et la teneur potentielles de la cible d’exploration sont de nature conceptuelle, les travaux ' +
  'd’exploration ont été insuffisants pour définir une ressource minérale, et il n’est pas certain que les travaux ' +
  'd’exploration futurs permettront de définir une ressource minérale.'

// Any article: « définir une ressource minérale », « estimer les ressources minérales ».
const RESOURCE_FR = [
  'une ressource minérale',
  'des ressources minérales',
  'les ressources minérales',
  'une ressource',
  'ressource minérale'
]
const verbs = (verbsOf: readonly string[]) => verbsOf.flatMap((verb) => RESOURCE_FR.map((r) => `${verb} ${r}`))

export const TARGET_STATEMENT_FR = declare('exploration-target-caution-fr', [
  gap('lead', 30),
  {
    id: 'conceptual',
    label: 'de nature conceptuelle',
    wordings: ['de nature conceptuelle', 'conceptuelles', 'conceptuelle', 'conceptuels', 'conceptuel'],
    substantive: true
  },
  gap('gap-1', 8),
  {
    id: 'insufficient',
    label: 'les travaux d’exploration ont été insuffisants',
    wordings: [
      'travaux d’exploration ont été insuffisants',
      'travaux d’exploration sont insuffisants',
      'travaux d’exploration insuffisants',
      // The exploration with any copula: « a été », « est », « demeure », « reste » insuffisante.
      'exploration a été insuffisante',
      'exploration est insuffisante',
      'exploration demeure insuffisante',
      'exploration reste insuffisante',
      'travaux d’exploration demeurent insuffisants',
      'travaux d’exploration restent insuffisants',
      'exploration insuffisante',
      'pas suffisamment d’exploration',
      'pas eu suffisamment de travaux d’exploration',
      'pas assez de travaux d’exploration',
      'forages ont été insuffisants',
      'forages insuffisants'
    ],
    substantive: true
  },
  gap('gap-2', 3),
  {
    id: 'define',
    label: 'pour définir une ressource minérale',
    wordings: verbs(['définir', 'estimer', 'mesurer', 'délimiter']),
    substantive: true
  },
  gap('gap-3', 4),
  {
    id: 'uncertain',
    label: 'il n’est pas certain',
    wordings: NO_CERTAINTY_FR,
    substantive: true
  },
  gap('gap-4', 12),
  {
    id: 'delineated',
    label: 'permettront de définir une ressource minérale',
    wordings: [
      ...verbs(['définir', 'délimiter', 'délimitation d’', 'définition d’']),
      'délimitée comme ressource minérale',
      'délimitée comme une ressource minérale',
      'définie comme ressource minérale',
      'définie comme une ressource minérale',
      'délimitée en tant que ressource minérale',
      // The target named between the verb and "as a mineral resource" (« permettront de délimiter la cible comme
      // ressources minérales », « de la convertir en ressources minérales »): the predicate, after any verb.
      'comme ressource minérale',
      'comme une ressource minérale',
      'comme ressources minérales',
      'comme des ressources minérales',
      'en tant que ressources minérales',
      'en ressources minérales',
      'en une ressource minérale'
    ],
    substantive: true
  }
])

/**
 * A statement of two clauses the instrument does not order, declared with its clauses swapped: s.2.4 asks that the
 * release state that a QP has not done sufficient work to classify the historical estimate as current and that the
 * issuer is not treating it as current, two facts, in no order ("The Company is not treating the historical estimate
 * as current mineral resources, as a qualified person has not done sufficient work to classify it as such"). The
 * second clause (from element `second`) comes first, the gap before it joins them; `widen` adds wordings the
 * swapped order allows (the first clause's object said back: "as such", « comme telles »).
 */
function swapped(statement: Statement, second: string, widen: Record<string, string[]>): Statement {
  const [lead, ...rest] = statement.elements
  const at = rest.findIndex((element) => element.id === second)
  const elements = [lead, ...rest.slice(at), rest[at - 1], ...rest.slice(0, at - 1)]
  return declare(
    `${statement.id}-swapped`,
    elements.map((element) =>
      widen[element.id] ? {...element, wordings: [...element.wordings, ...widen[element.id]]} : element
    )
  )
}
export const HISTORICAL_STATEMENT_SWAPPED = swapped(HISTORICAL_STATEMENT, 'treating', {current: ['as such']})
export const HISTORICAL_STATEMENT_SWAPPED_FR = swapped(HISTORICAL_STATEMENT_FR, 'treating', {
  current: ['comme telles', 'comme tel']
})

/**
 * The statement said with "neither … nor": "Neither the Company nor a qualified person has done sufficient work to
 * classify the historical estimate as current mineral resources": the negation opens the clause, the verb is
 * affirmative. Read as its own declaration (a verb without "not" elsewhere says the opposite).
 */
export const HISTORICAL_STATEMENT_NEITHER = declare('historical-estimate-caution-neither', [
  gap('lead', 12),
  {id: 'neither', label: 'neither … nor', wordings: ['neither'], substantive: true},
  gap('gap-0', 6),
  ...HISTORICAL_STATEMENT.elements.slice(1).map((element) =>
    element.id === 'sufficient'
      ? {
          ...element,
          wordings: ['has done sufficient work', 'have done sufficient work', 'has completed sufficient work']
        }
      : element
  )
])

/**
 * The statement with its negation on the qualified person: "No qualified person has done sufficient work to classify
 * the historical estimate as current …" (the verb affirmative, as with "neither … nor"). Its own declaration: "a
 * qualified person has done sufficient work" says the opposite.
 */
export const HISTORICAL_STATEMENT_NO = declare('historical-estimate-caution-no', [
  gap('lead', 30),
  {id: 'qp', label: 'no qualified person', wordings: ['no qualified persons?', 'no qp'], substantive: true},
  ...HISTORICAL_STATEMENT_NEITHER.elements.slice(
    HISTORICAL_STATEMENT_NEITHER.elements.findIndex((e) => e.id === 'qp') + 1
  )
])

/**
 * The same with the issuer's clause first: "The Company is not treating the historical estimate as current, and no
 * qualified person has done sufficient work to classify it as current mineral resources" (the two facts in no order,
 * as `HISTORICAL_STATEMENT_SWAPPED` reads them for "a qualified person has not done").
 */
export const HISTORICAL_STATEMENT_NO_SWAPPED = swapped(HISTORICAL_STATEMENT_NO, 'treating', {current: ['as such']})

/**
 * The passages a caution may be written as a list in: a lead-in that ends with a colon and the items of the list right
 * after it ("Readers should note that:", "- the PEA is preliminary in nature;", "- it includes Inferred Mineral
 * Resources …;", "- there is no certainty …"), read as one block, its clauses in their order. Its sentences keep their
 * places in the draft; their texts are indexed in the passage's.
 */
export function listPassages(blocks: readonly Block[]): Block[] {
  const passages: Block[] = []
  for (const lead of blocks) {
    if (lead.list !== undefined || lead.kind !== 'paragraph' || !/:\s*$/.test(lead.norm.text)) continue
    const items: Block[] = []
    for (let i = lead.index + 1; i < blocks.length; i++) {
      const item = blocks[i]
      if (item.list === undefined || (items.length > 0 && item.list !== items[0].list)) break
      items.push(item)
    }
    if (items.length >= 2) passages.push(joined([lead, ...items]))
  }
  return passages
}

/** Blocks read as one: their normalized texts joined by a space, each character mapped to where it was written. */
function joined(parts: readonly Block[]): Block {
  const text = parts.map((part) => part.norm.text).join(' ')
  const offsets = new Int32Array(text.length)
  const sentences: Block['sentences'] = []
  let shift = 0
  for (const part of parts) {
    const {norm} = part
    for (let i = 0; i < norm.text.length; i++) offsets[shift + i] = norm.offsets[(norm.base ?? 0) + i]
    for (const sentence of part.sentences) {
      sentences.push({...sentence, norm: {text: sentence.norm.text, offsets, base: shift + (sentence.norm.base ?? 0)}})
    }
    shift += norm.text.length
    if (shift < text.length) offsets[shift] = offsets[shift - 1]
    shift += 1
  }
  const last = parts[parts.length - 1]
  return {...parts[0], end: last.end, norm: {text, offsets, starts: parts[0].norm.starts}, sentences}
}

/** Per block, the best of the cautions found (of one statement declared in several orders or languages), best first. */
export function bestPerBlock(found: readonly CautionFound[]): CautionFound[] {
  const best = new Map<Block, CautionFound>()
  for (const caution of found) {
    const kept = best.get(caution.block)
    if (!kept || caution.wording.share > kept.wording.share) best.set(caution.block, caution)
  }
  return [...best.values()].sort((a, b) => b.wording.share - a.wording.share)
}

/** The elements of the PEA caution's Inferred clause: a PEA stated to include no Inferred resources does not owe them. */
export const INFERRED_CLAUSE: readonly string[] = ['inferred', 'speculative', 'reserves']

/**
 * A PEA caution as a PEA without Inferred resources owes it: the Inferred clause may be left out, so "The PEA is
 * preliminary in nature, and there is no certainty that its results will be realized" reads as the whole caution
 * (aligned with the full statement, the words of the missing clause were taken for replaced words and the clause
 * after them lost).
 */
function withoutInferred(statement: Statement): Statement {
  return declare(
    `${statement.id}-without-inferred`,
    statement.elements.map((element) => (INFERRED_CLAUSE.includes(element.id) ? {...element, optional: true} : element))
  )
}
export const PEA_STATEMENT_WITHOUT_INFERRED = withoutInferred(PEA_STATEMENT)
export const PEA_STATEMENT_WITHOUT_INFERRED_FR = withoutInferred(PEA_STATEMENT_FR)

/**
 * The PEA cautions of `blocks`, best first, read as the release owes them: without the Inferred clause where the PEA
 * is stated to include no Inferred resources; otherwise with it, a caution that leaves the clause out reported as
 * dropping it (read without it, then its skipped elements counted missing), not taken for no caution at all.
 */
export function findPeaCautions(
  blocks: readonly Block[],
  letters: readonly string[],
  withoutInferred: boolean
): CautionFound[] {
  const lenient = [
    ...findCautions(PEA_STATEMENT_WITHOUT_INFERRED, blocks, letters),
    ...findCautions(PEA_STATEMENT_WITHOUT_INFERRED_FR, blocks, letters)
  ]
  if (withoutInferred) return lenient.sort((a, b) => b.wording.share - a.wording.share)
  const full = [...findCautions(PEA_STATEMENT, blocks, letters), ...findCautions(PEA_STATEMENT_FR, blocks, letters)]
  const best = new Map<Block, CautionFound>()
  for (const found of [...full, ...lenient.map(owingInferred)]) {
    const kept = best.get(found.block)
    if (found.wording.share >= 0.5 && (!kept || found.wording.share > kept.wording.share)) best.set(found.block, found)
  }
  return [...best.values()].sort((a, b) => b.wording.share - a.wording.share)
}

/** A caution read without its Inferred clause, as one that owes it: the clause's skipped elements are missing. */
function owingInferred(found: CautionFound): CautionFound {
  const elements = found.wording.elements.map((verdict) =>
    verdict.skipped && INFERRED_CLAUSE.includes(verdict.element.id) ? {...verdict, status: 'missing' as const} : verdict
  )
  const substantive = elements.filter((verdict) => verdict.element.substantive)
  const kept = substantive.filter((verdict) => verdict.status === 'present' || verdict.status === 'cosmetic').length
  return {block: found.block, wording: {...found.wording, elements, share: kept / Math.max(1, substantive.length)}}
}

/** A caution found: the alignment of the best candidate passage with its statement. */
export interface CautionFound {
  block: Block
  wording: Alignment
}

/** Letters that make a block worth aligning with each statement (the first found is where alignment starts). */
const CUES = new Map<Statement, string[]>([
  [PEA_STATEMENT, ['preliminaryinnature', 'toospeculativegeolog', 'toogeologicallyspeculative', 'geologicallytoospec']],
  [PEA_STATEMENT_FR, ['denaturepréliminaire', 'denaturepreliminaire', 'tropspéculatives', 'tropspeculatives']],
  [
    PEA_STATEMENT_WITHOUT_INFERRED,
    ['preliminaryinnature', 'toospeculativegeolog', 'toogeologicallyspeculative', 'geologicallytoospec']
  ],
  [
    PEA_STATEMENT_WITHOUT_INFERRED_FR,
    ['denaturepréliminaire', 'denaturepreliminaire', 'tropspéculatives', 'tropspeculatives']
  ],
  [TARGET_STATEMENT, ['conceptualinnature', 'insufficientexploration']],
  [TARGET_STATEMENT_FR, ['natureconceptuel', 'insuffisant', 'explorationinsuffisante']],
  [HISTORICAL_STATEMENT, ['sufficientwork', 'nottreating']],
  // Letters with accents folded (lettersOnly): "suffisamment de travaux", "ne considère pas".
  [HISTORICAL_STATEMENT_FR, ['suffisammentdetravaux', 'travauxsuffisants', 'considerepas', 'traitepas']],
  [HISTORICAL_STATEMENT_SWAPPED, ['sufficientwork', 'nottreating']],
  [HISTORICAL_STATEMENT_NEITHER, ['neither']],
  [HISTORICAL_STATEMENT_NO, ['noqualifiedperson', 'noqp']],
  [HISTORICAL_STATEMENT_NO_SWAPPED, ['nottreating', 'doesnottreat', 'noqualifiedperson', 'noqp']],
  [HISTORICAL_STATEMENT_SWAPPED_FR, ['suffisammentdetravaux', 'travauxsuffisants', 'considerepas', 'traitepas']],
  [VIABILITY_STATEMENT, ['demonstratedeconomic', 'economicviab', 'notmineralreserves']],
  [VIABILITY_STATEMENT_FR, ['viabilitééconomique', 'viabiliteeconomique', 'pasdesréserves', 'pasdesreserves']]
])
/** Where alignment with `statement` may start in `block`: the sentence holding each cue (at most three), as indexes of its text. */
function starts(statement: Statement, block: Block): number[] {
  const {chars, at} = lettersOf(block.norm.text)
  const found: number[] = []
  for (const key of CUES.get(statement)!) {
    let from = chars.indexOf(key)
    while (from >= 0 && found.length < 3) {
      // The statement opens its sentence ("A qualified person has not done sufficient work", "The PEA is …").
      const index = at[from]
      const sentence = block.sentences.findLast((s) => (s.norm.base ?? 0) <= index)
      found.push(sentence ? (sentence.norm.base ?? 0) : 0)
      from = chars.indexOf(key, from + key.length)
    }
  }
  return [...new Set(found)].sort((a, b) => a - b)
}

/**
 * The passages of `blocks` that state `statement`, best first: each block
 * holding a cue, aligned from before the cue; a passage counts when at least
 * half its substantive elements are there. `letters` are the blocks' letters (`lettersOnly`), made once.
 */
export function findCautions(
  statement: Statement,
  blocks: readonly Block[],
  letters: readonly string[] = blocks.map((block) => lettersIn(block.norm))
): CautionFound[] {
  const found: CautionFound[] = []
  const cues = CUES.get(statement)!
  for (const [index, block] of blocks.entries()) {
    if (!cues.some((cue) => letters[index].includes(cue))) continue
    let best: Alignment | undefined
    for (const from of starts(statement, block)) {
      const wording = align(statement, block.norm, [], from)
      if (!best || wording.share > best.share) best = wording
    }
    if (best) best = rescued(statement, block, best)
    if (best && best.share >= 0.5) found.push({block, wording: best})
  }
  return found.sort((a, b) => b.wording.share - a.wording.share)
}

/**
 * An alignment whose elements written word for word, in order, are all counted present. The cheapest alignment can
 * lose an element that is there when the elements after it are not: "… insufficient exploration to define a mineral
 * resource." with no "uncertain … delineated as a mineral resource" after it had "mineral resource" taken for the
 * missing last element's words, and "to define a mineral resource" counted replaced (the caution then read as no
 * caution at all, or as dropping an element it states). Read in the letters of the caution's sentences, each
 * element's wordings looked for after the element before it (wordings shorter than five letters are not looked for:
 * their letters occur inside other words).
 */
function rescued(statement: Statement, block: Block, wording: Alignment): Alignment {
  const lost = (status: Status) => status === 'missing' || status === 'replaced'
  if (!wording.elements.some((verdict) => verdict.element.substantive && lost(verdict.status))) return wording
  const {span} = wording
  const sentences = block.sentences.filter((sentence) => sentence.end > span.start && sentence.start < span.end)
  const letters = sentences.map((sentence) => lettersIn(sentence.norm)).join('')
  const read = (verdict: ElementVerdict) =>
    verdict.element.gap === undefined && !(verdict.skipped && verdict.element.optional)
  // Where each element kept is written word for word, in order (-1 where it is not: a typo, a gap).
  const starts: number[] = []
  const ends: number[] = []
  let cursor = 0
  for (const [e, verdict] of wording.elements.entries()) {
    const at =
      read(verdict) && !lost(verdict.status) ? firstWording(statement, e, letters, cursor, letters.length) : undefined
    starts.push(at ? at[0] : -1)
    ends.push(at ? at[1] : -1)
    if (at) cursor = at[1]
  }
  // A lost element is present where its wording is written between the elements kept before and after it.
  let changed = false
  let after = 0
  const elements = wording.elements.map((verdict, e) => {
    if (ends[e] >= 0) after = ends[e]
    if (!read(verdict) || !lost(verdict.status)) return verdict
    const next = starts.slice(e + 1).find((start) => start >= 0) ?? letters.length
    const at = firstWording(statement, e, letters, after, next)
    if (!at) return verdict
    after = at[1]
    changed = true
    return {...verdict, status: 'present' as const, dropped: []}
  })
  // A clause the paragraph states before the rest, as a sentence of its own ("There is no certainty that the PEA will
  // be realized. The PEA is preliminary in nature and includes …") or first in the caution's sentence ("It is
  // uncertain if further exploration will result in the target being delineated as a mineral resource, as the target
  // is conceptual in nature …"): the elements still lost are present where their wordings are written, in their
  // order, in the paragraph's sentences before the caution's or before the first element it writes word for word.
  const written = starts.filter((start) => start >= 0)
  const before =
    block.sentences
      .filter((sentence) => sentence.end <= span.start)
      .map((sentence) => lettersIn(sentence.norm))
      .join('') + letters.slice(0, written.length > 0 ? Math.min(...written) : 0)
  let earlier = 0
  for (const [e, verdict] of elements.entries()) {
    if (!before || !read(verdict) || !lost(verdict.status)) continue
    const at = firstWording(statement, e, before, earlier, before.length)
    if (!at) continue
    earlier = at[1]
    changed = true
    elements[e] = {...verdict, status: 'present' as const, dropped: []}
  }
  if (!changed) return wording
  const substantive = elements.filter((verdict) => verdict.element.substantive)
  const kept = substantive.filter((verdict) => !lost(verdict.status)).length
  return {...wording, elements, share: kept / Math.max(1, substantive.length)}
}

/** The first of element `e`'s wordings written in `letters` from `from`, ending by `to`: its [start, end). */
function firstWording(
  statement: Statement,
  e: number,
  letters: string,
  from: number,
  to: number
): [number, number] | undefined {
  let best: [number, number] | undefined
  for (const key of wordingLetters(statement, e)) {
    const index = letters.indexOf(key, from)
    if (index >= 0 && index + key.length <= to && (!best || index < best[0])) best = [index, index + key.length]
  }
  return best
}

/** The letters of each wording of element `e` of `statement` five letters long or more, made once. */
function wordingLetters(statement: Statement, e: number): string[] {
  let byElement = WORDING_LETTERS.get(statement)
  if (!byElement) WORDING_LETTERS.set(statement, (byElement = new Map()))
  let keys = byElement.get(e)
  if (!keys) {
    keys = statement.graph.chains
      .filter((chain) => chain.element === e)
      .map((chain) => chain.words.join(''))
      .filter((key) => key.length >= 5)
    byElement.set(e, keys)
  }
  return keys
}
const WORDING_LETTERS = new WeakMap<Statement, Map<number, string[]>>()

/** The labels of the substantive elements a caution drops or replaces ("too speculative geologically"). */
export function droppedElements(wording: Alignment, excused: readonly string[] = []): string[] {
  return wording.elements
    .filter((v) => v.element.substantive && (v.status === 'missing' || v.status === 'replaced'))
    .filter((v) => !excused.includes(v.element.id))
    .map((v) => v.element.label)
}

/** “a”, “a” and “b”, “a”, “b” and “c”. */
export function listOf(labels: readonly string[]): string {
  const quoted = labels.map((label) => `“${label}”`)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
}

/** The sentences a caution's words are in (where a message about it sits, and what its fix replaces). */
export function cautionSentences(found: CautionFound): {start: number; end: number} {
  const {span} = found.wording
  const sentences = found.block.sentences.filter((s) => s.end > span.start && s.start < span.end)
  return sentences.length > 0 ? {start: sentences[0].start, end: sentences.at(-1)!.end} : span
}
