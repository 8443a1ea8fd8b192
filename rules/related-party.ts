/**
 * `related-party`: an insider, director, officer or other related party who
 * takes part in the issuer's financing (or another related party
 * transaction) makes it a "related party transaction" under MI 61-101 (TSX-V
 * issuers through TSX-V Policy 5.9). The release names it so, cites the
 * exemptions from the formal valuation and minority approval requirements
 * (ss.5.5(a) and 5.7(1)(a), or others) and the facts they rest on, and, at
 * the closing, explains why the material change report came less than 21
 * days before it (s.5.2(2)). See docs/rules/related-party.md.
 */
import {type Finding, afterBlock, defineRule, slice} from '../src/core/rule.js'

const CITATION = 'MI 61-101 ss.5.5, 5.7(1) and 5.2(2) (TSX-V Policy 5.9)'

export const NAMED =
  'The participation of the insiders is a “related party transaction” within the meaning of Multilateral ' +
  'Instrument 61-101 – Protection of Minority Security Holders in Special Transactions (“MI 61-101”).'
export const EXEMPT =
  'The Company relies on the exemptions from the formal valuation and minority shareholder approval requirements ' +
  'in sections 5.5(a) and 5.7(1)(a) of MI 61-101, as neither the fair market value of the securities issued to ' +
  'the insiders nor the consideration paid by them exceeds 25% of the Company’s market capitalization.'
export const SHORT_PERIOD =
  'The Company did not file a material change report at least 21 days before the closing because [state the reason]; it ' +
  'considers the shorter period reasonable and necessary in the circumstances.'

const remarkLintRelatedParty = defineRule({id: 'related-party'}, ({model, report: send}) => {
  if (model.release.speaker !== 'issuer') return
  const found = model.relatedParty
  if (!found) return
  const {participation} = found
  const line = model.point(participation.start).line
  const cause = `a related party takes part: “${slice(model, participation.sentence)}”`
  // Where the evidence is goes in the note: a reason stays the same when lines move above it.
  const report = (finding: Finding) => send({...finding, note: `${finding.note} (the participation: line ${line})`})
  const closing = model.release.kinds.some((kind) => kind.stage === 'closed')

  if (found.paragraph.length === 0 || (!found.instrument && !found.named)) {
    const text = [NAMED, EXEMPT, ...(closing ? [SHORT_PERIOD] : [])].join(' ')
    report({
      reason: `Missing MI 61-101 related party transaction paragraph, expected it after the participation; ${cause}`,
      ...afterBlock(model, participation.sentence.block, text),
      note:
        `${CITATION}: a related party's participation is a related party transaction; the release must name it ` +
        `so, disclose the exemptions from the formal valuation and minority approval requirements relied on and ` +
        `the facts supporting them.`
    })
    return
  }

  const last = found.paragraph.at(-1)!
  const first = found.paragraph[0]
  const missing: string[] = []
  const add: string[] = []
  if (!found.named || !found.instrument) {
    missing.push('“related party transaction” within the meaning of MI 61-101')
    add.push(NAMED)
  }
  if (!found.formalValuation || !found.minorityApproval || !found.basis) {
    if (!found.formalValuation || !found.minorityApproval) missing.push('the exemptions relied on')
    if (!found.basis)
      missing.push('the facts supporting them (fair market value not more than 25% of market capitalization)')
    add.push(EXEMPT)
  }
  if (missing.length > 0) {
    report({
      reason: `Missing ${missing.join(', ')} in the MI 61-101 paragraph; ${cause}`,
      place: last,
      expected: `${slice(model, last)} ${add.join(' ')}`,
      actual: slice(model, last),
      note:
        `${CITATION}: the exemptions from the formal valuation and minority approval requirements are available only ` +
        `if the exemption relied on and the facts supporting it are disclosed.`
    })
  } else if (!found.sections) {
    report({
      level: 'warning',
      reason: `Missing the sections of MI 61-101 relied on, expected “sections 5.5(a) and 5.7(1)(a)” (or the others); ${cause}`,
      place: first,
      note: `${CITATION}: name the exemption relied on by its section, as MI 61-101 s.5.7(1) asks it be disclosed.`
    })
  }
  for (const miscited of found.miscited) {
    const written = slice(model, miscited)
    report({
      level: 'warning',
      reason: `Unexpected “${written}”, expected “5.7(1)(${miscited.letter})”`,
      place: miscited,
      note: `${CITATION}: the minority approval exemptions are in subsection 5.7(1) of MI 61-101.`,
      expected: `5.7(1)(${miscited.letter})`,
      actual: written
    })
  }
  if (closing && !found.shortPeriod) {
    report({
      level: 'warning',
      reason: `Missing the reason the material change report was filed less than 21 days before the closing; ${cause}`,
      place: last,
      expected: `${slice(model, last)} ${SHORT_PERIOD}`,
      actual: slice(model, last),
      note:
        `${CITATION}: where the material change report is filed less than 21 days before the closing, the news ` +
        `release explains why the shorter period is reasonable and necessary (s.5.2(2); exact wording unconfirmed).`
    })
  }
})

export default remarkLintRelatedParty
