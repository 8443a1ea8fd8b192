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
 * - "spectacular" of a mineral asset or of results, and "production ready",
 *   the notice's other named terms, are promotional in the same way.
 * - "NI 43-101 compliant" has no legitimate use: only disclosure complies.
 *
 * French blocks are read in French too, for the terms whose French usage is
 * established (see docs/rules/mining-terminology.md): « minerai » (« corps de
 * minerai », « zone de minerai », « réserves de minerai »; not « minerai de
 * fer », « tri du minerai », a mine at work), « conforme au Règlement
 * 43-101 » of a resource or an estimate (not of a technical report), « de
 * classe mondiale » / « de calibre mondial » of a deposit, a project, a
 * property, and « économique », « économiquement viable », « exploitable »,
 * « rentable » of mineralization, a deposit, a resource, grades. « Gisement »
 * (deposit) is not flagged: it is the ordinary French word for a deposit.
 */
import type {Block, Sentence} from './document.js'
import {EXCHANGE_NAMES} from './vocabulary.js'
import {frenchWords, LETTER} from './french.js'
import type {Languages} from './language.js'
import {spanOf, type Span} from './text.js'
import {pattern} from './pattern.js'

export type TermKind = 'ore' | 'compliant' | 'world-class' | 'promotional' | 'economic' | 'reserves' | 'non-cim'

export interface Term extends Span {
  kind: TermKind
  sentence: Sentence
  /** The words as normalized ("ore body", "43-101 compliant"). */
  words: string
  /** The wording that replaces the words, where one is clear. */
  replacement?: string
}

/** Cheap prefilter over a block's normalized text: a release without these letters has no term. */
const CUE = /\bore|world[- ]?class|compliant|economic|min(?:e)?able|reserve|resource|spectacular|production[- ]ready/

/** "ore" and its compounds, as written (case matters: "Ore" inside a sentence is a name). */
const ORE = /\b(ore)(?:[- ]?(bod(?:y|ies)|shoots?|zones?|reserves?|lenses|lens|deposits?|grades?))?\b/gi
/** Not the term: a lab method, a commodity, a technology, a placename's abbreviation. */
const ORE_NOT_TERM_AFTER = /^[- ]?grade\b[^.]{0,40}\b(?:digest|analys|method|icp|aas|acid|assay|finish|procedure)/
const ORE_NOT_TERM_BEFORE = /\b(?:iron|copper|gold|lead|zinc|nickel|uranium|manganese|chrome|tin)[- ]$/
const ORE_TECHNOLOGY_AFTER = /^[- ]?(?:sort|sorter|sorting)/
/** Mineralogy's words: the ore minerals beside the gangue ("chalcopyrite and bornite are the main ore minerals"). */
const ORE_MINERALOGY_AFTER = /^[- ](?:minerals?|mineralogy|petrograph\w*|microscopy)\b/
/** A sentence about a laboratory's work: its methods, digestions, finishes, instruments. */
const LAB_WORDS = pattern(
  String.raw`\blaborator|\bassay|\banaly[sz]|\bdigest|\bicp\b|\bicp-|\bfinish\b|\bover-?limit|\bdetermined by\b`
)
/** A grade stated: a figure with its unit. */
const GRADE_FIGURE = /\d\s?(?:g\/t|%|ppm|ppb|oz\/t|opt)(?![a-z])/

/**
 * "ore grade" where a sentence describes a laboratory's work and states no result ("over-limit samples were re-analysed
 * by ore-grade methods", "with ore-grade uranium determined by the laboratory's ore-grade U3O8 package"): the name
 * laboratories give their methods for high concentrations, not a claim about mineralization.
 */
function labGrade(sentence: Sentence, after: string): boolean {
  if (!/^[- ]grade\b/.test(after)) return false
  const text = sentence.norm.text
  return LAB_WORDS.test(text) && !GRADE_FIGURE.test(text.replace(THRESHOLD, ' '))
}
/**
 * A threshold the laboratory applies, no result ("samples where the result exceeded 3000 ppm were re-assayed by its ore
 * grade procedure", "over-limit samples (>10 g/t)").
 */
const THRESHOLD = pattern(
  String.raw`(?:exceed(?:ed|ing|s)?|above|over|greater than|more than|in excess of|>) ?(?:the )?\d[\d,.]{0,12} ?` +
    String.raw`(?:g\/t|%|ppm|ppb|oz\/t|opt)(?![a-z])`,
  'g'
)

/** A paragraph about mining, milling or production, now or in the past: "ore" is its word. */
const PRODUCTION = pattern(
  [
    String.raw`\blife[- ]of[- ]mine\b|\bmine plan|\b(?:operating|producing|active) mine\b`,
    String.raw`\b(?:mill(?:s|ed|ing)?|process(?:es|ed|ing)?|mined|mining|produc(?:e|ed|es|ing|tion|er)|past[- ]producing)\b`,
    // A heap leach operation's pad, where its ore is stacked ("to place ore on the leach pad").
    String.raw`\bleach pads?\b`,
    String.raw`\b(?:shipped|stockpiles?|haul(?:ed|age)|crush(?:ed|er|ing)|treated|feed|throughput|concentrat(?:e|or|ing))\b`
  ].join('|')
)
const PRODUCTION_ALL = pattern(PRODUCTION.source, 'g')
/**
 * A negation before a production word in its clause ("none of the properties is in production", "has not made a
 * production decision", "no mining has been done"): it says the property is not at work.
 */
