/**
 * Numbers as releases write them, parsed exactly (decimal.js, no float
 * drift), each with the precision it was written to: "11,620,000",
 * "$1,162,000", "$1.16 million", "$1.2M", "$4M", "10 cents", "ten cents",
 * "CDN$0.10", "one-half", "1/2", "8%", "eight per cent", "two million",
 * "five million (5,000,000)". All patterns run on normalized text (lower
 * case, ASCII quotes and dashes).
 *
 * French blocks (language.ts) write figures their own way: "11 620 000" (a
 * space, no-break space or narrow no-break space between thousands; the
 * normalized text has a space), "0,10 $", "1 162 000 $", "1,2 M$",
 * "2,5 millions de dollars", "dix cents", "7,5 %". In a French block a comma
 * is the decimal comma, unless the form says otherwise ("1,500,000": two
 * groups of three are thousands; "$1,500,000": the English form).
 */
import {Decimal} from 'decimal.js'
import {LIMITS as SHARED_LIMITS, MULTIPLIER, MULTIPLIERS, anyWord} from './vocabulary.js'
import {pattern} from './pattern.js'

const LIMITS = {
  ...SHARED_LIMITS,
  /** How far a figure's restatement in words reaches ("(one million five hundred thousand dollars)"). */
  wordsRestatement: 160
} as const

export {Decimal}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90
}
const SCALES: Record<string, number> = {hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9}

/** A number word below a hundred: "ten", "twenty-five". */
const BELOW_HUNDRED = String.raw`${anyWord(Object.keys(UNITS))}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`
/** Number words: "ten", "twenty-five", "two hundred", "one hundred and fifty". */
export const WORD_NUMBER = String.raw`(?:${BELOW_HUNDRED}(?: hundred(?: and)?(?: ${BELOW_HUNDRED})?)?)`
/**
 * Digits as written: "11,620,000", "0.10", ".5", "1 000 000" is not accepted (ambiguous). The thousands
 * groups are bounded: a pattern may start after any comma, and unbounded groups would be read again from each.
 */
