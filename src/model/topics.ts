/**
 * What a release speaks of, decided once per draft: an offering of securities
 * (triggers the U.S. legend), scientific or technical information about a
 * mineral project (triggers the NI 43-101 QP statement), forward-looking
 * matters (trigger the NI 51-102 Part 4A caution). Each comes with the words
 * that decided it, so a message can say why the rule applies.
 */
import {livePatterns, type Block, type Sentence} from './document.js'
import {spanOf, type Span} from './text.js'
import {frenchWords, LETTER} from './french.js'
import {checked, execChecked} from './prefilter.js'
import {boundedNames, escapeRegExp, EXCHANGE_NAMES} from './vocabulary.js'
import {pattern} from './pattern.js'
import {isThreshold, statesCondition} from './thresholds.js'

/**
 * How strong the evidence for a trigger is. Strong: the release itself states
 * the thing (a grade over a width, a resource in tonnes and grade; the issuer
 * says what it will do). Weak: a word that often goes with it (a study merely
 * named, "high-grade", production figures; a bare "will" of a third party).
 * Rules report a missing statement as an error on strong evidence and as a
 * warning on weak.
 */
export type Strength = 'strong' | 'weak'

export interface Evidence extends Span {
  /** The words that decided it (normalized; a message quotes the source slice, not these). */
  words: string
  /** Strong or weak (see `Strength`). */
  strength: Strength
  /** How many signals were found. */
  count: number
  /** Sentences holding a signal, in order. */
  sentences: Sentence[]
}

