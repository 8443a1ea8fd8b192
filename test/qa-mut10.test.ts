/**
 * Planted defects in resource, study and historical-estimate releases, second round: compliant drafts a QP and counsel
 * would write (a multi-deposit update, a resource update that restates a reserve, a PEA with two cases, a
 * pre-feasibility study, a historical estimate on an optioned property, an exploration target), each with one defect
 * a securities lawyer expects caught, and the same drafts written other real ways that must pass. The issuers, people
 * and properties are invented, in our own words; each case reproduces the shape of a draft the model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const LEAD =
  'MONTREAL, Quebec, December 3, 2026 – Ostrander Lithium Corp. (TSX: OLC) ("Ostrander" or the "Company") ' +
  'announces the results of a pre-feasibility ' +
  'study for its Fenwick Lake project. The Probable Mineral Reserves of 31.4 million tonnes grading 1.27% Li2O, ' +
  'effective November 25, 2026, were estimated at a cut-off grade of 0.35% Li2O within a pit design.'
/** The estimate's paragraph further down than the release's opening (title and first paragraphs), as a release sets it. */
const BODY = `${LEAD}\n\n## Resource Estimate\n\nThe estimate was prepared by Wexley Engineering Inc.\n\n`
const VIABILITY = 'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'

describe('mineral-resource: "Mineral Resources," opening a sentence is the CIM term, not a company cited', () => {
  it.each([
    'The Mineral Resources, effective September 30, 2026, and inclusive of the Mineral Reserves, are Indicated ' +
      'Mineral Resources of 38.9 million tonnes grading 1.31% Li2O and Inferred Mineral Resources of 9.6 million tonnes ' +
      'grading 1.18% Li2O.',
    'Indicated Mineral Resources, inclusive of the Mineral Reserves and reported at a 0.30% Li2O cut-off, total 38.9 ' +
      'million tonnes grading 1.31% Li2O; Inferred Mineral Resources total 9.6 million tonnes grading 1.18% Li2O.',
    'Mineral Resources, inclusive of the Mineral Reserves, comprise 38.9 million tonnes grading 1.31% Li2O in the ' +
      'Indicated category and 9.6 million tonnes grading 1.18% Li2O in the Inferred category.'
  ])('an error without the economic-viability sentence: %s', async (sentence) => {
    const found = await messages('mineral-resource', `${BODY}${sentence}`)
    expect(found.filter((m) => m.includes('error') && m.includes('economic viability'))).toHaveLength(1)
    expect(await messages('mineral-resource', `${BODY}${sentence} ${VIABILITY}`)).toEqual([])
  })
  it('a source note that opens with a company named "… Mineral Resources" is still another owner\'s estimate', async () => {
    const note =
      '1. Halvorsen Mineral Resources, NI 43-101 report of 2019: Indicated Mineral Resources of 12.2 million tonnes ' +
      'grading 1.10% Li2O at the Tern Lake deposit.'
    const text = `${BODY}${note}`
    expect(await messages('mineral-resource', text)).toEqual([])
  })
})

const OPTIONED =
  'THUNDER BAY, Ontario, December 4, 2026 – Garnock Resources Inc. (CSE: GRN) ("Garnock" or the "Company") has ' +
  'optioned the Wrenfield gold property.\n\nThe property hosts a historical estimate prepared by Morrow & Baines ' +
  'Consulting Ltd. for Kesterton Mines Limited in March 1989 of 612,000 tons grading 0.21 ounces of gold per ton in the ' +
  '"probable" category, by the polygonal method at a cut-off of 0.10 ounces per ton. The "probable" category is not ' +
  'a CIM category. The Company considers the estimate relevant and reasonably reliable, and knows of no more recent ' +
  'estimate or data. To verify the historical estimate as current Mineral Resources, the Company would need to twin ' +
  'ten historical holes and prepare a new estimate.'

describe('historical-estimate: the issuer\'s clause first, then "no qualified person has done sufficient work"', () => {
  it.each([
    'Garnock is not treating the historical estimate as current Mineral Resources or Mineral Reserves, and no ' +
      'Qualified Person has done sufficient work to classify it as current Mineral Resources or Mineral Reserves.',
    'The Company does not treat the historical estimate as current mineral resources, as no qualified person has done ' +
      'sufficient work to classify it as such.'
  ])('silent: %s', async (statement) => {
    expect(await messages('historical-estimate', `${OPTIONED}\n\n${statement}`)).toEqual([])
  })
  it.each([
    'Garnock is treating the historical estimate as current Mineral Resources, and no Qualified Person has done ' +
      'sufficient work to classify it as current Mineral Resources or Mineral Reserves.',
    'Garnock is not treating the historical estimate as current Mineral Resources or Mineral Reserves, and a ' +
      'Qualified Person has done sufficient work to classify it as current Mineral Resources or Mineral Reserves.'
  ])('an error where a clause says the opposite: %s', async (statement) => {
    const found = await messages('historical-estimate', `${OPTIONED}\n\n${statement}`)
    expect(found.filter((m) => m.includes('error'))).toHaveLength(1)
  })
})

