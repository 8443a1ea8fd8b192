/**
 * `metal-equivalent`: an equivalent grade ("0.72 g/t AuEq", "1.1% CuEq", « 7,4 g/t ÉqAu ») is given with the
 * grade of each metal it is made of, the metal prices and the recoveries used to calculate it (or that 100%
 * recovery is assumed) (NI 43-101 s.2.3(1); the prices and recoveries are the calculation's key assumptions).
 * The figures and statements are found once (src/model/equivalents.ts); the messages are in the language of the
 * equivalent grade (rules/messages/metal-equivalent.ts). See docs/rules/metal-equivalent.md.
 */
import {defineRule, slice} from '../src/core/rule.js'
import {EQUIVALENT_TEXTS} from './messages/metal-equivalent.js'

const remarkLintMetalEquivalent = defineRule({id: 'metal-equivalent'}, ({model, report}) => {
  // Cheap first: no "eq" anywhere ("Eq", "ÉqAu", "équivalent"), no equivalent.
  if (!/eq|éq/i.test(model.value)) return
  const equivalents = model.equivalents
  if (!equivalents) return

  const [first] = equivalents.figures
  const textsOf = (figure: typeof first) => EQUIVALENT_TEXTS[model.language.of(figure.sentence.block)]
  const quote = (figure: typeof first) => textsOf(figure).cause(model.point(figure.start).line, slice(model, figure))
  const alone = equivalents.figures.find((figure) => !figure.components)
  if (alone) {
    const {components} = textsOf(alone)
    report({reason: components.reason(quote(alone)), place: alone, note: components.note})
  }
  const texts = textsOf(first)
  if (!equivalents.prices) {
    report({reason: texts.prices.reason(quote(first)), place: first, note: texts.prices.note})
  }
  if (!equivalents.recoveries) {
    report({reason: texts.recoveries.reason(quote(first)), place: first, note: texts.recoveries.note})
  }
})

export default remarkLintMetalEquivalent
