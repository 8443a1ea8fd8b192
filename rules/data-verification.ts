/**
 * `data-verification`: technical disclosure says whether a Qualified Person
 * verified the data (sampling, analytical and test data), how, and with what
 * limitations, or why it was not verified (NI 43-101 s.3.2). A warning: the
 * duty applies to the first disclosure of the information, which a linter
 * cannot know. The statement is found once (src/model/results.ts).
 * See docs/rules/data-verification.md.
 */
import {afterBlock, defineRule, slice} from '../src/core/rule.js'

export const VERIFICATION_TEMPLATE =
  '[Name], the Qualified Person, has verified the data disclosed, including the sampling, analytical and test data, ' +
  'by [describe how]; [any limitations on the verification].'

const CITATION = 'NI 43-101 s.3.2'

const remarkLintDataVerification = defineRule({id: 'data-verification'}, ({model, report}) => {
  const technical = model.topics.technical
  // Cheap first: only strong technical evidence (results stated with their figures) is data to verify.
  if (technical?.strength !== 'strong') return
  if (model.verification) return

  const line = model.point(technical.start).line
  const cause = `this release gives scientific or technical information (line ${line}): “${slice(model, technical)}”`
  const qp = model.qp
  // The statement belongs with the QP's: on the QP sentence, the fix adding it after; else after the technical disclosure.
  const text = qp && slice(model, qp.sentence)
  const place = qp
    ? {place: qp.sentence, expected: text + ' ' + VERIFICATION_TEMPLATE, actual: text}
    : afterBlock(model, technical.sentences.at(-1)?.block, VERIFICATION_TEMPLATE)
  report({
    level: 'warning',
    reason: `Missing data verification statement, expected whether and how the Qualified Person verified the data; ${cause}`,
    ...place,
    note:
      `${CITATION}: the first written disclosure of scientific or technical information states whether a Qualified ` +
      'Person has verified the data disclosed (sampling, analytical and test data), how, any limitations on the ' +
      'verification, and why if it was not verified. Add it with the QP statement, unless this information was ' +
      'disclosed before with its verification.'
  })
})

export default remarkLintDataVerification
