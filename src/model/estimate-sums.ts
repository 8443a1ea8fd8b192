/**
 * Inferred resources added to the other categories by arithmetic (NI 43-101 s.2.2(c)): a paragraph that states each
 * category's quantity and then a "total" that is their sum ("Indicated … 502,000 ounces and Inferred … 299,000
 * ounces, for a total resource of 801,000 ounces"), whatever words frame the total. The figures decide: a total of
 * Measured and Indicated alone ("for 300,000 ounces Measured and Indicated; Inferred 50,000 ounces") is not the sum
 * of every figure of its unit, and passes.
 */
import {type Block, type Found, findAll} from './document.js'
import {Decimal, DIGITS_SPACED, type NumberLanguage, parseDigits, type Parsed} from './numbers.js'
import type {Row, Table} from './tables.js'
import {frenchWords} from './french.js'
import {pattern} from './pattern.js'

/**
 * A quantity of tonnes, ounces or pounds, with its scale ("14.2 million tonnes", "1.2 Moz", "502,000 oz"; thousands
 * set off by spaces: "502 000 oz").
 */
const QUANTITY = pattern(
  String.raw`(?<![\d.,])(\d{1,3}(?:,\d{3}){1,4}(?:\.\d+)?|${DIGITS_SPACED}|\d+(?:\.\d+)?)(?: ?(million|thousand|billion|m|k)\b)? ?` +
    String.raw`(tonnes|tons|t|mt|kt|ounces|oz|koz|moz|pounds|lbs?|mlbs?)\b`,
  'g'
)
/**
 * A quantity as French writes it ("27,9 millions de tonnes", "883 000 onces", "47,3 Mlb"): thousands set off by a
 * space, a decimal comma. Read beside `QUANTITY`, where that finds nothing at the same place.
 */
const QUANTITY_FR = pattern(
  String.raw`(?<![\d.,])(\d{1,3}(?: \d{3}){1,4}(?:,\d+)?|\d+,\d+|\d+)(?: (millions?|milliers?|milliards?) d(?:e |'))? ?` +
    String.raw`(tonnes|t|mt|kt|onces|oz|koz|moz|livres|lbs?|mlbs?)\b`,
  'g'
)
/** What a total is called before its figure, within its clause. */
const TOTAL = /\b(?:total(?:s|led|ling|ed|ing)?|combined|aggregate|altogether|in all|overall)\b[^.;\d]{0,40}$/
/** A figure's grade written after it ("54.3 Mt @ 1.30% Li2O", "12 Mt grading 1.1 g/t Au"). */
const GRADE = String.raw`\d[\d.,]{0,8} ?(?:%|g\/t|ppm)(?: [a-z][a-z0-9]{0,5})?`
/** Its grades, one metal or several ("grading 0.36% Cu and 0.18 g/t Au", "@ 1.2 g/t Au, 14 g/t Ag"). */
const GRADE_AFTER = String.raw`(?: ?(?:@|at|grading) ${GRADE}(?:,? (?:and )?${GRADE}){0,3})?`
/**
 * Or after it ("0.80 Moz in all", "24.0 Mt in total"), or it names its parts ("110.2 Mt @ 1.30% Li2O includes 54.3 Mt
 * … Indicated, and an additional 55.9 Mt … Inferred", "a resource of 12 Mt, comprising …"), its grade between.
 */
const TOTAL_AFTER = pattern(
  String.raw`^${GRADE_AFTER},? ` +
    String.raw`(?:in (?:all|total)|combined|overall|altogether|includes|comprises|comprising|consists of|consisting of|` +
    String.raw`made up of)\b`
)
/**
 * A category's own quantity told with "total" ("the Indicated category totals 48.2 million tonnes", "Inferred
 * resources total 31.6 Mt"): a part, not a sum across categories, unless Inferred and another category are its
 * subject ("Indicated and Inferred resources total 79.8 Mt").
 */
const CATEGORY_TOTALS = pattern(
  String.raw`\b(?:measured|indicated|inferred)(?: mineral)?(?: resources?| reserves?| categor(?:y|ies))? ` +
    String.raw`total(?:s|led|ling|ed|ing)?\b[^.;\d]{0,20}$`
)
const INFERRED = /\binferred\b/
const OTHER_CATEGORY = /\b(?:measured|indicated|m ?& ?i|m ?\+ ?i)\b/
/** A category named in a sentence, in English or French (« ressources indiquées », « présumées »). */
const CATEGORY =
  /\b(?:measured|indicated|inferred|m ?& ?i|mesur[ée]es?|indiqu[ée]es?|pr[ée]sum[ée]es?)(?![a-z\u00e0-\u00ff])/g