export interface Topics {
  offering: Evidence | undefined
  technical: Evidence | undefined
  forwardLooking: Evidence | undefined
  /** The names the release defines for the issuer ("acme" in `("Acme" or the "Company")`), normalized. */
  issuerNames: string[]
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
  // CDIs: the CHESS Depositary Interests an issuer also on the ASX issues for its shares ("CDIs at an issue price of").
  /\b(?:units?|shares?|receipts?|cdis?) at (?:a |the |an )?(?:deemed |issue )?price of\b/,
  /\bper (?:unit|cdi|flow-through (?:unit|share)|subscription receipt)\b/,
  /\bgross proceeds\b/,
  /\beach unit (?:consists|consisting|is comprised|comprises|will consist|is composed)\b/,
  /\bfinders?'? ?(?:fees?|warrants?|commissions?)\b/,
  /\bagents?'? ?(?:fees?|commissions?|warrants?|options?)\b/,
  /\b(?:shares for debt|debt settlement|settle (?:outstanding )?(?:debt|indebtedness))\b/,
  /\bequity (?:drawdown |investment |line )?(?:facility|line)\b/,
  pattern(
    String.raw`\b(?:over-subscribed|oversubscribed|hard dollar|flow-thru|flow through|concurrent|strategic|equity)` +
      String.raw` (?:financing|private placement|offering)\b`
  ),
  /\bissued (?:an aggregate of )?[\d,]+ (?:common )?(?:shares|units) at\b/,
  /\b(?:closes?|closing|closed|announces?|completes?|completed|upsized?|upsizes|launch(?:es)?|arranges?)\b[^.]{0,60}\bfinancing\b/,
  // French (issue 13).
  /\bplacements? priv[ée]s?(?![a-zà-ÿ])/,
  /\bsans l'entremise d'un courtier\b/,
  /\b(?:actions?|unit[ée]s?)(?: ordinaires?)? accr[ée]ditives?\b/,
  /\bre[çc]us? de souscription\b/,
  /\b(?:unit[ée]s?|actions?) au prix (?:de|d'[ée]mission de|r[ée]put[ée] de)\b/,
  /\bpar (?:unit[ée]|action accr[ée]ditive|re[çc]u de souscription)(?![a-zà-ÿ])/,
  /\bproduit brut\b/,
  /\bchaque unit[ée] (?:est compos[ée]e|se compose|comprend|consiste|sera compos[ée]e)\b/,
  /\b(?:frais|commissions?|honoraires) d'interm[ée]diation\b|\bbons? de souscription de courtier\b/,
  /\bfinancement (?:de l'|des )[ée]metteurs? cot[ée]s?(?![a-zà-ÿ])/,
  /\b(?:cl[ôo]ture|annonce|conclut|r[ée]alise|lance)\b[^.]{0,60}\bfinancement\b/
]

/**
 * Signals of scientific or technical information (NI 43-101 s.1.1
 * "exploration information"). A grade is decisive on its own; other figures
 * (widths, tonnages, metres drilled) in company; words alone ("mineralization",
 * "drill-ready") only in number, since a corporate release may describe a
 * project in passing.
 */
const GRADE_UNITS = [
  // "g/t", "g/tonne", "g/ton", "grams/tonne", the JORC style "g Au/t", "kg/t" (high-grade silver), "oz/ton".
  String.raw`g\/t(?:on(?:ne)?s?)?`,
  // With a slash between the words, as older US data writes them: "grams/ton", "1.10 ounces/ton".
  String.raw`grams?\/ton(?:ne)?s?`,
  String.raw`g (?:au|ag|pt|pd|aueq|ageq)\/t`,
  String.raw`kg\/t`,
  'gpt',
  // In words, as interviews and US releases write them: "1.3g per tonne", "1.03 grams per ton", "13.5 grams of gold
  // per tonne".
  String.raw`g(?:rams?)? per (?:metric )?ton(?:ne)?s?`,
  String.raw`grams? of (?:gold|silver|platinum|palladium) per (?:metric )?ton(?:ne)?s?`,
  // The metal between the grams and the tonne, or the tonne left out, as The Northern Miner and some issuers write a
  // grade: "3.09 grams gold per tonne", "130 metres grading 1 gram gold", "13 metres of 4.03 grams gold" (not
  // "grams of gold", a weight produced or held).
  String.raw`grams? (?:gold|silver|platinum|palladium)(?: equivalent)?(?: per (?:metric )?ton(?:ne)?)?`,
  String.raw`oz\/t(?:on(?:ne)?s?)?`,
  'opt',
  'ounces? per ton(?:ne)?',
  String.raw`ounces?\/ton(?:ne)?s?`,
  'ppm',
  'ppb',
  // Pounds per ton, as US deposits give them ("2.1 lbs/ton", "2.1 lbs U3O8 per ton").
  String.raw`lbs?\.? ?(?:(?:u3o8|v2o5) )?(?:\/|per) ?(?:short )?t(?:on|onne)?s?\b`,
  // Grades of other trades' materials: a brine's lithium (or potassium, boron) in mg/L, named by its element after
  // the unit ("612 mg/L Li") or before it in the sentence ("lithium concentrations of 488 to 612 mg/L"); a placer's
  // gold per bank cubic metre of gravel ("0.74 g/m³", "740 mg/m3", "0.74 g/BCM"); a kimberlite's diamonds per
  // hundred tonnes ("118 cpht", "1.18 carats per tonne").
  String.raw`mg\/l(?: (?:li|lithium|k|potassium|b|boron)\b|(?<=\b(?:lithium|li|brines?)\b[^.]{0,80}))`,
  String.raw`m?g ?\/ ?(?:m[3³]|[bl]cm\b|(?:bank )?cubic met(?:re|er)s?)`,
  String.raw`(?:grams?|milligrams?) per (?:bank )?cubic met(?:re|er)`,
  String.raw`oz ?\/ ?(?:cu\.? ?)?yd[3³]?|(?:oz|ounces?) per (?:cu\.? |cubic )yard`,
  String.raw`cpht|carats? per (?:hundred |100 )?tonnes?|ct ?\/ ?t\b`,
  // Diamonds counted in a sample whose mass the sentence states ("a 412 kg sample of core returned 312 diamonds",
  // "214 microdiamonds from 36.2 kg"): what sampling a kimberlite gives before it gives a grade.
  String.raw`(?:micro|macro)?diamonds(?=[^.]{0,100}\b(?:kg|kilograms?|tonnes?)\b)` +
    String.raw`|(?:micro|macro)?diamonds(?<=\b(?:kg|kilograms?|tonnes?)\b[^.]{0,120})`,
  // French: "6,8 grammes par tonne", "0,25 once par tonne".
  'grammes? par tonne',
  'onces? par tonne'
]
/** Grades in percent: elements, oxides, equivalents, metals by name. */
const PERCENT_GRADES = [
  'cu',
  // Copper by its species, as oxide projects assay it: total ("0.71% CuT", not a "cut-off" nor "a 15% cut in costs"),
  // acid-soluble ("0.52% CuAS", "CuSol") and cyanide-soluble ("CuCN") copper.
  String.raw`cut(?![- ]?off\b)(?! (?:in|of|to|back|on|for|by|the)\b)`,
  'cuas',
  'cusol',
  'cucn',
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
  // Industrial minerals and oxides: potash, graphite's total graphitic carbon, phosphate, tantalum, niobium, cesium,
  // molybdenite, fluorspar, barite, chromite, zircon, rare earth oxides.
  'k2o',
  'kcl',
  'tgc',
  String.raw`c\(g\)`,
  'p2o5',
  'mno',
  'ta2o5',
  'nb2o5',
  'cs2o',
  'mos2',
  'caf2',
  'baso4',
  'cr2o3',
  'zro2',
  'h?reo',
  // Any oxide written as its formula ("32.5% Fe3O4", "0.42% SnO2", "61.2% SiO2"), not a gas of emissions or water.
  String.raw`(?!(?:co|no|so)2|h2o)[a-z][a-z]?(?:2|3)o(?:2|3|4|5)?`,
  String.raw`(?!(?:co|no|so)2|h2o)[a-z][a-z]?o(?:2|3)`,
  // Heavy mineral sands: total heavy minerals ("9.6% THM", "5.1% HM", "9.6% total heavy minerals").
  'thm',
  'hm',
  '(?:total )?heavy minerals?',
  'ndpr',
  'li',
  'cueq',
  'aueq',
  'zneq',
  'nieq',
  '(?:total )?graphitic carbon',
  'ageq',
  'pteq',
  'pdeq',
  'moeq',
  // A metal by name, unless a name goes on after it: "(50% Teuton, 50% Silver Grail)" is ownership, not a grade; its
  // oxide named in words is a grade ("4.14% Lithium Oxide", "0.42% vanadium pentoxide").
  String.raw`(?:copper|nickel|zinc|lead|lithium|gold|silver|antimony|tungsten|graphite|cobalt|molybdenum|uranium|tin|iron|` +
    String.raw`vanadium|manganese|potash)(?! (?!(?:over|and|or|with|from|in|at|across|along|for|per|within|between|` +
    String.raw`to|plus|grade|values?|content|oxides?|pentoxide|trioxide|octoxide)\b|equivalent|eq)[a-z])`,
  // French: "1,2 % de cuivre", "0,8 % Cu" (the symbols above), "4,5 % de carbone graphitique".
  'de cuivre',
  'de nickel',
  'de zinc',
  'de plomb',
  'de cobalt',
  'de lithium',
  'de graphite',
  'de molybd[èe]ne',
  "d'uranium",
  'de vanadium',
  'de mangan[èe]se',
  'de carbone graphitique',
  'carbone graphitique',
  'cuivre',
  'plomb'
]
const QUANTITY_UNITS = [
  'tonnes',
  't',
  'mt',
  'kt',
  'ounces',
  'oz',
  'koz',
  'moz',
  'lbs',
  'pounds',
  'mlbs?',
  'blbs?',
  // French: "142 000 onces", "2,3 millions de tonnes", "1,1 million d'onces", "45 millions de livres".
  'onces',
  'livres',
  'millions? de tonnes',
  "millions? d'onces",
  'millions? de livres'
]
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
  'intercepted',
  // French: "forage", "sondage", "trou de forage", "carotte de forage", "intersecté(e)s", "recoupé" (the word
  // ends before its accented letter: `\b` is ASCII).
  'forages?',
  'sondages?',
  'trous? de forage',
  'carottes? de forage',
  'intersect(?=[ée])',
  'recoup(?=[ée])'
]
const RESOURCE_WORDS = [
  'mineral resources?',
  'mineral deposit',
  'mineral reserves?',
  'resource estimate',
  'measured and indicated',
  'inferred (?:mineral )?resources?',
  'indicated (?:mineral )?resources?',
  // Named by category without "mineral", or together, as royalty companies and majors write them: "Proven and
  // Probable reserves of 2.1 Moz", "M&I resources", "7.2 Moz Au in total reserves and resources".
  '(?:measured|m&i) (?:mineral )?resources?',
  '(?:proven|probable|p&p)(?: and probable)? reserves?',
  'reserves? (?:and|&) resources?',
  'resources? (?:and|&) reserves?',
  'historical (?:mineral )?(?:resource|estimate)s?',
  // French: "ressources minérales indiquées", "ressources présumées", "réserves minérales probables",
  // "mesurées et indiquées", "estimation des ressources", "estimation historique".
  'ressources? min[ée]rales?',
  'r[ée]serves? min[ée]rales?',
  'ressources? (?:min[ée]rales? )?(?:indiqu[ée]es?|pr[ée]sum[ée]es?|mesur[ée]es?)',
  'r[ée]serves? (?:min[ée]rales? )?(?:probables?|prouv[ée]es?)',
  'mesur[ée]es? et indiqu[ée]es?',
  'estimations? (?:des |de la |de )?(?:ressources?|r[ée]serves?)',
  'estimations? historiques?'
]
const SURVEY_WORDS = [
  String.raw`geophysic\w*`,
  // Each in the plural too ("EM surveys", "gravity surveys"): `\b` after "survey" refused "surveys".
  String.raw`magnetic surveys?`,
  String.raw`airborne (?:\w+ )?surveys?`,
  'induced polarization',
  String.raw`ip surveys?`,
  String.raw`em surveys?`,
  'vtem',
  String.raw`gravity surveys?`,
  String.raw`lidar surveys?`,
  // An electromagnetic survey named in full ("electromagnetic ("EM") surveys") and what one finds: conductors.
  'electromagnetic',
  String.raw`conductive (?:lineaments?|zones?|trends?|corridors?)`,
  String.raw`(?:em|vlf|mobilemt|ground) conductors?`,
  // A brine project's survey ("Vertical Electrical Sounding", "VES survey").
  'vertical electrical sounding',
  String.raw`ves surveys?`
]
const STUDY_WORDS = [
  String.raw`\bpreliminary economic assessment\b`,
  String.raw`\bfeasibility study\b`,
  String.raw`\bnet present value\b`,
  String.raw`\bafter-tax npv\b`,
  String.raw`\bpre-tax npv\b`,
  // French: "étude (évaluation) économique préliminaire (EEP, ÉEP)", "étude de (pré)faisabilité", "valeur actuelle nette".
  frenchWords([String.raw`[ée](?:tude|valuation)s? [ée]conomiques? pr[ée]liminaires?`, '[ée][ée]p']),
  frenchWords([String.raw`[ée]tudes? de (?:pr[ée]-?)?faisabilit[ée]`, 'valeur actuelle nette'])
]

/** `\b(?:a|b|c)\b`: one of `words`, as whole words. */
const wholeWords = (words: readonly string[]) => String.raw`\b(?:${words.join('|')})\b`

/** Digits in a formula may be written as subscripts ("WO₃", "U₃O₈"): each digit matches either. */
const subscripted = (formula: string) =>
  formula.replace(/\d/g, (digit) => `[${digit}${String.fromCharCode(0x2080 + Number(digit))}]`)

/**
 * A whole figure, from its first digit ("9.8", "0.62", "1,250.5", ".5"; French "6,8", "1 250 000", "12 500,5"
 * with thousands grouped by spaces, no-break spaces being spaces in normalized text): never from the middle of
 * one, so the evidence quoted is the figure as written ("6,8 g/t", never "8 g/t"). Each part is bounded (linear
 * on runs of digits).
 */
const FIGURE = String.raw`(?<![\d.,])(?:\d{1,3}(?: \d{3}){1,12}(?:,\d{1,12})?(?![\d.,])|\d[\d,]{0,40}(?:\.\d{1,12})?|\.\d{1,12})`

/**
 * An assay table: a column of grades headed by its element and unit ("Au (g/t)", "Cu (%)", "Grade (g/t Au)"),
 * with figures after it (the rows; French ones with a decimal comma, "8,40").
 */
const ASSAY_TABLE = pattern(
  String.raw`\b(?:au|ag|pt|pd|grade|${PERCENT_GRADES.map(subscripted).join('|')})\s?[([]\s?` +
    String.raw`(?:${GRADE_UNITS.join('|')}|(?:wt\.? ?)?%)(?: [a-z]{1,4})?\s?[)\]](?=[\s\S]{0,200}?\d[.,]\d)|` +
    // A header of two rows, the units on the second ("| Au | Ag |" over "| (g/t) | (g/t) |"): the element's cell,
    // with a cell of a grade's unit alone after it in the header, and figures after that.
    String.raw`(?<=\|\s?)(?:au|ag|pt|pd|grade|gold|silver|copper|zinc|nickel|cobalt|lithium|uranium|` +
    String.raw`${PERCENT_GRADES.map(subscripted).join('|')})(?=\s?\|[^\d]{0,300}?\|\s?[([]?\s?` +
    String.raw`(?:${GRADE_UNITS.join('|')}|(?:wt\.? ?)?%)\s?[)\]]?\s?\|[\s\S]{0,200}?\d[.,]\d)`
)

export const GRADE_SIGNALS: RegExp[] = [
  pattern(String.raw`${FIGURE}\s?(?:${GRADE_UNITS.join('|')})(?![a-z])`),
  pattern(
    String.raw`${FIGURE}\s?(?:wt\.? ?)?(?:%|percent\b) ?(?:${PERCENT_GRADES.map(subscripted).join('|')})(?![a-z0-9])`
  ),
  ASSAY_TABLE
]

/** An interval over a width ("12.5 m grading 3.1 g/t", "over 4 metres at 2%"). */
const WIDTH = pattern(String.raw`${FIGURE}\s?(?:m|metres?|meters?|ft|feet) (?:grading|of \d|@|at \d|averaging)`)
/** French: "12,5 m à 6,8 g/t", "4,0 mètres titrant 2 %", "3,2 m d'une teneur de 5,1 g/t" (a grade first decides alone). */
const WIDTH_FR = pattern(
  String.raw`${FIGURE}\s?(?:m|m[èe]tres?|pi|pieds)(?![${LETTER}]) (?:à \d|titrant|@|d'une teneur|avec une teneur|de \d)`
)
/** "at" a grade, not at a price: "242,641 tonnes at weighted average prices of $4.14 per lb" is a hedge. */
const AT_GRADE = String.raw`at\b(?! (?:[a-z-]{1,15} ){0,3}(?:prices?|costs?|rates?)\b| ?[a-z]{0,2}\$)`
/**
 * Metal held, not in the ground: "10,000 ounces of physical silver", "of refined gold", "of silver bullion", "of
 * gold coins" (a treasury's holdings are no scientific or technical information).
 */
const HELD_METAL = String.raw`(?! (?:(?:physical|refined|minted|investment[- ]grade) |(?:[a-z]+ )?(?:bullion|coins?|bars?)\b))`
/** A quantity with a grade or of a material ("1.2 million tonnes at 2.1 g/t", "142,000 oz contained", "240,000 t of"). */
const QUANTITY_AT = pattern(
  String.raw`${FIGURE} ?(?:million |billion )?(?:${QUANTITY_UNITS.join('|')})\b ?` +
    String.raw`(?:of\b${HELD_METAL}|${AT_GRADE}|grading\b|@\b|contained\b|containing\b)`
)
/** A quantity with its grade ("1.2 million tonnes at 2.1 g/t", "2.3 Mt grading"), not an amount ("240,000 tonnes of"). */
const QUANTITY_GRADED = pattern(
  String.raw`${FIGURE} ?(?:million |billion )?(?:${QUANTITY_UNITS.join('|')})\b ?(?:${AT_GRADE}|grading\b|@\b|contained\b|containing\b)`
)
/** French: "1,2 Mt à 2,1 g/t", "2,3 millions de tonnes titrant", "142 000 onces contenues" ("de" only as a figure). */
const QUANTITY_FR = String.raw`${FIGURE} ?(?:million |billion )?(?:${QUANTITY_UNITS.join('|')})(?![${LETTER}]) ?`
const QUANTITY_AT_FR = pattern(
  QUANTITY_FR + frenchWords(['de', 'à', 'titrant', "d'une teneur", 'à une teneur', 'contenues?', 'contenant'])
)
const QUANTITY_GRADED_FR = pattern(
  QUANTITY_FR + frenchWords(['à', 'titrant', "d'une teneur", 'à une teneur', 'contenues?', 'contenant'])
)
/** A resource or reserve in tonnes or ounces ("4.1 Mt of Indicated Mineral Resources", "resources of 1.2 Moz"). */
const RESOURCE_QUANTITY = pattern(
  String.raw`${FIGURE} ?(?:million |billion )?(?:${QUANTITY_UNITS.join('|')})\b[^.]{0,60}\b(?:${RESOURCE_WORDS.join('|')})\b` +
    String.raw`|\b(?:${RESOURCE_WORDS.join('|')})\b[^.]{0,60}${FIGURE} ?(?:million |billion )?(?:${QUANTITY_UNITS.join('|')})\b`
)
/**
 * How a drill hole is drilled or placed, between a count and "holes" ("diamond", "reverse circulation ("RC")",
 * "step-out"): one or two of them.
 */
const HOLE_KINDS =
  String.raw`(?:(?:diamond|core|rc|"?\(?"?rc"?\)?"?|reverse circulation|rotary|air[- ]?core|sonic|percussion` +
  String.raw`|exploration|infill|step-?out|surface|underground|additional|new) ){0,2}`
/**
 * A count of holes: a figure, a small number in words, or a number in words with its figure in parentheses as
 * lawyers write it ("twenty-one (21)", "seven (7)").
 */
const HOLE_COUNT = String.raw`(?:${FIGURE}|\b(?:${SMALL_NUMBER_WORDS.join('|')})|(?:\b[a-z]{3,9}(?:-[a-z]{3,6})? )?\(${FIGURE}\))`
/** Drilling done, counted ("2,056 metres drilled", "12 holes", "three diamond drill holes", "seven (7) RC holes"). */
const DRILLING_DONE = pattern(
  String.raw`${FIGURE} (?:metres|meters|m)\b[^.]{0,40}\b(?:drilled|of drilling|drill(?:ing)? program)\b` +
    String.raw`|${HOLE_COUNT} ${HOLE_KINDS}(?:drill ?)?holes\b` +
    // French: "2 056 mètres forés", "12 trous de forage", "trois sondages"; not millions of dollars ("1,5 M$", "2 M $").
    String.raw`|${FIGURE} (?:m[èe]tres|m)(?![${LETTER}$]| \$)[^.]{0,40}(?:for[ée]s|de forage|programme de forage)` +
    String.raw`|(?:${FIGURE}|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)) (?:trous|sondages|forages)(?![${LETTER}])`
)
/**
 * A geophysical survey done or measured, counted ("18.4 line-kilometres", « 857 km linéaires », "chargeability above
 * 25 mV/V", "a resistivity low of 200 ohm-m"): survey results stated with their figures, as drilling counted is
 * drilling done.
 */
const SURVEY_DONE = pattern(
  String.raw`${FIGURE} ?(?:line[- ]?(?:kilometres?|kilometers?|km)|l-km|lkm)\b|${FIGURE} ?(?:mv\/v|ms\/m|ohm[- ]?m)\b` +
    // French: "857 km linéaires", "30 kilomètres linéaires", "1 200 km-lignes", "400 lignes-km".
    String.raw`|${FIGURE} ?(?:km|kilom[èe]tres?)[- ](?:lin[ée]aires?|lignes?)(?![${LETTER}])|${FIGURE} ?lignes?[- ]km\b` +
    // What an EM survey found, measured: "122 km of conductive lineaments", "144 kilometres of cumulative conductors".
    String.raw`|${FIGURE} ?(?:km|kilometres?|kilometers?) of (?:[a-z-]{1,20} ){0,2}(?:conductors?|conductive)\b`
)
/** A study's results ("an after-tax NPV of US$512 million"), not a study merely named. */
const STUDY_RESULT = pattern(
  String.raw`\b(?:npv|net present value|irr|internal rate of return)\b[^.]{0,40}` +
    String.raw`(?:\$ ?\d[\d,]{0,12}(?:\.\d{1,3})?(?: ?(?:million|billion|m|b)\b)?|\d ?%)`
)
/** French: "une VAN après impôts de 512 M$", "un TRI de 24,5 %", "valeur actuelle nette de 1,2 milliard de dollars". */
const STUDY_RESULT_FR = pattern(
  frenchWords(['van', 'valeur actuelle nette', 'tri', 'taux de rendement interne']) +
    String.raw`[^.]{0,40}?(?:\$ ?\d|\d ?%|\d ?(?:m|g)?\$|\d (?:millions?|milliards?) de dollars)`
)
/**
 * A metallurgical test's result, the recovery with its figure and what it recovers or how ("gold recoveries of 86% to
 * 96%", "flotation recovery of 91.5%", « récupération aurifère de 86 % », « un taux de récupération de 92 % »): like
 * a study's result, technical information a qualified person approves. A recovery alone ("recovery of 50% of the
 * costs") is not one.
 */
const RECOVERY_FIGURE = String.raw`[^.%]{0,40}?\d{1,3}(?:[.,]\d{1,2})? ?%`
const METALLURGICAL_RESULT = pattern(
  String.raw`\b(?:metallurgical|gold|silver|copper|zinc|lead|nickel|cobalt|lithium|spodumene|graphite|uranium|metal` +
    String.raw`|au|ag|cu|zn|ni|flotation|leach|gravity|overall|process) recover(?:y|ies)\b${RECOVERY_FIGURE}` +
    String.raw`|(?<![a-zà-ÿ])(?:r[ée]cup[ée]rations? (?:aurif[èe]res?|argentif[èe]res?|m[ée]tallurgiques?|globales?` +
    String.raw`|(?:de l'|d'|du |en )(?:or|argent|cuivre|zinc|nickel|lithium|graphite))|taux de r[ée]cup[ée]ration)` +
    RECOVERY_FIGURE
)
/**
 * Radioactivity read with its figure in counts per second ("3.5 metres of off-scale radioactivity (greater than 65,535
 * counts per second)", "peaks of 28,400 cps"): a scintillometer's or spectrometer's reading on core, outcrop or
 * boulders, exploration information a uranium explorer reports in place of assays still to come.
 */
const RADIOMETRIC_READING = pattern(String.raw`\d ?(?:cps|counts per second)\b`)
/** Figures of production, sales or a royalty: real, but not the exploration or resource results a QP approves. */
const PRODUCTION = pattern(
  wholeWords([
    String.raw`produc\w*`,
    'nameplate',
    'capacity',
    String.raw`deliver\w*`,
    String.raw`royalt\w*`,
    // A metal stream, not a watercourse's samples ("stream sediment samples returned up to 312 ppm Cu", "stream-silt").
    String.raw`stream\w*(?![- ](?:sediments?|silts?|samples?|sampling|geochem\w*|beds?|banks?|gravels?|waters?|drainages?)\b)`,
    'sold',
    'sales',
    'guidance',
    'payable',
    'physical',
    // A mill at work: its throughput, the tonnes it milled and their head grade are production, not sample results.
    'throughput',
    String.raw`head[- ]grades?`,
    'milled',
    String.raw`mill feed`,
    // A heap leach operation's tonnes stacked on its pad, and their grade ("stacked 2.9 million tonnes of ore on the
    // heap leach pad at an average grade of 0.48 g/t gold").
    String.raw`leach pads?`,
    // A mine's output by what it mined ("Ore mined totalled 298,000 tonnes at 5.72 g/t gold").
    String.raw`(?:ore|tonnes|tons) mined`,
    // … and by what its mill processed, or the tonnes it mined or moved, the verb before ("The mill processed 402,000
    // tonnes at 3.36 g/t Au", "| Tonnes processed |", "Castine mined 231,000 tonnes of ore at 5.36 g/t Au").
    String.raw`(?:ore|tonnes|tons) (?:processed|treated)`,
    // Not a pilot's or a demonstration's ("the pilot plant processed 410 cubic metres of brine grading 62 mg/L Li"):
    // test work, whose grades are data.
    String.raw`(?<!\b(?:pilot|demonstration|demo|test) )(?:mills?|plants?|concentrators?) (?:processed|treated)`,
    String.raw`(?<!\b(?:pilot|demonstration|demo|test) (?:mills?|plants?|concentrators?) )` +
      String.raw`(?:processed|treated|mined|moved) (?:a total of |approximately |about |some )?\d[\d,.]{0,12} ?` +
      String.raw`(?:million |thousand )?(?:tonnes|tons|t|dmt|wmt)`,
    // French ("production", "produit" are read above): royalties, sales, deliveries, capacity.
    'redevances?',
    'ventes',
    'vendue?s?',
    'livraisons?',
    // « tonnes usinées », « teneur d'alimentation », « débit de l'usine ».
    String.raw`usin[ée]e?s?`,
    String.raw`teneur d.alimentation`,
    'capacit(?=[ée])'
  ])
)

const PRODUCTION_ALL = pattern(PRODUCTION.source, 'g')
/**
 * A company's name with its legal suffix, as written ("Tamsin Royalty Corp.", "Gold Stream Ltd.", « Redevances
 * Tamsin inc. »): capitalized words before the suffix.
 */
const COMPANY_NAME = pattern(
  String.raw`(?<![\p{L}\d])(?:\p{Lu}[\p{L}\d'’.&-]{0,30} (?:& |et )?){1,4}` +
    String.raw`(?:Inc|Corp|Corporation|Ltd|Limited|Lt[ée]e|LLC|PLC|Plc|AG|SA|inc|corp|lt[ée]e)(?![\p{L}])`,
  'gu'
)

/**
 * Whether a sentence speaks of production, sales or a royalty in its own words: a word of one inside a company's
 * name ("Tamsin Royalty Corp. reports …", a name the release defines for the issuer: "Gold Royalty") is a name.
 */
function speaksOfProduction(sentence: Sentence, names: string[]): boolean {
  const text = sentence.norm.text
  if (!PRODUCTION.test(text)) return false
  const named: Array<[number, number]> = []
  for (const match of sentence.raw.text.matchAll(COMPANY_NAME)) {
    const span = spanOf(sentence.raw, match.index, match.index + match[0].length)
    named.push([span.start, span.end])
  }
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const span = spanOf(sentence.norm, at, at + name.length)
      named.push([span.start, span.end])
    }
  }
  if (named.length === 0) return true
  for (const match of text.matchAll(PRODUCTION_ALL)) {
    const span = spanOf(sentence.norm, match.index, match.index + match[0].length)
    if (!named.some(([start, end]) => span.start >= start && span.end <= end)) return true
  }
  return false
}

