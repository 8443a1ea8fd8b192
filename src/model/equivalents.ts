/**
 * Metal equivalents (NI 43-101 s.2.3(1) and market practice): each equivalent
 * grade the release states ("0.72 g/t AuEq", "1.09% CuEq", "1.2 g/t gold
 * equivalent"), whether the grades of its metals are given with it, and the
 * statements of the metal prices and recoveries used to calculate it. Copy
 * artefacts fall out of the patterns ("0.72g/tAuEq", "Au Eq", "Au-eq",
 * "AuEquiv").
 *
 * French ("7,4 g/t ÉqAu", "4,9 % ÉqCu", "0,72 g/t Au éq.", "1,1 g/t en équivalent or", « prix de l'or »,
 * « taux de récupération ») is read in the blocks in French only, so English findings do not depend on it; the
 * decimal comma ("7,4") is a figure in both.
 */
import type {Block, Sentence} from './document.js'
import {frenchWords, LETTER} from './french.js'
import type {Languages} from './language.js'
import type {Table} from './tables.js'
import {spanOf, type Span} from './text.js'
import {comparedWith, namedParameter} from './thresholds.js'
import {GRADE_SIGNALS} from './topics.js'
import {pattern} from './pattern.js'

/** Symbols and names of the metals an equivalent is expressed in. */
const SYMBOLS = [
  'au',
  'ag',
  'cu',
  'zn',
  'ni',
  'pb',
  'mo',
  'co',
  'pt',
  'pd',
  'sn',
  'sb',
  'w',
  'wo3',
  'u3o8',
  'li2o',
  'li'
]
const SYMBOLS_MORE = ['pge', 'pgm', '[23]pge', 'ree', 'treo', 'v2o5', 'mn', 'fe', 'bi', 'te', 'cs2o', 'ta2o5']
const NAMES = ['gold', 'silver', 'copper', 'zinc', 'nickel', 'lead', 'molybdenum', 'cobalt', 'platinum']
const NAMES_MORE = ['palladium', 'tin', 'tungsten', 'antimony', 'uranium', 'metal']

/** French names of the metals ("équivalent or", "cuivre équivalent"). */
const NAMES_FR = [
  'or',
  'argent',
  'cuivre',
  'zinc',
  'nickel',
  'plomb',
  'molybd[èe]ne',
  'cobalt',
  'platine',
  'palladium',
  '[ée]tain',
  'tungst[èe]ne',
  'antimoine',
  'uranium',
  'm[ée]tal',
  'm[ée]taux'
]

/**
 * An equivalent: "AuEq", "Au Eq", "Au-Eq", "AuEquiv", "gold equivalent", "gold-equivalent" (not lithium
 * carbonate equivalent: a chemical conversion of one metal).
 */
const EQUIVALENT_SYMBOL = String.raw`(?:${[...SYMBOLS, ...SYMBOLS_MORE].join('|')}) ?[-_]? ?eq(?:uiv(?:alent)?)?(?![a-z])`
const EQUIVALENT_NAME = String.raw`(?:${[...NAMES, ...NAMES_MORE].join('|')})[- ]equivalent\b`
const EQUIVALENT = String.raw`\b(?:${EQUIVALENT_SYMBOL}|${EQUIVALENT_NAME})`
/** French: "ÉqAu", "éq. Au", "Au éq.", "AuÉq", "équivalent or", "équivalent-cuivre", "or équivalent". */
const METAL = `(?:${[...SYMBOLS, ...SYMBOLS_MORE].join('|')})`
const EQUIVALENT_FR =
  String.raw`(?<![${LETTER}])(?:[ée]q\.? ?[-_]? ?${METAL}(?![${LETTER}\d])|${METAL} ?[-_]? ?[ée]q(?:uiv)?\.?(?![${LETTER}])|` +
  String.raw`[ée]quivalent[- ](?:en )?(?:${NAMES_FR.join('|')})(?![${LETTER}])|` +
  String.raw`(?:${NAMES_FR.join('|')})[- ][ée]quivalent(?![${LETTER}]))`
