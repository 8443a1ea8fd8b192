/**
 * `life-offering`: a LIFE offering (the listed issuer financing exemption,
 * NI 45-106 Part 5A) is announced with the statement that there is an
 * offering document (Form 45-106F19), where it can be accessed (the issuer's
 * SEDAR+ profile and website) and that prospective investors should read it
 * before investing; and its securities are free trading, so a hold period
 * stated of them is an error (one stated of a concurrent offering under
 * another exemption is not). See docs/rules/life-offering.md.
 */
import {type Finding, afterBlock, defineRule, slice} from '../src/core/rule.js'
import {lifeHolds} from '../src/model/life.js'
import {describeOffering, ownOfferingKind} from '../src/model/release.js'

const CITATION = 'NI 45-106 Part 5A (listed issuer financing exemption) and Form 45-106F19'

export const DOCUMENT =
  'There is an offering document related to the Offering that can be accessed under the Company’s profile at ' +
  'www.sedarplus.ca and on the Company’s website. Prospective investors should read this offering document before ' +
  'making an investment decision.'
export const READ = 'Prospective investors should read this offering document before making an investment decision.'

const remarkLintLifeOffering = defineRule({id: 'life-offering'}, ({model, report: send}) => {
  const offering = ownOfferingKind(model.release)
  if (!offering) return
  // A LIFE offering: the release names the exemption, or states the LIFE offering document's access.
  const named = offering.form === 'LIFE offering' || model.offering.life
  if (!named && !/offering ?document/i.test(model.value)) return
  const document = model.lifeDocument
  if (!named && !(document.document && document.sedar && document.read)) return
  const line = model.point(offering.start).line
  const cause = `this release announces ${describeOffering(offering)}: “${slice(model, offering)}”`
  // Where the evidence is goes in the note: a reason stays the same when lines move above it.
  const report = (finding: Finding) => send({...finding, note: `${finding.note} (the offering: line ${line})`})

  const block = model.blocks.find((candidate) => candidate.start <= offering.start && offering.start < candidate.end)
  if (!document.document || !document.sedar) {
    report({
      reason: `Missing where the LIFE offering document can be accessed, expected “${DOCUMENT.split('. ')[0]}”; ${cause}`,
      ...(document.sentence
        ? {
            place: document.sentence,
            expected: `${slice(model, document.sentence)} ${DOCUMENT}`,
            actual: slice(model, document.sentence)
          }
        : afterBlock(model, block, DOCUMENT)),
      note:
        `${CITATION}: the news release announcing a LIFE offering states that there is an offering document and ` +
        `where it can be accessed (the issuer's SEDAR+ profile and website); the exact wording is unconfirmed.`
    })
  } else {
    const missing = [
      ...(document.website ? [] : ['the issuer’s website']),
      ...(document.read ? [] : ['that prospective investors should read it before investing'])
    ]
    if (missing.length > 0) {
      report({
        level: 'warning',
        reason: `Missing ${missing.join(' and ')} in the offering document statement`,
        place: document.sentence!,
        ...(document.read
          ? {}
          : {expected: `${slice(model, document.sentence!)} ${READ}`, actual: slice(model, document.sentence!)}),
        note: `${CITATION}: the offering document statement says where to read it and that investors should read it before investing.`
      })
    }
  }

  for (const hold of lifeHolds(model.offering.holds, model.own)) {
    report({
      reason: `Unexpected hold period on securities of a LIFE offering, expected none; ${cause}`,
      place: hold,
      note:
        `${CITATION}: securities distributed under the listed issuer financing exemption are not subject to a ` +
        `restricted period (NI 45-102); state that they are free trading, or say which other securities the hold binds.`
    })
  }
})

export default remarkLintLifeOffering
