/**
 * What kind of release this is and who speaks, decided once: the issuer's own
 * offering of its securities (announced, closed or amended; private
 * placement, LIFE, bought deal, prospectus, subscription receipts,
 * flow-through), shares for debt, security-based compensation grants, an
 * early warning or another holder's release, technical or exploration
 * results, corporate news, an acquisition. The duties of a release come from
 * these facts, not from the ticker alone: the U.S. legend for the issuer's
 * own offering, the financing rules for what the issuer itself issues.
 *
 * Who speaks: release-speaker.ts (a news service's report about the issuer is a third party's). The own offering: release-offering.ts. The
 * words: release-signals.ts.
 */
import {absentFromDraft, type Sentence} from './document.js'
import {releaseDateline, type Layout} from './layout.js'
import type {Listing} from './listing.js'
import {datelineDate} from './offering-terms.js'
import {findOwnOffering, type Stage} from './release-offering.js'
import {
  ACQUISITION,
  COMPENSATION,
  CORPORATE,
  DEBT,
  EARLY_WARNING,
  FROM_TREASURY,
  HOLDING,
  ON_BEHALF,
  RESALE,
  SECONDARY,
  STAGE,
  US_REGISTERED,
  type OfferingForm
} from './release-signals.js'
import {
  findAnnouncers,
  findReporter,
  findSpeaker,
  offeringOfOther,
  otherCompanyNames,
  tradeInOther,
  type Decided
} from './release-speaker.js'
import {pattern} from './pattern.js'
import {spanOf} from './text.js'
import type {Evidence, Topics} from './topics.js'

export type {Decided} from './release-speaker.js'
export type {Stage} from './release-offering.js'
export type {OfferingForm} from './release-signals.js'

export type ReleaseKind =
  'offering' | 'shares-for-debt' | 'compensation' | 'early-warning' | 'technical' | 'corporate' | 'acquisition'

/** One thing the release announces, with the words that decided it. */
export interface KindOf extends Decided {
  kind: ReleaseKind
  /** An offering's or a settlement's stage: announced, closed, amended. */
  stage?: Stage
  /** An offering's form as the release names it (private placement, LIFE offering, bought deal, …). */
  form?: OfferingForm
}

export interface Release {
  /** Who speaks: the listed issuer, or a third party (an acquirer's early warning, a shareholder). */
  speaker: 'issuer' | 'third-party'
  /** The words that show a third party speaks (undefined when the issuer does). */
  speakerEvidence: Decided | undefined
  /**
   * A third party's report that says it is made on the issuer's behalf (sponsored, paid for, "disseminated on behalf
   * of"): the words that say so. Such a report is the issuer's disclosure (NI 43-101 s.1.1 "disclosure": made by or
   * on behalf of an issuer); undefined when the issuer speaks or the report does not say so.
   */
  onBehalf: Decided | undefined
  /**
   * The ticker tags of the listed companies that announce the release: one as a rule, two or more in a joint
   * release ("Halvard (TSX: HVM) and Quillon (TSXV: QRL) announce"), whose duties are each announcer's.
   */
  announcers: Listing[]
  /** What the release announces, each with the words that decided it, in order of the text. */
  kinds: KindOf[]
  /**
   * The issuer's own offering of its securities (the trigger of the U.S. legend and of the financing rules), or
   * undefined when the release announces none: shares for debt, grants, a third party's purchase are not one.
   */
  ownOffering: Evidence | undefined
  /**
   * The words that say the issuer's offering is registered in the United States (a registration statement, the
   * multijurisdictional disclosure system): it is offered there, and owes no U.S. legend nor "not registered" paragraph.
   */
  usRegistered: Decided | undefined
}

