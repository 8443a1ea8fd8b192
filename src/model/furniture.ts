/**
 * A page's running header or footer, as copy from a PDF leaves it in the text: a line of its own ("Alder Creek Gold
 * Corp. | News Release | Page 2 of 3", "Page 2 of 3", « Page 2 de 4 », a page number alone after a line of text),
 * inside a paragraph or as a paragraph between the two halves of a sentence the page cut. Such a line is no word of
 * the release: it is taken out, and a paragraph the page cut is read whole again (document.ts).
 */
import {DATE} from './dates.js'
import {pattern} from './pattern.js'
import {LIMITS} from './vocabulary.js'

/**
 * What sets a page's header or footer apart from its page number: a bar, bullet, comma or dash, or the columns a
 * PDF's copy leaves as two spaces or more, or a tab ("Alder Creek Gold Corp.    Page 2 of 3").
 */
const APART = String.raw`(?:[ \t]{2,12}|\t|\s?[|•·,\u2013\u2014-]\s?)`
/** A line that is a page's header or footer: "Page 2 of 3", with the issuer's name and the release's title set off. */
const PAGE_LINE = pattern(
  String.raw`^(?:[^\n]{0,100}?${APART})?(?:page|p\.)\s?\d{1,3}(?:\s?(?:of|de|sur|/)\s?\d{1,3})?` +
    String.raw`(?:${APART}[^\n]{0,100})?$|^\d{1,3}\s?[|•·]\s?page$`,
  'i'
)
/** A page number alone on its line ("2", "- 2 -", "– 2 –"). */
const NUMBER_LINE = pattern(String.raw`^[-\u2013\u2014]?\s?\d{1,3}\s?[-\u2013\u2014]?$`)

/** A line of text a page number after it shows was cut by the page (a table's cell is shorter). */
const isProseLine = (line: string | undefined): boolean => line !== undefined && line.trim().length >= LIMITS.proseLine

/**
 * Whether `line` is a page's header or footer: a line naming its page, or a page number alone between a line of
 * text (`before`) and more text (`after`), never a figure of a table's column.
 */
export function isFurnitureLine(line: string, before: string | undefined, after: boolean): boolean {
  const text = line.trim()
  if (text.length === 0 || text.length > LIMITS.pageFurniture) return false
  if (PAGE_LINE.test(text)) return true
  return after && isProseLine(before) && NUMBER_LINE.test(text)
}

/** A paragraph's end that is no sentence's end: a word, a comma, a dash (a figure's last digit may end a table's row). */
const OPEN_END = pattern(String.raw`^[\p{L},\u2013\u2014-]$`, 'u')
/** A paragraph's start that continues a sentence (as `GOES_ON` in document.ts). */
const GOES_ON = pattern(String.raw`^\s*[a-z\u00df-\u00ff(]`)
/** No-break and thin spaces as spaces (a website's "September&nbsp;2, 2025", « 26 octobre 2023 »). */
const OTHER_SPACES = /[\u00a0\u2000-\u200a\u202f]/g
const asSpaces = (text: string): string => text.replace(OTHER_SPACES, ' ')

/**
 * A paragraph that opens with its dateline in parentheses, the place and the date ("(Toronto, October 26, 2023)",
 * « (Montréal, le 5 mai 2024) », « (30 novembre 2018) Montréal »): a release's lead, never the rest of a sentence a
 * page cut, though it starts with a parenthesis (the headline and the short lines of its deck above it stay apart).
 */
const DATELINE_OPENING = pattern(String.raw`^\s*\([^()\n]{0,60}?${DATE}\)`, 'i')
/**
 * Whether a paragraph's start continues a sentence: lower case or a parenthesis, not a dateline's (the spaces of its
 * date may be no-break spaces, « 26 octobre 2023 »).
 */
const goesOn = (next: string): boolean => GOES_ON.test(next) && !DATELINE_OPENING.test(asSpaces(next.slice(0, 80)))

/**
 * Whether a paragraph a page break follows was cut by it, its sentence going on in `next`, the paragraph after the
 * break: it ends in a word (or a comma, a dash), not a stop, and either `next` starts in lower case or the
 * paragraph's last line is a line of text, not a title ("Cautionary Note Regarding Forward-Looking Information" set at
 * a page's foot is one short line).
 */
