/**
 * What a release speaks of, decided once per draft: an offering of securities
 * (triggers the U.S. legend), scientific or technical information about a
 * mineral project (triggers the NI 43-101 QP statement), forward-looking
 * matters (trigger the NI 51-102 Part 4A caution). Each comes with the words
 * that decided it, so a message can say why the rule applies.
 */
import type {Sentence} from './document.js'
import {spanOf, type Span} from './text.js'

export interface Evidence extends Span {
  /** The words that decided it (normalized). */
  words: string
  /** How many signals were found. */
  count: number
  /** Sentences holding a signal, in order. */
  sentences: Sentence[]
}

export interface Topics {
  offering: Evidence | undefined
  technical: Evidence | undefined
  forwardLooking: Evidence | undefined
}

/** Signals of an offering of securities . */
export const OFFERING_SIGNALS: RegExp[] = [
  /\bprivate placements?\b/,
  /\bnon-brokered\b/,
  /\bbrokered (?:private placement|offering|financing|lif?e)\b/,
  /\bbought deal\b/,
  /\blisted issuer financing exemption\b/,
  /\blife (?:offering|financing|exemption)\b/,
  /\bflow-through (?:units?|shares?|common shares|offering|financing|private placement)\b/,
  /\bsubscription receipts?\b/,
  /\bprospectus (?:offering|financing)\b/,
  /\b(?:marketed|public|equity) offering\b/,
  /\b(?:units?|shares?|receipts?) at (?:a |the )?(?:deemed )?price of\b/,
  /\bper (?:unit|flow-through (?:unit|share)|subscription receipt)\b/,
  /\bgross proceeds\b/,
  /\beach unit (?:consists|consisting|is comprised|comprises|will consist|is composed)\b/,
  /\bfinders?'? ?(?:fees?|warrants?|commissions?)\b/,
  /\bagents?'? ?(?:fees?|commissions?|warrants?|options?)\b/,
  /\b(?:shares for debt|debt settlement|settle (?:outstanding )?(?:debt|indebtedness))\b/,
  /\bequity (?:drawdown |investment |line )?(?:facility|line)\b/,
  new RegExp(
    String.raw`\b(?:over-subscribed|oversubscribed|hard dollar|flow-thru|flow through|concurrent|strategic|equity)` +
      String.raw` (?:financing|private placement|offering)\b`
  ),
  /\bissued (?:an aggregate of )?[\d,]+ (?:common )?(?:shares|units) at\b/,
  /\b(?:closes?|closing|closed|announces?|completes?|completed|upsized?|upsizes|launch(?:es)?|arranges?)\b[^.]{0,60}\bfinancing\b/
]

/**
 * Signals of scientific or technical information (NI 43-101 s.1.1
 * "exploration information"). A grade is decisive on its own; other figures
 * (widths, tonnages, metres drilled) in company; words alone ("mineralization",
 * "drill-ready") only in number, since a corporate release may describe a
 * project in passing.
 */
