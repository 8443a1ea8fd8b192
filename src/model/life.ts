/**
 * What a LIFE offering's release says of its offering document and of its
 * securities' resale (NI 45-106 Part 5A, Form 45-106F19), found once.
 *
 * The offering-document statement, element by element over the letters of
 * the sentences that name the offering document (copy that runs words
 * together or splits them costs nothing): that there is an offering document
 * related to the offering; where it can be accessed (the issuer's SEDAR+
 * profile, and its website); that prospective investors should read it
 * before making an investment decision. In French too ("document d'offre").
 *
 * The hold periods the release states (offering-terms.ts) are read for which
 * securities they bind: a hold stated of the LIFE securities, or of the
 * securities of a release that offers nothing else, binds LIFE securities;
 * a hold stated of a concurrent offering under another exemption ("the
 * concurrent non-LIFE private placement") does not.
 */
import type {Sentence} from './document.js'
import type {HoldPeriod} from './offering-types.js'
import {lettersIn} from './wording.js'
import {pattern} from './pattern.js'
import {FREES} from './offering-terms.js'

export interface LifeDocument {
  /** The first sentence naming the offering document, when one does. */
  sentence: Sentence | undefined
  /** There is an offering document (related to the offering). */
  document: boolean
  /** It can be accessed under the issuer's profile on SEDAR+. */
  sedar: boolean
  /** … and on the issuer's website. */
  website: boolean
  /** Prospective investors should read it before making an investment decision. */
  read: boolean
}

const LIFE_WORDS = /\blife\b|listed issuer financing|part 5a|partie 5a|[ée]metteurs? cot[ée]s?/
/** Another offering beside the LIFE one: securities a hold period may lawfully bind. */
const OTHER_OFFERING = pattern(
  [
    String.raw`\bconcurrent\b`,
    String.raw`\bnon-? ?life\b`,
    String.raw`\bnot (?:made |offered |issued |sold )?(?:under|pursuant to|in reliance on) the (?:life|listed issuer)`,
    String.raw`\bother than (?:under |pursuant to )?the (?:life|listed issuer)`,
    String.raw`\baccredited investor exemption\b`,
    String.raw`\bother (?:available )?prospectus exemptions?\b`,
    // Two offerings defined together: `(the "Private Placement" and, together with the LIFE Offering, the
    // "Offerings")`, "the LIFE Offering and the Private Placement".
    String.raw`\b(?:together|along) with the (?:life|listed issuer)`,
    String.raw`\bthe life (?:offering|financing) and the\b`,
    String.raw`\band the life (?:offering|financing)\b`,
    // In French: « concomitant », « d'autres dispenses de prospectus », « la dispense pour investisseurs qualifiés »,
    // « autrement qu'en vertu de la dispense de financement … », and the two offerings named together (« avec le
    // placement LIFE », « le placement LIFE et le placement accréditif »).
    String.raw`\bconcomitant`,
    String.raw`\bautres? dispenses?\b`,
    String.raw`\bdispense[^.]{0,24}investisseurs? qualifi[ée]s?\b`,
    String.raw`\bautrement qu'(?:en vertu|aux termes|dans le cadre) de la dispense`,
    String.raw`\b(?:avec|et) (?:le|du) (?:placement|financement) life\b`,
    String.raw`\ble (?:placement|financement) life et (?:le|la|les)\b`
  ].join('|')
)

/**
 * Securities paid to a finder or an agent ("the finder warrants", "broker warrants", « bons de souscription de
 * courtier »): issued under another exemption, a hold may lawfully bind them.
 */
const COMPENSATION_SECURITIES = pattern(
  String.raw`\b(?:finders?|agents?|brokers?|underwriters?|compensation)(?:'s?|s')? ?(?:warrants?|options?|units?|shares?` +
    String.raw`|securities)\b|bons de souscription (?:de courtiers?|d'interm[ée]diaires?|de r[ée]mun[ée]ration)`,
  'g'
)
/** Securities of any kind, once compensation securities are set aside. */
const SECURITIES = /\b(?:units?|shares?|securities|warrants?)\b|titres|unit[ée]s|actions/
/** Where a sentence names the hold. */
const HOLD_WORDS =
  /hold[- ]period|restricted[- ]period|resale restriction|p[ée]riode (?:de |d')?(?:d[ée]tention|conservation|restriction)/

/** Whether a hold's sentence binds only compensation securities ("The finder warrants are subject to a hold …"). */
function bindsCompensationOnly(text: string): boolean {
  const at = text.search(HOLD_WORDS)
  // The subject is the hold's own clause: "… 6% of the Shares sold; the finder warrants are subject to a hold …".
  const before = at >= 0 ? text.slice(0, at) : text
  const clause = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf(', and '))
  const subject = before.slice(clause + 1)
  const rest = subject.replace(COMPENSATION_SECURITIES, ' ')
  return rest !== subject && !SECURITIES.test(rest)
}

/**
 * The statement in French (Annexe 45-106A19, "document d'offre"): "Il existe un document d'offre relatif au
 * placement qui peut être consulté sous le profil de la Société sur SEDAR+ à www.sedarplus.ca et sur son site Web.
 * Les investisseurs éventuels devraient lire ce document d'offre avant de prendre une décision d'investissement."
 * (Letters, accents folded: "documentdoffre", "siteweb", "devraientlire" … "avant".)
 */
