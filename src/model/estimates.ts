/**
 * Estimates a release states, found once (NI 43-101 Parts 2 and 3): mineral
 * resource and reserve estimates, the results of a preliminary economic
 * assessment (PEA), historical estimates and exploration targets, each with
 * the words that state it and how strongly (a figure with its category is
 * strong; a resource or PEA merely named is not a stated estimate), and the
 * cautions and elements the release gives for them.
 */
import {find, findAll, has, sentenceAt, sentenceHolding, type Block, type Sentence} from './document.js'
import {
  findCautions,
  HISTORICAL_STATEMENT,
  HISTORICAL_STATEMENT_SWAPPED,
  HISTORICAL_STATEMENT_NEITHER,
  HISTORICAL_STATEMENT_NO,
  HISTORICAL_STATEMENT_NO_SWAPPED,
  HISTORICAL_STATEMENT_SWAPPED_FR,
  bestPerBlock,
  HISTORICAL_STATEMENT_FR,
  findPeaCautions,
  listPassages,
  TARGET_STATEMENT,
  TARGET_STATEMENT_FR,
  VIABILITY_STATEMENT,
  VIABILITY_STATEMENT_FR,
  type CautionFound
} from './estimate-cautions.js'
import {DATE} from './dates.js'
import {dateOf, datedFor, datedPassage, type Dated} from './estimate-dates.js'
import {escapeRegExp, LIMITS} from './vocabulary.js'
import {isCapitalizedTitle} from './layout.js'
import {
  type CategorySum,
  blockCategorySums,
  categorySums,
  figuresEqualTo,
  inferredTotal,
  inferredTotalColumn,
  inferredTotalRow
} from './estimate-sums.js'
import {frenchWords, LETTER} from './french.js'
import type {Span} from './text.js'
import type {Table} from './tables.js'
import {isThreshold} from './thresholds.js'
import {lettersIn} from './wording.js'
import {CAREER, type Strength} from './topics.js'
import {pattern} from './pattern.js'
import {findCaution} from './caution.js'

export type {CautionFound} from './estimate-cautions.js'

/** A statement of an estimate: its sentence, the words that state it, and how strongly. */
export interface Stated extends Span {
  sentence: Sentence
  /** The words that decided it (normalized). */
  words: string
  strength: Strength
}

export interface ResourceStatement extends Stated {
  /** The CIM categories it names ("indicated", "inferred"), normalized. */
  categories: string[]
  /** Its own effective date: in its paragraph, or stated for the same deposit or project (see estimate-dates.ts). */
  effectiveDate: Span | undefined
  /** Reserves (proven, probable) rather than resources. */
  reserve: boolean
}

export interface Estimates {
  /** Current mineral resource and reserve estimates stated with figures (not historical ones). */
  resources: ResourceStatement[]
  /**
   * A figure of Inferred resources added to Measured and Indicated ones ("M&I&I", "a total resource of"); `parts`: where
   * the categories it adds up are stated, when the figures alone decided it (a highlight equal to a table's rows' sum).
   */
  inferredSums: Array<Stated & {parts?: Span}>
  /** Results of a PEA: strong with figures (NPV, IRR, capex) or "results … suggest"; weak when only its basis is given. */
  peaResults: Stated[]
  /**
   * A statement that the PEA includes no Inferred resources ("based solely on Measured and Indicated Mineral
   * Resources", "no Inferred resources are included in the mine plan"): its caution then owes no Inferred clause.
   */
  peaWithoutInferred: Stated | undefined
  /**
   * The results of an economic analysis (an NPV or IRR with its figure) that includes Inferred resources and is tied to
   * no study (no PEA, pre-feasibility or feasibility study named in its paragraph or the three before): NI 43-101
   * s.2.3(1)(b) allows it only as a PEA's, with the caution of s.2.3(3).
   */
  economicsOnInferred: Stated | undefined
  /** Figures of an economic analysis (NPV, IRR) whatever the study. */
  economicAnalysis: Stated | undefined
  /**
   * The first economic analysis (an NPV or IRR with its figure) that is not another owner's: a financial outlook the
   * issuer discloses (forward-looking information, NI 51-102 s.1.1).
   */
  ownEconomics: Stated | undefined
  /** Historical estimates: strong with figures, weak when named only. */
  historical: Stated[]
  /** Exploration targets: a potential quantity tied to a target (in a table, with whether its columns are ranges). */
  targets: Target[]
  /**
   * The sentences stating another owner's estimate (an adjacent or distant deposit, a neighbour's named property, an
   * analogue, a past employer's in a biography): not the issuer's disclosure, so none of its figures is checked.
   */
  elsewhere: Sentence[]
  /** Where the release states each element (the first effective date; each estimate's own is on it). */
  effectiveDate: Span | undefined
  keyAssumptions: Span | undefined
  /** Where the release says whether its resources include its reserves (s.2.2(b)): "inclusive of", "in addition to". */
  reservesIncluded: Span | undefined
  /**
   * Whether the release states reserves beside its resources: a reserve estimate, or reserve categories in a statement
   * of resources (a wide table's "P&P Tonnes" columns beside its "M&I Tonnes", a sentence giving both).
   */
  reservesStated: boolean
  /** The cautions found, best first. */
  viability: CautionFound[]
  /** The PEA cautions, best first, read as the release owes them (without the Inferred clause for a PEA without Inferred). */
  peaCaution: CautionFound[]
  targetCaution: CautionFound[]
  historicalCaution: CautionFound[]
}

// French figures too: "2,3", "12 400 000" (thousands grouped by spaces), "millions de tonnes", "onces", "livres".
const FIGURE = String.raw`(?<![\d.,])(?:\d{1,3}(?: \d{3}){1,12}(?:,\d{1,6})?(?![\d.,])|\d[\d,]{0,15}(?:\.\d{1,6})?)`
const UNITS =
  String.raw`(?:million |billion |thousand |millions? de |millions? d'|milliards? de )?` +
  String.raw`(?:tonnes|tons|t|mt|kt|ounces|onces|oz|koz|moz|pounds|livres|lbs?|mlbs?|blbs?|carats)\b`
/**
 * A quantity of rock or metal ("46.6 million tonnes", "2.458 Moz", "601,158 … ounces" via "gold ounces", "2,184,000
 * indicated gold equivalent ounces", and in millions before its noun: "a 1.2 million ounce gold resource", "a
 * 10-million-tonne resource"); not a grade, a rate or a density written with a unit of mass ("110.3 oz/t", "0.35
 * ounces per ton", "2.7 t/m3", "1,500 tonnes per day"), nor a price per unit ("US$2,400 per ounce").
 */
const QUANTITY = pattern(
  String.raw`(?:${FIGURE} ?(?:${UNITS}|(?:million |billion |thousand )?(?:(?:measured|indicated|inferred|proven|probable) )?` +
    String.raw`(?:(?:gold|silver|copper) )?(?:equivalent )?ounces\b)` +
    String.raw`|${FIGURE}[ -](?:million|billion)[ -](?:tonne|ton|ounce|pound)\b)` +
    String.raw`(?! ?per (?:day|year|annum|(?:short |metric )?(?:tons?|tonnes?)\b))(?! ?\/ ?[a-z])`
)
/**
 * A grade's unit, as a symbol or in words ("%", "percent", "per cent", "g/t", "gpt", "grams per tonne", "ppm", "oz/t"):
 * a drafter writes either, and the grade is the same.
 */
const GRADE_UNIT = String.raw`(?:g\/t|gpt|grams? per tonne|%|per ?cent|ppm|oz\/t)`
/** A grade, metric or imperial as older (historical) estimates give it ("0.21 ounces per ton", "0.21 opt", "0.21 oz/ton"). */
const GRADE = pattern(
  String.raw`\d ?(?:${GRADE_UNIT}|lbs?\/t|oz ?\/ ?s?t\b|opt\b|oz(?:s|\.)? per (?:short )?ton\b|` +
    String.raw`ounces? (?:of gold |of silver )?per (?:short )?ton\b)`
)
const CATEGORY = pattern(
  String.raw`\b(?:measured|indicated|inferred|proven|proved|probable|m ?& ?i|m\+i|p ?& ?p|p\+p)\b|` +
    // French categories ("mesurées", "indiquées", "présumées"; reserves "probables", "prouvées").
    frenchWords([
      String.raw`mesur[ée]es?`,
      String.raw`indiqu[ée]es?`,
      String.raw`pr[ée]sum[ée]es?`,
      'probables?',
      String.raw`prouv[ée]es?`
    ]),
  'g'
)
/** Reserve categories (the others are resources): proven, probable, P&P; French "prouvées", "probables". */
const RESERVE_CATEGORY = /^(?:proven|proved|probable|p&|p\+|prouv)/
/** A resource named, or its estimate by its acronym: "MRE", and French « ERM » (estimation des ressources minérales). */
const RESOURCE_WORD = /\b(?:mineral resources?|resources?|reserves?|mre|ressources?|r[ée]serves?|erm)\b/
/** A sample's quantity and grade ("a 250-tonne bulk sample grading 5.1 g/t Au") is not a deposit's. */
const SAMPLE_WORD = /\bsamples?\b|\b[ée]chantillons?\b/
const RESERVE_WORD = /\b(?:reserves?|r[ée]serves?)\b/
/**
 * Reserves and resources counted together ("47 Moz AuEq in total reserves and resources", « réserves et ressources »):
 * a quantity with neither its category nor its grade, which NI 43-101 s.2.2(a) and (b) do not allow (each category
 * reported separately), so it is an estimate whose category is missing.
 */
const RESERVES_AND_RESOURCES = pattern(
  String.raw`\b(?:reserves? (?:and|&) resources?|resources? (?:and|&) reserves?)\b` +
    String.raw`|\b(?:r[ée]serves? et ressources?|ressources? et r[ée]serves?)\b`
)
const RESOURCE_ONLY_WORD = /\b(?:resources?|ressources?)\b/
/**
 * A quantity and grade of a deposit stated without the word "resource" ("the estimate totals 361 million tonnes
 * grading 0.29% Cu", "the deposit contains 2.1 Mt at 3.4 g/t Au", "the project hosts 1.8 Moz in 42 Mt grading
 * 1.33 g/t Au"; not a sample's): NI 43-101 s.2.3(1)(a) forbids a quantity and grade that is not a categorized
 * resource or reserve, so it is read as an estimate whose category is missing.
 */
const ESTIMATE_WORD = pattern(
  String.raw`\b(?:estimates?|estimated|deposits?|hosts?|hosting|contains?|containing)\b|` +
    frenchWords(['estimations?', String.raw`estim[ée]e?s?`, 'gisements?'])
)
/**
 * A CIM category of the quantity and grade beside it ("80.1 Mt at 1.44% Li2O Indicated", "109.2 Mt at 1.42% Li2O
 * inferred"): a resource or reserve named by its category, in a highlight that leaves out the word "resource" and
 * opens on its figure (a note that cites a neighbour's deposit, "Technical report of 2019, 540,000 ounces … in the
 * Indicated category", does not); not the verb ("drilling indicated that", "has proven to be", "was inferred from").
 */
const CATEGORY_WORD = pattern(
  String.raw`(?<!\b(?:has|have|had|is|are|was|were|be|been|being) )` +
    String.raw`\b(?:measured|indicated|inferred|proven|probable)\b(?! (?:that|by|from|to|in|as|a|an|the)\b)`
)
/**
 * Metal contained in a resource or reserve, stated with neither its category nor the tonnes and grade it is in ("hosts
 * resources of 900,000 ounces of gold", "a 1.2 million ounce gold resource", "reserves of 3.1 million ounces"): NI
 * 43-101 s.2.2(a) and (d) ask each category with its quantity and grade, and contained ounces out of the context of
 * a deposit's tonnage and grade are what the TSX's guidance names as not to be disclosed. The metal's quantity and
 * the resource word are one phrase: "of" between them, or the quantity before the word.
 */
const CONTAINED_IN_RESOURCE = pattern(
  String.raw`\b(?:mineral )?(?:resources?|reserves?)(?: estimates?)? (?:of|totall?ing|totals?|at) ` +
    String.raw`(?:approximately |about |over |some )?` +
    String.raw`(?:${FIGURE}) ?(?:(?:million|billion|thousand) )?(?:ounces|oz|moz|koz|pounds|lbs|mlbs)\b` +
    String.raw`|\b(?:${FIGURE}) ?(?:(?:million|billion)[ -])?(?:ounces?|oz|moz|koz|pounds?|lbs|mlbs)\b(?: of)?` +
    String.raw`(?: (?:gold|silver|copper|nickel|zinc|uranium|u3o8|platinum|palladium|gold[- ]equivalent|aueq|cueq))?` +
    String.raw` (?:mineral )?(?:resources?|reserves?)\b`
)
/** Words that name an estimate (not its records: drilling, sampling, assays). */
const NAMES_ESTIMATE = /\b(?:resources?|reserves?|estimat\w*|tonnages?|inventor(?:y|ies))\b/
/**
 * Not an estimate: what was produced, mined, extracted, sold or delivered (a stream's or an offtake's ounces: "until
 * 90,000 ounces have been delivered", "after cumulative deliveries of 150,000 ounces"); a target; a rate.
 */
const NOT_ESTIMATE = pattern(
  String.raw`\b(?:produc\w*|mined|milled|processed|extract(?:ed|ing|ion)|hoisted|sold|sales|shipped|deliver(?:ed|ies|y)` +
    String.raw`|exploration targets?` +
    String.raw`|resource targets?` +
    String.raw`|target(?:ing|s)? (?:of|greater)|tpd|per day|per annum|annual)\b|` +
    frenchWords(['cibles?', 'par jour', String.raw`par ann[ée]e`, 'par an', 'annuelles?', 'tpj'])
)
/**
 * French historical estimates and exploration targets: kept out of the current resources (NI 43-101 s.3.4 is
 * about the issuer's current estimates); a French historical estimate is read by HISTORICAL_FR.
 */
