/**
 * `metal-equivalent`: an equivalent grade ("0.72 g/t AuEq", "1.1% CuEq", « 7,4 g/t ÉqAu ») is given with the
 * grade of each metal it is made of, the metal prices and the recoveries used to calculate it (or that 100%
 * recovery is assumed) (NI 43-101 s.2.3(1); the prices and recoveries are the calculation's key assumptions).
 * The figures and statements are found once (src/model/equivalents.ts); the messages are in the language of the
 * equivalent grade (rules/messages/metal-equivalent.ts). See docs/rules/metal-equivalent.md.
 */
import {defineRule, slice} from '../src/core/rule.js'
import {EQUIVALENT_TEXTS} from './messages/metal-equivalent.js'

const remarkLintMetalEquivalent = defineRule({id: 'metal-equivalent', duty: 'issuer'}, ({model, report}) => {
  // Cheap first: no "eq" anywhere ("Eq", "ÉqAu", "équivalent"), no equivalent.
  if (!/eq|éq/.test(model.lower)) return
  const equivalents = model.equivalents
  if (!equivalents) return

  const [first] = equivalents.figures
  const textsOf = (figure: typeof first) => EQUIVALENT_TEXTS[model.language.of(figure.sentence.block)]
  const quote = (figure: typeof first) => textsOf(figure).cause(model.point(figure.start).line, slice(model, figure))
  // s.2.3(1) binds each equivalent grade. Where the release states how its equivalents are calculated (prices or
  // recoveries) and gives the metals of another equivalent, or points to a table, one figure without its metals
  // is a warning that says so; where it never gives them, an error, on the first figure that has nothing (a table
  // of equivalents only after a headline pointing to a table: the table's row).
  const basis = Boolean(equivalents.prices || equivalents.recoveries)
  const without = equivalents.figures.filter((figure) => !figure.components)
  const alone = without.find((figure) => !basis || !figure.support) ?? without[0]
  const support = basis ? alone?.support : undefined
  if (alone && support) {
    const {elsewhere} = textsOf(alone)
    const span = support.kind === 'figure' ? support.figure : support
    const line = model.point(span.start).line
    const where = elsewhere[support.kind](line, slice(model, span))
    report({level: 'warning', reason: elsewhere.reason(quote(alone), where), place: alone, note: elsewhere.note})
  } else if (alone) {
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
