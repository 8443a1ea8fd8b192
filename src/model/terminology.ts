/**
 * Mining terms that CSA Staff Notice 43-309 and NI 43-101 ask issuers to be
 * careful with, found once in the release's own sentences (not its caution,
 * where "the failure to identify economic mineralization" is a risk, not a
 * claim): "ore" (ore body, ore shoot, ore zone), "NI 43-101 compliant",
 * "world-class" of a mineral asset, "economic" or "mineable" of
 * mineralization, a deposit or a resource.
 *
 * Each term comes with what makes it legitimate, decided here:
 * - "ore" is the word of a mine: legitimate where the release states mineral
 *   reserves, or where the sentence's paragraph speaks of mining, milling or
 *   production (current or historical: "processes ore from its mine", "the
 *   orebodies mined on the Comstock"). A laboratory method ("ore-grade
 *   four-acid digestion"), a commodity ("iron ore"), a technology ("ore
 *   sorting") and a proper name ("Ore Capital Ltd.", "Ore." for Oregon: a
 *   capitalized "Ore" inside a sentence) are not the term.
 * - "economic" and "mineable" claim economic viability: legitimate where the
 *   release states mineral reserves or a pre-feasibility or feasibility study.
 *   Negated or uneconomic ("no economically viable mineralization") is no
 *   claim. "Economic conditions", "preliminary economic assessment" and
 *   "eventual economic extraction" (the CIM resource definition) are not the
 *   term: only economic *of* mineralization, a deposit, a resource, a grade.
 * - "world-class" of a deposit, project, asset, district or grade is
 *   promotional whoever's asset it is: the release adopts the words. Of a
 *   team or an institution it is not a mining claim.
 * - "NI 43-101 compliant" has no legitimate use: only disclosure complies.
 */
import type {Block, Sentence} from './document.js'
import {spanOf, type Span} from './text.js'

export type TermKind = 'ore' | 'compliant' | 'world-class' | 'economic'

export interface Term extends Span {
  kind: TermKind
  sentence: Sentence
  /** The words as normalized ("ore body", "43-101 compliant"). */
  words: string
  /** The wording that replaces the words, where one is clear. */
  replacement?: string
}

/** Cheap prefilter over a block's normalized text: a release without these letters has no term. */
const CUE = /\bore|world[- ]?class|compliant|economic|min(?:e)?able/

/** "ore" and its compounds, as written (case matters: "Ore" inside a sentence is a name). */
const ORE = /\b(ore)(?:[- ]?(bod(?:y|ies)|shoots?|zones?|reserves?|lenses|lens|deposits?|grades?))?\b/gi
/** Not the term: a lab method, a commodity, a technology, a placename's abbreviation. */
const ORE_NOT_TERM_AFTER = /^[- ]?grade\b[^.]{0,40}\b(?:digest|analys|method|icp|aas|acid|assay|finish|procedure)/
const ORE_NOT_TERM_BEFORE = /\b(?:iron|copper|gold|lead|zinc|nickel|uranium|manganese|chrome|tin)[- ]$/
const ORE_TECHNOLOGY_AFTER = /^[- ]?(?:sort|sorter|sorting)/
/** A paragraph about mining, milling or production, now or in the past: "ore" is its word. */
const PRODUCTION = new RegExp(
  [
    String.raw`\blife[- ]of[- ]mine\b|\bmine plan|\b(?:operating|producing|active) mine\b`,
    String.raw`\b(?:mill(?:s|ed|ing)?|process(?:es|ed|ing)?|mined|mining|produc(?:ed|es|ing|tion|er)|past[- ]producing)\b`,
    String.raw`\b(?:shipped|stockpiles?|haul(?:ed|age)|crush(?:ed|er|ing)|treated|feed|throughput|concentrat(?:e|or|ing))\b`
  ].join('|')
)
/** A positive statement of mineral reserves (not the caution that resources "are not mineral reserves"). */
const RESERVES =
  /\b(?:proven|probable|p&p)\b[^.]{0,40}\breserves?\b|\bmineral reserves? (?:estimate|statement|of \d|total)|\breserves? of \d/
/** A study that can support economic viability (a PEA cannot). */
const STUDY = /\b(?:pre-?feasibility|feasibility) study\b|\b(?:pfs|dfs|bfs)\b/