const NEGATED_BEFORE = pattern(String.raw`\b(?:not|no|none|never|nor|without|yet to)\b[^.;,:]{0,40}$`)
/**
 * A mine's output for a recent period, its figure stated ("Tern Lake produced 45,800 ounces of gold in the fourth
 * quarter", "gold production of 104,220 ounces in the third quarter of 2026", "sold 38.4 million pounds of copper in
 * 2026"): a producer's report. Not a past producer's history (`OUTPUT_PAST`: a year before 2000, "past-producing",
 * "historical", a neighbour's mine).
 */
const OUTPUT_NOW = pattern(
  String.raw`\b(?:produced|production of|poured|sold)\b[^.;]{0,60}?\d[\d,.]{0,12} ?(?:million |thousand )?` +
    String.raw`(?:ounces|oz|pounds|lbs?|tonnes)\b[^.;]{0,80}?\b(?:quarter|month|year|q[1-4]|20\d\d)\b`
)
const OUTPUT_PAST =
  /\b(?:1[89]\d\d|past[- ]producing|historic(?:al|ally)?|former(?:ly)?|nearby|adjacent|neighbou?ring)\b/

/** Whether a paragraph speaks of mining or production that is not negated. */
function worksNow(text: string): boolean {
  if (!PRODUCTION.test(text)) return false
  for (const match of text.matchAll(PRODUCTION_ALL)) {
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) return true
  }
  return false
}
/**
 * A study's plan, not a mine at work: a paragraph that names a preliminary economic assessment (its mine plan, mill
 * and concentrate are what the study assumes) and tells of no mining done ("mined", "produced", a past-producing or
 * operating mine) nor of a plant at work now ("the existing mill": a producer's PEA to expand it). There "reserves"
 * and "ore" claim for resources what a PEA cannot show (NI 43-101 s.2.3(3)).
 */
const STUDY_PLAN = /\b(?:pea|preliminary economic assessment|scoping study)\b/
const WORK_DONE = pattern(
  String.raw`\b(?:mined|milled|produced|past[- ]producing|shipped|hauled)\b|\b(?:operating|producing|active) mine\b|` +
    // A plant at work now: "the existing Recuperada mill", "the current 720 tpd plant", "its operating mines".
    String.raw`\b(?:existing|current|operating)(?: [\w-]{1,20}){0,3}? (?:mills?|plants?|operations?|mines?)\b`
)
const STUDY_PLAN_FR = /\b(?:[ée]tude [ée]conomique pr[ée]liminaire|eep)\b/
const WORK_DONE_FR = pattern(
  frenchWords([
    'mines? en (?:production|exploitation|activit[ée])',
    'ancienne mine|mine productrice',
    'produite?s?|extraite?s?',
    String.raw`(?:usines?|concentrateurs?|mines?) (?:existantes?|actuelles?)`
  ])
)
/**
 * A positive statement of mineral reserves (not the caution that resources "are not mineral reserves"); "proved" is
 * the JORC Code's and S-K 1300's word for the CIM "proven" ("Proved and Probable Ore Reserves").
 */
/** The metals whose reserves a release names ("gold reserves"). */
const METAL = 'gold|silver|copper|zinc|nickel|lead|lithium|uranium|graphite|cobalt|tin|tungsten|molybdenum|platinum'
const RESERVES = pattern(
  String.raw`\b(?:proven|proved|probable|p&p)\b[^.]{0,40}\breserves?\b|\bmineral reserves? (?:estimate|statement|of \d|total)|` +
    // Not a metal's reserves of a figure ("gold reserves of 469,000 ounces"): that is the claim to be read, in no CIM
    // category, and cannot show the release states reserves.
    String.raw`(?<!\b(?:${METAL}) )\breserves? of \d`
)
/** A study that can support economic viability (a PEA cannot). */
const STUDY = /\b(?:pre-?feasibility|feasibility) study\b|\b(?:pfs|dfs|bfs)\b/
/**
 * A study still to be done, as an option's or an earn-in's condition ("may earn a further 24% interest by funding a
 * pre-feasibility study", "upon delivery of a feasibility study"): it supports nothing yet.
 */
const STUDY_TO_COME = pattern(
  String.raw`\b(?:by|to|will|shall|upon|until|on) (?:fund(?:ing)?|complet(?:e|ing|ion of)|deliver(?:ing|y of)?|` +
    String.raw`prepar(?:e|ing|ation of)|financ(?:e|ing)|commission(?:ing)?) (?:a|an|the) (?:[\w-]{1,20} ){0,2}?` +
    String.raw`(?:(?:pre-?)?feasibility stud(?:y|ies)|pfs|dfs|bfs)\b`,
  'g'
)

