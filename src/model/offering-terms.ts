/**
 * The extractors of the financing terms other than lots (offering-lots.ts),
 * one per term: unit composition (warrant coverage), warrant totals, warrant
 * terms (exercise price, term), finders' and agents' fees, hold periods,
 * closing dates, and the release-level flags (LIFE, private placement,
 * prospectus, closing). Each reads one sentence, or the release for flags.
 */
import {
  DATE,
  DAY_OF_YEAR,
  WEEKDAYS,
  WEEKDAYS_FR,
  WRITTEN_DATE,
  dayBefore,
  isoDate,
  parseDate,
  stampDate
} from './dates.js'
import type {Block, Sentence} from './document.js'
import type {Layout} from './layout.js'
import {WORD_NUMBER, WORD_NUMBER_FR, findPercents, parseFraction, parseNumber} from './numbers.js'
import type {
  ClosingDate,
  Conversion,
  Coverage,
  Fee,
  Figure,
  HoldPeriod,
  OfferingTerms,
  WarrantTerms
} from './offering-types.js'
import {
  COMPENSATION,
  classKey,
  countFigure,
  figure,
  isPrice,
  money,
  textAfter,
  textBefore,
  type SentenceFigures
} from './offering-figures.js'
import {trancheClosed, trancheNamed, tranchesIn} from './offering-lots.js'
import {spanOf, type Span} from './text.js'
import {FRENCH_TRANCHE_LABELS, LIMITS, anyWord, spaced} from './vocabulary.js'
import {pattern} from './pattern.js'
import {closedLongBefore, notUnder} from './release-signals.js'

// Unit composition: "Each Unit consists of one common share and one-half of one warrant" (or "a half-warrant").
const UNIT = String.raw`(?:(?:charity |premium )?(?:flow-through|ft|hard[- ]dollar|hd|nft|non-flow-through) )?(?:unit|subscription receipt)`
const COMPOSITION = pattern(String.raw`\beach ${UNIT}\b|\bchaque (?:unité|unite|reçu|recu)`)
const FRACTION = `(${[
  'one-half',
  'one half',
  'a half',
  'half',
  'one-third',
  'one third',
  'one-quarter',
  'one quarter',
  'three-quarters',
  String.raw`\d\s?\/\s?\d`,
  'one',
  'a',
  'two',
  'three'
].join('|')})`
// "common share " is read as "common " and "share ": no two ways to read the same words (no exponential backtracking).
const WARRANT = String.raw`(?:transferable |non-transferable |common |share |purchase |subscription )*warrants?\b`
const EACH_UNIT = pattern(
  String.raw`\beach (${UNIT})\b[^.]{0,${LIMITS.compositionWindow}}?\b(?:and|plus|together with) ${FRACTION}` +
    String.raw`(?: \(\d\/\d\))?(?: of one| of a)?(?: (?:whole|full))?[ -]${WARRANT}`,
  'g'
)
/** A class joined to the one before it as the composition's subject: "Each HD Unit and each FT Unit consists of …". */
const JOINED_UNIT = pattern(String.raw`^,?(?: and| or)? each (${UNIT})\b`)

// In French: "Chaque unité est composée d'une action ordinaire et d'un demi-bon de souscription".
const FRACTION_FR = `(${[
  'un demi',
  'une demie',
  'une demi',
  "la moitié d'un",
  "la moitie d'un",
  "un tiers d'un",
  "le tiers d'un",
  "un quart d'un",
  String.raw`\d\s?\/\s?\d`,
  'un',
  'une',
  'deux',
  'trois'
].join('|')})`
const EACH_UNIT_FR = pattern(
  String.raw`\bchaque ((?:unité|unite)(?: accréditive| accreditive)?|(?:reçu|recu) de souscription)` +
    String.raw`[^.]{0,${LIMITS.compositionWindow}}?\bet (?:d'|de )?${FRACTION_FR}[- ]?(?:\(\d\/\d\) )?` +
    String.raw`(?:de )?bons? (?:entiers? )?de souscription`,
  'g'
)

// Warrant terms: "each Warrant entitles the holder to purchase one share at $0.15 for 24 months".
const WARRANT_TERMS = pattern(
  String.raw`warrant[^.]{0,${LIMITS.warrantTermsWindow}}\b(?:exercis|entitl|purchas|acquire|convertible)` +
    // "chaque bon de souscription entier permet à son porteur d'acquérir une action … au prix de 0,25 $".
    String.raw`|bons? de souscription[^.]{0,${LIMITS.warrantTermsWindow}}` +
    String.raw`(?:permet|permettra|donne|donnera|confère|confere|habilite|exer[cç]|d'acqu[ée]rir|d'acheter|de souscrire)`
)
const EXERCISE_WORDS = /warrant|exercis|purchase|acquire|acqu[ée]rir|acheter|exer[cç]/
const COMPENSATION_WARRANT = /broker|finder|agent|courtier|intermédiaire|intermediaire|placeur/
// A word's ending is bounded ("expiring", "expiration"): "expir" may start anywhere in a run of letters.
const EXPIR = String.raw`expir\w{0,${LIMITS.wordEnding}}`
const TERMINAT = String.raw`terminat\w{0,${LIMITS.wordEnding}}`
const TERM = pattern(
  String.raw`(?:period of|for|term of|exercisable for|within|up to|expir\w{1,${LIMITS.wordEnding}})\s(?:a period of )?` +
    String.raw`(?<n>\d+|${WORD_NUMBER})(?: \(\d+\))? (?<unit>months?|years?)`
)
/** A term stated by its end: "exercisable at $0.15 until March 20, 2028", « jusqu'au 20 mars 2028 ». */
const UNTIL = pattern(
  String.raw`\b(?:until|${EXPIR}(?: on)?|on or before|up to and including)\s?(${DATE})` +
    String.raw`|(?:jusqu'au|expirant le|échéant le|echeant le)\s?(${DATE})`
)
/** In French: "pendant une période de 24 mois", "d'une durée de cinq (5) ans", "expirant 24 mois après". */
const TERM_FR = pattern(
  String.raw`(?:pendant|période de|periode de|durée de|duree de|au cours des|dans les|expirant|échéant|echeant)\s` +
    String.raw`(?:une période de |une periode de )?(?<n>\d+|${WORD_NUMBER_FR})(?: \(\d+\))? (?<unit>mois|ans?|années?|annees?)(?![a-z])`
)

// Fees: "a cash fee of $81,340, being 7% of the gross proceeds of the offering".
const RESTRICTED = pattern(
  anyWord([
    'introduced',
    'from (?:subscribers|purchasers|investors|sales|subscriptions)',
    'placed by',
    'sold (?:to|by)',
    'arranged',
    'raised by',
    'referred',
    'subscriptions? (?:from|by)',
    "president'?s list",
    'certain',
    // French: "du produit brut provenant des souscripteurs présentés par"; the subscriptions the finder brought, in
    // each of its forms: « tiré des souscriptions qu'ils ont présentées », « auprès des souscripteurs qu'il a
    // recommandés », « des acquéreurs présentés par ».
    'provenant',
    'présentés? par',
    'presentes? par',
    'souscrit(?:e|es|s)? par',
    String.raw`(?:recommand|r[ée]f[ée]r|apport)[ée]e?s? par`,
    String.raw`qu'(?:ils?|elles?) (?:ont|a|avait|avaient) (?:pr[ée]sent|recommand|r[ée]f[ée]r|apport|trouv)`,
    String.raw`(?:tir[ée]e?s?|issue?s?) d(?:es|e) (?:souscriptions|souscripteurs|acqu[ée]reurs|investisseurs)`,
    String.raw`(?:souscriptions?|souscripteurs?|acqu[ée]reurs?|investisseurs?) (?:pr[ée]sent|recommand|r[ée]f[ée]r|apport)[ée]e?s`,
    String.raw`aupr[èe]s d(?:e |es |')(?:souscripteurs|acqu[ée]reurs|investisseurs)`
  ])
)
/**
 * A fee named without a finder, agent or broker: a placement's manager or arranger ("the lead manager, which received
 * a fee of 6% of the gross proceeds"), "a cash fee equal to".
 */
const FEE_NAMED = pattern(
  String.raw`\b(?:lead |joint )?(?:managers?|arrangers?)\b` +
    String.raw`|\b(?:cash |placement |management |arrangement |advisory )?fees? (?:of|equal to|equivalent to)\b`
)
const PARENTHESIS = String.raw`(?:\([^)]*\)\s?)?`
const THE_OFFERING = '(?:offering|private placement|financing)'
const OF_PROCEEDS = pattern(
  String.raw`^\s?${PARENTHESIS}(?:in cash\s?)?of (?:the )?(?:aggregate |total )?gross proceeds(?: of the ${THE_OFFERING})?` +
    '(?![a-z ]*(?:from|raised by|introduced))'
)
/**
 * Between a fee's percentage and the base the sentence states for it: "of $2,760,000", "of the $456,000 raised …",
 * "of the gross proceeds from purchasers they introduced ($2,760,000)".
 */
