/**
 * The figures of one sentence, read once for every extractor of the
 * financing terms (offering-terms.ts): its amounts of money and its counts of
 * securities ("11,620,000 units", "five million (5,000,000) shares"), each
 * count with its class; and how a figure read there becomes a term's
 * `Figure` or `Money`, with its exact source span.
 */
import type {Sentence} from './document.js'
import {
  DIGITS,
  DIGITS_FR,
  DIGITS_SPACED,
  SPELLED_LEAD,
  Decimal,
  IN_WORDS,
  WORD_NUMBER,
  WORD_NUMBER_FR,
  findMoney,
  isMultiplied,
  parseNumber,
  differs,
  parseWords,
  touchesBlank,
  type MoneyMatch,
  type NumberLanguage,
  type Parsed,
  type Restated
} from './numbers.js'
import type {Figure, Money} from './offering-types.js'
import {spanOf} from './text.js'
import {COUNT_MULTIPLIER, LIMITS as SHARED_LIMITS} from './vocabulary.js'
import {pattern} from './pattern.js'

const LIMITS = {
  ...SHARED_LIMITS,
  /** How far back a count's words may start ("one million five hundred thousand (1,500,000)"). */
  wordsAhead: 120
} as const

/** A count of securities in a sentence. */
export interface CountMatch {
  /** Where the number is written (the class noun after it is not part of the figure). */
  index: number
  /**
   * Where its statement starts: its words, where the numerals restate them ("twenty million (20,000,000) units"); the
   * words before a count are read from there.
   */
  from: number
  end: number
  /** Where the whole phrase ends (number and class). */
  phraseEnd: number
  value: Parsed
  security: string
  compensation: boolean
  /** Its restatement in the other notation ("two million (2,000,000)"). */
  restated?: Restated
}

/** What a sentence states in figures. */
export interface SentenceFigures {
  sentence: Sentence
  /** The sentence's normalized text. */
  text: string
  /** Whether it has a digit: most sentences have none, and the number patterns are skipped there. */
  digits: boolean
  moneys: MoneyMatch[]
  counts: CountMatch[]
  /** The language its figures are read in (its block's). */
  language: NumberLanguage
}

// The class of a count, as written: "flow-through common shares", "hard dollar units", "finder's warrants".
const FLOW_THROUGH_KIND = '(?:charity |premium |national |quebec |québec )'
const FLOW_THROUGH = '(?:flow-through|flow through|ft)'
const QUALIFIER = [
  String.raw`${FLOW_THROUGH_KIND}?${FLOW_THROUGH}(?: common)? `,
  // "HD" abbreviates hard dollar as "FT" does flow-through ("5,000,000 HD Units").
  String.raw`(?:hard[- ]dollar|hd) (?:common )?`,
  '(?:non-flow-through|nft|non-ft) (?:common )?',
  // "1,250 convertible debenture units at $1,000": a unit of principal amount, not of shares.
  '(?:(?:secured |unsecured |subordinated )?(?:convertible )?(?:debenture|note) )',
  'common '
]
// "2,941,176 common share units" are units, not shares.
const SECURITY = String.raw`(?:units?|shares?(?! units?\b)|subscription receipts?|warrants?)`
const COMPENSATION_HOLDER = String.raw`(?:finders?'?s?|brokers?'?s?|agents?'?s?|compensation|broker|underwriters?'?s?)`
const COMPENSATION_SECURITY = '(?:warrants?|units?|shares?|options?)'
const CLASS = String.raw`(?<cls>(?:${QUALIFIER.join('|')})?${SECURITY}|${COMPENSATION_HOLDER} ${COMPENSATION_SECURITY})`

// A count: "11,620,000", "two million", "five million (5,000,000)", then a few words, then its class.
const WORDS_THEN_DIGITS = String.raw`(?<words>${WORD_NUMBER})(?: (?<wmult>${COUNT_MULTIPLIER}))? \((?<paren>${DIGITS})\)`
// Numerals restated in words: "2,500,000 (two million five hundred thousand)"; a copy's "seven,587,000" is digits.
const WRITTEN =
  String.raw`(?<num>${DIGITS_SPACED}|${DIGITS}|${SPELLED_LEAD}|${WORD_NUMBER})(?: (?<mult>${COUNT_MULTIPLIER}))?` +
  String.raw`(?: \((?<pwords>${IN_WORDS})\))?`
