/**
 * Who speaks in a release, from its structure: the subject of the sentence
 * that announces (the words before "announces", "reports", "is pleased to",
 * "this news release is made by"), and whose securities the release is about. The
 * listed issuer speaks when that subject carries its ticker tag or the way an
 * issuer names itself ("the Company"); a third party speaks when the subject
 * is defined by a holder's role ("the Acquiror", "the Purchaser"), when the
 * release announces itself and is issued by such a holder, or when the
 * subject buys, holds or exercises the securities of the company the ticker
 * names (or calls "the Issuer"). With no announcing sentence, the issuer.
 */
import {MONTH_DOT} from './dates.js'
import {absentFromDraft, type Sentence} from './document.js'
import {findDateline, releaseDateline} from './layout.js'
import {issuerTickers, type Listing} from './listing.js'
import {
  ANNOUNCES,
  BYLINE,
  EARLY_WARNING,
  HOLDING,
  ISSUER_TERM,
  REPORT_LEAD,
  REPORT_SIGN,
  REPORT_SOURCE,
  SUMMARY_LEAD,
  ROLE,
  SELF,
  JOINS_OFFERING,
  TAKES_UP,
  THIS_RELEASE
} from './release-signals.js'
import {offsetAt, spanOf, type Span} from './text.js'
import {pattern} from './pattern.js'

/** The words that decided a fact, with where they are. */
export interface Decided extends Span {
  /** The words as normalized (the message quotes the source slice, not these). */
  words: string
}

export interface Speaker {
  speaker: 'issuer' | 'third-party'
  evidence: Decided | undefined
}

/** How far past a holding's "shares of" the company it names may be stated. */
const OBJECT_REACH = 120
/** How far past "this news release is issued" the early warning regime it is issued under may be named. */
const REGIME_REACH = 80
/** How far before a holder's defined term the "by" naming it may be. */
const BY_REACH = 100

function decided(sentence: Sentence, from: number, to: number): Decided {
  return {...spanOf(sentence.norm, from, to), words: sentence.norm.text.slice(from, to)}
}

/** Whether a listing tag sits in `[from, to)` of the sentence's normalized text. */
function tagIn(sentence: Sentence, listings: Listing[], from: number, to: number): boolean {
  if (to <= from) return false
  const span = spanOf(sentence.norm, from, to)
  return listings.some((listing) => listing.start >= span.start && listing.end <= span.end)
}

/**
 * A holding of securities of the listed company in `sentence` from `from` on: "acquired 5,000,000 common shares
 * of Birch Metals Inc. (TSXV: BRM)", "holds shares of X (the "Issuer")".
 */
function holdingOfListed(sentence: Sentence, listings: Listing[], from: number): Decided | undefined {
  const text = sentence.norm.text
  const rest = text.slice(from)
  const match = HOLDING.exec(rest)
  if (!match) return undefined
  const objectStart = from + match.index + match[0].length
  const object = text.slice(objectStart, objectStart + OBJECT_REACH)
  // "of the Company" is the issuer's own securities, sold or issued to a holder in the issuer's release.
  if (/^(?:the )?(?:company|corporation)\b/.test(object)) return undefined
  const tagged = tagIn(sentence, listings, objectStart, objectStart + OBJECT_REACH)
  const issuer = ISSUER_TERM.exec(object)
  if (!tagged && !issuer) return undefined
  const end = issuer
    ? termEnd(text, objectStart + issuer.index + issuer[0].length)
    : objectEnd(sentence, listings, objectStart)
  return decided(sentence, from + match.index, end)
}

/**
 * The company held, named by the term the release gives it as the company it is about: "of Payfare Inc. ("Payfare"
 * or the "Company")", "(the "Issuer")". The holder is then not that company.
 */
const HELD_TERM = /\((?:[^()]{1,40}\bor )?(?:the )?" ?(?:company|corporation|issuer) ?"\s?\)/

/**
 * A verb in the perfect ("has requisitioned", "have entered") or a lead's dated past ("today issued an open letter"),
 * where no announcing verb is.
 */
const PERFECT = /\b(?:has|have|today) (?:[a-z]{2,20}ed|made|sent|begun|taken|written|given)\b/

/**
 * A holder that speaks with its holding in its subject: "Halvard Capital Partners LP, which owns 14.2% of the
 * outstanding shares of Ormond Resources Inc. (TSXV: ORM), has requisitioned a meeting". The ticker tag in the
 * subject names the company held, not the one speaking, as does the release's term for the company held ("… of
 * Ormond Resources Inc. ("Ormond" or the "Company"), today issued an open letter"); a subject that names itself
 * ("the Company") or carries a tag before its holding speaks for the issuer.
 */
function holderSubject(sentence: Sentence, listings: Listing[]): Decided | undefined {
  const text = sentence.norm.text
  const verb = ANNOUNCES.exec(text) ?? PERFECT.exec(text)
  if (!verb) return undefined
  const subject = text.slice(0, verb.index)
  const held = HOLDING.exec(subject)
  // The holder's own words (before its holding) name itself: the issuer speaks.
  if (!held || SELF.test(subject.slice(0, held.index)) || tagIn(sentence, listings, 0, held.index)) return undefined
  const objectStart = held.index + held[0].length
  const named =
    tagIn(sentence, listings, objectStart, verb.index) || HELD_TERM.test(text.slice(objectStart, verb.index))
  if (!named) return undefined
  return decided(sentence, held.index, Math.min(verb.index, objectEnd(sentence, listings, objectStart)))
}

