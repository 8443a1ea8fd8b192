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
/** What a total is called before its figure, within its clause. */
const TOTAL = /\b(?:total(?:s|led|ling|ed|ing)?|combined|aggregate|altogether|in all|overall)\b[^.;\d]{0,40}$/
/** A figure's grade written after it ("54.3 Mt @ 1.30% Li2O", "12 Mt grading 1.1 g/t Au"). */
const GRADE_AFTER = String.raw`(?: ?(?:@|at|grading) \d[\d.,]{0,8} ?(?:%|g\/t|ppm)(?: [a-z][a-z0-9]{0,5})?)?`
/**
 * Or after it ("0.80 Moz in all", "24.0 Mt in total"), or it names its parts ("110.2 Mt @ 1.30% Li2O includes 54.3 Mt
 * … Indicated, and an additional 55.9 Mt … Inferred", "a resource of 12 Mt, comprising …"), its grade between.
 */
const TOTAL_AFTER = pattern(
  String.raw`^${GRADE_AFTER},? ` +
    String.raw`(?:in (?:all|total)|combined|overall|altogether|includes|comprises|comprising|consists of|consisting of|` +
    String.raw`made up of)\b`
)
const INFERRED = /\binferred\b/
const OTHER_CATEGORY = /\b(?:measured|indicated|m ?& ?i|m ?\+ ?i)\b/
const CATEGORY = /\b(?:measured|indicated|inferred|m ?& ?i)\b/g
/**
 * A table's labels name the categories in French too (« Indiquées », « Présumées », « Mesurées et indiquées »): a
 * label is a category's name, not a sentence, so the French words cannot be a verb's participle there.
 */
const LABEL_INFERRED = pattern(String.raw`\binferred\b|${frenchWords([String.raw`pr[ée]sum[ée]e?s?`])}`)
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
  return last
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

const SCALE: Record<string, number> = {million: 1e6, m: 1e6, thousand: 1e3, k: 1e3, billion: 1e9}

function quantity(found: Found, text: string): Quantity {
  const [, digits, scale, unitWord] = found.match
  const parsed = parseDigits(digits)
  let factor = new Decimal(scale ? SCALE[scale] : 1)
  const prefix = unitWord.slice(0, unitWord.length - (unitWord.endsWith('s') ? 1 : 0))
  let unit: Unit
  if (prefix.endsWith('oz') || prefix === 'ounce') unit = 'oz'
  else if (prefix.startsWith('lb') || prefix.startsWith('mlb') || prefix === 'pound') unit = 'lb'
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
      TOTAL.test(before) || TOTAL_AFTER.test(text.slice(at + found.match[0].length, at + found.match[0].length + 48))
  }
}

/** A figure's value and half a unit of its last written digit. */
type Figure = Pick<Parsed, 'value' | 'tolerance'>

/** Whether the parts add up to the total as the figures are rounded (half a unit of each last written digit). */
function addsUp(parts: readonly Figure[], total: Figure): boolean {
  const sum = parts.reduce((acc, q) => acc.plus(q.value), new Decimal(0))
  const slack = parts.reduce((acc, q) => acc.plus(q.tolerance), total.tolerance)
  return sum.minus(total.value).abs().lte(slack)
}

/**
 * The "total" figure of a paragraph that is the sum of every other figure of its unit in the paragraph, Inferred
 * among them: the first found, or undefined.
 */
export function inferredTotal(block: Block): Found | undefined {
  const text = block.norm.text
  if (
    !INFERRED.test(text) ||
    !OTHER_CATEGORY.test(text) ||
    !/total|combined|aggregate|altogether|in all|overall|includes|compris|consist|made up of/.test(text)
  )
    return undefined
  const quantities = findAll(block, QUANTITY).map((found) => quantity(found, text))
  for (const total of quantities) {
    if (!total.total) continue
    const parts = quantities.filter((q) => q !== total && !q.total && q.unit === total.unit)
    // Inferred among the parts, and another category: a sum across categories, not a total of one.
    if (!parts.some((q) => q.category === 'inferred') || !parts.some((q) => q.category && q.category !== 'inferred'))
      continue
    if (addsUp(parts, total)) return total.found
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