const NOT_CURRENT_FR = pattern(
  frenchWords([
    String.raw`(?:estimations?|ressources?|r[ée]serves?) (?:min[ée]rales? )?historiques?`,
    'historiques?',
    String.raw`cibles? d'exploration`,
    String.raw`non conformes?`
  ])
)
const HISTORICAL = pattern(
  // With its categories between ("historical Indicated resource", "historic Measured and Indicated resources").
  String.raw`\bhistor(?:ic|ical)(?: (?:measured|indicated|inferred|proven|probable)` +
    String.raw`(?:,? (?:and |& |\+ )?(?:indicated|inferred|probable)){0,2})?` +
    String.raw`(?: (?:mineral|uranium|gold|copper|silver))? (?:resources?|reserves?|estimates?|mineral ` +
    String.raw`resource estimates?|resource estimates?)\b` +
    String.raw`|\b(?:resource|reserve|estimate)s?\b[^.]{0,40}\b(?:is|are) (?:now )?(?:considered )?historical\b` +
    String.raw`|\bnon-?(?:ni 43-101 )?compliant (?:mineral )?(?:resource|reserve|estimate)s?\b|\bnot (?:ni )?43-101 compliant\b` +
    // "A 2022 geological report (non-NI 43-101 compliant) … identifies conceptual resources".
    String.raw`|\bnon-?(?:ni ?)?43-101[- ]?compliant\b`
)
/** A French historical estimate (« estimation historique », « ressources minérales historiques », « non conforme au Règlement 43-101 »). */
const HISTORICAL_FR = pattern(
  frenchWords([
    String.raw`estimations? (?:de (?:ressources?|r[ée]serves?) |des (?:ressources|r[ée]serves) )?(?:min[ée]rales? )?historiques?`,
    String.raw`(?:ressources?|r[ée]serves?) (?:min[ée]rales? )?historiques?`,
    String.raw`(?:estimations?|ressources?|r[ée]serves?) (?:min[ée]rales? )?non conformes? (?:au|aux|à la) (?:r[èe]glement|norme)`
  ])
)
/** A French caution sentence, not a disclosure (« ne considère pas », « suffisamment de travaux », « ne doit pas être »). */
const CAUTIONS_FR = pattern(
  frenchWords([
    String.raw`ne (?:la |les |l')?consid[èe]re(?:nt)? pas`,
    String.raw`ne (?:la |les |l')?traite(?:nt)? pas`,
    'suffisamment de travaux',
    'travaux suffisants',
    String.raw`ne (?:doit|doivent|devrait|devraient) pas [êe]tre`,
    String.raw`pas (?:[ée]t[ée] )?v[ée]rifi[ée]e?s?`
  ])
)
/** The French forward-looking caution (« énoncés prospectifs », « information prospective »). */
export const FLI_FR = pattern(
  frenchWords([String.raw`[ée]nonc[ée]s prospectifs`, 'information prospective', 'informations prospectives'])
)
/** A caution sentence, not a disclosure ("should not be relied upon", "is not treating them as current"). */
const CAUTIONS = /not (?:be )?relied|not treating|sufficient work|not (?:been )?verified|not independently verified/
/** Inferred added to the other categories. */
const INFERRED_SUM = pattern(
  String.raw`\b(?:m ?& ?i ?& ?i|m ?\+ ?i ?\+ ?i|mi&i|(?:measured,? )?indicated,? (?:and|&|\+) inferred|m ?& ?i (?:and|&` +
    String.raw`|\+|plus) inferred|measured (?:and|&) indicated (?:and|&|\+|plus) inferred)` +
    // "… Resources of", "… Resources now total", "… Resources currently stand at", "… Resources amount to".
    String.raw`(?: mineral)? resources?,? (?:(?:now|currently|together|combined|collectively|then) )?` +
    String.raw`(?:of|total(?:s|ed|led|ing|ling)?|contain(?:s|ed|ing)?|for|is|are|amounts? to|stands? at|:) ?` +
    String.raw`(?:approximately |about |some )?${FIGURE}` +
    // "… 1.90 million tonnes LCE of Indicated and Inferred", "… in the Measured, Indicated and Inferred categories",
    // "… 782,000 ounces of gold in Indicated and Inferred Mineral Resources"; not the figures of each, "respectively".
    String.raw`|${FIGURE} ?${UNITS}[^.]{0,30}\b(?:of|in(?: the)?) (?:total )?(?:measured,? )?(?:and )?indicated,? (?:and|&|\+) ` +
    String.raw`inferred\b(?![^.]{0,40}\brespectively\b)` +
    // "… for 1,227,000 ounces of gold, Indicated and Inferred combined", "… 35.9 Mt (Measured, Indicated and Inferred together)".
    String.raw`|${FIGURE} ?${UNITS}[^.]{0,30}\b(?:measured,? )?(?:and )?indicated,? (?:and|&|\+) inferred(?: (?:mineral )?` +
    String.raw`resources?| categories)? (?:combined|together)\b` +
    String.raw`|\btotal (?:mineral )?resources? \((?:m ?& ?i ?& ?i|measured,? indicated,? (?:and|&) inferred)\)` +
    // "Total Mineral Resources, including Inferred, amount to 1.33 million ounces", "Mineral Resources, inclusive of
    // the Inferred category, total 11 Mt": Inferred named inside the total; not "… including Inferred Resources of 4.8
    // Mt" (the Inferred's own figure).
    String.raw`|\b(?:mineral )?resources?,? (?:including|inclusive of) (?:the )?inferred(?: category| (?:mineral )?` +
    String.raw`resources?)?,? (?:total(?:s|led|ling)?|amounts? to|stands? at|are|is) (?:approximately |about |some )?` +
    FIGURE
)
/**
 * A PEA's French names: « étude économique préliminaire (EEP) », and « évaluation économique préliminaire (ÉEP) », the
 * term Regulation 43-101 itself defines, its abbreviation accented or not (« ÉÉP », « ÉEP », « EEP »).
 */
export const PEA_FR = [String.raw`[ée](?:tude|valuation)s? [ée]conomiques? pr[ée]liminaires?`, '[ée][ée]p']
// Other studies "(pré)faisabilité", "EPF", "EF".
const PEA = pattern(String.raw`\b(?:preliminary economic assessments?|peas?|scoping study)\b|` + frenchWords(PEA_FR))
const OTHER_STUDY = pattern(
  String.raw`\b(?:pre-?feasibility|feasibility|pfs|fs|fsu)\b|` +
    frenchWords([String.raw`(?:pr[ée]-?)?faisabilit[ée]`, 'epf', 'ef'])
)
/** French metrics of a PEA's results ("VAN après impôts", "TRI", "dépenses en immobilisations"). */
const METRIC_FR = frenchWords([
  'van',
  'valeur actuelle nette',
  'tri',
  'taux de rendement interne',
  String.raw`p[ée]riode de r[ée]cup[ée]ration`,
  String.raw`co[ûu]ts? (?:en capital|d'investissement|d'exploitation)`,
  String.raw`d[ée]penses (?:en immobilisations|d'investissement)`,
  String.raw`apr[èe]s imp[ôo]ts`,
  String.raw`avant imp[ôo]ts`,
  String.raw`dur[ée]e de vie de la mine`,
  String.raw`flux de tr[ée]sorerie`
])
const METRIC = pattern(
  String.raw`\b(?:npv\S{0,4}|net present value|irr|internal rate of return|payback|capex|capital costs?|initial capital|` +
    String.raw`operating costs?|opex|aisc|all-in sustaining costs?|after-tax|pre-tax|life of mine|lom|mine life|cash flows?)\b|` +
    METRIC_FR
)
/** No Inferred resources in a PEA (s.2.3(3) is about a PEA that includes or is based on them). */
const NO_INFERRED = pattern(
  [
    String.raw`\bno inferred\b`,
    String.raw`\b(?:exclud\w*|does not (?:include|use|incorporate)|do not (?:include|use)|` +
      String.raw`not (?:include|used|incorporated)|without)\b[^.]{0,40}\binferred\b`,
    String.raw`\binferred\b[^.]{0,40}\b(?:(?:are|were|was|is|have been|has been) (?:not|excluded)|excluded)\b`,
    String.raw`\b(?:solely|only|exclusively) (?:on |from )?(?:the )?measured (?:and|&) indicated\b`,
    frenchWords([
      String.raw`aucune? ressources? (?:min[ée]rales? )?pr[ée]sum[ée]es?`,
      String.raw`(?:exclu[${LETTER}]{0,6}|n'inclu[${LETTER}]{0,4} pas|sans)[^.]{0,40}pr[ée]sum[ée]es?`,
      String.raw`(?:uniquement|seulement|exclusivement) (?:sur )?(?:les )?ressources (?:min[ée]rales )?mesur[ée]es et indiqu[ée]es`
    ])
  ].join('|')
)
/** A metric and its figure ("after-tax NPV8% of US$1.48 billion", "IRR of 22.2%"). */
const METRIC_FIGURE = pattern(
  String.raw`(?:${METRIC.source})[^.;]{0,40}?(?:\$ ?[\d.,]*\d(?: ?(?:million|billion)\b)?|\d[\d.]* ?%|\d[\d.]* ?-? ?years?\b` +
    // French: "512 M$", "1 250 M$", "24,5 %", "3,1 ans", "1,2 milliard de dollars".
    String.raw`|\d[\d, ]{0,15} ?[mg]?\$|\d[\d,]{0,8} ?%|\d[\d,]{0,8} ?ans\b|\d[\d,]{0,8} (?:millions?|milliards?) de dollars)`
)
const ECONOMIC_FIGURE = pattern(
  String.raw`\$ ?\d|\d ?%|\d(?:\.\d)? ?(?:-? ?years?)\b|\d ?(?:million|billion|m|b)\b|` +
    // French: "512 M$", "1,2 G$", "24,5 %", "3,1 ans", "millions de dollars".
    String.raw`\d ?[mg]?\$|\d(?:,\d)? ?ans\b|\d (?:millions?|milliards?) de dollars`
)
const RESULTS_VERB = pattern(
  [
    // French: "les résultats de l'étude économique préliminaire", "l'EEP démontre / indique / génère".
    frenchWords([
      String.raw`r[ée]sultats? de (?:l'|la |une )?(?:[ée][ée]p|[ée](?:tude|valuation) [ée]conomique pr[ée]liminaire)`,
      String.raw`(?:[ée][ée]p|[ée](?:tude|valuation) [ée]conomique pr[ée]liminaire) (?:[^.]{0,80} )?` +
        String.raw`(?:d[ée]montrent?|indiquent?|g[ée]n[èe]rent?|pr[ée]voit|pr[ée]sentent?|r[ée]v[èe]lent?)`
    ]),
    String.raw`\bresults? of (?:the |a |an |its )?(?:updated |new |\d{4} )?(?:pea|preliminary economic assessment)`,
    String.raw`\b(?:pea|preliminary economic assessment)\b[^.]{0,80}\b(?:demonstrat\w*|shows?|showed|generat\w*` +
      String.raw`|outlin\w*|suggests?|suggested|returns?|returned|yield\w*|reported|contemplat\w*)\b`
  ].join('|')
)
/**
 * A study the sentence says there is none of: "the production decision is not based on a preliminary economic
 * assessment, a pre-feasibility study or a feasibility study of mineral reserves demonstrating economic and
 * technical viability" (the caution of a production decision without a study), « n'est pas fondée sur une étude ».
 */
const STUDY_DENIED = pattern(
  String.raw`\b(?:not (?:been )?(?:based|supported) (?:up)?on|without|absence of|no)\s(?:the |a |an |any )?$|` +
    String.raw`\b(?:pas|aucunement) (?:fond[ée]e?s?|bas[ée]e?s?) sur (?:une |un |l'|la )?$|\bsans (?:une |un |l')?$`
)
/** Whether the first study the results words name is one the sentence denies. */
function studyDenied(text: string): boolean {
  const match = RESULTS_VERB.exec(text)
  return match !== null && STUDY_DENIED.test(text.slice(Math.max(0, match.index - 40), match.index))
}
const ECONOMIC_WORDS = pattern(
  String.raw`\b(?:econom\w*|production|costs?|mine life|long-life|return|profitab\w*|cash)\b|` +
    frenchWords([
      String.raw`[ée]conomi[${LETTER}]{0,6}`,
      String.raw`co[ûu]ts?`,
      'rentabilit[ée]',
      String.raw`tr[ée]sorerie`,
      'rendement'
    ])
)
/**
 * A pre-feasibility or feasibility study's mine plan, schedule or economics said to include Inferred resources ("The
 * PFS mine plan includes 2.1 million tonnes of Inferred Mineral Resources"): an economic analysis that includes
 * Inferred resources, which NI 43-101 s.2.3(1)(b) allows only as a PEA's. Not a plan that leaves them out (`NO_INFERRED`,
 * `LEFT_OUT`: "treated as waste", "assigned zero grade"), nor one that only may add them later ("could be upgraded and
 * added to the mine plan").
 */
const STUDY_PLAN = pattern(
  String.raw`\b(?:mine plans?|mining plans?|production (?:plan|schedule)s?|mining schedules?|life[- ]of[- ]mine plans?|` +
    String.raw`lom plans?|mill feed|plant feed|economic analysis|cash flows?|financial model)\b`
)
const LEFT_OUT = pattern(
  String.raw`\b(?:as waste|zero grades?|no value|not (?:included|scheduled|considered|part))\b|` +
    String.raw`\b(?:may|might|could|would|potential(?:ly)?|future|upgrad\w*|conver\w*|opportunit\w*)\b`
)
const STUDY_RESULT = pattern(
  String.raw`\b(?:npv\S{0,4}|net present value|irr|internal rate of return)\b[^.]{0,40}(?:\$ ?\d|\d ?%)|` +
    frenchWords(['van', 'valeur actuelle nette', 'tri', 'taux de rendement interne']) +
    String.raw`[^.]{0,40}?(?:\$ ?\d|\d ?%|\d ?[mg]?\$|\d (?:millions?|milliards?) de dollars)`
)
const TARGET = pattern(
  String.raw`\b(?:exploration targets?|resource targets?|target (?:range|tonnage)s?|conceptual (?:target|tonnage)s?` +
    // The potential quantity of a target, or its potential mineralization given in tonnes (the sentence holds a quantity).
    String.raw`|potential (?:quantity|tonnage|minerali[sz]ation)|geological potential` +
    // A future resource aimed at ("targeting a potential future resource of 100 Mt", "a potential resource of 5-8 Mt").
    String.raw`|potential (?:future )?(?:mineral )?resources? (?:of|between|in the range)` +
    String.raw`|target(?:s|ed|ing)? an? (?:(?:potential|future|initial|maiden) ){0,2}(?:mineral )?resource (?:of|between))\b` +
    // A target given its tonnage as a range ("estimates the Castine Deep target at 3 to 5 million tonnes grading 5 to 7
    // g/t Au"): no estimate is a range, so the range makes the target's potential quantity.
    String.raw`|\btarget\b[^.;]{0,60}?\b\d[\d.,]{0,8} ?(?:to|-|–) ?\d[\d.,]{0,8} ?(?:million |m)?(?:tonnes|tons|mt)\b`
)
/**
 * A French exploration target (« cible d'exploration », « quantité potentielle », « tonnage potentiel », « la
 * minéralisation potentielle est estimée à 200 à 300 millions de tonnes »: read only in a sentence holding a quantity).
 */
const TARGET_FR = pattern(
  frenchWords([
    String.raw`cibles? (?:d'exploration|de ressources?|conceptuelles?)`,
    String.raw`quantit[ée]s? potentielles?`,
    String.raw`min[ée]ralisations? potentielles?`,
    'tonnages? potentiels?',
    String.raw`potentiel (?:de|en) tonnage`
  ])
)
/**
 * The same in French: « des ressources (minérales) indiquées et présumées de 17,5 millions de tonnes », « mesurées,
 * indiquées et présumées totalisant … », « 17,5 Mt de ressources indiquées et présumées » (Inferred is « présumées »).
 */
const INFERRED_SUM_FR = pattern(
  frenchWords([
    String.raw`ressources (?:min[ée]rales )?(?:mesur[ée]es,? )?(?:et )?indiqu[ée]es,? (?:et|&|\+) pr[ée]sum[ée]es,? ` +
      String.raw`(?:(?:totalisant|totalisent|de|d'environ|s'[ée]levant [àa]|s'[ée]l[èe]vent [àa]|:) ?)${FIGURE}`,
    // « 502 000 onces d'or de (en, dans les) ressources indiquées et présumées », « … dans les catégories indiquée et
    // présumée »; not the figures of each, « respectivement ».
    String.raw`${FIGURE} ?${UNITS}[^.]{0,30}(?:de|en|dans les) (?:ressources|cat[ée]gories) (?:min[ée]rales )?` +
      String.raw`(?:mesur[ée]es?,? )?(?:et )?indiqu[ée]es?,? (?:et|&|\+) pr[ée]sum[ée]es?(?![^.]{0,40}respectivement)`
  ])
)
/**
 * The effective date: "effective date", "effective as of", an estimate "as of" a date, or a resource or reserve
 * dated "as at" a date on either side ("Mineral Reserves as at December 31, 2025", "As at December 31, 2025, Proven
 * and Probable Mineral Reserves total …", « les réserves minérales au 31 décembre 2025 »: how producers date their
 * year-end estimates).
 */
