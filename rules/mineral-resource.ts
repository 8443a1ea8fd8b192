/**
 * `mineral-resource`: a stated mineral resource or reserve estimate (figures
 * with a category) gives its CIM categories and never adds Inferred to
 * Measured and Indicated (NI 43-101 s.2.2, s.2.3(1)(a)); it gives its
 * effective date and key assumptions, and mineral resources carry the
 * sentence that mineral resources that are not mineral reserves do not have
 * demonstrated economic viability (s.3.4). See docs/rules/mineral-resource.md.
 */
import type {ResourceStatement} from '../src/model/model.js'
import {cautionSentences, droppedElements, listOf, VIABILITY_CAUTION} from '../src/model/estimate-cautions.js'
import {afterBlock, defineRule, slice} from '../src/core/rule.js'

const S22 = 'NI 43-101 s.2.2'
/** s.3.4 and its paragraph (the letters are unconfirmed). */
const s34 = (letter: string) => `NI 43-101 s.3.4(${letter}) (paragraph letter unconfirmed)`

const remarkLintMineralResource = defineRule({id: 'mineral-resource'}, ({model, report}) => {
  if (!/resource|reserve/i.test(model.value)) return
  const estimates = model.estimates
  const stated = estimates.resources
  if (stated.length === 0) return
  const first = stated[0]
  const cause = (r: ResourceStatement) =>
    `this release states a mineral ${r.reserve ? 'reserve' : 'resource'} estimate (line ${model.point(r.start).line}): “${slice(model, r)}”`

  for (const r of stated) {
    if (r.categories.length > 0) continue
    report({
      reason:
        'Missing CIM category of the estimate, expected Measured, Indicated or Inferred (Proven or Probable for reserves)',
      place: r,
      note:
        `${S22}(a) and s.2.3(1)(a): ${cause(r)}; a quantity and grade may be disclosed only in the CIM categories. ` +
        'State the category of each figure.'
    })
  }
  for (const sum of estimates.inferredSums) {
    report({
      reason:
        'Unexpected Inferred resources added to Measured and Indicated, expected each category reported separately',
      place: sum,
      note:
        `${S22}(c): Inferred mineral resources must not be added to the other categories. Give the Measured and ` +
        `Indicated figure and the Inferred figure apart.`,
      actual: slice(model, sum)
    })
  }
  if (!estimates.effectiveDate) {
    report({
      reason: 'Missing effective date of the estimate, expected “The effective date of the estimate is …”',
      place: first,
      note: `${s34('a')}: ${cause(first)}; state the effective date of each estimate.`
    })
  }
  if (!estimates.keyAssumptions) {
    report({
      level: 'warning',
      reason: 'Missing key assumptions of the estimate, expected its cut-off grade, metal prices and recoveries',
      place: first,
      note: `${s34('c')}: ${cause(first)}; state the key assumptions, parameters and methods used to estimate it.`
    })
  }
  const resource = stated.find((r) => !r.reserve)
  if (!resource) return
  // Required beside an economic analysis (NPV, IRR, a PEA's results); printed under every resource estimate in
  // practice, and its absence is what reviewers flag: an error on every stated resource estimate.
  const analysis = estimates.economicAnalysis
  const level = 'error'
  const why = analysis
    ? `and an economic analysis (line ${model.point(analysis.start).line}): “${slice(model, analysis)}”`
    : 'and the sentence belongs with every resource estimate'
  const caution = estimates.viability[0]
  if (!caution) {
    report({
      level,
      reason:
        `Missing statement that mineral resources that are not mineral reserves do not have demonstrated economic ` +
        `viability, expected “${VIABILITY_CAUTION}”`,
      ...afterBlock(model, resource.sentence.block, VIABILITY_CAUTION),
      note: `${s34('e')}: ${cause(resource)}, ${why}. Add the sentence with equal prominence, next to the estimate.`
    })
    return
  }
  const dropped = droppedElements(caution.wording)
  if (dropped.length === 0) return
  report({
    level,
    reason: `Unexpected economic-viability statement that drops ${listOf(dropped)}, expected “${VIABILITY_CAUTION}”`,
    place: cautionSentences(caution),
    note: `${s34('e')}: ${cause(resource)}, ${why}.`,
    expected: VIABILITY_CAUTION,
    actual: slice(model, cautionSentences(caution))
  })
})

export default remarkLintMineralResource