const BEFORE_CLASS = String.raw`(?:(?:[a-z"'()-]+ ){0,${LIMITS.wordsBeforeClass}}?)`
// Numerals run into their class ("3,277,960units", a copy artefact) are a count too.
const COUNT = pattern(
  String.raw`(?<![\d,.$a-z])(?:${WORDS_THEN_DIGITS}|${WRITTEN})(?: |(?<=\d)(?=[a-z]))${BEFORE_CLASS}${CLASS}(?![a-z])`,
  'g'
)

/**
 * A count in French: "10 000 000 unités", "2,5 millions d'unités", "5 000 000 actions ordinaires accréditives",
 * "750 000 bons de souscription de courtier", "1 000 000 de reçus de souscription", and in words with a scale word
 * ("dix millions d'unités", "un million d'actions", "cinq cent mille unités"; "une action", a part of a unit, is
 * no count). The class follows its noun's qualifiers ("ordinaires", "accréditives").
 */
const SECURITY_FR = '(?:unités?|actions?|(?:reçus?|recus?) de souscription|bons? de souscription|options?)'
const QUALIFIER_FR =
  String.raw`(?: (?:ordinaires?|accréditives?|accreditives?|de catégorie [a-z]|"accréditives?"|de bienfaisance|` +
  String.raw`québécoises?|quebecoises?|nationales?))`
const COMPENSATION_FR = String.raw`(?: (?:${[
  'de courtiers?',
  "d'intermédiaires?",
  "d'intermediaires?",
  "de l'intermédiaire",
  'de rémunération',
  'de remuneration',
  'des? (?:placeurs?|démarcheurs?|demarcheurs?|intermédiaires?|courtiers?)'
].join('|')}))`
const CLASS_FR = String.raw`(?<cls>${SECURITY_FR}${QUALIFIER_FR}{0,3}${COMPENSATION_FR}?)`
const COUNT_FR = pattern(
  String.raw`(?<![\d,.$a-zà-ÿ])(?:(?<num>${DIGITS_FR})|(?<fwords>${WORD_NUMBER_FR}))(?: (?<mult>millions?))?` +
    String.raw`(?: d'| de | |(?<=\d)(?=[a-z]))` +
    String.raw`(?:nouvelles? |autres )?${CLASS_FR}(?![a-zà-ÿ])`,
  'g'
)

/** Words of securities issued to a finder, broker or agent (not sold), and of their fees (in French too). */
export const COMPENSATION = pattern(
  String.raw`\b(?:finder|broker|agent|compensation|commission|underwriter)` +
    '|courtier|intermédia|intermedia|placeur|démarcheur|demarcheur|rémunération des|rémunération de courtier'
)

// Prefilters: what a sentence must have for the number patterns to find anything.
const MONEY_SIGN = /[$¢£]|cent|pence|gbp|\dp per\b/
const CENTS_WORD = /\bcents?\b/
const COUNT_WORD = pattern(String.raw`\b(?:${COUNT_MULTIPLIER}|hundred)\b`)
/** French counts in words have a scale word ("dix millions d'unités", "cinq cent mille actions"). */
const COUNT_WORD_FR = /\bmill(?:e|ions?|iards?)\b/
const SECURITY_WORD =
  /\b(?:units?|shares?|receipts?|warrants?|options?)\b|\b(?:unités?|actions?|reçus?|recus?|bons?)(?![a-zà-ÿ])/

/** A French class as written, as its key: "actions ordinaires accréditives" → "flow-through shares". */
function frenchClassKey(key: string): string | undefined {
  const noun = /^bons?/.test(key)
    ? 'warrants'
    : /^(?:reçu|recu)/.test(key)
      ? 'subscription receipts'
      : /^unit/.test(key)
        ? 'units'
        : /^action/.test(key)
          ? 'shares'
          : /^option/.test(key)
            ? 'options'
            : undefined
  if (!noun) return undefined
  if (noun === 'warrants' && COMPENSATION.test(key)) return "broker's warrants"
  if (!/accr[ée]ditive/.test(key)) return noun
  // A class of its own, as in English: « de bienfaisance » (charity), « québécoises », « nationales ».
  const kind = /bienfaisance|charit|\bdons?\b/.test(key)
    ? 'charity '
    : /qu[ée]b/.test(key)
      ? 'quebec '
      : /national/.test(key)
        ? 'national '
        : ''
  return `${kind}flow-through ${noun}`
}