const FIGURE = String.raw`(?<![\d.,])\d[\d,]{0,12}(?:\.\d{1,6})?`
/** Units of a grade (an equivalent quantity, "6 Moz AgEq" produced, is not a grade). */
const UNIT =
  String.raw`(?:g\/t|gpt|g\/tonne|(?:kilo)?grams? per (?:metric )?tonne|oz\/t|opt|ounces? per ton(?:ne)?|ppm|ppb|%|percent|` +
  String.raw`lbs?\/t|kg\/t)`
const UNIT_FR = String.raw`(?:${UNIT.slice(3, -1)}|grammes? (?:par|la) tonne|pour cent|g\/tm?)`

/** An equivalent's symbol or name ("AuEq", "gold-equivalent"), bounded before as `EQUIVALENT` is. */
const EQUIVALENT_TERM = String.raw`(?:${EQUIVALENT_SYMBOL}|${EQUIVALENT_NAME})`
/**
 * An equivalent grade: "0.72 g/t AuEq", "1.09% CuEq", "396.66 g/t AuEq", "1.2 g/t gold equivalent"; the equivalent in
 * parentheses after the unit ("2.11 g/t (AuEq)"), or named before its figure, as a highlight or a table's prose
 * gives it ("AuEq 2.11 g/t", "a gold-equivalent grade of 1.09 g/t", "CuEq grades of 0.9%", "ZnEq: 9.8%").
 */
const EQUIVALENT_FIGURE = pattern(
  String.raw`${FIGURE} ?${UNIT} ?(?:of )?(?:total )?(?:${EQUIVALENT_TERM}|\(${EQUIVALENT_TERM}\))|` +
    String.raw`\b${EQUIVALENT_TERM}(?: (?:average )?grades?)?(?: of| at| averaging|:)? ?${FIGURE} ?${UNIT}(?![a-z])` +
    // Not a percent that is the equivalent's recovery or a metal's share of it ("AgEq at 100% recovery", "CuEq: 65%
    // from copper").
    String.raw`(?! ?(?:\(?(?:metallurgical |metal )?recover|payab|of (?:the|its)\b|from\b|contribut))`,
  'g'
)
/** The same, for `replace` only (`matchAll` and `replace` on one global pattern would share its `lastIndex`). */
const EQUIVALENT_FIGURE_ANY = pattern(EQUIVALENT_FIGURE.source, 'g')
/** French: "7,4 g/t ÉqAu", "4,9 % ÉqCu", "0,72 g/t Au éq.", "1,1 g/t en équivalent or", "1,1 g/t d'équivalent or". */
const EQUIVALENT_FIGURE_FR = pattern(
  String.raw`${EQUIVALENT_FIGURE.source}|${FIGURE} ?${UNIT_FR} ?(?:en |d['’]|de )?${EQUIVALENT_FR}|` +
    // Named before its figure: « une teneur en équivalent or de 6,4 g/t », « ÉqAu 2,1 g/t » (not its recovery: « ÉqAu
    // à 100 % de récupération »).
    String.raw`${EQUIVALENT_FR}(?: de| à|:)? ?${FIGURE} ?${UNIT_FR}(?![${LETTER}])(?! ?(?:de |d['’])?r[ée]cup[ée]r)`,
  'g'
)
const EQUIVALENT_FIGURE_FR_ANY = pattern(EQUIVALENT_FIGURE_FR.source, 'g')
/** An equivalent named: where its prices and recoveries are stated. */
const EQUIVALENT_WORD = pattern(EQUIVALENT + String.raw`|\bequivalen(?:t|cy)\b`)
const EQUIVALENT_WORD_FR = pattern(
  `${EQUIVALENT_WORD.source}|${EQUIVALENT_FR}|${frenchWords([String.raw`[ée]quivalen(?:t|ts|ce)`])}`
)
/** A uranium equivalent, and the words of a radiometric reading (a gamma probe, a scintillometer, "eU3O8"). */
const URANIUM = /u3o8|uranium/
const RADIOMETRIC = pattern(
  String.raw`\beu3o8\b|\bgamma\b|\bprobes?\b|\bradiometric|\bscintillomet|\bspectromet|\bcps\b|\bcounts per second\b`
)
/** Metals by name or symbol, as a ratio of their prices names them ("silver:gold", "Ag/Au"). */
const RATIO_METAL = 'gold|silver|copper|zinc|lead|nickel|au|ag|cu|zn|pb|ni'
/**
 * Metal prices: "US$2,000/oz", "$4.00 per pound", "metal prices", "a price of", or the ratio of the metals' prices
 * the equivalent uses ("an 80:1 silver:gold ratio", "a silver to gold ratio of 80 to 1": the prices it rests on).
 */
