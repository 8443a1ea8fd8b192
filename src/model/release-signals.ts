/**
 * The words that tell what a release announces and who speaks, each kind once
 * (lower case: they run on normalized text). Gaps are bounded (`[^.]{0,N}`,
 * `(?:\w+ ){0,N}?` with a fixed word after), so every pattern stays linear on
 * adversarial text.
 */

import {frenchWords} from './french.js'
import {MONTH_OF_YEAR, WRITTEN_DATE, monthEnd, parseDate} from './dates.js'
import {pattern} from './pattern.js'

/** `(?:a|b|c)`: one of the alternatives (source strings). */
const group = (parts: readonly string[]) => `(?:${parts.join('|')})`
/** `\b(?:a|b|c)\b`: one of the alternatives, as whole words. */
const words = (parts: readonly string[]) => String.raw`\b${group(parts)}\b`
/** One pattern: any of the alternatives. */
const anyOf = (parts: readonly string[]) => pattern(parts.join('|'))

const FINANCING_VERBS = [
  'clos(?:es|ed|ing)',
  'announc(?:es|ed|ing)',
  'complet(?:es|ed|ion of)',
  'upsiz(?:es|ed|e)',
  'launch(?:es|ed)?',
  'arrang(?:es|ed)'
]
const FINANCING_KINDS = ['over-subscribed', 'oversubscribed', 'concurrent', 'strategic', 'equity', 'hard dollar']

/**
 * The forms of an offering of securities for money, most specific first (the name a message gives it). Words
 * of a form may run together in copy ("non-brokeredprivate placement", "boughtdeal").
 */
export const OFFERING_FORMS = [
  {
    form: 'LIFE offering',
    re: anyOf([
      'listed ?issuer ?financing ?exemption',
      String.raw`\blife ?(?:offering|financing|exemption|private placement|units?|shares?)`
    ])
  },
  {form: 'bought deal', re: /bought ?deal/},
  {form: 'offering of subscription receipts', re: /subscription ?receipts?/},
  {
    form: 'flow-through offering',
    re: /flow[- ]?(?:through|thru) ?(?:units?|shares?|common shares|offering|financing|private placement)/
  },
  // Treasury shares sold through the exchange at market prices under a prospectus supplement (NI 44-102 Part 9).
  {
    form: 'at-the-market offering',
    re: /\bat[- ]?the[- ]?market (?:equity )?(?:program|offering|distribution|facility)|\batm (?:equity )?(?:program|offering)/
  },
  {
    form: 'prospectus offering',
    re: anyOf([
      'prospectus ?(?:offering|financing|supplement)',
      'short ?form (?:base shelf )?prospectus',
      String.raw`\b(?:marketed|public) ?offering`
    ])
  },
  {
    form: 'private placement',
    re: anyOf([
      String.raw`(?:non-?brokered ?|brokered ?)?private ?placements?|non-brokered (?:offering|financing)`,
      // A placing, as a London issuer (AIM) names its placement: the noun ("a placing of 30,000,000 new ordinary
      // shares", "the Placing Shares"), not the verb ("placing the mill on care and maintenance").
      String.raw`\b(?:a|the|its|this|conditional|firm|institutional|oversubscribed|retail) placing\b` +
        String.raw`|\bplacing (?:of|shares?|price|and (?:retail )?(?:subscription|offer)|agreement|agent|letters?)\b`,
      // A placement, as an issuer also on the ASX names it: "a A$2 million equity placement", "a two-tranche share
      // placement", "the placement of 66,666,666 CDIs", "Placement CDIs", "a placement to sophisticated investors"
      // (not the placement of a drill rig or of a pad).
      String.raw`\b(?:equity|share|institutional|two-tranche|oversubscribed|over-subscribed) placement\b` +
        String.raw`|\bplacement (?:of (?:up to )?[\d,]+ (?:new )?(?:fully paid )?(?:ordinary )?(?:shares|cdis)|cdis|` +
        String.raw`shares|options|to (?:professional|sophisticated|institutional))\b`
    ])
  },
  {form: 'equity facility', re: /equity ?(?:drawdown |investment |line )?(?:facility|line)\b/},
  {
    form: 'financing',
    re: anyOf([
      String.raw`${words(FINANCING_VERBS)}[^.]{0,60}\b(?:equity )?(?:financing|offering|fundraising|fundraise)\b`,
      String.raw`${words(FINANCING_KINDS)} (?:financing|offering)\b`,
      // A retail offer, as an issuer also on AIM offers its shares to retail investors beside a placing ("a retail
      // offer via BookBuild to raise up to £3 million", "the Retail Offer Shares").
      String.raw`\b(?:a|the|its|this) retail offer\b`,
      // An investor's subscription for the issuer's securities: "a $5 million strategic investment by X".
      String.raw`\b(?:strategic|equity) investment (?:by|from)\b`
    ])
  },
  // French (issue 13), in the same order of specificity: each names the form an English message gives it.
  {
    form: 'LIFE offering',
    re: pattern(
      String.raw`financement (?:de l'|des )[ée]metteurs? cot[ée]s?|dispense (?:pour |de l')[ée]metteurs? cot[ée]s?` +
        String.raw`|partie 5a du (?:r[èe]glement|norme canadienne) 45-106`
    )
  },
  {form: 'bought deal', re: /prise ferme/},
  {form: 'offering of subscription receipts', re: /re[çc]us? de souscription/},
  {
    form: 'flow-through offering',
    re: /(?:actions?|unit[ée]s?)(?: ordinaires?)? accr[ée]ditives?|placement (?:priv[ée] )?(?:d'actions )?accr[ée]ditif/
  },
  {form: 'at-the-market offering', re: /placements? au cours du march[ée]|[ée]mission au cours du march[ée]/},
  {form: 'prospectus offering', re: /prospectus (?:simplifi[ée]|pr[ée]alable)|suppl[ée]ment de prospectus/},
  {
    form: 'private placement',
    re: /placements? priv[ée]s?|sans l'entremise d'un courtier|par l'entremise (?:d'un|de) (?:courtiers?|placeurs?)/
  },
  {
    form: 'financing',
    re: /\b(?:annonce|cl[ôo]ture|cl[ôo]t|conclut|r[ée]alise|lance)\b[^.]{0,60}\b(?:financement|placement)\b/
  }
] as const

