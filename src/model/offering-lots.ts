/**
 * Lots and aggregates: the counts of securities a sentence offers, each with
 * the price and the proceeds stated for it ("11,620,000 units at $0.10 per
 * unit for gross proceeds of $1,162,000"), and the proceeds it states for
 * several lots together ("for aggregate gross proceeds of $6,500,000").
 */
import {agrees, type MoneyMatch} from './numbers.js'
import type {ClassPrice, Lot, Money} from './offering-types.js'
import {
  classKey,
  countFigure,
  isPrice,
  isPriceAfter,
  itemsIn,
  money,
  textAfter,
  textBefore,
  type CountMatch,
  type SentenceFigures
} from './offering-figures.js'
import {FRENCH_TRANCHE_LABELS, HEDGE_BEFORE_AMOUNT, HEDGE_WORDS, LIMITS, anyWord} from './vocabulary.js'
import {distinctLots, hedgesAmount, namesInsiders, statesBound, statesOption} from './offering-facts.js'
import {pattern} from './pattern.js'

/**
 * A debt settled in shares, in French, as English's DEBT_SETTLED: the verb in any tense or its noun (« régler une
 * dette de 120 000 $ », « réglera des honoraires impayés de », « visant le règlement d'une dette de », « en règlement
 * de factures totalisant »), then the debt described in a few words, or the amount at once (« régler 48 000 $ »).
 */
const DEBT_FR =
  String.raw`(?:r[ée]gl(?:er|[ée]e?s?|e|ent|era|erait|eront|eraient|ant)|r[èe]glement d(?:e|'une?|es|u)) ` +
  String.raw`(?:un total de |(?:(?:une?|des|la|les|le|l'|ses|sa|son|de|d'|du|certaines?|ces) ?){0,2}` +
  String.raw`(?:dettes?|cr[ée]ances?|honoraires|factures|sommes?|montants?|pr[êe]ts?|comptes|salaires|frais|passifs?)` +
  String.raw`(?: [a-zà-ÿ'-]{1,20}){0,3}? (?:de|d'environ|d'au plus|totalisant|s'[ée]levant (?:à|a)` +
  String.raw`|d'un montant (?:total |global |brut )?de) )?`
/**
 * Before the amount of a debt settled in shares: the verb, in any tense, then the debt described in a few words
 * ("settle debts of", "has settled outstanding indebtedness of", "to settle accrued fees totalling", "the settlement
 * of unpaid invoices in the aggregate amount of"), or the amount at once ("settle an aggregate of $168,000 of debt").
 */
const DEBT_SETTLED =
  String.raw`(?:settle[sd]?|settlement of) (?:an aggregate of |(?:[a-z'-]{1,20} ){0,3}?` +
  String.raw`(?:debts?|indebtedness|liabilities|payables|loans?|fees|invoices|amounts?|obligations) ` +
  String.raw`(?:of|totall?ing|aggregating|amounting to|in the (?:aggregate |total |principal )?amount of) )?`
/** French "of", "of about", "of up to", "of at least" between proceeds and their amount. */
const OF_UP_TO_FR =
  String.raw`(?:de|d'environ|d'au plus|d'au moins|maximale? de|minimale? de|d'un (?:maximum|minimum) de` +
  String.raw`|pouvant (?:atteindre|aller jusqu'(?:à|a)|totaliser)|allant jusqu'(?:à|a)|jusqu'(?:à|a) concurrence de)`
/** Before an amount: it is proceeds, or a total ("for gross proceeds of", "to raise", "settle debts of"). */
const PROCEEDS_WORDS = [
  String.raw`(?:total|aggregate) (?:subscription |purchase )?price of`,
  'proceeds of',
  'proceeds totaling',
  'proceeds totalling',
  'to raise',
  'raising',
  'raised',
  'for (?:aggregate |total |gross |aggregate gross |total gross )?proceeds of',
  'for (?:a total|an aggregate|total consideration) of',
  'totaling',
  'totalling',
  'aggregating',
  'in the aggregate amount of',
  DEBT_SETTLED,
  'in settlement of',
  'for',
  String.raw`\(`,
  // French: "pour un produit brut de", "produit brut total de", "pour un montant de", "totalisant"; "of up to" in
  // each of its forms (« pouvant atteindre », « pouvant aller jusqu'à », « jusqu'à concurrence de », « d'un maximum de »).
  String.raw`produit (?:brut )?(?:total |global |combiné |combine |supplémentaire |supplementaire |additionnel )?${OF_UP_TO_FR}`,
  String.raw`pour un montant (?:brut |total |global )?${OF_UP_TO_FR}`,
  String.raw`d'un montant (?:brut |total |global )?${OF_UP_TO_FR}`,
  'totalisant',
  String.raw`(?:pour |afin de |a )?recueill(?:ir|i)`,
  DEBT_FR,
  'pour'
]
const PROCEEDS_BEFORE = pattern(String.raw`${anyWord(PROCEEDS_WORDS)}\s?${HEDGE_BEFORE_AMOUNT}$`)
/** Before an amount stated ahead of its lot: "raised $1,575,000 and issued 5,250,000 shares". */
const RAISED_WORDS = [
  'raised',
  'raising',
  'to raise',
  DEBT_SETTLED,
  'proceeds of',
  '(?:a |ont )?recueilli',
  "produit brut (?:de|d'environ)",
  DEBT_FR
]
const RAISED_BEFORE = pattern(String.raw`${anyWord(RAISED_WORDS)}\s?${HEDGE_BEFORE_AMOUNT}$`)
/**
 * An amount owed, ahead of the shares that settle it: "Of the debt, $72,000 is owed to a company controlled by its
 * President and will be settled by the issue of 600,000 shares" (the debt of the lot, as "settle $72,000 of debt").
 */
