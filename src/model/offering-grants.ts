/**
 * What the issuer grants or issues at a price besides a placement's own
 * units and warrants, read once: stock options granted as security-based
 * compensation ("granted 1,500,000 incentive stock options … exercisable at
 * $0.10 per share for five years"), warrants issued to a lender as a loan
 * bonus, and shares issued for debt (a deemed price alone may be a
 * property's). Each figure with its exact place, as the placement's terms
 * (offering-terms.ts).
 */
import {listLeadIn, type Sentence} from './document.js'
import {money, textBefore, type SentenceFigures} from './offering-figures.js'
import {termIn} from './offering-terms.js'
import type {Grant, WarrantTerms} from './offering-types.js'
import {pattern} from './pattern.js'
import {DEBT} from './release-signals.js'

// Stock options: "incentive stock options", "options", "each option" stating the grant's terms in a sentence of its
// own (read only where the release grants options; not a finder's or broker's).
const OPTIONS = /(?:incentive ?|stock ?|share purchase ?)options?\b|\boptions?\b/
// Nor an underwriter's over-allotment option ("on the exercise of the over-allotment option, at $0.50 per unit").
const NOT_GRANTED =
  /\b(?:finder|broker|agent|compensation|underwriter)s?'?s? options\b|\bwarrant|over-? ?allotment|greenshoe|\bagents?'? ?option/
// The words of an exercise price: "exercisable at", "exercise price of", "at a price of" (not "were exercised at").
// French: « au prix de 0,15 $ », « prix d'exercice de 0,15 $ », « pouvant être exercée au prix de ».
// An exercise to come ("may be exercised at") is the grant's term, not one done. Or what the holder pays for each
// share: "entitles the holder to purchase one common share at $0.10", "to acquire one share of the Company at".
const EXERCISE_PRICE = pattern(
  String.raw`exercisable|exercise ?price|at a price of|\b(?:may|can|will|shall) be exercised\b|prix d'exercice` +
    String.raw`|au prix (?:d'exercice )?de|\b(?:purchase|buy|acquire|subscribe for) (?:one|1|an?) (?:\(1\) )?` +
    String.raw`(?:additional )?(?:common |ordinary )?shares? (?:of the (?:company|corporation) )?at\b`,
  'g'
)
// A loan's bonus warrants: "bonus warrants", "loan bonus", warrants issued to the lender.
const LOAN_BONUS =
  /bonus ?warrants?|loan ?bonus|warrants?\b[^.]{0,80}\b(?:to|in favou?r of) ?(?:the ?)?lenders?\b|\blenders?[^.]{0,80}warrants?/
// Securities issued for debt: a debt settlement, or a deemed price paying what is owed (not a property's price).
const DEEMED = /\bdeemed (?:issue )?price\b/
// Or a sentence that settles what is owed: "Of the debt, $72,000 is owed to … and will be settled by the issue of …".
const SETTLES = pattern(String.raw`\bsettle[sd]?\b`)
const OWED = /\b(?:debts?|owed|owing|indebtedness|payables?|invoices|fees|salar(?:y|ies)|loans?)\b/

/**
 * The options a sentence grants, with their exercise price and term: one grant for each exercise price it states
 * ("600,000 stock options to its directors, exercisable at $0.085 …, and 150,000 stock options to a consultant,
 * exercisable at $0.10 …": two), the first amount after each exercise price's words.
 */
export function grantsIn({sentence, text, moneys}: SentenceFigures): Grant[] {
  if (moneys.length === 0 || !OPTIONS.test(text) || NOT_GRANTED.test(text)) return []
  const grants: Grant[] = []
  let taken = -1
  for (const words of text.matchAll(EXERCISE_PRICE)) {
    const price = moneys.find((m) => m.index >= words.index && m.index > taken)
    if (!price) break
    taken = price.index
    grants.push({sentence, price: money(sentence, price), term: termIn(sentence, text)})
  }
  return grants
}

/** Whether warrants whose terms `text` states are a loan's bonus (that sentence or the one before says so). */
export function isLoanBonus(text: string, before: Sentence | undefined): boolean {
  return LOAN_BONUS.test(text) || (before !== undefined && LOAN_BONUS.test(before.norm.text))
}

/** Whether a sentence issues its securities for debt (a settlement; a deemed price for, or a settling of, what is owed). */
export function issuesForDebt(text: string): boolean {
  return DEBT.test(text) || ((DEEMED.test(text) || SETTLES.test(text)) && OWED.test(text))
}

/**
 * Security-based compensation named in a sentence (stock options, share units): a hold stated of a grant's shares is
 * not read as the restricted period of a prospectus-exempt issue (a grant may fall under another regime), so it is
 * not checked. A property's option ("the Option Agreement", "shares issued on exercise of the option") is no grant.
 */