/** A category of the CIM Definition Standards (NI 43-101 s.1.2, s.1.3), in English or French. */
const CATEGORY = pattern(
  String.raw`\b(?:measured|indicated|inferred|proven|probable)\b|` +
    frenchWords([
      String.raw`mesur[ée]es?`,
      String.raw`indiqu[ée]es?`,
      String.raw`pr[ée]sum[ée]es?`,
      String.raw`prouv[ée]es?`
    ])
)

/**
 * A drill or channel interval over a width where the sentence also speaks of production, sales or a royalty ("the
 * operator of Sable Creek, on which Quillon holds a 2% NSR royalty, has reported that hole SC-26-05 intersected 11.0
 * metres grading 412 g/t silver", "… returned 4.2 g/t Au over 6.0 m", « 6,8 g/t Au sur 12,5 m »): a length of core
 * or channel is never a mine's output, whoever drilled it.
 */
const INTERVAL_OVER = pattern(
  String.raw`(?:${GRADE_UNITS.join('|')}|%)(?: [a-z]{1,10}){0,2} (?:over|sur) ${FIGURE}\s?(?:m|metres?|meters?|m[èe]tres` +
    String.raw`|ft|feet)(?![${LETTER}])`
)
/**
 * A resource or reserve stated in tonnes or ounces where the sentence also speaks of production, sales or a
 * royalty: named before its quantity ("Mineral Reserves of 1.4 million ounces", "a mineral resource estimate of 412
 * million tonnes"), or a quantity graded and then categorized ("96 million tonnes grading 0.38% Cu in the Indicated
 * category"). A quantity before the resource word may be the mine's output ("produced 61,000 ounces … and hosts
 * reserves"), so it does not count there.
 */
const RESULT_BESIDE_PRODUCTION: RegExp[] = [
  WIDTH,
  WIDTH_FR,
  INTERVAL_OVER,
  pattern(
    String.raw`\b(?:${RESOURCE_WORDS.join('|')})\b[^.]{0,60}${FIGURE} ?(?:million |billion )?(?:${QUANTITY_UNITS.join('|')})\b`
  ),
  pattern(
    String.raw`${FIGURE} ?(?:million |billion )?(?:${QUANTITY_UNITS.join('|')})\b ?(?:grading|@) ` +
      String.raw`[^.]{0,60}(?:${CATEGORY.source})`
  ),
  // A quantity categorized at once, only its metal, a footnote mark and "in"/"of" between: "7.2 Moz Au total
  // reserves and resources", "47 Moz AuEq(1) in total reserves and resources", "2.1 Moz of Proven and Probable
  // reserves" (not a mine's output, which a verb ties to the quantity: "produced 61,000 ounces and hosts reserves").
  pattern(
    String.raw`${FIGURE} ?(?:million |billion )?(?:${QUANTITY_UNITS.join('|')})\b(?: [a-z]{1,2}(?:eq)?)?(?: ?\(\d\))?` +
      String.raw` (?:(?:in|of) )?(?:(?:total|contained|attributable|global) )?(?:${RESOURCE_WORDS.join('|')})\b`
  )
]

/**
 * Whether a sentence states only a mine's output, sales or a royalty (`speaksOfProduction`), with no result or estimate
 * beside it (`RESULT_BESIDE_PRODUCTION`): "Tern Lake processed 498,600 tonnes at a head grade of 2.88 g/t Au" is
 * production, not data a qualified person verifies.
 */
export function outputOnly(sentence: Sentence, names: string[]): boolean {
  const text = sentence.norm.text
  return speaksOfProduction(sentence, names) && !RESULT_BESIDE_PRODUCTION.some((re) => re.test(text))
}

/** Words of a person's past work in a biography. */
const PAST_WORK = String.raw`(?:previous|prior|former|formerly|tenure|career|before joining|prior to joining|credited with)`
/**
 * A person's career told in a biography: a personal pronoun with words of past work ("At his previous employer,
 * he led the team that discovered the Wren deposit, which hosts Indicated Mineral Resources of 2.4 million ounces",
 * « Auparavant, il a dirigé l'équipe qui a découvert le gisement Wren »). Its figures are of the deposits of the
 * person's past employers, not of the issuer's mineral project. So is a person named with an honorific (or a
 * pronoun) with the years of a past role ("As Vice President Exploration of Harmattan Gold from 2012 to 2020, Dr.
 * Okonkwo led the team that discovered the Sika deposit", « de 2010 à 2019, M. Ducharme a dirigé »), or with a past
 * role by its title ("Dr. Okonkwo was Vice President Exploration of Harmattan Gold, where she led …").
 */
/** A span of years a person held a past role in ("from 2012 to 2020", « de 2010 à 2019 »). */
const YEARS_HELD =
  String.raw`(?:from|between) (?:19|20)\d\d (?:to|and|until|through) (?:19|20)\d\d` +
  String.raw`|(?:de|entre) (?:19|20)\d\d (?:[àa]|et|jusqu'en) (?:19|20)\d\d`
/** A person named with an honorific ("Dr. Okonkwo", « M. Ducharme »; not the metre of "3.1 m. including"). */
const HONORED = String.raw`\b(?:mr|ms|mrs|dr|prof|mme)\. ?[a-z]|(?<!\d )\bm\. [a-z]`
/** The words of an office's title, in English (a past role, a career entry). */
const TITLE_WORDS = 'president|vice-president|chief|ceo|coo|cfo|director|manager|head|geologist|engineer|founder|chair'
/** A past role stated with its title ("was Vice President Exploration of", « a été directeur général de »). */
const PAST_ROLE =
  String.raw`(?:was|served as|held the (?:role|position|post) of)(?: (?:a|an|the))? (?:[a-z-]{1,20} ){0,3}?` +
  String.raw`(?:${TITLE_WORDS})` +
  String.raw`|(?:a [ée]t[ée]|[ée]tait|a occup[ée] le poste de|a agi (?:[àa] titre de|comme)) (?:[^ .]{1,20} ){0,3}?` +
  String.raw`(?:pr[ée]sident|vice-pr[ée]sident|chef|directeu|directrice|g[ée]ologue|ing[ée]nieu|fondat)`
/** Years a role was held: "2012-2020", "2018-present" (dashes normalized). */
const YEAR_RANGE = String.raw`(?:19|20)\d\d ?- ?(?:(?:19|20)\d\d|present|today|aujourd'hui)`
/**
 * A career entry as a biography lists it: a title first, then the employer and the years held ("Vice President
 * Exploration, Harmattan Gold (2012–2020): led the team that …", « Vice-présidente, Exploration, Harmattan Gold
 * (2012-2020) : a dirigé … »), the list's bullet before it.
 */
const CAREER_ENTRY =
  String.raw`^(?:[•·▪*-] ?)?(?:[a-z-]{1,20} ){0,3}?` +
  String.raw`(?:${TITLE_WORDS}` +
  String.raw`|pr[ée]sidente?|vice-pr[ée]sidente?|directeur|directrice|g[ée]ologue|ing[ée]nieure?|fondat(?:eur|rice))` +
  // The years in parentheses or before a colon: "(2012–2020)", "2012–2020:" (not "the 2025-2026 program").
  String.raw`\b[^.]{0,100}?(?:\(${YEAR_RANGE}\)|${YEAR_RANGE} ?:)`
export const CAREER = pattern(
  String.raw`${CAREER_ENTRY}|` +
    String.raw`\b(?:he|she|his|her)\b[^.]{0,120}\b${PAST_WORK}\b|\b${PAST_WORK}\b[^.]{0,120}\b(?:he|she|his|her)\b|` +
    // A named person's past role with its years: "As VP Exploration of Harmattan Gold from 2012 to 2020, Dr. Okonkwo".
    String.raw`(?:${HONORED})[^.]{0,160}(?:${YEARS_HELD})|(?:${YEARS_HELD})[^.]{0,160}(?:${HONORED})|` +
    String.raw`\b(?:he|she|il|elle)\b[^.]{0,120}(?:${YEARS_HELD})|(?:${YEARS_HELD})[^.]{0,120}\b(?:he|she|il|elle)\b|` +
    // A named person's past role by its title: "Dr. Okonkwo was Vice President Exploration of Harmattan Gold".
    String.raw`(?:${HONORED})[^.]{0,40}\b(?:${PAST_ROLE})|\b(?:he|she|il|elle) (?:${PAST_ROLE})|` +
    frenchWords([
      String.raw`(?:auparavant|pr[ée]c[ée]demment|avant de (?:se joindre|joindre|rejoindre)|au cours de sa carri[èe]re)` +
        String.raw`[^.]{0,120}(?<![${LETTER}])(?:il|elle)`
    ])
)

/** Strong technical evidence: results of sampling, drilling or estimation, stated with their figures. */
const STRONG_TECHNICAL: RegExp[] = [
  ...GRADE_SIGNALS,
  WIDTH,
  QUANTITY_GRADED,
  RESOURCE_QUANTITY,
  STUDY_RESULT,
  WIDTH_FR,
  QUANTITY_GRADED_FR,
  STUDY_RESULT_FR,
  METALLURGICAL_RESULT,
  RADIOMETRIC_READING
]

// Runs of digits and separators are read at most 40 characters from each start: unbounded, a long run (`1,1,1,…`)
// was read again from every digit in it (quadratic).
export const FIGURE_SIGNALS: RegExp[] = [
  ...GRADE_SIGNALS,
  WIDTH,
  QUANTITY_AT,
  // A resource or reserve in tonnes or ounces, its category named ("7.2 Moz Au total reserves and resources").
  RESOURCE_QUANTITY,
  pattern(
    String.raw`\bproduced (?:approximately |about |over )?${FIGURE} (?:million )?(?:ounces|oz|tonnes|pounds|lbs|mtus)\b`
  ),
  DRILLING_DONE,
  SURVEY_DONE,
  WIDTH_FR,
  QUANTITY_AT_FR,
  METALLURGICAL_RESULT,
  RADIOMETRIC_READING
]

/**
 * A study named ("the preliminary economic assessment", « l'étude de faisabilité »): technical information once it
 * exists, not in a sentence about plans ("has engaged Halcyon to prepare a PEA, which it expects to complete in
 * the third quarter"), as a study to come states nothing yet.
 */
const STUDY_NAMED = pattern(STUDY_WORDS.join('|'))
/** A resource the issuer's property holds, named without its figures ("the property hosts … a mineral resource"). */
const RESOURCE_HELD = /\b(?:hosts?|contains?)\b[^.]{0,120}\bmineral (?:resources?|reserves?)\b/

