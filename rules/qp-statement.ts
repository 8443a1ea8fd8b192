/**
 * `qp-statement`: a release that gives scientific or technical information
 * about a mineral project names the Qualified Person who approved it and the
 * QP's relationship to the issuer (NI 43-101 s.3.1, s.2.1), with an approval
 * verb, a designation and the identification as a QP under NI 43-101.
 * French statements and releases are told in French (rules/messages/qp-statement.ts); how each missing part is
 * told and fixed: rules/messages/qp-parts.ts.
 * See docs/rules/qp-statement.md.
 */
import {technicalRunEnd} from '../src/model/topics.js'
import {afterBlock, defineRule, slice, type Level} from '../src/core/rule.js'
import {asWritten} from './messages/french.js'
import {QP_TEXTS} from './messages/qp-statement.js'
import {reportMissingParts} from './messages/qp-parts.js'

export interface Options {
  /** Level of a QP statement that gives no professional designation; default `warning` (see the rule doc). */
  designation?: Level
}

const remarkLintQpStatement = defineRule<Options | undefined>(
  {id: 'qp-statement', options: {designation: ['error', 'warning']}, duty: 'issuer'},
  (context) => {
    const {model} = context
    const technical = model.topics.technical
    if (!technical) return
    const strong = technical.strength === 'strong'
    const statement = model.qp
    // In the language of the words a finding is about: the statement's, or the release's when there is none.
    const language = statement ? model.language.of(statement.sentence.block) : model.language.release
    const texts = QP_TEXTS[language]
    const cause = texts.cause(slice(model, technical), strong)

    if (!statement) {
      const last = technical.sentences.at(-1)?.block
      const lastTechnical = last ? technicalRunEnd(last, model.blocks) : model.blocks.at(-1)
      const fix = afterBlock(model, lastTechnical, texts.template)
      context.report({
        level: strong ? 'error' : 'warning',
        reason: texts.missingStatement.reason,
        ...fix,
        expected: asWritten(model, language, fix.expected),
        note: texts.missingStatement.note(cause, strong)
      })
      return
    }
    reportMissingParts(context, statement, cause, texts, language === 'fr', context.options?.designation ?? 'warning')
  }
)

export default remarkLintQpStatement