/** A month's name, full or short ("December", "Dec."). */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]{0,6}`
/** A sentence's character, a decimal point too ("reserves of 3.1 million ounces at December 31, 2026"). */
const IN_SENTENCE = String.raw`(?:[^.]|\.(?=\d))`
/** A date with its day first, as Australian and British releases write it ("30 November 2026", "30th Nov. 2026"). */
const DAY_FIRST = String.raw`\d{1,2}(?:st|nd|rd|th)? ${MONTH}\.?,? \d{4}`
/**
 * A calendar date, its month first ("December 31, 2025", "December 31st, 2025") or its day ("31 December 2025"):
 * any form dates.ts reads, and a day-first one with its ordinal.
 */
const DATED = String.raw`(?:${DATE}|${MONTH}\.? \d{1,2},? \d{4}|${DAY_FIRST})`
const EFFECTIVE_DATE = pattern(
  String.raw`\beffective (?:date|as (?:of|at)|on|[a-z]{3,9}\.? \d|${DAY_FIRST})` +
    String.raw`|\b(?:estimat\w*|mre|resources?|reserves?)\b${IN_SENTENCE}{0,60}\bas (?:of|at) (?:[a-z]{3,9}\.? \d|${DAY_FIRST})` +
    String.raw`|\bas (?:of|at) ${DATED}\b${IN_SENTENCE}{0,40}\b(?:resources?|reserves?)\b` +
    // A plain "at" with a calendar date, or a year's end ("Mineral Reserves at December 31, 2025 were …", "At
    // December 31, 2025, reserves stood at …", "reserves at the end of 2025", "year-end 2025 Mineral Reserves"): the
    // month is named, so "reserves at grades of 4" is no date.
    String.raw`|\b(?:resources?|reserves?)\b${IN_SENTENCE}{0,60}\bat (?:${DATED}|(?:the end of |year-end )\d{4})\b` +
    String.raw`|\b(?:at ${DATED}|year-? ?end \d{4})\b${IN_SENTENCE}{0,40}\b(?:resources?|reserves?)\b|` +
    // French: "date d'effet", "date effective", « date d'entrée en vigueur », "en date du 1er mars 2025", « réserves
    // minérales au 31 décembre 2025 ».
    frenchWords([
      String.raw`date (?:d'effet|effective|de prise d'effet|d'entr[ée]e en vigueur)`,
      // The first of the month with its ordinal, « en date du 1er octobre 2026 ».
      String.raw`en date du (?:\d{1,2}(?:er|re)?|premier)`,
      String.raw`(?:ressources?|r[ée]serves?)[^.]{0,60} au \d{1,2}(?:er)? [a-zéû]{3,9} \d{4}`,
      String.raw`au \d{1,2}(?:er)? [a-zéû]{3,9} \d{4},? (?:les )?(?:ressources?|r[ée]serves?)`
    ])
)
/**
 * Whether the resources include the reserves (NI 43-101 s.2.2(b): "the extent, if any, to which mineral reserves are
 * included in total mineral resources"): "reported inclusive of (exclusive of) Mineral Reserves", "(incl. Mineral
 * Reserves)", "Mineral Resources
 * include / are in addition to Mineral Reserves", "Mineral Reserves are included in the Mineral Resources", « les
 * ressources minérales incluent (excluent) les réserves minérales », « en sus des réserves ».
 */
const RESERVES_INCLUDED = pattern(
  String.raw`\b(?:(?:inclusive|exclusive|exclusively) of|incl\.?|excl\.?|including|excluding) (?:the |all )?` +
    String.raw`(?:(?:mineral|ore|proven and probable) )?` +
    String.raw`reserves?\b` +
    // The reserves by their abbreviation, as a table's label or note gives it ("M&I Resources (incl. P&P)").
    String.raw`|\b(?:(?:inclusive|exclusive) of|incl\.?|excl\.?|including|excluding) (?:the )?(?:p ?[&+] ?p|2p)(?![a-z0-9])` +
    String.raw`|\bresources?\b[^.]{0,60}\b(?:include|includes|including|included|exclude|excludes|excluding|excluded|` +
    String.raw`in addition to|additional to|over and above)\b[^.]{0,40}\breserves?\b` +
    String.raw`|\breserves?\b[^.]{0,40}\b(?:are|is) (?:not )?(?:included|contained|incorporated) (?:in|within)\b[^.]{0,40}` +
    String.raw`\bresources?\b|` +
    frenchWords([
      String.raw`ressources?[^.]{0,60}(?:incluent|excluent|comprennent|incluses?|inclusivement|exclusivement|en sus|` +
        String.raw`en plus)[^.]{0,40}r[ée]serves?`,
      String.raw`r[ée]serves?[^.]{0,40}(?:sont )?(?:incluses|comprises|exclues) (?:dans|des)[^.]{0,40}ressources?`
    ])
)
const ASSUMPTIONS = pattern(
  [
    String.raw`\bcut-? ?off\b`,
    String.raw`\bcutoff\b`,
    String.raw`\b(?:metal|gold|silver|copper|zinc|nickel|lithium|uranium|commodity) prices?\b`,
    String.raw`\$ ?[\d,.]+ ?(?:per |\/ ?)(?:oz|ounce|lb|pound|t|tonne)\b`,
    String.raw`\brecover(?:y|ies)\b`,
    // A net smelter return cut-off ("an NSR cut-off of US$7.20 per tonne"), not a royalty's ("a 2.0% NSR royalty").
    String.raw`(?<!% ?)\bnsr\b(?! royalt)`,
    String.raw`\brpeee\b`,
    String.raw`reasonable prospects`,
    String.raw`pit[- ]constrained`,
    String.raw`pit shell`,
    String.raw`\bkriging\b`,
    String.raw`inverse distance`,
    // Estimation methods, as historical estimates state them ("by polygonal methods", "sectional methods from
    // underground sampling", "a block model", "nearest neighbour"), and their parameters (density, dilution).
    String.raw`\bpolygon(?:al|s)?\b`,
    String.raw`\b(?:cross-? ?|longitudinal )?section(?:al|s)? (?:methods?|estimat\w*|calculat\w*)`,
    String.raw`\b(?:estimation|estimating|calculation) methods?\b`,
    String.raw`\bblock model`,
    String.raw`\bnearest[- ]neighbou?r`,
    String.raw`\b(?:specific gravity|bulk density|tonnage factor)\b`,
    String.raw`\bminimum (?:mining |true )?(?:width|thickness)\b`,
    // French: cut-off grade, metal prices, recoveries, kriging, reasonable prospects; the estimation methods and
    // parameters above as a historical estimate states them in French (« par la méthode des polygones », « sur des
    // sections polygonales », « un modèle de blocs », « une densité de 2,8 », « une largeur minimale de 2 mètres »).
    frenchWords([
      String.raw`teneurs? (?:de coupure|limite)`,
      String.raw`prix (?:de l'or|des m[ée]taux|du cuivre|de l'argent|du nickel|du lithium|du zinc)`,
      String.raw`r[ée]cup[ée]rations?`,
      'krigeage',
      'inverse de la distance',
      'perspectives raisonnables',
      String.raw`fosse optimis[ée]e`,
      String.raw`polygon(?:es?|al|aux|ales?)`,
      String.raw`sections? (?:transversales?|longitudinales?|verticales?)`,
      String.raw`m[ée]thodes? (?:de calcul|d'estimation|de l'estimation|des sections)`,
      String.raw`mod[èe]les? de blocs`,
      String.raw`plus proches? voisins?`,
      String.raw`(?:densit[ée] (?:relative|apparente|sp[ée]cifique|en place)|poids sp[ée]cifique|facteur de tonnage)`,
      String.raw`(?:largeur|[ée]paisseur|puissance) (?:minimale|minimum)`
    ])
  ].join('|')
)
/** The forward-looking caution's words, in French too (« informations prospectives », « énoncés prospectifs »). */
const FLI = /forward-? ?looking|\b(?:informations?|[ée]nonc[ée]s|d[ée]clarations) prospecti(?:ves?|fs?)\b/
/** Words of the cautions (estimate-cautions.ts): a block without any holds none of them. */
const CAUTION_WORDS =
  /viab|sp[ée]cul|concep|suffic|suffis|treat|trait|consid[èe]r|pr[ée]lim|inferr|certain|nature|current|pr[ée]sum/

/** A column of quantities: tonnes, ounces, pounds, carats, or their abbreviations ("Tonnes (Mt)", "Au (koz)"). */
const QUANTITY_COLUMN = pattern(
  String.raw`(?<![a-z\u00e0-\u00ff/])` +
    String.raw`(?:tonnes|tons|tonnage|t|mt|kt|ounces|onces|oz|koz|moz|pounds|livres|lbs?|mlbs?|blbs?|carats|ct)` +
    String.raw`(?![a-z\u00e0-\u00ff])`
)
const DIGIT = /\d/
/** The estimate named as the release's own, by a definite word ("the resource", "the updated mineral resource estimate"). */
const THE_RESOURCE = pattern(
  String.raw`\b(?:the|this|its)(?: (?:updated|new|current|maiden|initial|global|total))?(?: mineral)? resources?\b`
)

/**
 * An estimate in one category only, so stated ("Inferred Mineral Resources of 17,780,000 tonnes averaging 0.91 g/t"),
 * where the release names no other category anywhere: its figures given as "the resource"'s carry that category
 * ("Approximately 75% of the resource (388,000 ounces) is within 150 vertical metres of surface", "the updated mineral
 * resource estimate … an increase of 160,900 ounces"). NI 43-101 s.2.2 asks each category reported separately, which
 * a release of one category does.
 */
function soleCategory(resources: ResourceStatement[], blocks: readonly Block[]): void {
  const named = new Set(resources.flatMap((resource) => resource.categories))
  if (named.size !== 1 || !resources.some((resource) => resource.categories.length === 0)) return
  const [sole] = named
  for (const block of blocks) {
    for (const match of block.norm.text.matchAll(CATEGORY_ALL)) if (match[0].replace(/\s/g, '') !== sole) return
  }
  for (const resource of resources) {
    if (resource.categories.length === 0 && THE_RESOURCE.test(resource.sentence.norm.text)) resource.categories = [sole]
  }
}
const CATEGORY_ALL = pattern(CATEGORY.source, 'g')

/** A CIM category in a cell (CATEGORY without its global state). */
const CATEGORY_CELL = pattern(CATEGORY.source)

/**
 * The estimates a draft tables (tables.ts): a table with a column of tonnes or ounces and rows labelled by CIM
 * category ("Indicated", "Total M&I", « Présumées »), quoted by its first such row. Historical when the table or
 * the passage just before it calls the estimate historical; another owner's when it names an adjacent deposit.
 */
type Tabled = ResourceStatement & {
  historical: boolean
  elsewhere: boolean
  sum: Stated | undefined
  /** What its category rows add up to, Inferred with the others, and the table's blocks. */
  sums: CategorySum[]
  blocks: Block[]
}

function tableEstimates(
  blocks: readonly Block[],
  tables: readonly Table[],
  madeBefore: (text: string) => boolean = () => false
): Tabled[] {
  const found: Tabled[] = []
  for (const table of tables) {
    if (!table.rows.slice(0, 3).some((row) => row.cells.some((cell) => QUANTITY_COLUMN.test(cell)))) continue
    const labelled = table.rows.filter(
      (row) =>
        row.cells.slice(0, 2).some((cell) => CATEGORY_CELL.test(cell)) && row.cells.some((cell) => DIGIT.test(cell))
    )
    // A wide table: a row per deposit, the categories in the header's columns of quantities ("M&I Gold (koz)",
    // "Inferred Tonnes (Mt)"), with figures below.
    const header = table.rows[0]
    const wide =
      labelled.length === 0 &&
      header.cells.some((cell) => CATEGORY_CELL.test(cell) && QUANTITY_COLUMN.test(cell)) &&
      table.rows.slice(1).some((row) => row.cells.slice(1).some((cell) => DIGIT.test(cell)))
    // What the table is: read in its own block and the block before it (its heading or the sentence that brings it).
    const around = [blocks[table.rows[0].block.index - 1], table.rows[0].block].filter(Boolean)
    const historical = around.some(
      (block) => has(block, HISTORICAL) || has(block, HISTORICAL_FR) || madeBefore(block.norm.text)
    )
    if (labelled.length === 0 && !wide) {
      // A historical estimate tabled by zone or deposit, in no CIM category (the categories of its day, or none:
      // "Highbury hosts the following historical estimates, … in a report dated October 1991:" over "| Main Zone |
      // 2,150,000 | 6.8 |"), quoted by its first row of figures.
      // The issuer's own estimate tabled by zone or deposit, no category anywhere in the table or the passage that
      // brings it ("announces an updated mineral resource estimate …" over "| Main | 12.4 | 0.62 |"): NI 43-101 s.2.2
      // has each category reported, so it is an estimate whose categories are missing.
      const uncategorized = !historical && isUncategorized(table, around)
      const row =
        historical || uncategorized
          ? table.rows.find((r) => r.cells.slice(1).some((cell) => DIGIT.test(cell)))
          : undefined
      const at = row && (sentenceAt(row.block, row.start) ?? row.block.sentences[0])
      if (row && at) {
        const words = row.cells.join(' | ')
        found.push({
          sentence: at,
          start: row.start,
          end: row.end,
          words,
          strength: 'strong',
          categories: [],
          effectiveDate: undefined,
          reserve: false,
          historical: !uncategorized,
          elsewhere: false,
          sum: undefined,
          sums: [],
          blocks: []
        })
      }
      continue
    }
    const labels = wide ? [header.cells.join(' ')] : labelled.map((row) => row.cells.slice(0, 2).join(' '))
    const categories = [
      ...new Set(labels.flatMap((label) => [...label.matchAll(CATEGORY)].map((m) => m[0].replace(/\s/g, ''))))
    ]
    const first = wide ? header : labelled[0]
    const sentence = sentenceAt(first.block, first.start) ?? first.block.sentences[0]
    if (!sentence) continue
    found.push({
      sentence,
      start: first.start,
      end: first.end,
      words: first.cells.join(' | '),
      strength: 'strong',
      categories,
      effectiveDate: undefined,
      reserve: categories.every((c) => RESERVE_CATEGORY.test(c)),
      historical,
      elsewhere: around.some((block) => has(block, ELSEWHERE)),
      sum: totalRow(table),
      sums: wide ? [] : categorySums(table, (cell) => QUANTITY_COLUMN.test(cell)),
      blocks: [...new Set(table.rows.map((row) => row.block))]
    })
  }
  return found
}

/** A resource or reserve estimate named as such: "mineral resource estimate", "estimate of mineral resources", "MRE". */
const NAMES_RESOURCE_ESTIMATE = pattern(
  String.raw`\b(?:resource|reserve) (?:estimates?|estimation)\b|\bmre\b` +
    String.raw`|\bestimat\w{0,6} (?:of )?(?:the )?(?:mineral )?(?:resources?|reserves?)\b` +
    // French: « une première estimation des ressources minérales », « l'estimation à jour des réserves », « l'ERM ».
    String.raw`|\bestimations?(?: [a-zà-ÿ]{1,12}){0,2}? (?:des |de |d')?(?:ressources|r[ée]serves)(?![a-zà-ÿ])|\berm\b`
)
/** A column of grades, in a table's header. */
const GRADE_HEADER = pattern(String.raw`\bgrades?\b|%|g\/t|\bppm\b|\bteneurs?\b`)
/** A French mine plan's or schedule's words (« plan minier », « calendrier de production », « alimentation »). */
const PLAN_WORDS_FR = pattern(String.raw`\b(?:plan minier|plan de minage|calendrier|alimentation|vie de la mine)\b`)

/**
 * A table of tonnes and grades the passage before it calls a resource or reserve estimate, with no CIM category in
 * it nor in that passage (the categories dropped from the rows, the rows by zone); not a mine plan's feed or schedule,
 * nor a sample's figures.
 */
