/**
 * The statements a release carries because a regulator or exchange asks for
 * them, found once: the exchange disclaimers ("Neither TSX Venture Exchange
 * nor its Regulation Services Provider …"), the U.S. distribution legends
 * ("Not for distribution to United States newswire services …") and the
 * not-an-offer paragraphs. They are not the release's own disclosure: a
 * disclaimer does not make a release speak of an offering. The disclaimer
 * and the legend are declared element by element and found with the
 * mandated-wording matcher (wording.ts), so copy artefacts do not hide them.
 */
import {has, runsOn, type Block, type Sentence} from './document.js'
import type {Language} from './language.js'
import type {CanadianExchange, Listing} from './listing.js'
import {offsetAt, type Span} from './text.js'
import {EXCHANGE_WORDS} from './vocabulary.js'
import {
  align,
  aliasKey,
  declare,
  findDefinitions,
  letters,
  lettersOf,
  lettersIn,
  type Alias,
  type Alignment,
  type Statement,
  type Wording
} from './wording.js'
import {pattern} from './pattern.js'

const EXCHANGES = Object.keys(EXCHANGE_WORDS) as CanadianExchange[]

/** The exchange's names in a language ("tsx venture exchange", "bourse de croissance tsx" for TSXV). */
const namesIn = (exchange: CanadianExchange, language: Language): readonly string[] =>
  language === 'fr' ? EXCHANGE_WORDS[exchange].french : EXCHANGE_WORDS[exchange].names
/** The exchange's names, each standing for the exchange ("tsx venture exchange" → TSXV). */
const exchangeWordings = (exchanges: readonly CanadianExchange[], language: Language = 'en'): Wording[] =>
  exchanges.flatMap((exchange) => namesIn(exchange, language).map((name) => ({text: name, value: exchange})))
/** The exchange's first name, in the parenthetical ("as that term is defined in the policies of the CSE"). */
const policyWordings = (exchanges: readonly CanadianExchange[], language: Language = 'en'): Wording[] =>
  exchanges.map((exchange) => ({text: namesIn(exchange, language)[0], value: exchange}))
/** "the" before an exchange's name. */
const article = (id: string) => ({id, label: 'the', wordings: ['the'], substantive: false, optional: true})

/**
 * The exchange disclaimer, as TSX Venture Exchange Policy 3.3 issuers print
 * it: "Neither TSX Venture Exchange nor its Regulation Services Provider (as
 * that term is defined in the policies of the TSX Venture Exchange) accepts
 * responsibility for the adequacy or accuracy of this release." The exchange
 * element takes a Canadian exchange's name: which one it names is the
 * disclaimer's `exchange`. Declared for the exchanges a sentence may name
 * (a smaller table to align with), all of them by default.
 */
export function exchangeDisclaimer(
  exchanges: readonly CanadianExchange[] = EXCHANGES,
  language: Language = 'en'
): Statement {
  const key = `${language} ${exchanges.join(' ')}`
  let statement = declared.get(key)
  if (statement) return statement
  if (language === 'fr') {
    statement = declareFrench(exchanges)
    declared.set(key, statement)
    return statement
  }
  statement = declare('exchange-disclaimer', [
    {id: 'neither', label: 'Neither', wordings: ['neither'], substantive: true},
    article('the'),
    {
      id: 'exchange',
      label: 'TSX Venture Exchange',
      wordings: exchangeWordings(exchanges),
      substantive: true,
      term: true
    },
    {id: 'nor', label: 'nor its', wordings: ['nor its', 'nor the', 'nor'], substantive: true},
    {
      id: 'provider',
      label: 'Regulation Services Provider',
      wordings: ['regulation services provider'],
      substantive: true,
      term: true
    },
    {
      id: 'defined',
      label: 'as that term is defined in',
      wordings: ['as that term is defined in', 'as such term is defined in'],
      substantive: false,
      optional: true
    },
    article('policies-the'),
    {id: 'policies', label: 'policies of', wordings: ['policies of'], substantive: false, optional: true},
    article('policies-of-the'),
    {
      id: 'policies-of',
      label: 'TSX Venture Exchange',
      wordings: policyWordings(exchanges),
      substantive: false,
      optional: true
    },
    {
      id: 'accepts',
      label: 'accepts responsibility for the',
      // "assumes responsibility" says the same (the French « n'assument … responsabilité » is accepted too).
      wordings: ['accepts responsibility for the', 'assumes responsibility for the'],
      substantive: true
    },
    {id: 'adequacy', label: 'adequacy', wordings: ['adequacy'], substantive: true},
    {id: 'accuracy', label: 'or accuracy', wordings: ['or accuracy'], substantive: true},
    {
      id: 'release',
      label: 'of this release',
      wordings: ['of this news? release', 'of this press release', 'of this news'],
      substantive: false
    }
  ])
  declared.set(key, statement)
  return statement
}
const declared = new Map<string, Statement>()
export const EXCHANGE_DISCLAIMER = exchangeDisclaimer()

