/**
 * `us-securities-act`: a release in which the issuer announces its own
 * offering (src/model/release.ts) says that the securities have not been
 * registered under the U.S. Securities Act of 1933, that they may not be
 * offered or sold in the United States absent registration or an exemption,
 * and that the release is not an offer to sell or a solicitation of an offer
 * to buy. Each part is read with the mandated-wording matcher
 * (src/model/us-securities.ts). See docs/rules/us-securities-act.md.
 */
import {type Finding, atEnd, beforeBlock, defineRule, slice} from '../src/core/rule.js'
import {cautionTop} from '../src/model/caution.js'
import type {UsPart} from '../src/model/model.js'
import {describeOffering, ownOfferingKind} from '../src/model/release.js'

const CITATION = 'U.S. Securities Act of 1933, section 5 and Regulation S (17 CFR 230.902, 230.903); Rules 135 and 135c'

export const SENTENCES: Record<UsPart, string> = {
  'not-registered':
    'The securities have not been and will not be registered under the United States Securities Act of 1933, as ' +
    'amended (the “U.S. Securities Act”), or any state securities laws.',
  'not-offered':
    'The securities may not be offered or sold in the United States absent registration under the U.S. Securities ' +
    'Act or an applicable exemption from its registration requirements.',
  'not-an-offer':
    'This news release does not constitute an offer to sell or the solicitation of an offer to buy any securities ' +
    'in the United States.'
}
const NAMES: Record<UsPart, string> = {
  'not-registered': '“not registered under the U.S. Securities Act of 1933”',
  'not-offered': '“may not be offered or sold in the United States”',
  'not-an-offer': '“does not constitute an offer to sell or a solicitation of an offer to buy”'
}
const ORDER: UsPart[] = ['not-registered', 'not-offered', 'not-an-offer']

const remarkLintUsSecuritiesAct = defineRule({id: 'us-securities-act'}, ({model, report: send}) => {
  const offering = ownOfferingKind(model.release)
  if (!offering) return
  const {parts} = model.usParagraph
  const line = model.point(offering.start).line
  const cause = `this release announces ${describeOffering(offering)}: “${slice(model, offering)}”`
  // Where the evidence is goes in the note: a reason stays the same when lines move above it.
  const report = (finding: Finding) => send({...finding, note: `${finding.note} (the offering: line ${line})`})
  const found = ORDER.filter((part) => parts[part])

  if (found.length === 0) {
    const text = ORDER.map((part) => SENTENCES[part]).join(' ')
    // Before the forward-looking caution (above its heading), where releases put it; at the end when there is none.
    const caution = cautionTop(model.blocks, model.caution)
    // With the legend at the top, the newswire risk is met and the paragraph is practice: a warning. Without either,
    // nothing in the release restricts the offering in the United States: an error.
    report({
      level: model.legends.length > 0 ? 'warning' : 'error',
      reason: `Missing U.S. Securities Act paragraph, expected “${SENTENCES['not-registered']} …”; ${cause}`,
      ...(caution ? beforeBlock(model, caution, text) : atEnd(model, text)),
      note:
        `${CITATION}: an offering made outside the United States relies on an exemption from U.S. registration; ` +
        `the release says the securities are not registered and may not be offered or sold there, and that it is ` +
        `no offer (market practice; no Canadian rule mandates the wording).`
    })
    return
  }

  const anchor = parts[found.at(-1)!]!.sentence
  for (const part of ORDER) {
    if (parts[part]) continue
    report({
      level: part === 'not-an-offer' ? 'warning' : 'error',
      reason: `Missing ${NAMES[part]} in the U.S. Securities Act paragraph; ${cause}`,
      place: anchor,
      expected: `${slice(model, anchor)} ${SENTENCES[part]}`,
      actual: slice(model, anchor),
      note: `${CITATION}: the paragraph states each of its parts (market practice). Add: “${SENTENCES[part]}”`
    })
  }
})

export default remarkLintUsSecuritiesAct
