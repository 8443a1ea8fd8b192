/**
 * The forward-looking information caution (NI 51-102 s.4A.3): each paragraph
 * that speaks of forward-looking information, with the paragraphs that
 * continue it (risks, assumptions, updating), under a "Forward-Looking
 * Statements" heading or not; in French too ("Mise en garde concernant les
 * énoncés prospectifs", "information prospective").
 */
import {has, type Block} from './document.js'
import {isPageFurniture} from './layout.js'
import {rejoined} from './text.js'
import {LIMITS} from './vocabulary.js'
import {frenchWords} from './french.js'
import {pattern} from './pattern.js'
import {GRADE_SIGNALS} from './topics.js'

/**
 * Forward-looking information named as such, in English or in French ("énoncés prospectifs", "information
 * prospective", "déclarations prospectives", "renseignements prospectifs"; accents may be dropped by copy).
 */
/**
 * « énoncés prospectifs », « information prospective », and « de nature prospective », « à caractère prospectif »;
 * the adjective after its verb too, as English's bare "forward-looking" (« certaines déclarations du présent
 * communiqué sont prospectives »), not across a clause of its own (« les données indiquent que la zone est
 * prospective »: geology).
 */
const FLI_FR =
  String.raw`(?:[ée]nonc[ée]s?|d[ée]clarations?|informations?|renseignements?) ` +
  String.raw`(?:(?:de nature |[àa] caract[èe]re )?|(?:(?! (?:que|qui|dont|o[ùu])\b)[^.;]){0,80}? (?:sont|est|soient) ` +
  String.raw`(?:(?:consid[ée]r[ée]e?s|r[ée]put[ée]e?s) comme |de nature )?)prospecti(?:f|fs|ve|ves)\b`
export const MENTIONS_FLI = pattern(String.raw`forward-? ?looking|${FLI_FR}`)
/** A heading that opens a caution: "Cautionary Note", "Mise en garde", "Avertissement". */
const CAUTION_WORDS = 'cautionary|mise en garde|avertissement'
const CAUTIONARY = pattern(CAUTION_WORDS)
/**
 * Results that "differ" or "vary", also run together with the words around them in copy ("may cause future results
 * to differmaterially", "couldvary significantly").
 */
const RESULTS_DIFFER = String.raw`(?:\b|(?<=to|may|could|might|would|will))(?:differ|vary)(?:\b|(?=materially|significantly|substantially))`

/**
 * What continues a caution: its elements in any of the usual words ("actual results … could vary", "there can
 * be no assurance", "not a guarantee of future performance", "readers should not rely").
 */
const CONTINUES = pattern(
  [
    'forward-? ?looking',
    String.raw`\brisks?\b`,
    'assum',
    'differ materially',
    RESULTS_DIFFER,
    'materially ?different',
    'uncertaint',
    'undue reliance',
    String.raw`\b(?:should|must) not (?:place )?(?:rely|reliance)`,
    String.raw`\bupdat(?:e|ing)\b`,
    String.raw`\brevis(?:e|ing)\b`,
    'actual results',
    'no assurance',
    String.raw`not (?:a )?guarantees? of`,
    'cautionary',
    // In French: risks, assumptions, uncertainties, results that differ, no guarantee, reliance, updating.
    String.raw`\brisques?\b`,
    'hypoth[eè]s',
    'incertitud',
    String.raw`diff[éèe]r(?:e|es|er|ent|ents|ente|entes)?\b`,
    'sensiblement',
    String.raw`r[ée]sultats r[ée]els`,
    'aucune (?:garantie|assurance)',
    String.raw`se fier ind[uû]ment`,
    String.raw`mettre [àa] jour|mise [àa] jour|r[ée]viser|actualiser`,
    'mise en garde',
    // A paragraph that opens by pointing back at the caution's statements or factors ("These statements include …",
    // "Such factors include …", « Ces énoncés … »): a caution set one sentence per paragraph goes on through it.
    String.raw`^(?:(?:in addition|furthermore|moreover|accordingly|specifically|generally),? )?` +
      String.raw`(?:these|such|those|all such|any such|the foregoing|the above) (?:[a-z-]{1,20} ){0,2}` +
      String.raw`(?:statements?|information|factors|expectations|estimates|projections|forecasts|beliefs|opinions)\b`,
    String.raw`^(?:ces|de tels|de telles|lesdits|lesdites) (?:[a-z\u00e0-\u00ff'-]{1,20} ){0,2}` +
      String.raw`(?:[ée]nonc[ée]s|d[ée]clarations|informations|renseignements|facteurs|pr[ée]visions|attentes)(?![a-z])`
  ].join('|')
)

