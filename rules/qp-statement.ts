/**
 * `qp-statement`: a release that gives scientific or technical information
 * about a mineral project names the Qualified Person who approved it and the
 * QP's relationship to the issuer (NI 43-101 s.3.1, s.2.1), with an approval
 * verb, a designation and the identification as a QP under NI 43-101.
 * See docs/rules/qp-statement.md.
 */
import type {QpStatement} from '../src/model/model.js'
import {afterBlock, defineRule, slice, type Context, type Level} from '../src/core/rule.js'

export const QP_TEMPLATE =
  'The scientific and technical information in this news release has been reviewed and approved by [Name], ' +
  'P.Geo., [title] of the Company, a Qualified Person as defined in National Instrument 43-101.'

const CITATION = 'NI 43-101 s.3.1 (and s.2.1)'

export interface Options {
  /** Level of a QP statement that gives no professional designation; default `warning` (see the rule doc). */
  designation?: Level
}

const remarkLintQpStatement = defineRule<Options | undefined>(
  {id: 'qp-statement', options: {designation: ['error', 'warning']}},
  (context) => {
    const {model} = context
    const technical = model.topics.technical
    if (!technical) return
    const strong = technical.strength === 'strong'
    const cause = strong
      ? `the release gives scientific or technical information (“${slice(model, technical)}”)`
      : `the release may give scientific or technical information (“${slice(model, technical)}”; ` +
        'no result of sampling, drilling or estimation is stated with its figures)'

    const statement = model.qp
    if (!statement) {
      const lastTechnical = technical.sentences.at(-1)?.block ?? model.blocks.at(-1)
      context.report({
        level: strong ? 'error' : 'warning',
        reason:
          'Missing Qualified Person statement, expected the name, designation and relationship of the QP who ' +
          'approved the technical information',
        ...afterBlock(model, lastTechnical, QP_TEMPLATE),
        note:
          `${CITATION}: ${cause}, so it must name the Qualified Person who prepared, supervised or approved it ` +
          `and state the QP’s relationship to the issuer. Add a QP statement after the technical disclosure` +
          (strong ? '.' : ', unless this is not scientific or technical information about a mineral project.')
      })
      return
    }
    reportMissingParts(context, statement, cause)
  }
)

export default remarkLintQpStatement

function reportMissingParts(context: Context<Options | undefined>, statement: QpStatement, cause: string): void {
  const {model, report} = context
  const {sentence} = statement
  const text = slice(model, sentence)
  const end = text.replace(/[\s.]*$/, '').length
  const at = (offset: number, insert: string) => text.slice(0, offset) + insert + text.slice(offset)
  /** A part's offsets in `text` when it is in the QP sentence (undefined when it is elsewhere). */
  const within = (part: {start: number; end: number} | undefined) =>
    part && part.start >= sentence.start && part.end <= sentence.end
      ? {start: part.start - sentence.start, end: part.end - sentence.start}
      : undefined
  const after = (part: {start: number; end: number} | undefined) => within(part)?.end
  const quoted = (part: {start: number; end: number}) => `“${slice(model, part)}”`
  const found = [
    statement.person && `names ${quoted(statement.person)}`,
    statement.qualifiedPerson && `identifies a ${quoted(statement.qualifiedPerson)}`
  ].filter(Boolean)
  const decided = found.length > 0 ? `the QP statement ${found.join(' and ')}` : 'the QP statement'
  const missing = (reason: string, why: string, expected: string, level: Level = 'error') =>
    report({
      level,
      reason,
      place: sentence,
      note: `${CITATION}: ${cause}; ${decided}, but ${why}`,
      expected,
      actual: text
    })

  if (!statement.person && !statement.namePlaceholder) {
    const designation = within(statement.designation)
    missing(
      'Missing name of the Qualified Person in the QP statement',
      'it names no person. Add the QP’s full name.',
      designation ? at(designation.start, '[Name], ') : at(end, ', by [Name]')
    )
  }
  if (!statement.designation) {
    const name = after(statement.person)
    missing(
      'Missing professional designation of the Qualified Person (P.Geo., P.Eng., …)',
      'it gives no designation; a Qualified Person is a member in good standing of a professional association: give the designation ' +
        'after the name.',
      at(name ?? end, ', [P.Geo.]'),
      context.options?.designation ?? 'warning'
    )
  }
  if (!statement.relationship) {
    missing(
      'Missing relationship of the Qualified Person to the issuer (title, “independent of the Company”, “consultant to the Company”)',
      statement.relatedElsewhere
        ? `it gives a relationship to another company (${quoted(statement.relatedElsewhere)}), not to the issuer.`
        : 'it does not disclose the QP’s relationship to the issuer.',
      at(after(statement.designation) ?? end, ', [title] of the Company')
    )
  }
  if (!statement.approval) {
    missing(
      'Missing approval in the QP statement, expected “reviewed and approved”, “prepared” or “supervised”',
      'it does not say that the QP prepared, supervised or approved the scientific and technical information.',
      text +
        ' The Qualified Person has reviewed and approved the scientific and technical information in this news release.'
    )
  }
  if (!statement.qualifiedPerson) {
    missing(
      'Missing identification as a Qualified Person under NI 43-101',
      'it does not identify the person as a Qualified Person as defined in National Instrument 43-101.',
      at(end, ', a Qualified Person as defined in National Instrument 43-101')
    )
  } else if (!statement.instrument) {
    // s.3.1 asks for the name and the relationship; "qualified person" is the instrument's own term, so a
    // statement without the instrument's number still identifies the QP: a warning, not an error.
    const qp = after(statement.qualifiedPerson)
    missing(
      'Missing identification as a Qualified Person under NI 43-101',
      'it does not name the instrument; add “as defined in National Instrument 43-101”.',
      qp === undefined
        ? at(end, ' (as defined in National Instrument 43-101)')
        : at(qp, ' as defined in National Instrument 43-101'),
      'warning'
    )
  }
}