const OWED_AFTER = pattern(String.raw`^,? (?:(?:is|are|was|were|being) )?(?:owed|owing|due|payable)\b`)
const SETTLES = pattern(String.raw`\bsettle[sd]?\b`)
const owedAhead = (text: string, m: MoneyMatch) => OWED_AFTER.test(textAfter(text, m, 30)) && SETTLES.test(text)
/**
 * An offering's new size, ahead of the securities it is raised by: "has increased the Offering from $2,000,000 to
 * $3,000,000 through the issuance of up to 15,000,000 shares at $0.20 per share" (the upsized offering's proceeds, as
 * "raised $X and issued …"). Not a price changed ("increased the exercise price from $0.10 to $0.15").
 */
const UPSIZED_TO = pattern(
  String.raw`\b(?:increas|upsiz|expand)(?:e|ed|es|ing)\b(?:(?!price)[^.;]){0,160}?` +
    String.raw`\bfrom (?:up to )?\$ ?\d[\d,.]{0,15}(?: (?:million|billion))? to (?:up to |approximately )?$`
)
const UPSIZED_REACH = 220
const upsizedAhead = (text: string, m: MoneyMatch) => UPSIZED_TO.test(textBefore(text, m, UPSIZED_REACH))
/** Before an amount: "combined proceeds of" belong to all the lots of a sentence. */
const TOGETHER = pattern(
  String.raw`\b(?:aggregate|total|combined|together|global|globale|combiné|combine|ensemble)\b[^$]{0,${LIMITS.togetherGap}}$`
)
/** French hedges: "environ", "jusqu'à", "au plus", "au moins". */
export const HEDGE_WORDS_FR = [
  'environ',
  "jusqu'à",
  "jusqu'a",
  'au plus',
  'au moins',
  'approximativement',
  'pouvant atteindre'
]
const HEDGE = pattern(String.raw`\b${anyWord([...HEDGE_WORDS, ...HEDGE_WORDS_FR])}\b`)
/** "first tranche", "second and final tranche", "the final tranche". */
const TRANCHE_LABEL =
  '(first|second|third|fourth|fifth|initial|final|last|second and final|third and final|fourth and final)'
const TRANCHE = pattern(String.raw`\b${TRANCHE_LABEL}(?: closing of the| closing| tranche closing|)? tranche\b`)
const FRENCH_ORDINAL =
  '(première|premiere|deuxième|deuxieme|seconde|troisième|troisieme|quatrième|quatrieme|dernière|derniere)'
/** "la première tranche", "la deuxième et dernière tranche", "la tranche finale". */
const TRANCHE_FR = pattern(
  String.raw`(?<![a-zà-ÿ])${FRENCH_ORDINAL}(?: et (dernière|derniere|finale))? tranche\b|\btranche (finale|initiale)\b`
)
/** The English key of a French tranche named in `match` ("deuxième et dernière" → "second and final"). */
function frenchLabel(match: RegExpExecArray | null): string | undefined {
  if (!match) return undefined
  const label = FRENCH_TRANCHE_LABELS[match[1] ?? match[3]]
  return match[2] ? `${label} and final` : label
}
/** The tranche a text names ("the second and final tranche" → "second and final"; "la première tranche" → "first"). */
export const trancheNamed = (text: string): string | undefined =>
  TRANCHE.exec(text)?.[1] ?? frenchLabel(TRANCHE_FR.exec(text))
