/**
 * `forward-looking-caution`: a release with forward-looking information
 * carries a caution that identifies it as such, warns that actual results
 * may differ, names the material risk factors and states the material factors
 * or assumptions (NI 51-102 s.4A.3), and says whether it will be updated.
 * See docs/rules/forward-looking-caution.md.
 */
import {has} from '../src/model/model.js'
import {atEnd, defineRule, slice, type Level} from '../src/core/rule.js'

export interface Options {
  /** Level of a caution that states no assumptions (s.4A.3(c)); default `warning` (see the rule doc). */
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

const FLI = 'forward-? ?looking (?:information|statements?)'
/** Words that say a passage is or holds forward-looking information ("contains", "such", "this"). */
const IS_OR_HOLDS = [
  'contains?',
  'contained',
  'includes?',
  'including',
  'included',
  'constitutes?',
  'constituting',
  'are',
  'is',
  'be',
  'deemed',
  'considered',
  'certain',
  'such',
  'these',
  'this',
  'all'
]
/** Words after "forward-looking information" that say what it covers ("including", "regarding"). */
const COVERS = [
  String.raw`includ\w*`,
  'in this',
  'contained',
  'herein',
  'within the meaning',
  'regarding',
  String.raw`relat\w*`,
  'such as',
  'concerning',
  'with respect to'
]
const IDENTIFIES = new RegExp(
  String.raw`\b(?:${IS_OR_HOLDS.join('|')})\b[^.]{0,80}?${FLI}|${FLI}\b[^.]{0,60}?\b(?:${COVERS.join('|')})`
)
const DIFFER = new RegExp(
  [
    String.raw`\b(?:differ|vary)\b`,
    'materially different',
    'no assurance',
    'not guarantees? of',
    'undue reliance',
    '(?:may|might|could) not (?:occur|prove|be realized|be achieved)'
  ].join('|')
)
const RISKS = /\brisks?\b|uncertaint|\bfactors? (?:that|which) (?:could|may|might)\b/
/**
 * A caution that says forward-looking information is subject to risks and uncertainties ("inherent in
 * forward-looking statements are risks") warns in substance that it may not come true, without saying that
 * actual results may vary: the (b) warning is then reported as a warning, not an error (see the rule doc).
 */
const UNCERTAIN = /\b(?:risks?|uncertaint\w*)\b/
const BASES = ['factors', 'expectations', 'estimates', 'opinions', 'beliefs', 'judgments']
const ASSUMPTIONS = new RegExp(
  'assum|material factors|' +
    `based (?:up)?on (?:certain |a number of |the |reasonable )?(?:${BASES.join('|')})|reasonable (?:basis|expectations)`
)
const UPDATES = /\bupdat|\brevis/

interface Element {
  key: 'identifies' | 'differ' | 'risks' | 'assumptions' | 'updates'
  re: RegExp
  reason: string
  why: string
  sentence: string
}

const ELEMENTS: Element[] = [
  {
    key: 'identifies',
    re: IDENTIFIES,
    reason: 'Missing identification of forward-looking information in the caution',
    why: 's.4A.3(a): the caution must identify the forward-looking information as such, saying what it covers.',
    sentence:
      'This news release contains forward-looking information, including statements regarding [the forward-looking matters].'
  },
  {
    key: 'differ',
    re: DIFFER,
    reason: 'Missing warning that actual results may differ from forward-looking information',
    why: 's.4A.3(b): the caution must warn that actual results may vary from the forward-looking information.',
    sentence: 'Actual results may differ materially from those expressed or implied by forward-looking information.'
  },
  {
    key: 'risks',
    re: RISKS,
    reason: 'Missing material risk factors in the forward-looking caution',
    why: 's.4A.3(b): the caution must identify the material risk factors that could cause actual results to differ materially.',
    sentence: 'Risks that could cause actual results to differ materially include [the material risk factors].'
  },
  {
    key: 'assumptions',
    re: ASSUMPTIONS,
    reason: 'Missing material factors or assumptions in the forward-looking caution',
    why: 's.4A.3(c): the caution must state the material factors or assumptions used to develop the forward-looking information.',
    sentence: 'Forward-looking information is based on assumptions, including [the material factors and assumptions].'
  },
  {
    key: 'updates',
    re: UPDATES,
    reason: 'Missing statement on updating forward-looking information',
    why: 's.4A.3(d) (an updating policy; market practice states it): say whether the issuer will update the forward-looking information.',
    sentence:
      'The Company does not undertake to update forward-looking information except as required by applicable securities laws.'
  }
]

const remarkLintForwardLookingCaution = defineRule<Options | undefined>(
  {id: 'forward-looking-caution', options: {assumptions: ['error', 'warning']}},
  ({model, options, report}) => {
    const fli = model.topics.forwardLooking
    if (!fli) return
    const strong = fli.strength === 'strong'
    const cause = strong
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
    for (const element of ELEMENTS) {
      if (caution.some((block) => has(block, element.re))) continue
      const inSubstance = element.key === 'differ' && caution.some((block) => has(block, UNCERTAIN))
      // Weak evidence (words of the future, no stated plan) makes every finding a warning.
      const level: Level =
        element.key === 'updates' || inSubstance || !strong
          ? 'warning'
          : element.key === 'assumptions'
            ? (options?.assumptions ?? 'warning')
            : 'error'
      const decided = inSubstance
        ? ' The caution says forward-looking information involves risks or uncertainties, a warning in substance: say that actual ' +
          'results may differ.'
        : ''
      report({
        level,
        reason: element.reason,
        place: last,
        note: `${CITATION}: ${cause}; ${element.why}${decided}`,
        expected: slice(model, last) + ' ' + element.sentence,
        actual: slice(model, last)
      })
    }
  }
)

export default remarkLintForwardLookingCaution
