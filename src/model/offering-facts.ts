/**
 * Facts derived from the financing terms, for the rules that check them: the
 * proceeds a lot states or implies, the one price of a class, the lots that
 * are the same lot stated twice, the tranches, the warrants per unit, what a
 * fee's percentage is of, and the words that make a figure not the deal's.
 */
import type {Sentence} from './document.js'
import {Decimal, agrees, findMoney, type NumberLanguage} from './numbers.js'
import {addDays, addMonths, subDays} from 'date-fns'
import {expiresWithin, holdExpiry, monthsUntil} from './dates.js'
import type {ClosingDate, Fee, Figure, HoldPeriod, Lot, Money, OfferingTerms} from './offering-types.js'
import {offsetAt, spanOf, type Span} from './text.js'
import {AMOUNT_HEDGE_WORDS, BOUND_WORDS, INSIDER_WORDS, LIMITS, OPTION_WORDS, anyWord} from './vocabulary.js'
import {pattern} from './pattern.js'

const word = (words: readonly string[]) => pattern(String.raw`\b${anyWord(words)}\b`)
const BOUND = word(BOUND_WORDS)
const OPTION = word(OPTION_WORDS)
const INSIDERS = word(INSIDER_WORDS)
/** French: "environ", "jusqu'à", "au plus"; "surallocation"; "initiés", "administrateurs", "dirigeants". */
const HEDGED = pattern(
  String.raw`\b${anyWord(AMOUNT_HEDGE_WORDS)}\b|\b(?:environ|jusqu'à|jusqu'a|au plus|approximativement)\b`
)
const OPTION_FR = /\bsurallocation\b|\bsursouscription\b|\boption d'attribution excédentaire\b/
/** Of either gender, as the insider is: « initiée », « administratrice », « dirigeante ». */
const INSIDERS_FR = /\b(?:initi[ée]e?s?|administrat(?:eur|rice)s?|dirigeante?s?)(?![a-zà-ÿ])/
/** The offerings of a release together: "from both offerings", "under the two placements", "combined". */
const BOTH_OFFERINGS = /\b(?:both|the two) (?:offerings|placements|financings)\b|\bcombined\b/
/**
 * An earlier tranche the sentence adds to what it then states: "Together with the first tranche of 5,000,000 units,
 * the Company has issued 8,000,000 units for aggregate gross proceeds of $800,000", "Including the initial closing of
 * …", « Avec la première tranche de … »; or the securities an earlier closing issued, before an over-allotment
 * option's: "Together with the 7,500,000 common shares issued at the closing of the Offering, the Company has issued
 * 8,100,000 common shares …". The count after it is the total to date, which holds the earlier one.
 */
const ADDS_EARLIER = pattern(
  String.raw`\b(?:together with|combined with|including|when combined with|along with|in addition to|with) (?:the )?` +
    String.raw`(?:first|initial|previous|prior|earlier|preceding|second)(?: and (?:second|third))? (?:tranches?|closings?)\b` +
    String.raw`|\b(?:together with|combined with|including|when combined with|along with|in addition to) (?:the )?` +
    String.raw`\d{1,3}(?:,\d{3})+ [a-z -]{0,30}?\b(?:shares|units) (?:issued|sold) (?:at|on|upon) (?:the )?` +
    String.raw`(?:initial |original |first |base )?closing\b` +
    String.raw`|(?<![a-zà-ÿ])(?:avec|incluant|en incluant|compte tenu de) (?:la |les )?(?:premi[èe]re|deuxi[èe]me|pr[ée]c[ée]dente)s? ` +
    String.raw`(?:tranches?|cl[ôo]tures?)\b`
)
/** Where the issuer's own clause begins after a phrase set before it: ", the Company has issued", « , la Société a ». */
const ISSUER_CLAUSE = pattern(String.raw`, (?:the (?:company|corporation|issuer)|it|we|la soci[ée]t[ée]|elle)\b`)
const ACROSS_TRANCHES = /\btranches\b|\bin (?:the )?aggregate\b|\btotal\b|\bau total\b|\bglobal(?:ement)?\b/

