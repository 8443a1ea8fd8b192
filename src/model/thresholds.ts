import {pattern} from './pattern.js'

/**
 * Figures a sentence states as a condition's threshold, not as a fact: the milestones of an option or earn-in
 * agreement ("upon identifying at least three rock chip samples grading above 2.0% WO₃", "upon filing a resource
 * estimate defining at least 5 million tonnes at ≥0.7% WO₃"), a payment "if" a grade is reached. A grade or a
 * quantity that a threshold word comes shortly before, in a sentence that states a condition, is neither a result
 * nor an estimate.
 */

/** A sentence that states a condition: "upon", "if", "provided that", a milestone. */
const CONDITION = pattern(
  String.raw`\b(?:upon|if|provided that|on condition that|conditional (?:on|upon)|milestones?|in the event (?:that|of))\b` +
    String.raw`|(?<![a-z\u00e0-\u00ff])(?:si|lorsque|d[èe]s que|sous r[ée]serve)(?![a-z\u00e0-\u00ff])`
)
/** A threshold shortly before the figure: "at least", "above", "≥", « d'au moins », « supérieure? à ». */
const THRESHOLD = pattern(
  String.raw`(?:\b(?:at least|above|greater than|more than|exceeding|in excess of|a minimum of|no less than|not less than)\b` +
    String.raw`|[≥>]|(?<![a-z\u00e0-\u00ff])(?:au moins|sup[ée]rieure?s? [àa]|minimum de))[^.;]{0,30}$`
)

/** Whether a sentence's normalized `text` states a condition ("upon", "if", a milestone, « sous réserve »). */
export function statesCondition(text: string): boolean {
  return CONDITION.test(text)
}

/** Whether the figure at `at` in a sentence's normalized `text` is a condition's threshold. */
export function isThreshold(text: string, at: number): boolean {
  return THRESHOLD.test(text.slice(Math.max(0, at - 45), at)) && CONDITION.test(text)
}

/**
 * The figure named a compositing or reporting threshold right after it, a parameter and no result: "a 171 g/t AgEq
 * minimum grade (cut-off grade, "COG")", "a 0.2 g/t Au lower grade", "0.3% CuEq (cut-off)", or the cap on the assays
 * of an estimate ("polygonal methods on 5 g/t top-cut assays", "a 20 g/t Au cap", as Australian estimates word it).
 */
const PARAMETER_AFTER = pattern(
  // The metal or equivalent the figure may still be followed by ("g/t AgEq", "g/t Au") before its name.
  String.raw`^ ?(?:(?:[a-z]{1,3} ?eq(?:uivalent)?|[a-z]{2}|gold|silver|copper|zinc) )?` +
    String.raw`(?:(?:minimum|threshold|lower) (?:composite |compositing )?grade\b|\(?cut-? ?off\b` +
    String.raw`|\(?top[- ]?cut\b|(?:upper |top )?(?:cap|capping)(?: grade| limit)?\b)`
)

/** Whether the figure ending at `end` in a sentence's normalized `text` is named a threshold right after it. */
export function namedParameter(text: string, end: number): boolean {
  return PARAMETER_AFTER.test(text.slice(end, end + 40))
}

/** A comparison right before the figure: "assays higher than 1000 g/t AgEq are highlighted", "above 0.5% CuEq". */
const COMPARED =
  /(?:\b(?:more|greater|higher|less|lower) than|\babove|\bbelow|\bexceed(?:ed|s|ing)?|\bin excess of|\bat least|[>≥<≤]) ?$/

/** Whether the figure at `at` in a sentence's normalized `text` is a bound it is compared with, not a value. */
export function comparedWith(text: string, at: number): boolean {
  return COMPARED.test(text.slice(Math.max(0, at - 24), at))
}
