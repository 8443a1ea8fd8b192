/**
 * Related parties taking part in the issuer's transaction, and the MI 61-101
 * paragraph that answers for it, found once.
 *
 * Participation: a sentence of the release's own in which an insider, a
 * director, an officer, a control person or a related party subscribes,
 * participates, acquires or purchases (or may, or is expected to), or is
 * issued securities other than compensation (shares for debt owed to the
 * CFO: "issuing 1,000,000 shares … to its Chief Financial Officer"), not
 * negated ("no insider participated"); or a sentence saying that the
 * transaction, or a part of it, is a "related party transaction".
 *
 * The paragraph: the blocks that speak of MI 61-101 (the instrument, a
 * related party transaction, its exemptions, their basis, the 21-day
 * period), read together, element by element: the transaction named a
 * related party transaction, the formal valuation and minority approval
 * exemptions, the sections cited (s.5.5 and s.5.7), the facts that support
 * them (fair market value not more than 25 % of market capitalization, an
 * issuer not listed on a specified market, a distribution of not more than
 * $2,500,000), and why the material change report came less than 21 days
 * before the closing (s.5.2(2)). Citations of s.5.7 without its subsection
 * ("5.7(a)" for "5.7(1)(a)") are listed.
 *
 * French blocks are read in French too (Règlement 61-101 / Norme
 * multilatérale 61-101): « initiés », « administrateurs », « dirigeants »,
 * « personnes apparentées » who « souscrivent », « participent »,
 * « acquièrent »; « opération avec une personne apparentée »; the exemptions
 * from « l'évaluation officielle » and « l'approbation des porteurs
 * minoritaires »; « 25 % de la capitalisation boursière »; sections as French
 * writes them (« articles 5.5 a) et 5.7 1) a) »); « 21 jours ». English
 * patterns read every block as before; the French ones read French blocks.
 */
import type {Block, Sentence} from './document.js'
import {frenchWords, LETTER} from './french.js'
import type {Languages} from './language.js'
import {rejoined, spanOf, type Span} from './text.js'
import {Decimal, findMoney, type NumberLanguage} from './numbers.js'
import {compiledNow, pattern} from './pattern.js'
import {escapeRegExp} from './vocabulary.js'

export interface RelatedParty {
  /** The sentence that states the participation, and the words that decided it. */
  participation: Span & {sentence: Sentence}
  /** The blocks that speak of MI 61-101, in order (none when the release has no paragraph). */
  paragraph: Block[]
  /** "related party transaction" (within the meaning of MI 61-101). */
  named: boolean
  /** MI 61-101 named. */
  instrument: boolean
  /** The exemptions from the formal valuation and the minority approval requirements. */
  formalValuation: boolean
  minorityApproval: boolean
  /** The sections of the exemptions cited (5.5(x), 5.7(1)(x)). */
  sections: boolean
  /** The facts supporting the exemptions. */
  basis: boolean
  /** The reason the material change report was filed less than 21 days before the closing. */
  shortPeriod: boolean
  /**
   * "5.7(a)": s.5.7 cited without its subsection (1), each with the letter and how it is written ("5.7(a)", or
   * French "5.7 a)").
   */
  miscited: Array<Span & {letter: string; french: boolean; block: Block}>
}

/**
 * Who is a related party. Not one named as what a subscriber gets: a director it may nominate or appoint ("the right
 * to nominate one director to the Board") is no party to the financing.
 */
/** A percentage's sign, or its words as a drafter writes them ("10%", "10 percent", "10 per cent"). */
const PERCENT = String.raw`(?: ?%| per ?cent\b)`
const POUR_CENT = String.raw`(?: ?%| pour ?cent\b)`
/** An insider by its holding: "a holder of more than 10% of the outstanding shares", "a holder of 14.5% of …". */
const HOLDER_OVER_10 =
  String.raw`\b(?:security ?|share)?holders? of (?:more than |over |approximately |about )?` +
  String.raw`(?:10|1\d|[2-9]\d)(?:\.\d{1,2})?${PERCENT}`
/**
 * Copy that runs the party's word into the one before or after it ("adirector of", "a directorof the Company"): the
 * word is read with a determiner run into it, and before a short word run onto it.
 */
const RUN_ON_AFTER = String.raw`a|an|the|its|two|our`
const RUN_ON_BEFORE = String.raw`(?=(?:of|and|to|who|in|or|is|are)\b)`
const NOT_NOMINATED = String.raw`(?<!\b(?:nominat|appoint|designat|elect)\w{0,4} (?:(?:one|two|a|an|its|their|the)(?: additional)? )?)`
/**
 * Not one who was a related party: "Tomas Greer, a former director of the Company", "a former Chief Financial
 * Officer", "an ex-officer", "formerly an insider". MI 61-101 asks who is one when the transaction is agreed.
 */
const NOT_FORMER =
  String.raw`(?<!\b(?:former|ex|past|retired|previous)[ -](?:[a-z&-]{1,20} ){0,3})` +
  String.raw`(?<!\bformerly (?:an? |the )?)`