/**
 * The disclaimer in French, as TSX-V issuers print it in their French releases: "Ni la Bourse de croissance TSX
 * ni son fournisseur de services de réglementation (au sens attribué à ce terme dans les politiques de la Bourse
 * de croissance TSX) n'acceptent de responsabilité quant à la pertinence ou à l'exactitude du présent
 * communiqué." The same elements, with the same ids, as the English one; the variants French releases print
 * ("La Bourse … et son fournisseur …", "n'acceptent aucune responsabilité", "n'assument aucune responsabilité",
 * "la véracité ou l'exactitude", "de ce communiqué de presse") are wordings of their elements. Accents count for
 * nothing (the matcher folds them), nor do elisions ("n'acceptent", "n' acceptent") or « » quotes.
 */
function declareFrench(exchanges: readonly CanadianExchange[]): Statement {
  const the = (id: string) => ({id, label: 'la', wordings: ['la', 'le', 'les'], substantive: false, optional: true})
  return declare('exchange-disclaimer-fr', [
    // "La Bourse … et son fournisseur …" says the same as "Ni la Bourse … ni son fournisseur …" (not substantive),
    // but "Ni" is the first word when there (not optional: a lone "ni" is not the one before the regulator).
    {id: 'neither', label: 'Ni', wordings: ['ni'], substantive: false},
    the('the'),
    {
      id: 'exchange',
      label: 'Bourse de croissance TSX',
      wordings: exchangeWordings(exchanges, 'fr'),
      substantive: true,
      term: true
    },
    {
      id: 'nor',
      label: 'ni son',
      wordings: ['ni son', 'ni le', 'ni ses', 'et son', 'et ses', 'et le', 'ni'],
      substantive: true
    },
    {
      id: 'provider',
      label: 'fournisseur de services de réglementation',
      // "prestataire de services" is French for "service provider" too (seen in a published TSX-V issuer's release).
      wordings: [
        'fournisseur de services de reglementation',
        'fournisseurs de services de reglementation',
        'prestataire de services de reglementation',
        'prestataires de services de reglementation'
      ],
      substantive: true,
      term: true
    },
    {
      id: 'defined',
      label: 'au sens attribué à ce terme dans',
      wordings: [
        'au sens attribue a ce terme dans',
        'au sens attribue a ce terme par',
        'au sens donne a ce terme dans',
        'tel que ce terme est defini dans',
        'selon la definition de ce terme dans',
        'au sens des'
      ],
      substantive: false,
      optional: true
    },
    the('policies-the'),
    {id: 'policies', label: 'politiques de', wordings: ['politiques de'], substantive: false, optional: true},
    the('policies-of-the'),
    {
      id: 'policies-of',
      label: 'Bourse de croissance TSX',
      wordings: policyWordings(exchanges, 'fr'),
      substantive: false,
      optional: true
    },
    {
      id: 'accepts',
      label: 'n’acceptent de responsabilité',
      wordings: [
        "n'acceptent aucune? de? responsabilite",
        "n'accepte aucune? de? responsabilite",
        "n'assument aucune? de? responsabilite",
        "n'assume aucune? de? responsabilite",
        "n'acceptent la responsabilite",
        "n'assument la responsabilite"
      ],
      substantive: true
    },
    {
      id: 'as-to',
      label: 'quant à la',
      // Not optional: "quant à l'exactitude" is "quant à" with "pertinence" dropped, not "pertinence" replaced.
      wordings: [
        'quant a la',
        'quant au',
        'quant a',
        'en ce qui concerne la',
        'en ce qui concerne',
        'pour la',
        'de la',
        'a la'
      ],
      substantive: false
    },
    // « caractère adéquat » translates "adequacy" word for word; « véracité » and « suffisance » are printed too.
    {
      id: 'adequacy',
      label: 'pertinence',
      wordings: ['pertinence', 'caractere adequat', 'veracite', 'suffisance'],
      substantive: true
    },
    {
      id: 'accuracy',
      label: 'ou à l’exactitude',
      wordings: ["ou a l'exactitude", "ou l'exactitude", "et a l'exactitude", "et l'exactitude", "ou de l'exactitude"],
      substantive: true
    },
    {
      id: 'release',
      label: 'du présent communiqué',
      wordings: [
        'du present communique de? presse?',
        'de ce communique de? presse?',
        'du communique de? presse?',
        'de la presente annonce'
      ],
      substantive: false
    }
  ])
}

