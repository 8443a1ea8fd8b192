/**
 * `historical-estimate`: a historical estimate disclosed (NI 43-101 s.2.4)
 * states its source and date, its relevance and reliability, and, with equal
 * prominence, that a qualified person has not done sufficient work to
 * classify it as current mineral resources or reserves and that the issuer is
 * not treating it as current; and, to the extent known, its key assumptions,
 * its categories, more recent data and the work needed to upgrade or verify
 * it. A French estimate is told in French (rules/messages/historical-estimate.ts).
 * See docs/rules/historical-estimate.md.
 */
import {checkCaution} from '../src/core/caution.js'
import {defineRule, slice} from '../src/core/rule.js'
import type {Block} from '../src/model/model.js'
import {asWritten} from './messages/french.js'
import {HISTORICAL_TEXTS} from './messages/historical-estimate.js'

const remarkLintHistoricalEstimate = defineRule({id: 'historical-estimate', duty: 'issuer'}, ({model, report}) => {
  // Called historical, made for or by an earlier owner or operator, or under another code or long before for a
  // property being acquired or optioned (the model reads which).
  if (!/histor|owner|operator|jorc|samrec|s-k ?1300|\bperc\b|acqui|option|earn/.test(model.lower)) return
  const first = model.estimates.historical[0]
  if (!first) return
  const strong = first.strength === 'strong'
  const level = strong ? 'error' : 'warning'
  const line = model.point(first.start).line
  // In the language of the estimate.
  const language = model.language.of(first.sentence.block)
  const texts = HISTORICAL_TEXTS[language]
  const fix = (text: string) => asWritten(model, language, text)
  const cause = texts.cause(strong, line, slice(model, first))
  checkCaution(model, report, {
    block: first.sentence.block,
    found: model.estimates.historicalCaution[0],
    texts,
    cause,
    level,
    fix
  })
  // Not the forward-looking caution, nor the exchange's disclaimer (« … quant à la pertinence ou à l'exactitude du
  // présent communiqué » comments on no estimate's relevance).
  const disclaimed = new Set(model.disclaimers.map((sentence) => sentence.block))
  // Nor the QP's statement and its paragraph's sentences that do not speak of the historical estimate: "approved by
  // Jane Roe, …" and "verified by a site visit in March 2026" say who approved the release and when the data were
  // checked, not the estimate's source and date.
  const qpBlocks = new Set(model.qp?.window)
  const own = (block: Block) =>
    qpBlocks.has(block)
      ? block.sentences
          .filter((sentence) => /histor/i.test(sentence.norm.text))
          .map((sentence) => sentence.norm.text)
          .join(' ')
      : block.norm.text
  const text = model.blocks.filter((block) => !texts.fli.test(block.norm.text) && !disclaimed.has(block)).map(own)
  const has = (re: RegExp) => text.some((t) => re.test(t))
  const {elements, required} = texts
  // Named only (no figures), yet cautioned: s.2.4(a) still asks which estimate it is, a year or a source in its
  // sentence at least (a missing statement is already a warning that says so); the other elements are about figures.
  if (!strong) {
    const identified = (re: RegExp) => re.test(first.sentence.norm.text)
    if (model.estimates.historicalCaution[0] && !has(elements.source) && !identified(elements.identified)) {
      report({level, reason: required.reason([required.source]), place: first, note: required.named(cause)})
    }
    return
  }
  const missing = [
    ...(has(elements.source) ? [] : [required.source]),
    // s.2.4(b): a comment on its relevance and one on its reliability (the label names the one missing).
    ...(!has(elements.relevance)
      ? [required.relevance]
      : !has(elements.relevant)
        ? [required.relevant]
        : has(elements.reliable)
          ? []
          : [required.reliable])
  ]
  if (missing.length > 0) {
    report({reason: required.reason(missing), place: first, note: required.note(cause)})
  }
  const others = texts.others.filter(([key]) => !has(elements[key])).map(([, label]) => label)
  if (others.length > 0) {
    report({level: 'warning', reason: texts.known.reason(others), place: first, note: texts.known.note(cause)})
  }
})

export default remarkLintHistoricalEstimate
