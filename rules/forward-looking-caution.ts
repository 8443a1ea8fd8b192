/**
 * `forward-looking-caution`: a release with forward-looking information
 * carries a caution that identifies it as such, warns that actual results
 * may differ, names the material risk factors and states the material factors
 * or assumptions (NI 51-102 s.4A.3), and says whether it will be updated.
 * See docs/rules/forward-looking-caution.md.
 */
import type {Block, CautionElement, Model} from '../src/model/model.js'
import {findCautionElements} from '../src/model/caution.js'
import {atEnd, defineRule, slice, type Level} from '../src/core/rule.js'
import {CAUTION_FR, CITATION_FR, ELEMENTS_FR, FLI_TEMPLATE_FR} from './messages/forward-looking-caution.js'

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
    // The caution is owed once per release: missing, in the release's language; an element missing, in the caution's.
    const caution = model.caution
    const evidence = slice(model, fli)
    const causeIn = (fr: boolean) =>
      fr
        ? speaker === 'third-party'
          ? CAUTION_FR.thirdParty(evidence, speakerEvidence ? slice(model, speakerEvidence) : CAUTION_FR.notIssuer)
          : strong
            ? CAUTION_FR.strong(evidence)
            : CAUTION_FR.weak(evidence)
        : speaker === 'third-party'
          ? `the release states forward-looking information (“${slice(model, fli)}”), but a third party speaks ` +
            `(“${speakerEvidence ? slice(model, speakerEvidence) : 'not the issuer'}”): a caution is owed if it is a reporting issuer`
          : strong
            ? `the release states forward-looking information (“${slice(model, fli)}”)`
            : `the release has words of the future (“${slice(model, fli)}”) but no statement of the issuer’s plans or expectations`

    if (caution.length === 0) {
      const fr = model.language.release === 'fr'
      const cause = causeIn(fr)
      report({
        level: strong ? 'error' : 'warning',
        reason: fr ? CAUTION_FR.missing : 'Missing forward-looking information caution',
        ...atEnd(model, fr ? FLI_TEMPLATE_FR : FLI_TEMPLATE),
        note: fr
          ? CAUTION_FR.missingNote(cause)
          : `${CITATION}: ${cause}, so the release must identify it as forward-looking, warn that actual ` +
            `results may differ, name the material risk factors and state the material assumptions. Add a cautionary paragraph.`
      })
      return
    }

    // A bilingual release (a caution in each language): each language's is checked on its own, in its language.
    const parts = byLanguage(model, caution)
    const missing = parts.flatMap((part) => {
      const first = part[0]
      const last = part[part.length - 1]
      const fr = model.language.of(last) === 'fr'
      const {present, uncertain} = parts.length > 1 ? findCautionElements(part) : model.cautionElements
      const keys = (Object.keys(ELEMENTS) as CautionElement[]).filter((element) => !present.has(element))
      return keys.map((key) => ({key, first, last, fr, uncertain, cause: causeIn(fr)}))
    })
    for (const {key, first, last, fr, uncertain, cause} of missing) {
      const element = (fr ? ELEMENTS_FR : ELEMENTS)[key]
      // A caution that says forward-looking information involves risks or uncertainties warns in substance.
      const inSubstance = key === 'differ' && uncertain
      // Weak evidence (words of the future, no stated plan) makes every finding a warning.
      const level: Level =
        key === 'updates' || inSubstance || !strong
          ? 'warning'
          : key === 'assumptions'
            ? (options?.assumptions ?? 'error')
            : 'error'
      const decided = !inSubstance
        ? ''
        : fr
          ? CAUTION_FR.inSubstance
          : ' The caution says forward-looking information involves risks or uncertainties, a warning in substance: say that actual ' +
            'results may differ.'
      // Identification opens the caution, as a lawyer writes it; every other element is added at its end.
      const at = key === 'identifies' ? first : last
      const text = slice(model, at)
      report({
        level,
        reason: element.reason,
        place: at,
        note: fr
          ? `${CITATION_FR} : ${cause} ; ${element.why}${decided}`
          : `${CITATION}: ${cause}; ${element.why}${decided}`,
        expected: key === 'identifies' ? element.sentence + ' ' + text : text + ' ' + element.sentence,
        actual: text
      })
    }
  }
)

/** The caution's blocks by language (English first, then French), or all of them when they are in one language. */
function byLanguage(model: Model, caution: Block[]): Block[][] {
  const parts = (['en', 'fr'] as const).map((language) => caution.filter((b) => model.language.of(b) === language))
  return parts.every((part) => part.length > 0) ? parts : [caution]
}

export default remarkLintForwardLookingCaution
