/**
 * An option to sell more of the offering: an underwriters' or agents'
 * over-allotment option, an "Underwriters' Option", an option to increase
 * the offering. What it adds (a percentage of the offering, an amount of
 * additional proceeds, the option's own securities) and what the offering
 * comes to if it is exercised in full ("If the Over-Allotment Option is
 * exercised in full, the aggregate gross proceeds will be $13,800,000"). That
 * total is the offering's with the option's, never a lot's proceeds: "an
 * option to increase the Offering by up to 4,500,000 shares, for total gross
 * proceeds of up to $13,800,000 if exercised in full" does not price 4,500,000
 * shares at $13,800,000.
 */
import {findPercents, type Decimal, type MoneyMatch} from './numbers.js'
import {distinctLots, hedgesAmount, namesInsiders, statesBound, sumOfProceeds} from './offering-facts.js'
import {figure, isPriceAfter, money, textBefore, type SentenceFigures} from './offering-figures.js'
import type {Lot, Money, OfferingTerms, OptionTerms} from './offering-types.js'
import {pattern} from './pattern.js'
import {offsetAt} from './text.js'

/**
 * The option, named: an over-allotment or over-subscription option (a greenshoe), an underwriter's, agent's or
 * dealer's option, an option to buy or sell more of the offering or to increase it; in French, « option de
 * surallocation », « option des preneurs fermes ».
 */
const OPTION = pattern(
  String.raw`\bover-? ?(?:allotments?|subscriptions?)\b|\bgreenshoe\b` +
    String.raw`|\b(?:underwriters?|agents?|dealers?|brokers?)(?:'s|s'|')? ?(?:over-allotment )?option\b` +
    String.raw`|\boption\b[^.;]{0,160}?\b(?:an additional|additional \d|increase (?:the )?(?:size of (?:the )?)?offering)\b` +
    String.raw`|\bexercised? (?:in full )?of (?:the|that|such|this) option\b` +
    String.raw`|\bsurallocation\b|\bsursouscription\b|\boption des? (?:preneurs? fermes?|placeurs? pour compte)\b`
)
/**
 * The option named back once the release has stated one: "If the option is exercised in full, aggregate gross proceeds
 * will be …" after "has granted the Underwriters an option … to purchase up to an additional 3,000,000 Shares".
 */
const OPTION_AGAIN = /\b(?:the|that|such|this|their|its) option\b/
/** A word every way of naming the option has: most sentences of a financing have none, and OPTION is not run there. */
const NAMES_OPTION = /option|allotment|subscription|souscription|greenshoe|surallocation/
/** Security-based compensation or a property's option: "stock options to purchase up to 500,000 additional shares". */
const NOT_OFFERING_OPTION = /\b(?:stock|incentive|share purchase) options?\b|\binterest in\b|\bproperty\b/
/**
 * Words that make an amount what the offering would come to if the option is exercised ("if the option is exercised in
 * full", "assuming the full exercise", "on full exercise … would"), not what it came to ("including the shares issued
 * upon the exercise in full of the over-allotment option": a closing's own proceeds).
 */
const IF_EXERCISED = pattern(
  String.raw`\bif\b[^.;]{0,80}?\bexercised\b|\bassuming\b[^.;]{0,40}?\bexercise\b|\bshould\b[^.;]{0,80}?\bbe exercised\b` +
    String.raw`|\bin the event\b[^.;]{0,80}?\bexercised\b|\bwould (?:bring|increase|raise|result in)\b` +
    String.raw`|\b(?:upon|on|with) (?:the )?full exercise\b[^.;]{0,120}?\b(?:would|will)\b` +
    String.raw`|\bsi\b[^.;]{0,80}?\bexercée(?![a-zà-ÿ])|\ben cas d'exercice\b`
)
/**
 * Before the option's total: "the aggregate gross proceeds of the Offering will be", "increased to up to", "$12,000,000
 * (or".
 */