export const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3}){1,${LIMITS.thousandsGroups}}(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`
/**
 * Digits with thousands set off by spaces in an English block ("$2 400 000", "16 000 000 units": the SI style, a
 * thin, narrow or no-break space as Word and Quebec drafters type it; the normalized text has a space): read where
 * the figure's place says it is one, after a currency sign or before a class of securities, never alone. A comma
 * after it is the sentence's ("proceeds of $1 535 325, with each unit …"); one before a digit is no English figure's.
 */
export const DIGITS_SPACED = String.raw`\d{1,3}(?: \d{3}(?!\d)){1,${LIMITS.thousandsGroups}}(?:\.\d+)?(?!\d|,\d)`
/**
 * Digits whose leading group a rewriting copy spelled out as its word: "seven,587,000 flow-through units",
 * "three,500,000 warrants" (a site that rewrites a wire's release spells each digit standing alone, the "7" of
 * "7,587,000" too, and may swap the word for a synonym: "a pair of,941,176 units" for "2,941,176"). Read as the
 * digits it stands for.
 */
const DIGIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const DIGIT_SYNONYMS: Readonly<Record<string, number>> = {'a pair of': 2}
const LEAD_WORDS = [...DIGIT_WORDS, ...Object.keys(DIGIT_SYNONYMS)].join('|')
export const SPELLED_LEAD = String.raw`(?:${LEAD_WORDS}),\d{3}(?:,\d{3}){0,${LIMITS.thousandsGroups}}(?![\d,])`
const SPELLED_LEAD_PARTS = pattern(
  String.raw`^([a-z]+(?: [a-z]+){0,2}),(\d{3}(?:,\d{3}){0,${LIMITS.thousandsGroups}})$`
)

/** A block's language, as language.ts tells it ('fr' reads the French forms). */
export type NumberLanguage = 'en' | 'fr'

/**
 * Digits as French writes them: "11 620 000" (thousands set off by a space; the normalized text has one space
 * for any no-break or narrow space), "0,15", "1 162 000,50"; "1,500,000" (two groups of three after commas) is
 * the English form, read as such. A group is exactly three digits not followed by a fourth, so "10 000 000
 * unités à 0,15 $" is two numbers, not "000 0".
 */
export const DIGITS_FR =
  String.raw`(?:\d{1,3}(?:,\d{3}){2,${LIMITS.thousandsGroups}}(?:\.\d+)?(?![\d,])` +
  String.raw`|\d{1,3}(?: \d{3}(?!\d)){1,${LIMITS.thousandsGroups}}(?:,\d+)?|\d+(?:,\d+)?)`

const UNITS_FR: Record<string, number> = {
  zéro: 0,
  zero: 0,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60
}
const SCALES_FR: Record<string, number> = {mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9}
/** One French number word; a figure in words is a few of them joined by spaces or hyphens ("soixante-quinze"). */
const NUMBER_WORD_FR = anyWord([...Object.keys(UNITS_FR), 'cents?', 'et', ...Object.keys(SCALES_FR)])
const FIRST_WORD_FR = anyWord([...Object.keys(UNITS_FR), 'cent', 'mille'])
/** A figure in French words: "quinze", "soixante-quinze", "deux cent cinquante mille" (never starting with "et"). */
export const WORD_NUMBER_FR = String.raw`${FIRST_WORD_FR}(?:[- ]${NUMBER_WORD_FR}){0,${LIMITS.thousandsGroups * 3}}`

/** Parse French number words ("quinze", "quatre-vingt-dix", "deux cent mille") to a decimal. */
export function parseWordsFr(text: string): Decimal | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word && word !== 'et')
  if (words.length === 0) return undefined
  let total = new Decimal(0)
  let current = new Decimal(0)
  let previous = ''
  for (const word of words) {
    const before = previous
    previous = word
    if (Object.hasOwn(UNITS_FR, word)) {
      const unit = UNITS_FR[word]
      // "quatre-vingt": four twenties.
      current = unit === 20 && before === 'quatre' ? current.plus(76) : current.plus(unit)
    } else if (word === 'cent' || word === 'cents') current = (current.isZero() ? new Decimal(1) : current).times(100)
    else if (Object.hasOwn(SCALES_FR, word)) {
      total = total.plus((current.isZero() ? new Decimal(1) : current).times(SCALES_FR[word]))
      current = new Decimal(0)
    } else return undefined
  }
  return total.plus(current)
}

/** Parse number words ("twenty-five", "two hundred and ten") to a decimal. */
export function parseWords(text: string): Decimal | undefined {
  const words = text
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/\band\b/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
  if (words.length === 0) return undefined
  let total = new Decimal(0)
  let current = new Decimal(0)
  for (const word of words) {
    if (word in UNITS) current = current.plus(UNITS[word])
    else if (word === 'hundred') current = (current.isZero() ? new Decimal(1) : current).times(100)
    else if (word in SCALES) {
      total = total.plus((current.isZero() ? new Decimal(1) : current).times(SCALES[word]))
      current = new Decimal(0)
    } else return undefined
  }
  return total.plus(current)
}

/** A parsed figure: value, and half the unit of its last written digit (how far off a rounded figure may be). */
export interface Parsed {
  value: Decimal
  /** Half a unit of the last digit written ("$1.16 million": 5,000; "$1,162,000": 0.5). */
  tolerance: Decimal
}

/** French multiplier words, with the scale ("1,2 M$", "2,5 millions de dollars", "1 G$"). */
const MULTIPLIERS_FR: Readonly<Record<string, number>> = {
  milliards: 1e9,
  milliard: 1e9,
  millions: 1e6,
  million: 1e6,
  mm: 1e6,
  m: 1e6,
  k: 1e3,
  g: 1e9
}
const MULTIPLIER_FR = anyWord(Object.keys(MULTIPLIERS_FR))

/** The scale of a multiplier word (lower case), 1 for none. */
function multiplierOf(word: string | undefined): number {
  if (word === undefined) return 1
  if (Object.hasOwn(MULTIPLIERS, word)) return MULTIPLIERS[word]
  return Object.hasOwn(MULTIPLIERS_FR, word) ? MULTIPLIERS_FR[word] : 1
}

/** Whether digits as written are English ("1,500,000", "0.15") in a French block: two comma groups, or a point. */
const ENGLISH_FORM = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d*\.\d+$/

/**
 * Parse digits ("1,162,000", "1.16"; in French "1 162 000", "1,16") with an optional multiplier word ("million",
 * "M"). Spaces between digits are any of the spaces a draft uses (space, no-break, narrow no-break).
 */
export function parseDigits(digits: string, multiplier?: string, language: NumberLanguage = 'en'): Parsed {
  const spaced = digits.replace(/[ \u00a0\u202f]/g, '')
  const french = language === 'fr' && !ENGLISH_FORM.test(spaced)
  const clean = french ? spaced.replace(/,/g, '.') : spaced.replace(/,/g, '')
  const decimals = clean.includes('.') ? clean.length - clean.indexOf('.') - 1 : 0
  const scale = multiplierOf(multiplier?.toLowerCase())
  const value = new Decimal(clean).times(scale)
  const unit = new Decimal(10).pow(-decimals).times(scale)
  return {value, tolerance: unit.div(2)}
}

/** Parse a count or amount written in digits or words, with an optional multiplier. */
export function parseNumber(text: string, multiplier?: string, language: NumberLanguage = 'en'): Parsed | undefined {
  const spelled = SPELLED_LEAD_PARTS.exec(text)
  const digit = spelled ? (DIGIT_SYNONYMS[spelled[1]] ?? DIGIT_WORDS.indexOf(spelled[1]) + 1) : 0
  if (spelled && digit > 0) return parseDigits(`${digit},${spelled[2]}`, multiplier, language)
  const spaced = language === 'fr' ? /^\d[\d., \u00a0\u202f]*$/ : /^\d{1,3}(?: \d{3})+(?:\.\d+)?$/
  if (/^[\d.,]+$/.test(text) || spaced.test(text)) return parseDigits(text, multiplier, language)
  const words = language === 'fr' ? (parseWordsFr(text) ?? parseWords(text)) : parseWords(text)
  if (!words) return undefined
  const scale = multiplierOf(multiplier?.toLowerCase())
  return {value: words.times(scale), tolerance: new Decimal(0.5).times(scale)}
}

export type Currency = 'CAD' | 'USD' | 'AUD' | 'GBP'

/**
 * Money: "$1,162,000", "CDN$0.10", "C$1.2M", "US$4 million", "A$2.5 million", "10 cents", "ten cents"; a placing in
 * London of an issuer also on AIM, in pounds and pence: "£1,800,000", "GBP 1.8 million", "6.0 pence", "6p per share".
 * "A" is Australian only run into its sign: "a $1.8 million private placement" is the article.
 */
const CURRENCY =
  String.raw`(?:(?<cur>cdn|cad|can|c|ca|us|usd|u\.s\.|a(?=\$)|au|aud)\s?\$|\$|(?<code>cad|cdn|usd|aud|gbp) ?\$?(?=\d)` +
  String.raw`|(?<pound>£))`
// A bare sign may follow a word run into it by copy ("at a price of$0.035 per share").
// The multiplier may follow a hyphen, as a republisher's house style writes it ("$1.75-million", Stockwatch's).
const DOLLARS =
  String.raw`(?:(?<![a-z0-9])${CURRENCY}|(?<=[a-z])\$)\s?(?<num>${DIGITS_SPACED}|${DIGITS})` +
  String.raw`(?:[\s-]?(?<mult>${MULTIPLIER})(?![a-z]))?`
const CENTS = String.raw`(?<![a-z0-9.])(?<cents>${DIGITS}|${WORD_NUMBER})\s?(?:cents?|¢)(?![a-z])`
/** Pence: "6.0 pence", "6p per share" (a bare "p" only before "per"). */
const PENCE = String.raw`(?<![a-z0-9.£$])(?<pence>${DIGITS})\s?(?:pence|p(?= per\b))(?![a-z])`
/**
 * The sign after the figure in an English block, as a release translated from French or typed by a Quebec drafter
 * writes it ("0.15$ per unit", "2,400,000 $", "2 400 000 $"): the French form's place for the sign, English digits.
 */
const DOLLARS_AFTER = String.raw`(?<![a-z0-9.,$])(?<anum>${DIGITS_SPACED}|${DIGITS})(?:\s?(?<amult>${MULTIPLIER})(?![a-z]))?\s?\$(?!\s?\d)`
export const MONEY = pattern(`${DOLLARS}|${DOLLARS_AFTER}|${CENTS}|${PENCE}`, 'g')
/**
 * French money: the sign after the figure ("0,15 $", "1 162 000 $", "1,2 M$", "2,5 millions de dollars",
 * "500 000 $ US", "15 cents", "quinze cents"); the English forms ("$1,500,000") are read in a French block too.
 */
const DOLLARS_FR =
  String.raw`(?<![a-z0-9,.])(?<frnum>${DIGITS_FR})(?:\s?(?<frmult>${MULTIPLIER_FR})(?: de| d')?)?\s?` +
  String.raw`(?:\$|dollars?(?: (?<frword>canadiens|américains|americains|australiens|us|ca))?(?![a-z]))` +
  String.raw`(?:\s?(?<frcur>ca|can|cdn|us|é\.-u\.|e\.-u\.|aus?)(?![a-z]))?`
const CENTS_FR = String.raw`(?<![a-z0-9.,-])(?<frcents>${DIGITS_FR}|${WORD_NUMBER_FR})\s?(?:cents?|¢)(?![a-z])(?! (?:mille|millions?))`
/** An amount in French words with a scale word: "deux millions de dollars", "cinq cent mille dollars canadiens". */
const WORDS_DOLLARS_FR =
  String.raw`(?<![a-zà-ÿ0-9])(?<frwords>${WORD_NUMBER_FR})(?: de| d')? dollars?` +
  String.raw`(?: (?<frwcur>canadiens|américains|americains|australiens|us|ca))?(?![a-zà-ÿ])`
/**
 * The sign before a French figure, as a draft typed in an English template or a translator writes it ("$0,15",
 * "$1 350 000", "US$0,04"): a decimal comma where the comma cannot be English thousands ("0,15", "0,035", "1,5"; a
 * comma and three digits, "$1,500", stays the English form), thousands set off by spaces.
 */
const SIGN_FIRST_FR =
  String.raw`(?:(?<![a-z0-9])(?<frscur>cdn|cad|can|ca|c|us|usd|u\.s\.|au|aud)?|(?<=[a-z]))\$\s?` +
  String.raw`(?<frsnum>\d{1,3}(?: \d{3}(?!\d)){1,${LIMITS.thousandsGroups}}(?:,\d+)?|0,\d+|\d+,(?:\d{1,2}|\d{4,}))` +
  String.raw`(?![\d,])(?:\s?(?<frsmult>${MULTIPLIER_FR})(?![a-z]))?`
export const MONEY_FR = pattern(`${DOLLARS_FR}|${CENTS_FR}|${WORDS_DOLLARS_FR}|${SIGN_FIRST_FR}|${DOLLARS}`, 'g')
/** Money written with a multiplier ("$1.16 million", "$4M"): it ends in a digit and a multiplier word. */
const MULTIPLIED = pattern(String.raw`\d[\s-]?${MULTIPLIER}$`)
/** In French, a multiplier before the sign or the currency word ("1,2 m$", "2,5 millions de dollars"). */
const MULTIPLIED_FR = pattern(String.raw`\d\s?${MULTIPLIER_FR}(?: de| d')?\s?(?:\$|dollars?)`)

/** Whether an amount of money as written (a `MoneyMatch`'s text) is written with a multiplier. */
export function isMultiplied(written: string): boolean {
  return MULTIPLIED.test(written) || MULTIPLIED_FR.test(written)
}

export interface MoneyMatch extends Parsed {
  currency: Currency
  /** Where the figure is written: its numerals, where it is written in words and numerals both. */
  index: number
  length: number
  /**
   * Where its statement starts and ends: with its restatement and a defined term after it ("fifteen cents
   * ($0.15)", "$0.15 (fifteen cents)", "one million dollars ($1,000,000)", "$1,500,000 (the "Offering")").
   * The words around the figure are read from there.
   */
  from: number
  to: number
  /** The figure's restatement in the other notation, where it gives a value: where it is written, and the value. */
  restated?: Restated
}

/** A restatement of a figure in the other notation ("(fifteen cents)"), in normalized text. */
export interface Restated {
  index: number
  length: number
  value: Decimal
  /** Half a unit of its last digit (words are exact). */
  tolerance: Decimal
}

const ZERO = new Decimal(0)

/** Whether a figure and its restatement give different values, beyond the precision each is written to. */
export function differs(figure: Parsed, restated: Restated | undefined): boolean {
  return Boolean(restated && restated.value.minus(figure.value).abs().gt(restated.tolerance.plus(figure.tolerance)))
}

/** One number word ("fifteen", "hundred", "million"); a figure in words is a few of them. */
const NUMBER_WORD = anyWord([...Object.keys(UNITS), ...Object.keys(SCALES), 'and'])
/** A figure in words: "one million five hundred thousand". */
export const IN_WORDS = String.raw`(?:${NUMBER_WORD}[- ]){0,${LIMITS.thousandsGroups * 2}}${NUMBER_WORD}`
const CURRENCY_WORDS = String.raw`(?: (?:canadian |u\.?s\.? |united states |australian )?dollars?| cents?)`
/** After a figure: its restatement in words, or the defined term it is given ("(the "Offering")"). */
const RESTATED_AFTER = pattern(
  String.raw`^\s?\((?:(?<words>${IN_WORDS})(?<unit>${CURRENCY_WORDS})?|` +
    String.raw`(?:the |each,? an? |an? |collectively,? the |together,? the )?"[^"()]{1,80}")\)`
)
/** Before numerals: the figure in words they restate ("one million dollars ("). */
const WORDS_BEFORE = pattern(String.raw`(?<![a-z])(?<words>${IN_WORDS})(?<unit>${CURRENCY_WORDS})\s?\(\s?$`)
/** Between a figure and its restatement in another notation. */
const OPENS = /^\s?\(\s?$/
const CLOSES = /^\s?\)/

/** The value of an amount in words ("fifteen cents", "three hundred thousand dollars"), if it names its unit. */
function wordsValue(words: string, unit: string | undefined): Decimal | undefined {
  const value = unit ? parseWords(words) : undefined
  return value && /cent/.test(unit!) ? value.div(100) : value
}

/**
 * A figure and its restatement are one figure: "fifteen cents ($0.15)" is $0.15 written twice. The numerals
 * are the figure (where both are numerals, the more precise); the statement spans both; `restated` is the other
 * notation, where it gives a value.
 */
function mergeRestatements(text: string, found: MoneyMatch[]): MoneyMatch[] {
  const merged: MoneyMatch[] = []
  for (let i = 0; i < found.length; i++) {
    let m = found[i]
    const next = found[i + 1]
    if (next && OPENS.test(text.slice(m.to, next.index)) && CLOSES.test(text.slice(next.to, next.to + 2))) {
      // The numerals are the figure; of two numerals, the more precise ("$1,520,000" of "$1.5 million ($1,520,000)").
      const words = !/\d/.test(text.slice(m.index, m.index + m.length))
      // In another currency it is a conversion ("$500,000 (US$370,000)"), not a restatement: the first is the figure.
      const same = m.currency === next.currency
      const [figure, other] = same && (words || next.tolerance.lt(m.tolerance)) ? [next, m] : [m, next]
      const tolerance = words ? ZERO : other.tolerance
      const restated = same ? {index: other.index, length: other.length, value: other.value, tolerance} : undefined
      m = {...figure, from: m.from, to: text.indexOf(')', next.to) + 1, restated}
      i++
    } else {
      const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.from - LIMITS.wordsRestatement), m.from))
      if (before?.groups && CLOSES.test(text.slice(m.to, m.to + 2))) {
        const from = m.from - before[0].length
        const value = wordsValue(before.groups.words, before.groups.unit)
        const length = before.groups.words.length + before.groups.unit.length
        m = {
          ...m,
          from,
          to: text.indexOf(')', m.to) + 1,
          restated: value && {index: from, length, value, tolerance: ZERO}
        }
      }
    }
    const after = RESTATED_AFTER.exec(text.slice(m.to, m.to + LIMITS.wordsRestatement))
    if (after?.groups?.words && !m.restated) {
      const value = wordsValue(after.groups.words, after.groups.unit)
      const index = m.to + after[0].indexOf('(') + 1
      const length = after.groups.words.length + (after.groups.unit?.length ?? 0)
      if (value) m = {...m, restated: {index, length, value, tolerance: ZERO}}
    }
    if (after) m = {...m, to: m.to + after[0].length}
    merged.push(m)
  }
  return merged
}

