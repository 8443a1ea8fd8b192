/**
 * The words and thresholds the model matches with, each named once. Patterns
 * are source strings for `new RegExp` (lower case: they run on normalized
 * text) so facts compose them; thresholds say what they measure.
 */
import {LETTER} from './french.js'

/** Alternation of `words` as a non-capturing group. */
export function anyWord(words: readonly string[]): string {
  return `(?:${words.join('|')})`
}

/** A name as a pattern that matches it literally ("Lac Gold Inc." → "Lac Gold Inc\\."). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * Names (an issuer's defined names, in lower case) as a pattern's alternatives, each bounded as a word: by `\b` where
 * it starts or ends with an ASCII letter or digit, by the letters' own bounds where it starts or ends with another
 * ("éclair", "minière"): `\b` is never found beside an accented letter, so "\béclair" matches nothing.
 */
export function boundedNames(names: readonly string[]): string {
  return names
    .map((name) => {
      const before = /^\w/.test(name) ? String.raw`\b` : String.raw`(?<![${LETTER}0-9_])`
      const after = /\w$/.test(name) ? String.raw`\b` : String.raw`(?![${LETTER}0-9_])`
      return before + escapeRegExp(name) + after
    })
    .join('|')
}

/**
 * Up to `most` characters within one sentence (a pattern's gap between two words it ties): no character of `stops`
 * (a sentence's end, by default "." or ";"), but a period that ends no sentence is passed over, after an honorific,
 * an initial or a designation's part ("verified by Ms. Varga, P.Geo., against the certificates", "Dr. J. Roe") or
 * inside a number ("4.6 g/t"). Linear: each step reads one character, in one way only.
 */
export function withinSentence(most: number, stops = '.;', lazy = false): string {
  // One way to take a period (a lookahead is atomic): two ways would make a failing match try both at each one.
  const quiet = String.raw`\.(?=\d|(?<=\b(?:mr|ms|mrs|dr|prof|messrs|mme|mmes|geo|geol|eng|ing|ph|[a-z])\.)(?! ?$))`
  return `(?:[^${stops}]|${quiet}){0,${most}}${lazy ? '?' : ''}`
}

/**
 * A term's letters with a stray space allowed between any two and between its words, as copy from a PDF leaves
 * them ("Qualified Per son", "qualifiedperson"): `q ?u ?a …`. Letters only (no pattern syntax).
 */
export function spaced(term: string): string {
  return term
    .split(' ')
    .map((word) => [...word].join(' ?'))
    .join(' ?')
}