/** Normalize a class as written to a key ("FT Units" → "flow-through units", "unités accréditives" too). */
export function classKey(written: string): string {
  const french = frenchClassKey(written.toLowerCase())
  if (french) return french
  let key = written.toLowerCase().replace(/flow through|\bft\b/g, 'flow-through')
  key = key
    .replace(/\bcommon /, '')
    .replace(/\b(?:hard[- ]dollar|hd) /, '')
    .replace(/\b(?:non-flow-through|nft|non-ft) /, '')
  key = key
    .replace(/\bunit\b/, 'units')
    .replace(/\bshare\b/, 'shares')
    .replace(/\breceipt\b/, 'receipts')
  return key.replace(/\bwarrant\b/, 'warrants')
}

/**
 * The amounts and counts a sentence states (none looked for where it cannot state any), read in the forms of
 * its block's language (`language`: "0,15 $", "10 000 000 unités" in French).
 */
export function readFigures(sentence: Sentence, language: NumberLanguage = 'en'): SentenceFigures {
  const text = sentence.norm.text
  const digits = /\d/.test(text)
  const wordsMoney = CENTS_WORD.test(text) || (language === 'fr' && text.includes('dollar') && COUNT_WORD_FR.test(text))
  const moneys = (digits && MONEY_SIGN.test(text)) || wordsMoney ? findMoney(text, language) : []
  const inWords = COUNT_WORD.test(text) || (language === 'fr' && COUNT_WORD_FR.test(text))
  const counts = (digits || inWords) && SECURITY_WORD.test(text) ? findCounts(text, language) : []
  return {sentence, text, digits, moneys, counts, language}
}

/** The figures of a sentence ahead of `end` (its words from there on state no lot). */
export function figuresBefore(figures: SentenceFigures, end: number): SentenceFigures {
  return {
    ...figures,
    text: figures.text.slice(0, end),
    moneys: figures.moneys.filter((m) => m.to <= end),
    counts: figures.counts.filter((c) => c.phraseEnd <= end)
  }
}

function findCounts(text: string, language: NumberLanguage): CountMatch[] {
  const found: CountMatch[] = []
  const pattern = language === 'fr' ? COUNT_FR : COUNT
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    const g = match.groups ?? {}
    // French words count with a scale word only: "un bon de souscription" is a part of a unit.
    if (g.fwords && !COUNT_WORD_FR.test(g.fwords)) continue
    const num = g.num ?? g.fwords
    // "[●]00,000 units": a count partly blank is the blank's, not a count of none (numbers.ts).
    if (g.num && touchesBlank(text, match.index, match.index + g.num.length)) continue
    const value = g.paren ? parseNumber(g.paren) : parseNumber(num, g.mult?.replace(/s$/, ''), language)
    if (!value) continue
    const cls = g.cls
    const written = g.paren
      ? {index: match.index + match[0].indexOf('(' + g.paren) + 1, length: g.paren.length}
      : {index: match.index, length: num.length + (g.mult ? g.mult.length + 1 : 0)}
    const restated = countRestated(text, match)
    found.push({
      index: written.index,
      from: Math.min(match.index, restated?.index ?? match.index),
      end: written.index + written.length,
      phraseEnd: match.index + match[0].length,
      value,
      security: classKey(cls),
      compensation: COMPENSATION.test(cls),
      restated
    })
  }
  return found
}

/** Number words ending where a count's words start ("one million" of "one million five hundred thousand (…)"). */
const WORDS_AHEAD = pattern(String.raw`(?<![a-z])${IN_WORDS} $`)

/** A count's restatement in the other notation: its words, with their value. */
function countRestated(text: string, match: RegExpExecArray): Restated | undefined {
  const g = match.groups ?? {}
  if (g.pwords) {
    const value = parseWords(g.pwords)
    const index = match.index + match[0].indexOf('(' + g.pwords) + 1
    return value && {index, length: g.pwords.length, value, tolerance: new Decimal(0)}
  }
  if (!g.paren) return undefined
  const ahead = WORDS_AHEAD.exec(text.slice(Math.max(0, match.index - LIMITS.wordsAhead), match.index))
  const lead = ahead ? ahead[0].replace(/^and /, '') : ''
  const words = lead + g.words + (g.wmult ? ' ' + g.wmult : '')
  const value = parseWords(words)
  return value && {index: match.index - lead.length, length: words.length, value, tolerance: new Decimal(0)}
}

