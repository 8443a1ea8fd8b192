/**
 * The U.S. Securities Act paragraph of an offering release, found once and
 * read element by element with the mandated-wording matcher (wording.ts):
 *
 * - not registered: "The securities have not been and will not be registered
 *   under the United States Securities Act of 1933" ("have not, nor will they
 *   be", "none of the securities … will be registered", "no securities …
 *   have been registered", "neither the units nor the warrant shares have
 *   been … registered", "the 1933 Act", a
 *   defined "U.S. Securities Act", the active "has not registered and will not
 *   register the securities under");
 * - not offered or sold: "and may not be offered or sold in the United States
 *   … unless registered … or an exemption from registration is available"
 *   ("absent registration or an applicable exemption");
 * - not an offer: "This news release does not constitute an offer to sell or
 *   the solicitation of an offer to buy any securities in the United States".
 *
 * Each is declared as a statement of its own: releases put them in one
 * sentence, two or three, in any order. The paragraph is boilerplate, so it
 * is read in every sentence, not only the release's own.
 */
import type {Sentence} from './document.js'
import {align, declare, findDefinitions, lettersOf, type Alias, type Alignment, type Statement} from './wording.js'

const ACT_WORDINGS = [
  'the? united states securities act of 1933',
  'the? us securities act of 1933',
  'the? securities act of 1933',
  'the? united states securities act',
  'the? us securities act',
  'the? 1933 act',
  'the? us act'
]

/** "have not been registered under the U.S. Securities Act of 1933". */
export const NOT_REGISTERED = declare('us-not-registered', [
  {id: 'not', label: 'have not been', wordings: ['not', 'none', 'neither', 'no'], substantive: true},
  {id: 'gap', label: 'and will not be', wordings: [], substantive: false, gap: 60},
  {id: 'registered', label: 'registered', wordings: ['registered', 'register'], substantive: true},
  // The issuer's active voice names the securities after the verb: "has not registered and will not register the
  // securities under the U.S. Securities Act".
  {id: 'object', label: 'the securities', wordings: [], substantive: false, gap: 50},
  {id: 'under', label: 'under', wordings: ['under', 'pursuant to'], substantive: false, optional: true},
  {id: 'act', label: 'the U.S. Securities Act of 1933', wordings: ACT_WORDINGS, substantive: true, term: true}
])

/**
 * The same with the registration as the subject: "Registration of the Units under the U.S. Securities Act of 1933
 * has not been and will not be sought".
 */
export const REGISTRATION_NOT_SOUGHT = declare('us-registration-not-sought', [
  {id: 'registered', label: 'registered', wordings: ['registration'], substantive: true},
  {id: 'object', label: 'of the securities', wordings: [], substantive: false, gap: 12},
  {id: 'under', label: 'under', wordings: ['under', 'pursuant to'], substantive: false, optional: true},
  {id: 'act', label: 'the U.S. Securities Act of 1933', wordings: ACT_WORDINGS, substantive: true, term: true},
  {id: 'gap', label: 'has', wordings: [], substantive: false, gap: 12},
  {id: 'not', label: 'not', wordings: ['not', 'never'], substantive: true},
  {id: 'been', label: 'been and will not be', wordings: [], substantive: false, gap: 6},
  {id: 'sought', label: 'sought', wordings: ['sought', 'effected', 'made', 'obtained'], substantive: true}
])

/**
 * "may not be offered or sold in the United States (absent registration or an applicable exemption)"; the
 * United States may be named only in the Act that follows ("… absent registration under the U.S. Securities Act").
 */
export const NOT_OFFERED = declare('us-not-offered', [
  {
    id: 'may-not',
    label: 'may not be',
    // "may be" and "may they be" only after a negation ("none of them may be", "nor may they be"), "may only be" with its
    // "only": see `restricts`.
    wordings: [
      'may not be',
      'will not be',
      'shall not be',
      'cannot be',
      'can not be',
      'may not',
      'may be',
      'may they be',
      'may only be',
      'can only be',
      'will only be',
      'shall only be'
    ],
    substantive: true
  },
  {id: 'offered', label: 'offered or sold', wordings: ['offered or sold', 'offered', 'sold'], substantive: true},
  {id: 'gap', label: 'in', wordings: [], substantive: false, gap: 200},
  {
    id: 'us',
    label: 'the United States',
    wordings: ['the? united states', 'us persons?', 'us', 'usa', 'the? united states of america'],
    substantive: true
  }
])

