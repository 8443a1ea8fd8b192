/**
 * `forward-looking-caution`: a release with forward-looking information
 * carries a caution that identifies it as such, warns that actual results
 * may differ, names the material risk factors and states the material factors
 * or assumptions (NI 51-102 s.4A.3), and says whether it will be updated.
 * Messages in the language of the words they are about (rules/messages/forward-looking-caution.ts).
 * See docs/rules/forward-looking-caution.md.
 */
import type {Block, CautionElement, Model} from '../src/model/model.js'
import {findCautionElements} from '../src/model/caution.js'
import {issuerExchange} from '../src/core/exchange.js'
import {atEnd, defineRule, slice, type Level} from '../src/core/rule.js'
import {CAUTION_TEXTS, type CautionTexts} from './messages/forward-looking-caution.js'

export interface Options {
  /** Level of a caution that states no assumptions (s.4A.3(c)); default `error` (see the rule doc). */
  assumptions?: Level
}

export {FLI_TEMPLATE} from './messages/forward-looking-caution.js'

const remarkLintForwardLookingCaution = defineRule<Options | undefined>(
  {id: 'forward-looking-caution', options: {assumptions: ['error', 'warning']}},
  ({model, options, report}) => {
    const fli = model.topics.forwardLooking
    if (!fli) return
    // Part 4A binds reporting issuers: a third party's release (an acquirer's early warning) owes a caution only
    // if its speaker is one, which the release does not show. Every finding on it is then a warning.
    const {speaker, speakerEvidence} = model.release
    // Listed abroad only ("(ASX: ABC, NASDAQ: ABCD)", no Canadian exchange): the release does not show a reporting
    // issuer in Canada either, and every finding is a warning saying why.
    const abroad = speaker === 'issuer' ? issuerExchange(model) : undefined
    const foreign = abroad !== undefined && abroad.exchange === undefined ? abroad : undefined
    const strong = fli.strength === 'strong' && speaker === 'issuer' && !foreign
    // The caution is owed once per release: missing, in the language of the evidence; an element missing, in the
    // caution's.
    const caution = model.caution
    const evidence = slice(model, fli)
    const causeIn = (texts: CautionTexts) =>
      speaker === 'third-party'
        ? texts.thirdParty(evidence, speakerEvidence ? slice(model, speakerEvidence) : texts.notIssuer)
        : foreign
          ? texts.abroad(evidence, texts === CAUTION_TEXTS.fr ? foreign.becauseFr : foreign.because)
          : strong
            ? texts.strong(evidence)
            : texts.weak(evidence)

    if (caution.length === 0) {
      // Told in the language of the words it quotes (in a release in two languages, the first part's as a rule).
      const language = model.language.of(fli.sentences[0].block)
      const texts = CAUTION_TEXTS[language]
      report({
        level: strong ? 'error' : 'warning',
        reason: texts.missing,
        ...atEnd(model, texts.template),
        note: texts.missingNote(causeIn(texts))
      })
      return
    }

    // A bilingual release (a caution in each language): each language's is checked on its own, in its language.
    const parts = byLanguage(model, caution)
    const missing = parts.flatMap((part) => {
      const first = part[0]
      const last = part[part.length - 1]
      const texts = CAUTION_TEXTS[model.language.of(last)]
      const {present, uncertain, byWords} = parts.length > 1 ? findCautionElements(part) : model.cautionElements
      const keys = (Object.keys(texts.elements) as CautionElement[]).filter((element) => !present.has(element))
      return keys.map((key) => ({key, first, last, texts, uncertain, byWords, cause: causeIn(texts)}))
    })
    for (const {key, first, last, texts, uncertain, byWords, cause} of missing) {
      const element = texts.elements[key]
      // A caution that says forward-looking information involves risks or uncertainties warns in substance; one that
      // says by which words it may be recognized points at it, without saying what it covers (CSA SN 51-330).
      const inSubstance = key === 'differ' && uncertain
      const signalled = key === 'identifies' && byWords
      // Weak evidence (words of the future, no stated plan) makes every finding a warning.
      const level: Level =
        key === 'updates' || inSubstance || signalled || !strong
          ? 'warning'
          : key === 'assumptions'
            ? (options?.assumptions ?? 'error')
            : 'error'
      const decided = inSubstance ? texts.inSubstance : signalled ? texts.byWords : ''
      // Identification opens the caution, as a lawyer writes it; every other element is added at its end.
      const at = key === 'identifies' ? first : last
      const text = slice(model, at)
      report({
        level,
        reason: element.reason,
        place: at,
        note: texts.note(cause, element.why + decided),
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