const STATED_BASE = pattern(
  String.raw`^\s?(?:in cash\s?)?of (?:the )?(?:(?:aggregate|total|gross) ){0,2}(?:proceeds\b[^$%.;()]{0,80}?\(\s?)?$` +
    // The amount right after the proceeds it names: "6% of the gross proceeds of $3,000,000 raised from purchasers it
    // introduced", « 7 % du produit brut de 1 000 000 $ ».
    String.raw`|^\s?(?:in cash\s?)?of (?:the )?(?:(?:aggregate|total|gross) ){1,2}proceeds (?:of|totall?ing)\s?(?:approximately\s?)?$` +
    String.raw`|^\s?du produit (?:brut |total |global ){1,2}de\s?$`
)
/**
 * The same part's base in apposition, where the words name the part ("of the gross proceeds raised from subscribers
 * introduced by the finder, being $800,000"); "of the gross proceeds, being $70,000" is the fee's own amount.
 */
const STATED_PART = pattern(
  String.raw`^\s?(?:in cash\s?)?of (?:the )?(?:(?:aggregate|total|gross) ){0,2}proceeds\b[^$%.;()]{0,80}?, being\s?$`
)
/**
 * The part of the financing a fee is of: "of the gross proceeds of the LIFE Offering" (the word before its kind), or
 * of one class of the securities sold, by the name the release gives it ("of the gross proceeds of the Traditional
 * Flow-Through Shares", not the "unit" of "the unit offering"); two classes joined ("of the HD Units and FT Units") are
 * kept together, a part no lot defines.
 */
const PART_KIND = '(?:offering|private placement|placement|financing|tranche|units?|shares|subscription receipts)'
const OF_PART = pattern(
  String.raw`^\s?${PARENTHESIS}(?:in cash\s?)?of (?:the )?(?:aggregate |total )?gross proceeds (?:of|from|under) (?:the )?` +
    String.raw`((?:[a-z-]+ ){0,3}?${PART_KIND}(?: (?:and|or) (?:the )?(?:[a-z-]+ ){0,3}?${PART_KIND})?)\b(?! ${PART_KIND}\b)`
)
/** The securities sold as a whole: "the units", "the common shares", "the flow-through shares". */
const GENERIC_SECURITIES = pattern('^(?:(?:common |flow-through )?(?:units|shares)|securities|subscription receipts)$')
/** The financing as a whole: "the offering", "the private placement". */
const WHOLE = /^(?:offering|private placement|placement|financing)$/
/** In French: "7 % du produit brut (du Placement)", "6 % du nombre d'unités vendues". */
const OF_PROCEEDS_FR = pattern(
  String.raw`^\s?${PARENTHESIS}(?:en espèces\s?)?du produit brut` +
    String.raw`(?: (?:total |global )?(?:du|de ce|de la) (?:placement|financement|tranche))?` +
    '(?![a-zà-ÿ ]*(?:provenant|présentés|presentes))'
)
const OF_SECURITIES_FR = pattern(
  String.raw`^\s?${PARENTHESIS}du nombre (?:total )?d'(?:unités|unites|actions|titres|reçus de souscription) ` +
    '(?:vendu|émis|emis|placé|place)'
)
/**
 * Of the securities sold: "of the Units sold", or of one class by the name the release gives it ("7% of the FT Shares
 * sold", "of the LIFE Units issued"), the defined term before its kind.
 */
const OF_SECURITIES = pattern(
  String.raw`^\s?${PARENTHESIS}of the (?:total |aggregate )?(?:number of )?` +
    '((?:[a-z-]+ ){0,2}?(?:units|shares|securities|subscription receipts)' +
    // Classes joined: "of the HD Units and FT Units sold", their lots together.
    '(?: and (?:the )?(?:[a-z-]+ ){0,2}?(?:units|shares|subscription receipts))?) (?:sold|issued)' +
    String.raw`(?: (?:under|in|pursuant to) the ${THE_OFFERING})?(?![a-z ]*(?:to|by) (?:purchasers|subscribers))`
)

// Hold periods: "subject to a statutory hold period of four months and one day expiring July 4, 2026"; its words as
// copy runs them together or splits them with a space ("hold per iod", "re sale restrictions").
const HOLD_WORDING = pattern(
  // Its words hyphenated too ("a statutory hold-period").
  `${spaced('hold')}[- ]?${spaced('period')}|${spaced('restricted')}[- ]?${spaced('period')}` +
    `|${spaced('resale restriction')}|must ?not ?trade` +
    // The restriction named after its noun: "restrictions on resale until April 3, 2027".
    '|restrictions? on (?:the )?(?:re-?sale|transfer|trading)' +
    '|statutory ?hold' +
    '|(?:four|4)[- ](?:\\(4\\)[- ])?months?[- ](?:and[- ](?:one|a|1)[- ]day[- ])?hold' +
    // French: "période de détention", "période de conservation", "restrictions de revente", "quatre mois et un jour".
    "|p[ée]riode (?:de |d')?(?:d[ée]tention|conservation|restriction|blocage)|d[ée]lai de conservation" +
    '|restrictions? (?:à la |a la |de )?revente|(?:quatre|4) (?:\\(4\\) )?mois (?:et|plus) (?:un|1) (?:\\(1\\) )?jour' +
    // The legend's restriction without the word "hold": "may not be traded until August 11, 2026", « ne pourront être
    // négociés avant le 22 mars 2026 ».
    '|not ?be ?(?:traded|resold)\\b|ne (?:peuvent|pourront|pourra|peut) (?:pas )?[êe]tre (?:n[ée]goci|revendu)' +
    // The legend named by what it does: "will bear a legend restricting their transfer until April 3, 2027".
    '|legend restricting (?:the |their |its )?(?:transfer|trading|resale)' +
    // The restriction named by the trade it restricts: "Resale of the securities issued under the Offering is
    // restricted until April 4, 2027", "the Units are restricted from trading until …".
    '|\\b(?:re-?sales?|trading|transfers?) (?:of|in) (?:the |such |these |all |any )?(?:[\\w-]+ ){0,4}?' +
    '(?:securities|shares|units|warrants)\\b[^.]{0,80}?\\b(?:is|are|will be|shall be|remains?) restricted\\b' +
    '|\\brestricted from (?:trading|resale|being (?:traded|resold|transferred))\\b'
)
// "four months and one day", "four (4) months and one (1) day", "four-month-and-one-day".
// The day as the drafts add it: "and one day", "plus a day", "+ 1 day", "& one day"; after the hold's noun too:
// "a statutory four-month hold period, plus one day".
const FOUR_MONTHS = pattern(
  String.raw`\b(?:four|4)(?:\s?\(4\))?[- ]?months?(?<day>(?:[- ](?:statutory[- ])?hold(?:[- ]?period)?)?` +
    String.raw`(?:,? ?|-)(?:and|plus|\+|&)[- ]?(?:one|a|1)(?: ?\(1\))?[- ]?days?)?`
)
/** "quatre mois et un jour", "quatre mois plus un jour", "4 mois et 1 jour", "4 mois + 1 jour", "quatre (4) mois". */
const FOUR_MONTHS_FR = /\b(?:quatre|4)(?: \(4\))? mois(?<day>,? (?:et|plus|\+) (?:un|1)(?: \(1\))? jour)?/
/**
 * A hold stated for another period than four months, the period set on the hold's words: "a hold period of three
 * months and one day", "a six-month hold period", « une période de détention de trois mois et un jour ». Not four:
 * that is `FOUR_MONTHS`. A U.S. holding period (Rule 144) is another law's, and not read (`US_HOLDING`).
 */
const PERIOD_COUNT =
  String.raw`(?:\d{1,2}|one|two|three|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|` +
  String.raw`un|deux|trois|cinq|sept|huit|neuf|dix|onze|douze|dix-huit)(?: \(\d{1,2}\))?`
const OTHER_PERIOD = pattern(
  String.raw`(?:hold[- ]?period|restricted[- ]?period|p[ée]riode (?:de |d')?(?:d[ée]tention|conservation|restriction))` +
    String.raw` (?:of |de |d'une dur[ée]e de )?(?<after>${PERIOD_COUNT} (?:months?|mois)` +
    String.raw`(?:,? (?:and|plus|et) (?:one|a|un|1)(?: \(1\))? (?:day|jour))?)\b` +
    String.raw`|\b(?<before>${PERIOD_COUNT}[- ]months?(?:[- ]and[- ](?:one|a|1)[- ]day)?)[- ](?:statutory[- ])?hold(?:\b|(?=period))`
)
const US_HOLDING = /\brule 144\b|\bunited states\b|\bu\.s\.|[ée]tats-unis/

/**
 * Words that free securities from resale restrictions (some of them, at least), in every form drafts give them: "will
 * not be subject to a hold period", "not subject to the statutory four-month hold period", "free trading", "freely
 * tradeable", "immediately tradeable", "free of any hold period", "without any hold period", "exempt from the hold
 * period", "no statutory hold period", "will not carry a hold period"; in French « ne seront pas assujettis à une
 * période de détention », « librement négociables », « aucune période de détention », « sans période de détention »,
 * « exemptés de toute période de détention », « libres de toute restriction ». One fact, read by the hold's kind here
 * and by the LIFE model (life.ts).
 */
