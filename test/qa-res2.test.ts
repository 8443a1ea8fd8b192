/**
 * Estimates and studies of developers and producers, as counsel lay them out: a historical estimate cited in an
 * acquisition or option release, resource tables and highlights, PEA results and their caution. Each element a
 * figure owes is read where the release states it, and one dropped is caught. The issuers, people and properties are
 * invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const HISTORICAL_CAUTION =
  'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
  'resources or mineral reserves, and the Company is not treating the historical estimate as current mineral ' +
  'resources or mineral reserves.'

describe('historical-estimate: the QP paragraph’s approval and site visit are not the estimate’s source and date', () => {
  const release = (source: string) =>
    [
      'WINNIPEG, MB, June 11, 2026 – Tallowmere Gold Corp. (TSXV: TMG) has agreed to acquire the Pennock Lake gold ' +
        'property from a private vendor.',
      '',
      'The property hosts a historical estimate of 1,160,000 tonnes grading 8.1 g/t gold in the North zone.',
      '',
      `${source}The Company considers the historical estimate relevant, but it should not be relied upon until the ` +
        'drill data are verified. ' +
        HISTORICAL_CAUTION,
      '',
      'The technical information in this release has been reviewed and approved by Arlo Benedetti, P.Geo., Vice ' +
        'President, Exploration of the Company and a Qualified Person under NI 43-101. Mr. Benedetti verified the ' +
        'data by reviewing the drill logs and by a site visit in March 2026.'
    ].join('\n')

  it('an error when only the QP paragraph gives a year and a "by"', async () => {
    const messages = await found('historical-estimate', release(''))
    expect(messages.filter((m) => m.includes('error'))).toHaveLength(1)
    expect(messages[0]).toContain('Missing source and date of the historical estimate')
    expect(messages[0]).toMatch(/^3:45-3:61: error/)
  })

  it('no error when the estimate’s source is given', async () => {
    const messages = await found(
      'historical-estimate',
      release('The estimate was prepared in 1988 by Garrow Mining Consultants for the then-owner. ')
    )
    expect(messages.filter((m) => m.includes('error'))).toEqual([])
  })

  it('a source stated in the QP paragraph, of the historical estimate, still counts', async () => {
    const text = release('').replace(
      'by a site visit in March 2026.',
      'by a site visit in March 2026. The historical estimate is from a 1988 report by Garrow Mining Consultants.'
    )
    const messages = await found('historical-estimate', text)
    expect(messages.filter((m) => m.includes('error'))).toEqual([])
  })
})

describe('historical-estimate: the work needed, said as what verifying or upgrading it would require', () => {
  const release = (work: string) =>
    [
      'VANCOUVER, BC, June 12, 2026 – Harbison Copper Inc. (TSXV: HBC) has optioned the Ostler copper property.',
      '',
      'The property hosts a historical estimate of 3,900,000 tons grading 1.05% copper, prepared in 1979 by Kelso & ' +
        'Ward for Dominion Basin Copper Ltd. using a sectional method and a 0.5% copper cut-off; its "indicated ore" ' +
        'class is not a CIM category. Harbison considers it relevant, but not reliable until its data are checked. ' +
        `No drilling has been done on the property since 1981. ${work} ${HISTORICAL_CAUTION}`
    ].join('\n')

  it.each([
    'Verification would require twinning of at least ten historical holes and a review of the original assay ' +
      'certificates, after which a current mineral resource estimate could be prepared.',
    'Upgrading the estimate will require a program of confirmation drilling.',
    'Confirmation of the historical estimate requires re-logging of the surviving core.'
  ])('no warning: %s', async (work) => {
    expect(await found('historical-estimate', release(work))).toEqual([])
  })

  it('a warning when nothing says what work is needed', async () => {
    const messages = await found('historical-estimate', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('the work needed to upgrade or verify it')
  })
})

describe('historical-estimate: another entity’s old estimate on a property being acquired or optioned, not called historical', () => {
  const acquire =
    'WINNIPEG, MB, June 11, 2026 – Tallowmere Gold Corp. (TSXV: TMG) has entered into an agreement to acquire the ' +
    'Pennock Lake gold property from a private vendor.'
  const option =
    'WHITEHORSE, YT, June 12, 2026 – Harbison Copper Inc. (TSXV: HBC) has signed an option agreement to earn an 80% ' +
    'interest in the Ostler copper property.'

  it('an error on a figure “outlined by” an earlier company decades ago, presented as a resource', async () => {
    const text = [
      acquire,
      '',
      'The property hosts a resource of 1,160,000 tonnes grading 8.1 g/t gold, outlined by Garrow Mines Limited in ' +
        '1991.'
    ].join('\n')
    const messages = await found('historical-estimate', text)
    expect(messages.some((m) => /error Missing historical-estimate statement/.test(m))).toBe(true)
    expect(await found('mineral-resource', text)).toEqual([])
  })

  it('an error on a categorized figure “estimated by” an earlier company in 1991', async () => {
    const text = [
      acquire,
      '',
      'The property hosts Indicated Mineral Resources of 1,160,000 tonnes grading 8.1 g/t gold, estimated by Garrow ' +
        'Mines Limited in 1991 at a cut-off of 3.0 g/t gold.'
    ].join('\n')
    const messages = await found('historical-estimate', text)
    expect(messages.some((m) => /error Missing historical-estimate statement/.test(m))).toBe(true)
  })

  it('an error on a table of an optioned property’s resources, prepared for an earlier company in 1979', async () => {
    const text = [
      option,
      '',
      'The Ostler deposits host the following resources, prepared by Kelso & Ward for Dominion Basin Copper Ltd. in ' +
        'a report dated October 1979:',
      '',
      '| Zone | Tons | Cu (%) |',
      '| --- | ---: | ---: |',
      '| North Zone | 3,900,000 | 1.05 |',
      '| South Zone | 2,100,000 | 0.91 |'
    ].join('\n')
    const messages = await found('historical-estimate', text)
    expect(messages.some((m) => /error Missing historical-estimate statement/.test(m))).toBe(true)
    expect(messages.some((m) => m.startsWith('7:1'))).toBe(true)
  })

  it.each([
    // The vendor's recent estimate, adopted as current by the issuer's QP.
    'The property hosts Indicated Mineral Resources of 1,160,000 tonnes grading 8.1 g/t gold, effective March 1, ' +
      '2025, prepared by Garrow Geoscience Ltd. for the vendor in 2025.',
    // The issuer's own estimate of another property, made for it years ago.
    'The Company’s Tamsin project hosts Indicated Mineral Resources of 14.2 million tonnes grading 1.18 g/t gold, ' +
      'effective May 15, 2019, prepared by Kessler Geoscience Ltd. for the Company in 2019.'
  ])('no historical estimate: %s', async (sentence) => {
    expect(await found('historical-estimate', [acquire, '', sentence].join('\n'))).toEqual([])
  })
})

describe('pea-caution: a later study’s figures, with the PEA named as their benchmark before the next figure', () => {
  const release = (sentence: string) =>
    [
      '# Larkmoor Copper Pre-Feasibility Study Improves on PEA',
      '',
      'VANCOUVER, BC, March 3, 2027 – Larkmoor Copper Corp. (TSX: LKC) announces the results of the pre-feasibility ' +
        `study ("PFS") for its Ferrow copper project. ${sentence}`
    ].join('\n')

  it.each([
    'The PFS outlines an after-tax NPV8% of US$812 million and an after-tax IRR of 23.9%, compared to the PEA, and ' +
      'initial capital of US$905 million.',
    'The PFS outlines an after-tax NPV8% of US$812 million, compared to the 2024 PEA; initial capital is US$905 million.'
  ])('no finding (%#)', async (sentence) => {
    expect(await found('pea-caution', release(sentence))).toEqual([])
  })

  it('the PEA’s own figure in the benchmark’s clause still owes the caution', async () => {
    const messages = await found(
      'pea-caution',
      release(
        'The PFS outlines an after-tax NPV8% of US$812 million, compared to the PEA, which estimated $490 million.'
      )
    )
    expect(messages.some((m) => /error Missing PEA caution/.test(m))).toBe(true)
  })
})

describe('mineral-resource: a highlight of an estimate’s figure with its category left out', () => {
  const release = (lead: string, item: string) =>
    [
      `VANCOUVER, BC, June 25, 2026 – Penhallow Gold Corp. (TSXV: PHG) ${lead}`,
      '',
      `- ${item}`,
      '- Drilling continues at the Carrick North zone',
      '',
      'The estimate, effective June 1, 2026, is constrained by a pit shell at US$2,200 per ounce gold, with heap leach ' +
        'recoveries of 74% and a cut-off of 0.18 g/t Au. Mineral Resources that are not Mineral Reserves do not have ' +
        'demonstrated economic viability.'
    ].join('\n')
  const update = 'announces an updated mineral resource estimate for its Carrick gold project.'

  it('an error on the uncategorized figure', async () => {
    const messages = await found(
      'mineral-resource',
      release(update, '1.73 million ounces of gold in 69.5 million tonnes at 0.78 g/t Au')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^3:3-3:22: error Missing CIM category/)
  })

  it.each([
    [update, '1.12 million ounces of gold in the Indicated category (41.6 million tonnes at 0.84 g/t Au)'],
    ['announces the results of a PEA of the Carrick resources.', '69.5 million tonnes of mill feed at 0.78 g/t Au'],
    ['reports a bulk sample from the Carrick resource area.', '1,200 tonnes at 5.1 g/t Au']
  ])('no missing category: %s / %s', async (lead, item) => {
    const messages = await found('mineral-resource', release(lead, item))
    expect(messages.filter((m) => m.includes('Missing CIM category'))).toEqual([])
  })
})

describe('mineral-resource: a figure "in Indicated and Inferred Mineral Resources", « en ressources indiquées et présumées »', () => {
  const english = (sentence: string) =>
    'VANCOUVER, BC, May 1, 2026 – Birchwood Gold Corp. (TSXV: BWG) reports that the Larkspur deposit hosts ' +
    `${sentence}, effective April 15, 2026, at a 0.35 g/t gold cut-off within a pit shell at US$2,400 per ounce and ` +
    '92% recovery. Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'
  const french = (sentence: string) =>
    'MONTRÉAL, Québec, le 18 juin 2026 – Ressources Boréalis inc. (TSXV : RBO) annonce que le gîte Lac-Sauvage ' +
    `renferme ${sentence}, en date effective du 1er juin 2026, à une teneur de coupure de 0,40 g/t Au dans une fosse ` +
    'conceptuelle à 2 300 $ US l’once et une récupération de 94 %. Les ressources minérales qui ne sont pas des ' +
    'réserves minérales n’ont pas démontré leur viabilité économique.'

  it.each([
    english('782,000 ounces of gold in Indicated and Inferred Mineral Resources'),
    french('au total 502 000 onces d’or en ressources indiquées et présumées'),
    french('502 000 onces d’or dans les catégories indiquée et présumée')
  ])('an error on the sum (%#)', async (text) => {
    const messages = await found('mineral-resource', text)
    expect(
      messages.some((m) => /error (Unexpected Inferred resources added|Ressources présumées additionnées)/.test(m))
    ).toBe(true)
  })

  it.each([
    english(
      'Indicated and Inferred Mineral Resources of 12.4 million tonnes and 8.9 million tonnes, respectively, grading ' +
        '1.21 g/t and 1.05 g/t gold'
    ),
    english('482,000 ounces and 300,000 ounces of gold in Indicated and Inferred Mineral Resources, respectively'),
    french('333 000 onces et 169 000 onces d’or en ressources indiquées et présumées, respectivement')
  ])('no sum: each category’s figure (%#)', async (text) => {
    const messages = await found('mineral-resource', text)
    expect(messages.filter((m) => /added|additionnées/.test(m))).toEqual([])
  })
})

describe('mineral-resource: reserves and resources in one wide table owe the word on whether one includes the other', () => {
  const release = (note: string) =>
    [
      'TORONTO, ON, February 24, 2026 – Brightwell Mining Corp. (TSX: BWM) reports Mineral Reserves and Mineral ' +
        'Resources as at December 31, 2025 for its Alder mine.',
      '',
      '| Mine | P&P Tonnes (kt) | P&P Au (g/t) | M&I Tonnes (kt) | M&I Au (g/t) | Inferred Tonnes (kt) | Inferred Au (g/t) |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| Alder | 9,400 | 3.12 | 4,100 | 2.85 | 2,600 | 2.71 |',
      '',
      `${note}Reserves were estimated at US$1,900 per ounce gold and resources at US$2,300 per ounce, with a cut-off ` +
        'of 2.0 g/t and a recovery of 94%. Mineral Resources that are not Mineral Reserves do not have demonstrated ' +
        'economic viability.'
    ].join('\n')

  it('a warning on the table when it is not said', async () => {
    const messages = await found('mineral-resource', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(
      /^3:1-3:\d+: warning Missing whether the mineral resources include the mineral reserves/
    )
  })

  it('no warning when it is said', async () => {
    expect(
      await found('mineral-resource', release('Mineral Resources are reported exclusive of Mineral Reserves. '))
    ).toEqual([])
  })
})

describe('historical-estimate: an acquired property’s estimate cited to its maker and year in brackets', () => {
  const release = (item: string) =>
    [
      'VANCOUVER, BC, July 13, 2026 – Ferncliff Resources Ltd. (TSXV: FCR) has completed the acquisition of the ' +
        'Tolland silver property in Idaho.',
      '',
      `- ${item}`,
      '- Past production of 1.1 million ounces of silver between 1968 and 1979'
    ].join('\n')

  it('an error: the statement is missing, its source given by the citation', async () => {
    const messages = await found(
      'historical-estimate',
      release('Resource of 2.6 million tons grading 6.1 ounces per ton silver (Tolland Mining Co., 1974)')
    )
    expect(messages.some((m) => /error Missing historical-estimate statement/.test(m))).toBe(true)
    expect(messages.filter((m) => m.includes('source and date'))).toEqual([])
    expect(
      await found(
        'mineral-resource',
        release('Resource of 2.6 million tons grading 6.1 ounces per ton silver (Tolland Mining Co., 1974)')
      )
    ).toEqual([])
  })

  it('not a recent citation of another company', async () => {
    const messages = await found(
      'historical-estimate',
      release('Indicated Mineral Resources of 2.6 million tonnes grading 210 g/t silver (Tolland Mining Co., 2025)')
    )
    expect(messages).toEqual([])
  })
})
