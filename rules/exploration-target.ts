/**
 * `exploration-target`: a potential quantity and grade of a target for
 * further exploration is given as ranges, with equal prominence that it is
 * conceptual in nature, that there has been insufficient exploration to
 * define a mineral resource and that it is uncertain if further exploration
 * will result in the target being delineated as a mineral resource; and with
 * its basis (NI 43-101 s.2.3(2)). A French target is told in French
 * (rules/messages/exploration-target.ts). See docs/rules/exploration-target.md.
 */
import {cautionSentences, droppedElements} from '../src/model/estimate-cautions.js'
import {afterBlock, defineRule, slice} from '../src/core/rule.js'
import {asWritten} from './messages/french.js'
import {TARGET_TEXTS} from './messages/exploration-target.js'

const remarkLintExplorationTarget = defineRule({id: 'exploration-target', duty: 'issuer'}, ({model, report}) => {
  // The words of a target, or of a potential quantity (model.estimates: "could contain between 12 and 20 Mt").
  if (!/target|potential|could|\bmay\b|might|cible|potentiel/.test(model.lower)) return
  const first = model.estimates.targets[0]
  if (!first) return
  const line = model.point(first.start).line
  const block = first.sentence.block
  // In the language of the target.
  const language = model.language.of(block)
  const texts = TARGET_TEXTS[language]
  const fix = (text: string) => asWritten(model, language, text)
  const cause = texts.cause(line, slice(model, first))
  // The first statement of the target gives its quantity as a range (a headline too); the grade is given as a range
  // where the target is stated in full (a headline that names no grade need not repeat it).
  const blocks = [...new Set(model.estimates.targets.map((t) => t.sentence.block))]
  // A tabled target's ranges are its columns' (the model reads them).
  const tonnage = first.ranges?.tonnage ?? texts.tonnageRange.test(block.norm.text)
  if (!tonnage || !(first.ranges?.grade ?? blocks.some((b) => texts.gradeRange.test(b.norm.text)))) {
    // A tonnage range at a stated grade (often a cut-off) is a warning; no range at all, an error.
    report({
      level: tonnage ? 'warning' : 'error',
      reason: tonnage ? texts.range.grade : texts.range.both,
      place: first,
      note: texts.range.note(cause)
    })
  }
  const caution = model.estimates.targetCaution[0]
  if (!caution) {
    const place = afterBlock(model, block, texts.caution)
    report({reason: texts.missing.reason, ...place, expected: fix(place.expected), note: texts.missing.note(cause)})
  } else {
    const dropped = droppedElements(caution.wording)
    const jorc = caution.wording.elements.find((v) => v.element.id === 'delineated' && v.value === 'jorc')
    if (dropped.length > 0 || jorc) {
      const place = cautionSentences(caution)
      report({
        level: dropped.length > 0 ? 'error' : 'warning',
        reason:
          dropped.length > 0 || !jorc
            ? texts.dropped.reason(dropped)
            : texts.dropped.jorc(jorc.found ? slice(model, jorc.found) : 'determination of a Mineral Resource'),
        place,
        note: texts.dropped.note(cause),
        expected: fix(texts.caution),
        actual: slice(model, place)
      })
    }
  }
  // The basis is stated with the target, in its caution, or in the paragraphs that go on with it (the two after it:
  // "The exploration target is based on 42 drill holes …" in a paragraph of its own).
  // Or where the target is introduced, in the two paragraphs before its figures that name it ("reports a conceptual
  // exploration target for the Osprey trend, based on 46 drill holes", then its lead-in and the list of its ranges).
  const near = blocks.flatMap((b) => {
    const at = model.blocks.indexOf(b)
    const before = model.blocks
      .slice(Math.max(0, at - 2), at)
      .filter((p) => /\btargets?\b|\bcibles?\b/.test(p.norm.text))
    return [...before, ...model.blocks.slice(at, at + 3)]
  })
  const basis = [...near, caution?.block].some((b) => b !== undefined && texts.basisWords.test(b.norm.text))
  if (!basis) {
    report({level: 'warning', reason: texts.basis.reason, place: first, note: texts.basis.note(cause)})
  }
})

export default remarkLintExplorationTarget
