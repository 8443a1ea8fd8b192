/**
 * Totals a table of a financing states: a row "Total" whose amount, in a column of amounts, is what the rows above it
 * add up to (a table of tranches, each with its closing date, shares and gross proceeds; a table of the use of the
 * proceeds). The amounts are read from each cell as the sentence holding it reads them (offering-figures.ts), so a
 * total quotes the cell as written.
 */
import {sentenceHolding, type Sentence} from './document.js'
import {Decimal, findMoney, parseDigits, type NumberLanguage} from './numbers.js'
import {classKey, money} from './offering-figures.js'
import type {ClosingDate, Figure, HoldPeriod, Lot, Money, TableSum} from './offering-types.js'
import type {Row, Table} from './tables.js'
import {pattern} from './pattern.js'
import {spanOf, type Span} from './text.js'
import {parseDate} from './dates.js'
import {FRENCH_TRANCHE_LABELS} from './vocabulary.js'

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
    // Rows that each name a tranche ("First", "Second", « Deuxième ») are peers: none is a heading over the rows after
    // it, however their amounts fall (a first tranche of $500,000, then $300,000 and $200,000).
    const peers = above.every((row) => trancheOf((row.cells[0] ?? '').toLowerCase()) !== undefined)
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
      if (!figures || parts.length < 2 || (!peers && nested(parts))) continue
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

/**
 * A term sheet: a table of two columns that states one offering's terms a row each, the term's name in the first
 * cell and its value in the second ("Number of Units | 8,400,000", "Price per Unit | $0.25", "Gross proceeds |
 * $2,100,000"), as a release's summary of the offering sets them out. Its count, price and proceeds are one lot's.
 */
export interface TermSheet {
  /** The rows' blocks (a table is read from one block or several). */
  rows: readonly Row[]
  /** The count of securities offered or issued, its class from the cell or the term's name ("Units issued"). */
  count?: Figure
  security?: string
  price?: Money
  proceeds?: Money
  /** "Up to", "approximately", "maximum" before a figure. */
  hedged: boolean
  /** Shares for debt: the price is the deemed price, the proceeds the debt settled ("Debt settled | $184,000"). */
  forDebt?: boolean
}

/**
 * The name of a term that is not the offering's count, price or proceeds: a warrant's, a fee's or a finder's, a
 * market's, or the shares outstanding or held before or after it ("Shares outstanding after closing").
 */
const SHEET_OTHER = pattern(
  String.raw`\b(?:warrants?|options?|exercise|conversion|deemed|market|closing|fees?|commissions?|net|use|hold|` +
    String.raw`finders?|finder's|agents?|agent's|brokers?|broker's|compensation|outstanding|after|before|pro forma|` +
    String.raw`held|holds|holding|diluted|total issued)\b`
)
const SHEET_PRICE = /\bprice\b|\bprix\b/
/** A deemed price's name ("Deemed price per share", « Prix réputé »), and a debt's ("Debt settled", "Amount owed"). */
const SHEET_DEEMED = /\bdeemed\b|r[ée]put[ée]/
const SHEET_DEBT = /\b(?:debts?|indebtedness|amount (?:owed|settled)|dettes?)\b/
const SHEET_PROCEEDS = /\bproceeds\b|\bproduit\b|\bamount raised\b/
const SHEET_COUNT = /\b(?:number|units?|shares?|securities|subscription receipts?|nombre|unités|actions)\b/
/** A class named in a cell ("20,000,000 Units", "Number of flow-through shares"). */
const SHEET_CLASS = /\b((?:flow-through |ft )?(?:common )?(?:units?|shares?|subscription receipts?))\b/
const HEDGE = /\b(?:up to|approximately|about|maximum|minimum|jusqu'à|environ)\b/
/** The first count in a cell, digits with their thousands separated ("Up to 20,000,000 Units"). */
const CELL_COUNT = /\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)/