const TOTAL_BEFORE = pattern(
  String.raw`(?:\b(?:total|aggregate|combined|maximum) (?:gross )?proceeds\b[^$]{0,60}?\b(?:of|to|will be|would be|be|at|totall?ing)` +
    String.raw`|\b(?:increased?|bring(?:ing|s)? (?:the )?(?:total|aggregate)[^$]{0,60}?) to` +
    // Or the offering's gross proceeds as they will be, with no "total" ("If the option is exercised in full, the gross
    // proceeds of the Offering will be $46,000,000"); not the option's own ("the gross proceeds from the option").
    String.raw`|\b(?<!additional )(?:the )?gross proceeds\b(?:(?!\boption|\badditional)[^$]){0,60}?` +
    String.raw`\b(?:will|would) (?:be|total|amount to)` +
    String.raw`|\bproduit brut (?:total|global)[^$]{0,60}?\b(?:de|sera|serait|à)` +
    // Or beside the offering's own amount: "for gross proceeds of $12,000,000 (or $13,800,000 if the over-allotment
    // option is exercised in full)", « 12 000 000 $ (ou 13 800 000 $ si … ».
    String.raw`|(?:\d|\$|\bmillions?) ?(?:\(|,) ?(?:or|ou))\s?(?:up to |approximately |jusqu'à |environ )?$`
)
/** Before the option's additional proceeds: "for additional gross proceeds of up to", "up to an additional". */
const ADDITIONAL_BEFORE = pattern(
  String.raw`(?:\badditional (?:gross )?proceeds (?:to the company )?of|\ban additional|\badditional)` +
    String.raw`\s?(?:up to |approximately )?$|\bproduit brut (?:additionnel|supplémentaire) (?:de )?(?:jusqu'à )?$`
)
/** Before the option's size as a percentage: "up to an additional", "increase the Offering by up to". */
const PERCENT_BEFORE = /(?:\badditional|\bby|\bup to|jusqu'à|supplémentaires?)\s?(?:up to )?$/
/** Before the option's own securities: "up to an additional", "increase the Offering by up to". */
const MORE_BEFORE = /(?:\badditional|\bby(?: up to)?|jusqu'à)\s?$/
/** After them: "up to 4,500,000 additional shares", « 1 500 000 actions supplémentaires ». */
const MORE_AFTER = /^\s?(?:additional|(?:[a-zé-]+ ){1,3}supplémentaires)\b/
/** After it: what it is a percentage of ("of the Offering", "of the number of Units sold under the Offering"). */
const PERCENT_OF = pattern(
  String.raw`^ (?:of |du |de la |des |d')(?:the )?(?:(?:aggregate )?number of |nombre (?:total )?d[e'] ?)?` +
    String.raw`(?:offering\b|placement\b|(?:[a-zé-]+ ){0,3}(?:units|shares|securities|unités|actions|titres)\b)`
)
/** How far before an amount or a percentage its words are read. */
const REACH = 90

/**
 * The option a sentence states, if it states one and gives a figure of it; named back ("the option") where an earlier
 * sentence `stated` the offering's option.
 */
export function optionIn(figures: SentenceFigures, lots: Lot[], stated = false): OptionTerms | undefined {
  const {sentence, text, moneys, language} = figures
  if (!NAMES_OPTION.test(text)) return undefined
  const named = OPTION.exec(text) ?? (stated ? OPTION_AGAIN.exec(text) : null)
  if (!named || NOT_OFFERING_OPTION.test(text)) return undefined
  const before = (m: MoneyMatch) => textBefore(text, m, REACH)
  const inFull = IF_EXERCISED.test(text)
  // The last amount the sentence ties to a total: the offering's with the option ("… which may be increased to up to
  // $2,500,000 if the over-subscription option is exercised in full" follows the offering's own $2,000,000).
  const totals = inFull ? moneys.filter((m) => TOTAL_BEFORE.test(before(m)) && !isPriceAfter(text, m)) : []
  let total = totals.length > 0 ? totals[totals.length - 1] : undefined
  const additional = moneys.find((m) => m !== total && m.from > named.index && ADDITIONAL_BEFORE.test(before(m)))
  const percent = findPercents(text, language).find(
    (p) =>
      p.index > named.index - REACH &&
      PERCENT_BEFORE.test(text.slice(Math.max(0, p.index - REACH), p.index)) &&
      PERCENT_OF.test(text.slice(p.index + p.length, p.index + p.length + REACH))
  )
  // The option's own securities: the lots the sentence states as more ("an option to purchase up to an additional
  // 4,500,000 shares", "to increase the Offering by up to 4,500,000 shares"); the others are the offering's, with or
  // without the option ("… would consist of a maximum of 10,000,000 Units").
  const more = new Set(
    figures.counts
      .filter(
        (c) =>
          c.index > named.index - REACH &&
          (MORE_BEFORE.test(text.slice(Math.max(0, c.from - REACH), c.from)) ||
            MORE_AFTER.test(text.slice(c.end, c.end + REACH)))
      )
      .map((c) => offsetAt(sentence.norm, c.index))
  )
  const own = lots.filter((lot) => lot.sentence === sentence && more.has(lot.count.start))
  // A total that is the proceeds of the offering's lot ("If the option is exercised in full, the Company will issue
  // 34,500,000 shares for aggregate gross proceeds of $13,800,000") is that lot's, checked as its proceeds.
  const totalAt = total && offsetAt(sentence.norm, total.index)
  if (lots.some((lot) => !own.includes(lot) && lot.proceeds !== undefined && lot.proceeds.start === totalAt))
    total = undefined
  if (!total && !additional && !percent && own.length === 0) return undefined
  return {
    sentence,
    ...(total ? {total: money(sentence, total)} : {}),
    ...(additional ? {additional: money(sentence, additional)} : {}),
    ...(percent ? {percent: figure(sentence, percent.index, percent.index + percent.length, percent)} : {}),
    lots: own
  }
}

/**
 * The offering's proceeds without any option: its lots (none an option's, a finder's, insiders', a minimum's or a
 * maximum's, none issued for debt or superseded), each stated once, when each states or implies its proceeds.
 */
export function offeringBase(terms: OfferingTerms, lots: Lot[]): Decimal | undefined {
  const base = baseLots(terms, lots)
  return base && sumOfProceeds(base, lots)
}

/** The offering's own lots that give its proceeds without any option (see offeringBase), if they can be summed. */
function baseLots(terms: OfferingTerms, lots: Lot[]): Lot[] | undefined {
  const optional = new Set(terms.options.flatMap((option) => option.lots))
  const base = distinctLots(
    lots.filter(
      (lot) =>
        !optional.has(lot) &&
        !lot.compensation &&
        !lot.forDebt &&
        !lot.superseded &&
        !namesInsiders(lot.sentence) &&
        !statesBound(lot.sentence)
    )
  )
  if (base.length === 0) return undefined
  // Several classes are summed only where one sentence states them all ("20,000,000 flow-through shares at $0.45
  // and 8,000,000 common shares at $0.375"): classes stated apart may restate each other.
  if (base.some((lot) => lot.sentence !== base[0].sentence && lot.security !== base[0].security)) return undefined
  if (new Set(base.map((lot) => lot.security)).size < base.length) return undefined
  return base
}

/**
 * Whether the total stated for the option exercised in full may round what it adds up: it is written so ("$11.5
 * million", "approximately", "up to"), or the figures it adds are (the offering's own, the option's), or the option
 * adds its percentage of the offering (a whole number of securities, rounded). A total written to the dollar, on the
 * offering's and the option's own amounts, is checked to the dollar ("If the Over-Allotment Option is exercised in full,
 * aggregate gross proceeds will be $11,505,750" after $10,005,000 and "additional gross proceeds of up to $1,500,750").
 */
export function optionTotalHedged(terms: OfferingTerms, lots: Lot[], option: OptionTerms, total: Money): boolean {
  const loose = (lot: Lot) => lot.hedged || lot.proceeds?.rounded === true || lot.price?.rounded === true
  if (total.rounded || hedgesAmount(total.sentence)) return true
  const base = baseLots(terms, lots) ?? []
  if (option.additional) return option.additional.rounded || base.some(loose)
  return option.lots.length === 0 || [...option.lots, ...base].some(loose)
}

/**
 * The release's option, its figures read together from every sentence that states one ("… an additional 15% of the
 * Offering. If the over-allotment option is exercised in full, the aggregate gross proceeds will be $13,800,000."):
 * the first percentage and additional amount stated, and every option's own securities. Two percentages that differ
 * (two options) give none.
 */
export function theOption(options: OptionTerms[]): OptionTerms | undefined {
  if (options.length === 0) return undefined
  const percents = options.flatMap((option) => (option.percent ? [option.percent] : []))
  const percent = percents.every((p) => p.value.equals(percents[0].value)) ? percents[0] : undefined
  const additional = options.find((option) => option.additional)?.additional
  return {
    sentence: options[0].sentence,
    ...(percent ? {percent} : {}),
    ...(additional ? {additional} : {}),
    lots: options.flatMap((option) => option.lots)
  }
}

/**
 * The option's securities sold at the offering's own price, however the release names them ("an additional 1,200,000
 * Charity FT Shares at the offering price" after "8,000,000 common shares … (the "Charity FT Shares") at $0.25"),
 * « au prix d'offre ».
 */
const AT_OFFERING_PRICE = pattern(
  String.raw`\bat (?:the )?(?:same|offering|issue|subscription) price\b|\bat the price of the (?:offering|placement)\b` +
    String.raw`|\bau (?:même )?prix d'(?:offre|émission)\b|\bau même prix\b`
)

/** The one price of the offering's own lots (none an option's, a finder's or for debt), if they state one. */
function offeringPrice(option: OptionTerms, lots: Lot[]): Decimal | undefined {
  const own = lots.filter((lot) => !option.lots.includes(lot) && !lot.compensation && !lot.forDebt && !lot.superseded)
  const prices = own.flatMap((lot) => (lot.price ? [lot.price.value] : []))
  return prices.length > 0 && prices.every((p) => p.equals(prices[0])) ? prices[0] : undefined
}

/** What an option adds: its additional proceeds as stated, else its own securities' proceeds, else its share. */
export function optionAdds(option: OptionTerms, lots: Lot[], base: Decimal): Decimal | undefined {
  if (option.additional) return option.additional.value
  if (option.lots.length > 0) {
    const sum = sumOfProceeds(option.lots, lots)
    // Securities the option sells "at the offering price" are priced at the offering's one price, named as they may be.
    const price = sum || !AT_OFFERING_PRICE.test(option.sentence.norm.text) ? undefined : offeringPrice(option, lots)
    return price ? option.lots.reduce((total, lot) => total.plus(lot.count.value.times(price)), price.times(0)) : sum
  }
  return option.percent ? base.times(option.percent.value).div(100) : undefined
}
