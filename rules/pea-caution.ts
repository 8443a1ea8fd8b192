/**
 * `pea-caution`: the results of a preliminary economic assessment (NPV, IRR,
 * payback, capital cost, "results … suggest") carry, with equal prominence,
 * the caution of NI 43-101 s.2.3(3): the PEA is preliminary in nature, it
 * includes inferred mineral resources too speculative geologically to be
 * categorized as mineral reserves, and there is no certainty it will be
 * realized; and its basis. A PEA merely named is not its results.
 * See docs/rules/pea-caution.md.
 */
import {cautionSentences, droppedElements, listOf, PEA_CAUTION} from '../src/model/estimate-cautions.js'
import {afterBlock, defineRule, slice} from '../src/core/rule.js'

const CITATION = 'NI 43-101 s.2.3(3)'
const BASIS = /\bbased (?:on|upon)\b|\bbasis\b|\bassum\w*|\bprepared by\b|\btechnical report\b|\beffective date\b/
const PEA = /\b(?:preliminary economic assessment|pea)\b/

const remarkLintPeaCaution = defineRule({id: 'pea-caution'}, ({model, report}) => {
  if (!/preliminary economic|\bPEA\b|scoping/i.test(model.value)) return
  const results = model.estimates.peaResults
  const first = results[0]
  if (!first) return
  const strong = first.strength === 'strong'
  const level = strong ? 'error' : 'warning'
  const line = model.point(first.start).line
  const cause = strong
    ? `this release gives the results of a preliminary economic assessment (line ${line}): “${slice(model, first)}”`
    : `this release gives what a preliminary economic assessment was based on (line ${line}): “${slice(model, first)}”`
  const caution = model.estimates.peaCaution[0]
  if (!caution) {
    report({
      level,
      reason: `Missing PEA caution, expected “${PEA_CAUTION}”`,
      ...afterBlock(model, first.sentence.block, PEA_CAUTION),
      note: `${CITATION}(a): ${cause}; the caution must be stated with equal prominence, next to the results.`
    })
  } else {
    const dropped = droppedElements(caution.wording)
    if (dropped.length > 0) {
      const place = cautionSentences(caution)
      report({
        level,
        reason: `Unexpected PEA caution that drops ${listOf(dropped)}, expected “${PEA_CAUTION}”`,
        place,
        note:
          `${CITATION}(a): ${cause}; the caution states all three: preliminary in nature, inferred resources too ` +
          `speculative geologically, no certainty the PEA will be realized.`,
        expected: PEA_CAUTION,
        actual: slice(model, place)
      })
    }
  }
  if (!strong) return
  const basis = model.sentences.some((s) => PEA.test(s.norm.text) && BASIS.test(s.norm.text))
  if (!basis) {
    report({
      level: 'warning',
      reason:
        'Missing basis of the preliminary economic assessment, expected who prepared it, its effective date and key assumptions',
      place: first,
      note:
        `${CITATION}(b) (wording unconfirmed): ${cause}; state the basis of the PEA and the qualifications and ` +
        `assumptions made by the qualified person.`
    })
  }
})

export default remarkLintPeaCaution