/** A French category's English name. */
const CATEGORY_EN = (word: string) =>
  word.startsWith('mesur')
    ? 'measured'
    : word.startsWith('indiqu')
      ? 'indicated'
      : /^pr[ée]sum/.test(word)
        ? 'inferred'
        : word
/**
 * A table's labels name the categories in French too (« Indiquées », « Présumées », « Mesurées et indiquées »): a
 * label is a category's name, not a sentence, so the French words cannot be a verb's participle there.
 */
const LABEL_INFERRED = pattern(
  // The three categories' initials name Inferred too ("Total (M+I+I)", "M&I&I", "MI&I").
  String.raw`\binferred\b|\bm ?[&+] ?i ?[&+] ?i\b|\bmi ?& ?i\b|${frenchWords([String.raw`pr[ée]sum[ée]e?s?`])}`
)
const LABEL_OTHER = pattern(
  String.raw`\b(?:measured|indicated|m ?& ?i|m ?\+ ?i)\b|${frenchWords([String.raw`mesur[ée]e?s?`, String.raw`indiqu[ée]e?s?`])}`
)
const LABEL_COMBINED = pattern(
  String.raw`\bmeasured (?:and|&|\+) indicated\b|\bm ?[&+] ?i\b|` +
    frenchWords([String.raw`mesur[ée]e?s? (?:et|&|\+) indiqu[ée]e?s?`])
)
/**
 * A category named right after a figure ("299,000 ounces Inferred", "299,000 oz of gold in the Inferred category",
 * "54.3 Mt @ 1.30% Li2O in the Indicated category").
 */
const CATEGORY_AFTER = pattern(
  String.raw`^${GRADE_AFTER}(?: of (?:contained )?[a-z]{2,10})?(?: in the)? (measured|indicated|inferred)\b`
)

/** The category a figure at `at` is given for: named right after it, else the last named before it in its clause. */
function categoryOf(text: string, at: number, end: number): string | undefined {
  const after = CATEGORY_AFTER.exec(text.slice(end, end + 64))
  if (after) return after[1]
  const clause = text.slice(Math.max(0, text.lastIndexOf(';', at) + 1, at - 160), at)
  let last: string | undefined
  for (const match of clause.matchAll(CATEGORY)) last = match[0]
  return last && CATEGORY_EN(last)
}

type Unit = 't' | 'oz' | 'lb'

interface Quantity {
  found: Found
  unit: Unit
  value: Decimal
  /** Half a unit of its last written digit, at its scale. */
  tolerance: Decimal
  total: boolean
  /** The category it is given for, when one is named next to it. */
  category?: string
}

const SCALE: Record<string, number> = {
  million: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
  billion: 1e9,
  millier: 1e3,
  milliard: 1e9
}

function quantity(found: Found, text: string, language: NumberLanguage = 'en'): Quantity {
  const [, digits, scale, unitWord] = found.match
  const parsed = parseDigits(digits, undefined, language)
  let factor = new Decimal(scale ? SCALE[scale.replace(/s$/, '')] : 1)
  const prefix = unitWord.slice(0, unitWord.length - (unitWord.endsWith('s') ? 1 : 0))
  let unit: Unit
  if (prefix.endsWith('oz') || prefix === 'ounce' || prefix === 'once') unit = 'oz'
  else if (prefix.startsWith('lb') || prefix.startsWith('mlb') || prefix === 'pound' || prefix === 'livre') unit = 'lb'
  else unit = 't'
  if (prefix === 'koz' || prefix === 'kt') factor = factor.times(1e3)
  if (prefix === 'moz' || prefix === 'mt' || prefix.startsWith('mlb')) factor = factor.times(1e6)
  const at = found.match.index
  const before = text.slice(Math.max(0, at - 60), at)
  return {
    category: categoryOf(text, at, at + found.match[0].length),
    found,
    unit,
    value: parsed.value.times(factor),
    tolerance: parsed.tolerance.times(factor),
    total:
      (TOTAL.test(before) && !oneCategoryTotals(before)) ||
      TOTAL_AFTER.test(text.slice(at + found.match[0].length, at + found.match[0].length + 48))
  }
}

