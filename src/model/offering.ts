/**
 * The financing terms a release states, gathered once per draft, each figure
 * with its exact source span: lots (a count of a class of securities, its
 * price, its proceeds), stated aggregates, warrant coverage and totals,
 * warrant exercise price and term, finders' and agents' fees with their
 * percentages, hold-period wording and expiry, the closing date, and whether
 * the offering is a LIFE offering, a private placement, a closing.
 */
import {DATE, parseDate} from './dates.js'
import type {Block, Sentence} from './document.js'
import type {Layout} from './layout.js'
import {
  DIGITS,
  Decimal,
  WORD_NUMBER,
  findMoney,
  findPercents,
  parseFraction,
  parseNumber,
  type Currency,
  type MoneyMatch
} from './numbers.js'
import {spanOf, type Span} from './text.js'

export interface Figure extends Span {
  value: Decimal
  /** Half a unit of the last digit written. */
  tolerance: Decimal
  sentence: Sentence
}

export interface Money extends Figure {
  currency: Currency
  /** Written with a multiplier ("$1.16 million", "$4M"). */
  rounded: boolean
}

/** A count of one class of securities, with its price and proceeds where the text gives them. */
export interface Lot {
  sentence: Sentence
  /** Normalized class: "units", "flow-through units", "shares", "flow-through shares", "subscription receipts". */
  security: string
  count: Figure
  price?: Money
  proceeds?: Money
  /** "approximately", "up to", "minimum", "maximum" … */
  hedged: boolean
  /** Units issued to a finder or agent, not sold. */
  compensation: boolean
  /** The tranche the lot closed in ("first", "second and final"), when the text says. */
  tranche?: string
}

export interface Coverage extends Span {
  /** The class the coverage is of ("units", "flow-through units"). */
  security: string
  /** Warrants per security: 1, 1/2, … */
  fraction: Decimal
}

export interface WarrantTerms {
  sentence: Sentence
  price?: Money
  /** Term in months, with the words that state it. */
  term?: {months: number} & Span
}

export interface Fee {
  sentence: Sentence
  percent: Figure
  /** What the percentage is of. */
  base: 'proceeds' | 'securities'
  /** The amount or count the percentage should give. */
  amount: Figure
  kind: 'cash' | 'securities'
}

export interface HoldPeriod extends Span {
  sentence: Sentence
  kind: 'four months and a day' | 'four months' | 'none' | 'other'
  expiry?: {date: Date} & Span
}

export interface OfferingTerms {
  lots: Lot[]
  /** Proceeds stated for several lots together ("aggregate gross proceeds of"). */
  aggregates: Money[]
  coverage: Coverage[]
  /** Stated totals of (purchase) warrants issued with the securities. */
  warrantTotals: Figure[]
  warrants: WarrantTerms[]
  fees: Fee[]
  holds: HoldPeriod[]
  /** Distribution dates stated ("closed on March 3, 2026"). */
  closingDates: Array<{date: Date} & Span>
  life: boolean
  privatePlacement: boolean
  prospectus: boolean
  closing: boolean
}