const WHO = String.raw`(?:${NOT_NOMINATED}${NOT_FORMER}\b(?:${RUN_ON_AFTER})?(?:${[
  'insiders?',
  'directors?',
  'officers?',
  'related part(?:y|ies)',
  'control persons?',
  // Senior officers named as a body ("members of the Company's management team", "senior management"); not
  // "management" alone, the subject of what the issuer believes or expects.
  String.raw`members? of (?:the (?:company|corporation)'s |its |the |our )?(?:senior )?management(?: team)?|senior management(?: team)?` +
    String.raw`|management team`,
  '(?:chief executive|chief financial|chief operating) officer',
  // A vice-president is a senior officer, named as a counterparty too ("from its Vice President, Exploration").
  '(?:(?:executive|senior) )?vice[- ]presidents?',
  // Not the "president's list" of purchasers an agent's fee is reduced for.
  "ceo|cfo|coo|president(?!'?s? ?list)|chair(?:man|person)?",
  String.raw`10${PERCENT} (?:security ?|share)?holders?`
].join('|')})(?:\b|${RUN_ON_BEFORE})|${HOLDER_OVER_10})`
/** Taking part. */
// Not at a word's start: copy runs words together ("may besubscribing"); "oversubscribed" is not taking part.
// A right to take part in future financings ("a pro rata participation right", "the right to participate in future
// financings", "pre-emptive right to subscribe") is a term of the deal, not a taking part. A "bought deal" is the
// offering's form (an underwriter's commitment), not a purchase by the officer named before it.
const TAKES_PART =
  // "Subscriptions by insiders" (a "subscription receipt" is a security, not a taking part).
  String.raw`(?<!over|\brights? to )(?:subscrib\w{0,4}|subscriptions?(?! ?receipts?)|participat\w{0,6}` +
  String.raw`|acquir\w{0,3}|purchas\w{0,3}|\btook up|\btake up` +
  String.raw`|\bbought(?! ?deals?\b))\b` +
  String.raw`(?! ?rights?\b)`
/**
 * Between "to" and the related party, an entity the party holds ("to Unwin Geoservices Ltd., a company controlled by
 * Ferris Unwin, the Company's Chief Executive Officer", "owed to a corporation wholly owned by a director"): the
 * securities or the debt are the party's through it.
 */
const HELD_BY =
  String.raw`(?:(?:[a-z0-9&'".()-]+,? ){0,5}?(?:an? |the )?(?:private |holding )?` +
  String.raw`(?:company|corporation|entity|firm|trust|partnership)(?: that is| which is)? ` +
  String.raw`(?:controlled|owned|wholly[- ]owned|beneficially owned|directed) ?by (?:[a-z'.-]+,? ){0,6}?)`
/** Who gets the securities or is owed the debt: the party, a few words after "to", or an entity it holds. */
const toWhom = (who: string) => String.raw`(?:${HELD_BY}|(?:[a-z'-]+,? ){0,4}?)${who}`
/** Compensation (options, share units): issued to directors, it is no financing of theirs. */
const COMPENSATION =
  /\boptions?\b|\b(?:rsu|dsu|psu)s?\b|\b(?:restricted|deferred|performance) share units?\b|unit[ée]s d'actions/
/** "constitutes a related party transaction", "considered a 'related-party transaction'". */
const TRANSACTION = /related[- ]?party ?transactions?/
const NEGATED = pattern(
  [
    String.raw`\bno (?:insiders?|directors?|officers?|related part(?:y|ies))\b`,
    String.raw`\bnone of\b`,
    String.raw`\b(?:did|do|does|will|would) not (?:participate|subscribe|acquire|purchase|receive|be issued)`,
    // "Directors and officers received no units in the Offering".
    String.raw`\b(?:receiv(?:e|es|ed)|(?:be|were|was) issued) no\b`,
    String.raw`\bwithout (?:any )?insider`,
    // A term sheet's row or a label whose value is empty ("| Insider participation | — |", "Insider participation: nil").
    String.raw`\b(?:insiders?|related part(?:y|ies))[a-z' ]{0,30}(?: \||:) ?(?:-{1,3}|n/a|nil|none|no|0)? ?(?:\||\.|$)`,
    String.raw`\bnot (?:an? )?(?:insiders?|related part)`,
    // "does not constitute a "related party transaction"", "will not be considered a related party transaction".
    String.raw`\bnot (?:constitute|be|been|considered|deemed|qualify as|treated as)(?: (?:to be|as|considered))? ` +
      String.raw`(?:an? )?"? ?related[- ]?part`
  ].join('|')
)
/**
 * A negation that carves out a party who took part: "Other than Jane Okafor, a director, who purchased 100,000 units,
 * no insiders participated", "none of the directors … except the Chief Executive Officer, who purchased …", « à
 * l'exception de son président, qui a souscrit … » (not "except as disclosed", "other than as required by law").
 */
const EXCEPTED = pattern(
  String.raw`\b(?:other than|except(?: for)?|with the exception of|save for|apart from|aside from|excluding)\b(?! as\b)` +
    String.raw`|(?<![${LETTER}])(?:[àa] l'exception d(?:e|u|es)|sauf|hormis|mis [àa] part)(?![${LETTER}])`
)
const REPORTED = /\b(?:said|says|commented|stated|added|noted|remarked)\b/
/** Words of the MI 61-101 paragraph. */
const PARAGRAPH = pattern(
  [
    '61-? ?101',
    'related[- ]?party ?transaction',
    'formal valuation',
    'valuation requirement',
    'minority (?:share|security ?|unit)?(?:holder )?approval',
    'market ?capitali[sz]ation',
    String.raw`(?<![\d.,])21 ?days`,
    String.raw`twenty[- ]?one ?(?:\(21\) ?)?days`
  ].join('|')
)

const INSTRUMENT = /61-? ?101/
const FORMAL_VALUATION = /formal ?valuation|valuation ?requirement|(?<![\d.])5\.5 ?\(/
const MINORITY = /minority ?(?:share|security ?|unit)?(?:holder ?)?approval|(?<![\d.])5\.7 ?\(/
const SECTIONS = /(?<![\d.])5\.5 ?\([a-h]\)/
const SECTIONS_MINORITY = /(?<![\d.])5\.7 ?(?:\(1\) ?)?\([a-h]\)/
const BASIS = pattern(
  [
    String.raw`(?:(?<![\d.,])25|twenty[- ]?five)(?: ?\(25\))? ?(?:%|per ?cent|percent)[^.]{0,80}?market ?capitali[sz]ation`,
    'specified ?markets?',
    'not ?listed ?on',
    // The financial hardship exemptions (s.5.5(g), s.5.7(1)(e)): the issuer in serious financial difficulty.
    String.raw`financial ?difficult(?:y|ies)`
  ].join('|')
)
/**
 * The cap of s.5.5(b)/5.7(1)(b) (a distribution for cash of not more than $2,500,000), read by its value however the
 * amount is written: "$2,500,000", "$2.5 million", "C$2.5M", Stockwatch's "$2.5-million", « 2,5 millions de dollars ».
 */
const DISTRIBUTION_CAP = new Decimal(2_500_000)
const statesCap = (text: string, language: NumberLanguage) =>
  findMoney(text, language).some((money) => money.value.eq(DISTRIBUTION_CAP))
const SHORT_PERIOD = /(?<![\d.,])21 ?days|twenty[- ]?one ?(?:\(21\) ?)?days/
const MISCITED = /(?<![\d.])5\.7 ?\(([a-h])\)/g
/** The paragraph's words that copy may split with a space ("trans action", « capital isation »). */
const SPLIT_WORDS = [
  'related',
  'transaction',
  'instrument',
  'valuation',
  'minority',
  'shareholder',
  'approval',
  'requirement',
  'capitali',
  'specified',
  'opération',
  'operation',
  'personne',
  'apparent',
  'évaluation',
  'officielle',
  'formelle',
  'minoritaire',
  'approbation',
  'boursi',
  'désigné',
  'spécifié'
]

// French (Règlement 61-101). Normalized text is lower case with straight apostrophes; accents may be dropped.
/** Who is a related party, in French. */
/** Not one who was a related party: « un ancien administrateur », « une ex-dirigeante ». */
const NOT_FORMER_FR = String.raw`(?<!\banciens? |\banciennes? |\bex-)`
const WHO_FR =
  NOT_FORMER_FR +
  frenchWords([
    'initi[ée]e?s?',
    'administrat(?:eur|rice)s?',
    'dirigeant(?:e|s|es)?',
    'personnes? apparent[ée]es?',
    'parties? (?:li[ée]es?|apparent[ée]es?)',
    'personnes? (?:qui exercen?t (?:une emprise|le contr[ôo]le)|participant au contr[ôo]le)',
    'pr[ée]sidente?(?: et chef de la direction)?',
    'chef de la direction|chef des finances|chef de l.exploitation',
    // An insider by its holding: « un porteur de plus de 10 % », « un détenteur de 14,5 % », « un actionnaire détenant
    // plus de 10 % des actions ».
    String.raw`(?:porteurs?|d[ée]tenteurs?) (?:de plus )?de (?:plus de |environ )?(?:10|1\d|[2-9]\d)(?:,\d{1,2})?${POUR_CENT}`,
    String.raw`actionnaires? d[ée]tenant (?:plus de |environ )?(?:10|1\d|[2-9]\d)(?:,\d{1,2})?${POUR_CENT}`
  ])
/** Taking part, in French: verbs ("bons de souscription" is not taking part). */
const TAKES_PART_FR = frenchWords([
  'souscri(?:t|ts|te|tes|re|ra|ront|rai[et]n?t?|vent|vant)',
  'particip(?:e|é|e[rz]|ent|era|eront|erai[et]n?t?|ant)',
  'acqu(?:is|ise|iert|i[èe]rent|[ée]rir|erra|erront|errai[et]n?t?)',
  'achet(?:é|e|er|ent|era|eront|erai[et]n?t?)',
  'pris part|prendr(?:a|ont|aient|ait|e) part'
])
/** The noun, with whose it is: « la participation des initiés », « la souscription d'un administrateur ». */
const TAKING_PART_FR = String.raw`(?<!(?:bons?|re[çc]us?) de )(?<![${LETTER}])(?:participation|souscription)s?`
const BY_FR = String.raw`(?<![${LETTER}])(?:par |des? |du |d')`
/** As HELD_BY, in French: « à Géoservices Hallam ltée, une société contrôlée par son chef de la direction ». */
const HELD_BY_FR =
  String.raw`(?:[${LETTER}0-9&'.-]+,? ){0,5}?(?:une |la )?(?:soci[ée]t[ée]|entit[ée]|fiducie|compagnie)` +
  String.raw`(?: priv[ée]e| de portefeuille)? (?:contr[ôo]l[ée]e|d[ée]tenue)(?: en propri[ée]t[ée] exclusive| enti[èe]rement)? ` +
  String.raw`par (?:[${LETTER}'.-]+,? ){0,6}?`
/** The party, named first with its honorific (« à M. Rémi Dubé, chef des finances »), or by its office alone. */
const TO_WHOM_FR = String.raw`(?:${HELD_BY_FR}|(?:[${LETTER}'.-]+,? ){0,4}?)${WHO_FR}`
/** « l'émission de 1 000 000 d'actions … à son chef des finances ». */
const ISSUED_TO_FR =
  String.raw`(?<![${LETTER}])(?:[ée]mi(?:s|se|ses)|[ée]mettr(?:e|a|ont)|[ée]mission)(?![${LETTER}]).{0,120}?` +
  String.raw`(?<![${LETTER}])(?:à|a) ${TO_WHOM_FR}`
const PARTICIPATION_FR = pattern(
  `${WHO_FR}.{0,160}?${TAKES_PART_FR}|(?:${TAKES_PART_FR}|${TAKING_PART_FR}).{0,40}?${BY_FR}.{0,60}?${WHO_FR}`
)
/**
 * A debt owed to a related party, settled in securities: "settle $90,000 of fees owed to its Chief Executive Officer
 * by issuing 1,500,000 shares", « des honoraires dus à son chef de la direction … par l'émission de … ».
 */
const OWED_FR = pattern(
  String.raw`(?<![${LETTER}])(?:d[uû]e?s?|payables?|avanc[ée]e?s?|pr[êe]t[ée]e?s?) (?:par la soci[ée]t[ée] )?` +
    String.raw`(?:à|a) ${TO_WHOM_FR}`
)
/**
 * The settlement agreed with the party, as English's `agreed`: « a conclu une entente avec M. Rémi Dubé, chef des
 * finances de la Société, visant le règlement d'honoraires », « une convention de règlement de dette avec un
 * administrateur », « a convenu avec son président de régler … ».
 */
const AGREED_FR = pattern(
  String.raw`(?<![${LETTER}])(?:ententes?|conventions?|accords?|convenu|arrangements?)(?![${LETTER}])[^.;]{0,40}?` +
    String.raw`(?<![${LETTER}])avec ${TO_WHOM_FR}`
)
/** Settled in securities: the debt is paid by an issue of them. */
const SETTLED = /\bissu|\bsettle|shares? for debt|\bconvert|[ée]mi(?:s|se|ses)\b|[ée]mission|r[èe]glement/
/**
 * The issuer's deal with a related party over an asset or its securities: it acquires a property from, sells or
 * options one to, or agrees with an entity the party holds, or the party itself ("to acquire the Orca claims from
 * Wexley Holdings Ltd. ("Wexley"), a private company controlled by a director of the Company", "sell the project to
 * its Chief Executive Officer"): MI 61-101 counts the purchase or sale of an asset from or to a related party, paid
 * in cash or shares, as a related party transaction, whatever the release's kind. The party follows the deal's
 * preposition closely (an entity it holds, or the party with a determiner): "with the support of its directors" is
 * no counterparty.
 */
const DEAL =
  String.raw`(?:\b(?:acquir\w{0,4}|acquisitions?|purchas\w{0,3}|sell\w{0,3}|sold|sales?|transfer\w{0,3}` +
  String.raw`|dispos\w{0,6}|vend\w{0,3}|assign\w{0,4})\b.{0,200}?\b(?:from|to)` +
  String.raw`|\boption (?:and \w+ )?agreements?\b.{0,120}?\bwith) `
/** A name, then its apposition: "Aldous Renner, a director", "Wexley ("Wexley"), which is controlled by a director". */
const NAMED = String.raw`(?:[a-z0-9&'".()-]+ ){0,5}?[a-z0-9&'".()-]+, `
/** An entity a party holds by a clause: "a private company of which Aldous Renner, a director, is the sole owner". */
const OF_WHICH =
  String.raw`(?:[a-z0-9&'".()-]+,? ){0,5}?(?:an? |the )?(?:private |holding )?` +
  String.raw`(?:company|corporation|entity|firm|trust|partnership) (?:of which|whose [a-z]+ (?:is|are)) `
/**
 * A holder of more than 10% by its holding, in a clause: "which holds 14.8% of the outstanding shares", "which holds
 * more than 10% of …", "which owns 10.5% of …" (not 10% itself, nor about 10%).
 */
const HOLDS_OVER_10 =
  String.raw`(?:which|who) (?:holds|owns|controls) (?:(?:more than |over )10|(?:more than |over |approximately |about )?` +
  String.raw`(?:(?:1[1-9]|[2-9]\d)(?:\.\d{1,2})?|10\.\d?[1-9]))${PERCENT}`
/** A clause that says the party is none: "which has no relationship with any director", "an arm's length party". */
const UNRELATED = String.raw`\b(?:no|not|none|neither|nor|arm'?s[- ]length|independent|unrelated)\b`
/**
 * The deal made with or by the party, named by its office or in apposition to its name: "closed a private placement
 * with Teal River Capital Corp. ("Teal River"), which holds more than 10% of the Company's shares and is therefore an
 * insider", "a strategic investment by its largest shareholder, a control person", "a placement with two directors".
 */
const WITH_PARTY =
  // The deal by the party right after its noun ("investment by"), not an approval by the board ("approved by").
  String.raw`\b(?:placements?|financings?|offerings?|investments?)\b(?:.{0,160}?\bwith| by) ` +
  String.raw`(?:${NAMED}(?:(?:which|who) (?![^.;,]{0,80}?${UNRELATED})[^.;,]{0,80}?)?|${HELD_BY})?` +
  String.raw`(?:(?:an?|the|its|one of (?:its|the)|two|three|certain|company's|corporation's) ){0,2}`
const COUNTERPARTY = pattern(
  String.raw`${DEAL}(?:${HELD_BY}|${OF_WHICH}(?:[a-z'.-]+,? ){0,6}?|${NAMED}(?:(?:which|who) (?![^.;,]{0,80}?${UNRELATED})[^.;,]{0,80}?)?` +
    String.raw`|(?:(?:a|an|one|two|its|the|certain|company's|corporation's) ){0,3})` +
    String.raw`(?:(?:an? |the |its |one of (?:its|the) )?${WHO}|${HOLDS_OVER_10})` +
    String.raw`|${DEAL}${NAMED}${HOLDS_OVER_10}`
)
/**
 * The deal's counterparty said, in a sentence of its own, to be held by a related party ("Wexley is controlled by
 * Aldous Renner, a director of the Company"): read in a block that states the deal.
 */
const HELD_COUNTERPARTY = pattern(
  String.raw`\b(?:is|are) (?:an? (?:private |holding )?(?:company|corporation|entity) )?(?:controlled|owned|` +
    String.raw`wholly[- ]owned|beneficially owned) by (?:[a-z'.-]+,? ){0,6}?(?:an? |the |its )?${WHO}`
)
const DEAL_BLOCK = pattern(DEAL)
/** A grant to directors (options, share units) is their compensation, no deal over an asset. */
const GRANT = pattern(
  String.raw`\bgrant(?:s|ed|ing)?\b|\b(?:stock|incentive) options?\b|\b(?:rsu|dsu|psu)s?\b|share units?`
)
/** Whether a block states a deal over an asset: read once per block (each of its sentences asks). */
const dealBlocks = new WeakMap<Block, boolean>()
function statesDeal(block: Block): boolean {
  let deal = dealBlocks.get(block)
  if (deal === undefined) dealBlocks.set(block, (deal = DEAL_BLOCK.test(block.norm.text)))
  return deal
}
/** The issuer's deal over an asset with a related party: its counterparty named held by one, or one itself. */
function counterparty(sentence: Sentence): RegExpExecArray | null {
  // Every counterparty follows a deal's words: a block that states none (most) holds none, read once for its sentences.
  if (!statesDeal(sentence.block)) return null
  const text = sentence.norm.text
  return COUNTERPARTY.exec(text) ?? HELD_COUNTERPARTY.exec(text)
}
const ISSUED_FR = pattern(ISSUED_TO_FR)
/** The English patterns that find a related party taking part, by `who`: its office, or its name in this draft. */
interface TakingPart {
  participation: RegExp
  /** Securities issued to it, other than compensation. */
  issued: RegExp
  receives: RegExp
  /** A debt owed to it. */
  owed: RegExp
  /** An agreement with it, in a sentence that settles a debt in securities ("has agreed with its CEO to settle …"). */
  agreed: RegExp
}
function takingPart(who: string, make: (source: string) => RegExp): TakingPart {
  return {
    // The taking part as a noun, and who from: "The Offering included subscriptions from two directors".
    participation: make(
      `${who}.{0,160}?${TAKES_PART}|${TAKES_PART}.{0,40}?\\bby\\b.{0,60}?${who}` +
        `|\\b(?:subscriptions?|participation)\\b(?! ?receipts?).{0,20}?\\bfrom\\b.{0,60}?${who}|${WITH_PARTY}${who}`
    ),
    // Issued, or sold or allotted ("issuing 1,000,000 shares … to its Chief Financial Officer", "500,000 Units were
    // sold to two directors of the Company").
    issued: make(String.raw`\b(?:issu(?:e|es|ed|ing|ance)|sold|allott?ed)\b.{0,120}?\bto ${toWhom(who)}`),
    // The related party the subject of its getting securities or being owed the debt settled in them ("Two directors
    // of the Company will receive an aggregate of 800,000 of the shares", "Two directors are owed $96,000 of the debt
    // and will be issued 800,000 shares"), or the agent after it ("800,000 will be received by two directors").
    receives: make(
      String.raw`${who}[^.;]{0,120}?\b(?:receiv(?:e|es|ed|ing)|(?:be|been|being|is|are|was|were) (?:issued|owed|allotted))\b` +
        String.raw`|\breceived by ${toWhom(who)}`
    ),
    owed: make(
      String.raw`\b(?:owed|owing|due|payable|advanced|lent|loaned)\b (?:by the (?:company|corporation) )?to ` +
        toWhom(who)
    ),
    // The settlement agreed with the party: "has agreed with Hamish Roe, its Chief Executive Officer, to settle",
    // "entered into a debt settlement agreement with a director", "arrangements with two officers".
    agreed: make(String.raw`\b(?:agreed|agrees|agreements?|arrangements?)\b[^.;]{0,40}?\bwith ${toWhom(who)}`)
  }
}
/**
 * A holder of more than 10% of the issuer's shares, by the clause that says so ("Halm Resources Ltd., which holds 17.5%
 * of the outstanding shares of the Company, subscribed for …"): the issuer's outstanding shares (a project's interest,
 * another company's shares held, make no insider).
 */
const HOLDS_SHARES_OVER_10 =
  HOLDS_OVER_10 +
  String.raw` of (?:the (?:company|corporation)'s |the |its )?(?:issued and )?outstanding (?:common |voting )?shares` +
  // Not another company's: "which holds 60% of the outstanding shares of Tamsin Copper Ltd.".
  String.raw`(?! of (?!the (?:company|corporation|issuer)\b))`
const BY_OFFICE = takingPart(`(?:${WHO}|${HOLDS_SHARES_OVER_10})`, (source) => pattern(source))

/**
 * The draft's related parties by name: a person named with a related party's office in apposition ("Callum Dreyer, a
 * director of the Company", "Orla Menzies, the Company's Chief Executive Officer") is that party where a later
 * sentence names them with an honorific or in full ("the Company will issue to Mr. Dreyer 1,600,000 bonus
 * warrants"). A surname alone is not read: it may be a word ("Price", "Hill").
 */
const PERSON = pattern(String.raw`\b([A-Z][a-z'’-]{1,30})\s(?:[A-Z]\.\s)?([A-Z][a-z'’-]{1,30}),\s`, 'g')
const APPOSED_OFFICE = pattern(
  String.raw`^(?:(?:a|an|the|its|our|one of (?:its|the)|company's|corporation's) ){0,2}(?:[a-z'-]{1,30},? ){0,3}?${WHO}`
)
function byName(own: Sentence[]): {by: TakingPart; surnames: string[]} | undefined {
  const names = new Set<string>()
  const surnames = new Set<string>()
  for (const sentence of own) {
    const raw = sentence.raw.text
    if (!raw.includes(', ')) continue
    PERSON.lastIndex = 0
    for (const match of raw.matchAll(PERSON)) {
      const after = raw.slice(match.index + match[0].length, match.index + match[0].length + 120)
      if (!APPOSED_OFFICE.test(after.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' '))) continue
      const [first, last] = [match[1], match[2]].map((name) => escapeRegExp(name.toLowerCase().replace(/’/g, "'")))
      names.add(String.raw`(?:(?:mr|ms|mrs|miss|dr|mx)\.? ?|${first} )${last}`)
      surnames.add(match[2].toLowerCase().replace(/’/g, "'"))
    }
  }
  if (names.size === 0) return undefined
  const who = String.raw`(?:${WHO}|\b(?:${[...names].join('|')})\b)`
  // Run on the sentences that name one of them (`findRelatedParty`): compiled before the first.
  return {by: takingPart(who, (source) => compiledNow(source)), surnames: [...surnames]}
}
function issuedTo(text: string, french: boolean, settles: boolean, by: TakingPart): RegExpExecArray | null {
  if (COMPENSATION.test(text)) return null
  // A release that settles debt in shares settles the debt it says is owed to a related party, in a sentence of its
  // own too ("Of that debt, $99,000 is owed to the Company's Chief Executive Officer").
  const settled = settles || SETTLED.test(text)
  return (
    by.issued.exec(text) ??
    by.receives.exec(text) ??
    (settled ? (by.owed.exec(text) ?? by.agreed.exec(text)) : null) ??
    (french ? (ISSUED_FR.exec(text) ?? (settled ? (OWED_FR.exec(text) ?? AGREED_FR.exec(text)) : null)) : null)
  )
}
/**
 * A related party transaction named with a space copy put inside a word ("a "related party trans action"", "rela ted
 * party"): the whole sentence is the participation's words (the rejoined text has no map back).
 */
function splitTransaction(sentence: Sentence): RegExpExecArray | null {
  const text = sentence.norm.text
  if (!text.includes('party') && !text.includes('part y')) return null
  if (!TRANSACTION.test(rejoined(text, SPLIT_WORDS))) return null
  return WHOLE.exec(text)
}
const WHOLE = pattern('^.*$', 's')
/** « opération avec une personne apparentée », « opération entre parties liées », « … entre parties apparentées ». */
const TRANSACTION_FR = pattern(
  String.raw`op[ée]rations? ?(?:avec|entre) ?(?:une ?|des ?|la ?|les ?)?` +
    String.raw`(?:personnes? ?apparent[ée]es?|parties? ?(?:li[ée]es?|apparent[ée]es?))`
)
const NEGATED_FR = pattern(
  [
    String.raw`(?<![${LETTER}])aucune? (?:des? )?(?:initi|administrat|dirigeant|personnes? apparent|parties? li)`,
    String.raw`(?<![${LETTER}])n'(?:a|ont|avai(?:t|ent)) (?:pas|aucunement) (?:particip|souscrit|acquis|achet)`,
    String.raw`(?<![${LETTER}])ne (?:particip|souscri|acqu|ach[èe]t)[${LETTER}]{0,8} pas`,
    String.raw`(?<![${LETTER}])sans (?:la )?participation d(?:'|es? |u )(?:initi|administrat|dirigeant)`,
    // « ne constitue pas une "opération avec une personne apparentée" ».
    String.raw`(?<![${LETTER}])ne (?:constitu|sera|serait|est)[${LETTER}]{0,6} pas (?:consid[ée]r[ée]e? comme )?` +
      String.raw`une "? ?op[ée]ration avec (?:une|des) (?:personnes? apparent|parties? li)`
  ].join('|')
)
const REPORTED_FR = pattern(
  frenchWords([
    'a d[ée]clar[ée]',
    'd[ée]clare',
    'a (?:dit|affirm[ée]|comment[ée]|ajout[ée]|soulign[ée]|indiqu[ée])',
    'affirme|commente|ajoute|souligne'
  ])
)
/** Words of the MI 61-101 paragraph in French. */
// Spaces optional: copy runs words together ("personneapparentée").
const FORMAL_VALUATION_FR_WORDS = String.raw`[ée]valuations? ?(?:officielles?|formelles?|ind[ée]pendantes?)`
const MINORITY_FR_WORDS = String.raw`(?:porteurs|actionnaires|d[ée]tenteurs) ?(?:de ?titres ?)?minoritaires`
const MARKET_CAP_FR = String.raw`capitalisation ?boursi[èe]re`
const DAYS_FR = String.raw`(?<![\d.,])21 ?jours|vingt[- ]et[- ]un ?(?:\(21\) ?)?jours`
const SHORT_PERIOD_FR = pattern(DAYS_FR)
const PARAGRAPH_FR = pattern(
  [TRANSACTION_FR.source, FORMAL_VALUATION_FR_WORDS, MINORITY_FR_WORDS, MARKET_CAP_FR, DAYS_FR].join('|')
)
/** French citations: "5.5 a)", "5.7 1) a)", "5.7(1)a)", "alinéa a) de l'article 5.5" is not read. */
const FORMAL_VALUATION_FR = pattern(`${FORMAL_VALUATION_FR_WORDS}|(?<![\\d.])5\\.5 ?\\(?[a-h]\\)`)
const MINORITY_FR = pattern(`${MINORITY_FR_WORDS}|(?<![\\d.])5\\.7 ?(?:\\(?1\\) ?)?\\(?[a-h]\\)`)
const SECTIONS_FR = /(?<![\d.])5\.5 ?\(?[a-h]\)/
const SECTIONS_MINORITY_FR = /(?<![\d.])5\.7 ?(?:\(?1\) ?)?\(?[a-h]\)/
const BASIS_FR = pattern(
  [
    String.raw`(?:(?<![\d.,])25|vingt-cinq)(?: \(25\))? ?(?:%|pour ?cent)[^.]{0,80}?${MARKET_CAP_FR}`,
    String.raw`march[ée]s? (?:sp[ée]cifi[ée]s?|d[ée]sign[ée]s?|pr[ée]cis[ée]s?)`,
    String.raw`(?:ne sont|n'(?:est|[ée]taient|[ée]tait)) pas (?:inscrite?s?|cot[ée]e?s?)`,
    // The financial hardship exemptions: « de graves difficultés financières ».
    String.raw`difficult[ée]s? financi[èe]res?`
  ].join('|')
)
/** "5.7 a)": s.5.7 without its subsection, as French writes it. */
const MISCITED_FR = /(?<![\d.])5\.7 ?([a-h])\)/g

/**
 * What a related party takes part in: securities or the offering ("subscribed for 400,000 units", "participate in the
 * placement", « souscrire des actions »). A director who "acquired" claims, or a "Technical Director" quoted on "newly
 * acquired projects", takes part in no financing.
 */
const IN_SECURITIES = pattern(
  String.raw`\b(?:units?|shares?|securities|placements?|offerings?|financings?|subscriptions?|warrants?` +
    String.raw`|flow-through|debentures?|notes|tranches?|proceeds)\b|\$ ?\d|\d ?\$` +
    String.raw`|(?<![a-zà-ÿ])(?:actions|unit[ée]s|titres|placement|financement|bons de souscription|souscription)(?![a-zà-ÿ])`
)

/** What the issuer does in the release: issues its own securities, settles its debt in them, speaks for itself. */
export interface OwnDeals {
  issues: boolean
  settles: boolean
  speaks: boolean
}

/** The related party's participation and the MI 61-101 paragraph, or undefined when no related party takes part. */
export function findRelatedParty(own: Sentence[], deals: OwnDeals, language: Languages): RelatedParty | undefined {
  const {issues, settles, speaks} = deals
  let participation: RelatedParty['participation'] | undefined
  const named = issues ? byName(own) : undefined
  for (const sentence of own) {
    const text = sentence.norm.text
    // The patterns with the draft's related parties by name, where the sentence names one (the same as by office
    // elsewhere: no name to match).
    const by = named && named.surnames.some((surname) => text.includes(surname)) ? named.by : BY_OFFICE
    const french = language.of(sentence.block) === 'fr'
    // A related party's subscription counts where the issuer issues its own securities; a related party
    // transaction named as such, in any release.
    const inSecurities = issues && IN_SECURITIES.test(text)
    const match =
      (inSecurities ? by.participation.exec(text) : null) ??
      TRANSACTION.exec(text) ??
      splitTransaction(sentence) ??
      (french ? ((inSecurities ? PARTICIPATION_FR.exec(text) : null) ?? TRANSACTION_FR.exec(text)) : null) ??
      (issues ? issuedTo(text, french, settles, by) : null) ??
      (speaks && !GRANT.test(text) ? counterparty(sentence) : null)
    if (!match) continue
    // Negated, unless the negation carves out the party the sentence says took part.
    if ((NEGATED.test(text) || (french && NEGATED_FR.test(text))) && !EXCEPTED.test(text)) continue
    // An officer quoted ("said Jane Roe, CEO, … investors who participated") is not one taking part.
    const reported = REPORTED.test(text) || (french && REPORTED_FR.test(text))
    if (reported && !/insider|director|related|control|initi|administrat|apparent|li[ée]e|contr[ôo]le/.test(match[0]))
      continue
    participation = {sentence, ...spanOf(sentence.norm, match.index, match.index + match[0].length)}
    break
  }
  if (!participation) return undefined
  const seen = new Set<Block>()
  const paragraph: Block[] = []
  for (const sentence of own) {
    if (seen.has(sentence.block)) continue
    const french = language.of(sentence.block) === 'fr'
    if (!PARAGRAPH.test(sentence.norm.text) && !(french && PARAGRAPH_FR.test(sentence.norm.text))) continue
    seen.add(sentence.block)
    paragraph.push(sentence.block)
  }
  // Read with the words copy split rejoined ("trans action", "capital ization"): whether an element is there.
  const text = rejoined(paragraph.map((block) => block.norm.text).join('\n'), SPLIT_WORDS)
  const frenchBlocks = paragraph.filter((block) => language.of(block) === 'fr')
  const fr = rejoined(frenchBlocks.map((block) => block.norm.text).join('\n'), SPLIT_WORDS)
  const miscited: RelatedParty['miscited'] = []
  for (const block of paragraph) {
    const patterns = frenchBlocks.includes(block) ? [MISCITED, MISCITED_FR] : [MISCITED]
    for (const pattern of patterns) {
      pattern.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = pattern.exec(block.norm.text))) {
        const span = spanOf(block.norm, match.index, match.index + match[0].length)
        miscited.push({letter: match[1], french: pattern === MISCITED_FR, block, ...span})
      }
    }
  }
  miscited.sort((a, b) => a.start - b.start)
  return {
    participation,
    paragraph,
    named: TRANSACTION.test(text) || TRANSACTION_FR.test(fr),
    instrument: INSTRUMENT.test(text),
    formalValuation: FORMAL_VALUATION.test(text) || FORMAL_VALUATION_FR.test(fr),
    minorityApproval: MINORITY.test(text) || MINORITY_FR.test(fr),
    sections:
      (SECTIONS.test(text) || SECTIONS_FR.test(fr)) && (SECTIONS_MINORITY.test(text) || SECTIONS_MINORITY_FR.test(fr)),
    basis: BASIS.test(text) || BASIS_FR.test(fr) || statesCap(text, 'en') || statesCap(fr, 'fr'),
    shortPeriod: SHORT_PERIOD.test(text) || SHORT_PERIOD_FR.test(fr),
    miscited
  }
}
