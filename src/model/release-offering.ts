/**
 * The issuer's own offering of its securities for money, as a release states
 * it: the offering signals (topics.ts) read only in sentences that offer
 * securities for money. A sentence about shares issued for debt, a grant of
 * options or share units, warrants exercised, shares paid as the
 * consideration of an acquisition or a holder's trade offers nothing, unless
 * it names an offering's form itself ("private placement", "bought deal"),
 * and a trade in another listed company's securities (the issuer buying into
 * Coldwater's placement) offers nothing of the issuer's, form named or not.
 * Without a form named anywhere, terms alone ("units at a price of") make an
 * offering only in a release that issues nothing else, or that says it raises
 * money ("gross proceeds", "to raise").
 * As in topics.ts, an offering the opening does not state needs three kinds
 * of terms in the body: a drill release that mentions last year's placement
 * announces none; nor does a body sentence that dates its closing weeks
 * before the release (results that recall the year's placements).
 */
import {listLeadIn, livePatterns, type Sentence} from './document.js'
import {
  COMPENSATION,
  CONSIDERATION,
  DEBT,
  EARLY_WARNING,
  EXERCISE,
  EXPECTED,
  OFFERING_FORMS,
  SECONDARY,
  PERIOD_REPORT,
  STAGE,
  closedInPeriod,
  closedLongBefore,
  notUnder,
  type OfferingForm
} from './release-signals.js'
import {spanOf, type Span} from './text.js'
import {OFFERING_SIGNALS, type Evidence} from './topics.js'
import {pattern} from './pattern.js'

export type Stage = 'announced' | 'closed' | 'amended'

export interface OwnOffering {
  evidence: Evidence
  /** The form the release names (undefined when it gives only terms: units, a price, proceeds). */
  form: OfferingForm | undefined
  stage: Stage
}

/** Terms of an offering for money only: a deemed price or a debt settlement is no sale for cash. */
const NOT_FOR_MONEY = /\bdeemed\b|\bdebt\b|\bsettle/

/**
 * A loan: a credit facility, a term loan, a drawdown under a credit agreement. A sentence that names one and no
 * security calls the loan "the financing" ("closed the second drawdown of the financing with the fund"): no
 * securities are offered (a convertible debenture or a loan's bonus warrants are securities, and are named). So does a
 * developer's project financing, its package of loans, streams and royalties ("Closes US$250 Million Financing
 * Package", "has secured a US$400 million project financing"): the instruments it names are the issuer's debts and
 * sales of future metal, and an equity part is named as such ("including a US$30 million private placement").
 */
const LOAN = pattern(
  String.raw`\b(?:credit (?:facility|agreement)|(?:term |bridge |secured |senior )?loans?\b|term facility|revolving` +
    String.raw`|draw-?downs?\b|debt (?:facility|financing)|project (?:debt|loan|financ(?:e|ing)\b)|facilit[ée] de cr[ée]dit` +
    String.raw`|financing package|(?:metals? |gold |silver |copper )?stream(?:ing)? (?:agreement|financing|facility)` +
    String.raw`|convention de cr[ée]dit|pr[êe]ts?\b)`
)
const SECURITY_NAMED = pattern(
  String.raw`\b(?:shares?|units?|debentures?|notes?|warrants?|securities|subscription|flow-through|equity|stock)\b` +
    String.raw`|\b(?:actions?|unit[ée]s|d[ée]bentures?|billets?|bons de souscription|titres)(?![a-zà-ÿ])`
)
/** A sentence where "financing" is a loan: it names a loan, and no security. */
const loanOnly = (text: string): boolean => LOAN.test(text) && !SECURITY_NAMED.test(text)
/** The words of a generic financing ("closed … the financing", « clôture … financement »). */
const GENERIC_FINANCING = /financ(?:ing|ement)$/

/** Money raised: terms that say so offer the securities for cash, whatever else the release issues. */
const CASH = pattern(
  String.raw`\b(?:gross|aggregate|total|cash) proceeds\b|\bto raise\b|\braise[sd]?\b|\bfor cash\b` +
    String.raw`|\bproduit (?:brut|total|global)\b|\brecueilli[rs]?\b|\ben esp[èe]ces\b`
)

