/**
 * `data-verification`: technical disclosure says whether a Qualified Person
 * verified the data (sampling, analytical and test data), how, and with what
 * limitations, or why it was not verified (NI 43-101 s.3.2). A warning: the
 * duty applies to the first disclosure of the information, which a linter
 * cannot know. The statement is found once (src/model/results.ts). A French
 * release is told in French (rules/messages/data-verification.ts).
 * See docs/rules/data-verification.md.
 */
import {technicalRunEnd} from '../src/model/topics.js'
import {afterBlock, defineRule, slice} from '../src/core/rule.js'
import {asWritten} from './messages/french.js'
import {VERIFICATION_TEXTS} from './messages/data-verification.js'

export const VERIFICATION_TEMPLATE = VERIFICATION_TEXTS.en.template

const remarkLintDataVerification = defineRule({id: 'data-verification', duty: 'issuer'}, ({model, report}) => {
  const technical = model.topics.technical
  // Cheap first: only strong technical evidence (results stated with their figures) is data to verify.
  if (technical?.strength !== 'strong') return
  // Figures only restated from the issuer's earlier releases, cited: the duty bound the first disclosure.
  if (model.technicalRestated) return
  const verification = model.verification
  const qp = model.qp
  if (verification) {
    const texts = VERIFICATION_TEXTS[model.language.of(verification.sentence.block)]
    // Said not done with no word of why (s.3.2(c)), or said done with no word of how (s.3.2(b)): on the statement;
    // the reason and the means are the issuer's facts, so no fix.
    if (verification.unexplained)
      report({level: 'warning', reason: texts.why, place: verification.sentence, note: texts.note})
    else if (!verification.described)
      report({level: 'warning', reason: texts.how, place: verification.sentence, note: texts.note})
    return
  }

  const line = model.point(technical.start).line
  // The QP statement's language where the finding sits on it; else the release's.
  const language = qp ? model.language.of(qp.sentence.block) : model.language.release
  const texts = VERIFICATION_TEXTS[language]
  const template = asWritten(model, language, texts.template)
  // The statement belongs with the QP's: on the QP sentence, the fix adding it after; else after the technical disclosure.
  const text = qp && slice(model, qp.sentence)
  const lastBlock = technical.sentences.at(-1)?.block
  const place = qp
    ? {place: qp.sentence, expected: text + ' ' + template, actual: text}
    : afterBlock(model, lastBlock && technicalRunEnd(lastBlock, model.blocks), template)
  report({
    level: 'warning',
    reason: texts.reason(line, slice(model, technical)),
    ...place,
    note: texts.note
  })
})

export default remarkLintDataVerification
