/**
 * Which exchange the issuer is listed on, decided by weighing what the release
 * says: ticker tags as newswires print them ("(TSXV: ADY)", "(TSX-V: LME)",
 * "(CSE: GDN)", "(TSXV-SXL)", "(Cboe CA: ACM)", "(NEO: ACM)", "TSX Venture Exchange: EMR", a news site's
 * "[GDN-CSE]", a forum's "(GDN-CSE)"; in
 * French "(TSXV : ABC)", "(Bourse de croissance TSX : ABC)"), statements ("listed on
 * the …", "trades on the … under the symbol …", "inscrites à la cote de la Bourse
 * de croissance TSX sous le symbole « ABC »") and the
 * exchange its disclaimer names. The opening's first tag is strong evidence; a
 * statement or a disclaimer is evidence too; two listing claims that disagree
 * are a conflict, reported with both, not a decision.
 */
import type {Block, Sentence} from './document.js'
import {spanOf, type Span} from './text.js'
import {CBOE_NAMES, CSE_NAMES, EXCHANGE_NAMES, TSX_NAMES, TSXV_NAMES} from './vocabulary.js'
import {pattern} from './pattern.js'

/** TSX Venture Exchange, Canadian Securities Exchange, Toronto Stock Exchange, Cboe Canada (formerly NEO), other. */
export type Exchange = 'TSXV' | 'CSE' | 'TSX' | 'CBOE' | 'OTHER'
export type CanadianExchange = Exclude<Exchange, 'OTHER'>

export interface Listing extends Span {
  exchange: Exchange
  /** The exchange as written (normalized). */
  name: string
  ticker: string
  /** Index of the block it is in. */
  block: number
  /** A ticker tag, or a statement in the text ("listed on the …"). */
  kind: 'tag' | 'statement'
  /** A tag in the subject of the release's announcing sentence: the announcer's own (set by the model). */
  announces?: boolean
}

/**
 * The announcer tagged only abroad: the tags in the subject of the announcing sentence, when there are some and none
 * is a Canadian exchange's ("Coorong Resources Limited (ASX: CRR) advises …"); else undefined.
 */
function announcedAbroad(listings: Listing[]): Listing[] | undefined {
  const announcing = listings.filter((listing) => listing.announces)
  return announcing.length > 0 && announcing.every((listing) => listing.exchange === 'OTHER') ? announcing : undefined
}

/**
 * The issuer's tickers: the first Canadian tag's, as a rule (a partner's tag comes after it); an announcer tagged only
 * abroad, its own ("(ASX: CRR)"), so that a Canadian tag after it ("Gannet Lake Metals Inc. (TSXV: GLM)", whose
 * placement it joins) is another company's.
 */
export function issuerTickers(listings: Listing[]): Set<string> {
  const abroad = announcedAbroad(listings)
  if (abroad) return new Set(abroad.map((listing) => listing.ticker))
  const first = firstIssuerTag(listings)
  return new Set(first ? [first.ticker] : [])
}

/**
 * The issuer's first Canadian tag: the one in the subject of the announcing sentence when it has one ("Victoria
 * Metals (CSE: VM) is pleased to …" after highlights that compare its hole with "Bigger Lithium's (TSXV: BL)"
 * deposit: the highlights' tag is the other company's), else the first one in the release.
 */
function firstIssuerTag(listings: Listing[]): Listing | undefined {
  const canadian = (listing: Listing) => listing.kind === 'tag' && listing.exchange !== 'OTHER'
  return listings.find((listing) => listing.announces && canadian(listing)) ?? listings.find(canadian)
}

const TSXV = TSXV_NAMES.join('|')
const CSE = CSE_NAMES.join('|')
const TSX = TSX_NAMES.join('|')
const CBOE = CBOE_NAMES.join('|')
const NAME = `(${EXCHANGE_NAMES.join('|')})`
/** A symbol, or a draft's blank for one ("(CSE: [●])", "(TSXV: [ticker])", "(CSE: ●)"): the exchange is stated all the same. */
const TICKER = String.raw`([a-z0-9][a-z0-9.]{0,7}|\[[^\]\n]{1,12}\]|[●•]{1,4}|_{2,8})`

