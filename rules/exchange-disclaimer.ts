/**
 * `exchange-disclaimer`: a TSX Venture Exchange issuer's own release carries
 * the Exchange's disclaimer (TSX-V Policy 3.3), element by element: "Neither"
 * · the TSX-V · "nor its" · "Regulation Services Provider" · "accepts
 * responsibility for the" · "adequacy" · "or accuracy". A CSE, TSX or Cboe
 * Canada issuer's release does not carry the TSX-V's. The wording is read by
 * the model's matcher (copy artefacts are no defect); the issuer's exchange
 * is weighed from the release's evidence. See docs/rules/exchange-disclaimer.md.
 */
import type {Disclaimer, ElementVerdict, Exchange, ExchangeEvidence} from '../src/model/model.js'
import {atEnd, defineRule, slice, type Context} from '../src/core/rule.js'

export interface Options {
  /** The exchange assumed when the release states none (default `TSXV`). */
  exchange?: 'TSXV' | 'CSE' | 'TSX' | 'CBOE'
}
type Ctx = Context<Options | undefined>

export const TSXV_DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
  'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
export const CSE_DISCLAIMER =
  'Neither the Canadian Securities Exchange nor its Regulation Services Provider (as that term is defined in ' +
  'the policies of the Canadian Securities Exchange) accepts responsibility for the adequacy or accuracy of this release.'

const CITATION = 'TSX Venture Exchange Policy 3.3 (Timely Disclosure)'
const NAME: Record<string, string> = {
  TSXV: 'TSX Venture Exchange',
  CSE: 'Canadian Securities Exchange',
  TSX: 'Toronto Stock Exchange',
  CBOE: 'Cboe Canada'
}
/** The elements in the order a defect is reported: who disclaims first, then what. */
const ORDER = ['exchange', 'provider', 'neither', 'nor', 'accepts', 'adequacy', 'accuracy']
/** Words added among these change who disclaims ("…, the OTCQB, nor …"). */
const WHO = new Set(['neither', 'the', 'exchange', 'nor', 'provider'])

const remarkLintExchangeDisclaimer = defineRule<Options | undefined>(
  {id: 'exchange-disclaimer', options: {exchange: ['TSXV', 'CSE', 'TSX', 'CBOE']}},
  (context) => {
    const {model} = context
    // A third party's release (an acquirer's early warning) is not the issuer's to disclaim.
    if (model.release.speaker === 'third-party') return
    const {conflict} = model.exchangeDecision
    // The TSX-V disclaimers, the closest to the Exchange's wording first.
    const tsxv = model.exchangeDisclaimers
      .filter((d) => d.exchange === 'TSXV')
      .sort((a, b) => b.wording.share - a.wording.share)
    if (conflict) {
      const [mine, other] = conflict
      context.report({
        level: 'warning',
        reason: `Unexpected listings on two exchanges, “${slice(model, mine)}” and “${slice(model, other)}”, expected one`,
        place: other,
        note:
          `${CITATION} binds TSX-V issuers only, and the release says the issuer is listed on both the ` +
          `${NAME[mine.exchange]} and the ${NAME[other.exchange]}: state the issuer's one exchange, then its disclaimer follows.`
      })
      // Which disclaimer is owed is in doubt: only the wording of a TSX-V disclaimer is checked.
      if (conflict.some((e: ExchangeEvidence) => e.exchange === 'TSXV'))
        return tsxv.forEach((d) => checkWording(context, d))
    }
    const exchange: Exchange = model.exchange ?? context.options?.exchange ?? 'TSXV'
    if (exchange === 'TSXV') checkTsxv(context, tsxv[0] ?? model.exchangeDisclaimers.find((d) => !d.exchange))
    else tsxv.forEach((d) => wrongExchange(context, d, exchange))
  }
)

export default remarkLintExchangeDisclaimer