// Exchanges, as releases write them (normalized).
export const TSXV_NAMES = [
  // Run together in some copy: "TSX VentureExchange", "TSXVenture Exchange".
  'tsx ?venture ?exchange',
  'tsx ?venture',
  'tsx-venture',
  'tsx-v',
  // The dash spaced, as some issuers tag themselves ("(TSX – V: ABC)", "TSX - V").
  'tsx - v',
  'tsxv',
  String.raw`tsx\.v`,
  'tsx v',
  // French: "Bourse de croissance TSX", "TSX de croissance", "(TSX croissance : ABC)".
  'bourse de croissance tsx',
  'tsx de croissance',
  'tsx croissance'
]
export const CSE_NAMES = [
  'canadian securities exchange',
  'canadian stock exchange',
  // The CSE's name until 2014, in older releases and issuers' templates ("(CNSX: ABC)").
  'canadian national stock exchange',
  'bourse des valeurs canadiennes',
  'cnsx',
  'cse'
]
/** "TSX" is never the first letters of the TSX Venture Exchange's names ("TSX-Vunder" in copy run together). */
export const TSX_NAMES = ['toronto stock exchange', 'bourse de toronto', String.raw`tsx(?![ .-]?v| - v)`]
/** Cboe Canada, formerly the NEO Exchange (Aequitas NEO Exchange): "(Cboe CA: ACM)", "(NEO: ACM)". */
export const CBOE_NAMES = [
  // "(Cboe Canada Exchange: ACM)": the name as some issuers write it, "Exchange" added as to the other exchanges'.
  String.raw`cboe canada exchange(?: inc\.?)?`,
  String.raw`cboe canada inc\.?`,
  'cboe canada',
  'cboe ca',
  // "(CBOE: ACM)": a Canadian issuer's tag for Cboe Canada.
  'cboe',
  'aequitas neo exchange',
  String.raw`neo exchange inc\.?`,
  'neo exchange',
  'neo'
]
export const OTHER_EXCHANGE_NAMES = [
  // Written out, as an issuer listed abroad states its listing ("listed on the Australian Securities Exchange").
  'australian securities exchange',
  'london stock exchange',
  'new york stock exchange',
  'nasdaq stock market',
  // Nasdaq's Nordic markets, where Canadian issuers also list ("(AIM, TSXV, NASDAQ Iceland: ABC)", "Nasdaq
  // Stockholm: ABC", "NASDAQ First North: ABC").
  'nasdaq (?:iceland|stockholm|copenhagen|helsinki|first north(?: growth market)?)',
  'johannesburg stock exchange',
  'lima stock exchange',
  'bolsa de valores de lima',
  'hong kong stock exchange',
  'stock exchange of hong kong',
  'oslo b[øo]rs',
  'euronext(?: [a-z]+)?',
  'borsa italiana',
  'santiago stock exchange',
  'bolsa mexicana de valores',
  'mexican stock exchange',
  'otcqb',
  'otcqx',
  'otc pink',
  'otc bulletin board',
  'otc markets',
  'otc',
  'nyse american',
  'nyse mkt',
  'nyse',
  'nasdaq',
  'frankfurt stock exchange',
  'frankfurt',
  'fse',
  'fra',
  'xetra',
  'asx',
  'aim',
  'vfex',
  'lse',
  'jse',
  'bvl',
  'b[oö]rse [a-z]+'
]
/** Every exchange's names as a release writes them: the Canadian exchanges' (TSX-V first, before TSX), then others. */
export const EXCHANGE_NAMES = [...TSXV_NAMES, ...CSE_NAMES, ...CBOE_NAMES, ...TSX_NAMES, ...OTHER_EXCHANGE_NAMES]
/** The TSX Venture Exchange named in running text (words may run together in copy). */
export const NAMES_TSXV = String.raw`tsx ?venture ?exchange|\btsx-?v\b|\btsx\.v\b`
/** The Canadian Securities Exchange named in running text. */
export const NAMES_CSE = String.raw`canadian ?securities ?exchange|\bcse\b`

/**
 * The Canadian exchanges by the words that name them, for the wording matcher
 * (letters only count there: "TSX-V", "TSX.V" and "TSXV" are one name).
 * `names` are the exchange's names; `abbreviations` stand for the first name,
 * and need a definition in the release (a ticker tag is one) to pass unremarked.
 * `french` are its French names, the first one the term a French abbreviation
 * stands for ("la Bourse de croissance TSX (la « Bourse »)").
 */
export const EXCHANGE_WORDS = {
  TSXV: {
    names: ['tsx venture exchange', 'tsx venture'],
    abbreviations: ['tsxv'],
    french: ['bourse de croissance tsx', 'tsx de croissance']
  },
  CSE: {
    names: ['canadian securities exchange', 'canadian stock exchange', 'canadian national stock exchange'],
    abbreviations: ['cse'],
    french: ['bourse des valeurs canadiennes']
  },
  TSX: {names: ['toronto stock exchange', 'tsx'], abbreviations: [], french: ['bourse de toronto']},
  CBOE: {
    names: [
      'cboe canada inc',
      'cboe canada exchange',
      'cboe canada',
      'neo exchange inc',
      'neo exchange',
      'aequitas neo exchange'
    ],
    abbreviations: ['cboe', 'neo'],
    french: ['cboe canada inc', 'cboe canada', 'bourse neo', 'neo bourse aequitas']
  }
} as const

/** Month names as releases write them; the model derives patterns and indexes from this list. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

/** Words that scale a figure, with the scale ("$1.2 million", "$4M", "C$900K"). */
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  billion: 1e9,
  b: 1e9,
  bn: 1e9
}
/** The multiplier words, longest first (so "mm" is tried before "m"). */
export const MULTIPLIER = anyWord(Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length || a.localeCompare(b)))

