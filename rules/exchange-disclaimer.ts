/**
 * `exchange-disclaimer`: a TSX Venture Exchange issuer's own release carries
 * the Exchange's disclaimer (TSX-V Policy 3.3), element by element: "Neither"
 * · the TSX-V · "nor its" · "Regulation Services Provider" · "accepts
 * responsibility for the" · "adequacy" · "or accuracy". A CSE, TSX or Cboe
 * Canada issuer's release does not carry the TSX-V's. The model's matcher
 * reads the wording (copy artefacts are no defect) and weighs the issuer's
 * exchange. A French disclaimer is read with the French wording, and the
 * messages on French words are in French; the words of both: rules/messages/exchange-disclaimer.ts.
 * See docs/rules/exchange-disclaimer.md.
 */
import type {CanadianExchange, Disclaimer, ElementVerdict} from '../src/model/model.js'
import {issuerExchange, jointWithTsxv, type IssuerExchange} from '../src/core/exchange.js'
import {atEnd, defineRule, slice, type Context} from '../src/core/rule.js'
import {letters} from '../src/model/wording.js'
import {TEXTS} from './messages/exchange-disclaimer.js'

export interface Options {
  /** The issuer's exchange, pinned (it wins over the one the release states); unset, the release's (else `TSXV`). */
  exchange?: 'TSXV' | 'CSE' | 'TSX' | 'CBOE'
}
type Ctx = Context<Options | undefined>

export {CSE_DISCLAIMER, TSXV_DISCLAIMER} from './messages/exchange-disclaimer.js'

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
    // An issuer whose release states listings abroad only ("OTC Pink: ABCD", "Nasdaq: ABCD"), with no Canadian
    // listing, approval or disclaimer, is no Canadian exchange's issuer: no disclaimer is owed unless a preset pins one.
    const abroad = model.listings.length > 0 && model.listings.every((listing) => listing.exchange === 'OTHER')
    if (abroad && !context.options?.exchange && !model.exchangeDecision.exchange) return
    // The issuer's exchange: the preset's when it pins one, else the one the release states (TSX-V where none).
    // A release announced jointly with a TSX-V issuer is that issuer's too, and owes its disclaimer.
    const own = issuerExchange(model, context.options?.exchange)
    const issuer = jointWithTsxv(model, own) ?? own
    // The TSX-V disclaimers, the closest to the Exchange's wording first.
    const tsxv = model.exchangeDisclaimers
      .filter((d) => d.exchange === 'TSXV')
      .sort((a, b) => b.wording.share - a.wording.share)
    if (conflict) {
      const [mine, other] = conflict
      const texts = TEXTS[model.language.release]
      report({
        level: 'warning',
        place: other,
        ...texts.conflict(slice(model, mine), slice(model, other), [mine.exchange, other.exchange])
      })
      // Unless a preset pins the exchange, which disclaimer is owed is in doubt: only a TSX-V one's wording is checked.
      const tsxvClaimed = mine.exchange === 'TSXV' || other.exchange === 'TSXV'
      if (!issuer.pinned && tsxvClaimed) return tsxv.forEach((d) => checkWording(context, d))
    }
    if (issuer.exchange !== 'TSXV') return tsxv.forEach((d) => wrongExchange(context, d, issuer))
    const disclaimer = tsxv[0] ?? model.exchangeDisclaimers[0]
    if (!disclaimer) {
      // Owed once per release (either part of a bilingual one may carry it): missing, in the release's language.
      const texts = TEXTS[model.language.release]
      const {reason, note} = texts.missing(texts.because(issuer))
      return report({reason, ...atEnd(model, texts.disclaimer), note})
    }
    const texts = TEXTS[disclaimer.language]
    if (disclaimer.exchange && disclaimer.exchange !== 'TSXV') {
      return defect(context, disclaimer, texts.otherExchange(disclaimer.exchange), `${texts.because(issuer)}.`)
    }
    if (!disclaimer.exchange) return defect(context, disclaimer, texts.noExchange.reason, texts.noExchange.why)
    checkWording(context, disclaimer)
    // A bilingual release: the other language's disclaimer is checked too, in its language (each part is its own).
    const other = tsxv.find((d) => d.language !== disclaimer.language)
    if (other) checkWording(context, other)
  }
)

export default remarkLintExchangeDisclaimer

/** Check a TSX-V disclaimer element by element: one error for the first defect, else warnings for typos in terms. */
function checkWording(context: Ctx, disclaimer: Disclaimer): void {
  const {model, report} = context
  const texts = TEXTS[disclaimer.language]
  const quote = (v: ElementVerdict) => (v.found ? slice(model, v.found) : '')
  const verdicts = disclaimer.wording.elements
  for (const v of ORDER.map((id) => verdicts.find((e) => e.element.id === id)!)) {
    if ((v.status !== 'missing' && v.status !== 'replaced') || !v.element.substantive) continue
    const words = v.element.label.split(' ')
    const dropped = words.filter((w) => v.dropped.includes(letters(w))).join(' ')
    const reason =
      v.status === 'missing'
        ? texts.missingElement(v.element.label)
        : dropped && v.dropped.length < words.length
          ? texts.droppedWords(dropped, v.element.label)
          : texts.replaced(v.element.label, quote(v))
    const market = /market ?regulator/i.test(quote(v)) ? texts.marketRegulator : ''
    return defect(context, disclaimer, reason, texts.wordingWhy + market)
  }
  const added = verdicts.find((v) => WHO.has(v.element.id) && v.added)?.added
  if (added) return defect(context, disclaimer, texts.added(slice(model, added)), texts.addedWhy)
  // The parenthetical copied from another exchange's disclaimer ("… defined in the policies of the CSE").
  const policies = verdicts.find((v) => v.element.id === 'policies-of' && v.status === 'present' && v.found)
  if (policies?.value && policies.value !== 'TSXV') {
    report({
      level: 'warning',
      place: policies.found!,
      ...texts.parenthetical(policies.value as CanadianExchange),
      actual: quote(policies)
    })
  }
  for (const v of verdicts) {
    if (!v.element.term || v.status !== 'cosmetic' || !v.found) continue
    const term = texts.term(v.element.id, v.element.label)
    const {reason, note} =
      v.cosmetic === 'undefined-abbreviation' ? texts.undefinedAbbreviation : texts.typo(quote(v), term)
    report({level: 'warning', reason, place: v.found, note, expected: term, actual: quote(v)})
  }
}

function defect(context: Ctx, disclaimer: Disclaimer, reason: string, why: string): void {
  const texts = TEXTS[disclaimer.language]
  context.report({
    reason,
    place: disclaimer.sentence,
    note: texts.use(why),
    expected: texts.disclaimer,
    actual: slice(context.model, disclaimer.sentence)
  })
}

function wrongExchange(context: Ctx, disclaimer: Disclaimer, issuer: IssuerExchange): void {
  const texts = TEXTS[disclaimer.language]
  const {exchange} = issuer
  context.report({
    ...texts.wrongExchange(exchange, texts.because(issuer)),
    place: disclaimer.sentence,
    expected: exchange === 'CSE' ? texts.cseDisclaimer : '',
    actual: slice(context.model, disclaimer.sentence)
  })
}
