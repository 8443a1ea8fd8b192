/**
 * `us-distribution-legend`: a release in which the issuer announces its own
 * offering of securities (src/model/release.ts: not shares for debt, grants,
 * warrant exercises, an acquisition's shares or a holder's early warning)
 * carries, at the top, "Not for distribution to United States newswire
 * services or for dissemination in the United States" (U.S. Securities Act of
 * 1933, Regulation S); a French release, in French ("Ne pas distribuer aux
 * agences de transmission américaines ni diffuser aux États-Unis"), with its
 * messages in French. See docs/rules/us-distribution-legend.md.
 */
import {beforeBlock, defineRule, slice} from '../src/core/rule.js'
import {describeOffering, ownOfferingKind} from '../src/model/release.js'
import {LEGEND_FR, US_LEGEND_FR, describeOfferingFr} from './messages/us-securities.js'

export const US_LEGEND =
  'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'

const CITATION =
  'U.S. Securities Act of 1933, Regulation S (17 CFR 230.902(c), 230.903: no “directed selling efforts” in the United States)'

const remarkLintUsDistributionLegend = defineRule({id: 'us-distribution-legend'}, ({model, report}) => {
  const offering = ownOfferingKind(model.release)
  // An offering registered in the United States (a registration statement, MJDS) is made there: no Regulation S duty.
  if (!offering || model.release.usRegistered) return

  const legends = model.legends
  // The top: the header down to the dateline (the first blocks when there is none).
  if (legends.some((legend) => legend.block.index <= model.layout.headerEnd)) return

  // What was decided, on which words: "this release announces a private placement (line 5): “…”".
  const line = model.point(offering.start).line
  // Once per release: in the release's language (a bilingual release's legend may be in either).
  const fr = model.language.release === 'fr'
  const cause = fr
    ? `ce communiqué annonce ${describeOfferingFr(offering)} (ligne ${line}) : « ${slice(model, offering)} »`
    : `this release announces ${describeOffering(offering)} (line ${line}): “${slice(model, offering)}”`
  const first = legends[0]
  if (first) {
    report({
      level: 'warning',
      reason: fr
        ? LEGEND_FR.below
        : 'Unexpected U.S. distribution legend below the dateline, expected it at the top of the release',
      place: first.block,
      note: fr
        ? LEGEND_FR.belowNote(cause)
        : `${CITATION}: ${cause}; the legend belongs above the dateline, where newswires read it, so move it to the top.`
    })
    return
  }

  // Above the first heading or paragraph, a paragraph of its own (never inside the headline).
  report({
    reason: fr
      ? LEGEND_FR.missing(cause)
      : 'Missing U.S. distribution legend, expected “Not for distribution to United States newswire services or ' +
        `for dissemination in the United States” at the top; ${cause}`,
    ...beforeBlock(model, model.blocks[0], fr ? US_LEGEND_FR : US_LEGEND),
    note: fr
      ? LEGEND_FR.missingNote
      : `${CITATION}: a release on a U.S. newswire about an offering made outside the United ` +
        `States risks being a directed selling effort; put the legend at the top, before the dateline.`
  })
})

export default remarkLintUsDistributionLegend