export const FREES = pattern(
  anyWord([
    // Spaces optional: copy runs words together ("not be subject toa hold period"); the term may be quoted ("a 'hold
    // period'"), qualified ("the statutory four-month hold period").
    String.raw`\bnot ?(?:be ?)?subject ?to ?(?:a |any |the )?["']?[^.;"']{0,30}?\b(?:hold|resale|restricted|restrictions?)`,
    String.raw`\bnot (?:carry|bear|have|attract) (?:a|any) (?:statutory )?(?:hold|resale|restricted)`,
    String.raw`\bfree(?:ly)?[- ]?trad`,
    String.raw`\bimmediately (?:free[- ]?)?tradeable`,
    String.raw`\b(?:free|exempt) (?:of|from) (?:a |any |the )?(?:statutory )?(?:hold|resale|restrict)`,
    String.raw`\bwithout (?:a |any )?(?:statutory )?(?:hold|resale restrict|restrictions? on (?:re-?sale|trading))`,
    String.raw`\bno (?:statutory |canadian )?(?:hold|resale restriction|restricted period)`,
    // French.
    "(?:ne sont|ne seront|n'est|ne sera) (?:pas )?(?:assujetti|soumis)e?s? [àa] (?:aucune |une )?p[ée]riode",
    String.raw`\blibrement (?:n[ée]gociables?|transf[ée]rables?)`,
    String.raw`\baucune (?:p[ée]riode de (?:d[ée]tention|conservation|restriction)|restriction de revente)`,
    String.raw`\bsans (?:aucune )?(?:p[ée]riode de (?:d[ée]tention|conservation)|restriction de revente)`,
    String.raw`\b(?:libres?|exempt[ée]?e?s?) de toute (?:p[ée]riode|restriction)`
  ])
)
/**
 * Where a clause contrasting with the one before begins: "The LIFE units are free trading, while the flow-through
 * shares … are subject to a hold period …", « … sont librement négociables, alors que les actions accréditives … ».
 */
const CONTRAST = pattern(
  String.raw`;|,? \b(?:while|whereas|but|however|although)\b|,? \b(?:alors que|tandis que|mais)\b`,
  'g'
)
/** A negation in a hold's clause: "they are not subject to the four-month hold" is no hold. */
const NEGATION = /\b(?:not|no|nor|without|free|exempt|sans|aucune?|ni|ne)\b|\bn'/
/**
 * Where the hold a sentence states begins: the whole sentence (0) unless it frees securities too; then the first clause
 * that binds some by a hold, with no word that frees them ("The LIFE units are free trading, while the shares of the
 * concurrent placement are subject to a hold period …"); undefined when no clause binds any (the sentence frees).
 */