const CLASS = String.raw`(?<cls>(?:(?:charity |premium |national |quebec |québec )?(?:flow-through|flow through|ft)(?: common)? |hard[- ]dollar (?:common )?|non-flow-through (?:common )?|nft (?:common )?|non-ft (?:common )?|common )?(?:units?|shares?|subscription receipts?|warrants?)|(?:finders?'?s?|brokers?'?s?|agents?'?s?|compensation|broker|underwriters?'?s?) (?:warrants?|units?|shares?|options?))`
const COUNT = new RegExp(
  String.raw`(?<![\d,.$a-z])(?:(?<words>${WORD_NUMBER})(?: (?<wmult>million|thousand))? \((?<paren>${DIGITS})\)|(?<num>${DIGITS}|${WORD_NUMBER})(?: (?<mult>million|thousand))?) (?:(?:[a-z"'()-]+ ){0,2}?)${CLASS}(?![a-z])`,
  'g'
)
const PRICE_AFTER = /^\s?(?:per|for each|a) (?:(?:charity |premium )?(?:flow-through|ft|hard[- ]dollar|nft|non-flow-through|common|subscription|share|unit|receipt|warrant|offered|[a-z-]+ )?)/
const PRICE_BEFORE = /(?<!(?:total|aggregate) (?:subscription |purchase )?)(?:price of|priced at|at|deemed price of|issue price of)\s?$/
const PROCEEDS_BEFORE =
  /(?:(?:total|aggregate) (?:subscription |purchase )?price of|proceeds of|proceeds totaling|proceeds totalling|to raise|raising|raised|for (?:aggregate |total |gross |aggregate gross |total gross )?proceeds of|for (?:a total|an aggregate|total consideration) of|totaling|totalling|aggregating|in the aggregate amount of|settle (?:an aggregate of |debts? of |indebtedness of )?|in settlement of|for|\()\s?(?:approximately |up to |about |approx\.? )?$/
/** "first tranche", "second and final tranche", "the final tranche". */
const TRANCHE = /\b(first|second|third|fourth|fifth|initial|final|last|second and final|third and final|fourth and final)(?: closing of the| closing| tranche closing|)? tranche\b/
const HEDGE = /\b(?:approximately|approx\.?|about|up to|minimum|maximum|roughly|at least|in excess of|more than|over|not less than|~)\b/
const COMPENSATION = /\b(?:finder|broker|agent|compensation|commission|underwriter)/
const WARRANT_TERMS = /warrant[^.]{0,200}\b(?:exercis|entitl|purchas|acquire|convertible)/
const COMPOSITION = /\beach (?:(?:charity |premium )?(?:flow-through|ft|hard[- ]dollar|nft|non-flow-through) )?(?:unit|subscription receipt)\b/

/** Normalize a class as written to a key ("FT Units" → "flow-through units"). */
export function classKey(written: string): string {
  let key = written.toLowerCase().replace(/flow through|\bft\b/g, 'flow-through').replace(/\b(?:charity|premium|national|quebec|québec) /, '')
  key = key.replace(/\bcommon /, '').replace(/\bhard[- ]dollar /, '').replace(/\b(?:non-flow-through|nft|non-ft) /, '')
  key = key.replace(/\bunit\b/, 'units').replace(/\bshare\b/, 'shares').replace(/\breceipt\b/, 'receipts').replace(/\bwarrant\b/, 'warrants')
  return key
}

const CLOSED = new RegExp(
  String.raw`\b(?:closed|completed|closing (?:occurred|took place))\b(?:(?!expir|until|hold)[^.]){0,80}?\bon (${DATE})|\bon (${DATE}),? (?:the company |it )?(?:closed|completed)|closing date (?:of|was) (${DATE})`
)

function figure(sentence: Sentence, from: number, to: number, parsed: {value: Decimal; tolerance: Decimal}): Figure {
  return {...spanOf(sentence.norm, from, to), value: parsed.value, tolerance: parsed.tolerance, sentence}
}

function money(sentence: Sentence, match: MoneyMatch): Money {
  const text = sentence.norm.text.slice(match.index, match.index + match.length)
  return {
    ...figure(sentence, match.index, match.index + match.length, match),
    currency: match.currency,
    rounded: /(?:million|billion|thousand|\d\s?(?:m|mm|k|b|mn|bn))$/.test(text)
  }
}

interface CountMatch {
  /** Where the number is written (the class noun after it is not part of the figure). */
  index: number
  end: number
  /** Where the whole phrase ends (number and class). */
  phraseEnd: number
  value: {value: Decimal; tolerance: Decimal}
  security: string
  compensation: boolean
}

function findCounts(text: string): CountMatch[] {
  const found: CountMatch[] = []
  COUNT.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = COUNT.exec(text))) {
    const g = match.groups ?? {}
    const value = g.paren ? parseNumber(g.paren) : parseNumber(g.num, g.mult)
    if (!value) continue
    const cls = g.cls
    const written = g.paren
      ? {index: match.index + match[0].indexOf('(' + g.paren) + 1, length: g.paren.length}
      : {index: match.index, length: g.num.length + (g.mult ? g.mult.length + 1 : 0)}
    found.push({
      index: written.index,
      end: written.index + written.length,
      phraseEnd: match.index + match[0].length,
      value,
      security: classKey(cls),
      compensation: COMPENSATION.test(cls)
    })
  }
  return found
}