/** When they were issued, between the verb and its preposition ("issued on September 28, 2023 as part of"). */
const ISSUED_WHEN =
  String.raw`(?: (?:originally|previously|initially))?` +
  String.raw`(?: (?:on|in|dated) (?:[a-z]+\.? )?(?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:[a-z]+ )?\d{4},?)?`
const ISSUED_WHEN_FR = String.raw`(?: (?:le|en) (?:\d{1,2}(?:er)? )?(?:[a-zéû]+ )?\d{4},?)?`
/**
 * Before a form: it names where securities already outstanding came from ("warrants issued in a private placement
 * that closed in 2024", « bons de souscription émis dans le cadre du placement privé »), not an offering.
 */
const PROVENANCE = pattern(
  String.raw`\b(?:issued|sold|acquired|purchased|distributed)${ISSUED_WHEN} (?:in|under|pursuant to` +
    String.raw`|in connection with|as part of|through) (?:the |a |an |its |their )?(?:[a-z$\d.,'-]+ ){0,4}$` +
    String.raw`|(?:émis|emis|vendu|acquis)e?s?${ISSUED_WHEN_FR} (?:dans le cadre d|aux termes d|en vertu d` +
    String.raw`|lors d)(?:u |e la |e l'|e |')(?:[a-zà-ÿ$\d.,'-]+ ){0,4}$`
)
/** Reach of PROVENANCE before the form (a date may come between "issued" and "as part of"). */
const PROVENANCE_REACH = 80
/** The words up to the offering, its object: a few, with no clause break (", the Company announces"). */
const OBJECT = String.raw`(?: (?:[^ ;,]|,(?! ))+){0,7} ?$`
/**
 * An offering the release calls off: terminated, cancelled, withdrawn or abandoned, or one that will not proceed
 * ("has terminated the private placement announced on June 2", "the placement has been cancelled", « a mis fin au
 * placement privé », « le placement a été annulé »). It offers nothing.
 */
const CALLED_OFF_BEFORE = pattern(
  String.raw`\b(?:terminat(?:e|es|ed|ing|ion of)|cancel(?:s|led|ed|ling|lation of)|withdr(?:aw|aws|awn|ew|awal of)` +
    String.raw`|abandon(?:s|ed|ment of)?|not (?:to )?(?:proceed|go ahead) with)\b${OBJECT}` +
    String.raw`|(?:mis fin (?:à|au|aux)|r[ée]sili[ée]|annul[ée]|renonc[ée] (?:à|au))${OBJECT}`
)
const CALLED_OFF_AFTER = pattern(
  String.raw`^[^;]{0,80}?\b(?:(?:has|have|had) been|was|were|is|will be) (?:terminated|cancell?ed|withdrawn|abandoned)\b` +
    String.raw`|^[^;]{0,80}?\b(?:will|shall) not (?:proceed|be completed|close)\b` +
    String.raw`|^[^;]{0,80}?(?:a|ont) [ée]t[ée] (?:annul[ée]e?s?|r[ée]sili[ée]e?s?)` +
    String.raw`|^[^;]{0,80}?\bne (?:sera|seront) pas (?:r[ée]alis|compl[ée]t)`
)
/**
 * An offering recalled as the cause or the means of the release's matter, closed before it: "this expansion follows
 * the recent closing of a $12 million financing", "following the completion of its private placement, the company
 * begins drilling", "funded by the recently completed placement", « donne suite à la récente clôture d'un
 * financement », « grâce à la clôture du placement privé ». The release announces the matter, not the offering (its
 * own release did). Words before the form: a cause ("following", "thanks to", « à la suite de ») and the closing ("the
 * closing of", "recently completed", « la clôture de »); when the form's words begin with the closing ("closing of a
 * financing", « clôture d'un financement »), the cause alone.
 */
const CAUSE =
  String.raw`(?:following|after|further to|subsequent to|on the heels of|thanks to|follows|followed` +
  String.raw`|funded (?:by|with|through)|financed (?:by|with|through)|with the (?:net )?proceeds (?:of|from))`
