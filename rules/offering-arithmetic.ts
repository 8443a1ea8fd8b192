/**
 * `offering-arithmetic`: the figures a financing release states agree with each other. The disagreements, one
 * relation at a time in the order of docs/rules/offering-arithmetic.md and each figure in one, are the model's
 * (src/model/offering-checks.ts); this rule words them in the language of the words they are about
 * (rules/messages/offering-arithmetic.ts), figures written as the draft writes them.
 */
import {defineRule, slice} from '../src/core/rule.js'
import {formatLike} from '../src/model/numbers.js'
import type {Language, Sentence, Span} from '../src/model/model.js'
import {disagreements, type Disagreement} from '../src/model/offering-checks.js'
import {issuesOwnSecurities} from '../src/model/release.js'
import {OFFERING_TEXTS} from './messages/offering-arithmetic.js'

const remarkLintOfferingArithmetic = defineRule({id: 'offering-arithmetic'}, ({model, report}) => {
  if (!issuesOwnSecurities(model.release)) return
  const language = (sentence: Sentence) => model.language.of(sentence.block)
  const written = (span: Span) => slice(model, span)
  for (const found of disagreements(model.offering, model.sentences, {language, written})) {
    const lang = language(found.place.sentence)
    const words = OFFERING_TEXTS[lang]
    const {reason, why} = explain(found, language, written)
    const debt = found.relation === 'proceeds' && found.debt
    const which = debt ? words.whichDebt : words.which
    const texts = found.fixes.map(({figure, value}) =>
      typeof value === 'string' ? value : formatLike(written(figure), value, lang)
    )
    // Several figures of one sentence may be the wrong one: the message spans them, and `expected` holds the
    // sentence's words with each fix in turn (the likeliest first), as an editor offers them. Otherwise it replaces
    // this figure.
    const {place, fixes} = found
    const together = fixes.length > 1 && fixes.every(({figure}) => figure.sentence === place.sentence)
    const span = together
      ? {
          start: Math.min(place.start, ...fixes.map(({figure}) => figure.start)),
          end: Math.max(place.end, ...fixes.map(({figure}) => figure.end))
        }
      : place
    const expected = together
      ? texts.map((text, i) => {
          const {figure} = fixes[i]
          return written({start: span.start, end: figure.start}) + text + written({start: figure.end, end: span.end})
        })
      : texts[0]
    const all = texts.map((text, i) => `${text} (${fixes[i].which ? which[fixes[i].which] : ''})`).join(` ${words.or} `)
    const several = fixes.length > 1
    // Whichever figure is wrong: the computed one is a suggestion, never applied by --fix.
    report({
      reason: words.reason(reason, several ? all : texts[0]),
      place: span,
      note: words.note(why, several ? words.either(all) : words.fix(texts[0]), debt),
      expected,
      actual: written(span),
      suggestion: true
    })
  }
})

export default remarkLintOfferingArithmetic

/**
 * What a disagreement is (the reason) and what was computed (why), in the language of the figure they are about
 * (a lot's proceeds: the proceeds').
 */
function explain(
  found: Disagreement,
  language: (sentence: Sentence) => Language,
  written: (span: Span) => string
): {reason: string; why: string} {
  const about = found.relation === 'proceeds' ? found.lot.proceeds! : found.place
  const lang = language(about.sentence)
  const words = OFFERING_TEXTS[lang]
  switch (found.relation) {
    case 'restatement':
      return {reason: words.restatement, why: words.restatedAs(written(found.figure), written(found.figure.restated!))}
    case 'proceeds': {
      const is = formatLike(written(about), found.computed, lang)
      const why = words.product(written(found.lot.count), written(found.price), is, written(about))
      return {reason: (found.debt ? words.disagreesDebt : words.disagrees)[found.which], why}
    }
    case 'sum': {
      const {stated} = found
      const listed = stated.parts.map((part) => written(part)).join(' + ')
      const parts = {
        paragraph: words.paragraph,
        tranches: words.tranches(stated.labels),
        earlier: words.earlier(listed),
        table: words.rows(listed)
      }[stated.of]
      const why = words.addUp(parts, formatLike(written(stated.total), stated.sum, lang))
      return {reason: stated.of === 'table' ? words.tableTotal : words.sum(stated.of !== 'paragraph'), why}
    }
    case 'warrants': {
      const {units, computed} = found
      const each = units.map(({lot, coverage}) =>
        words.coverage(written(lot.count), words.per(coverage.toString(), lot.security))
      )
      const why = words.give(each, formatLike(written(found.place), computed, lang))
      return {reason: words.warrants, why}
    }
    case 'fee': {
      const {fee, gives} = found
      const amount = written(fee.amount)
      const percent = written(fee.percent)
      const base = formatLike(amount, gives.base, lang)
      const why = words.feeOf(percent, fee.base === 'proceeds', base, formatLike(amount, gives.computed, lang))
      return {reason: words.fee(fee.kind === 'cash', percent), why}
    }
    case 'option': {
      const {option, base, adds, computed} = found
      const like = (value: typeof computed) => formatLike(written(found.place), value, lang)
      if (!adds) {
        const percent = written(option.percent!)
        return {reason: words.optionShare(percent), why: words.shareOf(percent, like(base), like(computed))}
      }
      return {reason: words.optionTotal, why: words.withOption(like(base), like(adds), like(computed))}
    }
  }
}
