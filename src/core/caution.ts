/**
 * A caution an estimate owes beside it (a PEA's, a historical estimate's), read with the mandated-wording
 * matcher: missing, it is added after the estimate's paragraph; with a substantive element dropped, its sentences
 * are replaced by the caution. The texts come from the rule, in the estimate's language.
 */
import type {Block, CautionFound, Model} from '../model/model.js'
import {cautionSentences, droppedElements} from '../model/estimate-cautions.js'
import {afterBlock, slice, type Finding, type Level} from './rule.js'

export interface CautionTexts {
  /** The caution, as a fix inserts it. */
  caution: string
  missing: {reason: string; note: (cause: string) => string}
  dropped: {reason: (labels: readonly string[]) => string; note: (cause: string) => string}
}

export interface OwedCaution {
  /** The estimate's paragraph (a missing caution is added after it). */
  block: Block
  /** The caution the release states, if any. */
  found: CautionFound | undefined
  texts: CautionTexts
  /** What the release states that owes it, as the note says. */
  cause: string
  level: Level
  /** The fix as the draft writes it (its apostrophes). */
  fix: (text: string) => string
  /** The caution's elements not owed here (their ids), as the Inferred clause of a PEA without Inferred resources. */
  excused?: readonly string[]
}

/** Report a missing caution, or one that drops a substantive element. */
export function checkCaution(model: Model, report: (finding: Finding) => void, owed: OwedCaution): void {
  const {block, found, texts, cause, level, fix} = owed
  if (!found) {
    const place = afterBlock(model, block, texts.caution)
    report({
      level,
      reason: texts.missing.reason,
      ...place,
      expected: fix(place.expected),
      note: texts.missing.note(cause)
    })
    return
  }
  const dropped = droppedElements(found.wording, owed.excused)
  if (dropped.length === 0) return
  const place = cautionSentences(found)
  report({
    level,
    reason: texts.dropped.reason(dropped),
    place,
    note: texts.dropped.note(cause),
    expected: fix(texts.caution),
    actual: slice(model, place)
  })
}