export const WORD_SIGNALS: RegExp[] = [
  /\bassay(?:s|ed| results| values| lab(?:oratory)?)?\b/,
  pattern(wholeWords(DRILLING_WORDS)),
  pattern(wholeWords(RESOURCE_WORDS)),
  // Samples taken, or sent for assay ("Samples have been sent to the laboratory and results are pending").
  /\b(?:channel|grab|rock|chip|soil|till|outcrop|trench|bulk) samples?\b|\bsampling (?:program|campaign|results)\b/,
  /\bsamples (?:were |have been |are being )?(?:sent|submitted|shipped|delivered) (?:to|for)\b/,
  pattern(wholeWords(SURVEY_WORDS)),
  /\bmetallurg\w*|\b(?:recovery|recoveries) (?:of|rate)/,
  // Mineralization, or the veins that host it, as mapping and prospecting describe them ("quartz veining with visible
  // gold", "a sheeted quartz vein system").
  /\b(?:mineralization|mineralized|mineralisation|mineralised|high-grade|grading|veining|quartz (?:veins?|stockworks?))\b/,
  pattern(wholeWords(MINERALS)),
  /\bqa\/qc\b|\bquality (?:assurance|control)\b|\bcertified reference materials?\b/,
  // French, each a kind of its own that English words do not reach (an accent or a French word order): grades and
  // analyses, samples, surveys, metallurgy, mineralization, minerals, QA/QC ("AQ/CQ").
  pattern(frenchWords(['teneurs?', "r[ée]sultats? d'analyses?", 'pyroanalyses?', 'titrages?'])),
  pattern(
    frenchWords([
      String.raw`[ée]chantillons? (?:choisis?|ponctuels?|instantan[ée]s?|de rainure|en rainure|de roche|de sol|de till|` +
        String.raw`d'affleurement|de tranch[ée]e)`,
      String.raw`[ée]chantillonnages?`,
      String.raw`campagne d'[ée]chantillonnage`
    ])
  ),
  pattern(
    frenchWords([
      String.raw`lev[ée]s? (?:g[ée]ophysiques?|magn[ée]tiques?|a[ée]roport[ée]s?|[ée]lectromagn[ée]tiques?|gravim[ée]triques?)`,
      'géophysiques?',
      String.raw`polarisation provoqu[ée]e`
    ])
  ),
  pattern(frenchWords(['métallurgi(?:e|ques?)', String.raw`taux de r[ée]cup[ée]ration`])),
  pattern(frenchWords([`minéralis[${LETTER}]{0,8}`, 'haute teneur', 'forte teneur', 'à teneur élevée'])),
  pattern(frenchWords(['sphalérite', 'galène', 'arsénopyrite', 'or visible', 'spodumène', 'molybdénite', 'stibine'])),
  pattern(
    frenchWords([
      String.raw`aq ?\/ ?cq`,
      String.raw`assurance (?:de la )?qualit[ée]`,
      String.raw`contr[ôo]le (?:de la )?qualit[ée]`,
      String.raw`mat[ée]riaux de r[ée]f[ée]rence certifi[ée]s`
    ])
  )
]

/**
 * Forward-looking information (NI 51-102 s.1.1): the issuer's statements about its future. Strong: a verb of
 * future or intent ("will drill", "intends to use the net proceeds", "expects", "is expected to close", "looks
 * forward to"), or the issuer, its offering or its proceeds as the subject of a modal ("the Company may", "the
 * Offering could"). Weak: words of the future that are not a statement of it (the adjectives "proposed",
 * "planned", "upcoming"; "subject to acceptance"; a "use of proceeds" heading). Not forward-looking at all: the
 * legal status of securities ("are subject to a four-month hold period"), the terms of an instrument ("each
 * warrant will entitle", "the RSUs will only vest after twelve months"), and "target" / "potential" as words of
 * geology ("a porphyry target").
 */
const SUBJECTS = [
  'the (?:company|corporation|issuer|partnership|board|parties)',
  String.raw`the (?:(?:proposed|private|non-brokered|brokered|concurrent|life|flow-through) )?` +
    '(?:offering|private placement|placement|financing|transaction|acquisition|closing|consolidation|arrangement)s?',
  String.raw`(?:the |its |our )?(?:net |gross |aggregate )?proceeds` +
    '(?: (?:of|from) the (?:offering|placement|private placement|financing))?',
  String.raw`(?:the |its |our )?(?:ongoing |planned |upcoming |proposed )?(?:drill(?:ing)? |exploration |work )?program(?:me)?s?`,
  'we',
  'management',
  'our (?:company|team|board|plan|goal|focus|priority)',
  // French: "la Société pourrait", "le placement pourrait".
  '(?:la|notre) (?:soci[ée]t[ée]|compagnie|direction)',
  'le (?:placement|financement|produit)'
]
/**
 * The issuer, a thing of its own or its people, right before "will": what it will do for itself is a plan, not an
 * engagement's terms.
 */
const NOT_A_FIRM =
  String.raw`\b(?:the (?:company|corporation|issuer)|we|our|it|this|these|proceeds|funds|financing|offering|` +
  String.raw`placement|capital|investment|acquisition|transaction|agreement|partnership|program(?:me)?|results|study|` +
  String.raw`team|management|board|directors|officers)`
/** What the subject is of, if said ("the proceeds of the private placement", "the funds from the offering"). */
const OF_WHAT = String.raw`(?: (?:of|from|under) (?:the |its |our |this )?[\w-]{1,25}(?: [\w-]{1,25})?)?`
/** Verbs after "will" that state an instrument's terms or a security's status, not a plan. */
const TERMS_VERBS = [
  'vest',
  'expire',
  // What becomes of a right not used in time: "warrants not exercised by then will be cancelled", "will be void",
  // "options will lapse ninety days after", "will be forfeited".
  String.raw`be (?:cancell?ed|void|null and void|forfeited)`,
  'lapse',
  // A director's term of office, as the statute and the articles fix it ("the directors will hold office until the next
  // annual meeting of shareholders").
  String.raw`hold office (?:until|for)`,
  // What a completed transaction leaves the issuer holding from now on ("with the acquisition, the Company will now hold
  // a 100% interest in the claims", "will now own 100% of the project"): a state, not a plan; without "now" ("on
  // closing, the Company will hold a 100% interest") the transaction is still to come.
  String.raw`(?<=\bnow )(?:hold|own|control)(?= (?:[\w.%-]{1,20} ){0,4}?(?:interest|stake|ownership|claims|property|` +
    String.raw`properties|project|of)\b)`,
  'entitle',
  // A right an agreement grants: "the Vendor will have the right to nominate a director", "will have the right to a
  // nominee on the board".
  String.raw`have (?:the |a )?(?:\w+ )?rights? (?:to|of)`,
  'consist',
  'comprise',
  'be comprised',
  'be composed',
  'have an exercise price',
  'be exercisable',
  'be exercised',
  'be subject to',
  'bear',
  'mature',
  'be convertible',
  'carry',
  'have a term',
  'be valid',
  // A listed security's status, not a plan: "the common shares will continue to trade on the TSX Venture Exchange".
  String.raw`continue to (?:trade|be (?:listed|quoted|traded))`,
  'be eligible',
  // A security's status under a statute, a defined term: "common shares that will qualify as "flow-through shares"
  // within the meaning of subsection 66(15) of the Income Tax Act".
  String.raw`qualify as ["“”]?(?:[\w-]{1,20} ){0,3}?[\w-]{1,20}["“”]? (?:within the meaning|for the purposes)`,
  'be priced',
  'be registered',
  // A prospectus's qualification is the Canadian counterpart: "will not be qualified for sale to the public".
  'be qualified',
  // The exemption a distribution relies on: "any offer and sale … will be made on a basis which is exempt".
  String.raw`be made (?:on an? (?:[\w-]{1,20} ){0,2}basis|in reliance|pursuant to)`,
  'be offered',
  'be sold',
  // An agreement's terms: who keeps a royalty or an interest ("the vendor will retain a 2% NSR royalty").
  String.raw`retain (?:a|an|the|its|their|his|her) (?:[\w.%-]{1,20} ){0,4}?(?:royalty|royalties|nsr|interest|stake)`,
  // A standstill's covenant, with its cap or the consent it needs ("Aurelian will not increase its holding above
  // 19.9% for two years without the board's consent", "will not acquire more than 15% of the shares"): a term.
  String.raw`(?<=\bnot )(?:increase|acquire|sell|transfer|dispose of)(?= [^.;]{0,80}?` +
    String.raw`(?:\bwithout (?:the )?(?:prior )?(?:written )?(?:[\w'’]{1,20} )?(?:consent|approval)\b|` +
    String.raw`\b(?:above|beyond|in excess of|more than) \d{1,2}(?:\.\d{1,2})? ?(?:%|per ?cent\b)))`,
  // An exchange ratio: "each holder will receive 0.5 of a share for each unit held".
  String.raw`receive (?:[\w.,$-]{1,20} ){1,8}?for (?:each|every)`,
  // A service agreement's terms: its fee ("the Company will pay Fairfax a monthly fee of $5,000", "the consultant will
  // receive compensation of $7,000 per month", "will not receive shares or options as compensation") and its renewal
  // ("will automatically continue on a month-to-month basis"). A decimal point is no sentence's end ("$6,000.00 per
  // month").
  String.raw`(?:pay|receive|be paid) (?:[^.;]|\.(?=\d)){0,60}?\b(?:fees?|per month|a month|monthly|retainer|compensation)\b`,
  // What a firm the issuer engages will do for it, as the engagement states it ("Harbourfront will provide investor
  // relations services", "will advise the Company on its financing alternatives", "will assist with introductions to
  // investors", "will trade shares of the Company to maintain a reasonable market"): its terms (TSX-V Policy 3.4 has an
  // investor relations engagement announced with them), not the issuer's plan. Not where the issuer, or a thing of its
  // own, is the subject ("the proceeds will help the Company advance the project", "we will provide services").
  String.raw`(?<!${NOT_A_FIRM}\b${OF_WHAT} (?:will|shall) (?:[a-z]+ )?)(?:(?:provide|render|perform) (?:[\w&'-]{1,25} ){0,5}?services|` +
    String.raw`(?:advise|assist|help|support) (?:the (?:company|corporation|issuer)\b|with\b)|` +
    String.raw`trade (?:[\w'-]{1,20} ){0,4}?(?:shares|securities)\b(?=[^.;]{0,100}\b(?:reasonable|orderly) market|` +
    String.raw`[^.;]{0,100}\bliquidity\b))`,
  // … and who funds a market maker's trades ("the capital and securities required for any trade will be provided by
  // Lakeshore").
  String.raw`be provided by(?<=\b(?:trades?|trading|market[- ]?making)\b[^.;]{0,80})`,
  // … in the active voice ("no third party will provide funds or securities for its market-making activities"), and
  // who bears the costs of the engagement ("Cormorant will be responsible for the costs it incurs").
  String.raw`provide (?:any |the )?(?:funds|capital|securities)\b(?=[^.;]{0,80}\b(?:market[- ]?making|trad(?:es?|ing))\b)`,
  String.raw`be responsible for (?:[\w'-]{1,20} ){0,4}?(?:costs?|expenses?|fees?|commissions?)\b`,
  // What the firm is not given, in the issuer's voice ("the Company will not issue any securities to Brightpath"), as
  // it is in the firm's ("will not receive shares"): a term, not a plan.
  String.raw`(?<=\bnot )issue (?:any )?(?:[\w-]{1,20} ){0,2}?(?:shares|options|securities|warrants|units)\b`,
  String.raw`receive (?:any )?(?:common )?(?:shares|options|securities)\b`,
  String.raw`continue on an? (?:[\w-]{1,20} ){0,2}basis`,
  // A debt instrument's terms: "interest will be payable semi-annually", "will be secured by a first charge", "the
  // conversion price will be adjusted for any consolidation", "will rank pari passu", "will be issued at a deemed
  // price of".
  'be payable',
  String.raw`be paid (?:in (?:cash|shares|arrears|kind)|semi-annually|quarterly|monthly|annually)`,
  // A stream's or an offtake's price per unit delivered, as its agreement fixes it ("Northpoint will pay the Company 20%
  // of the spot silver price for each ounce delivered", "will pay US$450 per ounce of gold delivered"): a term.
  String.raw`(?:pay|receive|be paid) (?:[^.;]|\.(?=\d)){0,80}?\b(?:for|per) (?:each )?(?:[\w-]{1,12} )?` +
    String.raw`(?:ounces?|oz|pounds?|lbs?|tonnes?|tons?) (?:of [\w-]{1,12} )?(?:delivered|sold)\b`,
  // A declared dividend's payment, its date and record date fixed ("the dividend will be paid on April 15, 2027 to
  // shareholders of record on March 31, 2027").
  String.raw`be paid (?:on|to) [^.;]{0,80}?\b(?:share|unit)?holders of record\b`,
  // … and its tax, as the statute applies it ("shareholders who are non-residents of Canada will have Canadian
  // withholding tax deducted from their dividends", "tax will be withheld at the treaty rate"): no forecast.
  String.raw`have (?:[\w-]{1,20} ){0,3}?tax(?:es)? (?:deducted|withheld)`,
  String.raw`be (?:deducted|withheld)(?<=\btax(?:es)?\b[^.;]{0,40})`,
  'accrue',
  'be calculated',
  // … with a consolidation: "the exercise price of the options will be proportionately adjusted".
  String.raw`be (?:proportionately |proportionally |correspondingly )?adjusted`,
  'be secured',
  String.raw`be (?:unsecured|subordinated|redeemable|transferable|non-transferable|denominated)`,
  'rank',
  String.raw`be issued (?:from treasury )?at (?:a )?(?:deemed )?price`,
  // A security's identifiers: "the new CUSIP number will be …", "will trade under the symbol RVG".
  String.raw`be (?:the|its) (?:new )?(?:cusip|isin)`,
  String.raw`trade under the (?:new |same )?(?:symbol|ticker|trading symbol)`,
  'remain unchanged',
  // A share unit's settlement, the choice its plan leaves ("the RSUs will be settled in common shares or cash at the
  // discretion of the Company", "will be settled in shares, cash or a combination of both"): a term, not a plan; a
  // debt "will be settled by issuing shares" is a transaction to come.
  String.raw`be settled (?:in|by|through|with|at) [^.;]{0,50}?\b(?:or|election|discretion)\b`,
  // … and the unit's settlement as its grant fixes it, the units the subject ("the RSUs vest one year from the date of
  // grant and will be settled in common shares on a one-for-one basis"), and when ("the DSUs will be settled on her
  // leaving the board", "will be redeemed upon the holder ceasing to be a director"): the plan's terms, not a plan of
  // the issuer.
  String.raw`be (?:settled|redeemed) (?:in|by|through|with|for|on|upon|when|after|following) ` +
    String.raw`(?<=\b(?:rsus?|psus?|dsus?|(?:share|stock) units?)\b` +
    String.raw`(?:(?! debt| indebtedness| amounts?\b| fees?\b| invoices?\b)[^.;]){0,100})`
]
/** Adverbs between "will" and a term that leave it a term ("will now expire", "will thereafter be exercisable"). */
const ADVERBS = [
  'only',
  'also',
  'not',
  'then',
  'now',
  'thereafter',
  'automatically',
  'immediately',
  'fully',
  'each',
  'all'
]
/**
 * The same in French, after « sera » / « seront »: a security's status or an instrument's terms (« seront
 * assujetties à une période de détention », « ne seront pas inscrits », « sera composée »), accents dropped too.
 */