const PRICES = pattern(
  String.raw`\bprices?\b|\$ ?\d[\d,.]{0,12} ?(?:\/|per) ?(?:troy )?(?:oz|ounces?|lbs?|pounds?|t|tonnes?|g|grams?|kg|dmtu|mtu)\b|` +
    // The unit with an article ("gold at US$2,400 an ounce", "US$4.20 a pound").
    String.raw`\$ ?\d[\d,.]{0,12} an? (?:troy )?(?:ounce|pound|tonne|ton|gram|kilogram)\b|` +
    String.raw`\b(?:${RATIO_METAL})(?: ?[:/-] ?| to )(?:${RATIO_METAL}) ratio\b`
)
/** Every match of `PRICES`, in turn (`statesPrices`). */
const PRICES_ALL = pattern(PRICES.source, 'g')
/**
 * What makes a money figure per unit something other than a metal price, as the nearest such word before it: a cost,
 * a charge or a cut-off value ("an NSR cut-off of US$11.40 per tonne", "mining costs of US$2.80 per tonne (pit) and
 * US$68 per tonne (underground)"); "price" is the word that makes it one.
 */
const COST_WORDS = pattern(String.raw`\b(?:costs?|cut-?offs?|nsr|net smelter returns?|opex|charges?|prices?)\b`, 'g')
const MONEY_PER_UNIT = pattern(String.raw`^\$`)
/** A parenthesis between figures of a list ("US$2.80 per tonne (pit) and US$68 per tonne (underground)"). */
const ASIDE = pattern(String.raw`\([^()]{0,40}\)`, 'g')
/** The words that join a cost or a cut-off to its money figures, and those figures to each other. */
const JOINING = new Set(
  'of at is was were approximately about us c a cdn aud and or per value values grade an the average averaging'.split(
    ' '
  )
)

/**
 * Whether `text` states the metal prices: a match of `PRICES` other than a money figure per unit that is a cost or a
 * cut-off value, its nearest word of cost or cut-off before it (within 80 characters) joined to it by nothing but
 * `JOINING` words and other such figures. The prices behind an equivalent are metal prices; a cost per tonne, or an
 * NSR cut-off in dollars per tonne, beside it is not one ("… cut-off of US$25/t, using US$4.00/lb Cu" states one).
 */
function statesPrices(text: string): boolean {
  for (const match of text.matchAll(PRICES_ALL)) {
    if (!MONEY_PER_UNIT.test(match[0])) return true
    const before = text.slice(Math.max(0, match.index - 80), match.index)
    let last: RegExpExecArray | undefined
    for (const word of before.matchAll(COST_WORDS)) last = word
    if (!last || last[0].startsWith('price')) return true
    const between = before
      .slice(last.index + last[0].length)
      .replace(PRICES_ALL, ' ')
      .replace(ASIDE, ' ')
    if (!between.split(/[^a-z0-9]+/).every((word) => word === '' || JOINING.has(word))) return true
  }
  return false
}

/** Recoveries: "recoveries of 95%", "100% recovery is assumed", "no recovery factors were applied". */
const RECOVERIES = /\brecover(?:y|ies|ed|able)\b|\bmetallurgical (?:factors?|testwork|test work)\b/
/**
 * That the metals of an equivalent can be recovered and sold, the statement CIM's guidance asks beside an equivalent
 * ("all elements included in the metal equivalent calculation have a reasonable potential to be recovered and sold",
 * "are considered recoverable and saleable", « ont un potentiel raisonnable d'être récupérés et vendus »): it says the
 * metals are recoverable, not which recoveries the calculation used, so its word "recovered" states none.
 */