const COMPENSATION_SECURITY = pattern(
  String.raw`\b(?:stock|incentive|share purchase) options?\b|\boptions? (?:were |was )?granted\b` +
    String.raw`|\b(?:rsu|dsu|psu)s?\b|share units?|unit[ée]s d'actions|options d'achat`
)

/** Whether a hold's sentence is about security-based compensation (options, share units). */
export function compensationHold(sentence: Sentence): boolean {
  return COMPENSATION_SECURITY.test(sentence.norm.text)
}

/**
 * Shares of a company named after them: "1,000,000 common shares of Corvell", "shares in the capital of Norwick",
 * « 2 000 000 d'actions ordinaires de Vermeil ».
 */
const SHARES_OF = pattern(
  String.raw`\b(?:shares (?:of|in the capital of)|actions (?:ordinaires )?(?:de|d'|du capital de)) ?` +
    String.raw`((?:the |la |l')?[\w.&'-]{1,30})`,
  'g'
)
/**
 * Words of the issuer receiving them, the price of what it sells: "in exchange for", "the Company will receive", "the
 * Wexford shares received by the Company", "has sold its royalty to Wexford for $150,000 in cash and 600,000 common
 * shares of Wexford", « reçues par la Société », « la Société recevra ».
 */
const RECEIVES = pattern(
  String.raw`\bin exchange for\b|\b(?:the company|it) (?:will |would |shall |is to |has )?receiv(?:e|es|ed)\b` +
    String.raw`|\breceived by (?:the company|the corporation|it)\b|\b(?:sold|sells|sell|selling)\b[^;]{0,200}?\bfor\b` +
    String.raw`|\bre[çc]u(?:e|es|s)? par (?:la soci|elle\b)|\b(?:la soci[ée]t[ée]|elle) (?:a |va |doit )?re[çc](?:oi|evr|u\b)`
)
/**
 * Words for the issuer's own shares or a bare reference back to the shares just named, and words of a class that name
 * no company ("shares of common stock", « actions de catégorie A »).
 */
const OWN_SHARES = pattern(
  String.raw`^(?:the company|the issuer|the corporation|its|our|la soci|l'[ée]metteur|ses|nos|common|class|cat|classe)\b`
)

/**
 * Shares issued, delivered or paid to someone ("issue to the Company", "issued to Wrenfield", "the following payments
 * to the Company", « émis à la Société »): who follows is read against the issuer's words and names (`issuedToIssuer`).
 */
const ISSUED_TO = pattern(
  String.raw`\b(?:issu(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|pay(?:s|ing|ments?)?|paid) to ` +
    String.raw`|\b(?:[ée]m(?:is|ises|et|ettra|ettre|ettant)|remis|remettra) (?:[àa] |au profit de )`,
  'g'
)
/** The issuer's own words after "to": "the Company" (not "the Company's vendor"), "it", « la Société ». */
const ISSUER_WORDS = pattern(
  String.raw`^(?:the (?:company|corporation|issuer)|it|la soci[ée]t[ée]|l'[ée]metteur)\b(?!'s)`
)

/** A name's end: not a letter or digit of a longer word, nor its possessive ("Wrenfield's vendor"). */
const NAME_END = pattern(String.raw`^(?:$|[^\w'])`)

/**
 * Whether a sentence issues or delivers shares to the issuer, by its words or one of the names it goes by; "it" only
 * with `pronoun` (in a hold's sentence, "shares issued to it" may be the vendor's).
 */
function issuedToIssuer(text: string, issuer: readonly string[], pronoun = true): boolean {
  if (!text.includes(' to ') && !text.includes(' à ') && !text.includes(' a ') && !text.includes('au profit'))
    return false
  for (const match of text.matchAll(ISSUED_TO)) {
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60)
    const words = ISSUER_WORDS.exec(after)
    if (words && (pronoun || words[0] !== 'it')) return true
    if (issuer.some((name) => after.startsWith(name) && NAME_END.test(after.slice(name.length)))) return true
  }
  return false
}

/**
 * Whether the shares a sentence prices are another company's, the issuer receiving them: "issue to the Company 1,000,000
 * common shares at a deemed price of $0.03" (an optionee's), "issue to Wrenfield 3,000,000 common shares of Ashgrove"
 * (the issuer by the name its release defines), "the Company received $50,000 and 1,000,000 common shares of Norvane"
 * (the buyer's); not the shares it pays with for another's ("to acquire all of the shares of Tisdale Minerals Ltd. in
 * exchange for 10,000,000 common shares"): another's named after the words of receiving.
 */