// "(TSXV: ADY)", "TSX Venture Exchange: EMR", "(TSX-V: LME, OTC: X)", "CSE:GDN"; the symbol's word may precede the
// colon, as a London announcement writes it ("(LSE and TSX code: SOLG)", "TSX symbol: ABC").
const CODE = String.raw`(?: (?:code|symbol|ticker))?`
const tagRe = pattern(String.raw`(?<![a-z0-9-])${NAME}${CODE}\s?[:;]\s?"?${TICKER}(?![a-z0-9])`, 'g')
// "(TSX, NYSE American: VGZ)", "(TSX/NYSE: ABC)", "(NYSE American, AIM and VFEX: HRG)": one ticker for a list of
// exchanges; each name but the last is read here (the last one, with its colon, is a tag of its own above).
const listRe = pattern(
  String.raw`(?<![a-z0-9-])((?:${NAME}\s?(?:,|/|&|and)\s?){1,4})(?=${NAME}${CODE}\s?[:;]\s?"?${TICKER}(?![a-z0-9]))`,
  'g'
)
const LIST_NAME = pattern(NAME, 'g')
// "(TSXV-SXL)", "(CSE - GDN)": a dash for the colon, inside the tag's parentheses ("TSX" is never read from "TSX-V").
const dashedRe = pattern(String.raw`\(\s?${NAME} ?- ?(?!listed|traded|quoted)${TICKER}\s?\)`, 'g')
/** Words a dash joins to an exchange's name that are no symbol ("TSX-listed", "non-CSE", "dual-listed"). */
const NOT_SYMBOL = String.raw`(?!(?:listed|traded|quoted|based|only|non|pre|post|dual|cross|inter)(?![a-z0-9]))`
// "(WSR: CSE)", "(OR: TSX & NYSE)", "(ABC: TSX, NYSE American)": ticker first, then the exchange or a list of them;
// with a dash, and first of a list ("(ECR-TSXV)", « (GMX – Bourse de Toronto, G1MN – Bourses de Francfort) »; a dash
// copy lost reads "GMX ? Bourse de Toronto"). Group 3 is the tag's closing parenthesis, if it ends there.
const ANY_NAME = `(?:${EXCHANGE_NAMES.join('|')})`
const reversedRe = pattern(
  String.raw`\(${NOT_SYMBOL}${TICKER}(?:\s?[:\u2013\u2014-]\s?| \? )(${ANY_NAME}(?:\s?(?:,|/|&|and)\s?${ANY_NAME}){0,3})` +
    String.raw`(?![a-z0-9])(\s?\)|(?=\s?[,;]))`,
  'g'
)
// "[CSE-NF; OTCQX-NFUNF]", "[TRAC-CSE, TRCTF-OTC, Z1K-FRA]", "[MOLY-NEO Exchange]": a news site's tags, in square
// brackets, each an exchange and a symbol joined by a dash (either first), separated by commas or semicolons; the
// same in parentheses with the symbol first, as forums and bulletins print them ("(PHOS-CSE)", "(ABC-CSE, ABCF-OTC)").
const groupRe = pattern(String.raw`\[([a-z0-9][^\[\]\n]{2,80})\]|\(([a-z0-9][^()\n]{2,80})\)`, 'g')
const GROUP_NAME_FIRST = pattern(String.raw`^ ?${NAME}(?: exchange)? ?- ?${NOT_SYMBOL}${TICKER} ?$`)
const GROUP_SYMBOL_FIRST = pattern(String.raw`^ ?${NOT_SYMBOL}${TICKER} ?- ?${NAME}(?: exchange)? ?$`)
/** A security's identifier beside the tags ("WKN-A402CQ", "ISIN: CA1234567890"): neither a tag nor a reason to doubt them. */
const GROUP_IDENTIFIER = pattern(String.raw`^ ?(?:wkn|isin|cusip)\s?[:-]?\s?[a-z0-9]{5,12} ?$`)

/** A symbol with its exchange as a suffix, alone in parentheses: "(MRN.TO)", "(ABC.V)", "(MMC.AX)". */
const SUFFIXED = pattern(String.raw`\(([a-z0-9]{1,6})\.(to|v|cn|ax)\)`, 'g')
const SUFFIX_NAMES: Record<string, string> = {to: 'tsx', v: 'tsx venture', cn: 'cse', ax: 'asx'}
/**
 * Stockwatch's symbol at the end of its headline's company line, the exchange one letter before a colon and no space:
 * "Kelso Creek Metals Corp (V:KCM)", "(C:TLI)", "(T:AGM)" (the TSX-V, the CSE, the TSX). The line may end its block,
 * or the quote's lines follow it in the same block, as a copy of the page keeps them ("Shares Issued 212,441,870",
 * "Last Close …", "… - News Release"): each line of the block as written is read.
 */
