/**
 * The forward-looking information caution (NI 51-102 s.4A.3): each paragraph
 * that speaks of forward-looking information, with the paragraphs that
 * continue it (risks, assumptions, updating), under a "Forward-Looking
 * Statements" heading or not.
 */
import {has, type Block} from './document.js'
import {LIMITS} from './vocabulary.js'

export const MENTIONS_FLI = /forward-? ?looking/
/**
 * What continues a caution: its elements in any of the usual words ("actual results … could vary", "there can
 * be no assurance", "not a guarantee of future performance", "readers should not rely").
 */
const CONTINUES = new RegExp(
  [
    'forward-? ?looking',
    String.raw`\brisks?\b`,
    'assum',
    'differ materially',
    String.raw`\b(?:differ|vary)\b`,
    'materially different',
    'uncertaint',
    'undue reliance',
    String.raw`\b(?:should|must) not (?:place )?(?:rely|reliance)`,
    String.raw`\bupdat(?:e|ing)\b`,
    String.raw`\brevis(?:e|ing)\b`,
    'actual results',
    'no assurance',
    String.raw`not (?:a )?guarantees? of`,
    'cautionary'
  ].join('|')
)

/** The caution's blocks, in order. */
export function findCaution(blocks: Block[]): Block[] {
  const caution: Block[] = []
  let inside = false
  for (const block of blocks) {
    const text = block.norm.text
    if (isHeading(block)) {
      // A heading "Forward-Looking Statements" opens the caution; any other closes it.
      inside = opensCaution(block)
      continue
    }
    if (MENTIONS_FLI.test(text) || (inside && CONTINUES.test(text))) {
      caution.push(block)
      inside = true
      continue
    }
    inside = false
  }
  return caution
}

const isHeading = (block: Block) => block.kind === 'heading' || block.norm.text.length < LIMITS.shortLine
const opensCaution = (block: Block) => MENTIONS_FLI.test(block.norm.text) || /cautionary/.test(block.norm.text)

/** Where the caution starts: its heading ("Forward-Looking Statements") if it has one, else its first paragraph. */
export function cautionTop(blocks: Block[], caution: Block[]): Block | undefined {
  const first = caution[0]
  const before = first && blocks[first.index - 1]
  return before && isHeading(before) && opensCaution(before) ? before : first
}

/** The elements of NI 51-102 s.4A.3 a caution states, by the words that state them. */
export type CautionElement = 'identifies' | 'differ' | 'risks' | 'assumptions' | 'updates'

export interface CautionElements {
  /** The elements some paragraph of the caution states. */
  present: Set<CautionElement>
  /**
   * The caution says forward-looking information is subject to risks or uncertainties ("inherent in
   * forward-looking statements are risks"): a warning in substance that it may not come true, without saying
   * that actual results may vary.
   */
  uncertain: boolean
}

const FLI = 'forward-? ?looking (?:information|statements?)'
/** Words that say a passage is or holds forward-looking information ("contains", "such", "this"). */
const IS_OR_HOLDS = [
  'contains?',
  'contained',
  'includes?',
  'including',
  'included',
  'constitutes?',
  'constituting',
  'are',
  'is',
  'be',
  'deemed',
  'considered',
  'certain',
  'such',
  'these',
  'this',
  'all'
]
/** Words after "forward-looking information" that say what it covers ("including", "regarding"). */
const COVERS = [
  String.raw`includ\w*`,
  'in this',
  'contained',
  'herein',
  'within the meaning',
  'regarding',
  String.raw`relat\w*`,
  'such as',
  'concerning',
  'with respect to'
]
/** The caution names what is forward-looking as such ("statements about the use of proceeds are forward-looking"). */
const NAMED_AS = String.raw`\b(?:are|is|constitutes?|considered)\s(?:\w+\s){0,2}?forward-? ?looking\b`
const IDENTIFIES = new RegExp(
  String.raw`\b(?:${IS_OR_HOLDS.join('|')})\b[^.]{0,80}?${FLI}|${FLI}\b[^.]{0,60}?\b(?:${COVERS.join('|')})|${NAMED_AS}`
)
const DIFFER = new RegExp(
  [
    String.raw`\b(?:differ|vary)\b`,
    'materially different',
    'no assurance',
    'not guarantees? of',
    'undue reliance',
    '(?:may|might|could) not (?:occur|prove|be realized|be achieved)'
  ].join('|')
)
const RISKS = /\brisks?\b|uncertaint|\bfactors? (?:that|which) (?:could|may|might)\b/
/**
 * A caution that says forward-looking information is subject to risks and uncertainties ("inherent in
 * forward-looking statements are risks") warns in substance that it may not come true, without saying that
 * actual results may vary: the (b) warning is then reported as a warning, not an error (see the rule doc).
 */
const UNCERTAIN = /\b(?:risks?|uncertaint\w*)\b/
/**
 * The (c) element: the caution states what the forward-looking information rests on. In words: assumptions or
 * material factors named (not "assume no obligation to update", which is the updating element); or the information
 * "based on" its basis, with a few words between ("management's current expectations", "certain estimates").
 */
const BASES = ['factors', 'expectations', 'estimates', 'opinions', 'beliefs', 'judgments', 'projections']
const ASSUMPTIONS = new RegExp(
  [
    String.raw`assum(?!e[sd]? (?:no|any|an) (?:\w+ )?(?:obligations?|duty|liability|responsibility)\b)`,
    'material factors',
    String.raw`based ?(?:up)?on (?:[^\s.,;]+ ){0,3}?(?:${BASES.join('|')})\b`,
    'reasonable (?:basis|expectations)'
  ].join('|')
)
const UPDATES = /\bupdat|\brevis/

const ELEMENT_WORDS: Record<CautionElement, RegExp> = {
  identifies: IDENTIFIES,
  differ: DIFFER,
  risks: RISKS,
  assumptions: ASSUMPTIONS,
  updates: UPDATES
}

/** Which elements the caution's paragraphs state. */
export function findCautionElements(caution: Block[]): CautionElements {
  const present = new Set<CautionElement>()
  for (const [element, words] of Object.entries(ELEMENT_WORDS) as Array<[CautionElement, RegExp]>) {
    if (caution.some((block) => has(block, words))) present.add(element)
  }
  return {present, uncertain: caution.some((block) => has(block, UNCERTAIN))}
}