export function sharesToIssuer(sentence: Sentence, issuer: readonly string[]): boolean {
  const text = sentence.norm.text
  const receives = RECEIVES.exec(text)
  if (issuedToIssuer(text, issuer) || (receives !== null && othersShares(text.slice(receives.index), issuer)))
    return true
  // An item of a list whose lead-in gives them to the issuer ("Norcastle must make the following payments to the
  // Company:" before "- 600,000 Norcastle shares at a deemed price of $0.04 on signing;").
  const lead = listLeadIn(sentence)
  return lead !== undefined && issuedToIssuer(lead.norm.text, issuer)
}

/** Whether the shares a sentence (or its text) names are all another company's ("1,000,000 common shares of Corvell"). */
export function othersShares(sentence: Sentence | string, issuer: readonly string[]): boolean {
  const text = typeof sentence === 'string' ? sentence : sentence.norm.text
  const owners = [...text.matchAll(SHARES_OF)].map((m) => m[1])
  return (
    owners.length > 0 && owners.every((owner) => !OWN_SHARES.test(owner) && !issuer.some((n) => owner.startsWith(n)))
  )
}

/**
 * Shares the hold's sentence says the issuer receives, whoever's they are named ("The Brixley shares received by the
 * Company will be …", "the shares to be received by Wrenfield", « les actions reçues par la Société »): the issuer
 * receives no shares of its own. Then who receives them (group 1), read against the issuer's words and names.
 */
const RECEIVED_BY = pattern(
  String.raw`\b(?:shares|securities|actions|titres)(?: [\w-]{1,20}){0,2}? (?:(?:to be )?received by|re[çc]u(?:e|es|s)? par) ` +
    String.raw`((?:the |la |l')?[\w.&'-]{1,30})`
)
const ISSUER_RECEIVES = pattern(String.raw`^(?:(?:the |la )?(?:company|corporation|issuer|soci)|it|elle)\b`)

function receivedByIssuer(text: string, issuer: readonly string[]): boolean {
  const match = text.includes('received') || text.includes('reçu') ? RECEIVED_BY.exec(text) : null
  if (!match) return false
  const who = match[1]
  return ISSUER_RECEIVES.test(who) || issuer.some((name) => who.startsWith(name.split(' ')[0]))
}

/**
 * Whether a hold is on shares of another company the issuer receives ("the Company will sell the Tern claims to
 * Corvell in exchange for 1,000,000 common shares of Corvell … The shares will be subject to a four-month hold"):
 * the hold's sentence, or the one before it, names them as another's, received, or issues them to the issuer ("issuing
 * to the Company 1,000,000 Oberon shares … The Oberon shares received by the Company will be subject to …"). That
 * company's distribution, not the issuer's: the issuer states no hold of its own there (NI 45-102 s.2.5 binds its
 * resale of them).
 */
export function receivedHold(sentence: Sentence, issuer: readonly string[]): boolean {
  if (receivedByIssuer(sentence.norm.text, issuer)) return true
  const sentences = sentence.block.sentences
  const at = sentences.indexOf(sentence)
  return [sentence, sentences[at - 1]].some((s) => {
    if (s === undefined) return false
    const text = s.norm.text
    const named = issuer.some((name) => text.includes(`${name} will receive`) || text.includes(`${name} would receive`))
    return ((RECEIVES.test(text) || named) && othersShares(s, issuer)) || issuedToIssuer(text, issuer, false)
  })
}

/**
 * An amendment of outstanding warrants that sets their exercise price anew ("the exercise price will be reduced to
 * $0.20", "to reprice the Warrants from $0.40 to $0.20", "an amended exercise price of $0.20"), in a block that names
 * the warrants: the new price is one the issuer's warrants are exercisable at, as a placement's. The price replaced
 * ("from $0.40") is history.
 */
const REPRICED = pattern(
  // Decimal points may come between ("from $0.40 to $0.20"); a sentence's stop may not. The warrants' count and
  // defined term may too ("the exercise price of 12,600,000 outstanding warrants (the "Warrants") from $0.45 to $0.15").
  String.raw`\b(?:exercise price|re-?pric\w{0,4})\b(?:[^.]|\.(?=\d)){0,150}?\bto ?$` +
    String.raw`|\b(?:amended|new|revised|reduced) exercise price (?:of|to) ?$`
)
const AMENDED_WARRANTS = pattern(String.raw`\bwarrants?\b`)
const AMENDING = pattern(String.raw`\b(?:amend|reduc|lower|re-?pric|chang|decreas)\w{0,6}\b`)
export function repricedIn({sentence, text, moneys}: SentenceFigures): WarrantTerms | undefined {
  if (moneys.length === 0 || !AMENDING.test(text) || !AMENDED_WARRANTS.test(sentence.block.norm.text)) return undefined
  const price = moneys.find((m) => REPRICED.test(textBefore(text, m, 160)))
  return price ? {sentence, price: money(sentence, price), amended: true} : undefined
}