export type OfferingForm = (typeof OFFERING_FORMS)[number]['form']

/**
 * Before an exemption or an offering's form: it is the one not relied on ("will be made under the accredited investor
 * exemption and not under the listed issuer financing exemption", "is not being conducted pursuant to the LIFE
 * exemption", « et non en vertu de la dispense de financement de l'émetteur coté »). Matched on the words right
 * before the form.
 */
export const NOT_UNDER = pattern(
  String.raw`\bnot (?:be |been |being )?(?:made |offered |sold |completed |conducted |issued |distributed )?` +
    String.raw`(?:under|pursuant to|in reliance (?:up)?on|by way of) (?:the |a |an )?$` +
    String.raw`|(?<![a-zà-ÿ])non (?:pas )?(?:en vertu|aux termes|dans le cadre|sous le r[ée]gime) (?:de la |de l'|du |d')$`
)
/** Whether the form named at `at` in `text` is named as the one not relied on (NOT_UNDER). */
export const notUnder = (text: string, at: number): boolean => NOT_UNDER.test(text.slice(Math.max(0, at - 60), at))

/** Before « clôture »: the words that make it the point a term counts from (« suivant la », « date de »). */
const NOT_AFTER_TERM =
  String.raw`(?<!(?:suivant|apr[èe]s|avant|d[èe]s|lors de|[àa] compter de|jusqu'[àa]|date de)` +
  String.raw` (?:la |sa |leur )?)`

/** The stage of an offering, read from the sentence that states it. */
export const STAGE = {
  amended: pattern(
    words([
      'amend(?:s|ed|ment|ments)?',
      'upsiz(?:e|es|ed|ing)',
      'increas(?:es|ed|ing) (?:the size|its|the maximum)',
      'revis(?:es|ed|ion)',
      're-?pric(?:es|ed|ing)',
      'extend(?:s|ed)? the (?:closing|deadline)',
      'terminat(?:es|ed)'
    ])
  ),
  closed: pattern(
    words([
      'clos(?:es|ed|ing of)',
      'has closed',
      'complet(?:es|ed|ion of)',
      'has issued',
      'issued an aggregate',
      '(?:first|second|third|final) tranche'
    ]) +
      // French: "clôture", "a clôturé", "a conclu", "a réalisé", "a émis", "première tranche" (a word may end in
      // an accented letter, where \b does not hold). Not the closing a term counts from, as English's bare "closing"
      // is not one: « pendant 24 mois suivant la clôture », « avant la clôture du Placement », « à compter de la date
      // de clôture » (an announcement's terms).
      String.raw`|\b(?:${NOT_AFTER_TERM}cl[ôo]ture[rs]?|a cl[ôo]tur[ée]|a conclu|a r[ée]alis[ée]|a [ée]mis|a compl[ée]t[ée]` +
      String.raw`|(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me|derni[èe]re) tranche|tranche finale)(?![a-zà-ÿ])`
  )
} as const

const DEBTS = ['debts?', 'indebtedness', 'liabilities', 'owed', 'owing', 'accounts payable', 'loans?']
/**
 * What is owed and settled: a debt, fees, invoices, or what the issuer owes its officers and lenders ("settle $96,000
 * of accrued salary", "wages", "remuneration", "bonuses", "accrued interest", "advances", "expenses", "payables").
 */
const OWED_AMOUNTS = [
  ...DEBTS,
  'amounts?',
  'fees',
  'invoices',
  'salar(?:y|ies)',
  'wages',
  'remuneration',
  'bonus(?:es)?',
  'interest',
  'advances',
  'expenses',
  'payables'
]
/** What is owed, in French (« dettes », « créances », « honoraires », « factures », « salaires », « avances », …). */
const OWED_FR =
  String.raw`(?:dettes?|créances?|creances?|honoraires|factures|salaires?|r[ée]mun[ée]rations?|avances|pr[êe]ts?` +
  String.raw`|int[ée]r[êe]ts|comptes (?:fournisseurs|cr[ée]diteurs|[àa] payer)|sommes? dues?|montants? dus)(?![a-zà-ÿ])`
/** Up to four words or amounts between a verb and what it takes ("settle an aggregate of $120,000 owed"). */
const FEW = String.raw`(?:[\w$,.%-]{1,40} ){0,4}?`

/** Shares (or units) issued to settle debt. */
export const DEBT = anyOf([
  String.raw`\bshares?[- ]for[- ]debt\b`,
  String.raw`\bdebt settlements?\b`,
  String.raw`\bsettlement agreements?\b[^.]{0,80}\bdebts?\b`,
  // What is owed, by the verb as by the noun: "settle $168,000 of accrued fees", "in settlement of invoices".
  String.raw`\bsettle(?:s|d|ment of)? ${FEW}${words(OWED_AMOUNTS)}`,
  String.raw`\bin (?:full )?(?:settlement|satisfaction) of ${FEW}${words(OWED_AMOUNTS)}`,
  // French, by the noun as by the verb, what is owed as English's OWED_AMOUNTS: "règlement de dettes", "en règlement
  // d'une dette de", « visant le règlement d'honoraires impayés »; "a réglé une dette", « réglera des factures
  // totalisant », "pour régler des sommes dues".
  // Not a regulation (« Règlement 61-101 sur … »).
  String.raw`r[èe]glement (?!\d)(?:de |d'une? |d'|des |du )?${FEW}${OWED_FR}`,
  String.raw`r[éèe]gl(?:er|ée?s?|e|ent|era|erait|eront) ${FEW}${OWED_FR}`,
  // What is owed, as English's "settle $96,000 of accrued fees owed": « régler des honoraires de 96 000 $ dus à … »
  // (a French amount is three words).
  String.raw`r[éèe]gl(?:er|ée?s?|e|ent|era|ement) (?:[\wà-ÿ$,.%'’-]{1,40} ){0,8}?(?:dus|dues|impay[ée]e?s|exigibles)(?![a-zà-ÿ])`
])