/**
 * A figure left partly blank: its digits run on into a template's blank ("$0.[●]", "$0.XX", "$0.__", "$1,[●]00,000",
 * "2.[TBD] million", "0,●● $"): the digits before the blank are not the figure (not a price of "$0"), the blank is
 * (placeholders.ts). A blank after a point or comma, a glyph or a brace run into the digits, or a bracket that opens on
 * a blank; not a footnote's mark ("$2,400,000[1]") nor a run-in bullet before the next item's word ("$2.4 million•Net").
 */
const BLANK_AFTER = pattern(
  String.raw`^(?:[.,]?(?:[●•◦▪■□○◯▫∙](?![a-z])|\{|\[[●•◦▪■□○◯▫∙_x?#\s]|_{2})|[.,](?:\[|x+(?![a-z])))`
)

/** A blank's last character, run into the digits after it ("[●]00,000 units", "●.25"). */
const BLANK_BEFORE = pattern(String.raw`[\]}_●•◦▪■□○◯▫∙][.,]?$`)

/**
 * Whether the figure written at `[from, end)` of normalized text is part of a blank: it runs on into one
 * (`BLANK_AFTER`), or one runs into it (`BLANK_BEFORE`).
 */
export function touchesBlank(text: string, from: number, end: number): boolean {
  const next = text.charCodeAt(end)
  // Most figures end before a space or a letter: only these characters can start a blank.
  const after =
    (next === 46 || next === 44 || next === 91 || next === 123 || next === 95 || next > 127) &&
    BLANK_AFTER.test(text.slice(end, end + 4))
  return after || (from > 0 && BLANK_BEFORE.test(text.slice(Math.max(0, from - 2), from)))
}