/** The exchanges a sentence's letters may name, by a name, an abbreviation or a defined one (the TSX-V if none). */
function named(chars: string, aliases: Alias[], language: Language = 'en'): CanadianExchange[] {
  // A name inside another exchange's longer one is not named ("tsx" in "tsx venture exchange"): the longest first,
  // each taken out of the letters once found.
  const names = EXCHANGES.flatMap((exchange) =>
    namesIn(exchange, language).map((name) => ({exchange, name: letters(name)}))
  )
  const byName = new Set<CanadianExchange>()
  let rest = chars
  for (const {exchange, name} of names.sort((a, b) => b.name.length - a.name.length)) {
    if (!rest.includes(name)) continue
    byName.add(exchange)
    rest = rest.split(name).join(' ')
  }
  const found = EXCHANGES.filter((exchange) => {
    const term = letters(namesIn(exchange, language)[0])
    return byName.has(exchange) || aliases.some((alias) => alias.term === term && chars.includes(alias.abbreviation))
  })
  return found.length > 0 ? found : ['TSXV']
}

/**
 * The U.S. distribution legend: "not" · "for" (or "intended for", "authorized
 * for", "to be") · "distribution" (or dissemination, release, publication) ·
 * any words, a few · "the United States" (or "U.S.", "USA").
 */
export const US_LEGEND = declare('us-legend', [
  {id: 'not', label: 'Not', wordings: ['not'], substantive: true},
  {
    id: 'for',
    label: 'for',
    wordings: ['for', 'be for', 'intended for', 'authorized for', 'authorised for', 'to be', 'be'],
    substantive: true
  },
  {
    id: 'distribution',
    label: 'distribution',
    wordings: ['distribution', 'dissemination', 'release', 'publication', 'distributed', 'disseminated', 'released'],
    substantive: true
  },
  {id: 'gap', label: 'to … newswire services or for dissemination in', wordings: [], substantive: false, gap: 30},
  {id: 'us', label: 'the United States', wordings: ['the? united states', 'us', 'usa'], substantive: true}
])

