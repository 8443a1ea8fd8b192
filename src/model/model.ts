/**
 * The document model: each draft is parsed once into blocks and sentences
 * (document.ts), and the facts the rules need are derived once, each in one
 * place, and cached per tree: the layout (dateline, header, lead, opening),
 * the listings and the issuer's exchange, the exchange disclaimers, the U.S.
 * legends, the forward-looking caution, the release's own sentences, what the
 * release speaks of, and the financing terms. Rules query it; none re-splits
 * text or re-derives a fact.
 */
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {
  disclaimedExchanges,
  exchangeAliases,
  findDisclaimers,
  findLegends,
  isOfferBoilerplate,
  type Disclaimer,
  type Legend
} from './boilerplate.js'
import {findCaution, findCautionElements, type CautionElements} from './caution.js'
import type {BlockCache} from './block-cache.js'
import {readDocument, type Block, type Sentence} from './document.js'
import {findEquivalents, type Equivalents} from './equivalents.js'
import {findEstimates, type Estimates} from './estimates.js'
import {readTables, type Table} from './tables.js'
import {detectLanguages, type Languages} from './language.js'
import {findLayout, type Layout} from './layout.js'
import {
  decideExchange,
  findListingsToCome,
  findApprovals,
  findListings,
  type Exchange,
  type ExchangeDecision,
  type Listing
} from './listing.js'
import {extractOffering, type OfferingTerms} from './offering.js'
import {findIssuedPrices, type IssuedPrices} from './offering-prices.js'
import {findOwnHolds, type OwnHolds} from './offering-holds.js'
import {findPlaceholders, noteSpans, type Placeholder} from './placeholders.js'
import {findQpStatement, type QpStatement} from './qp.js'
import {findResults, findVerification, restatesOwnReleases, type Results, type Verification} from './results.js'
import {findRelease, issuesOwnSecurities, ownSharesForDebt, type Release} from './release.js'
import {announcerNames, findAnnouncers} from './release-speaker.js'
import {findRelatedParty, type RelatedParty} from './related-party.js'
import {findLifeDocument, type LifeDocument} from './life.js'
import {findTerms, type Term} from './terminology.js'
import {findUsParagraph, type UsParagraph} from './us-securities.js'
import {detectTopics, withOutlook, type Evidence, type Topics} from './topics.js'
import {pattern} from './pattern.js'

/** The words of a study's economics (NPV, IRR): the estimates are read for them only where one is named. */
const ECONOMIC_WORDS = pattern(
  String.raw`\b(?:npv|net present value|irr\b|internal rate of return|valeur actuelle nette|taux de rendement interne)`,
  'i'
)

export type {Block, Found, Sentence, Span, MappedText, Unit} from './document.js'
export {find, findAll, has} from './document.js'
export {BlockCache} from './block-cache.js'
export type {Listing, Exchange, CanadianExchange, ExchangeDecision, ExchangeEvidence} from './listing.js'
export type {Disclaimer, Legend} from './boilerplate.js'
export type {Alignment, ElementVerdict} from './wording.js'
export type {Layout} from './layout.js'
export type {Language, Languages} from './language.js'
export {languageOf} from './language.js'
export type {Placeholder} from './placeholders.js'
export type {CautionElement, CautionElements} from './caution.js'
export type {Release, ReleaseKind} from './release.js'
export type {QpStatement, QpPart, QpPerson} from './qp.js'
export type {Results, ResultKind, Statement, Verification} from './results.js'
export type {Equivalents, EquivalentFigure} from './equivalents.js'
export type {RelatedParty} from './related-party.js'
export type {LifeDocument} from './life.js'
export type {Term, TermKind} from './terminology.js'
export type {UsParagraph, UsPart} from './us-securities.js'
export type {Estimates, Stated, ResourceStatement, CautionFound} from './estimates.js'