const RECOVERABILITY = pattern(
  String.raw`\brecover(?:ed|able) and (?:sold|marketed|saleable|marketable|payable|sellable)\b` +
    String.raw`|\bpotential (?:to be|of being|for being) recovered\b` +
    String.raw`|(?<![${LETTER}])r[ée]cup[ée]r(?:[ée]e?s?|ables?) et (?:vendu|vendable|commercialis)`,
  'g'
)
/** French prices: « prix de l'or de 2 000 $ US l'once », « 4,20 $ US la livre », « 30 $/oz ». */
const PRICES_FR = pattern(
  `${PRICES.source}|${frenchWords(['prix', 'cours des m[ée]taux'])}|` +
    String.raw`\d ?\$ ?(?:us|ca|can|cad|usd)? ?(?:\/|par |l['’]|la |le )(?:once|oz|livre|lb|tonne|t|gramme|g)(?![${LETTER}])`
)
/** French recoveries: « taux de récupération de 90 % », « récupération de 100 % », « aucun facteur métallurgique ». */
const RECOVERIES_FR = pattern(
  `${RECOVERIES.source}|` +
    frenchWords([
      String.raw`r[ée]cup[ée]r(?:ation|ations|[ée]e?s?|ables?)`,
      String.raw`(?:facteurs?|essais|rendements?) (?:de )?m[ée]tallurgi(?:e|ques?)`
    ])
)

/** The patterns of one language: English, or French with English (a French draft keeps "AuEq"). */
function patternsOf(language: 'en' | 'fr') {
  return language === 'fr'
    ? {
        figure: EQUIVALENT_FIGURE_FR,
        any: EQUIVALENT_FIGURE_FR_ANY,
        word: EQUIVALENT_WORD_FR,
        prices: PRICES_FR,
        recoveries: RECOVERIES_FR
      }
    : {
        figure: EQUIVALENT_FIGURE,
        any: EQUIVALENT_FIGURE_ANY,
        word: EQUIVALENT_WORD,
        prices: PRICES,
        recoveries: RECOVERIES
      }
}

export interface EquivalentFigure extends Span {
  /** The figure as matched (normalized). */
  words: string
  sentence: Sentence
  /**
   * Whether the grade of a metal it is made of is given with it (its sentence or paragraph, the same figure
   * elsewhere, an assay table's row).
   */
  components: boolean
  /** Without them: where else the release gives the metals of its equivalents, or the table nearest it. */
  support?: EquivalentSupport
  /** A table's row whose column of equivalent grades has no column of its metals beside it (quoted whole). */
  tabled?: boolean
}

/**
 * Where else a release gives, or points to, the grades of the metals in its equivalents: another equivalent
 * given with its metals, or a table (one in the draft with an equivalent column, one referred to: "see Table 2",
 * "the table below", « tableau 1 »; or one lost in the copy: "[TABLE NOT IN TEXT]").
 */
export type EquivalentSupport = {kind: 'figure'; figure: EquivalentFigure} | ({kind: 'table'} & Span)

export interface Equivalents {
  /** Every equivalent figure, in order. */
  figures: EquivalentFigure[]
  /** The statement of the metal prices used, in a paragraph that names the equivalent. */
  prices: {sentence: Sentence} | undefined
  /** The statement of the recoveries used (or that none are applied). */
  recoveries: {sentence: Sentence} | undefined
}

/** A table referred to or lost in the copy: "see Table 2", "the table below", "[TABLE NOT IN TEXT]", « tableau 1 ». */
const TABLE_POINTER = pattern(
  [
    String.raw`\btables? \d{1,2}[a-z]?\b|\btables? (?:below|above)\b`,
    String.raw`\b(?:following|accompanying|attached|appended) tables?\b|\[ ?tables?\b`,
    String.raw`\btableaux? (?:\d{1,2}\b|ci-(?:dessous|dessus|joints?)\b)|\[ ?tableaux?\b`
  ].join('|')
)

/** A pointer to a table by where it is ("the table below", "the following table"), not by its number. */
const TABLE_HERE = pattern(
  String.raw`\b(?:below|above|following|accompanying|attached|appended)\b|ci-(?:dessous|dessus|joint)`
)

/**
 * Whether a pointer to a table may point to grades: a table referred to by its place ("the table below", "the
 * following table") is the draft's nearest table that way, when it holds one; a table of collars or locations (no
 * column of a grade nor of an equivalent) gives no metals. A table by its number ("Table 2"), or none read, may.
 */
