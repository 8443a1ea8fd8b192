/**
 * The financing terms a release states, gathered once per draft, each figure
 * with its exact source span: lots (a count of a class of securities, its
 * price, its proceeds), stated aggregates, warrant coverage and totals,
 * warrant exercise price and term, finders' and agents' fees with their
 * percentages, hold-period wording and expiry, the closing date, and whether
 * the offering is a LIFE offering, a private placement, a closing.
 *
 * One extractor per term: a sentence's figures are read once
 * (offering-figures.ts), lots and aggregates from them (offering-lots.ts),
 * every other term by its own extractor (offering-terms.ts).
 */
import type {Block, Sentence} from './document.js'
import type {Layout} from './layout.js'
import type {Currency, Decimal} from './numbers.js'
import {readFigures} from './offering-figures.js'
import {aggregatesIn, lotsIn} from './offering-lots.js'
import {
  closingDate,
  feesIn,
  holdPeriod,
  releaseFlags,
  statesWarrantTerms,
  unitCoverage,
  warrantTerms,
  warrantTotalsIn
} from './offering-terms.js'
import type {Span} from './text.js'

export {classKey} from './offering-figures.js'

export interface Figure extends Span {
  value: Decimal
  /** Half a unit of the last digit written. */
  tolerance: Decimal
  sentence: Sentence
}

export interface Money extends Figure {
  currency: Currency
  /** Written with a multiplier ("$1.16 million", "$4M"). */
  rounded: boolean
}

/** A count of one class of securities, with its price and proceeds where the text gives them. */
export interface Lot {
  sentence: Sentence
  /** Normalized class: "units", "flow-through units", "shares", "flow-through shares", "subscription receipts". */
  security: string
  count: Figure
  price?: Money
  proceeds?: Money
  /** "approximately", "up to", "minimum", "maximum" … */
  hedged: boolean
  /** Units issued to a finder or agent, not sold. */
  compensation: boolean
  /** The tranche the lot closed in ("first", "second and final"), when the text says. */
  tranche?: string
}

export interface Coverage extends Span {
  /** The class the coverage is of ("units", "flow-through units"). */
  security: string
  /** Warrants per security: 1, 1/2, … */
  fraction: Decimal
}

export interface WarrantTerms {
  sentence: Sentence
  price?: Money
  /** Term in months, with the words that state it. */
  term?: {months: number} & Span
}

export interface Fee {
  sentence: Sentence
  percent: Figure
  /** What the percentage is of. */
  base: 'proceeds' | 'securities'
  /** The amount or count the percentage should give. */
  amount: Figure
  kind: 'cash' | 'securities'
}

export interface HoldPeriod extends Span {
  sentence: Sentence
  kind: 'four months and a day' | 'four months' | 'none' | 'other'
  expiry?: {date: Date} & Span
}

export interface OfferingTerms {
  lots: Lot[]
  /** Proceeds stated for several lots together ("aggregate gross proceeds of"). */
  aggregates: Money[]
  coverage: Coverage[]
  /** Stated totals of (purchase) warrants issued with the securities. */
  warrantTotals: Figure[]
  warrants: WarrantTerms[]
  fees: Fee[]
  holds: HoldPeriod[]
  /** Distribution dates stated ("closed on March 3, 2026"). */
  closingDates: Array<{date: Date} & Span>
  life: boolean
  privatePlacement: boolean
  prospectus: boolean
  closing: boolean
}

/** Gather the offering terms of a release from its sentences (caution and boilerplate excluded). */
export function extractOffering(sentences: Sentence[], blocks: Block[], layout: Layout): OfferingTerms {
  const terms: OfferingTerms = {
    lots: [],
    aggregates: [],
    coverage: [],
    warrantTotals: [],
    warrants: [],
    fees: [],
    holds: [],
    closingDates: [],
    ...releaseFlags(blocks, layout)
  }
  for (const sentence of sentences) {
    const figures = readFigures(sentence)
    const coverage = unitCoverage(sentence)
    if (coverage) terms.coverage.push(coverage)
    // A sentence on the warrants' terms ("… exercisable at $0.15 for 24 months") states no lot.
    if (statesWarrantTerms(figures.text)) terms.warrants.push(warrantTerms(figures))
    else {
      const {lots, claimed} = lotsIn(figures)
      terms.lots.push(...lots)
      terms.aggregates.push(...aggregatesIn(figures, claimed))
    }
    terms.fees.push(...feesIn(figures))
    terms.warrantTotals.push(...warrantTotalsIn(figures))
    const hold = holdPeriod(sentence)
    if (hold) terms.holds.push(hold)
    const closed = closingDate(figures)
    if (closed) terms.closingDates.push(closed)
  }
  return terms
}
