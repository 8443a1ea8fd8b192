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
import type {Block, Model, Stated} from '../src/model/model.js'
import {checkCaution} from '../src/core/caution.js'
import {defineRule, slice} from '../src/core/rule.js'
import {asWritten} from './messages/french.js'
import {PEA_TEXTS, PEA_TEXTS_WITHOUT_INFERRED} from './messages/pea-caution.js'

const remarkLintPeaCaution = defineRule({id: 'pea-caution', duty: 'issuer'}, ({model, report}) => {
  const pea = /preliminary economic|\bpea\b|scoping|[ée]conomique pr[ée]liminaire|\beep\b/.test(model.lower)
  if (!pea && !/\binferred\b|pr[ée]sum[ée]/.test(model.lower)) return
  const results = model.estimates.peaResults
  const first = results[0]
  if (!first) {
    // s.2.3(1)(b): an economic analysis that includes Inferred resources is disclosed only as a PEA's results.
    const analysis = model.estimates.economicsOnInferred
    if (!analysis || model.estimates.peaCaution.length > 0) return
    const texts = PEA_TEXTS[model.language.of(analysis.sentence.block)].onInferred
    report({
      reason: texts.reason,
      place: analysis,
      note: texts.note(model.point(analysis.start).line, slice(model, analysis))
    })
    return
  }
  const strong = first.strength === 'strong'
  // s.2.3(3) binds a PEA that includes or is based on Inferred resources: one stated without them owes the rest of
  // the caution by practice only (a warning), and no Inferred clause.
  const withoutInferred = model.estimates.peaWithoutInferred !== undefined
  const level = strong && !withoutInferred ? 'error' : 'warning'
  const line = model.point(first.start).line
  // In the language of the results.
  const language = model.language.of(first.sentence.block)
  const texts = (withoutInferred ? PEA_TEXTS_WITHOUT_INFERRED : PEA_TEXTS)[language]
  const fix = (text: string) => asWritten(model, language, text)
  const cause = texts.cause(strong, line, slice(model, first))
  checkCaution(model, report, {
    block: resultsEnd(model, results),
    found: model.estimates.peaCaution[0],
    texts,
    cause,
    level,
    fix,
    excused: withoutInferred ? ['inferred', 'speculative'] : []
  })
  if (!strong) return
  const basis = model.sentences.some((s) => texts.pea.test(s.norm.text) && texts.basisWords.test(s.norm.text))
  if (!basis) {
    report({level: 'warning', reason: texts.basis.reason, place: first, note: texts.basis.note(cause)})
  }
})

/**
 * Where the caution goes: after the results in the body (not a headline's), at the end of their run of paragraphs
 * or list items; the first results' paragraph when the body gives none.
 */
function resultsEnd(model: Model, results: readonly Stated[]): Block {
  const headline = model.layout.dateline?.index ?? 0
  const body = results.filter(
    (r) => r.strength === 'strong' && r.sentence.block.kind !== 'heading' && r.sentence.block.index > headline
  )
  const start = body.find((r) => /\d/.test(r.words)) ?? body[0]
  if (!start) return results[0].sentence.block
  const held = new Set(body.map((r) => r.sentence.block.index))
  let index = start.sentence.block.index
  while (held.has(index + 1)) index++
  return model.blocks[index]
}

export default remarkLintPeaCaution