const CAUSE_FR = String.raw`(?:suite|gr[âa]ce|apr[èe]s|avec le produit|financ[ée]e?s? par)`
const DET = String.raw`(?: (?:the|its|a|an|our|this))?`
const DET_FR = String.raw`(?: (?:[àa]|au|aux|de|du|des|d'|la|le|l'|sa|son|une|un|notre)){0,3}`
const RECALLED_BEFORE = pattern(
  // Or pending, as the time after which the release's matter holds ("UEX's cash position subsequent to the anticipated
  // closing of its recently announced private placement will be approximately $17 million"): its own release
  // announced it.
  String.raw`\b${CAUSE}${DET}(?: (?:recent|successful|previously announced|oversubscribed|anticipated|expected|pending))?` +
    String.raw` (?:closing|completion|close) of${DET}(?: [a-z$\d.,'-]+){0,5} $` +
    String.raw`|\b${CAUSE}${DET} (?:recently|previously|successfully) (?:closed|completed)(?: [a-z$\d.,'-]+){0,5} $` +
    String.raw`|(?<![a-zà-ÿ])${CAUSE_FR}${DET_FR} ?(?:r[ée]cente |fructueuse )?(?:cl[ôo]ture|r[ée]alisation|conclusion)` +
    String.raw` (?:de l'|(?:d'une?|de la|du|de son|de sa|des)(?: [a-zà-ÿ$\d.,'-]+){0,5} )$`
)
/** The same cause before a form whose words begin with its closing ("closing of a financing"). */
const RECALLED_AT_CLOSING = pattern(
  String.raw`\b${CAUSE}${DET}(?: (?:recent|successful))? $|(?<![a-zà-ÿ])${CAUSE_FR}${DET_FR} ?(?:r[ée]cente )?$`
)
const BEGINS_WITH_CLOSING = /^(?:clos|complet|cl[ôo]t)/
/**
 * The cause before a form whose closing a relative clause after it states: "funded by the LIFE offering the Company
 * closed in August 2026", "financed with the proceeds of its private placement, which it completed in June", « financé
 * par le placement que la Société a clôturé en août 2026 » (not "closed today": this release's closing).
 */
const CAUSED_BY = pattern(
  String.raw`\b${CAUSE}${DET}(?: [a-z$\d.,'-]+){0,3} $|(?<![a-zà-ÿ])${CAUSE_FR}${DET_FR}(?: [a-zà-ÿ$\d.,'-]+){0,3} ?$`
)
const CLOSED_AFTER = pattern(
  String.raw`^(?:,? (?:that|which))?(?: (?:the company|the corporation|the issuer|it|we))?(?: (?:has|had|was|were))?` +
    String.raw` (?:closed|completed)\b(?! (?:today|this morning|on the date hereof))` +
    String.raw`|^,? (?:que|qu')(?: ?(?:la soci[ée]t[ée]|elle|nous))? (?:a|avait|avons) (?:cl[ôo]tur[ée]|compl[ée]t[ée]|r[ée]alis[ée])` +
    String.raw`(?! aujourd'hui)`
)
/** Whether the offering named at `at` in `text` (its words `words`) is recalled as closed before the release. */
const recalled = (text: string, at: number, words: string): boolean => {
  const before = text.slice(Math.max(0, at - 100), at)
  if (RECALLED_BEFORE.test(before) || (BEGINS_WITH_CLOSING.test(words) && RECALLED_AT_CLOSING.test(before))) return true
  const end = at + words.length
  return CAUSED_BY.test(before) && CLOSED_AFTER.test(text.slice(end, end + 80))
}
/**
 * A financing named as a condition of another matter the release announces: "the transaction is conditional on
 * Exchange approval and completion of a financing", "closing is subject to … and the closing of a concurrent private
 * placement", « sous réserve … de la clôture d'un placement privé ». The release announces the transaction; the
 * financing is one of its conditions, offered in a release of its own (one that states its terms here announces it).
 * The condition's words ("conditional on", "subject to", « sous réserve de ») come before, in the same clause, and the
 * financing is named by its completion ("completion of a financing", "the closing of the private placement").
 */
