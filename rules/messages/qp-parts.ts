/**
 * How `qp-statement` tells a QP statement's missing parts (NI 43-101 s.3.1): each part's reason and level, where it
 * is reported (on the statement, or on a part's own words), and the statement with the part added as the fix, in
 * the statement's language. (The rule: rules/qp-statement.ts; its texts: ./qp-statement.ts.)
 */
import type {QpPart, QpStatement} from '../../src/model/model.js'
import {sentenceFix, slice, type Context, type Level} from '../../src/core/rule.js'
import {asWritten} from './french.js'
import type {QpTexts} from './qp-statement.js'

/**
 * Report each part `statement` lacks: `cause`, why the release owes a statement (its technical information);
 * `designation`, the level of a missing designation (the rule's option).
 */
export function reportMissingParts(
  context: Context<unknown>,
  statement: QpStatement,
  cause: string,
  texts: QpTexts,
  french: boolean,
  designation: Level
): void {
  const {model, report} = context
  const {sentence} = statement
  const {text, end, startOf, endOf, insert} = sentenceFix(model, sentence)
  const quoted = (part: {start: number; end: number}) => texts.quote(slice(model, part))
  const decided = texts.decided(
    statement.person && quoted(statement.person),
    statement.qualifiedPerson && quoted(statement.qualifiedPerson)
  )
  /** Report a missing part: its reason and why it is needed, and the statement with the part added. */
  const missing = ({reason, why}: {reason: string; why: string}, expected: string, level: Level = 'error') =>
    report({
      level,
      reason,
      place: sentence,
      note: texts.note(cause, decided, why),
      expected: asWritten(model, french ? 'fr' : 'en', expected),
      actual: text
    })
  /** Report a warning on a part's own words. */
  const onPart = (place: QpPart, reason: string, why: string, expected?: string) =>
    report({level: 'warning', reason, place, note: texts.note(cause, decided, why), expected})

  if (!statement.person && !statement.namePlaceholder) {
    const before = startOf(statement.designation)
    missing(texts.name, before === undefined ? insert(end, texts.name.after) : insert(before, texts.name.before))
  }
  if (!statement.designation) {
    const at = endOf(statement.person) ?? end
    missing(texts.designation, insert(at, texts.designation.insert), designation)
  }
  if (!statement.relationship) {
    const {reason, why, elsewhere} = texts.relationship
    const related = statement.relatedElsewhere
    const fixed = insert(endOf(statement.designation) ?? end, texts.relationship.insert)
    missing({reason, why: related ? elsewhere(quoted(related)) : why}, fixed)
  }
  // Named as the release's QP ("for the purposes of this news release"): what the QP did is missing, a warning.
  if (!statement.approval) missing(texts.approval, text + texts.approval.sentence, statement.forRelease && 'warning')
  else if (!statement.approves) {
    // "reviewed" alone: a warning on the words, with "and approved" after them.
    const words = slice(model, statement.approval)
    const {reason, why} = texts.reviewOnly
    onPart(statement.approval, reason(words), why, words + texts.reviewOnly.insert(words))
  }
  // Each QP's relationship (a second QP named for other information): a warning, on the person.
  // Without any relationship, the error above speaks for the statement and each of its QPs.
  for (const other of statement.relationship ? statement.unrelated : []) {
    const person = quoted(other)
    onPart(other, texts.otherRelationship.reason(person), texts.otherRelationship.why(person))
  }
  // Limited to results while the release states a resource estimate: the estimate has no QP (an error, on the words).
  const estimate = statement.scope && model.estimates.resources.find((found) => found.strength === 'strong')
  if (statement.scope && estimate) {
    const scope = slice(model, statement.scope)
    report({
      reason: texts.scope.reason(scope, model.point(estimate.start).line),
      place: statement.scope,
      note: texts.note(cause, decided, texts.scope.why(scope, slice(model, estimate)))
    })
  }
  if (!statement.qualifiedPerson) {
    missing(texts.qualified, insert(end, texts.qualified.insert))
  } else if (!statement.instrument) {
    // s.3.1 asks for the name and the relationship; "qualified person" is the instrument's own term, so a
    // statement without the instrument's number still identifies the QP: a warning, not an error.
    const qp = endOf(statement.qualifiedPerson)
    const {why, parenthesis} = texts.instrument
    const fixed = insert(qp ?? end, qp === undefined ? parenthesis : texts.instrument.insert)
    missing({reason: texts.qualified.reason, why}, fixed, 'warning')
  }
}