const GRADE_UNITS = [
  String.raw`g\/t`,
  'gpt',
  'grams? per tonne',
  String.raw`oz\/t`,
  'opt',
  'ounces? per ton(?:ne)?',
  'ppm',
  'ppb',
  String.raw`lbs?\/t`
]
/** Grades in percent: elements, oxides, equivalents, metals by name. */
const PERCENT_GRADES = [
  'cu',
  'ni',
  'zn',
  'pb',
  'co',
  'mo',
  'li2o',
  'u3o8',
  'eu3o8',
  'sb',
  'wo3',
  'sn',
  'fe',
  'fe2o3',
  'mn',
  'v2o5',
  'tio2',
  'cg',
  'treo',
  'cueq',
  'aueq',
  'zneq',
  'nieq',
  'graphitic carbon',
  'copper',
  'nickel',
  'zinc',
  'lead',
  'lithium',
  'gold',
  'silver',
  'antimony',
  'tungsten',
  'graphite'
]
const QUANTITY_UNITS = ['tonnes', 't', 'mt', 'kt', 'ounces', 'oz', 'koz', 'moz', 'lbs', 'pounds', 'mlbs?', 'blbs?']
const SMALL_NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const MINERALS = [
  'chalcopyrite',
  'pyrite',
  'pyrrhotite',
  'pentlandite',
  'sphalerite',
  'galena',
  'arsenopyrite',
  'visible gold',
  'spodumene',
  'molybdenite',
  'stibnite',
  'scheelite',
  'bornite',
  'chalcocite',
  'uraninite',
  'pitchblende'
]
const DRILLING_WORDS = [
  'drill ?holes?',
  'diamond drill(?:ing)?',
  'drill core',
  'drill results?',
  'drilling results?',
  'intersected',
  'intersections?',
  'intercepts?',
  'intercepted'
]
const RESOURCE_WORDS = [
  'mineral resources?',
  'mineral deposit',
  'mineral reserves?',
  'resource estimate',
  'measured and indicated',
  'inferred (?:mineral )?resources?',
  'indicated (?:mineral )?resources?',
  'historical (?:mineral )?(?:resource|estimate)s?'
]
const SURVEY_WORDS = [
  String.raw`geophysic\w*`,
  'magnetic survey',
  String.raw`airborne (?:\w+ )?survey`,
  'induced polarization',
  'ip survey',
  'em survey',
  'vtem',
  'gravity survey',
  'lidar survey'
]
const STUDY_WORDS = [
  String.raw`\bpreliminary economic assessment\b`,
  String.raw`\bfeasibility study\b`,
  String.raw`\bnet present value\b`,
  String.raw`\bafter-tax npv\b`,
  String.raw`\bpre-tax npv\b`
]

/** `\b(?:a|b|c)\b`: one of `words`, as whole words. */
const wholeWords = (words: readonly string[]) => String.raw`\b(?:${words.join('|')})\b`

export const GRADE_SIGNALS: RegExp[] = [
  new RegExp(String.raw`\d\s?(?:${GRADE_UNITS.join('|')})(?![a-z])`),
  new RegExp(String.raw`\d\s?% ?(?:${PERCENT_GRADES.join('|')})\b`)
]

// Runs of digits and separators are read at most 40 characters from each start: unbounded, a long run (`1,1,1,…`)
// was read again from every digit in it (quadratic).
export const FIGURE_SIGNALS: RegExp[] = [
  ...GRADE_SIGNALS,
  /\d\s?(?:m|metres?|meters?|ft|feet) (?:grading|of \d|@|at \d|averaging)/,
  new RegExp(
    String.raw`\b[\d.,]{1,40} ?(?:million |billion )?(?:${QUANTITY_UNITS.join('|')})\b ?(?:of|at|grading|@|contained|containing)\b`
  ),
  new RegExp(STUDY_WORDS.join('|')),
  /\bproduced (?:approximately |about |over )?[\d.,]+ (?:million )?(?:ounces|oz|tonnes|pounds|lbs|mtus)\b/,
  new RegExp(
    String.raw`\b[\d,.]{1,40} (?:metres|meters|m)\b[^.]{0,40}\b(?:drilled|of drilling|drill(?:ing)? program)\b` +
      String.raw`|\b(?:\d+|${SMALL_NUMBER_WORDS.join('|')}) (?:diamond |rc |core |drill )?(?:drill )?holes\b`
  )
]

export const WORD_SIGNALS: RegExp[] = [
  /\bassay(?:s|ed| results| values| lab(?:oratory)?)?\b/,
  new RegExp(wholeWords(DRILLING_WORDS)),
  new RegExp(wholeWords(RESOURCE_WORDS)),
  /\b(?:channel|grab|rock|chip|soil|till|outcrop|trench|bulk) samples?\b|\bsampling (?:program|campaign|results)\b/,
  new RegExp(wholeWords(SURVEY_WORDS)),
  /\bmetallurg\w*|\b(?:recovery|recoveries) (?:of|rate)/,
  /\b(?:mineralization|mineralized|mineralisation|mineralised|high-grade|grading)\b/,
  new RegExp(wholeWords(MINERALS)),
  /\bqa\/qc\b|\bquality (?:assurance|control)\b|\bcertified reference materials?\b/
]

