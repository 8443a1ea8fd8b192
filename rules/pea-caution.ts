/**
 * `pea-caution`: the results of a preliminary economic assessment (NPV, IRR,
 * payback, capital cost, "results … suggest") carry, with equal prominence,
 * the caution of NI 43-101 s.2.3(3): the PEA is preliminary in nature, it
 * includes inferred mineral resources too speculative geologically to be
 * categorized as mineral reserves, and there is no certainty it will be
 * realized; and its basis. A PEA merely named is not its results. French
 * results are told in French (rules/messages/pea-caution.ts).
 * See docs/rules/pea-caution.md.
 */
import {cautionSentences, droppedElements} from '../src/model/estimate-cautions.js'
import {afterBlock, defineRule, slice} from '../src/core/rule.js'
import {withApostrophes} from './messages/french.js'
import {PEA_TEXTS} from './messages/pea-caution.js'

const remarkLintPeaCaution = defineRule({id: 'pea-caution'}, ({model, report}) => {
  if (!/preliminary economic|\bPEA\b|scoping|[ée]conomique pr[ée]liminaire|\bEEP\b/i.test(model.value)) return
  const results = model.estimates.peaResults
  const first = results[0]
  if (!first) return
  const strong = first.strength === 'strong'
  const level = strong ? 'error' : 'warning'
  const line = model.point(first.start).line
  // In the language of the results.
  const language = model.language.of(first.sentence.block)
  const texts = PEA_TEXTS[language]
  const fix = (text: string) => (language === 'fr' ? withApostrophes(model, text) : text)
  const cause = texts.cause(strong, line, slice(model, first))
  const caution = model.estimates.peaCaution[0]
  if (!caution) {
    const place = afterBlock(model, first.sentence.block, texts.caution)
    report({
      level,
      reason: texts.missing.reason,
      ...place,
      expected: fix(place.expected),
      note: texts.missing.note(cause)
    })
  } else {
    const dropped = droppedElements(caution.wording)
    if (dropped.length > 0) {
      const place = cautionSentences(caution)
      report({
        level,
        reason: texts.dropped.reason(dropped),
        place,
        note: texts.dropped.note(cause),
        expected: fix(texts.caution),
        actual: slice(model, place)
      })
    }
  }
  if (!strong) return
  const basis = model.sentences.some((s) => texts.pea.test(s.norm.text) && texts.basisWords.test(s.norm.text))
  if (!basis) {
    report({level: 'warning', reason: texts.basis.reason, place: first, note: texts.basis.note(cause)})
  }
})

export default remarkLintPeaCaution