/** What the release model is decided from, beside its sentences. */
export interface ReleaseContext {
  layout?: Pick<Layout, 'leadEnd' | 'openingEnd'> & Partial<Pick<Layout, 'dateline'>>
  listings?: Listing[]
  /**
   * The release carries an issuer's own apparatus: an exchange disclaimer or a forward-looking caution. Reported
   * words alone ("the Company said", "on Tuesday said") then do not make it a news service's report.
   */
  apparatus?: boolean
  /**
   * Every sentence of the release, its caution and disclaimers too: a publisher's disclaimer that says whose piece it
   * is ("the speculative nature of the companies profiled", "has been compensated by Acme") often sits in the caution.
   */
  every?: Sentence[]
}

/** Without a layout: the headline, the dateline and the lead are the first three blocks. */
const DEFAULT_LEAD_END = 2

/** The first sentence (of `sentences`) matching `re`, as the words that decided a kind. */
function first(sentences: Sentence[], re: RegExp, skip?: RegExp): (Decided & {sentence: Sentence}) | undefined {
  // A pattern that needs a word the whole draft lacks matches no sentence (document.ts).
  if (sentences.length === 0 || absentFromDraft(sentences[0].block.draft, re)) return undefined
  for (const sentence of sentences) {
    const text = sentence.norm.text
    if (skip?.test(text)) continue
    const match = re.exec(text)
    if (!match) continue
    const span = spanOf(sentence.norm, match.index, match.index + match[0].length)
    return {...span, words: match[0], sentence}
  }
  return undefined
}

/** How many of `sentences` match `re`. */
function count(sentences: Sentence[], re: RegExp): number {
  if (sentences.length === 0 || absentFromDraft(sentences[0].block.draft, re)) return 0
  return sentences.filter((sentence) => re.test(sentence.norm.text)).length
}

/**
 * Shares issued only when the settlement is done: "any shares issued will be subject to a hold period", "the shares to
 * be issued", a condition of what is still to come, not an issue.
 */
const ISSUE_TO_COME = pattern(String.raw`\b(?:any|to be) (?:[\w,-]+ ){0,3}?issued\b`, 'g')
/** A settlement's stage: closed when the release says it issued the shares. */
function settlementStage(sentence: Sentence, headline: Sentence[]): Stage {
  const issued = (text: string) => /\bissued\b/.test(text) && /\bissued\b/.test(text.replace(ISSUE_TO_COME, ''))
  const closed = [sentence, ...headline].some((s) => STAGE.closed.test(s.norm.text) || issued(s.norm.text))
  return closed ? 'closed' : 'announced'
}

/** Whether a ticker tag stands in the headline, dateline or lead (an issuer's release tags itself there). */
function tagged(listings: Listing[], leadEnd: number): boolean {
  return listings.some((listing) => listing.kind === 'tag' && listing.block <= leadEnd)
}