const COMPLIANT = new RegExp(
  [
    String.raw`\b(?:(?:ni|national instrument)(?: \("ni"\))? )?43-101[- ]?compliant\b(?! (?:[a-z-]{1,20} )?(?:technical )?reports?\b)`,
    String.raw`\bcompliant (?:with )?(?:ni |national instrument )?43-101 (?:mineral )?(?:resources?|reserves?|estimates?)\b`
  ].join('|'),
  'g'
)
const MINERAL_NOUNS = [
  'deposits?|mines?|assets?|projects?|resources?|discover(?:y|ies)|systems?|districts?|belts?|camps?|grades?',
  'mineralization|propert(?:y|ies)|targets?|ore ?bod(?:y|ies)|potential',
  'copper|gold|silver|lithium|uranium|graphite'
].join('|')
const WORLD_CLASS = new RegExp(String.raw`\bworld[- ]?class\b(?= (?:[a-z-]{1,20} ){0,2}(?:${MINERAL_NOUNS})\b)`, 'g')
const VIABLE = '(?:viable|mineable|minable|recoverable|extractable)'
const ECONOMIC_NOUNS = [
  'mineralization|mineralisation|deposits?|ore ?bod(?:y|ies)|resources?|grades?|concentrations?',
  'intercepts?|intersections?|widths?|tonnes|ounces|quantities'
].join('|')
const ECONOMIC = new RegExp(
  String.raw`\b(?:economic(?:ally)?(?: ${VIABLE})?|(?:mineable|minable)) ` +
    String.raw`(?:(?:gold|silver|copper|zinc|lithium|uranium|nickel|graphite|high-grade) )?(?:${ECONOMIC_NOUNS})\b` +
    String.raw`|\beconomically ${VIABLE}\b`,
  'g'
)
/** A negated or hedged-away claim: "no economically viable mineralization", "not economic", "uneconomic". */
const NEGATED = /\b(?:no|not|never|nor|sub|socio|without|absence of|failure to (?:identify|find|define))[- ]?$/

/** A sentence that disclaims or hedges before the words: "do not imply", "no assurance", "potentially". */
const HEDGED = /\b(?:not|no|never|cannot|nor|potentially|potential|possibly|prospects? for)\b/

/** The mining terms the release's own sentences use, in order. */
export function findTerms(own: Sentence[], blocks: Block[]): Term[] {
  const worth = new Set(blocks.filter((block) => CUE.test(block.norm.text)))
  if (worth.size === 0) return []
  const whole = blocks.map((block) => block.norm.text).join('\n')
  const reserves = RESERVES.test(whole)
  const supported = reserves || STUDY.test(whole)
  const terms: Found[] = []
  // Whether a paragraph speaks of mining or production, read once per paragraph.
  const production = new Map<Block, boolean>()
  const mining = (block: Block) => {
    let found = production.get(block)
    if (found === undefined) production.set(block, (found = PRODUCTION.test(block.norm.text)))
    return found
  }
  for (const sentence of own) {
    if (!worth.has(sentence.block)) continue
    const text = sentence.norm.text
    if (!CUE.test(text)) continue
    if (!reserves) terms.push(...oreTerms(sentence, mining))
    terms.push(...matches(sentence, COMPLIANT, 'compliant'))
    terms.push(...matches(sentence, WORLD_CLASS, 'world-class'))
    if (!supported) {
      for (const term of matches(sentence, ECONOMIC, 'economic', economicReplacement)) {
        // Negated or hedged anywhere before it in the sentence: "do not imply that … economic mineralization".
        const before = text.slice(0, term.at)
        if (!NEGATED.test(before.slice(-30)) && !HEDGED.test(before)) terms.push(term)
      }
    }
  }
  return terms.sort((a, b) => a.start - b.start).map(({at: _at, ...term}) => term)
}

type Found = Term & {at: number}

function matches(
  sentence: Sentence,
  re: RegExp,
  kind: TermKind,
  replacement?: (words: string) => string | undefined
): Found[] {
  const found: Found[] = []
  re.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = re.exec(sentence.norm.text))) {
    const words = match[0]
    const span = spanOf(sentence.norm, match.index, match.index + words.length)
    found.push({kind, sentence, words, ...span, at: match.index, replacement: replacement?.(words)})
  }
  return found
}

