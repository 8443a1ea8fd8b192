/**
 * The financing terms a release states, gathered once per draft, each figure
 * with its exact source span: lots (a count of a class of securities, its
 * price, its proceeds), stated aggregates and tranche sums, figures whose
 * restatement in the other notation gives another value, warrant coverage
 * and totals, warrant exercise price and term (a loan's bonus warrants
 * told apart), stock options granted with their exercise price, lots issued
 * for debt, finders' and agents' fees
 * with their percentages, hold-period wording and expiry, the closing date
 * (or the release's own date, where it closes "today"), the tranche it
 * announces, and whether the offering is a LIFE offering, a private
 * placement, a closing.
 *
 * One extractor per term: a sentence's figures are read once
 * (offering-figures.ts: a figure and its restatement are one figure), lots
 * and aggregates from them (offering-lots.ts), tranche sums
 * (offering-tranches.ts), grants, loan bonuses and debt
 * (offering-grants.ts), every other term by its own extractor
 * (offering-terms.ts).
 */
import {subDays} from 'date-fns'
import type {Block, Sentence} from './document.js'
import type {Languages} from './language.js'
import type {Layout} from './layout.js'
import {figuresBefore, misstated, readFigures} from './offering-figures.js'
import {grantsIn, isLoanBonus, issuesForDebt, repricedIn} from './offering-grants.js'
import {aggregatesIn, classPricesIn, lendAlone, lotsIn, proceedsAlone, type Alone} from './offering-lots.js'
import {optionIn} from './offering-option.js'
import {addSheetLot, deemedCells, tableSums, termSheets, trancheRows} from './offering-tables.js'
import {priceFromClass, termUntil} from './offering-facts.js'
import {settleTrancheSums, trancheSumIn} from './offering-tranches.js'
import {
  closedBefore,
  closesToday,
  holdFromToday,
  closingDates,
  concurrentClosing,
  datelineDate,
  feesIn,
  holdPeriods,
  releaseFlags,
  warrantTermsAt,
  conversionIn,
  maturityIn,
  unitCoverage,
  warrantTerms,
  warrantTotalsIn
} from './offering-terms.js'
import type {Lot, OfferingTerms} from './offering-types.js'
import type {Table} from './tables.js'
import type {Span} from './text.js'

export {classKey} from './offering-figures.js'

export type {
  ClosingDate,
  Coverage,
  Fee,
  Figure,
  Grant,
  HoldPeriod,
  Lot,
  Money,
  OfferingTerms,
  TrancheSum,
  WarrantTerms
} from './offering-types.js'

/**
 * Gather the offering terms of a release from its sentences (caution and boilerplate excluded), each sentence's
 * figures read in its block's language (`languages`: "0,15 $" is fifteen cents in French).
 */