/** A defined term's end with the parenthesis that closes it: `(the "Issuer")`. */
const termEnd = (text: string, end: number): number => (text[end] === ')' ? end + 1 : end)

/** The index in the sentence's normalized text (from `from` on) of the first character at or after `offset`. */
function indexAt(sentence: Sentence, offset: number, from = 0): number {
  const {text} = sentence.norm
  let at = from
  while (at < text.length && offsetAt(sentence.norm, at) < offset) at++
  return at
}

/**
 * Where the words naming a trade's object end: after the company's ticker tag ("of Birch Metals Inc. (TSXV:
 * BRM)"), else at the last word's end within 60 characters (a quote never stops inside a word).
 */
function objectEnd(sentence: Sentence, listings: Listing[], objectStart: number): number {
  const text = sentence.norm.text
  const reach = spanOf(sentence.norm, objectStart, Math.min(text.length, objectStart + OBJECT_REACH))
  const tag = listings.find((listing) => listing.start >= reach.start && listing.end <= reach.end)
  if (tag) {
    // With the tag's closing parenthesis.
    const end = indexAt(sentence, tag.end, objectStart)
    return text[end] === ')' ? end + 1 : end
  }
  const cut = Math.min(text.length, objectStart + 60)
  if (cut === text.length || !/[a-z0-9]/.test(text[cut])) return cut
  const space = text.lastIndexOf(' ', cut)
  return space > objectStart ? space : cut
}

/**
 * A trade by anyone (the issuer first of all) in another listed company's securities, stated in `sentence`:
 * "acquired 15,000,000 common shares of Coldwater Silver Inc. (TSXV: CWS) in a private placement completed by
 * Coldwater". The object carries a ticker tag that is not the issuer's (the release's first tag), or a name the
 * release defines for such a company ("Coldwater"): an offering the sentence names is that company's.
 */
export function tradeInOther(
  sentence: Sentence,
  listings: Listing[],
  otherNames: string[],
  issuerNames: string[] = []
): Decided | undefined {
  return (
    joinsOffering(sentence, listings, otherNames, issuerNames) ?? takesUp(sentence, listings, otherNames, issuerNames)
  )
}

/** How far past "participated in the placement of" the company that makes the offering is named. */
const MAKER_REACH = 70
/** Securities or figures: what an offering "of" offers, not the company that makes it ("the placement of 2,000 units"). */
const OFFERED = /\b(?:shares?|units?|warrants?|securities|debentures?|receipts?|notes?)\b|\d/

/**
 * The issuer taking part in another company's offering: "participated in the non-brokered private placement of
 * Hawthorn Lake Minerals Inc. (TSXV: HLM)", "took part in Hawthorn Lake's private placement": the company that makes it
 * is tagged with its own ticker, or named as the release defines it, right after "of" or "by" (its name, no security
 * or figure before its tag), or before "'s". The offering named from the verb on is that company's.
 */
function joinsOffering(
  sentence: Sentence,
  listings: Listing[],
  otherNames: string[],
  issuerNames: string[]
): Decided | undefined {
  const text = sentence.norm.text
  if (!text.includes(' in ') && !text.includes('subscri')) return undefined
  const match = JOINS_OFFERING.exec(text)
  if (!match) return undefined
  const objectStart = match.index + match[0].length
  const object = text.slice(objectStart, objectStart + MAKER_REACH)
  const named = otherNames.find((name) => object.startsWith(name) && !/^[a-z0-9]/.test(object.slice(name.length)))
  const end = (at: number) => decided(sentence, match.index, at)
  if (match[1] === undefined) {
    return named && object.slice(named.length).startsWith("'s ") ? end(objectStart + named.length + 2) : undefined
  }
  if (named) return end(objectStart + named.length)
  const legal = anotherLegalName(object, issuerNames)
  if (legal) return end(objectStart + legal.length)
  const paren = object.indexOf('(')
  if (paren < 2 || OFFERED.test(object.slice(0, paren))) return undefined
  const issuer = issuerTickers(listings)
  const tag = spanOf(sentence.norm, objectStart + paren, Math.min(text.length, objectStart + MAKER_REACH + 20))
  const other = listings.some(
    (listing) =>
      listing.kind === 'tag' && !issuer.has(listing.ticker) && listing.start >= tag.start && listing.end <= tag.end
  )
  return other ? end(objectEnd(sentence, listings, objectStart)) : undefined
}

/**
 * A company named by its legal name at the start of a trade's object: "larch creek gold inc." of "subscribed for
 * 4,000,000 units of Larch Creek Gold Inc. at $0.25 per unit" (group 1, its name without its legal form).
 */
const COMPANY_NAMED = pattern(
  String.raw`^([a-z0-9&'][a-z0-9&'.-]{0,30}(?: [a-z0-9&'][a-z0-9&'.-]{0,30}){0,4}),? (?:inc|corp|corporation|ltd` +
    String.raw`|limited|lt[ée]e|plc|llc)\b`
)

/**
 * The words of another company's legal name at the start of `object`, where the release names the issuer (else the
 * name may be the issuer's own) and it is none of the issuer's names.
 */
function anotherLegalName(object: string, issuerNames: string[]): string | undefined {
  if (issuerNames.length === 0) return undefined
  const legal = COMPANY_NAMED.exec(object)
  if (!legal || issuerNames.some((name) => legal[1].includes(name) || name.includes(legal[1]))) return undefined
  return legal[0]
}