/**
 * A paragraph's quantities, as English writes them and as French (or SI) does: where both read one, the longer
 * reading ("10 000 tonnes", not "000 tonnes"), the English one when they are the same ("883,000 oz").
 */
function quantitiesIn(block: Block): Array<{found: Found; quantity: Quantity; language: NumberLanguage}> {
  const text = block.norm.text
  const english = findAll(block, QUANTITY).map((found) => ({
    found,
    quantity: quantity(found, text),
    language: 'en' as const
  }))
  if (!/\d[ ,]\d/.test(text)) return english
  const french = findAll(block, QUANTITY_FR).map((found) => ({
    found,
    quantity: quantity(found, text, 'fr'),
    language: 'fr' as const
  }))
  const length = (found: Found) => found.end - found.start
  const overlaps = (a: Found, b: Found) => a.start < b.end && b.start < a.end
  return [
    ...english.filter((e) => !french.some((f) => overlaps(e.found, f.found) && length(f.found) > length(e.found))),
    ...french.filter((f) => !english.some((e) => overlaps(e.found, f.found) && length(e.found) >= length(f.found)))
  ].sort((a, b) => a.found.start - b.found.start)
}

/** Whether the words before a figure say one side's total: a category's own ("the Indicated category totals"). */
function oneCategoryTotals(before: string): boolean {
  const match = CATEGORY_TOTALS.exec(before)
  if (!match) return false
  // Its subject may list the categories before ("Measured, Indicated and Inferred resources total").
  const subject = before.slice(Math.max(0, match.index - 40))
  return !(INFERRED.test(subject) && OTHER_CATEGORY.test(subject))
}

/** A figure's value and half a unit of its last written digit. */
type Figure = Pick<Parsed, 'value' | 'tolerance'>

/** Whether the parts add up to the total as the figures are rounded (half a unit of each last written digit). */
function addsUp(parts: readonly Figure[], total: Figure): boolean {
  const sum = sumOf(parts)
  return sum.value.minus(total.value).abs().lte(sum.tolerance.plus(total.tolerance))
}

/** Figures added up, with the slack of their rounding. */
function sumOf(figures: readonly Figure[]): Figure {
  const value = figures.reduce((acc, q) => acc.plus(q.value), new Decimal(0))
  const tolerance = figures.reduce((acc, q) => acc.plus(q.tolerance), new Decimal(0))
  return {value, tolerance}
}

/**
 * The "total" figure of a paragraph that is the sum of every other figure of its unit in the paragraph, Inferred
 * among them: the first found, or undefined.
 */
export function inferredTotal(block: Block): Found | undefined {
  const text = block.norm.text
  if (
    !LABEL_INFERRED.test(text) ||
    !LABEL_OTHER.test(text) ||
    !/total|combined|aggregate|altogether|in all|overall|includes|compris|consist|made up of/.test(text)
  )
    return undefined
  const quantities = quantitiesIn(block).map((q) => q.quantity)
  for (const total of quantities) {
    if (!total.total) continue
    const parts = quantities.filter((q) => q !== total && !q.total && q.unit === total.unit)
    // Inferred among the parts, and another category: a sum across categories, not a total of one.
    if (!parts.some((q) => q.category === 'inferred') || !parts.some((q) => q.category && q.category !== 'inferred'))
      continue
    if (addsUp(parts, total)) return total.found
    // A figure of no resource category is no part of the resources' total (the reserves the paragraph states first,
    // "Probable Mineral Reserves are estimated at … 828,000 ounces"): the categories' own figures may add up to it.
    const categorized = parts.filter((q) => q.category)
    if (categorized.length < parts.length && addsUp(categorized, total)) return total.found
  }
  return undefined
}

/** A table row that totals the rows above it: "Total", "Grand Total", "Total Resources", "Total M&I + Inferred". */
const TOTAL_ROW = /^(?:grand |sub-?)?total\b/
/** A cell of figures only ("424,000", "12.0"). */
const FIGURE_CELL = /^\d{1,3}(?:,\d{3}){0,4}(?:\.\d+)?$|^\d+(?:\.\d+)?$/
/** A cell of figures as French writes them ("249 800", "4,20", "1 162 000,5"). */
const FIGURE_CELL_FR = /^\d{1,3}(?: \d{3}){0,4}(?:,\d+)?$/
/**
 * A cell only French writes: thousands set off by a space ("249 800") or a decimal comma not followed by a group of
 * three ("4,20"). One such cell tells the table's convention, and every cell of it is read so.
 */