/** The term sheets of a release's tables: each table of two-cell rows that names at least a count and a price. */
export function termSheets(tables: readonly Table[], language: (sentence: Sentence) => NumberLanguage): TermSheet[] {
  const sheets: TermSheet[] = []
  for (const {rows} of tables) {
    if (rows.length < 3 || rows.some((row) => row.cells.length !== 2)) continue
    const sheet: TermSheet = {rows, hedged: false}
    // The rows of counts, prices and proceeds: one of each at most (several classes at their prices are not paired).
    let counts = 0
    let prices = 0
    let totals = 0
    let deemed: Money | undefined
    let debt: Money | undefined
    for (const row of rows) {
      const [name, value] = row.cells
      if (SHEET_DEEMED.test(name) && SHEET_PRICE.test(name)) deemed ??= moneyIn(row, language)
      else if (SHEET_DEBT.test(name)) debt ??= moneyIn(row, language)
      if (SHEET_OTHER.test(name)) continue
      if (HEDGE.test(value)) sheet.hedged = true
      if (SHEET_PRICE.test(name)) {
        prices++
        sheet.price = moneyIn(row, language)
      } else if (SHEET_PROCEEDS.test(name)) {
        totals++
        sheet.proceeds = moneyIn(row, language)
      } else if (SHEET_COUNT.test(name) && CELL_COUNT.test(value)) {
        counts++
        sheet.count = cellCount(row)
        sheet.security = classKey((SHEET_CLASS.exec(value) ?? SHEET_CLASS.exec(name))?.[1] ?? 'securities')
      }
    }
    // Shares for debt: their deemed price, the debt they settle.
    if (!sheet.price && !sheet.proceeds && deemed && debt)
      Object.assign(sheet, {price: deemed, proceeds: debt, forDebt: true})
    // One class counted and priced (a sheet of several classes pairs no price with its count by rows alone).
    if (counts === 1 && prices <= 1 && totals <= 1 && sheet.count && sheet.price) sheets.push(sheet)
  }
  return sheets
}

/** The one amount of money a row's second cell states, words beside it allowed ("$0.25 per Unit", "Up to $800,000"). */
function moneyIn(row: Row, language: (sentence: Sentence) => NumberLanguage): Money | undefined {
  const span = row.spans[1]
  const sentence = span && sentenceHolding(row.block, span)
  if (!sentence) return undefined
  const found = findMoney(sentence.norm.text, language(sentence))
    .map((match) => money(sentence, match))
    .filter((amount) => span.start <= amount.start && amount.end <= span.end)
  return found.length === 1 ? found[0] : undefined
}

/** The count a row's second cell states, with its exact source span. */
function cellCount(row: Row): Figure | undefined {
  const span = row.spans[1]
  const sentence = span && sentenceHolding(row.block, span)
  if (!sentence) return undefined
  const counts = new RegExp(CELL_COUNT.source, 'g')
  for (const match of sentence.norm.text.matchAll(counts)) {
    const at = spanOf(sentence.norm, match.index, match.index + match[0].length)
    if (at.start < span.start || at.end > span.end) continue
    const {value, tolerance} = parseDigits(match[0].replace(/[ \u00a0\u202f]/g, ','))
    return {start: at.start, end: at.end, value, tolerance, sentence}
  }
  return undefined
}

/**
 * A term sheet's lot among `lots` (a sentence's lots: its count's row may read as a lot with no price, "Number of Units
 * | Up to 20,000,000 Units"): its price and proceeds given to the one lot its rows state, else a lot of its own.
 */
export function addSheetLot(lots: Lot[], sheet: TermSheet): void {
  const {count, price, proceeds, hedged, security} = sheet
  if (!count || !security) return
  const inSheet = (lot: Lot) => sheet.rows.some((row) => row.start <= lot.count.start && lot.count.end <= row.end)
  const own = lots.filter(inSheet)
  if (own.length > 1) return
  const lot = own[0]
  const forDebt = sheet.forDebt
  if (lot) {
    lot.price ??= price
    lot.proceeds ??= proceeds
    if (forDebt) lot.forDebt = true
  } else lots.push({sentence: count.sentence, security, count, price, proceeds, hedged, compensation: false, forDebt})
}

/**
 * A header naming the distribution date ("Closing date", "Date of issuance", "Closed", « Date de clôture », « Date
 * d'émission »), not the hold's end.
 */
const CLOSING_HEADER = pattern(
  String.raw`(?:\b(?:closing|closed|issue|issuance|distribution)\b|(?<![a-zà-ÿ])(?:clôture|cloture|émission|emission)` +
    String.raw`(?![a-zà-ÿ]))(?!.{0,80}(?:\b(?:hold|expir)|détention|detention))`
)
/**
 * A header naming the hold's end ("Hold period expiry", "Restricted until", "Free trading date", « Fin de la période
 * de détention », « Date de libre négociation »).
 */