export function cutByPage(text: string, next: string): boolean {
  if (!OPEN_END.test(text.trimEnd().slice(-1))) return false
  if (goesOn(next)) return true
  const lineStart = text.lastIndexOf('\n') + 1
  return isProseLine(text.slice(lineStart)) && (lineStart > 0 || text.trim().length >= LIMITS.proseParagraph)
}

/**
 * A link a website sets under another release's headline in its list of news ("Read more »", "Continue reading",
 * "View release →", « Lire la suite »): a line of its own, no word of this release.
 */
const LINK_LINE = pattern(
  String.raw`^(?:read (?:more|the (?:full )?(?:release|story|article))|continue reading|learn more|view (?:the )?` +
    String.raw`(?:full )?(?:news )?release|view more|lire la suite|en savoir plus)\s?(?:[»›>→…]{1,3}|\.{3})?$`,
  'i'
)
/** A line that is a date and nothing else ("September 2, 2025", "Posted on 2 September 2025", « 2 septembre 2025 »). */
const DATE_LINE = pattern(String.raw`^(?:posted (?:on )?|published (?:on )?|publi[ée] le )?${DATE}$`, 'i')
/** A heading a website sets over its list of news ("Recent News", "Related posts", « Nouvelles récentes »). */
const NEWS_HEADING = pattern(
  String.raw`^(?:(?:recent|latest|related|more|other|previous) (?:news(?: releases)?|posts|press releases|articles)|` +
    String.raw`(?:nouvelles|communiqu[ée]s|actualit[ée]s) (?:r[ée]centes?|r[ée]cents|similaires))$`,
  'i'
)
/**
 * Whether `line`, a paragraph of one short line after a paragraph a page may have cut (`before`: it ends in a word, a
 * comma or a dash, its last line a line of text), may be the page's running header or footer though it names no page
 * ("Alder Creek Gold Corp. – News Release – March 3, 2026", "TSX-V: ACG | www.aldercreek.example"): one line, short,
 * no sentence's end. It is one only if the sentence goes on after it in lower case (document.ts decides).
 */
export function mayBeRunningLine(line: string, before: string): boolean {
  const text = line.trim()
  const lastLine = before.slice(before.lastIndexOf('\n') + 1)
  return (
    text.length > 0 &&
    text.length <= LIMITS.pageFurniture &&
    !text.includes('\n') &&
    !SENTENCE_STOP.test(text.slice(-1)) &&
    OPEN_END.test(before.trimEnd().slice(-1)) &&
    // The line a page cut, or a hard wrap's last line of a paragraph of text (a copy wrapped after the page's cut).
    (isProseLine(lastLine) || (lastLine.length < before.length && before.trim().length >= LIMITS.proseParagraph))
  )
}
/**
 * The lines a draft holds more than once, as a PDF's copy repeats its running header or footer on every page ("Alder
 * Creek Gold Corp. – News Release – March 3, 2026"): of some length, short of a paragraph's, ending no sentence, and
 * either set alone between blank lines at least once (where a page broke between paragraphs) or worded and shaped as a
 * header is (`HEADER_WORDS`, `headerShaped`). A line a hard wrap cut from words the draft says twice ("of the TSX
 * Venture Exchange) accepts") is neither.
 */
export function repeatedLines(value: string): Set<string> {
  const count = new Map<string, number>()
  const alone = new Set<string>()
  const lines = value.split('\n').map((line) => line.trim())
  lines.forEach((line, i) => {
    if (line.length < LIMITS.proseLine / 2 || line.length > LIMITS.pageFurniture || SENTENCE_STOP.test(line.slice(-1)))
      return
    count.set(line, (count.get(line) ?? 0) + 1)
    if ((lines[i - 1] ?? '') === '' && (lines[i + 1] ?? '') === '') alone.add(line)
  })
  const repeated = new Set<string>()
  for (const [line, times] of count) {
    if (times >= 2 && (alone.has(line) || (HEADER_WORDS.test(line) && headerShaped(line)))) repeated.add(line)
  }
  return repeated
}
/**
 * A header or footer line is no piece of a sentence: it neither starts in lower case nor ends on a word no sentence
 * ends on. A draft pasted twice, or a hard-wrapped sentence it repeats, holds the same line of prose twice
 * ("requirements. This news release does not constitute an offer to").
 */
const headerShaped = (line: string): boolean => !LOWER_START.test(line) && !OPEN_WORD.test(line)
const LOWER_START = pattern(String.raw`^\p{Ll}`, 'u')
/**
 * What a running header or footer says and prose a wrap cut does not: the release's kind, a site, a bar, a date set
 * apart at its end ("… – March 3, 2026"; not "a hold period expiring February 7, 2026,").
 */
