/**
 * `exchange-disclaimer`: a TSX Venture Exchange issuer's release carries the
 * exchange's disclaimer (TSX-V Policy 3.3), in its own words, naming the
 * TSX-V and its Regulation Services Provider; a CSE or TSX issuer's release
 * does not carry the TSX-V's. See docs/rules/exchange-disclaimer.md.
 */
import {find, has, type Exchange, type Sentence} from '../src/model/model.js'
import {NAMES_CSE as CSE_IN_TEXT, NAMES_TSXV as TSXV_IN_TEXT} from '../src/model/vocabulary.js'
import {atEnd, defineRule, slice, type Context} from '../src/core/rule.js'

export interface Options {
  /** The exchange assumed when the release states none (default `TSXV`). */
  exchange?: 'TSXV' | 'CSE' | 'TSX'
}

export const TSXV_DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
  'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
export const CSE_DISCLAIMER =
  'Neither the Canadian Securities Exchange nor its Regulation Services Provider (as that term is defined in ' +
  'the policies of the Canadian Securities Exchange) accepts responsibility for the adequacy or accuracy of this release.'

const CITATION = 'TSX Venture Exchange Policy 3.3 (Timely Disclosure)'

const NAMES_TSXV = new RegExp(TSXV_IN_TEXT)
const NAMES_TSXV_FULL = /tsx ?venture ?exchange/
const NAMES_CSE = new RegExp(CSE_IN_TEXT)
const RSP = /regulation ?services ?provider/
const RSP_SINGULAR = /regulation ?service ?provider/
const RSP_TRUNCATED = /regulation ?services?(?! ?provider)/
const MARKET_REGULATOR = /market ?regulator/
const STRUCTURE =
  /neither (?:the )?(?:tsx ?venture ?exchange|tsx-?v|tsx\.v|exchange) nor (?:its|the) (?:regulation|market)/