const TRANCHES = pattern(TRANCHE.source, 'g')
/** Where a text names each tranche it names, in order (English only). */
export function tranchesIn(text: string): Array<{index: number; label: string}> {
  return [...text.matchAll(TRANCHES)].map((m) => ({index: m.index, label: m[1]}))
}
/** A tranche closing: "closes second tranche", "the closing of the final tranche". */
const TRANCHE_CLOSED = pattern(
  String.raw`\b(?:closes|closed|closing of|completes|completed|completion of)\b[^.]{0,${LIMITS.closedDateWindow}}?` +
    String.raw`\b${TRANCHE_LABEL}(?: closing of the| closing| tranche closing|)? tranche\b`
)
/** A French tranche closing: "la clôture de la première tranche", "a clôturé la deuxième et dernière tranche". */
const TRANCHE_CLOSED_FR = pattern(
  String.raw`(?:clôtur|cloture|clotur|conclu|réalis|realis|finalis|compl[éèe]t)[^.]{0,${LIMITS.closedDateWindow}}?` +
    String.raw`(?<![a-zà-ÿ])${FRENCH_ORDINAL}(?: et (dernière|derniere|finale))? tranche\b`
)
/** The tranche a text says closed. */
export const trancheClosed = (text: string): string | undefined =>
  TRANCHE_CLOSED.exec(text)?.[1] ?? frenchLabel(TRANCHE_CLOSED_FR.exec(text))
/** A sentence that states proceeds of several lots together. */
const AGGREGATE_WORD = '(?:aggregate|total|combined|in total|collectively)'
const STATES_AGGREGATE = pattern(
  String.raw`\b${AGGREGATE_WORD}\b[^.]{0,${LIMITS.aggregateBeforeProceeds}}\bproceeds\b` +
    String.raw`|\bproceeds\b[^.]{0,${LIMITS.aggregateAfterProceeds}}\b(?:aggregate|total)\b` +
    // French: "un produit brut total de", "au total … un produit brut".
    String.raw`|\bproduit (?:brut )?(?:total|global|combiné|combine)\b` +
    String.raw`|\b(?:au total|globalement|ensemble)\b[^.]{0,${LIMITS.aggregateBeforeProceeds}}\bproduit\b`
)
/** Before an amount: "… proceeds of both tranches are $X". */
const PROCEEDS_ARE = pattern(
  String.raw`\bproceeds\b[^$]*\b(?:are|were|was|is|total(?:l?ed)?|amount(?:ed)? to|of)\s?${HEDGE_BEFORE_AMOUNT}$`
)