/**
 * The legend in French: "Ne pas distribuer aux agences de transmission américaines ni diffuser aux États-Unis",
 * "Non destiné à la distribution aux fils de presse des États-Unis ou à la diffusion aux États-Unis": "ne pas" (or
 * "non") · a word of distribution ("distribuer", "destiné à la distribution", "diffusion", "publication") · any
 * words, a few · the United States ("aux États-Unis", "américaines", "des États-Unis").
 */
export const US_LEGEND_FR = declare('us-legend-fr', [
  {
    id: 'not',
    label: 'Ne pas',
    wordings: ['ne pas', 'non', "n'est pas", 'ne doit pas etre', 'ne peut etre'],
    substantive: true
  },
  {
    id: 'distribution',
    label: 'distribuer',
    wordings: [
      'distribuer',
      'diffuser',
      'publier',
      'destine a la distribution',
      'destinee a la distribution',
      'destine a la diffusion',
      'destinee a la diffusion',
      'destine a etre distribue',
      'destinee a etre distribuee',
      'pour distribution',
      'pour diffusion',
      'distribue',
      'distribuee',
      'diffuse',
      'diffusee',
      'distribution',
      'diffusion',
      'publication'
    ],
    substantive: true
  },
  {id: 'gap', label: 'aux agences de transmission … ni diffuser', wordings: [], substantive: false, gap: 30},
  {
    id: 'us',
    label: 'aux États-Unis',
    wordings: ['aux? etats unis', 'des etats unis', 'americaines?', 'americains?', 'etats unis d amerique'],
    substantive: true
  }
])

/**
 * "Not for distribution to U.S. newswire services or for dissemination in the
 * United States"; "intended for distribution in Canada only and is not
 * authorized for distribution to the United States newswire services …".
 * (A quick filter in normalized text; `findLegends` reads legends with the matcher.)
 */
export const US_LEGEND_PATTERN = pattern(
  String.raw`\bnot ?(?:be )?(?:for|intended for|authori[sz]ed for|to be) ?` +
    String.raw`(?:distribution|dissemination|release|publication)\b[^.]{0,120}?\b(?:united states|u\.s\.?|usa)(?![a-z])`
)

/** Offering boilerplate: distribution restrictions, the U.S. Securities Act paragraph, "does not constitute an offer". */
const OFFER_BOILERPLATE = pattern(
  [
    'not for (?:distribution|dissemination)',
    'securities act of 1933',
    '(?:does|shall) not constitute an offer',
    'ne pas (?:distribuer|diffuser)',
    'ne constitue pas une offre'
  ].join('|')
)

/** An exchange disclaimer: the sentence, its alignment with the declared wording, and the exchange it names. */
export interface Disclaimer {
  sentence: Sentence
  wording: Alignment
  /** The exchange the disclaimer names (undefined when it names none the matcher recognises). */
  exchange: CanadianExchange | undefined
  /** The language of its words: a French disclaimer is read with the French wording. */
  language: Language
  /**
   * Quoted from another release ("Pinefield's release stated: "Neither TSX Venture Exchange nor …""): that release's
   * disclaimer, not this one's, nor evidence of this one's exchange.
   */
  quoted: boolean
}

