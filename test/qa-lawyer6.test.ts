/**
 * A securities lawyer's drafts of technical and corporate releases, each with one subtle slip: a PEA's words, a
 * resource's dates, a historical estimate's statements, a QP's relationship. Each mechanism's compliant forms must
 * pass and its slip must be caught. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe('mining-terminology: a PEA paragraph is a study’s plan, not a mine at work', () => {
  const pea = (plan: string) =>
    [
      'VANCOUVER, BC, May 19, 2026 – Gairloch Silver Corp. (TSXV: GSC) (the "Company") announces the results of the ' +
        'preliminary economic assessment (the "PEA") of its Shieldaig silver project.',
      '',
      plan
    ].join('\n')

  it.each([
    [
      'reserves of a metal',
      'The PEA mine plan is based on the Project’s silver reserves estimate, processed in a 1,200 tpd mill.',
      'silver reserves'
    ],
    [
      'ore',
      'The PEA assumes a mine plan that sends ore from the Indicated resources to a flotation mill at 1,200 tpd.',
      'ore'
    ]
  ])('a warning on %s in the PEA’s mine-plan paragraph', async (_, plan, word) => {
    const messages = await found('mining-terminology', pea(plan))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain(`“${word}”`)
  })

  it('a warning on « réserves d’argent » in a French EEP paragraph', async () => {
    const text = [
      'MONTRÉAL, Québec, le 19 mai 2026 – Argent Gairloch inc. (TSXV: GSC) (la « Société ») annonce les résultats de ' +
        'l’étude économique préliminaire (l’« EEP ») de son projet Shieldaig.',
      '',
      'Le plan minier de l’EEP repose sur les nouvelles réserves d’argent du projet, traitées dans une usine de 1 200 ' +
        'tonnes par jour.'
    ].join('\n')
    const messages = await found('mining-terminology', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
  })

  it('no finding on "ore" where the PEA paragraph tells of a plant at work now (a producer’s PEA)', async () => {
    const text = pea(
      'The PEA contemplates a new 1,500 tpd plant, and the existing Torridon mill will be expanded to process ore ' +
        'from the Shieldaig zone.'
    )
    expect(await found('mining-terminology', text)).toEqual([])
  })

  it('no finding on "ore" where the PEA paragraph tells of a mine that produced', async () => {
    const text = pea(
      'The PEA contemplates restarting the past-producing Shieldaig mine, which milled ore at 800 tpd until 1998, ' +
        'with a new mine plan and a 1,200 tpd mill.'
    )
    expect(await found('mining-terminology', text)).toEqual([])
  })
})

describe('historical-estimate: the work needed, its aim a gerund subject ("Confirming the estimate would require …")', () => {
  const historical = (work: string) =>
    [
      'VANCOUVER, BC, November 3, 2026 – Carradale Copper Ltd. (TSXV: CCL) (the "Company") has optioned the Saddell ' +
        'property.',
      '',
      '## Historical Estimate',
      '',
      'In 1988, Kintyre Mines Ltd. estimated "indicated reserves" of 2.1 million tons grading 0.71% Cu in a report ' +
        'titled "Saddell Reserve Review", using a polygonal method and a 0.3% Cu cut-off; those categories are not ' +
        'CIM categories. The Company considers the estimate relevant to its exploration, but its reliability is ' +
        `unknown. No more recent estimates exist. ${work}`,
      '',
      'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
        'resources or mineral reserves, and the Company is not treating it as current mineral resources or mineral ' +
        'reserves.'
    ].join('\n')

  it.each([
    'Confirming the estimate would require twinning several historical holes and re-assaying the core.',
    'Verifying the historical estimate will require a program of twinned drill holes.',
    'Validating the estimate as a current resource would need new drilling by the Company.'
  ])('no finding: %s', async (work) => {
    expect(await found('historical-estimate', historical(work))).toEqual([])
  })

  it('still a warning when the work is not said', async () => {
    const messages = await found('historical-estimate', historical(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('work needed')
  })
})

describe('mineral-resource: the date of the estimate a new one is compared with is not the new one’s', () => {
  const resource = (dates: string) =>
    [
      'TORONTO, ON, November 10, 2026 – Ballantrae Gold Inc. (TSX: BGI) (the "Company") announces an updated mineral ' +
        'resource estimate (the "2026 MRE") for its Girvan deposit.',
      '',
      'The 2026 MRE comprises Indicated Mineral Resources of 18.2 million tonnes grading 1.21 g/t Au and Inferred ' +
        'Mineral Resources of 6.4 million tonnes grading 0.98 g/t Au, at a cut-off grade of 0.4 g/t Au and a gold ' +
        'price of US$2,100 per ounce. Mineral Resources that are not Mineral Reserves do not have demonstrated ' +
        'economic viability.',
      '',
      dates
    ].join('\n')
  const dateFindings = async (dates: string) =>
    (await found('mineral-resource', resource(dates))).filter((message) => message.includes('effective date'))

  it('an error when the only date is the previous estimate’s', async () => {
    const messages = await dateFindings(
      'Indicated tonnes rose 22% compared with the previous estimate, effective June 30, 2024, after 38 infill holes.'
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('Missing effective date of the estimate')
  })

  it.each([
    'The 2026 MRE, effective October 1, 2026, replaces the previous estimate, effective June 30, 2024.',
    'Indicated tonnes rose 22% compared with the prior resource estimate, effective June 30, 2024. The 2026 MRE has an ' +
      'effective date of October 1, 2026.'
  ])('no finding when the new estimate has its own date: %s', async (dates) => {
    expect(await dateFindings(dates)).toEqual([])
  })
})

describe('qp-statement: a second QP’s relationship is not the first QP’s title said in the same sentence', () => {
  const statement = (second: string) =>
    [
      'TORONTO, ON, October 13, 2026 – Islay Copper Corp. (CSE: ICC) (the "Company") reports hole CH-26-01: 212 m of ' +
        '0.36% Cu from 18 m.',
      '',
      'Dr. Mhairi Ferguson, P.Geo., and Colin Bowmore, P.Geo., are the Qualified Persons under NI 43-101 for this ' +
        `release. ${second}`
    ].join('\n')

  it('a warning on the second QP when only the first’s title is given', async () => {
    const messages = await found(
      'qp-statement',
      statement(
        'Dr. Ferguson, the Company’s Chief Executive Officer, approved the geological interpretation, and Mr. Bowmore ' +
          'approved the assay data.'
      )
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('“Colin Bowmore”')
  })

  it.each([
    'Dr. Ferguson, the Company’s Chief Executive Officer, approved the geological interpretation, and Mr. Bowmore, an ' +
      'independent consultant, approved the assay data.',
    'Dr. Ferguson and Mr. Bowmore are employees of the Company and approved the technical information.',
    'Dr. Ferguson approved the interpretation. Independent of the Company, Mr. Bowmore approved the assay data; Dr. ' +
      'Ferguson is its Chief Executive Officer.'
  ])('no finding: %s', async (second) => {
    expect(await found('qp-statement', statement(second))).toEqual([])
  })
})

describe('mining-terminology: a historical estimate’s "probable reserves" state no current reserves', () => {
  const option = (headline: string) =>
    [
      `# ${headline}`,
      '',
      'VANCOUVER, BC, November 3, 2026 – Carradale Copper Ltd. (TSXV: CCL) (the "Company") has optioned the Saddell ' +
        'property.',
      '',
      'In 1988, Kintyre Mines Ltd. estimated historical "probable reserves" of 2.1 million tons grading 0.71% Cu on ' +
        'the property. A qualified person has not done sufficient work to classify the historical estimate as current ' +
        'mineral resources or mineral reserves.'
    ].join('\n')

  it('a warning on "Copper Reserves" claimed in the headline', async () => {
    const messages = await found(
      'mining-terminology',
      option('Carradale Options the Saddell Deposit and Its Copper Reserves')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('“Copper Reserves”')
  })

  it('no finding when the headline claims none', async () => {
    expect(await found('mining-terminology', option('Carradale Options the Saddell Copper Property'))).toEqual([])
  })
})

describe('mining-terminology: a metal’s "reserves of" a figure is the claim, not reserves the release states', () => {
  const release = (claim: string) =>
    [
      'VANCOUVER, BC, October 20, 2026 – Skye Gold Corp. (TSXV: SKG) (the "Company") will acquire Raasay Minerals Ltd.',
      '',
      claim + ' Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'
    ].join('\n')

  it.each([
    [
      'Raasay’s principal asset is the Eigg gold project, with gold reserves of 469,000 ounces, in the Yukon, which ' +
        'hosts an Indicated Mineral Resource of 6.8 million tonnes grading 1.41 g/t Au, with an effective date of ' +
        'January 15, 2026.',
      'gold reserves'
    ],
    [
      'The PEA mine plan uses silver reserves of 3.9 million tonnes grading 312 g/t Ag and Inferred Mineral Resources ' +
        'of 1.6 million tonnes grading 268 g/t Ag, with an effective date of January 31, 2026.',
      'silver reserves'
    ]
  ])('a warning: %s', async (claim, words) => {
    const messages = await found('mining-terminology', release(claim))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain(`“${words}”`)
  })

  it('no finding where the release states reserves by their categories', async () => {
    const text = release(
      'The Eigg mine has Proven and Probable Mineral Reserves of 2.1 million tonnes grading 2.0 g/t Au, with gold ' +
        'reserves of 135,000 ounces, effective January 15, 2026.'
    )
    expect(await found('mining-terminology', text)).toEqual([])
  })
})
