/**
 * `mineral-resource`: a stated mineral resource or reserve estimate (figures
 * with a category) gives its CIM categories, never adds Inferred to Measured
 * and Indicated and, beside reserves, says whether resources include them
 * (NI 43-101 s.2.2, s.2.3(1)(a)); it gives its
 * effective date and key assumptions, and mineral resources carry the
 * sentence that mineral resources that are not mineral reserves do not have
 * demonstrated economic viability (s.3.4). A French estimate is told in French
 * (rules/messages/mineral-resource.ts). See docs/rules/mineral-resource.md.
 */
import type {ResourceStatement} from '../src/model/model.js'
import {cautionSentences, droppedElements} from '../src/model/estimate-cautions.js'
import {afterBlock, defineRule, slice} from '../src/core/rule.js'
import {asWritten} from './messages/french.js'
import {RESOURCE_TEXTS} from './messages/mineral-resource.js'

const remarkLintMineralResource = defineRule({id: 'mineral-resource', duty: 'issuer'}, ({model, report}) => {
  if (!/resource|reserve|ressource|r[ée]serve|estimat|deposit|gisement|host|contain/.test(model.lower)) return
  const estimates = model.estimates
  const stated = estimates.resources
  if (stated.length === 0) return
  const first = stated[0]
  // Each finding in the language of the estimate it is about.
  const texts = (r: ResourceStatement) => RESOURCE_TEXTS[model.language.of(r.sentence.block)]
  const cause = (r: ResourceStatement) => texts(r).cause(r.reserve, model.point(r.start).line, slice(model, r))

  // A figure that adds Inferred to the other categories is told so (below), not as one without a category.
  const summed = (r: ResourceStatement) => estimates.inferredSums.some((s) => s.start < r.end && r.start < s.end)
  for (const r of stated) {
    if (r.categories.length > 0 || summed(r)) continue
    report({reason: texts(r).category.reason, place: r, note: texts(r).category.note(cause(r))})
  }
  for (const sum of estimates.inferredSums) {
    const {inferredSum} = RESOURCE_TEXTS[model.language.of(sum.sentence.block)]
    const parts = sum.parts && inferredSum.parts(model.point(sum.parts.start).line, slice(model, sum))
    report({reason: inferredSum.reason, place: sum, note: inferredSum.note + (parts ?? ''), actual: slice(model, sum)})
  }
  // s.3.4: each estimate's own effective date (an estimate of another deposit is not dated by the main one's);
  // where no estimate has one of its own, the release's date is taken for them (a release dates its estimate once).
  const undated = stated.find((r) => !r.effectiveDate)
  const other = stated.find((r) => r.effectiveDate)?.effectiveDate
  if (undated && other) {
    const {otherDate} = texts(undated)
    const note = otherDate.note(cause(undated), model.point(other.start).line, slice(model, other))
    report({reason: otherDate.reason, place: undated, note})
  } else if (!estimates.effectiveDate) {
    report({
      reason: texts(first).effectiveDate.reason,
      place: first,
      note: texts(first).effectiveDate.note(cause(first))
    })
  }
  if (!estimates.keyAssumptions) {
    const {assumptions} = texts(first)
    report({level: 'warning', reason: assumptions.reason, place: first, note: assumptions.note(cause(first))})
  }
  const resource = stated.find((r) => !r.reserve)
  // s.2.2(b): with reserves stated beside the resources, whether the resources include them.
  if (resource && estimates.reservesStated && !estimates.reservesIncluded) {
    const {included} = texts(resource)
    report({level: 'warning', reason: included.reason, place: resource, note: included.note(cause(resource))})
  }
  if (!resource) return
  // Required beside an economic analysis (NPV, IRR, a PEA's results); printed under every resource estimate in
  // practice, and its absence is what reviewers flag: an error on every stated resource estimate.
  const analysis = estimates.economicAnalysis
  const level = 'error'
  const language = model.language.of(resource.sentence.block)
  const words = RESOURCE_TEXTS[language]
  const why = words.why(analysis && {line: model.point(analysis.start).line, quoted: slice(model, analysis)})
  const fix = (text: string) => asWritten(model, language, text)
  const caution = estimates.viability[0]
  if (!caution) {
    const place = afterBlock(model, resource.sentence.block, words.caution)
    report({
      level,
      reason: words.missing.reason,
      ...place,
      expected: fix(place.expected),
      note: words.missing.note(cause(resource), why)
    })
    return
  }
  const dropped = droppedElements(caution.wording)
  if (dropped.length === 0) return
  report({
    level,
    reason: words.dropped.reason(words.list(dropped)),
    place: cautionSentences(caution),
    note: words.dropped.note(cause(resource), why),
    expected: fix(words.caution),
    actual: slice(model, cautionSentences(caution))
  })
})

export default remarkLintMineralResource