/** Letters that make a sentence worth aligning with the disclaimer. */
const DISCLAIMER_CUES = ['responsib', 'adequacy', 'accuracy', 'regulationservice', 'marketregulator']
/** Letters that say a sentence disclaims for the release. */
const DISCLAIMS = [
  'acceptresponsib',
  'acceptsresponsib',
  'acceptsnoresponsib',
  'acceptnoresponsib',
  'responsibilityfortheadequacy',
  'adequacyoraccuracy',
  'hasnotreviewed',
  'havenotreviewed',
  'hasnotapproved',
  'havenotapproved',
  'neitherapproved',
  'disapprove'
]
/** Letters that say a sentence disclaims for the release, in French ("n'acceptent aucune responsabilité"). */
const DISCLAIMS_FR = [
  'acceptentderesponsab',
  'acceptentaucuneresponsab',
  'acceptederesponsab',
  'accepteaucuneresponsab',
  'acceptentlaresponsab',
  'assumentaucuneresponsab',
  'assumeaucuneresponsab',
  'assumentderesponsab',
  'assumentlaresponsab',
  'pertinenceoualexactitude',
  'veraciteoualexactitude',
  'veraciteetalexactitude'
]
/** Letters that make a French sentence worth aligning with the disclaimer. */
const DISCLAIMER_CUES_FR = ['responsab', 'pertinence', 'exactitude', 'fournisseurdeservice', 'prestatairedeservice']
/** Letters of the French name of the regulation services provider ("fournisseur" or "prestataire de services"). */
const PROVIDER_FR = ['fournisseurdeservice', 'prestatairedeservice']
const namesProviderFr = (chars: string) => PROVIDER_FR.some((key) => chars.includes(key))
/** Letters that name an exchange or a regulator. */
const NAMES_EXCHANGE_OR_REGULATOR = ['exchange', 'regulat', 'bourse', 'reglementation']
/** A securities regulator, not an exchange: "no securities regulatory authority has approved …" is not its disclaimer. */
const REGULATORS = ['regulatoryauthorit', 'securitiesregulator']

/** The letters with every "(securities) regulatory authority" taken out: what is left names an exchange or not. */
function namesOtherThanRegulators(chars: string): string {
  return REGULATORS.reduce((rest, key) => (rest.includes(key) ? rest.replaceAll(key, ' ') : rest), chars)
}

const usable = (verdict: {status: string} | undefined) =>
  verdict !== undefined && (verdict.status === 'present' || verdict.status === 'cosmetic')

/**
 * The abbreviations the release defines for exchanges: quoted definitions
 * anywhere (`the TSX Venture Exchange (the "Exchange")`, `("TSX-V")`) and the
 * ticker tags (`(TSXV: ACM)` makes "TSXV" the TSX Venture Exchange); the
 * common abbreviations ("TSXV", "CSE", "NEO") stand for their exchange too,
 * as undefined ones.
 */