export interface Model {
  /** The draft as a string. */
  value: string
  /**
   * The draft's blocks as the model reads them (normalized: lower case, white space runs as single spaces, copy
   * artefacts undone, drafters' notes left out), one block a line, made on first use: a rule's test of whether the
   * draft names a subject at all runs on it with a pattern in lower case, not with the `i` flag (which V8 runs several
   * times slower on a whole draft), and sees the words its model queries see. Not for offsets.
   */
  readonly lower: string
  blocks: Block[]
  sentences: Sentence[]
  /** Where the body starts, the header, the lead, the opening. */
  layout: Layout
  /** The release's language and each block's (English or French; see language.ts), read on first use. */
  readonly language: Languages
  /** The dateline block, or undefined when there is none. */
  dateline: Block | undefined
  /** Exchange listings the release states ("(TSXV: ADY)"). */
  listings: Listing[]
  /** The Canadian exchanges among them. */
  exchanges: Set<Exchange>
  /**
   * The issuer's Canadian exchange, weighed from its tags (the opening's first is the issuer's), its statements
   * ("listed on the …") and the exchange its disclaimer names (see listing.ts).
   */
  exchange: Exchange | undefined
  /** How the exchange was decided: the evidence, and a conflict between two listing claims. */
  exchangeDecision: ExchangeDecision
  /** The exchange disclaimer sentences, in order. */
  disclaimers: Sentence[]
  /** The same, each aligned with the declared disclaimer wording and with the exchange it names. */
  exchangeDisclaimers: Disclaimer[]
  /** The U.S. distribution legends, in order. */
  legends: Legend[]
  /** The forward-looking information caution (see caution.ts), in order. */
  caution: Block[]
  /** The elements of NI 51-102 s.4A.3 the caution states (see caution.ts), read on first use. */
  readonly cautionElements: CautionElements
  /** The release's own sentences: not the caution, disclaimers or legends (they do not make a release speak of a topic). */
  own: Sentence[]
  topics: Topics
  /** What kind of release this is and who speaks (see release.ts). */
  release: Release
  /** The financing terms the release states (gathered on first use). */
  readonly offering: OfferingTerms
  /** The prices of the securities the issuer itself issues (see offering-prices.ts), or undefined; on first use. */
  readonly issuedPrices: IssuedPrices | undefined
  /** The hold periods stated of the issuer's own securities, and whether a placement owes one (offering-holds.ts). */
  readonly ownHolds: OwnHolds
  /** Template text left where a fact belongs ("[Name]", "$X.XX", "TBD"; see placeholders.ts), gathered on first use. */
  readonly placeholders: Placeholder[]
  /** The Qualified Person statement and its parts (see qp.ts), or undefined when there is none; found on first use. */
  readonly qp: QpStatement | undefined
  /** The sample, assay or drill results the release discloses, with their statements (see results.ts); on first use. */
  readonly results: Results | undefined
  /** The data verification statement (NI 43-101 s.3.2; see results.ts), or undefined; found on first use. */
  readonly verification: Verification | undefined
  /**
   * Whether the technical disclosure only restates the issuer's earlier releases, citing them (see results.ts): not the
   * first disclosure that s.3.2 binds.
   */
  readonly technicalRestated: boolean
  /** The metal-equivalent grades, with their prices and recoveries (see equivalents.ts); found on first use. */
  readonly equivalents: Equivalents | undefined
  /** Mining terms to be careful with (CSA Staff Notice 43-309; see terminology.ts), found on first use. */
  readonly terms: Term[]
  /** A related party's participation and the MI 61-101 paragraph (see related-party.ts), found on first use. */
  readonly relatedParty: RelatedParty | undefined
  /** The U.S. Securities Act paragraph's parts (see us-securities.ts), found on first use. */
  readonly usParagraph: UsParagraph
  /** A LIFE offering's offering-document statement (see life.ts), found on first use. */
  readonly lifeDocument: LifeDocument
  /** The tables the draft writes (pipe rows, tab-separated rows; see tables.ts), read on first use. */
  readonly tables: Table[]
  /**
   * Resource and reserve estimates, PEA results, historical estimates, exploration targets and their cautions
   * (see estimates.ts), found on first use.
   */
  readonly estimates: Estimates
  /** Line and column (1-based) of a source offset. */
  point(offset: number): {line: number; column: number; offset: number}
}

const cache = new WeakMap<Root, Model>()

/** The model of `tree`, built on first use and cached for every rule after. */
export function getModel(tree: Root, file: VFile): Model {
  let model = cache.get(tree)
  if (!model) {
    model = buildModel(tree, String(file.value ?? ''), file.data.disclosureLintBlocks)
    cache.set(tree, model)
  }
  return model
}

/**
 * Let go of the model of `tree`, once every rule that reads it has run (comment control, the last plugin of a
 * preset): a run of many drafts holds each tree until its batch ends, and its model is several times its size.
 * A later `getModel` builds it again.
 */