const TERMS_FR = [
  'assujetti',
  'soumis',
  'compos[ée]',
  'constitu[ée]',
  'exer[çc]able',
  'convertible',
  'valide',
  'admissible',
  'inscrit',
  'offert',
  'vendu',
  'librement n[ée]gociable',
  // « les bons non exercés à cette date seront annulés ».
  'annul[ée]',
  // A right that lapses: « les options non exercées deviendront caduques », « seront déchues ».
  'caduc',
  'caduque',
  'd[ée]chu',
  'valable',
  // Vesting, as English's "will vest", with its schedule: « seront acquises par tranches égales sur 24 mois », « en
  // trois tranches égales », « seront acquises immédiatement », « seront acquises le 3 décembre 2027 »; not « les
  // claims seront acquis », a purchase the issuer plans.
  String.raw`acquise?s?(?= (?:par tranches?|en (?:[a-zà-ÿ]{1,12} )?tranches?|imm[ée]diatement|graduellement|` +
    String.raw`progressivement|[àa] raison|au cours|` +
    String.raw`sur (?:une p[ée]riode d(?:e |')|les )?(?:\w+ )?(?:mois|ans|années)|le (?:1er|\d)|[àa] la date|` +
    String.raw`(?:\w+ ){1,3}(?:mois|ans) (?:apr[èe]s|suivant)))`
]
const ADVERBS_FR = [
  'pas',
  'également',
  'egalement',
  'aussi',
  'automatiquement',
  'alors',
  'd[ée]sormais',
  'toutes?',
  'tous'
]
/** « sera », « seront », unless it states terms. */
const SERA = String.raw`(?:sera|seront)\b(?! (?:(?:${ADVERBS_FR.join('|')}) )?(?:${TERMS_FR.join('|')}))`
/**
 * "will" in a clause of uncertainty, as NI 43-101's cautions word it ("there is no certainty that the PEA will be
 * realized", "it is uncertain if further exploration will result in the target being delineated", "no certainty that
 * any part of the resources will be converted"): the caution a regulator prescribes, not a statement of the future. (The clause is looked
 * for behind the word, once the word is found: a look behind at every position costs its whole reach there.)
 */
const WILL_WORD = String.raw`(?:will|shall)(?<!\b(?:no certainty|uncertain|not certain)\b[^.;]{0,120}(?:will|shall))`
/** "will", unless it states terms ("will only vest", "will not be registered"). */
const WILL = WILL_WORD + String.raw`\b(?! (?:(?:${ADVERBS.join('|')}) )?(?:${TERMS_VERBS.join('|')})\b)`
/**
 * Verbs after "will" that state a person's role the board has decided ("will chair the audit committee", "will remain
 * on the board", "will serve as Chief Financial Officer"): words of the future, but no plan or forecast of the issuer.
 */
const ROLE_VERBS = [
  'chair',
  'co-chair',
  'serve',
  'continue to serve',
  'remain',
  'join',
  'rejoin',
  'succeed',
  'report to',
  'step down',
  'retire',
  'act as',
  'assume (?:the|his|her|their) (?:role|position|duties|responsibilit\\w*)',
  'be appointed',
  'sit on',
  'hold (?:the|this) (?:role|position|office)',
  // Praise of an appointee, as board and management changes word it ("her experience will be a great asset to the
  // Company", "his expertise will be invaluable", "she will be a valuable addition to the board"): a compliment, not a
  // forecast of events or results (NI 51-102 s.1.1); the future plans beside it keep their words.
  String.raw`(?<=\b(?:experience|expertise|background|knowledge|skills?|insights?|leadership|guidance|network|` +
    String.raw`perspective|record|he|she|they)\b[^.;]{0,60}?(?:will|shall) (?:(?:also|certainly|undoubtedly) )?)` +
    String.raw`be (?:invaluable|(?:an? |of )?(?:(?:great|tremendous|valuable|important|significant|key|strong|` +
    String.raw`excellent|welcome|immense|considerable) ){0,2}(?:asset|addition|value|benefit))`
]
/**
 * What a sentence that opens on a negated subject says will not be done or come of a transaction ("No finder's fees
 * will be paid", "No new control person will result", "No stock options will be granted in connection with the
 * appointment"): a term of it, not a plan (a weak signal still, see FORWARD_LOOKING_WORDS).
 */
const NOT_DONE = String.raw`(?<=^no (?:[\w'-]{1,20} ){1,5}(?:will|shall)) (?:be|result)\b`
/** What a share consolidation (a reverse or a forward split, its fractions) is named in a sentence. */
const REORGANISATION = String.raw`\b(?:consolidat|reverse (?:stock |share )?split|(?:stock|share) split|split[- ]adjusted|fraction)`
/** Words after "will" that state a consolidation's mechanics, with the consolidation named in the same sentence. */
function inReorganisation(verbs: string): string {
  return String.raw`(?:${verbs})(?:(?<=${REORGANISATION}[^.]{0,240})|(?=[^.]{0,240}${REORGANISATION}))`
}
/**
 * Verbs after "will" that date an event the issuer or the exchange has fixed: a meeting or a call held, results
 * released, a consolidation taking effect, trading starting or resuming ("the meeting will be held on July 15", "will
 * host a conference call on", "the consolidation will take effect on June 10", "trading will resume on May 5"): words of the
 * future, a weak sign, but no forecast based on assumptions (NI 51-102 s.1.1), nor material (Part 4A).
 */
const EVENT_VERBS = [
  'take effect',
  String.raw`(?:be|become) effective`,
  String.raw`be (?:held|hosted)(?: in-person| virtually| online)?,? (?:on|at|in)`,
  String.raw`(?:begin|commence|start|resume) trading`,
  // Trading resumes on a date ("trading in the shares will resume on May 5"); drilling resuming is a plan.
  String.raw`resume (?:on|at)(?<=\btrading\b[^.]{1,60})`,
  String.raw`hold (?:its|the|an?) (?:[a-z-]{1,20} ){0,3}meeting`,
  String.raw`(?:host|hold) (?:an?|its|the) (?:[a-z-]{1,20} ){0,3}(?:conference call|call|webcast|webinar)`,
  // A conference the issuer attends, a presentation or a booth at it, on a date set ("will be presenting at Red Cloud's
  // Fall Mining Showcase on October 17", "will have a table at the Canada Investment Forum", "will hold a brief live
  // presentation at 15:00", "will be exhibiting at booth #3014").
  String.raw`be (?:presenting|exhibiting|attending|participating|speaking)\b`,
  String.raw`be holding (?:[a-z-]{1,20} ){0,3}(?:meetings|sessions)\b`,
  // The meetings held there, with whom ("will meet investors at booth 414", "will meet with institutional investors
  // and analysts", "will be available for one-on-one meetings with investors").
  String.raw`(?:meet|be meeting) (?:with )?(?:[a-z-]{1,20} ){0,3}?(?:investors|shareholders|analysts|attendees|delegates)\b`,
  String.raw`be available (?:for|to) (?:[a-z-]{1,20} ){0,3}?(?:meetings?|meet)\b`,
  // What a presentation, a webinar or a call is about ("the presentation will review the Company's exploration", "the
  // webinar will cover the 2026 results"): the event's subject, not a plan of the issuer (a plan it names keeps its words).
  String.raw`(?:review|cover|discuss|highlight|outline|focus on|feature)\b` +
    String.raw`(?<=\b(?:presentations?|webinars?|webcasts?|call|session|panel|talk|keynote) (?:will|shall) (?:also )?[a-z ]{2,12})`,
  String.raw`(?:have|host|hold) (?:an?|its|the) (?:[a-z-]{1,20} ){0,3}(?:table|booth|stand|presentation|fireside chat)\b`,
  String.raw`(?:present|exhibit|attend|participate|speak) (?:at|in) (?:the )?(?:[a-z0-9'’&-]{1,30} ){0,6}` +
    String.raw`(?:conference|convention|forum|summit|showcase|symposium|investor (?:day|event)|pdac)\b`,
  String.raw`be (?:delisted|halted)`,
  // A symbol, name or identifier changed on a date fixed ("the trading symbols for the Company's securities will change
  // as follows", "the Company's name will change to Vireo Metals Corp."); a plan that changes is not this.
  String.raw`change(?<=\b(?:symbols?|ticker|cusip|isin|(?:corporate |company's |company’s )?name)\b[^.]{1,80})`,
  // A consolidation's mechanics: the shares outstanding after it, the letter of transmittal holders receive.
  String.raw`have (?:approximately |about )?[\d,.]{1,20} (?:million )?(?:common |post-consolidation )?shares` +
    String.raw` (?:issued and )?outstanding`,
  String.raw`(?:receive|be (?:sent|mailed))(?: by (?:mail|post|e-?mail))? (?:an? |the )?letters? of transmittal`,
  // The rest of them, however the release names it (a consolidation, a "reverse stock split" in the words of an
  // issuer also listed in the United States): its ratio ("every ten shares will be converted into one share"), what
  // it does to the count of shares and to each holding ("will reduce the number of issued and outstanding shares from
  // … to approximately …", "will result in the number of shares being reduced", "each shareholder will hold the same
  // percentage"), its fractions ("will be rounded down to the nearest whole share") and the holders' records ("will
  // have their book-entry accounts electronically adjusted"): the terms of a reorganisation fixed, not a plan.
  String.raw`be (?:converted|consolidated|combined) into (?:one|1) (?:new |post-consolidation )?(?:common )?` +
    String.raw`(?:shares?|units?)\b`,
  inReorganisation(
    String.raw`(?:reduce|decrease) (?:the )?(?:[\w-]{1,20} ){0,4}number of|be (?:reduced|decreased) from\b|` +
      String.raw`result in (?:[\w-]{1,20} ){0,8}?(?:reduc|decreas|number of)|` +
      String.raw`hold the same (?:percentage|proportion|proportionate|pro rata)|` +
      String.raw`be (?:rounded (?:up|down)|cancell?ed|disregarded)`
  ),
  String.raw`have (?:their|its) (?:existing )?(?:book-entry |drs )?(?:accounts?|account\(s\)|positions?|holdings?) ` +
    String.raw`(?:[\w-]{1,20} )?(?:adjusted|updated)`,
  // Results released on a date set ("will release its fourth quarter results after market close on"), a call's replay
  // or a presentation made available ("the presentation will be posted on the Company's website").
  String.raw`(?:release|report|announce|publish) (?:its|their|the) (?:[\w-]{1,20} ){0,12}?(?:results|reserves|resources)`,
  String.raw`be (?:available|archived|accessible|posted)(?<=\b(?:replay|webcast|recording|archive|presentation)\b[^.]{1,60})`,
  // News the issuer undertakes to give, as a release closes on it ("will provide a further update as soon as it is able",
  // "will give more information as it becomes available", "will keep shareholders informed", "will update the market
  // when the review is complete"): a promise to disclose, no forecast based on assumptions; the plan the news is about
  // keeps its own words.
  String.raw`(?:provide|give|issue|make|disseminate|publish) (?:a |an |any |the |such )?(?:further |additional |more |` +
    String.raw`another |new |timely |regular |periodic )?(?:updates?|information|details|news|announcements?|disclosure)\b`,
  String.raw`(?:keep|update) (?:its |our |the )?(?:shareholders|securityholders|investors|stakeholders|market|public)\b` +
    String.raw`(?: (?:informed|updated|apprised|advised))?`,
  // A document filed where the law has it filed, or found there ("a copy of the early warning report will be filed
  // under the Issuer's profile on SEDAR+", "the report on voting results will be filed on SEDAR", "the circular will be
  // mailed to shareholders and filed under the Company's profile at www.sedar.com"): a filing the law requires, no
  // forecast based on assumptions; what the document is for (a meeting, a deal) keeps its own words. A technical report
  // still to be completed, or a document to be written by a time set ("a technical report will be filed on SEDAR+
  // within 45 days"), is a plan with its timeline.
  String.raw`(?<!\btechnical reports?\b[^.]{0,60})be (?:filed|posted|mailed|made available|available|accessible)\b` +
    String.raw`(?=[^.]{0,120}\b(?:(?:www\.)?sedar|edgar|(?:company|corporation|issuer)'s (?:issuer )?profile)\b)` +
    String.raw`(?![^.]{0,160}\b(?:within|no later than|on or before|by the end of|in the coming)\b)`,
  // The same filing with the filer as subject ("Tamarack Bay will file an early warning report under National Instrument
  // 62-103 on Norvane's SEDAR+ profile", "will file the report of voting results on SEDAR+").
  String.raw`(?:file|post)\b(?! (?:a |an |the |its )?(?:[\w-]{1,20} ){0,2}technical reports?\b)` +
    String.raw`(?=[^.]{0,120}\b(?:(?:www\.)?sedar|edgar|(?:company|corporation|issuer)'s (?:issuer )?profile)\b)` +
    String.raw`(?![^.]{0,160}\b(?:within|no later than|on or before|by the end of|in the coming)\b)`
]
/**
 * What NI 43-101 s.3.3 has a release say of drill intercepts whose true width is not known: that it is not known yet,
 * which the release words as the future ("True widths will be determined once more holes are drilled", "the true
 * thickness is not known and will be estimated from further drilling", "further drilling will be required to
 * determine true widths"). A statement of what is unknown, not a plan (a weak signal still, see FORWARD_LOOKING_WORDS).
 */
