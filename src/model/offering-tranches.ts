/**
 * Tranche sums: a sentence that adds the earlier tranches to this one and
 * states the total ("Together with the first tranche of $250,000, the
 * Company has raised aggregate gross proceeds of $400,000", "… bringing the
 * total raised under the offering to $450,000"). The earlier tranches'
 * amounts are the ones the sentence ties to an earlier tranche; this
 * tranche's are the proceeds of the sentence's own lots, when it states any.
 */
import type {Sentence} from './document.js'
import type {Layout} from './layout.js'
import type {MoneyMatch} from './numbers.js'
import {distinctLots, namesInsiders, statesBound, statesOption} from './offering-facts.js'
import {itemsIn, money, textBefore, type SentenceFigures} from './offering-figures.js'
import type {Lot, Money, OfferingTerms, TrancheSum} from './offering-types.js'
import {MONTH_DOT} from './dates.js'
import {pattern} from './pattern.js'
import {FRENCH_TRANCHE_LABELS} from './vocabulary.js'

/** An earlier tranche: "the first tranche", "the initial closing", "previous tranches". */
const EARLIER = pattern(
  String.raw`\b(first|second|third|fourth|initial|previous|prior|earlier|preceding)` +
    String.raw`(?: and (?:second|third))?(?: tranche closings?| tranches?| closings?)\b`,
  'g'
)
/**
 * An earlier tranche in French: « la première tranche », « la clôture initiale », « les tranches précédentes »; the
 * label is the English key (« première » → "first").
 */
const EARLIER_FR = pattern(
  String.raw`(?<![a-zà-ÿ])(première|premiere|initiale|deuxième|deuxieme|seconde|troisième|troisieme)` +
    String.raw`(?: et (?:deuxième|deuxieme|seconde|troisième|troisieme))? (?:tranches?|clôtures?|clotures?)\b` +
    String.raw`|\b(?:tranches?|clôtures?|clotures?) (initiale|précédentes?|precedentes?|antérieures?|anterieures?)\b`,
  'g'
)
/** The labels of earlier tranches in French (`FRENCH_TRANCHE_LABELS`), and « précédente », « antérieure ». */
const FRENCH_EARLIER: Readonly<Record<string, string>> = {
  ...FRENCH_TRANCHE_LABELS,
  précédente: 'previous',
  precedente: 'previous',
  antérieure: 'prior',
  anterieure: 'prior'
}
/** The earlier tranches a sentence names, English or French, in the order of its text. */
function earlierIn(text: string): Array<{index: number; length: number; key: string}> {
  const labels = [...text.matchAll(EARLIER)].map((m) => ({index: m.index, length: m[0].length, key: m[1]}))
  // Every French label holds « tranche » or « clôture » (« cloture »).
  if (text.includes('tranche') || text.includes('ture')) {
    for (const m of text.matchAll(EARLIER_FR)) {
      const word = (m[1] ?? m[2]).replace(/s$/, '')
      labels.push({index: m.index, length: m[0].length, key: FRENCH_EARLIER[word] ?? word})
    }
  }
  return labels.sort((a, b) => a.index - b.index)
}
/** Before the total: "aggregate gross proceeds of", "a total of", "bringing the total raised … to". */
const TOTAL_BEFORE = pattern(
  String.raw`(?:\b(?:aggregate|total|combined|cumulative)\b[^$]{0,70}\b(?:of|to|is|are|was|were|totals?|totall?ing|at)` +
    String.raw`|\b(?:bringing|brings|bring) (?:the )?(?:total|aggregate|cumulative)\b[^$]{0,70}\bto` +
    // French: « un produit brut global de », « au total … pour », « portant le total recueilli à ».
    String.raw`|\b(?:au total|total|globale?|cumulatif|cumulé|cumule|combiné|combine)\b[^$]{0,70}` +
    String.raw`\b(?:de|d'environ|à|a|pour|totalisant|s'élevant à|s'elevant a)` +
    String.raw`|\bportant (?:ainsi )?(?:le|la) (?:total|somme|produit)\b[^$]{0,70}\b(?:à|a))` +
    String.raw`\s?(?:approximately |up to |environ )?$`
)
/** Between two amounts of a list: "$300,000 and $250,000", "$100,000, $150,000". */
const LIST_JOIN = /^(?:,? and |, )$/
/**
 * A character of the words between a label and its amount: not a sentence's stop, but the period of a month's
 * abbreviation ("which closed on Sept. 11, 2026 for").
 */