/** "economic mineralization" → "mineralization"; "economically mineable" has no one replacement. */
function economicReplacement(words: string): string | undefined {
  const noun = /(?:mineralization|mineralisation|deposits?|resources?|zones?)$/.exec(words)
  if (!noun) return undefined
  const rest = words
    .slice(0, noun.index)
    .replace(/\b(?:economic(?:ally)?|viable|mineable|minable|recoverable|extractable) /g, '')
  return (rest + noun[0]).replace(/^(?:high-grade )/, 'high-grade ')
}

/** "ore" terms of a sentence, unless the paragraph is about a mine, or the word is a method, commodity or name. */
function oreTerms(sentence: Sentence, mining: (block: Block) => boolean): Found[] {
  const raw = sentence.raw.text
  if (!/\bore/i.test(raw)) return []
  if (mining(sentence.block)) return []
  const found: Found[] = []
  ORE.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = ORE.exec(raw))) {
    const word = match[1]
    const after = raw.slice(match.index + word.length, match.index + word.length + 60).toLowerCase()
    const before = raw.slice(Math.max(0, match.index - 12), match.index).toLowerCase()
    // A name: "Ore" capitalized inside a sentence that is not a title ("Ore Capital Ltd.", "Portland, Ore."), or
    // followed by a company's suffix in a title ("Ore Capital Ltd. Closes …").
    const inside = /\S/.test(raw.slice(0, match.index)) && !/[.!?:]\s*$/.test(raw.slice(0, match.index))
    const company = /^(?: [A-Z][\w&-]{0,20}){0,3},? (?:Inc|Corp|Ltd|Limited|LLC|Co|Resources|Mining|Capital)\b/.test(
      raw.slice(match.index + word.length, match.index + word.length + 60)
    )
    if (word === 'Ore' && ((inside && !isTitle(raw)) || company)) continue
    if (ORE_NOT_TERM_AFTER.test(after) || ORE_TECHNOLOGY_AFTER.test(after) || ORE_NOT_TERM_BEFORE.test(before)) continue
    const start = rawToNorm(sentence, match.index)
    const end = rawToNorm(sentence, match.index + match[0].length)
    if (start < 0 || end < 0) continue
    const words = sentence.norm.text.slice(start, end)
    found.push({
      kind: 'ore',
      sentence,
      words,
      ...spanOf(sentence.norm, start, end),
      at: start,
      replacement: oreReplacement(words)
    })
  }
  return found
}

/** "ore body" → "mineralized zone"; "ore shoot" → "mineralized shoot"; "ore" → "mineralization". */
function oreReplacement(words: string): string | undefined {
  if (/reserves?$/.test(words)) return words.endsWith('s') ? 'mineral reserves' : 'mineral reserve'
  if (/shoots$/.test(words)) return 'mineralized shoots'
  if (/shoot$/.test(words)) return 'mineralized shoot'
  if (/(?:bodies|zones|lenses|deposits)$/.test(words)) return 'mineralized zones'
  if (/(?:body|zone|lens|deposit)$/.test(words)) return 'mineralized zone'
  if (/grades?$/.test(words)) return undefined
  return 'mineralization'
}

/** A headline in title case: most of its longer words capitalized ("Acme Cuts New Ore Shoot at Birch"). */
function isTitle(raw: string): boolean {
  const words = raw.match(/\b[A-Za-z]{4,}\b/g) ?? []
  const capitalized = words.filter((word) => /^[A-Z]/.test(word)).length
  return words.length >= 2 && capitalized / words.length >= 0.6
}

/** The index in a sentence's normalized text of raw index `index` (the first at or after its source offset), or -1. */
function rawToNorm(sentence: Sentence, index: number): number {
  const rawBase = sentence.raw.base ?? 0
  const target = index < sentence.raw.text.length ? sentence.raw.offsets[rawBase + index] : sentence.end
  const norm = sentence.norm
  const base = norm.base ?? 0
  if (target >= sentence.end) return norm.text.length
  let low = 0
  let high = norm.text.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (norm.offsets[base + mid] < target) low = mid + 1
    else high = mid
  }
  return low < norm.text.length ? low : -1
}
