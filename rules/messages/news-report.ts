/**
 * A news service's report about the issuer (an interview, an article) is not the issuer's disclosure: NI 43-101
 * binds disclosure "made by or on behalf of an issuer" (s.1.1), so a technical rule's findings on such a report are
 * warnings, each telling why, unless the report says it is made on the issuer's behalf (sponsored, paid for,
 * "disseminated on behalf of"), which makes it the issuer's. The words in English and French.
 */
import type {Finding} from '../../src/core/rule.js'
import {slice} from '../../src/core/rule.js'
import type {Language, Model} from '../../src/model/model.js'

const THIRD_PARTY: Record<Language, (quoted: string) => string> = {
  en: (quoted) =>
    ` This release reads as a third party’s report about the issuer (“${quoted}”), not the issuer’s own: NI 43-101 ` +
    'binds disclosure made by or on behalf of the issuer, so this is a warning. It is owed as stated if the issuer ' +
    'publishes these words or they are made on its behalf.',
  fr: (quoted) =>
    ` Ce communiqué se lit comme le compte rendu d’un tiers sur l’émetteur (« ${quoted} »), non comme le sien : le ` +
    'Règlement 43-101 vise l’information communiquée par l’émetteur ou en son nom ; d’où un avertissement. La ' +
    'mention est due telle quelle si l’émetteur publie ce texte ou s’il est publié en son nom.'
}

/**
 * The `report` of a rule that enforces the issuer's own technical disclosure: as given on the issuer's release (or a
 * report made on its behalf); on a third party's report, every finding a warning whose note says why.
 */
export function issuerDisclosure(model: Model, report: (finding: Finding) => void): (finding: Finding) => void {
  const {speaker, speakerEvidence, onBehalf} = model.release
  if (speaker === 'issuer' || onBehalf) return report
  // Read on the first finding: the release's language is a costlier fact.
  const why = () => THIRD_PARTY[model.language.release](speakerEvidence ? slice(model, speakerEvidence) : '')
  return (finding) => report({...finding, level: 'warning', note: finding.note + why()})
}