/** The caution's blocks, in order. */
export function findCaution(blocks: readonly Block[]): Block[] {
  const caution: Block[] = []
  let inside = false
  // A caution's paragraph that ends with a colon opens a list ("… risks, including:"): its items, short and in
  // words of their own ("the Exchange may not accept the Offering;"), are the caution's, up to the item that ends
  // the sentence.
  let listing = false
  for (const block of blocks) {
    const text = block.norm.text
    // A page's header or footer between the caution's paragraphs ("Alder Creek Gold Corp. | Page 3 of 4") is the
    // page's, not the release's: the caution goes on across it.
    if (isPageFurniture(block)) continue
    if (listing && block.kind !== 'heading') {
      caution.push(block)
      listing = LIST_GOES_ON.test(text)
      continue
    }
    listing = false
    if (isHeading(block)) {
      // A heading "Forward-Looking Statements" opens the caution; any other closes it.
      inside = opensCaution(block)
      continue
    }
    // A paragraph that does not name forward-looking information continues the caution by its words; one that
    // states grades ("a cut-off grade of 1.92 g/t Au … mining dilution assumptions") is the release's technical
    // disclosure set after the caution, not the caution's assumptions.
    if (mentionsFli(text) || (inside && CONTINUES.test(text) && !GRADE_SIGNALS.some((signal) => has(block, signal)))) {
      caution.push(block)
      inside = true
      listing = OPENS_LIST.test(text)
      continue
    }
    inside = false
  }
  return caution
}

/**
 * Whether a paragraph names forward-looking information, copy's space inside its words too ("for ward-looking
 * statements", "forward-look ing information"): a caution with no heading is found by that name.
 */
const mentionsFli = (text: string) =>
  MENTIONS_FLI.test(text) ||
  ((text.includes('looking') || text.includes('forward')) && MENTIONS_FLI.test(rejoined(text, FLI_WORDS)))
const FLI_WORDS = ['forward', 'looking']

const OPENS_LIST = /:\s?$/
const LIST_GOES_ON = /(?:[;,:]|\b(?:and|or|et|ou))\s?$/
/**
 * A heading, or a short line that is no sentence: "Actual results may vary." is one, and continues a caution; a
 * short line that names forward-looking information ("Forward-Looking Statements.") is its heading.
 */
const isHeading = (block: Block) =>
  block.kind === 'heading' ||
  (block.norm.text.length < LIMITS.shortLine &&
    (!/[a-zà-ÿ]\.$/.test(block.norm.text) || MENTIONS_FLI.test(block.norm.text)))
const opensCaution = (block: Block) =>
  MENTIONS_FLI.test(block.norm.text) || (CAUTIONARY.test(block.norm.text) && !ANOTHER_SUBJECT.test(block.norm.text))
/**
 * A cautionary heading that names its subject, one other than forward-looking information (`opensCaution` read
 * that first): "Cautionary Note Regarding Production Decisions", "Cautionary Statement on Historical Estimates",
 * "Cautionary Note to U.S. Investors", « Mise en garde concernant les estimations historiques ». It opens another
 * caution, not this one, and closes this one.
 */
const ANOTHER_SUBJECT = pattern(
  String.raw`(?:${CAUTION_WORDS})\b[^.:]{0,30}?\b(?:(?:regarding|concerning|about|` +
    String.raw`relating to|related to|with respect to|on|concernant|sur|au sujet)\b|relati(?:f|ve|fs|ves) (?:à|aux)|` +
    String.raw`(?:to|for) (?:u\.? ?s\.?|united states|american) )`
)