/** Words that say an amount is approximate, right before it ("approximately $1.2 million", "up to $5,000,000"). */
export const AMOUNT_HEDGE_WORDS = ['approximately', String.raw`approx\.?`, 'about', 'up to']
/** Words that make a figure one bound of a range ("a minimum of 2,000,000 units"). */
export const BOUND_WORDS = ['minimum', 'maximum']
/** Options on top of the deal: their figures are not the deal's ("the over-allotment option"). */
export const OPTION_WORDS = ['over-?allotment', 'over-?subscription']
/** Buyers whose lot is a part of the deal, not all of it ("insiders subscribed for 600,000 units"). */
export const INSIDER_WORDS = ['insiders?', 'directors?', 'officers?']
/** Words that make a figure approximate ("approximately $1.2 million", "up to 5,000,000 units"). */
export const HEDGE_WORDS = [
  ...AMOUNT_HEDGE_WORDS,
  ...BOUND_WORDS,
  'roughly',
  'at least',
  'in excess of',
  'more than',
  // "over $1 million", not "over-allotment" nor "over-subscribed".
  'over(?!-)',
  'not less than',
  // "nearly 5 million units", "almost $2 million", "just over 4,000,000 shares".
  'nearly',
  'almost',
  'just (?:under|over)',
  '~'
]
/** A hedge word right before an amount ("proceeds of approximately $…"), optional. */
export const HEDGE_BEFORE_AMOUNT = String.raw`(?:${anyWord(AMOUNT_HEDGE_WORDS)} )?`
/** Multiplier words a count of securities is written with ("two million units"). */
export const COUNT_MULTIPLIER = anyWord(['million', 'thousand'])

/** Honorifics before a name ("Mr. Pease"). */
export const HONORIFICS = ['mr', 'ms', 'mrs', 'dr', 'prof', 'mme', 'messrs']

/** Particles inside a name ("van der Berg", "de la Cruz", "dos Santos"). */
export const NAME_PARTICLES = [
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'des',
  'du',
  'la',
  'le',
  'von',
  'da',
  'dos',
  'di',
  'st\\.'
]

/** Suffixes after a name, as written (capitals matter: names are read in the text as written): "Jr.", "III". */
export const NAME_SUFFIXES = [String.raw`Jr\.?`, String.raw`Sr\.?`, 'II', 'III', 'IV']

/** Professional designations written with periods ("P.Geo.", "Pr.Sci.Nat."), as sentence-safe abbreviations. */
export const DOTTED_DESIGNATIONS = [
  String.raw`p\.geo`,
  String.raw`p\.eng`,
  String.raw`p\.geol`,
  String.raw`p\.geoph`,
  String.raw`p\.g`,
  'geo',
  'eng',
  String.raw`pr\.sci\.nat`,
  String.raw`pr\.eng`,
  String.raw`q\.p`
]

/** Academic degrees written with periods. */
export const DEGREES = [String.raw`ph\.d`, String.raw`m\.sc`, String.raw`b\.sc`]

/** Company-name suffixes written with a period ("Corp.", "Ltée."). */
export const COMPANY_SUFFIXES = ['inc', 'corp', 'ltd', 'co', 'ltée', 'ltee']

/** Other abbreviations that end in a period mid-sentence. */
export const ABBREVIATIONS = [
  'sr',
  'jr',
  'st',
  'no',
  'nos',
  'approx',
  // "Mineral Resources (incl. Mineral Reserves)", "(excl. reserves)": an abbreviation, no sentence's end.
  'incl',
  'excl',
  'ca',
  'vs',
  'etc',
  String.raw`e\.g`,
  String.raw`i\.e`,
  String.raw`u\.s`,
  // Titles with periods ("the Company's V.P. Exploration").
  String.raw`v\.p`,
  String.raw`s\.v\.p`,
  String.raw`e\.v\.p`,
  'ave',
  'blvd',
  'rd',
  'cdn',
  'figs?',
  'vol',
  'est',
  'op',
  'cit'
]

/**
 * The professional designation of a Qualified Person, as written (normalized):
 * "P.Geo.", "P. Eng.", "géo.", "FAusIMM", "CPG", "Pr.Sci.Nat.", "Professional
 * Geologist", a licensing body ("APEGBC", "OGQ").
 */