const WIDTH_NOT_KNOWN =
  String.raw` be (?:determined|calculated|estimated|established|confirmed|known|reported|better understood|defined)\b` +
  String.raw`(?<=\btrue (?:widths?|thickness(?:es)?)\b[^.;]{0,100})|` +
  String.raw` be (?:required|needed|necessary) to (?:determine|confirm|establish|calculate|estimate) (?:the )?` +
  String.raw`true (?:widths?|thickness)`
/** "will" stating a plan: not terms, nor a person's role, nor a fixed event's date, nor in a clause of uncertainty. */
const WILL_PLAN =
  WILL_WORD +
  String.raw`\b(?! (?:(?:${ADVERBS.join('|')}) )?` +
  String.raw`(?:${[...TERMS_VERBS, ...ROLE_VERBS, ...EVENT_VERBS].join('|')})\b)` +
  `(?!${NOT_DONE})(?!${WIDTH_NOT_KNOWN})`
/**
 * « prévoit » stating a plan or an expectation, not what a document or a procedure provides for (« l'entente prévoit
 * que … », « le régime prévoit », « le programme d'AQ/CQ de la Société prévoit l'insertion d'un blanc »): its terms, as
 * English "provides for", read as a chain of complements after the noun.
 */
const PREVOIT_FR =
  String.raw`(?<!(?:aq ?[/-]? ?cq|qualit[ée]|protocoles?|ententes?|conventions?|contrats?|accords?|r[ée]gimes?|` +
  String.raw`politiques?|proc[ée]dures?|modalit[ée]s|r[èe]glements?|lois?)` +
  String.raw`(?: (?:de|d'|du|des|la|le|l'|les)[ ']?[a-zà-ÿ'/-]{0,25}){0,4} )pr[ée]voi(?:t|ent)`
/** Verbs that state the future or an intent, whatever the subject. */
const FUTURE_VERBS = [
  WILL_PLAN,
  String.raw`intends? to\b`,
  String.raw`intended to\b`,
  String.raw`plans? to\b`,
  // The verb with its object ("plans a mapping and sampling program in 2027", "plans further drilling"): the noun
  // ("its exploration plans", "plans for 2027") takes no article or quantifier after it.
  String.raw`plans? (?:a|an|further|additional|follow-up)\b`,
  String.raw`(?:is|are) planning\b`,
  String.raw`expects?\b`,
  String.raw`anticipates?\b`,
  String.raw`(?:is|are) (?:expected|anticipated|scheduled|intended|proposed|planned) to\b`,
  // A time set for a result or an event, the verb passive ("assays are expected in June", "with results expected in
  // the third quarter", "a decision is anticipated by year end"); not a comparison ("than expected in the upper zone").
  String.raw`(?:is|are) (?:expected|anticipated|scheduled) (?:in|by|during|before|within|early|later|mid|next)\b(?!-)`,
  String.raw`(?:results|assays|data|decision|completion) (?:expected|anticipated|scheduled) ` +
    String.raw`(?:in|by|during|before|within|early|later|mid|next)\b(?!-)`,
  // A milestone set for a time to come, as a developer's construction update states its schedule ("commissioning is
  // expected in the first quarter of 2027", "first gold pour is targeted for the second half of 2028", "a construction
  // decision is anticipated by mid-2027"): the issuer's plan with its timeline.
  String.raw`(?:is|are) (?:currently )?(?:expected|anticipated|scheduled|targeted|planned|slated) (?:in|for|by|during)` +
    String.raw` (?:the )?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|early|mid|late|end of|beginning of) )?` +
    String.raw`(?:q[1-4]|h[12]|half|quarter|january|february|march|april|may|june|july|august|september|october|` +
    String.raw`november|december|spring|summer|fall|autumn|winter|(?:mid-|early |late )?(?:19|20)\d\d)\b`,
  String.raw`proposes? to\b`,
  // Not a company's mission in a relative clause ("an energy producer that seeks to create value"): its business.
  String.raw`(?<!(?:that|which|who) )aims? to\b`,
  String.raw`(?<!(?:that|which|who) )seeks? to\b`,
  String.raw`(?:is|are) preparing to\b`,
  String.raw`looks? forward to\b`,
  // A question about the future, as an interview or a Q&A with the CEO puts it ("What comes next?", "What's next for
  // Mallard?", "What are your plans for 2027?", "What can investors expect?"): its answer states the plan, often with no
  // verb ("A borehole survey in January, then a 3,000-metre winter program.").
  String.raw`what(?:'s| is| comes| happens) next\b`,
  String.raw`what are (?:your|our|its|the|the company's) (?:[a-z-]{1,20} ){0,2}?(?:plans|next steps|priorities)\b`,
  String.raw`what (?:can|should) (?:investors|shareholders|the market) expect\b`,
  // An intent in other words ("we plan on an extensive exploration program", "we are keen to move forward with the
  // advancement of the project", "we are excited to begin work on the property"); not "excited to announce" (the news
  // itself), nor a "work plan on the property" (a document).
  // The lookbehind after the words, not before: an alternative that opens with one keeps V8 from scanning for the
  // alternation's first letters (the whole signal ran about seven times slower on the corpus).
  String.raw`plan on\b(?<=\b(?:we|i|they) plan on)`,
  String.raw`plans on\b(?<=\b(?:company|corporation|management|team|board) plans on)`,
  String.raw`(?:is|are|am|remains?) (?:very |extremely |really )?(?:keen|eager|excited|anxious|ready|poised) to ` +
    String.raw`(?:begin|start|commence|move forward|get started|continue|advance|drill|launch|explore|follow up|test|` +
    String.raw`expand|resume|initiate|work|develop|build|pursue|unlock)\b`,
  // French: "prévoit", "entend utiliser", "s'attend à", "a l'intention de", "utilisera le produit", "compte".
  String.raw`${PREVOIT_FR}\b`,
  String.raw`entend(?:ent)?\b`,
  String.raw`s'attend(?:ent)? [àa]`,
  String.raw`(?:a|ont) l'intention de`,
  String.raw`projett?e(?:nt)? de`,
  String.raw`compte(?:nt)? (?:utiliser|entreprendre|amorcer|commencer|poursuivre|r[ée]aliser|forer)\b`,
  String.raw`utilisera(?:ient)? le produit`,
  String.raw`(?:est|sont) (?:pr[ée]vue?s?|cens[ée]e?s?) (?:de |d')?`,
  String.raw`se pr[ée]pare(?:nt)? [àa]`,
  // The same in the first person plural, as an executive's quote says them (« Nous prévoyons lancer », « nous
  // comptons forer », « nous avons l'intention de »), and the verbs of a plan (« envisage de », « planifie »).
  String.raw`pr[ée]voyons\b`,
  String.raw`entendons\b`,
  String.raw`avons l'intention de`,
  String.raw`nous attendons [àa]`,
  String.raw`projetons de`,
  String.raw`comptons [a-zà-ÿ]{1,20}(?:er|ir|re)(?![${LETTER}])`,
  String.raw`envisag(?:e|eons|ent)(?![${LETTER}])`,
  String.raw`planifi(?:e|ons|ent)(?![${LETTER}])`,
  String.raw`anticip(?:ons|ent)(?![${LETTER}])`
]
/**
 * The French future tense after the issuer or its work as subject (« la Société forera », « nous lancerons »,
 * « Hérisson poursuivra », « la campagne débutera », « les travaux commenceront »), as "will" in English: a verb
 * ending in -ra / -ront after a subject in the third person (no present form ends so; « pourra », « devra »,
 * « sera » are read as modals and by SERA, with their exceptions), in -erons / -irons / -drons
 * (not « -érons »: « nous espérons », « considérons » are present) or an irregular future after « nous ».
 */
const FUTURE_SUBJECTS_FR = [
  String.raw`la soci[ée]t[ée]|notre soci[ée]t[ée]|la direction|la compagnie`,
  String.raw`(?:le|notre) programme(?: de (?:forage|travaux|prospection|d'exploration))?`,
  String.raw`(?:la|notre) campagne(?: de (?:forage|travaux|prospection|terrain|d'exploration))?`,
  String.raw`(?:les|nos) travaux(?: de (?:forage|terrain|prospection|d'exploration))?`,
  String.raw`le placement|le financement|la cl[ôo]ture`
]
/** Futures that state an offering's or an instrument's terms, as TERMS_VERBS (« le placement comprendra 5 000 000 d'unités »). */
const TERMS_FUTURE_FR = String.raw`comprendr|comporter|consister|composer|expirer|porter|donner|permettr|viendr`
const CLITICS_FR = String.raw`(?: ne| y| en| les| le| la| lui| leur| se| [nsl]'){0,2}(?:(?<=') ?| )`
/** A fee the issuer will pay a firm it engages (« la Société versera à Rivebelle des honoraires mensuels »), as TERMS_VERBS. */
const FEE_FUTURE_FR = String.raw`(?:vers|pai|pay)(?:era|eront) [^.;]{0,60}?(?:honoraires|frais|mensuel|par mois|r[ée]mun[ée]ration)`
const FUTURE_SINGULAR_FR =
  String.raw`(?!(?:pourr|devr|ser|${TERMS_FUTURE_FR})(?:a|ont)(?![${LETTER}])|${FEE_FUTURE_FR})` +
  String.raw`[a-zà-ÿ]{1,20}(?:ra|ront)(?![${LETTER}])`
const FUTURE_NOUS_FR =
  String.raw`(?:[a-zà-ÿ]{0,20}[a-zà-èê-ÿ]erons|[a-zà-ÿ]{1,20}(?:irons|drons)|pourrons|devrons|aurons|verrons|` +
  String.raw`ferons|serons|suivrons|recevrons|mettrons|tiendrons|viendrons)(?![${LETTER}])`
/** The French future per set of issuer names, built once (`perNames`). */
const futures = new Map<string, RegExp>()
/** The French future after the issuer (its defined names too), its work, or « nous ». */
function futureFr(names: string[]): RegExp {
  return perNames(futures, names, () => {
    const subjects = [...FUTURE_SUBJECTS_FR, ...names.map(escapeRegExp)].join('|')
    return new RegExp(
      String.raw`(?<![${LETTER}])(?:(?:${subjects})${CLITICS_FR}${FUTURE_SINGULAR_FR}|nous${CLITICS_FR}${FUTURE_NOUS_FR})`
    )
  })
}

/**
 * What is built from a set of issuer names, built once per set: a release's names recur across drafts of one issuer.
 * Bounded: a long run over many issuers does not keep every issuer's patterns.
 */
function perNames<T>(cache: Map<string, T>, names: string[], build: () => T): T {
  const key = names.join('\u0000')
  let built = cache.get(key)
  if (built === undefined) {
    if (cache.size >= 256) cache.clear()
    built = build()
    cache.set(key, built)
  }
  return built
}
/** The same in French ("la Société pourrait", "le placement devrait"). */
const MODALS_FR = ['pourrait', 'pourraient', 'pourra', 'pourront', 'devrait', 'devraient']
/**
 * Courtesy, not the future: "we would like to thank the outgoing directors", "would like to wish him well", "would
 * like to welcome". The words of a wish or a thanks the issuer expresses as it speaks state no plan of it.
 */
const COURTESY =
  String.raw`(?! like to (?:take this opportunity to )?` +
  String.raw`(?:thank|wish|welcome|congratulate|acknowledge|express|extend|recogni[sz]e|commend)\b)`
/**
 * A right an agreement gives the issuer, after "may": a term of the agreement, not a forecast ("the Company may earn
 * a 70% interest", "may buy back one-half of the royalty for $1,000,000", "may accelerate the expiry of the
 * warrants", "may, at its option, pay in shares", « la Société pourra racheter la moitié de la redevance »; the
 * part bought as a fraction, "may purchase one-third of the royalty", or named before the verb, its price after it:
 * "one-third of which the Company may purchase for $500,000").
 */
const RIGHTS =
  String.raw`(?!,? (?:at its (?:sole )?(?:option|election|discretion),? )?(?:earn|buy ?-?back|repurchase|accelerate|` +
  String.raw`elect to|exercise (?:the|its) option|(?:acquire|purchase) (?:an?|the|up to|a further|an additional|` +
  String.raw`(?:one|two|three)-(?:half|thirds?|quarters?) of|half of) (?:[\d.]+% |(?:[a-z-]{1,20} ){0,2})?` +
  String.raw`(?:interest|stake|royalty|nsr|net smelter)|(?:acquire|purchase|buy) for (?:c?\$|us\$|an? )|` +
  String.raw`at its (?:sole )?(?:option|election|discretion)|racheter|gagner (?:une|la) participation|` +
  String.raw`acqu[ée]rir (?:une|la|jusqu'à) (?:[\d,]+ ?% (?:de )?)?(?:participation|redevance)|acc[ée]l[ée]rer|devancer)\b)`
/**
 * What work would be needed, a condition rather than a plan: NI 43-101 s.2.4(f) asks a historical estimate's
 * disclosure for "the work that needs to be done to upgrade or verify" it ("the Company would need to re-sample the
 * core"), so saying it makes the release no forward-looking one.
 */
