/**
 * The layout of a release, decided once: the dateline (where the body starts:
 * "VANCOUVER, BC, July 24, 2025 /CNW/ -", "MONTRÉAL (Québec), le 21 novembre
 * 2025 /CNW/ -", "(Newsfile Corp. - …)", or a line
 * holding only the date), the header above it (where the U.S. legend
 * belongs), the lead paragraph, and the opening (header and lead: where the
 * issuer's ticker tags and the release's subject are stated).
 */
import type {Block} from './document.js'
import {DATE, ISO_DATELINE_DATE, STAMP, WRITTEN_DATE} from './dates.js'
import {LIMITS} from './vocabulary.js'
import {pattern} from './pattern.js'

/** Newswires, as their datelines name them. */
const WIRE = [
  'newsfile corp',
  'globe ?newswire',
  'access ?newswire',
  'accesswire',
  'thenewswire',
  'business ?wire',
  'marketwired',
  '/cnw/',
  String.raw`\bcnw\b`,
  'newmediawire',
  'news ?direct',
  'prnewswire',
  '/pr newswire/'
].join('|')

/**
 * A French dateline's date: "MONTRÉAL (Québec), le 21 novembre 2025", "le 1er décembre 2025". (The dateline
 * only; the release's dates as facts are dates.ts's.)
 */
const FRENCH_DATE = String.raw`\d{1,2}(?:er)? (?:janv|f[ée]vr|mars|avr|mai|juin|juil|ao[ûu]t|sept|oct|nov|d[ée]c)[a-zéû]{0,5}\.? \d{4}`
/**
 * A dateline that holds only the date: "May 4, 2026", « le 4 mai 2026 », or a stock service's stamp over its copy of
 * the release ("2025-03-14 16:21 ET - News Release").
 */
const dateOnly = pattern(String.raw`^(?:[a-z]+, )?(?:${DATE}|(?:le )?${FRENCH_DATE})\.?$|^${STAMP}$`)
/**
 * The place before a dateline's date: no sentence's end, but a province's abbreviated name ("Kamloops, B.C.,", "Sudbury,
 * Ont.", "Val-d'Or, Qué.", "Halifax, N.S.") or a town's ("ST. JOHN'S, NL", "St. Lewis, Newfoundland and Labrador", "Mt.
 * Pearl", "Ft. St. John").
 */
const PLACE_CHAR = String.raw`(?:[^.]|(?<=\b(?:[a-z]|ont|que|qué|man|sask|alta|nfld|lab|st|ste|mt|ft))\.)`
// A wire named in a web address is a footer's link ("View source version on newsdirect.com: https://…"), not a dateline.
const datelineRe = pattern(
  String.raw`^${PLACE_CHAR}{0,${LIMITS.datelinePrefix}}?` +
    String.raw`(?:${DATE}|${FRENCH_DATE}|${ISO_DATELINE_DATE}|(?:${WIRE})(?![.][a-z]{2,3}\b))`
)

/**
 * A sentence's words right before the date, never a dateline's place: "As announced September 10, 2024, the company
 * signed …", "On November 3, 2026, the Company closed …", "Further to its release dated May 1, 2026, …". A dateline
 * sets its date after a place, a wire or a comma ("LONDON, October 22, 2024", "TORONTO, ON / ACCESSWIRE / May 26,
 * 2023"), not after a preposition or a verb. `(?<![\w'])` keeps a word's tail ("Gatineau") from passing for "on".
 */
const SENTENCE_BEFORE_DATE = pattern(
  String.raw`(?<![\w'])(?:on|in|as (?:of|at)|announced|dated|since|from|until|by|effective|before|after|than|` +
    String.raw`through|between|during) $`
)

/**
 * The same in French: a word, not a comma, before « le » or a preposition ("jalonné au nom de la société le 9 juin
 * 2024", « annoncé le », « depuis le »); a dateline sets « le » after its place and a comma ("MONTRÉAL, le 9 juin").
 */
