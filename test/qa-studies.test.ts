/**
 * Releases that state estimates and studies (resources and reserves, PEAs, pre-feasibility and feasibility studies,
 * historical estimates, metal equivalents and the data verification behind them), as issuers and counsel word them:
 * each statement a release owes must be read where it is, whatever its wording, and one element dropped must be
 * caught. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe('metal-equivalent: "a reasonable potential to be recovered and sold" states no recoveries', () => {
  const release = (note: string) =>
    [
      'KELOWNA, BC, December 2, 2026 – Aldergrove Silver Ltd. (TSXV: ADS) reports Indicated Mineral Resources of ' +
        '3.8 million tonnes grading 212 g/t Ag, 1.84% Pb and 2.61% Zn (361 g/t AgEq).',
      '',
      'AgEq is calculated using metal prices of US$28.00/oz silver, US$0.95/lb lead and US$1.25/lb zinc' + note,
      '',
      'In the opinion of the Company, all elements included in the metal equivalent calculation have a reasonable ' +
        'potential to be recovered and sold.'
    ].join('\n')

  it('an error when the recoveries used are not stated', async () => {
    const messages = await found('metal-equivalent', release('.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('Missing recoveries')
  })

  it('no finding when they are', async () => {
    expect(await found('metal-equivalent', release(', and recoveries of 89% Ag, 86% Pb and 84% Zn.'))).toEqual([])
  })
})

describe('metal-equivalent: a formula with its metals’ units in parentheses is a note, not a table of grades', () => {
  const release = (grades: string) =>
    [
      'VANCOUVER, BC, November 26, 2026 – Tamsworth Copper Corp. (CSE: TCC) reports Indicated Mineral Resources of ' +
        `212 million tonnes grading ${grades}.`,
      '',
      'CuEq (%) = Cu (%) + 0.64 x Au (g/t), using prices of US$4.00 per pound of copper and US$2,200 per ounce of ' +
        'gold and recoveries of 90% for copper and 72% for gold.'
    ].join('\n')

  it('an error for an equivalent without its metals, none given anywhere', async () => {
    const messages = await found('metal-equivalent', release('0.45% CuEq'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('“0.45% CuEq”')
  })

  it('no finding with the metals given', async () => {
    expect(await found('metal-equivalent', release('0.31% Cu and 0.22 g/t Au (0.45% CuEq)'))).toEqual([])
  })
})

describe('historical-estimate: source and date with the estimate’s figures between them', () => {
  const release = (sentence: string) =>
    [
      'RENO, NV, December 2, 2026 – Ashby Gold Corp. (TSXV: ASG) has completed its acquisition of the Pellham property.',
      '',
      sentence +
        ' The estimate used categories that differ from the CIM categories. Ashby considers the estimate relevant to ' +
        'its exploration but cannot assess its reliability until the data are compiled. No more recent estimate is ' +
        'available. The Company intends to complete confirmation drilling to verify the estimate. A qualified person ' +
        'has not done sufficient work to classify the historical estimate as current mineral resources or mineral ' +
        'reserves and the Company is not treating it as current mineral resources or mineral reserves.'
    ].join('\n')

  it('no finding: "In 1989, … estimated 412,000 tons grading 0.28 ounces per ton gold, in a … report"', async () => {
    const text = release(
      'In 1989, Pellham Mining Company, the operator at the time, estimated remaining reserves of 412,000 tons ' +
        'grading 0.28 ounces per ton gold, in an unpublished mine planning report, using a 0.12 opt cut-off.'
    )
    expect(await found('historical-estimate', text)).toEqual([])
  })

  it('still an error when no source is named', async () => {
    const text = release(
      'In 1989, Pellham Mining Company, the operator at the time, estimated remaining reserves of 412,000 tons ' +
        'grading 0.28 ounces per ton gold, using a 0.12 opt cut-off.'
    )
    const messages = await found('historical-estimate', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing source and date')
  })
})

describe('historical-estimate: an estimate made by "the operator at the time", its subject', () => {
  const text =
    'RENO, NV, December 2, 2026 – Ashby Gold Corp. (TSXV: ASG) has completed its acquisition of the Pellham ' +
    'property. In 1989, Pellham Mining Company, the operator at the time, estimated remaining reserves of 412,000 ' +
    'tons grading 0.28 ounces per ton gold in a mine planning report.'

  it('is a historical estimate: its statement is missing, not a current estimate’s category and date', async () => {
    const historical = await found('historical-estimate', text)
    expect(historical.some((m) => m.includes('error') && m.includes('Missing historical-estimate statement'))).toBe(
      true
    )
    expect(await found('mineral-resource', text)).toEqual([])
  })
})

describe('historical-estimate: the work needed, in other forms ("re-sample …", "drill confirmation holes")', () => {
  const release = (work: string) =>
    [
      'THUNDER BAY, ON, November 26, 2026 – Gullwing Exploration Inc. (CSE: GWX) has optioned the Marten Lake property.',
      '',
      'A historical resource of 2.1 million tonnes grading 6.2 g/t gold was reported for the deposit by Larkin Mines ' +
        'Ltd. in a 1988 report, using sectional methods and a 3.4 g/t gold cut-off. The estimate does not use CIM ' +
        'categories. Gullwing considers it relevant and reasonably reliable. No drilling has been done since 1988. ' +
        work +
        ' A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
        'resources or mineral reserves, and Gullwing is not treating it as current mineral resources or mineral reserves.'
    ].join('\n')

  it.each([
    'Gullwing plans to re-sample the historical core and drill confirmation holes, after which a current mineral ' +
      'resource estimate could be prepared.',
    'The Company would need to re-log and re-sample the stored core to confirm the historical grades.'
  ])('no finding: %s', async (work) => {
    expect(await found('historical-estimate', release(work))).toEqual([])
  })

  it('a warning when no work is named', async () => {
    const messages = await found('historical-estimate', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('work needed')
  })
})

describe('historical-estimate: a table of historical estimates by zone, in no CIM category', () => {
  const release = (caution: string) =>
    [
      'ST. JOHN’S, NL, November 30, 2026 – Quidi Resources Inc. (CSE: QDR) has agreed to acquire the Gander Brook ' +
        'zinc project.',
      '',
      'Gander Brook hosts the following historical estimates, prepared for Exploits Base Metals Ltd. by a consulting ' +
        'firm in a report dated October 1991:',
      '',
      '| Zone | Tonnes | Zn (%) | Pb (%) |',
      '| --- | --- | --- | --- |',
      '| Main Zone | 2,150,000 | 6.8 | 2.4 |',
      '| North Zone | 870,000 | 5.2 | 1.9 |',
      '',
      'The estimates were calculated by the cross-sectional method using a 3% zinc cut-off and "drill-indicated" ' +
        'categories, which are not CIM categories. Quidi considers them relevant, and reliable for their time. No ' +
        'newer estimate exists. Quidi plans to re-sample the historical core and drill confirmation holes, after ' +
        'which a current mineral resource estimate could be prepared.',
      caution
    ].join('\n')

  it('an error when the statement is missing (the table gives the figures)', async () => {
    const messages = await found('historical-estimate', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('Missing historical-estimate statement')
  })

  it('no finding with the statement (its work needed read from "re-sample … drill confirmation holes")', async () => {
    const text = release(
      '\nA qualified person has not done sufficient work to classify the historical estimates as current mineral ' +
        'resources or mineral reserves, and Quidi is not treating them as current mineral resources or mineral reserves.'
    )
    expect(await found('historical-estimate', text)).toEqual([])
  })
})

describe('mineral-resource: « en date du 1er juin 2026 », the first of the month with its ordinal', () => {
  const release = (date: string) =>
    [
      'QUÉBEC, Québec, le 30 novembre 2026 – Mines Lévis inc. (TSXV : MLV) annonce une estimation des ressources.',
      '',
      `L'estimation des ressources minérales ${date}comprend des ressources indiquées de 6,9 millions de tonnes à ` +
        '2,41 g/t Au, à une teneur de coupure de 1,2 g/t Au. Les ressources minérales qui ne sont pas des réserves ' +
        "minérales n'ont pas démontré leur viabilité économique."
    ].join('\n')

  it.each(['en date du 1er juin 2026 ', 'en date du 1re juin 2026 '])('no finding: %s', async (date) => {
    expect(await found('mineral-resource', release(date))).toEqual([])
  })

  it('still an error with no date', async () => {
    const messages = await found('mineral-resource', release(''))
    expect(messages.some((m) => m.includes('date d’effet'))).toBe(true)
  })
})

describe('pea-caution: the basis of a French PEA named « évaluation économique préliminaire (ÉEP) »', () => {
  const release = (basis: string) =>
    [
      "QUÉBEC, Québec, le 30 novembre 2026 – Mines Lévis inc. (TSXV : MLV) annonce les résultats de l'évaluation " +
        `économique préliminaire (l'« ÉEP ») du projet Lac-Vert${basis}. L'ÉEP indique une VAN après impôts de ` +
        '288 M$ et un TRI après impôts de 27,3 %.',
      '',
      "L'ÉEP est de nature préliminaire et comprend des ressources minérales présumées considérées comme trop " +
        "spéculatives sur le plan géologique pour que l'on y applique les considérations économiques qui " +
        "permettraient de les classer comme réserves minérales, et il n'y a aucune certitude que les résultats de " +
        "l'ÉEP se réaliseront."
    ].join('\n')

  it('no finding when the sentence says who prepared it', async () => {
    expect(await found('pea-caution', release(', préparée par Ingénierie Boréale inc.'))).toEqual([])
  })

  it('a warning when nothing says what it is based on', async () => {
    const messages = await found('pea-caution', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('fondement')
  })
})

describe('data-verification: « n’a pas vérifié … », a verification said not done, says how (that it was not)', () => {
  const text = [
    'ROUYN-NORANDA, Québec, le 1er décembre 2026 – Exploration Kinojévis inc. (TSXV : EKJ) a acquis la propriété ' +
      'Dasserat, qui comporte une estimation historique de 640 000 tonnes à 5,8 g/t Au.',
    '',
    'Les renseignements techniques ont été approuvés par Luc Gendron, géo., personne qualifiée au sens du ' +
      "Règlement 43-101. Luc Gendron n'a pas vérifié l'estimation historique, car les données d'origine ne sont pas " +
      'disponibles.'
  ].join('\n')

  it('no finding', async () => {
    expect(await found('data-verification', text)).toEqual([])
  })

  it('a warning on why, not on how, when it does not say why', async () => {
    const messages = await found(
      'data-verification',
      text.replace(
        "l'estimation historique, car les données d'origine ne sont pas disponibles",
        "les données d'analyse"
      )
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('Il manque la raison pour laquelle les données n’ont pas été vérifiées')
  })
})

describe('data-verification: a validation still to come (« ne pourra être établie qu’après la validation »)', () => {
  const release = (condition: string, statement: string) =>
    [
      'ROUYN-NORANDA, Québec, le 1er décembre 2026 – Exploration Kinojévis inc. (TSXV : EKJ) a acquis la propriété ' +
        'Dasserat, qui comporte une estimation historique de 640 000 tonnes à 5,8 g/t Au. ' +
        condition,
      '',
      statement
    ].join('\n')

  it.each([
    [
      "La Société juge l'estimation pertinente, mais sa fiabilité ne pourra être établie qu'après la validation des " +
        'données.',
      "Luc Gendron, géo., n'a pas vérifié les données, car elles ne sont pas disponibles."
    ],
    [
      'Its reliability can only be assessed after validation of the data.',
      'Luc Gendron, P.Geo., has not verified the data, as the original records are not available.'
    ]
  ])('is not the statement, the QP’s is: no finding for %s', async (condition, statement) => {
    expect(await found('data-verification', release(condition, statement))).toEqual([])
  })
})

describe('pea-caution: an economic analysis whose mine plan includes Inferred resources, in another paragraph', () => {
  const FLI =
    'This news release contains forward-looking information, including statements about a future feasibility study ' +
    'and the PEA. Actual results may differ materially.'
  const QP =
    'Graham Oduya, P.Eng., an independent Qualified Person under NI 43-101, has approved this news release and ' +
    'verified the cost inputs against vendor quotes.'
  const release = (plan: string, study = 'internal economic analysis') =>
    [
      `VANCOUVER, BC, December 3, 2026 – Linden Gold Corp. (TSXV: LDG) announces the results of an ${study} of its ` +
        'Ashgrove project: an after-tax NPV5% of $486 million and an after-tax IRR of 31%.',
      '',
      `The mine plan processes 31.6 million tonnes at 1.31 g/t Au. ${plan}`,
      '',
      QP,
      '',
      FLI
    ].join('\n')

  it('an error when the plan draws on Inferred resources and no study is named (but in the caution)', async () => {
    const messages = await found(
      'pea-caution',
      release('Approximately 38% of the mill feed in the mine plan is from Inferred Mineral Resources.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('Unexpected economic analysis that includes Inferred Mineral Resources')
  })

  it('no finding when the plan treats them as waste', async () => {
    expect(
      await found('pea-caution', release('Inferred Mineral Resources in the mine plan are treated as waste.'))
    ).toEqual([])
  })

  it('an error for a pre-feasibility study whose plan includes them, a PEA named only in the caution', async () => {
    const text = [
      'VANCOUVER, BC, December 3, 2026 – Linden Gold Corp. (TSXV: LDG) announces a pre-feasibility study ("PFS") ' +
        'of its Ashgrove project: an after-tax NPV5% of $402 million and an after-tax IRR of 29.5%.',
      '',
      'The PFS mine plan includes 1.4 million tonnes of Inferred Mineral Resources, which make up 7% of the plant feed.',
      '',
      QP,
      '',
      FLI
    ].join('\n')
    const messages = await found('pea-caution', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Unexpected economic analysis that includes Inferred Mineral Resources')
  })
})

describe('mineral-resource: a figure "in the Indicated and Inferred categories combined", no word "resource"', () => {
  const release = (sentence: string) =>
    [
      'VANCOUVER, BC, December 3, 2026 – Fenwick Gold Inc. (TSXV: FWK) reports a mineral resource estimate for its ' +
        'Lomond deposit, effective November 18, 2026: Indicated Mineral Resources of 22.5 million tonnes at 0.94 g/t ' +
        'Au (680,000 oz) and Inferred Mineral Resources of 8.1 million tonnes at 0.81 g/t Au (211,000 oz), at a ' +
        '0.30 g/t Au cut-off. Mineral Resources that are not Mineral Reserves do not have demonstrated economic ' +
        'viability.',
      '',
      sentence
    ].join('\n')

  it('an error on the sum', async () => {
    const messages = await found(
      'mineral-resource',
      release('The deposit hosts 891,000 ounces of gold in the Indicated and Inferred categories combined.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Unexpected Inferred resources added to Measured and Indicated')
  })

  it('no finding for the categories stated apart', async () => {
    expect(
      await found('mineral-resource', release('The deposit hosts 680,000 ounces of gold in the Indicated category.'))
    ).toEqual([])
  })
})

describe('exploration-target: the basis stated where the target is introduced, before the list of its ranges', () => {
  const release = (opening: string) =>
    [
      `VANCOUVER, BC, November 29, 2026 – Lapwing Gold Inc. (TSXV: LPW) reports a conceptual exploration target for ` +
        `the Osprey trend${opening}.`,
      '',
      'The Company has defined an Exploration Target of:',
      '',
      '- 10 to 16 million tonnes',
      '- grading between 0.9 and 1.3 g/t gold',
      '',
      'The potential quantity and grade of the exploration target is conceptual in nature, there has been ' +
        'insufficient exploration to define a mineral resource, and it is uncertain if further exploration will ' +
        'result in the target being delineated as a mineral resource.'
    ].join('\n')

  it('no finding: "…, based on 46 drill holes and trenching" in the opening', async () => {
    expect(await found('exploration-target', release(', based on 46 drill holes and surface trenching'))).toEqual([])
  })

  it('still a warning when no paragraph gives it', async () => {
    const messages = await found('exploration-target', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing basis of the exploration target')
  })
})

describe('data-verification: a producer’s, by reconciliation with mill production and audits of the block models', () => {
  const release = (verification: string) =>
    [
      'TORONTO, ON, November 30, 2026 – Harrier Mines Ltd. (TSX: HRM) reports Proven and Probable Mineral Reserves at ' +
        'its Garnet Lake mine, as at September 30, 2026, of 22.4 Mt at 2.25 g/t Au (1.62 Moz).',
      '',
      'The estimates were prepared under the supervision of Colm Rafferty, P.Eng., Chief Mine Engineer of Harrier and ' +
        `a Qualified Person under NI 43-101, who has approved this release. ${verification}`
    ].join('\n')

  it.each([
    'Data verification included reconciliation with mill production and audits of the block models.',
    'Mr. Rafferty verified the data by reconciling the reserve model with mill production.'
  ])('no finding: %s', async (verification) => {
    expect(await found('data-verification', release(verification))).toEqual([])
  })

  it('a warning when it says only that the data were verified', async () => {
    const messages = await found('data-verification', release('Mr. Rafferty has verified the data disclosed.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing how the data were verified')
  })
})
