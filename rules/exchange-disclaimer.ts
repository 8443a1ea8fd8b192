/**
 * `exchange-disclaimer`: a TSX Venture Exchange issuer's own release carries the Exchange's disclaimer (TSX-V
 * Policy 3.3), each element of it (the model's matcher reads the wording: copy artefacts are no defect, and
 * disclaimer-defects.ts says what is wrong); a CSE, TSX or Cboe Canada issuer's release does not carry the TSX-V's.
 * French disclaimers are read and told in French (rules/messages/exchange-disclaimer.ts); how a disclaimer's
 * defects are reported: rules/messages/disclaimer-findings.ts.
 * See docs/rules/exchange-disclaimer.md.
 */
import {issuerExchange, jointWithTsxv} from '../src/core/exchange.js'
import {atEnd, defineRule, slice} from '../src/core/rule.js'
import {TEXTS} from './messages/exchange-disclaimer.js'
import {checkWording, defect, wrongExchange} from './messages/disclaimer-findings.js'

export interface Options {
  /** The issuer's exchange, pinned (it wins over the one the release states); unset, the release's (else `TSXV`). */
  exchange?: 'TSXV' | 'CSE' | 'TSX' | 'CBOE'
}

export {CSE_DISCLAIMER, TSXV_DISCLAIMER} from './messages/exchange-disclaimer.js'

const remarkLintExchangeDisclaimer = defineRule<Options | undefined>(
  {id: 'exchange-disclaimer', options: {exchange: ['TSXV', 'CSE', 'TSX', 'CBOE']}},
  (context) => {
    const {model, report} = context
    // A third party's release (an acquirer's early warning) is not the issuer's to disclaim.
    if (model.release.speaker === 'third-party') return
    const {conflict} = model.exchangeDecision
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
    // Listed abroad only: no Canadian exchange's disclaimer is owed.
    if (issuer.exchange === undefined) return
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