/**
 * The same restriction stated as Regulation S's: "will be offered and sold only outside the United States (in
 * offshore transactions)", "sold only to non-U.S. persons". "Only" carries the negation: without it ("will be sold
 * in the United States"), nothing is restricted.
 */
export const OFFERED_OUTSIDE = declare('us-offered-outside', [
  {
    id: 'offered',
    label: 'offered or sold',
    wordings: ['offered and sold', 'offered or sold', 'offered', 'sold', 'issued'],
    substantive: true
  },
  {id: 'only', label: 'only', wordings: ['only', 'solely', 'exclusively'], substantive: true},
  {id: 'gap', label: 'in', wordings: [], substantive: false, gap: 30},
  {
    id: 'outside',
    label: 'outside the United States',
    wordings: [
      'outside the? united states',
      'outside the? us',
      'in offshore transactions',
      'to non us persons',
      'to persons outside the? united states'
    ],
    substantive: true
  }
])

/** "This news release does not constitute an offer to sell or the solicitation of an offer to buy". */
export const NOT_AN_OFFER = declare('us-not-an-offer', [
  {
    id: 'not',
    label: 'does not constitute',
    wordings: [
      'does not constitute',
      'shall not constitute',
      'will not constitute',
      'do not constitute',
      'not constitute',
      'is not',
      'not',
      'does not',
      'shall not'
    ],
    substantive: true
  },
  {
    id: 'offer',
    label: 'an offer to sell',
    wordings: ['an offer to sell', 'an offer for sale', 'an offer to buy or sell', 'an offer of', 'an offer'],
    substantive: true
  },
  {id: 'gap', label: 'or', wordings: [], substantive: false, gap: 40},
  {
    id: 'solicitation',
    label: 'the solicitation of an offer to buy',
    wordings: ['the? solicitation of an offer to buy', 'a solicitation of an offer to buy', 'the? solicitation'],
    substantive: false,
    optional: true
  }
])

/**
 * The same, its negation carried by the subject: "Nothing in this news release constitutes an offer to sell …",
 * "Neither this news release nor anything in it shall constitute an offer …"; or set apart from the offer by a
 * parenthetical: "This news release is not, and under no circumstances is it to be construed as, an offer to sell …", "does
 * not constitute, and should not be construed as, an offer …".
 */
export const NOTHING_AN_OFFER = declare('us-nothing-an-offer', [
  {id: 'not', label: 'nothing in this news release', wordings: ['nothing', 'neither', 'not'], substantive: true},
  {id: 'gap', label: 'in this news release', wordings: [], substantive: false, gap: 60},
  {
    id: 'constitutes',
    label: 'constitutes',
    wordings: ['constitutes', 'constitute', 'shall constitute', 'will constitute', 'construed as', 'deemed to be'],
    substantive: true
  },
  ...NOT_AN_OFFER.elements.slice(1)
])

/**
 * The paragraph in French: "Les titres n'ont pas été et ne seront pas inscrits en vertu de la loi des États-Unis
 * intitulée Securities Act of 1933 …", "… et ne peuvent être offerts ni vendus aux États-Unis …", "Le présent
 * communiqué ne constitue pas une offre de vente ni la sollicitation d'une offre d'achat …". The Act keeps its
 * English name in French releases ("Securities Act of 1933", "Securities Act des États-Unis"); accents count for
 * nothing (the matcher folds them).
 */
export const NOT_REGISTERED_FR = declare('us-not-registered-fr', [
  {
    id: 'not',
    label: 'n’ont pas été',
    wordings: ["n'ont pas", "n'ont jamais", 'ne sont pas', 'ne seront pas', "n'est pas", 'aucun', 'aucune'],
    substantive: true
  },
  {id: 'gap', label: 'et ne seront pas', wordings: [], substantive: false, gap: 60},
  {
    id: 'registered',
    label: 'inscrits',
    wordings: ['inscrits', 'inscrites', 'inscrit', 'enregistres', 'enregistrees', 'immatricules', 'immatriculees'],
    substantive: true
  },
  {id: 'gap-act', label: 'en vertu de la loi des États-Unis intitulée', wordings: [], substantive: false, gap: 8},
  {
    id: 'act',
    label: 'Securities Act of 1933',
    wordings: [
      'the? united states securities act of 1933',
      'the? us securities act of 1933',
      'securities act of 1933',
      'securities act de 1933',
      'securities act des etats unis',
      'us securities act',
      'loi de 1933',
      'loi des etats unis sur les valeurs mobilieres',
      'loi americaine sur les valeurs mobilieres',
      'loi de 1933 des etats unis'
    ],
    substantive: true,
    term: true
  }
])

