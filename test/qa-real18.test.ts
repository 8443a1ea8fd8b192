/**
 * Releases of juniors and developers disclosing resource estimates, studies, historical estimates and
 * exploration targets, of the shapes real ones take (a list of historical estimates under a lead-in, resource
 * figures in highlight bullets, a chief executive's quote naming drill targets beside the resource). The issuers,
 * people and properties are invented, in our own words; each case reproduces the shape of a release the document
 * model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const HISTORICAL_CAUTION =
  'A qualified person has not done sufficient work to classify the historical estimates as current mineral ' +
  'resources or mineral reserves, and the Company is not treating them as current mineral resources or mineral ' +
  'reserves.'

describe('historical estimates listed under a lead-in that calls them historical are not current resources', () => {
  const opening =
    'VANCOUVER, BC, March 4, 2026 /CNW/ - Corrie Bay Gold Inc. (CSE: CBG) ("Corrie Bay" or the "Company") ' +
    'reports on the Tarn Valley claims it has agreed to acquire from Ashgrove Minerals Pty Ltd.'
  // A paragraph that runs on into the list's first subheading (no blank line between), as copied releases do.
  const list =
    'The claims host the following historical estimates:\nLinnet Creek Project (Permit 51220)\n\n' +
    '- The Linnet Creek estimate is reported at 1.4 Mt grading 3.9 g/t Au for 176 koz, at a 1.2 g/t cut-off, ' +
    'prepared by Ashgrove in 2021.\nHollins Gold Project (Permit 51221)\n' +
    '- The Hollins estimate is reported at 0.62 Mt at 4.4 g/t Au for 88 koz, prepared by Ashgrove in 2022.'

  it('no mineral-resource finding: the figures are the historical estimates the lead-in names', async () => {
    expect(await messages('mineral-resource', `${opening}\n\n${list}\n\n${HISTORICAL_CAUTION}`)).toEqual([])
  })

  it('the historical estimates owe their caution: missing, it is an error', async () => {
    const found = await messages('historical-estimate', `${opening}\n\n${list}`)
    expect(found.some((m) => m.includes('error Missing historical-estimate statement'))).toBe(true)
  })

  it('a paragraph that says its figure is not current and is a historical estimate', async () => {
    const text =
      `${opening}\n\nOur release of February 26 said the claims host an Inferred resource of 2.1 Mt at 3.6 g/t ` +
      'Au. The claims do not contain a current mineral resource estimate. The Company meant to disclose that ' +
      `figure as a historical estimate, made by Ashgrove in 2021.\n\n${HISTORICAL_CAUTION}`
    expect(await messages('mineral-resource', text)).toEqual([])
  })

  it.each([
    // The issuer's own estimate brought by its lead-in, an earlier historical one named on the way.
    'The updated estimate, which replaces the historical estimates, is set out below:',
    // A lead-in with no historical name.
    'The claims host the following estimates:'
  ])('still a current estimate: %j', async (lead) => {
    const text = `${opening}\n\n${list.replace('The claims host the following historical estimates:', lead)}`
    expect((await messages('mineral-resource', text)).length).toBeGreaterThan(0)
  })
})

describe('a figure in a CIM category is a resource’s, not the potential quantity of targets named beside it', () => {
  const opening =
    'TORONTO, ON / ACCESSWIRE / April 8, 2026 / Windrush Copper Corp. (TSX: WCC) ("Windrush" or the "Company") ' +
    'reports a preliminary economic assessment and an updated mineral resource estimate for its Pell Creek project.'

  it.each([
    'Maya Ostrowski, President, said, "In two years we have delivered an estimate with 3.1 billion pounds of ' +
      'copper in the Measured and Indicated category, a sound PEA and a pipeline of exploration targets."',
    'The project holds Indicated resources of 410 Mt and numerous untested exploration targets along the belt.'
  ])('no exploration-target finding: %#', async (sentence) => {
    expect(await messages('exploration-target', `${opening}\n\n${sentence}`)).toEqual([])
  })

  it.each([
    // A target's range beside a categorized resource: the range is the target's.
    'Below the pit, an exploration target of 40 to 60 Mt grading 0.3% to 0.5% Cu lies beneath the Indicated ' +
      'resource of 410 Mt.',
    // A target's single figure, no category: still a target, not given as ranges.
    'The Company has also defined an exploration target of 50 Mt at the north end of the belt.'
  ])('still a target: %#', async (sentence) => {
    const found = await messages('exploration-target', `${opening}\n\n${sentence}`)
    expect(found.some((m) => m.includes('error'))).toBe(true)
  })
})

describe('a highlight that is a categorized figure, under the estimate its heading names, is a resource', () => {
  const opening =
    'VANCOUVER, British Columbia, June 2, 2026 (GLOBE NEWSWIRE) -- Pikeshore Lithium Corp. (TSXV: PKL) ' +
    '("Pikeshore" or the "Company") reports a maiden mineral resource estimate for its Sable Lake property.'
  const bullets =
    'Highlights\n\n- Sable Lake is now among the larger lithium pegmatite mineral resources in Quebec.\n' +
    '- 64.3 Mt at 1.21% Li2O and 140 ppm Ta2O5 inferred, (0.35% Li2O cut-off grade).\n' +
    '- 21.5 Mt at 1.38% Li2O Indicated, and\n- Based on 118 core holes totalling 41,200 m.'

  it('a missing effective date and not-reserves sentence are found', async () => {
    const found = await messages('mineral-resource', `${opening}\n\n${bullets}`)
    expect(found.some((m) => m.includes('error Missing effective date'))).toBe(true)
    expect(found.some((m) => m.includes('not mineral reserves'))).toBe(true)
  })

  it('stated in full, no finding', async () => {
    const notes =
      'The effective date of the estimate is May 15, 2026. It is reported at a 0.35% Li2O cut-off grade within a ' +
      'conceptual pit using a spodumene concentrate price of US$1,500 per tonne and a recovery of 70%. Mineral ' +
      'resources that are not mineral reserves do not have demonstrated economic viability.'
    expect(await messages('mineral-resource', `${opening}\n\n${bullets}\n\n${notes}`)).toEqual([])
  })

  it('a footnote that cites a neighbour’s deposit by its figure is not read as the issuer’s', async () => {
    const text =
      `${opening}\n\nThe property lies 20 km east of the Harlow Lake deposit.(1)\n\n1. Harlow Lake. Technical ` +
      'report of 2019, 540,000 ounces of gold (12 Mt at 1.4 g/t Au) in the Indicated category.'
    expect(await messages('mineral-resource', text)).toEqual([])
  })
})

describe('an exploration target given as a list under a lead-in that names it', () => {
  const opening =
    'VANCOUVER, B.C. - May 6, 2026 (NEWMEDIAWIRE) - Sedgefield Gold Ltd. (TSXV: SDG) (the "Company") reports an ' +
    'exploration target for its Corbin Lake property.'
  const list =
    'The Company has defined a Conceptual Exploration Target of:\n\n- 12 to 30 million tonnes\n\n' +
    '- Grading between 1.1 and 1.6 grams per tonne (g/t) gold\n\n' +
    'The exploration target is based on 164 historical drill holes totalling 38,400 metres.'
  const caution =
    'The potential quantity and grade of the exploration target are conceptual in nature. There has been ' +
    'insufficient exploration to define a mineral resource, and it is uncertain if further exploration will ' +
    'result in the target being delineated as a mineral resource.'

  it('stated in full, no finding (a grade range in words is a range)', async () => {
    expect(await messages('exploration-target', `${opening}\n\n${list}\n\n${caution}`)).toEqual([])
  })

  it('its caution missing is an error', async () => {
    const found = await messages('exploration-target', `${opening}\n\n${list}`)
    expect(found.some((m) => m.includes('error Missing exploration-target caution'))).toBe(true)
  })

  it('its caution dropping the uncertainty is an error', async () => {
    const dropped = caution.replace(
      ', and it is uncertain if further exploration will result in the target being ' +
        'delineated as a mineral resource',
      ''
    )
    const found = await messages('exploration-target', `${opening}\n\n${list}\n\n${dropped}`)
    expect(found.some((m) => m.includes('error') && m.includes('drops'))).toBe(true)
  })

  it('a list of drill results under a lead-in naming exploration targets is no target', async () => {
    const results =
      'Highlights from the exploration targets drilled in 2025:\n\n- 2.4 g/t Au over 11.0 m in hole CL-25-04\n\n' +
      '- 1.3 g/t Au over 27.5 m in hole CL-25-09'
    expect(await messages('exploration-target', `${opening}\n\n${results}`)).toEqual([])
  })
})

describe('an estimate under another code for a property being acquired is a historical estimate', () => {
  const acquiring =
    'TORONTO, Sept. 9, 2026 /CNW/ - Larchmont Mining Corp. (TSX: LMC) ("Larchmont") is pleased to announce an ' +
    'agreement to acquire the Quillan gold project in Ghana from Orebridge Holdings plc.'
  const estimate =
    '- Quillan contains 1.2 million ounces of indicated and 0.4 million ounces of inferred JORC-compliant gold ' +
    'resource, open in all directions.\n- Larchmont plans to update the resource to meet NI 43-101 after closing.'

  it('its s.2.4 statement missing is a historical-estimate error, not a current resource’s', async () => {
    const text = `${acquiring}\n\nHighlights:\n\n${estimate}`
    const found = await messages('historical-estimate', text)
    expect(found.some((m) => m.includes('error Missing historical-estimate statement'))).toBe(true)
    expect(await messages('mineral-resource', text)).toEqual([])
  })

  it('an issuer reporting its own estimate under two codes (no acquisition) is read as current', async () => {
    const own =
      'PERTH, Western Australia, Sept. 9, 2026 /CNW/ - Emu Flat Gold Limited (ASX: EFG) (TSX: EFG) reports its ' +
      'annual Mineral Resource statement.'
    const text =
      `${own}\n\nHighlights:\n\n- Emu Flat contains 2.3 million ounces of indicated JORC-compliant gold ` +
      'resource at 1.9 g/t Au.'
    expect(await messages('historical-estimate', text)).toEqual([])
    expect((await messages('mineral-resource', text)).length).toBeGreaterThan(0)
  })
})
