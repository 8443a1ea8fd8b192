/**
 * `us-distribution-legend`: a release in which the issuer announces its own
 * offering of securities (src/model/release.ts: not shares for debt, grants,
 * warrant exercises, an acquisition's shares or a holder's early warning)
 * carries, at the top, "Not for distribution to United States newswire
 * services or for dissemination in the United States" (U.S. Securities Act of
 * 1933, Regulation S). See docs/rules/us-distribution-legend.md.
 */
import {beforeBlock, defineRule, slice} from '../src/core/rule.js'
import {describeOffering, ownOfferingKind} from '../src/model/release.js'

export const US_LEGEND =
  'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'

const CITATION =
  'U.S. Securities Act of 1933, Regulation S (17 CFR 230.902(c), 230.903: no “directed selling efforts” in the United States)'

const remarkLintUsDistributionLegend = defineRule({id: 'us-distribution-legend'}, ({model, report}) => {
  const offering = ownOfferingKind(model.release)
  if (!offering) return

  const legends = model.legends
  // The top: the header down to the dateline (the first blocks when there is none).
  if (legends.some((legend) => legend.block.index <= model.layout.headerEnd)) return

  // What was decided, on which words: "this release announces a private placement (line 5): “…”".
  const line = model.point(offering.start).line
  const cause = `this release announces ${describeOffering(offering)} (line ${line}): “${slice(model, offering)}”`
  const first = legends[0]
  if (first) {
    report({
      level: 'warning',
      reason: 'Unexpected U.S. distribution legend below the dateline, expected it at the top of the release',
      place: first.block,
      note: `${CITATION}: ${cause}; the legend belongs above the dateline, where newswires read it, so move it to the top.`
    })
    return
  }

  // Above the first heading or paragraph, a paragraph of its own (never inside the headline).
  report({
    reason:
      'Missing U.S. distribution legend, expected “Not for distribution to United States newswire services or ' +
      `for dissemination in the United States” at the top; ${cause}`,
    ...beforeBlock(model, model.blocks[0], US_LEGEND),
    note:
      `${CITATION}: a release on a U.S. newswire about an offering made outside the United ` +
      `States risks being a directed selling effort; put the legend at the top, before the dateline.`
  })
})

export default remarkLintUsDistributionLegend