export const NOT_OFFERED_FR = declare('us-not-offered-fr', [
  {
    id: 'may-not',
    label: 'ne peuvent être',
    // The verb in the singular too: "aucune ne peut être offerte ni vendue".
    wordings: [
      'ne peuvent etre',
      'ne peuvent pas etre',
      'ne pourront etre',
      'ne pourront pas etre',
      'ne seront pas',
      'ne peuvent',
      'ne pourront',
      'ne peut etre',
      'ne peut pas etre',
      'ne pourra etre',
      'ne pourra pas etre',
      'ne sera pas'
    ],
    substantive: true
  },
  {
    id: 'offered',
    label: 'offerts ni vendus',
    // "ni offerts ni vendus": the first "ni" before both.
    wordings: [
      'ni? offerts ni vendus',
      'offerts ou vendus',
      'ni? offertes ni vendues',
      'offertes ou vendues',
      'ni? offerte ni vendue',
      'offerte ou vendue',
      'offerts',
      'offertes',
      'offerte',
      'vendus',
      'vendues',
      'vendue'
    ],
    substantive: true
  },
  {id: 'gap', label: 'à', wordings: [], substantive: false, gap: 200},
  {
    id: 'us',
    label: 'aux États-Unis',
    wordings: ['aux etats unis', 'les etats unis', 'etats unis', 'us persons?', 'personnes des etats unis'],
    substantive: true
  }
])

export const NOT_AN_OFFER_FR = declare('us-not-an-offer-fr', [
  {
    id: 'not',
    label: 'ne constitue pas',
    wordings: ['ne constitue pas', 'ne constituent pas', 'ne constitue ni', 'ne saurait constituer', 'ne constitue'],
    substantive: true
  },
  {
    id: 'offer',
    label: 'une offre de vente',
    wordings: ['une offre de vente', 'une offre de vendre', "une offre d'achat ou de vente", 'une offre'],
    substantive: true
  },
  {id: 'gap', label: 'ni', wordings: [], substantive: false, gap: 40},
  {
    id: 'solicitation',
    label: 'la sollicitation d’une offre d’achat',
    wordings: ["la? sollicitation d'une offre d'achat", "une sollicitation d'une offre d'achat", 'la? sollicitation'],
    substantive: false,
    optional: true
  }
])

export type UsPart = 'not-registered' | 'not-offered' | 'not-an-offer'

export interface UsParagraph {
  /** Each part found, with its sentence and alignment (undefined when missing). */
  parts: Record<UsPart, {sentence: Sentence; wording: Alignment} | undefined>
}

/**
 * Each part's readings, English then French: where the statement may start, in letters (copy runs words
 * together: "may not beoffered", "does notconstitute"), and the statement to align from there.
 */