/** The figure written at `[from, to)` of a sentence's normalized text. */
export function figure(sentence: Sentence, from: number, to: number, parsed: Parsed): Figure {
  return {...spanOf(sentence.norm, from, to), value: parsed.value, tolerance: parsed.tolerance, sentence}
}

/** The figure of a count (its number, not its class). */
export function countFigure(sentence: Sentence, count: CountMatch): Figure {
  return {...figure(sentence, count.index, count.end, count.value), restated: restatedIn(sentence, count.restated)}
}

/** A restatement's source span and value. */
function restatedIn(sentence: Sentence, restated: Restated | undefined): Figure['restated'] {
  if (!restated) return undefined
  const {value, tolerance} = restated
  return {...spanOf(sentence.norm, restated.index, restated.index + restated.length), value, tolerance}
}

/** The figures of a sentence whose restatement in the other notation gives another value ("fifteen cents ($0.16)"). */
export function misstated(figures: SentenceFigures): Figure[] {
  const {sentence, moneys, counts} = figures
  return [
    ...moneys.filter((m) => differs(m, m.restated)).map((m) => money(sentence, m)),
    ...counts.filter((c) => differs(c.value, c.restated)).map((c) => countFigure(sentence, c))
  ]
}

/** The money of an amount found in a sentence. */
export function money(sentence: Sentence, match: MoneyMatch): Money {
  const written = sentence.norm.text.slice(match.index, match.index + match.length)
  return {
    ...figure(sentence, match.index, match.index + match.length, match),
    currency: match.currency,
    rounded: isMultiplied(written),
    restated: restatedIn(sentence, match.restated)
  }
}

/** After an amount: it is a price ("$0.10 per unit", "for each share", "a share"; "0,15 $ par unité", "l'unité"). */
const PRICE_AFTER = pattern(
  String.raw`^\s?(?:per(?: |(?=units?|shares?|receipts?|flow|ft|common))|for each |a ` +
    String.raw`|par (?:unité|unite|action|reçu|recu|bon|titre)|l'(?:unité|unite|action)(?![a-zà-ÿ])|chacune?\b|pour chaque )`
)

/** Whether the words after an amount make it a price. */
export function isPriceAfter(text: string, match: MoneyMatch): boolean {
  return PRICE_AFTER.test(textAfter(text, match, LIMITS.priceContext))
}

/**
 * Before an amount: it is a price ("at a price of", "priced at", "exercisable at"; "au prix de", "à"), not a total price
 * ("aggregate price of").
 */
const PRICE_BEFORE = pattern(
  String.raw`(?<!(?:total|aggregate) (?:subscription |purchase )?)(?:prices? of|priced at|at|deemed prices? of|issue prices? of` +
    String.raw`|au prix(?: unitaire| d'émission| d'emission| de souscription| réputé| repute)? de|à un prix de|à)\s?$`
)
/** Whether the words before or after an amount make it a price (not proceeds, a total or a fee paid in cash). */
export function isPrice(text: string, match: MoneyMatch): boolean {
  return isPriceAfter(text, match) || PRICE_BEFORE.test(textBefore(text, match, LIMITS.priceContext))
}

/** The items at `[from, to)` of a sentence, found by their `index` (`items` are in the order of the text). */
export function itemsIn<T extends {index: number}>(items: T[], from: number, to: number): T[] {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (items[middle].index < from) low = middle + 1
    else high = middle
  }
  let end = low
  while (end < items.length && items[end].index < to) end++
  return items.slice(low, end)
}

/** The text of a sentence within `length` characters before an amount (before its restatement too). */
export function textBefore(text: string, match: MoneyMatch, length: number): string {
  return text.slice(Math.max(0, match.from - length), match.from)
}

/** The text of a sentence within `length` characters after an amount (after its restatement too). */
export function textAfter(text: string, match: MoneyMatch, length: number): string {
  return text.slice(match.to, match.to + length)
}