const SENTENCE_BEFORE_DATE_FR = pattern(
  String.raw`[a-zà-ÿ] (?:le|du|au|depuis(?: le)?|dès(?: le)?|avant(?: le)?|après(?: le)?|jusqu'au|en date du) $`
)
/** A French date, where it starts (« le » apart). */
const FRENCH_DATE_AT = pattern(FRENCH_DATE)

/** Whether the block's first date follows a sentence's words (SENTENCE_BEFORE_DATE), within a dateline's reach. */
function dateInSentence(text: string): boolean {
  const date = WRITTEN_DATE.exec(text)
  if (date !== null && date.index <= LIMITS.datelinePrefix && SENTENCE_BEFORE_DATE.test(text.slice(0, date.index))) {
    return true
  }
  const french = FRENCH_DATE_AT.exec(text)
  return (
    french !== null &&
    french.index <= LIMITS.datelinePrefix &&
    (date === null || french.index <= date.index) &&
    SENTENCE_BEFORE_DATE_FR.test(text.slice(0, french.index))
  )
}

/**
 * A dateline set as a paragraph of its own, the lead below it, as a wire's copy splits it off: a place, the date,
 * and a wire or a closing dash ("Reykjavík, June 11, 2025 (GLOBE NEWSWIRE) --", "TORONTO, ON, March 3, 2026 –").
 * A headline that ends in a date ("Results for the Quarter Ended September 30, 2025") has neither.
 */
const DATELINE_ALONE = pattern(
  String.raw`^[^.,]{1,40}(?:, [^.,]{1,30}){0,2},? (?:${DATE}|${FRENCH_DATE})` +
    String.raw`(?: ?(?:[(/] ?(?:${WIRE}) ?[)/]? ?[-–—]{0,2}|[-–—]{1,2}))$`
)
const datelineAlone = (block: Block): boolean => DATELINE_ALONE.test(block.norm.text.trim())

/**
 * A page's header or footer left inside the text by copy from a PDF: a short line with a page number ("Alder Creek
 * Gold Corp. | News Release | Page 2", "Page 1 of 3", « Page 2 de 4 »). The text runs on across it.
 */
const PAGE_NUMBER = /(?:^|[\s|•·–-])(?:page|p\.) ?\d{1,3}(?: ?(?:of|de|sur|\/) ?\d{1,3})?(?:$|[\s|•·–-])/
export const isPageFurniture = (block: Block): boolean =>
  block.norm.text.length <= LIMITS.pageFurniture && PAGE_NUMBER.test(block.norm.text)

export interface Layout {
  /** The dateline block, if any. */
  dateline: Block | undefined
  /** Index of the last block of the header: the dateline's, or the first few blocks when there is none. */
  headerEnd: number
  /** Index of the lead paragraph: the dateline paragraph, or the one after a dateline that holds only the date. */
  leadEnd: number
  /** Index of the last block of the opening: the lead, and at least the first few blocks. */
  openingEnd: number
  /**
   * Where the text says it is cut, at its end: a wire's "(MORE TO FOLLOW)", "(continued)", « (à suivre) ». The
   * release goes on past the text given, so a statement missing from it may be in the rest (undefined when none).
   */
  cut: Block | undefined
}

/** A wire's mark that the text goes on in another part ("(MORE TO FOLLOW) Dow Jones Newswires …"). */
export const CUT = /\((?:more to follow|continued|to be continued|[àa] suivre|suite)\)/i
/** How near the end of its block the mark stands (a wire's signature and time may follow it). */
const CUT_REACH = 200

/** The last block, when it ends the text with a mark that the release goes on. */
function findCut(blocks: Block[]): Block | undefined {
  const last = blocks.at(-1)
  if (!last) return undefined
  const tail = last.norm.text.slice(-CUT_REACH)
  return CUT.test(tail) ? last : undefined
}

/**
 * A draft's own header, never a dateline though it holds a date: "PRIVILEGED & CONFIDENTIAL – DRAFT OF MARCH 2,
 * 2026", "Embargoed until March 3, 2026", "Revised draft – March 2, 2026 – for discussion".
 */