const FRENCH_ONLY_CELL = /^\d{1,3}(?: \d{3}){1,4}(?:,\d+)?$|^\d+,(?:\d{1,2}|\d{4,})$/

/** The convention a table's figures are written in: French when one cell can only be French. */
function figuresOf(table: Table): {cell: RegExp; language: NumberLanguage} {
  const french = table.rows.some((row) => row.cells.slice(1).some((cell) => FRENCH_ONLY_CELL.test(cell)))
  return french ? {cell: FIGURE_CELL_FR, language: 'fr'} : {cell: FIGURE_CELL, language: 'en'}
}

/**
 * The row of a resource table that totals the Inferred rows with the others by its figures ("| Total | 20.0 | 1.02 |
 * 655,000 |" under an Indicated and an Inferred row): in a column of quantities (`isQuantityColumn` reads its
 * header), the total equals the sum of the category rows above it, Inferred among them. A total of Measured and
 * Indicated alone ("Total M&I"), or of Inferred alone, is labelled so and passes; so does a column of grades, which
 * do not add up.
 */
export function inferredTotalRow(table: Table, isQuantityColumn: (cell: string) => boolean): Row | undefined {
  const header = table.rows[0]
  let parts: Array<{row: Row; inferred: boolean; combined: boolean}> = []
  for (const row of table.rows.slice(1)) {
    const label = row.cells.slice(0, 2).join(' ')
    const inferred = LABEL_INFERRED.test(label)
    const other = LABEL_OTHER.test(label)
    if (!TOTAL_ROW.test(row.cells[0] ?? '')) {
      // A row labelled with Inferred and another category at once, with its quantity ("| Measured, Indicated and
      // Inferred | 32.1 | …", "| M&I + Inferred |"): a sum by its label, as the words "Measured, Indicated and
      // Inferred Resources of …" are, wherever its parts' rows stand.
      if (inferred && other && header && statesQuantity(header, row, isQuantityColumn, figuresOf(table))) return row
      if (inferred || other) parts.push({row, inferred, combined: !inferred && LABEL_COMBINED.test(label)})
      continue
    }
    // A total of one side only: "Total M&I", "Total Inferred".
    if (inferred !== other) continue
    const mixed = parts.some((p) => p.inferred) && parts.some((p) => !p.inferred)
    // A Measured and Indicated subtotal among the rows ("| Measured and Indicated | 696 | …" under its Measured and
    // Indicated rows) repeats them: the total adds either the rows it sums or the subtotal, with the Inferred rows.
    const sums = parts.some((p) => p.combined)
      ? [parts.filter((p) => !p.combined), parts.filter((p) => p.combined || p.inferred)]
      : [parts]
    if (
      mixed &&
      header &&
      sums.some((rows) =>
        sumsAColumn(
          header,
          rows.map((p) => p.row),
          row,
          isQuantityColumn,
          figuresOf(table)
        )
      )
    )
      return row
    parts = []
  }
  return undefined
}

/** Whether a row gives a figure in a column of quantities (tonnes, ounces: `isQuantityColumn` reads the header). */
function statesQuantity(
  header: Row,
  row: Row,
  isQuantityColumn: (cell: string) => boolean,
  figures: {cell: RegExp}
): boolean {
  return row.cells.some(
    (cell, column) => column > 0 && figures.cell.test(cell) && isQuantityColumn(header.cells[column] ?? '')
  )
}

function sumsAColumn(
  header: Row,
  parts: Row[],
  total: Row,
  isQuantityColumn: (cell: string) => boolean,
  figures: {cell: RegExp; language: NumberLanguage}
): boolean {
  return total.cells.some((cell, column) => {
    if (column === 0 || !figures.cell.test(cell) || !isQuantityColumn(header.cells[column] ?? '')) return false
    const cells = parts.map((row) => row.cells[column] ?? '')
    if (!cells.every((figure) => figures.cell.test(figure))) return false
    return addsUp(
      cells.map((figure) => parseDigits(figure, undefined, figures.language)),
      parseDigits(cell, undefined, figures.language)
    )
  })
}

/** A header's words that name a category or a total, taken out to compare what two columns measure. */
const HEADER_CATEGORY = /\b(?:grand |sub-?)?total\b|\b(?:measured|indicated|inferred|m ?& ?i|m ?\+ ?i)\b|[&+]|\band\b/g
/** What a column measures, its category and any total taken out ("Inferred Gold (koz)" → "gold (koz)"). */
const measure = (cell: string) => cell.replace(HEADER_CATEGORY, ' ').replace(/\s+/g, ' ').trim()