const DOCUMENT_WORDS = ['offeringdocument', 'documentdoffre', 'noticedoffre']
const WEBSITE_WORDS = ['website', 'siteweb', 'siteinternet']
/** SEDAR+'s own address ("www.sedarplus.ca"): the profile, not the issuer's website. */
const SEDAR_ADDRESS = /(?:https?:\/\/)?(?:www\.)?sedar(?:plus)?\.(?:ca|com)\b/g
/** A web address (the issuer's, once SEDAR+'s is set aside). */
const WEB_ADDRESS = /www|https?|\.(?:com|ca)\b/
// "should read", "are encouraged to read", "should carefully review" (letters run together: words are joined), the
// document its subject too ("should be read by prospective investors before …", "must be carefully reviewed"); in
// French with the document as a pronoun before the verb too: « devraient le lire », « sont invités à la lire », or
// its subject: « devrait être lu par les investisseurs éventuels ».
const SHOULD_READ = pattern(
  String.raw`(?:should|must|encouragedto|urgedto|advisedto)(?:carefully)?(?:read|review)` +
    String.raw`|(?:should|must|oughtto)be(?:carefully)?(?:read|reviewed)` +
    String.raw`|(?:devraient|doivent|(?:invites|encourages)a)(?:le|la|l)?lire|(?:devrait|doit)etrelue?`
)
// "before making an investment decision", "prior to making …".
const BEFORE = /before|priorto|avant/
/**
 * A sentence whose subject is the document the sentence before named: "It can be accessed …", "This document is
 * available …", "Copies of it may be obtained …", « Il peut être consulté … », « Ce document … ».
 */
const REFERS_BACK = pattern(
  String.raw`^(?:it|(?:this|that|the|such|said) (?:offering )?document|(?:a copy|copies) of (?:it|the|this)` +
    String.raw`|il|celui-ci|ce document)\b`
)

/**
 * A sentence whose reading clause takes the document the sentence before named as its object: "Prospective investors
 * should read it before making an investment decision; it can be accessed under …", « devraient le lire ».
 */
const READS_IT = pattern(
  String.raw`\b(?:read|review)(?: it| this (?:offering )?document| the same)\b|\b(?:le|la) lire\b`
)

/** The offering-document statement of a LIFE release. */
export function findLifeDocument(sentences: Sentence[]): LifeDocument {
  const found: LifeDocument = {sentence: undefined, document: false, sedar: false, website: false, read: false}
  // The sentence before, when it named the document: "… at www.acme.ca. Prospective investors should read it …".
  let named: Sentence | undefined
  for (const sentence of sentences) {
    const chars = lettersIn(sentence.norm)
    const follows = named?.block === sentence.block
    named = undefined
    const names = DOCUMENT_WORDS.some((words) => chars.includes(words))
    // A sentence that refers back to the document the one before named ("It can be accessed under …") is about it.
    const text = sentence.norm.text
    if (!names && !(follows && (REFERS_BACK.test(text) || READS_IT.test(text)))) {
      if (follows && SHOULD_READ.test(chars) && BEFORE.test(chars)) found.read = true
      continue
    }
    named = sentence
    found.sentence ??= sentence
    found.document ||= names
    if (chars.includes('sedar')) found.sedar = true
    const address = sentence.norm.text.includes('sedar')
      ? WEB_ADDRESS.test(sentence.norm.text.replace(SEDAR_ADDRESS, ''))
      : WEB_ADDRESS.test(sentence.norm.text)
    const website = address || WEBSITE_WORDS.some((w) => chars.includes(w))
    if (website) found.website = true
    if (SHOULD_READ.test(chars) && BEFORE.test(chars)) found.read = true
  }
  return found
}

/**
 * A placement beside a LIFE offering under another exemption, whose securities a hold binds: the first sentence
 * naming one with its securities ("and its concurrent non-brokered private placement of 5,500,000 flow-through
 * shares"), not one that states a hold or frees securities from one.
 */
export function concurrentPlacement(sentences: Sentence[]): Sentence | undefined {
  return sentences.find(({norm: {text}}) => {
    if (!OTHER_OFFERING.test(text) || !SECURITIES.test(text)) return false
    return !HOLD_WORDS.test(text) && !FREES.test(text)
  })
}

/** A term a sentence defines: `(the "FT Shares")`, `(the "Concurrent Placement")`. */
const DEFINED_TERM = pattern(String.raw`"([a-z][a-z -]{1,40})"`, 'g')

/**
 * Whether a hold binds the concurrent placement's securities too, by the terms its sentence defines: "The LIFE Units
 * and the FT Shares are subject to a hold period …" states the hold of the FT Shares (of the placement that defines
 * them), whatever it says, wrongly, of the LIFE Units.
 */
export function bindsConcurrent(hold: HoldPeriod, concurrent: Sentence | undefined): boolean {
  if (!concurrent || !concurrent.norm.text.includes('"')) return false
  const text = hold.sentence.norm.text
  for (const [, term] of concurrent.norm.text.matchAll(DEFINED_TERM)) if (text.includes(`the ${term}`)) return true
  return false
}

/** The hold periods that bind LIFE securities (not "no hold period", not a concurrent non-LIFE offering's). */
export function lifeHolds(holds: HoldPeriod[], sentences: Sentence[]): HoldPeriod[] {
  const binding = holds.filter((hold) => hold.kind !== 'none')
  if (binding.length === 0) return []
  const other = sentences.some((sentence) => OTHER_OFFERING.test(sentence.norm.text))
  return binding.filter((hold) => {
    const text = hold.sentence.norm.text
    if (OTHER_OFFERING.test(text) || FREES.test(text) || bindsCompensationOnly(text)) return false
    // Of the LIFE securities by name, or of the only offering the release makes.
    return LIFE_WORDS.test(text) || !other
  })
}