/** Where the caution starts: its heading ("Forward-Looking Statements") if it has one, else its first paragraph. */
export function cautionTop(blocks: Block[], caution: Block[]): Block | undefined {
  const first = caution[0]
  const before = first && blocks[first.index - 1]
  return before && isHeading(before) && opensCaution(before) ? before : first
}

/** The elements of NI 51-102 s.4A.3 a caution states, by the words that state them. */
export type CautionElement = 'identifies' | 'differ' | 'risks' | 'assumptions' | 'updates'

export interface CautionElements {
  /** The elements some paragraph of the caution states. */
  present: Set<CautionElement>
  /**
   * The caution says forward-looking information is subject to risks or uncertainties ("inherent in
   * forward-looking statements are risks"): a warning in substance that it may not come true, without saying
   * that actual results may vary.
   */
  uncertain: boolean
  /**
   * The caution says how forward-looking information may be recognized, by its words ("can be identified by words
   * such as 'plans', 'expects'"): no identification of what it covers (CSA Staff Notice 51-330), so a caution that
   * identifies it only so is told with a warning.
   */
  byWords: boolean
}

/** "forward-looking information", and "information of a forward-looking nature" (or character). */
const FLI =
  String.raw`(?:forward-? ?looking ?(?:information|statements?)` +
  String.raw`|(?:information|statements?) of an? forward-? ?looking (?:nature|character))`
/** Words that say a passage is or holds forward-looking information ("contains", "such", "this"). */
const IS_OR_HOLDS = [
  'contains?',
  'contained',
  'includes?',
  'including',
  'included',
  'constitutes?',
  'constituting',
  'are',
  'is',
  'be',
  'deemed',
  'considered',
  'certain',
  'such',
  'these',
  'this',
  'all'
]
/** Words after "forward-looking information" that say what it covers ("including", "regarding"). */
const COVERS = [
  String.raw`includ\w*`,
  'in this',
  'contained',
  'herein',
  'within the meaning',
  'regarding',
  String.raw`relat\w*`,
  // Not the words that signal it ("forward-looking statements can be identified by words such as 'plans'").
  String.raw`(?<!\b(?:words|terms|terminology|expressions|phrases|language|verbs)(?: or (?:words|phrases|expressions))? )such as`,
  'concerning',
  'with respect to'
]
/** The caution names what is forward-looking as such ("statements about the use of proceeds are forward-looking"). */
const NAMED_AS = String.raw`\b(?:are|is|constitutes?|considered)\s(?:\w+\s){0,2}?forward-? ?looking\b`
/**
 * Between the information and the word that says what it covers: not its assumptions or risks. "Forward-looking
 * information is based on assumptions, including that financing will be available" lists the assumptions, and
 * « l'information prospective repose sur des hypothèses, notamment … » too (its « sur » is what it rests on, not
 * what it covers): neither identifies the information.
 */
const NOT_ITS_GROUNDS = String.raw`(?:(?!assum|risk|uncertaint|hypoth|risque|incertitude|repos(?:e|ent) sur|fond[ée]e?s? sur)[^.])`
const IDENTIFIES = pattern(
  String.raw`\b(?:${IS_OR_HOLDS.join('|')})\b[^.]{0,80}?${FLI}|${FLI}\b${NOT_ITS_GROUNDS}{0,60}?\b(?:${COVERS.join('|')})|` +
    NAMED_AS
)
const DIFFER = pattern(
  [
    RESULTS_DIFFER,
    'materially ?different',
    'no assurance',
    'not guarantees? of',
    'undue reliance',
    '(?:may|might|could) not (?:occur|prove|be realized|be achieved)'
  ].join('|')
)
const RISKS = /\brisks?\b|uncertaint|\bfactors? (?:that|which) (?:could|may|might)\b/
/** Words that point at risk factors without naming one ("due to a number of factors", "various reasons"). */
const VAGUE =
  String.raw`(?:a (?:number|variety|range) of|various|many|several|numerous|other|certain|some|unknown|important) ` +
  String.raw`(?:factors|reasons|matters|things|events|circumstances)\b(?!,? (?:such as|including|like)\b)`