const PORPHYRY =
  'TORONTO, Ontario, December 1, 2026 – Pellworth Copper Inc. (TSX: PWC) reports Indicated Mineral Resources at ' +
  'Saltmarsh of 90.7 million tonnes grading 0.38% Cu and 0.20 g/t Au (0.51% CuEq).'

describe('metal-equivalent: a cost or an NSR cut-off in dollars per tonne is not the metal prices', () => {
  it.each([
    'The resources are reported at a net smelter return cut-off of US$11.40 per tonne. CuEq assumes recoveries of 88% ' +
      'for copper and 72% for gold.',
    'CuEq assumes recoveries of 88% Cu and 72% Au, mining costs of US$2.80 per tonne (pit) and US$68 per tonne ' +
      '(underground), and an NSR cut-off value of US$14/t.'
  ])('an error without prices: %s', async (note) => {
    const found = await messages('metal-equivalent', `${PORPHYRY}\n\n${note}`)
    expect(found.filter((m) => m.includes('error') && m.includes('price'))).toHaveLength(1)
  })
  it.each([
    'The resources are reported at a net smelter return cut-off of US$11.40 per tonne, using US$4.00/lb Cu and ' +
      'US$2,000/oz Au, and recoveries of 88% for copper and 72% for gold.',
    'CuEq = Cu + 0.62 × Au, at US$4.00 per pound copper and US$2,000 per ounce gold, with recoveries of 88% Cu and ' +
      '72% Au; processing costs are US$9.50 per tonne.'
  ])('silent with them: %s', async (note) => {
    expect(await messages('metal-equivalent', `${PORPHYRY}\n\n${note}`)).toEqual([])
  })
})

const WHITLOW =
  'VANCOUVER, British Columbia, November 30, 2026 – Tamarack Ridge Gold Corp. (TSXV: TRG) reports an updated Mineral ' +
  'Resource Estimate for the Whitlow project, effective November 15, 2026, at a 0.35 g/t Au cut-off. Indicated ' +
  'Mineral Resources are 24.6 million tonnes grading 1.12 g/t Au for 886,000 ounces of gold, and Inferred Mineral ' +
  'Resources 11.3 million tonnes grading 0.94 g/t Au for 341,000 ounces of gold. ' +
  VIABILITY

describe('mineral-resource: a total the release says combines Indicated and Inferred adds them', () => {
  it.each([
    'Mineral Resources total 35.9 million tonnes grading 1.06 g/t Au for 1,227,000 ounces of gold, Indicated and ' +
      'Inferred combined.',
    'The deposits hold 1,227,000 ounces of gold (Indicated and Inferred Mineral Resources together).'
  ])('an error: %s', async (sentence) => {
    const found = await messages('mineral-resource', `${WHITLOW}\n\n${sentence}`)
    expect(found.filter((m) => m.includes('error') && m.includes('Inferred resources added'))).toHaveLength(1)
  })
  it('silent where they are reported apart', async () => {
    const sentence = 'Indicated and Inferred Mineral Resources are reported separately, as the table shows.'
    expect(await messages('mineral-resource', `${WHITLOW}\n\n${sentence}`)).toEqual([])
  })
})

const PFS =
  'MONTREAL, Quebec, December 3, 2026 – Ostrander Lithium Corp. (TSX: OLC) announces a pre-feasibility study (the ' +
  '"PFS") for its Fenwick Lake project.\n\nThe PFS gives an after-tax net present value at an 8% discount rate of ' +
  'C$1.12 billion and an after-tax internal rate of return of 31.8%.'

describe('pea-caution: a pre-feasibility study whose mine plan includes Inferred resources', () => {
  it.each([
    'The PFS mine plan includes 2.1 million tonnes of Inferred Mineral Resources, which account for 6% of mill feed.',
    'Inferred Mineral Resources make up 6% of the PFS production schedule.'
  ])('an error: %s', async (sentence) => {
    const found = await messages('pea-caution', `${PFS}\n\n${sentence}`)
    expect(found.filter((m) => m.includes('error') && m.includes('includes Inferred'))).toHaveLength(1)
  })
  it.each([
    'Inferred Mineral Resources within the PFS pit are treated as waste in the mine plan.',
    'The PFS mine plan includes no Inferred Mineral Resources.',
    'Inferred Mineral Resources could be upgraded by infill drilling and added to the PFS mine plan.'
  ])('silent: %s', async (sentence) => {
    expect(await messages('pea-caution', `${PFS}\n\n${sentence}`)).toEqual([])
  })
})