const STOCKWATCH = pattern(String.raw`(?<![a-z0-9])\(([cvt]):([a-z][a-z0-9.]{0,7})\)\s*$`)
const STOCKWATCH_NAMES: Record<string, string> = {c: 'cse', v: 'tsx venture', t: 'tsx'}

/** The Stockwatch tag ending a line of the block as written (its normalized text joins the lines). */
function stockwatchLine(block: Block): RegExpExecArray | null {
  for (const line of block.raw.text.split('\n')) {
    const match = line.includes(':') ? STOCKWATCH.exec(line.toLowerCase()) : null
    if (match && block.norm.text.includes(match[0].trim())) return match
  }
  return null
}

interface GroupTag {
  name: string
  ticker: string
  /** Where the tag is in the group's content, and its length. */
  at: number
  length: number
  /** The symbol before the exchange ("PHOS-CSE"). */
  symbolFirst: boolean
}

/**
 * The tags of a bracket or parenthesis that holds nothing else ("[CSE-NF; OTCQX-NFUNF]"): each item's exchange,
 * symbol and offset in `content`; undefined when an item is neither a tag nor a security's identifier (a drafter's
 * "[Company-specific risks]").
 */
export function groupTags(content: string): GroupTag[] | undefined {
  const tags: GroupTag[] = []
  let at = 0
  for (const item of content.split(/[,;]/)) {
    const first = GROUP_NAME_FIRST.exec(item)
    const symbol = first ? undefined : GROUP_SYMBOL_FIRST.exec(item)
    if (!first && !symbol && !GROUP_IDENTIFIER.test(item)) return undefined
    const [name, ticker] = first ? [first[1], first[2]] : symbol ? [symbol[2], symbol[1]] : ['', '']
    if (/^\d+$/.test(ticker)) return undefined
    const start = at + item.length - item.trimStart().length
    if (name) tags.push({name, ticker, at: start, length: item.trim().length, symbolFirst: !first})
    at += item.length + 1
  }
  return tags.length > 0 ? tags : undefined
}

// "listed on the TSX Venture Exchange under the symbol "ADY"", "trades on the CSE".
const phraseRe = pattern(
  String.raw`(?:listed|trade[sd]?|trading|quoted) on (?:the )?${NAME}(?: exchange)?(?![a-z])` +
    String.raw`(?:(?: \([^)]{1,20}\))? under the (?:trading |stock |ticker )?symbols? "?${TICKER})?`,
  'g'
)

// A price of the shares on an exchange, as a warrant's acceleration clause states it ("if the closing trading price of
// the Common Shares on the Canadian Securities Exchange … equals or exceeds", "the volume-weighted average trading
// price of the Shares on the CSE"): where the shares trade.
const priceRe = pattern(
  String.raw`\bprice (?:per share )?of (?:the |its )?(?:company's |issuer's )?(?:common |listed )?shares\b` +
    String.raw`[^.;]{0,30}? on (?:the )?${NAME}(?![a-z])`,
  'g'
)

// French: "inscrites à la cote de la Bourse de croissance TSX sous le symbole « ABC »", "négociées à la CSE".
const phraseFrRe = pattern(
  String.raw`(?:inscrite?s?|cot[ée]e?s?|n[ée]goci[ée]e?s?|transig[ée]e?s?)(?: [àa] la cote)? (?:[àa]|sur|de) (?:la )?` +
    String.raw`${NAME}(?![a-z])(?:(?: \([^)]{1,20}\))? sous le (?:symbole|sigle|code)(?: boursier)? "? ?${TICKER})?`,
  'g'
)

// "traded on AIM and on the TSX Venture Exchange under the symbol "FBG"", "listed on the ASX, the TSX and the OTCQX":
// the exchanges after the first of a statement's list, each read after the one before it.
const PHRASE_NEXT = pattern(
  String.raw`^(?: exchange)?(?:,|,? and|,? as well as|,? &) (?:on )?(?:the )?${NAME}(?![a-z])`
)
const PHRASE_SYMBOL = pattern(
  String.raw`^(?: exchange)?(?: \([^)]{1,20}\))?,? under the (?:trading |stock |ticker )?symbols? "?${TICKER}(?![a-z0-9])`
)