/** Every amount of money in normalized text, a figure and its restatement as one; French forms in a French block. */
export function findMoney(text: string, language: NumberLanguage = 'en'): MoneyMatch[] {
  const found: MoneyMatch[] = []
  const pattern = language === 'fr' ? MONEY_FR : MONEY
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    if (touchesBlank(text, match.index, match.index + match[0].length)) continue
    const g = match.groups ?? {}
    let parsed: Parsed | undefined
    const cents = g.cents ?? g.frcents ?? g.pence
    if (cents) {
      const value = parseNumber(cents, undefined, g.frcents ? 'fr' : 'en')
      if (value) parsed = {value: value.value.div(100), tolerance: value.tolerance.div(100)}
    } else if (g.num ?? g.anum) {
      parsed = parseDigits(g.num ?? g.anum, g.mult ?? g.amult)
    } else if (g.frnum ?? g.frsnum) {
      parsed = parseDigits(g.frnum ?? g.frsnum, g.frmult ?? g.frsmult, 'fr')
    } else if (g.frwords && /mill(?:e|ions?|iards?)$/.test(g.frwords)) {
      parsed = parseNumber(g.frwords, undefined, 'fr')
    }
    if (!parsed) continue
    const code = (g.cur ?? g.code ?? g.frscur ?? g.frcur ?? g.frword ?? g.frwcur ?? '').replace(/[.-]/g, '')
    const currency: Currency =
      g.pound || g.pence || code === 'gbp'
        ? 'GBP'
        : /^(us|usd|éu|eu|américains|americains)$/.test(code)
          ? 'USD'
          : /^(a|au|aud|aus|australiens)$/.test(code)
            ? 'AUD'
            : 'CAD'
    const end = match.index + match[0].length
    found.push({...parsed, currency, index: match.index, length: match[0].length, from: match.index, to: end})
  }
  return mergeRestatements(text, found)
}

