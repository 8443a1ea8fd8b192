/**
 * The financing terms' types: each figure with its exact source span and the
 * sentence it is in. The extractors (offering-*.ts) fill them in;
 * offering.ts composes them.
 */
import type {Sentence} from './document.js'
import type {Currency, Decimal} from './numbers.js'
import type {Span} from './text.js'

export interface Figure extends Span {
  value: Decimal
  /** Half a unit of the last digit written. */
  tolerance: Decimal
  sentence: Sentence
  /** Its restatement in the other notation ("fifteen cents" of "fifteen cents ($0.15)"), with its value. */
  restated?: Span & {value: Decimal; tolerance: Decimal}
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
  /** Issued for debt: its sentence settles debt or states a deemed price. */
  forDebt?: boolean
  /** The terms an amendment replaces ("in place of the previously announced 10,000,000 units at $0.10"). */
  superseded?: boolean
}

/** A class's price stated in a sentence of its own, with no count ("The Units will be priced at $0.20 per Unit"). */
export interface ClassPrice {
  security: string
  price: Money
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
  /** Term in months, with the words that state it (or its expiry date's, counted from a closing's date). */
  term?: {months: number} & Span
  /** The date the warrants expire, where a sentence states it instead of a term ("until March 20, 2028"). */
  until?: {date: Date} & Span
  /** Issued to a lender as a loan bonus ("bonus warrants"), not with a placement's securities. */
  bonus?: boolean
  /**
   * The exercise price of a finder's, broker's or agent's warrants ("240,000 finder's warrants, each exercisable at
   * $0.06"): their compensation, not the placement's warrants (so not `price`), floored all the same.
   */
  compensation?: Money
  /** Outstanding warrants whose exercise price an amendment sets anew ("will be reduced to $0.20"). */
  amended?: boolean
}

/** Convertible securities the issuer issues (debentures, notes, preferred shares): the price per share they convert at. */
export interface Conversion {
  sentence: Sentence
  price: Money
  /** The price it steps up to after the first year, where the sentence states one ("and $0.10 per share thereafter"). */
  later?: Money
  /** The conversion term, where the sentence states one ("maturing 36 months from closing"). */
  term?: {months: number} & Span
}

/** Stock options granted (security-based compensation), with their exercise price and term. */
export interface Grant {
  sentence: Sentence
  price?: Money
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
  /**
   * The part of the financing it is of, where named as other than the whole: the defined term after "of the gross
   * proceeds of the" ("life offering" of "6% of the gross proceeds of the LIFE Offering"), or before the kind of the
   * securities sold ("ft shares" of "7% of the FT Shares sold"), lower case.
   */
  of?: string
  /** The tranche it is of, where its base names one ("6% of the gross proceeds of the final tranche"). */
  tranche?: string
  /**
   * The base the release states for the percentage, where it is a part no lot gives ("6% of the gross proceeds from
   * purchasers they introduced ($2,760,000)", "7% of the $456,000 raised from subscribers introduced by them").
   */
  stated?: Money
}

export interface HoldPeriod extends Span {
  sentence: Sentence
  /** The tranche whose securities it is of, when its sentence names one. */
  tranche?: string
  /** 'other period': a hold stated for another period than four months ("three months and one day"). */
  kind: 'four months and a day' | 'four months' | 'other period' | 'none' | 'other'
  /**
   * Its expiry date; `apposed`: set beside the period ("…, being August 10, 2026"), perhaps the distribution's;
   * `inclusive`: the restriction's last day ("until and including July 2, 2027"), the period ending the day after.
   */
  expiry?: {date: Date; apposed?: boolean; inclusive?: boolean} & Span
  /**
   * Of securities issued on the conversion or exercise of others distributed before (subscription receipts converted,
   * warrants exercised), or counted from another offering's closing: its distribution date is not this release's.
   */
  earlier?: boolean
}

/** A sentence adding earlier tranches to this one: "together with the first tranche of $X, … aggregate … $Y". */
export interface TrancheSum {
  sentence: Sentence
  /** The total stated for the tranches so far. */
  total: Money
  /** The amounts the sentence ties to earlier tranches, and the word naming each tranche ("first", "previous"). */
  earlier: Money[]
  labels: string[]
  /** This tranche's proceeds: its own lots' in the sentence, else those the release states for this tranche. */
  current?: Money[]
}

/** A table's total and the amounts (or counts of securities) above it in its column. */
export interface TableSum {
  total: Figure
  parts: Figure[]
  /** Whether a figure is written with a multiplier ("$1.2 million"): added, it is as rounded. */
  rounded: boolean
}

/** An option to sell more of the offering (offering-option.ts), with the figures its sentence gives. */
export interface OptionTerms {
  sentence: Sentence
  /** What the offering comes to if the option is exercised in full. */
  total?: Money
  /** The additional proceeds it states. */
  additional?: Money
  /** Its size as a percentage of the offering ("an additional 15% of the Offering"). */
  percent?: Figure
  /** Its own securities ("an option to purchase up to an additional 4,500,000 shares"). */
  lots: Lot[]
}

export interface ClosingDate extends Span {
  date: Date
  /**
   * The release's date, where the closing is stated relative to it: `today`, `closed` (no date: on it or a few days
   * before), or `before`: a day before it named (`said`: "yesterday", "on Friday"), the date that day.
   */
  relative?: 'today' | 'closed' | 'before'
  said?: Span
  /** The tranche that closed then, when its sentence names one. */
  tranche?: string
}

export interface OfferingTerms {
  lots: Lot[]
  /** Prices stated for a class apart from its counts: a lot of the class with no price of its own takes its one price. */
  prices: ClassPrice[]
  /** Proceeds stated for several lots together ("aggregate gross proceeds of"). */
  aggregates: Money[]
  coverage: Coverage[]
  /** Figures whose restatement in the other notation gives another value ("fifteen cents ($0.16)"). */
  misstated: Figure[]
  /** Totals stated over this tranche and the earlier ones. */
  trancheSums: TrancheSum[]
  /** A table's total row and the amounts above it in its column (offering-tables.ts). */
  tableSums: TableSum[]
  /** The deemed prices a table's column sets on shares it schedules, with the sentence before the table. */
  deemedCells: Array<{price: Money; lead: Sentence | undefined}>
  /** Options to sell more of the offering, with their figures. */
  options: OptionTerms[]
  /** Stated totals of (purchase) warrants issued with the securities. */
  warrantTotals: Figure[]
  warrants: WarrantTerms[]
  /** Conversion prices of convertible securities issued (see `Conversion`). */
  conversions: Conversion[]
  /** Stock options granted, with their exercise price (see offering-grants.ts). */
  grants: Grant[]
  fees: Fee[]
  holds: HoldPeriod[]
  /** Distribution dates stated ("closed on March 3, 2026"), each with the tranche its sentence names. */
  closingDates: ClosingDate[]
  /**
   * The release's own date, its dateline's, where it states the closing relative to it: "closed today", "on the
   * date hereof" (`today`), or "has closed" with no date (`closed`: on or a few days before the release's date).
   */
  released?: ClosingDate
  /** The tranche the release's opening announces ("closes second and final tranche"). */
  tranche?: string
  life: boolean
  /** The release says the Exchange waived (or is asked to waive) its minimum price for the shares. */
  floorWaived: boolean
  privatePlacement: boolean
  prospectus: boolean
  closing: boolean
  /**
   * The opening says the issuer has issued securities, with no date ("has issued 250,000 common shares … in payment
   * for services", « a émis 250 000 actions »): shares for services, debt or a property, issued on the release's date or a
   * few days before, as a placement that "has closed".
   */
  issued: boolean
}