function checkTsxv(context: Ctx, disclaimer: Disclaimer | undefined): void {
  const {model, report} = context
  const other = model.exchangeDisclaimers[0]
  if (!disclaimer && other?.exchange) {
    return defect(
      context,
      other,
      `Unexpected ${NAME[other.exchange]} in the disclaimer of a TSX-V issuer, expected TSX Venture Exchange`,
      'the release states a TSX Venture Exchange listing, so the disclaimer must name the TSX Venture Exchange.'
    )
  }
  if (!disclaimer) {
    return report({
      reason: 'Missing TSX Venture Exchange disclaimer, expected it at the end of the release',
      ...atEnd(model, TSXV_DISCLAIMER),
      note:
        `${CITATION}: every news release of a TSX-V issuer must say that neither the Exchange nor its ` +
        `Regulation Services Provider accepts responsibility for it. Add the disclaimer at the end of the release.`
    })
  }
  if (!disclaimer.exchange) {
    return defect(
      context,
      disclaimer,
      'Unexpected disclaimer that names no exchange, expected TSX Venture Exchange',
      'the disclaimer names no exchange the release defines (“the Exchange” must be defined as the TSX Venture Exchange).'
    )
  }
  checkWording(context, disclaimer)
}

/** Check a TSX-V disclaimer element by element: one error for the first defect, else warnings for typos. */
function checkWording(context: Ctx, disclaimer: Disclaimer): void {
  const {model, report} = context
  const verdicts = disclaimer.wording.elements
  const quote = (v: ElementVerdict) => (v.found ? slice(model, v.found) : '')
  const expected = `, expected “${TSXV_DISCLAIMER.split(' (')[0]} …”`
  for (const id of ORDER) {
    const v = verdicts.find((e) => e.element.id === id)!
    if (v.status !== 'missing' && v.status !== 'replaced') continue
    const label = v.element.label
    const reason =
      v.status === 'missing'
        ? `Unexpected disclaimer that drops “${label}”`
        : v.dropped.length > 0 && v.dropped.length < label.split(' ').length
          ? `Unexpected disclaimer that drops “${label
              .split(' ')
              .filter((w) => v.dropped.includes(w.toLowerCase()))
              .join(' ')}” from “${label}”`
          : `Unexpected disclaimer that replaces “${label}” with “${quote(v)}”`
    const market = /market ?regulator/i.test(quote(v)) ? ' “Market Regulator” is the CSE’s term, not the TSX-V’s.' : ''
    const why = `the disclaimer must name the TSX Venture Exchange and its Regulation Services Provider and disclaim responsibility for the adequacy and the accuracy of the release.${market}`
    return defect(context, disclaimer, reason + expected, why)
  }
  const added = verdicts.find((v) => WHO.has(v.element.id) && v.added)?.added
  if (added) {
    const why =
      'the disclaimer speaks for the TSX Venture Exchange and its Regulation Services Provider, and no one else.'
    return defect(context, disclaimer, `Unexpected “${slice(model, added)}” added to the disclaimer${expected}`, why)
  }
  for (const v of verdicts) {
    if (!v.element.term || v.status !== 'cosmetic' || !v.found) continue
    const abbreviation = v.cosmetic === 'undefined-abbreviation'
    const term = v.element.id === 'exchange' ? 'TSX Venture Exchange' : v.element.label
    report({
      level: 'warning',
      reason: abbreviation
        ? 'Unexpected undefined abbreviation in the disclaimer, expected TSX Venture Exchange'
        : `Unexpected “${slice(model, v.found)}”, expected “${term}”`,
      place: v.found,
      note: abbreviation
        ? `${CITATION}: the abbreviation is not defined in the release; spell out the TSX Venture Exchange.`
        : `${CITATION}: the defined term is “${term}”.`,
      expected: term,
      actual: slice(model, v.found)
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

function wrongExchange(context: Ctx, disclaimer: Disclaimer, exchange: Exchange): void {
  const notes: Record<string, string> = {
    CSE: 'the release states a Canadian Securities Exchange listing. The CSE mandates no disclaimer (CSE Policy 5); if you keep one, it must name the CSE.',
    TSX: 'the release states a Toronto Stock Exchange listing, and the TSX requires no disclaimer (TSX Company Manual ss.406–423). Remove it.',
    CBOE: 'the release states a Cboe Canada listing; no Cboe Canada disclaimer mandate is confirmed. Remove it, or name Cboe Canada.'
  }
  context.report({
    reason: `Unexpected TSX Venture Exchange disclaimer in the release of a ${exchange === 'CBOE' ? 'Cboe Canada' : exchange}-listed issuer`,
    place: disclaimer.sentence,
    note: `${CITATION} applies to TSX-V issuers only; ${notes[exchange] ?? notes.TSX}`,
    expected: exchange === 'CSE' ? CSE_DISCLAIMER : '',
    actual: slice(context.model, disclaimer.sentence)
  })
}
