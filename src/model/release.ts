/**
 * What kind of release this is and who speaks, decided once: the issuer's own
 * offering of its securities (announced or closed; private placement, LIFE,
 * bought deal, prospectus, subscription receipts, flow-through), shares for
 * debt, security-based compensation grants, an early warning or another
 * third party's release, technical or exploration results, corporate news,
 * an acquisition. The duties of a release come from these facts, not from the
 * ticker alone: the U.S. legend for the issuer's own offering, the TSX-V
 * disclaimer for a TSX-V issuer's own release.
 *
 * (Interface fixed first so that every rule can read it; the decision itself
 * is built in release.ts alone.)
 */
import type {Sentence} from './document.js'
import type {Span} from './text.js'
import type {Evidence, Topics} from './topics.js'

export type ReleaseKind =
  'offering' | 'shares-for-debt' | 'compensation' | 'early-warning' | 'technical' | 'corporate' | 'acquisition'

/** The words that decided a fact, with where they are. */
export interface Decided extends Span {
  /** The words as normalized (the message quotes the source slice, not these). */
  words: string
}

export interface Release {
  /** Who speaks: the listed issuer, or a third party (an acquirer's early warning, a shareholder). */
  speaker: 'issuer' | 'third-party'
  /** The words that show a third party speaks (undefined when the issuer does). */
  speakerEvidence: Decided | undefined
  /** What the release announces, each with the words that decided it, in order of the text. */
  kinds: Array<{kind: ReleaseKind} & Decided>
  /**
   * The issuer's own offering of its securities (the trigger of the U.S. legend and of the financing rules), or
   * undefined when the release announces none: shares for debt, grants, a third party's purchase are not one.
   */
  ownOffering: Evidence | undefined
}

/** Decide the kind of release and its speaker. */
export function findRelease(_own: Sentence[], topics: Topics): Release {
  return {speaker: 'issuer', speakerEvidence: undefined, kinds: [], ownOffering: topics.offering}
}