/** A minimum or a maximum ("a minimum of 2,000,000 units"). */
export const statesBound = (sentence: Sentence) => BOUND.test(sentence.norm.text)
/** An over-allotment or over-subscription option. */
export const statesOption = (sentence: Sentence) =>
  OPTION.test(sentence.norm.text) || OPTION_FR.test(sentence.norm.text)
/** Insiders, directors or officers: their lot is a part of the deal. */
export const namesInsiders = (sentence: Sentence) =>
  INSIDERS.test(sentence.norm.text) || INSIDERS_FR.test(sentence.norm.text)
/** "approximately", "approx.", "about", "up to" an amount. */
export const hedgesAmount = (sentence: Sentence) => HEDGED.test(sentence.norm.text)
/** An aggregate stated across tranches ("… of both tranches", "in the aggregate", "total"). */
export const spansTranches = (sentence: Sentence) => ACROSS_TRANCHES.test(sentence.norm.text)

/** Lots stated more than once (the same count of the same class) count once. */
export function distinctLots(lots: Lot[]): Lot[] {
  const seen = new Set<string>()
  return lots.filter((lot) => {
    const key = `${lot.security}:${lot.count.value.toString()}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Shares issued on the exercise of options or warrants: bought at their exercise price, not the offering's. */
const EXERCISE =
  /\b(?:on|upon|for|from|following) (?:the )?exercise of\b|\b(?:[àa]|lors de|suivant) l'exercice d(?:e |')/
const onExercise = (sentence: Sentence) => EXERCISE.test(sentence.norm.text) && !statesOption(sentence)

/** The one price the release states for a class, if it states exactly one. */
export function uniquePrice(lots: Lot[], security: string): Money | undefined {
  const prices = lots.filter((lot) => lot.security === security && lot.price).map((lot) => lot.price!)
  return prices.length > 0 && prices.every((p) => p.value.equals(prices[0].value)) ? prices[0] : undefined
}

/** A lot's price as stated, else the one price of its class among `lots` (not for shares issued on an exercise). */
export function priceOf(lot: Lot, lots: Lot[]): Money | undefined {
  return lot.price ?? (onExercise(lot.sentence) ? undefined : uniquePrice(lots, lot.security))
}

/**
 * The price of a lot that states none, where no lot of its class states one either (`priceOf` takes that one): the one
 * price the release states for its class in a sentence of its own ("The Units will be priced at $0.20 per Unit"), not
 * for securities issued to a finder or for debt, nor on an exercise.
 */
export function priceFromClass(lot: Lot, terms: Pick<OfferingTerms, 'lots' | 'prices'>): Money | undefined {
  if (lot.compensation || lot.forDebt || onExercise(lot.sentence) || uniquePrice(terms.lots, lot.security))
    return undefined
  const stated = terms.prices.filter((p) => p.security === lot.security)
  return stated.length > 0 && stated.every((p) => p.price.value.equals(stated[0].price.value))
    ? stated[0].price
    : undefined
}

/**
 * How far a whole figure written to the thousand may be from the amount it rounds: "gross proceeds of $1,667,000"
 * for 2,222,333 shares at $0.75 ($1,666,749.75). From $100,000 up (half a thousand is then at most 0.5% of it, the
 * share an "approximately" allows); undefined for other figures.
 */
export function roundedToThousand(figure: Money): Decimal | undefined {
  const {value} = figure
  return value.gte(100_000) && value.mod(1000).isZero() && figure.tolerance.lt(1) ? new Decimal(500) : undefined
}

/** A lot's proceeds as stated, else its count × its price (or the one price of its class). */
export function proceedsOf(lot: Lot, lots: Lot[]): Decimal | undefined {
  if (lot.proceeds) return lot.proceeds.value
  const price = priceOf(lot, lots)
  return price ? lot.count.value.times(price.value) : undefined
}

/**
 * The lots a paragraph's aggregate is the proceeds of: the lots of its
 * paragraph, two at least, when neither it nor they are a bound's, an
 * option's or insiders' (their figures are not the deal's).
 */
export function lotsOfAggregate(aggregate: Money, lots: Lot[]): Lot[] | undefined {
  const partial = ({sentence}: {sentence: Sentence}) => statesBound(sentence) || statesOption(sentence)
  if (partial(aggregate)) return undefined
  const own = lots.filter((lot) => lot.sentence.block === aggregate.sentence.block && lot.proceeds !== aggregate)
  // An aggregate of "both offerings" (a LIFE offering and its concurrent placement, each in a paragraph of its own)
  // is the sum of the release's lots sold, none a finder's, each in its own paragraph.
  const sold = lots.filter((lot) => !lot.compensation && !lot.tranche && lot.proceeds !== aggregate)
  const both =
    own.length === 1 &&
    BOTH_OFFERINGS.test(aggregate.sentence.norm.text) &&
    new Set(sold.map((lot) => lot.sentence.block)).size === sold.length
  const together = distinctLots(both ? sold : own)
  if (together.length < 2) return undefined
  // The earlier tranches the sentence adds are in the total to date it states after them: that lot alone (an
  // option's lot or insiders' stated beside it in the paragraph are in it too, so they leave it checked).
  const {norm} = aggregate.sentence
  const adds = ADDS_EARLIER.exec(norm.text)
  // The phrase that adds them ends where the issuer's clause begins ("…, the Company has issued").
  const cut = adds ? norm.text.slice(adds.index).search(ISSUER_CLAUSE) : -1
  if (adds && cut > 0) {
    const phrase = spanOf(norm, adds.index, adds.index + cut)
    const added = (lot: Lot) => lot.count.start >= phrase.start && lot.count.end <= phrase.end
    // The total to date is the sentence's own count after the phrase; this tranche's lot, stated in another sentence
    // of the paragraph ("has closed the second tranche of 3,000,000 units …"), is in it too.
    const total = together.filter((lot) => !added(lot) && lot.sentence === aggregate.sentence)
    if (total.length === 1 && !namesInsiders(aggregate.sentence)) return total
  }
  if (together.some((lot) => partial(lot) || namesInsiders(lot.sentence))) return undefined
  return together
}

/**
 * The proceeds of `together`, when each of them states or implies its own, in `currency` where given (a price in
 * another currency, "US$0.08 per unit", is not summed into an aggregate in Canadian dollars).
 */
export function sumOfProceeds(together: Lot[], lots: Lot[], currency?: Money['currency']): Decimal | undefined {
  let sum = new Decimal(0)
  for (const lot of together) {
    const amount = proceedsOf(lot, lots)
    const stated = lot.proceeds ?? priceOf(lot, lots)
    if (!amount || (currency && stated && stated.currency !== currency)) return undefined
    sum = sum.plus(amount)
  }
  return sum
}

/** One lot with stated proceeds per tranche label, when each label has exactly one. */
export function distinctTranches(lots: Lot[]): Lot[] {
  const byLabel = new Map<string, Lot[]>()
  for (const lot of distinctLots(lots)) {
    if (!lot.tranche || !lot.proceeds) continue
    byLabel.set(lot.tranche, [...(byLabel.get(lot.tranche) ?? []), lot])
  }
  if ([...byLabel.values()].some((list) => list.length !== 1)) return []
  return [...byLabel.values()].map((list) => list[0])
}

/** Warrants per security of a class, when every composition the release states for it agrees. */
export function coverageOf(terms: OfferingTerms, security: string): Decimal | undefined {
  const found = terms.coverage.filter((c) => c.security === security)
  return found.length > 0 && found.every((c) => c.fraction.equals(found[0].fraction)) ? found[0].fraction : undefined
}

/**
 * The lots of units a warrant total is issued with: the one of its paragraph, else the one of the release; or
 * several classes sold together, each with its own composition ("5,000,000 HD Units and 6,250,000 FT Units … In
 * total, the Company issued 8,125,000 warrants"), each class once; not the units insiders bought, a part of the deal.
 */
export function unitsOfWarrants(terms: OfferingTerms, total: Figure, lots: Lot[]): Lot[] | undefined {
  const withWarrants = lots.filter((lot) => coverageOf(terms, lot.security))
  // Insiders' units are a part of the deal ("Eric Mallard, a director, purchased 250,000 HD Units"), not a lot of it.
  const whole = withWarrants.filter((lot) => !namesInsiders(lot.sentence))
  const covered = whole.length > 0 ? whole : withWarrants
  let units = distinctLots(covered.filter((lot) => lot.sentence.block === total.sentence.block))
  if (units.length === 0) units = distinctLots(covered)
  if (units.length === 1) return units
  // Two lots of one class are one lot stated twice, unless one sentence sells them at two prices: classes the key
  // reads as one ("4,000,000 flow-through units at $0.25 … and 5,000,000 charity flow-through units at $0.32").
  const twice = units.some((a) =>
    units.some(
      (b) =>
        a !== b &&
        a.security === b.security &&
        (a.sentence !== b.sentence || !a.price || !b.price || a.price.value.equals(b.price.value))
    )
  )
  const sold = units.every((lot) => !lot.compensation && !lot.superseded && !lot.tranche)
  return units.length > 1 && !twice && sold ? units : undefined
}

const DEBT_UNITS = /\b(?:debenture|note) units$/

/**
 * The price of the units a placement's warrants come with: the one price of its lots of units (the classes sold with
 * warrants; shares sold beside them carry none: "8,823,529 charity flow-through shares at $0.28 and 2,941,176 common
 * share units at $0.17"), else, where it sells no units, the one price of all its lots.
 */
export function warrantsUnitPrice(terms: OfferingTerms): Decimal | undefined {
  // A debenture unit's price is its principal ("$1,000 per Debenture Unit"), no price of the shares its warrants buy.
  const sold = terms.lots.filter(
    (lot) => lot.price && !lot.compensation && !lot.forDebt && !lot.superseded && !DEBT_UNITS.test(lot.security)
  )
  const units = sold.filter((lot) => /\bunits$/.test(lot.security))
  const prices = (units.length > 0 ? units : sold).map((lot) => lot.price!.value)
  return prices.length > 0 && prices.every((p) => p.equals(prices[0])) ? prices[0] : undefined
}

/** Whether a stated warrant total fits this lot's count. */
export function warrantsFit(terms: OfferingTerms, lot: Lot): boolean {
  const coverage = coverageOf(terms, lot.security)
  if (!coverage) return false
  const expected = lot.count.value.times(coverage).floor()
  return terms.warrantTotals.some((total) => total.value.minus(expected).abs().lte(1))
}

/**
 * Every figure of a lot that may be the one to correct, the likeliest first (`likeliest`): then the other figures
 * no statement backs up, where correcting them alone makes the lot agree (a count only where the proceeds at
 * the price are a whole number of securities).
 */
export function fixesOf(
  sentences: Sentence[],
  terms: OfferingTerms,
  lot: Lot,
  price: Money,
  language?: (sentence: Sentence) => NumberLanguage
): Unbacked[] {
  const first = likeliest(sentences, terms, lot, price, language)
  const proceeds = lot.proceeds!
  const backed = (figure: Figure | Money) => restated(sentences, terms, figure, language)
  const fixes = [first]
  const count = proceeds.value.div(price.value)
  if (first.which !== 'count' && count.isInteger() && !backed(lot.count) && !warrantsFit(terms, lot))
    fixes.push({which: 'count', figure: lot.count, expected: count})
  if (first.which !== 'proceeds' && !backed(proceeds))
    fixes.push({which: 'proceeds', figure: proceeds, expected: lot.count.value.times(price.value)})
  return fixes
}

/**
 * Which of a lot's count, price and proceeds disagrees, and what it would
 * read to agree with the other two: the one no other statement in the
 * release backs up. A figure stated again elsewhere (a headline, a warrant
 * total that fits the count) is taken as right; with nothing to go on, the
 * proceeds are the figure derived from the other two.
 */
function likeliest(
  sentences: Sentence[],
  terms: OfferingTerms,
  lot: Lot,
  price: Money,
  language?: (sentence: Sentence) => NumberLanguage
): Unbacked {
  const proceeds = lot.proceeds!
  const backed = (figure: Figure | Money) => restated(sentences, terms, figure, language)
  const proceedsBacked = backed(proceeds)
  const countBacked = backed(lot.count) || warrantsFit(terms, lot)
  if (proceedsBacked && countBacked && lot.price)
    return {which: 'price', figure: price, expected: proceeds.value.div(lot.count.value)}
  if (proceedsBacked && (backed(price) || !countBacked)) {
    return {which: 'count', figure: lot.count, expected: proceeds.value.div(price.value).round()}
  }
  return {which: 'proceeds', figure: proceeds, expected: lot.count.value.times(price.value)}
}

/** The figure of a lot that disagrees with the other two, and the value that would agree. */
export interface Unbacked {
  which: 'price' | 'count' | 'proceeds'
  figure: Figure
  expected: Decimal
}

/**
 * Whether the same value is stated elsewhere in the release (as money for money, as a count for a count); each
 * sentence read in its block's `language` ("1 500 000 $" in French).
 */
export function restated(
  sentences: Sentence[],
  terms: OfferingTerms,
  figure: Figure | Money,
  language?: (sentence: Sentence) => NumberLanguage
): boolean {
  if ('currency' in figure) {
    return sentences.some((sentence) =>
      findMoney(sentence.norm.text, language?.(sentence)).some(
        (m) => m.value.equals(figure.value) && offsetAt(sentence.norm, m.index) !== figure.start
      )
    )
  }
  return terms.lots.some((lot) => lot.count.start !== figure.start && lot.count.value.equals(figure.value))
}

/** A deemed price: what securities issued for something other than cash are counted at. */
const DEEMED_PRICE = /\bdeemed (?:issue )?price\b/

/** What a fee's percentage is of: the offering's gross proceeds and securities sold. */
export interface OfferingTotals {
  proceeds?: Decimal
  count?: Decimal
  hedged: boolean
}

/** What a fee percentage is of, when the release makes it unambiguous. */
export function offeringTotals(terms: OfferingTerms, lots: Lot[]): OfferingTotals {
  const aggregates = terms.aggregates
  const all = distinctLots(lots.filter((lot) => !namesInsiders(lot.sentence) && !statesBound(lot.sentence)))
  // Shares issued at a deemed price (a qualifying transaction's or an acquisition's consideration) are not sold: beside
  // a placement closed with them, the placement's lots are the offering.
  const sold = all.filter((lot) => !DEEMED_PRICE.test(lot.sentence.norm.text))
  const unique = sold.length > 0 ? sold : all
  const hedged = unique.some((lot) => lot.hedged)
  if (unique.length === 1) {
    const [lot] = unique
    return {proceeds: proceedsOf(lot, lots), count: lot.count.value, hedged}
  }
  if (aggregates.length > 0 && aggregates.every((a) => a.value.equals(aggregates[0].value))) {
    return {proceeds: aggregates[0].value, hedged: hedged || aggregates[0].rounded}
  }
  return {hedged}
}

/**
 * What a fee is of: the totals of the financing, or those of the part it names ("of the gross proceeds of the LIFE
 * Offering": the lot whose defined term it is, the lot before `(the "LIFE Offering")` in its sentence, the term
 * defined in the singular too, `(each, a "FT Unit")` for "the FT Units"); classes joined ("6% of the HD Units and FT
 * Units sold") are their lots together, each defined. A part named that no lot defines, in a financing of several
 * lots, cannot be told: undefined.
 */
export function feeTotals(fee: Fee, lots: Lot[], totals: OfferingTotals): OfferingTotals | undefined {
  // A base the release states for the percentage ("… from purchasers they introduced ($2,760,000)").
  if (fee.stated) return {proceeds: fee.stated.value, hedged: fee.stated.rounded}
  // A fee of one tranche ("6% of the gross proceeds of the final tranche") is counted on the one lot the release
  // states for that tranche; tranches named together ("the first and second tranches") are no one lot.
  if (fee.tranche) {
    if (/ and (?!final|last)/.test(fee.tranche)) return undefined
    const own = distinctLots(
      lots.filter((lot) => !lot.compensation && lot.tranche && sameTranche(lot.tranche, fee.tranche!))
    )
    if (own.length !== 1) return undefined
    const [lot] = own
    return {proceeds: proceedsOf(lot, lots), count: lot.count.value, hedged: lot.hedged}
  }
  if (!fee.of) return totals
  const parts = fee.of.split(/ and (?:the )?/).map((part) => definedLot(part, lots))
  if (parts.every((lot) => lot !== undefined) && new Set(parts).size === parts.length) {
    const proceeds = parts.map((lot) => proceedsOf(lot, lots))
    return {
      proceeds: proceeds.every((p) => p !== undefined) ? Decimal.sum(...proceeds) : undefined,
      count: Decimal.sum(...parts.map((lot) => lot.count.value)),
      hedged: parts.some((lot) => lot.hedged)
    }
  }
  return distinctLots(lots).length === 1 ? totals : undefined
}

/** The one lot a defined term names: the lot before `(the "LIFE Offering")`, or `(each, a "FT Unit")`, in its sentence. */
function definedLot(term: string, lots: Lot[]): Lot | undefined {
  const defined: Lot[] = []
  const singular = term.endsWith('s') ? `"${term.slice(0, -1)}"` : undefined
  for (const sentence of new Set(lots.map((lot) => lot.sentence))) {
    const text = sentence.norm.text
    let i = text.indexOf(`"${term}"`)
    if (i < 0 && singular) i = text.indexOf(singular)
    if (i < 0) continue
    const at = offsetAt(sentence.norm, i)
    const before = lots.filter((lot) => lot.sentence === sentence && lot.count.start < at)
    if (before.length > 0) defined.push(before.reduce((a, b) => (b.count.start > a.count.start ? b : a)))
  }
  return defined.length === 1 ? defined[0] : undefined
}

/** What a fee's percentage gives: its base, the amount, and whether the stated amount agrees. */
export interface FeeAmount {
  base: Decimal
  computed: Decimal
  agrees: boolean
}

/**
 * The amount a fee's percentage gives of its base (a count rounded to a whole
 * security), and whether the stated amount agrees: "7%" is exact, "4.6%"
 * (`percent` as written) is rounded to a tenth of a percent.
 */
export function feeAmount(fee: Fee, totals: OfferingTotals, percent: string): FeeAmount | undefined {
  const ofProceeds = fee.base === 'proceeds'
  const base = ofProceeds ? totals.proceeds : totals.count
  if (!base) return undefined
  const computed = base.times(fee.percent.value).div(100)
  const slack = /\d\.\d/.test(percent) ? base.times(fee.percent.tolerance).div(100) : new Decimal(0)
  const difference = fee.amount.value.minus(computed).abs().minus(slack)
  if (!ofProceeds) {
    const allowed = Decimal.max(1, totals.hedged ? computed.times(LIMITS.hedgedShare) : 0)
    return {base, computed: computed.round(), agrees: difference.lte(allowed)}
  }
  const stated = {value: fee.amount.value, tolerance: fee.amount.tolerance.plus(slack)}
  return {base, computed, agrees: difference.lte(0) || agrees(computed, stated, totals.hedged)}
}

/**
 * Whether two tranche labels name one tranche: by its ordinal ("the second tranche" is the release's "second and
 * final tranche"), or as the final one ("the final tranche", "the last tranche", "second and final").
 */
export function sameTranche(a: string, b: string): boolean {
  const first = (label: string) => label.split(' ')[0]
  const final = (label: string) => /\b(?:final|last)$/.test(label)
  return first(a) === first(b) || (final(a) && final(b))
}

/** Days before its date a release announcing that it "has closed" (no date given) may have closed. */
const CLOSED_DAYS_BEFORE = 7

/**
 * The distribution date a hold's expiry is counted from: the one closing date stated for its tranche (the one
 * its sentence names, else the one the release announces; a date stated for another tranche is not it), else the
 * release's own date where it states the closing relative to it.
 */
export function distributionDate(terms: OfferingTerms, hold: Pick<HoldPeriod, 'tranche'>): ClosingDate | undefined {
  const tranche = hold.tranche ?? terms.tranche
  // A date stated for "the final tranche", by no ordinal, is the closing the release announces, where its headline or
  // lead gives that one's ordinal ("Closes Second Tranche" … "has closed on March 14, 2024 the final tranche").
  const own = (label: string) => (/^(?:final|last)$/.test(label) && terms.tranche ? terms.tranche : label)
  const stated = terms.closingDates.filter((d) => !tranche || !d.tranche || sameTranche(own(d.tranche), tranche))
  const ownTranche = !hold.tranche || (terms.tranche !== undefined && sameTranche(hold.tranche, terms.tranche))
  const released = terms.released && ownTranche ? [terms.released] : []
  const dates = stated.length > 0 ? stated : released
  return dates.length > 0 && dates.every((d) => d.date.getTime() === dates[0].date.getTime()) ? dates[0] : undefined
}

/**
 * The term of warrants stated by their expiry date, in months from the distribution date, where a closing release
 * gives it (stated, or the dateline's: the closing came on it or before, so the term is at least this long).
 */
export function termUntil(terms: OfferingTerms, until: Date): number | undefined {
  const distribution = terms.closing ? distributionDate(terms, {tranche: undefined}) : undefined
  return distribution && monthsUntil(distribution.date, until)
}

const DAY = 24 * 60 * 60 * 1000

/**
 * The date a release should state as its hold's expiry: the distribution date + four months and a day (NI 45-102
 * s.2.5), or the day before where it states the restriction's last day ("until and including …").
 */
export function dueExpiry(distribution: Date, inclusive = false): Date {
  const end = holdExpiry(distribution)
  return inclusive ? subDays(end, 1) : end
}

/** Whether a stated hold expiry is the distribution date + four months and a day (NI 45-102 s.2.5). */
export function expiryFits(distribution: ClosingDate, expiry: NonNullable<HoldPeriod['expiry']>): boolean {
  const days = distribution.relative === 'closed' ? CLOSED_DAYS_BEFORE : 0
  // A date set beside the period before the hold could end is the distribution date restated, not an expiry
  // ("four months and a day from the closing date, being April 9, 2026").
  const time = expiry.date.getTime() - distribution.date.getTime()
  if (expiry.apposed && time <= LIMITS.apposedDistributionDays * DAY) return true
  // The restriction's last day stated: the period ends the day after.
  return expiresWithin(expiry.inclusive ? addDays(expiry.date, 1) : expiry.date, distribution.date, days)
}

/**
 * Whether a stated expiry that is not the one computed may follow another count of a month's end: the fourth month
 * after the distribution lacks its day (October 30 or 31, a closing on December 31: April has 30 days), and how to
 * count it is not set out in NI 45-102 (requirements §7: "verify" rather than an error). Clamped, October 31, 2026 +
 * four months is February 28, 2027 (expiry March 1); counted on into the next month, March 3 (expiry March 4): an
 * expiry after the first and up to the second is to be verified. Only for a distribution date the release gives.
 */
export function monthEndUnsettled(distribution: ClosingDate, expiry: NonNullable<HoldPeriod['expiry']>): boolean {
  if (distribution.relative === 'closed') return false
  const day = distribution.date.getDate()
  const clamped = addMonths(distribution.date, 4)
  if (clamped.getDate() === day) return false
  const stated = expiry.inclusive ? addDays(expiry.date, 1) : expiry.date
  const counted = addDays(clamped, day - clamped.getDate() + 1)
  return stated > addDays(clamped, 1) && stated <= counted
}

export {holdExpiry}

/** A stated total and the sum of its parts: a paragraph's lots, the tranches, or earlier tranches and this one. */
export interface StatedSum {
  /** The total stated: an amount, or a table's count of securities. */
  total: Figure
  sum: Decimal
  /** The stated figures summed (a part already found wrong explains the total). */
  parts: Figure[]
  /** How many figures were added (each may be off by a dollar's rounding). */
  count: number
  hedged: boolean
  of: 'paragraph' | 'tranches' | 'earlier' | 'table'
  /** The tranches' labels ("first", "second and final"), for `tranches`. */
  labels: string[]
}

/**
 * The totals a release states and what they should be: a paragraph's aggregate is the sum of its lots (each
 * count × price where it states no proceeds); an aggregate stated across tranches, apart from their own
 * sentences, the sum of the tranches; a tranche sum, the earlier tranches' amounts and this tranche's proceeds.
 */
export function statedSums(terms: OfferingTerms, lots: Lot[]): StatedSum[] {
  const sums: StatedSum[] = []
  const tranches = distinctTranches(lots)
  const ofAll = new Set<Money>()
  for (const aggregate of terms.aggregates) {
    const together = lotsOfAggregate(aggregate, lots)
    const sum = together && sumOfProceeds(together, lots, aggregate.currency)
    if (!together || !sum) continue
    const hedged = aggregate.rounded || together.some((lot) => lot.hedged) || hedgesAmount(aggregate.sentence)
    const parts = together.flatMap((lot) => (lot.proceeds ? [lot.proceeds] : []))
    // A paragraph stating earlier tranches, each its own, then a total to date ("The Company has now raised aggregate
    // gross proceeds of $1,500,000"): the total is theirs, or, where it is not, every tranche's.
    const earlier = together.every((lot) => tranches.includes(lot)) && tranches.length > together.length
    if (earlier && !agrees(sum, aggregate, hedged, new Decimal(together.length))) {
      ofAll.add(aggregate)
      continue
    }
    sums.push({total: aggregate, sum, parts, count: together.length, hedged, of: 'paragraph', labels: []})
  }
  for (const aggregate of tranches.length < 2 ? [] : terms.aggregates) {
    const own = tranches.some((lot) => lot.sentence === aggregate.sentence)
    if ((!spansTranches(aggregate.sentence) && !ofAll.has(aggregate)) || own) continue
    const parts = tranches.map((lot) => lot.proceeds!)
    const hedged = aggregate.rounded || tranches.some((lot) => lot.hedged)
    const labels = tranches.map((lot) => lot.tranche!)
    sums.push({total: aggregate, sum: added(parts), parts, count: parts.length, hedged, of: 'tranches', labels})
  }
  // A table's total row: the amounts above it in its column.
  for (const {total, parts, rounded} of terms.tableSums) {
    sums.push({total, sum: added(parts), parts, count: parts.length, hedged: rounded, of: 'table', labels: []})
  }
  for (const stated of terms.trancheSums) {
    const parts = [...stated.earlier, ...(stated.current ?? [])]
    const hedged = stated.total.rounded || hedgesAmount(stated.sentence) || parts.some((part) => part.rounded)
    sums.push({total: stated.total, sum: added(parts), parts, count: parts.length, hedged, of: 'earlier', labels: []})
  }
  return sums
}

/** The sum of stated figures. */
const added = (figures: Figure[]) => figures.reduce((sum, figure) => sum.plus(figure.value), new Decimal(0))

/**
 * Which notation of a misstated figure is wrong ("fifteen cents ($0.16)"), and the value it should give: its
 * numerals, where it is a lot's count, price or proceeds and the lot agrees with the restatement's value but not
 * with the numerals'; else the restatement.
 */
export function wrongNotation(figure: Figure, lots: Lot[]): {wrong: Span; value: Decimal} {
  const restated = figure.restated!
  for (const lot of lots) {
    const price = priceOf(lot, lots)
    const proceeds = lot.proceeds
    if (!price || !proceeds) continue
    const key = (['count', 'price', 'proceeds'] as const).find(
      (k) => ({count: lot.count, price, proceeds})[k].start === figure.start
    )
    if (!key) continue
    const fits = (value: Decimal, tolerance: Decimal) => {
      const values = {count: lot.count.value, price: price.value, proceeds: proceeds.value, [key]: value}
      const stated = {value: values.proceeds, tolerance: key === 'proceeds' ? tolerance : proceeds.tolerance}
      return agrees(values.count.times(values.price), stated, lot.hedged || proceeds.rounded)
    }
    if (!fits(restated.value, restated.tolerance) || fits(figure.value, figure.tolerance)) break
    // The numerals should give the restatement's value, or, where it is rounded, what the lot gives.
    const derived = {
      count: proceeds.value.div(price.value).round(),
      price: proceeds.value.div(lot.count.value),
      proceeds: lot.count.value.times(price.value)
    }[key]
    return {wrong: figure, value: restated.tolerance.isZero() ? restated.value : derived}
  }
  return {wrong: restated, value: figure.value}
}