export function exchangeAliases(blocks: Block[], listings: Listing[]): Alias[] {
  const aliases = findDefinitions(blocks.map((block) => block.norm.text))
  for (const exchange of EXCHANGES) {
    const words = EXCHANGE_WORDS[exchange as keyof typeof EXCHANGE_WORDS]
    const term = letters(words.names[0])
    // French abbreviations stand for the French name ("TSXV" in "Ni la TSXV ni son fournisseur …").
    const french = letters(words.french[0])
    for (const abbreviation of words.abbreviations) {
      aliases.push({abbreviation, term, undefined: true}, {abbreviation, term: french, undefined: true})
    }
    for (const listing of listings) {
      if (listing.exchange === exchange && listing.kind === 'tag') {
        aliases.push({abbreviation: letters(listing.name), term}, {abbreviation: letters(listing.name), term: french})
      }
    }
  }
  // Each alias once: a long draft repeats its definitions and tags, and every aligned passage reads every alias.
  const seen = new Set<string>()
  return aliases.filter((alias) => {
    const key = aliasKey(alias)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The exchange disclaimer sentences, in order, each aligned with the declared wording. */
export function findDisclaimers(sentences: Sentence[], aliases: Alias[]): Disclaimer[] {
  const found: Disclaimer[] = []
  let block: Block | undefined
  let worth = false
  // The first sentence of a paragraph that continues a disclaimer cut in two by a blank line (read with it).
  let continuation: Sentence | undefined
  for (const read of sentences) {
    if (read.start === continuation?.start) continue
    // A sentence's letters are a piece of its block's: a block with no cue has no sentence to read.
    if (read.block !== block) {
      block = read.block
      const letters = blockLetters(block)
      worth =
        letters.includes('neither') ||
        firstOf(letters, DISCLAIMS) >= 0 ||
        (namesProviderFr(letters) && firstOf(letters, DISCLAIMER_CUES_FR) >= 0) ||
        firstOf(letters, DISCLAIMS_FR) >= 0
    }
    if (!worth) continue
    // A sentence a blank line cut in two (copy from a PDF) is read whole.
    const joined = runsOn(read)
    const sentence = joined ?? read
    const chars = lettersIn(sentence.norm)
    // Worth aligning: it disclaims ("accepts responsibility", "has not reviewed"), or "neither" … "accuracy".
    let disclaims = firstOf(chars, DISCLAIMS)
    let cue = disclaims >= 0 ? disclaims : chars.includes('neither') ? firstOf(chars, DISCLAIMER_CUES) : -1
    // In French: it disclaims ("n'acceptent aucune responsabilité"), or names the regulator and responsibility.
    const disclaimsFr = cue < 0 ? firstOf(chars, DISCLAIMS_FR) : -1
    const language: Language = cue < 0 && (disclaimsFr >= 0 || namesProviderFr(chars)) ? 'fr' : 'en'
    if (language === 'fr') {
      disclaims = disclaimsFr
      cue = disclaims >= 0 ? disclaims : firstOf(chars, DISCLAIMER_CUES_FR)
    }
    if (cue < 0) continue
    // Long sentences are read from a little before the cue (the matcher reads a window).
    const from = chars.length > 400 ? lettersOf(sentence.norm.text).at[Math.max(0, cue - 250)] : 0
    const statement = exchangeDisclaimer(named(chars, aliases, language), language)
    const wording = align(statement, sentence.norm, aliases, from)
    const exchange = wording.elements.find((e) => e.element.id === 'exchange')
    const provider = wording.elements.find((e) => e.element.id === 'provider')
    const names = usable(exchange) || usable(provider)
    const isDisclaimer =
      (names && (disclaims >= 0 || wording.share >= 0.5)) ||
      (disclaims >= 0 && firstOf(namesOtherThanRegulators(chars), NAMES_EXCHANGE_OR_REGULATOR) >= 0)
    if (!isDisclaimer) continue
    if (joined) continuation = block.draft.blocks[block.index + 1].sentences[0]
    found.push({
      sentence,
      wording,
      exchange: usable(exchange) ? (exchange!.value as CanadianExchange) : undefined,
      language,
      quoted: quotedFromAnother(sentence, wording.span.start)
    })
  }
  return found
}

/**
 * Whether a disclaimer is quoted from another release (`start`: its first word, a source offset): it opens inside a
 * quotation of its paragraph (an odd number of quotation marks before it) that a lead-in ending with a colon introduces,
 * in its paragraph ("Pinefield's release stated: "Neither TSX Venture Exchange …"") or in the paragraph above the run
 * of quoted paragraphs it closes ("… which stated, in part:" over "> "Pinefield … is pleased to announce …"" and
 * "> "Neither TSX Venture Exchange …""). A disclaimer set whole in quotation marks with no such lead-in is the
 * release's own, its quotation marks copy's (« Ni la Bourse de croissance TSX … »).
 */
function quotedFromAnother(sentence: Sentence, start: number): boolean {
  const {norm, block} = sentence
  const paragraph = block.norm.text
  if (!paragraph.includes('"')) return false
  let at = 0
  while (at < norm.text.length && offsetAt(norm, at) < start) at++
  const from = paragraph.indexOf(norm.text)
  const before = paragraph.slice(0, Math.max(0, from)) + norm.text.slice(0, at)
  let marks = 0
  for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) marks++
  if (marks % 2 === 0) return false
  const lead = before.slice(0, before.indexOf('"')).trimEnd()
  if (lead.endsWith(':')) return true
  if (lead !== '') return false
  // The paragraph opens the quotation: the lead-in is above the quoted paragraphs before it (a few at most).
  const {blocks} = block.draft
  for (let index = block.index - 1; index >= Math.max(0, block.index - QUOTED_RUN); index--) {
    const text = blocks[index].norm.text.trim()
    if (!text.startsWith('"')) return text.endsWith(':')
  }
  return false
}
/** How many quoted paragraphs above a quoted disclaimer its lead-in may stand. */
const QUOTED_RUN = 12

/** The letters of a block (see `lettersOnly`), read once for the disclaimers and the legends. */
function blockLetters(block: Block): string {
  return lettersIn(block.norm)
}

function firstOf(chars: string, keys: readonly string[]): number {
  let best = -1
  for (const key of keys) {
    const at = chars.indexOf(key)
    if (at >= 0 && (best < 0 || at < best)) best = at
  }
  return best
}

/** The exchanges the disclaimers name, with where: a release that states no listing still names its exchange there. */
export function disclaimedExchanges(disclaimers: Disclaimer[]): Array<Span & {exchange: CanadianExchange}> {
  return disclaimers.flatMap((d) =>
    d.exchange ? [{exchange: d.exchange, start: d.sentence.start, end: d.sentence.end}] : []
  )
}

/** The exchange the first disclaimer naming one names. */
export function disclaimedExchange(disclaimers: Disclaimer[]): CanadianExchange | undefined {
  return disclaimers.find((d) => d.exchange)?.exchange
}

export interface Legend {
  block: Block
  /** The legend's words. */
  found: Span
}

/** Where a legend may start, in letters: "not" and a word of distribution, "for", "to be" … between. */
const LEGEND_CUE =
  /not(?:be|tobe|intendedfor|authori[sz]edfor|befor|for){1,2}(?:distribut|disseminat|release|publication)/g
/** Where a French legend may start, in letters: "ne pas distribuer", "non destiné à la distribution". */
const LEGEND_CUE_FR =
  /(?:nepas|non|nestpas|nedoitpasetre|nepeutetre)(?:destinee?a(?:la|etre)|pour)?(?:distribu|diffus|publi)/g
/** Cues tried per block, at most. */
const LEGEND_TRIES = 3
/** A legend's words span at most this many characters of the draft. */
const LEGEND_MAX_LENGTH = 400

/** The U.S. distribution legends, in order: "NOT FORDISTRIBUTION", "NEWS WIRE", "U.S." or "United States" alike. */
export function findLegends(blocks: Block[]): Legend[] {
  const legends: Legend[] = []
  for (const block of blocks) {
    const chars = blockLetters(block)
    LEGEND_CUE.lastIndex = 0
    LEGEND_CUE_FR.lastIndex = 0
    // English, else French ("NE PAS DISTRIBUER AUX AGENCES DE TRANSMISSION AMÉRICAINES …").
    const [cue, statement] = LEGEND_CUE.test(chars)
      ? [LEGEND_CUE, US_LEGEND]
      : LEGEND_CUE_FR.test(chars)
        ? [LEGEND_CUE_FR, US_LEGEND_FR]
        : [undefined, undefined]
    if (!cue) continue
    const {at} = lettersOf(block.norm.text)
    cue.lastIndex = 0
    let match: RegExpExecArray | null
    for (let tries = 0; tries < LEGEND_TRIES && (match = cue.exec(chars)); tries++) {
      const wording = align(statement, block.norm, [], at[match.index], LEGEND_MAX_LENGTH)
      const whole = wording.elements.every((e) => !e.element.substantive || usable(e))
      if (whole && wording.span.end - wording.span.start <= LEGEND_MAX_LENGTH) {
        legends.push({block, found: wording.span})
        break
      }
    }
  }
  return legends
}

/** Whether a sentence is offering boilerplate (legends, the U.S. paragraph, not-an-offer). */
export function isOfferBoilerplate(sentence: Sentence): boolean {
  return has(sentence, OFFER_BOILERPLATE)
}