function pointsToGrades(pointer: string, block: Block, tables: readonly Table[]): boolean {
  if (!TABLE_HERE.test(pointer)) return true
  const above = /above|dessus/.test(pointer)
  const at = block.index
  const candidates = tables.filter(({rows}) => (above ? rows[0].block.index < at : rows[0].block.index > at))
  const table = above ? candidates.at(-1) : candidates[0]
  return !table || table.header.some((cell) => METAL_COLUMN.test(cell) || EQUIVALENT_COLUMN.test(cell))
}

/**
 * An equivalent's formula, its metals' units in parentheses as a table's header gives them ("CuEq (%) = Cu (%) + 0.64
 * x Au (g/t)", "AgEq (g/t) = Ag (g/t) + …", « AuEq (g/t) = Au (g/t) + … »): a note, not a table of grades.
 */
const FORMULA = pattern(String.raw`(?:eq|equivalent)\)?\s?(?:\((?:g\/t|%|ppm|oz\/t|gpt)\)\s?)?=`)
/** A paragraph that states an equivalent's formula and holds no table (no cells: pipes or tabs). */
function formulaOnly(block: Block): boolean {
  const raw = block.raw.text
  return FORMULA.test(block.norm.text) && !raw.includes('|') && !raw.includes('\t')
}

/** What joins the cut-offs of a list: "for oxide resources and", ", ", « pour l'oxyde et ». */
const CUT_OFF_LIST = /^[^.;\d]{0,50}(?:\band|\bor|,|\bet|\bou)\s?(?:an? |of |de )?$/
/** A cut-off ("a 90 g/t AgEq cut-off", "cut-off grade of 0.3% CuEq", « teneur de coupure de 0,5 g/t ÉqAu »). */
const CUT_OFF = /\bcut-? ?off\b|\bcutoff\b|\bcog\b|\bteneurs? (?:de coupure|limite)\b/

/**
 * Recoveries written as percents of their metals, a list after the word ("recoveries of 85% Ni and 90% Cu") or before
 * it ("88% Zn and 80% Pb recovery"): the basis of an equivalent, not the grades of its metals. Lists are bounded
 * (linear on a long run of percents).
 */
const PERCENT_OF = String.raw`\d[\d.,]{0,8} ?% ?[a-z][a-z\d]{0,5}`
const RECOVERY_LIST = pattern(
  String.raw`\brecover(?:y|ies)(?: (?:rates?|factors?))?(?: (?:of|at|are|were|assumed|used))?:?` +
    String.raw`(?:,? (?:and |or )?${PERCENT_OF}\b){1,12}` +
    String.raw`|${PERCENT_OF}\b(?:,? (?:and |or )?${PERCENT_OF}\b){0,12} (?:metallurgical )?recover(?:y|ies)\b`,
  'g'
)

/** Whether `text` holds a grade of a metal that is not an equivalent. */
/**
 * A threshold, no sample's grade: "eleven samples returned more than 5 g/t gold", "assays above 1% Cu", ">0.5 g/t Au".
 * It tells what the equivalent's metals were not below, not their grades.
 */
const THRESHOLD_GRADE = pattern(
  String.raw`(?:\b(?:more than|greater than|over|above|exceeding|in excess of|at least)\s?|[>≥]\s?)` +
    String.raw`\d[\d,]{0,12}(?:\.\d{1,4})?\s?(?:g\/t|gpt|ppm|ppb|oz\/t|%)`,
  'g'
)

function hasComponent(text: string, any: RegExp): boolean {
  const without = text.replace(any, ' ').replace(RECOVERY_LIST, ' ').replace(THRESHOLD_GRADE, ' ')
  return GRADE_SIGNALS[0].test(without) || GRADE_SIGNALS[1].test(without)
}

/** A column of equivalent grades: "ZnEq (%)", "AuEq (g/t)", "Gold Equivalent (g/t)", « ÉqAu (g/t) ». */
const EQUIVALENT_COLUMN = pattern(String.raw`${EQUIVALENT}|${EQUIVALENT_FR}`)
/** A column of a metal's grade: "Zn (%)", "Au (g/t)", "Grade (g/t Au)", "Cu %", « Or (g/t) », "Li2O (%)". */
const METAL_NAMED = [...SYMBOLS, ...SYMBOLS_MORE, ...NAMES, ...NAMES_MORE, ...NAMES_FR].join('|')
const METAL_COLUMN = pattern(
  String.raw`(?<![a-z])(?:${METAL_NAMED})(?![a-z\d])[^|]{0,20}(?:${UNIT_FR})|` +
    String.raw`(?:${UNIT_FR})[^|]{0,6}(?<![a-z])(?:${[...SYMBOLS, ...SYMBOLS_MORE].join('|')})(?![a-z\d])|\bgrade\b`
)