const CONDITION_BEFORE = pattern(
  String.raw`(?:\b(?:conditional|conditioned|contingent|dependent) (?:up)?on\b|\bsubject to\b` +
    String.raw`|\bconditions? (?:precedent |to (?:closing|completion) )?(?:include|including|are|is)\b` +
    String.raw`|(?<![a-zà-ÿ])(?:sous r[ée]serve d|conditionnel(?:le)?s? (?:à|au)|assujettie?s? (?:à|au)))[^;]{0,140}$`
)
const COMPLETION_BEFORE = pattern(
  String.raw`\b(?:completion|closing|close|consummation) of${DET}(?: [a-z$\d.,'-]+){0,4} $` +
    String.raw`|(?<![a-zà-ÿ])(?:cl[ôo]ture|r[ée]alisation|conclusion) (?:de l'|(?:d'une?|de la|du|de son|de sa|des)` +
    String.raw`(?: [a-zà-ÿ$\d.,'-]+){0,4} )$`
)
/** Reach of COMPLETION_BEFORE before the form, and of the condition's words before the completion. */
const COMPLETION_REACH = 80
/** Whether the offering named at `at` in `text` (its words `words`) is only a condition of another matter. */
function conditionOnly(text: string, at: number, words: string): boolean {
  if (OFFERING_TERMS.test(text)) return false
  const before = text.slice(Math.max(0, at - 200), at)
  if (BEGINS_WITH_CLOSING.test(words)) return CONDITION_BEFORE.test(before)
  const tail = Math.max(0, before.length - COMPLETION_REACH)
  const completion = COMPLETION_BEFORE.exec(before.slice(tail))
  return completion !== null && CONDITION_BEFORE.test(before.slice(0, tail + completion.index))
}
/** How many mentions of a form a sentence is read past (called off, named as history or recalled). */
const MENTIONS = 3
/**
 * An offering named as the time after which something else happened: "following its initial public offering in March
 * 2023, the Company acquired six royalties", "royalties added since the public offering", « depuis son premier appel
 * public à l'épargne ». History the release recalls, not an offering it announces (a closing's "following the closing
 * of the private placement" names the closing, and is read as before).
 */
const SINCE_OFFERING = pattern(
  String.raw`\b(?:since|following|after|depuis|apr[èe]s|suivant)(?: (?:the|its|our|their|this|that|an?|le|la|l'|son|sa))?` +
    String.raw`(?: (?:initial|first|recent|successful|completed|premier|premi[èe]re)){0,2} ?$`
)
/** Whether the offering named at `at` in `text` is a time anchor (SINCE_OFFERING) for what the sentence says. */
const sinceOffering = (text: string, at: number): boolean => SINCE_OFFERING.test(text.slice(Math.max(0, at - 60), at))
/** `re`'s first match in `text` from `from` on, its index in `text`. */
function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  const match = re.exec(text.slice(from))
  if (match) match.index += from
  return match
}
/** Whether the offering named at `at` (to `end`) in `text` is called off. */
const calledOff = (text: string, at: number, end: number): boolean =>
  CALLED_OFF_BEFORE.test(text.slice(Math.max(0, at - 100), at)) || CALLED_OFF_AFTER.test(text.slice(end, end + 100))
/**
 * A sentence that amends or exercises securities already outstanding (their expiry, price, term; a convertible
 * debenture's maturity or conversion price).
 */
const AMENDS_OUTSTANDING = pattern(
  String.raw`\b(?:extend|extension|amend|amendment|re-?pric|accelerat|expiry|exercise)[a-z]*\b[^.]{0,100}` +
    String.raw`\b(?:warrants?|options?|debentures?)\b` +
    String.raw`|\b(?:outstanding|existing) (?:[a-z]+ ){0,4}?(?:warrants?|options?|debentures?)\b` +
    String.raw`|\b(?:prolong|modifi|prorog)[a-zé]*\b[^.]{0,100}\b(?:bons de souscription|d[ée]bentures)\b`
)
/**
 * An opening that amends securities outstanding (extends, amends, reprices or reduces the price of warrants, options or
 * debentures: "Announces Amendment of Warrant Terms", "proposes to reduce the exercise price of 9,000,000 outstanding
 * warrants") or says they were exercised ("holders have exercised 6,000,000 warrants", "received $1,200,000 from the
 * exercise of warrants"; not "may be exercised", a term): the release's matter is the amendment or the exercise, so a
 * sentence that names where those securities came from ("The warrants were issued on June 30, 2025 in the Company's
 * private placement") recalls their origin, as it does in the sentence that amends them.
 */
