/**
 * The sample, analytical and drill results a release discloses (NI 43-101
 * s.3.3(2)), and the statements that go with them, each found once with the
 * words that decided it: the laboratory and its relationship to the issuer,
 * the analytical method, the QA/QC program, the type of samples, the true
 * widths of drill intercepts, the caution that grab or selected samples are
 * selective; and, for any technical disclosure, the data verification
 * statement (s.3.2).
 *
 * Results are new results: a grade stated with what makes it a result of this
 * release's sampling or drilling (an interval over a width, "from 12 m", a
 * hole, a sample, "assays returned", an assay table with its rows). A grade in
 * a resource or reserve ("an Indicated resource of 2.4 Mt at 1.2 g/t"), in
 * production figures, quoted as historical or previously reported, or
 * attributed to another party's disclosure ("the operator reported that …") is not.
 * Copy artefacts fall out of the patterns: spaces are optional where newswire
 * copy drops them ("158m@0.72g/t", "fireassay", "QA/QC", "QAQC").
 *
 * French releases are read the same way: figures with a decimal comma ("6,8 g/t Au sur 12,5 m"), « sondage »,
 * « forage », « intersecté », « laboratoire », « pyroanalyse avec finition par absorption atomique »,
 * « assurance qualité / contrôle qualité (AQ/CQ) », « épaisseurs réelles », « longueurs le long du trou »,
 * « échantillons choisis », « vérification des données ».
 */
import {find, findAll, has, type Block, type Sentence} from './document.js'
import {DATE} from './dates.js'
import {isCapitalizedTitle} from './layout.js'
import {frenchWords, LETTER} from './french.js'
import {rejoined, spanOf, type Span} from './text.js'
import {isThreshold, namedParameter} from './thresholds.js'
import {GRADE_SIGNALS, outputOnly} from './topics.js'
import {pattern} from './pattern.js'
import {boundedNames, withinSentence} from './vocabulary.js'

/** Words that decided a fact: the sentence and the span of the words in it. */
export interface Statement extends Span {
  /** The words as matched (normalized; a message quotes the source slice). */
  words: string
  sentence: Sentence
  /** Where the words are in the sentence's normalized text. */
  at: number
}

export type ResultKind = 'drill' | 'sample' | 'assay'

export interface Results {
  /**
   * The first new result this release discloses: a grade with its context (see the module comment); undefined
   * when the release only quotes earlier grab samples.
   */
  evidence: Statement | undefined
  /** What the first result is: a drill intercept, a surface sample, an assay (table or "assays returned"). */
  kind: ResultKind
  /** Every sentence that states a new result, in order. */
  sentences: Sentence[]
  /** The first interval over a width from a drill hole, a channel or a trench (where true widths matter), when there is one. */
  intercept: Statement | undefined
  /** The first grade of grab or selected samples, new or quoted from earlier work, when there is one. */
  selected: Statement | undefined
  /** The laboratory named ("ALS Canada Ltd.", "the Company's laboratory", "Activation Laboratories"). */
  laboratory: Statement | undefined
  /** The laboratory's independence or relationship to the issuer, stated. */
  relationship: Statement | undefined
  /** The analytical method ("fire assay with AA finish", "ICP-MS", "PhotonAssay", a lab method code). */
  method: Statement | undefined
  /** The QA/QC program (standards, blanks, duplicates, CRMs), or a statement that none was used. */
  qaqc: Statement | undefined
  /** The type of samples (core, RC chips, channel, grab, soil…). */
  sampleType: Statement | undefined
  /**
   * The gamma probe that read the results, when every one is a radiometric equivalent grade ("0.64% eU3O8 over
   * 5.2 m"): read down the hole, they come from no sample and no laboratory.
   */
  probe: Statement | undefined
  /** True widths, an estimated true-width ratio, or a statement that they are not known. */
  trueWidth: Statement | undefined
  /**
   * The first interval of a zone the true-width statements leave out, when each of them is said of a named zone ("True
   * widths of the Keel Zone intersections are estimated at 80%" over the Keel Zone's table and the Ridge Zone's).
   */
  trueWidthUncovered: (Statement & {zone: string; covered: string[]}) | undefined
  /** The reported lengths said to be core or downhole lengths (which alone does not say whether true widths are known). */
  coreLengths: Statement | undefined
  /** The caution that grab or selected samples are selective and may not be representative. */
  selectiveCaution: Statement | undefined
  /** The first new result from a drill hole, when there is one (its hole's location, azimuth and dip are owed). */
  drill: Statement | undefined
  /** The location, azimuth or dip of the drill holes (coordinates, a collar table, a map of the holes). */
  holeLocation: Statement | undefined
  /**
   * The azimuth or dip of the drill holes (a column, "-55°", "drilled vertically", their "orientation"): a collar
   * table or a map gives the holes' location, not which way they were drilled.
   */
  holeOrientation: Statement | undefined
  /**
   * The holes' coordinates as the text gives them (an Easting or UTM word in a paragraph or table with coordinate
   * figures): where they are, a missing azimuth and dip is seen; a table or figure only named ("see Table 5 for
   * drill hole coordinates") may hold them in the part a copy lost.
   */
  holeCoordinates: Statement | undefined
}

/**
 * A whole figure, from its first digit (never from the middle of one). Bounded: linear on runs of digits.
 */
const FIGURE = String.raw`(?<![\d.,])\d[\d,]{0,12}(?:\.\d{1,6})?`
const LENGTH = String.raw`(?:m[èe]tres?|m|metres?|meters?|ft|feet|cm)(?![${LETTER}])`
/**
 * The end of a range's second figure when the range is one of values, not of depths: the figure whole, then a grade
 * or a price ("ranging from 24 to 4,283 ppb", "from 0.2 to 12.5 g/t Au", « de 0,5 à 12,3 g/t »). A range of depths
 * ("from 120.5 to 126.0 m", "from 12 to 18") ends on a length or on nothing.
 */
const NOT_VALUES =
  String.raw`(?![\d]|[.,]\d)` +
  String.raw`(?! ?(?:%|ppm|ppb|g\/t|gpt|g\/tonne|grams?\b|g per\b|oz|opt\b|ounces?|lbs?\b|percent|per cent|\$|m?g ?\/|cpht|carats?\b))`

/** An interval over a width, or a depth: "over 6.0 m", "6.0 m of", "158m@", "from 120.5 m", "(120.0-126.0 m)". */
const INTERVAL = pattern(
  [
    String.raw`\b(?:over|across|along|for) (?:a |an )?(?:(?:true|core|downhole|drilled|sample|estimated true) )?` +
      String.raw`(?:width|length|interval)? ?(?:of )?${FIGURE} ?${LENGTH}`,
    // Not a program's size: "2,000 metres of diamond drilling", "5,000 m of RC drilling" measure the drilling done.
    String.raw`${FIGURE} ?${LENGTH} ?(?:of(?! (?:[a-z-]{1,20} ){0,3}drill(?:ing|ed)\b)|grading|@|at|averaging|assaying|` +
      String.raw`returning|with|containing|\()`,
    // The width as an adjective of the interval: "a 99-meter ("m") intersection grading 27.8 g/t Ga".
    String.raw`${FIGURE}[ -]${LENGTH}(?: \([^)]{1,8}\))? (?:[a-z]{3,12} )?(?:intersections?|intervals?|intercepts?|` +
      String.raw`sections?|composites?) (?:of|grading|averaging|assaying|returning|at|@|with)\b`,
    String.raw`\bfrom ${FIGURE} ?(?:${LENGTH} )?(?:to|-) ?${FIGURE}${NOT_VALUES}`,
    String.raw`${FIGURE} ?(?:-|to) ?${FIGURE} ?${LENGTH}`,
    // French: "sur 12,5 m", "sur une épaisseur réelle de 4,0 m", "12,5 m à 6,8 g/t", "de 120,0 à 132,5 m".
    String.raw`(?<![${LETTER}])(?:sur|le long de) (?:une |un )?(?:(?:longueur|[ée]paisseur|largeur|intervalle)` +
      String.raw` (?:r[ée]elle |vraie |carott[ée]e |estim[ée]e )?(?:de )?)?${FIGURE} ?${LENGTH}`,
    String.raw`${FIGURE} ?${LENGTH} ?(?:à \d|titrant|de \d|d'une teneur|avec une teneur)`,
    String.raw`(?<![${LETTER}])de ${FIGURE} ?(?:${LENGTH} )?à ?${FIGURE}${NOT_VALUES}`,
    String.raw`${FIGURE} ?à ?${FIGURE} ?${LENGTH}`
  ].join('|')
)
/** Words that make a grade a result of sampling or drilling. */
const RESULT_WORDS = pattern(
  String.raw`\b(?:assay(?:s|ed|ing)?|returned|returning|returns|yielded|yielding|intersect\w*|intercept\w*|holes?|` +
    String.raw`drill\w*|samples?|sampled|sampling|channels?|grab|chips?|trench\w*|core|composite[sd]?|highlights?|` +
    String.raw`analy[sz]ed|analy[sz]es|analysis|results?)\b|` +
    // A geochemical survey's values, told by its medium or its anomaly ("a gold-in-soil anomaly … peaking at 1,420 ppb
    // Au", "the till survey outlined values up to 385 ppb Au"): the analyses of its samples.
    String.raw`\b(?:soils?|till|silts?|(?:stream|lake)[- ](?:bottom )?sediments?|(?:bio)?geochem\w*|anomal(?:y|ies|ous))\b|` +
    frenchWords([
      String.raw`analys(?:e|es|[ée]e?s?)`,
      `titr[${LETTER}]{0,4}`,
      // "a donné", and the plural: « des blocs angulaires ont donné 1,12 % Cu ».
      String.raw`(?:a|ont) (?:donn[ée]|retourn[ée]|livr[ée]|r[ée]v[ée]l[ée])`,
      `intersect[${LETTER}]{0,6}`,
      `recoup[${LETTER}]{0,6}`,
      'trous?',
      'sondages?',
      'forages?',
      String.raw`for[ée]e?s?`,
      'carottes?',
      'rainures?',
      String.raw`tranch[ée]es?`,
      String.raw`[ée]chantillon[${LETTER}]{0,6}`,
      'faits saillants',
      String.raw`r[ée]sultats?`,
      'composites?'
    ])
)
/**
 * Drill words that name a plan, not a hole drilled: "5 drill-ready targets", "drill targets", "a drill permit", "drill
 * pads"; in French « cibles prêtes à être forées », « cibles de forage », « à forer », « permis de forage ». A sample's
 * grade beside them ("up to 7% Cu in samples; 5 drill-ready targets") is still a sample's.
 */
const DRILL_PLAN = pattern(
  String.raw`\bdrill[- ](?:ready|targets?|permits?|pads?)\b|` +
    frenchWords([
      String.raw`pr[êe]te?s? (?:à (?:être )?for[ée]e?s?|à forer|pour (?:le )?forage)`,
      String.raw`(?:cibles?|permis|plateformes?) de forage`,
      'à forer'
    ]),
  'g'
)
/**
 * Drill words: a result from a drill hole. An interval from a depth is one too ("3.63 g/t Au over 3.20 m from 41.30 m",
 * "44m at 1.1 g/t Au from 68m"): the depth down the hole it starts at, not a distance ("1 km from the road", "from 150
 * m of trenching").
 */
const DRILL = pattern(
  String.raw`\b(?:holes?|drill\w*|intercept\w*|intersect\w*|core|downhole|down-hole|ddh|collar)\b` +
    String.raw`|\bfrom \d[\d.,]{0,12} ?(?:m|metres?|meters?|ft)?(?![a-z]) ?(?:to|-) ?\d[\d,]{0,12}(?:\.\d{1,6})?${NOT_VALUES}|` +
    String.raw`\d ?(?:m|metres?|meters?|ft|feet)\b[^;]{0,80}?\bfrom \d[\d,]{0,12}(?:\.\d{1,6})? ?(?:m|metres?|meters?|ft|feet)` +
    String.raw`(?![a-z])(?! (?:of|away|along|east|west|north|south|from)\b)|` +
    frenchWords([
      'trous?',
      'sondages?',
      'forages?',
      String.raw`for[ée]e?s?`,
      `intersect[${LETTER}]{0,6}`,
      `recoup[${LETTER}]{0,6}`,
      'carottes?',
      'collets?'
    ])
)
/** Grab and selected samples: selective by nature. */
const SELECTED = pattern(
  // Not samples selected for a check ("selected samples were re-assayed", "are followed up with fire assay").
  String.raw`\bgrab|\bselect(?:ed|ive)? (?:\w+ )?samples?\b(?! (?:were|are|was|is|will be) (?:then |also )?` +
    String.raw`(?:checked|re-?assayed|re-?analy[sz]ed|re-?run|followed up|duplicated|used to (?:check|calibrate)))|` +
    String.raw`\bspecimens?\b|\b(?:dump|float|boulder|prospecting) samples?\b|` +
    // French: "échantillons choisis", "ponctuels", "instantanés", "de prospection", "de blocs".
    frenchWords([
      String.raw`[ée]chantillons? (?:de (?:roche |surface )?)?(?:choisi|ponctuel|instantan[ée]|s[ée]lectionn[ée])s?`,
      String.raw`[ée]chantillons? (?:de prospection|de blocs?(?: erratiques)?)`
    ])
)
/**
 * A paragraph about metallurgical test work (flotation, a concentrate, leach or bench-scale tests): its grades are
 * those of a composite or a product, test results rather than results of sampling or drilling.
 */
const METALLURGY = pattern(
  String.raw`\b(?:flotation|concentrates?|metallurgical (?:test\w*|program\w*|results?|work)|locked[- ]cycle|` +
    String.raw`bench[- ]scale|pilot[- ]plant|(?:bottle[- ]roll|column|leach|variability|comminution) tests?|` +
    String.raw`dense media|heavy liquid|gravity[- ]recoverable|` +
    // Sorting and magnetic tests ("sensor-based ore sorting tests", "X-ray transmission sorting of a composite",
    // "Davis tube tests"): a product's grade, as flotation's is.
    String.raw`(?:ore|sensor[- ]based|xrt|x-ray transmission|laser|optical) sort(?:ing|er)|sort(?:ing|er) tests?|davis tube|` +
    String.raw`magnetic separation|` +
    // Direct lithium extraction from a brine ("DLE", an ion-exchange or sorbent column, its eluate): a brine sample's
    // feed grade and the eluate's are a test's, as a flotation feed's and concentrate's are.
    String.raw`direct lithium extraction|dle|ion[- ]exchange|(?:ad)?sorbents?|eluates?|` +
    // An ionic clay's rare earths desorbed by a salt solution, hydrometallurgical tests: a composite's grade is a test's.
    String.raw`desorption|hydrometallurg\w*)\b|` +
    frenchWords(['flottation', 'concentr[ée]s?', String.raw`essais? m[ée]tallurgiques?`, 'lixiviation'])
)

/** Samples whose heavy minerals are concentrated to be counted and assayed: till, stream or lake sediments. */
const GEOCHEMICAL_CONCENTRATE = pattern(String.raw`\b(?:till|(?:stream|lake) sediments?)\b`)

