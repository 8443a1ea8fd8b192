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
import {checkCaution} from '../src/core/caution.js'
import {defineRule, slice} from '../src/core/rule.js'
import {asWritten} from './messages/french.js'
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
  const fix = (text: string) => asWritten(model, language, text)
  const cause = texts.cause(strong, line, slice(model, first))
  checkCaution(model, report, {
    block: first.sentence.block,
    found: model.estimates.peaCaution[0],
    texts,
    cause,
    level,
    fix
  })
  if (!strong) return
  const basis = model.sentences.some((s) => texts.pea.test(s.norm.text) && texts.basisWords.test(s.norm.text))
  if (!basis) {
    report({level: 'warning', reason: texts.basis.reason, place: first, note: texts.basis.note(cause)})
  }
})

export default remarkLintPeaCaution
