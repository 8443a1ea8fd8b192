/**
 * `historical-estimate`: a historical estimate disclosed (NI 43-101 s.2.4)
 * states its source and date, its relevance and reliability, and, with equal
 * prominence, that a qualified person has not done sufficient work to
 * classify it as current mineral resources or reserves and that the issuer is
 * not treating it as current; and, to the extent known, its key assumptions,
 * its categories, more recent data and the work needed to upgrade or verify
 * it. See docs/rules/historical-estimate.md.
 */
import {cautionSentences, droppedElements, HISTORICAL_CAUTION, listOf} from '../src/model/estimate-cautions.js'
import {HISTORICAL_ELEMENTS} from '../src/model/estimates.js'
import {afterBlock, defineRule, slice} from '../src/core/rule.js'

/** s.2.4 and its paragraphs (the letters are unconfirmed). */
const s24 = (letters: string) => `NI 43-101 s.2.4(${letters}) (paragraph letters unconfirmed)`
const FLI = /forward-? ?looking/
const OTHERS: Array<[keyof typeof HISTORICAL_ELEMENTS, string]> = [
  ['assumptions', 'key assumptions, parameters and methods'],
  ['categories', 'the categories used'],
  ['recent', 'more recent estimates or data'],
  ['work', 'the work needed to upgrade or verify it']
]

const remarkLintHistoricalEstimate = defineRule({id: 'historical-estimate'}, ({model, report}) => {
  if (!/histor/i.test(model.value)) return
  const first = model.estimates.historical[0]
  if (!first) return
  const strong = first.strength === 'strong'
  const level = strong ? 'error' : 'warning'
  const line = model.point(first.start).line
  const cause = strong
    ? `this release discloses a historical estimate (line ${line}): “${slice(model, first)}”`
    : `this release refers to a historical estimate (line ${line}): “${slice(model, first)}”`
  const caution = model.estimates.historicalCaution[0]
  if (!caution) {
    report({
      level,
      reason: `Missing historical-estimate statement, expected “${HISTORICAL_CAUTION}”`,
      ...afterBlock(model, first.sentence.block, HISTORICAL_CAUTION),
      note: `${s24('g')}: ${cause}; state with equal prominence that it is not current and not treated as current.`
    })
  } else {
    const dropped = droppedElements(caution.wording)
    if (dropped.length > 0) {
      report({
        level,
        reason: `Unexpected historical-estimate statement that drops ${listOf(dropped)}, expected “${HISTORICAL_CAUTION}”`,
        place: cautionSentences(caution),
        note:
          `${s24('g')}: ${cause}; the statement says both that a QP has not classified it as current and that the ` +
          `issuer is not treating it as current.`,
        expected: HISTORICAL_CAUTION,
        actual: slice(model, cautionSentences(caution))
      })
    }
  }
  if (!strong) return
  const text = model.blocks.filter((block) => !FLI.test(block.norm.text)).map((block) => block.norm.text)
  const has = (re: RegExp) => text.some((t) => re.test(t))
  const missing = [
    ...(has(HISTORICAL_ELEMENTS.source) ? [] : ['source and date']),
    ...(has(HISTORICAL_ELEMENTS.relevance) ? [] : ['relevance and reliability'])
  ]
  if (missing.length > 0) {
    report({
      reason: `Missing ${missing.join(', and ')} of the historical estimate, expected them next to it`,
      place: first,
      note: `${s24('a)–(b')}: ${cause}; identify the source and date of the estimate and comment on its relevance and reliability.`
    })
  }
  const others = OTHERS.filter(([key]) => !has(HISTORICAL_ELEMENTS[key])).map(([, label]) => label)
  if (others.length > 0) {
    report({
      level: 'warning',
      reason: `Missing ${others.join('; ')} (historical estimate), expected them where known`,
      place: first,
      note:
        `${s24('c)–(f')}: ${cause}; give, to the extent known, its key assumptions, the categories it used, any ` +
        `more recent estimates or data, and the work needed to upgrade or verify it.`
    })
  }
})

export default remarkLintHistoricalEstimate