const CLAUSE_CHAR = String.raw`(?:[^$.;]|${MONTH_DOT})`
/**
 * Reach of the words tying an amount to an earlier tranche, either side of it: a French clause with the tranche's
 * count and closing date (« la première tranche de 3 000 000 d'unités clôturée le 20 novembre 2026 pour un produit
 * brut de ») is as long.
 */
const REACH = 80
/**
 * Between an earlier tranche and its amount: "first tranche of", "first tranche, which raised", "first tranche, which
 * closed on Sept. 11, 2026 for", the amount in parentheses ("the first tranche ($550,000)").
 */
const LABEL_THEN_AMOUNT = pattern(
  String.raw`^(?:${CLAUSE_CHAR}{0,${REACH}}?\b(?:of|raised|raising|for|totall?ing|was|were` +
    // French: « la première tranche de », « … qui a permis de recueillir », « ayant rapporté », « totalisant ».
    String.raw`|de|d'un montant de|pour|totalisant|recueillir|recueilli|rapporté|rapporte|généré|genere)` +
    String.raw`\s?|\s?\(\s?)(?:approximately |environ )?$`
)
/** Between an amount and its earlier tranche: "the $250,000 raised in the first tranche". */
const AMOUNT_THEN_LABEL = pattern(
  String.raw`^\s?(?:\([^)]{0,40}\)\s?)?(?:[a-z]+ ){0,3}?(?:in|under|from|at|on|with) (?:the )?$` +
    // French: « les 850 000 $ recueillis dans le cadre de la première tranche », « … lors de la clôture initiale ».
    String.raw`|^\s?(?:[a-zà-ÿ]+ ){0,3}?(?:dans le cadre de|lors de|au titre de|de|à|a) (?:la |les |l')?$`
)
/** The longest label EARLIER reads ("third and final tranche closings" is shorter). */
const LONGEST_LABEL = 40

/** The tranche sum a sentence states, if it states one. */
export function trancheSumIn(figures: SentenceFigures, lots: Lot[]): TrancheSum | undefined {
  const {sentence, text, moneys} = figures
  if (moneys.length < 2) return undefined
  const labels = earlierIn(text)
  if (labels.length === 0) return undefined
  // Labels and amounts are in the order of the text: each amount looks at the labels within reach of it.
  const near = (m: MoneyMatch) => itemsIn(labels, m.from - REACH - LONGEST_LABEL, m.to + REACH + 1)
  /** The earlier tranche an amount is tied to, by the words between them. */
  const tranche = (m: MoneyMatch) =>
    near(m).find((label) => {
      const end = label.index + label.length
      if (end <= m.from) return m.from - end <= REACH && LABEL_THEN_AMOUNT.test(text.slice(end, m.from))
      return m.to <= label.index && label.index - m.to <= REACH && AMOUNT_THEN_LABEL.test(text.slice(m.to, label.index))
    })?.key
  // The total: the amount after a total's words, not an earlier tranche's own aggregate ("the first tranche of
  // 3,000,000 units for aggregate gross proceeds of $300,000").
  let totals = moneys.filter((m) => TOTAL_BEFORE.test(textBefore(text, m, REACH)))
  if (totals.length > 1) totals = totals.filter((m) => !tranche(m))
  if (totals.length !== 1) return undefined
  const [total] = totals
  // "the first and second tranches, which raised $300,000 and $250,000": a list goes on with the same tranche words.
  // Each amount of the list is a tranche of its own ("first", "first+1").
  const labelled = new Map<MoneyMatch, string>()
  moneys.forEach((m, i) => {
    const previous = labelled.get(moneys[i - 1])
    const listed = previous && LIST_JOIN.test(text.slice(moneys[i - 1].to, m.from)) ? `${previous}+1` : undefined
    const label = m === total ? undefined : (listed ?? tranche(m))
    if (label) labelled.set(m, label)
  })
  // A tranche's amount stated twice counts once; stated as two different amounts, the sum cannot be told.
  const byLabel = new Map<string, MoneyMatch>()
  for (const [m, label] of labelled) {
    const first = byLabel.get(label)
    if (first && !first.value.equals(m.value)) return undefined
    if (!first) byLabel.set(label, m)
  }
  const earlier = [...byLabel.values()]
  if (earlier.length === 0) return undefined
  const sum = {
    sentence,
    total: money(sentence, total),
    earlier: earlier.map((m) => money(sentence, m)),
    labels: earlier.map((m) => labelled.get(m)!)
  }
  // This tranche's proceeds: those of the sentence's own lots, other than the earlier tranches' and the total.
  const taken = new Set([sum.total, ...sum.earlier].map((m) => m.start))
  const own = lots.filter((lot) => lot.proceeds && !lot.compensation && !taken.has(lot.proceeds.start))
  return {...sum, current: own.length > 0 ? own.map((lot) => lot.proceeds!) : undefined}
}