function boundFrom(text: string): number | undefined {
  if (!FREES.test(text)) return 0
  let start = 0
  for (const bound of [...text.matchAll(CONTRAST), undefined]) {
    const clause = text.slice(start, bound?.index ?? text.length)
    if (HOLD_WORDING.test(clause) && !FREES.test(clause) && !NEGATION.test(clause)) return start
    if (bound) start = bound.index + bound[0].length
  }
  return undefined
}
const HOLD_NAMED =
  /hold[- ]?period|restricted[- ]?period|p[ée]riode (?:de |d')?(?:d[ée]tention|conservation|restriction)/
// The day of the week may come before a date: "on Friday, October 30, 2026", "expiring on Saturday, July 3, 2027",
// « le vendredi 30 octobre 2026 ».
const WEEKDAY = `(?:(?:${WEEKDAYS.join('|')}),? )?`
const WEEKDAY_FR = `(?:(?:${WEEKDAYS_FR.join('|')}) )?`
/** "expiring" as copy may split it with a stray space ("expir ing", "ex piring"). */
const EXPIR_SPLIT = String.raw`${spaced('expir')}(?:\w{0,${LIMITS.wordEnding}}| (?:ing|es|ed|e|y|ation)\b)`
/** An expiry written as the calendar's numbers ("expiring 2027-04-08"), set off as a date. */
const ISO_EXPIRY = String.raw`(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w-])`
const HOLD_EXPIRY = pattern(
  // Its last day too: "may not be traded until and including July 2, 2027" (see `INCLUSIVE`).
  String.raw`(?:${EXPIR_SPLIT}|(?:until|up to|through|to) and including|until|ending|ends|end on|${TERMINAT})` +
    // A term sheet's row names the expiry and gives its date after a colon or its cell's pipe ("Hold period expiry:
    // April 3, 2027", "Hold period expiry | April 3, 2027").
    String.raw`(?: on)?(?:,|:| \|)? (${WEEKDAY}${DATE}|${ISO_EXPIRY})` +
    // The legend's words: "must not trade the securities before August 10, 2026", "may not be traded before …".
    String.raw`|\b(?:trade|traded|resold|sold|transferred)\b[^.]{0,${LIMITS.closedDateWindow}}?\bbefore,? ` +
    String.raw`(${WEEKDAY}${DATE}|${ISO_EXPIRY})` +
    // French: "expirant le 22 mars 2026", "jusqu'au 22 mars 2026", "prenant fin le …"; the verb in any tense, as
    // the English "ends", "ending", "expires": « qui prend fin le … », « qui se termine le … », « prendront fin le ».
    String.raw`|(?:expir\w{0,${LIMITS.wordEnding}}|pren(?:ant|d|dra|nent|dront) fin|se termin\w{0,${LIMITS.wordEnding}}` +
    String.raw`|échéant|echeant|jusqu'au)` +
    String.raw`(?: le)?,? (${WEEKDAY_FR}${DATE}|${ISO_EXPIRY})` +
    // « ne pourront être négociés avant le 22 mars 2026 ».
    String.raw`|(?:n[ée]goci|revendu|c[ée]d[ée])\S{0,${LIMITS.wordEnding}}[^.]{0,${LIMITS.closedDateWindow}}?` +
    String.raw`\bavant le (${WEEKDAY_FR}${DATE})`
)
/**
 * An expiry stated as the last day of the restriction, not the day it ends: "until and including July 2, 2027", "up to
 * and including …", "until July 2, 2027, inclusive", « jusqu'au 2 juillet 2027 inclusivement ». The period ends the
 * day after it.
 */
const INCLUSIVE_BEFORE = / and including(?: on)?,? $/
const INCLUSIVE_AFTER = /^,? ?\(?(?:inclusive(?:ly)?|inclusivement|inclus(?:e|es)?)\b(?! dans| in\b)/

/** Whether the expiry `match` states, its date ending at `end` of `text`, is the restriction's last day. */
function inclusiveExpiry(text: string, match: RegExpExecArray, written: string, end: number): boolean {
  const before = match[0].slice(0, match[0].length - written.length)
  return INCLUSIVE_BEFORE.test(before) || INCLUSIVE_AFTER.test(text.slice(end, end + 16))
}

/**
 * A date set beside the period: "four months and one day from the date hereof, being August 10, 2026". It may as
 * well restate the distribution date ("from the closing date, being April 9, 2026"): see `expiryFits`.
 */
/** What a hold counts from the closing of: "the Offering", "the private placement", "the units". */
const HOLD_START_OF =
  'offering|private placement|placement|financing|units|shares|securities|subscription receipts|tranche|final tranche'
const HOLD_APPOSED = pattern(
  // After the period's start, in words or as a date: "from the closing date of April 10, 2026, being August 11, 2026".
  // The start may name what closed or was issued: "from the closing date of the Offering, being April 4, 2027".
  String.raw`(?:\b(?:days?|hereof|closing|issuance|issue|distribution|date|period)` +
    String.raw`(?: of (?:the|this|its) (?:${HOLD_START_OF}))?|\b\d{4})\)?,? ` +
    String.raw`\(?(?:being|i\.e\.,?|that is,?|which is)(?: on)? (${WEEKDAY}${DATE})` +
    // Or "on" after a comma: "expires four months and one day after closing, on 6 April 2027".
    String.raw`|\b(?:days?|hereof|closing|issuance|issue|distribution)\)?, on (${WEEKDAY}${DATE})`
)

/**
 * French closing verbs that state a closing done (« a clôturé », « clôture », « conclu », « réalisée »), as English's
 * "closed": not the infinitive, future or conditional of what is yet to close (« prévoit clôturer une tranche
 * additionnelle », « clôturera », « conclure », « réaliserait »).
 */
const FR_DONE = String.raw`(?!(?:er|r)(?:a|ai|aient|ait|as|ez|ons|ont|e)?\b)`
/**
 * French "on" a date: « le 3 décembre », not a deadline or an expected date (« d'ici le », « vers le », « au plus tard
 * le », « avant le »), which English's "by", "on or about", "before" are not read as either.
 */
const FR_ON = String.raw`(?<!d'ici |vers |tard |avant |après |apres )\ble `
// Closing dates: "closed on March 3, 2026", "on March 3, 2026, the Company closed", "closing date of March 3, 2026".
/**
 * Between a closing verb and its date: the lot's terms may come between, and a price's decimal point ("at $0.40 per
 * share … on September 14, 2026"); not an expiry, nor another closing verb (the date is the nearest closing's).
 */
const CLOSING_GAP = String.raw`(?:(?!expir|until|hold|clos|complet|release|communiqu)(?:[^.]|\.(?=\d))){0,${LIMITS.closingClauseWindow}}?`
const CLOSED = pattern(
  [
    // Not a market's close: "the share price closed at $0.28 on October 1, 2025".
    String.raw`\b(?:closed(?! at (?:a |an )?(?:c|us)?\$)|completed|closing(?: of [^.]{0,60}?)? (?:occurred|took place))\b` +
      String.raw`${CLOSING_GAP}` +
      String.raw`\bon ${WEEKDAY}(${DATE})`,
    String.raw`\bon ${WEEKDAY}(${DATE}),? (?:the company |it )?(?:closed|completed)`,
    // "the closing date was …", "the closing date of the Offering was …", "Closing Date: …", "Closing date | …".
    String.raw`closing date(?: of (?:the|this|its) (?:${HOLD_START_OF}))?(?: of| was| is|:| \|) (${DATE})`,
    // A closing named as done: "announces the upsize of its placement … and the closing thereof on March 24, 2026".
    String.raw`\b(?:the|its) closing(?: thereof)?,? on ${WEEKDAY}(${DATE})`,
    // French: "a clôturé … le 21 novembre 2025", "le 21 novembre 2025, la Société a clôturé", "date de clôture du …".
    String.raw`\b(?:clôtur|clotur|conclu|réalis|realis|finalis)${FR_DONE}\w{0,${LIMITS.wordEnding}}\b` +
      String.raw`(?:(?!expir|jusqu|d[ée]tention|conservation)[^.]){0,${LIMITS.closedDateWindow}}?${FR_ON}${WEEKDAY_FR}(${DATE})`,
    String.raw`\ble ${WEEKDAY_FR}(${DATE}),? (?:la société |la societe |elle )?a (?:clôturé|cloture|conclu|réalisé|realise)`,
    String.raw`date de clôture (?:du|est le|était le|etait le|a eu lieu le) (${DATE})`
  ].join('|')
)

/**
 * The issue of the lot its sentence states, on a date: "The Company issued 10,000,000 units at $0.10 per unit on April
 * 10, 2026", « La Société a émis 10 000 000 d'unités au prix de 0,10 $, le 21 novembre 2025 ». Read only in a
 * sentence that states a count and an amount (the lot), and not of a news release ("issued a news release on …").
 */
const ISSUED_ON = pattern(
  String.raw`\b(?:issued|distributed)\b${CLOSING_GAP}\bon ${WEEKDAY}(${DATE})` +
    String.raw`|\bon ${WEEKDAY}(${DATE}),? (?:the company |it )?(?:issued|distributed)\b` +
    String.raw`|(?<![a-zà-ÿ])(?:émis|emis)\b${CLOSING_GAP}\ble ${WEEKDAY_FR}(${DATE})`
)

/**
 * The issue stated in a sentence of its own, the securities its subject: "The shares were issued on November 23, 2026
 * following acceptance by the Exchange", "The Consideration Shares have been issued on …" (no count or amount needed:
 * the securities, not a news release, were issued); the CHESS Depositary Interests an issuer also on the ASX issues
 * ("The CDIs were issued on 9 September 2026").
 */
const ISSUED_PASSIVE = pattern(
  String.raw`\b(?:shares|units|securities|cdis|depositary interests)\b[^.]{0,${LIMITS.priceContext}}?\b(?:were|was|have been|has been) ` +
    String.raw`(?:issued|distributed)\b${CLOSING_GAP}\bon ${WEEKDAY}(${DATE})`
)

/**
 * Securities named with their issue date in a relative clause ("the expiry date of 3,000,000 warrants issued on
 * January 5, 2025", "500,000 shares issued on March 3, 2025 under its earlier placement"): securities outstanding from
 * an earlier issue, not this release's distribution, unless the sentence states their hold (the held securities dated).
 */
const ISSUED_RELATIVE = /\b(?:warrants|shares|units|options|securities|debentures|notes|receipts)$/
const HOLD_WORDS = /\bhold\b|restrict|d[ée]tention|must not trade/

/** Before a date: it is when something else happened ("announced on", « annoncé le »). */
const ANNOUNCED_ON =
  /\b(?:announced|dated|disclosed|reported|entered into|signed|launched)(?: on)? $|(?:annonc|dat|sign|lanc)[ée]e?s? le $/
const CLOSED_ON_DAY = pattern(
  String.raw`\b(?:closed|completed)\b(?:(?!expir|until|hold)[^.]){0,${LIMITS.closedDateWindow}}?\bon ${WEEKDAY}(${DAY_OF_YEAR})` +
    String.raw`|\bon ${WEEKDAY}(${DAY_OF_YEAR}),? (?:the company |it )?(?:closed|completed)` +
    String.raw`|\b(?:clôtur|clotur|conclu|réalis|realis)${FR_DONE}\w{0,${LIMITS.wordEnding}}\b` +
    String.raw`(?:(?!expir|jusqu|d[ée]tention|conservation)[^.]){0,${LIMITS.closedDateWindow}}?${FR_ON}${WEEKDAY_FR}(${DAY_OF_YEAR})`
)

// The release's own date: "closed today", "completed on the date hereof", "today … has closed".
// The day's hours are the release's date too: "closed this morning", "earlier today", « ce matin ».
const HEREOF =
  '(?:today|earlier today|this morning|this afternoon|on the date hereof|as of the date hereof|on the date of this (?:news )?release)'
const STATED_ON = pattern(
  String.raw`\b(?:on|until|of|expiring|expires|dated|before|after|by|from|to)\s?$` +
    String.raw`|(?:expirant|pren(?:ant|d|dra|nent|dront) fin|se termin[a-z]{0,5}|jusqu'au|avant|après|apres) (?:le )?$`
)
const TODAY =
  /\btoday\b|\bthis (?:morning|afternoon)\b|\bdate (?:hereof|of this)|aujourd'hui|\bce matin\b|date des présentes|date des presentes/
/** French: "annonce aujourd'hui la clôture", "a clôturé en date des présentes". */
const HEREOF_FR = "(?:aujourd'hui|ce matin|en date des présentes|à la date des présentes|en date d'aujourd'hui)"
const CLOSED_TODAY = pattern(
  String.raw`\b(?:closed|completed|closing|issued)\b[^.]{0,${LIMITS.closedDateWindow}}?\b${HEREOF}\b` +
    // The adverb before the verb: "has today closed", "it has today issued 800,000 shares … to settle debt".
    String.raw`|\b${HEREOF}\b,? (?:that )?(?:the company |it )?(?:has |have )?(?:closed|completed|issued)\b` +
    // A French stem starts a word: "Boréalis" is an issuer's name, not "réalisé".
    String.raw`|(?<![a-zà-ÿ])(?:clôtur|clotur|conclu|réalis|realis)[^.]{0,${LIMITS.closedDateWindow}}?${HEREOF_FR}` +
    String.raw`|${HEREOF_FR},? (?:la société |la societe |elle )?(?:a |annonce )?(?:la |le )?(?:clôtur|clotur|conclu|réalis|realis)` +
    // Issued, as "issued … today": « a émis aujourd'hui 750 000 actions … en règlement de dettes », « a aujourd'hui émis ».
    String.raw`|(?<![a-zà-ÿ])(?:émis|emis)(?:es?|s)?(?![a-zà-ÿ])[^.]{0,${LIMITS.closedDateWindow}}?${HEREOF_FR}` +
    String.raw`|${HEREOF_FR} (?:émis|emis)(?![a-zà-ÿ])`
)

// Release-level flags.
const LIFE = pattern(
  anyWord([
    'listed issuer financing exemption',
    String.raw`\blife (?:offering|financing|units?|shares?|exemption)\b`,
    'part 5a of (?:ni|national instrument) 45-106',
    // French: "la dispense de financement de l'émetteur coté", its short name "la dispense pour émetteur coté"
    // (Avis 45-330 du personnel des ACVM), "partie 5A du Règlement 45-106".
    "financement (?:de l'|des )[ée]metteurs? cot[ée]s?",
    "dispense (?:pour |de l')[ée]metteurs? cot[ée]s?",
    'partie 5a du (?:règlement|reglement|norme canadienne) 45-106'
  ])
)
const LIFE_EACH = pattern(LIFE.source, 'g')
/**
 * Whether the release names the LIFE exemption as one relied on: not as the one not relied on (NOT_UNDER), nor in a
 * sentence that recalls an offering closed well before the release ("Earlier this year, the Company completed a LIFE
 * offering of 3,000,000 shares" in a private placement's closing).
 */
function namesLife(blocks: Block[], all: string, released: Date | undefined): boolean {
  if (!LIFE.test(all)) return false
  const recalled = new Set<Sentence>()
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      if (LIFE.test(sentence.norm.text) && closedLongBefore(sentence.norm.text, released)) recalled.add(sentence)
    }
  }
  // The release without its recalls (read sentence by sentence only then: the same text otherwise).
  const told =
    recalled.size === 0
      ? all
      : blocks
          .map((block) =>
            block.sentences.map((sentence) => (recalled.has(sentence) ? '' : sentence.norm.text)).join(' ')
          )
          .join('\n')
  for (const named of told.matchAll(LIFE_EACH)) if (!notUnder(told, named.index)) return true
  return false
}
/** Words of a distribution under a prospectus exemption. */
const PRIVATE_PLACEMENT = pattern(
  'private placement|non-brokered|shares for debt|debt settlement' +
    "|placements? priv[ée]s?|sans l'entremise d'un courtier|r[èe]glement de dettes?"
)
/**
 * A class of securities placements sell, which a prospectus may offer too ("flow-through shares"), and an investor's
 * subscription, which is one where no prospectus is stated ("closed the strategic investment by Borealis").
 */
const PLACEMENT_CLASS = pattern(
  String.raw`flow-through|hard[- ]dollar|accr[ée]ditives?|\b(?:strategic|equity) investment (?:by|from)\b`
)
/**
 * The part of a prospectus offering sold in the United States under a U.S. exemption ("and in the United States on
 * a private placement basis to qualified institutional buyers under Rule 144A"): no Canadian exemption, no hold.
 */
