/**
 * Metal equivalents (NI 43-101 s.2.3(1) and market practice): each equivalent
 * grade the release states ("0.72 g/t AuEq", "1.09% CuEq", "1.2 g/t gold
 * equivalent"), whether the grades of its metals are given with it, and the
 * statements of the metal prices and recoveries used to calculate it. Copy
 * artefacts fall out of the patterns ("0.72g/tAuEq", "Au Eq", "Au-eq",
 * "AuEquiv").
 */
import type {Block, Sentence} from './document.js'
import {spanOf, type Span} from './text.js'
import {GRADE_SIGNALS} from './topics.js'

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

/**
 * An equivalent: "AuEq", "Au Eq", "Au-Eq", "AuEquiv", "gold equivalent", "gold-equivalent" (not lithium
 * carbonate equivalent: a chemical conversion of one metal).
 */
const EQUIVALENT_SYMBOL = String.raw`(?:${[...SYMBOLS, ...SYMBOLS_MORE].join('|')}) ?[-_]? ?eq(?:uiv(?:alent)?)?(?![a-z])`
const EQUIVALENT_NAME = String.raw`(?:${[...NAMES, ...NAMES_MORE].join('|')})[- ]equivalent\b`
const EQUIVALENT = String.raw`\b(?:${EQUIVALENT_SYMBOL}|${EQUIVALENT_NAME})`
const FIGURE = String.raw`(?<![\d.,])\d[\d,]{0,12}(?:\.\d{1,6})?`
/** Units of a grade (an equivalent quantity, "6 Moz AgEq" produced, is not a grade). */
const UNIT = String.raw`(?:g\/t|gpt|g\/tonne|grams? per tonne|oz\/t|opt|ounces? per ton(?:ne)?|ppm|ppb|%|percent|lbs?\/t|kg\/t)`

/** An equivalent grade: "0.72 g/t AuEq", "1.09% CuEq", "396.66 g/t AuEq", "1.2 g/t gold equivalent". */
const EQUIVALENT_FIGURE = new RegExp(
  String.raw`${FIGURE} ?${UNIT} ?(?:of )?(?:${EQUIVALENT_SYMBOL}|${EQUIVALENT_NAME})`,
  'g'
)
/** The same, for `replace` only (`matchAll` and `replace` on one global pattern would share its `lastIndex`). */
const EQUIVALENT_FIGURE_ANY = new RegExp(EQUIVALENT_FIGURE.source, 'g')
/** An equivalent named: where its prices and recoveries are stated. */
const EQUIVALENT_WORD = new RegExp(EQUIVALENT + String.raw`|\bequivalen(?:t|cy)\b`)
/** Metal prices: "US$2,000/oz", "$4.00 per pound", "metal prices", "a price of". */
const PRICES =
  /\bprices?\b|\$ ?\d[\d,.]{0,12} ?(?:\/|per) ?(?:troy )?(?:oz|ounces?|lbs?|pounds?|t|tonnes?|g|grams?|kg|dmtu|mtu)\b/
/** Recoveries: "recoveries of 95%", "100% recovery is assumed", "no recovery factors were applied". */
const RECOVERIES = /\brecover(?:y|ies|ed|able)\b|\bmetallurgical (?:factors?|testwork|test work)\b/

export interface EquivalentFigure extends Span {
  /** The figure as matched (normalized). */
  words: string
  sentence: Sentence
  /**
   * Whether the grade of a metal it is made of is given with it (its sentence or paragraph, the same figure
   * elsewhere, an assay table's row).
   */
  components: boolean
}

export interface Equivalents {
  /** Every equivalent figure, in order. */
  figures: EquivalentFigure[]
  /** The statement of the metal prices used, in a paragraph that names the equivalent. */
  prices: {sentence: Sentence} | undefined
  /** The statement of the recoveries used (or that none are applied). */
  recoveries: {sentence: Sentence} | undefined
}

/** Whether `text` holds a grade of a metal that is not an equivalent. */
function hasComponent(text: string): boolean {
  const without = text.replace(EQUIVALENT_FIGURE_ANY, ' ')
  return GRADE_SIGNALS[0].test(without) || GRADE_SIGNALS[1].test(without)
}

/** The equivalents a release states; undefined when it states no equivalent figure. */
export function findEquivalents(own: Sentence[], blocks: Block[]): Equivalents | undefined {
  const figures: EquivalentFigure[] = []
  for (const sentence of own) {
    const text = sentence.norm.text
    // A prefilter: no "eq" in the sentence, no equivalent in it.
    if (!text.includes('eq')) continue
    let components: boolean | undefined
    for (const match of text.matchAll(EQUIVALENT_FIGURE)) {
      components ??= hasComponent(text) || hasComponent(sentence.block.norm.text)
      figures.push({
        ...spanOf(sentence.norm, match.index!, match.index! + match[0].length),
        words: match[0],
        sentence,
        components
      })
    }
  }
  if (figures.length === 0) return undefined
  // The same figure given with its metals elsewhere (a highlight repeated in the body, a row of an assay table
  // with a column per metal) has its components.
  const given = new Set(figures.filter((figure) => figure.components).map((figure) => figure.words.replace(/\s/g, '')))
  const tables = blocks.filter(
    (block) => GRADE_SIGNALS[2].test(block.norm.text) && EQUIVALENT_WORD.test(block.norm.text)
  )
  for (const figure of figures) {
    if (figure.components) continue
    const value = /\d[\d,]*(?:\.\d+)?/.exec(figure.words)![0]
    figure.components =
      given.has(figure.words.replace(/\s/g, '')) ||
      tables.some((table) =>
        new RegExp(String.raw`(?<![\d.,])${value.replace(/[.]/g, '\\.')}(?![\d])`).test(table.norm.text)
      )
  }

  // Prices and recoveries: in the paragraphs that name an equivalent, and the paragraph after each (a note).
  const notes = new Set<Block>()
  for (const block of blocks) {
    if (!EQUIVALENT_WORD.test(block.norm.text)) continue
    notes.add(block)
    const next = blocks[block.index + 1]
    if (next) notes.add(next)
  }
  const sentences = [...notes].sort((a, b) => a.index - b.index).flatMap((block) => block.sentences)
  const prices = sentences.find((sentence) => PRICES.test(sentence.norm.text))
  const recoveries = sentences.find((sentence) => RECOVERIES.test(sentence.norm.text))
  return {
    figures,
    prices: prices && {sentence: prices},
    recoveries: recoveries && {sentence: recoveries}
  }
}
