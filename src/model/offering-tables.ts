/**
 * Totals a table of a financing states: a row "Total" whose amount, in a column of amounts, is what the rows above it
 * add up to (a table of tranches, each with its closing date, shares and gross proceeds; a table of the use of the
 * proceeds). The amounts are read from each cell as the sentence holding it reads them (offering-figures.ts), so a
 * total quotes the cell as written.
 */
import {sentenceHolding, type Sentence} from './document.js'
import {Decimal, findMoney, parseDigits, type NumberLanguage} from './numbers.js'
import {money} from './offering-figures.js'
import type {Figure, Money, TableSum} from './offering-types.js'
import type {Row, Table} from './tables.js'

/** A total row's label: its first cell ("Total", "Totals", "Grand total", « Total », « Total global »). */
const TOTAL_LABEL = /^(?:grand )?totals?(?: (?:global|général|general|gross proceeds|proceeds|raised))?:?$/
/** A row that totals part of the rows ("Subtotal", « Sous-total »): the rows above a total are not all its parts. */
const PART_TOTAL = /\b(?:sub-? ?totals?|sous-totals?|total partiel)\b/
/** A header naming a class of securities: its column counts them. */
const SECURITIES = /\b(?:shares?|units?|warrants?|securities|receipts?|actions?|unités?|bons?|titres?)\b/
/** A count written in digits alone, its thousands set off by commas or spaces ("2,500,000", « 2 500 000 »). */
const COUNT = /^\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)?$/

/** A header of prices ("Exercise price", "Price per unit", « Prix »): per security, never summed. */
const PRICES =
  /\b(?:prices?|exercise|conversion|per (?:share|unit|warrant|security)|average|weighted|prix|moyen(?:ne)?s?|pondérée?s?)\b/

/** A cell with no amount: empty, a dash, "nil", "n/a", or a currency alone (a second header row's "($)", "(C$)"). */
const NO_AMOUNT = /^(?:[-–—]|nil|n\/a|s\.o\.|\(?(?:c|ca|cdn|us)?\$\)?|)$/

/** The stated totals of `tables` (a release's), each with the amounts it should add up to. */
export function tableSums(tables: readonly Table[], language: (sentence: Sentence) => NumberLanguage): TableSum[] {
  const sums: TableSum[] = []
  for (const {rows, header} of tables) {
    const at = rows.findIndex((row, i) => i > 0 && TOTAL_LABEL.test(row.cells[0] ?? ''))
    if (at < 0 || rows.some((row) => PART_TOTAL.test(row.cells[0] ?? ''))) continue
    // The rows between the header and the total. A cell that is neither a figure nor empty (a dash, a currency alone)
    // leaves its column unread: an amount it stands for ("balance") is unknown.
    const above = rows.slice(1, at)
    for (let column = 1; column < rows[at].cells.length; column++) {
      // A column of prices: its total row gives their average, not their sum ("Weighted average exercise price").
      if (PRICES.test(header[column] ?? '')) continue
      // A column of amounts, or of counts under a header naming securities ("Shares", "Units", « Actions »).
      const read = (row: Row): Figure | undefined =>
        amountIn(row, column, language) ?? (SECURITIES.test(header[column] ?? '') ? countIn(row, column) : undefined)
      const total = read(rows[at])
      if (!total) continue
      const currency = (figure: Figure) => (figure as Partial<Money>).currency
      const parts: Figure[] = []
      let figures = true
      for (const row of above) {
        if (NO_AMOUNT.test(row.cells[column] ?? '')) continue
        const part = read(row)
        if (!part || currency(part) !== currency(total)) figures = false
        else parts.push(part)
      }
      if (!figures || parts.length < 2 || nested(parts)) continue
      const rounded = [total, ...parts].some((figure) => (figure as Partial<Money>).rounded === true)
      sums.push({total, parts, rounded})
    }
  }
  return sums
}

/** A header of deemed prices ("Deemed price", "Deemed price per share", « Prix réputé »): what shares pay with. */
const DEEMED_HEADER = /\bdeemed\b|\br[ée]put[ée]/

/**
 * The deemed prices a table sets on the shares it schedules (an option agreement's payments: "| Due | Cash | Shares |
 * Deemed price |"), each cell that holds one amount alone, with the sentence that brings the table in (the last of the
 * paragraph right before it, if any): whose shares they are is read there ("… must issue to the Company the
 * following shares:" schedules another company's).
 */
export function deemedCells(
  tables: readonly Table[],
  language: (sentence: Sentence) => NumberLanguage
): Array<{price: Money; lead: Sentence | undefined}> {
  const cells: Array<{price: Money; lead: Sentence | undefined}> = []
  for (const {rows, header} of tables) {
    const columns = header.flatMap((cell, column) => (DEEMED_HEADER.test(cell) ? [column] : []))
    if (columns.length === 0) continue
    const first = rows[0].block
    const before = first.index > 0 ? first.draft.blocks[first.index - 1] : undefined
    const lead = before?.kind === 'paragraph' ? before.sentences.at(-1) : undefined
    for (const row of rows.slice(1))
      for (const column of columns) {
        const price = amountIn(row, column, language)
        if (price) cells.push({price, lead})
      }
  }
  return cells
}

/**
 * Whether a row's amount is the sum of the rows right after it: a heading row and its breakdown ("Exploration
 * $500,000", then "Drilling $300,000" and "Assays $200,000"), counted twice if every row were added.
 */
function nested(parts: readonly Figure[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    let sum = new Decimal(0)
    for (let j = i + 1; j < parts.length; j++) {
      sum = sum.plus(parts[j].value)
      if (j >= i + 2 && sum.equals(parts[i].value)) return true
      if (sum.greaterThan(parts[i].value)) break
    }
  }
  return false
}

/** The one amount of money a row's cell holds, whole (nothing but the amount and its currency). */
function amountIn(row: Row, column: number, language: (sentence: Sentence) => NumberLanguage): Money | undefined {
  const span = row.spans[column]
  if (!span || span.end <= span.start) return undefined
  const sentence = sentenceHolding(row.block, span)
  if (!sentence) return undefined
  const found = findMoney(sentence.norm.text, language(sentence))
    .map((match) => money(sentence, match))
    .filter((amount) => span.start <= amount.start && amount.end <= span.end)
  if (found.length !== 1) return undefined
  // The amount is the cell: no words beside it ("$600,000 (est.)" is another statement).
  const words = row.cells[column].replace(/[\d\s$,.()€£]|c\$|us\$|ca\$|cdn\$?|usd|cad|m(?:illion)?\b/g, '')
  return words.length === 0 ? found[0] : undefined
}

/** The count of securities a row's cell holds, digits alone. */
function countIn(row: Row, column: number): Figure | undefined {
  const span = row.spans[column]
  const cell = row.cells[column] ?? ''
  if (!span || !COUNT.test(cell)) return undefined
  const sentence = sentenceHolding(row.block, span)
  if (!sentence) return undefined
  const {value, tolerance} = parseDigits(cell.replace(/[ \u00a0\u202f]/g, ','))
  return {...span, value, tolerance, sentence}
}
