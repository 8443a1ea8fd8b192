/**
 * `offering-arithmetic`: the figures a financing release states agree with each other. The disagreements, one
 * relation at a time in the order of docs/rules/offering-arithmetic.md and each figure in one, are the model's
 * (src/model/offering-checks.ts); this rule words them in the language of the words they are about
 * (rules/messages/offering-arithmetic.ts), figures written as the draft writes them.
 */
import {defineRule, slice} from '../src/core/rule.js'
import {formatLike} from '../src/model/numbers.js'
import type {Sentence, Span} from '../src/model/model.js'
import {disagreements} from '../src/model/offering-checks.js'
import {issuesOwnSecurities} from '../src/model/release.js'
import {explain, OFFERING_TEXTS} from './messages/offering-arithmetic.js'

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
