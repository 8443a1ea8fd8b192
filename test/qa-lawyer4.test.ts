/**
 * A securities lawyer's review of the statements least tested: historical estimates laid out as counsel lay them out
 * (a section under its own heading, the preparer named with its company's abbreviation, the French work needed in
 * verbs), exploration targets given in a table. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe('historical-estimate: an estimate in a section headed "Historical Estimate" is historical', () => {
  const release = (estimate: string, heading = '## Historical Estimate') =>
    [
      '# Pellworth Gold Completes Acquisition of the Dunmore Property',
      '',
      'TIMMINS, Ontario, December 1, 2026 – Pellworth Gold Corp. (TSXV: PWG) (the "Company") has completed the ' +
        'acquisition of the Dunmore property, which hosts the past-producing Dunmore mine.',
      '',
      heading,
      '',
      estimate,
      '',
      'The Company considers the estimate relevant, as it outlines the extension of the mined zones, and reliable to ' +
        'the extent that it rests on underground chip sampling. No more recent estimates or data are available. To ' +
        'verify the estimate, the Company would need to re-sample the remaining core and drill confirmation holes.',
      '',
      'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
        'resources or mineral reserves, and the Company is not treating the historical estimate as current mineral ' +
        'resources or mineral reserves.'
    ].join('\n')
  const ESTIMATE =
    'In 1994, Dorsal Mining Ltd. prepared an internal report that estimated 1,150,000 tonnes grading 5.4 g/t gold ' +
    'in the "proven and probable" categories, using a polygonal method and a cut-off grade of 3.0 g/t gold. The ' +
    'categories do not correspond to the CIM Definition Standards.'

  it.each(['## Historical Estimate', '**Historical Mineral Resource Estimate**', '### Historic Resources'])(
    'read as historical under %s: no finding, nor a current estimate missing its date',
    async (heading) => {
      expect(await found('historical-estimate', release(ESTIMATE, heading))).toEqual([])
      expect(await found('mineral-resource', release(ESTIMATE, heading))).toEqual([])
    }
  )

  it('the section is the heading’s only: an issuer’s updated estimate under its own heading stays current', async () => {
    const text = release(ESTIMATE).replace(
      '## Historical Estimate',
      '## Updated Estimate Replacing the Historical Estimate'
    )
    expect((await found('mineral-resource', text)).length).toBeGreaterThan(0)
  })

  it('the issuer’s maiden estimate stated in the section, without a heading of its own, stays current', async () => {
    const text = release(
      ESTIMATE +
        ' The Company’s maiden estimate, which replaces it, comprises Indicated Mineral Resources of 2.1 ' +
        'million tonnes grading 4.9 g/t gold.'
    )
    expect((await found('mineral-resource', text)).some((m) => m.includes('Missing effective date'))).toBe(true)
  })

  it('a dropped element is reported as an error on the estimate', async () => {
    const text = release(ESTIMATE).replace(
      ', and reliable to the extent that it rests on underground chip sampling',
      ''
    )
    expect(await found('historical-estimate', text)).toEqual([
      '7:72-7:88: error Missing reliability of the historical estimate, expected them next to it'
    ])
  })

  it('the source needs its year and preparer: without them, an error', async () => {
    const text = release(
      ESTIMATE.replace('In 1994, Dorsal Mining Ltd. prepared an internal report that estimated', 'It holds')
    )
    expect(await found('historical-estimate', text)).toEqual([
      '7:10-7:26: error Missing source and date of the historical estimate, expected them next to it'
    ])
  })

  it('a dateline’s year before the issuer’s name and verb is no source', async () => {
    const text = release(
      ESTIMATE.replace('In 1994, Dorsal Mining Ltd. prepared an internal report that estimated', 'It holds')
    ).replace('has completed the acquisition', 'has prepared for the acquisition')
    expect(await found('historical-estimate', text)).toEqual([
      '7:10-7:26: error Missing source and date of the historical estimate, expected them next to it'
    ])
  })
})

describe('historical-estimate: the French work needed, in verbs (« forer », « ré-échantillonner »)', () => {
  const release = (work: string) =>
    [
      'CHIBOUGAMAU, Québec, le 2 décembre 2026 – Mines Valdor inc. (TSXV : MVD) (la « Société ») a conclu ' +
        'l’acquisition de la propriété Lac Brûlé.',
      '',
      'Selon un rapport préparé par Géoconseil Nordique inc. en 1988, la zone Ouest renferme une estimation ' +
        'historique de 620 000 tonnes à 1,9 % Cu, établie par la méthode des sections verticales à une teneur de ' +
        'coupure de 1,0 % Cu. Les catégories utilisées ne correspondent pas aux normes de l’ICM. La Société juge ' +
        `l’estimation pertinente et fiable. Aucune donnée plus récente n’est disponible. ${work}`,
      '',
      'Une personne qualifiée n’a pas effectué suffisamment de travaux pour classer l’estimation historique comme des ' +
        'ressources minérales actuelles, et la Société ne considère pas l’estimation historique comme des ressources ' +
        'minérales actuelles.'
    ].join('\n')

  it.each([
    'Pour vérifier l’estimation, la Société devra forer des sondages de confirmation.',
    'Pour vérifier l’estimation, la Société devrait ré-échantillonner les carottes historiques.',
    'La Société devra rééchantillonner les carottes pour confirmer l’estimation.'
  ])('no finding: %s', async (work) => {
    expect(await found('historical-estimate', release(work))).toEqual([])
  })

  it('a warning when no work is stated', async () => {
    expect(await found('historical-estimate', release(''))).toEqual([
      '3:116-3:130: warning Il manque les travaux nécessaires pour la mettre à jour ou la vérifier (estimation ' +
        'historique) ; attendu : dans la mesure où ils sont connus'
    ])
  })
})

describe('exploration-target: a target given in a table (its units in the header, ranges in the cells)', () => {
  const release = (rows: string[], notes: string) =>
    [
      'PERTH, Ontario, December 4, 2026 – Ashby Iron Ltd. (TSXV: ABI) reports a conceptual exploration target for ' +
        'the Marrow Hills magnetite trend, based on 19 reverse circulation holes and a 2026 airborne magnetic survey.',
      '',
      '| Zone | Tonnage range (Mt) | Grade range (% Fe) |',
      '| --- | --- | --- |',
      ...rows,
      '',
      notes
    ].join('\n')
  const ROWS = ['| North Lens | 60 – 90 | 28 – 32 |', '| South Lens | 40 – 70 | 26 – 30 |']
  const CAUTION =
    'The potential quantity and grade is conceptual in nature, there has been insufficient exploration to define a ' +
    'mineral resource and it is uncertain if further exploration will result in the target being delineated as a ' +
    'mineral resource.'

  it('no finding with its caution', async () => {
    expect(await found('exploration-target', release(ROWS, CAUTION))).toEqual([])
  })

  it('an error when the caution is missing, quoting its first row', async () => {
    const messages = await found('exploration-target', release(ROWS, 'Further drilling is planned.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^6:35: error Missing exploration-target caution/)
  })

  it('an error when the caution drops "insufficient exploration"', async () => {
    const text = release(
      ROWS,
      CAUTION.replace('there has been insufficient exploration to define a mineral resource and ', '')
    )
    const messages = await found('exploration-target', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/error Unexpected exploration-target caution that drops “insufficient exploration”/)
  })

  it('an error when the tonnage cells are single figures', async () => {
    const rows = ['| North Lens | 75 | 28 – 32 |', '| South Lens | 55 | 26 – 30 |']
    const messages = await found('exploration-target', release(rows, CAUTION))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^5:1-5:30: error Unexpected exploration target not given as ranges/)
  })

  it('a table of a resource by category is not a target', async () => {
    const rows = ['| Indicated | 60 | 28 |', '| Inferred | 40 | 26 |']
    expect(await found('exploration-target', release(rows, 'Drilling continues.'))).toEqual([])
  })
})

describe('mining-terminology: "reserves" claimed of a deposit in a release that states no mineral reserves', () => {
  const release = (claim: string) =>
    [
      `WINNIPEG, Manitoba, December 2, 2026 – Brantwood Gold Inc. (TSXV: BWG) ${claim}`,
      '',
      'The estimate comprises Indicated Mineral Resources of 8.4 million tonnes grading 1.42 g/t gold and Inferred ' +
        'Mineral Resources of 5.1 million tonnes grading 1.18 g/t gold. Mineral Resources that are not Mineral ' +
        'Reserves do not have demonstrated economic viability.'
    ].join('\n')

  it.each([
    ['reports updated gold reserves for its Heron deposit.', 'updated gold reserves'],
    ['reports that the deposit’s reserves have grown by 40%.', 'reserves'],
    ['announces that its reserves now total 960,000 ounces of gold.', 'reserves'],
    ['reports that copper reserves at Heron were expanded.', 'copper reserves']
  ])('a warning: %s', async (claim, quote) => {
    const messages = await found('mining-terminology', release(claim))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(`warning Unexpected “${quote}” in a release that states no mineral reserves`)
  })

  it.each([
    'reports an updated mineral resource estimate for its Heron deposit.',
    'reports that its cash reserves of $4.1 million fund the 2027 program.',
    'reserves the right to amend the program, and notes that no mineral reserves have been estimated.',
    'aims to complete a pre-feasibility study, which would be required before any Mineral Reserves are declared.'
  ])('no finding: %s', async (claim) => {
    expect(await found('mining-terminology', release(claim))).toEqual([])
  })

  it('no finding where the release states reserves from a pre-feasibility study', async () => {
    const text = release('reports updated gold reserves for its Heron deposit from its pre-feasibility study.')
    expect(await found('mining-terminology', text)).toEqual([])
  })
})

describe('historical-estimate: a French section « Estimation historique », and the exchange disclaimer’s « pertinence »', () => {
  const DISCLAIMER =
    'Ni la Bourse de croissance TSX ni son fournisseur de services de réglementation (au sens attribué à ce terme dans ' +
    'les politiques de la Bourse de croissance TSX) n’acceptent de responsabilité quant à la pertinence ou à ' +
    'l’exactitude du présent communiqué.'
  const CAUTION =
    'Une personne qualifiée n’a pas effectué suffisamment de travaux pour classer l’estimation historique comme des ' +
    'ressources minérales actuelles, et la Société ne considère pas l’estimation historique comme des ressources ' +
    'minérales actuelles.'
  const release = (comment: string, caution = CAUTION) =>
    [
      'CHIBOUGAMAU, Québec, le 2 décembre 2026 – Mines Valdor inc. (TSXV : MVD) (la « Société ») a conclu ' +
        'l’acquisition de la propriété Lac Brûlé.',
      '',
      '### Estimation historique',
      '',
      'Selon un rapport préparé par Géoconseil Nordique inc. en 1988, la zone Ouest renferme 620 000 tonnes à 1,9 % ' +
        'Cu, selon la méthode des sections verticales à une teneur de coupure de 1,0 % Cu. Les catégories utilisées ne ' +
        `correspondent pas aux normes de l’ICM. ${comment} Aucune donnée plus récente n’est disponible. Pour vérifier ` +
        'l’estimation, la Société devra forer des sondages de confirmation.',
      '',
      caution,
      '',
      DISCLAIMER
    ].join('\n')
  const COMMENT = 'La Société juge l’estimation pertinente et fiable.'

  it('no finding when every element is stated', async () => {
    expect(await found('historical-estimate', release(COMMENT))).toEqual([])
  })

  it('an error when the statement is missing: the figures under the heading are an estimate', async () => {
    const messages = await found('historical-estimate', release(COMMENT, ''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/error Il manque la mise en garde sur l’estimation historique/)
  })

  it('the disclaimer’s « pertinence » is no comment on the estimate’s relevance', async () => {
    expect(await found('historical-estimate', release(''))).toEqual([
      '5:87-5:101: error Il manque la pertinence et la fiabilité de l’estimation historique ; attendu : à côté de ' +
        'celle-ci'
    ])
  })
})

describe('mining-terminology: a quantity named a resource in no CIM category', () => {
  const release = (sentence: string) =>
    `KAMLOOPS, BC, December 2, 2026 – Torrin Copper Ltd. (TSXV: TRC) reports on its Fenn porphyry. ${sentence}`

  it.each([
    [
      'The Fenn porphyry hosts a potential resource of 180 to 260 million tonnes grading 0.2% to 0.3% Cu.',
      'potential resource',
      'exploration target'
    ],
    [
      'Drilling outlined conceptual resources of 40 to 55 million tonnes.',
      'conceptual resources',
      'exploration target'
    ],
    ['A 2025 model gives a geological resource of 120 million tonnes at 0.31% Cu.', 'geological resource', undefined]
  ])('a warning: %s', async (sentence, quote, replacement) => {
    const messages = await found('mining-terminology', release(sentence))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(
      `warning Unexpected “${quote}”, a resource in no CIM category, expected ` +
        (replacement ? `“${replacement}”` : 'a Mineral Resource category')
    )
  })

  it.each([
    'Step-out drilling is designed to test the potential resource growth to the west.',
    'The exploration target of 180 to 260 million tonnes grading 0.2% to 0.3% Cu is conceptual in nature.',
    'There is no potential resource of 180 million tonnes implied by these results.',
    'The Company plans to estimate a maiden mineral resource of the Fenn porphyry in 2027.'
  ])('no finding: %s', async (sentence) => {
    expect(await found('mining-terminology', release(sentence))).toEqual([])
  })
})