/**
 * A listing the release says is the issuer's no longer, or not yet: a tag that "formerly" opens, "(formerly TSXV:
 * HPK)", "(formerly Bramble Creek Resources Inc. (TSXV: BCR))", a name change's or a move's old symbol; a statement
 * in the past, "formerly listed on the TSX Venture Exchange", "no longer trades on", or to come, "expected to begin
 * trading on the TSX", "will be listed on the CSE" (a graduation effective later; a listing applied for). Read in the
 * words just before the tag's exchange or the statement's verb; "will continue to trade on" is now.
 */
const NOT_NOW_REACH = 60
const FORMER = String.raw`(?:formerly|previously|anciennement|auparavant)`
const FORMER_TAG = pattern(String.raw`(?:\(\s?${FORMER}(?: known as)?\b[^(),;]{0,60}\(?|\b${FORMER}:?)\s?$`)
const NOT_NOW_STATED = pattern(
  String.raw`(?:\b(?:${FORMER}|no longer|until recently|had been)|\b(?:will|shall|would|(?:expected|anticipated|scheduled|` +
    String.raw`set|intends?|plans?|proposes?) to)(?: be)?(?: (?:begin|commence|start))?|\bto (?:begin|commence|start))` +
    String.raw`(?: [a-z]+ly)? $`
)
/** Whether the tag or statement at `at` in `text` is a listing past or to come, not the issuer's now. */
function notNow(re: RegExp, text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - NOT_NOW_REACH), at)
  if (re === tagRe) return FORMER_TAG.test(before)
  return (re === phraseRe || re === phraseFrRe) && NOT_NOW_STATED.test(before)
}

const STATED = /listed|trad|quoted/
const STATED_FR = /inscrit|cot[ée]|n[ée]goci|transig/
/**
 * Each kind of listing, with what a block needs for it, checked before the pattern runs over the block: a tag its
 * colon, a dashed or reversed tag its parenthesis, a statement its verb.
 */
// "Trading Symbol: ELR (TSX); EPS (JSE)", "Stock Symbol: AEM (NYSE and TSX)": a wire's header line, each symbol before
// its exchange (or exchanges) in parentheses, after the label; items separated by semicolons or commas.
const SYMBOL_LABEL = pattern(String.raw`\b(?:trading |stock |ticker )?symbols? ?: ?`, 'g')
const LABELLED = pattern(
  String.raw`${NOT_SYMBOL}${TICKER} ?\((${ANY_NAME}(?: ?(?:,|/|&|and) ?${ANY_NAME}){0,3})\)(?:[;,] ?)?`,
  'y'
)

/** The tags of a labelled symbol line ("trading symbol: elr (tsx); eps (jse)") in `block`. */
function labelledTags(block: Block): Listing[] {
  const text = block.norm.text
  const found: Listing[] = []
  for (const label of text.matchAll(SYMBOL_LABEL)) {
    LABELLED.lastIndex = label.index + label[0].length
    let item: RegExpExecArray | null
    while ((item = LABELLED.exec(text))) {
      const ticker = item[1].replace(/\.$/, '')
      if (/^\d+$/.test(ticker)) break
      const namesAt = item.index + item[0].indexOf('(') + 1
      for (const name of item[2].matchAll(LIST_NAME)) {
        const at = namesAt + (name.index ?? 0)
        found.push({
          exchange: classify(name[0]),
          name: name[0],
          ticker,
          block: block.index,
          kind: 'tag',
          ...spanOf(block.norm, item.index, at + name[0].length)
        })
      }
    }
  }
  LABELLED.lastIndex = 0
  return found
}

const KINDS: Array<[RegExp, (text: string) => boolean]> = [
  [tagRe, (text) => text.includes(':') || text.includes(';')],
  [dashedRe, (text) => text.includes('(') && text.includes('-')],
  [reversedRe, (text) => text.includes('(') && /[:?\u2013\u2014-]/.test(text)],
  [phraseRe, (text) => STATED.test(text)],
  [phraseFrRe, (text) => STATED_FR.test(text)],
  [priceRe, (text) => text.includes('price of')]
]

const IS_TSXV = pattern(`^(?:${TSXV})$`)
const IS_CSE = pattern(`^(?:${CSE})$`)
const IS_TSX = pattern(`^(?:${TSX})$`)
const IS_CBOE = pattern(`^(?:${CBOE})$`)