const DRAFT_HEADER = pattern(
  String.raw`\b(?:draft|drafted|confidential|privileged|discussion purposes|for discussion|for review|redline|` +
    String.raw`blackline|embargo|embargoed|version \d)\b`
)

/**
 * The header of the e-mail a release was forwarded or answered in, above it: "-----Original Message----- From: …
 * Sent: Monday, November 23, 2026 4:02 PM …", « De : … Envoyé : lundi 23 novembre 2026 », "On Mon, Nov 23, 2026 at
 * 4:02 PM, Ann Ray <ann@…> wrote:". Its date is the e-mail's, never the release's dateline.
 */
const EMAIL_HEADER = pattern(
  String.raw`(?:^|\s)(?:sent|subject|envoy[ée]|objet) ?:|\b(?:original|forwarded) message\b|(?:\bwrote|a [ée]crit) ?:$`
)

/**
 * Where a dateline's date is placed: after its place ("TORONTO, Ontario, ", « MONTRÉAL (Québec), le »), a wire's name,
 * or first ("November 27, 2026 – …"); not after a sentence's opening words ("On November 3, 2026, the Company …").
 */
const PLACED = pattern(
  String.raw`^(?:${PLACE_CHAR}{0,${LIMITS.datelinePrefix}}?[,(]|(?:le )?(?:${DATE}|${FRENCH_DATE})|[^.]{0,40}(?:${WIRE}))`
)

/**
 * The first block, in the opening of the release, that is a dateline. A date alone on the first line is the
 * letterhead's or the draft's (a Word draft's page header is read first, word.ts): the release's own dateline, with
 * its place, below it is the dateline; with none, the date alone is. A date alone further down is the dateline,
 * unless the release's own, with its place, comes a block or more below it (`placedAfter`).
 */
export function findDateline(blocks: Block[]): Block | undefined {
  const limit = Math.min(blocks.length, LIMITS.datelineBlocks)
  let letterhead: Block | undefined
  for (let index = 0; index < limit; index++) {
    const block = blocks[index]
    const text = block.norm.text
    if (dateOnly.test(text)) {
      if (index > 0) return placedAfter(blocks, index + 2, limit) ?? block
      if (blocks.length === 1) return block
      letterhead = block
      continue
    }
    if (isDateline(block) && (letterhead === undefined || PLACED.test(text))) return block
  }
  return letterhead
}

/** Whether `block` is a dateline: its place or a wire, then its date, at the start of a paragraph of its own. */
function isDateline(block: Block): boolean {
  const text = block.norm.text
  return (
    block.kind !== 'heading' &&
    datelineRe.test(text) &&
    !dateInSentence(text) &&
    (text.length > LIMITS.datelineMinLength || datelineAlone(block)) &&
    !DRAFT_HEADER.test(text.slice(0, LIMITS.datelinePrefix)) &&
    !EMAIL_HEADER.test(text.slice(0, LIMITS.datelinePrefix))
  )
}

/**
 * A dateline with its place below a date alone and the release's own header (its headline, its legend): the date
 * alone is a web page's over its copy of the release ("Home / News / 2026", "December 3, 2026", the headline, then
 * "Vancouver, British Columbia – December 3, 2026 – …"), the release's dateline is below. Looked for from `from`
 * (a block at least between them) up to `limit`.
 */
function placedAfter(blocks: Block[], from: number, limit: number): Block | undefined {
  for (let index = from; index < limit; index++) {
    const block = blocks[index]
    if (!dateOnly.test(block.norm.text) && isDateline(block) && PLACED.test(block.norm.text)) return block
  }
  return undefined
}

/**
 * The release's own dateline: not a stock service's stamp over its copy ("2025-03-14 16:21 ET - News Release"),
 * which dates the copy (its date still counts as the release's) but is no sign that the text is the issuer's.
 */