const US_PART = pattern(String.raw`united states|\bu\.\s?s\.|rule 144a|qualified institutional buyers?|[ée]tats-unis`)
const PROSPECTUS = pattern(
  '(?:short form|base shelf|shelf|final|preliminary) prospectus|prospectus supplement|prospectus offering' +
    '|prospectus (?:simplifi[ée]|pr[ée]alable|d[ée]finitif|provisoire)|suppl[ée]ment de prospectus'
)
// A closing release: "closes", "has closed", "announces the closing"; not "expected to close".
const ANNOUNCES_CLOSING =
  String.raw`(?:announces?|announced|announcing|of) (?:the )?` +
  '(?:(?:first|second|third|final|initial) (?:tranche )?)?(?:closing|completion)'
const CLOSES = pattern(
  String.raw`\b(?:closes|closed|completes|completed|${ANNOUNCES_CLOSING})\b` +
    // "has finalized its private placement", "has issued 8,000,000 units …, completing its private placement".
    String.raw`|\b(?:finali[sz](?:es|ed)|completing) (?:its |the )?(?:[\w-]+ ){0,4}?(?:placement|offering|financing)\b` +
    // Issued under the placement: not shares issued to settle a debt, which is no placement ("has issued 960,000
    // common shares at a deemed price of $0.10 per share to settle $96,000 of fees").
    String.raw`|\b(?:has|have) (?:now |today )?issued (?:an aggregate of |a total of )?\d[^.]{0,120}?` +
    String.raw`\b(?:placement|offering|financing)\b` +
    // French: "clôture", "a clôturé", "annonce la clôture", "a conclu", "a réalisé", "clôt".
    String.raw`|\b(?:clôture|cloture|clôt|clot|conclut|finalise)\b` +
    String.raw`|\ba (?:clôturé|cloture|conclu|réalisé|realise|complété|finalisé)(?![a-zà-ÿ])`
)
/** An issue done, in the present perfect: "has issued 250,000 common shares", « a émis 250 000 actions ». */
const ISSUED_DONE = pattern(
  String.raw`\b(?:has|have) (?:now |today |also )?issued (?:an aggregate of |a total of )?\d` +
    String.raw`|\ba (?:aujourd'hui )?(?:émis|emis) (?:un total de |au total )?\d`
)
const TO_CLOSE = pattern(
  String.raw`\b(?:expected|anticipated|scheduled|intends?|plans?) to (?:close|be completed|complete|finali[sz]e)\b` +
    // What may yet be done: "the Offering may be completed in tranches", "may also be completed as a direct
    // placement", "to be completed on or about May 30".
    String.raw`|\b(?:may|might|could|would|will|shall|can|to)(?: also| only| not)? be (?:completed|closed|finali[sz]ed)\b` +
    String.raw`|\b(?:devrait|devraient|prévoit|prevoit|prévue?s?|prevue?s?|entend|compte)\b` +
    String.raw`[^.]{0,60}?(?:clôtur|clotur|conclu|réalis|realis)\w{0,12}` +
    // The closing as the subject of what is planned: « la clôture du placement est prévue vers le 18 décembre »,
    // « la clôture devrait avoir lieu », « aura lieu ».
    String.raw`|\b(?:clôture|cloture)\b[^.]{0,60}?\b(?:est |sont )?(?:prévue?s?|prevue?s?|devrait|devraient|aura lieu|` +
    String.raw`pourrait|pourra)(?![a-zà-ÿ])`,
  'g'
)

/**
 * Unit composition: the warrants per unit of each class the sentence composes ("Each FT Unit consists of one
 * flow-through share and one-half of one warrant, and each NFT Unit consists of one share and one warrant": two).
 */
export function unitCoverage(sentence: Sentence): Coverage[] {
  const text = sentence.norm.text
  if (!COMPOSITION.test(text)) return []
  const english = [...text.matchAll(EACH_UNIT)]
  const found: Coverage[] = []
  for (const each of english.length > 0 ? english : text.matchAll(EACH_UNIT_FR)) {
    const fraction = parseFraction(each[2])
    if (!fraction) continue
    const span = spanOf(sentence.norm, each.index, each.index + each[0].length)
    found.push({security: classKey(each[1]), fraction, ...span})
    // The classes the subject joins share the composition ("Each HD Unit and each FT Unit consists of one share and
    // one warrant": both have one warrant), each class named by its own "each".
    if (english.length === 0) continue
    let at = each.index + 'each '.length + each[1].length
    for (let joined = JOINED_UNIT.exec(text.slice(at, at + 60)); joined;) {
      found.push({security: classKey(joined[1]), fraction, ...span})
      at += joined[0].length
      joined = JOINED_UNIT.exec(text.slice(at, at + 60))
    }
  }
  return found
}

/** Where a sentence starts stating the warrants' terms, or -1 (no lot is read from there on). */
export function warrantTermsAt(text: string): number {
  return WARRANT_TERMS.exec(text)?.index ?? -1
}

/** Warrant terms: exercise price (not a finder's or agent's warrants') and term. */
export function warrantTerms({sentence, text, moneys}: SentenceFigures): WarrantTerms {
  const warrant: WarrantTerms = {sentence}
  // The first amount after the first of these words (the text before it names one).
  const words = EXERCISE_WORDS.exec(text)
  const price = words ? moneys.find((m) => m.index >= words.index + words[0].length) : undefined
  if (price && !COMPENSATION_WARRANT.test(textBefore(text, price, LIMITS.warrantPriceLookback)))
    warrant.price = money(sentence, price)
  else if (price) warrant.compensation = money(sentence, price)
  warrant.term = termIn(sentence, text)
  const until = warrant.term ? null : UNTIL.exec(text)
  const written = until?.slice(1).find(Boolean)
  const date = written && parseDate(written)
  if (until && written && date) {
    const start = until.index + until[0].length - written.length
    warrant.until = {date, ...spanOf(sentence.norm, start, start + written.length)}
  }
  return warrant
}

/**
 * Words that lead to the price a convertible security converts at: "a conversion price of $0.40", "convertible into
 * common shares at $0.40 per share", « au prix de conversion de 0,40 $ », « convertibles en actions … à 0,40 $ ».
 */
const CONVERTS = pattern(
  String.raw`\bconversion price (?:of |equal to |set at |will be |is )?|\bconvertible\b|\bconvert(?:s|ed)? (?:into|to)\b` +
    String.raw`|\bprix de conversion (?:de |égal à |egal a )?|\bconvertibles? en\b`
)
/** A price per share (not a debenture's own price, "$1,000 per debenture"). */
const PER_SHARE =
  /^\s?(?:per|for each) (?:common |listed |underlying |ordinary |class a )?share\b|^\s?(?:par|pour chaque) action\b/
/** Terms stated as a number of shares per principal amount ("500 shares per $1,000 principal"): no price stated. */
const PER_PRINCIPAL = /^\s?(?:principal|of principal|in principal|de capital)\b/

/**
 * Words that set the price a conversion steps up to after its first year: "$0.05 per share in the first year and
 * $0.10 per share thereafter", "for the first year, increasing to $0.10 for the balance of the term", "until the first
 * anniversary … and $0.10 after that", « 0,05 $ la première année, puis 0,10 $ par la suite ».
 */
const STEPS_UP = pattern(
  String.raw`\b(?:thereafter|after that|after the (?:first|1st) (?:year|anniversary)|after (?:12|twelve) months` +
    String.raw`|for the (?:balance|remainder) of the term|(?:in|during) the (?:second|2nd|third|subsequent|remaining) ` +
    String.raw`(?:years?|period)|(?:from|following|on and after) the (?:first|1st) anniversary` +
    String.raw`|(?:increas|ris|stepp)\w{0,3}(?: up)? to)\b` +
    String.raw`|\bpar la suite\b|apr[èe]s la premi[èe]re ann[ée]e|[àa] compter du premier anniversaire|\bpuis\b`
)
/** Reach from the first year's price to the later one: "… per share during the first 12 months and at $0.12". */
const STEP_REACH = 120
/** After the later price, where its step words may come: "$0.12 per share thereafter". */
const STEP_AFTER = 40

/**
 * The conversion price of the convertible securities a sentence issues: the first amount after the words that lead
 * to it, read as a price ("per share", or right after "conversion price of"); not in a sentence of warrant terms
 * (`warrantTerms` reads those). A price the sentence says it steps up to after the first year is the later price.
 */
export function conversionIn({sentence, text, moneys}: SentenceFigures): Conversion | undefined {
  if (moneys.length === 0 || !text.includes('conver')) return undefined
  const words = CONVERTS.exec(text)
  if (!words) return undefined
  const after = words.index + words[0].length
  const named = /price|prix/.test(words[0])
  const match = moneys.find(
    (m) =>
      m.from >= after &&
      m.from - after <= LIMITS.conversionWindow &&
      (named ? /^[^.;]{0,12}$/.test(text.slice(after, m.from)) : PER_SHARE.test(textAfter(text, m, 40))) &&
      !PER_PRINCIPAL.test(textAfter(text, m, 20))
  )
  if (!match) return undefined
  const term = termIn(sentence, text) ?? maturityIn(sentence, text)
  const next = moneys.find((m) => m.from > match.to && m.from - match.to <= STEP_REACH)
  const later =
    next && STEPS_UP.test(text.slice(match.to, Math.min(text.length, next.to + STEP_AFTER)))
      ? money(sentence, next)
      : undefined
  return {sentence, price: money(sentence, match), ...(later ? {later} : {}), ...(term ? {term} : {})}
}