/** Classify an exchange name as written. */
export function classify(name: string): Exchange {
  const n = name.toLowerCase()
  if (IS_TSXV.test(n)) return 'TSXV'
  if (IS_CSE.test(n)) return 'CSE'
  if (IS_CBOE.test(n)) return 'CBOE'
  if (IS_TSX.test(n)) return 'TSX'
  return 'OTHER'
}

/**
 * The exchanges a statement names after its first ("traded on AIM and on the TSX Venture Exchange under the symbol
 * "FBG""), from `at` in the block's normalized text; the symbol after the last is each one's, the first's too.
 */
function statedAfter(block: Block, at: number, first: Listing): Listing[] {
  const text = block.norm.text
  const found: Listing[] = []
  let end = at
  for (
    let next = PHRASE_NEXT.exec(text.slice(end));
    next && found.length < 4;
    next = PHRASE_NEXT.exec(text.slice(end))
  ) {
    const start = end + next[0].length - next[1].length
    end += next[0].length
    found.push({
      exchange: classify(next[1]),
      name: next[1],
      ticker: '',
      block: block.index,
      kind: 'statement',
      ...spanOf(block.norm, start, end)
    })
  }
  const symbol = found.length > 0 ? PHRASE_SYMBOL.exec(text.slice(end)) : null
  const ticker = symbol?.[1].replace(/\.$/, '') ?? ''
  if (ticker && !/^\d+$/.test(ticker)) for (const listing of [first, ...found]) listing.ticker = ticker
  return found
}

/**
 * A tag written ticker first, "(WSR: CSE)", "(OR: TSX & NYSE)": a listing for each exchange it names, when one of them
 * is Canadian (else it is no listing of ours to weigh: "(ABC: NYSE)" is read, if at all, by its other tags).
 */
function reversedTag(block: Block, match: RegExpExecArray): Listing[] {
  const ticker = match[1].replace(/\.$/, '')
  // A year is not a ticker.
  if (/^\d+$/.test(ticker)) return []
  const listAt = match.index + match[0].length - match[3].length - match[2].length
  const names = [...match[2].matchAll(LIST_NAME)]
  const found = names.map((name): Listing => {
    const at = listAt + (name.index ?? 0)
    // One exchange: the tag as a whole is the evidence quoted; a list: each exchange's name.
    const [start, end] = names.length === 1 ? [match.index, match.index + match[0].length] : [at, at + name[0].length]
    return {
      exchange: classify(name[0]),
      name: name[0],
      ticker,
      block: block.index,
      kind: 'tag',
      ...spanOf(block.norm, start, end)
    }
  })
  return found.some((listing) => listing.exchange !== 'OTHER') ? found : []
}

/**
 * Listings stated in the release. Tags in the opening (up to the lead
 * paragraph) describe the issuer; tags further down may name a partner, so
 * they count only when the opening states none. Statements count anywhere
 * (the "About" paragraph says where the issuer trades).
 */
