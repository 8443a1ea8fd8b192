/**
 * `related-party`: an insider, director, officer or other related party who
 * takes part in the issuer's financing (or another related party
 * transaction) makes it a "related party transaction" under MI 61-101 (TSX-V
 * issuers through TSX-V Policy 5.9). The release names it so, cites the
 * exemptions from the formal valuation and minority approval requirements
 * (ss.5.5(a) and 5.7(1)(a), or others) and the facts they rest on, and, at
 * the closing, explains why the material change report came less than 21
 * days before it (s.5.2(2)). French releases are read and told in French
 * (Règlement 61-101, « opération avec une personne apparentée »;
 * rules/messages/related-party.ts). See docs/rules/related-party.md.
 */
import {type Finding, afterBlock, defineRule, slice} from '../src/core/rule.js'
import {asWritten} from './messages/french.js'
import {RELATED_PARTY_TEXTS} from './messages/related-party.js'
import {issuerExchange} from '../src/core/exchange.js'

export {EXEMPT, EXEMPT_FR, NAMED, NAMED_FR, SHORT_PERIOD, SHORT_PERIOD_FR} from './messages/related-party.js'

const remarkLintRelatedParty = defineRule({id: 'related-party'}, ({model, report: send}) => {
  if (model.release.speaker !== 'issuer') return
  const found = model.relatedParty
  if (!found) return
  const {participation} = found
  // The findings are in the language of the participation's words (a French release: in French, French fixes).
  const lang = model.language.of(participation.sentence.block)
  const words = RELATED_PARTY_TEXTS[lang]
  const fix = (text: string) => asWritten(model, lang, text)
  const line = model.point(participation.start).line
  const cause = words.cause(slice(model, participation.sentence))
  // TSX-V Policy 5.9 is cited for a TSX-V issuer's release only (a CSE, TSX or Cboe issuer is bound by MI 61-101 itself).
  const tsxv = issuerExchange(model).exchange === 'TSXV'
  // Where the evidence is goes in the note: a reason stays the same when lines move above it.
  const report = (finding: Finding, texts = words) =>
    send({...finding, note: `${texts.citation(tsxv)}${finding.note ?? ''}${words.where(line)}`})
  const closing = model.release.kinds.some((kind) => kind.stage === 'closed')

  if (found.paragraph.length === 0 || (!found.instrument && !found.named)) {
    const text = [words.named, words.exempt, ...(closing ? [words.shortPeriod] : [])].join(' ')
    report({
      reason: words.missing.reason(cause),
      ...afterBlock(model, participation.sentence.block, fix(text)),
      note: words.missing.note
    })
    return
  }

  const last = found.paragraph.at(-1)!
  const first = found.paragraph[0]
  const missing: string[] = []
  const add: string[] = []
  if (!found.named || !found.instrument) {
    missing.push(words.elements.named)
    add.push(words.named)
  }
  if (!found.formalValuation || !found.minorityApproval || !found.basis) {
    if (!found.formalValuation || !found.minorityApproval) missing.push(words.elements.exemptions)
    if (!found.basis) missing.push(words.elements.basis)
    add.push(words.exempt)
  }
  if (missing.length > 0) {
    // The exemptions and their facts disclosed under MI 61-101 meet s.5.7(1); calling the participation a "related
    // party transaction" as well is practice: its absence alone is a warning.
    const unnamedOnly = found.instrument && add.length === 1 && add[0] === words.named
    report({
      ...(unnamedOnly ? {level: 'warning' as const} : {}),
      reason: words.elements.reason(missing, cause),
      place: last,
      expected: `${slice(model, last)} ${fix(add.join(' '))}`,
      actual: slice(model, last),
      note: unnamedOnly ? words.elements.unnamedNote : words.elements.note
    })
  } else if (!found.sections) {
    report({level: 'warning', reason: words.sections.reason(cause), place: first, note: words.sections.note})
  }
  for (const miscited of found.miscited) {
    const written = slice(model, miscited)
    // As the citation is written: "5.7(1)(a)", or French "5.7 1) a)"; the message in its block's language.
    const expected = miscited.french ? `5.7 1) ${miscited.letter})` : `5.7(1)(${miscited.letter})`
    const texts = RELATED_PARTY_TEXTS[model.language.of(miscited.block)]
    report(
      {
        level: 'warning',
        reason: texts.miscited.reason(written, expected),
        place: miscited,
        note: texts.miscited.note,
        expected,
        actual: written
      },
      texts
    )
  }
  if (closing && !found.shortPeriod) {
    report({
      level: 'warning',
      reason: words.short.reason(cause),
      place: last,
      expected: `${slice(model, last)} ${fix(words.shortPeriod)}`,
      actual: slice(model, last),
      note: words.short.note
    })
  }
})

export default remarkLintRelatedParty
