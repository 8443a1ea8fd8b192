/**
 * `unfilled-placeholder`: template text left in a draft ("[Name]", "[title]",
 * "[the material risk factors]", "$X.XX", "TBD", "●", "____") is an error on
 * those characters: a release that goes out with a blank states no fact where
 * one is required (a misrepresentation under securities legislation), and
 * our own fixes insert such brackets for the issuer to fill in.
 * See docs/rules/unfilled-placeholder.md.
 */
import {has, type Model, type Placeholder} from '../src/model/model.js'
import {defineRule} from '../src/core/rule.js'

const MISREPRESENTATION =
  'Securities Act (Ontario) s.1(1) and its counterparts in the other provinces: a “misrepresentation” is an untrue ' +
  'statement of a material fact or the omission of one that is required or needed to make a statement not misleading'

const QP = /\bqualified persons?\b/

/** Why this blank matters: the statement it sits in, when it is one the instruments require. */
function citation(model: Model, placeholder: Placeholder): string {
  if (model.caution.includes(placeholder.block)) {
    return 'NI 51-102 s.4A.3: the forward-looking caution must state the actual material risk factors and assumptions, not a template’s'
  }
  if (has(placeholder.block, QP)) {
    return 'NI 43-101 s.3.1: the QP statement must give the Qualified Person’s actual name and relationship to the issuer'
  }
  return MISREPRESENTATION
}

const remarkLintUnfilledPlaceholder = defineRule({id: 'unfilled-placeholder'}, ({model, report}) => {
  for (const placeholder of model.placeholders) {
    report({
      reason: `Unexpected unfilled placeholder “${placeholder.text}”, expected the fact it stands for`,
      place: placeholder,
      note:
        `${citation(model, placeholder)}. Template text left in a release (brackets, X's for digits, TBD, ● or ` +
        `underscores) goes to the newswire as written: replace it with the fact, or remove it, before dissemination.`
    })
  }
})

export default remarkLintUnfilledPlaceholder