const HEADER_WORDS = pattern(
  String.raw`\b(?:news|press) release\b|\bcommuniqu[ée]\b|\bwww\.|\.com\b|\||[-\u2013\u2014] ?${DATE}$`,
  'i'
)

/**
 * Whether `line`, inside a paragraph, is a page's running header or footer that names no page: a line the draft
 * repeats (`repeatedLines`), set where a page cut a sentence, which goes on after it ("… (as that term is ⏎ Alder Creek
 * Gold Corp. – News Release – March 3, 2026 ⏎ defined in …").
 */
export const runningLineInside = (
  line: string,
  before: string,
  after: string,
  repeated: ReadonlySet<string>
): boolean => repeated.has(line.trim()) && OPEN_END.test(before.trimEnd().slice(-1)) && goesOn(after)

/** A sentence's last character (a stop, a question or an exclamation mark, a colon or semicolon). */
export const SENTENCE_STOP = pattern(String.raw`^[.!?:;]$`)
/** A paragraph's last word that no sentence ends on: an article, a preposition, a conjunction ("approved by"). */
const OPEN_WORD = pattern(
  String.raw`(?:^|[^\p{L}])(?:a|an|the|of|by|to|in|on|at|for|from|with|and|or|nor|as|than|that|which|its|their|` +
    String.raw`de|du|des|la|le|les|et|par|à)$`,
  'iu'
)
/**
 * Whether the sentence a page cut goes on after the short lines between: the paragraph after starts in lower case, or
 * the one before ends on a word no sentence ends on ("… reviewed and approved by" ⏎ header ⏎ "Dana Roe, P.Geo.").
 */
export const goesOnAfterPage = (before: string, text: string): boolean =>
  goesOn(text) || OPEN_WORD.test(before.trimEnd().slice(-LIMITS.pageFurniture))

/** The widest line a hard wrap makes: a paragraph written on one line is longer (document.ts, `UNWRAPPED_LINE`). */
const WRAP_WIDEST = 160
/** How full a line a wrap broke is, against the paragraph's widest: a PDF's proportional type sets lines unevenly. */
const WRAP_FULL = 0.85
/** A line a wrap broke is at least this long (a title above a list is shorter). */
const WRAP_SHORTEST = 40

/**
 * Whether a list markdown reads after a paragraph is a hard wrap's doing: the wrap put a dash of the sentence at a
 * line's start ("… National Instrument 43-101 ⏎ - Standards of Disclosure …"), and markdown reads "- " there as a
 * list's item, which cuts the sentence in two. `before`: the paragraph, with no blank line between; `items`: each
 * item's text from its marker on. So it is when the paragraph and its items are lines of one width (at least three
 * of them, none longer than a wrap makes) and the line before each item is full (the dash did not fit on it) and
 * ends no sentence; a list under its lead-in ("… the following:", a title, a short last line) is a list.
 */
export function wrapMadeList(before: string, items: readonly string[]): boolean {
  const lines = [before, ...items].flatMap((text) => text.split('\n').map((line) => line.trimEnd()))
  if (lines.length < 3) return false
  const widest = Math.max(...lines.map((line) => line.length))
  if (widest > WRAP_WIDEST) return false
  const full = (text: string): boolean => {
    const last = text.slice(text.lastIndexOf('\n') + 1).trimEnd()
    return last.length >= Math.max(WRAP_SHORTEST, widest * WRAP_FULL) && !SENTENCE_STOP.test(last.slice(-1))
  }
  return full(before) && items.slice(0, -1).every(full)
}

/** A headline and its date on one line, set apart by a dash or a bar ("… at Wren Hill – February 9, 2026"). */
const DATED_HEADLINE = pattern(String.raw`^(.{25,240}?) ?[-\u2013\u2014|] ?(?:posted )?${DATE}$`, 'i')
const datedHeadline = (line: string): boolean => {
  const found = DATED_HEADLINE.exec(line)
  return found !== null && isHeadlineLine(found[1].trim())
}

