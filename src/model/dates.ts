/**
 * Dates as releases write them ("July 24, 2025", "24 July 2025", "Sept. 3rd,
 * 2026"; in French "21 novembre 2011", "1er décembre 2011", accents dropped
 * by copy or not), parsed to calendar dates; the hold period's end (date-fns
 * does the month arithmetic, month ends clamped).
 */
import {addDays, addMonths, isSameDay, subDays} from 'date-fns'
import {MONTH_NAMES} from './vocabulary.js'
import {pattern} from './pattern.js'

/** A month as written, full or abbreviated ("Sept."), normalized (lower case). */
const MONTH = `(?:${MONTH_NAMES.map((name) => {
  const lower = name.toLowerCase()
  const rest = lower.slice(3)
  // "sept" is an abbreviation too.
  if (lower === 'september') return 'sept?(?:ember)?'
  return rest === '' ? lower : rest.length === 1 ? `${lower.slice(0, 3)}${rest}?` : `${lower.slice(0, 3)}(?:${rest})?`
}).join('|')})\\.?`

/** French month names (lower case, as normalized text has them), with the forms copy leaves without accents. */
const MONTHS_FR: ReadonlyArray<readonly string[]> = [
  ['janvier', 'janv'],
  ['février', 'fevrier', 'févr', 'fevr'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juill'],
  ['août', 'aout'],
  ['septembre', 'sept'],
  ['octobre', 'oct'],
  ['novembre', 'nov'],
  ['décembre', 'decembre', 'déc', 'dec']
]
/** A French month: "novembre", "févr.", "aout". */
const MONTH_FR = `(?:${MONTHS_FR.flat()
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?(?![a-zà-ÿ])`
/** A French day of the month: "21", "1er", "1re". */
const DAY_FR = String.raw`\d{1,2}(?:er|re|e)?`

/**
 * A written date (normalized text): "july 24, 2025", "24 july 2025", "sept. 3rd, 2026", "21 novembre 2011",
 * "1er décembre 2011".
 */
export const DATE = String.raw`(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} ${MONTH},? \d{4}|${DAY_FR} ${MONTH_FR} \d{4})`
/**
 * A date a copy of a release carries over it, not the release's dateline: a stock service's stamp ("2025-03-14 16:21
 * ET - News Release"), or the date a website posted it, written as a day of the calendar alone ("2025-03-14") on the
 * line above its headline. Its date first.
 */
export const STAMP = String.raw`((?:19|20)\d\d)-(\d\d)-(\d\d)(?: \d{1,2}:\d\d [a-z]{2,3} - news release)?`
const STAMP_DATE = pattern(`^${STAMP}$`)

/**
 * A dateline's date written as the calendar's numbers ("VANCOUVER, BC, 2027-03-02 – …", "(Newsfile Corp. - 2027-03-02)"):
 * year, month and day, set off as a date (not a hole's "DDH-2027-03-02", nor a claim's number), a dash, slash or
 * parenthesis after it. Its date first.
 */
export const ISO_DATELINE_DATE = String.raw`(?<![\w-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?= ?(?:[-–—/)]|$))`
const ISO_DATE = pattern(ISO_DATELINE_DATE)

/** The date and where it is of a dateline's date written "2027-03-02", or undefined. */
export function isoDate(text: string): {date: Date; index: number} | undefined {
  const found = ISO_DATE.exec(text)
  if (!found) return undefined
  const [year, month, day] = [Number(found[1]), Number(found[2]) - 1, Number(found[3])]
  const date = new Date(year, month, day)
  return date.getMonth() === month && date.getDate() === day ? {date, index: found.index} : undefined
}

/** The date of a stock service's stamp ("2025-03-14 16:21 ET - News Release") or a website's ("2025-03-14"), or undefined. */
export function stampDate(text: string): Date | undefined {
  const found = STAMP_DATE.exec(text)
  if (!found) return undefined
  const [year, month, day] = [Number(found[1]), Number(found[2]) - 1, Number(found[3])]
  const date = new Date(year, month, day)
  return date.getMonth() === month && date.getDate() === day ? date : undefined
}

/**
 * The period of a month's abbreviation ("Sept. 11", "Dec. 19"), which ends no sentence: a window that stops at a
 * sentence's period (`[^.]`) reads this one as part of its words.
 */
export const MONTH_DOT = String.raw`(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\.`

/** A written date, found in a text (not global: no state between calls). */
export const WRITTEN_DATE = pattern(DATE)
/** A day written without its year: "april 28", "28 april", "1er décembre" (not followed by a year). */
export const DAY_OF_YEAR = String.raw`(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?|\d{1,2} ${MONTH}|${DAY_FR} ${MONTH_FR})(?!,? ?\d)`

/** A month and its year without a day, after "in" or "during" ("in december 2025", « en décembre 2025 »). */
export const MONTH_OF_YEAR = String.raw`\b(?:in|during|en) (?:${MONTH}|${MONTH_FR}),? \d{4}\b`

const MONTH_INDEX = new Map<string, number>()
MONTH_NAMES.forEach((name, index) => {
  MONTH_INDEX.set(name.toLowerCase(), index)
  MONTH_INDEX.set(name.slice(0, 3).toLowerCase(), index)
})
MONTH_INDEX.set('sept', 8)
const MONTH_INDEX_FR = new Map<string, number>()
MONTHS_FR.forEach((names, index) => names.forEach((name) => MONTH_INDEX_FR.set(name, index)))

/** The last day of the month a `MONTH_OF_YEAR` names ("in december 2025" → December 31, 2025), or undefined. */
export function monthEnd(text: string): Date | undefined {
  const found = /(?<![a-zà-ÿ])([a-zà-ÿ]+)\.?,? (\d{4})$/.exec(text.toLowerCase().trim())
  const index = found ? (MONTH_INDEX.get(found[1]) ?? MONTH_INDEX_FR.get(found[1])) : undefined
  return found && index !== undefined ? new Date(Number(found[2]), index + 1, 0) : undefined
}

/**
 * Parse a written date ("March 22, 2026", "Sept. 3, 2026", "22 March 2026",
 * "June13, 2025"). Only these shapes occur in releases; date-fns does the
 * arithmetic (month ends) where it matters.
 */
export function parseDate(text: string): Date | undefined {
  // As the calendar's numbers: "2027-04-08".
  if (/^\s?\d{4}-\d\d-\d\d\s?$/.test(text)) return isoDate(text.trim())?.date
  const clean = text
    .toLowerCase()
    .replace(/(\d)(?:st|nd|rd|th|er|re)\b/, '$1')
    .replace(/^le\s+/, '')
    .replace(WEEKDAY_FIRST, '')
    .trim()
  const monthFirst = /^([a-z]+)\.?\s?(\d{1,2}),?\s+(\d{4})$/.exec(clean)
  const dayFirst = /^(\d{1,2})\s+([a-zà-ÿ]+)\.?,?\s+(\d{4})$/.exec(clean)
  const [month, day, year] = monthFirst
    ? [monthFirst[1], Number(monthFirst[2]), Number(monthFirst[3])]
    : dayFirst
      ? [dayFirst[2], Number(dayFirst[1]), Number(dayFirst[3])]
      : [undefined, 0, 0]
  const index = month === undefined ? undefined : (MONTH_INDEX.get(month) ?? MONTH_INDEX_FR.get(month))
  if (index === undefined || day < 1) return undefined
  const date = new Date(year, index, day)
  // "February 30" is not a date.
  return date.getMonth() === index && date.getDate() === day ? date : undefined
}

/** A day written without its year, in the year of `reference`, or the year before where that would be later. */
export function dayBefore(text: string, reference: Date): Date | undefined {
  const date = parseDate(`${text}, ${reference.getFullYear()}`) ?? parseDate(`${text} ${reference.getFullYear()}`)
  if (!date || date <= reference) return date
  return parseDate(`${text}, ${reference.getFullYear() - 1}`) ?? parseDate(`${text} ${reference.getFullYear() - 1}`)
}

/** How many months from `from` reach `to`, a part of a month counting as one (March 3 to April 4: 2). */
export function monthsUntil(from: Date, to: Date): number {
  let months = Math.max(0, (to.getFullYear() - from.getFullYear()) * 12 + to.getMonth() - from.getMonth())
  while (addMonths(from, months) < to) months++
  return months
}

/** The end of the restricted period: the distribution date plus four months and a day (NI 45-102 s.2.5). */
export function holdExpiry(distribution: Date): Date {
  return addDays(addMonths(distribution, 4), 1)
}

/**
 * Whether `expiry` is the end of the restricted period of a distribution on one of the `daysBefore` days up to
 * `latest` (a release announcing that it has closed may go out a few days after the closing).
 */
export function expiresWithin(expiry: Date, latest: Date, daysBefore: number): boolean {
  for (let day = 0; day <= daysBefore; day++) if (isSameDay(holdExpiry(subDays(latest, day)), expiry)) return true
  return false
}

/** The day of the week a date may start with ("Saturday, July 3, 2027", « samedi 3 juillet 2027 »), in date-fns order. */
/** The days of the week, Sunday first (as `Date.getDay()` counts them), in English and in French. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
export const WEEKDAYS_FR = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi']
const WEEKDAY_FIRST = pattern(`^(?:${[...WEEKDAYS, ...WEEKDAYS_FR].join('|')}),? `, 'i')

/** French month names as a date is written in full ("22 mars 2026"). */
const FRENCH_MONTHS = MONTHS_FR.map((names) => names[0])

/**
 * Write `date` in the style of `written` ("March 22, 2026", "Mar. 22, 2026", "22 March 2026"; in French
 * "22 mars 2026", "1er mars 2026"). `language` 'fr', or a French month in `written`, writes French.
 */
export function formatDateLike(written: string, date: Date, language?: 'en' | 'fr'): string {
  // Its day of the week, written for the new date: "Friday, July 2, 2027" → "Saturday, July 3, 2027".
  const weekday = WEEKDAY_FIRST.exec(written.trim())?.[0]
  if (weekday) {
    const french = WEEKDAYS_FR.includes(weekday.replace(/,? $/, '').toLowerCase())
    const name = (french ? WEEKDAYS_FR : WEEKDAYS)[date.getDay()]
    const cased = /^[A-Z]/.test(weekday) ? name[0].toUpperCase() + name.slice(1) : name
    const rest = formatDateLike(written.trim().slice(weekday.length), date, language ?? (french ? 'fr' : undefined))
    return `${weekday.endsWith(', ') ? `${cased},` : cased} ${rest}`
  }
  const trimmed = written.trim()
  // As the calendar's numbers: "2027-03-02".
  if (/^\d{4}-\d\d-\d\d$/.test(trimmed)) {
    const two = (n: number) => String(n).padStart(2, '0')
    return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`
  }
  const month = /[a-zà-ÿ]+/i.exec(trimmed.replace(/^le\s+/i, '').replace(/^\d{1,2}(?:er|re|e)?\s/i, ''))?.[0]
  if (
    language === 'fr' ||
    (month !== undefined && MONTH_INDEX_FR.has(month.toLowerCase()) && !MONTH_INDEX.has(month.toLowerCase()))
  ) {
    const day = date.getDate() === 1 ? '1er' : String(date.getDate())
    return `${day} ${FRENCH_MONTHS[date.getMonth()]} ${date.getFullYear()}`
  }
  const full = MONTH_NAMES[date.getMonth()]
  const abbreviated = /^[A-Za-z]{3,4}\.?\s/.test(trimmed) && !/^(?:May|June|July)\b/i.test(trimmed)
  const shortMonth = abbreviated ? full.slice(0, 3) + (trimmed.slice(3, 5).includes('.') ? '.' : '') : full
  const text = /^\d/.test(trimmed)
    ? `${date.getDate()} ${full} ${date.getFullYear()}`
    : `${shortMonth} ${date.getDate()}, ${date.getFullYear()}`
  return /^[a-z]/.test(trimmed) ? text.toLowerCase() : /^[A-Z]{3,}/.test(trimmed) ? text.toUpperCase() : text
}

export {MONTH_NAMES} from './vocabulary.js'
