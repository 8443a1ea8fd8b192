/**
 * Totals a table of a financing states: a row "Total" whose amount, in a column of amounts, is what the rows above it
 * add up to (a table of tranches, each with its closing date, shares and gross proceeds; a table of the use of the
 * proceeds). The amounts are read from each cell as the sentence holding it reads them (offering-figures.ts), so a
 * total quotes the cell as written.
 */
import type {Sentence} from './document.js'
import {Decimal, findMoney, type NumberLanguage} from './numbers.js'
import {money} from './offering-figures.js'
import type {Money} from './offering-types.js'
import type {Table} from './tables.js'

/** A table's total and the amounts above it in its column. */
export interface TableSum {
  total: Money
  parts: Money[]
}

/** A total row's label: its first cell ("Total", "Totals", "Grand total", « Total », « Total global »). */
const TOTAL_LABEL = /^(?:grand )?totals?(?: (?:global|général|general|gross proceeds|proceeds|raised))?:?$/
/** A row that totals part of the rows ("Subtotal", « Sous-total »): the rows above a total are not all its parts. */
const PART_TOTAL = /\b(?:sub-? ?totals?|sous-totals?|total partiel)\b/
/** A cell with no amount: empty, a dash, "nil", "n/a". */
const NO_AMOUNT = /^(?:[-–—]|nil|n\/a|s\.o\.|)$/

/** The stated totals of `tables` (a release's), each with the amounts it should add up to. */
export function tableSums(tables: readonly Table[], language: (sentence: Sentence) => NumberLanguage): TableSum[] {
  const sums: TableSum[] = []
  for (const {rows} of tables) {
    const at = rows.findIndex((row, i) => i > 0 && TOTAL_LABEL.test(row.cells[0] ?? ''))
    if (at < 0 || rows.some((row) => PART_TOTAL.test(row.cells[0] ?? ''))) continue
    // The rows between the header and the total; a second header row of units reads as no amount.
    const above = rows.slice(1, at)
    for (let column = 1; column < rows[at].cells.length; column++) {
      const total = amountIn(rows[at], column, language)
      if (!total) continue
      const parts: Money[] = []
      let amounts = true
      for (const row of above) {
        if (NO_AMOUNT.test(row.cells[column] ?? '')) continue
        const part = amountIn(row, column, language)
        if (!part || part.currency !== total.currency) amounts = false
        else parts.push(part)
      }
      if (amounts && parts.length >= 2 && !nested(parts)) sums.push({total, parts})
    }
  }
  return sums
}

/**
 * Whether a row's amount is the sum of the rows right after it: a heading row and its breakdown ("Exploration
 * $500,000", then "Drilling $300,000" and "Assays $200,000"), counted twice if every row were added.
 */
function nested(parts: readonly Money[]): boolean {
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
function amountIn(row: Table['rows'][number], column: number, language: (sentence: Sentence) => NumberLanguage) {
  const span = row.spans[column]
  if (!span || span.end <= span.start) return undefined
  const sentence = row.block.sentences.find((s) => s.start <= span.start && span.end <= s.end)
  if (!sentence) return undefined
  const found = findMoney(sentence.norm.text, language(sentence))
    .map((match) => money(sentence, match))
    .filter((amount) => span.start <= amount.start && amount.end <= span.end)
  if (found.length !== 1) return undefined
  // The amount is the cell: no words beside it ("$600,000 (est.)" is another statement).
  const words = row.cells[column].replace(/[\d\s$,.()€£]|c\$|us\$|ca\$|cdn\$?|usd|cad|m(?:illion)?\b/g, '')
  return words.length === 0 ? found[0] : undefined
}