/**
 * This tranche's proceeds, for the sums whose sentence states none. An amount tied to the tranche the release
 * announces is this tranche's ("the second tranche of $150,000" in a release closing the second tranche); else
 * they are the proceeds of the lots the release states for this tranche: one sentence of them, in its opening or
 * naming a tranche that is not an earlier one, none restating the total or an earlier amount, none a bound's, an
 * option's or insiders'. A sum left without an earlier tranche or without this one is no sum to check.
 */
export function settleTrancheSums(terms: OfferingTerms, layout: Layout): void {
  const announced = terms.tranche?.split(' ')[0]
  const settled: TrancheSum[] = []
  for (const sum of terms.trancheSums) {
    const own = sum.labels.map((label) => label === announced)
    const current = [...(sum.current ?? []), ...sum.earlier.filter((_, i) => own[i])]
    const earlier = sum.earlier.filter((_, i) => !own[i])
    const labels = sum.labels.filter((_, i) => !own[i])
    if (earlier.length === 0) continue
    const stated = [sum.total, ...earlier].map((m) => m.value)
    const ofThisTranche = (lot: Lot) =>
      lot.tranche ? !labels.includes(lot.tranche.split(' ')[0]) : lot.sentence.block.index <= layout.openingEnd
    const lots = distinctLots(
      terms.lots.filter(
        (lot) =>
          lot.proceeds &&
          !lot.compensation &&
          lot.sentence !== sum.sentence &&
          !stated.some((value) => value.equals(lot.proceeds!.value)) &&
          !statesBound(lot.sentence) &&
          !statesOption(lot.sentence) &&
          !namesInsiders(lot.sentence) &&
          ofThisTranche(lot)
      )
    )
    if (current.length === 0 && lots.length > 0 && lots.every((lot) => lot.sentence === lots[0].sentence))
      current.push(...lots.map((lot) => lot.proceeds!))
    // "In the final tranche, the Company issued 2,000,000 units at $0.40 and 1,500,000 shares at $0.30, for gross
    // proceeds of $1,250,000": this tranche's classes state no proceeds each, but their sentence states them together.
    if (current.length === 0 && lots.length === 0) {
      const aggregate = aggregateOfTranche(terms, sum.sentence, (lot) => ofThisTranche(lot))
      if (aggregate && !stated.some((value) => value.equals(aggregate.value))) current.push(aggregate)
    }
    if (current.length > 0) settled.push({...sum, earlier, labels, current})
  }
  terms.trancheSums = settled
}

/**
 * The proceeds a tranche's classes state together: the one aggregate of the one sentence that holds every lot of
 * the tranche (none a finder's, a bound's, an option's or insiders', none in the sum's own sentence).
 */
function aggregateOfTranche(
  terms: OfferingTerms,
  own: Sentence,
  ofThisTranche: (lot: Lot) => boolean
): Money | undefined {
  const lots = terms.lots.filter(
    (lot) =>
      !lot.compensation &&
      lot.sentence !== own &&
      !statesBound(lot.sentence) &&
      !statesOption(lot.sentence) &&
      !namesInsiders(lot.sentence) &&
      ofThisTranche(lot)
  )
  if (lots.length < 2 || lots.some((lot) => lot.sentence !== lots[0].sentence)) return undefined
  const aggregates = terms.aggregates.filter((aggregate) => aggregate.sentence === lots[0].sentence)
  return aggregates.length === 1 ? aggregates[0] : undefined
}