/**
 * The cell of a wide resource table (one row per deposit, the categories in the columns: "| Deposit | M&I Tonnes |
 * M&I Gold (koz) | Inferred Tonnes | Inferred Gold (koz) | Total Gold (koz) |") whose total column adds the Inferred
 * column to another category's of the same measure, by its figures, in some row ("Total M&I + Inferred Gold" too). A
 * total that leaves Inferred out ("Total M&I Gold" beside an Inferred column) is not their sum, and passes.
 */
export function inferredTotalColumn(
  table: Table,
  isQuantityColumn: (cell: string) => boolean
): {row: Row; column: number} | undefined {
  const header = table.rows[0]
  if (!header) return undefined
  const columns = header.cells.map((cell, column) => ({
    column,
    measure: measure(cell),
    total: /\btotal\b/.test(cell),
    inferred: INFERRED.test(cell),
    other: OTHER_CATEGORY.test(cell),
    quantity: isQuantityColumn(cell)
  }))
  for (const total of columns) {
    if (!total.total || !total.quantity || total.column === 0) continue
    const parts = columns.filter((c) => c !== total && (c.inferred || c.other) && c.measure === total.measure)
    if (!parts.some((c) => c.inferred) || !parts.some((c) => c.other && !c.inferred)) continue
    for (const row of table.rows.slice(1)) {
      const cell = row.cells[total.column] ?? ''
      const figures = parts.map((c) => row.cells[c.column] ?? '')
      if (!FIGURE_CELL.test(cell) || !figures.every((figure) => FIGURE_CELL.test(figure))) continue
      if (
        addsUp(
          figures.map((figure) => parseDigits(figure)),
          parseDigits(cell)
        )
      )
        return {row, column: total.column}
    }
  }
  return undefined
}

/** A quantity the categories add up to, Inferred among them: its unit, its value and the slack of its rounded parts. */
export interface CategorySum extends Figure {
  unit: Unit
}

/** The unit of a column's figures as its header gives it, with its scale ("Tonnes (Mt)", "Contained Au (koz)"). */
const HEADER_SCALED = pattern(String.raw`(?<![a-z/])(mt|kt|koz|moz|m ?lbs?|b ?lbs?|k ?lbs?)(?![a-z])`)
const HEADER_PLAIN = pattern(String.raw`(?<![a-z/])(tonnes|tonnage|tons|t|ounces|oz|pounds|lbs?)(?![a-z/])`)
/** A header that counts its figures in thousands ("Tonnes (000s)", "'000 oz") or millions ("Million Tonnes"). */
const HEADER_THOUSANDS = /(?<![\d,.])000'?s?\b|'000|\bthousands?\b/
const HEADER_MILLIONS = /\bmillions?\b/

/** What one figure of a column is worth in tonnes, ounces or pounds, from its header; undefined when it cannot tell. */
function columnUnit(header: string): {unit: Unit; factor: Decimal} | undefined {
  const scaled = HEADER_SCALED.exec(header)
  if (scaled) {
    const word = scaled[1].replace(' ', '')
    const unit: Unit = word.endsWith('oz') ? 'oz' : word.includes('lb') ? 'lb' : 't'
    const factor = word.startsWith('k') ? 1e3 : word.startsWith('b') ? 1e9 : 1e6
    return {unit, factor: new Decimal(factor)}
  }
  const plain = HEADER_PLAIN.exec(header)
  if (!plain) return undefined
  const unit: Unit = plain[1].startsWith('o') ? 'oz' : plain[1].startsWith('t') ? 't' : 'lb'
  const factor = HEADER_MILLIONS.test(header) ? 1e6 : HEADER_THOUSANDS.test(header) ? 1e3 : 1
  return {unit, factor: new Decimal(factor)}
}

/** Figures times a unit's factor, summed with their slack. */
function summed(figures: readonly Figure[], unit: Unit, factor: Decimal | number): CategorySum {
  const {value, tolerance} = sumOf(figures)
  return {unit, value: value.times(factor), tolerance: tolerance.times(factor)}
}

