/**
 * `exploration-target`: a potential quantity and grade of a target for
 * further exploration is given as ranges, with equal prominence that it is
 * conceptual in nature, that there has been insufficient exploration to
 * define a mineral resource and that it is uncertain if further exploration
 * will result in the target being delineated as a mineral resource; and with
 * its basis (NI 43-101 s.2.3(2)). See docs/rules/exploration-target.md.
 */
import {cautionSentences, droppedElements, listOf, TARGET_CAUTION} from '../src/model/estimate-cautions.js'
import {BASIS, GRADE_RANGE, TONNAGE_RANGE} from '../src/model/estimates.js'
import {afterBlock, defineRule, slice} from '../src/core/rule.js'

const CITATION = 'NI 43-101 s.2.3(2)'

const remarkLintExplorationTarget = defineRule({id: 'exploration-target'}, ({model, report}) => {
  if (!/target|potential/i.test(model.value)) return
  const first = model.estimates.targets[0]
  if (!first) return
  const line = model.point(first.start).line
  const cause = `this release gives a potential quantity of an exploration target (line ${line}): “${slice(model, first)}”`
  const block = first.sentence.block
  const text = block.norm.text
  const tonnage = TONNAGE_RANGE.test(text)
  if (!tonnage || !GRADE_RANGE.test(text)) {
    // A tonnage range at a stated grade (often a cut-off) is a warning; no range at all, an error.
    report({
      level: tonnage ? 'warning' : 'error',
      reason: tonnage
        ? 'Unexpected exploration target grade not given as a range, expected its grade as a range too'
        : 'Unexpected exploration target not given as ranges, expected its tonnage and grade as ranges',
      place: first,
      note:
        `${CITATION}: ${cause}; a potential quantity and grade may be disclosed only as ranges (“5 to 8 million ` +
        `tonnes grading 1.2 to 1.6 g/t Au”).`
    })
  }
  const caution = model.estimates.targetCaution[0]
  if (!caution) {
    report({
      reason: `Missing exploration-target caution, expected “${TARGET_CAUTION}”`,
      ...afterBlock(model, block, TARGET_CAUTION),
      note:
        `${CITATION}(a): ${cause}; state with equal prominence that it is conceptual, that exploration is ` +
        `insufficient to define a mineral resource, and that it is uncertain a resource will be delineated.`
    })
  } else {
    const dropped = droppedElements(caution.wording)
    const jorc = caution.wording.elements.some((v) => v.element.id === 'delineated' && v.value === 'jorc')
    if (dropped.length > 0 || jorc) {
      report({
        level: dropped.length > 0 ? 'error' : 'warning',
        reason:
          dropped.length > 0
            ? `Unexpected exploration-target caution that drops ${listOf(dropped)}, expected “${TARGET_CAUTION}”`
            : 'Unexpected JORC wording “determination of a Mineral Resource”, expected “delineated as a mineral resource”',
        place: cautionSentences(caution),
        note: `${CITATION}(a): ${cause}; use the instrument's three clauses.`,
        expected: TARGET_CAUTION,
        actual: slice(model, cautionSentences(caution))
      })
    }
  }
  const basis = [block, caution?.block].some((b) => b !== undefined && BASIS.test(b.norm.text))
  if (!basis) {
    report({
      level: 'warning',
      reason: 'Missing basis of the exploration target, expected how its potential quantity and grade were determined',
      place: first,
      note:
        `${CITATION}(b) (wording unconfirmed): ${cause}; state the basis on which the potential quantity and grade ` +
        `were determined (drilling, sampling, geophysics).`
    })
  }
})

export default remarkLintExplorationTarget