/** A table's column of equivalent grades, and whether a column gives a metal's grade beside it; undefined if none. */
function equivalentColumn(header: readonly string[]): {column: number; metals: boolean} | undefined {
  const column = header.findIndex((cell) => EQUIVALENT_COLUMN.test(cell))
  if (column < 0) return undefined
  const metals = header.some((cell, i) => i !== column && !EQUIVALENT_COLUMN.test(cell) && METAL_COLUMN.test(cell))
  return {column, metals}
}

/** The column of equivalent grades of a table's header when no column gives a metal's grade, else -1. */
function aloneColumn(header: readonly string[]): number {
  const found = equivalentColumn(header)
  return found && !found.metals ? found.column : -1
}

/**
 * The equivalent grades a table states in a column of its own: the first row with a figure in that column, as the
 * row is written. Where no column gives a metal's grade (a resource "expressed in terms of equivalents only", an
 * assay table with only "AuEq (g/t)"), without its metals (`tabled`); a table with a column per metal gives them,
 * and its equivalents, as a sentence's, owe their prices and recoveries.
 */
function tabledFigures(tables: readonly Table[]): EquivalentFigure[] {
  const figures: EquivalentFigure[] = []
  for (const {rows, header} of tables) {
    const found = equivalentColumn(header)
    if (!found) continue
    const {column, metals} = found
    const row = rows.slice(1).find((r) => /^\d[\d,]*(?:[.,]\d+)?$/.test(r.cells[column] ?? ''))
    if (!row) continue
    const sentence = row.block.sentences.find((s) => s.end > row.start) ?? row.block.sentences.at(-1)
    if (!sentence) continue
    const words = row.cells[column]
    figures.push({
      start: row.start,
      end: row.end,
      words,
      sentence,
      components: metals,
      ...(metals ? {} : {tabled: true})
    })
  }
  return figures
}

/** The equivalents a release states; undefined when it states no equivalent figure. */
/** The symbol of an equivalent's metal however it is written ("AuEq", "Au-Eq", "gold equivalent", « équivalent or »). */
const METAL_SYMBOL: Record<string, string> = {
  gold: 'au',
  silver: 'ag',
  copper: 'cu',
  zinc: 'zn',
  nickel: 'ni',
  lead: 'pb',
  molybdenum: 'mo',
  platinum: 'pt',
  palladium: 'pd',
  or: 'au',
  argent: 'ag',
  cuivre: 'cu',
  plomb: 'pb'
}
// The metal named before "equivalent" with a space or a hyphen, as EQUIVALENT_NAME reads it ("gold-equivalent"); a
// symbol before "Eq" is one of the metals' (not the French preposition of « 6,4 g/t en équivalent or »).
const EQUIVALENT_METAL = pattern(
  String.raw`\b(${METAL})[ -]?[ée]q|[ée]q\.? ?([a-z]{2})\b|\b([a-z]+)[- ]equivalent|[ée]quivalent (?:en )?(?:d')?([a-z]+)`
)

/** The figure of an equivalent grade, not a digit of its symbol ("U3O8eq 0.8%", "Li2O Eq 1.4%", "3PGE"). */
const VALUE = pattern(String.raw`(?<![a-z\d.,])\d[\d,]*(?:[.,]\d+)?(?!\d|pge)`, 'i')
const ANY_VALUE = pattern(String.raw`\d[\d,]*(?:[.,]\d+)?`)

/** The figure of an equivalent grade as written (any figure where a symbol runs into it: "CuEq0.9%"). */
function valueOf(words: string): string {
  return (VALUE.exec(words) ?? ANY_VALUE.exec(words))?.[0] ?? words
}

/**
 * One equivalent grade however it is written: its figure, unit and metal ("1.2 g/t AuEq" in a headline and "1.2 g/t
 * gold equivalent" in the body are one grade), so a figure given with its metals in one place has them in the other.
 */