/**
 * A trade in another company's securities (TAKES_UP): "acquired 15,000,000 common shares of Coldwater …", the
 * company tagged with its ticker, named as the release defines it, or by a legal name that is none of the issuer's
 * (`issuerNames`: "subscribed for 4,000,000 units of Larch Creek Gold Inc." in Redstone Royalty Corp.'s release).
 */
function takesUp(
  sentence: Sentence,
  listings: Listing[],
  otherNames: string[],
  issuerNames: string[] = []
): Decided | undefined {
  const text = sentence.norm.text
  const match = TAKES_UP.exec(text)
  if (!match) return undefined
  const objectStart = match.index + match[0].length
  const object = text.slice(objectStart, objectStart + OBJECT_REACH)
  const issuer = issuerTickers(listings)
  const reach = spanOf(sentence.norm, objectStart, Math.min(text.length, objectStart + OBJECT_REACH))
  const otherTag = listings.some(
    (listing) =>
      listing.kind === 'tag' && !issuer.has(listing.ticker) && listing.start >= reach.start && listing.end <= reach.end
  )
  const named = otherNames.some((name) => object.startsWith(name) && !/^[a-z0-9]/.test(object.slice(name.length)))
  if (!otherTag && !named && !anotherLegalName(object, issuerNames)) return undefined
  return decided(sentence, match.index, objectEnd(sentence, listings, objectStart))
}

/**
 * What a company does to its own offering, after its name: "Aero announced a non-brokered private placement", an
 * apposition between them ("Morrow, the operator of the Sable Creek project, on which Quillon holds a 2% NSR royalty,
 * has closed a bought deal"): one that opens as a description does (the, which, who, …), another clause or two after
 * it, none opening on "and", "but" or "or" (another subject); a decimal point in a clause ends none ("a 1.5% royalty").
 */
const OFFERS = pattern(
  String.raw`^(?:, (?:the|a|an|its|which|who|whose|one|owner|operator|partner)\b(?:[^,.;()]|\.(?=\d)){0,100}` +
    String.raw`(?:, (?!and\b|but\b|or\b)(?:[^,.;()]|\.(?=\d)){1,100}){0,2})?` +
    String.raw`,? (?:(?:has|had|also|then|recently|previously|subsequently) ){0,2}` +
    String.raw`(?:announced|closed|completed|launched|arranged|priced|upsized|commenced)\b`
)
/** How far after a company's name or tag its verb may come: past an apposition of two or three clauses. */
const OFFERS_REACH = 340
/** How far after the verb what the company did is read for the issuer: to the offering it names. */
const DEED_REACH = 80
/** Another company's securities named by its name: "one Fernhill share", "Fernhill common shares". */
const ITS_SECURITIES = /^ (?:common |new |class [a-z] )?(?:shares?|units?|warrants?|securities|stock)\b/
/** What may follow a company's ticker tag before its verb: its other listings, its defined name. */
const AFTER_TAGS = /^\)?(?:\s?\([^()]{1,40}\)){0,4}/
/** The issuer named in a sentence: "the Company", its defined names, "we". */
const ISSUER_NAMED = /\b(?:the (?:company|corporation|issuer)|we|our)\b/

/**
 * Another company's own offering stated in `sentence`: the company it names (a name the release defines for it, or
 * its ticker tag) announces, closes or launches it ("On February 13, 2024 Aero announced a non-brokered private
 * placement …"), or the sentence speaks of that company's proceeds and not the issuer's ("The gross proceeds … will
 * be used for work programs on Aero's optioned properties"). The offering it names after that point is that
 * company's. `issuerNames`: the names the release defines for the issuer.
 */
export function offeringOfOther(
  sentence: Sentence,
  otherNames: string[],
  issuerNames: string[],
  listings: Listing[] = []
): Decided | undefined {
  const text = sentence.norm.text
  const namesIssuer = (words: string) =>
    ISSUER_NAMED.test(words) || issuerNames.some((name) => wordAt(words, name) >= 0)
  // The company's verb (at `from`), then what it did, up to the offering: not into the issuer ("Titan, a major
  // shareholder, has completed a strategic investment in the Company by subscribing for … units": the issuer's).
  // The words up to the verb when the company offers, else undefined.
  const offers = (from: number): string | undefined => {
    const verb = OFFERS.exec(text.slice(from, from + OFFERS_REACH))
    if (!verb || namesIssuer(text.slice(from + verb[0].length, from + verb[0].length + DEED_REACH))) return undefined
    return verb[0]
  }
  // Another company tagged with its own ticker, then the verb: "Tern Metals Corp. (TSXV: TRN) announced a …".
  const tags = listings.filter((listing) => listing.kind === 'tag' && listing.exchange !== 'OTHER')
  const issuerTags = issuerTickers(listings)
  for (const tag of tags) {
    if (issuerTags.has(tag.ticker) || tag.start < sentence.start || tag.end > sentence.end) continue
    const end = indexAt(sentence, tag.end)
    const after = AFTER_TAGS.exec(text.slice(end, end + 160))
    if (after && offers(end + after[0].length)) return decided(sentence, Math.max(0, text.lastIndexOf('(', end)), end)
  }
  // Another company by its legal name and the name it is defined by, with no ticker tag: `Morrow Silver Inc.
  // ("Morrow"), the operator of …, has closed a bought deal …`. Its short name is a word of its legal name and none
  // of the issuer's; "arranged" is an agent's verb, not an issuer's.
  // Only where the release names the issuer otherwise: an issuer known by nothing else may be the company so defined.
  if (issuerNames.length > 0 && text.includes('"') && DEFINED_COMPANY_HINT.test(text)) {
    for (const named of text.matchAll(DEFINED_COMPANY)) {
      const [whole, legal, short] = named
      const end = named.index + whole.length
      if (wordAt(legal, short) < 0 || namesIssuer(short)) continue
      const verb = offers(end)
      const at = named.index + whole.lastIndexOf(`"${short}"`) + 1
      if (verb && !verb.endsWith('arranged')) return decided(sentence, at, at + short.length)
    }
  }
  if (otherNames.length === 0) return undefined
  const issuer = namesIssuer(text)
  for (const name of otherNames) {
    // A name the release also gives the issuer ("(CSE: ACM.U) ("Acme" or the "Company")") is the issuer's.
    if (issuerNames.includes(name)) continue
    const at = wordAt(text, name)
    if (at < 0) continue
    if (offers(at + name.length)) return decided(sentence, at, at + name.length)
    const after = text.slice(at + name.length, at + name.length + 40)
    // The other company's proceeds, properties or securities ("Each unit consists of one Fernhill share and one
    // warrant"), in a sentence that does not name the issuer.
    if (!issuer && (after.startsWith("'s ") || ITS_SECURITIES.test(after)))
      return decided(sentence, 0, at + name.length)
  }
  return undefined
}