const COMPLIANT = pattern(
  [
    // Not "non-NI 43-101 compliant", "not NI 43-101 compliant": a historical estimate described as such.
    String.raw`(?<!\bno(?:n-?|t ))(?<!\bno(?:n-?|t )ni ?)` +
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
const WORLD_CLASS = pattern(String.raw`\bworld[- ]?class\b(?= (?:[a-z-]{1,20} ){0,2}(?:${MINERAL_NOUNS})\b)`, 'g')
/** A mineral asset, and what an explorer's results are called ("spectacular" of them is a claim about the project too). */
const RESULT_NOUNS =
  String.raw`deposits?|mines?|projects?|resources?|discover(?:y|ies)|systems?|grades?|mineralization|propert(?:y|ies)|` +
  String.raw`targets?|potential|results?|intercepts?|intersections?|assays?|values|holes?|drilling|core|veins?|zones?|numbers`
/** A grade or a width as results give one ("7.42 g/t", "1,240 gpt", "3.1%", "11.0 metres"): what "spectacular" may sell. */
const RESULT_FIGURE = String.raw`\d[\d,.]{0,12} ?(?:g/t|gpt|ppm|ppb|oz/t|opt|grams?|metres?|meters?|m|%)(?![a-z])`
/**
 * The other terms CSA Staff Notice 43-309 names verbatim ("Issuers should be cautious when using terms such as
 * 'world-class', 'spectacular', 'production ready' or 'ore'"): "spectacular" of a mineral asset or of results, before
 * the noun or said of it ("spectacular high-grade intercepts", "the results are spectacular") or before a grade or a
 * width ("spectacular 7.42 g/t gold"), not of scenery; and
 * "production ready" of anything (a mill, a mine, a project), which claims a stage only a study can show.
 */
const PROMOTIONAL = pattern(
  String.raw`\bspectacular(?:ly)?\b(?= (?:[a-z-]{1,20} ){0,2}(?:${RESULT_NOUNS})\b)` +
    // Of a figure ("drills spectacular 7.42 g/t gold over 11.0 metres"): the results themselves.
    String.raw`|\bspectacular\b(?= (?:[a-z-]{1,20} ){0,2}${RESULT_FIGURE})` +
    String.raw`|\bspectacular\b(?<=\b(?:${RESULT_NOUNS})(?: [a-z-]{1,20}){0,3} ` +
    String.raw`(?:is|are|was|were|looks?|remains?|have been|has been)(?: (?:truly|simply|absolutely|nothing short of))? ` +
    String.raw`spectacular)` +
    String.raw`|\bproduction[- ]ready\b`,
  'g'
)
const VIABLE = '(?:viable|mineable|minable|recoverable|extractable)'
const ECONOMIC_NOUNS = [
  'mineralization|mineralisation|deposits?|ore ?bod(?:y|ies)|resources?|grades?|concentrations?',
  'intercepts?|intersections?|widths?|tonnes|ounces|quantities',
  // The bodies mineralization comes in: "an economic zone", "economic veins".
  'zones?|lens(?:es)?|shoots?|veins?|lodes?|horizons?'
].join('|')
const ECONOMIC = pattern(
  // Not a jurisdiction's economic zone ("a special economic zone", "the exclusive economic zone" offshore).
  String.raw`(?<!\b(?:special|exclusive|free|export|trade|development) )` +
    String.raw`\b(?:economic(?:ally)?(?: ${VIABLE})?|(?:mineable|minable)) ` +
    String.raw`(?:(?:gold|silver|copper|zinc|lithium|uranium|nickel|graphite|high-grade) )?(?:${ECONOMIC_NOUNS})\b` +
    String.raw`|\beconomically ${VIABLE}\b`,
  'g'
)
/**
 * Economic viability of a mineral project claimed as shown: "the PEA demonstrates the economic viability of the
 * project" (only a pre-feasibility or feasibility study can; "do not have demonstrated economic viability", the
 * resource caution, is negated before it). A plant's or a facility's economics are not the term.
 */
const VIABILITY = pattern(
  String.raw`\b(?:demonstrat\w{0,4}|confirm\w{0,3}|establish\w{0,4}|prov(?:e|es|ed|en|ing)|show(?:s|ed|n|ing)?)` +
    String.raw` (?:the |its )?(?:strong |robust |positive )?economic viability of (?:the |its |a )?(?:(?:[a-z'-]{1,20} ){0,4}` +
    String.raw`(?:projects?|deposits?|mines?|propert(?:y|ies)|resources?|mineralization|zones?)\b` +
    // Or of a project by its name alone, ending the clause ("the PEA demonstrates the economic viability of Heron
    // Creek."); not of a plant or another facility ("of the new mill").
    String.raw`|(?!(?:[a-z'-]{1,20} ){0,2}(?:plants?|facilit(?:y|ies)|mills?|refiner(?:y|ies)|smelters?|circuits?|` +
    String.raw`business|company|transaction|acquisition|financing)\b)(?:[a-z'-]{1,20} ){0,2}[a-z'-]{1,20}(?=[.;,:)]|$))`,
  'g'
)
/**
 * Reserves that are no deposit's: money set aside (cash, working capital, a tax's or a loss's), a government's or a
 * bank's stockpile (strategic, national, foreign-exchange), and land set aside (a nature, wildlife or forest reserve).
 */
const NOT_DEPOSIT_RESERVES = [
  'cash|capital|financial|working|tax|reclamation|currency|surplus|liquidity|contingency|insurance|loss|pension',
  'strategic|national|emergency|foreign|bank|petroleum|oil|gas|nature|wildlife|forest|park|biosphere|ecological|land'
].join('|')
/** "reserves" as a verb, before its object ("the board reserves the right"), not a noun. */
const RESERVES_VERB = /^ (?:the|its|all|any|their|his|her|a|an|such) /
/**
 * Reserves claimed of the issuer's deposit: reported or updated ("reports updated gold reserves"), of a metal ("gold
 * reserves"), owned ("the deposit's reserves", "its reserves": the word quoted) or stated ("reserves total", "reserves comprise").
 * Not "mineral reserves" alone (the caution's and the categories' word), nor cash, capital or a tax's reserves.
 */
const RESERVE_CLAIM = pattern(
  String.raw`\b(?:(?:updated|maiden|initial|new|estimated|total|current|increased|expanded) )` +
    String.raw`(?:(?:${METAL}|mineral) )?reserves?\b|\b(?:${METAL}) reserves?\b` +
    // Owned: only the word is quoted ("the deposit's reserves" → "reserves").
    String.raw`|(?<=(?:'s|\bits|\bour|\btheir) (?:(?!(?:${NOT_DEPOSIT_RESERVES})\b)` +
    String.raw`[a-z-]{1,20} ){0,2})reserves?\b|\breserves? (?:comprise|comprising|total(?:s|ling|ing)?|grading|contain(?:s|ing)?)\b`,
  'g'
)

/**
 * A quantity named a resource in no CIM category: a target called a resource ("a potential resource of 18 to 32
 * million tonnes", "conceptual resources of 5 Mt": the CIM categories name estimates, a target is no estimate), or an
 * estimate given a name CIM does not use ("a geological resource of 12 Mt", "diluted resources totalling …"). Only
 * with its figure after it: "potential resource growth" names no quantity. Not "mineral inventory" (a PEA's plan).
 */
const NON_CIM = pattern(
  String.raw`\b(?:potential(?: future)?|conceptual|geological|diluted)(?: mineral)? resources?\b` +
    String.raw`(?= (?:estimate )?(?:of|between|totall?ing|estimated at|in the range of|grading|containing)\b[^.]{0,25}?\d)`,
  'g'
)

/** A negated or hedged-away claim: "no economically viable mineralization", "not economic", "uneconomic". */
const NEGATED = /\b(?:no|not|never|nor|sub|socio|without|absence of|failure to (?:identify|find|define))[- ]?$/

/**
 * A sentence that disclaims or hedges before the words: "do not imply", "no assurance", "potentially". The longer
 * hedges are read also where copy ran them into the word before ("mineralization atpotentially bulk mineable grades").
 */
const HEDGED = /\b(?:not|no|never|cannot|nor|prospects? for)\b|(?:potentially|potential|possibly)\b/

// French. Normalized text is lower case; accents may be dropped by copy.
const CUE_FR = /minerai|mondial|spectaculaire|conformes? (?:au|à|a|aux)|[ée]conomique|exploitable|rentable|r[ée]serves/
/** « minerai » and its compounds, as written: « corps de minerai », « zone de minerai », « réserves de minerai ». */
const ORE_FR = pattern(
  String.raw`(?<![${LETTER}])(?:(corps|zones?|lentilles?|chemin[ée]es?|colonnes?|r[ée]serves?|filons?) (?:de |du )?)?` +
    String.raw`(minerais?)(?![${LETTER}])`,
  'gi'
)
/** Not the term: a commodity (« minerai de fer »), a technology (« tri du minerai »), a lab method. */
const ORE_FR_NOT_TERM_AFTER =
  /^ (?:de |d')(?:fer|cuivre|zinc|plomb|nickel|uranium|manganèse|manganese|chrome|chromite|étain|etain)\b/
const ORE_FR_NOT_TERM_BEFORE = /(?:tri|trieuse|triage)(?: optique| par capteurs?)? (?:du |de |des )$/
/**
 * Not the term: a laboratory's method named before the word, as French copy names the "ore grade" assay (« repris par
 * une méthode pour minerai », « la méthode d'analyse de type minerai (« ore grade ») »): the words before end with
 * the method, a few linking words and at most an opening quote or bracket (an earlier « minerai » of the same name).
 */
const LAB_METHOD_BEFORE = pattern(
  String.raw`(?<![${LETTER}])(?:m[ée]thodes?|analyses?|dosages?|digestions?|proc[ée]dures?|protocoles?|finitions?)` +
    String.raw`(?: (?:d'analyses?|analytiques?|de dosage))?(?: (?:pour|de|du|des|le|la|les|type|par|à|a)){0,3}` +
    String.raw`(?: minerai)?[ \u00a0\u202f«"“(]{0,4}$`
)
/** A paragraph about mining, milling or production, in French: « minerai » is its word. */
const PRODUCTION_FR = pattern(
  frenchWords([
    'mines? en (?:production|exploitation|activit[ée])',
    'ancienne mine|mine productrice|plan minier|dur[ée]e de vie de la mine',
    'usines?|concentrateurs?|broy[ée]e?s?|broyage|concassage|concass[ée]e?s?|usinage|usin[ée]e?s?',
    'trait[ée]e?s?|traitement|extraite?s?|extraction|exploit[ée]e?s?|exploitation',
    'production|produite?s?|produit|halde|haldes|empilements?|alimentation|d[ée]bit|achemin[ée]e?s?'
  ])
)
const RESERVES_FR = pattern(
  String.raw`r[ée]serves? (?:min[ée]rales? )?(?:prouv[ée]es?|probables?)|r[ée]serves? min[ée]rales? (?:de \d|totales?)|` +
    String.raw`(?<![${LETTER}])estimations? (?:des|de) r[ée]serves?`
)
const STUDY_FR = pattern(
  [
    String.raw`[ée]tudes? de (?:pr[ée]-?)?faisabilit[ée]`,
    String.raw`[ée]tudes? de pr[ée]faisabilit[ée]`,
    String.raw`(?<![${LETTER}])(?:efp|epf|pfs|dfs)(?![${LETTER}])`
  ].join('|')
)
/** « ressources minérales conformes au Règlement 43-101 » (not a technical report: disclosure can comply). */
const COMPLIANT_FR = pattern(
  String.raw`(?<![${LETTER}])(?:ressources?|r[ée]serves?|estimations?)(?: min[ée]rales?)?(?: [${LETTER}-]{1,20}){0,2} ` +
    String.raw`conformes? (?:au |à la |a la |à |a )?(?:r[èe]glement |norme canadienne |norme |nc |ni )?43-101(?![\d])`,
  'g'
)
const MINERAL_NOUNS_FR = [
  'gisements?|mines?|actifs?|projets?|ressources?|d[ée]couvertes?|syst[èe]mes?|districts?|ceintures?|camps?',
  'teneurs?|min[ée]ralisations?|propri[ée]t[ée]s?|cibles?|potentiel|corps min[ée]ralis[ée]s?|zones? min[ée]ralis[ée]es?'
].join('|')
/** « gisement de classe mondiale », « un projet aurifère de calibre mondial » (the adjective follows the noun). */
const WORLD_CLASS_FR = pattern(
  String.raw`(?<![${LETTER}])(?:${MINERAL_NOUNS_FR})(?: [${LETTER}-]{1,20}){0,2} ` +
    String.raw`de (?:classe|calibre|envergure) mondiale?(?![${LETTER}])`,
  'g'
)
/**
 * « Spectaculaire » of a mineral asset or of results, after the noun or before it (« des teneurs spectaculaires »);
 * not of a camp, a district or a landscape.
 */
const RESULT_NOUNS_FR =
  String.raw`gisements?|projets?|ressources?|d[ée]couvertes?|syst[èe]mes?|teneurs?|min[ée]ralisations?|cibles?|` +
  String.raw`potentiel|zones? min[ée]ralis[ée]es?|r[ée]sultats?|intersections?|intervalles?|analyses?|valeurs|` +
  String.raw`sondages?|forages?|veines?|filons?`
const PROMOTIONAL_FR = pattern(
  String.raw`(?<![${LETTER}])(?:${RESULT_NOUNS_FR})(?: [${LETTER}-]{1,20}){0,2} ` +
    String.raw`(?:(?:sont|est|[ée]taient|[ée]tait) (?:vraiment |tout simplement )?)?spectaculaires?(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])spectaculaires?(?= (?:[${LETTER}-]{1,20} )?(?:${RESULT_NOUNS_FR})` +
    String.raw`(?![${LETTER}]))`,
  'g'
)
/** Economic, economically viable, mineable (« exploitable »), profitable (« rentable »). */
const VIABLE_FR = [
  '[ée]conomiques?',
  '[ée]conomiquement (?:viables?|exploitables?|r[ée]cup[ée]rables?|rentables?)',
  'exploitables?',
  'rentables?'
].join('|')
const ECONOMIC_NOUNS_FR = [
  'min[ée]ralisations?|gisements?|ressources?|teneurs?|concentrations?|intersections?|intervalles?|largeurs?',
  'tonnages?|quantit[ée]s?|corps min[ée]ralis[ée]s?|zones? min[ée]ralis[ée]es?'
].join('|')
const OF_METAL_FR =
  '(?:aurif[èe]res?|cuprif[èe]res?|argentif[èe]res?|zincif[èe]res?|de haute teneur|[àa] haute teneur) '
const ECONOMIC_FR = pattern(
  String.raw`(?<![${LETTER}])(?:${ECONOMIC_NOUNS_FR}) (?:${OF_METAL_FR})?(?:${VIABLE_FR})(?![${LETTER}])` +
    String.raw`|(?<![${LETTER}])[ée]conomiquement (?:viables?|exploitables?|rentables?)(?![${LETTER}])` +
    // « l'EEP démontre la viabilité économique du projet ».
    String.raw`|(?<![${LETTER}])(?:d[ée]montr|confirm|[ée]tabli|prouv)[${LETTER}]{0,5} (?:la |sa )?` +
    String.raw`viabilit[ée] [ée]conomique (?:du|de la|des|de l') ?(?:[${LETTER}'-]{1,20} ){0,3}?` +
    String.raw`(?:projets?|gisements?|mines?|propri[ée]t[ée]s?|ressources?|zones?)(?![${LETTER}])`,
  'g'
)
/**
 * Reserves claimed of the issuer's deposit, in French as in English (`RESERVE_CLAIM`): of a metal (« réserves d'or »),
 * owned (« ses réserves », « les réserves de la propriété »), reported (« nouvelles réserves », « réserves estimées »)
 * or stated (« les réserves totalisent »); not « réserves minérales » alone, nor money (« réserves de trésorerie »),
 * land (« réserve faunique ») or the verb (« se réserve le droit », « sous réserve de »): all singular or not owned.
 */
const METAL_FR =
  'or|argent|cuivre|zinc|nickel|plomb|lithium|uranium|graphite|cobalt|[ée]tain|tungst[èe]ne|molybd[èe]ne|platine'
const RESERVE_CLAIM_FR = pattern(
  [
    String.raw`(?<![${LETTER}])r[ée]serves (?:d'|de )(?:${METAL_FR})(?![${LETTER}])`,
    String.raw`(?<![${LETTER}])(?:ses|leurs|nos) r[ée]serves(?![${LETTER}])` +
      String.raw`(?! de (?:tr[ée]sorerie|liquidit[ée]s|encaisse|fonds|caisse))`,
    String.raw`(?<![${LETTER}])r[ée]serves (?:de la |du |de l')(?:propri[ée]t[ée]|gisement|projet|zone|d[ée]p[ôo]t)(?![${LETTER}])`,
    String.raw`(?<![${LETTER}])(?:nouvelles|premi[èe]res) r[ée]serves(?![${LETTER}])`,
    String.raw`(?<![${LETTER}])r[ée]serves (?:estim[ée]es|totales|actuelles|accrues|totalisent|s'[ée]tablissent|` +
      String.raw`comprennent|renferment|contiennent)(?![${LETTER}])`
  ].join('|'),
  'g'
)
/** Land set aside for a people, whose reserves a release names ("the First Nation and its reserves"). */
const LAND_RESERVE = /first nations?|premi[èe]res? nations?|\bindian\b|autochtone|indigenous|\btribal?\b|m[ée]tis/

/** A French claim hedged or negated before it in its sentence: « ne … pas », « aucune », « potentiellement ». */
const HEDGED_FR = pattern(
  frenchWords([
    'ne|n|pas|aucune?|sans|non|jamais|ni',
    'potentiel(?:le)?s?|potentiellement|possiblement|pourrai(?:t|ent)|pourra|pourront|[ée]ventuel(?:le)?s?|[ée]ventuellement'
  ])
)

/**
 * The mining terms the release's own sentences use, in order. `reservesStated`: whether the release states a current
 * reserve estimate by its categories and figures (the estimates' reading: a JORC "Ore Reserve" table of Proved and
 * Probable tonnes and grade), asked only when a term needs it.
 */
export function findTerms(
  own: Sentence[],
  blocks: Block[],
  language: Languages,
  reservesStated: () => boolean = () => false
): Term[] {
  const french = (block: Block) => language.of(block) === 'fr'
  const cue = (block: Block) => CUE.test(block.norm.text) || (french(block) && CUE_FR.test(block.norm.text))
  const worth = new Set(blocks.filter(cue))
  if (worth.size === 0) return []
  // A historical estimate's categories ("probable reserves" as the 1989 report called them) and its era's studies are
  // reported, not stated: they make the release state no current reserves and no study (NI 43-101 s.2.4(d)).
  const whole = blocks
    .map((block) => block.norm.text)
    .filter((text) => !HISTORICAL_PARAGRAPH.test(text))
    .join('\n')
  const frenchText = blocks.some(french)
  const reserves = RESERVES.test(whole) || (frenchText && RESERVES_FR.test(whole)) || reservesStated()
  const supported = reserves || STUDY.test(whole.replace(STUDY_TO_COME, ' ')) || (frenchText && STUDY_FR.test(whole))
  const terms: Found[] = []
  // Whether a paragraph speaks of mining or production, read once per paragraph.
  const production = new Map<Block, boolean>()
  const mining = (block: Block) => {
    let found = production.get(block)
    if (found === undefined) {
      const text = block.norm.text
      const fr = french(block)
      found = worksNow(text) || (fr && PRODUCTION_FR.test(text))
      // A PEA's mine plan is no mine at work, unless the paragraph tells of mining done too.
      if (found && (fr ? STUDY_PLAN_FR : STUDY_PLAN).test(text)) found = (fr ? WORK_DONE_FR : WORK_DONE).test(text)
      production.set(block, found)
    }
    return found
  }
  // Whether the release reports its mine's output for a recent period (a producer's quarter): its reserves named in
  // another paragraph are a mine's at work too. Read once, when a claim of reserves needs it.
  let producer: boolean | undefined
  const producing = () =>
    (producer ??= [...new Set(own.map((sentence) => sentence.block))].some(
      (block) => OUTPUT_NOW.test(block.norm.text) && !OUTPUT_PAST.test(block.norm.text) && mining(block)
    ))
  for (const sentence of own) {
    if (!worth.has(sentence.block)) continue
    const text = sentence.norm.text
    if (french(sentence.block) && CUE_FR.test(text)) terms.push(...frenchTerms(sentence, reserves, supported, mining))
    if (!CUE.test(text)) continue
    if (!reserves) terms.push(...oreTerms(sentence, mining))
    terms.push(...matches(sentence, COMPLIANT, 'compliant'))
    terms.push(...matches(sentence, WORLD_CLASS, 'world-class'))
    terms.push(...matches(sentence, PROMOTIONAL, 'promotional'))
    // A resource in no CIM category, said by the issuer (a historical estimate's categories are reported, s.2.4(d)).
    if (text.includes('resource') && !HISTORICAL_PARAGRAPH.test(sentence.block.norm.text)) {
      for (const term of matches(sentence, NON_CIM, 'non-cim', nonCimReplacement)) {
        if (!NEGATED.test(text.slice(0, term.at).slice(-30))) terms.push(term)
      }
    }
    if (
      !supported &&
      text.includes('reserve') &&
      !mining(sentence.block) &&
      !LAND_RESERVE.test(text) &&
      !HISTORICAL_PARAGRAPH.test(sentence.block.norm.text) &&
      !producing()
    ) {
      for (const term of matches(sentence, RESERVE_CLAIM, 'reserves')) {
        const before = text.slice(0, term.at)
        const verb = RESERVES_VERB.test(text.slice(term.at + term.words.length, term.at + term.words.length + 8))
        if (!verb && !NEGATED.test(before.slice(-30)) && !HEDGED.test(before)) terms.push(term)
      }
    }
    if (!supported) {
      for (const term of [
        ...matches(sentence, ECONOMIC, 'economic', economicReplacement),
        ...matches(sentence, VIABILITY, 'economic')
      ]) {
        // Negated or hedged anywhere before it in the sentence: "do not imply that … economic mineralization".
        const before = text.slice(0, term.at)
        if (!NEGATED.test(before.slice(-30)) && !HEDGED.test(before)) terms.push(term)
      }
    }
  }
  return terms.sort((a, b) => a.start - b.start).map(({at: _at, ...term}) => term)
}

/** The French terms of a sentence of a French block. */
function frenchTerms(
  sentence: Sentence,
  reserves: boolean,
  supported: boolean,
  mining: (block: Block) => boolean
): Found[] {
  const text = sentence.norm.text
  const found: Found[] = []
  if (!reserves && text.includes('minerai') && !mining(sentence.block)) found.push(...oreTermsFr(sentence))
  found.push(...matches(sentence, COMPLIANT_FR, 'compliant', compliantReplacementFr))
  found.push(...matches(sentence, WORLD_CLASS_FR, 'world-class'))
  found.push(...matches(sentence, PROMOTIONAL_FR, 'promotional'))
  if (!supported && text.includes('serves') && !mining(sentence.block) && !LAND_RESERVE.test(text)) {
    if (!/historique/.test(sentence.block.norm.text))
      for (const term of matches(sentence, RESERVE_CLAIM_FR, 'reserves')) {
        if (!HEDGED_FR.test(text.slice(0, term.at))) found.push(term)
      }
  }
  if (!supported) {
    for (const term of matches(sentence, ECONOMIC_FR, 'economic', economicReplacementFr)) {
      if (!HEDGED_FR.test(text.slice(0, term.at))) found.push(term)
    }
  }
  return found
}

/** « minerai » terms of a French sentence, unless a commodity, a technology or a name (« Minerais Boréal inc. »). */
function oreTermsFr(sentence: Sentence): Found[] {
  const raw = sentence.raw.text
  const found: Found[] = []
  ORE_FR.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = ORE_FR.exec(raw))) {
    const end = match.index + match[0].length
    const after = raw.slice(end, end + 20).toLowerCase()
    const before = raw.slice(Math.max(0, match.index - 30), match.index).toLowerCase()
    if (ORE_FR_NOT_TERM_AFTER.test(after) || ORE_FR_NOT_TERM_BEFORE.test(before)) continue
    if (LAB_METHOD_BEFORE.test(raw.slice(Math.max(0, match.index - 50), match.index).toLowerCase())) continue
    // A name: « Minerais » capitalized inside a sentence (« Les Minerais Boréal inc. »).
    if (/^[A-ZÀ-Ý]/.test(match[2]) && /\S/.test(raw.slice(0, end - match[2].length))) continue
    const term = oreTerm(sentence, match.index, end, oreReplacementFr)
    if (term) found.push(term)
  }
  return found
}

/** The "ore" term of `sentence` written at raw offsets `from`–`to`, with its replacement (none if it is not mapped). */
function oreTerm(
  sentence: Sentence,
  from: number,
  to: number,
  replacement: (words: string) => string | undefined
): Found | undefined {
  const start = rawToNorm(sentence, from)
  const end = rawToNorm(sentence, to)
  if (start < 0 || end < 0) return undefined
  const words = sentence.norm.text.slice(start, end)
  return {
    kind: 'ore',
    sentence,
    words,
    ...spanOf(sentence.norm, start, end),
    at: start,
    replacement: replacement(words)
  }
}

/** « corps de minerai » → « corps minéralisé »; « zone de minerai » → « zone minéralisée »; « minerai » → « minéralisation ». */
function oreReplacementFr(words: string): string | undefined {
  const noun = /^(corps|zones?|lentilles?|chemin[ée]es?|colonnes?|r[ée]serves?|filons?) /.exec(words)?.[1]
  if (!noun) return 'minéralisation'
  if (/^r[ée]serves?$/.test(noun)) return noun.endsWith('s') ? 'réserves minérales' : 'réserve minérale'
  if (noun === 'corps') return 'corps minéralisé'
  if (noun.startsWith('filon')) return noun.endsWith('s') ? 'filons minéralisés' : 'filon minéralisé'
  const plural = noun.endsWith('s')
  return `${noun} minéralisée${plural ? 's' : ''}`
}

/** « ressources conformes au Règlement 43-101 » → « ressources estimées conformément au Règlement 43-101 ». */
function compliantReplacementFr(words: string): string | undefined {
  const compliant = /conforme(s?) .{0,40}43-101$/.exec(words)
  return compliant
    ? `${words.slice(0, compliant.index)}estimée${compliant[1]} conformément au Règlement 43-101`
    : undefined
}

const ECONOMIC_NOUN_FR = pattern(`^(?:${ECONOMIC_NOUNS_FR})`)

/** « minéralisation économique » → « minéralisation »; « économiquement viable » alone has no replacement. */
function economicReplacementFr(words: string): string | undefined {
  const noun = ECONOMIC_NOUN_FR.exec(words)?.[0]
  return noun && /^(?:min[ée]ralisation|gisement|ressource|zone|corps)/.test(noun) ? noun : undefined
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

/** "potential resource" → "exploration target"; a geological or diluted resource has no one replacement. */
function nonCimReplacement(words: string): string | undefined {
  return /^(?:potential|conceptual)/.test(words) ? 'exploration target' : undefined
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

/** The rest of a capitalized document title after "Ore": " Reserve and Mineral Resources Report". */
const DOCUMENT_TITLE = /^(?: (?:[A-Z][\w&-]{0,20}|and|of|&)){1,6} (?:Report|Statement|Update|Announcement)s?\b/
/** Before a ticker: an exchange's name and its colon ("(TSX: ORE)", "(Cboe Canada:ORE)", "TSXV - ORE"). */
const TICKER_BEFORE = pattern(String.raw`\b(?:${EXCHANGE_NAMES.join('|')})(?: exchange)? ?[:;-] ?$`)
/** How far before the word a ticker's exchange is read ("cboe canada: "). */
const TICKER_REACH = 30

/** A hard wrap's line break as a space, copy's hyphens (non-breaking "ore\u2011grade") as a hyphen. */
const spaced = (text: string) => text.replace(/\s/g, ' ').replace(/[\u2010\u2011]/g, '-')

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
    // The words around it as copy leaves them read as written (`spaced`: "for ore ⏎ grade REE", "ore\u2011grade").
    const after = spaced(raw.slice(match.index + word.length, match.index + word.length + 60).toLowerCase())
    const before = spaced(raw.slice(Math.max(0, match.index - 12), match.index).toLowerCase())
    // A name: "Ore" capitalized inside a sentence that is not a title ("Ore Capital Ltd.", "Portland, Ore."), or
    // followed by a company's suffix in a title ("Ore Capital Ltd. Closes …").
    const inside = /\S/.test(raw.slice(0, match.index)) && !/[.!?:]\s*$/.test(raw.slice(0, match.index))
    const company = /^(?: [A-Z][\w&-]{0,20}){0,3},? (?:Inc|Corp|Ltd|Limited|LLC|Co|Resources|Mining|Capital)\b/.test(
      raw.slice(match.index + word.length, match.index + word.length + 60)
    )
    // A document's title ("the 2025 Ore Reserve and Mineral Resources Report" another company published).
    const document = DOCUMENT_TITLE.test(raw.slice(match.index + word.length, match.index + word.length + 80))
    if (word === 'Ore' && ((inside && !isTitle(raw)) || company || document)) continue
    // A ticker symbol ("(TSX: ORE)"): the issuer's or another company's name on its exchange.
    if (
      word === 'ORE' &&
      TICKER_BEFORE.test(raw.slice(Math.max(0, match.index - TICKER_REACH), match.index).toLowerCase())
    )
      continue
    if (ORE_NOT_TERM_AFTER.test(after) || ORE_TECHNOLOGY_AFTER.test(after) || ORE_NOT_TERM_BEFORE.test(before)) continue
    if (ORE_MINERALOGY_AFTER.test(after)) continue
    if (labGrade(sentence, after)) continue
    if (LAB_METHOD_BEFORE.test(raw.slice(Math.max(0, match.index - 50), match.index).toLowerCase())) continue
    if (historicalCategory(sentence, raw, match.index)) continue
    const term = oreTerm(sentence, match.index, match.index + match[0].length, oreReplacement)
    if (term) found.push(term)
  }
  return found
}

/**
 * "ore" as the name of a historical estimate's category ('the categories "proven and probable ore"', 'classified as
 * "probable ore"'): NI 43-101 s.2.4(d) asks the release to state the categories the estimate used, so the word is
 * reported, not claimed. Quoted, or in a sentence about the categories, in a paragraph about a historical estimate.
 */
function historicalCategory(sentence: Sentence, raw: string, at: number): boolean {
  if (!HISTORICAL_PARAGRAPH.test(sentence.block.norm.text)) return false
  return QUOTE_OPEN.test(raw.slice(Math.max(0, at - 40), at)) || CATEGORY_WORDS.test(sentence.norm.text)
}
const HISTORICAL_PARAGRAPH = /\bhistoric(?:al)?\b/
/** An opening double quote not closed before the word. */
const QUOTE_OPEN = /["“«][^"”»]{0,40}$/
const CATEGORY_WORDS = /\bcategor(?:y|ies|ized|ised)\b|\bclassif(?:ied|ication)\b/

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