function isUncategorized(table: Table, around: Block[]): boolean {
  const header = table.rows[0].cells
  if (!header.some((cell) => QUANTITY_COLUMN.test(cell)) || !header.some((cell) => GRADE_HEADER.test(cell)))
    return false
  if (!around.some((block) => has(block, NAMES_RESOURCE_ESTIMATE))) return false
  const plan = (block: Block) => has(block, PLAN_WORDS) || has(block, PLAN_WORDS_FR)
  if (around.some((block) => has(block, CATEGORY_CELL) || plan(block) || has(block, SAMPLE_WORD))) return false
  if (header.some((cell) => PLAN_WORDS.test(cell) || PLAN_WORDS_FR.test(cell))) return false
  return !table.rows.some((row) => row.cells.some((cell) => CATEGORY_CELL.test(cell)))
}

/**
 * An exploration target tabled: its ranges read from its columns, since a table gives the unit in the header ("Tonnage
 * range (Mt)" over "60 – 90"), not beside each figure as a sentence does.
 */
export interface Target extends Stated {
  ranges?: {tonnage: boolean; grade: boolean}
}
const GRADE_COLUMN = pattern(String.raw`\bgrades?\b|\bteneurs?\b|%|g\/t|\bppm\b`)
const RANGE_CELL = pattern(String.raw`\d ?(?:-|–|—|to|à) ?\d`)

/**
 * The exploration targets a draft tables: a table with a column of tonnes, in no CIM category, that the table or the
 * passage just before it names a target ("reports a conceptual exploration target for the Osier trend" over "| North
 * Lens | 60 – 90 | 28 – 32 |"), quoted by its first row of figures.
 */
function tableTargets(blocks: readonly Block[], tables: readonly Table[]): Target[] {
  const found: Target[] = []
  for (const table of tables) {
    const header = table.rows[0]
    const column = header.cells.findIndex((cell) => QUANTITY_COLUMN.test(cell))
    if (column < 0 || table.rows.some((row) => row.cells.slice(0, 2).some((cell) => CATEGORY_CELL.test(cell)))) continue
    const before = blocks[header.block.index - 1]
    if (![before, header.block].some((b) => b !== undefined && (has(b, TARGET) || has(b, TARGET_FR)))) continue
    const rows = table.rows.slice(1).filter((row) => DIGIT.test(row.cells[column] ?? ''))
    const first = rows[0]
    const sentence = first && (sentenceAt(first.block, first.start) ?? first.block.sentences[0])
    if (!first || !sentence) continue
    const grade = header.cells.findIndex((cell, i) => i !== column && GRADE_COLUMN.test(cell))
    const ranged = (i: number) => rows.every((row) => RANGE_CELL.test(row.cells[i] ?? ''))
    const ranges = {tonnage: ranged(column), grade: grade >= 0 && ranged(grade)}
    found.push({
      sentence,
      start: first.start,
      end: first.end,
      words: first.cells.join(' | '),
      strength: 'strong',
      ranges
    })
  }
  return found
}

/**
 * A table's row that totals Inferred with the other categories, or a wide table's total column that does
 * (estimate-sums.ts), as a statement.
 */
function totalRow(table: Table): Stated | undefined {
  const isQuantity = (cell: string) => QUANTITY_COLUMN.test(cell)
  const row = inferredTotalRow(table, isQuantity) ?? inferredTotalColumn(table, isQuantity)?.row
  if (!row) return undefined
  const sentence = sentenceAt(row.block, row.start) ?? row.block.sentences[0]
  return sentence && {sentence, start: row.start, end: row.end, words: row.cells.join(' | '), strength: 'strong'}
}

/**
 * An earlier estimate restated ("the previous estimate reported Indicated Mineral Resources of …", "up from 615,000
 * ounces in the prior resource", « l'estimation précédente »): its effective date is not the new estimate's.
 */
const EARLIER_ESTIMATE = pattern(
  String.raw`\b(?:previous|prior|former|earlier|superseded|original)\b[^.]{0,40}\b(?:estimates?|mre|resources?)\b|` +
    frenchWords([
      String.raw`(?:estimations?|ressources?|mre)[^.]{0,40}(?:pr[ée]c[ée]dentes?|ant[ée]rieures?)`,
      String.raw`(?:pr[ée]c[ée]dentes?|ant[ée]rieures?) estimations?`
    ])
)
/**
 * The words right before a date that make it an earlier estimate's ("compared with the previous estimate, effective June
 * 30, 2024", « l'estimation précédente, en date du … »): the date is that estimate's, not the new one's.
 */
const EARLIER_BEFORE = pattern(
  String.raw`\b(?:previous|prior|former|earlier|superseded|original)\b[^.]{0,40}\b(?:estimates?|mre|resources?)\b` +
    String.raw`[^.;]{0,20}$|` +
    frenchWords([
      String.raw`(?:estimations?|ressources?|mre)[^.]{0,40}(?:pr[ée]c[ée]dentes?|ant[ée]rieures?)[^.;]{0,20}$`,
      String.raw`(?:pr[ée]c[ée]dentes?|ant[ée]rieures?) estimations?[^.;]{0,20}$`
    ])
)
/** The first effective date of a block that is not an earlier estimate's (see `EARLIER_BEFORE`). */
function ownEffectiveDate(block: Block): ReturnType<typeof find> {
  const first = find(block, EFFECTIVE_DATE)
  const earlier = (unit: Block | Sentence, found: NonNullable<ReturnType<typeof find>>) =>
    EARLIER_BEFORE.test(unit.norm.text.slice(Math.max(0, found.match.index - 80), found.match.index))
  if (!first || !earlier(block, first)) return first
  for (const sentence of block.sentences) {
    if (sentence.end <= first.end) continue
    const found = find(sentence, EFFECTIVE_DATE)
    if (found && !earlier(sentence, found)) return found
  }
  return undefined
}
/**
 * A paragraph's dated passage, with the kind of estimate its date is said of; where that is one kind alone ("The
 * Mineral Reserves are effective October 1, 2026"), the other kind's own date later in the paragraph too ("The Mineral
 * Resources, effective June 30, 2026, …").
 */
function kindDates(block: Block, found: NonNullable<ReturnType<typeof find>>, blocks: readonly Block[]): Dated[] {
  const dated = (unit: Block | Sentence, at: NonNullable<ReturnType<typeof find>>): Dated => ({
    ...datedPassage(block, {start: at.start, end: at.end}, blocks),
    only: dateOf(unit.norm.text.slice(Math.max(0, at.match.index - 240), at.match.index))
  })
  const first = dated(block, found)
  if (!first.only) return [first]
  for (const sentence of block.sentences) {
    if (sentence.end <= found.end) continue
    const next = find(sentence, EFFECTIVE_DATE)
    const other = next && dated(sentence, next)
    if (other?.only && other.only !== first.only) return [first, other]
  }
  return [first]
}
/** "Effective date", "effective as of": an estimate's; a bare "effective September 1" may be anything's. */
const NAMED_DATE = /^(?:effective (?:date|as )|date )/
const ESTIMATE_CONTEXT = /\b(?:estimat\w*|mre|resources?|reserves?|ressources?|r[ée]serves?)\b/

/** Whether an effective date dates an estimate: named so, or said in a paragraph about one (not an appointment). */
const datesAnEstimate = (words: string, block: Block) =>
  NAMED_DATE.test(words) || ESTIMATE_CONTEXT.test(block.norm.text)

/** A year, or a date: what identifies an earlier estimate ("effective March 1, 2024", "the 2024 MRE"). */
const YEAR = /\b(?:19|20)\d\d\b/

/** The date an earlier estimate is given with: in its sentence, or the one before when that speaks of it too. */
function ownYear(sentence: Sentence): Span | undefined {
  const sentences = sentence.block.sentences
  const before = sentences[sentences.indexOf(sentence) - 1]
  for (const candidate of [sentence, before]) {
    if (candidate !== sentence && !(candidate && EARLIER_ESTIMATE.test(candidate.norm.text))) continue
    const found = find(candidate, YEAR)
    if (found) return {start: found.start, end: found.end}
  }
  return undefined
}

function stated(sentence: Sentence, re: RegExp, strength: Strength): Stated | undefined {
  const found = find(sentence, re)
  return found && {sentence, start: found.start, end: found.end, words: found.match[0], strength}
}

const QUANTITY_ALL = pattern(QUANTITY.source, 'g')
/**
 * Whether a sentence's first figure is stated for no category: each category the sentence names comes after that
 * figure and opens a figure of its own ("hosts resources of 22.4 million tonnes grading 1.38 g/t gold (994,000 ounces)
 * and Inferred Mineral Resources of 11.9 million tonnes …": Inferred is the second figure's). A category right after
 * a figure is that figure's ("(994,000 ounces) Indicated", "15 Mt Indicated and 7.4 Mt Inferred"), and one that opens
 * no figure may be said of them all ("… in the Indicated category").
 */
function firstUncategorized(text: string): boolean {
  const figures = [...text.matchAll(QUANTITY_ALL)]
  if (figures.length < 2) return false
  const categories = [...text.matchAll(CATEGORY)]
  const first = figures[0].index
  return categories.length > 0 && categories.every((c) => c.index > first && opensFigure(c, figures, text))
}

/**
 * The figures after a sentence's first that name a resource or reserve with no category of their own: the words right
 * after the figure call it one ("12.3 million tonnes of resources", "380,000 ounces in reserves"), and no category
 * stands between the figure before it and its name ("of Inferred resources", "and Inferred Mineral Resources of"
 * categorize it).
 */
function laterUncategorized(sentence: Sentence): Stated[] {
  const text = sentence.norm.text
  const figures = findAll(sentence, QUANTITY_ALL)
  const found: Stated[] = []
  for (let i = 1; i < figures.length; i++) {
    const {match} = figures[i]
    const end = match.index + match[0].length
    const after = UNCATEGORIZED_NAME.exec(text.slice(end, end + 40))
    if (!after) continue
    const before = text.slice(figures[i - 1].match.index + figures[i - 1].match[0].length, match.index)
    if (ANY_CATEGORY.test(before) || ANY_CATEGORY.test(after[0])) continue
    // A change or an output, not an estimate ("additions of 462,000 ounces of reserves", "depleted 392,000 ounces").
    const around = text.slice(Math.max(0, match.index - 40), end + 40)
    if (CHANGE.test(before.slice(-40)) || NOT_ESTIMATE.test(around)) continue
    found.push({sentence, start: figures[i].start, end: figures[i].end, words: match[0], strength: 'strong'})
  }
  return found
}
/** Words of a change in an estimate, before a figure ("an increase of", "additions of", "net of", "less"). */
const CHANGE =
  /\b(?:increas\w*|decreas\w*|add(?:ed|ing|itions?)|deplet\w*|convert\w*|conversion|replac\w*|grow\w*|net|less|plus|up|down)\b/
/** A category by its name or its initials ("M&I", "P&P", "2P"). */
const ANY_CATEGORY = /\b(?:measured|indicated|inferred|proven|proved|probable|m ?& ?i|m\+i|p ?& ?p|p\+p|2p)\b/
/** A figure's name as a resource or reserve, right after it ("of resources", "of mineral reserves", "in resources"). */
const UNCATEGORIZED_NAME = /^(?: of| in)(?: (?:additional|further|other|mineral))? (?:resources?|reserves?)\b/

/** Whether a category opens the next figure ("and Inferred Mineral Resources of 11.9 million tonnes"), not the last one's. */
function opensFigure(category: RegExpMatchArray, figures: RegExpMatchArray[], text: string): boolean {
  const at = category.index!
  const last = figures.filter((figure) => figure.index! < at).at(-1)
  const gap = last ? text.slice(last.index! + last[0].length, at) : ''
  if (last && gap.length < 25 && !/\band\b|,/.test(gap)) return false
  const next = figures.find((figure) => figure.index! > at)
  return next !== undefined && next.index! - at <= 60 && !text.slice(at, next.index).includes(';')
}

/**
 * A quantity its clause says was produced, mined or sold, however long its description ("34,417 tonnes of concentrate
 * grading 65% to 66% Sb was produced from the first deposit", "1 Mt grading 4% Sb was extracted"): the passive verb
 * before the clause ends (a comma, a semicolon or a full stop that is no decimal point).
 */
const PRODUCED_AFTER = pattern(
  String.raw`^(?:[^,;.]|[.,](?=\d)){0,120}?\b(?:was|were|been|being) (?:[a-z]{2,15}ly )?` +
    String.raw`(?:produc\w*|mined|milled|processed|extracted|hoisted|sold|shipped|delivered|recovered)\b`
)

/**
 * Whether the first quantity of a text is what was produced or sold, a target or a rate (words within 40 characters,
 * or a passive verb of production in its clause).
 */
function notEstimate(text: string): boolean {
  const match = QUANTITY.exec(text)
  if (!match) return true
  // A milestone's threshold ("upon filing an estimate defining at least 5 million tonnes at ≥0.7% WO₃").
  if (isThreshold(text, match.index)) return true
  const end = match.index + match[0].length
  if (DEPLETION_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) return true
  return NOT_ESTIMATE.test(text.slice(Math.max(0, match.index - 40), end + 40)) || PRODUCED_AFTER.test(text.slice(end))
}
/**
 * A quantity named as the depletion of a year's mining, as a producer's reserve update reconciles it ("reserves
 * decreased by 4% due to mining depletion of 17.9 Mt", "less depletion of 318,000 ounces"): what was mined out, not
 * an estimate; "reserves, net of depletion, of 2.1 Moz" still states one (the figure is not the depletion's).
 */
const DEPLETION_BEFORE = /\bdepletion (?:of|totall?ing|was|:) ?(?:approximately |about |some )?$/

/**
 * Whether `re` matches the sentence or a sentence next to it in its block; for the first sentence of a paragraph
 * that speaks of the estimate just named ("The estimate reported 612,000 tons …"), the last sentence of the
 * paragraph before too: one passage set as two paragraphs.
 */
function around(sentence: Sentence, re: RegExp): boolean {
  const sentences = sentence.block.sentences
  const at = sentences.indexOf(sentence)
  if ([at - 1, at, at + 1].some((i) => i >= 0 && i < sentences.length && has(sentences[i], re))) return true
  const before =
    at === 0 && THE_ESTIMATE.test(sentence.norm.text)
      ? sentence.block.draft.blocks[sentence.block.index - 1]
      : undefined
  const last = before?.kind === 'paragraph' ? before.sentences.at(-1) : undefined
  return last !== undefined && has(last, re)
}
/** Words of a resource or reserve estimate, in a paragraph of the forward-looking caution that speaks of one. */
const OF_THE_ESTIMATE = pattern(String.raw`\bmineral (?:resources?|reserves?)\b|\b(?:resource|reserve) estimates?\b`)
/** A sentence that opens on the estimate named before it: "The estimate …", "This historical estimate …". */
const THE_ESTIMATE = pattern(String.raw`^\W{0,3}(?:the|this|that|these|those|such) (?:historic(?:al)? )?estimates?\b`)

/** Another owner's deposit: an adjacent or distant deposit, an analogue, a cited paper ("Roth et al. 2022"). */
const ELSEWHERE = pattern(
  [
    String.raw`\badjacent\b`,
    String.raw`\bcontiguous\b`,
    // "The property adjoins the Rhyolite mine, which hosts …", "the adjoining Kestrel deposit".
    String.raw`\badjoin(?:s|ing|ed)?\b`,
    String.raw`\bneighbou?ring\b`,
    String.raw`\bnearby\b`,
    // "positioned along the trend of the Lac Vert deposit", "along strike from Kestrel's mine" (not "open along strike").
    String.raw`\balong (?:the )?(?:same )?(?:trend|strike) (?:of|from)\b`,
    String.raw`\banalog(?:ue)?\b`,
    // Deposits cited as a precedent or for comparison ("the region has a precedent for such deposits, including …").
    String.raw`\bprecedents? for\b`,
    String.raw`\bcomparable (?:deposits|projects|systems)\b`,
    String.raw`\bet\.? al\b`,
    String.raw`\b\d+ ?(?:km|kilometres|kilometers|miles) (?:to the )?(?:north|south|east|west)`
  ].join('|')
)
/**
 * An estimate made for or by an earlier owner of the issuer's property, in the estimate's own sentence ("a 1998
 * estimate prepared for the then-owner", "reported by the previous operator of the mine", "the former owner's 1989
 * reserve"): made before the issuer's interest, which is what NI 43-101 s.1.1 calls a historical estimate, whether or
 * not the release says "historical".
 */