/** A company's legal name and, right after it, the short name it is defined by: `morrow silver inc. ("morrow")`. */
const DEFINED_COMPANY = pattern(
  String.raw`\b([a-z0-9&'.-]+(?: [a-z0-9&'.-]+){0,5}),? (?:inc|corp|corporation|ltd|limited|lt[ée]e|plc|llc)\b\.?,? ?` +
    String.raw`\((?:the )?"([^"()]{2,40})"\)`,
  'g'
)
const DEFINED_COMPANY_HINT = /(?:inc|corp|corporation|ltd|limited|lt[ée]e|plc|llc)\b\.?,? ?\((?:the )?"/

/** Where `name` stands as whole words in `text`, or -1. */
function wordAt(text: string, name: string): number {
  let at = text.indexOf(name)
  while (at >= 0) {
    const before = at === 0 ? '' : text[at - 1]
    const next = text[at + name.length] ?? ''
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(next)) return at
    at = text.indexOf(name, at + 1)
  }
  return -1
}

/**
 * A quoted name defined right after another company's ticker tag: `(TSXV: CWS) ("Coldwater")`, the company's other
 * listings between them too: `(TSXV: AERO) (OTC Pink: AAUGF) (FSE: 13L0) ("Aero")`.
 */
const DEFINED_AFTER_TAG = /^\)?(?:\s?\([^()"]{1,30}\)){0,4}\s?\(\s?(?:the )?"([^"()]{2,40})"/

/**
 * The names the release defines for listed companies other than the issuer (whose tag comes first): `Coldwater
 * Silver Inc. (TSXV: CWS) ("Coldwater")` gives "coldwater". `announcers`: companies that announce the release with
 * the issuer (a joint release) are none of them.
 */
export function otherCompanyNames(sentences: Sentence[], listings: Listing[], announcers: Listing[] = []): string[] {
  const tags = listings.filter((listing) => listing.kind === 'tag' && listing.exchange !== 'OTHER')
  const others = tags.filter((listing) => !announcers.some((tag) => tag.ticker === listing.ticker))
  // Its legal name without the legal form too, as a headline shortens it ("Quarry Point Acquires Units of Birchfield
  // Copper in Private Placement" over "… of Birchfield Copper Inc. (TSXV: BFC)").
  return namesOf(sentences, listings, others, true)
}

/**
 * The names the release defines for the companies that announce it with the issuer (a joint release: `Pipit Minerals
 * Inc. (TSXV: PPT) ("Pipit")` beside the issuer's tag in the announcing sentence): each is an issuer of the release
 * too, so a QP's tie to it ("an independent consultant to Pipit") is a tie to the issuer.
 */
export function announcerNames(sentences: Sentence[], listings: Listing[], announcers: Listing[]): string[] {
  return namesOf(sentences, listings, announcers, false)
}

/**
 * The names the release defines for the companies tagged `tags` other than the issuer: the quoted name after the tag
 * (`(TSXV: CWS) ("Coldwater")`), and with `legal` its legal name before the tag without the legal form.
 */
function namesOf(sentences: Sentence[], listings: Listing[], tags: Listing[], legal: boolean): string[] {
  const issuer = issuerTickers(listings)
  const names = new Set<string>()
  for (const listing of tags) {
    if (issuer.has(listing.ticker)) continue
    const sentence = sentences.find((s) => s.start <= listing.start && listing.end <= s.end)
    if (!sentence) continue
    const defined = DEFINED_AFTER_TAG.exec(sentence.norm.text.slice(indexAt(sentence, listing.end)))
    if (defined) names.add(defined[1].trim())
    const before = legal ? LEGAL_BEFORE_TAG.exec(rawBetween(sentence, sentence.start, listing.start)) : null
    if (before) names.add(before[1].trim().replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase())
  }
  return [...names]
}

/**
 * A company's legal name as written right before its ticker tag, its words capitalized (a name's small words between
 * them): "Birchfield Copper" of "placement of Birchfield Copper Inc. (", « Mines Laurentia » of « Mines Laurentia inc. ( ».
 */
const LEGAL_BEFORE_TAG = pattern(
  String.raw`(?<![\w&'’.-])([A-Z0-9][\w&'’.-]{0,30} (?:(?:[A-Z0-9][\w&'’.-]{0,30}|of|and|&|de|du|des|la|le) ){0,5})` +
    String.raw`(?:[Ii]nc|Corp|Corporation|Ltd|Limited|Lt[ée]e|[Pp]lc|LLC)\.?,?\s?\(?\s*$`
)

/**
 * An early warning report on the listed company after the verb: "has filed an early warning report in respect of
 * Birch Metals Inc. (TSXV: BRM)", "… regarding the Issuer".
 */
function reportOnListed(sentence: Sentence, listings: Listing[], from: number): Decided | undefined {
  const text = sentence.norm.text
  const match = EARLY_WARNING.exec(text.slice(from))
  if (!match) return undefined
  const objectStart = from + match.index + match[0].length
  const object = text.slice(objectStart, objectStart + OBJECT_REACH)
  const issuer = ISSUER_TERM.exec(object)
  if (!issuer && !tagIn(sentence, listings, objectStart, objectStart + OBJECT_REACH)) return undefined
  const end = issuer
    ? termEnd(text, objectStart + issuer.index + issuer[0].length)
    : objectEnd(sentence, listings, objectStart)
  return decided(sentence, from + match.index, end)
}

/** The defined term of an acquirer: "the Acquiror", « l'Acquéreur ». */
const ACQUIRER = /acqu(?:ir[oe]r|[ée]reur)/

/** A trade in securities after the verb whose object is not the issuer's own ("of the Company"). */
function tradeOfOther(text: string, from: number): boolean {
  const match = HOLDING.exec(text.slice(from))
  if (!match) return false
  const object = text.slice(from + match.index + match[0].length, from + match.index + match[0].length + OBJECT_REACH)
  return !/^(?:the |la |l')?(?:company|corporation|soci[ée]t[ée])(?![a-z\u00e0-\u00ff])/.test(object)
}

/**
 * What one announcing sentence says of who speaks: the issuer, a third party, or nothing decisive. `warned`: the
 * opening speaks of an early warning report.
 */
function verdict(
  sentence: Sentence,
  listings: Listing[],
  warned: boolean,
  reported: boolean
): Speaker | 'issuer' | undefined {
  const text = sentence.norm.text
  // A holder defined by its role may tell what it did with no announcing verb: "Sedgemoor Resource Partners II, L.P.
  // (the "Offeror") … today commenced its offer to acquire all of the shares of Arlow Minerals Ltd. (TSXV: ARM)".
  const announces = ANNOUNCES.exec(text)
  const verb = announces ?? (ROLE.test(text) ? PERFECT.exec(text) : null)
  if (!verb) return undefined
  const subject = text.slice(0, verb.index)
  // After "has" or "today": what the holder did ("has purchased 6,000,000 common shares of …") is its holding.
  const after = announces ? verb.index + verb[0].length : verb.index + verb[0].indexOf(' ') + 1

  // The issuer names itself, or its ticker tag is in the subject.
  if (SELF.test(subject) || tagIn(sentence, listings, 0, verb.index)) return 'issuer'

  // The subject defined by a holder's role speaks, "Birch Capital Ltd. (the "Acquiror") announces", when the
  // release is about its holding: an early warning, the listed company's shares it bought, "the Issuer". (A joint
  // release of the issuer and "the Investor" subscribing to its placement is the issuer's.)
  const role = ROLE.exec(subject)
  const holding = holdingOfListed(sentence, listings, after)
  const aboutHolding = warned || holding !== undefined || ISSUER_TERM.test(text)
  // An acquirer (not an investor, who may subscribe to the issuer's own placement) that announces its trade in
  // another company's securities speaks for itself, named with a tag or not: "(the "Acquiror") announces that it
  // acquired 4,000,000 units of Birch".
  const acquirerTrades = role !== null && ACQUIRER.test(role[0]) && tradeOfOther(text, after)
  if (role && (aboutHolding || acquirerTrades)) {
    return {speaker: 'third-party', evidence: decided(sentence, role.index, role.index + role[0].length)}
  }

  // "This news release is made by Y (the "Acquiror") under NI 62-103, as it has filed an early warning report".
  if (THIS_RELEASE.test(subject) && aboutHolding) {
    const byRole = ROLE.exec(text.slice(after))
    if (byRole) {
      const at = after + byRole.index
      // From the "by" that names the holder: "by Birch Capital Ltd. (the "Acquiror")".
      const by = text.lastIndexOf(' by ', at)
      const from = by >= 0 && at - by <= BY_REACH ? by + 1 : at
      return {speaker: 'third-party', evidence: decided(sentence, from, at + byRole[0].length)}
    }
    // "This press release is issued pursuant to National Instrument 62-103": the early warning regime has the
    // acquiror issue the release, so a whole release issued under it is the holder's (an issuer's release may
    // carry "this portion of this news release is issued under NI 62-103" for a subscriber's filing).
    const regime = EARLY_WARNING.exec(text.slice(after, after + REGIME_REACH))
    const release = THIS_RELEASE.exec(subject)
    if (regime && release && !/\b(?:portion|part|section|paragraph)\b/.test(subject)) {
      return {
        speaker: 'third-party',
        evidence: decided(sentence, release.index, after + regime.index + regime[0].length)
      }
    }
  }

  // The subject buys, holds or exercises the securities of the company the ticker names, or reports on its holding.
  const report = holding ?? reportOnListed(sentence, listings, after)
  if (report) return {speaker: 'third-party', evidence: report}

  // In a release that reports an early warning filing, a subject that trades in the securities of a company it
  // does not name itself by: "Ashgrove Holdings Inc. ("Ashgrove") announces that it has acquired 900,000
  // subscription receipts of Northby" (no tag, no "the Issuer": the filing says whose release it is).
  if (reported && !role) {
    const trade = tradeOfNamed(sentence, subject, after)
    if (trade) return {speaker: 'third-party', evidence: trade}
  }
  return undefined
}

/**
 * A trade in the securities of a company named after the verb that is neither the issuer ("the Company") nor the
 * subject itself: "acquired 900,000 subscription receipts of Northby".
 */
function tradeOfNamed(sentence: Sentence, subject: string, after: number): Decided | undefined {
  const text = sentence.norm.text
  const match = HOLDING.exec(text.slice(after))
  if (!match) return undefined
  const objectStart = after + match.index + match[0].length
  const name = /^(?:the )?([a-z][a-z0-9&'-]{1,30})/.exec(text.slice(objectStart, objectStart + OBJECT_REACH))
  if (!name || /^(?:company|corporation|issuer|trust|fund|partnership)$/.test(name[1])) return undefined
  if (new RegExp(String.raw`(?<![a-z0-9])${name[1]}(?![a-z0-9])`).test(subject)) return undefined
  return decided(sentence, after + match.index, objectStart + name[0].length)
}

/**
 * Between two tags of one subject, what joins them as its companies (as written, parentheticals left out): nothing
 * but separators, one company's tags ("(TSXV: LGC) (OTCQB: LGCMF)", "(NYSE American: RBC | TSX: RBC)"); or a
 * coordinator, then a company's name ("and Tealwater Gold Inc.", « et Exploration Chibou inc. », "and its joint
 * venture partner, Corvid Minerals Ltd.", "together with Pelham Graphite Inc."): words that start with a capital, or
 * a name's small words ("of", "de", "inc."). A verb between them ("notes the news release issued today by its option
 * partner, Blackfen Gold Corp.") makes the second company the object of the first one's sentence, not its co-announcer.
 */
const SEPARATORS = /^[\s()|,;/&-]*$/
const COORDINATED = pattern(
  String.raw`^[\s)]*(?:,\s?)?(?:and|et|&|together with|along with|jointly with|avec)\s` +
    String.raw`(?:(?:its|their|son|sa|ses|leur)\s(?:[a-z-]{1,16}\s){0,3}(?:partners?|subsidiary|affiliate|co-venturers?|` +
    String.raw`partenaires?|filiale),?\s)?` +
    String.raw`(?:(?:[A-Z0-9\u00c0-\u00de][\w.&'\u00c0-\u00ff-]*|of|the|de|du|des|la|le|les|inc\.?|lt[ée]e\.?|corp\.?)[\s,]{1,3}){1,8}` +
    String.raw`\(?\s?$`
)
/** A parenthetical, a defined name or another tag, left out of the words between two tags. */
const PARENTHETICAL = /\([^()]{0,120}\)/g

/** The raw text of `sentence` between two source offsets. */
function rawBetween(sentence: Sentence, from: number, to: number): string {
  const {raw} = sentence
  let start = 0
  while (start < raw.text.length && offsetAt(raw, start) < from) start++
  let end = start
  while (end < raw.text.length && offsetAt(raw, end) < to) end++
  return raw.text.slice(start, end)
}

/**
 * The rest of a company's parenthetical of listings after its tag, and the start of the next company's before its
 * tag: the other listings each lists beside the one read ("(TSX: KGI, OTCQX: KSTGF)", "(OTCQB: DNMCF; TSXV: DNC)").
 */
const TAG_GROUP_REST = /^[^()]{0,80}\)/
const TAG_GROUP_START = /\([^()]{0,80}$/

/** The subject's tags up to the first that is not conjoined with those before it (see COORDINATED). */
function conjoined(sentence: Sentence, tags: Listing[]): Listing[] {
  const joined = [tags[0]]
  for (const tag of tags.slice(1)) {
    const between = rawBetween(sentence, joined[joined.length - 1].end, tag.start)
    const gap = between.replace(TAG_GROUP_REST, ')').replace(TAG_GROUP_START, '(').replace(PARENTHETICAL, ' ')
    if (!SEPARATORS.test(gap) && !COORDINATED.test(gap)) break
    joined.push(tag)
  }
  return joined
}

/**
 * The listed companies that announce the release together: the ticker tags in the subject of the first announcing
 * sentence that names any ("Halvard Metals Corp. (TSX: HVM) and Quillon Resources Ltd. (TSXV: QRL) announce",
 * « Mines Laurentia inc. (TSX : MLA) et Exploration Chibou inc. (TSXV : XCB) annoncent »). One tag as a rule.
 * `abroad`: tags of exchanges abroad count too ("Coorong Resources Limited (ASX: CRR) advises that it has subscribed
 * for shares of Gannet Lake Metals Inc. (TSXV: GLM)": the announcer is tagged on the ASX only). `leadEnd`: when a
 * tag stands in the lead (or above it), the announcer is sought there only: a partner tagged in the next paragraph
 * ("Ressources Cartier Inc. (ECR-TSXV) ont annoncé …" under a royalty holder's lead whose verb copy split from its
 * tags) is not the release's announcer.
 */
export function findAnnouncers(opening: Sentence[], listings: Listing[], abroad = false, leadEnd?: number): Listing[] {
  const tags = listings.filter((listing) => listing.kind === 'tag' && (abroad || listing.exchange !== 'OTHER'))
  if (tags.length === 0) return []
  const inLead = leadEnd !== undefined && tags.some((tag) => tag.block <= leadEnd)
  for (const sentence of inLead ? opening.filter((s) => s.block.index <= leadEnd) : opening) {
    const verb = ANNOUNCES.exec(sentence.norm.text)
    if (!verb || verb.index === 0) continue
    const subject = spanOf(sentence.norm, 0, verb.index)
    const inSubject = tags.filter((tag) => tag.start >= subject.start && tag.end <= subject.end)
    if (inSubject.length > 0) return conjoined(sentence, inSubject)
  }
  return []
}

/**
 * Decide who speaks, from the opening sentences of the release: the first announcing sentence that tells (a
 * headline, "Acme Announces Closing", names no one decisively; the lead then does). `reported`: the release
 * (anywhere) speaks of an early warning report.
 */
export function findSpeaker(opening: Sentence[], listings: Listing[], reported = false): Speaker {
  const warned = opening.some((sentence) => EARLY_WARNING.test(sentence.norm.text))
  // A headline's trade ("Ferrowood Minerals Announces Acquisition of Shares of Calvary Point Gold") says whose shares
  // were traded, not who trades them: the lead that names its subject by its own ticker tag or as "the Company"
  // ("Ferrowood Minerals Corp. (TSXV: FWM) announces that it has acquired …") speaks for a listed issuer, whose
  // release it is; a lead that decides nothing leaves the headline's word.
  let headline: Speaker | undefined
  for (const sentence of opening) {
    const holder = holderSubject(sentence, listings)
    if (holder) return {speaker: 'third-party', evidence: holder}
    const found = verdict(sentence, listings, warned, reported || warned)
    if (found === 'issuer') return {speaker: 'issuer', evidence: undefined}
    if (found && headline === undefined && isHeadline(sentence)) headline = found
    else if (found) return found
  }
  return headline ?? {speaker: 'issuer', evidence: undefined}
}

/** A headline: a heading, or a draft's first paragraph of one sentence with no full stop at its end. */
function isHeadline(sentence: Sentence): boolean {
  const {block} = sentence
  if (block.kind === 'heading') return true
  return block.index === 0 && block.sentences.length === 1 && !/[.!?:]["')]?\s*$/.test(block.norm.text)
}

/** Whether the words at `at` in the sentence stand inside a quotation of its paragraph (an odd number of quotes before). */
function quoted(sentence: Sentence, at: number): boolean {
  const {text} = sentence.block.norm
  const from = text.indexOf(sentence.norm.text)
  const before = text.slice(0, (from < 0 ? 0 : from) + at)
  return (before.match(/"/g)?.length ?? 0) % 2 === 1
}

/**
 * A news report about the issuer, not the issuer's release: it points to the release it reports ("To view the full
 * press release, visit …", "Source: Press release"; anywhere in `all`), carries a byline under its headline ("By
 * Chris Wack"), or its opening reports the issuer's words ("Eminent Gold on Wednesday said", "the company said", "has
 * issued an announcement", an interview: "joined Dana Roe from Proactive to discuss") where the release carries no
 * issuer's apparatus (`apparatus`: an exchange disclaimer or a forward-looking caution). The words that show it, or
 * undefined. `leadEnd`: the last block of the headline, dateline and lead. A story with no dateline and no apparatus
 * is a news service's when it calls the issuer "the company" as a reporter does, or its lead tells in the past what
 * the issuer announced (`storyAbout`); `dated`: whether the release has a dateline, when its layout is known (found
 * here otherwise); `tagged`: whether the opening carries a ticker tag (an issuer's lead does; a rewrite's does not).
 */
export function findReporter(
  all: Sentence[],
  opening: Sentence[],
  leadEnd: number,
  apparatus = false,
  dated?: boolean,
  tagged = false
): Decided | undefined {
  for (const sentence of opening) {
    const block = sentence.block
    if (block.index <= leadEnd && block.sentences.length === 1 && BYLINE.test(block.norm.text.trim())) {
      return decided(sentence, 0, sentence.norm.text.length)
    }
    // Reported words are weak evidence: an issuer's own release may write "…, the Company said"; one that carries
    // its exchange disclaimer or forward-looking caution is the issuer's.
    const lead = apparatus ? null : REPORT_LEAD.exec(sentence.norm.text)
    if (lead) return decided(sentence, lead.index, lead.index + lead[0].length)
  }
  for (const sentence of all) {
    const source = REPORT_SOURCE.exec(sentence.norm.text)
    if (source) return decided(sentence, source.index, source.index + source[0].length)
    const sign = apparatus ? null : REPORT_SIGN.exec(sentence.norm.text)
    if (sign && !quoted(sentence, sign.index)) return decided(sentence, sign.index, sign.index + sign[0].length)
  }
  if (apparatus || all.length === 0) return undefined
  if (dated ?? releaseDateline(findDateline(all[0].block.draft.blocks)) !== undefined) return undefined
  // A release whose lead announces in the issuer's voice ("Acme Gold Corp. announces", "is pleased to report") is the
  // issuer's, however it names itself (a headline's "Acme Announces" may be a rewrite's).
  // A summary that tells what "the news release announces" is a reader's, not the issuer's voice.
  const voiced = opening.some(
    (s) => s.block.kind !== 'heading' && ISSUER_VOICE.test(s.norm.text) && !RELEASE_ANNOUNCES.test(s.norm.text)
  )
  // A republisher's copy of the release under its signatory's name ("Mr. John Ashdown reports", Stockwatch's): the
  // issuer's release in the republisher's house style ("the company" in lower case), not a story about it.
  const signed = opening.some((s) => s.block.sentences.length <= 2 && SIGNATORY.test(s.block.norm.text.trim()))
  return voiced || signed ? undefined : storyAbout(all, tagged ? undefined : rewriteLead(opening))
}

/** The line a republisher sets above the issuer's release: its signatory "reports" it ("Ms. Ana Ruiz reports"). */
const SIGNATORY = pattern(String.raw`^(?:mr|ms|mrs|miss|dr)\.? (?:[a-z][\w'’.-]{0,30} ){1,5}reports$`)

/** The issuer's voice announcing: "announces", "is pleased to", not a report's "announced" or "said it was pleased". */
const ISSUER_VOICE = /\bannounc(?:es|e)\b|\b(?:is|are) (?:pleased|happy|delighted|proud|excited) to\b/

/**
 * "The most recent news release … announces" ("… on Dec. 19, 2025, announces"): a reader telling what the release says,
 * not the issuer announcing.
 */
const RELEASE_ANNOUNCES = pattern(String.raw`\b(?:news|press) release\b(?:[^.]|${MONTH_DOT}){0,60}\bannounces\b`)
/**
 * A reporter's word for the issuer (in lower case as written): "the company plans", "The company's newsroom", « la
 * société a précisé ».
 */
const REPORTER_TERM = /\bthe company\b|\bla soci[ée]t[ée](?![a-z])/
/**
 * How an issuer names itself as written: its defined term, capitalized ("the Company", "the "Corporation"", « la
 * Société »).
 */
const OWN_TERM =
  /\b[Tt]he ["“]?(?:Company|Corporation)\b|["“](?:Company|Corporation)["”]|\b[Ll]a (?:« ?|["“])?Soci[ée]t[ée](?![a-z])|« ?Soci[ée]t[ée] ?»/
/** The issuer's first person, in the narrator's words ("US$" is a currency; French « nous », « notre », « nos »). */
const FIRST_PERSON = /\b(?:we|our|us(?!\$)|nous|notre|nos)\b/g
/** "us" as written in prose, in lower case (or opening a sentence). */
const LOWER_US = pattern(String.raw`\b[Uu]s\b(?!\$)`)

/**
 * The opening's paragraph that opens as a market service's retelling (MarketScreener, Zonebourse, a news site's
 * rewrite): the issuer's legal name as written, then what it did in the past ("Kestrel Minerals Corp. announced that
 * drilling has begun", « Minéraux Kestrel inc. a annoncé que … », SUMMARY_LEAD), under a headline in the present or
 * none. The words that show it, or undefined.
 */
function rewriteLead(opening: Sentence[]): Decided | undefined {
  for (const sentence of opening) {
    if (sentence.block.kind === 'heading' || sentence !== sentence.block.sentences[0]) continue
    const raw = sentence.raw.text.trimStart()
    const found = SUMMARY_LEAD.exec(raw)
    if (!found) continue
    const shift = sentence.raw.text.length - raw.length
    const start = offsetAt(sentence.raw, shift)
    const end = offsetAt(sentence.raw, shift + found[0].length - 1) + 1
    return decided(sentence, indexAt(sentence, start), indexAt(sentence, end))
  }
  return undefined
}

/**
 * A story about the issuer, not its release: a text with no dateline and no apparatus (checked before) that
 * calls the issuer "the company" in lower case, as a reporter writes, and never names itself as an issuer does ("the
 * Company", "the "Corporation"", or "we" and "our" outside a quotation). The reporter's first "the company", or
 * the rewrite's lead (`rewrite`) that tells in the past what the issuer announced (the first person still vetoes it).
 */
function storyAbout(all: Sentence[], rewrite?: Decided): Decided | undefined {
  if (all.length === 0 || (!rewrite && absentFromDraft(all[0].block.draft, REPORTER_TERM))) return undefined
  let term: Decided | undefined = rewrite
  for (const sentence of all) {
    // A headline capitalizes every word: its "The Company" is no defined term. A rewrite's lead outweighs the defined
    // term: a market service's translation keeps the release's « la Société ».
    if (!rewrite && sentence.block.kind !== 'heading' && OWN_TERM.test(sentence.raw.text)) return undefined
    const text = sentence.norm.text
    // "US" in capitals is the country or its market ("(CA: GMX & US: GLBXF)"), not the first person.
    const us = LOWER_US.test(sentence.raw.text)
    for (const person of text.matchAll(FIRST_PERSON)) {
      if ((person[0] !== 'us' || us) && !quoted(sentence, person.index)) return undefined
    }
    // Past the check above, the sentence's "the company" is in lower case as written.
    const found = term ? null : REPORTER_TERM.exec(text)
    if (found && !quoted(sentence, found.index)) term = decided(sentence, found.index, found.index + found[0].length)
  }
  return term
}