/**
 * What a resource table's category rows add up to, Inferred with the others, in each column of quantities whose header
 * gives its unit ("| Indicated | 18.2 | 1.04 | 609 |" and "| Inferred | 9.7 | 0.88 | 274 |" under "Tonnes (Mt)" and
 * "Contained Au (koz)": 27.9 million tonnes and 883,000 ounces). A figure stated elsewhere in the release that equals
 * one of these adds Inferred to the other categories, whatever words it has. Total rows are not parts; a Measured
 * and Indicated subtotal stands for its rows, as in `inferredTotalRow`.
 */
export function categorySums(table: Table, isQuantityColumn: (cell: string) => boolean): CategorySum[] {
  const parts: Array<{row: Row; inferred: boolean; combined: boolean}> = []
  for (const row of table.rows.slice(1)) {
    if (TOTAL_ROW.test(row.cells[0] ?? '')) continue
    const label = row.cells.slice(0, 2).join(' ')
    const inferred = LABEL_INFERRED.test(label)
    const other = LABEL_OTHER.test(label)
    if (inferred !== other) parts.push({row, inferred, combined: other && LABEL_COMBINED.test(label)})
  }
  const sets = parts.some((p) => p.combined)
    ? [parts.filter((p) => !p.combined), parts.filter((p) => p.combined || p.inferred)]
    : [parts]
  const figures = figuresOf(table)
  const sums: CategorySum[] = []
  table.header.forEach((cell, column) => {
    const scale = column > 0 && isQuantityColumn(cell) ? columnUnit(cell) : undefined
    if (!scale) return
    for (const rows of sets) {
      if (!rows.some((p) => p.inferred) || !rows.some((p) => !p.inferred)) continue
      const cells = rows.map((p) => p.row.cells[column] ?? '')
      if (!cells.every((figure) => figures.cell.test(figure))) continue
      const parsed = cells.map((figure) => parseDigits(figure, undefined, figures.language))
      // A category of nothing ("| Measured | - |" or 0) adds nothing: the sum would be the other figure itself.
      if (parsed.some((part) => part.value.isZero())) continue
      sums.push(summed(parsed, scale.unit, scale.factor))
    }
  })
  return sums
}

/**
 * What a paragraph's categorized quantities add up to, Inferred with the others, by unit ("Indicated … 18.2 Mt … for
 * 609,000 oz, and Inferred … 9.7 Mt … for 274,000 oz": 27.9 million tonnes, 883,000 ounces). Totals are not parts.
 */
export function blockCategorySums(block: Block): CategorySum[] {
  const text = block.norm.text
  if (!LABEL_INFERRED.test(text) || !LABEL_OTHER.test(text)) return []
  const quantities = quantitiesIn(block)
    .map((q) => q.quantity)
    .filter((q) => !q.total && q.category !== undefined)
  const sums: CategorySum[] = []
  for (const unit of ['t', 'oz', 'lb'] as const) {
    const parts = quantities.filter((q) => q.unit === unit)
    if (!parts.some((q) => q.category === 'inferred') || !parts.some((q) => q.category !== 'inferred')) continue
    if (parts.some((q) => q.value.isZero())) continue
    sums.push(summed(parts, unit, 1))
  }
  return sums
}

/** How many zeros a whole number's digits end with, past its thousands' commas or spaces ("711,000": 3). */
function trailingZeros(digits: string): number {
  let zeros = 0
  for (let at = digits.length - 1; at >= 0 && '0, '.includes(digits[at]); at--) if (digits[at] === '0') zeros++
  return zeros
}

/** At most this share of a figure's value is its rounding: "0.9 Moz" could be any of too many sums. */
const PRECISE = new Decimal(0.01)

/**
 * The quantities in `block` (tonnes, ounces, pounds) that equal one of `sums` as the figures are rounded, written
 * precisely enough to tell (at least three digits' worth) and given for no category of their own.
 */
export function figuresEqualTo(block: Block, sums: readonly CategorySum[]): Found[] {
  if (sums.length === 0) return []
  return quantitiesIn(block)
    .filter(({found, quantity: q, language}) => {
      // A whole number's trailing zeros are rounding ("711,000 ounces" for 710,800): half a unit of its last other digit.
      const whole = !found.match[1].includes(language === 'fr' ? ',' : '.')
      const tolerance = q.tolerance.times(whole ? 10 ** trailingZeros(found.match[1]) : 1)
      if (q.category !== undefined || q.value.isZero() || tolerance.gt(q.value.times(PRECISE))) return false
      return sums.some((sum) => sum.unit === q.unit && addsUp([sum], {value: q.value, tolerance}))
    })
    .map(({found}) => found)
}