const WORK_NEEDED = String.raw`(?! (?:need|have) to| require| be (?:required|necessary|needed) to)`
/** Modals that state the future when the issuer or its offering is their subject ("the Company may"). */
const MODALS = [
  `may${RIGHTS}`,
  'could',
  String.raw`would\b${COURTESY}${WORK_NEEDED}`,
  'might',
  ...MODALS_FR.map((modal) => (/^pourr/.test(modal) ? `${modal}${RIGHTS}` : modal))
]
/** Between a subject and its modal: a clause or an apposition ("the Company, through its subsidiary,"). */
const SUBJECT_GAP = String.raw`(?:,[^,.;]{0,60},|(?: (?:also|now|further|then|currently|still|first))?)`
/**
 * The issuer's forecast named as a noun, with its period or its subject ("its 2027 guidance of 17.5 to 19.0 million
 * ounces", "production guidance", "the 2027 outlook", "reaffirms guidance", "is on track to meet"): what a producer
 * forecasts without a verb of the future, and the forward-looking information NI 51-102 Part 4A was written for.
 * Not regulators' guidance ("CSA guidance" names no period or subject of the issuer's), nor results measured against
 * the issuer's.
 */
const ISSUER_FORECAST = pattern(
  // Not results measured against it ("production of 271,400 ounces, within its 2026 guidance", "at the top end of
  // the Company's guidance", "in line with annual guidance"): the past, not a forecast.
  String.raw`(?<!\b(?:within|met|meet|meeting|exceeded|exceeding|beat|achieved|achieving|in line with|end of|` +
    String.raw`midpoint of|relative to|compared (?:to|with)|versus|against|below|above)\b[^.;]{0,30})` +
    String.raw`\b(?:its|our|company's|corporation's|\d{4}|annual|full[- ]year|fiscal|quarterly|production|cost|costs|` +
    String.raw`capital|aisc|operating)(?: [\w&-]{1,20}){0,3}? (?:guidance|outlook|forecasts?)\b` +
    String.raw`|\b(?:reaffirm|maintain|reiterat|rais|lower|revis|updat|narrow|introduc)\w* (?:[\w&-]{1,20} ){0,4}?` +
    String.raw`(?:guidance|outlook)\b|\bon (?:track|target|schedule|budget) to\b` +
    // French, the verb before its forecast (« la Société maintient ses prévisions de production pour 2026 », « confirme
    // ses prévisions annuelles »); not results measured against them (« dans le haut de sa fourchette de prévisions »).
    String.raw`|(?<![${LETTER}])(?:maintien|r[ée]it[èe]r|confirm|rel[èe]v|r[ée]vis|abaiss|resserr)[${LETTER}]{0,6} ` +
    String.raw`(?:(?:ses|ces|les|nos|leurs|sa|la) )?(?:[${LETTER}-]{1,20} ){0,2}?pr[ée]visions(?![${LETTER}])`
)
/** The closing of a deal expected ("is expected to close on or about", "closing is anticipated"). */
const EXPECTED_CLOSING = pattern(
  String.raw`\b(?:expected|anticipated|scheduled) to (?:close|complete|be completed)\b` +
    String.raw`|\bclosing[^.]{0,40}\b(?:is|are) (?:expected|anticipated|scheduled)\b`
)
/**
 * The intended use of proceeds: "the net proceeds will be used for", « le produit net servira à », « sera affecté
 * à », « sera utilisé pour » (the proceeds the subject of a verb in the future, as "will be used" in English).
 */
const USE_OF_PROCEEDS = pattern(
  String.raw`\bproceeds\b[^.]{0,60}\b(?:will|to) be used\b` +
    String.raw`|\bproduit\b[^.]{0,60}?\b(?:servira|serviront|(?:sera|seront) ` +
    String.raw`(?:utilis|affect|consacr|employ|investi|allou|destin)[a-zà-ÿ]{0,6})`
)

/** Words of the future: any makes a release forward-looking, weakly unless a strong signal is there too. */
const FORWARD_LOOKING_WORDS = [
  WILL,
  'intends?',
  'intended',
  'plans? to',
  'planned',
  'expects?',
  'expected to',
  'anticipates?',
  'anticipated',
  // Not the past participle of a meeting's business ("each of the nominees proposed in the management information
  // circular was elected", "all resolutions proposed at the meeting were approved"): what was put to a vote, not a plan.
  String.raw`proposed(?<!\b(?:nominees?|candidates?|directors?|slate|resolutions?|matters?|motions?|business) proposed)` +
    String.raw`(?! (?:in|by|at) (?:the |its )?(?:management |company's |corporation's )?(?:information )?` +
    String.raw`(?:circular|notice of (?:the )?meeting|proxy|meeting)\b)`,
  '(?:is|are) scheduled',
  'upcoming',
  String.raw`(?:is|remains) subject to (?:the )?(?:final |conditional )?(?:[\w.-]+ ){0,4}?(?:acceptance|approval|receipt)`,
  'use of (?:the )?(?:net )?proceeds',
  'to be used',
  'forthcoming',
  'next phase',
  'aims? to',
  '(?:is|are) targeting',
  '(?:is|are) estimated to',
  // French: the future tense and words of the future ("sera", "devrait", "prévu", "clôture prévue").
  SERA,
  'devrai(?:t|ent)',
  'pourrai(?:t|ent)',
  PREVOIT_FR,
  // Not what a text provides for (« les dispenses prévues aux articles 5.5 a) et 5.7 1) a) », « prévues par le
  // règlement »): the law's words, as English "provided for in section …", not a plan.
  String.raw`pr[ée]vue?s?(?! (?:aux?|à|a|par|dans|en vertu d(?:e|u|es)) (?:l'|la |le |les |ce |cette |ces )?` +
    String.raw`(?:articles?|alin[ée]as?|sous-alin[ée]as?|paragraphes?|sections?|r[èe]glements?|normes?|lois?|politiques?` +
    String.raw`|dispositions?|instruments?|conventions?|contrats?|ententes?|accords?|modalit[ée]s|statuts))`,
  'entend(?:ent)?',
  String.raw`s'attend(?:ent)?`,
  String.raw`utilisera(?:ient)?`,
  String.raw`cl[ôo]ture pr[ée]vue`,
  String.raw`emploi (?:du )?produit`,
  'prochaine phase',
  String.raw`sous r[ée]serve de (?:l'approbation|l'acceptation|la r[ée]ception)`
]
export const FORWARD_LOOKING_SIGNALS = pattern(wholeWords(FORWARD_LOOKING_WORDS))

/**
 * Parentheses that define the issuer's names: `("Acme", "Acme Gold" or the "Company")`, in French `(« Acme » ou la
 * « Société »)` (French quotes normalized to '"', the spaces inside them kept).
 */
const DEFINITIONS =
  /\(([^()]{0,160}" ?(?:the |l')?(?:company|corporation|issuer|soci[ée]t[ée]|compagnie|[ée]metteur) ?"[^()]{0,80})\)/g
const EXCHANGE_NAME = EXCHANGE_NAMES.join('|')
/** One ticker tag, every exchange the vocabulary knows: "tsxv: abc", "tsx.v:abc", "otcqb: abcdf", "fse - 1ab". */
const TAG = String.raw`(?:${EXCHANGE_NAME})(?: exchange)? ?[:;-] ?[a-z0-9.]{1,8}`
/**
 * The issuer's tags: one group or several ("(tsxv: abc; otcqb: abcdf)", "(tsxv: abc) (otcqb: abcdf)"). One loop
 * over the tags and what joins them (not a count of groups and of tags in each: V8 copies a group repeated at most
 * three times, and the nested counts made 16 copies of the exchanges' names, 7 ms to compile at a cold start).
 */
const LISTING = String.raw`\(${TAG}(?:(?: ?[,;|/] ?| ?\) ?\()${TAG}){0,15}\)`
/**
 * The names defined right after the issuer's listing, without "the Company": `(CSE: PWR) ("Pellworth")`. Only
 * there, after the opening's first tags (the issuer's, as listing.ts reads them): a name defined later in the
 * opening may be another party's (`an agreement with Beta Mining Ltd. ("Beta")`, `optioned to Tern Metals Corp.
 * (TSXV: TRN) ("Tern")`).
 */
const LISTED = pattern(LISTING)
const DEFINED_AFTER = pattern(String.raw`^[ ,]{0,3}\(((?:[^()"]{0,8}"[^"()]{2,40}"){1,3}[^()"]{0,8})\)`)
const QUOTED = /"([^"()]{2,40})"/g
const NOT_A_NAME = /^(?:company|corporation|issuer|soci[ée]t[ée]|compagnie|[ée]metteur)$/
/**
 * Who the release calls the issuer: the names its opening defines with "the Company" or after its listing (normalized);
 * where the opening defines none (a long list of highlights before the lead, a copy that cut it), the names of the
 * first definition with "the Company" in the rest of the release (`rest`), which no other party's is.
 */
export function issuerNames(opening: Sentence[], rest: Sentence[] = []): string[] {
  const own = namesIn(opening, true)
  if (own.length > 0) return own
  for (const sentence of rest) {
    if (!sentence.norm.text.includes('"')) continue
    const defined = namesIn([sentence], false)
    if (defined.length > 0) return defined
  }
  return legalName(opening)
}

/**
 * The name the opening gives the issuer before its first listing, without its legal form, where the release defines
 * no other ("… - Nexus Uranium Corp. (CSE: NEXU) announces …": "nexus uranium"): the words after the dateline's dash,
 * a parenthesis or the paragraph's start, up to the legal form right before the tags.
 */
function legalName(opening: Sentence[]): string[] {
  for (const sentence of opening) {
    const text = sentence.norm.text
    const tags = LISTED.exec(text)
    if (!tags) continue
    const named = LEGAL_NAME.exec(text.slice(Math.max(0, tags.index - LEGAL_NAME_REACH), tags.index))
    return named && !NOT_A_NAME.test(named[1]) ? [named[1]] : []
  }
  return []
}
/** How far before the tags a legal name may start. */
const LEGAL_NAME_REACH = 120
/**
 * A word of the name: no run of dashes inside it, which is a wire's separator ("July 29, 2026--Tamarack Copper Ltd.",
 * as Business Wire sets its dateline), not a hyphenated word.
 */
const NAME_WORD = String.raw`[a-z0-9&'](?:[a-z0-9&'.]|-(?!-)){0,30}`
const LEGAL_NAME = pattern(
  String.raw`(?:^|[-\u2013\u2014(),:/|] |--)(${NAME_WORD}(?: ${NAME_WORD}){0,4}) ` +
    String.raw`(?:inc|corp|corporation|ltd|limited|lt[ée]e|plc|llc|company)\.?,? ?$`
)