export const DESIGNATION = [
  // Spaces optional where copy drops them ("P. Geo.", "P.Geo.,Vice"); a province or body after it is part of it.
  // What must come before a designation is checked after its first letter ("p(?<=,\s?p)g", not "(?<=,\s?)pg"): an
  // alternative that starts with a lookbehind keeps V8 from skipping ahead to the letters any match starts with, and
  // every sentence was tried at every position (this pattern was the costliest the model ran; now 3-4x faster).
  String.raw`\bp\. ?geo(?:l|ph)?\b\.?(?: ?\((?:[a-z]{2,20}|[a-z. ]{2,12})\))?`,
  String.raw`\bpgeo\b`,
  String.raw`\bp\. ?eng\b\.?`,
  String.raw`\bpeng\b`,
  String.raw`\bp\.? ?g\.(?=[ ,;)])`,
  // After the name's comma, or in parentheses after it as P.Geo. is ("M. Jérôme Lavoie (géo.)").
  String.raw`p(?<=[,(]\s?p)g\b`,
  String.raw`g(?<=[,(]\s?g)[eé]o\.?(?=[ ,;)]|$)`,
  String.raw`i(?<=[,(]\s?i)ng\.?(?=[ ,;)]|$)`,
  // "ing." in English, as Québec engineers (OIQ) write it: "Lena Koss, Eng., Vice President".
  String.raw`e(?<=[,(]\s?e)ng\.(?=[ ,;)]|$)`,
  String.raw`\bgeo\. ?l\b`,
  String.raw`\b[fm]ausimm\b(?: ?\(cp(?:\s?\w{0,6})?\))?`,
  String.raw`\b[fm]aig\b`,
  String.raw`\brpgeo\b`,
  String.raw`\bcpeng\b`,
  String.raw`\bc\. ?eng\b`,
  String.raw`\bceng\b`,
  String.raw`\bsme[- ]?rm\b`,
  String.raw`\brm[- ]?sme\b`,
  String.raw`\bregistered member\b`,
  String.raw`\bc\.? ?p\.? ?g\b`,
  String.raw`\bpr\.? ?geo\b`,
  String.raw`\beur ?geol\b`,
  String.raw`\bc\. ?geol\b`,
  String.raw`\bfimmm\b`,
  String.raw`\bmimmm\b`,
  String.raw`\bfgs\b`,
  String.raw`\bpr\. ?sci\. ?nat\b`,
  String.raw`\bpr\. ?eng\b`,
  String.raw`\bfsaimm\b`,
  String.raw`p(?<=,\s?p)\.? ?e\b`,
  // Run together in copy: "a CertifiedProfessional Geologist".
  String.raw`p(?:(?<=\bp)|(?<=certifiedp))rofessional (?:geologist|geoscientist|engineer)\b`,
  // Spelled out in French: "géologue professionnel (Québec)", "ingénieure professionnelle".
  String.raw`\b(?:g[eé]ologue|g[eé]oscientifique|ing[eé]nieure?)s? professionnel(?:le)?s?\b`,
  // Membership of a recognised body, spelled out: "a member of the Australian Institute of Geoscientists".
  String.raw`\b(?:australian institute of geoscientists|australasian institute of mining and metallurgy)\b`,
  String.raw`\bamerican institute of professional geologists\b`,
  String.raw`\bmember in good standing\b`,
  String.raw`\bordre des (?:g[eé]ologues|ing[eé]nieurs)\b`,
  String.raw`\b(?:ogq|oiq|apega|egbc|apegbc|apgo|pgo|apegs|apegnb|pegnl|napeg|apegm|aipg|aig|ausimm)\b`
].join('|')