const AMENDS_IN_OPENING = pattern(
  String.raw`\b(?:extend|extension|amend|amendment|re-?pric|reduc)[a-z]*\b[^.]{0,100}\b(?:warrants?|options?|debentures?)\b` +
    String.raw`|\b(?:have|has|had|were|was|been) exercised\b|\bfrom (?:the )?exercises? of\b` +
    String.raw`|\b(?:prolong|modifi|prorog)[a-zé]*\b[^.]{0,100}\b(?:bons de souscription|d[ée]bentures)\b`
)

/**
 * The first mention of a form in `text` that the release announces, and whether mentions were read past: called off
 * or named as history (`off`: "following its initial public offering in March 2023, …"), or recalled as closed
 * before the release (`recall`: "this expansion follows the recent closing of a $12 million financing"). The sentence
 * may name the form again as its own ("following the closing of the first tranche of its private placement, it has
 * closed the final tranche of the private placement"; a list whose items have no stops is one sentence: "… 6
 * following the Initial Public Offering - LRC announces a public offering of …").
 */
function announcedMention(re: RegExp, text: string): {match: RegExpExecArray | null; recall: boolean; off: boolean} {
  let match = re.exec(text)
  let recall = false
  let off = false
  // A few mentions at most: each looks again from the one before (a sentence of them is read in linear time).
  for (let seen = 0; match; seen++) {
    const end = match.index + match[0].length
    if (calledOff(text, match.index, end) || sinceOffering(text, match.index) || notUnder(text, match.index)) off = true
    else if (conditionOnly(text, match.index, match[0])) off = true
    else if (recalled(text, match.index, match[0])) recall = true
    else break
    if (seen === MENTIONS) return {match: null, recall, off}
    match = execFrom(re, text, end)
  }
  return {match, recall, off}
}

/**
 * Subscription receipts already sold, converted now that their escrow release conditions are met ("the escrow
 * release conditions … have been satisfied", "each of the 25,000,000 subscription receipts has been converted into
 * one unit", "Completes … Conversion of Subscription Receipts", « les reçus de souscription ont été convertis »; a
 * headline's participle with no auxiliary: "Subscription Receipts Converted", "Escrow Release Conditions Satisfied",
 * « Reçus de souscription convertis »): like warrants exercised, no offering. The offering's own terms say what will
 * happen ("will be converted upon satisfaction of the escrow release conditions") and stay one.
 */
const RECEIPTS_CONVERTED = pattern(
  String.raw`\b(?:has|have|had|having) been (?:automatically |deemed )?(?:converted|exchanged)\b` +
    String.raw`|\bsubscription ?receipts (?:automatically )?(?:converted|exchanged)\b` +
    String.raw`|\bescrow release conditions? (?:satisfied|met|fulfilled)\b` +
    String.raw`|\bre[çc]us de souscription (?:automatiquement )?convertis\b` +
    String.raw`|\b(?:were|was) (?:automatically |deemed )?(?:converted|exchanged) (?:into|for)\b` +
    String.raw`|\bconversion of (?:the |its |their |all )?(?:(?:of the )?[\d,]{1,20} )?(?:outstanding )?subscription ?receipts` +
    String.raw`|\bescrow release conditions?\b[^.]{0,100}?\b(?:(?:has|have|had) been|were|was) (?:satisfied|met|fulfilled)\b` +
    String.raw`|\bannounc[a-z]{0,3} (?:the )?(?:satisfaction|fulfil+ment) of (?:the |all )?(?:of the )?escrow release` +
    String.raw`|\b(?:ont|a) [ée]t[ée] (?:automatiquement )?convertis?\b|\bconversion des re[çc]us de souscription`
)
const RECEIPTS_FORM = 'offering of subscription receipts'