const READINGS: Record<UsPart, Array<[RegExp, Statement]>> = {
  'not-registered': [
    // "Neither the Units nor the Warrant Shares have been, and will be, registered": negated by "neither … nor".
    // Not the negation of the sale's "may not be offered or sold … unless registered under" (a condition, not a fact).
    [
      /no(?:t|ne)(?:(?!unless|absent)[a-z0-9]){0,80}?register|neither[a-z0-9]{0,80}?nor[a-z0-9]{0,60}?register/g,
      NOT_REGISTERED
    ],
    [/registration[a-z0-9]{0,160}?not[a-z]{0,20}?(?:sought|effected|made|obtained)/g, REGISTRATION_NOT_SOUGHT],
    // "No securities of the Company have been registered under …" (not "no securities may be offered … unless registered").
    [/no(?:securities|shares|units|warrants)(?:(?!offered|sold)[a-z0-9]){0,80}?register/g, NOT_REGISTERED],
    [
      /(?:nontpas|nontjamais|nesontpas|neserontpas|nestpas|aucune?)[a-z0-9]{0,80}?(?:inscrit|enregistr|immatricul)/g,
      NOT_REGISTERED_FR
    ]
  ],
  'not-offered': [
    // "may only be offered or sold in the United States in transactions exempt …": "only" restricts (see `restricts`).
    [/(?:may|will|shall|can)(?:not|they|only)?be(?:offered|sold)/g, NOT_OFFERED],
    [
      /(?:offered|sold|issued)(?:andsold|orsold)?(?:only|solely|exclusively)[a-z]{0,30}?(?:outside|offshore|nonus)/g,
      OFFERED_OUTSIDE
    ],
    [/ne(?:peuvent|peut|pourront|pourra|seront|sera)(?:pas)?(?:etre)?(?:ni)?(?:offert|vendu)/g, NOT_OFFERED_FR]
  ],
  'not-an-offer': [
    [/not(?:constitute)?anoffer/g, NOT_AN_OFFER],
    [
      /(?:nothing|neither|not(?:constitute)?(?:and|nor|or))[a-z0-9]{0,80}?(?:constitutes?|construedas|deemedtobe)anoffer/g,
      NOTHING_AN_OFFER
    ],
    [/neconstituen?t?(?:pas|ni)?uneoffre|nesauraitconstituer(?:une)?offre/g, NOT_AN_OFFER_FR]
  ]
}
/** Words a sentence must hold to be read at all (English or French). */
const WORTH = /register|offer|sold|inscrit|enregistr|immatricul|vendu|offre/
const TRIES = 3
/**
 * "may be offered or sold" restricts only when a negation comes before it ("none of the securities may be offered
 * or sold in the United States", "nor may they be offered") or "only" after it ("may be offered or sold in the
 * United States only in transactions exempt from registration"), or "only" before it with the exemption after ("may
 * only be offered or sold in the United States in transactions exempt from …"); without either it says the opposite.
 */
const NEGATED_BEFORE = /\b(?:none|neither|nor|no)\b[^.]{0,120}$/
const ONLY_AFTER = /^[^.]{0,120}?\b(?:only|solely|exclusively)\b/
/** "may only be offered or sold in the United States" restricts with the exemption or registration it names after. */
const ONLY_BEFORE = /^(?:may|will|shall|can)only/
const EXEMPT_AFTER = /^[^.]{0,200}?\b(?:exempt\w{0,5}|registration|registered|regulation s|rule 144a)\b/
const unnegated = (chars: string, index: number) => !/^(?:may|will|shall|can)not/.test(chars.slice(index, index + 8))
const restricts = (text: string, at: number, chars: string, index: number) =>
  ONLY_BEFORE.test(chars.slice(index, index + 9))
    ? EXEMPT_AFTER.test(text.slice(at))
    : NEGATED_BEFORE.test(text.slice(0, at)) || ONLY_AFTER.test(text.slice(at))

const whole = (wording: Alignment) =>
  wording.elements.every(
    (verdict) => !verdict.element.substantive || verdict.status === 'present' || verdict.status === 'cosmetic'
  )

/** The U.S. Securities Act paragraph's parts, in the draft's sentences. */
export function findUsParagraph(sentences: Sentence[]): UsParagraph {
  const parts: UsParagraph['parts'] = {'not-registered': undefined, 'not-offered': undefined, 'not-an-offer': undefined}
  let aliases: Alias[] | undefined
  for (const sentence of sentences) {
    if (!WORTH.test(sentence.norm.text)) continue
    const {chars, at} = lettersOf(sentence.norm.text)
    for (const part of Object.keys(READINGS) as UsPart[]) {
      for (const [cue, statement] of READINGS[part]) {
        if (parts[part]) break
        cue.lastIndex = 0
        let match: RegExpExecArray | null
        for (let tries = 0; tries < TRIES && (match = cue.exec(chars)); tries++) {
          // "the U.S. Securities Act" as the release defines it (`("U.S. Securities Act")`).
          aliases ??= findDefinitions(sentences.map((s) => s.norm.text))
          if (statement === NOT_OFFERED && unnegated(chars, match.index)) {
            if (!restricts(sentence.norm.text, at[match.index], chars, match.index)) continue
          }
          const wording = align(statement, sentence.norm, aliases, at[match.index])
          if (whole(wording)) {
            parts[part] = {sentence, wording}
            break
          }
        }
      }
    }
    if (parts['not-registered'] && parts['not-offered'] && parts['not-an-offer']) break
  }
  return {parts}
}
