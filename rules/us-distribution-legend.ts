/**
 * `us-distribution-legend`: a release about an offering of securities carries,
 * at the top, "Not for distribution to United States newswire services or for
 * dissemination in the United States" (Regulation S risk control, requirements.md §5).
 * See docs/rules/us-distribution-legend.md.
 */
import {find} from '../src/model/model.js'
import {defineRule, slice} from '../src/rule.js'

export const US_LEGEND = 'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'

const CITATION =
  'U.S. Securities Act of 1933, Regulation S (17 CFR 230.902(c), 230.903: no “directed selling efforts” in the United States)'

// "Not for distribution to U.S. newswire services or for dissemination in the
// United States"; "intended for distribution in Canada only and is not
// authorized for distribution to the United States newswire services …".
const LEGEND =
  /\bnot ?(?:be )?(?:for|intended for|authori[sz]ed for|to be) ?(?:distribution|dissemination|release|publication)\b[^.]{0,120}?\b(?:united states|u\.s\.?|usa)(?![a-z])/

const remarkLintUsDistributionLegend = defineRule({id: 'us-distribution-legend'}, ({model, report}) => {
  const offering = model.topics.offering
  if (!offering) return

  const legends = model.blocks
    .map((block) => ({block, found: find(block, LEGEND)}))
    .filter((entry) => entry.found !== undefined)
  // The top: the header down to the dateline (the first blocks when there is none).
  const topIndex = model.dateline ? model.dateline.index : 2
  if (legends.some((entry) => entry.block.index <= topIndex)) return

  const cause = `the release speaks of an offering of securities (“${slice(model, offering)}”)`
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

  const firstBlock = model.blocks[0]
  report({
    reason: 'Missing U.S. distribution legend, expected “Not for distribution to United States newswire services or for dissemination in the United States” at the top',
    place: firstBlock ? firstBlock.start : 0,
    note: `${CITATION}: ${cause}. A release on a U.S. newswire about an offering made outside the United States risks being a directed selling effort; put the legend at the top, before the dateline.`,
    expected: US_LEGEND + '\n\n'
  })
})

export default remarkLintUsDistributionLegend