export function forgetModel(tree: Root): void {
  cache.delete(tree)
}

/**
 * Build the model of a tree parsed from `value`; `cache`: what an earlier read of the same document found of its
 * blocks (an editor's, see block-cache.ts), the model the same with or without it.
 */
export function buildModel(tree: Root, value: string, cache?: BlockCache): Model {
  const {blocks, sentences} = readDocument(tree, value, cache, noteSpans)
  const layout = findLayout(blocks)
  const listings = findListings(blocks, layout.openingEnd)
  const exchanges = new Set<Exchange>()
  for (const listing of listings) if (listing.exchange !== 'OTHER') exchanges.add(listing.exchange)
  const read = findDisclaimers(sentences, exchangeAliases(blocks, listings))
  // A disclaimer quoted from another release is none of this release's statements, nor its disclaimer.
  const disclaimers = read.map((d) => d.sentence)
  const exchangeDisclaimers = read.filter((d) => !d.quoted)
  const caution = findCaution(blocks)
  const own = ownSentences(sentences, caution, disclaimers)
  // The announcer's own tags, whatever the exchange: an announcer tagged only abroad does not take another company's
  // Canadian tag for its own.
  const opening = own.filter((sentence) => sentence.block.index <= layout.openingEnd)
  for (const tag of findAnnouncers(opening, listings, true, layout.leadEnd)) tag.announces = true
  const stated = decideExchange(listings, disclaimedExchanges(exchangeDisclaimers), findApprovals(own))
  // A release that states no listing, no tag, but a listing to come (an initial public offering's "will begin trading
  // on the Canadian Securities Exchange"): the exchange it lists on is the one whose duties it owes.
  const untagged = !stated.exchange && !listings.some((listing) => listing.kind === 'tag')
  const exchangeDecision = untagged ? decideExchange(findListingsToCome(blocks), []) : stated
  const detected = detectTopics(own, layout.leadEnd)
  let outlook: {found: Evidence | undefined} | undefined
  // A study's economics (an NPV or IRR with its figure) are forward-looking information too: read, with the estimates,
  // only where the words alone are not strong evidence and the release names such a figure.
  const topics: Topics = {
    ...detected,
    get forwardLooking() {
      outlook ??= {found: withOutlook(detected.forwardLooking, economicOutlook())}
      return outlook.found
    }
  }
  const place = location(value)
  let offering: OfferingTerms | undefined
  let issuedPrices: {found: IssuedPrices | undefined} | undefined
  let ownHolds: OwnHolds | undefined
  let placeholders: Placeholder[] | undefined
  let lower: string | undefined
  let qp: {statement: QpStatement | undefined} | undefined
  let cautionElements: CautionElements | undefined
  let results: {found: Results | undefined} | undefined
  let verification: {found: Verification | undefined} | undefined
  let equivalents: {found: Equivalents | undefined} | undefined
  let terms: Term[] | undefined
  let relatedParty: {found: RelatedParty | undefined} | undefined
  let usParagraph: UsParagraph | undefined
  let lifeDocument: LifeDocument | undefined
  let technicalRestated: boolean | undefined
  const apparatus = exchangeDisclaimers.length > 0 || caution.length > 0
  const release = findRelease(own, detected, {layout, listings, apparatus, every: sentences})
  let estimates: Estimates | undefined
  let tables: Table[] | undefined
  let language: Languages | undefined
  // A joint release's other announcers are issuers of it too: a QP's tie to one of them is a tie to the issuer.
  const qpStatement = () =>
    (qp ??= {
      statement: findQpStatement(blocks, sentences, [
        ...topics.issuerNames,
        ...announcerNames(sentences, listings, release.announcers)
      ])
    }).statement
  const readEstimates = () =>
    (estimates ??= findEstimates(own, blocks, (tables ??= readTables(blocks)), topics.issuerNames))
  const economicOutlook = (): Evidence | undefined => {
    if (detected.forwardLooking?.strength === 'strong' || !ECONOMIC_WORDS.test(value)) return undefined
    const found = readEstimates().ownEconomics
    if (!found) return undefined
    return {
      start: found.start,
      end: found.end,
      words: found.words,
      strength: 'strong',
      count: 1,
      sentences: [found.sentence]
    }
  }
  return {
    value,
    blocks,
    sentences,
    layout,
    get language() {
      return (language ??= detectLanguages(blocks))
    },
    dateline: layout.dateline,
    listings,
    exchanges,
    exchange: exchangeDecision.exchange,
    exchangeDecision,
    disclaimers,
    exchangeDisclaimers,
    legends: findLegends(blocks),
    caution,
    get cautionElements() {
      return (cautionElements ??= findCautionElements(caution))
    },
    own,
    topics,
    release,
    get offering() {
      offering ??= extractOffering(
        own,
        blocks,
        layout,
        (language ??= detectLanguages(blocks)),
        (tables ??= readTables(blocks))
      )
      return offering
    },
    get issuedPrices() {
      const terms = () => this.offering
      const lowered = () => this.lower
      return (issuedPrices ??= {found: findIssuedPrices(release, terms, lowered, topics.issuerNames)}).found
    },
    get ownHolds() {
      return (ownHolds ??= findOwnHolds(this.offering, release, own, topics.issuerNames))
    },
    get lower() {
      // Not the draft as typed: a word broken by a hard wrap's hyphen, an invisible character inside it ("histor\u00ADical")
      // or an entity would hide a subject from the rule that asks, though the model reads it.
      return (lower ??= blocks.map((block) => block.norm.text).join('\n'))
    },
    get placeholders() {
      return (placeholders ??= findPlaceholders(blocks, listings))
    },
    get qp() {
      return qpStatement()
    },
    get results() {
      return (results ??= {found: findResults(own, sentences, topics.issuerNames)}).found
    },
    get verification() {
      const verifying = () => {
        const statement = qpStatement()
        return statement && {window: statement.window, surname: statement.person?.surname}
      }
      return (verification ??= {found: findVerification(own, verifying)}).found
    },
    get technicalRestated() {
      return (technicalRestated ??= restatesOwnReleases(topics.technical?.sentences ?? [], topics.issuerNames))
    },
    get equivalents() {
      // Another owner's estimate (a neighbour's deposit cited for context) is not the issuer's equivalent grade.
      const others = () => new Set(readEstimates().elsewhere)
      return (equivalents ??= {
        found: findEquivalents(
          own,
          blocks,
          (language ??= detectLanguages(blocks)),
          (tables ??= readTables(blocks)),
          others
        )
      }).found
    },
    get terms() {
      // Reserves by their estimate or their categories: a wide table's "P&P Tonnes" column states reserves too.
      const reservesStated = () => readEstimates().reservesStated
      return (terms ??= findTerms(own, blocks, (language ??= detectLanguages(blocks)), reservesStated))
    },
    get relatedParty() {
      const speaks = release.speaker === 'issuer'
      // A lender's bonus warrants are securities the issuer issues too (to a director who lends, a related party).
      const bonus = () =>
        (offering ??= extractOffering(
          own,
          blocks,
          layout,
          (language ??= detectLanguages(blocks)),
          (tables ??= readTables(blocks))
        )).warrants.some((warrant) => warrant.bonus)
      const issues = speaks && (issuesOwnSecurities(release) || bonus())
      const deals = {speaks, issues, settles: !!ownSharesForDebt(release)}
      return (relatedParty ??= {
        found: findRelatedParty(own, deals, (language ??= detectLanguages(blocks)))
      }).found
    },
    get usParagraph() {
      return (usParagraph ??= findUsParagraph(sentences))
    },
    get lifeDocument() {
      return (lifeDocument ??= findLifeDocument(sentences))
    },
    get tables() {
      return (tables ??= readTables(blocks))
    },
    get estimates() {
      return readEstimates()
    },
    point(offset) {
      const point = place.toPoint(Math.min(Math.max(offset, 0), value.length))
      return point
        ? {line: point.line, column: point.column, offset: point.offset ?? offset}
        : {line: 1, column: 1, offset: 0}
    }
  }
}

/**
 * The release's own words: sentences outside the caution that are not
 * boilerplate (exchange disclaimers, U.S. legends, not-an-offer paragraphs).
 * Sentence by sentence, since a closing paragraph often ends with the U.S.
 * paragraph while its first sentence states the hold period.
 */
function ownSentences(sentences: Sentence[], caution: Block[], disclaimers: Sentence[]): Sentence[] {
  const inCaution = new Set(caution)
  const disclaimer = new Set(disclaimers)
  return sentences.filter(
    (sentence) => !inCaution.has(sentence.block) && !disclaimer.has(sentence) && !isOfferBoilerplate(sentence)
  )
}