/** The names `sentences` define with "the Company", and, with `listing`, those defined right after the first listing. */
function namesIn(sentences: Sentence[], listing: boolean): string[] {
  const names = new Set<string>()
  const add = (defined: string) => {
    for (const quoted of defined.matchAll(QUOTED)) {
      const name = quoted[1].trim().replace(/^(?:the |l')/, '')
      if (name && !NOT_A_NAME.test(name)) names.add(name)
    }
  }
  let listed = !listing
  for (const sentence of sentences) {
    const text = sentence.norm.text
    for (const definition of text.matchAll(DEFINITIONS)) add(definition[1])
    const tags = listed ? null : LISTED.exec(text)
    if (!tags) continue
    listed = true
    const after = tags.index + tags[0].length
    const defined = DEFINED_AFTER.exec(text.slice(after, after + 200))
    if (defined) add(defined[1])
  }
  return [...names]
}

/** The signals per set of issuer names, built once (`perNames`). */
const strongSignals = new Map<string, RegExp[]>()

/** The issuer's own future: a verb of future or intent; a modal after the issuer (its defined names too). */
function strongForwardLooking(names: string[]): RegExp[] {
  return perNames(strongSignals, names, () => buildStrongForwardLooking(names))
}

/** A verb of the future with its next word, so the message quotes what the issuer will do ("will drill"). */
const FUTURE_VERB = pattern(String.raw`\b(?:${FUTURE_VERBS.join('|')})(?: [a-z][\w'-]{0,30})?`)

/**
 * A word every match of a signal holds, tested before the signal runs (`gather`): the subject-and-modal signal
 * opens with an alternation of subjects that V8 tries at every position of every sentence, while a modal is rare.
 */
const GATES = new WeakMap<RegExp, RegExp>()
/**
 * A verb in -ra / -ront (FUTURE_SINGULAR_FR) or « nous » (FUTURE_NOUS_FR): one is in every match of the French
 * future's signal, which opens with an alternation of subjects (and an English draft holds neither, but rarely).
 */
const FUTURE_FR_WORD = pattern(String.raw`(?:ra|ront)(?![${LETTER}])|(?<![${LETTER}])nous(?![${LETTER}])`)
/**
 * The words one of which is in every match of the issuer's forecast as a noun (ISSUER_FORECAST), whose opening
 * lookbehind V8 would otherwise try at every position of every sentence.
 */
const FORECAST_WORD = pattern(
  String.raw`guidance|outlook|forecast|\bon (?:track|target|schedule|budget) to\b|pr[ée]visions(?![${LETTER}])`
)
GATES.set(ISSUER_FORECAST, FORECAST_WORD)
/** The modals' words (MODALS, MODALS_FR): one of them ends every match of the subject-and-modal signal. */
const MODAL_WORD = pattern(String.raw`\b(?:may|could|would|might|pourr|devr)`)

function buildStrongForwardLooking(names: string[]): RegExp[] {
  const subjects = [String.raw`\b(?:${SUBJECTS.join('|')})`, ...(names.length > 0 ? [boundedNames(names)] : [])]
  const subjectModal = new RegExp(String.raw`(?:${subjects.join('|')})${SUBJECT_GAP} (?:${MODALS.join('|')})\b`)
  GATES.set(subjectModal, MODAL_WORD)
  const future = futureFr(names)
  GATES.set(future, FUTURE_FR_WORD)
  return [FUTURE_VERB, ISSUER_FORECAST, subjectModal, EXPECTED_CLOSING, USE_OF_PROCEEDS, future]
}

/** Each gated signal of the issuer's future for `names`, with its gate (for the test that every match holds it). */
export function gatedSignals(names: string[]): Array<[signal: RegExp, gate: RegExp]> {
  return strongForwardLooking(names).flatMap((signal) => {
    const gate = GATES.get(signal)
    return gate ? [[signal, gate] as [RegExp, RegExp]] : []
  })
}

const HAS_LETTER = /[a-z]/

function gather(sentences: Sentence[], signals: RegExp[], strength: Strength = 'strong'): Evidence | undefined {
  let first: {sentence: Sentence; match: RegExpExecArray} | undefined
  const hit = new Set<number>()
  const found: Sentence[] = []
  // Each signal on its own: one alternation of them all (tried as a prefilter) was several times slower than
  // the signals one by one, since V8 scans for each pattern's own first characters only when it stands alone.
  // Signals that need a word the whole draft lacks are never run (document.ts).
  const live = livePatterns(sentences, signals)
  if (live.length === 0) return undefined
  // Skipped in a sentence without a word every match needs (prefilter.ts: read from the pattern itself).
  const needs = live.map((i) => checked(signals[i]))
  const gates = live.map((i) => GATES.get(signals[i]))
  for (const sentence of sentences) {
    // Every signal has a word in it: a sentence of no letters (a run of markup or figures) has none.
    if (!HAS_LETTER.test(sentence.norm.text)) continue
    let any = false
    for (let k = 0; k < live.length; k++) {
      const i = live[k]
      const gate = gates[k]
      if (gate && !gate.test(sentence.norm.text)) continue
      const match = execChecked(signals[i], needs[k], sentence.norm.text)
      if (!match) continue
      any = true
      hit.add(i)
      if (!first) first = {sentence, match}
    }
    if (any) found.push(sentence)
  }
  if (!first) return undefined
  const span = spanOf(first.sentence.norm, first.match.index, first.match.index + first.match[0].length)
  return {...span, words: first.match[0], strength, count: hit.size, sentences: found}
}

/** The evidence of either gathering, the first in the text leading, its signals and sentences together. */
function either(sentences: Sentence[], a: Evidence | undefined, b: Evidence | undefined): Evidence | undefined {
  if (!a || !b) return a ?? b
  const all = new Set([...a.sentences, ...b.sentences])
  const lead = a.start <= b.start ? a : b
  return {...lead, count: a.count + b.count, sentences: sentences.filter((sentence) => all.has(sentence))}
}

/**
 * Oil and gas, in the words and units only petroleum disclosure uses: barrels and barrels of oil equivalent (boe,
 * bbl, bopd), gas volumes (mcf, bcf, mmbtu), NI 51-101 and the COGE Handbook, "oil and gas", "natural gas", "crude
 * oil", NGLs, petroleum (not in the name of the Canadian Institute of Mining, Metallurgy and Petroleum). NI 43-101
 * governs mineral projects (s.1.1: natural solid materials), not petroleum or natural gas: their reserves, wells and
 * production are no scientific or technical information it asks a QP for.
 */
const PETROLEUM = pattern(
  String.raw`\b(?:m{0,2}boe(?:\/d|pd)?|m{0,2}bbls?(?:\/d)?|bopd|boepd|m{1,2}cf(?:e|\/d)?|bcf|tcf|mmbtu)\b|` +
    String.raw`\b(?:national instrument|ni) 51-101\b|\bcoge handbook\b|\bbarrels? (?:of (?:oil|crude|condensate)|per day)\b|` +
    String.raw`\b(?:crude|light|heavy) oil\b|\boil and (?:natural )?gas\b|\bnatural gas\b|\bngls?\b|(?<!\bmetallurgy and )\bpetroleum\b`
)
/**
 * A sentence about oil and gas (`PETROLEUM`) that states no mineral's grade: a lithium brine drawn from an oil field's
 * wells ("612 mg/L Li in brine produced from oil and gas wells") is a mineral's result all the same.
 */
const ofPetroleum = (text: string): boolean =>
  PETROLEUM.test(text) && !GRADE_SIGNALS.some((signal) => signal.test(text))

/** A sentence about plans or prospects: its technical words are not results yet ("a drill target", "potential"). */
const PLANS = FORWARD_LOOKING_SIGNALS

/**
 * Figures need company (a second figure or a technical word): a lone
 * "218 million ounces produced in Nevada" describes a jurisdiction. Words in
 * a sentence about plans ("a maiden resource estimate will follow") are not
 * technical information yet.
 */
function technicalWithoutGrades(sentences: Sentence[], plans: (sentence: Sentence) => boolean): Evidence | undefined {
  const unplanned = sentences.filter((sentence) => !plans(sentence))
  const figures = either(sentences, gather(sentences, FIGURE_SIGNALS), gather(unplanned, [STUDY_NAMED, RESOURCE_HELD]))
  const words = gather(unplanned, WORD_SIGNALS)
  return figures && (figures.sentences.length >= 2 || words) ? figures : words && words.count >= 3 ? words : undefined
}

/**
 * Whether the release gives scientific or technical information, and how
 * strongly: strong when it states results with their figures (a grade, an
 * interval over a width, a resource in tonnes or ounces, drilling counted, a
 * study's NPV) outside figures of production, sales or royalties; weak when
 * it only names a study or a resource, describes in words ("high-grade"), or
 * gives production figures.
 */
function detectTechnical(read: Sentence[], names: string[]): Evidence | undefined {
  // A biography's figures are a past employer's deposit's, not the issuer's; petroleum's are no mineral project's;
  // an agreement's milestone states a threshold, no result.
  const sentences = read.filter(
    (sentence) => !CAREER.test(sentence.norm.text) && !ofPetroleum(sentence.norm.text) && !thresholdOnly(sentence)
  )
  const plans = planned(names)
  // A grade decides alone: the other signals are read only when there is none.
  const decided = gather(sentences, GRADE_SIGNALS) ?? technicalWithoutGrades(sentences, plans)
  if (!decided) return undefined
  const production = new Set(sentences.filter((sentence) => speaksOfProduction(sentence, names)))
  const results = sentences.filter((sentence) => !production.has(sentence))
  // Drilling or a survey counted is work done, unless the sentence plans it ("the Company plans to drill 12 holes").
  const strong =
    gather(results, STRONG_TECHNICAL) ??
    // An estimate or an interval stated beside a royalty or production ("on which Tamsin holds a royalty, … Indicated
    // Resources of …", "… a 2% NSR royalty, has reported that hole SC-26-05 intersected 11.0 metres grading …").
    gather(
      sentences.filter((sentence) => production.has(sentence)),
      RESULT_BESIDE_PRODUCTION
    ) ??
    gather(
      results.filter((sentence) => !plans(sentence)),
      [DRILLING_DONE, SURVEY_DONE]
    )
  if (!strong) return {...decided, strength: 'weak'}
  const all = new Set([...decided.sentences, ...strong.sentences])
  return {...strong, sentences: sentences.filter((sentence) => all.has(sentence))}
}

/** The technical figures a sentence may state: results, estimates, studies (each signal once). */
const TECHNICAL_FIGURES = [...new Set([...FIGURE_SIGNALS, ...STRONG_TECHNICAL])]
const DIGIT = pattern(String.raw`\d`)
/**
 * Whether every technical figure a sentence states is a condition's threshold (thresholds.ts): an option or earn-in
 * agreement's milestone ("on the first disclosure of a mineral resource of at least 500,000 ounces of gold on the
 * claims, the Company must issue a further 500,000 shares"), a payment due "if" a grade is reached. The agreement's
 * terms, not technical information about the property.
 */
function thresholdOnly(sentence: Sentence): boolean {
  const text = sentence.norm.text
  if (!statesCondition(text)) return false
  let any = false
  for (const signal of TECHNICAL_FIGURES) {
    const match = signal.exec(text)
    if (!match) continue
    if (!isThreshold(text, match.index + Math.max(0, match[0].search(DIGIT)))) return false
    any = true
  }
  return any
}

/**
 * Whether a sentence is about plans: the words of the future in English (PLANS), the French future after the issuer
 * (its defined names too) or its work (« la Société forera 3 000 mètres », « la campagne débutera »).
 */
function planned(names: string[]): (sentence: Sentence) => boolean {
  const future = futureFr(names)
  return (sentence) => {
    const text = sentence.norm.text
    if (PROGRAM_DESIGN.test(text) && !WORK_DONE.test(text)) return true
    if (PLANS.test(text) || (FUTURE_FR_WORD.test(text) && (future.test(text) || WORK_FUTURE_FR.test(text)))) return true
    return text.includes('rai') && CONDITIONAL_FR.test(text)
  }
}

/**
 * A program's design in the present ("The program comprises about 2,500 metres of drilling in 10 holes", "the
 * campaign consists of 12 holes", "the program calls for …"): what a drill start plans, not drilling done, unless
 * the sentence says the work was done ("The program, which comprised 10 holes, was completed").
 */
const PROGRAM_DESIGN = pattern(
  String.raw`\b(?:program|programme|campaign)\b[^.;]{0,60}\b(?:comprises|consists of|includes|calls for)\b`
)
const WORK_DONE = pattern(String.raw`\b(?:drilled|completed|finished|has been|have been|were|was)\b`)

/**
 * The French conditional, as "would" in English (« le programme comprendrait 9 000 mètres de forage », « le budget
 * permettrait de forer »): any verb in -rait / -raient, not the nouns so spelled (« portrait », « retrait »).
 */
const CONDITIONAL_FR = pattern(
  String.raw`(?<![${LETTER}])(?!(?:portr|retr|extr|attr|abstr|distr|soustr)aits?(?![${LETTER}]))` +
    String.raw`[a-zà-ÿ]{1,20}r(?:ait|aient)(?![${LETTER}])`
)
/**
 * The work in the French future with any verb, its year between (« le programme de 2027 comprendra 9 000 mètres de
 * forage », « la campagne 2027 permettra de forer »): a plan, where an offering's « comprendra » states its terms.
 */
const WORK_FUTURE_FR = pattern(
  String.raw`(?<![${LETTER}])(?:${FUTURE_SUBJECTS_FR.slice(1, 4).join('|')})(?: (?:de |d'|en )?\d{4})?` +
    String.raw`${CLITICS_FR}[a-zà-ÿ]{1,20}(?:ra|ront)(?![${LETTER}])`
)

/**
 * The end of the technical passage a block opens: the block, and the blocks right after it that still speak of the
 * work (assays, laboratories, QA/QC, samples, drilling), up to the first that does not (an "About" paragraph, a
 * caution). Where a missing statement that goes with the technical disclosure is placed.
 */
export function technicalRunEnd(block: Block, blocks: readonly Block[]): Block {
  let end = block
  for (let index = block.index + 1; index < blocks.length; index++) {
    const text = blocks[index].norm.text
    if (PLANS.test(text) || !WORD_SIGNALS.some((signal) => signal.test(text))) break
    end = blocks[index]
  }
  return end
}

/**
 * The wording of a resolution put to a meeting, as a report of the votes lists it ("To elect as directors",
 * "To re-appoint the auditors and authorize the board to fix their remuneration", "To grant to the board a general
 * mandate to allot shares …, and the said approval shall be limited accordingly"): the matter voted on, in the
 * drafting of the resolution, not a statement of the issuer's plans. Its "shall" is a weak sign only.
 */
const RESOLUTION_WORDING = pattern(
  String.raw`^(?:(?:ordinary|special) resolution:? )?to (?:elect|re-?elect|appoint|re-?appoint|approve|ratify|grant|` +
    String.raw`set|fix|authori[sz]e|confirm|adopt|renew|receive|amend|pass)\b(?![^.]{0,200}\b(?:company|corporation|` +
    String.raw`we|management) (?:will|intends|plans|expects)\b)`
)

/** Whether the release has forward-looking information, and how strongly (see `SUBJECTS`, `FUTURE_VERBS`). */
function detectForwardLooking(sentences: Sentence[], names: string[]): Evidence | undefined {
  const weak = gather(sentences, [FORWARD_LOOKING_SIGNALS], 'weak')
  const strong = gather(
    sentences.filter((sentence) => !RESOLUTION_WORDING.test(sentence.norm.text)),
    strongForwardLooking(names)
  )
  if (!strong || !weak) return strong ?? weak
  const all = new Set([...weak.sentences, ...strong.sentences])
  return {...strong, sentences: sentences.filter((sentence) => all.has(sentence))}
}

/**
 * The release's forward-looking information with a study's economics counted: an NPV or IRR stated with its figure
 * (`outlook`, another owner's set aside by the caller) is prospective financial performance based on assumptions, a
 * financial outlook (NI 51-102 s.1.1), so strong evidence even where no sentence says "will" or "expects".
 */
export function withOutlook(fli: Evidence | undefined, outlook: Evidence | undefined): Evidence | undefined {
  if (!outlook || fli?.strength === 'strong') return fli
  const all = new Set([...(fli?.sentences ?? []), ...outlook.sentences])
  const sentences = [...all].sort((a, b) => a.index - b.index)
  return {...outlook, strength: 'strong', count: (fli?.count ?? 0) + 1, sentences}
}

/** Decide the topics of a release. */
export function detectTopics(sentences: Sentence[], leadEnd: number): Topics {
  // The opening: header, headline and lead paragraph.
  const opening = sentences.filter((s) => s.block.index <= leadEnd)

  // The offering's evidence is always 'strong': its decision is not graded here (release.ts builds on it).
  let offering = gather(sentences, OFFERING_SIGNALS)
  // An offering is what the release is about when its opening says so, or when
  // its body gives the terms (several distinct signals), not when a drill
  // release mentions last year's placement in passing.
  if (offering && !gather(opening, OFFERING_SIGNALS) && offering.count < 3) offering = undefined

  const names = issuerNames(
    opening.filter((sentence) => HAS_LETTER.test(sentence.norm.text)),
    sentences
  )
  return {
    offering,
    technical: detectTechnical(sentences, names),
    forwardLooking: detectForwardLooking(sentences, names),
    issuerNames: names
  }
}