export function findListings(blocks: Block[], openingEnd: number): Listing[] {
  const all: Listing[] = []
  /** Blocks with a tag: a list of exchanges sharing a ticker ends on one. */
  const tagged = new Set<Block>()
  for (const block of blocks) {
    const text = block.norm.text
    for (const [re, needs] of KINDS) {
      if (!needs(text)) continue
      re.lastIndex = 0
      let match: RegExpExecArray | null
      while ((match = re.exec(block.norm.text))) {
        if (re === reversedRe) {
          all.push(...reversedTag(block, match))
          continue
        }
        const [name, symbol] = [match[1], match[2] ?? '']
        const exchange = classify(name)
        const ticker = symbol.replace(/\.$/, '')
        // A year is not a ticker.
        if (/^\d+$/.test(ticker) || notNow(re, text, match.index)) continue
        if (re === tagRe) tagged.add(block)
        all.push({
          exchange,
          name: match[1],
          ticker,
          block: block.index,
          kind: re === phraseRe || re === phraseFrRe || re === priceRe ? 'statement' : 'tag',
          ...spanOf(block.norm, match.index, match.index + match[0].length - (symbol.endsWith('.') ? 1 : 0))
        })
        if (re === phraseRe && !symbol) all.push(...statedAfter(block, match.index + match[0].length, all.at(-1)!))
      }
    }
    if (text.includes('symbol') && text.includes('(')) {
      // A tag read already at the same place (a lead's "(TSX: AEM)") is not read twice.
      for (const tag of labelledTags(block)) {
        if (!all.some((l) => l.block === block.index && l.start < tag.end && tag.start < l.end)) all.push(tag)
      }
    }
    if (text.includes('-') && (text.includes('[') || text.includes('('))) {
      for (const match of text.matchAll(groupRe)) {
        const content = match[1] ?? match[2]
        const tags = groupTags(content)
        // In parentheses, a tag with its exchange first is read above ("(TSXV-SXL)"); the symbol first is read here.
        if (!tags || (match[2] !== undefined && !tags.some((tag) => tag.symbolFirst))) continue
        // A tag the ticker-first reading took already ("(ECR-TSXV)") is one tag, not two.
        const group = spanOf(block.norm, match.index, match.index + match[0].length)
        const read = (ticker: string) =>
          all.some((l) => l.block === block.index && l.ticker === ticker && l.start < group.end && group.start < l.end)
        for (const tag of tags) {
          if (read(tag.ticker)) continue
          const at = match.index + 1 + tag.at
          all.push({
            exchange: classify(tag.name),
            name: tag.name,
            ticker: tag.ticker,
            block: block.index,
            kind: 'tag',
            ...spanOf(block.norm, at, at + tag.length)
          })
        }
      }
    }
    if (block.index <= openingEnd && text.includes(')')) {
      const match = stockwatchLine(block)
      if (match) {
        const name = STOCKWATCH_NAMES[match[1]]
        const at = text.indexOf(match[0].trim()) + 1
        all.push({
          exchange: classify(name),
          name,
          ticker: match[2],
          block: block.index,
          kind: 'tag',
          ...spanOf(block.norm, at, at + match[1].length + 1 + match[2].length)
        })
      }
    }
    // A quote service's symbol, its exchange a suffix ("(MRN.TO)(MMC.AX)", as a finance portal's copy rewrites the
    // tags): ".to" the TSX, ".v" the TSX Venture, ".cn" the CSE, another a market abroad.
    if (text.includes('.')) {
      for (const match of text.matchAll(SUFFIXED)) {
        const name = SUFFIX_NAMES[match[2]] ?? match[2]
        all.push({
          exchange: classify(name),
          name,
          ticker: match[1],
          block: block.index,
          kind: 'tag',
          ...spanOf(block.norm, match.index + 1, match.index + match[0].length - 1)
        })
      }
    }
  }
  for (const block of tagged) {
    for (const match of block.norm.text.matchAll(listRe)) {
      const tag = tagRe.exec(block.norm.text.slice(match.index + match[0].length))
      tagRe.lastIndex = 0
      const ticker = (tag?.[2] ?? '').replace(/\.$/, '')
      if (!ticker || /^\d+$/.test(ticker)) continue
      for (const name of match[1].matchAll(LIST_NAME)) {
        const at = match.index + (name.index ?? 0)
        all.push({
          exchange: classify(name[0]),
          name: name[0],
          ticker,
          block: block.index,
          kind: 'tag',
          ...spanOf(block.norm, at, at + name[0].length)
        })
      }
    }
  }
  all.sort((a, b) => a.start - b.start)
  const canadian = (list: Listing[]) => list.some((l) => l.exchange !== 'OTHER')
  const opening = all.filter((listing) => listing.block <= openingEnd)
  if (!canadian(opening)) return all
  return all.filter((listing) => listing.block <= openingEnd || listing.kind === 'statement')
}

/** The words of a listing to come before its statement ("will begin trading on", "expected to be listed on"). */
const TO_COME = pattern(
  String.raw`\b(?:will|shall|(?:expected|anticipated|scheduled|set) to)(?: be)?(?: (?:begin|commence|start))?` +
    String.raw`(?: [a-z]+ly)? $`
)

/** A listing applied for ("has applied to list its common shares on the Canadian Securities Exchange"). */
const appliedRe = pattern(
  String.raw`\b(?:has|have|had) (?:applied|made an application) (?:to list|for (?:the )?listing of)` +
    String.raw`(?: (?:its|the|the company's)(?: common)? shares)? on (?:the )?${NAME}(?![a-z])`,
  'g'
)

/**
 * The listings a release says are to come ("its common shares will begin trading on the Canadian Securities Exchange
 * on August 6"), where it states none now: an initial public offering's or a first listing's; or one applied for ("has applied
 * to list its common shares on the CSE"). Not a former listing ("formerly listed on"), nor one the issuer only intends
 * to apply for. The span starts at the words of the future.
 */