/**
 * The (b) risk factors named in other words than "risk": the causes that may make results differ, joined to the
 * warning ("actual results may differ materially because of changes in the share price and market conditions",
 * "if the Exchange does not accept it, actual results may differ") or as its subject ("a fall in metal prices could
 * cause actual results to differ"). A cause left vague ("due to
 * various factors", "many factors could cause …") names none.
 */
const CAUSES = pattern(
  String.raw`${RESULTS_DIFFER}[^.;]{0,120}?\b(?:because of|as a result of|due to|owing to|by reason of|depending on|` +
    String.raw`resulting from|caused by|on account of|in the event of|if) (?!${VAGUE})[a-z$]` +
    String.raw`|(?<!\b(?:factors|reasons|matters|things|events|circumstances) )\b(?:could|may|might|would|can) cause ` +
    String.raw`(?:the )?(?:company's )?(?:actual )?(?:results|events|outcomes?|performance|achievements)\b` +
    // The condition first: "if the Exchange does not accept it, actual results may differ materially".
    String.raw`|\bif [^.;,]{1,80}, ?(?:the )?(?:company's )?(?:actual )?(?:results|events|outcomes?|performance)\b` +
    String.raw`[^.;]{0,40}?${RESULTS_DIFFER}`
)
/** The same in French: "pourraient différer sensiblement en raison de la baisse du cours de l'or". */
const CAUSES_FR = pattern(
  String.raw`diff[éèe]r\w*[^.;]{0,120}?(?:en raison d|[àa] cause d|par suite d|du fait d|compte tenu d)(?:e |u |es |')` +
    String.raw`(?!(?:divers|nombreux|certains|plusieurs|multiples|autres) facteurs\b(?!,? (?:tels|comme|notamment)\b))[a-zà-ÿ]`
)
/**
 * A caution that says forward-looking information is subject to risks and uncertainties ("inherent in
 * forward-looking statements are risks") warns in substance that it may not come true, without saying that
 * actual results may vary: the (b) warning is then reported as a warning, not an error (see the rule doc).
 */
const UNCERTAIN = /\b(?:risks?|uncertaint\w*)\b/
/**
 * The (c) element: the caution states what the forward-looking information rests on. In words: assumptions or
 * material factors named (not "assume no obligation to update", which is the updating element); or the information
 * "based on" its basis, with a few words between ("management's current expectations", "certain estimates").
 */
const BASES = ['factors', 'expectations', 'estimates', 'opinions', 'beliefs', 'judgments', 'projections']
const ASSUMPTIONS = pattern(
  [
    // Not "assume no obligation to update", nor French « n'assume aucune obligation » (the updating element).
    String.raw`(?<!n' ?)assum(?!e[sd]? (?:no|any|an) (?:\w+ )?(?:obligations?|duty|liability|responsibility)\b)`,
    'material factors',
    String.raw`based ?(?:up)?on (?:[^\s.,;]+ ){0,3}?(?:${BASES.join('|')})\b`,
    'reasonable (?:basis|expectations)'
  ].join('|')
)
// "to" run into the verb by copy ("no obligation toupdate") is still the updating element.
const UPDATES = /\b(?:to)?updat|\b(?:to)?revis/
/** Forward-looking information said to be recognized by its words ("identified by words such as", « des termes comme »). */
const BY_WORDS = pattern(
  String.raw`\bidentif\w* (?:by|through)\b[^.]{0,60}\b(?:words|terms|terminology|expressions|phrases|verbs)\b|` +
    String.raw`\b(?:words|terms|terminology|expressions|phrases) (?:such as|like)\b|` +
    frenchWords([String.raw`(?:termes|mots|expressions|verbes) (?:tels? que|comme)`])
)

/**
 * The elements in French: the caution identifies the information ("le présent communiqué contient de
 * l'information prospective, notamment …", "certains énoncés … constituent des énoncés prospectifs"), warns that
 * results may differ ("les résultats réels pourraient différer sensiblement", "aucune garantie", "rien ne garantit",
 * "ne peut garantir", "ne pas se fier indûment"), names risks ("risques", "incertitudes", "facteurs de risque"),
 * states assumptions ("hypothèses", "fondés sur") and the updating policy ("mettre à jour … sauf si la loi l'exige").
 */