const TARGET_LEAD =
  'VANCOUVER, British Columbia, December 5, 2026 – Harrowgate Metals Corp. (TSXV: HGM) reports an exploration target ' +
  'for the Veldmoor zinc-silver property:'

describe('exploration-results: the "to" of a range in a target table is no "To" column of an assay table', () => {
  it('silent on an exploration target given as a table of ranges', async () => {
    const table =
      '| Horizon | Tonnes (Mt) | Zn (%) | Ag (g/t) |\n| --- | --- | --- | --- |\n' +
      '| North Limb | 5 to 8 | 3.5 to 5.0 | 25 to 40 |\n| South Limb | 4 to 6 | 3.6 to 4.8 | 28 to 38 |'
    expect(await messages('exploration-results', `${TARGET_LEAD}\n\n${table}`)).toEqual([])
  })
  it('an assay table with its From and To columns is still results', async () => {
    const table =
      '| Hole | From (m) | To (m) | Length (m) | Zn (%) |\n| --- | --- | --- | --- | --- |\n' +
      '| VM-26-04 | 112.0 | 119.5 | 7.5 | 6.2 |'
    const found = await messages(
      'exploration-results',
      `${TARGET_LEAD.replace(/an exploration target.*/, 'assays:')}\n\n${table}`
    )
    expect(found.filter((m) => m.includes('error') && m.includes('laboratory'))).toHaveLength(1)
  })
})

const WRENFIELD =
  'THUNDER BAY, Ontario, December 4, 2026 – Garnock Resources Inc. (CSE: GRN) ("Garnock" or the "Company") has ' +
  'optioned the Wrenfield gold property.\n\nThe property hosts a historical estimate prepared by Morrow & Baines ' +
  'Consulting Ltd. for Kesterton Mines Limited in March 1989 of 612,000 tons grading 0.21 ounces of gold per ton in the ' +
  '"probable" category, by the polygonal method at a cut-off of 0.10 ounces per ton. The "probable" category is not ' +
  'a CIM category. The Company knows of no more recent estimate or data. To verify the historical estimate as current ' +
  'Mineral Resources, the Company would need to twin ten historical holes and prepare a new estimate.\n\nA qualified ' +
  'person has not done sufficient work to classify the historical estimate as current mineral resources or mineral ' +
  'reserves, and the Company is not treating the historical estimate as current mineral resources or mineral reserves.'

describe('historical-estimate: a comment on its relevance and one on its reliability (s.2.4(b))', () => {
  it.each([
    ['The Company considers the historical estimate relevant to its exploration.', 'Missing reliability'],
    ['The Company considers the historical estimate reasonably reliable.', 'Missing relevance']
  ])('an error for the other: %s', async (comment, missing) => {
    const found = await messages('historical-estimate', `${WRENFIELD}\n\n${comment}`)
    expect(found.filter((m) => m.includes('error') && m.includes(missing))).toHaveLength(1)
  })
  it.each([
    'The Company considers the historical estimate relevant, and reliable as the work of a recognized firm.',
    'The historical estimate is relevant to the planned drilling but should not be relied upon.'
  ])('silent with both: %s', async (comment) => {
    expect(await messages('historical-estimate', `${WRENFIELD}\n\n${comment}`)).toEqual([])
  })
})

const KITTERING =
  'VANCOUVER, British Columbia, December 2, 2026 – Brackwater Silver Ltd. (TSXV: BKW) announces the results of a ' +
  'Preliminary Economic Assessment (the "PEA") for its Kittering project, prepared on the basis of the 2026 Mineral ' +
  'Resource estimate: an after-tax NPV (5%) of US$214 million and an after-tax IRR of 27.4%.'
const ITEMS = [
  '- the PEA is preliminary in nature;',
  '- it includes Inferred Mineral Resources that are considered too speculative geologically to have the economic ' +
    'considerations applied to them that would enable them to be categorized as Mineral Reserves; and',
  '- there is no certainty that the PEA will be realized.'
]

describe('pea-caution: a caution written as a list under its lead-in is read as one passage', () => {
  it('silent with every clause an item', async () => {
    const text = `${KITTERING}\n\nReaders should note that:\n\n${ITEMS.join('\n')}`
    expect(await messages('pea-caution', text)).toEqual([])
  })
  it('an item dropped is reported by its element', async () => {
    const text = `${KITTERING}\n\nReaders should note that:\n\n${[ITEMS[0], ITEMS[2]].join('\n')}`
    const found = await messages('pea-caution', text)
    const dropped = found.filter((m) => m.includes('drops') && m.includes('too speculative geologically'))
    expect(dropped.filter((m) => m.includes('error'))).toHaveLength(1)
  })
})
