/**
 * `us-securities-act`: a release in which the issuer announces its own
 * offering (src/model/release.ts) says that the securities have not been
 * registered under the U.S. Securities Act of 1933, that they may not be
 * offered or sold in the United States absent registration or an exemption,
 * and that the release is not an offer to sell or a solicitation of an offer
 * to buy. Each part is read with the mandated-wording matcher
 * (src/model/us-securities.ts), in English or in French; a French release
 * gets its messages and sentences in French. See docs/rules/us-securities-act.md.
 */
import {type Finding, atEnd, beforeBlock, defineRule, slice} from '../src/core/rule.js'
import {cautionTop} from '../src/model/caution.js'
import type {UsPart} from '../src/model/model.js'
import {describeOffering, ownOfferingKind} from '../src/model/release.js'
import {ACT_FR, SENTENCES_FR, describeOfferingFr} from './messages/us-securities.js'

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
  // An offering registered in the United States (a registration statement, MJDS) is made there: no Regulation S duty.
  if (!offering || model.release.usRegistered) return
  const {parts} = model.usParagraph
  const line = model.point(offering.start).line
  // Missing, the paragraph is owed once per release, in its language; a part missing, in the paragraph's.
  const found = ORDER.filter((part) => parts[part])
  const anchor = found.length > 0 ? parts[found.at(-1)!]!.sentence : undefined
  const fr = (anchor ? model.language.of(anchor.block) : model.language.release) === 'fr'
  const cause = fr
    ? `ce communiqué annonce ${describeOfferingFr(offering)} : « ${slice(model, offering)} »`
    : `this release announces ${describeOffering(offering)}: “${slice(model, offering)}”`
  // Where the evidence is goes in the note: a reason stays the same when lines move above it.
  const where = fr ? ACT_FR.offering(line) : `(the offering: line ${line})`
  const report = (finding: Finding) => send({...finding, note: `${finding.note} ${where}`})

  if (!anchor) {
    const text = ORDER.map((part) => (fr ? SENTENCES_FR : SENTENCES)[part]).join(' ')
    // Before the forward-looking caution (above its heading), where releases put it; at the end when there is none.
    const caution = cautionTop(model.blocks, model.caution)
    // With the legend at the top, the newswire risk is met and the paragraph is practice: a warning. Without either,
    // nothing in the release restricts the offering in the United States: an error.
    report({
      level: model.legends.length > 0 ? 'warning' : 'error',
      reason: fr
        ? ACT_FR.missing(cause)
        : `Missing U.S. Securities Act paragraph, expected “${SENTENCES['not-registered']} …”; ${cause}`,
      ...(caution ? beforeBlock(model, caution, text) : atEnd(model, text)),
      note: fr
        ? ACT_FR.missingNote
        : `${CITATION}: an offering made outside the United States relies on an exemption from U.S. registration; ` +
          `the release says the securities are not registered and may not be offered or sold there, and that it is ` +
          `no offer (market practice; no Canadian rule mandates the wording).`
    })
    return
  }

  for (const part of ORDER) {
    if (parts[part]) continue
    const sentence = (fr ? SENTENCES_FR : SENTENCES)[part]
    report({
      level: part === 'not-an-offer' ? 'warning' : 'error',
      reason: fr
        ? ACT_FR.missingPart(part, cause)
        : `Missing ${NAMES[part]} in the U.S. Securities Act paragraph; ${cause}`,
      place: anchor,
      expected: `${slice(model, anchor)} ${sentence}`,
      actual: slice(model, anchor),
      note: fr
        ? ACT_FR.partNote(part)
        : `${CITATION}: the paragraph states each of its parts (market practice). Add: “${sentence}”`
    })
  }
})

export default remarkLintUsSecuritiesAct