/** Security-based compensation: options, RSUs, DSUs, PSUs granted to directors, officers, employees, consultants. */
const COMPENSATION_SECURITY = group([
  '(?:incentive )?stock options?',
  'share purchase options?',
  // Not a property option ("an option to acquire the Birch property"): options on shares.
  String.raw`options? to (?:purchase|acquire) (?:up to )?(?:an aggregate of )?(?:[\d,]{1,20} )?(?:common )?shares`,
  'restricted (?:share|stock) units?',
  String.raw`\brsus?\b`,
  'deferred (?:share|stock) units?',
  String.raw`\bdsus?\b`,
  'performance (?:share|stock) units?',
  String.raw`\bpsus?\b`
])
/** The same in French: « options d'achat d'actions », « unités d'actions restreintes (UAR) », « UAD », « UAP ». */
const COMPENSATION_SECURITY_FR = group([
  "options? d'achat d'actions",
  "options? d'achat",
  "unit[ée]s? d'actions (?:restreintes|diff[ée]r[ée]es|li[ée]es [àa] (?:la performance|au rendement))",
  String.raw`\bua[rdp]\b`,
  String.raw`\d[\d ]{0,15} options\b`
])
/**
 * Up to 80 characters within a sentence, the periods of a title or an initial included ("granted Ms. Kovac 400,000
 * options", "to J. Roe"), which `[^.]` alone stops at.
 */
const WITHIN = String.raw`(?:[^.]|(?<=\b(?:mr|ms|mrs|dr|messrs|mme|mmes|[a-z]))\.){0,80}`
export const COMPENSATION = anyOf([
  String.raw`\b(?:grant(?:s|ed|ing)?|award(?:s|ed|ing)?)\b${WITHIN}${COMPENSATION_SECURITY}`,
  String.raw`${COMPENSATION_SECURITY}${WITHIN}\b(?:(?:were|was|have been|has been) (?:granted|awarded)|vest)`,
  String.raw`\bgrant(?:s|ed|ing)? (?:of )?(?:an aggregate of )?[\d,]{1,20} (?:incentive )?options\b`,
  // French: « a octroyé 1 200 000 options d'achat d'actions », « l'attribution de 300 000 UAR ».
  String.raw`(?<![a-zà-ÿ])(?:octroi|octroy[ée]e?s?|attribu[ée]e?s?|attribution|accord[ée]e?s?)(?![a-zà-ÿ])` +
    String.raw`${WITHIN}${COMPENSATION_SECURITY_FR}`
])

/** An early warning report or release (NI 62-103). */
export const EARLY_WARNING =
  /\bearly warning\b|\b(?:ni|national instrument|instrument|r[èe]glement|norme canadienne) ?62-10[34]\b|\bsyst[èe]me d'alerte\b/

/** Warrants or options exercised: money for shares, but no offering. */
export const EXERCISE = anyOf([
  String.raw`\b(?:were|was|been|has|have|had|and|it|holder|holders) exercised\b`,
  String.raw`\bexercised (?:all|its|their|an aggregate|[\d,]{1,20})\b`,
  String.raw`\bexercises of\b`,
  String.raw`\bexercise of (?:\w+ ){0,3}?(?:[\d,]{1,20} )?(?:\w+ )?(?:warrants|options) (?:by|for|at|has|have|was|were)\b`,
  String.raw`\b(?:proceeds|received|receipt)\b[^.]{0,60}\b(?:from|on|upon) (?:the )?exercise\b`
])

/** Shares issued as consideration for a property or a company: no money offered for them. */
export const CONSIDERATION = anyOf([
  String.raw`\bconsideration shares?\b`,
  String.raw`\bas (?:partial |full |part of the )?consideration\b`,
  String.raw`\bvendors?\b`,
  String.raw`\boption payments?\b`,
  String.raw`\bin exchange for\b`,
  String.raw`\bdeemed (?:issue )?(?:price|value)\b`
])

/** What an acquisition or another business transaction says of itself (read in the opening only). */
export const ACQUISITION = pattern(
  words([
    'acquir(?:e|es|ed|ing)',
    'acquisitions?',
    '(?:purchase|definitive|arrangement|option|joint venture) agreement',
    // A property bought, named by what it is ("completed the purchase of the 14-claim Lynx block").
    String.raw`purchas(?:e|es|ed|ing)(?: of)? (?:the |a |an |its |two |three )?(?:[\w-]{1,20} ){0,3}?` +
      String.raw`(?:claims?|property|properties|project|block|tenements?|licen[cs]es?|concessions?|royalt(?:y|ies))`,
    'amalgamation',
    'business combination',
    'merger',
    'option to acquire',
    'earn-in',
    'letter of intent',
    // In French: « acquérir », « convention d'option », « entente d'achat », « lettre d'intention », « fusion ».
    'acqu(?:[ée]rir|iert|i[èe]rent|is|ise)',
    "(?:convention|entente|contrat) d'(?:option|achat|acquisition|arrangement|acqu[ée]rir)",
    "regroupement d'entreprises",
    'fusion',
    "lettre d'intention",
    'coentreprise'
  ])
)

/** Corporate news: meetings, appointments, names, auditors, listings (read in the opening only). */
export const CORPORATE = pattern(
  words([
    'annual (?:general )?(?:and special )?meeting',
    'special meeting',
    'agm',
    'agsm',
    'shareholders? (?:approved|elected)',
    'elected (?:as )?directors?',
    'appoint(?:s|ed|ment)',
    'resign(?:s|ed|ation)',
    'name change',
    'change of (?:name|auditor)',
    'auditors?',
    '(?:begins|commences|starts) trading',
    'listing on',
    String.raw`delist\w*`,
    'share consolidation',
    'consolidation of its (?:common )?shares',
    'management changes?',
    'board of directors'
  ])
)

