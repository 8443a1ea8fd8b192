/**
 * `life-offering`: a LIFE offering (the listed issuer financing exemption,
 * NI 45-106 Part 5A) is announced with the statement that there is an
 * offering document (Form 45-106F19), where it can be accessed (the issuer's
 * SEDAR+ profile and website) and that prospective investors should read it
 * before investing; and its securities are free trading, so a hold period
 * stated of them is an error (one stated of a concurrent offering under
 * another exemption is not). A French release is told in French
 * (rules/messages/life-offering.ts). See docs/rules/life-offering.md.
 */
import {type Finding, afterBlock, defineRule, slice} from '../src/core/rule.js'
import {lifeHolds} from '../src/model/life.js'
import {ownOfferingKind} from '../src/model/release.js'
import type {Block} from '../src/model/document.js'
import {asWritten} from './messages/french.js'
import {LIFE_TEXTS} from './messages/life-offering.js'

export {DOCUMENT, READ} from './messages/life-offering.js'

const remarkLintLifeOffering = defineRule({id: 'life-offering'}, ({model, report: send}) => {
  const offering = ownOfferingKind(model.release)
  if (!offering) return
  // A LIFE offering: the release names the exemption, or states the LIFE offering document's access.
  const named = offering.form === 'LIFE offering' || model.offering.life
  if (!named && !/offering ?document|document d.offre|notice d.offre/.test(model.lower)) return
  const document = model.lifeDocument
  if (!named && !(document.document && document.sedar && document.read)) return
  const line = model.point(offering.start).line
  // Each finding in the language of its words; a missing statement in the release's.
  const languageOf = (block: Block | undefined) => (block ? model.language.of(block) : model.language.release)
  const texts = (block: Block | undefined) => LIFE_TEXTS[languageOf(block)]
  const fix = (block: Block | undefined, text: string) => asWritten(model, languageOf(block), text)
  // Where the evidence is goes in the note: a reason stays the same when lines move above it.
  const report = (block: Block | undefined, finding: Finding) =>
    send({...finding, note: `${finding.note}${texts(block).where(line)}`})

  const block = model.blocks.find((candidate) => candidate.start <= offering.start && offering.start < candidate.end)
  const at = document.sentence?.block
  const told = texts(at)
  const cause = told.cause(offering, slice(model, offering))
  // The statement belongs in the news release that announces the offering (NI 45-106 Part 5A), not in its closing's.
  const owed = offering.stage !== 'closed'
  if (owed && (!document.document || !document.sedar)) {
    const place = document.sentence
      ? {
          place: document.sentence,
          expected: `${slice(model, document.sentence)} ${fix(at, told.document)}`,
          actual: slice(model, document.sentence)
        }
      : afterBlock(model, block, told.document)
    report(at, {reason: told.access.reason(cause), ...place, expected: fix(at, place.expected), note: told.access.note})
  } else if (owed) {
    const missing = [
      ...(document.website ? [] : [told.elements.website]),
      ...(document.read ? [] : [told.elements.read])
    ]
    if (missing.length > 0) {
      report(at, {
        level: 'warning',
        reason: told.elements.reason(missing),
        place: document.sentence!,
        ...(document.read
          ? {}
          : {
              expected: `${slice(model, document.sentence!)} ${fix(at, told.read)}`,
              actual: slice(model, document.sentence!)
            }),
        note: told.elements.note
      })
    }
  }

  for (const hold of lifeHolds(model.offering.holds, model.own)) {
    const words = texts(hold.sentence.block)
    const because = words.cause(offering, slice(model, offering))
    report(hold.sentence.block, {reason: words.hold.reason(because), place: hold, note: words.hold.note})
  }
})

export default remarkLintLifeOffering