/** Gather the offering terms of a release from its sentences (caution and boilerplate excluded). */
export function extractOffering(sentences: Sentence[], blocks: Block[], layout: Layout): OfferingTerms {
  const terms: OfferingTerms = {
    lots: [],
    aggregates: [],
    coverage: [],
    warrantTotals: [],
    warrants: [],
    fees: [],
    holds: [],
    closingDates: [],
    life: false,
    privatePlacement: false,
    prospectus: false,
    closing: false
  }
  const all = blocks.map((block) => block.norm.text).join('\n')
  terms.life = /listed issuer financing exemption|\blife (?:offering|financing|units?|shares?|exemption)\b|part 5a of (?:ni|national instrument) 45-106/.test(all)
  terms.privatePlacement = /private placement|non-brokered|flow-through|shares for debt|debt settlement|hard[- ]dollar/.test(all)
  terms.prospectus = /(?:short form|base shelf|shelf|final|preliminary) prospectus|prospectus supplement|prospectus offering/.test(all)
  const opening = blocks.slice(0, layout.openingEnd + 1).map((block) => block.norm.text).join('\n')
  // A closing release: "closes", "has closed", "announces the closing"; not "expected to close".
  terms.closing = /\b(?:closes|closed|completes|completed|(?:announces?|announced|announcing|of) (?:the )?(?:(?:first|second|third|final|initial) (?:tranche )?)?(?:closing|completion))\b/.test(
    opening.replace(/\b(?:expected|anticipated|scheduled|intends?|plans?) to (?:close|be completed|complete)\b/g, '')
  )

  for (const sentence of sentences) {
    const text = sentence.norm.text
    // Most sentences state no figure: skip the number patterns there.
    const digits = /\d/.test(text)
    const moneys = (digits && /[$¢]|cent/.test(text)) || /\bcents?\b/.test(text) ? findMoney(text) : []
    const counts =
      (digits || /\b(?:million|thousand|hundred)\b/.test(text)) && /\b(?:units?|shares?|receipts?|warrants?|options?)\b/.test(text)
        ? findCounts(text)
        : []
    const isWarrantTerms = WARRANT_TERMS.test(text)
    const isComposition = COMPOSITION.test(text)

    // Unit composition: "Each Unit consists of one common share and one-half of one warrant."
    if (isComposition) {
      const each = /\beach ((?:(?:charity |premium )?(?:flow-through|ft|hard[- ]dollar|nft|non-flow-through) )?(?:unit|subscription receipt))\b[^.]*?\b(?:and|plus|together with) (one-half|one half|a half|half|one-third|one third|one-quarter|one quarter|three-quarters|\d\s?\/\s?\d|one|a|two|three)(?: \(\d\/\d\))?(?: of one| of a)?(?: (?:whole|full))? (?:transferable |non-transferable |common |share |purchase |common share |subscription )*warrants?\b/.exec(
        text
      )
      if (each) {
        const fraction = parseFraction(each[2])
        if (fraction) {
          terms.coverage.push({security: classKey(each[1]), fraction, ...spanOf(sentence.norm, each.index, each.index + each[0].length)})
        }
      }
    }

    // Warrant terms: exercise price and term.
    if (isWarrantTerms) {
      const warrant: WarrantTerms = {sentence}
      const price = moneys.find((m) => /warrant|exercis|purchase|acquire/.test(text.slice(0, m.index)))
      if (price && !/broker|finder|agent/.test(text.slice(0, price.index).slice(-120))) warrant.price = money(sentence, price)
      const term = new RegExp(String.raw`(?:period of|for|term of|exercisable for|within|up to|expir\w+)\s(?:a period of )?(?<n>\d+|${WORD_NUMBER})(?: \(\d+\))? (?<unit>months?|years?)`).exec(text)
      if (term?.groups) {
        const n = parseNumber(term.groups.n)
        if (n) {
          const months = n.value.toNumber() * (term.groups.unit.startsWith('year') ? 12 : 1)
          warrant.term = {months, ...spanOf(sentence.norm, term.index, term.index + term[0].length)}
        }
      }
      terms.warrants.push(warrant)
    }

    // Finders' and agents' fees with a percentage.
    if (COMPENSATION.test(text)) {
      for (const percent of findPercents(text)) {
        const after = text.slice(percent.index + percent.length, percent.index + percent.length + 120)
        const restricted =
          /introduced|from (?:subscribers|purchasers|investors|sales|subscriptions)|placed by|sold (?:to|by)|arranged|raised by|referred|subscriptions? (?:from|by)|president'?s list|certain/.test(after.split(/[.;]/)[0])
        if (restricted) continue
        const ofProceeds = /^\s?(?:\([^)]*\)\s?)?(?:in cash\s?)?of the (?:aggregate |total )?gross proceeds(?: of the (?:offering|private placement|financing))?(?![a-z ]*(?:from|raised by|introduced))/.test(after)
        const ofUnits = /^\s?(?:\([^)]*\)\s?)?of the (?:total |aggregate )?number of (?:units|shares|flow-through shares|securities|subscription receipts) (?:sold|issued)(?: (?:under|in|pursuant to) the (?:offering|private placement|financing))?(?![a-z ]*(?:to|by) (?:purchasers|subscribers))/.test(after)
        if (!ofProceeds && !ofUnits) continue
        const pct = figure(sentence, percent.index, percent.index + percent.length, percent)
        if (ofProceeds) {
          const cash = moneys.find((m) => !PRICE_AFTER.test(text.slice(m.index + m.length)))
          if (cash) terms.fees.push({sentence, percent: pct, base: 'proceeds', amount: money(sentence, cash), kind: 'cash'})
        } else {
          const units = counts.find((c) => c.compensation)
          if (units) {
            terms.fees.push({sentence, percent: pct, base: 'securities', amount: figure(sentence, units.index, units.end, units.value), kind: 'securities'})
          }
        }
      }
    }

    // Lots: counts of offered securities with their price and proceeds.
    if (!isWarrantTerms) {
      // "one common share" of a unit's composition is not a lot.
      const offered = counts.filter((c) => !/warrants|options/.test(c.security) && c.value.value.gte(100))
      const used = new Set<MoneyMatch>()
      for (let i = 0; i < offered.length; i++) {
        const count = offered[i]
        const segmentEnd = i + 1 < offered.length ? offered[i + 1].index : text.length
        const segmentStart = i > 0 ? offered[i - 1].phraseEnd : 0
        const inSegment = moneys.filter((m) => m.index >= count.phraseEnd && m.index < segmentEnd && !used.has(m))
        const price = inSegment.find(
          (m) => PRICE_AFTER.test(text.slice(m.index + m.length, m.index + m.length + 40)) || PRICE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))
        )
        if (price) used.add(price)
        // With several lots in a sentence, "combined proceeds of" belongs to them all.
        const together = (m: MoneyMatch) => offered.length > 1 && /\b(?:aggregate|total|combined|together)\b[^$]{0,30}$/.test(text.slice(Math.max(0, m.index - 40), m.index))
        let proceeds = inSegment.find(
          (m) =>
            m !== price &&
            !together(m) &&
            (!price || m.currency === price.currency) &&
            PROCEEDS_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) &&
            !PRICE_AFTER.test(text.slice(m.index + m.length, m.index + m.length + 40))
        )
        if (!proceeds && i === 0) {
          // "raised $1,575,000 and issued 5,250,000 shares at $0.30 per share"
          proceeds = moneys.find(
            (m) => m.index >= segmentStart && m.index < count.index && !used.has(m) && /(?:raised|raising|to raise|settle (?:an aggregate of |debts? of )?|proceeds of)\s?(?:approximately |up to |about )?$/.test(text.slice(Math.max(0, m.index - 60), m.index))
          )
        }
        if (proceeds) used.add(proceeds)
        const segment = text.slice(segmentStart, segmentEnd)
        terms.lots.push({
          sentence,
          security: count.security,
          count: figure(sentence, count.index, count.end, count.value),
          price: price ? money(sentence, price) : undefined,
          proceeds: proceeds ? money(sentence, proceeds) : undefined,
          hedged: HEDGE.test(segment),
          compensation: count.compensation,
          tranche: TRANCHE.exec(segment)?.[1] ?? TRANCHE.exec(text)?.[1]
        })
      }
      // Aggregates: proceeds of several lots stated together.
      if (/\b(?:aggregate|total|combined|in total|collectively)\b[^.]{0,40}\bproceeds\b|\bproceeds\b[^.]{0,20}\b(?:aggregate|total)\b/.test(text)) {
        for (const m of moneys) {
          if (used.has(m)) continue
          // "… gross proceeds of $X", "… proceeds of both tranches are $X".
          const before = text.slice(Math.max(0, m.index - 60), m.index)
          if (!PROCEEDS_BEFORE.test(before) && !/\bproceeds\b[^$]*\b(?:are|were|was|is|total(?:l?ed)?|amount(?:ed)? to|of)\s?(?:approximately |about )?$/.test(before)) continue
          if (PRICE_AFTER.test(text.slice(m.index + m.length, m.index + m.length + 40))) continue
          terms.aggregates.push(money(sentence, m))
        }
      }
    }

    // Totals of warrants issued with the units: "and 11,620,000 warrants" (not the "one warrant" of a unit).
    for (const count of counts) {
      if (count.security === 'warrants' && !count.compensation && count.value.value.gte(1000)) {
        terms.warrantTotals.push(figure(sentence, count.index, count.end, count.value))
      }
    }

    // Hold period.
    if (/hold period|restricted period|resale restrictions?|must not trade|statutory hold|(?:four|4)[- ](?:\(4\)[- ])?months?[- ](?:and[- ](?:one|a|1)[- ]day[- ])?hold/.test(text)) {
      const four = /\b(?:four|4)(?:\s?\(4\))?[- ]?months?(?<day>(?:,? ?(?:and|plus) ?(?:one|a|1) ?days?))?/.exec(text)
      const none = /not (?:be )?subject to (?:a|any) (?:statutory )?hold period|freely trad|free trading|not subject to (?:any )?resale restrictions/.test(text)
      const kind: HoldPeriod['kind'] = none ? 'none' : four ? (four.groups?.day ? 'four months and a day' : 'four months') : 'other'
      const at = four ? four : /hold period|restricted period/.exec(text)!
      const hold: HoldPeriod = {sentence, kind, ...spanOf(sentence.norm, at?.index ?? 0, (at?.index ?? 0) + (at?.[0].length ?? text.length))}
      const expiry = new RegExp(String.raw`(?:expir\w*|until|ending|ends|end on|terminat\w*)(?: on)?,? (${DATE})`).exec(text)
      if (expiry) {
        const start = expiry.index + expiry[0].length - expiry[1].length
        const date = parseDate(expiry[1])
        if (date) hold.expiry = {date, ...spanOf(sentence.norm, start, start + expiry[1].length)}
      }
      terms.holds.push(hold)
    }

    // Closing (distribution) dates.
    const closed = digits ? CLOSED.exec(text) : null
    if (closed) {
      const written = closed[1] ?? closed[2] ?? closed[3]
      if (written) {
        const date = parseDate(written)
        const start = closed.index + closed[0].indexOf(written)
        if (date) terms.closingDates.push({date, ...spanOf(sentence.norm, start, start + written.length)})
      }
    }
  }
  return terms
}