/** Words that make a statement forward-looking. */
const FORWARD_LOOKING_WORDS = [
  'will',
  'intends?',
  'intended',
  'plans? to',
  'planned',
  'expects?',
  'expected to',
  'anticipates?',
  'anticipated',
  'proposed',
  'scheduled',
  'upcoming',
  'is subject to',
  'are subject to',
  'remains subject to',
  'subject to (?:the )?(?:final )?(?:acceptance|approval|receipt)',
  'use of (?:the )?(?:net )?proceeds',
  'to be used',
  'forthcoming',
  'next phase',
  'aims? to',
  'targets?',
  'estimated',
  'potential'
]
export const FORWARD_LOOKING_SIGNALS = new RegExp(wholeWords(FORWARD_LOOKING_WORDS))

/** One alternation of a list of signals: most sentences match none, and one test tells. */
const combined = new WeakMap<RegExp[], RegExp>()
function anyOf(signals: RegExp[]): RegExp {
  let re = combined.get(signals)
  if (!re) {
    re = new RegExp(signals.map((signal) => `(?:${signal.source})`).join('|'))
    combined.set(signals, re)
  }
  return re
}

function gather(sentences: Sentence[], signals: RegExp[]): Evidence | undefined {
  let first: {sentence: Sentence; match: RegExpExecArray} | undefined
  const hit = new Set<number>()
  const found: Sentence[] = []
  const prefilter = anyOf(signals)
  for (const sentence of sentences) {
    if (!prefilter.test(sentence.norm.text)) continue
    let any = false
    for (let i = 0; i < signals.length; i++) {
      const match = signals[i].exec(sentence.norm.text)
      if (!match) continue
      any = true
      hit.add(i)
      if (!first) first = {sentence, match}
    }
    if (any) found.push(sentence)
  }
  if (!first) return undefined
  const span = spanOf(first.sentence.norm, first.match.index, first.match.index + first.match[0].length)
  return {...span, words: first.match[0], count: hit.size, sentences: found}
}

/**
 * Figures need company (a second figure or a technical word): a lone
 * "218 million ounces produced in Nevada" describes a jurisdiction. Words in
 * a sentence about plans ("a maiden resource estimate will follow") are not
 * technical information yet.
 */
function technicalWithoutGrades(sentences: Sentence[]): Evidence | undefined {
  const figures = gather(sentences, FIGURE_SIGNALS)
  const words = gather(
    sentences.filter((sentence) => !FORWARD_LOOKING_SIGNALS.test(sentence.norm.text)),
    WORD_SIGNALS
  )
  return figures && (figures.sentences.length >= 2 || words) ? figures : words && words.count >= 3 ? words : undefined
}

/** Decide the topics of a release. */
export function detectTopics(sentences: Sentence[], leadEnd: number): Topics {
  // The opening: header, headline and lead paragraph.
  const opening = sentences.filter((s) => s.block.index <= leadEnd)

  let offering = gather(sentences, OFFERING_SIGNALS)
  // An offering is what the release is about when its opening says so, or when
  // its body gives the terms (several distinct signals), not when a drill
  // release mentions last year's placement in passing.
  if (offering && !gather(opening, OFFERING_SIGNALS) && offering.count < 3) offering = undefined

  // A grade decides alone: the other signals are read only when there is none.
  const technical = gather(sentences, GRADE_SIGNALS) ?? technicalWithoutGrades(sentences)

  const forwardLooking = gather(sentences, [FORWARD_LOOKING_SIGNALS])
  return {offering, technical, forwardLooking}
}
