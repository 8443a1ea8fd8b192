/**
 * `forward-looking-caution`: a release with forward-looking information
 * carries a caution that identifies it as such, warns that actual results
 * may differ, names the material risk factors and states the material factors
 * or assumptions (NI 51-102 s.4A.3), and says whether it will be updated.
 * See docs/rules/forward-looking-caution.md.
 */
import type {CautionElement} from '../src/model/model.js'
import {atEnd, defineRule, slice, type Level} from '../src/core/rule.js'

export interface Options {
  /** Level of a caution that states no assumptions (s.4A.3(c)); default `error` (see the rule doc). */
  assumptions?: Level
}

export const FLI_TEMPLATE =
  'This news release contains forward-looking information within the meaning of applicable Canadian securities ' +
  'legislation, including statements regarding [the forward-looking matters, e.g. the use of proceeds]. ' +
  'Forward-looking information is based on assumptions, including [the material factors and assumptions]. ' +
  'Actual results may differ materially from those expressed or implied by forward-looking information ' +
  'because of risks that include [the material risk factors]. Readers are cautioned not to place undue ' +
  'reliance on forward-looking information. The Company does not undertake to update forward-looking ' +
  'information except as required by applicable securities laws.'

const CITATION = 'NI 51-102 s.4A.3'

/** Each element of s.4A.3: the finding when it is missing, and the sentence that adds it. */
const ELEMENTS: Record<CautionElement, {reason: string; why: string; sentence: string}> = {
  identifies: {
    reason: 'Missing identification of forward-looking information in the caution',
    why: 's.4A.3(a): the caution must identify the forward-looking information as such, saying what it covers.',
    sentence:
      'This news release contains forward-looking information, including statements regarding [the forward-looking matters].'
  },
  differ: {
    reason: 'Missing warning that actual results may differ from forward-looking information',
    why: 's.4A.3(b): the caution must warn that actual results may vary from the forward-looking information.',
    sentence: 'Actual results may differ materially from those expressed or implied by forward-looking information.'
  },
  risks: {
    reason: 'Missing material risk factors in the forward-looking caution',
    why: 's.4A.3(b): the caution must identify the material risk factors that could cause actual results to differ materially.',
    sentence: 'Risks that could cause actual results to differ materially include [the material risk factors].'
  },
  assumptions: {
    reason: 'Missing material factors or assumptions in the forward-looking caution',
    why: 's.4A.3(c): the caution must state the material factors or assumptions used to develop the forward-looking information.',
    sentence: 'Forward-looking information is based on assumptions, including [the material factors and assumptions].'
  },
  updates: {
    reason: 'Missing statement on updating forward-looking information',
    why: 's.4A.3(d) (an updating policy; market practice states it): say whether the issuer will update the forward-looking information.',
    sentence:
      'The Company does not undertake to update forward-looking information except as required by applicable securities laws.'
  }
}

const remarkLintForwardLookingCaution = defineRule<Options | undefined>(
  {id: 'forward-looking-caution', options: {assumptions: ['error', 'warning']}},
  ({model, options, report}) => {
    const fli = model.topics.forwardLooking
    if (!fli) return
    // Part 4A binds reporting issuers: a third party's release (an acquirer's early warning) owes a caution only
    // if its speaker is one, which the release does not show. Every finding on it is then a warning.
    const {speaker, speakerEvidence} = model.release
    const strong = fli.strength === 'strong' && speaker === 'issuer'
    const cause =
      speaker === 'third-party'
        ? `the release states forward-looking information (“${slice(model, fli)}”), but a third party speaks ` +
          `(“${speakerEvidence ? slice(model, speakerEvidence) : 'not the issuer'}”): a caution is owed if it is a reporting issuer`
        : strong
          ? `the release states forward-looking information (“${slice(model, fli)}”)`
          : `the release has words of the future (“${slice(model, fli)}”) but no statement of the issuer’s plans or expectations`

    const caution = model.caution
    if (caution.length === 0) {
      report({
        level: strong ? 'error' : 'warning',
        reason: 'Missing forward-looking information caution',
        ...atEnd(model, FLI_TEMPLATE),
        note:
          `${CITATION}: ${cause}, so the release must identify it as forward-looking, warn that actual ` +
          `results may differ, name the material risk factors and state the material assumptions. Add a cautionary paragraph.`
      })
      return
    }

    const last = caution[caution.length - 1]
    const {present, uncertain} = model.cautionElements
    for (const key of (Object.keys(ELEMENTS) as CautionElement[]).filter((element) => !present.has(element))) {
      const element = ELEMENTS[key]
      // A caution that says forward-looking information involves risks or uncertainties warns in substance.
      const inSubstance = key === 'differ' && uncertain
      // Weak evidence (words of the future, no stated plan) makes every finding a warning.
      const level: Level =
        key === 'updates' || inSubstance || !strong
          ? 'warning'
          : key === 'assumptions'
            ? (options?.assumptions ?? 'error')
            : 'error'
      const decided = inSubstance
        ? ' The caution says forward-looking information involves risks or uncertainties, a warning in substance: say that actual ' +
          'results may differ.'
        : ''
      // Identification opens the caution, as a lawyer writes it; every other element is added at its end.
      const at = key === 'identifies' ? caution[0] : last
      const text = slice(model, at)
      report({
        level,
        reason: element.reason,
        place: at,
        note: `${CITATION}: ${cause}; ${element.why}${decided}`,
        expected: key === 'identifies' ? element.sentence + ' ' + text : text + ' ' + element.sentence,
        actual: text
      })
    }
  }
)

export default remarkLintForwardLookingCaution