/**
 * A sentence about a base shelf prospectus, or about offerings it may one day make ("any offering", "no present
 * intention"), that states no offering's terms: filing a shelf offers nothing yet ("has filed
 * a final short form base shelf prospectus … to offer up to $50,000,000 of common shares, warrants, subscription
 * receipts or units from time to time").
 */
const SHELF_ONLY = /\bshelf\b|\bany (?:future |such )?offerings?\b|\bno (?:present|current) intention\b/
const OFFERING_TERMS =
  /\bgross proceeds\b|\bper (?:unit|share|common share|flow-through|subscription receipt)\b|\bat a price of\b|\bpriced at\b/

/** A sentence about an issuance that is not an offering for money. */
const NON_CASH = [DEBT, COMPENSATION, EXERCISE, CONSIDERATION, EARLY_WARNING, SECONDARY]
/** The forms' patterns, in order. */
const FORM_PATTERNS = OFFERING_FORMS.map(({re}) => re)

interface Hit extends Span {
  sentence: Sentence
  words: string
  form: OfferingForm | undefined
  /** Priority of the form (lower is more specific), or the number of forms for terms. */
  rank: number
}

function hitOf(sentence: Sentence, match: RegExpExecArray, form: OfferingForm | undefined, rank: number): Hit {
  const span = spanOf(sentence.norm, match.index, match.index + match[0].length)
  return {...span, sentence, words: match[0], form, rank}
}

/** The stage of an offering, from the sentence that names it (and the lead-in of its list) and the headline. */
function stageOf(sentences: Sentence[]): Stage {
  for (const {norm} of sentences) if (STAGE.closed.test(norm.text) && !EXPECTED.test(norm.text)) return 'closed'
  for (const {norm} of sentences) if (STAGE.amended.test(norm.text)) return 'amended'
  return 'announced'
}

/**
 * The issuer's own offering, if the release announces one. `leadEnd`: the last block of the opening (headline,
 * dateline, lead); `issuesOtherwise`: the release issues securities otherwise (for debt, as grants, as
 * consideration), so terms without a form do not make an offering; `othersOffering`: where the sentence states a
 * trade in another company's securities, so that the offering it names after it is not the issuer's; `released`:
 * the release's date (its dateline's), before which a closing the body dates weeks earlier is history.
 */
