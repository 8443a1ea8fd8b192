/**
 * `exchange-disclaimer`: a TSX Venture Exchange issuer's own release carries
 * the Exchange's disclaimer (TSX-V Policy 3.3), element by element: "Neither"
 * · the TSX-V · "nor its" · "Regulation Services Provider" · "accepts
 * responsibility for the" · "adequacy" · "or accuracy". A CSE, TSX or Cboe
 * Canada issuer's release does not carry the TSX-V's. The model's matcher
 * reads the wording (copy artefacts are no defect) and weighs the issuer's
 * exchange. See docs/rules/exchange-disclaimer.md.
 */
import type {Disclaimer, ElementVerdict} from '../src/model/model.js'
import {issuerExchange, type IssuerExchange} from '../src/core/exchange.js'
import {atEnd, defineRule, slice, type Context} from '../src/core/rule.js'

export interface Options {
  /** The issuer's exchange, pinned (it wins over the one the release states); unset, the release's (else `TSXV`). */
  exchange?: 'TSXV' | 'CSE' | 'TSX' | 'CBOE'
}
type Ctx = Context<Options | undefined>

export const TSXV_DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
  'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
/** The formula CSE issuers use, with the CSE's own term for its regulator ("Market Regulator"). */
export const CSE_DISCLAIMER =
  'Neither the Canadian Securities Exchange nor its Market Regulator (as that term is defined in ' +
  'the policies of the Canadian Securities Exchange) accepts responsibility for the adequacy or accuracy of this release.'

const CITATION = 'TSX Venture Exchange Policy 3.3 (Timely Disclosure)'
const EXPECTED = `, expected “${TSXV_DISCLAIMER.split(' (')[0]} …”`
const NAME: Record<string, string> = {
  TSXV: 'TSX Venture Exchange',
  CSE: 'Canadian Securities Exchange',
  TSX: 'Toronto Stock Exchange',
  CBOE: 'Cboe Canada'
}
/** What the release of another exchange's issuer should do with a TSX-V disclaimer. */
const OTHER: Record<string, string> = {
  CSE: 'The CSE mandates no disclaimer (CSE Policy 5); if you keep one, it must name the CSE.',
  TSX: 'The TSX requires no disclaimer (TSX Company Manual ss.406–423). Remove it.',
  CBOE: 'No Cboe Canada disclaimer mandate is confirmed. Remove it, or name Cboe Canada.'
}
/** The elements in the order a defect is reported: who disclaims first, then what. */
const ORDER = ['exchange', 'provider', 'neither', 'nor', 'accepts', 'adequacy', 'accuracy']
/** Words added among these change who disclaims ("…, the OTCQB, nor …"). */
const WHO = new Set(['neither', 'the', 'exchange', 'nor', 'provider'])

const remarkLintExchangeDisclaimer = defineRule<Options | undefined>(
  {id: 'exchange-disclaimer', options: {exchange: ['TSXV', 'CSE', 'TSX', 'CBOE']}},
  (context) => {
    const {model, report} = context
    // A third party's release (an acquirer's early warning) is not the issuer's to disclaim.
    if (model.release.speaker === 'third-party') return
    const {conflict} = model.exchangeDecision
    // The issuer's exchange: the preset's when it pins one, else the one the release states (TSX-V where none).
    const issuer = issuerExchange(model, context.options?.exchange)
    // The TSX-V disclaimers, the closest to the Exchange's wording first.
    const tsxv = model.exchangeDisclaimers
      .filter((d) => d.exchange === 'TSXV')
      .sort((a, b) => b.wording.share - a.wording.share)
    if (conflict) {
      const [mine, other] = conflict
      report({
        level: 'warning',
        reason: `Unexpected listings on two exchanges, “${slice(model, mine)}” and “${slice(model, other)}”, expected one`,
        place: other,
        note:
          `${CITATION} binds TSX-V issuers only, and the release says the issuer is listed on the ${NAME[mine.exchange]} ` +
          `and on the ${NAME[other.exchange]}: state the issuer's one exchange; the disclaimer it owes follows from it.`
      })
      // Unless a preset pins the exchange, which disclaimer is owed is in doubt: only a TSX-V one's wording is checked.
      const tsxvClaimed = mine.exchange === 'TSXV' || other.exchange === 'TSXV'
      if (!issuer.pinned && tsxvClaimed) return tsxv.forEach((d) => checkWording(context, d))
    }
    if (issuer.exchange !== 'TSXV') return tsxv.forEach((d) => wrongExchange(context, d, issuer))
    const disclaimer = tsxv[0] ?? model.exchangeDisclaimers[0]
    if (!disclaimer) {
      return report({
        reason: 'Missing TSX Venture Exchange disclaimer, expected it at the end of the release',
        ...atEnd(model, TSXV_DISCLAIMER),
        note:
          `${CITATION}: every news release of a TSX-V issuer must say that neither the Exchange nor its ` +
          `Regulation Services Provider accepts responsibility for it; ${issuer.because}. ` +
          `Add the disclaimer at the end of the release.`
      })
    }
    if (disclaimer.exchange && disclaimer.exchange !== 'TSXV') {
      const reason = `Unexpected ${NAME[disclaimer.exchange]} in the disclaimer of a TSX-V issuer, expected TSX Venture Exchange`
      return defect(context, disclaimer, reason, `${issuer.because}.`)
    }
    if (!disclaimer.exchange) {
      const why =
        'the release never defines the exchange it names (“the Exchange” must be defined as the TSX Venture Exchange).'
      return defect(
        context,
        disclaimer,
        'Unexpected disclaimer that names no exchange, expected TSX Venture Exchange',
        why
      )
    }
    checkWording(context, disclaimer)
  }
)