const HOLDS_FR = [
  'contient',
  'contiennent',
  'renferme',
  'renferment',
  'comprend',
  'comprennent',
  'comporte',
  'inclut',
  'constitue',
  'constituent',
  // After a modal ("peuvent constituer", "pourrait contenir"), and the verb to be ("sont", "est considérée").
  'constituer',
  'contenir',
  'renfermer',
  'comprendre',
  'inclure',
  'sont',
  'est',
  'consid[ée]r[ée]e?s?',
  'certains',
  'certaines',
  'ces',
  'de tels',
  'de telles'
]
const COVERS_FR = ['notamment', 'y compris', 'concernant', 'relati', 'portant sur', 'au sujet', 'quant', 'dont', 'sur']
const IDENTIFIES_FR = pattern(
  String.raw`\b(?:${HOLDS_FR.join('|')})\b[^.]{0,80}?${FLI_FR}|${FLI_FR}${NOT_ITS_GROUNDS}{0,60}?\b(?:${COVERS_FR.join('|')})`
)
const DIFFER_FR = pattern(
  [
    String.raw`diff[éèe]r(?:e|es|er|ent|ents|ente|entes)?\b`,
    'sensiblement diff',
    String.raw`\bvarier\b`,
    'aucune (?:garantie|assurance)',
    // "Nothing guarantees", "cannot guarantee": the French of "there can be no assurance".
    String.raw`rien ne (?:garantit|permet de garantir)|ne (?:peut|peuvent|saurait|sauraient|pouvons) (?:pas )?garantir`,
    'ne (?:constituent|sont) pas (?:des )?garanties',
    String.raw`se fier ind[uû]ment|ne pas se fier|ne devrait pas se fier`,
    'pourraient ne pas se (?:r[ée]aliser|concr[ée]tiser)'
  ].join('|')
)
const RISKS_FR = /\brisques?\b|incertitudes?|facteurs de risque/
const ASSUMPTIONS_FR = /hypoth[eè]ses?|fond[ée]e?s? sur|repos(?:e|ent) sur|facteurs importants|attentes raisonnables/
const UPDATES_FR = /mettre [àa] jour|mise [àa] jour|r[ée]viser|actualiser/
const either = (english: RegExp, french: RegExp) => pattern(`${english.source}|${french.source}`)

const ELEMENT_WORDS: Record<CautionElement, RegExp> = {
  identifies: either(IDENTIFIES, IDENTIFIES_FR),
  differ: either(DIFFER, DIFFER_FR),
  risks: pattern([RISKS, RISKS_FR, CAUSES, CAUSES_FR].map((re) => re.source).join('|')),
  assumptions: either(ASSUMPTIONS, ASSUMPTIONS_FR),
  updates: either(UPDATES, UPDATES_FR)
}
const UNCERTAIN_ANY = either(UNCERTAIN, /\brisques?\b|incertitudes?/)

/**
 * The words of the elements that copy may split with a space ("infor mation", "assu mptions", "prosp ective"): a
 * caution is read again with them rejoined before an element is found missing.
 */
const SPLIT_WORDS = [
  'forward',
  'looking',
  'information',
  'statement',
  'assumption',
  'assumed',
  'uncertaint',
  'materially',
  'different',
  'guarantee',
  'reliance',
  'expectation',
  'undertake',
  'update',
  'revise',
  'prospecti',
  'déclaration',
  'énoncé',
  'hypoth',
  'incertitude',
  'différer',
  'garantie',
  'indûment'
]

/** Which elements the caution's paragraphs state. */
export function findCautionElements(caution: Block[]): CautionElements {
  const present = new Set<CautionElement>()
  let joined: string[] | undefined
  for (const [element, words] of Object.entries(ELEMENT_WORDS) as Array<[CautionElement, RegExp]>) {
    if (caution.some((block) => has(block, words))) present.add(element)
    else if ((joined ??= caution.map((block) => rejoined(block.norm.text, SPLIT_WORDS))).some((t) => words.test(t)))
      present.add(element)
  }
  return {
    present,
    uncertain: caution.some((block) => has(block, UNCERTAIN_ANY)),
    byWords: caution.some((block) => has(block, BY_WORDS))
  }
}