/** A convertible security's maturity: "the Debentures mature 36 months from issuance", "maturing in three years". */
const MATURITY = pattern(
  String.raw`\bmatur(?:e|es|ing|ity)\b(?: date)?(?: (?:of|in|on|after|is|will be))?(?: a (?:term|period) of)?\s` +
    String.raw`(?<n>\d+|${WORD_NUMBER})(?: \(\d+\))? (?<unit>months?|years?)`
)

/** The maturity a sentence states for a convertible security, as a term in months. */
export function maturityIn(sentence: Sentence, text: string): ({months: number} & Span) | undefined {
  const found = text.includes('matur') ? MATURITY.exec(text) : null
  const n = found?.groups ? parseNumber(found.groups.n, undefined, 'en') : undefined
  if (!found?.groups || !n) return undefined
  const months = n.value.toNumber() * (found.groups.unit.startsWith('year') ? 12 : 1)
  return {months, ...spanOf(sentence.norm, found.index, found.index + found[0].length)}
}

/** The term a sentence states for what it grants or issues ("for a period of 24 months", "expiring five years"). */
export function termIn(sentence: Sentence, text: string): ({months: number} & Span) | undefined {
  const english = TERM.exec(text)
  const term = english ?? TERM_FR.exec(text)
  const n = term?.groups ? parseNumber(term.groups.n, undefined, english ? 'en' : 'fr') : undefined
  if (!term?.groups || !n) return undefined
  const months = n.value.toNumber() * (/^(?:year|an)/.test(term.groups.unit) ? 12 : 1)
  return {months, ...spanOf(sentence.norm, term.index, term.index + term[0].length)}
}