function equivalentKey(words: string): string {
  const text = words.toLowerCase()
  const value = valueOf(text)
  const unit = /g\/t|gpt|ppm|oz\/t|%/.exec(text)?.[0] ?? ''
  const metal = EQUIVALENT_METAL.exec(text)
  const name = metal ? (metal[1] ?? metal[2] ?? metal[3] ?? metal[4]) : ''
  return `${value} ${unit} ${METAL_SYMBOL[name] ?? name}`
}

/** A lead-in to the notes under it: "Notes:", "Notes to Table 1:", « Notes : » (a short line ending with a colon). */
const LEAD_IN = pattern(String.raw`^[^.:;]{1,60}:$`)
/** How many items of a list of notes are read, at most. */
const NOTE_ITEMS = 16

/**
 * The note after a paragraph or a table that names an equivalent: the next paragraph, or, under a lead-in ("Notes:"),
 * the one after it; a list of notes ("1. Metal prices: …", "2. Recoveries: …") whole.
 */
function notesAfter(block: Block, blocks: readonly Block[]): Block[] {
  let next: Block | undefined = blocks[block.index + 1]
  if (!next) return []
  const notes = [next]
  if (next.kind === 'paragraph' && LEAD_IN.test(next.norm.text.trim()) && blocks[next.index + 1]) {
    next = blocks[next.index + 1]
    notes.push(next)
  }
  const {list} = next
  if (list === undefined || list === block.list) return notes
  for (let i = next.index + 1; i < blocks.length && notes.length < NOTE_ITEMS && blocks[i].list === list; i++) {
    notes.push(blocks[i])
  }
  return notes
}

/**
 * The equivalent grades the release states as its own, with their prices and recoveries. `elsewhere` gives the
 * sentences that state another owner's estimate (estimates.ts), read only where a sentence names an equivalent: an
 * adjacent deposit's "21.5 Mt at 1.8% CuEq", cited for context, is that owner's disclosure, not the issuer's.
 */