export function findOwnOffering(
  sentences: Sentence[],
  leadEnd: number,
  issuesOtherwise: boolean,
  othersOffering: (sentence: Sentence) => Span | undefined = () => undefined,
  released?: Date
): OwnOffering | undefined {
  let hits: Hit[] = []
  const kinds = new Set<string>()
  let found: Sentence[] = []
  const recalls = new Set<Sentence>()
  // Patterns that need a word the whole draft lacks are never run (document.ts).
  const liveForms = livePatterns(sentences, FORM_PATTERNS)
  const nonCash = livePatterns(sentences, NON_CASH).map((index) => NON_CASH[index])
  const signals = livePatterns(sentences, OFFERING_SIGNALS)
  const amendment = sentences.some((s) => s.block.index <= leadEnd && AMENDS_IN_OPENING.test(s.norm.text))
  // A report of a period's results: the closings it places in the period are history it recalls.
  const periodic = sentences.some((s) => s.block.index <= leadEnd && PERIOD_REPORT.test(s.norm.text))
  for (const sentence of sentences) {
    const text = sentence.norm.text
    if (SHELF_ONLY.test(text) && !OFFERING_TERMS.test(text)) continue
    // The body recalls an offering closed weeks before the release: no offering of this release. So does the opening,
    // beside an offering it announces ("… has closed its private placement …. Earlier this year, the Company completed
    // a LIFE offering."): its recalls are set aside below.
    if (closedLongBefore(text, released) || (periodic && closedInPeriod(text))) {
      if (sentence.block.index > leadEnd) continue
      recalls.add(sentence)
    }
    const before = hits.length
    // In a sentence that amends or exercises outstanding securities, a form named as their origin is no offering.
    const amends =
      text.includes('warrant') ||
      text.includes('option') ||
      text.includes('debenture') ||
      text.includes('bons de souscription')
    let origin = false
    let off = false
    const loan = loanOnly(text)
    for (const rank of liveForms) {
      const {form, re} = OFFERING_FORMS[rank]
      const {match, recall, off: aside} = announcedMention(re, text)
      if (aside) off = true
      if (!match && recall) origin = true
      if (!match || NOT_FOR_MONEY.test(match[0]) || (loan && GENERIC_FINANCING.test(match[0]))) continue
      const past = amends && PROVENANCE.test(text.slice(Math.max(0, match.index - PROVENANCE_REACH), match.index))
      if (past && (amendment || AMENDS_OUTSTANDING.test(text))) origin = true
      else if (form === RECEIPTS_FORM && RECEIPTS_CONVERTED.test(text)) origin = true
      else hits.push(hitOf(sentence, match, form, rank))
    }
    const named = hits.length > before
    // A sentence that calls its offering off states terms of nothing offered ("… of up to 5,000,000 units at $0.20").
    if (!named && (origin || off || nonCash.some((re) => re.test(text)))) continue
    const signalled: Array<{kind: string; span: Span}> = []
    for (const index of signals) {
      const match = OFFERING_SIGNALS[index].exec(text)
      if (!match || NOT_FOR_MONEY.test(match[0]) || (loan && GENERIC_FINANCING.test(match[0]))) continue
      const hit = hitOf(sentence, match, undefined, OFFERING_FORMS.length)
      hits.push(hit)
      signalled.push({kind: `signal ${index}`, span: hit})
    }
    if (hits.length === before) continue
    // A trade in another company's securities: the offering it names ("in Coldwater's private placement") is theirs.
    // Only the offering named after the trade is the other company's ("acquired … of Coldwater in a private
    // placement"); one named before it is the issuer's ("a private placement to fund its acquisition of … shares of").
    // Words that run into the trade are named after it ("announces that it has taken part in the financing").
    const trade = othersOffering(sentence)
    const own = (span: Span) => !trade || span.end <= trade.start
    if (trade) {
      const kept = hits.slice(before).filter((hit) => own(hit))
      hits.length = before
      hits.push(...kept)
      if (kept.length === 0) continue
    }
    for (const {kind, span} of signalled) if (own(span)) kinds.add(kind)
    found.push(sentence)
  }
  // The opening's recalls of earlier offerings, when it names an offering of its own besides, or reports a period's
  // results (the quarter's placement is its history).
  if (periodic || hits.some((hit) => hit.sentence.block.index <= leadEnd && !recalls.has(hit.sentence))) {
    hits = hits.filter((hit) => !recalls.has(hit.sentence))
    found = found.filter((sentence) => !recalls.has(sentence))
  }
  if (hits.length === 0) return undefined
  const forms = hits.filter((hit) => hit.form)
  if (forms.length === 0 && issuesOtherwise && !found.some((sentence) => CASH.test(sentence.norm.text)))
    return undefined
  const opening = hits.filter((hit) => hit.sentence.block.index <= leadEnd)
  // As in topics.ts: three kinds of offering terms in the body, when the opening names none.
  if (opening.length === 0 && kinds.size < 3) return undefined

  // The most specific form the opening names, else the body's, else the first terms.
  const pool = opening.some((hit) => hit.form) ? opening.filter((hit) => hit.form) : forms.length ? forms : hits
  const chosen = pool.reduce((best, hit) => (hit.rank < best.rank ? hit : best))
  const headline = found.filter((sentence) => sentence.block.index <= leadEnd)
  return {
    evidence: {
      start: chosen.start,
      end: chosen.end,
      words: chosen.words,
      strength: 'strong',
      count: kinds.size,
      sentences: found
    },
    form: chosen.form,
    stage: stageOf([
      chosen.sentence,
      ...[listLeadIn(chosen.sentence)].filter((lead) => lead !== undefined),
      ...headline
    ])
  }
}