const EARLIER_OWNER =
  String.raw`(?:(?:then[- ]?|then the |previous |former |prior |past )(?:owners?|operators?)` +
  String.raw`|(?:owners?|operators?) (?:of the (?:property|project|mine|deposit) )?at the time)`
const PRIOR_OWNER = pattern(
  // Made for or by it ("prepared for the then-owner, Bellmere Gold Mining Co.", "completed in 1989 by a former
  // operator", the noun too: "the last estimate by the former operator"), or its own ("the previous owner's 1998
  // reserve estimate").
  String.raw`\b(?:prepared|completed|made|reported|calculated|estimated|commissioned|published|compiled|estimates?) ` +
    String.raw`(?:[\w,.-]{1,20} ){0,6}?(?:by|for) (?:the |its |a |an )?${EARLIER_OWNER}\b` +
    String.raw`|\b${EARLIER_OWNER}'s? (?:[\w-]{1,20} ){0,3}?(?:estimates?|resources?|reserves?)\b` +
    // Or it made it, named as the verb's subject ("Sunburst Mining, the operator at the time, estimated reserves of").
    String.raw`|\b${EARLIER_OWNER}\b,? (?:[\w,.-]{1,20} ){0,3}?(?:prepared|completed|reported|calculated|estimated|compiled)\b`
)
/**
 * The lead-in that brings a list's item: the sentence, in a block before the item's, whose colon has at most a
 * subheading after it ("The claims host the following historical estimates:", "The Company is exploring for a
 * Conceptual Exploration Target of:"; a paragraph may run on into the list's first subheading), not an item's own
 * ("Big River: 0.8 Mt at 3.9 g/t"). Between the lead-in and the item: the list's subheadings and its other items
 * (with figures of their own); a regular paragraph ends the list.
 */
function leadIn(block: Block, blocks: readonly Block[]): string | undefined {
  for (let i = block.index - 1; i >= Math.max(0, block.index - 8); i--) {
    const text = blocks[i].norm.text
    const colon = text.lastIndexOf(':')
    if (colon >= 0 && text.length - colon < 100 && !QUANTITY.test(text.slice(colon))) {
      return text.slice(text.lastIndexOf('. ', colon) + 1, colon)
    }
    if (text.length > 100 && !QUANTITY.test(text) && !GRADE.test(text)) return undefined
  }
  return undefined
}

/**
 * The heading of the section a block sits in: the nearest heading above it (a markdown heading, or a title set as a
 * paragraph: "**Historical Estimate**"), within a dozen blocks, past the paragraphs of its section. Not the release's
 * title: a heading before the release's first paragraph of text names the release, not a section of it.
 */
function sectionHeading(block: Block, blocks: readonly Block[]): Block | undefined {
  for (let i = block.index - 1; i >= Math.max(0, block.index - 12); i--) {
    const above = blocks[i]
    if (above.kind === 'heading' || isCapitalizedTitle(above)) return i > firstText(blocks) ? above : undefined
  }
  return undefined
}
const FIRST_TEXT = new WeakMap<readonly Block[], number>()
/** The index of the release's first paragraph of text (longer than a short line), read once per draft. */
function firstText(blocks: readonly Block[]): number {
  let index = FIRST_TEXT.get(blocks)
  if (index === undefined) {
    index = blocks.findIndex((b) => b.kind === 'paragraph' && b.norm.text.length > LIMITS.shortLine)
    FIRST_TEXT.set(blocks, index < 0 ? blocks.length : index)
  }
  return FIRST_TEXT.get(blocks)!
}

/**
 * A passage that says the estimates it brings are historical: a lead-in that names them so at its colon, not the
 * issuer's own estimate ("The updated estimate, which replaces the historical estimates, is set out below:"); or the
 * estimate's own paragraph, where it calls the figure historical and says it is not current ("the tenements do not
 * contain a current mineral resource estimate … disclosed as a historical estimate").
 */
const NOT_CURRENT = pattern(
  String.raw`(?:\bnot|n't|\bno)\b[^.]{0,30}\bcurrent (?:mineral )?(?:resources?|reserves?|estimates?|resource estimates?)\b`
)
/** A lead-in that brings the issuer's own estimate, whatever earlier one it names ("the updated MRE … as follows:"). */
const OWN_ESTIMATE = /\b(?:current|updated|new|maiden|initial|first)\b/
/** A sentence stating the issuer's new estimate: "maiden", "updated", "new", "initial" (« nouvelle », « mise à jour »). */
const ISSUER_ESTIMATE = pattern(
  String.raw`\b(?:maiden|updated|new|initial)\b|` + frenchWords(['nouvelles?', 'mises? [àa] jour', 'initiale'])
)
const OWN_ESTIMATE_FR = pattern(
  frenchWords(['actuelles?', 'nouvelles?', 'mises? [àa] jour', 'premi[èe]re', 'initiale'])
)

function calledHistorical(sentence: Sentence, blocks: readonly Block[]): boolean {
  if (has(sentence.block, HISTORICAL) && has(sentence.block, NOT_CURRENT)) return true
  // Or the section's heading names them, in either language (« Estimation historique »), not the issuer's own.
  const heading = sectionHeading(sentence.block, blocks)
  const named = heading !== undefined && (has(heading, HISTORICAL) || has(heading, HISTORICAL_FR))
  // Not a sentence in the section that states the issuer's own estimate ("The Company's maiden estimate, which replaces
  // it, comprises …").
  const own = ISSUER_ESTIMATE.test(sentence.norm.text)
  if (named && !own && !OWN_ESTIMATE.test(heading.norm.text) && !OWN_ESTIMATE_FR.test(heading.norm.text)) return true
  const lead = leadIn(sentence.block, blocks)
  return lead !== undefined && HISTORICAL.test(lead.slice(-80)) && !OWN_ESTIMATE.test(lead)
}

/**
 * A figure in a CIM category, the category just before or after it with no other figure between ("Inferred
 * resources of 2.1 Mt", "4.2 billion pounds of copper in the Measured and Indicated category"): a resource's. An
 * exploration target is in no category, so a sentence whose every figure is categorized states no target, whatever
 * targets it names ("an MRE with 4.2 billion pounds of copper in the Measured and Indicated category and a pipeline
 * of exploration targets").
 */
const QUANTITIES = pattern(QUANTITY.source, 'g')
const CATEGORY_BEFORE = pattern(String.raw`\b(?:measured|indicated|inferred|proven|probable|m ?& ?i)\b[^.\d]{0,30}$`)
const CATEGORY_AFTER = pattern(String.raw`^[^.\d]{0,30}\b(?:measured|indicated|inferred|proven|probable|m ?& ?i)\b`)

function untiedQuantity(text: string): boolean {
  for (const match of text.matchAll(QUANTITIES)) {
    const end = match.index + match[0].length
    const before = text.slice(Math.max(0, match.index - 40), match.index)
    if (!CATEGORY_BEFORE.test(before) && !CATEGORY_AFTER.test(text.slice(end, end + 40))) return true
  }
  return false
}

/**
 * A highlight that is a figure: a quantity and grade in a CIM category that opens its sentence ("80.1 Mt at 1.44%
 * Li2O and 163 ppm Ta2O5 Indicated", "109.2 Mt at 1.42% Li2O inferred (0.40% Li2O cut-off grade)"). Only a resource
 * or a reserve is in a category, so the word "resource" need not be in the sentence. The category's word as a verb
 * might be one too ("… indicated by drilling"): then the estimate must be named in the paragraph or the two before
 * it (a bullet under "Consolidated Mineral Resource statement"). A sentence about something else that cites a figure
 * (a footnote on a neighbour's deposit) does not open on it.
 */
const CATEGORY_NAMED = pattern(String.raw`\b(?:measured|indicated|inferred|proven|probable)\b`)
const FIGURE_FIRST = pattern(String.raw`^[^a-z0-9]{0,4}(?:${QUANTITY.source})`)

function categorizedFigure(sentence: Sentence, blocks: readonly Block[]): boolean {
  if (!FIGURE_FIRST.test(sentence.norm.text) || !has(sentence, GRADE) || has(sentence, SAMPLE_WORD)) return false
  if (has(sentence, CATEGORY_WORD)) return true
  const index = sentence.block.index
  const passage = blocks.slice(Math.max(0, index - 2), index + 1)
  if (!has(sentence, CATEGORY_NAMED)) return uncategorizedHighlight(sentence, passage)
  return passage.some((block) => has(block, NAMES_ESTIMATE))
}

/**
 * A highlight that is a figure in no category: a list item that opens on a quantity with its grade, under a passage
 * that names a resource or reserve estimate ("announces an updated mineral resource estimate", then "- 1.73 million
 * ounces of gold in 69.5 million tonnes at 0.78 g/t Au"). The estimate's figure, with its category left out, which
 * NI 43-101 s.2.3(1)(a) does not allow. Not a sample's, a bulk sample's or a mine plan's (its feed, its schedule).
 */
const ESTIMATE_NAMED = /\b(?:resources?|reserves?|resource estimates?)\b/
const PLAN_WORDS = /\b(?:feed|mine plan|schedul\w*|lom|life[- ]of[- ]mine|bulk)\b/

function uncategorizedHighlight(sentence: Sentence, passage: readonly Block[]): boolean {
  if (sentence.block.list === undefined || PLAN_WORDS.test(sentence.norm.text)) return false
  if (passage.some((block) => has(block, SAMPLE_WORD) || has(block, PLAN_WORDS))) return false
  return passage.some((block) => block !== sentence.block && has(block, ESTIMATE_NAMED))
}

/**
 * An estimate under another reporting code ("1.7 million ounces of indicated JORC-compliant gold resource", "reported
 * under SAMREC") for a property the release's opening says the issuer is acquiring: made before its interest, and not
 * verified by it as current, which is what NI 43-101 s.1.1 calls a historical estimate. An issuer's own estimate
 * reported under two codes (an ASX and TSX listing) is not acquired, so is read as current.
 */
const FOREIGN_CODE = /\b(?:jorc|samrec|s-k ?1300|perc)\b/
// Or optioning it, to earn its interest ("an option agreement to earn an 80% interest", "has optioned the property").
const ACQUIRING = pattern(
  String.raw`\b(?:to acquire|acquisition of|acquiring|agreement to acquire|option to acquire|option agreement` +
    String.raw`|optioned|option to earn|earn-in|to earn (?:an? |up to an? )?(?:\d{1,3}% )?(?:interest|undivided))\b`
)

/**
 * An estimate made by or for another entity long before the release, in a release of a property the issuer is
 * acquiring or optioning ("a resource of 1,240,000 tonnes …, outlined by Corvale Mines Limited in 1991", "the following
 * resources, prepared by Talbot & Reeve for Yukon Basin Copper Ltd. in a report dated October 1979"): made before the
 * issuer's interest (NI 43-101 s.1.1), a historical estimate whether or not the release says so. Five years or more
 * before the release's year: a vendor's recent estimate, which the issuer's QP may adopt as current, is read as current;
 * nor is an estimate made for the issuer ("prepared for the Company in 2015") or naming it.
 */
const MADE_BY = pattern(
  String.raw`\b(?:prepared|completed|made|calculated|estimated|compiled|outlined|commissioned|published|reported` +
    String.raw`|defined|delineated)\b,? (?:[\w,.&'-]{1,25} ){0,8}?(?:by|for)\b`
)
/** Or cited to its maker and year, in brackets ("(Tolland Mining Co., 1974)", "(Corvale Mines Limited, 1991 report)"). */
const CITED_MAKER = pattern(
  String.raw`\((?:[\w&.'-]{1,25} ){0,5}?(?:co|company|ltd|limited|inc|corp|corporation|mines|mining|llc|plc)\.?,? ` +
    String.raw`(?:[\w-]{1,20} )?(?:19|20)\d\d\b`
)
const FOR_ISSUER = /\b(?:the company|the corporation|the issuer|our)\b/
const YEARS = /\b(?:19|20)\d\d\b/g
const HISTORY_YEARS = 5

function madeLongBefore(text: string, released: number | undefined, issuer: readonly string[]): boolean {
  if (released === undefined || !(MADE_BY.test(text) || CITED_MAKER.test(text)) || FOR_ISSUER.test(text)) return false
  if (issuer.some((name) => name.length > 2 && text.includes(name.toLowerCase()))) return false
  for (const match of text.matchAll(YEARS)) if (Number(match[0]) <= released - HISTORY_YEARS) return true
  return false
}

/** The release's year: the latest year its opening (the dateline's) names. */
function releaseYear(opening: string): number | undefined {
  let year: number | undefined
  for (const match of opening.matchAll(YEARS)) year = Math.max(year ?? 0, Number(match[0]))
  return year
}

/**
 * A distance from another's mine, in the estimate's own sentence ("the project lies just 12km from Kestrel's mine,
 * with an estimated Indicated Resource of …"). Only there: beside an issuer's own estimate, a sentence placing its
 * other prospects "26 km from" a neighbour's mine says nothing of whose the estimate is.
 */
const DISTANT_FROM = /\b\d+(?:\.\d+)? ?(?:km|kilometres|kilometers|miles) (?:away )?from\b/

/**
 * A deposit, project or property named by its owner ("Uranium Energy Corp.'s Yuty deposit", "UEC's Yuty Project"):
 * the owner is the words before the possessive.
 */
const OWNED = pattern(
  String.raw`((?:[\w${LETTER}.&-]{1,30} ){0,3}[\w${LETTER}.&-]{1,30})'s ((?:[\w${LETTER}-]{1,30} ){0,3}?)` +
    String.raw`(projects?|deposits?|property|mine|claims|concessions?)\b`,
  'g'
)
/**
 * A deposit or mine named with its owner or operator after it, a company by its legal form ("the Rhyolite mine
 * operated by Norwick Mining Corp., which reported …"): the owner is the company's name.
 */
const OPERATED_BY = pattern(
  String.raw`\b(?:owned|operated|held|controlled) by ((?:[\w${LETTER}.&-]{1,30} ){0,4}` +
    String.raw`(?:inc|corp|corporation|ltd|limited|plc|llc)\b)`,
  'g'
)
/** Owners that are the issuer whatever its name. */
const OWN_WORDS = /\b(?:company|corporation|issuer|its|our)$/
/** Words that place a property next to the issuer's: "borders", "adjacent to", "contiguous with". */
const BESIDE =
  /\b(?:borders?|bordering|bordered|adjacent|adjoin(?:s|ing|ed)?|contiguous|neighbou?ring|abuts?|abutting|next to)\b/

/** Whether an owner named before a possessive is the issuer (a word for it, or a name the release defines for it). */
const issuerOwns = (owner: string, issuer: readonly string[]) =>
  OWN_WORDS.test(owner) || issuer.some((name) => owner.includes(name))

/**
 * The properties the release names as another owner's beside the issuer's ("Bazooka borders Lac Gold's Rouyn
 * Property"), by their name and kind ("rouyn property"): an estimate stated for one of them elsewhere in the release
 * ("the Lac Gold Rouyn Property holding Measured and Indicated Resources of …") is that owner's. Read only where the
 * release defines a name for the issuer.
 */
function propertiesBeside(own: readonly Sentence[], issuer: readonly string[]): string[] {
  if (issuer.length === 0) return []
  const names: string[] = []
  for (const sentence of own) {
    const text = sentence.norm.text
    if (!text.includes("'s ") || !BESIDE.test(text)) continue
    for (const match of text.matchAll(OWNED)) {
      const name = match[2].trim().split(' ').at(-1)
      if (name && !issuerOwns(match[1], issuer)) names.push(`${name} ${match[3]}`)
    }
  }
  return names
}