const EXPIRY_HEADER = /\b(?:hold|restricted|resale|free trading)\b|d[ée]tention|libre n[ée]gociation/
/** A header of proceeds ("Gross proceeds", "Amount raised", « Produit brut », « Montant recueilli »). */
const PROCEEDS_HEADER = /\bproceeds\b|\braised\b|\bproduit\b|\brecueilli/
/** A row naming a tranche by its ordinal ("First", "Second tranche", "Final"). */
const TRANCHE_ROW = /^(?:first|second|third|fourth|fifth|sixth|initial|final|last)\b/
/** In French (« Première », « Deuxième tranche », « Dernière »), its key the English ordinal. */
const TRANCHE_ROW_FR = pattern(`^(?:${Object.keys(FRENCH_TRANCHE_LABELS).join('|')})(?![a-zà-ÿ])`)

/** The tranches a table sets out a row each: each row's closing date, the hold's expiry it states, and its lot. */
export interface TrancheRows {
  closingDates: ClosingDate[]
  holds: HoldPeriod[]
  lots: Lot[]
}

/**
 * A table of tranches ("| Tranche | Closing date | Units | Gross proceeds | Hold period expiry |"): each row names
 * its tranche ("First"), and states its closing date, the expiry of its securities' hold and its lot (the count
 * under a header naming securities, the proceeds under one of proceeds). A row's hold is counted from its own
 * closing date (the tranche names them both), and its lot takes the price the release states for the class.
 */
export function trancheRows(tables: readonly Table[], language: (sentence: Sentence) => NumberLanguage): TrancheRows {
  const found: TrancheRows = {closingDates: [], holds: [], lots: []}
  for (const {rows, header} of tables) {
    const names = header.map((cell) => cell.toLowerCase())
    const closingAt = names.findIndex((cell) => CLOSING_HEADER.test(cell) && /\bdate|closed\b/.test(cell))
    const expiryAt = names.findIndex((cell) => EXPIRY_HEADER.test(cell))
    const countAt = names.findIndex((cell) => SECURITIES.test(cell) && !PRICES.test(cell))
    const proceedsAt = names.findIndex((cell) => PROCEEDS_HEADER.test(cell))
    if (closingAt < 1 || (expiryAt < 1 && (countAt < 1 || proceedsAt < 1))) continue
    for (const row of rows.slice(1)) {
      const tranche = trancheOf((row.cells[0] ?? '').toLowerCase())
      const closing = tranche ? dateIn(row, closingAt) : undefined
      if (!tranche || !closing) continue
      found.closingDates.push({...closing, tranche})
      const expiry = expiryAt > 0 ? dateIn(row, expiryAt) : undefined
      if (expiry) found.holds.push({...expiry, sentence: expiry.sentence, tranche, kind: 'other', expiry})
      const count = countAt > 0 ? countIn(row, countAt) : undefined
      const proceeds = proceedsAt > 0 ? amountIn(row, proceedsAt, language) : undefined
      const security = classKey(SECURITIES.exec(names[countAt] ?? '')?.[0] ?? 'securities')
      if (count && proceeds)
        found.lots.push({
          sentence: count.sentence,
          security,
          count,
          proceeds,
          hedged: false,
          compensation: false,
          tranche
        })
    }
  }
  return found
}

/** The tranche a row's first cell names, as its English key ("second", « Deuxième » too). */
function trancheOf(cell: string): string | undefined {
  const french = TRANCHE_ROW_FR.exec(cell)?.[0]
  return TRANCHE_ROW.exec(cell)?.[0] ?? (french ? FRENCH_TRANCHE_LABELS[french] : undefined)
}

/** The date a row's cell holds, whole ("November 20, 2026"), with its span and sentence. */
function dateIn(row: Row, column: number): ({date: Date; sentence: Sentence} & Span) | undefined {
  const span = row.spans[column]
  const date = span && parseDate(row.cells[column] ?? '')
  const sentence = date ? sentenceHolding(row.block, span) : undefined
  return date && sentence ? {date, sentence, start: span.start, end: span.end} : undefined
}