export function extractOffering(
  sentences: Sentence[],
  blocks: Block[],
  layout: Layout,
  languages?: Languages,
  tables: readonly Table[] = []
): OfferingTerms {
  const released = datelineDate(layout)
  const terms: OfferingTerms = {
    lots: [],
    prices: [],
    aggregates: [],
    trancheSums: [],
    tableSums: tableSums(tables, (sentence) => languages?.of(sentence.block) ?? 'en'),
    deemedCells: deemedCells(tables, (sentence) => languages?.of(sentence.block) ?? 'en'),
    options: [],
    misstated: [],
    coverage: [],
    warrantTotals: [],
    warrants: [],
    conversions: [],
    grants: [],
    fees: [],
    holds: [],
    closingDates: [],
    ...releaseFlags(blocks, layout, released?.date)
  }
  let today = false
  // A closing stated on a named day before the release's ("closed yesterday", "on Friday").
  let earlierDay: ReturnType<typeof closedBefore>
  const maturities: Array<{sentence: Sentence; term: {months: number} & Span}> = []
  let before: Sentence | undefined
  const alone: Alone[] = []
  for (const sentence of sentences) {
    // The sentence before, in the same block (it may say whose warrants the next one prices).
    const last = before
    const previous = before?.block === sentence.block ? before : undefined
    before = sentence
    const figures = readFigures(sentence, languages?.of(sentence.block))
    terms.misstated.push(...misstated(figures))
    terms.coverage.push(...unitCoverage(sentence))
    // The warrants' terms ("… exercisable at $0.15 for 24 months"); the lots are those stated ahead of them.
    const warrantsAt = warrantTermsAt(figures.text)
    if (warrantsAt >= 0) {
      const warrant = warrantTerms(figures)
      if (isLoanBonus(figures.text, previous)) warrant.bonus = true
      terms.warrants.push(warrant)
    }
    const repriced = repricedIn(figures)
    if (repriced) terms.warrants.push(repriced)
    const conversion = warrantsAt < 0 ? conversionIn(figures) : undefined
    if (conversion) terms.conversions.push(conversion)
    const maturity = maturityIn(sentence, figures.text)
    if (maturity) maturities.push({sentence, term: maturity})
    terms.grants.push(...grantsIn(figures))
    const ahead = warrantsAt < 0 ? figures : figuresBefore(figures, warrantsAt)
    const {lots, claimed, shared} = lotsIn(ahead)
    if (lots.length > 0 && issuesForDebt(figures.text)) for (const lot of lots) lot.forDebt = true
    terms.lots.push(...lots)
    if (lots.length === 0) terms.prices.push(...classPricesIn(ahead))
    if (lots.length === 0) alone.push(...proceedsAlone(ahead))
    // A total over this tranche and earlier ones is checked as their sum, not as the sum of this sentence's lots.
    const sum = trancheSumIn(ahead, lots)
    if (sum) terms.trancheSums.push(sum)
    const inSum = new Set(sum ? [sum.total, ...sum.earlier].map((m) => m.start) : [])
    // An option's total if exercised in full is the offering's with the option's: no lot's proceeds, no aggregate.
    const option = optionIn(figures, lots, terms.options.length > 0)
    if (option) {
      terms.options.push(option)
      if (option.total) inSum.add(option.total.start)
      for (const lot of option.lots)
        if (lot.proceeds && lot.proceeds.start === option.total?.start) lot.proceeds = undefined
    }
    terms.aggregates.push(...aggregatesIn(ahead, claimed, shared).filter((a) => !inSum.has(a.start)))
    terms.fees.push(...feesIn(figures))
    terms.warrantTotals.push(...warrantTotalsIn(figures))
    const holds = holdPeriods(sentence)
    terms.holds.push(...holds)
    // "… four months and one day from the date hereof": the distribution is the release's date, exactly.
    if (holds.some(holdFromToday)) today = true
    const stated = closingDates(figures, released?.date)
    // "Concurrently, … closed …": the date of the event the sentence before dates.
    const alongside = stated.length === 0 ? concurrentClosing(sentence, last) : undefined
    const closed = alongside ? [alongside] : stated
    terms.closingDates.push(...closed)
    if (closed.length === 0 && closesToday(figures.text)) today = true
    if (closed.length === 0 && released && !earlierDay) earlierDay = closedBefore(sentence, released.date)
  }
  // A closing (or an issue) stated relative to the release takes the release's date, its dateline's.
  if (released && (today || terms.closing || terms.issued))
    terms.released =
      earlierDay && !today
        ? {...released, date: subDays(released.date, earlierDay.days), relative: 'before', said: earlierDay.said}
        : {...released, relative: today ? 'today' : 'closed'}
  // A table of the offering's terms, a row each ("Price per Unit | $0.25"): its count, price and proceeds are a lot's.
  const language = (sentence: Sentence) => languages?.of(sentence.block) ?? 'en'
  for (const sheet of termSheets(tables, language)) addSheetLot(terms.lots, sheet)
  // A table of tranches, a row each: its closing date, its hold's expiry, its lot (unless a sentence read it).
  const tranches = trancheRows(tables, language)
  terms.closingDates.push(...tranches.closingDates)
  terms.holds.push(...tranches.holds)
  const read = (lot: Lot) => terms.lots.some((other) => other.count.start === lot.count.start)
  terms.lots.push(...tranches.lots.filter((lot) => !read(lot)))
  // A lot with no price of its own where no lot of its class states one: the price the release states for the class.
  for (const lot of terms.lots) if (!lot.price) lot.price = priceFromClass(lot, terms)
  // Proceeds stated ahead of the one lot they are of, in a sentence of their own.
  lendAlone(terms.lots, alone)
  settleTrancheSums(terms, layout)
  // A conversion term stated apart from the price ("The Debentures mature 36 months from issuance … convertible at
  // $0.08 per share"): the maturity its paragraph states, else the release's only one.
  for (const conversion of terms.conversions.filter((c) => !c.term)) {
    const own = maturities.filter((m) => m.sentence.block === conversion.sentence.block)
    const pool = own.length > 0 ? own : maturities
    if (pool.length > 0 && pool.every((m) => m.term.months === pool[0].term.months)) conversion.term = pool[0].term
  }
  // Warrants stated by their expiry date ("until March 20, 2032"): their term from the closing's date.
  for (const warrant of terms.warrants) {
    const months = warrant.until && !warrant.term ? termUntil(terms, warrant.until.date) : undefined
    if (months !== undefined) warrant.term = {months, start: warrant.until!.start, end: warrant.until!.end}
  }
  return terms
}