/**
 * Whether the estimate in a sentence is another owner's: the last deposit or project named by its owner before the
 * quantity is not the issuer's (none of the names the release defines for it). Read only where the release defines
 * a name for the issuer: without one, no owner can be told from the issuer.
 */
function ownedByAnother(text: string, issuer: readonly string[]): boolean {
  if (issuer.length === 0 || !(text.includes("'s ") || text.includes(' by '))) return false
  const quantity = QUANTITY.exec(text)
  let owner: {at: number; name: string} | undefined
  for (const re of [OWNED, OPERATED_BY]) {
    for (const match of text.matchAll(re)) {
      if (quantity && match.index > quantity.index) break
      if (!owner || match.index > owner.at) owner = {at: match.index, name: match[1]}
    }
  }
  return owner !== undefined && !issuerOwns(owner.name, issuer)
}

/** A source note's number, where the copy kept it as text ("5. ", "(5) "): the note's words follow it. */
const NOTE_NUMBER = String.raw`(?:\(?\d{1,2}[.)] {1,3})?`

/** A month as a source note writes it, capitalized, in full or short ("July", "Sept."). */
const CITED_MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec'

/**
 * A source note that opens with another company's name, as a list of notes cites where each figure comes from
 * ("Norwick Mines Ltd., Rhyolite Division, NI 43-101 report of 2019. Total probable reserves are …", "Halden
 * Resources March 3, 2021 NI 43-101: Indicated 412,000 oz …", "Halden Resources 3 March 2021 …"): a company's name by
 * its legal form or a mining company's word, capitalized, then a comma, a date (its month or its day first, the month
 * in full or short) or the instrument, not a verb nor the parenthesis that brings a party's listing or defined name.
 * Read on the paragraph's first sentence, as written.
 */
const CITED_COMPANY = pattern(
  String.raw`^${NOTE_NUMBER}((?:[A-Z][\w&'’.-]{0,30}(?: {1,3}|-)){1,4}?(?:Resources|Mines|Mining|Minerals|Metals|` +
    String.raw`Explorations?|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|plc|LLC))(?=,| {1,3}NI ?43| {1,3}(?:19|20)\d\d\b|` +
    String.raw` {1,3}(?:\d{1,2}(?:st|nd|rd|th)? {1,3})?(?:${CITED_MONTH})\b)`
)

/**
 * A source note that opens with a name and the report it cites, the name without a legal form ("Granada. NI 43-101
 * report of February 13, 2019 …", "Tern Ridge NI43-101, 2018: …"): the name, then the instrument.
 */
const CITED_REPORT = pattern(
  String.raw`^${NOTE_NUMBER}((?:[A-Z][\w&'’.-]{0,30} {1,3}){0,3}[A-Z][\w&'’-]{0,30})\.? {1,3}NI ?43-?101\b`
)

/**
 * Whether the estimate's paragraph is a source note that cites another company than the issuer (`CITED_COMPANY`):
 * not a name the release defines for the issuer, nor one its opening (title and first paragraph) gives, which is
 * the issuer's legal name or a party the release is about ("Kestrel Gold Corp., a Yukon explorer, holds …" in the
 * About paragraph of a release that defines Kestrel by its ticker alone).
 */
function citedFromAnother(sentence: Sentence, issuer: readonly string[], opening: string): boolean {
  if (issuer.length === 0) return false
  const [one, two] = sentence.block.sentences
  const first = one?.raw.text.trimStart() ?? ''
  // A name cut off as a sentence of its own ("Granada.") before the report it cites.
  const company = CITED_COMPANY.exec(first) ?? CITED_REPORT.exec(two ? `${first} ${two.raw.text.trimStart()}` : first)
  if (company === null) return false
  const name = company[1].toLowerCase()
  return !cimSubject(name) && !issuerOwns(name, issuer) && !opening.includes(name)
}

/** Words that open the CIM term as a sentence's subject, not a company's name ("The Mineral Resources, effective …"). */
const SUBJECT_OPENERS = new Set([
  'the',
  'these',
  'those',
  'its',
  'our',
  'their',
  'total',
  'measured',
  'indicated',
  'inferred'
])

/**
 * Whether a name `CITED_COMPANY` took is the CIM term "Mineral Resources" opening an estimate's sentence, with an
 * apposition after its comma ("The Mineral Resources, effective September 30, 2026, are Indicated …", "Indicated
 * Mineral Resources, at a 0.3% cut-off, total …", "Mineral Resources, inclusive of …"): the term alone, or after an
 * article, a possessive or a category. A company's name puts its own words before the term ("Halden Mineral
 * Resources, NI 43-101 report of 2019").
 */
function cimSubject(name: string): boolean {
  const words = name.split(/[ -]+/)
  if (words.length < 2 || words.at(-2) !== 'mineral' || words.at(-1) !== 'resources') return false
  return (
    words.length === 2 ||
    SUBJECT_OPENERS.has(words[0]) ||
    words.some((word) => /^(?:measured|indicated|inferred)$/.test(word))
  )
}

/**
 * A heading that calls what follows another's deposit held up for comparison ("Gallium Comparable", "Comparable
 * Deposits", "Analogues"): a short line of its own, with no sentence's full stop ("Peer Review" is no comparable).
 */
const COMPARABLE_HEADING = pattern(String.raw`\b(?:comparables?|analog(?:ue)?s?)\b`)

/** Whether the estimate's paragraph comes right under a heading that calls it a comparable (`COMPARABLE_HEADING`). */
function underComparableHeading(sentence: Sentence, blocks: readonly Block[]): boolean {
  const before = blocks[sentence.block.index - 1]
  if (!before) return false
  const text = before.norm.text.trim()
  return text.length <= 80 && !/[.!?:]$/.test(text) && COMPARABLE_HEADING.test(text)
}

/** An NPV with its money figure, quoted whole ("NPV (8%) of C$410 million", not its discount rate alone). */
const NPV_MONEY = /\b(?:npv\S{0,4}|net present value)[^.;]{0,40}?\$ ?[\d.,]*\d(?: ?(?:million|billion)\b)?/

/** Inferred resources named ("Indicated and Inferred Mineral Resources", "(Inferred)", « ressources présumées »). */
const INFERRED_RESOURCES = pattern(
  String.raw`\binferred(?: mineral)? resources?\b|\b(?:and|&) inferred\b|\(inferred\)|` +
    frenchWords([String.raw`ressources? (?:min[ée]rales? )?pr[ée]sum[ée]es?`, String.raw`(?:et|&) pr[ée]sum[ée]es?`])
)

/** Whether an economic result's sentence, or its paragraph, says the analysis includes Inferred resources. */
function onInferred(sentence: Sentence): boolean {
  const unit = has(sentence, INFERRED_RESOURCES)
    ? sentence
    : has(sentence.block, INFERRED_RESOURCES)
      ? sentence.block
      : undefined
  return unit !== undefined && !has(unit, NO_INFERRED)
}

/** Whether a sentence is tied to a study of any kind (a PEA, a pre-feasibility or feasibility study). */
function tiedToStudy(sentence: Sentence, blocks: readonly Block[]): boolean {
  const index = sentence.block.index
  if (has(sentence, PEA) || has(sentence, OTHER_STUDY)) return true
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    if (has(blocks[i], PEA) || has(blocks[i], OTHER_STUDY)) return true
  }
  return false
}

/**
 * An earlier PEA named as the benchmark of a later study's figure ("capital of $575 million, maintaining the low
 * intensity indicated by the 2022 PEA", "a 30% larger plant compared to the PEA"); with "from" and a figure
 * ("increased from 79,000 ounces") or a figure after it ("compared to the PEA's $490 million") the earlier figure is
 * stated too, and the sentence still gives the PEA's results.
 */
const PEA_BENCHMARK = pattern(
  String.raw`\b(?:compared (?:to|with)|relative to|versus|vs\.?|indicated by|set out in|outlined in|than(?: in)?)` +
    String.raw` (?:the |its |our )?(?:\d{4} |previous |prior |earlier |initial |original )?` +
    String.raw`(?:pea|preliminary economic assessment)\b`
)
const FROM_FIGURE = pattern(String.raw`\bfrom (?:approximately |about )?(?:[a-z]{0,2}\$ ?)?\d`)

/**
 * Where the benchmark's clause ends: the next item of the study's figures, coordinated after it ("an IRR of 23.9%,
 * compared to the PEA, and initial capital of US$905 million"); a relative clause goes on with the PEA's own ("compared
 * to the PEA, which estimated $490 million").
 */
const NEXT_ITEM = /[,;] (?:and|while|with|plus)\b|;/

/**
 * Whether the sentence names a PEA only as a benchmark: no figure of the PEA's, before ("from …") or after it, in the
 * benchmark's clause.
 */
function benchmarkOnly(sentence: Sentence): boolean {
  const text = sentence.norm.text
  const match = PEA_BENCHMARK.exec(text)
  if (match === null || has(sentence, FROM_FIGURE)) return false
  const after = text.slice(match.index + match[0].length)
  const next = NEXT_ITEM.exec(after)
  return !/\d/.test(next ? after.slice(0, next.index) : after)
}

/**
 * A later study named as what replaces or betters an earlier PEA ("The PFS supersedes the preliminary economic
 * assessment completed in 2024", "Pre-Feasibility Study Improves on 2024 PEA: After-Tax NPV8% of C$1.3 Billion"): the
 * PEA is the verb's object, and the figures after it, past a colon or a clause's end, are the later study's.
 */
const PEA_SUPERSEDED = pattern(
  String.raw`\b(?:supersed(?:es|ed|ing)?|replac(?:es|ed|ing)|improv(?:es|ed|ing|ements?) (?:on|upon|over)|updates|` +
    String.raw`exceed(?:s|ed|ing)?|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|(?:builds|built|building) (?:on|upon))` +
    String.raw` (?:the |its |our )?(?:\d{4} |previous |prior |earlier |initial |original )?` +
    String.raw`(?:pea|preliminary economic assessment)\b`
)
/**
 * Where the superseded PEA's clause ends: a colon, a semicolon, a comma before the next clause (not a relative clause:
 * "…, which estimated an NPV of C$880 million" gives the PEA's own figure).
 */
const CLAUSE_END = /[:;]|, (?:and|while|with)\b/

/** Whether the sentence names a PEA only as what a later study supersedes: no figure in the PEA's clause after it. */
function supersededOnly(sentence: Sentence): boolean {
  if (!has(sentence, OTHER_STUDY) && !has(sentence, LATER_STUDY_WORD)) return false
  const match = PEA_SUPERSEDED.exec(sentence.norm.text)
  if (match === null) return false
  const after = sentence.norm.text.slice(match.index + match[0].length)
  const end = CLAUSE_END.exec(after)
  // A year names when the PEA was made ("completed in 2024"), no figure of it.
  return !/\d/.test((end ? after.slice(0, end.index) : after).replace(/\b(?:19|20)\d\d\b/g, ''))
}
/** The later study by its short name, as the sentence after its definition calls it ("The PFS supersedes …"). */
const LATER_STUDY_WORD = /\b(?:pfs|fs|dfs|bfs)\b/

/** Whether a sentence names a PEA as its own study: not as a benchmark, nor as what a later study supersedes. */
const namesPea = (sentence: Sentence, laterStudy: boolean): boolean =>
  has(sentence, PEA) && !(laterStudy && (benchmarkOnly(sentence) || supersededOnly(sentence)))

/** Whether a sentence is tied to a PEA: it names one, or so does its block or one of the three blocks before it. */
function tiedToPea(sentence: Sentence, blocks: readonly Block[], laterStudy = false): boolean {
  // In a release of a pre-feasibility or feasibility study, an earlier PEA named as a benchmark, or as what the study
  // supersedes, is not the figure's; nor is it in a paragraph before, when only so named there.
  if (laterStudy && (benchmarkOnly(sentence) || supersededOnly(sentence))) return false
  if (has(sentence, PEA)) return true
  if (has(sentence, OTHER_STUDY)) return false
  const index = sentence.block.index
  for (let i = index; i >= Math.max(0, index - 3); i--) {
    if (has(blocks[i], PEA) && (!laterStudy || blocks[i].sentences.some((s) => namesPea(s, laterStudy)))) return true
    if (has(blocks[i], OTHER_STUDY)) return false
  }
  return false
}

/** A total in the sentence's paragraph that adds Inferred to the other categories by its figures (estimate-sums.ts). */
function summedBlock(sentence: Sentence): Stated | undefined {
  const total = inferredTotal(sentence.block)
  if (!total) return undefined
  const at = sentenceHolding(sentence.block, total) ?? sentence
  return {sentence: at, start: total.start, end: total.end, words: total.match[0], strength: 'strong'}
}

/**
 * s.2.2(c) by the figures: a quantity the release states for no category that equals what the categories of its own
 * estimate add up to, Inferred among them, in a table or a paragraph elsewhere (a highlight "27.9 million tonnes
 * grading 0.98 g/t Au for 883,000 ounces of gold" over a table of an Indicated and an Inferred row of 18.2 and 9.7 Mt,
 * 609 and 274 koz). Not in the parts' own paragraph or table (`inferredTotal`, `inferredTotalRow` read those), nor in
 * a sentence that names a category, or that `skip` sets aside (the forward-looking caution, another owner's or a
 * historical estimate).
 */
function figuresAddingInferred(
  own: readonly Sentence[],
  resources: readonly ResourceStatement[],
  tabled: readonly Tabled[],
  inferredSums: Estimates['inferredSums'],
  skip: (sentence: Sentence) => boolean
): void {
  const current = tabled.filter((t) => !t.historical && !t.elsewhere && t.sums.length > 0)
  const prose = [...new Set(resources.map((r) => r.sentence.block))].filter(
    (block) => !current.some((t) => t.blocks.includes(block))
  )
  const parts = [
    ...current.map((t) => ({sums: t.sums, blocks: t.blocks, at: {start: t.start, end: t.end}})),
    ...prose.map((block) => ({
      sums: blockCategorySums(block),
      blocks: [block],
      at: {start: block.start, end: block.end}
    }))
  ].filter((part) => part.sums.length > 0)
  if (parts.length === 0) return
  // Each paragraph's figures equal to each part's sums, read once.
  const equal = parts.map(() => new Map<Block, ReturnType<typeof figuresEqualTo>>())
  for (const sentence of own) {
    const {block} = sentence
    if (!has(sentence, QUANTITY) || parts.some((part) => part.blocks.includes(block))) continue
    if (has(sentence, CATEGORY_CELL) || skip(sentence)) continue
    parts.some((part, i) => {
      let found = equal[i].get(block)
      if (!found) equal[i].set(block, (found = figuresEqualTo(block, part.sums)))
      const figure = found.find((f) => sentence.start <= f.start && f.end <= sentence.end)
      if (!figure || inferredSums.some((s) => s.start < figure.end && figure.start < s.end)) return false
      const words = figure.match[0]
      inferredSums.push({sentence, start: figure.start, end: figure.end, words, strength: 'strong', parts: part.at})
      return true
    })
  }
}