export function findListingsToCome(blocks: Block[]): Listing[] {
  const found: Listing[] = []
  for (const block of blocks) {
    const text = block.norm.text
    if (!text.includes(' on ')) continue
    for (const match of text.matchAll(phraseRe)) {
      const exchange = classify(match[1])
      const from = Math.max(0, match.index - NOT_NOW_REACH)
      const before = TO_COME.exec(text.slice(from, match.index))
      if (exchange === 'OTHER' || !before) continue
      const ticker = (match[2] ?? '').replace(/\.$/, '')
      const span = spanOf(block.norm, from + before.index, match.index + match[0].length)
      found.push({exchange, name: match[1], ticker, block: block.index, kind: 'statement', ...span})
    }
    for (const match of text.matchAll(appliedRe)) {
      const exchange = classify(match[1])
      const span = spanOf(block.norm, match.index, match.index + match[0].length)
      if (exchange !== 'OTHER')
        found.push({exchange, name: match[1], ticker: '', block: block.index, kind: 'statement', ...span})
    }
  }
  return found
}

/**
 * An exchange whose approval the release's transaction is subject to, or whose rules bind it: "subject to the
 * approval of the TSX Venture Exchange", "all necessary approvals from the TSX", "TSXV acceptance", "approved by the
 * Toronto Stock Exchange", "insider participation limits under applicable TSX rules", « sous réserve de l'approbation
 * de la Bourse de croissance TSX ».
 * The issuer's own exchange as a rule (weak evidence: a partner's or a target's may be named).
 */
const CANADIAN = `(${TSXV}|${CSE}|${CBOE}|${TSX})`
const approvalRe = pattern(
  String.raw`\b(?:approvals?|acceptance|consent|rules|policies|requirements)(?: \w+)? (?:of|from|by|under) (?:the )?` +
    `${CANADIAN}(?![a-z])` +
    String.raw`|(?<![a-z])${CANADIAN} (?:final |conditional )?(?:approvals?|acceptance|rules|policies|requirements)\b` +
    // The verb: "the normal course issuer bid has been approved by the Toronto Stock Exchange".
    String.raw`|\b(?:approved|accepted) (?:for filing )?by (?:the )?${CANADIAN}(?![a-z])` +
    String.raw`|\b(?:approbation|acceptation|autorisation)s? (?:finale |conditionnelle )?(?:de la |du |de |d'|par la )` +
    `${CANADIAN}(?![a-z])`,
  'g'
)

/** The exchanges the release's own sentences say its transaction needs the approval of, or whose rules bind it. */
export function findApprovals(sentences: Sentence[]): Array<Span & {exchange: CanadianExchange}> {
  const found: Array<Span & {exchange: CanadianExchange}> = []
  for (const sentence of sentences) {
    const text = sentence.norm.text
    // Prefilter: the words of an approval or a rule.
    if (!/approv|approb|accept|consent|rules|polic|requirement|autoris/.test(text)) continue
    approvalRe.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = approvalRe.exec(text))) {
      const name = match[1] ?? match[2] ?? match[3] ?? match[4]
      const exchange = classify(name)
      if (exchange === 'OTHER') continue
      found.push({exchange, ...spanOf(sentence.norm, match.index, match.index + match[0].length)})
    }
  }
  return found
}

/** One piece of evidence of the issuer's exchange, with its weight. */
export interface ExchangeEvidence extends Span {
  exchange: CanadianExchange
  kind: 'tag' | 'statement' | 'disclaimer' | 'approval'
  weight: number
}

export interface ExchangeDecision {
  /** The issuer's exchange: the one the evidence weighs most for (undefined when there is none). */
  exchange: CanadianExchange | undefined
  evidence: ExchangeEvidence[]
  /** Two listing claims that name different exchanges: the decided one's strongest, and the other's. */
  conflict: [ExchangeEvidence, ExchangeEvidence] | undefined
}

/** How much each piece of evidence weighs. */
const WEIGHT = {firstTag: 3, statement: 2, disclaimer: 2, otherTag: 1, otherStatement: 1, approval: 1}
/** A listing claim this heavy (the first tag, a statement) contradicts another one. */
const STRONG = 2

/**
 * Decide the issuer's exchange. The first Canadian tag is the issuer's (a
 * partner's tag comes after it); statements and the exchange a disclaimer
 * names add weight (each kind once for an exchange, however often it is
 * repeated); the exchange with the most weight is the issuer's. A
 * disclaimer alone does not contradict a tag (a copied disclaimer is a defect
 * to report, not doubt about the listing), but two listing claims do.
 */