/** Percentages: "8%", "7.5 %", "eight per cent", "six percent". */
export const PERCENT = pattern(
  String.raw`(?<![a-z0-9.])(?<num>${DIGITS}|${WORD_NUMBER})\s?(?:%|per ?cent)(?![a-z])`,
  'g'
)
/** French percentages: "7 %", "7,5 %", "sept pour cent". */
const PERCENT_FR = pattern(
  String.raw`(?<![a-z0-9.,])(?<num>${DIGITS_FR}|${WORD_NUMBER_FR})\s?(?:%|pour ?cent)(?![a-z])`,
  'g'
)

export interface PercentMatch extends Parsed {
  index: number
  length: number
}

export function findPercents(text: string, language: NumberLanguage = 'en'): PercentMatch[] {
  const found: PercentMatch[] = []
  const pattern = language === 'fr' ? PERCENT_FR : PERCENT
  pattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text))) {
    if (touchesBlank(text, match.index, match.index + match.groups!.num.length)) continue
    const parsed = parseNumber(match.groups!.num, undefined, language)
    if (parsed)
      found.push({value: parsed.value, tolerance: parsed.tolerance, index: match.index, length: match[0].length})
  }
  return found
}

/** Fractions of a warrant: "one-half of one", "1/2", "one-third", "three-quarters", "one", "a". */
export function parseFraction(text: string): Decimal | undefined {
  const t = text.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim()
  const slash = /^(\d+)\s?\/\s?(\d+)$/.exec(t)
  if (slash) return new Decimal(slash[1]).div(slash[2])
  if (/^(one|a) half$|^half$/.test(t)) return new Decimal(1).div(2)
  if (/^(one|a) third$/.test(t)) return new Decimal(1).div(3)
  if (/^two thirds?$/.test(t)) return new Decimal(2).div(3)
  if (/^(one|a) quarter$/.test(t)) return new Decimal(1).div(4)
  if (/^three quarters?$/.test(t)) return new Decimal(3).div(4)
  if (/^(one|a|1|one full|one whole|a full|a whole)$/.test(t)) return new Decimal(1)
  // French: "un demi", "la moitié d'un", "un tiers d'un", "un quart d'un", "un", "deux".
  if (/^(?:une? demie?|demie?|la moiti[ée] d'une?)$/.test(t)) return new Decimal(1).div(2)
  if (/^(?:un|le) tiers d'une?$/.test(t)) return new Decimal(1).div(3)
  if (/^(?:un|le) quart d'une?$/.test(t)) return new Decimal(1).div(4)
  const words = parseWords(t) ?? parseWordsFr(t)
  return words
}

/**
 * Whether `stated` agrees with `computed`, within what the text allows:
 * sub-dollar (or sub-unit) rounding, the precision the figure is written to
 * ("$1.16 million"), and about 0.5% where the text hedges ("approximately",
 * "up to", "$X million").
 */
export function agrees(computed: Decimal, stated: Parsed, hedged: boolean, unit: Decimal = new Decimal(1)): boolean {
  const difference = computed.minus(stated.value).abs()
  let allowed = Decimal.max(stated.tolerance, unit)
  if (hedged) allowed = Decimal.max(allowed, stated.value.abs().times(LIMITS.hedgedShare))
  return difference.lte(allowed)
}

/** "1234567" → "1,234,567" (a sign kept), in one pass; `separator` is French's space. */
function groupThousands(whole: string, separator = ','): string {
  const sign = whole.startsWith('-') ? '-' : ''
  const digits = whole.slice(sign.length)
  const head = digits.length % 3 || 3
  let grouped = digits.slice(0, head)
  for (let i = head; i < digits.length; i += 3) grouped += separator + digits.slice(i, i + 3)
  return sign + grouped
}

const MULTIPLIER_WORD = pattern(String.raw`^\s?(${MULTIPLIER})\b`, 'i')

/** The number of a figure written in French ("1 600 000", "0,15", "1,2") and what comes before and after it. */
const FRENCH_WRITTEN =
  /^(?<prefix>\D*)(?<number>\d(?:[ \u00a0\u202f]?\d)*(?![ \u00a0\u202f]?\d)(?:,\d+(?!\d))?)(?<suffix>.*)$/s

/**
 * Whether a figure as written is in the French form: the sign or the currency after the number, a space between
 * thousands, a decimal comma ("0,15 $", "1 600 000", "15 cents" in a French block), not the English one
 * ("$1,500,000", "1,500,000").
 */
export function writtenInFrench(written: string, language?: NumberLanguage): boolean {
  if (/^\D*\$/.test(written) || /\d,\d{3},\d{3}/.test(written) || /\d\.\d/.test(written)) return false
  if (language === 'fr') return true
  return /\d[\s\u00a0\u202f]?(?:[a-z]{1,9}(?: de| d')?[\s\u00a0\u202f]?)?(?:\$|dollars)|\d[ \u00a0\u202f]\d{3}(?!\d)/i.test(
    written
  )
}

/** Write `value` the way a French figure is written: thousands apart by the space it uses, a decimal comma. */
/** A French multiplier word at the start of what follows a figure (« millions », « M »). */
const MULTIPLIER_WORD_FR = pattern(String.raw`^[\s\u00a0\u202f]?(${MULTIPLIER_FR})(?![a-z])`, 'i')

function formatLikeFrench(written: string, value: Decimal): string {
  const {prefix, number, suffix} = FRENCH_WRITTEN.exec(written)?.groups ?? {prefix: '', number: '', suffix: written}
  // The space the draft puts between thousands, else the one before its sign ("0,15 $"), else a no-break space.
  const space = /\d([ \u00a0\u202f])\d/.exec(number)?.[1] ?? /^([ \u00a0\u202f])/.exec(suffix)?.[1] ?? '\u00a0'
  const multiplierWord = MULTIPLIER_WORD_FR.exec(suffix)?.[1]
  const cents = /^[\s\u00a0\u202f]?(?:cents?|¢)/i.test(suffix)
  const scaled = cents ? value.times(100) : value.div(multiplierOf(multiplierWord?.toLowerCase()))
  const decimals = number.includes(',') ? number.length - number.indexOf(',') - 1 : 0
  const [whole, fraction] = fixedLike(scaled, decimals, Boolean(multiplierWord)).split('.')
  const grouped = /\d[ \u00a0\u202f]\d/.test(number) || whole.length > 4 ? groupThousands(whole, space) : whole
  return prefix + grouped + (fraction ? ',' + fraction : '') + suffix
}

/**
 * `scaled` with the written precision (`decimals`) where the value fits it, else what it takes: cents at most for
 * money, three decimals with a multiplier ("$1.162 million"), where zeros a rounding leaves beyond the written
 * precision say nothing ("$2.5 million" of $2,500,000.05, not "$2.500 million").
 */
function fixedLike(scaled: Decimal, decimals: number, multiplied: boolean): string {
  const needed = Math.min(scaled.decimalPlaces(), multiplied ? 3 : Math.max(decimals, 2))
  let fixed = scaled.toFixed(Math.max(decimals, needed))
  if (!multiplied || !fixed.includes('.')) return fixed
  const point = fixed.indexOf('.')
  while (fixed.endsWith('0') && fixed.length - point - 1 > decimals) fixed = fixed.slice(0, -1)
  return fixed.endsWith('.') ? fixed.slice(0, -1) : fixed
}

/**
 * Write `value` the way `written` is written: same prefix ("CDN$"), the same
 * multiplier word ("million", "M"), decimals and thousands separators.
 * `formatLike('$1.16 million', 1200000)` is `'$1.20 million'`; in French,
 * `formatLike('1 600 000 $', 1500000)` is `'1 500 000 $'` (the draft's spaces kept).
 * `language` is the block's: a French block's "1,5" is French, an English one's is not.
 */
export function formatLike(written: string, value: Decimal, language?: NumberLanguage): string {
  // A figure in words ("dix millions", "ten cents") is written back in words where they say it exactly, else in
  // numerals with its unit.
  if (!/\d/.test(written)) return restateLike(written, value, language) ?? numeralsFor(written, value, language)
  if (writtenInFrench(written, language)) return formatLikeFrench(written, value)
  const first = written.search(/\d|\.\d/)
  const prefix = first > 0 ? written.slice(0, first) : ''
  const rest = written.slice(Math.max(first, 0))
  // Thousands set off by spaces (the SI style, "$1 842 500") are written back so, with the same space.
  const spaced = SPACED_THOUSANDS.exec(rest)
  const number = spaced?.[0] ?? /^[\d,]*\.?\d*/.exec(rest)?.[0] ?? ''
  const suffix = rest.slice(number.length)
  const multiplierWord = MULTIPLIER_WORD.exec(suffix)?.[1]
  const cents = /^\s?(?:cents?|¢|pence|p(?= per\b))/i.test(suffix)
  let scaled = value.div(multiplierOf(multiplierWord?.toLowerCase()))
  if (cents) scaled = value.times(100)
  const decimals = number.includes('.') ? number.length - number.indexOf('.') - 1 : 0
  const [whole, fraction] = fixedLike(scaled, decimals, Boolean(multiplierWord)).split('.')
  const grouped = spaced
    ? groupThousands(whole, spaced[1])
    : number.includes(',') || whole.length > 4
      ? groupThousands(whole)
      : whole
  return prefix + grouped + (fraction ? '.' + fraction : '') + suffix
}

const SPACED_THOUSANDS = pattern(String.raw`^\d{1,3}(?:([ \u00a0\u202f\u2009])\d{3}(?!\d))(?:\1\d{3}(?!\d))*(?:\.\d+)?`)

/** `value` in numerals, for a figure written in words that words cannot say exactly ("quinze cents" → "15,5 cents"). */
function numeralsFor(written: string, value: Decimal, language?: NumberLanguage): string {
  const french = language === 'fr'
  const model = /cents?$/i.test(written)
    ? '1 cents'
    : /dollars?/i.test(written)
      ? french
        ? '1 000 $'
        : '$1,000'
      : french
        ? '1 000'
        : '1,000'
  return formatLike(model, value, language)
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

/** 1 to 999 in words ("three hundred forty-five"). */
function belowThousand(n: number): string {
  const rest = n % 100
  const tens = rest <= 12 ? ONES[rest] : rest < 20 ? TEENS[rest - 13] : TENS[Math.floor(rest / 10)]
  const tail = rest === 0 ? '' : rest >= 20 && rest % 10 ? `${tens}-${ONES[rest % 10]}` : tens
  return [n >= 100 ? `${ONES[Math.floor(n / 100)]} hundred` : '', tail].filter(Boolean).join(' ')
}

/** A whole number below a trillion in words ("one million five hundred thousand"), else undefined. */
export function inWords(value: Decimal): string | undefined {
  if (!value.isInteger() || value.isNeg() || value.gte(1e12)) return undefined
  if (value.isZero()) return 'zero'
  let n = value.toNumber()
  const parts: string[] = []
  for (const [scale, word] of [
    [1e9, ' billion'],
    [1e6, ' million'],
    [1e3, ' thousand'],
    [1, '']
  ] as const) {
    const group = Math.floor(n / scale)
    if (group > 0) parts.push(belowThousand(group) + word)
    n -= group * scale
  }
  return parts.join(' ')
}

/**
 * Write `value` the way a restatement is written: numerals as `formatLike`, words in words with the same unit
 * ("sixteen cents", "three hundred twenty thousand dollars"); undefined where words cannot say it exactly.
 */
export function restateLike(written: string, value: Decimal, language?: NumberLanguage): string | undefined {
  if (/\d/.test(written)) return formatLike(written, value, language)
  if (language === 'fr') return restateInFrench(written, value)
  const unit = /(?: (?:canadian |u\.?s\.? |united states |australian )?dollars?| cents?)$/i.exec(written)?.[0] ?? ''
  const cents = /cent/i.test(unit)
  const words = inWords(cents ? value.times(100) : value)
  if (!words) return undefined
  const text = words + (cents && words === 'one' ? ' cent' : unit)
  return /^[A-Z]/.test(written) ? text[0].toUpperCase() + text.slice(1) : text
}

const UNITS_FR_WORDS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize'
]
const TENS_FR = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante']

/** 1 to 99 in French ("vingt et un", "soixante-quinze", "quatre-vingts", "quatre-vingt-onze"). */
function belowHundredFr(n: number): string {
  if (n <= 16) return UNITS_FR_WORDS[n]
  if (n < 20) return `dix-${UNITS_FR_WORDS[n - 10]}`
  if (n >= 80) return n === 80 ? 'quatre-vingts' : `quatre-vingt-${belowHundredFr(n - 80)}`
  const ten = n >= 60 ? 6 : Math.floor(n / 10)
  const rest = n - ten * 10
  if (rest === 0) return TENS_FR[ten]
  return rest === 1 || rest === 11
    ? `${TENS_FR[ten]} et ${belowHundredFr(rest)}`
    : `${TENS_FR[ten]}-${belowHundredFr(rest)}`
}

/** 1 to 999 in French; `last` when nothing follows ("deux cents", but "deux cent mille"). */
function belowThousandFr(n: number, last: boolean): string {
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  const head =
    hundreds === 0 ? '' : hundreds === 1 ? 'cent' : `${UNITS_FR_WORDS[hundreds]} cent${rest === 0 && last ? 's' : ''}`
  return [head, rest ? belowHundredFr(rest) : ''].filter(Boolean).join(' ')
}

/** A whole number below a trillion in French words ("un million cinq cent mille"), else undefined. */
export function inWordsFr(value: Decimal): string | undefined {
  if (!value.isInteger() || value.isNeg() || value.gte(1e12)) return undefined
  if (value.isZero()) return 'zéro'
  let n = value.toNumber()
  const parts: string[] = []
  for (const [scale, one, many] of [
    [1e9, 'un milliard', ' milliards'],
    [1e6, 'un million', ' millions'],
    [1e3, 'mille', ' mille'],
    [1, '', '']
  ] as const) {
    const group = Math.floor(n / scale)
    n -= group * scale
    if (group === 0) continue
    parts.push(group === 1 && scale > 1 ? one : belowThousandFr(group, scale === 1 || scale >= 1e6) + many)
  }
  return parts.join(' ')
}

/** A French restatement in words ("quinze cents", "un million de dollars"), written for `value`. */
function restateInFrench(written: string, value: Decimal): string | undefined {
  const unit = /(?: de)? (?:dollars?(?: canadiens| américains)?|cents?)$/i.exec(written)?.[0] ?? ''
  const cents = /cent/i.test(unit)
  const words = inWordsFr(cents ? value.times(100) : value)
  if (!words) return undefined
  // "un million de dollars", "cinq cent mille dollars": "de" after million and milliard only.
  const bare = unit.replace(/^ de/, '')
  const of = /(?:million|milliard)s?$/.test(words) && /dollar/i.test(unit) ? ` de${bare}` : bare
  const text = words + (cents && words === 'un' ? ' cent' : of)
  return /^[A-ZÀ-Ý]/.test(written) ? text[0].toUpperCase() + text.slice(1) : text
}