/** The estimates `own` (the release's own sentences) state, and the cautions and elements in `blocks`. */
export function findEstimates(
  own: readonly Sentence[],
  blocks: readonly Block[],
  tables: readonly Table[],
  issuer: readonly string[] = []
): Estimates {
  const resources: ResourceStatement[] = []
  const inferredSums: Estimates['inferredSums'] = []
  const peaResults: Stated[] = []
  const historical: Stated[] = []
  const targets: Target[] = []
  // The lead-in of the target's list whose tonnage was read: the grade item after it is the same target's.
  let targetList: string | undefined
  const elsewhere: Sentence[] = []
  let economicAnalysis: Stated | undefined
  let ownEconomics: Stated | undefined
  let peaWithoutInferred: Stated | undefined
  let economicsOnInferred: Stated | undefined
  // A later study's plan said to include Inferred resources (`STUDY_PLAN`): its results then include them.
  let studyOnInferred: Stated | undefined
  // A neighbour's property is named in the estimate's sentence or the one next to it, as an adjacent one is.
  const beside = propertiesBeside(own, issuer)
  // The release's opening (its title and first paragraph): the names it gives are the issuer's or its parties'.
  const opening = blocks
    .slice(0, 3)
    .map((block) => block.norm.text)
    .join('\n')
  // The release is of a pre-feasibility or feasibility study when its opening names one.
  const laterStudy = OTHER_STUDY.test(opening)
  // Whether the release names no study of any kind (read once, when a plan is met): its economic analysis is no study's.
  let noStudy: boolean | undefined
  // Not in the forward-looking caution ("the timing of a future feasibility study").
  const namesStudy = (block: Block) => (has(block, PEA) || has(block, OTHER_STUDY)) && !has(block, FLI)
  // The release is of a property the issuer is acquiring when its opening says so.
  const acquiring = ACQUIRING.test(opening)
  const released = releaseYear(opening)
  // An estimate made by or for another entity years before, on the property being acquired (see MADE_BY).
  const madeBefore = (text: string) => acquiring && madeLongBefore(text, released, issuer)
  const besideNames = beside.length > 0 ? new RegExp(beside.map(escapeRegExp).join('|')) : undefined
  // Another owner's disclosure (an adjacent or distant deposit, a neighbour's named property, an analogue, a past
  // employer's in a biography), not the issuer's.
  const another = (sentence: Sentence): boolean =>
    around(sentence, ELSEWHERE) ||
    has(sentence, DISTANT_FROM) ||
    has(sentence, CAREER) ||
    ownedByAnother(sentence.norm.text, issuer) ||
    citedFromAnother(sentence, issuer, opening) ||
    underComparableHeading(sentence, blocks) ||
    (besideNames !== undefined && around(sentence, besideNames))
  for (const sentence of own) {
    const text = sentence.norm.text
    const quantity = has(sentence, QUANTITY)
    const resourceWord =
      has(sentence, RESOURCE_WORD) ||
      (has(sentence, ESTIMATE_WORD) && has(sentence, GRADE) && !has(sentence, SAMPLE_WORD)) ||
      (quantity && categorizedFigure(sentence, blocks)) ||
      // A figure said to be in Inferred and another category together ("hosts 891,000 ounces of gold in the Indicated
      // and Inferred categories combined"): only a resource is in a category, so the sum is an estimate's.
      (quantity && (has(sentence, INFERRED_SUM) || has(sentence, INFERRED_SUM_FR)))
    if (quantity && has(sentence, NOT_CURRENT_FR)) {
      // A French historical estimate with its figures (« une estimation historique de 1,2 Mt à 6,8 g/t Au »).
      const historic =
        !has(sentence, CAUTIONS_FR) && has(sentence, HISTORICAL_FR) ? stated(sentence, QUANTITY, 'strong') : undefined
      if (historic) historical.push(historic)
      // A French exploration target (« une cible d'exploration de 5 à 8 millions de tonnes »).
      const target = stated(sentence, TARGET_FR, 'strong')
      if (target) targets.push(target)
      continue
    }
    // A target's list: its tonnage, then its grade, as items under a lead-in that names the target at its colon
    // ("The Company is exploring for a Conceptual Exploration Target of:", "- 10 to 40 million tonnes", "- Grading
    // between 0.9 and 1.45 g/t gold").
    if (quantity || (targetList !== undefined && has(sentence, GRADE))) {
      const lead = leadIn(sentence.block, blocks)
      const list = lead !== undefined && TARGET.test(lead.slice(-80)) ? lead : undefined
      if (list !== undefined && (quantity || list === targetList)) {
        const target = stated(sentence, QUANTITY, 'strong') ?? stated(sentence, GRADE, 'strong')
        if (target) targets.push(target)
        targetList = list
        continue
      }
    }
    const potential = has(sentence, POTENTIAL_QUANTITY)
    if (quantity && (potential || has(sentence, TARGET) || has(sentence, TARGET_FR)) && untiedQuantity(text)) {
      const target =
        stated(sentence, TARGET, 'strong') ??
        stated(sentence, TARGET_FR, 'strong') ??
        (potential ? stated(sentence, POTENTIAL_QUANTITY, 'strong') : undefined)
      if (target) targets.push(target)
      continue
    }
    // A figure with a resource word; next to a sentence that calls it historical, a figure with its grade.
    const historic =
      around(sentence, HISTORICAL) ||
      has(sentence, PRIOR_OWNER) ||
      calledHistorical(sentence, blocks) ||
      (acquiring && has(sentence, FOREIGN_CODE)) ||
      madeBefore(text)
    if (quantity && (resourceWord || (has(sentence, GRADE) && historic)) && !notEstimate(text)) {
      const categories = [...new Set([...text.matchAll(CATEGORY)].map((m) => m[0].replace(/\s/g, '')))]
      const figure = stated(sentence, QUANTITY, 'strong')!
      if (historic) {
        historical.push(figure)
      } else if (another(sentence)) {
        // Not the issuer's estimate (NI 43-101 s.3.4 is the issuer's): another owner's, a past employer's in a biography.
        elsewhere.push(sentence)
      } else if (
        categories.length > 0 ||
        has(sentence, GRADE) ||
        has(sentence, RESERVES_AND_RESOURCES) ||
        has(sentence, CONTAINED_IN_RESOURCE)
      ) {
        resources.push({
          ...figure,
          // The first figure of "resources of 22.4 Mt … and Inferred Mineral Resources of 11.9 Mt" is in no category.
          categories: firstUncategorized(text) ? [] : categories,
          effectiveDate: undefined,
          // Without a category, a reserve only when the sentence says so and speaks of no resource.
          reserve:
            categories.length > 0
              ? categories.every((c) => RESERVE_CATEGORY.test(c))
              : RESERVE_WORD.test(text) && !RESOURCE_ONLY_WORD.test(text)
        })
        // A later figure the sentence names a resource or reserve in no category ("…, with a further 12.3 million
        // tonnes of resources grading 0.96 g/t gold"): its own finding, the first figure's category not its.
        if (categories.length > 0) {
          for (const later of laterUncategorized(sentence))
            resources.push({...later, categories: [], effectiveDate: undefined, reserve: false})
        }
      }
      const sum =
        stated(sentence, INFERRED_SUM, 'strong') ?? stated(sentence, INFERRED_SUM_FR, 'strong') ?? summedBlock(sentence)
      // One sum once: the words that add Inferred ("Indicated and Inferred resource is 655,000") and the figure that
      // totals them ("655,000 ounces") are the same defect.
      const again = (s: Stated) => sum !== undefined && s.start < sum.end && sum.start < s.end
      if (sum && !/respectively/.test(text) && !inferredSums.some(again)) inferredSums.push(sum)
    } else if (has(sentence, HISTORICAL) && !has(sentence, CAUTIONS) && !has(sentence, FLI)) {
      const named = stated(sentence, HISTORICAL, quantity ? 'strong' : 'weak')
      // "Non-NI 43-101 compliant" alone names an estimate only where the sentence speaks of one: "historical
      // non-NI 43-101 compliant drilling results" are records, not an estimate.
      const records = named !== undefined && named.words.includes('43-101') && !has(sentence, NAMES_ESTIMATE)
      // Named only, in the paragraph of its caution ("A qualified person has not done sufficient work … Further work
      // is required to verify the historical estimate"): the caution's own words, not another estimate.
      const cautioned = named?.strength === 'weak' && has(sentence.block, CAUTIONS)
      if (named && !records && !cautioned) historical.push(named)
    } else if (has(sentence, HISTORICAL_FR) && !has(sentence, CAUTIONS_FR) && !has(sentence, FLI_FR)) {
      const named = stated(sentence, HISTORICAL_FR, 'weak')
      if (named) historical.push(named)
    }
    if (has(sentence, METRIC) && has(sentence, ECONOMIC_FIGURE) && tiedToPea(sentence, blocks, laterStudy)) {
      const result = stated(sentence, METRIC_FIGURE, 'strong') ?? stated(sentence, METRIC, 'strong')
      if (result) peaResults.push(result)
    } else if (has(sentence, RESULTS_VERB) && has(sentence, ECONOMIC_WORDS) && !studyDenied(text)) {
      const result = stated(sentence, RESULTS_VERB, 'strong')
      if (result) peaResults.push(result)
    } else if (has(sentence, PEA) && quantity && has(sentence, GRADE) && !elsewhere.includes(sentence)) {
      // What a PEA was based on, unless the estimate is another owner's (a neighbour's resource cited from its "NI
      // 43-101 Technical Report on PEA and MRE"): that study is not the issuer's to caution.
      const basis = stated(sentence, PEA, 'weak')
      if (basis) peaResults.push(basis)
    }
    if (!economicAnalysis && has(sentence, STUDY_RESULT)) economicAnalysis = stated(sentence, METRIC_FIGURE, 'strong')
    if (!ownEconomics && has(sentence, STUDY_RESULT) && !another(sentence)) {
      ownEconomics = stated(sentence, METRIC_FIGURE, 'strong')
    }
    if (!economicsOnInferred && has(sentence, STUDY_RESULT) && onInferred(sentence) && !tiedToStudy(sentence, blocks)) {
      economicsOnInferred = stated(sentence, NPV_MONEY, 'strong') ?? stated(sentence, METRIC_FIGURE, 'strong')
    }
    // The plan of the release's study (a pre-feasibility or feasibility study the opening names), or, where the release
    // names no study at all, of its economic analysis ("an internal economic analysis … Approximately 38% of the mill
    // feed in the mine plan is from Inferred Mineral Resources").
    if (
      !studyOnInferred &&
      has(sentence, STUDY_PLAN) &&
      (laterStudy
        ? has(sentence, OTHER_STUDY) || has(sentence.block, OTHER_STUDY)
        : (noStudy ??= !blocks.some(namesStudy)))
    ) {
      const excluded = has(sentence, NO_INFERRED) || has(sentence, LEFT_OUT) || has(sentence, PEA) || another(sentence)
      if (!excluded) studyOnInferred = stated(sentence, INFERRED_RESOURCES, 'strong')
    }
    if (!peaWithoutInferred && has(sentence, NO_INFERRED) && tiedToPea(sentence, blocks)) {
      peaWithoutInferred = stated(sentence, NO_INFERRED, 'strong')
    }
  }
  // A target tabled, after the targets its sentences state.
  for (const target of tableTargets(blocks, tables)) {
    if (!targets.some((t) => t.sentence.block === target.sentence.block)) targets.push(target)
  }
  // An estimate tabled: rows by category, a column of tonnes or ounces (the usual way a resource is disclosed).
  const tabledEstimates = tableEstimates(blocks, tables, madeBefore)
  for (const tabled of tabledEstimates) {
    // A total row that adds Inferred to the other categories (s.2.2(c)), in the issuer's current estimate.
    const sum = tabled.sum
    if (
      sum &&
      !tabled.historical &&
      !tabled.elsewhere &&
      !inferredSums.some((s) => s.start < sum.end && sum.start < s.end)
    )
      inferredSums.push(sum)
    if (resources.some((r) => r.sentence === tabled.sentence) || historical.some((h) => h.sentence === tabled.sentence))
      continue
    if (tabled.historical) historical.push(tabled)
    else if (!tabled.elsewhere) resources.push({...tabled, effectiveDate: undefined})
  }
  figuresAddingInferred(
    own,
    resources,
    tabledEstimates,
    inferredSums,
    (sentence) =>
      has(sentence, FLI) ||
      historical.some((h) => h.sentence === sentence) ||
      elsewhere.includes(sentence) ||
      around(sentence, HISTORICAL) ||
      another(sentence)
  )
  resources.sort((a, b) => a.start - b.start)
  soleCategory(resources, blocks)
  // A caution's letters are read only where one of its words is (most blocks hold none).
  const letters = blocks.map((block) => (has(block, CAUTION_WORDS) ? lettersIn(block.norm) : ''))
  // A caution of several clauses may be written as a list under its lead-in: read also as one passage.
  const passages = listPassages(blocks).filter((passage) => CAUTION_WORDS.test(passage.norm.text))
  const listed = [...blocks, ...passages]
  const listedLetters = [...letters, ...passages.map((passage) => lettersIn(passage.norm))]
  // Elements are read in every block but the forward-looking caution ("assumptions regarding the price of gold"): a
  // block that names forward-looking information, and the caution's other paragraphs that do not speak of the
  // estimate ("These statements are based on assumptions, including metal prices …" set as a paragraph of its own).
  const caution = new Set(findCaution(blocks))
  const notFli = blocks.filter((block) => !has(block, FLI) && (!caution.has(block) || has(block, OF_THE_ESTIMATE)))
  const first = (re: RegExp): Span | undefined => {
    for (const block of notFli) {
      const found = find(block, re)
      if (found) return {start: found.start, end: found.end}
    }
    return undefined
  }
  // Each estimate's own effective date, among the passages that state one (read only when there is an estimate).
  let effectiveDate: Span | undefined
  if (resources.length > 0) {
    const dated: Dated[] = []
    for (const block of notFli) {
      const found = ownEffectiveDate(block)
      if (!found || !datesAnEstimate(found.match[0], block)) continue
      dated.push(...kindDates(block, found, blocks))
    }
    // The release's date for its estimates: not one said only of a kind it states none of (the resources' date, where
    // it states reserves alone).
    const kinds = new Set(resources.map((r) => (r.reserve ? 'reserves' : 'resources')))
    const release = dated.find((d) => !d.only || kinds.has(d.only))
    effectiveDate = release && {start: release.start, end: release.end}
    for (const resource of resources) {
      // An earlier estimate restated for comparison is dated by its own words, not by the new estimate's date.
      if (EARLIER_ESTIMATE.test(resource.sentence.norm.text)) {
        resource.effectiveDate = ownYear(resource.sentence)
        continue
      }
      // Reserves are not dated by a date said of the resources alone, nor resources by the reserves' (each estimate's
      // own effective date: "The Mineral Resources, effective June 30, 2026, are reported inclusive of the Reserves").
      const kind = resource.reserve ? 'resources' : 'reserves'
      const passage = datedFor(
        resource.sentence,
        dated.filter((d) => d.only !== kind),
        blocks
      )
      resource.effectiveDate = passage && {start: passage.start, end: passage.end}
    }
  }
  // The study's results, with its plan on Inferred resources, in a release that names no PEA whose results they are.
  // (A PEA named only in the forward-looking caution is none.)
  const peaNamed = () => blocks.some((block) => has(block, PEA) && !has(block, FLI))
  if (!economicsOnInferred && studyOnInferred && ownEconomics && !peaNamed()) {
    economicsOnInferred = studyOnInferred
  }
  return {
    resources,
    inferredSums,
    peaResults: peaResults.sort((a, b) =>
      a.strength === b.strength ? a.start - b.start : a.strength === 'strong' ? -1 : 1
    ),
    peaWithoutInferred,
    economicsOnInferred,
    economicAnalysis: economicAnalysis ?? peaResults.find((result) => result.strength === 'strong'),
    ownEconomics: ownEconomics ?? peaResults.find((result) => result.strength === 'strong'),
    historical: historical.sort((a, b) =>
      a.strength === b.strength ? a.start - b.start : a.strength === 'strong' ? -1 : 1
    ),
    targets,
    elsewhere,
    effectiveDate,
    keyAssumptions: first(ASSUMPTIONS),
    reservesIncluded: first(RESERVES_INCLUDED),
    reservesStated: resources.some((r) => r.reserve || r.categories.some((c) => RESERVE_CATEGORY.test(c))),
    viability: [
      ...findCautions(VIABILITY_STATEMENT, blocks, letters),
      ...findCautions(VIABILITY_STATEMENT_FR, blocks, letters)
    ].sort((a, b) => b.wording.share - a.wording.share),
    // Read as the release owes it: without its Inferred clause where the PEA is stated to include no Inferred.
    peaCaution: findPeaCautions(listed, listedLetters, peaWithoutInferred !== undefined),
    targetCaution: [
      ...findCautions(TARGET_STATEMENT, listed, listedLetters),
      ...findCautions(TARGET_STATEMENT_FR, listed, listedLetters)
    ].sort((a, b) => b.wording.share - a.wording.share),
    // Its two clauses in either order, the best reading of each block.
    historicalCaution: bestPerBlock([
      ...findCautions(HISTORICAL_STATEMENT, blocks, letters),
      ...findCautions(HISTORICAL_STATEMENT_FR, blocks, letters),
      ...findCautions(HISTORICAL_STATEMENT_SWAPPED, blocks, letters),
      ...findCautions(HISTORICAL_STATEMENT_SWAPPED_FR, blocks, letters),
      ...findCautions(HISTORICAL_STATEMENT_NEITHER, blocks, letters),
      ...findCautions(HISTORICAL_STATEMENT_NO, blocks, letters),
      ...findCautions(HISTORICAL_STATEMENT_NO_SWAPPED, blocks, letters)
    ])
  }
}