/** Finders' and agents' fees stated as a percentage of the gross proceeds or of the securities sold. */
export function feesIn({sentence, text, moneys, counts, language}: SentenceFigures): Fee[] {
  if (!COMPENSATION.test(text) && !FEE_NAMED.test(text)) return []
  const fees: Fee[] = []
  // The cash amount (not a price) and the securities issued to a finder or agent, when a percentage is of them.
  const cash = moneys.find((m) => !isPrice(text, m))
  const units = counts.find((c) => c.compensation)
  for (const percent of findPercents(text, language)) {
    const end = percent.index + percent.length
    const after = text.slice(end, end + LIMITS.feeBaseWindow)
    const pct = figure(sentence, percent.index, end, percent)
    // The tranche its base names, in the words of the base ("of the gross proceeds of the final tranche,").
    const tranche = trancheNamed(after.split(/[,;(]/)[0])
    const ofTranche = tranche ? {tranche} : {}
    // A base the sentence states in figures, a part no lot gives: the percentage of it is checked.
    const stated = moneys.find(
      (m) =>
        m !== cash &&
        m.from >= end &&
        m.from - end <= LIMITS.feeBaseWindow &&
        (STATED_BASE.test(text.slice(end, m.from)) ||
          (STATED_PART.test(text.slice(end, m.from)) && RESTRICTED.test(text.slice(end, m.from))))
    )
    if (stated && cash) {
      fees.push({
        sentence,
        percent: pct,
        base: 'proceeds',
        amount: money(sentence, cash),
        kind: 'cash',
        stated: money(sentence, stated)
      })
      continue
    }
    if (RESTRICTED.test(after.split(/[.;]/)[0])) continue
    if (OF_PROCEEDS.test(after) || OF_PROCEEDS_FR.test(after)) {
      const named = OF_PART.exec(after)?.[1].replace(/^(?:the|this|its) /, '')
      const of = named && !WHOLE.test(named) ? named : undefined
      const amount = cash ? money(sentence, cash) : undefined
      if (amount)
        fees.push({sentence, percent: pct, base: 'proceeds', amount, kind: 'cash', ...(of ? {of} : {}), ...ofTranche})
    } else if (OF_SECURITIES.test(after) || OF_SECURITIES_FR.test(after)) {
      const named = OF_SECURITIES.exec(after)?.[1]
      const of = named && !GENERIC_SECURITIES.test(named) ? named : undefined
      if (units)
        fees.push({
          sentence,
          percent: pct,
          base: 'securities',
          amount: countFigure(sentence, units),
          kind: 'securities',
          ...(of ? {of} : {}),
          ...ofTranche
        })
    }
  }
  return fees
}

/**
 * Warrants outstanding from an earlier issue: "the 2,500,000 warrants issued on March 1, 2025 in its earlier placement
 * remain outstanding", "8,000,000 warrants outstanding", "previously issued warrants".
 */
const EARLIER_WARRANTS = pattern(
  String.raw`\boutstanding\b|\bpreviously (?:issued|granted)\b` +
    String.raw`|\b(?:earlier|previous|prior) (?:private placement|placement|financing|offering)s?\b`
)

/**
 * Totals of warrants issued with the units: "and 11,620,000 warrants" (not the "one warrant" of a unit, nor warrants
 * outstanding from an earlier issue).
 */
export function warrantTotalsIn({sentence, counts}: SentenceFigures): Figure[] {
  if (counts.length === 0 || EARLIER_WARRANTS.test(sentence.norm.text)) return []
  return counts
    .filter((c) => c.security === 'warrants' && !c.compensation && c.value.value.gte(LIMITS.warrantTotalMinCount))
    .map((c) => countFigure(sentence, c))
}

/**
 * A hold on securities issued from others distributed before: "the shares issued on conversion", "upon the exercise
 * of the warrants", "after the closing of the subscription receipt offering", « à la conversion des reçus de
 * souscription » (not the subscription receipts' own hold: they are distributed at their closing).
 */
const EARLIER_DISTRIBUTION = pattern(
  String.raw`\b(?:on|upon|following) (?:the )?(?:conversion|exercise|automatic conversion)\b` +
    String.raw`|\b(?:closing|completion) of the subscription receipt (?:offering|financing)\b` +
    String.raw`|(?<![a-zà-ÿ])(?:à|a|lors de|suivant) la conversion\b`
)

/**
 * Securities listed before the exercise or conversion shares, in the hold's clause: "The Units, the underlying shares
 * and any shares issued on exercise of the Warrants may not be traded before …", « les unités et les actions émises à
 * l'exercice des bons … ». The hold is then the securities distributed now, and the exercise shares take their date.
 */
const LISTED_BEFORE = pattern(
  String.raw`\b(?:units?|shares?|securities|warrants?|receipts?|unit[ée]s|actions|titres|bons)\b[^;]{0,120}?` +
    // The exercise shares as an item of their own, with their own article ("and any shares issued on exercise"); a
    // bare "and" joins nouns the one qualifier covers ("the shares and warrants issued on conversion").
    String.raw`(?:,|\band\b|\bas well as\b|\bet\b|\bainsi que\b) (?:any|all|the|such|les|des|toutes les|tous les)\b` +
    String.raw`[^;]{0,80}?` +
    String.raw`\b(?:units?|shares?|securities|warrants?|unit[ée]s|actions|titres|bons)\b`
)
/** A hold on the shares of an exercise or a conversion only: distributed from securities distributed before. */
function fromEarlier(text: string): boolean {
  const at = EARLIER_DISTRIBUTION.exec(text)
  if (!at) return false
  if (!at[0].includes('exercise') && !at[0].includes('conversion')) return true
  const clause = text.slice(0, at.index)
  return !LISTED_BEFORE.test(clause.slice(clause.lastIndexOf(';') + 1))
}

/** The hold period a sentence states: its kind, its wording and its expiry. */
export function holdPeriod(sentence: Sentence): HoldPeriod | undefined {
  const text = sentence.norm.text
  if (!HOLD_WORDING.test(text)) return undefined
  // A sentence that frees some securities and holds others: the hold is read from the clause that binds.
  const bound = boundFrom(text)
  const base = bound ?? 0
  const held = base > 0 ? text.slice(base) : text
  const four = FOUR_MONTHS.exec(held) ?? FOUR_MONTHS_FR.exec(held)
  const fourKind = four?.groups?.day ? 'four months and a day' : 'four months'
  const other = four || US_HOLDING.test(text) ? null : OTHER_PERIOD.exec(held)
  const period = other?.groups?.after ?? other?.groups?.before
  const kind: HoldPeriod['kind'] = bound === undefined ? 'none' : four ? fourKind : period ? 'other period' : 'other'
  const at = four ?? HOLD_NAMED.exec(held)
  // Another period: the finding sits on its words ("three months and one day").
  const from = base + (other && period ? other.index + other[0].indexOf(period) : (at?.index ?? 0))
  const to = other && period ? from + period.length : base + (at?.index ?? 0) + (at?.[0].length ?? held.length)
  const hold: HoldPeriod = {sentence, kind, tranche: trancheNamed(text), ...spanOf(sentence.norm, from, to)}
  if (fromEarlier(text)) hold.earlier = true
  const stated = HOLD_EXPIRY.exec(text)
  const expiry = stated ?? HOLD_APPOSED.exec(text)
  const written = expiry?.slice(1).find(Boolean)
  const date = written ? parseDate(written) : undefined
  if (expiry && written && date) {
    const start = expiry.index + expiry[0].length - written.length
    hold.expiry = {date, ...spanOf(sentence.norm, start, start + written.length), ...(stated ? {} : {apposed: true})}
    if (inclusiveExpiry(text, expiry, written, start + written.length)) hold.expiry.inclusive = true
  }
  return hold
}

/**
 * Tranches named together, then their expiries "respectively": "The shares issued in the first and second tranches are
 * subject to hold periods expiring on March 21, 2027 and April 5, 2027, respectively", « les première et deuxième
 * tranches … respectivement ». The labels in the order of the dates.
 */
const LISTED_TRANCHES = pattern(
  String.raw`\b((?:first|second|third|fourth|initial)(?:(?:,| and|, and) (?:second|third|fourth|fifth|final|last)){1,4})` +
    String.raw` (?:tranches|closings)\b`
)
const LISTED_TRANCHES_FR = pattern(
  String.raw`(?<![a-zà-ÿ])((?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me)(?:(?:,| et) (?:deuxi[èe]me|seconde|` +
    String.raw`troisi[èe]me|quatri[èe]me|derni[èe]re)){1,4}) tranches\b`
)
const RESPECTIVELY = /\brespectively\b|\brespectivement\b/
const DATES = pattern(DATE, 'g')

/** Each tranche's hold where the sentence lists the tranches, then their expiries "respectively". */
function respectiveHolds(
  sentence: Sentence,
  hold: HoldPeriod & {expiry: NonNullable<HoldPeriod['expiry']>}
): HoldPeriod[] {
  const text = sentence.norm.text
  if (!RESPECTIVELY.test(text)) return []
  const listed = LISTED_TRANCHES.exec(text) ?? LISTED_TRANCHES_FR.exec(text)
  if (!listed) return []
  const labels = listed[1].split(/,? and |,? et |, /).map((label) => FRENCH_TRANCHE_LABELS[label] ?? label)
  const at = HOLD_EXPIRY.exec(text)
  if (!at) return []
  const dates = [...text.slice(at.index).matchAll(DATES)].map((m) => ({written: m[0], index: at.index + m.index}))
  if (dates.length !== labels.length) return []
  const holds: HoldPeriod[] = []
  for (const [i, {written, index}] of dates.entries()) {
    const date = parseDate(written)
    if (!date) return []
    const expiry = {date, ...spanOf(sentence.norm, index, index + written.length)}
    holds.push({...hold, tranche: labels[i], expiry, ...(i === 0 ? {} : {kind: 'other' as const, ...expiry})})
  }
  return holds
}

/**
 * Whether the sentence's expiry stands in a clause before the one that names a tranche, cut from it by a semicolon or
 * by "while" / "and those": "The shares issued in it are subject to a hold period expiring on April 4, 2027; those
 * issued in the first tranche …". That expiry is not the named tranche's.
 */
function laterClause(text: string, trancheAt: number): boolean {
  const at = HOLD_EXPIRY.exec(text) ?? HOLD_APPOSED.exec(text)
  return at !== null && at.index < trancheAt && CLAUSE_CUT.test(text.slice(at.index, trancheAt))
}
const CLAUSE_CUT = pattern(String.raw`;|,? (?:while|whereas|and) (?:those|the (?:shares|securities|units))\b`)
function withoutTranche(hold: HoldPeriod): HoldPeriod {
  const {tranche: _named, ...rest} = hold
  return rest
}

/**
 * The hold periods a sentence states: one, or one per tranche where it dates each tranche's ("The securities issued
 * in the first tranche are subject to a hold period expiring on March 19, 2027, and those issued in the final tranche
 * to a hold period expiring on April 11, 2027"): each clause from a tranche's name to the next holds that tranche's
 * expiry.
 */
export function holdPeriods(sentence: Sentence): HoldPeriod[] {
  const hold = holdPeriod(sentence)
  if (!hold?.expiry) return hold ? [hold] : []
  const text = sentence.norm.text
  const respective = respectiveHolds(sentence, {...hold, expiry: hold.expiry})
  if (respective.length > 0) return respective
  const named = tranchesIn(text)
  if (named.length === 1) return [laterClause(text, named[0].index) ? withoutTranche(hold) : hold]
  if (named.length < 2 || new Set(named.map((n) => n.label)).size !== named.length) return [hold]
  const holds: HoldPeriod[] = []
  named.forEach(({index, label}, i) => {
    const from = i === 0 ? 0 : index
    const clause = text.slice(from, named[i + 1]?.index ?? text.length)
    const stated = HOLD_EXPIRY.exec(clause)
    const written = stated?.slice(1).find(Boolean)
    const date = written ? parseDate(written) : undefined
    if (!stated || !written || !date) return
    const start = from + stated.index + stated[0].length - written.length
    const inclusive = inclusiveExpiry(text, stated, written, start + written.length)
    const expiry = {date, ...spanOf(sentence.norm, start, start + written.length), ...(inclusive ? {inclusive} : {})}
    // Each clause's own words of the period, if it states them; else its expiry alone (no period to warn on).
    const four = FOUR_MONTHS.exec(clause)
    if (i === 0 && (four || hold.kind === 'other')) {
      holds.push({...hold, tranche: label, expiry})
      return
    }
    const kind = four ? (four.groups?.day ? 'four months and a day' : 'four months') : 'other'
    const at = four ? spanOf(sentence.norm, from + four.index, from + four.index + four[0].length) : expiry
    holds.push({sentence, kind, tranche: label, start: at.start, end: at.end, expiry})
  })
  if (holds.length === named.length) return holds
  // A clause whose expiry is not read (copy split its words: "a hold period expir ing March 7, 2027"): the expiry read
  // is that of the tranche whose clause states it, not the first named.
  const at = HOLD_EXPIRY.exec(text) ?? HOLD_APPOSED.exec(text)
  const own = at ? named.filter(({index}) => index <= at.index).at(-1) : undefined
  return [own ? {...hold, tranche: own.label} : hold]
}

/** The release's date, as its dateline writes it. */
export function datelineDate(layout: Partial<Pick<Layout, 'dateline'>>): ClosingDate | undefined {
  const block = layout.dateline
  // A stock service's stamp dates its copy: "2025-03-14 16:21 ET - News Release".
  const stamped = block ? stampDate(block.norm.text) : undefined
  if (block && stamped) return {date: stamped, ...spanOf(block.norm, 0, 'yyyy-mm-dd'.length)}
  const found = block ? WRITTEN_DATE.exec(block.norm.text) : null
  // Its date as the calendar's numbers, where it comes first: "VANCOUVER, BC, 2027-03-02 – …".
  const iso = block ? isoDate(block.norm.text.slice(0, LIMITS.datelinePrefix + 'yyyy-mm-dd -'.length)) : undefined
  if (block && iso && (!found || iso.index < found.index))
    return {date: iso.date, ...spanOf(block.norm, iso.index, iso.index + 'yyyy-mm-dd'.length)}
  const date = found ? parseDate(found[0]) : undefined
  // "… expiring on July 4, 2026" is a date the release states, not the release's date; so is another event's date a
  // lead run into its dateline gives, in parentheses too: "has closed its previously announced (October 28, 2024)
  // private placement" (a copy that lost the dateline's own date).
  const before = block && found ? block.norm.text.slice(0, found.index).replace(/\(\s?$/, '') : ''
  if (!block || !found || !date || STATED_ON.test(before) || ANNOUNCED_ON.test(before)) return undefined
  return {date, ...spanOf(block.norm, found.index, found.index + found[0].length)}
}

/** A hold counted from the release's date: "four months and one day from the date hereof", « à compter d'aujourd'hui ». */
const FROM_TODAY = pattern(
  String.raw`\b(?:from|after) (?:today|the date hereof|the date of this (?:news |press )?release)\b` +
    "|à compter (?:d'aujourd'hui|de la date des présentes)"
)

/** Whether a hold period's sentence counts it from the release's date, which is then the distribution date. */
export function holdFromToday(hold: HoldPeriod): boolean {
  return FROM_TODAY.test(hold.sentence.norm.text)
}

/** A day before the release's, by its name, not followed by its date ("on Friday, March 5, 2027" is that date). */
const DAY_BEFORE = String.raw`(yesterday|(?:on |last )(?:${WEEKDAYS.join('|')})(?!,? (?:\d|[a-z]{3,9}\.? \d)))`
const DAY_BEFORE_FR = String.raw`(hier|(?:${WEEKDAYS_FR.join('|')}) dernier)`
/**
 * A closing stated on a day before the release's, by its name: "closed yesterday", "on Friday, the Company closed",
 * "completed … last Friday", « a clôturé hier », « vendredi dernier, la Société a clôturé ».
 */
const CLOSED_BEFORE = pattern(
  String.raw`\b(?:closed|completed|closing)\b[^.]{0,${LIMITS.closedDateWindow}}?\b${DAY_BEFORE}\b` +
    String.raw`|\b${DAY_BEFORE},? (?:the company |it )?(?:has |have )?(?:closed|completed)\b` +
    String.raw`|(?<![a-zà-ÿ])(?:clôtur|clotur|conclu|réalis|realis)[^.]{0,${LIMITS.closedDateWindow}}?` +
    String.raw`(?<![a-zà-ÿ])${DAY_BEFORE_FR}(?![a-zà-ÿ])` +
    String.raw`|(?<![a-zà-ÿ])${DAY_BEFORE_FR},? (?:la société |la societe |elle )?a (?:clôtur|clotur|conclu|réalis|realis)`
)

/**
 * The day before the release's date a sentence says the closing came ("closed yesterday": the day before; "closed on
 * Friday" in a Tuesday release: four days before), with its words; undefined where it names none, or where the day
 * named is the release's own weekday ("on Tuesday" in a Tuesday release: today or a week before, not told).
 */
export function closedBefore(sentence: Sentence, released: Date): {days: number; said: Span} | undefined {
  const text = sentence.norm.text
  if (!text.includes('day') && !text.includes('hier') && !text.includes('dernier')) return undefined
  const found = CLOSED_BEFORE.exec(text)
  const said = found?.slice(1).find(Boolean)
  if (!found || !said) return undefined
  const start = found.index + found[0].lastIndexOf(said)
  const span = spanOf(sentence.norm, start, start + said.length)
  if (said === 'yesterday' || said === 'hier') return {days: 1, said: span}
  const name = said.replace(/^(?:on|last) /, '').replace(/ dernier$/, '')
  const back = (released.getDay() - Math.max(WEEKDAYS.indexOf(name), WEEKDAYS_FR.indexOf(name)) + 7) % 7
  // "last Friday" in a Friday release: a week before.
  if (back === 0 && !said.startsWith('last') && !said.endsWith('dernier')) return undefined
  return {days: back === 0 ? 7 : back, said: span}
}

/** Whether a sentence states the closing as of the release's date ("closed today", "on the date hereof"). */
export function closesToday(text: string): boolean {
  return TODAY.test(text) && CLOSED_TODAY.test(text)
}

/**
 * A later tranche's date in a sentence that closed an earlier one, its verb left out: "closed the first tranche on
 * November 6, 2026 …, and the second tranche on November 20, 2026"; read from the tranche's name, never an expiry's
 * or another event's date ("the second tranche, expiring on …", "the second tranche announced on …").
 */
const TRANCHE_ON = pattern(
  String.raw`^(?:(?!expir|until|hold|before|after|announc|dated)[^.]){0,${LIMITS.priceContext}}?\bon ${WEEKDAY}(${DATE})`
)

/**
 * The distribution dates a sentence states: its closing's ("closed on March 3, 2026"), and, where it closed one
 * tranche and names others each with a date of its own, each later tranche's ("… and the second tranche on November
 * 20, 2026"), each clause from a tranche's name to the next that tranche's.
 */
export function closingDates(figures: SentenceFigures, released?: Date): ClosingDate[] {
  const first = closingDate(figures, released)
  const {sentence, text} = figures
  const named = first ? tranchesIn(text) : []
  if (!first || named.length < 2 || new Set(named.map((n) => n.label)).size !== named.length)
    return first ? [first] : []
  // The stated closing is the first tranche's: it lies before the second tranche's name.
  const firstAt = CLOSED.exec(text)?.index
  if (firstAt === undefined || firstAt > named[1].index) return [first]
  const dates: ClosingDate[] = [{...first, tranche: named[0].label}]
  for (const [i, {index, label}] of named.entries()) {
    if (i === 0) continue
    const clause = text.slice(index, named[i + 1]?.index ?? text.length)
    const on = TRANCHE_ON.exec(clause)
    const written = on?.[1]
    const date = written ? parseDate(written) : undefined
    if (!on || !written || !date) continue
    const start = index + on[0].length - written.length
    dates.push({date, tranche: label, ...spanOf(sentence.norm, start, start + written.length)})
  }
  return dates
}

/**
 * A closing stated as concurrent with the event the paragraph before it dates ("… announces the completion on December
 * 3, 2026 of its Qualifying Transaction." ⏎ "Concurrently, the Resulting Issuer closed a non-brokered private placement
 * …"): that event's date is the closing's, not the release's.
 */
export function concurrentClosing(sentence: Sentence, before: Sentence | undefined): ClosingDate | undefined {
  const text = sentence.norm.text
  if (!before || !CONCURRENTLY.test(text) || !CLOSES_NOW.test(text)) return undefined
  // The event is the paragraph's before it ("… the completion on December 3, 2026 of its Qualifying Transaction …. The
  // Resulting Issuer issued 20,000,000 shares …").
  const {norm} = before.block
  const event = EVENT_ON.exec(norm.text)
  const written = event?.[1]
  const date = written ? parseDate(written) : undefined
  if (!event || !written || !date) return undefined
  const start = event.index + event[0].length - written.length
  return {date, ...spanOf(norm, start, start + written.length)}
}
const CONCURRENTLY = pattern(String.raw`^(?:concurrently|simultaneously|at the same time)\b`)
const CLOSES_NOW = pattern(String.raw`\b(?:closed|completed)\b`)
const EVENT_ON = pattern(String.raw`\b(?:complet(?:ed|ion)|clos(?:ed|ing))\b[^.;]{0,60}?\bon ${WEEKDAY}(${DATE})`)

/**
 * Another date listed beside a closing's: "the three tranches, which closed on November 6, November 20 and December
 * 4, 2026", « le 6 novembre et le 20 novembre 2026 ». Several distributions: none of the dates is one closing's.
 */
const LISTED_DATE_AFTER = pattern(
  String.raw`^(?:,? and|,? or|,? et|,|;) (?:on |le )?${WEEKDAY}(?:${DATE}|${DAY_OF_YEAR})`
)
const LISTED_DATE_BEFORE = pattern(String.raw`(?:${DATE}|${DAY_OF_YEAR})(?:,? and|,? et|,) (?:on |le )?$`)

/** The distribution date a sentence states ("closed on March 3, 2026"). */
export function closingDate(
  {sentence, text, digits, counts, moneys}: SentenceFigures,
  released?: Date
): ClosingDate | undefined {
  // "closed on April 28" without its year: the year of the release (the one before, were that later).
  const yearless = digits && released ? CLOSED_ON_DAY.exec(text) : null
  const issued = digits
    ? ((counts.length > 0 && moneys.length > 0 ? ISSUED_ON.exec(text) : null) ?? ISSUED_PASSIVE.exec(text))
    : null
  const closed = digits ? (CLOSED.exec(text) ?? yearless ?? issued) : null
  if (
    closed &&
    closed === issued &&
    ISSUED_RELATIVE.test(text.slice(0, closed.index).trimEnd()) &&
    !HOLD_WORDS.test(text)
  )
    return undefined
  const written = closed ? closed.slice(1).find((group) => group !== undefined) : undefined
  const date = written && closed === yearless ? dayBefore(written, released!) : written && parseDate(written)
  if (!closed || !written || !date) return undefined
  const start = closed.index + closed[0].indexOf(written)
  // "closed the placement announced on January 9, 2026": the date is the announcement's, not the closing's.
  if (ANNOUNCED_ON.test(text.slice(Math.max(0, start - LIMITS.priceContext), start))) return undefined
  // One of several closings' dates listed together: not the distribution date of this one.
  const end = start + written.length
  if (LISTED_DATE_AFTER.test(text.slice(end, end + LIMITS.listedDateWindow))) return undefined
  if (LISTED_DATE_BEFORE.test(text.slice(Math.max(0, start - LIMITS.listedDateWindow), start))) return undefined
  return {date, tranche: trancheNamed(text), ...spanOf(sentence.norm, start, start + written.length)}
}

/**
 * Whether the release distributes securities under a prospectus exemption: it says so ("private placement",
 * "non-brokered", "shares for debt"), or, with no prospectus stated, names a class placements sell ("flow-through").
 * In a release that states a prospectus, a flow-through class is what the prospectus offers, and a private placement
 * in a sentence about the United States is the U.S. part of the offering.
 */
function placesPrivately(blocks: Block[], prospectus: boolean): boolean {
  return blocks.some((block) =>
    block.sentences.some(({norm: {text}}) =>
      prospectus
        ? PRIVATE_PLACEMENT.test(text) && !US_PART.test(text)
        : PRIVATE_PLACEMENT.test(text) || PLACEMENT_CLASS.test(text)
    )
  )
}

/**
 * A waiver of the Exchange's minimum price, granted or sought: "the TSX Venture Exchange has granted a discretionary
 * waiver of its $0.05 minimum pricing requirement", "subject to the Exchange waiving the minimum price", « une dispense
 * du prix minimum de 0,05 $ ». The Exchange may waive its floor for shares (TSX-V Policy 1.1, Discounted Market Price).
 */
const FLOOR_WAIVED = pattern(
  String.raw`\b(?:waive[drs]?|waiving)\b[^.]{0,120}?(?:\bminimum (?:issue |offering |share )?pric|\$0\.05\b|\bprice floor\b)` +
    String.raw`|(?:\bminimum (?:issue |offering |share )?pric\w{0,4}|\$0\.05 (?:minimum|floor))\b[^.]{0,80}?\b(?:waive[drs]?|waiving)\b` +
    String.raw`|(?<![a-zà-ÿ])dispense[^.]{0,80}?prix minim(?:um|al)`
)

/** What the release as a whole says of the offering: LIFE, private placement, prospectus, a closing. */
export function releaseFlags(
  blocks: Block[],
  layout: Layout,
  released: Date | undefined
): Pick<OfferingTerms, 'life' | 'privatePlacement' | 'prospectus' | 'closing' | 'issued' | 'tranche' | 'floorWaived'> {
  const all = blocks.map((block) => block.norm.text).join('\n')
  const opening = blocks
    .slice(0, layout.openingEnd + 1)
    .map((block) => block.norm.text)
    .join('\n')
  return {
    life: namesLife(blocks, all, released),
    floorWaived: (all.includes('waiv') || all.includes('dispense')) && FLOOR_WAIVED.test(all),
    privatePlacement: placesPrivately(blocks, PROSPECTUS.test(all)),
    prospectus: PROSPECTUS.test(all),
    closing: CLOSES.test(opening.replace(TO_CLOSE, '')),
    issued: ISSUED_DONE.test(opening),
    // The tranche the headline and the lead say closed.
    tranche: trancheClosed(
      blocks
        .slice(0, layout.leadEnd + 1)
        .map((block) => block.norm.text)
        .join('\n')
    )
  }
}