export function releaseDateline(dateline: Block | undefined): Block | undefined {
  return dateline && STAMP_LINE.test(dateline.norm.text) ? undefined : dateline
}
const STAMP_LINE = pattern(`^${STAMP}$`)

/**
 * A title set as a paragraph, as plain text sets a section's heading ("Qualified Person", "Sampling and QA/QC"): one
 * short line, no stop, colon or semicolon in it, its words of four letters or more capitalized.
 */
export function isCapitalizedTitle(block: Block): boolean {
  const text = block.raw.text.trim()
  return (
    block.sentences.length === 1 &&
    text.length <= TITLE_MOST &&
    !/[.:;!?]/.test(text) &&
    text.split(/\s+/).every((word) => word.length < 4 || /^[A-Z\u00C0-\u00DE]/.test(word))
  )
}
/** The longest title set as a paragraph. */
const TITLE_MOST = 80

/** A title line: a heading, or one line with no stop at its end ("**Fellbrook Gold plc**", a headline). */
const isTitleLine = (block: Block): boolean =>
  block.kind === 'heading' || (block.sentences.length <= 1 && !/[.:;!?]["”')]*$/.test(block.norm.text.trim()))

/**
 * The lead after a dateline that holds only the date: the next paragraph, past the titles an ASX or AIM announcement
 * sets between its date and its text ("5 December 2026", "**Fellbrook Gold plc**", "("Fellbrook" or the
 * "Company")", the headline), at most a few blocks on.
 */
function leadAfterDate(blocks: Block[], dateline: Block): number {
  const limit = Math.min(blocks.length, dateline.index + 1 + LIMITS.titlesAfterDate)
  for (let index = dateline.index + 1; index < limit; index++) if (!isTitleLine(blocks[index])) return index
  return dateline.index + 1
}

/**
 * With no dateline, the header is the first few blocks, and at least up to the lead when only the headline, its
 * subtitles and highlights stand above it: highlights set as bullets a paragraph each ("• Drilling confirms …", as a
 * copy sets them) would push the lead out of a header counted in paragraphs. Anything else above a paragraph of
 * prose (a line of text, an image) leaves the header as it was.
 */
function leadWithoutDateline(blocks: Block[]): number {
  const least = LIMITS.headerBlocksWithoutDateline - 1
  const limit = Math.min(blocks.length, least + 1 + LIMITS.titlesAfterDate)
  for (let index = 1; index < limit; index++) {
    const block = blocks[index]
    if (bulleted(block)) continue
    if (isTitleLine(block)) continue
    return block.kind === 'paragraph' && block.norm.text.length >= LIMITS.proseParagraph
      ? Math.max(least, index)
      : least
  }
  return least
}
/** A highlight set as a bullet: a markdown list's item or a paragraph opening on a bullet. */
export const bulleted = (block: Block): boolean => block.list !== undefined || BULLET.test(block.norm.text)
/** Two items of one list: a markdown list's, or paragraphs that open on a bullet glyph, outside any list, one by one. */
export const sameList = (a: Block, b: Block): boolean =>
  a.list !== undefined ? a.list === b.list : b.list === undefined && bulleted(a) && bulleted(b)
const BULLET = pattern(String.raw`^\s{0,3}[•▪●◦‣∙·*–-]\s`)

/** The layout of a release's blocks. */
export function findLayout(blocks: Block[]): Layout {
  const dateline = findDateline(blocks)
  const headerEnd = dateline ? dateline.index : leadWithoutDateline(blocks)
  const leadEnd = dateline
    ? dateline.norm.text.length < LIMITS.shortLine || datelineAlone(dateline)
      ? leadAfterDate(blocks, dateline)
      : dateline.index
    : headerEnd
  const openingEnd = Math.max((dateline?.index ?? LIMITS.openingBlocks - 1) + 1, LIMITS.openingBlocks - 1, leadEnd)
  return {dateline, headerEnd, leadEnd, openingEnd, cut: findCut(blocks)}
}