/** Quantity and grade given as ranges ("5 to 8 million tonnes", "1.5-2.5 g/t"). */
export const TONNAGE_RANGE = pattern(String.raw`${FIGURE} ?(?:${UNITS})? ?(?:-|to|and) ?${FIGURE} ?${UNITS}`)
/**
 * A potential quantity given as a range, the word for what may be there before it ("has the potential to host 18 to 30
 * million tonnes", "could contain between 5 and 8 Mt", "potentially 10-15 Mt"): a resource is stated as one figure in a
 * category, a range of what might be found is a target's (NI 43-101 s.2.3(2)), whatever the words that name it.
 */
const POTENTIAL_QUANTITY = pattern(
  String.raw`\b(?:potential(?:ly)?|could|may(?![ ,]{0,2}\d|,)|might)\b[^.;]{0,60}?\b(?:between )?${TONNAGE_RANGE.source}`
)
/** A grade's unit in a range, a brine's too: "380 to 460 mg/L Li" is a grade as "1.2 to 1.6 g/t Au" is. */
const RANGE_UNIT = String.raw`(?:${GRADE_UNIT}|mg\/l)`
export const GRADE_RANGE = pattern(
  String.raw`\d(?:\.\d+)? ?${RANGE_UNIT}? ?(?:-|to|and) ?\d{1,6}(?:\.\d+)? ?${RANGE_UNIT}`
)
/** The basis of a potential quantity and grade ("based on", "derived from"). */
export const BASIS =
  /\bbased (?:on|upon)\b|\bbasis\b|\bderived from\b|\bdetermined (?:by|from|using)\b|\bestimated (?:from|using|by)\b/

const SOURCE_FR = frenchWords([
  'rapport',
  String.raw`pr[ée]par[ée]e?s?`,
  String.raw`r[ée]alis[ée]e?s?`,
  String.raw`compil[ée]e?s?`,
  String.raw`calcul[ée]e?s?`,
  'source',
  'par'
])
/** The same in French: « 5 à 8 millions de tonnes », « entre 1,2 et 1,6 g/t Au »; « fondée sur », « établie à partir de ». */
export const TONNAGE_RANGE_FR = pattern(String.raw`${FIGURE} ?(?:${UNITS})? ?(?:-|–|à|a|et) ?${FIGURE} ?${UNITS}`)
export const GRADE_RANGE_FR =
  /\d(?:,\d{1,6})? ?(?:%|g\/t|ppm)? ?(?:-|–|à|a|et) ?\d{1,6}(?:,\d{1,6})? ?(?:g\/t|gpt|%|ppm|oz\/t)/
export const BASIS_FR = pattern(
  frenchWords([
    String.raw`(?:fond|bas|d[ée]termin|calcul|estim|[ée]tabli)[ée]e?s? (?:sur|[àa] partir d[eu]s?|d'apr[èe]s|par|selon)`,
    'repose(?:nt)? sur',
    String.raw`d[ée]riv[ée]e?s? d[eu]s?`
  ])
)
/** A decimal point, between digits: "0.28", "1.5" (disjoint from the other periods a sentence may hold). */
const DECIMAL = String.raw`(?<=\d)\.(?=\d)`
/**
 * Up to 120 characters of one sentence: a period ends it, unless it closes a company's or a title's abbreviation
 * ("prepared by Larkin Mines Ltd. in 1976", "Dr. Roe"). Read from the source to its year only: from a year on, a
 * dateline's ("May 1, 2026 – Acme Ltd. (TSXV: ACM) reports") would reach the issuer's verb.
 */
const ABBREVIATION = String.raw`(?<=\b(?:ltd|inc|corp|co|ltée|ltee|limited|no|dr|mr|ms|mrs|st|mt|jr|sr|et al))\.`
const WITHIN_SENTENCE = String.raw`(?:[^.]|${ABBREVIATION}|${DECIMAL}){0,120}`
/**
 * Up to 200 characters of one sentence from a year on: the estimate's own figures may stand between its year and
 * its source ("In 1989, the operator at the time estimated 412,000 tons grading 0.28 ounces per ton gold in a mine
 * planning report"), and a decimal point ends no sentence.
 */
const FROM_YEAR = String.raw`(?:[^.]|${DECIMAL}){0,200}`

/**
 * The work the caution says the QP has not done ("has not done sufficient work to classify it as current") is not
 * the work needed to upgrade or verify the estimate (s.2.4(f)): a release giving only the caution comments on none.
 */
const NOT_DONE = String.raw`(?<!(?:sufficient|enough) )`
/** What the work is for: to upgrade, verify, confirm or validate the estimate, or to make it a current one. */
const AIM =
  String.raw`upgrad\w*|verif\w*|confirm\w*|classif\w*|validat\w*|convert\w*|` +
  String.raw`\b(?:a|as|into|to) current\b|\bbring\b[^.]{0,40}\bcurrent\b`
/**
 * s.2.4(c) asks the key assumptions, parameters and methods "to the extent known": a release that says they are not
 * known states them so far as they are ("The key assumptions, parameters and methods used to prepare the historical
 * estimate are not known"; « les hypothèses et paramètres utilisés ne sont pas connus »).
 */
const ASSUMPTIONS_UNKNOWN = pattern(
  String.raw`\b(?:assumptions|parameters)\b[^.]{0,80}?\b(?:(?:are|is|were|was|remain) (?:not (?:known|available)|unknown))\b|` +
    frenchWords([
      String.raw`(?:hypoth[èe]ses|param[èe]tres)[^.]{0,80}?(?:ne sont pas (?:connue?s|disponibles)|(?:sont|demeurent) inconnue?s)`
    ])
)
/** The key assumptions, parameters and methods of a historical estimate (s.2.4(c)), or that they are not known. */
const HISTORICAL_ASSUMPTIONS = pattern(`${ASSUMPTIONS.source}|${ASSUMPTIONS_UNKNOWN.source}`)
/** The elements of s.2.4 besides the statement: source and date, relevance and reliability, the rest. */
export const HISTORICAL_ELEMENTS = {
  source: pattern(
    [
      String.raw`\b(?:19|20)\d\d\b${FROM_YEAR}\b(?:report|prepared|completed|compiled|calculated|source|by [a-z])`,
      // The year, then the preparer named with its company's abbreviation and its verb ("In 1994, Dorsal Mining Ltd.
      // prepared a report"): no dash, slash or bracket between, which a dateline's year has before the issuer's name.
      String.raw`\b(?:19|20)\d\d\b,? [^.–—/()-]{0,80}${ABBREVIATION} (?:[a-z]{1,12} ){0,2}?` +
        String.raw`(?:prepared|completed|compiled|calculated|estimated|reported)\b`,
      String.raw`\b(?:report|prepared|completed|compiled|calculated|source|by [a-z])${WITHIN_SENTENCE}\b(?:19|20)\d\d\b`,
      // Cited to its maker and year in brackets: "(Tolland Mining Co., 1974)".
      CITED_MAKER.source,
      // A footnote's year and author before the estimate it names: "(1) Sunrise Lake 2003 RPA historic resource".
      String.raw`\b(?:19|20)\d\d (?:[a-z][\w&.-]{0,30} ){1,3}historic(?:al)? (?:mineral )?(?:resources?|estimates?)\b`
    ].join('|')
  ),
  relevance: /\brelevan|\breliab/,
  /** s.2.4(b) asks a comment on both: its relevance, and its reliability ("reliable", "should not be relied upon"). */
  relevant: /\brelevan/,
  reliable: /\breliab|\brel(?:y|ies|ied|ying) (?:up)?on\b/,
  /** Enough to tell which estimate a mention without figures is: a year, or a report, author or preparer. */
  identified: /\b(?:19|20)\d\d\b|\b(?:report|prepared|completed|compiled|calculated|source|by [a-z])/,
  assumptions: HISTORICAL_ASSUMPTIONS,
  categories: /\bcategor|\b(?:measured|indicated|inferred|proven|probable)\b/,
  // Or that there is none: "no drilling has been done since 1998", "the deposit has not been drilled since then".
  recent: pattern(
    String.raw`\bmore recent\b|\brecent (?:drilling|data|work|estimates?)\b|\bno (?:more )?recent\b|\bnewer\b` +
      String.raw`|\b(?:no|not)\b[^.]{0,60}\bsince (?:then|(?:19|20)\d\d)\b` +
      // The work done since, whatever it was ("Work on the property since 1971 has been limited to an airborne
      // survey", "Since 1998, drilling has totalled 14 holes"): the more recent data, told.
      String.raw`|\b(?:work|drilling|exploration|sampling)\b[^.]{0,40}\bsince (?:then|(?:19|20)\d\d)\b` +
      String.raw`|\bsince (?:then|(?:19|20)\d\d),? (?:[\w-]+ ){0,3}?(?:work|drilling|exploration|sampling)\b`
  ),
  // The work, then its aim ("drilling would be needed to verify it"), or the aim first ("to verify the historical
  // estimate, the Company would need to twin historical holes").
  // The work in any form ("re-sample the historical core", "re-log", "drill confirmation holes"), its aim too ("to drill
  // confirmation holes, after which a current mineral resource estimate could be prepared").
  // The work may be the drilling of another estimate ("would have to re-drill parts of the deposit and prepare a new
  // estimate"), and its aim to make the estimate current ("to convert it into current mineral resources", "before it
  // could be reported as current", "to bring the estimate current"). The aim as the subject of what it needs, in any
  // form ("Verification would require twinning of at least ten historical holes", "upgrading the estimate will
  // require", "confirmation of the estimate requires", "Confirming the estimates would require twinned holes").
  work: pattern(
    String.raw`\b(?:${NOT_DONE}work|drilling|verification|twin(?:ned|ning|s)?(?: of)?(?: [\w-]{1,20}){0,4}? holes?` +
      String.raw`|re-?sampl\w*|re-?assay\w*|re-?log\w*|re-?drill\w*)\b[^.]{0,80}\b(?:${AIM})` +
      String.raw`|\b(?:upgrad(?:e|ing)|verify(?:ing)?|confirm(?:ing)?|classify(?:ing)?|validat(?:e|ing)|convert(?:ing)?|` +
      String.raw`bring(?:ing)?)\b[^.]{0,120}\b(?:${NOT_DONE}work|` +
      String.raw`drill\w*|re-?drill\w*|twin\w*|re-?sampl\w*|re-?assay\w*|new (?:[\w-]{1,20} ){0,3}?estimate)\b` +
      String.raw`|\b(?:verification|verifying|upgrad(?:e|ing)|confirmation|confirming|validation|validating)\b[^.]{0,60}?` +
      String.raw`\b(?:(?:would|will|could|may) ` +
      String.raw`(?:require|need|involve|entail)|requires|needs|involves|entails)\b`
  )
} as const

const FR_WORK = frenchWords([
  // Not the caution's « n'a pas effectué suffisamment de travaux pour classer » (see NOT_DONE).
  String.raw`(?<!suffisamment de )(?<!assez de )travaux|forages?|v[ée]rifications?|r[ée][ée]chantillonnages?` +
    String.raw`|nouvelles analyses|jumel[${LETTER}]{0,6}` +
    // The work as a verb, as English's "drill", "re-sample", "re-assay" (« devra forer des sondages de confirmation et
    // ré-échantillonner les carottes »).
    String.raw`|for(?:er|era|erait|eront|eraient)|r[ée]-?[ée]chantillonn[${LETTER}]{0,6}|r[ée]-?analys[${LETTER}]{0,6}`
])
/** What the work is for, as AIM: to update, verify, confirm, classify, validate or convert it to a current estimate. */
const FR_AIM = frenchWords([
  String.raw`(?:mettre|mise) [àa] jour`,
  String.raw`v[ée]rifier`,
  'confirmer',
  'classer',
  'valider',
  'convertir',
  String.raw`(?:en|comme) (?:des )?(?:ressources?|r[ée]serves?)(?: min[ée]rales?)? actuelles?`
])
/** Drilling named for its aim (« un programme de forage de vérification », « des sondages de confirmation »). */
const FR_WORK_FOR = frenchWords([String.raw`(?:forages?|sondages?|trous?) de (?:v[ée]rification|confirmation)`])

/** The same elements in French: « rapport … 1998 », « pertinence », « fiabilité », « catégories », « travaux … pour vérifier ». */
export const HISTORICAL_ELEMENTS_FR: Record<keyof typeof HISTORICAL_ELEMENTS, RegExp> = {
  source: pattern(
    [
      String.raw`\b(?:19|20)\d\d\b${FROM_YEAR}` + SOURCE_FR,
      SOURCE_FR + String.raw`${WITHIN_SENTENCE}\b(?:19|20)\d\d\b`
    ].join('|')
  ),
  relevance: pattern(frenchWords([String.raw`pertinen[${LETTER}]{0,6}`, String.raw`fiab[${LETTER}]{0,8}`])),
  relevant: pattern(frenchWords([String.raw`pertinen[${LETTER}]{0,6}`])),
  reliable: pattern(frenchWords([String.raw`fiab[${LETTER}]{0,8}`])),
  identified: pattern(String.raw`\b(?:19|20)\d\d\b|` + SOURCE_FR),
  assumptions: HISTORICAL_ASSUMPTIONS,
  categories: pattern(
    frenchWords([
      String.raw`cat[ée]gor[${LETTER}]{0,6}`,
      String.raw`mesur[ée]es?`,
      String.raw`indiqu[ée]es?`,
      String.raw`pr[ée]sum[ée]es?`,
      'probables?',
      String.raw`prouv[ée]es?`
    ])
  ),
  recent: pattern(
    frenchWords([
      String.raw`plus r[ée]cent[${LETTER}]{0,3}`,
      String.raw`r[ée]cent[${LETTER}]{0,3} (?:travaux|forages|donn[ée]es|estimations?)`,
      String.raw`aucune? (?:donn[ée]es?|estimations?|travaux) (?:plus )?r[ée]cent[${LETTER}]{0,3}`,
      // The adjective after its noun, as French puts it: « aucun forage récent », « des travaux récents ».
      String.raw`(?:forages?|sondages?|travaux|donn[ée]es?|estimations?) (?:plus )?r[ée]cent[${LETTER}]{0,3}`,
      String.raw`(?:aucune?|pas|n'a|n'ont)[^.]{0,60} depuis (?:lors|(?:19|20)\d\d)`
    ])
  ),
  work: pattern(
    [
      FR_WORK + String.raw`[^.]{0,80}` + FR_AIM,
      // The aim first (« pour vérifier l'estimation historique, la Société devrait forer … »).
      FR_AIM + String.raw`[^.]{0,120}` + FR_WORK,
      FR_WORK_FOR
    ].join('|')
  )
}