export default remarkLintExchangeDisclaimer

/** Check a TSX-V disclaimer element by element: one error for the first defect, else warnings for typos in terms. */
function checkWording(context: Ctx, disclaimer: Disclaimer): void {
  const {model, report} = context
  const quote = (v: ElementVerdict) => (v.found ? slice(model, v.found) : '')
  const verdicts = disclaimer.wording.elements
  for (const v of ORDER.map((id) => verdicts.find((e) => e.element.id === id)!)) {
    if (v.status !== 'missing' && v.status !== 'replaced') continue
    const words = v.element.label.split(' ')
    const dropped = words.filter((w) => v.dropped.includes(w.toLowerCase())).join(' ')
    const reason =
      v.status === 'missing'
        ? `Unexpected disclaimer that drops “${v.element.label}”`
        : dropped && v.dropped.length < words.length
          ? `Unexpected disclaimer that drops “${dropped}” from “${v.element.label}”`
          : `Unexpected disclaimer that replaces “${v.element.label}” with “${quote(v)}”`
    const market = /market ?regulator/i.test(quote(v)) ? ' “Market Regulator” is the CSE’s term, not the TSX-V’s.' : ''
    const why =
      'it must name the TSX-V and its Regulation Services Provider and disclaim the adequacy and accuracy of the release.'
    return defect(context, disclaimer, reason + EXPECTED, why + market)
  }
  const added = verdicts.find((v) => WHO.has(v.element.id) && v.added)?.added
  if (added) {
    const why =
      'the disclaimer speaks for the TSX Venture Exchange and its Regulation Services Provider, and no one else.'
    return defect(context, disclaimer, `Unexpected “${slice(model, added)}” added to the disclaimer${EXPECTED}`, why)
  }
  // The parenthetical copied from another exchange's disclaimer ("… defined in the policies of the CSE").
  const policies = verdicts.find((v) => v.element.id === 'policies-of' && v.status === 'present' && v.found)
  if (policies?.value && policies.value !== 'TSXV') {
    report({
      level: 'warning',
      reason: `Unexpected ${NAME[policies.value]} in the disclaimer's parenthetical, expected TSX Venture Exchange`,
      place: policies.found!,
      note: `${CITATION}: “Regulation Services Provider” is defined in the policies of the TSX Venture Exchange.`,
      expected: 'TSX Venture Exchange',
      actual: quote(policies)
    })
  }
  for (const v of verdicts) {
    if (!v.element.term || v.status !== 'cosmetic' || !v.found) continue
    const abbreviation = v.cosmetic === 'undefined-abbreviation'
    const term = v.element.id === 'exchange' ? 'TSX Venture Exchange' : v.element.label
    report({
      level: 'warning',
      reason: abbreviation
        ? 'Unexpected undefined abbreviation in the disclaimer, expected TSX Venture Exchange'
        : `Unexpected “${quote(v)}”, expected “${term}”`,
      place: v.found,
      note: abbreviation
        ? `${CITATION}: the abbreviation is not defined in the release; spell out the TSX Venture Exchange.`
        : `${CITATION}: the defined term is “${term}”.`,
      expected: term,
      actual: quote(v)
    })
  }
}

function defect(context: Ctx, disclaimer: Disclaimer, reason: string, why: string): void {
  context.report({
    reason,
    place: disclaimer.sentence,
    note: `${CITATION}: ${why} Use the Exchange's wording: "${TSXV_DISCLAIMER}"`,
    expected: TSXV_DISCLAIMER,
    actual: slice(context.model, disclaimer.sentence)
  })
}

function wrongExchange(context: Ctx, disclaimer: Disclaimer, {exchange, because}: IssuerExchange): void {
  const listed = exchange === 'CBOE' ? 'Cboe Canada' : exchange
  context.report({
    reason: `Unexpected TSX Venture Exchange disclaimer in the release of a ${listed}-listed issuer`,
    place: disclaimer.sentence,
    note: `${CITATION} applies to TSX-V issuers only; ${because}. ${OTHER[exchange] ?? OTHER.TSX}`,
    expected: exchange === 'CSE' ? CSE_DISCLAIMER : '',
    actual: slice(context.model, disclaimer.sentence)
  })
}