/** A line's end that ends a sentence or opens a list (a stop, a colon, a semicolon): no headline's. */
const SENTENCE_END = pattern(String.raw`[.:;]$`)
/** A word of two letters or more. */
const WORD = pattern(String.raw`\p{L}{2,}`, 'gu')
/** A headline's line in a website's list of news: a title of some words (four or more), with no sentence's end. */
const isHeadlineLine = (line: string): boolean =>
  line.length >= 25 &&
  line.length <= LIMITS.pageFurniture * 2 &&
  !SENTENCE_END.test(line) &&
  !DATE_LINE.test(line) &&
  (line.match(WORD)?.length ?? 0) >= 4

/**
 * The lines of a paragraph (or the one-line paragraphs of a draft) that are a website's list of its other releases,
 * as a page's copy leaves it below the release ("Recent News ⏎ Alder Creek Intersects 12.3 g/t Gold over 4.0 Metres ⏎
 * September 2, 2025 ⏎ Read more »"): each item a headline and its date, with the link to it after them, or, under a
 * heading that names the list ("Recent News"), headline-and-date pairs in a row. A release's own headline and date at
 * its top are one pair, with no link and no such heading: they stay, and so does a table of dates (no links, no
 * heading). The items are no words of this release: their headlines' grades are other releases' results.
 */
export function otherReleasesLines(lines: readonly string[]): boolean[] {
  // A no-break or thin space (a website's "September&nbsp;2, 2025") is a space.
  const text = lines.map((line) => asSpaces(line).trim())
  const marked = text.map(() => false)
  // A pair: a headline, then its date (or the date first, as some lists set it).
  const pairAt = (i: number): boolean =>
    i + 1 < text.length &&
    ((isHeadlineLine(text[i]) && DATE_LINE.test(text[i + 1])) ||
      (DATE_LINE.test(text[i]) && isHeadlineLine(text[i + 1])))
  let listed = false
  for (let i = 0; i < text.length; i++) {
    if (NEWS_HEADING.test(text[i])) {
      listed = true
      continue
    }
    // An item on one line, its date after the headline ("Alder Creek Intersects 12.3 g/t Gold – September 2, 2025"):
    // under the list's heading, in a run of such items, or with its link after it.
    if (datedHeadline(text[i])) {
      const linked = i + 1 < text.length && LINK_LINE.test(text[i + 1])
      const run = (i + 1 < text.length && datedHeadline(text[i + 1])) || (i > 0 && marked[i - 1])
      if (listed || linked || run) {
        marked[i] = true
        if (linked) marked[++i] = true
        continue
      }
    }
    if (!pairAt(i)) {
      listed = listed && LINK_LINE.test(text[i])
      if (LINK_LINE.test(text[i]) && i > 0 && marked[i - 1]) marked[i] = true
      continue
    }
    const linked = i + 2 < text.length && LINK_LINE.test(text[i + 2])
    if (!linked && !listed) continue
    marked[i] = marked[i + 1] = true
    if (linked) marked[i + 2] = true
    i += linked ? 2 : 1
  }
  return marked
}

/**
 * A line of a website's share-price box ("Last: $0.42", "Change: +0.03 (7.69%)", "Volume: 1,234,500", "Market Cap:
 * $38.2M", "52-Week High: $0.61", « Cours : 0,42 $ »): a market figure's label and its value, and nothing else.
 */
const QUOTE_LINE = pattern(
  String.raw`^(?:last(?: price| trade)?|(?:share |stock )?price|(?:previous )?close|open|(?:% |net )?change|volume|` +
    String.raw`day'?s? range|52[- ]?(?:week|wk) (?:high|low|range)|high|low|bid|ask|market cap(?:italization)?|` +
    String.raw`cours|variation|capitalisation(?: boursi[eè]re)?)\s?:\s?[^\n:]{1,40}$`,
  'i'
)
/** A market figure no release sets out so ("Last", "Change", "Volume", "Market Cap"); "High" or "Price" may be a grade's. */
const MARKET_LINE = pattern(
  String.raw`^(?:last(?: price| trade)?|(?:% |net )?change|volume|day'?s? range|52[- ]?(?:week|wk) (?:high|low|range)|` +
    String.raw`bid|ask|market cap(?:italization)?|cours|variation|capitalisation(?: boursi[eè]re)?)\s?:`,
  'i'
)
/** A line of the box that only comes with the market figures ("Shares Outstanding: 120,800,000"). */
const QUOTE_EXTRA_LINE = pattern(String.raw`^(?:shares outstanding|actions en circulation)\s?:\s?[\d,.\s]{1,20}$`, 'i')
/** The box's heading ("Stock Information", "Share Price", "Stock Quote", « Information boursière »). */
const QUOTE_HEADING = pattern(
  String.raw`^(?:(?:stock|share|market) (?:information|info|quote|price|data)|information boursi[eè]re)$`,
  'i'
)