/** The sample a test was run on: a composite, its feed or head grade, a sample processed through the test. */
const TEST_SAMPLE = /\b(?:composites?|tests?|tested|test ?work|testing|feed|head|concentrates?|flotation|processed)\b/
/** A well's pumping test: the brine it draws is the aquifer's sample, an exploration result, not a process test's. */
const PUMPING_TEST = /\bpump(?:ing)?[- ]tests?\b/

/**
 * Whether a sentence gives the grade of a metallurgical test's sample or product (a composite, a concentrate, in a
 * paragraph of test work, or in the paragraph after one: "The composite was made of quarter-core from 14 holes and
 * grades 1.4% Li2O" after the flotation results); never an interval over a width, which is a drill or channel result
 * whatever follows it.
 */
const testSample = (sentence: Sentence) => {
  const text = sentence.norm.text
  if (!TEST_SAMPLE.test(text) || INTERVAL.test(text) || PUMPING_TEST.test(text)) return false
  const {block} = sentence
  // The heavy mineral concentrate of a till or stream sediment sample is an exploration sample, not a test's product.
  if (GEOCHEMICAL_CONCENTRATE.test(block.norm.text)) return false
  const before = block.draft.blocks[block.index - 1]
  return METALLURGY.test(block.norm.text) || (before !== undefined && METALLURGY.test(before.norm.text))
}

/** What is not a result of sampling at all: a resource or reserve, production, another company's property. */
const NOT_RESULT = pattern(
  [
    String.raw`\b(?:mineral )?(?:resources?|reserves?)\b`,
    // A category, not the verb: "measured in bank cubic metres", "measured along the core axis".
    String.raw`\b(?:measured(?! (?:in|along|by|at|over|on|from|with|using|as|across)\b)|indicated|inferred|probable|proven)\b`,
    // Production, also as workings told it ("informal workers … extracting over 12,000 tonnes of ore yielding grades
    // of 12.5 g/t Au", "shipped 4,000 tons grading 1.1 oz/t"); not "extraction" (a metallurgical test's word).
    String.raw`\bproduc(?:ed|tion|ing)\b|\bmill(?:ed|ing)?\b|\bhead grade\b|\bmined\b|\bsold\b|` +
      String.raw`\bextract(?:ed|ing)\b|\b(?:shipped|hoisted)\b`,
    // A tonnage, after its figure ("62.4 Mt", "12 kt"): not the letters of a hole's or sample's name ("KT-26-11",
    // "MT-24-003") or a mountain's ("Mt. Hope").
    String.raw`\d ?(?:mt|kt)\b|\bmillion (?:tonnes|tons)\b`,
    // A neighbour's property (« adjacente »), not a place beside the issuer's own pit or zone ("hole 23NB-39, located
    // immediately adjacent to the MRE pit": expansion drilling).
    String.raw`\b(?:adjacent(?:e?s)?|neighbou?ring|nearby)\b(?! to (?:the |our )?(?:(?:mre|resource|current|existing|open|` +
      String.raw`conceptual|designed|reserve) ){0,2}(?:pits?|pit shells?|shells?|zones?|veins?|lens(?:es)?|drill ?holes?|holes?)\b)`,
    // French: a resource or reserve and its categories, production, a neighbouring property.
    frenchWords([
      'ressources?',
      String.raw`r[ée]serves?`,
      String.raw`mesur[ée]es?`,
      String.raw`indiqu[ée]es?`,
      String.raw`pr[ée]sum[ée]es?`,
      String.raw`prouv[ée]es?`,
      'produit',
      String.raw`usin[ée]e?s?`,
      'teneur du minerai',
      'millions? de tonnes',
      'voisine?s?'
    ])
  ].join('|')
)
/** A sentence about samples (not a drill hole's), in English or French (« Neuf échantillons ont titré … »). */
const SAMPLES = pattern(
  String.raw`\bsamples?\b|\bsampled\b|` +
    frenchWords([String.raw`[ée]chantillons?`, String.raw`[ée]chantillonn[ée]e?s?`])
)

/**
 * Samples taken systematically, on a grid or along a line, not chosen for what they hold: soil, till, silt or stream
 * sediment, channel, trench or core samples (« échantillons de sol »).
 */
const SYSTEMATIC = pattern(
  String.raw`\b(?:soil|till|silt|(?:stream|lake) sediment|channel|trench|core) samples?\b|` +
    frenchWords([String.raw`[ée]chantillons? (?:de |en )?(?:sols?|till|rainures?|tranch[ée]es?|carottes?)`])
)

/**
 * Whether a sentence gives grades of grab or selected samples, itself or as its paragraph introduces them; not when
 * it names its samples as systematic ones (a soil sample in a paragraph that says some samples were "selected" for a
 * check assay).
 */
function selectedSamples(sentence: Sentence): boolean {
  const text = sentence.norm.text
  if (SELECTED.test(text)) return true
  if (DRILL.test(text) || SYSTEMATIC.test(text)) return false
  if (SAMPLES.test(text) && SELECTED.test(sentence.block.norm.text)) return true
  // A table or a list of results whose lead-in introduces them as grab samples ("Crews collected 62 grab samples.
  // Highlights are listed below:" over a table of samples, "Grab samples from the vein returned:" over its items),
  // unless the lead-in also names drilling or systematic samples: which rows are which is not told.
  const lead = leadIn(sentence)
  return lead !== undefined && SELECTED.test(lead) && !DRILL.test(lead) && !SYSTEMATIC.test(lead)
}

/**
 * A note that the samples were grab samples, told as done: "Rock samples were collected as grab samples", "All
 * samples reported are grab samples" (not a plan: "will collect grab samples", "grab sampling is planned").
 */
const GRAB_SAMPLING = pattern(
  String.raw`\bsamples? (?:\w+ )?(?:(?:were|was|are|is) (?:\w+ ){0,3}(?:grab|selected|select) samples?\b|` +
    String.raw`(?:were|was) (?:collected|taken) (?:as|by) grab(?: sampl\w+)?\b)(?![^.]{0,80}\b(?:will|planned|plan)\b)`
)
/** A sentence without a grade that matches `re`. */
const gradeless =
  (re: RegExp) =>
  (sentence: Sentence): boolean =>
    re.test(sentence.norm.text) && gradeIn(sentence) === undefined

/** A sentence that is an assay table: a grade column with its unit and the columns of results. */
const isAssayTable = (sentence: Sentence): boolean => has(sentence, ASSAY_TABLE) && has(sentence, TABLE_COLUMNS)

/** A title line over a table ("Table 1 – Assay highlights"): short, one sentence, no stop at its end. */
const TITLE_LINE = 100

/**
 * The words that introduce a list item (its lead-in, as listOf reads it) or an assay table (the paragraph right
 * before it, with its title line when one stands between: "Table 1 – Assay highlights"), or undefined.
 */
function leadIn(sentence: Sentence): string | undefined {
  const units = listOf(sentence)
  if (units.length > 1) return units[1].norm.text
  const {block} = sentence
  if (block.list !== undefined || !isAssayTable(sentence)) return undefined
  const blocks = block.draft.blocks
  const before = blocks[block.index - 1]
  if (!before) return undefined
  const title =
    before.sentences.length === 1 && before.norm.text.length <= TITLE_LINE && !/[.:]\s*$/.test(before.norm.text)
  const lead = title ? blocks[block.index - 2] : undefined
  return lead ? `${lead.norm.text} ${before.norm.text}` : before.norm.text
}

/**
 * When an earlier release is cited: a date in any form dates.ts reads ("June 17, 2024", "17 June 2024", "June 17th,
 * 2024", "Sept. 8, 2022"), a day without its year ("June 17"), or a year alone.
 */
const CITED_WHEN = String.raw`(?:${DATE}|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d\d\b)`
/** What is not new: a historical or previously reported figure. */
const EARLIER = pattern(
  [
    String.raw`\bhistoric\w*|\b19\d\d\b`,
    String.raw`\(source\b|\bassessment reports?\b|\bminfile\b|\bsig[eé]om\b`,
    String.raw`\bprevious(?:ly)?\b|\bearlier\b`,
    String.raw`\bsee (?:the )?(?:company's |our )?(?:news |press )release\b|\b(?:news|press) releases? dated\b` +
      // Cited to a dated release, whoever's: "(See Corvell Metals Corp News Release September 8, 2022)"; or to a dated
      // announcement, as an issuer also on the ASX or AIM calls its releases: "(see ASX/TSX announcement of 7 May 2026)",
      // "(refer to ASX announcement dated 7 May 2026)".
      String.raw`|\bsee (?:[^.()]{1,60} )?(?:news|press) releases? (?:of |on |from )?${CITED_WHEN}` +
      String.raw`|\b(?:see|refer(?: to)?) (?:[^.()]{1,60} )?announcements? (?:dated |of |on |from )?${CITED_WHEN}` +
      String.raw`|\bas (?:previously )?reported\b` +
      // Cited with its title, then its date: "(see, as example, Corvell Metals Inc. news release, Corvell Intersects
      // 4.1 g/t Au over 6.0m at Birch, dated June 17, 2024)"; the title may hold a grade's decimals and an "Inc.".
      String.raw`|\b(?:news|press) releases?,? (?:(?:entitled|titled) )?[^()]{1,200}?,? dated ` +
      String.raw`${CITED_WHEN}`,
    // Told as an earlier release's: "In its August 27, 2026 news release, the Company reported …", "in our prior release".
    String.raw`\bin (?:its|our|their|the company's) (?:${DATE} |(?:previous|prior|earlier) )?` +
      String.raw`(?:news |press )?release\b`,
    // Dated as published before: "(announced August 12, 2025)", "reported on October 1, 2024", "released in 2024".
    String.raw`\b(?:announced|reported|released|disclosed|published) (?:on |in )?` +
      String.raw`(?:${CITED_WHEN}|(?:[a-z]{3,9} )?(?:19|20)\d\d\b)`,
    // French: historical, previously reported, an earlier release.
    frenchWords([
      'historiques?',
      String.raw`pr[ée]c[ée]demment`,
      String.raw`ant[ée]rieure?s?`,
      String.raw`communiqu[ée] (?:de presse )?du`,
      String.raw`d[ée]j[àa] (?:annonc|publi|divulgu)[${LETTER}]{0,4}`,
      String.raw`(?:annonc|publi|divulgu)[ée]e?s? (?:le|en) \d`
    ])
  ].join('|')
)

/**
 * Results another party published, restated: "Talbot reported that step-out drilling intersected …", "according to
 * the operator". The words before the verb (or after "according to") are not the issuer ("the Company", "we", "it",
 * a name the release defines for it, its ticker tag): a royalty holder or a partner quoting the operator's release
 * discloses no sampling of its own.
 */
const ATTRIBUTION = pattern(
  String.raw`\b(?:reported|announced|disclosed)(?: (?:on|in) [^,.]{1,30},?)? (?:that|in its)\b` +
    // "Corvell reported additional results from its campaign, including:", "announced new drill results", what the
    // results are named by (a hole, an intercept, the zone or discovery they found): "Sumner Copper Corp. reported
    // drill hole PR-26-31 intersecting …", "announced an intersection of …", "has reported a new zone 600 metres north
    // of the deposit, where hole SC-26-31 intersected …".
    String.raw`|\b(?:reported|announced|released|disclosed) (?:(?:additional|new|further|final|partial|initial|the|its` +
    String.raw`|their|an?|drill|assay|step-out|infill|diamond|core|channel|high-grade|mineralized) ){0,3}` +
    String.raw`(?:results|intercepts?|intersections?|assays|holes?|zones?|discover(?:y|ies))\b` +
    // "according to the operator", "according to Talbot's news release" (not "according to industry standards").
    String.raw`|\baccording to (?:the )?(?:operator|owner|partner|optionee|optionor|vendor)s?\b` +
    String.raw`|\baccording to (?:[a-z][\w.&-]{0,30} ){0,3}?[a-z][\w.&-]{0,30}'s (?:news|press) releases?\b` +
    // French: "Corvell a annoncé que", "selon l'exploitant", "selon le communiqué de Corvell".
    String.raw`|(?<![${LETTER}])(?:a|ont) (?:rapport|annonc|divulgu|publi)[ée]e?s? (?:que|qu'|dans son)` +
    String.raw`|(?<![${LETTER}])selon (?:l'exploitant|l'op[ée]rateur|le propri[ée]taire|le partenaire` +
    String.raw`|le communiqu[ée] (?:de presse )?(?:de|d'|du))`,
  'g'
)
/** How the issuer is the subject at the end of the words before the verb (auxiliaries dropped). */
const ISSUER_BEFORE = pattern(
  String.raw`(?:\b(?:the )?"?(?:company|corporation|issuer)"?\)?|\bwe|\bit|\bthey|\)` +
    String.raw`|(?<![${LETTER}])(?:la |l')?"? ?(?:soci[ée]t[ée]|compagnie|corporation|[ée]metteur) ?"?\)?` +
    String.raw`|(?<![${LETTER}])(?:nous|elle|elles|ils))$`
)
/** How the issuer is named as the party "according to" cites. */
const ISSUER_AFTER =
  /^(?:the )?"?(?:company|corporation|issuer)\b|^(?:us|our|its)\b|^(?:la |l')?(?:soci[ée]t[ée]|compagnie)/
const AUXILIARY = /(?: (?:has|had|have|also|recently|previously|publicly|today|qui))+$/