/** Thresholds, each named for what it measures. */
export const LIMITS = {
  /** A block shorter than this is a heading-like line (a date alone, "Forward-Looking Statements"). */
  shortLine: 40,
  /** Title lines an announcement may set between a dateline of the date alone and its lead (name, defined term, headline). */
  titlesAfterDate: 4,
  /** A page's header or footer ("Acme Gold Corp. | News Release | Page 2 of 3") is no longer than this. */
  pageFurniture: 120,
  /** A line of a paragraph's text, not a title or a table's cell, is at least this long (a page cut it: furniture.ts). */
  proseLine: 40,
  /** A paragraph of one line is text, not a title, from this length (furniture.ts). */
  proseParagraph: 70,
  /** A dateline paragraph is longer than this (the date, the wire and the lead's first words). */
  datelineMinLength: 60,
  /** How far into a paragraph the dateline's date or wire may start. */
  datelinePrefix: 120,
  /** The dateline is within the first this many blocks. */
  datelineBlocks: 15,
  /** With no dateline, the header is this many blocks. */
  headerBlocksWithoutDateline: 3,
  /** Listings are read from the first this many blocks at least (issuer tags come first). */
  openingBlocks: 5,
  /** ICU slows down on long strings: paragraphs are segmented in pieces of about this many characters. */
  segmentPiece: 2000,
  /** How far back from a candidate sentence end to look for an abbreviation ("P.Eng."). */
  abbreviationLookback: 24,
  /** A QP sentence is at least this long (shorter is a heading). */
  qpSentenceMinLength: 25,
  /** A paragraph longer than this is no title ("Competent Person and Qualified Person Statement"). */
  qpTitleMaxLength: 90,
  /** The ending of a word matched by its stem ("expir" + "ation"), at most. */
  wordEnding: 20,
  /** A figure has at most this many thousands groups ("1,000,000,000,000,000,000"): more is no figure. */
  thousandsGroups: 6,
  /** Counts below this are parts of a unit ("one common share"), not lots. */
  lotMinCount: 100,
  /** Warrant counts below this are a unit's composition, not a total issued. */
  warrantTotalMinCount: 1000,
  /** Share of a hedged figure it may be off by ("approximately", "up to"): 0.5 %. */
  hedgedShare: 0.005,
  /** A warrant term above this many months is flagged. */
  warrantMaxMonths: 60,

  // How far the financing terms read around a figure, in characters (words for `wordsBeforeClass`).
  /** Words between a count and its class ("2,000,000 common shares", "1,500,000 'hard dollar' units"). */
  wordsBeforeClass: 2,
  /** Either side of an amount, the words that make it a price ("at a price of $0.10", "$0.10 per unit"). */
  priceContext: 40,
  /** Before an amount, the words that make it proceeds ("for gross proceeds of $1,162,000"). */
  proceedsLookback: 60,
  /** Before an amount, where "aggregate", "total", "combined" make it the proceeds of several lots … */
  togetherLookback: 40,
  /** … when at most this far before it ("for combined gross proceeds of $…"). */
  togetherGap: 30,
  /** A sentence states an aggregate when "aggregate", "total" … is at most this far before "proceeds" … */
  aggregateBeforeProceeds: 40,
  /** … or at most this far after it ("proceeds of both tranches total $…"). */
  aggregateAfterProceeds: 20,
  /** After a fee's percentage, what it is a percentage of ("7% of the gross proceeds of the offering"). */
  feeBaseWindow: 120,
  /** Before a warrant's exercise price, where a finder's, broker's or agent's warrants would be named. */
  warrantPriceLookback: 120,
  /** After "warrant", the words of its terms ("exercisable", "entitles the holder"). */
  warrantTermsWindow: 200,
  /** How far after the words that lead to it a conversion price may be ("convertible into common shares at"). */
  conversionWindow: 120,
  /** Before a class's price, "each Unit" and the words up to it ("Each Unit will be sold at a price of $0.20"). */
  classPriceEachReach: 90,
  /** Beside a closing's date, another date listed with it (", November 20 and December 4, 2026"). */
  listedDateWindow: 40,
  /** After "each unit", its composition ("and one-half of one warrant"); 145 at most in the corpus. */
  compositionWindow: 300,
  /** Between "closed" and "on <date>". */
  closedDateWindow: 80,
  /**
   * Between a closing (or issuing) verb and "on <date>" when the lot's terms come between ("closed its placement of
   * 2,500,000 flow-through shares at a price of $0.40 per share … for gross proceeds of $1,000,000, on …").
   */
  closingClauseWindow: 200,
  /**
   * Days after the distribution within which a date set beside a hold period ("…, being April 9, 2026") restates the
   * distribution date rather than the hold's expiry (four months later).
   */
  apposedDistributionDays: 31
} as const

/** French labels, by the English key the model gives a tranche ("première" → "first"). */
export const FRENCH_TRANCHE_LABELS: Readonly<Record<string, string>> = {
  première: 'first',
  premiere: 'first',
  initiale: 'initial',
  deuxième: 'second',
  deuxieme: 'second',
  seconde: 'second',
  troisième: 'third',
  troisieme: 'third',
  quatrième: 'fourth',
  quatrieme: 'fourth',
  dernière: 'final',
  derniere: 'final',
  finale: 'final'
}
