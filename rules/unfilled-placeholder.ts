/**
 * `unfilled-placeholder`: template text left in a draft ("[Name]", "[title]",
 * "[the material risk factors]", "$X.XX", "TBD", "●", "____") is an error on
 * those characters: a release that goes out with a blank states no fact where
 * one is required (a misrepresentation under securities legislation), and
 * our own fixes insert such brackets for the issuer to fill in. The message is in the language of the block
 * (rules/messages/unfilled-placeholder.ts).
 * See docs/rules/unfilled-placeholder.md.
 */
import {has, type Model, type Placeholder} from '../src/model/model.js'
import {defineRule} from '../src/core/rule.js'
import {PLACEHOLDER_TEXTS, type PlaceholderTexts} from './messages/unfilled-placeholder.js'

const QP = /\bqualified persons?\b/
const QP_FR = /\bpersonnes? qualifi[ée]e?s?(?![a-zà-ÿ])/

/** Why this blank matters: the statement it sits in, when it is one the instruments require. */
function citation(model: Model, placeholder: Placeholder, texts: PlaceholderTexts): string {
  if (model.caution.includes(placeholder.block)) return texts.caution
  if (has(placeholder.block, QP) || has(placeholder.block, QP_FR)) return texts.qp
  return texts.misrepresentation
}

const remarkLintUnfilledPlaceholder = defineRule({id: 'unfilled-placeholder'}, ({model, report}) => {
  for (const placeholder of model.placeholders) {
    // In the language of the words around the blank.
    const texts = PLACEHOLDER_TEXTS[model.language.of(placeholder.block)]
    report({
      reason: placeholder.kind === 'note' ? texts.note(placeholder.text) : texts.reason(placeholder.text),
      place: placeholder,
      note: `${citation(model, placeholder, texts)}. ${texts.fix}`
    })
  }
})

export default remarkLintUnfilledPlaceholder