/** "reported by Nanton Nickel in 2013", "released by": the party after "by" published the results. */
const REPORTED_BY = /\b(?:reported|announced|disclosed|published|released) by ((?:the )?"?[a-z][^,.;()]{0,40})/g

function attributed(text: string, names: string[]): boolean {
  if (!/reported|announced|disclosed|released|according to|rapport|annonc|divulgu|publi|selon /.test(text)) return false
  for (const match of text.matchAll(REPORTED_BY)) {
    // Not the issuer, nor the laboratory that reported the assays to it ("assays reported by ALS Canada").
    const party = match[1]
    if (ISSUER_AFTER.test(party) || LABORATORY.test(party)) continue
    if (!names.some((name) => party.startsWith(name))) return true
  }
  for (const match of text.matchAll(ATTRIBUTION)) {
    if (match[0].startsWith('according') || match[0].startsWith('selon')) {
      // The party: named in the words matched ("according to the operator"), or after them ("selon le communiqué de").
      const party = match[0].startsWith('according')
        ? match[0].slice('according to '.length)
        : text.slice(match.index + match[0].length).trimStart()
      if (!ISSUER_AFTER.test(party) && !names.some((name) => party.startsWith(name))) return true
      continue
    }
    const before = text
      .slice(Math.max(0, match.index - 80), match.index)
      .trimEnd()
      .replace(AUXILIARY, '')
    // Nor the laboratory that reported the assays to the issuer ("ALS Canada reported the assay results").
    if (before === '' || ISSUER_BEFORE.test(before) || LABORATORY.test(before)) continue
    if (names.some((name) => before.endsWith(name) || before.endsWith(`${name}"`))) continue
    return true
  }
  return false
}

/**
 * Results another owner of the ground got, named by its role: "confirmed by subsequent owners with the discovery hole
 * yielding …", "drilling by a prior operator returned …".
 */
const OTHER_OWNER = pattern(
  String.raw`\b(?:by|of|from) (?:the |a |an |its )?` +
    String.raw`(?:subsequent|later|prior|former|then|other|neighbouring|neighboring|adjacent) ` +
    String.raw`(?:owners?|operators?|optionees?|compan(?:y|ies)|explorers?|claim ?holders?)\b`
)

/**
 * A word of a resource, a reserve or production inside a company's name is a name: "Vireo Resources Inc. reports
 * that hole VR-26-02 returned …", « Ressources Mistassin inc. annonce que … », "Gold Reserve Ltd.".
 */
const IN_COMPANY_NAME = pattern(
  String.raw`\b(?:mineral )?(?:resources?|reserves?|mining|minerals|metals|production|producers?)` +
    String.raw`(?: [a-z&]{1,15})?,? (?:inc|corp|corporation|ltd|limited|lt[ée]e|llc|plc)\b|` +
    frenchWords([
      String.raw`(?:ressources|r[ée]serves|mines|m[ée]taux) (?:[${LETTER}'-]{2,20} ){1,3}(?:inc|lt[ée]e|corp)`
    ]),
  'g'
)
/** `text` without the company names in it, and without the names the release defines for the issuer. */
function withoutNames(text: string, names: string[]): string {
  let masked = text.replace(IN_COMPANY_NAME, ' ')
  for (const name of names) {
    if (NOT_RESULT.test(name)) masked = masked.split(name).join(' ')
    // The issuer's name without its legal form, as a headline gives it ("Larchmont Resources Samples up to 18.6 g/t
    // Gold"): the word of a resource after the name the release defines is the rest of that name.
    else if (masked.includes(name)) masked = masked.replace(ownName(name), ' ')
  }
  return masked
}

/** The issuer's defined name followed by a word of a resource, a reserve or production ("larchmont resources"). */
const ownName = (name: string): RegExp =>
  new RegExp(
    String.raw`(?:${boundedNames([name])}) (?:mineral )?(?:resources?|reserves?|mining|minerals|production)\b`,
    'g'
  )

/**
 * What is not a new result of this release: not a result at all, earlier, or another party's, restated. Each text is
 * decided once (a sentence is asked about again for its figures, its grades and its paragraph).
 */
const notNewFor = (names: string[]): ((text: string) => boolean) => {
  const decided = new Map<string, boolean>()
  return (text) => {
    let notNew = decided.get(text)
    if (notNew === undefined) {
      notNew =
        NOT_RESULT.test(withoutNames(text, names)) ||
        EARLIER.test(text) ||
        OTHER_OWNER.test(text) ||
        attributed(text, names)
      decided.set(text, notNew)
    }
    return notNew
  }
}

/** Figures with decimals: a result restated from a historical or earlier one repeats its figures. */
const DECIMAL = /(?<!\d)\d+\.\d+/g

/**
 * Historical work told as such: "historical prospecting", "historic drilling", work "between 1968 and 1970", with a
 * word or two between ("historical shallow drill results", "historic diamond drilling"); not samples or results alone
 * ("historical high-grade samples, up to 91 g/t, and initial reconnaissance programs have yielded …" goes on with new
 * work).
 */
/** A paragraph that introduces what follows it: it ends with a colon. */
const INTRODUCES = /:\s?$/
const HISTORICAL_WORK = pattern(
  String.raw`\bhistoric(?:al|ally)? (?:[a-z-]{2,15} ){0,2}?(?:prospecting|drilling|sampling|exploration|work|` +
    String.raw`trenching|trenches|mapping|surveys?|programs?|drill (?:holes?|results?|intercepts?))\b|` +
    String.raw`\b(?:in|during|between|from) (?:the )?19\d\d(?:s\b|\b)`
)

/** Historical work: older than the issuer's, named so or dated last century, or drawn from government files. */
const HISTORIC = pattern(
  String.raw`\bhistoric\w*|\b19\d\d\b|\bassessment reports?\b|\bminfile\b|\bsig[eé]om\b|` +
    frenchWords(['historiques?'])
)

/**
 * Whether a sentence gives historical results: named historical before its first grade ("Historical percussion holes
 * returned 9 m averaging 0.47% Cu"), not new results compared with historical ones ("Prospecting returned up to
 * 5.6 g/t Au, confirming historic results").
 */
function historicalResult(sentence: Sentence): boolean {
  const historic = HISTORIC.exec(sentence.norm.text)
  if (!historic) return false
  const grade = gradeIn(sentence)
  return grade !== undefined && historic.index < grade.at
}

/**
 * What makes a paragraph the issuer's own or new work: the issuer ("the Company", "we", a name the release defines
 * for it), a hole's identifier ("LC-26-04", "MHB-30"), a year of this century, or words of new work. Words of a
 * program ("campaign", "program", "follow-up") only where the sentence dates it to no year before the release's
 * present: "during the 2014 exploration program", in a 2025 release, is that year's work, told as past.
 */
function ownWorkFor(names: string[], recentYear: (text: string) => boolean): (text: string) => boolean {
  const issuer = issuerOrNowFor(names, recentYear)
  const current = /\b(?:follow-?up|step-?out|infill|current|ongoing|phase \w+|campaign|program(?:me)?)\b/
  const pastYear = (text: string) => ANY_YEAR.test(text) && !recentYear(text)
  return (text) => issuer(text) || HOLE_ID.test(text) || (current.test(text) && !pastYear(text))
}

/** A hole's identifier ("LC-26-04", "MHB-30"): a hole of the issuer's own. */
const HOLE_ID = pattern(String.raw`\b(?=[a-z0-9-]{0,12}\d)[a-z]{1,8}[a-z0-9]{0,4}-[a-z0-9-]{1,12}\b`)

/** A year, of this century or the last. */
const ANY_YEAR = pattern(String.raw`\b(?:19|20)\d\d\b`)

/**
 * What names the issuer or the present in a sentence: the issuer ("the Company", "we", a name the release defines
 * for it), a recent year (`recentYear`), or words of new work ("new", "recent"); not words a historical program used
 * too ("follow-up", "program").
 */
function issuerOrNowFor(names: string[], recentYear: (text: string) => boolean): (text: string) => boolean {
  const own = /\b(?:the company|the corporation|the issuer|we|our|la soci[ée]t[ée]|nous|nos)\b/
  return (text) =>
    own.test(text) || recentYear(text) || NEW_WORK.test(text) || names.some((name) => text.includes(name))
}

/** The issuer named in its own words ("the Company", "we") or by a name the release defines for it. */
const ISSUER_WORDS = pattern(
  String.raw`\b(?:the company|the corporation|the issuer|we|our|la soci[ée]t[ée]|nous|nos)\b`
)
const namesIssuer = (text: string, names: string[]): boolean =>
  ISSUER_WORDS.test(text) || names.some((name) => text.includes(name))

/** A year of this century. */
const YEAR = /\b20\d\d\b/g
/** How many years before the latest year a release states a year is still its present ("the 2024 program"). */
const RECENT_YEARS = 5

/**
 * Whether a sentence states a recent year: one of the last few before the latest year the release states (its
 * date's, usually), so that a previous operator's campaign of 2007–08 listed among historical ones is not read as
 * the issuer's present work. Any year of this century where the release states none later.
 */
function recentYearIn(sentences: readonly Sentence[]): (text: string) => boolean {
  let latest: number | undefined
  return (text) => {
    if (!text.includes('20')) return false
    const years = [...text.matchAll(YEAR)].map((m) => Number(m[0]))
    if (years.length === 0) return false
    if (latest === undefined) {
      latest = 0
      for (const sentence of sentences)
        if (sentence.norm.text.includes('20'))
          for (const m of sentence.norm.text.matchAll(YEAR)) latest = Math.max(latest, Number(m[0]))
    }
    return years.some((year) => year >= latest! - RECENT_YEARS)
  }
}

/** Words that mark a line as new work, whatever list it stands in. */
const NEW_WORK = /\b(?:new|recent(?:ly)?|latest|today|this (?:release|program|season|year))\b|\bnouve(?:au|lle|aux)\b/

/**
 * An item of a list of results: one short line ("7.70 g/t Au over 20.5 m", "Hole 3: 25.8 g/t Au over 7.5 m") that
 * does not say it is new work.
 */
const listItem = (block: Sentence['block']): boolean =>
  block.sentences.length === 1 && block.norm.text.length <= 120 && !NEW_WORK.test(block.norm.text)

/**
 * The figures of what is not new: the sentences that say so, and the paragraph (a table) or the list that such a
 * sentence introduces ("In 1970, … collected chip samples; their assays are given below:", "historical drilling
 * returned notable intercepts, including:" and its lines).
 */
function oldFigures(
  own: Sentence[],
  notNew: (text: string) => boolean,
  ownWork: (text: string) => boolean
): Set<string> {
  const figures = new Set<string>()
  const add = (text: string) => {
    for (const figure of text.match(DECIMAL) ?? []) figures.add(figure)
    // A whole grade too (a figure with no decimals, "550 g/t Ag", is restated as written).
    for (const signal of GRADES) for (const grade of text.matchAll(signal)) figures.add(GRADE_KEY + grade[0])
  }
  let introduced: Sentence['block'] | undefined
  // The last paragraph that says its results are not new.
  let saidOld = -1
  // The paragraphs read so far, the list a later sentence may point back to.
  const read: Sentence['block'][] = []
  for (const [i, sentence] of own.entries()) {
    const {block} = sentence
    const text = sentence.norm.text
    if (read.at(-1) !== block) read.push(block)
    if (notNew(text) || block === introduced) add(text)
    // "See news releases dated June 25, 2026 for detailed results related to the above": the list above it, back to
    // the paragraph that introduces it, was reported before.
    if (sentence === block.sentences[0] && BACK.test(text) && CITED.test(text)) {
      for (const earlier of pointedBack(read.slice(0, -1))) add(earlier.norm.text)
    }
    // The first item of a list that cites the earlier releases ("54 m of 1.53% Cu (see news releases dated March 9,
    // 2026)") cites them for the list its paragraph introduces: the items after it go with it.
    const before = read.at(-2)
    if (
      block !== introduced &&
      block.sentences.length === 1 &&
      before?.index === block.index - 1 &&
      /:\s*$/.test(before.norm.text) &&
      CITED.test(text)
    ) {
      introduced = block
      add(text)
    }
    if (sentence !== block.sentences.at(-1)) continue
    const next = own[i + 1]?.block
    // A paragraph that says so and ends with a colon introduces the next one (its table), and the list goes on
    // while the lines after it are items like it. So does one that goes on with the paragraph before it that says
    // so, naming no work of the issuer's own ("In 1970 a prospector took 15 chip samples." then "Their assays are
    // given below:").
    const says = notNew(block.norm.text)
    const goesOn = !says && saidOld >= 0 && saidOld === block.index - 1 && !ownWork(block.norm.text)
    if (says) saidOld = block.index
    if (/:\s*$/.test(text) && (says || goesOn)) introduced = next
    else if (block === introduced && next && next.index === block.index + 1 && listItem(block) && listItem(next)) {
      introduced = next
    }
  }
  return figures
}

/** The key of a whole grade among the figures of what is not new. */
const GRADE_KEY = 'grade:'
/** Words that point back to what the release said above ("related to the above", "the foregoing results"). */
const BACK = /\b(?:(?:the|as) above|the foregoing|the preceding|above results|results above)\b/
/** A citation of the issuer's earlier releases ("see news releases dated …", "press release of …", "previously reported in"). */
const CITED =
  /\b(?:news|press) releases? (?:dated|of|issued)\b|\bpreviously (?:reported|announced|disclosed|released)\b/

/**
 * The paragraphs a back-pointing sentence means: the list items just before it (short paragraphs, in a row) and the
 * paragraph that introduces them (ending with a colon), at most a dozen.
 */
function pointedBack(blocks: Sentence['block'][]): Sentence['block'][] {
  const meant: Sentence['block'][] = []
  for (let i = blocks.length - 1; i >= 0 && meant.length < 12; i--) {
    const block = blocks[i]
    const next = meant.at(-1) ?? undefined
    if (next && block.index !== next.index - 1) break
    if (block.kind === 'heading') break
    meant.push(block)
    if (/:\s*$/.test(block.norm.text)) return meant
    if (block.sentences.length > 2 || block.norm.text.length > 300) return []
  }
  // No introducing paragraph: not a list the sentence can be said to point back to.
  return []
}

/** An assay table: a grade column with its unit (topics.ts) and the columns of results, or rows of figures. */
const ASSAY_TABLE = GRADE_SIGNALS[2]
const TABLE_COLUMNS = pattern(
  String.raw`\b(?:from|length|interval|width|hole(?: ?id)?|sample(?: ?(?:id|no|number|#))?)\b|` +
    // A "To" column, not the "to" of a range of figures in a cell ("5 to 8", an exploration target's table).
    String.raw`(?<![\d.] )\bto\b(?! ?\d)|` +
    // French columns: "Sondage", "Trou", "De (m)", "À (m)", "Longueur (m)", "Échantillon".
    frenchWords([
      'sondages?',
      'trous?',
      'longueurs?',
      'intervalles?',
      'largeurs?',
      String.raw`[ée]paisseurs?`,
      String.raw`[ée]chantillons?`,
      String.raw`(?:de|à) \(m\)`
    ])
)

/** An assay table's column of widths ("Length (m)", "Interval (m)", "Width (ft)", « Longueur (m) »): its rows are intervals. */
const WIDTH_COLUMN = pattern(
  String.raw`\b(?:length|interval|width|thickness|core length)s? ?\((?:m|ft|metres|meters|feet)\)|` +
    // Its unit on the header's second row ("| Width |" over "| (m) |").
    String.raw`(?<=\|\s?)(?:length|interval|width|thickness|core length)s?(?=\s?\|[^\d]{0,300}?\|\s?\(?` +
    String.raw`(?:m|ft|metres|meters|feet)\)?\s?\|)|` +
    frenchWords([String.raw`(?:longueur|intervalle|largeur|[ée]paisseur)s? ?\((?:m|pi)\)`])
)

/** Find the first match of `re` in a sentence as a statement. */
function statement(sentence: Sentence, re: RegExp): Statement | undefined {
  const found = find(sentence, re)
  return found && {start: found.start, end: found.end, words: found.match[0], sentence, at: found.match.index}
}

/** The first sentence of `sentences` matching `re` (and `also`, when given), as a statement. */
function first(sentences: Sentence[], re: RegExp, also?: RegExp): Statement | undefined {
  for (const sentence of sentences) {
    if (also && !also.test(sentence.norm.text)) continue
    const found = statement(sentence, re)
    if (found) return found
  }
  return undefined
}

/**
 * The first match of `re` in `sentences` outside the issuer's names: a name's words are no statement's ("Standard
 * Copper's samples" names no standards). Each name is read as spaces, so offsets stay the sentence's.
 */
function firstOutsideNames(sentences: Sentence[], re: RegExp, names: string[]): Statement | undefined {
  const own = names.length > 0 ? new RegExp(boundedNames(names), 'g') : undefined
  for (const sentence of sentences) {
    const found = statement(sentence, re)
    if (!found || !own || !own.test(sentence.norm.text)) {
      if (found) return found
      continue
    }
    own.lastIndex = 0
    const text = sentence.norm.text.replace(own, (name) => ' '.repeat(name.length))
    const match = re.exec(text)
    if (re.global || re.sticky) re.lastIndex = 0
    if (match)
      return {
        ...spanOf(sentence.norm, match.index, match.index + match[0].length),
        words: match[0],
        sentence,
        at: match.index
      }
  }
  return undefined
}

/** The first grade in a sentence. */
function gradeIn(sentence: Sentence): Statement | undefined {
  let grade: Statement | undefined
  let threshold: Statement | undefined
  const text = sentence.norm.text
  for (const signal of GRADES) {
    for (const found of findAll(sentence, signal)) {
      const at = {start: found.start, end: found.end, words: found.match[0], sentence, at: found.match.index}
      // A threshold the results passed ("21 samples returned more than 1.0 g/t Au, including 28.4 g/t Au") is not
      // one of them: the message quotes the first result itself.
      if (THRESHOLD.test(text.slice(Math.max(0, found.match.index - 24), found.match.index))) {
        if (!threshold || at.start < threshold.start) threshold = at
      } else if (!grade || at.start < grade.start) grade = at
    }
  }
  return grade ?? threshold
}

/** The grade signals (a grade with its unit, in English and French), each read for every match. */
const GRADES = GRADE_SIGNALS.slice(0, 2).map((re) =>
  pattern(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)
)
/** Words that make the grade after them a threshold: "more than", "above", "> ", « supérieures à ». */
const THRESHOLD =
  /(?:\b(?:more than|greater than|higher than|above|over|exceed(?:ed|s|ing)?|in excess of|at least|plus de|sup[ée]rieure?s? [àa])|[>≥]) ?$/

/**
 * A note on method: how intervals were composited or shown (their cut-off, dilution, what is highlighted) or which
 * assays were done again ("results above 10 g/t gold are re-analyzed by gravimetric finish").
 */
const METHOD_NOTE = pattern(
  String.raw`\bcomposit(?:ed|ing|es?)\b|\binternal dilution\b|\bcut-? ?off\b|\bcog\b|\bhighlighted\b|` +
    String.raw`\b(?:shown )?in bold\b|\bbolded\b|\bre-?(?:analy[sz]ed|assayed)\b|\bover-?limits?\b`
)
/** The words that make the grade after them a parameter: capped, top-cut, cut-off ("a capping limit of"). */
const PARAMETER = pattern(
  String.raw`\b(?:capp(?:ed|ing)|top[- ]?cut(?:ting)?|cut-?off|plafonn[ée]e?s?|teneur de coupure)` +
    String.raw`(?: (?:limit|level|value|grade|threshold))?(?: (?:of|at|de|à))? (?:an? )?$`
)
/** A sentence that is a bulleted item of a list in its paragraph ("• 5.0m grading 18.0 g/t gold"). */
const BULLET_ITEM = /^[\u2022\u00b7\u25aa\u25cf\u25e6\u25a0\u2023\u2043\u25ba\u27a2]\s/

/**
 * What a result is read in to tell how it was got (a drill hole's, a channel's): the sentence, and, for an item of a
 * list, what introduces it: a bulleted item's whole paragraph (its lead-in and other items: "HIGHLIGHTS: • 5.0m
 * grading 18.0 g/t gold • … • Five drill rigs operating at site"), or the lead-in a markdown list item comes under, the
 * nearest paragraph before it in its list, or right before the list, that ends in a colon ("… returning high grade
 * intercepts across several targets:" over "- Lokolo Main: 12m at 6.60g/t Au"): drill intercepts. Not the other
 * items of a markdown list: one prospect's width range is no depth of another's pit sample.
 */
function listOf(sentence: Sentence): Array<Sentence | Sentence['block']> {
  const {block} = sentence
  if (block.sentences.length > 1 && BULLET_ITEM.test(sentence.raw.text)) return [block]
  if (block.list === undefined) return [sentence]
  const blocks = block.draft.blocks
  for (let index = block.index - 1; index >= 0; index--) {
    const before = blocks[index]
    if (/:\s*$/.test(before.norm.text)) return [sentence, before]
    if (before.list !== block.list) break
  }
  return [sentence]
}

/** Whether a unit of `units` (a sentence, or the list it is an item of) has a match of `re`. */
const anyHas = (units: Array<Sentence | Sentence['block']>, re: RegExp): boolean => units.some((unit) => has(unit, re))

/** A laboratory whose name has a drill word in it. */
const DRILLING_LABORATORY = pattern(String.raw`\boverburden ?drilling ?management\b`, 'g')

/** What a result is of: a drill hole, if it or its list's lead-in names one (not a plan's "drill targets"), or a sample. */
function kindOf(sentence: Sentence): ResultKind {
  // Not drill words that name a plan, nor a laboratory's name ("Overburden Drilling Management").
  const drilled = listOf(sentence).some(
    (unit) => has(unit, DRILL) && DRILL.test(unit.norm.text.replace(DRILL_PLAN, ' ').replace(DRILLING_LABORATORY, ' '))
  )
  return drilled ? 'drill' : has(sentence, SAMPLE_TYPE) ? 'sample' : 'assay'
}

/** The grade in a sentence that states a new result, or undefined. */
function resultIn(
  sentence: Sentence,
  old: Set<string>,
  notNew: (text: string) => boolean
): {grade: Statement; kind: ResultKind} | undefined {
  const text = sentence.norm.text
  if (notNew(text) || testSample(sentence)) return undefined
  const table = isAssayTable(sentence)
  let grade = gradeIn(sentence)
  // An assay table is a drill hole's as a sentence is: its columns or its lead-in name the holes ("Hole ID", "DDH").
  if (!grade) return table ? {grade: statement(sentence, ASSAY_TABLE)!, kind: kindOf(sentence)} : undefined
  // A condition's threshold, not a result: "upon identifying three samples grading above 2.0% WO₃".
  if (isThreshold(text, grade.at)) return undefined
  // A parameter of an estimate or of the compositing, not a result: "a capping limit of 17.3 g/t applied to the
  // composites", "a cut-off grade of 0.3 g/t" (an interval in the sentence is a result whatever its cut-off).
  if (PARAMETER.test(text.slice(Math.max(0, grade.at - 40), grade.at)) && !has(sentence, INTERVAL)) return undefined
  // Named so right after it ("a 171 g/t AgEq minimum grade (cut-off grade)"), whatever lengths the note also sets.
  if (namedParameter(text, grade.at + grade.words.length)) return undefined
  // A bound in a note on method ("a single sample grading >70 g/t was allowed to be composited", "results higher
  // than 1000 g/t AgEq are highlighted", "results above 10 g/t Au are re-assayed"): a rule, not a result.
  if (METHOD_NOTE.test(text) && THRESHOLD.test(text.slice(Math.max(0, grade.at - 24), grade.at))) return undefined
  // A grade restated from a historical or earlier figure ("Assays of 14.80% Cu" above a 1970 table).
  const figure = /(?<!\d)\d+\.\d+/.exec(grade.words)
  if ((figure && old.has(figure[0])) || old.has(GRADE_KEY + grade.words)) return undefined
  const interval = has(sentence, INTERVAL)
  if (!interval && !table && !has(sentence, RESULT_WORDS)) return undefined
  const kind = kindOf(sentence)
  // Quote the result as written: from the interval when it comes first ("6.0 m of 4.2 g/t Au").
  const width = statement(sentence, INTERVAL)
  const gradeEnd = grade.at + grade.words.length
  if (width && width.at < grade.at && grade.at - (width.at + width.words.length) < 60) {
    grade = {...grade, start: width.start, at: width.at, words: text.slice(width.at, gradeEnd)}
  } else if (width && width.at >= gradeEnd && width.at - gradeEnd < 20) {
    grade = {...grade, end: width.end, words: text.slice(grade.at, width.at + width.words.length)}
  }
  return {grade, kind}
}

/** The laboratory: the word, or a laboratory's name ("ALS", "SGS", "Bureau Veritas", "Actlabs", "MSALABS"…). */
const LABORATORY = pattern(
  [
    // Not the laboratory's documents, figures or control samples ("by reviewing the laboratory certificates", "laboratory
    // standards and duplicates"): no laboratory named.
    String.raw`laborator(?:y|ies)(?!'?s? (?:certificates?|results|data|reports?|assays?|analyses|qa ?\/ ?qc|quality|` +
      String.raw`standards?|duplicates?|blanks?)\b)`,
    String.raw`\blabs?\b`,
    // Not a hole's name that starts with the same letters ("BV24-059", "SGS-23-04"): a figure follows them.
    String.raw`\b(?:als|sgs|agat|swa|tsl|src|odm|bvm?|aal)(?![a-z\d]|-\d)`,
    String.raw`\bals ?(?:global|canada|chemex|minerals|usa|peru|chile|limited|ltd)`,
    'bureau ?veritas',
    'act ?labs',
    'activation ?laborator',
    'msa ?labs',
    // Whole words: "exploring" names no Loring laboratory.
    String.raw`\b(?:intertek|inspectorate|genalysis|loring)\b`,
    String.raw`acme ?(?:analytical|labs)`,
    'american ?assay',
    String.raw`\bassayers?\b`,
    'saskatchewan research council',
    // Till and stream sediment heavy mineral laboratories, by their full names.
    'overburden ?drilling ?management',
    // A laboratory named by its firm's name alone, without the word: "Eastern Analytical Ltd.", "Northcott Analytical
    // Inc.", "Tarn Geochemical Ltd.", and the regional ones releases name so ("Eastern Analytical", "MS Analytical").
    String.raw`\b(?:analytical|geochemical|assaying) (?:ltd|inc|limited|llc|corp)\b`,
    String.raw`\b(?:eastern|ms) analytical\b`,
    frenchWords(['laboratoires?'])
  ].join('|')
)
/**
 * A laboratory named: not one only described ("sent to an independent laboratory", "analysed at a certified
 * commercial laboratory in Timmins"), which gives neither its name nor, often, where it is (NI 43-101 s.3.3(2)(f)).
 * A description in apposition to a name stays one ("Eastern Analytical Ltd., a certified laboratory", "an accredited
 * laboratory, Northcott Analytical Inc."), as does one a known name or "Labs" gives in the sentence.
 */
/** A name in apposition after the word: up to five words, the last one of `forms` (a legal form or a lab's word). */
const nameAfter = (forms: string) => String.raw`(?=,? (?:[\w.&'-]{1,24} ){0,4}?(?:${forms})\b)`
const describedOnly = (word: string) =>
  // Read after the word (a lookbehind before it would be tried at every position of every sentence).
  String.raw`(?:(?<!(?:^|[^,] )(?:an?|one|another) (?:[\w/:.-]{1,24} ){0,5}${word})` +
  // Nor "the laboratory" alone ("Samples were shipped to the laboratory in Val-d'Or"): it points back at a laboratory
  // the release names elsewhere, or at none.
  String.raw`(?<!\bthe ${word})` +
  `|${nameAfter(String.raw`ltd|inc|limited|llc|corp|s\.?a|gmbh|pty|laboratories|analytical|geochemistry|services|assayers`)})`
const DESCRIBED_ONLY = describedOnly('laborator(?:y|ies)')
/**
 * The same in French, where the description follows the word: « un laboratoire indépendant », « des laboratoires
 * accrédités » name none; « le laboratoire ALS de Val-d'Or », « Laboratoire Expert inc. », « un laboratoire,
 * Techni-Lab S.G.B. inc., » do.
 */
const DESCRIBED_ONLY_FR =
  String.raw`(?:(?<!(?:^|[^,] )(?:un|une|d'un|d'une|des) laboratoires?)` +
  `|${nameAfter(String.raw`inc|lt[ée]e|ltd|limit[ée]e|s\.?a|corp|laboratories|analytique|analytical|services`)})`
const LABORATORY_FR = frenchWords(['laboratoires?'])
const NAMED_LABORATORY = pattern(
  LABORATORY.source
    .replace('laborator(?:y|ies)(?!', `laborator(?:y|ies)${DESCRIBED_ONLY}(?!`)
    // "Lab" likewise: "Northern Assay Labs" names one, "an independent lab in Timmins" and "the lab" none.
    .replace(String.raw`\blabs?\b`, String.raw`\blabs?\b${describedOnly('labs?')}`)
    .replace(LABORATORY_FR, LABORATORY_FR + DESCRIBED_ONLY_FR)
)
/**
 * Independence or a relationship to the issuer ("independent", run into its preposition by copy: "independentof", or
 * into the short word before it: "is anindependent, accredited laboratory", "which isindependent of the Company").
 */
const RELATIONSHIP = pattern(
  [
    String.raw`(?:\b|(?<=\b(?:an|is|are|was|were|be|and|as|both)))independent(?:\b|(?=of\b))`,
    String.raw`\bnot (?:related|affiliated|associated)\b`,
    String.raw`\bunrelated\b|\bunaffiliated\b|\barm'?s[- ]?length\b|\bno (?:relationship|affiliation)\b`,
    String.raw`\b(?:company|issuer|corporation)'?s? (?:own|in-house|on-site|mine|owned|operated)\b`,
    String.raw`\b(?:company|issuer)-(?:owned|operated)\b|\bin-house\b|\bon-site laborator`,
    String.raw`\b(?:owned|operated|controlled) by (?:the )?(?:company|issuer|corporation)\b`,
    String.raw`\brelationship\b|\baffiliated\b|\bthird[- ]party\b|\bcommercial\b`,
    // French: "indépendant de la Société", "n'a aucun lien avec", "sans lien", "appartenant à la Société".
    frenchWords([
      String.raw`ind[ée]pendante?s?`,
      'aucun lien',
      'sans lien',
      String.raw`non li[ée]e?s?`,
      String.raw`appartenant à la soci[ée]t[ée]`,
      String.raw`de la soci[ée]t[ée] (?:situ[ée]|sur le site)`
    ])
  ].join('|')
)
/** The analytical method: fire assay, ICP, AA, gravimetric, XRF, a digestion, a lab method code. */
const METHOD = pattern(
  [
    String.raw`fire ?assay`,
    String.raw`\bicp`,
    'inductively coupled',
    String.raw`\baas?(?: ?finish)?\b`,
    'atomic ?absorption',
    'gravimetric',
    String.raw`\bp?xrf\b|x-ray fluorescence`,
    'aqua ?regia',
    String.raw`\b(?:four|4|two|2|three|3)[- ]?acid`,
    'photon ?assay',
    String.raw`screen(?:ed)? ?metallics?|metallic screen`,
    'leachwell',
    String.raw`\bbleg\b`,
    'cyanide leach',
    String.raw`(?:lithium borate|sodium peroxide|borate|peroxide) ?fusion`,
    'neutron activation',
    String.raw`\binaa?\b`,
    String.raw`\blibs\b`,
    String.raw`gamma(?:[- ]ray)? (?:probe|spectromet|log)|scintillomet|\bdelayed neutron`,
    // Carbon and sulphur (graphitic carbon, a potash's or phosphate's sulphur): burnt in a furnace and read by
    // infrared ("LECO combustion", "by combustion infrared", "induction furnace"), and the laboratories' codes for it
    // ("C-IR18", "S-IR08", "4F-C").
    String.raw`\bleco\b|\bcombustion (?:infrared|ir|analy\w+|method|furnace)\b|\b(?:by|via|using) (?:high-temperature )?combustion\b` +
      String.raw`|\binduction furnace|\b[cs]-ir\d{2}\b|\b4f-[cs]\b`,
    // Minerals recovered and counted, not assayed: heavy liquid separation of a sand's heavy minerals; a kimberlite's
    // diamonds recovered by caustic fusion (microdiamonds), X-ray sorting or a grease table; a placer's gold or a
    // bulk sample's diamonds recovered and weighed ("the gold was dried and weighed").
    String.raw`heavy liquid separation|\bcaustic (?:fusion|dissolution)|\bx-ray (?:sort\w*|recover\w*)|\bgrease (?:table|belt)` +
      String.raw`|\b(?:gold|diamonds?|concentrates?)\b[^.]{0,60}\bweighed\b`,
    String.raw`\b(?:au|ag|cu|me|pgm|ms|fa|gr|ore|ox|ic|ag|zn|pb|li|ree)-[a-z]{2,4}\d{2,3}[a-z]?\b`,
    String.raw`\bfa\d{3}\b|\b(?:gc|ga|gg|gi|ge)_[a-z]{2,5}\d{2,3}`,
    // A method named by its kind ("analysed for gold by the Chrysos method"); not one only qualified ("analysed for
    // gold by standard methods", "by industry-standard procedures"), which names none (NI 43-101 s.3.3(2)(f)).
    String.raw`\banaly[sz](?:ed|is) (?:\w+ ){0,4}by\b ` +
      String.raw`(?!(?:the |an? )?(?:industry[- ])?(?:standard|usual|conventional|accepted|appropriate|customary|common) ` +
      String.raw`(?:analytical )?methods?\b)(?:\w+ ){0,3}(?:method|finish|digestion)`,
    // French: "pyroanalyse", "absorption atomique", "gravimétrie", "eau régale", "quatre acides", "fusion".
    frenchWords([
      'pyroanalyses?',
      'essais? pyrognostiques?',
      String.raw`voie s[èe]che`,
      'absorption atomique',
      String.raw`gravim[ée]tri(?:e|que)`,
      String.raw`fluorescence (?:x|des rayons x)`,
      String.raw`eau r[ée]gale`,
      '(?:quatre|4|deux|2|trois|3) acides',
      String.raw`fusion (?:au|à la|au m[ée]taborate|au peroxyde)`,
      String.raw`tamisage m[ée]tallique`,
      // As English's: carbon and sulphur burnt and read by infrared (« combustion infrarouge », « par combustion »,
      // « four à induction »), neutron activation, cyanide leach, heavy liquids, a gamma probe.
      String.raw`combustion (?:infrarouge|(?:par |à l')infrarouge|ir)|par combustion|four [àa] induction`,
      String.raw`activation neutronique|lixiviation (?:[a-zé]{1,12} )?au cyanure|liquides? denses?`,
      String.raw`sonde gamma|spectrom[ée]tr(?:ie|e) gamma|scintillom[èe]tre`
    ])
  ].join('|')
)
/** A radiometric equivalent grade ("0.64% eU3O8", "eU₃O₈"), and the downhole gamma probe that reads it. */
const RADIOMETRIC = pattern(String.raw`\beu3o8\b|\beu₃o₈`)
const GAMMA_PROBE = pattern(String.raw`\bgamma(?:[- ]ray)? (?:probes?|logging|logs?)\b|\bprobe\b`)
/** A probe's readings are checked by calibrating it ("a calibrated triple gamma probe", "calibration pits"). */
const PROBE_CALIBRATION = /\bcalibrat(?:ed|ion|ing)\b/
/** QA/QC: the program, or its elements in a sentence about samples. */
const QAQC = pattern(
  [
    // Not as the object of the QP's review ("verified the data by reviewing the certificates and the QA/QC data"),
    // which names the program without summarizing it.
    // (Read back from the end of the words, so only where they are: bounded.)
    String.raw`(?:\bqa ?\/? ?qc\b|\bqc ?\/? ?qa\b|\bqaqc|quality ?(?:assurance|control))` +
      String.raw`(?<!\b(?:review|verif|check|audit)\w{0,12}\b[^.]{0,80})`,
    // A reference to the filed report that describes it (NI 43-101 s.3.5): "reference should be made to the Technical
    // Report … for a description of the Company's data verification and QA/QC procedures", "the QA/QC program is
    // described in the technical report".
    String.raw`\b(?:description|details|discussion|summary) of (?:the )?[^.]{0,60}(?:\bqa ?\/? ?qc\b|quality ?(?:assurance|control))`,
    String.raw`(?:\bqa ?\/? ?qc\b|quality ?(?:assurance|control))[^.]{0,60}\b(?:described|detailed|set out|summari[sz]ed) ` +
      String.raw`in (?:the |its |a )?[^.]{0,40}\breport\b`,
    String.raw`certified ?reference|\bcrms?\b|reference materials?|check ?assays?|umpire`,
    String.raw`\b(?:standards?|blanks?|duplicates?)\b` +
      String.raw`(?=[^.]{0,120}\b(?:insert\w*|samples?|blanks?|duplicat\w*|certified|batch\w*|stream|monitor\w*|control)\b)`,
    String.raw`\b(?:insert\w*|samples?)\b[^.]{0,120}\b(?:standards?|blanks?|duplicates?)\b`,
    // Duplicates named by where they were split ("Field duplicates were collected at every twentieth station").
    String.raw`\b(?:field|pulp|coarse(?:[- ]reject)?|reject|quarter[- ]core|half[- ]core|crusher) duplicates?\b`,
    // Named by their role, put into the samples' stream ("Control samples were inserted at a rate of one in ten", "QC
    // samples are inserted in every batch"): the measures applied, whatever the kinds.
    String.raw`\b(?:control|qc|quality control) samples?\b(?=[^.]{0,80}\b(?:insert\w*|stream|batch\w*|rate|every)\b)|` +
      String.raw`\binsert\w*\b[^.]{0,80}\b(?:control|qc) samples?\b`,
    // A bulk sample's: the plant's recovery checked, by re-panning or auditing its tailings or by tracers in its feed
    // (placer gravels, kimberlite).
    // Caustic fusion's: synthetic diamonds spiked into the samples.
    String.raw`\bsynthetic diamonds?\b|\bspik(?:e|es|ed|ing)\b(?=[^.]{0,80}\b(?:samples?|diamonds?|feed)\b)`,
    String.raw`\bre-?pann(?:ed|ing)\b|\btailings? audits?\b|\b(?:density )?tracers?\b(?=[^.]{0,80}\b(?:feed|plant|recover\w*|efficien\w*))`,
    // French: "assurance qualité / contrôle qualité (AQ/CQ)", not as the object of the QP's review (« a vérifié les
    // données en examinant les certificats et les résultats du contrôle de la qualité »), as in English.
    frenchWords([
      String.raw`aq ?\/? ?cq`,
      String.raw`cq ?\/? ?aq`,
      String.raw`assurance (?:de la )?qualit[ée]`,
      String.raw`contr[ôo]les? (?:de (?:la )?)?(?:la )?qualit[ée]`
    ]) + String.raw`(?<!(?:v[ée]rifi|examin|r[ée]vis|revue|audit)[a-zà-ÿ]{0,12}[^.]{0,80})`,
    // Certified materials, blanks and duplicates inserted.
    frenchWords([
      String.raw`mat[ée]riaux de r[ée]f[ée]rence(?: certifi[ée]s)?`,
      String.raw`(?:standards?|blancs?|duplicatas?|doublons?)(?=[^.]{0,120}(?:ins[ée]r|[ée]chantillons?|lots?))`,
      String.raw`[ée]chantillons de contr[ôo]le(?=[^.]{0,80}(?:ins[ée]r|s[ée]quence|lots?|taux|chaque))`
    ])
  ].join('|')
)
/** The type of samples. */
const SAMPLE_TYPE = pattern(
  [
    String.raw`\b(?:drill ?)?core\b`,
    String.raw`\bdiamond[- ]?drill`,
    String.raw`\b(?:hq|nq|bq|pq|nq2|hq3|nqtk|btw)\b`,
    String.raw`reverse[- ]?circulation|\brc\b(?: ?(?:drill|holes?|chips?|samples?|cuttings))?`,
    String.raw`\b(?:channels?|grab|chips?|trench(?:es)?|soils?|till|rock|outcrop|float|boulder|dump|bulk|` +
      String.raw`stream sediment|sonic|auger|percussion|muck|sludge|cuttings|prospecting|surface|select(?:ed)?) ?samples?\b`,
    // A brine's or a mineral water's samples, as the wells give them ("brine samples", "wellhead samples"), or by the
    // tool that took them from a depth of the well ("bailed samples", "taken with a bailer", a double packer, HydraSleeve).
    String.raw`\b(?:brine|(?:ground ?)?water|fluid|well(?:head)?|packer|downhole fluid|bailed|bailer) samples?\b|` +
      String.raw`\bbailers?\b|\bdouble[- ]packers?\b|\bhydra ?sleeves?\b`,
    String.raw`\bchannel|\bgrab\b|\btrench|\bsoil\b|\btill\b`,
    // A geochemical survey's other media: sediments and silts ("lake-bottom sediment samples", "stream silts"), plants
    // ("a biogeochemical survey of spruce bark", "twig samples"), humus, heavy mineral concentrates.
    String.raw`\b(?:stream|lake|creek|pond)[- ](?:bottom[- ])?(?:sediments?|silts?)\b|\b(?:sediment|silt) samples?\b|` +
      String.raw`\bbiogeochem\w*|\b(?:bark|twigs?|needles?|vegetation|humus|mmi) samples?\b|\bspruce (?:bark|twigs?|tops?)\b|` +
      String.raw`\bheavy mineral concentrates?\b`,
    // Sampling named by what it sampled ("rock sampling returned", "chip sampling across the vein"), or the results by
    // the rock they came from ("returned up to 18.2 g/t Au from float boulders", "from outcrop").
    String.raw`\b(?:rock|chip|outcrop|subcrop|float|boulder|talus|prospecting|surface|dump) sampling\b|` +
      String.raw`\bfrom (?:[a-z-]{2,15} ){0,2}?(?:float|boulders?|outcrops?|subcrops?|talus)\b`,
    // The rock sampled named as the subject of its result: "angular boulders returned up to 1.1% Cu", « des blocs
    // angulaires ont donné », « dans les affleurements et ont donné ».
    String.raw`\b(?:boulders?|float|outcrops?) (?:returned|assayed|graded|grading|yielded|ran)\b`,
    frenchWords([
      String.raw`(?:blocs?|affleurements?)(?: [${LETTER}]{3,15}){0,2} (?:et )?(?:ont|a) (?:donn|titr|retourn|livr)[ée]`
    ]),
    // Drilling that gives no core: aircore, auger, sonic, rotary air blast, vibracore (mineral sands, tailings, placer
    // gravels, laterite); and the test pits and bulk samples of placer gravels and kimberlites.
    String.raw`\b(?:air ?core|auger|sonic|rotary air blast|vibra?core)\b|\btest pits?\b|\bbulk samples?\b`,
    // French: core, half core, channel, trench, grab, soil samples; reverse circulation.
    frenchWords([
      '(?:demi-)?carottes?',
      String.raw`[ée]chantillons? (?:de |en |d')?(?:rainures?|roches?|sol|till|tranch[ée]es?|affleurement|surface|saumures?|` +
        String.raw`blocs?|choisis?|ponctuels?|instantan[ée]s?)`,
      'rainures?',
      String.raw`tranch[ée]es?`,
      'circulation inverse',
      'forages? au diamant'
    ])
  ].join('|')
)
/**
 * A hole's dip ("dips of -50° to -65°", "Dip" in a table), not a direction along the zone: "down dip", "up-dip", "along
 * dip" say where the zone goes ("we plan to follow the zone down dip"), not how a hole was drilled.
 */
const HOLE_DIP = String.raw`(?<!\b(?:down|up|along)[- ])\bdips?\b`
/**
 * Where the drill holes are and how they were drilled (s.3.3(2)(b)): collar coordinates, azimuth and dip, in words
 * or as a table's columns ("Easting", "Azimuth", "Dip"), or a map or table of the hole locations.
 */
const HOLE_LOCATION = pattern(
  [
    String.raw`\bazimuths?\b|\baz\.? ?\d|\bcollars?\b|\beastings?\b|\bnorthings?\b|\butm\b|\bnad ?(?:27|83)\b`,
    String.raw`\bcoordinates\b|\binclin(?:ed|ation)\b|${HOLE_DIP}|-\d{2}(?:\.\d)? ?(?:°|degrees?)`,
    String.raw`\b(?:hole|collar|drill ?hole|drilling) locations?\b|\blocations? of (?:the |all )?(?:drill ?)?holes\b`,
    String.raw`\bplan (?:map|view)\b|\bdrilled vertically\b|\bvertical (?:drill ?)?holes?\b`,
    frenchWords([
      'azimuts?',
      String.raw`(?<!(?:aval|amont)[- ])pendages?`,
      String.raw`for[ée]e?s? verticalement|(?:trous|sondages|forages) verticaux`,
      'inclinaisons?',
      'collets?',
      String.raw`coordonn[ée]es`,
      String.raw`(?:emplacement|localisation|position)s? des (?:trous|sondages|forages)`
    ])
  ].join('|')
)
/** Which way the holes were drilled: azimuth, dip, inclination, vertical, orientation (not their location). */
const HOLE_ORIENTATION = pattern(
  [
    String.raw`\bazimuths?\b|\baz\.? ?\d|\binclin(?:ed|ations?)\b|${HOLE_DIP}|-\d{2}(?:\.\d)? ?(?:°|degrees?)`,
    // A column's name with its unit run on ("Az_deg", "Dip_deg").
    String.raw`\b(?:azimuths?|az|dips?)_`,
    String.raw`\b(?:drilled|collared|oriented) vertically\b|\bvertical (?:drill ?)?holes?\b|\b(?:is|are|was|were) vertical\b`,
    String.raw`\borientations?\b|\boriented\b|\bplunges?\b`,
    frenchWords([
      'azimuts?',
      String.raw`(?<!(?:aval|amont)[- ])pendages?`,
      'inclinaisons?',
      'verticaux',
      'verticalement',
      'orientations?',
      'orient[ée]e?s'
    ])
  ].join('|')
)
/** A coordinate's word (a column or the prose's), and a coordinate's figure: five to seven digits ("684210", "5,612,440"). */
const COORDINATE_WORDS = pattern(
  String.raw`\b(?:eastings?|northings?|utm|nad ?(?:27|83)|wgs ?84|latitude|longitude)\b|\bcollar coordinates\b|` +
    frenchWords([String.raw`coordonn[ée]es`])
)
const COORDINATE_FIGURE = pattern(String.raw`(?<![\d.,])(?:\d{5,7}|\d{2,3},\d{3}|\d{1,3},\d{3},\d{3})(?![\d])`)

/**
 * The holes' coordinates given in the text: a coordinate word in a block that has coordinate figures, or a table's
 * header whose rows a copy set one a paragraph (the next block has the figures).
 */
function coordinatesIn(sentences: Sentence[]): Statement | undefined {
  for (const sentence of sentences) {
    if (!COORDINATE_WORDS.test(sentence.norm.text)) continue
    const {block} = sentence
    const next = block.draft.blocks[block.index + 1]
    if (!COORDINATE_FIGURE.test(block.norm.text) && !(next && COORDINATE_FIGURE.test(next.norm.text))) continue
    return statement(sentence, COORDINATE_WORDS)
  }
  return undefined
}
/** A zone named in a sentence or a heading, capitalized as a name ("the Keel Zone", "Ridge zone", "the 410 Zone"). */
const ZONE_NAME = /\b([A-Z0-9][A-Za-z0-9'’-]{1,24}) [Zz]ones?\b/g
/** The zones a text names, as written ("Keel Zone"). */
function zonesIn(text: string): string[] {
  return [...text.matchAll(ZONE_NAME)]
    .filter((match) => !GENERIC_ZONE.has(match[1].toLowerCase()))
    .map((match) => `${match[1]} Zone`)
}
const zoneKey = (zone: string) => zone.toLowerCase()
/** Words that open a sentence or qualify any zone, no zone's name ("The zone", "Each zone", "Mineralized zone"). */
const GENERIC_ZONE = new Set([
  'the',
  'this',
  'that',
  'each',
  'every',
  'all',
  'both',
  'other',
  'a',
  'mineralized',
  'main'
])

/**
 * The first interval of a zone that no true-width statement covers, when every statement of true widths names the
 * zones it is about: an interval's zone is the one its sentence names, else the one the nearest heading above it
 * names (a table under "### Ridge Zone"). A statement that names no zone covers every interval.
 */
function uncoveredZone(all: Sentence[], intervals: Statement[]): Results['trueWidthUncovered'] {
  const statements = all.filter((sentence) => TRUE_WIDTH.test(sentence.norm.text))
  if (statements.length === 0 || intervals.length === 0) return undefined
  const covered = new Map<string, string>()
  for (const sentence of statements) {
    const zones = zonesIn(sentence.raw.text)
    if (zones.length === 0) return undefined
    for (const zone of zones) covered.set(zoneKey(zone), zone)
  }
  for (const interval of intervals) {
    const zone = zoneOf(interval.sentence)
    if (zone !== undefined && !covered.has(zoneKey(zone))) return {...interval, zone, covered: [...covered.values()]}
  }
  return undefined
}

/** The zone an interval is of: the one its sentence names, else the one the nearest heading above names. */
function zoneOf(sentence: Sentence): string | undefined {
  const own = zonesIn(sentence.raw.text)
  if (own.length > 0) return own.length === 1 ? own[0] : undefined
  const blocks = sentence.block.draft.blocks
  for (let i = sentence.block.index - 1; i >= 0 && i >= sentence.block.index - 12; i--) {
    const block = blocks[i]
    if (block.kind !== 'heading') continue
    const zones = zonesIn(block.raw.text)
    return zones.length === 1 ? zones[0] : undefined
  }
  return undefined
}

/** True widths: stated, estimated, or a statement that they are not known or not yet determined. */
const TRUE_WIDTH = pattern(
  [
    String.raw`true ?(?:widths?|thickness(?:es)?)[^.]{0,80}\b(?:unknown|` +
      String.raw`not (?:yet )?(?:been )?(?:known|determined|estimated|calculated)|undetermined|cannot|insufficient|` +
      String.raw`estimated|approximately|about|range|ranging|represent|between|\d{1,3} ?%|percent|intervals?|` +
      String.raw`intercepts?|intersections?|reported|lengths?|drill\w*|core)\b`,
    // Also thicknesses, as flat-lying deposits measure their intervals ("the reported thicknesses are true thicknesses").
    String.raw`\b(?:intervals?|intercepts?|intersections?|lengths?|widths?|thickness(?:es)?|results?)\b[^.]{0,80}\btrue ?` +
      String.raw`(?:widths?|thickness(?:es)?)`,
    String.raw`\b(?:estimated )?true ?widths?\b ?\(?etw\)?|\betw\b`,
    // A table's column of true widths: "True width (m)", "Est. true width (m)", "TW (m)".
    String.raw`\btrue ?(?:widths?|thickness(?:es)?) ?\((?:m|ft|metres?|meters?|feet)\)|\btw ?\((?:m|ft)\)`,
    // The reported widths said to be, or to approach, the true widths ("considered to approximate true width").
    String.raw`\b(?:approximat\w*|represent\w*|equal\w*|close to|near|correspond\w* to|reflect\w*|interpreted as|` +
      String.raw`considered (?:to be )?)(?: to)? (?:the )?(?:\w+ )?true ?(?:widths?|thickness(?:es)?)\b`,
    String.raw`true ?(?:widths?|thickness(?:es)?) (?:of |is |are |:)?(?:approximately |about |~ ?)?\d`,
    // The interval's width stated as true, after its grade: "1,503 g/t AgEq over 13.00 metres true width (mTW)",
    // "2.1% Cu over 11.4 m TW" (not a zone's extent: "the shear zone stretches over 170 metres true width").
    String.raw`(?:g\/t|%|ppm|eq\)?|grams? per tonne)[^.;]{0,60}? (?:over|across) \d[\d.,]{0,8} ?` +
      String.raw`(?:m|metres?|meters?|ft|feet) ?(?:true ?(?:widths?|thickness(?:es)?)\b|tw\b)`,
    String.raw`\b(?:determine|estimate|calculate|establish)d? (?:the )?true ?(?:widths?|thickness)`,
    // French: "épaisseurs réelles", "largeur vraie".
    frenchWords([String.raw`[ée]paisseurs? (?:r[ée]elles?|vraies?)`, String.raw`largeurs? (?:r[ée]elles?|vraies?)`])
  ].join('|')
)
/**
 * The reported lengths said to be measured along the hole ("core lengths", "downhole lengths", "apparent widths"):
 * what the widths are, not whether the true widths are known.
 */
const CORE_LENGTH = pattern(
  [
    String.raw`\balong (?:the )?(?:drill ?)?(?:core|hole)(?: axis)?\b`,
    String.raw`\bcore ?lengths?\b|\balong[- ]hole\b`,
    // "downhole lengths", also with the drilling named and a second kind of length: "downhole (RC) or channel lengths".
    String.raw`\bdown-? ?hole(?: \([a-z]{1,8}\))?(?: (?:or|and) [a-z]{3,12})? (?:lengths?|widths?|intervals?|thickness)`,
    String.raw`\bdrill(?:ed)? (?:core )?(?:lengths?|widths?|intervals?|thickness)|\bapparent (?:widths?|thickness)`,
    // French: "longueurs le long du trou", "dans l'axe du forage", "longueurs carottées".
    frenchWords([
      String.raw`le long (?:du|des) (?:trous?|carottes?|forages?|sondages?)`,
      String.raw`dans l'axe (?:du|des) (?:trous?|forages?|sondages?|carottes?)`,
      String.raw`longueurs? (?:de carottes?|carott[ée]es|for[ée]es|mesur[ée]es (?:en|dans les) (?:forages?|trous?|carottes?))`
    ])
  ].join('|')
)
/**
 * "not", unless said of another's property: the look behind runs once "not" is found, not at every position of the
 * text (where it would cost its whole reach).
 */
const NOT_ADJACENT = String.raw`(?<!\b(?:adjacent|neighbou?ring|nearby)\b[^.]{0,120}not)`
/** The caution that grab or selected samples are selective and may not be representative. */
const SELECTIVE_CAUTION = pattern(
  [
    String.raw`\bselective (?:by|in) nature\b|\b(?:are|is|were|being) (?:\w+ ){0,3}selective\b`,
    String.raw`\bnot (?:\w+ ){0,3}representative\b|\bunrepresentative\b`,
    String.raw`\bmay not (?:\w+ ){0,2}(?:representative|indicative|reflect)\b`,
    String.raw`\bnot (?:\w+ ){0,2}indicative of (?:the )?(?:average|overall|true|actual)\b`,
    // Of the grades ("are not necessarily indicative of the grades found across the vein", "do not reflect the grade"),
    // not said of another's property (the adjacent-property caution's).
    String.raw`\bnot${NOT_ADJACENT} (?:\w+ ){0,2}(?:indicative of|reflective of|reflect) (?:the )?(?:[\w-]+ ){0,2}?grades?\b`,
    // Or of the mineralization ("are selected samples and are not necessarily indicative of the mineralization on the
    // property"), likewise not the adjacent-property caution's.
    String.raw`\bnot${NOT_ADJACENT} (?:\w+ ){0,2}indicative of (?:the )?(?:[\w-]+ ){0,2}?minerali[sz]ation\b`,
    // French: "sélectifs par nature", "de nature sélective", "ne sont pas nécessairement représentatifs".
    frenchWords([
      String.raw`s[ée]lecti(?:fs?|ves?) (?:par|de) (?:leur )?nature`,
      String.raw`(?:de|par) (?:leur )?nature s[ée]lecti(?:fs?|ves?)`,
      String.raw`(?:pas|peu) (?:[${LETTER}]+ ){0,2}repr[ée]sentati(?:fs?|ves?)`,
      String.raw`ne refl[èe]t(?:ent|e) pas n[ée]cessairement`
    ])
  ].join('|')
)

/** An interval over a width in a channel or trench (its true width matters as a drill intercept's does). */
const CHANNEL = /\b(?:channels?|trench\w*)\b/

/**
 * The results this release discloses, with the statements around them; undefined when it discloses none (and
 * quotes no grab or selected sample either).
 */
/** A footnote's own line: its number, then its words ("1 Historic grab samples, taken by the vendor in 2000 …"). */
const FOOTNOTE_LINE = pattern(String.raw`^\(?(\d{1,2})[).]?\s+[a-z]`)
/** A footnote's mark glued to a sentence's last word, the superscript lost in the copy ("… in the Main zone.1"). */
const FOOTNOTE_MARK = pattern(String.raw`[a-z)][.;]?(\d{1,2})$`)
/** A footnote that makes its results old: historical, dated last century, or another owner's (the vendor's). */
const OLD_SOURCE = pattern(
  String.raw`\bhistoric\w*|\b19\d\d\b|\bvendors?\b|\b(?:previous|prior|former) (?:owners?|operators?)\b`
)

/**
 * The sentences whose footnote says their results are old: a mark glued to the sentence's end ("Sampling has
 * returned up to 7% Cu in the Main zone.1") and, further down, the footnote's line with that number calling them
 * historical or another owner's ("1 Historic grab samples, taken by the vendor in 2000 …"). Their texts, read as
 * the texts of results not new.
 */
function footnotedAsOld(all: readonly Sentence[]): Set<string> {
  const notes = new Map<string, number>()
  for (const sentence of all) {
    if (sentence !== sentence.block.sentences[0]) continue
    const line = FOOTNOTE_LINE.exec(sentence.norm.text)
    if (line && OLD_SOURCE.test(sentence.block.norm.text)) notes.set(line[1], sentence.block.index)
  }
  const texts = new Set<string>()
  if (notes.size === 0) return texts
  for (const sentence of all) {
    const mark = FOOTNOTE_MARK.exec(sentence.norm.text)
    const note = mark ? notes.get(mark[1]) : undefined
    if (note !== undefined && note > sentence.block.index) texts.add(sentence.norm.text)
  }
  return texts
}

export function findResults(own: Sentence[], all: Sentence[], issuerNames: string[] = []): Results | undefined {
  const sentences: Sentence[] = []
  // Every interval over a width from a hole, a channel or a trench (where true widths matter).
  const intervals: Statement[] = []
  let evidence: {grade: Statement; kind: ResultKind} | undefined
  let intercept: Statement | undefined
  let selected: Statement | undefined
  let drill: Statement | undefined
  const stated = notNewFor(issuerNames)
  const footnoted = footnotedAsOld(all)
  const notNew = (text: string) => stated(text) || footnoted.has(text)
  const recentYear = recentYearIn(all)
  const ownWork = ownWorkFor(issuerNames, recentYear)
  const old = oldFigures(own, notNew, ownWork)
  const issuerOrNow = issuerOrNowFor(issuerNames, recentYear)
  // The last paragraph that gave historical or earlier results: the paragraph right after it may go on with them.
  let history = -1
  // The paragraph that goes on with them (every sentence of it).
  let carried = -1
  // The last paragraph that attributed results to another party ("results released by Corvell Minerals on the
  // Trident property"): its next sentences go on with that party's results ("Drilling at the Trident property
  // returned …"), unless they name the issuer's own or new work.
  let others = -1
  // The next item of the list such a paragraph introduces with a colon.
  let othersList = -1
  // The paragraph whose sentence told of historical work ("historical prospecting between 1968 and 1970 …").
  let worked = -1
  // The table or list a paragraph that goes on with them introduces.
  let introduced = -1
  for (const sentence of own) {
    // Grab or selected samples are selective whenever they were taken: earlier ones too.
    // So are samples whose paragraph says they are grab or selected samples ("crews collected 84 rock grab samples.
    // Eleven samples returned more than 1 g/t Au"), unless the sentence is about a drill hole.
    if (!selected && !NOT_RESULT.test(withoutNames(sentence.norm.text, issuerNames)) && selectedSamples(sentence)) {
      selected = gradeIn(sentence) ?? (isAssayTable(sentence) ? statement(sentence, ASSAY_TABLE) : undefined)
    }
    const {block} = sentence
    if (block.index !== history && historicalResult(sentence)) history = block.index
    // A paragraph that goes on with the historical results of the one before it ("Historical percussion holes
    // returned …" then "A single diamond hole centred on them intersected …"): its results are as old, unless it
    // names the issuer's own or new work (the Company, a hole's identifier, a recent year, "new", "this program").
    // The whole paragraph goes on with them: each of its sentences, not only up to its first grade.
    // So does the paragraph right after one whose last sentences still tell of historical work (a passage of previous
    // work set as two paragraphs: "… most of it done in the 1970's." then "Trenching on the island uncovered …").
    const after = (last: number) => last >= 0 && block.index === last + 1 && !ownWork(block.norm.text)
    if (block.index === carried || after(history) || after(worked) || block.index === introduced) {
      // A list's items go on with what introduced the first, one after another.
      if (block.index !== carried && block.index === introduced && listItem(block)) introduced = block.index + 1
      carried = block.index
      if (gradeIn(sentence)) history = block.index
      // One that tells of historical work itself ("In 1971 a prospector took eight chip samples."): the paragraph after
      // it may go on with that work.
      else if (HISTORICAL_WORK.test(sentence.norm.text) && !issuerOrNow(sentence.norm.text)) worked = block.index
      // A paragraph of its own that goes on with them and introduces what follows ("Their copper assays are given
      // below:"): the table or list after it goes on too, whatever it names (its samples' numbers), as it would were
      // the two sentences one paragraph.
      if (INTRODUCES.test(block.norm.text)) introduced = block.index + 1
      continue
    }
    if (block.index === others && !ownWork(sentence.norm.text)) continue
    // The list an attributing paragraph introduces with a colon ("Corvell reported additional results from its
    // campaign, including:"): its items, short lines in a row, are that party's results too (their holes are the
    // operator's), unless one names the issuer.
    if (block.index === othersList && listItem(block) && !namesIssuer(sentence.norm.text, issuerNames)) {
      othersList = block.index + 1
      continue
    }
    if (attributed(sentence.norm.text, issuerNames)) {
      others = block.index
      if (sentence === block.sentences.at(-1) && /:\s*$/.test(block.norm.text)) othersList = block.index + 1
    }
    // The sentences after one that tells of historical work, in its paragraph ("Historical prospecting between 1968
    // and 1970 identified pegmatites …. Individual pegmatites returned average grades of 200 to 300 ppm."), go on
    // with it until one names the issuer, the present or a hole of its own: not words an earlier program used too
    // ("samples collected during the 2014 exploration program" in a paragraph of previous work since 1966).
    if (block.index === worked) {
      if (!issuerOrNow(sentence.norm.text) && !HOLE_ID.test(sentence.norm.text)) {
        // Results told in that work's paragraph are historical results: the paragraph after may go on with them.
        if (gradeIn(sentence)) history = block.index
        continue
      }
      worked = -1
    }
    if (HISTORICAL_WORK.test(sentence.norm.text) && !issuerOrNow(sentence.norm.text)) worked = block.index
    const found = resultIn(sentence, old, notNew)
    if (!found) continue
    sentences.push(sentence)
    evidence ??= found
    // An assay table's column of widths: a drill hole's, a channel's or a trench's intervals.
    const widths = has(sentence, INTERVAL) || (has(sentence, WIDTH_COLUMN) && has(sentence, ASSAY_TABLE))
    // A hole's identifier makes the interval a drill intercept ("12.7 m at 2.46% Li2O (73.3 m to 86.0 m) (CV23-191)").
    const list = listOf(sentence)
    const hole = anyHas(list, DRILL) || anyHas(list, CHANNEL) || anyHas(list, HOLE_ID)
    if (widths && hole) intervals.push(found.grade)
    if (!intercept && widths && hole) intercept = found.grade
    if (!drill && found.kind === 'drill' && !has(sentence, CHANNEL)) drill = found.grade
  }
  if (!evidence && !selected) return undefined
  // Results of samples alone (no drill hole's, no systematic samples') whose sampling the release says was grab
  // sampling, in a note of their own ("Rock samples were collected as grab samples from outcrop."): grab samples.
  if (!selected && evidence && sentences.every((s) => !has(s, DRILL) && !has(s, SYSTEMATIC) && !has(s, CHANNEL))) {
    if (own.some(gradeless(GRAB_SAMPLING))) selected = evidence.grade
  }
  const probe =
    sentences.length > 0 && sentences.every((s) => has(s, RADIOMETRIC)) ? first(all, GAMMA_PROBE) : undefined
  return {
    evidence: evidence?.grade,
    kind: evidence?.kind ?? 'sample',
    sentences,
    intercept,
    selected,
    laboratory: first(all, NAMED_LABORATORY),
    relationship: relationshipIn(all),
    // Radiometric equivalent grades are read by the probe: named however the release words it ("total gamma readings
    // taken with a calibrated probe"), it is their analytical method.
    method: first(all, METHOD) ?? probe,
    // A section's title ("Sampling and QA/QC", « Contrôle de la qualité ») names the program, it does not summarize it.
    // Nor is the issuer's name a word of it ("Standard Copper's samples": no standards inserted).
    qaqc:
      firstOutsideNames(
        all.filter((sentence) => !isTitle(sentence)),
        QAQC,
        issuerNames
      ) ?? (probe ? first(all, PROBE_CALIBRATION) : undefined),
    sampleType: first(all, SAMPLE_TYPE),
    probe,
    trueWidth: first(all, TRUE_WIDTH),
    trueWidthUncovered: uncoveredZone(all, intervals),
    coreLengths: first(all, CORE_LENGTH),
    selectiveCaution: first(all, SELECTIVE_CAUTION, SAMPLES_CONTEXT),
    drill,
    holeLocation: drill && first(all, HOLE_LOCATION),
    holeOrientation: drill && first(all, HOLE_ORIENTATION),
    holeCoordinates: drill && coordinatesIn(all)
  }
}

const QAQC_ELEMENTS =
  /\b(?:standards?|blanks?|duplicat\w*|crms?|certified|reference|check assays?|blancs?|[ée]talons?|mat[ée]riaux)\b/
/**
 * A title: a heading, or a short line (one sentence, no stop or colon) whose words of four letters or more are
 * capitalized ("Sampling, Analyses and QA/QC", "Quality Assurance and Quality Control Procedures"), or, in sentence
 * case as French writes titles (« Méthodologie et contrôle de la qualité »), one that stands alone between longer
 * paragraphs (not an item of a list of short lines).
 */
const isTitle = (sentence: Sentence): boolean => {
  const {block} = sentence
  if (block.kind === 'heading') return true
  const short = (b: Sentence['block'] | undefined) =>
    b !== undefined && b.sentences.length === 1 && b.raw.text.trim().length <= 80 && !/[.:;!?]/.test(b.raw.text)
  // A line that names the program's elements (standards, blanks, duplicates) states it, title or not.
  if (!short(block) || QAQC_ELEMENTS.test(block.norm.text)) return false
  if (isCapitalizedTitle(block)) return true
  const text = block.raw.text.trim()
  const blocks = block.draft.blocks
  const next = blocks[block.index + 1]
  return /^[A-Z\u00C0-\u00DE]/.test(text) && next !== undefined && !short(next) && !short(blocks[block.index - 1])
}

/** A sentence about samples or their results (where the selective caution is). */
const SAMPLES_CONTEXT = pattern(
  String.raw`\bsampl|\bgrab|\bspecimen|\bresults?\b|\bgrades?\b|` +
    frenchWords([String.raw`[ée]chantillon[${LETTER}]{0,6}`, String.raw`r[ée]sultats?`, 'teneurs?'])
)

/** A sentence about the laboratory or the analyses (where its relationship to the issuer is stated). */
const LABORATORY_CONTEXT = pattern(`${LABORATORY.source}|\\bassay|\\banaly[sz]`)

/**
 * A laboratory's name as a release gives it, its first word captured: "Bureau Analytical Laboratories", "Tarn
 * Assayers", not a description ("The Independent Laboratory").
 */
const LABORATORY_NAME = pattern(
  String.raw`(?<![A-Za-z])(?!(?:The|An?|Its|Their|Independent|Certified|Accredited|Commercial)\b)([A-Z][A-Za-z&'-]{2,24})` +
    String.raw`(?: [A-Z][A-Za-z&'-]{1,24}){0,3} (?:Laborator(?:y|ies)|Analytical|Labs|Assayers|Geochemistry)\b`,
  'g'
)
const WORDS_APART = /[^a-z0-9&'-]+/
/** The first words of the laboratories' names the release gives, lower case ("bureau"). */
function laboratoryShortNames(all: Sentence[]): Set<string> {
  const names = new Set<string>()
  for (const sentence of all) {
    if (!LABORATORY_CONTEXT.test(sentence.norm.text)) continue
    for (const match of sentence.raw.text.matchAll(LABORATORY_NAME)) names.add(match[1].toLowerCase())
  }
  return names
}

/** The words of a relationship that copy splits with a stray space ("indep endent of the Company"). */
const RELATIONSHIP_STEMS = ['independent', 'relationship', 'affiliated', 'commercial']

/**
 * The laboratory's relationship to the issuer, in a sentence about the laboratory or the analyses; where copy split
 * its word ("indep endent"), the sentence that holds it, read with the split taken out.
 */
function relationshipIn(all: Sentence[]): Statement | undefined {
  const found = first(all, RELATIONSHIP, LABORATORY_CONTEXT)
  if (found) return found
  // A sentence that calls the laboratory by the first word of the name the release gave it ("Bureau is independent
  // of Corvane" after "Bureau Analytical Laboratories").
  const names = laboratoryShortNames(all)
  if (names.size > 0) {
    for (const sentence of all) {
      if (!sentence.norm.text.split(WORDS_APART).some((word) => names.has(word))) continue
      const named = statement(sentence, RELATIONSHIP)
      if (named) return named
    }
  }
  for (const sentence of all) {
    const text = sentence.norm.text
    if (!LABORATORY_CONTEXT.test(text) || !RELATIONSHIP.test(rejoined(text, RELATIONSHIP_STEMS))) continue
    return {start: sentence.start, end: sentence.end, words: text, sentence, at: 0}
  }
  return undefined
}

/** The records a review checks to verify data: QA/QC results, certificates, analytical or test work data. */
const CHECKED_RECORDS =
  String.raw`(?:qa ?\/? ?qc|assay certificates?|laboratory certificates?|certificates of analysis|` +
  String.raw`analytical (?:data|results)|quality control (?:data|results)|` +
  // The data themselves, named by their kind ("reviewed the probe data and its calibration", "checked the assay data").
  String.raw`(?:assay|sampling|sample|drill(?:ing|hole)?|probe|downhole|radiometric|geophysical|survey|geochemical|raw|` +
  // A geophysical survey's data as processed and gridded ("reviewed the processed magnetic data").
  String.raw`field|processed|magnetic|electromagnetic|gravity|lidar) data|` +
  // A metallurgical release's data: its test work ("reviewed the test work data and the laboratory's reports").
  String.raw`test ?work (?:data|results|procedures)|metallurgical (?:data|results|test ?work))`

/**
 * Data verification (s.3.2): whether and how the Qualified Person verified the data ("verified the data",
 * "data verification", "reviewed the QA/QC results", "the QP has not verified…").
 */
const VERIFICATION = pattern(
  [
    // Run into "to" by copy too ("in order toverify the results").
    String.raw`\b(?:to)?verif(?:y|ies|ied|ying|ication)\b`,
    String.raw`\bvalidat(?:ed|es|ing|ion) (?:of )?(?:the |all )?(?:\w+ )?(?:data|assays?|results|database|drill ?holes?|samples?)\b`,
    String.raw`\b(?:reviewed|reviewing|review of|audited|checked|compared) (?:the |all )?(?:\w+ ){0,2}${CHECKED_RECORDS}`,
    // The records another party's, named by its possessive ("reviewed Halcyon's certificates and QA/QC data", "checked
    // the operator's assay certificates"), as a joint venture partner or a royalty holder words it.
    String.raw`\b(?:reviewed|reviewing|review of|audited|checked|compared) (?:the |all )?(?:[\w-]{1,30} )?[\w-]{1,30}['’]s ` +
      String.raw`(?:[\w-]{1,30} ){0,2}?(?:certificates|data|database|${CHECKED_RECORDS})`,
    // A survey contractor's report of its logistics and processing ("reviewed the survey contractor's logistics report").
    String.raw`\b(?:reviewed|reviewing|review of|audited|checked) (?:the )?(?:[\w-]{1,30} )?contractor['’]s ` +
      String.raw`(?:[\w-]{1,30} ){0,2}?reports?\b`,
    // The records named after the data reviewed ("has reviewed the data underlying the estimate, including the drill
    // database and assay certificates").
    String.raw`\b(?:reviewed|reviewing|review of|audited|checked)\b${withinSentence(80, '.;', true)}\b(?:including|namely|such as)\b ` +
      String.raw`(?:the |all )?(?:\w+ ){0,2}${CHECKED_RECORDS}`,
    String.raw`\bsite visits?\b`,
    // Said of the QP in other words: "a Qualified Person has not independently confirmed these results".
    String.raw`\b(?:qualified person|qp)\b${withinSentence(60, '.')}\b(?:has|have|had)(?: not)? (?:\w+ )?confirmed\b`,
    // How the data were checked and with what limitations ("reviewed the laboratory's data and found no limitations").
    String.raw`\b(?:data|database|results|certificates|procedures)\b${withinSentence(100, '.')}\blimitations?\b`,
    // French: "a vérifié les données", "vérification des données", "validé", "visite du site".
    frenchWords([
      String.raw`v[ée]rifi(?:[ée]e?s?|er|ent|ait|cation)`,
      String.raw`valid(?:[ée]e?s?|ation) (?:des |de la |les |la )?(?:donn[ée]es|r[ée]sultats|analyses|base de donn[ée]es)`,
      String.raw`visites? (?:du|de la|sur la|sur le) (?:site|terrain|propri[ée]t[ée])`,
      String.raw`(?:examin[ée]|revu|pass[ée] en revue) (?:les |des )?(?:certificats|donn[ée]es|r[ée]sultats) ` +
        String.raw`(?:d'analyses?|analytiques|d'aq|de contr[ôo]le)`
    ])
  ].join('|')
)

/**
 * The issuer's earlier release cited for what a sentence restates ("as reported in the Company's news releases of
 * October 6 and November 17, 2026", "as previously announced", "see our news release dated …"): not the first
 * disclosure, the one s.3.2 binds. A party named after the verb ("as reported by Ostrava") is another's release.
 */
const OWN_EARLIER_RELEASE = pattern(
  String.raw`\b(?:as (?:previously |first )?|previously )(?:reported|announced|disclosed|released)\b(?! by\b)` +
    String.raw`|\b(?:the company's|our) (?:[a-z0-9,]{1,20} ){0,8}?(?:news |press )releases?\b` +
    String.raw`|\bsee (?:the company's |our )?(?:news |press )releases?\b`
)

/**
 * Whether every sentence of the technical disclosure restates the issuer's earlier releases, citing them, and none
 * is another party's (a webinar notice's highlights "as reported in the Company's news releases of …"): the data
 * were verified, or not, where they were first disclosed.
 */
export function restatesOwnReleases(sentences: readonly Sentence[], issuerNames: string[]): boolean {
  // A producer's output beside them (a quarter's head grade) is no data to verify: the restated results decide.
  const data = sentences.filter((sentence) => !outputOnly(sentence, issuerNames))
  return (
    data.length > 0 &&
    data.every(
      (sentence) => OWN_EARLIER_RELEASE.test(sentence.norm.text) && !attributed(sentence.norm.text, issuerNames)
    )
  )
}

/** The data verification statement (s.3.2), and whether the release says how the data were verified. */
export interface Verification extends Statement {
  /**
   * Whether a verification statement, or another sentence of its paragraph, says how the data were verified
   * (s.3.2(b): "by comparing the certificates with the database", "a site visit", "reviewed the QA/QC results",
   * the technical report that describes it), or says it was not done (s.3.2(c)); false for a bare "has verified the
   * data disclosed", or the QP's "reviewed, verified and approved the technical content".
   */
  described: boolean
  /**
   * Whether the statement says the data were not verified with no word of why, in it or its paragraph (s.3.2(c): "an
   * explanation of any failure to verify"): "The QP has not verified the sampling data." alone.
   */
  unexplained: boolean
}

/**
 * The QP's own acts of verification, said without the word ("Mr. Okafor visited the core shack, took check samples
 * from the reported interval and compared the results with the original assays"): a visit to the property, the core
 * or the laboratory, check or independent samples taken, re-assays, the data compared with their source. Read of the
 * QP only (in the QP statement's paragraph, or naming the QP): a laboratory's check assays in the QA/QC paragraph are
 * its quality control, not a verification by a Qualified Person.
 */
const QP_ACTS = pattern(
  [
    String.raw`\bvisit(?:ed|ing)\b(?: the)? (?:[\w-]{1,20} ){0,2}?` +
      String.raw`(?:property|properties|site|project|core|camp|drill|drills|rigs?|mine|laborator(?:y|ies))\b`,
    String.raw`\b(?:took|taken|collected|collecting|submitted|obtained)\b${withinSentence(60)}` +
      String.raw`\b(?:check|independent|verification) (?:samples?|assays?)\b`,
    String.raw`\bre-?(?:assay|sampl)(?:ed|ing)\b`,
    String.raw`\bcompar(?:ed|ing)\b${withinSentence(80)}\b(?:with|against|to)\b${withinSentence(60)}` +
      String.raw`\b(?:assays?|results|certificates?|database|logs?|records)\b`
  ].join('|')
)

/** The Qualified Person a verification may be said of: the QP statement's paragraph and the QP's surname. */
export interface VerifyingQp {
  window: readonly Block[]
  surname: string | undefined
}

/** The data verification statement: the first sentence that says whether and how data were verified. */
export function findVerification(
  sentences: Sentence[],
  qp: () => VerifyingQp | undefined = () => undefined
): Verification | undefined {
  let first: Statement | undefined
  let described = false
  for (const sentence of sentences) {
    const found = statement(sentence, VERIFICATION)
    if (!found) continue
    // Verification as work still to do ("verification drilling will be needed", « des forages de vérification seront
    // nécessaires ») says nothing of whether the QP verified the data disclosed.
    if (TO_DO.test(sentence.norm.text) && !DONE.test(sentence.norm.text)) continue
    // Said not done of other properties' information, with the adjacent-property caution ("has been unable to verify
    // the information on the adjacent properties"): nothing of the data the release discloses for the issuer's own.
    if (othersUnverified(sentence.norm.text)) continue
    // A section's title ("Quality Assurance, Quality Control and Data Verification") names the topic; it says nothing
    // of whether the QP verified the data, unless the paragraph under it says how ("Ms. Roe reviewed the drill logs").
    if (isTitle(sentence)) {
      const next = sentence.block.draft.blocks[sentence.block.index + 1]
      if (!next?.sentences.some((other) => describesHow(other.norm.text))) continue
      return {...found, described: true, unexplained: false}
    }
    first ??= found
    // How is told in the statement or in its paragraph ("Ms. Roe verified the data. Her verification included …").
    described ||= sentences.some((other) => other.block === sentence.block && describesHow(other.norm.text))
    if (described) break
  }
  return first ? {...first, described, unexplained: notDoneWithoutWhy(first.sentence)} : qpActs(sentences, qp())
}

/** The QP's own acts of verification, said without the word (see QP_ACTS): a statement that says how. */
function qpActs(sentences: Sentence[], qp: VerifyingQp | undefined): Verification | undefined {
  if (!qp) return undefined
  const surname = qp.surname?.toLowerCase()
  for (const sentence of sentences) {
    const text = sentence.norm.text
    if (!qp.window.includes(sentence.block) && !(surname && text.includes(surname))) continue
    const found = TO_DO.test(text) ? undefined : statement(sentence, QP_ACTS)
    if (found) return {...found, described: true, unexplained: false}
  }
  return undefined
}

/** The data a verification covers, named (not "the information", which may be a region's or another's). */
const DATA_NAMED = String.raw`(?:data(?:base)?|assays?|results|samples?|sampling|analytical|drill\w*)\b`
/**
 * Verification of the data said not done: a negation on the verb with the data its object ("has not verified the
 * data disclosed", "was unable to verify the assay results"), or the data said not verified ("the sampling data
 * could not be verified"), « n'a pas vérifié les données », « les données n'ont pas été vérifiées ».
 */
const NOT_DONE = pattern(
  String.raw`\b(?:unable|not able|cannot|could not|has not|have not|had not|did not|was not|were not|is not|are not|` +
    String.raw`has yet|have yet)\b(?: [a-z]{2,13}){0,3}? verif[a-z]*(?: [a-z]{1,13}){0,4}? ${DATA_NAMED}|` +
    String.raw`\b${DATA_NAMED}${withinSentence(60)}\b(?:could|can|has|have|had|was|were|is|are) not (?:yet )?(?:been |be )?` +
    String.raw`(?:independently )?verified|` +
    frenchWords([
      String.raw`(?:n'a|n'ont|n'avait|n'avaient|ne peut|ne peuvent) pas(?: [a-zà-ÿ']{2,13}){0,3}? ` +
        String.raw`v[ée]rifi(?:[ée]e?s?|er)(?: [a-zà-ÿ']{1,13}){0,4}? donn[ée]es`,
      String.raw`donn[ée]es [^.;]{0,60}(?:n'ont|n'a|n'avaient) pas (?:pu )?(?:[ée]t[ée] )?v[ée]rifi[ée]e?s`
    ])
)

/**
 * Why it was not (s.3.2(c)): a cause ("because", "as the core was not retained", "due to", « en raison de »), what
 * stood in the way ("not possible", "no longer available", "pending"), or the data's being another's or historical
 * (the historical estimate's own statements say why: s.2.4).
 */
const WHY = pattern(
  String.raw`\b(?:because|since|as (?:the|it|they|these|those|such|this|there|no|its|their|his|her)|due to|owing to|` +
    String.raw`given (?:that|the)|in view of|on account of|reasons?|as a result|in light of|accordingly|therefore|` +
    String.raw`consequently|pending|prior to|until|not (?:yet )?(?:been )?(?:possible|practical|practicable|feasible|` +
    String.raw`available|accessible|received|retained|preserved)|no longer|unavailable|inaccessible|lost|destroyed|` +
    String.raw`discarded|insufficient|sufficient work|historic\w*|(?:prior|previous|former) (?:operators?|owners?)|` +
    // No access to the data, said with whoever lacks it ("as Castellan has no access to them", "without access to").
    String.raw`(?:has|have|had) no access|(?:does|do|did) not have access|without access|` +
    String.raw`third[- ]part(?:y|ies))\b|` +
    // The data another party's: the operator's or a partner's ("which were generated by the operator").
    String.raw`\b(?:by|from) (?:the |its |our )?(?:project |property )?(?:operator|partner|optionee|optionor|vendor)s?\b|` +
    String.raw`\b(?:operator|partner|optionee|optionor|vendor)['’]s\b|` +
    String.raw`(?<![${LETTER}])(?:parce qu|puisqu|car(?![${LETTER}])|en raison d|[ée]tant donn[ée]|vu qu|compte tenu|` +
    String.raw`faute d|pas (?:encore )?(?:[ée]t[ée] )?(?:possible|disponible|re[çc]u)|plus disponible|non disponible|` +
    String.raw`inaccessible|historique|travaux suffisants|tiers(?![${LETTER}]))`
)

/** Whether `sentence` says the data were not verified, and neither it nor its paragraph says why. */
function notDoneWithoutWhy(sentence: Sentence): boolean {
  // Beside the caution on other properties' information ("not necessarily indicative"), it is theirs.
  const paragraph = sentence.block.sentences
  return (
    NOT_DONE.test(sentence.norm.text) &&
    !paragraph.some((other) => WHY.test(other.norm.text) || OTHERS_INFORMATION.test(other.norm.text))
  )
}

/** The records a verification checks, named (not "the data", "the results" or "the information" alone). */
const RECORDS =
  String.raw`(?:certificates?|(?:drill |core |geological )?logs?|logging|database|qa ?\/? ?qc|quality control|` +
  String.raw`standards|blanks|duplicates|chain of custody|collars?|drill core|assay sheets|(?:assay |sample )?records|` +
  String.raw`weights)\b`

/**
 * How the data were verified (s.3.2(b)): a review, comparison or check of the data themselves (certificates, logs,
 * the database, QA/QC results, core, collars), a visit, re-assays or independent samples, or the document that
 * describes the verification; or a verification said not done (s.3.2(c), whose reason is not judged here). A review
 * of "the technical content" or "the information" is the QP's approval, not how the data were verified.
 */
const HOW = pattern(
  [
    String.raw`\b(?:review(?:ed|ing|s)?|compar(?:ed|ing|ison)|check(?:ed|ing|s)?|audit(?:ed|ing|s)?|examin(?:ed|ing|ation)|` +
      String.raw`inspect(?:ed|ing|ion)|validat(?:ed|ing|ion)|confirm(?:ed|ing)|cross-?check(?:ed|ing)?)\b${withinSentence(80)}` +
      String.raw`\b(?:data(?:base)?|certificates?|qa ?\/? ?qc|quality control|logs?|logging|core|collars?|assays?|` +
      String.raw`results|samples?|standards|blanks|duplicates|procedures|protocols|records|chain of custody|` +
      String.raw`(?:block |resource |reserve )models?)\b`,
    // A producer's: the models reconciled with what the mill produced ("reconciliation with mill production and audits
    // of the block models").
    String.raw`\breconcil(?:e|ed|es|ing|iations?)\b${withinSentence(80)}\b(?:production|mill(?:ed)?|models?|grade control)\b`,
    String.raw`\b(?:site visits?|visit(?:ed|ing|s)?|re-?assay\w*|re-?sampl\w*|twin(?:ned)? holes?)\b`,
    // Present at the work ("observed the pit sampling and processing").
    String.raw`\b(?:observ(?:ed|ing)|witness(?:ed|ing))\b${withinSentence(40)}\b(?:sampling|drilling|logging|processing|samples?)\b`,
    String.raw`\bindependent(?:ly)? (?:collected |taken )?(?:check )?(?:samples?|sampling|assays?)\b`,
    String.raw`\b(?:described|set out|discussed|detailed) in\b|\btechnical report\b`,
    // The verification named by the records it covered ("has verified the data, including the drill logs,
    // certificates of analysis and QA/QC results", "verifying the assay certificates against the drill logs", "the
    // certificates were verified against the database"): the records checked are how.
    String.raw`\bverif\w*\b${withinSentence(100)}\b${RECORDS}|${RECORDS}${withinSentence(60)}\bverif`,
    // Verified through or by doing something ("is independently verifying these results through its program", a
    // hyphenated verb too: "by re-estimating selected blocks"), or its object against another source ("verified the
    // cost inputs against vendor quotes"): a comparison is how (not a field crew's count "checked to verify against
    // the tag books", with no data named).
    String.raw`\bverif\w*\b${withinSentence(100)}\b(?:through|by (?:[a-z]{1,6}-)?\w+ing\b|by \[)|` +
      String.raw`\bverif(?:ied|ying|ies) (?:the|all|each|its|their|his|her)\b${withinSentence(100)}\bagainst\b`,
    // Said not done, however far the verb (run into the word before by copy: "in order toverify").
    // Not "is not independent of the Company", said of the QP beside a bare "has verified".
    String.raw`\b(?:unable ?to|cannot|never)\b${withinSentence(60)}verif|\bnot (?!independent\b)${withinSentence(160)}verif`,
    frenchWords([
      // The gerund, its object a pronoun or not (« en comparant les certificats », « en les comparant aux soumissions »).
      String.raw`en (?:les |le |la |l'|leur |y )?(?:examinant|comparant|v[ée]rifiant|revoyant|visitant|consultant|` +
        String.raw`r[ée]visant|contr[ôo]lant|confrontant|recoupant|rapprochant|inspectant|r[ée]-?analysant|observant|` +
        // Work redone or samples taken (« en reprenant l'analyse de 5 % des pulpes », « en prélevant des échantillons »).
        String.raw`reprenant|refaisant|pr[ée]levant|r[ée]-?[ée]chantillonnant|analysant)`,
      // Check assays (« des contre-analyses », « analyses de contrôle »), as "check assays" or "re-assays".
      String.raw`contre-?analys[ée]?e?s?|analyses? de (?:contr[ôo]le|v[ée]rification)`,
      String.raw`par (?:la |une )?(?:comparaison|confrontation|rapprochement|recoupement|inspection|examen)`,
      'certificats',
      'visites?',
      String.raw`base de donn[ée]es`,
      String.raw`aq ?\/ ?cq`,
      String.raw`contr[ôo]le de (?:la )?qualit[ée]`,
      String.raw`r[ée]-?analys[ée]e?s?`,
      String.raw`rapport technique`,
      // Said not done: the participle or infinitive whole (a stem alone would meet the closing letter guard).
      String.raw`(?:n'a|n'ont|n'avait|n'avaient|ne peut|ne peuvent) pas[^.;]{0,30}v[ée]rifi(?:[ée]e?s?|er)`
    ])
  ].join('|')
)

/** Whether a sentence says how the data were verified, or that they were not (see HOW). */
function describesHow(text: string): boolean {
  return HOW.test(text)
}

/**
 * A verification said of other properties' information: its object is the adjacent, nearby or third parties'
 * properties or projects, or the sentence is the caution that their mineralization is not indicative of the issuer's.
 */
const OTHER_PROPERTIES_NAMED =
  String.raw`\bverif(?:y|ied|ication)\b${withinSentence(60)}\b(?:adjacent|nearby|neighbou?ring|other|those|third[- ]part(?:y|ies)'?)` +
  String.raw` (?:[\w-]{1,20} )?(?:propert(?:y|ies)|projects?|claims|deposits?|companies|issuers)\b`
const OTHERS_INFORMATION = pattern(String.raw`${OTHER_PROPERTIES_NAMED}|\bnot necessarily indicative\b`)

/** Other properties or projects named as what a verification is of ("unable to verify … on the adjacent properties"). */
const OTHER_PROPERTIES = pattern(OTHER_PROPERTIES_NAMED)

/**
 * A verification said not done of other properties' information: their properties named, or the caution that their
 * mineralization is "not necessarily indicative" beside it; not the issuer's own data said not verified and not
 * indicative ("has not verified the historical drill results, which are not necessarily indicative of …").
 */
function othersUnverified(text: string): boolean {
  if (!OTHERS_INFORMATION.test(text) || !UNVERIFIED.test(text)) return false
  return OTHER_PROPERTIES.test(text) || !NOT_DONE.test(text)
}

/** A verification said not done ("has been unable to verify", run together by copy too: "unableto verify"). */
const UNVERIFIED = pattern(String.raw`\b(?:unable ?to|not|cannot|never)\b${withinSentence(30)}\bverif`)

/**
 * Words of work still to do, or of a condition still to be met ("its reliability can only be assessed after
 * validation of the data", « sa fiabilité ne pourra être établie qu'après la validation des données »), the
 * verification itself the condition ("cannot be assessed until the drill data are verified", "once the assays are
 * verified", « tant que les données n'auront pas été vérifiées »).
 */
const TO_DO = pattern(
  String.raw`\b(?:will|would|shall|needed|needs|required|requires|planned|necessary|intends?|plans?|future|can only)\b|` +
    String.raw`\bonly (?:after|once|when)\b|\b(?:until|unless|once|before)\b${withinSentence(60, '.;', true)}\bverif|` +
    frenchWords([
      String.raw`ser(?:a|ont)`,
      String.raw`pourr(?:a|ont)`,
      String.raw`qu'apr[èe]s`,
      String.raw`(?:jusqu'[àa] ce qu|tant qu|avant qu|d[èe]s qu|une fois qu)[^.;]{0,60}?v[ée]rifi[${LETTER}]*`,
      String.raw`n[ée]cessaires?`,
      'requis(?:es?)?',
      String.raw`pr[ée]vue?s?`,
      'devra(?:it|ient)?'
    ])
)
/** A verification done, or said not done ("has verified", "verified the data", "has not verified", « a vérifié »). */
const DONE = pattern(
  String.raw`\b(?:has|have|had|was|were|been)(?: not)? (?:\w+ )?(?:verified|confirmed)\b|\bverified (?:the|all|each|that|by)\b|` +
    frenchWords([String.raw`(?:a|ont|avait|ont été|a été)(?: pas)? (?:[${LETTER}]+ )?v[ée]rifi[ée]e?s?`])
)