/**
 * The lines of a paragraph (or the one-line paragraphs of a draft) that are a website's share-price box, as a page's
 * copy leaves it beside or below the release ("Stock Information ⏎ Last: $0.42 ⏎ Change: +0.03 ⏎ Market Cap:
 * $38.2M"): two or more market figures on lines of their own, in a row, one of them a figure only a market quote gives (a last
 * price, a change, a volume, a market cap: "High: 21.6 g/t" and "Low: 0.4 g/t" are a release's grades), with the
 * box's heading above them when it has one. They are no
 * words of this release (a market cap is no news service's data line about the issuer, release-signals.ts); the
 * ticker line the box may carry ("CSE: KRM") states the listing, and stays.
 */
export function quoteBoxLines(lines: readonly string[]): boolean[] {
  const text = lines.map((line) => asSpaces(line).trim())
  const marked = text.map(() => false)
  for (let i = 0; i < text.length; i++) {
    if (!QUOTE_LINE.test(text[i])) continue
    let end = i
    while (end + 1 < text.length && (QUOTE_LINE.test(text[end + 1]) || QUOTE_EXTRA_LINE.test(text[end + 1]))) end++
    const run = text.slice(i, end + 1)
    const figures = run.filter((line) => QUOTE_LINE.test(line)).length
    if (figures >= 2 && run.some((line) => MARKET_LINE.test(line))) {
      for (let k = i; k <= end; k++) marked[k] = true
      // The heading above the box, over its ticker line if one stands between them.
      for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (QUOTE_HEADING.test(text[k])) marked[k] = true
    }
    i = end
  }
  return marked
}

/** A page of a website's legal menu ("Privacy Policy", "Terms of Use", "Legal", "Sitemap", « Politique de confidentialité »). */
const LEGAL_ITEM = pattern(
  String.raw`^(?:privacy(?: policy| notice)?|terms(?: of use| of service| and conditions| & conditions)?|legal(?: notice)?|` +
    String.raw`site ?map|cookie(?:s| policy| settings)|accessibility|politique de confidentialit[ée]|mentions l[ée]gales|` +
    String.raw`conditions d'utilisation)$`,
  'i'
)
/** What sets a menu's items apart on one line: a bar, a bullet, a middle dot. */
const MENU_BAR = pattern(String.raw`\s?[|•·]\s?`, 'g')
/** How long a menu's item may be, and how many a menu has at least. */
const MENU_ITEM = 40
const MENU_ITEMS = 3

/**
 * Whether a line is a website's footer menu, as a page's copy leaves it below the release ("© 2026 Alder Creek Gold
 * Corp. | Legal | Forward-Looking Statements | Privacy Policy"): three or more short items set apart by bars or
 * bullets, one of them a page of the site's legal menu. Its "Forward-Looking Statements" is a link's name, no caution.
 */
function isFooterMenu(line: string): boolean {
  if (line.length > LIMITS.pageFurniture * 2) return false
  const items = line.split(MENU_BAR).map((item) => item.trim())
  return (
    items.length >= MENU_ITEMS &&
    items.every((item) => item.length > 0 && item.length <= MENU_ITEM) &&
    items.some((item) => LEGAL_ITEM.test(item))
  )
}

/**
 * A paragraph as one line of a website's furniture (`websiteLines`): a short one a hard wrap broke ("Alder Creek
 * Intersects 12.3 g/t Gold over ⏎ 4.0 Metres at Wren Hill") read with a space for each break; a longer one is none.
 */
export const furnitureLine = (text: string): string =>
  !text.includes('\n') ? text : text.length <= LIMITS.pageFurniture * 2 ? text.replace(LINE_BREAK, ' ') : ''
// Its spaces start only where their run starts (a lookbehind): a long run of spaces with no break after it is read once.
const LINE_BREAK = pattern(String.raw`(?<![ \t])[ \t]*\r?\n[ \t]*`, 'g')

/**
 * The lines that are a website's furniture around the release: its list of other releases, its share-price box, its
 * footer menu.
 */
export function websiteLines(lines: readonly string[]): boolean[] {
  const others = otherReleasesLines(lines)
  const quote = quoteBoxLines(lines)
  return others.map((line, i) => line || quote[i] || isFooterMenu(lines[i].trim()))
}
