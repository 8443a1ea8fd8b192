/**
 * How `exchange-disclaimer` reports what is wrong with a disclaimer (TSX-V Policy 3.3): a defect of its wording (one
 * error, with the disclaimer as the fix), a copied parenthetical or a typo in a term (warnings), the TSX-V's in
 * another exchange's issuer's release. (The rule: rules/exchange-disclaimer.ts; its texts: ./exchange-disclaimer.ts.)
 */
import type {Disclaimer, Span} from '../../src/model/model.js'
import {copiedParenthetical, disclaimerDefect, termSlips} from '../../src/model/disclaimer-defects.js'
import type {IssuerExchange} from '../../src/core/exchange.js'
import {slice, type Context} from '../../src/core/rule.js'
import {TEXTS, defectText} from './exchange-disclaimer.js'

type Ctx = Context<unknown>

/** Check a TSX-V disclaimer element by element: one error for the first defect, else warnings for typos in terms. */
export function checkWording(context: Ctx, disclaimer: Disclaimer): void {
  const {model, report} = context
  const texts = TEXTS[disclaimer.language]
  const quote = (words: Span | undefined) => (words ? slice(model, words) : '')
  const found = disclaimerDefect(disclaimer, model.value)
  if (found) {
    const {reason, why} = defectText(texts, found, 'found' in found ? quote(found.found) : '')
    return defect(context, disclaimer, reason, why)
  }
  const copied = copiedParenthetical(disclaimer)
  if (copied) {
    const {found: place} = copied.verdict
    report({level: 'warning', place, ...texts.parenthetical(copied.exchange), actual: quote(place)})
  }
  for (const v of termSlips(disclaimer)) {
    const term = texts.term(v.element.id, v.element.label)
    const {reason, note} =
      v.cosmetic === 'undefined-abbreviation' ? texts.undefinedAbbreviation : texts.typo(quote(v.found), term)
    report({level: 'warning', reason, place: v.found, note, expected: term, actual: quote(v.found)})
  }
}

/** An error on the disclaimer's sentence: `reason`, and why, with the TSX-V's disclaimer as the fix. */
export function defect(context: Ctx, disclaimer: Disclaimer, reason: string, why: string): void {
  const texts = TEXTS[disclaimer.language]
  context.report({
    reason,
    place: disclaimer.sentence,
    note: texts.use(why),
    expected: texts.disclaimer,
    actual: slice(context.model, disclaimer.sentence)
  })
}

/** A TSX-V disclaimer in the release of an issuer on another exchange: the issuer's own formula (or none) as the fix. */
export function wrongExchange(context: Ctx, disclaimer: Disclaimer, issuer: IssuerExchange): void {
  const texts = TEXTS[disclaimer.language]
  const {exchange} = issuer
  if (exchange === undefined) return
  context.report({
    ...texts.wrongExchange(exchange, texts.because(issuer)),
    place: disclaimer.sentence,
    expected: exchange === 'CSE' ? texts.cseDisclaimer : '',
    actual: slice(context.model, disclaimer.sentence)
  })
}