export function findEquivalents(
  own: Sentence[],
  blocks: Block[],
  language: Languages,
  tablesRead: readonly Table[] = [],
  elsewhere: () => ReadonlySet<Sentence> = () => new Set()
): Equivalents | undefined {
  const figures: EquivalentFigure[] = []
  const cutOffs = new Set<EquivalentFigure>()
  let others: ReadonlySet<Sentence> | undefined
  for (const sentence of own) {
    const text = sentence.norm.text
    // A prefilter: no "eq" in the sentence, no equivalent in it.
    if (!text.includes('eq') && !text.includes('éq')) continue
    if ((others ??= elsewhere()).has(sentence)) continue
    const {figure, any} = patternsOf(language.of(sentence.block))
    let components: boolean | undefined
    // Where the last cut-off of the sentence ends: a list of cut-offs goes on ("a cut-off of 0.15 g/t AuEq for oxide
    // and 0.60 g/t AuEq for sulphide material").
    let cutOffEnd = -1
    for (const match of text.matchAll(figure)) {
      // Uranium read by its gamma radiation ("0.8% U3O8 equivalent (eU3O8)" from a downhole probe): one element
      // estimated, not metals combined by their prices.
      if (URANIUM.test(match[0]) && (RADIOMETRIC.test(text) || RADIOMETRIC.test(sentence.block.norm.text))) continue
      components ??= hasComponent(text, any) || hasComponent(sentence.block.norm.text, any)
      const at = match.index!
      const end = at + match[0].length
      figures.push({
        ...spanOf(sentence.norm, at, end),
        words: match[0],
        sentence,
        components
      })
      // A cut-off in equivalent terms is a parameter of the estimate, not a grade of metals to break down (nor
      // does it give the metals of another equivalent).
      const listed = cutOffEnd >= 0 && at - cutOffEnd <= 60 && CUT_OFF_LIST.test(text.slice(cutOffEnd, at))
      const named =
        CUT_OFF.test(text.slice(Math.max(0, at - 30), end + 12)) || namedParameter(text, end) || comparedWith(text, at)
      if (listed || named) {
        cutOffs.add(figures.at(-1)!)
        cutOffEnd = end
      }
    }
  }
  // Equivalent grades a table gives in a column (with or without a column of its metals).
  figures.push(...tabledFigures(tablesRead))
  figures.sort((a, b) => a.start - b.start)
  if (figures.length === 0) return undefined
  // The same figure given with its metals elsewhere (a highlight repeated in the body, a row of an assay table
  // with a column per metal) has its components.
  const given = new Set(figures.filter((figure) => figure.components).map((figure) => equivalentKey(figure.words)))
  // A table of equivalent grades alone ("| Hole | … | ZnEq (%) |") gives no metals: neither for the same figure in a
  // headline nor for another equivalent.
  const alone = new Set(tablesRead.filter(({header}) => aloneColumn(header) >= 0).map(({rows}) => rows[0].block))
  const tables = blocks.filter(
    (block) =>
      !alone.has(block) &&
      GRADE_SIGNALS[2].test(block.norm.text) &&
      patternsOf(language.of(block)).word.test(block.norm.text) &&
      !formulaOnly(block)
  )
  for (const figure of figures) {
    if (figure.components || cutOffs.has(figure) || figure.tabled) continue
    const value = /\d[\d,]*(?:\.\d+)?/.exec(valueOf(figure.words))?.[0] ?? ''
    if (!value) continue
    figure.components =
      given.has(equivalentKey(figure.words)) ||
      tables.some((table) =>
        new RegExp(String.raw`(?<![\d.,])${value.replace(/[.]/g, '\\.')}(?![\d])`).test(table.norm.text)
      )
  }

  // Where else the metals are given or pointed to, for each figure without them: an equivalent given with them
  // (the first), else the table nearest after the figure, or before it (one in the draft, one referred to, one lost
  // in the copy).
  // A cut-off gives no metals for another equivalent (its paragraph's "recoveries of 92% Zn" are no grades).
  const withMetals = figures.find((figure) => figure.components && !cutOffs.has(figure))
  const pointers: Array<Span & {block: Block}> = []
  if (!withMetals) {
    for (const block of blocks) {
      const match = tables.includes(block) ? undefined : TABLE_POINTER.exec(block.norm.text)
      // "The collar table below": a table of the draft's, read, that holds no grade.
      if (match && !pointsToGrades(match[0], block, tablesRead)) continue
      const [at, end] = match ? [match.index, match.index + match[0].length] : [0, Math.min(block.norm.text.length, 40)]
      if (match || tables.includes(block)) pointers.push({block, ...spanOf(block.norm, at, end)})
    }
  }
  for (const figure of cutOffs) figure.components = true
  for (const figure of figures) {
    if (figure.components) continue
    const at = figure.sentence.block.index
    const distance = (block: Block) => (block.index >= at ? block.index - at : blocks.length + at - block.index)
    const nearest = pointers.reduce<(typeof pointers)[number] | undefined>(
      (best, pointer) => (best && distance(best.block) <= distance(pointer.block) ? best : pointer),
      undefined
    )
    // A table's own equivalents are not given their metals by the table, nor by one that points to it.
    figure.support = withMetals
      ? {kind: 'figure', figure: withMetals}
      : figure.tabled
        ? undefined
        : nearest && {kind: 'table', start: nearest.start, end: nearest.end}
  }

  // Prices and recoveries: in the paragraphs that name an equivalent, and the note after each.
  const notes = new Set<Block>()
  for (const block of blocks) {
    if (!patternsOf(language.of(block)).word.test(block.norm.text)) continue
    notes.add(block)
    for (const note of notesAfter(block, blocks)) notes.add(note)
  }
  const sentences = [...notes].sort((a, b) => a.index - b.index).flatMap((block) => block.sentences)
  const prices = sentences.find((sentence) =>
    language.of(sentence.block) === 'fr' ? PRICES_FR.test(sentence.norm.text) : statesPrices(sentence.norm.text)
  )
  const recoveries = sentences.find((sentence) =>
    patternsOf(language.of(sentence.block)).recoveries.test(
      sentence.norm.text.includes('recover') || sentence.norm.text.includes('cup')
        ? sentence.norm.text.replace(RECOVERABILITY, ' ')
        : sentence.norm.text
    )
  )
  return {
    figures,
    prices: prices && {sentence: prices},
    recoveries: recoveries && {sentence: recoveries}
  }
}