/** Decide the kind of release and its speaker. */
export function findRelease(all: Sentence[], topics: Topics, context: ReleaseContext = {}): Release {
  // Every signal here has a word in it: sentences of no letters (runs of markup or figures) are never read.
  const own = all.filter((sentence) => /[a-z]/.test(sentence.norm.text))
  const leadEnd = context.layout?.leadEnd ?? DEFAULT_LEAD_END
  const openingEnd = context.layout?.openingEnd ?? leadEnd
  const opening = own.filter((sentence) => sentence.block.index <= leadEnd)
  const wider = own.filter((sentence) => sentence.block.index <= openingEnd)
  const warning = first(own, EARLY_WARNING)
  const spoken = findSpeaker(wider, context.listings ?? [], warning !== undefined)
  // A news service's report about the issuer (an article, an interview) is not the issuer's release.
  // The signals of a report have words: a sentence without letters matches none, so none is filtered out here.
  const every = context.every ?? own
  // The dateline its layout found, where the layout says (a story without one may be a news service's).
  // A stock service's stamp over its copy ("2025-03-14 16:21 ET - News Release") dates the copy, not the release.
  const dated =
    context.layout && 'dateline' in context.layout ? releaseDateline(context.layout.dateline) !== undefined : undefined
  const reporter =
    spoken.speaker === 'issuer'
      ? findReporter(every, wider, leadEnd, context.apparatus, dated, tagged(context.listings ?? [], leadEnd))
      : undefined
  const {speaker, evidence: speakerEvidence} = reporter ? {speaker: 'third-party' as const, evidence: reporter} : spoken

  const kinds: KindOf[] = []
  const add = (kind: ReleaseKind, found: Decided | undefined, more: Partial<KindOf> = {}) => {
    if (found) kinds.push({kind, start: found.start, end: found.end, words: found.words, ...more})
  }

  // Shares for debt: stated in the opening, or in two sentences of the body.
  const debt = first(opening, DEBT) ?? (count(own, DEBT) >= 2 ? first(own, DEBT) : undefined)
  if (debt) add('shares-for-debt', debt, {stage: settlementStage(debt.sentence, opening)})
  add('compensation', first(own, COMPENSATION))
  // An early warning, or a holder's trade in the issuer's shares, stated in the opening.
  // A holder's trade in the market; shares sold from treasury through the exchange are the issuer's (see below).
  const trade = warning ? undefined : first(opening, SECONDARY, FROM_TREASURY)
  add('early-warning', warning)
  add('technical', topics.technical)
  add('corporate', first(opening, CORPORATE))
  // An acquisition of a property or a company (a holder's acquisition of shares is the early warning's).
  add('acquisition', first(opening, ACQUISITION, HOLDING))

  const issuesOtherwise = kinds.some(
    (k) => k.kind === 'shares-for-debt' || k.kind === 'compensation' || k.kind === 'acquisition'
  )
  // The issuer buying into another listed company's offering: that offering is the other company's.
  const listings = context.listings ?? []
  const announcers = findAnnouncers(wider, listings)
  // A joint release: the companies that announce it speak of their own offerings, not another company's.
  const others = otherCompanyNames(own, listings, announcers)
  const othersOffering = (sentence: Sentence) =>
    tradeInOther(sentence, listings, others, topics.issuerNames) ??
    offeringOfOther(sentence, others, topics.issuerNames, listings)
  const released = context.layout ? datelineDate(context.layout)?.date : undefined
  const offering =
    speaker === 'issuer' ? findOwnOffering(own, leadEnd, issuesOtherwise, othersOffering, released) : undefined
  if (offering) add('offering', offering.evidence, {stage: offering.stage, form: offering.form})
  // Shares the issuer's at-the-market program sells through the exchange's facilities are its offering, not a trade.
  if (trade && offering?.form !== 'at-the-market offering') add('early-warning', trade)
  kinds.sort((a, b) => a.start - b.start)
  const onBehalf = speaker === 'third-party' ? first(every, ON_BEHALF) : undefined
  const usRegistered = offering ? first(own, US_REGISTERED, RESALE) : undefined
  return {speaker, speakerEvidence, onBehalf, announcers, kinds, ownOffering: offering?.evidence, usRegistered}
}

/** The kind of the release's own offering and its stage, when it has one. */
export function ownOfferingKind(release: Release): KindOf | undefined {
  return release.ownOffering && release.kinds.find((kind) => kind.kind === 'offering')
}

/** A settlement of the issuer's debt in its shares (at `stage`, when given) that the issuer announces. */
export function ownSharesForDebt(release: Release, stage?: Stage): KindOf | undefined {
  if (release.speaker !== 'issuer') return undefined
  return release.kinds.find((kind) => kind.kind === 'shares-for-debt' && (!stage || kind.stage === stage))
}

/** The issuer issues its own securities: an offering, or shares for debt (the TSX-V pricing floors apply to both). */
export function issuesOwnSecurities(release: Release): boolean {
  return release.ownOffering !== undefined || ownSharesForDebt(release) !== undefined
}

/** How a message names what the release announces: "a private placement", "the closing of a bought deal". */
export function describeOffering(kind: KindOf): string {
  const form = kind.form ?? 'offering of securities'
  const article = /^[aeiou]/i.test(form) && !/^LIFE/.test(form) ? 'an' : 'a'
  const named = `${article} ${form}`
  return kind.stage === 'closed'
    ? `the closing of ${named}`
    : kind.stage === 'amended'
      ? `an amendment of ${named}`
      : named
}