const ROLES = [
  'acquir[oe]rs?',
  'purchasers?',
  'investors?',
  'offerors?',
  '(?:selling )?shareholders?',
  '(?:security ?)?holders?',
  'reporting (?:insider|person|issuer)',
  'filers?',
  'joint actors?',
  'buyers?'
]
/**
 * Someone other than the issuer, defined by the role it plays in a holding or a purchase: the defined terms of
 * an early warning release ("the Acquiror", "the Purchaser", "the Investor").
 */
/** The same roles in French: (l'« Acquéreur »), « l'Investisseur », « le Porteur » (French quotes set off by spaces). */
const ROLES_FR = [
  'acqu[ée]reurs?',
  'investisseurs?',
  'porteurs?',
  'initi[ée]s?',
  'actionnaires? vendeurs?',
  'd[ée]clarants?'
]
export const ROLE = pattern(
  String.raw`\(\s?(?:the |each an? |collectively,? the |l'|le |la |les )?" ?${group([...ROLES, ...ROLES_FR])} ?"\s?\)?`
)

/** The listed company named as "the Issuer" (how a holder's release speaks of it; the issuer itself says "the Company"). */
export const ISSUER_TERM = /(?:\(|\bor |\bou )\s?(?:the |l')?" ?(?:issuer|[ée]metteur) ?"/

/** How the issuer speaks of itself in its own release. */
export const SELF = anyOf([
  String.raw`\(\s?(?:the |each an? )?"?(?:company|corporation)"?`,
  String.raw`\bor the "(?:company|corporation)"`,
  String.raw`\bthe (?:company|corporation)\b`,
  String.raw`\bwe\b`,
  String.raw`\bour\b`,
  // French: « la Société », (la « Société »), « nous ».
  String.raw`\(\s?(?:la |l')?(?:" ?)?(?:soci[ée]t[ée]|compagnie|corporation)`,
  String.raw`\bou la " ?(?:soci[ée]t[ée]|compagnie)`,
  frenchWords(['la soci[ée]t[ée]', 'la compagnie', 'nous', 'notre', 'nos'])
])

/** The verb that announces: what precedes it is who speaks. */
export const ANNOUNCES = anyOf([
  // Run together with the next word in some copy ("announcesit has").
  String.raw`\bannounc(?:es|ed|e)(?!ment)`,
  words([
    // With an adverb: "is extremely pleased to", "is very pleased to".
    'is (?:(?:very|so|[a-z]{2,12}ly) )?(?:pleased|happy|delighted|proud|excited|thrilled) to',
    'wishes to',
    'would like to',
    'reports',
    'reported',
    'provides',
    'confirms?',
    'advises?',
    'has (?:filed|completed|closed|acquired|entered|disposed)',
    '(?:is|was|has been) (?:being )?(?:issued|disseminated|made|filed)'
  ]),
  // French: « annonce », « a le plaisir de », « est heureuse de », « fait le point », « a déposé », « a acquis ».
  frenchWords([
    'annonce(?:nt)?',
    'a annonc[ée]',
    'ont annonc[ée]',
    'a (?:le|eu le) plaisir',
    'ont le plaisir',
    'est (?:heureuse?|fi[èe]re?|ravie?)',
    'pr[ée]sente',
    'fait le point',
    'confirme',
    'a (?:d[ée]pos[ée]|conclu|cl[ôo]tur[ée]|acquis|c[ée]d[ée])',
    '(?:est|a [ée]t[ée]) (?:publi[ée]|diffus[ée]|d[ée]pos[ée])'
  ])
])

/** What an officer does in an interview: "to discuss", "to unveil", "to reveal" the news. */
const INTERVIEW_VERBS = group([
  'announce',
  'discuss',
  'talk',
  'share',
  'reveal',
  'unveil',
  'present',
  'outline',
  'highlight',
  'review',
  'explain',
  'detail',
  String.raw`provide (?:an? )?updates?`
])

const DAYS = group(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend'])

/**
 * A report of another's announcement, anywhere in it: a news service's article about the issuer points to the
 * release it reports ("To view the full press release, visit …", "To view the press release, visit …", "Source: Press
 * release") or says on whose behalf it is disseminated. The issuer's own release is the full release.
 */
export const REPORT_SOURCE = anyOf([
  String.raw`\bto (?:view|read|see|access) the (?:full|complete|original) (?:press |news )?(?:release|article)\b`,
  // "To view the press release, visit …" where the link follows (not "to view the press release of May 1").
  String.raw`\bto (?:view|read|see|access) the (?:press|news) release,? (?:please )?(?:visit|click|go to)\b`,
  String.raw`\b(?:full|complete|original) (?:text of the )?(?:press|news) release (?:is available|can be (?:found|viewed|read))`,
  String.raw`\bsource: ?(?:the )?(?:company'?s? )?(?:press|news) release\b`,
  String.raw`\b(?:disseminated|distributed) on behalf of\b`,
  // A sponsored article: "The Article was issued on behalf of and sponsored by …".
  String.raw`\barticle\b[^.]{0,60}\bon behalf of\b`,
  // A paid article: "This content is a paid advertisement", "This article contains sponsored content".
  String.raw`\b(?:this|the) (?:content|article|post) (?:is|contains) (?:a )?(?:paid advertisement|sponsored content)\b`,
  // An excerpt that ends where the article goes on elsewhere: "Read More>>".
  String.raw`\bread (?:the )?(?:more|full (?:article|story))\s?>>`,
  // A publisher's disclaimer about the issuers it writes up: "the speculative nature of the companies profiled",
  // "one or more of the profiled companies".
  String.raw`\b(?:companies|company) profiled\b|\bprofiled compan(?:y|ies)\b`
])

/**
 * A weaker sign of a news report, anywhere in it: a market report on the issuer's shares ("shares were last seen up
 * $0.01", "were at last look up 1.6%", "share price rose nearly 1% on Friday", "market cap: C$46.65 million"), an
 * officer's words told in the narrator's ("Dana Roe, CFO for Acme, emphasized that …"), or a pointer to the interview
 * it sums up. An issuer's own release may speak of its share price (an officer's quote, a review of its year) or tell
 * its officer's view: it counts only in the narrator's words, outside a quotation, where the release carries no
 * exchange disclaimer and no forward-looking caution.
 */
export const REPORT_SIGN = anyOf([
  String.raw`\b(?:shares?|stock) (?:were|was) (?:last seen |at last look )?(?:up|down|higher|lower)\b`,
  String.raw`\b(?:were|was) at last look (?:up|down)\b|\bshare price (?:rose|fell|climbed|dropped|jumped|slipped)\b`,
  // A wire's brief tells the move in the present, with its size: "Shares of uranium producer Acme Energy rise 3.6% to
  // $2.60 premarket", "shares jump 12% in early trade"; and the issuer as "Co" ("Co says it will start …").
  String.raw`\bshares (?:of [^.]{1,60}? )?(?:rise|fall|jump|climb|gain|drop|slip|surge|tumble|sink|slump|soar)s? ` +
    String.raw`(?:as much as |about |nearly )?\d{1,3}(?:\.\d{1,2})? ?%|\bco says\b`,
  // An officer's words told in the narrator's, not quoted: "Dana Roe, CFO for Acme, emphasized that the settlement",
  // "Rob Hale, Chairman of Acme Inc., pointed to the mine's grade" (an officer who "commented: …" is quoted; one "of the
  // Company" is the issuer's own words).
  String.raw`\b(?:ceo|cfo|coo|president|chair(?:man|woman|person)?|founder|chief [a-z]{3,12} officer)\b[^,."]{0,40}` +
    String.raw` (?:of|for|at) (?!the (?:company|corporation|issuer)\b)[^,"]{1,50}, (?:stated|emphasi[sz]ed|noted|` +
    String.raw`highlighted|pointed (?:to|out)|explained|` +
    String.raw`stressed|underscored|indicated|remarked) (?:that|the|its|how)\b`,
  // A summary of an interview that points to it: "To view the full interview, visit …" (an issuer's release that
  // links its officer's interview carries its own caution or disclaimer).
  String.raw`\bto (?:view|watch|hear|listen to) the (?:full |complete )?interview\b`,
  // A market service's data line on the issuer's shares: "Weekly gain: 100 percent; market cap: C$46.65 million;
  // current share price: C$0.80" (an issuer's release gives its shares outstanding, not its market value so).
  String.raw`\bmarket cap(?:italization)?: (?:c|us|a)?\$ ?\d`,
  // A ticker quoted with its share price, as a publication writes it up: "(CA:RFR – $0.07 & US:RFHRF – $0.06 & GER:9RR –
  // €0.04)"; an issuer's release tags its listing, never the day's price.
  String.raw`\b(?:ca|us|ger|cse|tsxv?|tsx-v|otc[a-z]{0,2}|fse)\s?: ?[a-z0-9.]{1,8} ?[-–—] ?(?:c\$|us\$|\$|€|£)\d`
])

/**
 * A report made on the issuer's behalf: sponsored or paid for by it ("This article has been disseminated on behalf of
 * Corrie Gold and may include paid advertising", "The Article was issued on behalf of and sponsored by", "This post
 * contains sponsored content"). A report that says so is the issuer's disclosure, made on its behalf.
 */
export const ON_BEHALF = anyOf([
  // "disseminated", "distributed", and a copy's misspelling ("Disemminated").
  String.raw`\b(?:dis[a-z]{4,12}(?:ated|uted)|issued|published|prepared|produced|written) on behalf of\b`,
  String.raw`\bsponsored (?:by|content|article|post)\b`,
  String.raw`\bpaid (?:advertising|advertisement|promotion|promotional)\b`,
  // A publisher paid for it: "the Publisher has been compensated by Acme", "has been retained and compensated by"
  // (not "has not been compensated").
  String.raw`\b(?:has|have) been (?:retained and )?(?:compensated|paid) (?:by|to)\b`
])

/**
 * A report's lead: the issuer's words reported on a weekday ("Eminent Gold on Wednesday said it completed", "said on
 * Tuesday", "said overnight Monday"), "the company said", a market service's "has issued an announcement", "the latest
 * update is out from", a brief sourced to a filing ("according to a Friday filing"), or an interview ("joined Dana
 * Roe from Proactive to discuss", "spoke with Dana Roe from Proactive to discuss").
 */
export const REPORT_LEAD = anyOf([
  // "said", not "announced": an issuer's release names "the placement announced on Tuesday".
  String.raw`\b(?:on |over the |late |early )?${DAYS} said\b`,
  // "said overnight Monday", "said late on Tuesday", "said in a statement Monday", "said in a news release on Monday":
  // a few words before the weekday.
  String.raw`\bsaid (?:(?:on|late|early|overnight|over|the|this|last|in|a|its|statement|release|news|press) ){0,5}${DAYS}\b`,
  // The statement dated first, by its weekday: "In a statement on Wednesday, the mining company said …" (an issuer
  // announces "in a news release on Monday").
  String.raw`\bin a statement (?:(?:on|late|early|issued|last) ){0,2}${DAYS}\b`,
  // A brief's "Bravo Mining reported Monday assays", "Impact Silver on Tuesday released drill results".
  String.raw`\bon ${DAYS} (?:released|reported)\b|\b(?:released|reported) ${DAYS}\b`,
  // "the company said", "the Toronto-based company said", "the mining company said".
  String.raw`\bthe (?:[a-z-]{2,20} ){0,2}company said\b`,
  // A market service's words ("has issued an announcement", "just unveiled an announcement", "has shared an update"),
  // not the issuer's ("today provided an update", "provides an update").
  String.raw`\b(?:has|have|just) (?:issued|provided|shared|unveiled|released|published) an announcement\b|\bhas shared an update\b`,
  // "The latest update is out from …", "An announcement from Acme Gold (TSXV: ACM) is now available."
  String.raw`\b(?:latest )?update (?:is out|is now available)\b`,
  // The issuer named with its suffix's period: "An announcement from Laneway Resources Ltd. ((AU:SVG)) is now available."
  String.raw`\b(?:update|announcement) from\b(?:[^.]|\b(?:ltd|inc|corp|co|plc)\.){1,80}\bis (?:now )?(?:available|out)\b`,
  // A wire brief sourced to the issuer's filing: "…, according to a Friday filing with the Australian bourse".
  String.raw`\baccording to an? ${DAYS} (?:[a-z-]{1,20} ){0,3}?filing\b`,
  String.raw`\ba statement (?:noted|said)\b`,
  // An analyst's note: "Keel Research initiates their coverage on Acme Gold", "updates its research coverage of"
  // (present tense, the analyst speaking; an issuer's release says "has initiated coverage of the Company").
  String.raw`\b(?:initiates|updates|resumes|reiterates) (?:their |its )?(?:(?:equity )?research )?coverage (?:on|of)\b`,
  // An interview: an officer "joined Dana Roe from Proactive to discuss", "joined Proactive's Dana Roe with news
  // that", "sits down with Proactive's Dana Roe to discuss", "spoke to Proactive's Dana Roe about", "tells
  // Proactive's Dana Roe the company is on track": the interviewer is named with the outlet, by "from" or its
  // possessive (an officer who "joined the Company from Acme to lead" its work is no interview).
  String.raw`\bjoined (?:[^.]{1,60}\b(?:from|of) [^.]{1,40}|[a-z][\w&.-]{1,30}'s [^.]{1,40}?)\b` +
    String.raw`(?:to ${INTERVIEW_VERBS}|with (?:the )?news)\b`,
  // The outlet alone: "joined Newsline to share the news" (not "joined the board", "joined a webcast").
  String.raw`\bjoined (?!(?:the|a|an|our|its|his|her|their) )[a-z][\w&.-]{1,30} to ${INTERVIEW_VERBS}\b`,
  String.raw`\b(?:sits?|sat) down with [^.]{1,60}?\bto ${INTERVIEW_VERBS}\b`,
  // "discusses the company's listing in an interview with Proactive's Stephen Gunnion".
  String.raw`\bin an? (?:[a-z-]{1,20} )?interview with\b`,
  String.raw`\b(?:spoke|speaks|talks?|talked) (?:to|with) [a-z][\w&.-]{1,30}'s [^.]{1,40}?\babout\b`,
  String.raw`\b(?:tells?|told) [a-z][\w&.-]{1,30}'s [a-z.'-]{1,20} [a-z.'-]{1,20} (?:the company|that|how|its?)\b`,
  String.raw`\b(?:joined|spoke with|speaks with|sat down with|talked with|talks with) [^.]{1,60}\b(?:from|of) ` +
    String.raw`[^.]{1,40}\bto (?:announce|discuss|talk|share)\b`
])

/** A company's legal form after its name, as a summary writes the name in full ("Corp.", "Inc.", « inc. », "Ltd."). */
const LEGAL_FORM = String.raw`Corp\.|Corporation|Inc\.|inc\.|Ltd\.|Limited|Ltée|ltée|Limitée|limitée|plc|PLC|LLC|S\.A\.`

/**
 * A market service's summary of the issuer's release (MarketScreener, Zonebourse): it opens with the issuer's name,
 * as written, and a verb that reports what the issuer did ("Kestrel Minerals Corp. announced that it has completed",
 * "Kestrel Minerals Ltd. reported assay results", « Minéraux Kestrel inc. a annoncé qu'elle avait terminé », « a fait
 * le point sur »), with no ticker or defined term after the name and not "today" (an issuer's own "announced today").
 * Read on the sentence as written (the name's first capital; its other words as the name writes them, « Société
 * d'exploration minière Kestrel inc. »; any white space between words, a copy's no-break space too), at the start of its
 * paragraph.
 */
export const SUMMARY_LEAD = pattern(
  String.raw`^[A-ZÀ-Ý0-9][\w&'’À-ÿ-]{0,30}\s{1,4}(?:[\w&'’À-ÿ-]{1,30}\s{1,4}){0,6}(?:${LEGAL_FORM}),?\s{1,4}` +
    String.raw`(?:(?:(?:has|have)\s{1,4})?(?:announced|reported|provided|disclosed|said)\b(?!\s{1,4}(?:today|this morning)\b)|` +
    String.raw`a\s{1,4}(?:annoncé|fait\s{1,4}(?:le point|état|savoir)|fourni|déclaré|indiqué|rapporté|signalé|publié|` +
    String.raw`communiqué|dévoilé|présenté)(?![\wÀ-ÿ])(?!\s{1,4}aujourd'hui\b))`
)

/** A news article's byline under its headline: "By Chris Wack", "By Dana Roe, Daily Metals". */
export const BYLINE = /^by [a-z][a-z.'-]{0,20}(?: [a-z][a-z.'-]{0,20}){1,3}(?:, [a-z][a-z .&'-]{0,40})?$/

/** A release that says what it is: "this news release is made by", "this press release is issued under". */
export const THIS_RELEASE =
  /\bthis (?:news |press )?release\b|\bthis (?:report|announcement)\b|\ble pr[ée]sent communiqu[ée]|\bce communiqu[ée]/

/** The issuer's own shares sold from treasury (through the exchange under an at-the-market program): no holder's trade. */
export const FROM_TREASURY = /\bfrom treasury\b|\bat[- ]?the[- ]?market\b|\batm (?:equity )?(?:program|offering)\b/

/**
 * An offering registered in the United States (a registration statement filed with the SEC, under the
 * multijurisdictional disclosure system): the securities are offered there, so no U.S. legend or "not registered"
 * paragraph is owed. Only the positive forms: "absent an effective registration statement" is no registration, and a
 * registration of the buyers' resale (`RESALE`) is not the offering's.
 */
export const US_REGISTERED = anyOf([
  String.raw`\bregistration statement on form [a-z]-?\d{1,2}\b`,
  String.raw`\bform [fs]-(?:1|3|10)\b`,
  String.raw`\bmultijurisdictional disclosure system\b`,
  String.raw`\bmjds\b`
])
/** A registration of the buyers' later resale (a U.S. private placement's), not of the offering itself. */
export const RESALE = /\bresales?\b/

/** A holder's trade in the market or by private agreement, or its holdings: a secondary trade, not an issuance. */
export const SECONDARY = anyOf([
  String.raw`\bthrough the facilities of\b`,
  String.raw`\b(?:open|secondary) market\b`,
  String.raw`\bprivate(?:ly negotiated)? (?:agreements?|transactions?|sales?)\b`,
  String.raw`\bbeneficial(?:ly)? own`,
  String.raw`\bcontrol or direction\b`,
  String.raw`\bsecurityholding`,
  String.raw`\bon an (?:un)?diluted basis\b`
])

const TRADES = [
  'acquir(?:ed|es|e|ing)',
  'acquisition of',
  'purchas(?:ed|es|e|ing)',
  'dispos(?:ed|ition) of',
  'sold',
  'sale of',
  'holds?',
  'owns?',
  'exercis(?:ed|e)'
]
/**
 * A subscription for new securities: a trade in them where they are another company's (the issuer taking up shares
 * in that company's placement), though not a holder's trade that makes a release its own (an investor that "will
 * subscribe for" the issuer's units in a release announced with the issuer is the issuer's placement).
 */
const SUBSCRIBES = ['subscri(?:bed|bes?|bing) for', 'subscription for']
/** Securities of a named company bought, sold, held or exercised (the object of the holder's release). */
/** The same in French: « a acquis … actions ordinaires de », « détient … titres de ». */
const TRADES_FR = [
  'a acquis',
  'acquis',
  'acquiert',
  "l'acquisition de",
  'a achet[ée]',
  'ach[èe]te',
  'a vendu',
  'vend',
  'a dispos[ée]',
  'd[ée]tient',
  'poss[èe]de',
  'a exerc[ée]'
]
const SUBSCRIBES_FR = ['a souscrit', 'souscrit']
/** A term the release defines for the securities between them and their company: `shares (the "Shares") of`. */
const DEFINED_TERM = String.raw`(?:\([^()]{1,40}\) )?`
/**
 * Securities bought, sold, held or exercised (`trades`), then the words before their company: "… shares of", "… units
 * issued by" (a holder's release names the company that issued what it bought: "acquired 250 debenture units issued
 * by Galway Gold Corp.", « des unités émises par »).
 */
const holding = (trades: string[], tradesFr: string[]) =>
  pattern(
    // A point inside a figure ("14.2% of the shares") does not end the clause.
    String.raw`(?:${words(trades)}(?:[^.]|\.(?=\d)){0,80}\b(?:(?:common |voting |ordinary )?shares|securities|units|` +
      String.raw`warrants|subscription receipts) ${DEFINED_TERM}(?:(?:of|in) (?:the capital of )?|issued by )` +
      String.raw`|${frenchWords(tradesFr)}(?:[^.]|\.(?=\d)){0,80}(?<![a-z\u00e0-\u00ff])` +
      String.raw`(?:actions(?: ordinaires| avec droit de vote)?|titres|unit[ée]s|bons de souscription) ` +
      String.raw`${DEFINED_TERM}(?:de |d'|du |[ée]mis(?:es)? par )(?:(?:la |l')?capital (?:de |d'|du ))?)`
  )
export const HOLDING = holding(TRADES, TRADES_FR)
/**
 * A company taking part in an offering, then the words before the company that makes it: "participated in the
 * non-brokered private placement of ", "took part in the financing completed by ", "invested in the offering
 * announced by " (group 1), or before a company named as the offering's own: "participated in " (group 2, then
 * "Hawthorn Lake's private placement").
 */
export const JOINS_OFFERING = pattern(
  String.raw`\b(?:participat(?:ed|es|ing|ion) in|t(?:ook|aken|akes|aking) part in|invest(?:ed|s|ing|ment) in|` +
    String.raw`subscri(?:bed|bes|bing|ption) (?:in|to))(?: (?:the|a|an))?(?:((?: [a-z0-9$.,%-]{1,20}){0,6}? ` +
    String.raw`(?:placement|financing|offering)s? (?:(?:completed|announced|undertaken|conducted|made|led) )?(?:of|by) )| )`
)
/** The same, or a subscription: how a company takes up another company's securities (see SUBSCRIBES). */
export const TAKES_UP = holding([...TRADES, ...SUBSCRIBES], [...TRADES_FR, ...SUBSCRIBES_FR])

/** Future words that keep "closing" an announcement ("closing is expected on or about May 30"). */
export const EXPECTED = pattern(
  String.raw`\b(?:expected|anticipated|scheduled|will|intends?|proposed|on or about)\b` +
    String.raw`|\b(?:devrait|devraient|pr[ée]vue?s?|pr[ée]voit|sera|seront|entend|propos[ée]e?s?|vers le|aux alentours du)(?![a-zà-ÿ])`
)

/** A month and year without a day in a sentence's normalized text ("in December 2025"). */
const WRITTEN_MONTH = pattern(MONTH_OF_YEAR)
/** A closing dated in the words that name it ("following the closing on January 14, 2026 of its placement"). */
const CLOSING_ON = /\bclosing (?:on|dated)\b/
/**
 * A period before the release's own, named without a date: an earlier year or quarter ("earlier this year", "last
 * year", "in the prior quarter", "earlier in 2026", « plus tôt cette année », « l'an dernier »). Not "earlier today"
 * or "this week": what closed then may be the news.
 */
const EARLIER_PERIOD = pattern(
  String.raw`\b(?:earlier (?:this|in the) (?:year|fiscal year)|earlier in (?:19|20)\d\d|last (?:fiscal )?(?:year|quarter)` +
    String.raw`|(?:the )?(?:previous|prior|preceding) (?:fiscal )?(?:year|quarter))\b` +
    String.raw`|(?<![a-zà-ÿ])(?:plus t[ôo]t (?:cette ann[ée]e|dans l'ann[ée]e|en (?:19|20)\d\d)|l'an dernier|l'ann[ée]e derni[èe]re` +
    String.raw`|l'exercice (?:pr[ée]c[ée]dent|dernier))(?![a-zà-ÿ])`
)
/** How long before the release a closing the body dates is history, not news. */
const HISTORY_DAYS = 30
const DAY_MS = 86_400_000

/**
 * A closing the sentence dates weeks before the release: history an annual or quarterly report recalls ("On
 * August 22, 2025, the Company closed its private placement …" in results dated October 29, "In December 2025 the
 * Company closed …", "following the closing on January 14, 2026 of its placement"), not an offering it announces.
 * A month without its day counts from its last day. So does a closing the sentence places in an earlier year or
 * quarter without a date ("Earlier this year, the Company completed a LIFE offering", « l'an dernier »).
 */
export function closedLongBefore(text: string, released: Date | undefined): boolean {
  if (!(text.includes('clos') || text.includes('complet') || text.includes('réalis') || text.includes('realis'))) {
    return false
  }
  const closing = STAGE.closed.exec(text) ?? CLOSING_ON.exec(text)
  if (!closing) return false
  // An earlier tranche of the offering the release closes is not a recall of another ("Earlier this year, the Company
  // closed the first tranche").
  const earlier = text.includes('tranche') ? null : EARLIER_PERIOD.exec(text)
  if (earlier) return !EXPECTED.test(clauseOf(text, closing, earlier))
  if (!released) return false
  const found = WRITTEN_DATE.exec(text)
  const month = found ? null : WRITTEN_MONTH.exec(text)
  const date = found ? parseDate(found[0]) : month ? monthEnd(month[0]) : undefined
  const at = found ?? month
  if (!at || date === undefined || released.getTime() - date.getTime() <= HISTORY_DAYS * DAY_MS) return false
  return !EXPECTED.test(clauseOf(text, closing, at))
}

/**
 * A report of a period's results, in the release's opening: "Second Quarter 2026 Results", "Q3 2026 results",
 * "reports its financial results for the three and six months ended June 30, 2026", "Quarterly Activities Report".
 */
export const PERIOD_REPORT = pattern(
  String.raw`\b(?:(?:first|second|third|fourth|q[1-4]|quarterly|annual|year[- ]end|full[- ]year|half[- ]year|interim)` +
    String.raw`(?: (?:19|20)\d\d)?(?: financial| operating| production)? (?:results|activities report)` +
    String.raw`|results for the (?:(?:three|six|nine|twelve)(?: and (?:three|six|nine|twelve))? months|quarter|year|period)` +
    String.raw` ended)\b`
)
/**
 * A closing the sentence places in a period, in the past: "a quarter in which it closed a $10 million placement",
 * "During the quarter, the Company completed …", "closed … in the six months ended June 30" (not "closed today").
 */
const CLOSED_IN_PERIOD = pattern(
  String.raw`\b(?:(?:during|in|over|throughout) the (?:(?:first|second|third|fourth) )?` +
    String.raw`(?:quarter|period|half|year|fiscal year|(?:three|six|nine|twelve) months)` +
    String.raw`|a (?:quarter|period|year|half) (?:in which|when|that saw)|(?:quarter|period|year|months) ended)\b` +
    String.raw`[^.;]{0,160}?\b(?:closed|completed)\b` +
    String.raw`|\b(?:closed|completed)\b[^.;]{0,160}?\b(?:during|in|over) the ` +
    String.raw`(?:quarter|period|half|year|(?:three|six|nine|twelve) months)\b`
)
const TODAY_WORDS = /\btoday\b|\bthis (?:morning|afternoon)\b/

/**
 * A closing a report of a period's results states as the period's: history the report recalls, not an offering it
 * announces (the caller knows the release reports a period: `PERIOD_REPORT` in its opening).
 */
export function closedInPeriod(text: string): boolean {
  return (
    (text.includes('closed') || text.includes('completed')) && CLOSED_IN_PERIOD.test(text) && !TODAY_WORDS.test(text)
  )
}

/**
 * The clauses that state the closing and when it was: future words there keep the closing an announcement ("closing
 * of the offering announced on January 9 is expected …"), not in a clause of another matter after them ("… that the
 * Company closed on November 20, 2026, and will be completed by April": the program's future).
 */
function clauseOf(text: string, closing: RegExpExecArray, at: RegExpExecArray): string {
  const from = clauseStart(text, Math.min(closing.index, at.index))
  const to = clauseEnd(text, Math.max(closing.index + closing[0].length, at.index + at[0].length))
  return text.slice(from, to)
}

/** Where a sentence's clause breaks: a semicolon, or a comma before a conjunction or a relative pronoun. */
const CLAUSE_BREAK = pattern(String.raw`;|,\s(?:and|but|which|while|whereas|et|mais|qui)\b`, 'g')
const clauseStart = (text: string, at: number): number =>
  Math.max(0, ...[...text.slice(0, at).matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length))
const clauseEnd = (text: string, at: number): number => {
  CLAUSE_BREAK.lastIndex = at
  const next = CLAUSE_BREAK.exec(text)
  CLAUSE_BREAK.lastIndex = 0
  return next ? next.index : text.length
}