export function decideExchange(
  listings: Listing[],
  disclaimed: Array<Span & {exchange: CanadianExchange}>,
  approvals: Array<Span & {exchange: CanadianExchange}> = []
): ExchangeDecision {
  const evidence: ExchangeEvidence[] = []
  const tagged = new Set(listings.filter((l) => l.kind === 'tag').map((l) => l.ticker))
  // The issuer tagged only abroad ("(Nasdaq: CRML)"): no Canadian tag is among its tags, or none among the tags of
  // the announcing sentence's subject ("Coorong Resources Limited (ASX: CRR) advises that it has subscribed for shares
  // of Gannet Lake Metals Inc. (TSXV: GLM)").
  const announcer = announcedAbroad(listings)
  const abroad =
    announcer !== undefined || (tagged.size > 0 && listings.every((l) => l.kind !== 'tag' || l.exchange === 'OTHER'))
  const issuer = announcer ? new Set(announcer.map((l) => l.ticker)) : tagged
  // Another company's listing (below) is no evidence at all.
  const skipped = (listing: Listing) => abroad && listing.ticker !== '' && !issuer.has(listing.ticker)
  // The issuer's first tag weighs as the first (a tag before it, in highlights, names another company).
  const first = abroad
    ? listings.find((l) => l.kind === 'tag' && l.exchange !== 'OTHER' && !skipped(l))
    : firstIssuerTag(listings)
  for (const listing of listings) {
    if (listing.exchange === 'OTHER') continue
    // A statement is the issuer's when it gives the issuer's ticker, or when no tag says otherwise; else it may
    // be a partner's ("Beta Corp. is listed on the TSX Venture Exchange").
    const own = tagged.size === 0 || (listing.ticker !== '' && tagged.has(listing.ticker))
    // Another ticker than the tags of an issuer tagged only abroad is another company's listing ("Ucore is listed on
    // the TSXV under the trading symbol "UCU"" in its About paragraph): no evidence of the issuer's exchange.
    if (skipped(listing)) continue
    const statement = own ? WEIGHT.statement : WEIGHT.otherStatement
    const weight = listing.kind === 'statement' ? statement : listing === first ? WEIGHT.firstTag : WEIGHT.otherTag
    evidence.push({exchange: listing.exchange, kind: listing.kind, weight, start: listing.start, end: listing.end})
  }
  for (const d of disclaimed) {
    evidence.push({exchange: d.exchange, kind: 'disclaimer', weight: WEIGHT.disclaimer, start: d.start, end: d.end})
  }
  for (const a of approvals) {
    evidence.push({exchange: a.exchange, kind: 'approval', weight: WEIGHT.approval, start: a.start, end: a.end})
  }
  if (evidence.length === 0) return {exchange: undefined, evidence, conflict: undefined}
  // Each kind of evidence weighs once for an exchange, at its heaviest: said again (a disclaimer in a footer too, an
  // approval in the offering and in the caution, a draft pasted twice) it is the same claim, and two copies of a
  // copied disclaimer and its approval would outweigh the issuer's first tag.
  const heaviest = new Map<string, number>()
  for (const e of evidence) {
    const key = `${e.exchange} ${e.kind}`
    heaviest.set(key, Math.max(heaviest.get(key) ?? 0, e.weight))
  }
  const totals = new Map<CanadianExchange, number>()
  for (const e of evidence) if (!totals.has(e.exchange)) totals.set(e.exchange, 0)
  for (const [key, weight] of heaviest) {
    const exchange = key.slice(0, key.indexOf(' ')) as CanadianExchange
    totals.set(exchange, totals.get(exchange)! + weight)
  }
  // The most weight; a tie goes to the exchange named first.
  let exchange = evidence[0].exchange
  for (const [candidate, total] of totals) if (total > totals.get(exchange)!) exchange = candidate
  const strongest = (list: ExchangeEvidence[]) =>
    list.filter((e) => e.kind !== 'disclaimer' && e.weight >= STRONG).sort((a, b) => b.weight - a.weight)[0]
  const mine = strongest(evidence.filter((e) => e.exchange === exchange))
  const other = strongest(evidence.filter((e) => e.exchange !== exchange))
  return {exchange, evidence, conflict: mine && other ? [mine, other] : undefined}
}