const RESPONSIBILITY = /accepts? ?responsibility for the adequacy or ?accuracy/
const DEFINES_EXCHANGE = /\(\s?(?:the )?"exchange"\s?\)|\bthe "exchange"|"exchange" means/
const DEFINES_TSXV = /\(\s?(?:the )?"tsx-?v"\s?\)|\(tsx-?v ?:/

const remarkLintExchangeDisclaimer = defineRule<Options | undefined>(
  {id: 'exchange-disclaimer', options: {exchange: ['TSXV', 'CSE', 'TSX']}},
  (context) => {
    const {model} = context
    const candidates = model.disclaimers
    const exchange = model.exchange ?? context.options?.exchange ?? 'TSXV'
    if (exchange === 'TSXV') checkTsxv(context, candidates)
    else checkOther(context, exchange, candidates)
  }
)

export default remarkLintExchangeDisclaimer

function checkTsxv(context: Context<Options | undefined>, candidates: Sentence[]): void {
  const {model, report} = context
  const sentence = candidates.find((s) => has(s, NAMES_TSXV)) ?? candidates[0]
  if (!sentence) {
    report({
      reason: 'Missing TSX Venture Exchange disclaimer, expected it at the end of the release',
      ...atEnd(model, TSXV_DISCLAIMER),
      note:
        `${CITATION}: every news release of a TSX-V issuer must say that neither the Exchange nor its ` +
        `Regulation Services Provider accepts responsibility for it. Add the disclaimer at the end of the release.`
    })
    return
  }

  const defect = (reason: string, why: string) =>
    report({
      reason,
      place: sentence,
      note: `${CITATION}: ${why} Use the Exchange's wording: "${TSXV_DISCLAIMER}"`,
      expected: TSXV_DISCLAIMER,
      actual: slice(model, sentence)
    })

  // Which exchange does it disclaim for?
  const namesTsxv = has(sentence, NAMES_TSXV)
  if (!namesTsxv) {
    if (has(sentence, NAMES_CSE)) {
      defect(
        'Unexpected Canadian Securities Exchange in the disclaimer of a TSX-V issuer, expected TSX Venture Exchange',
        'the release states a TSX Venture Exchange listing, so the disclaimer must name the TSX Venture Exchange.'
      )
      return
    }
    if (!model.blocks.some((block) => has(block, DEFINES_EXCHANGE))) {
      defect(
        'Unexpected disclaimer that names no exchange, expected TSX Venture Exchange',
        '"the Exchange" is never defined in the release, so the disclaimer names no exchange.'
      )
      return
    }
  } else if (!has(sentence, NAMES_TSXV_FULL) && !model.blocks.some((block) => has(block, DEFINES_TSXV))) {
    const found = find(sentence, /\btsx-?v\b|\btsx\.v\b/)
    report({
      level: 'warning',
      reason: 'Unexpected undefined abbreviation in the disclaimer, expected TSX Venture Exchange',
      place: found ?? sentence,
      note: `${CITATION}: the abbreviation is not defined in the release; spell out the TSX Venture Exchange.`,
      expected: 'TSX Venture Exchange'
    })
  }

  // Whose regulator?
  const market = find(sentence, MARKET_REGULATOR)
  if (market) {
    defect(
      'Unexpected “Market Regulator” in a TSX-V disclaimer, expected “Regulation Services Provider”',
      '“Market Regulator” is the CSE’s term; the TSX-V disclaimer names its Regulation Services Provider.'
    )
    return
  }
  if (!has(sentence, RSP)) {
    const singular = find(sentence, RSP_SINGULAR)
    if (singular) {
      report({
        level: 'warning',
        reason: 'Unexpected “Regulation Service Provider”, expected “Regulation Services Provider”',
        place: singular,
        note: `${CITATION}: the defined term is “Regulation Services Provider”.`,
        expected: 'Regulation Services Provider',
        actual: slice(model, singular)
      })
    } else if (has(sentence, RSP_TRUNCATED)) {
      defect(
        'Unexpected “Regulation Services” without “Provider” in the disclaimer, expected “Regulation Services Provider”',
        'the disclaimer must name the Exchange’s Regulation Services Provider; “Regulation Services” names no one.'
      )
      return
    } else {
      defect(
        'Unexpected disclaimer without the Regulation Services Provider, expected “Neither TSX Venture ' +
          'Exchange nor its Regulation Services Provider …”',
        'the disclaimer must cover both the Exchange and its Regulation Services Provider.'
      )
      return
    }
  }

  if (!has(sentence, STRUCTURE)) {
    defect(
      'Unexpected wording of the disclaimer, expected “Neither TSX Venture Exchange nor its Regulation Services Provider …”',
      'the disclaimer names the TSX Venture Exchange and its Regulation Services Provider, and no one else.'
    )
    return
  }

  if (!has(sentence, RESPONSIBILITY)) {
    defect(
      'Unexpected disclaimer without “accepts responsibility for the adequacy or accuracy of this release”',
      'the disclaimer must disclaim responsibility for both the adequacy and the accuracy of the release.'
    )
  }
}

function checkOther(context: Context<Options | undefined>, exchange: Exchange, candidates: Sentence[]): void {
  const {model, report} = context
  for (const sentence of candidates) {
    if (!has(sentence, NAMES_TSXV)) continue
    const cse = exchange === 'CSE'
    report({
      reason: `Unexpected TSX Venture Exchange disclaimer in the release of a ${cse ? 'CSE' : 'TSX'}-listed issuer`,
      place: sentence,
      note: cse
        ? `${CITATION} applies to TSX-V issuers only; the release states a Canadian Securities Exchange ` +
          `listing. The CSE mandates no disclaimer (CSE Policy 5); if you keep one, it must name the CSE.`
        : `${CITATION} applies to TSX-V issuers only; the release states a Toronto Stock Exchange listing, and ` +
          `the TSX requires no disclaimer (TSX Company Manual ss.406–423). Remove it.`,
      expected: cse ? CSE_DISCLAIMER : '',
      actual: slice(model, sentence)
    })
  }
}