/** "… , respectively": the amounts before it are the lots', in order. */
const RESPECTIVELY = /\brespectivement\b|\brespectively\b/g
/** Between the last amount of the run and "respectively": nothing, or the class it is per ("$0.12 per unit,"). */
const RUN_END = /^(?:\s?per (?:[a-z-]+ ){0,2}?(?:units?|shares?|receipts?))?,?\s?$/
const RUN_JOIN = /^(?:,? and |, |,? et )$/
/** Before an amount: a fee or commission, or net proceeds, never the gross proceeds of the lots. */
const FEE_OR_NET = /\b(?:fees?|commissions?|frais|honoraires)\b[^$]{0,40}$|\bnets?\b[^$]{0,30}$/
/** After an amount: it is the proceeds of a class stated ahead of its count ("$325,000 of flow-through shares"). */
const OF_CLASS =
  /^\s?of (?:[a-z"'-]+ ){0,4}?(?:units?|shares?|subscription receipts?)\b|^\s?(?:d'|de |en )(?:unités|actions|reçus)/
/**
 * After an amount: it is the size of the offering of the count that follows ("a $1.8 million private placement of
 * 7,500,000 units at $0.20", "its $15,000,000 bought deal offering of 10,000,000 shares", as a highlights list or a
 * headline states it): the proceeds of that lot.
 */
const SIZE_OF = pattern(
  String.raw`^\s?(?:million |m )?(?:[a-z-]{1,20} ){0,3}?(?:private placement|placement|offering|financing|bought deal)` +
    String.raw`(?: offering| financing)? of (?:up to |approximately |about )?\d[\d,.]{0,20} (?:million )?` +
    String.raw`(?:[a-z"'-]+ ){0,4}?(?:units?|shares?|subscription receipts?)\b`
)
/** How far after an amount SIZE_OF reads: past its "million", the offering's form and the count's class. */
const SIZE_REACH = 140
/** After a count: it is issued to a finder or agent, or as a fee ("150,000 units to the agent as a fee"). */
const PAID_TO = pattern(
  String.raw`^\s?(?:[a-z'"()-]+ ){0,3}?(?:to|as|for) (?:the |its |certain |an? )?(?:[a-z'-]+ ){0,2}?` +
    String.raw`(?:finders?|agents?|brokers?|underwriters?|fees?|commissions?|compensation)\b`
)
/** Before a count: the same ("the agents received 150,000 units", "a fee of 150,000 units"). */
/**
 * Before a count, words that make its lot the terms an amendment replaces ("in place of the previously announced
 * 10,000,000 units at $0.10", "instead of", "increased the size of the offering from 10,000,000 units …"): history,
 * not what the issuer now issues. No figure between the words and the count (in "from 10,000,000 units at $0.04 to
 * 15,000,000 units at $0.05", the second lot is the new one).
 */
const SUPERSEDED = pattern(
  String.raw`\b(?:in place of|instead of|replacing|rather than|compared (?:to|with)|formerly|(?:up|down) from` +
    String.raw`|(?:increased|reduced|decreased|amended|changed|revised|lowered|adjusted) (?:[\w-]{1,20} ){0,6}?from)` +
    String.raw`\b[^.;\d]{0,60}$`
)
/** Reach of SUPERSEDED before the count. */
const SUPERSEDED_REACH = 100
/**
 * A lot the sentence adds to one told before it ("A further 220,000 shares …", "an additional 1,500,000 units …",
 * "In addition, 220,000 shares were issued …", "The Company also issued 220,000 shares …"): its proceeds in the words
 * of a total ("for total gross proceeds of $3,402,000") are the financing's, not its own, unless they are its count ×
 * price.
 */
const ADDED_LOT = pattern(
  String.raw`\b(?:(?:a further|an additional|another|additional|further) (?:[\w-]{1,20} )?|in addition,? |` +
    String.raw`also (?:issued|sold|placed|distributed|closed|completed)(?: (?:the sale|the issuance) of)?` +
    String.raw`(?: an aggregate of| a total of| a further| an additional)? )$`
)
const ADDED_REACH = 40
const PAID_WITH = pattern(
  String.raw`\b(?:finders?|agents?|brokers?|underwriters?)(?:'s?)? (?:received|were issued|was issued|earned)` +
    String.raw`(?: an aggregate of| a total of)? $|\b(?:fees?|commissions?) (?:of|in the form of|payable in|` +
    String.raw`satisfied by the issuance of|through the issuance of)(?: an aggregate of)? $`
)

/**
 * Between a lot and a count that is part of it: ", including", "(of which", « , dont », « , y compris »; the lot's
 * defined term may come first ("34,500,000 units (the "Units"), including 4,500,000 Units issued on …").
 */
const PART_OF = pattern(
  String.raw`^(?: ?\((?:the |les? |la )?"[^"()]{1,40}"\))?,? ?\(?` +
    String.raw`(?:including|inclusive of|of which|which include[sd]?|dont|y compris)(?: an aggregate of| a total of)? $`
)

/** Before a count: the size an offering had before a change ("upsized from 10,000,000 units … to 12,000,000"). */
const FROM_BEFORE = /\bfrom (?:an aggregate of |a total of |up to )?$/
/** Before the next count: the size it was changed to. */
const TO_BEFORE = /\bto (?:an aggregate of |a total of |up to )?$/

/** Whether a count is the size the offering had before a change, with the size it was changed to after it. */
function isFormerSize({counts, text}: SentenceFigures, count: CountMatch): boolean {
  if (!FROM_BEFORE.test(text.slice(Math.max(0, count.from - 30), count.from))) return false
  const next = counts[counts.indexOf(count) + 1]
  return next !== undefined && TO_BEFORE.test(text.slice(Math.max(count.phraseEnd, next.from - 30), next.from))
}

/**
 * After a lot's terms, a part of it of the same class: "21,500,000 units at $0.30 per unit for gross proceeds of
 * $6,450,000 (the "Offering"), including 1,500,000 units issued on the partial exercise of the option".
 */
const PART_AFTER_TERMS = pattern(
  String.raw`[,)] (?:including|inclusive of|of which)(?: an aggregate of| a total of)? $`
)

/** Whether a count is a part of the count just before it (PART_OF between them, or after its terms, same class). */
function isPart({counts, text}: SentenceFigures, count: CountMatch): boolean {
  const i = counts.indexOf(count)
  if (i === 0) return false
  const between = text.slice(counts[i - 1].phraseEnd, count.from)
  if (PART_OF.test(between)) return true
  return (
    counts[i - 1].security === count.security &&
    between.length <= LIMITS.closingClauseWindow &&
    !between.includes(';') &&
    PART_AFTER_TERMS.test(between)
  )
}

const isProceeds = (text: string, m: MoneyMatch) =>
  PROCEEDS_BEFORE.test(textBefore(text, m, LIMITS.proceedsLookback)) && !isPriceAfter(text, m)
/**
 * Proceeds in the words of a total: several lots' together. Not an added lot's own "additional aggregate gross
 * proceeds" (an over-allotment option's, "an additional 1,875,000 units for additional aggregate gross proceeds of up
 * to $750,000").
 */
const isTogether = (text: string, m: MoneyMatch) => {
  if (!TOGETHER.test(textBefore(text, m, LIMITS.togetherLookback))) return false
  return !ADDITIONAL_TOTAL.test(textBefore(text, m, LIMITS.togetherLookback + ADDITIONAL_REACH))
}
const ADDITIONAL_REACH = 20
const ADDITIONAL_TOTAL = pattern(String.raw`\b(?:additional|further) (?:aggregate|total|combined) [^$]{0,40}$`)
const isOfClass = (text: string, m: MoneyMatch) =>
  OF_CLASS.test(textAfter(text, m, LIMITS.priceContext)) || SIZE_OF.test(textAfter(text, m, SIZE_REACH))

/**
 * A class's price in a sentence that states no count: "The Units will be priced at $0.20 per Unit", "Each Unit will be
 * sold at a price of $0.20", "The price remains $0.20 per Unit", "The issue price was $0.20 per unit". Not a market's
 * price ("the closing price of $0.25 per share"), nor an exercise, conversion or deemed price, nor a fee's.
 */
const CLASS_WORDS =
  String.raw`((?:charity |premium )?(?:flow-through |flow through |ft |hard[- ]dollar |hd |nft |non-flow-through )?` +
  String.raw`(?:common )?(?:units?|shares?|subscription receipts?))`
const CLASS_PRICE_BEFORE = pattern(
  String.raw`(?:\b(?:sold|issued|offered|priced) at(?: a price of)?|\bat a price of` +
    String.raw`|(?<!\b(?:closing|market|trading|exercise|conversion|deemed|average|weighted|reference|discounted|strike) )` +
    String.raw`\b(?:(?:issue|offering|subscription|purchase) )?price (?:of|is|was|will be|shall be|remains|will remain))\s?$`
)
const CLASS_PRICE_PER = pattern(String.raw`^\s?(?:per|for each|a) ${CLASS_WORDS}\b`)
const CLASS_PRICE_EACH = pattern(String.raw`\beach ${CLASS_WORDS}\b[^.$;]{0,60}$`)
/** What a stated price is not the offering's: a fee's, an option's or a warrant's, a debt's or a market's. */
const NOT_OFFERING_PRICE = /\b(?:fees?|commissions?|options?|warrants?|debts?|deemed|closing|market|traded)\b/

/** The classes' prices a sentence with no lot states (see CLASS_PRICE_BEFORE), each with its class. */
export function classPricesIn({sentence, text, moneys}: SentenceFigures): ClassPrice[] {
  // A price stated by its word, or by the sale it prices ("Each Unit was sold at $0.10").
  if (moneys.length === 0 || !/price|\b(?:sold|issued|offered) at\b/.test(text)) return []
  const prices: ClassPrice[] = []
  for (const m of moneys) {
    const before = textBefore(text, m, LIMITS.priceContext)
    if (!CLASS_PRICE_BEFORE.test(before) || NOT_OFFERING_PRICE.test(text.slice(0, m.from))) continue
    const written =
      CLASS_PRICE_PER.exec(textAfter(text, m, LIMITS.priceContext)) ??
      CLASS_PRICE_EACH.exec(textBefore(text, m, LIMITS.classPriceEachReach))
    if (written) prices.push({security: classKey(written[1]), price: money(sentence, m)})
  }
  return prices
}

/**
 * Lots: counts of offered securities, each with the price and proceeds of its
 * clause of the sentence (after its count, or ahead of it: "up to $325,000 of
 * flow-through shares at $0.09 per share, being up to 3,611,111 shares");
 * `claimed` holds the amounts they took.
 */
export function lotsIn(figures: SentenceFigures): {lots: Lot[]; claimed: Set<MoneyMatch>; shared: MoneyMatch[]} {
  // "one common share" of a unit's composition is not a lot; nor is a part of the lot before it ("46,000,000
  // shares, including 6,000,000 shares issued on the exercise of the over-allotment option"), nor the size an
  // upsized offering had before ("from 10,000,000 units … to 12,000,000 units").
  const offered = figures.counts
    .filter((c) => !/warrants|options/.test(c.security) && c.value.value.gte(LIMITS.lotMinCount))
    .filter((c) => !isPart(figures, c) && !isFormerSize(figures, c))
  const claimed = new Set<MoneyMatch>()
  // The tranche the sentence names, for lots whose own words name none.
  const tranche = offered.length > 0 ? trancheNamed(figures.text) : undefined
  // Where each lot's clause ends: the first "; " or " and " between its count and the next.
  const breaks = offered.map((count, i) =>
    i + 1 < offered.length ? clauseBreak(figures.text, count.phraseEnd, offered[i + 1].from) : figures.text.length
  )
  // Proceeds after the words of a total ("aggregate gross proceeds") are a lot's own where it is the one lot.
  const several = offered.length > 1 || figures.counts.some((c) => !offered.includes(c) && !isPart(figures, c))
  const read = offered.map((count, i) =>
    lotOf(figures, count, {start: i > 0 ? breaks[i - 1] : 0, end: breaks[i]}, claimed, tranche, several)
  )
  const lots = read.map(({lot}) => lot)
  if (lots.length > 1) respectively(figures, offered, lots, claimed)
  if (lots.length === 2) bounds(figures, offered, lots, claimed)
  const shared = sharedProceeds(lots, read.at(-1)?.proceeds)
  return {lots, claimed, shared: shared.length > 0 ? shared : raisedAhead(lots, read[0]?.proceeds, offered[0])}
}

/**
 * Proceeds raised ahead of the first of several lots, when none of the others states its own, are theirs together
 * ("raising $492,310 through the issuance of 760,919 flow-through units at $0.12 and 4,010,000 units at $0.10"),
 * unless they are the first lot's count × price: the lot gives them up, to be checked as an aggregate.
 */
function raisedAhead(lots: Lot[], proceeds: MoneyMatch | undefined, first: CountMatch | undefined): MoneyMatch[] {
  const lead = lots[0]
  if (lots.length < 2 || !lead?.proceeds || !proceeds || !first || proceeds.from > first.index) return []
  if (lots.slice(1).some((lot) => lot.proceeds || lot.compensation)) return []
  if (
    lead.price &&
    agrees(lead.count.value.times(lead.price.value), lead.proceeds, lead.hedged || lead.proceeds.rounded)
  )
    return []
  lead.proceeds = undefined
  return [proceeds]
}

/**
 * Proceeds after the last of several lots, when none of the others states its own, are theirs together ("X
 * units at $0.10 and Y flow-through shares at $0.12 for gross proceeds of $Z"), unless they are the last lot's
 * count × price: the lot gives them up, to be checked as an aggregate.
 */
function sharedProceeds(lots: Lot[], proceeds: MoneyMatch | undefined): MoneyMatch[] {
  const last = lots.at(-1)
  if (lots.length < 2 || !last?.proceeds || !proceeds) return []
  if (lots.slice(0, -1).some((lot) => lot.proceeds || lot.compensation)) return []
  const stated = last.proceeds
  if (last.price && agrees(last.count.value.times(last.price.value), stated, last.hedged || stated.rounded)) return []
  last.proceeds = undefined
  return [proceeds]
}

/**
 * "4,000,000 units and 2,000,000 flow-through units at $0.10 and $0.12, respectively": a run of as many amounts
 * as lots, before "respectively", gives each lot its price or its proceeds in order. A run of another length
 * gives none: its amounts are taken from the lots that read them.
 */
function respectively(figures: SentenceFigures, offered: CountMatch[], lots: Lot[], claimed: Set<MoneyMatch>): void {
  const {sentence, text, moneys} = figures
  const start = offered.at(-1)!.phraseEnd
  for (const word of text.matchAll(RESPECTIVELY)) {
    const run: MoneyMatch[] = []
    let end = word.index
    const before = itemsIn(moneys, start, word.index)
    for (let i = before.length - 1; i >= 0 && run.length <= lots.length; i--) {
      const m = before[i]
      if (!(run.length === 0 ? RUN_END : RUN_JOIN).test(text.slice(m.to, end))) break
      run.unshift(m)
      end = m.from
    }
    if (run.length === 0) continue
    const kind = isPrice(text, run[0]) ? 'price' : isProceeds(text, run[0]) ? 'proceeds' : undefined
    const fits = run.length === lots.length && kind !== undefined
    const inRun = new Set(run.map((m) => money(sentence, m).start))
    lots.forEach((lot, i) => {
      for (const key of ['price', 'proceeds'] as const) if (inRun.has(lot[key]?.start ?? -1)) lot[key] = undefined
      if (fits) lot[kind] = money(sentence, run[i])
    })
    for (const m of run) claimed.add(m)
  }
}

/** The bound a count or an amount is said to be: "a minimum of 5,000,000 units", "maximum gross proceeds of $X". */
const BOUND_BEFORE_COUNT = /\b(minimum|maximum)(?: of| de| d')?\s?$/
const BOUND_BEFORE_AMOUNT = /\b(minimum|maximum)\b[^$\d.;]{0,40}$/

/**
 * A minimum and a maximum offering in one sentence, each bound's amount named by its word ("a minimum of 5,000,000
 * units and a maximum of 15,000,000 units at $0.10 per Unit, for minimum gross proceeds of $500,000 and maximum gross
 * proceeds of $1,500,000"): each lot's proceeds are those of its bound, not the first amount after it (the maximum's
 * count would otherwise take the minimum's proceeds, and neither be checked). Its price is the class's one price.
 */
function bounds(figures: SentenceFigures, offered: CountMatch[], lots: Lot[], claimed: Set<MoneyMatch>): void {
  const {sentence, text, moneys} = figures
  const boundOf = (at: number, reach: number, word: RegExp) => word.exec(text.slice(Math.max(0, at - reach), at))?.[1]
  const kinds = offered.map((count) => boundOf(count.from, 30, BOUND_BEFORE_COUNT))
  if (!kinds[0] || !kinds[1] || kinds[0] === kinds[1] || lots[0].security !== lots[1].security) return
  const amounts = moneys.filter((m) => m.from > offered[1].phraseEnd && !isPrice(text, m))
  const found = kinds.map((kind) => amounts.filter((m) => boundOf(m.from, 60, BOUND_BEFORE_AMOUNT) === kind))
  if (found.some((ms) => ms.length !== 1) || amounts.length !== 2) return
  lots.forEach((lot, i) => {
    lot.proceeds = money(sentence, found[i][0])
    claimed.add(found[i][0])
  })
}

/** The first clause break in `[from, to)` of a sentence, else `to`. */
function clauseBreak(text: string, from: number, to: number): number {
  const gap = text.slice(from, to)
  const semicolon = gap.indexOf(';')
  const and = gap.search(/\b(?:and|et)\b/)
  const at = semicolon >= 0 ? semicolon : and
  return at >= 0 ? from + at : to
}

/** The lot of an offered count in its clause, claiming its price and proceeds. */
function lotOf(
  figures: SentenceFigures,
  count: CountMatch,
  clause: {start: number; end: number},
  claimed: Set<MoneyMatch>,
  tranche?: string,
  several = figures.counts.length > 1
): {lot: Lot; proceeds?: MoneyMatch} {
  const {sentence, text, moneys} = figures
  const after = itemsIn(moneys, count.phraseEnd, clause.end).filter((m) => !claimed.has(m))
  const ahead = itemsIn(moneys, clause.start, count.from).filter((m) => !claimed.has(m) && m.to <= count.from)
  // A price ahead of the count is the lot's when close to it ("at $0.09 per share for up to 3,611,111 shares").
  const price =
    after.find((m) => isPrice(text, m)) ??
    ahead.find((m) => isPrice(text, m) && count.from - m.to <= LIMITS.proceedsLookback)
  if (price) claimed.add(price)
  const added = ADDED_LOT.test(text.slice(Math.max(clause.start, count.from - ADDED_REACH), count.from))
  const own = (m: MoneyMatch) =>
    m !== price && !((several || added) && isTogether(text, m)) && (!price || m.currency === price.currency)
  // "for gross proceeds of $X" after the count; "$X of <class>", "raised $X and issued …" ahead of it: of several
  // raised ahead, the nearest ("for proceeds of $X [an earlier tranche], the Company has raised aggregate proceeds
  // of $Y through the issuance of N units": $Y is the N units').
  // Of several lots, proceeds in the words of a total that are this lot's count × price are its own ("30,000,000
  // units at $0.10 per Unit, for total proceeds raised from the issuance of Units of $3,000,000, and …").
  const its = (m: MoneyMatch) =>
    price !== undefined &&
    m !== price &&
    m.currency === price.currency &&
    (isProceeds(text, m) || PROCEEDS_ARE.test(textBefore(text, m, LIMITS.proceedsLookback))) &&
    agrees(count.value.value.times(price.value), m, false)
  const proceeds =
    after.find((m) => own(m) && isProceeds(text, m)) ??
    (several || added ? after.find(its) : undefined) ??
    ahead.find((m) => own(m) && isOfClass(text, m)) ??
    ahead.findLast(
      (m) =>
        own(m) &&
        (RAISED_BEFORE.test(textBefore(text, m, LIMITS.proceedsLookback)) ||
          owedAhead(text, m) ||
          upsizedAhead(text, m))
    )
  if (proceeds) claimed.add(proceeds)
  const segment = text.slice(clause.start, clause.end)
  const before = text.slice(Math.max(clause.start, count.from - LIMITS.priceContext), count.from)
  const paid = PAID_TO.test(text.slice(count.phraseEnd, count.phraseEnd + LIMITS.proceedsLookback))
  const lot: Lot = {
    sentence,
    security: count.security,
    count: countFigure(sentence, count),
    price: price ? money(sentence, price) : undefined,
    proceeds: proceeds ? money(sentence, proceeds) : undefined,
    hedged: HEDGE.test(segment),
    compensation: count.compensation || paid || PAID_WITH.test(before),
    tranche: trancheNamed(segment) ?? tranche,
    ...(SUPERSEDED.test(text.slice(Math.max(0, count.from - SUPERSEDED_REACH), count.from)) ? {superseded: true} : {})
  }
  return {lot, proceeds}
}

/** Aggregates: proceeds a sentence states for several lots together, not claimed by a lot. */
export function aggregatesIn(figures: SentenceFigures, claimed: Set<MoneyMatch>, shared: MoneyMatch[] = []): Money[] {
  const {sentence, text} = figures
  if (!STATES_AGGREGATE.test(text)) return shared.map((m) => money(sentence, m))
  return figures.moneys
    .filter((m) => {
      if (shared.includes(m)) return true
      if (claimed.has(m) || FEE_OR_NET.test(textBefore(text, m, LIMITS.togetherLookback))) return false
      // "… gross proceeds of $X", "… proceeds of both tranches are $X".
      const before = textBefore(text, m, LIMITS.proceedsLookback)
      return (PROCEEDS_BEFORE.test(before) || PROCEEDS_ARE.test(before)) && !isPriceAfter(text, m)
    })
    .map((m) => money(sentence, m))
}

/**
 * Before an amount a sentence states with no lot, the words that make it what a lot raised or settled: "has closed its
 * private placement for gross proceeds of $160,000", "has closed the settlement of $150,000 of debt" (not "net
 * proceeds", not a fee).
 */
const ALONE_BEFORE = pattern(
  String.raw`\b${anyWord([
    String.raw`(?:gross |aggregate |total |aggregate gross |total gross )?proceeds (?:of|totall?ing)`,
    DEBT_SETTLED
  ])}\s?${HEDGE_BEFORE_AMOUNT}$`
)

/** Proceeds, or a debt settled, that a sentence with no lot states: they may be those of a lot stated after them. */
export interface Alone {
  amount: Money
  /** A debt settled ("the settlement of $150,000 of debt"), not proceeds. */
  debt: boolean
}
const SETTLED_BEFORE = pattern(String.raw`\b${DEBT_SETTLED}\s?${HEDGE_BEFORE_AMOUNT}$`)

export function proceedsAlone(figures: SentenceFigures): Alone[] {
  const {sentence, text} = figures
  if (statesOption(sentence) || statesBound(sentence)) return []
  return figures.moneys
    .filter((m) => {
      if (FEE_OR_NET.test(textBefore(text, m, LIMITS.togetherLookback))) return false
      return ALONE_BEFORE.test(textBefore(text, m, LIMITS.proceedsLookback)) && !isPriceAfter(text, m)
    })
    .map((m) => ({amount: money(sentence, m), debt: SETTLED_BEFORE.test(textBefore(text, m, LIMITS.proceedsLookback))}))
}

/**
 * The proceeds (or the debt settled) a paragraph states in a sentence of their own, given to the one lot the
 * paragraph then states with its count and price and no proceeds: "… has closed its private placement for gross
 * proceeds of $160,000. The Company issued 1,875,000 shares at a price of $0.08 per share." Only where the release
 * sells no other lot (a finder's securities and an insider's part of the lot aside) and states one such amount.
 */
export function lendAlone(lots: Lot[], alone: Alone[]): void {
  const open = distinctLots(lots.filter((lot) => !lot.proceeds && !lot.compensation && !lot.superseded))
  if (open.length !== 1) return
  const [lot] = open
  // Ahead of the lot in its paragraph (an insider's part is stated after it).
  const ahead = alone.filter(({amount}) => amount.sentence.block === lot.sentence.block && amount.end < lot.count.start)
  const [found] = ahead
  if (!found || new Set(ahead.map(({amount}) => amount.value.toString())).size !== 1) return
  const others = lots.filter((other) => other.count.value.toString() !== lot.count.value.toString())
  const part = (other: Lot) => other.compensation || namesInsiders(other.sentence)
  if (!lot.price || lot.tranche || lot.price.currency !== found.amount.currency) return
  if (!others.every(part) || statesBound(lot.sentence) || statesOption(lot.sentence)) return
  lot.proceeds = found.amount
  if (found.debt) lot.forDebt = true
  if (hedgesAmount(found.amount.sentence)) lot.hedged = true
}
