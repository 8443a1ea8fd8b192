/**
 * `metal-equivalent`: an equivalent grade ("0.72 g/t AuEq", "1.1% CuEq") is
 * given with the grade of each metal it is made of, the metal prices and the
 * recoveries used to calculate it (or that 100% recovery is assumed)
 * (NI 43-101 s.2.3(1); the prices and recoveries are the calculation's key
 * assumptions). The figures and statements are found once
 * (src/model/equivalents.ts). See docs/rules/metal-equivalent.md.
 */
import {defineRule, slice} from '../src/core/rule.js'

const remarkLintMetalEquivalent = defineRule({id: 'metal-equivalent'}, ({model, report}) => {
  // Cheap first: no "eq" anywhere, no equivalent.
  if (!/eq/i.test(model.value)) return
  const equivalents = model.equivalents
  if (!equivalents) return

  const [first] = equivalents.figures
  const quote = (figure: typeof first) =>
    `this release states an equivalent grade (line ${model.point(figure.start).line}): “${slice(model, figure)}”`
  const alone = equivalents.figures.find((figure) => !figure.components)
  if (alone) {
    report({
      reason: `Missing grades of the metals in the equivalent, expected each metal’s grade with it; ${quote(alone)}`,
      place: alone,
      note:
        'NI 43-101 s.2.3(1): an equivalent grade of several metals may be disclosed only with the grade of each ' +
        'metal; give them next to it (e.g. “(0.54 g/t Au and 0.14% Cu)”).'
    })
  }
  if (!equivalents.prices) {
    report({
      reason: `Missing metal prices of the equivalent, expected the price of each metal used to calculate it; ${quote(first)}`,
      place: first,
      note:
        'NI 43-101 s.2.3(1) and s.3.4 (key assumptions): state the metal prices the equivalent uses, in a note ' +
        'with its formula (e.g. “AuEq = Au + Ag × (US$30/oz ÷ US$2,400/oz)”).'
    })
  }
  if (!equivalents.recoveries) {
    report({
      reason:
        'Missing recoveries of the equivalent, expected the metallurgical recoveries used or that 100% recovery is ' +
        `assumed; ${quote(first)}`,
      place: first,
      note:
        'NI 43-101 s.2.3(1) and s.3.4 (key assumptions): state the recovery of each metal the equivalent assumes, ' +
        'or that it assumes 100% recovery (no recoveries applied), in the note with its formula.'
    })
  }
})

export default remarkLintMetalEquivalent
