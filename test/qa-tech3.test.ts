/**
 * Metal equivalents, data verification and PEA cautions in technical releases, as issuers and counsel lay them out:
 * an equivalent named before its figure or in parentheses, a French headline « en équivalent or » repeated in the
 * body with its metals, a table of equivalents only beside a pointer to a collar table. The issuers, people and
 * properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const BASIS =
  'Gold-equivalent grades use US$2,450/oz gold and US$30/oz silver, with recoveries of 93% gold and 78% silver.'

describe('metal-equivalent: the equivalent named before its figure, or in parentheses after the unit', () => {
  const release = (interval: string) =>
    'VANCOUVER, BC, November 3, 2026 – Pellham Ridge Gold Corp. (TSXV: PRG) reports that hole PR-26-07 returned ' +
    `${interval}.`

  it.each([
    ['28.5 metres at AuEq 2.11 g/t', 'AuEq 2.11 g/t'],
    ['28.5 metres with a gold-equivalent grade of 2.11 g/t', 'gold-equivalent grade of 2.11 g/t'],
    ['28.5 metres of 2.11 g/t (AuEq)', '2.11 g/t (AuEq)'],
    ['28.5 metres with CuEq grades of 0.91%', 'CuEq grades of 0.91%']
  ])('reads “%s” as an equivalent grade, and quotes it', async (interval, quoted) => {
    const messages = await found('metal-equivalent', release(interval))
    expect(messages).toHaveLength(3)
    for (const message of messages) expect(message).toContain(`“${quoted}”`)
    expect(messages[0]).toContain('Missing grades of the metals')
  })

  it('no finding when the same grade, named before its figure, has its metals, prices and recoveries', async () => {
    const text = release('28.5 metres at AuEq 2.11 g/t (1.84 g/t Au and 22.1 g/t Ag)') + '\n\n' + BASIS
    expect(await found('metal-equivalent', text)).toEqual([])
  })

  it.each(['reported as AgEq at 100% recovery', 'where CuEq: 65% from copper'])(
    'a percent after the equivalent that is its recovery or a share is no grade: “%s”',
    async (words) => {
      const text =
        'VANCOUVER, BC, November 3, 2026 – Pellham Silver Corp. (TSXV: PSV) reports that channel C-4 returned 3.2 ' +
        `metres of 412 g/t Ag and 3.1% Pb. Values elsewhere on the property are ${words}.`
      expect(await found('metal-equivalent', text)).toEqual([])
    }
  )

  it('a uranium or lithium symbol’s digit is not the figure (“U3O8 eq 0.8%”)', async () => {
    const text = release('12.0 metres of Li2O Eq 1.46% (1.21% Li2O and 310 ppm Cs2O)') + '\n\n' + BASIS
    expect(await found('metal-equivalent', text)).toEqual([])
  })
})

describe('metal-equivalent: a French headline « en équivalent or » is the body’s « ÉqAu »', () => {
  it('no warning when the body gives the headline’s grade with its metals', async () => {
    const text = [
      '# Ressources Pellham recoupe 6,4 g/t en équivalent or sur 7,5 mètres',
      '',
      'ROUYN-NORANDA (Québec), le 3 novembre 2026 – Ressources Pellham inc. (TSXV : RPL) annonce que le sondage ' +
        'PR-26-07 a recoupé 6,4 g/t ÉqAu sur 7,5 mètres (5,2 g/t Au et 96 g/t Ag).',
      '',
      "La teneur en équivalent or repose sur un prix de l'or de 2 400 $ US l'once et un prix de l'argent de 30 $ US " +
        "l'once, et sur des taux de récupération de 94 % pour l'or et de 80 % pour l'argent."
    ].join('\n')
    expect(await found('metal-equivalent', text)).toEqual([])
  })
})

describe('metal-equivalent: a figure without its metals and nothing to point to is an error', () => {
  const COLLARS = [
    'Drill hole locations, azimuths and dips are given in the collar table below.',
    '',
    '| Hole | Easting | Northing | Azimuth | Dip |',
    '| --- | --- | --- | --- | --- |',
    '| PR-26-07 | 512340 | 6201450 | 045 | -60 |'
  ].join('\n')

  it('“the collar table below” gives no metals: an error, not a warning', async () => {
    const text = [
      'VANCOUVER, BC, November 3, 2026 – Pellham Ridge Copper Corp. (TSXV: PRC) reports that hole PR-26-07 returned ' +
        '150.0 metres of 1.02% CuEq, including 36.0 metres of 1.88% CuEq.',
      '',
      'Copper equivalent is calculated using US$4.20/lb Cu and US$2,400/oz Au and assumes 100% metal recovery.',
      '',
      COLLARS
    ].join('\n')
    const messages = await found('metal-equivalent', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('Missing grades of the metals in the equivalent')
  })

  it('a pointer to a table below that holds grades still makes it a warning', async () => {
    const text = [
      'VANCOUVER, BC, November 3, 2026 – Pellham Ridge Copper Corp. (TSXV: PRC) reports that hole PR-26-07 returned ' +
        '150.0 metres of 1.02% CuEq; the grade of each metal is in the table below.',
      '',
      'Copper equivalent is calculated using US$4.20/lb Cu and US$2,400/oz Au and assumes 100% metal recovery.',
      '',
      '| Hole | Length (m) | Cu (%) | Au (g/t) |',
      '| --- | --- | --- | --- |',
      '| PR-26-07 | 150.0 | 0.71 | 0.48 |'
    ].join('\n')
    const messages = await found('metal-equivalent', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
  })

  it('a table of equivalents only is an error on its row, even after a headline pointing to a table', async () => {
    const text = [
      'VANCOUVER, BC, November 3, 2026 – Pellham Ridge Gold Corp. (TSXV: PRG) reports two holes; see Table 1 for ' +
        'the intervals, including 28.5 metres of 2.11 g/t AuEq.',
      '',
      '| Hole | Length (m) | AuEq (g/t) |',
      '| --- | --- | --- |',
      '| PR-26-07 | 28.5 | 2.11 |',
      '| PR-26-08 | 12.6 | 1.09 |',
      '',
      BASIS
    ].join('\n')
    const messages = await found('metal-equivalent', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('“| PR-26-07 | 28.5 | 2.11 |”')
  })
})

describe('metal-equivalent: prices and recoveries in a list of notes under "Notes:"', () => {
  const release = (notes: string[]) =>
    [
      'VANCOUVER, BC, November 3, 2026 – Pellham Ridge Gold Corp. (TSXV: PRG) reports that hole PR-26-07 returned ' +
        '22.0 metres of 3.47 g/t AuEq (2.81 g/t Au and 52 g/t Ag).',
      '',
      '| Hole | Interval (m) | Au (g/t) | Ag (g/t) | AuEq (g/t) |',
      '| --- | --- | --- | --- | --- |',
      '| PR-26-07 | 22.0 | 2.81 | 52.0 | 3.47 |',
      '',
      ...notes
    ].join('\n')

  it('no finding when the list under the lead-in gives them, item by item', async () => {
    const text = release([
      'Notes:',
      '',
      '1. Metal prices: US$2,400/oz Au and US$30/oz Ag.',
      '2. Metallurgical recoveries: 92% Au and 85% Ag.',
      '3. Intervals are core lengths.'
    ])
    expect(await found('metal-equivalent', text)).toEqual([])
  })

  it('still an error when the list under the lead-in gives the prices only', async () => {
    const text = release([
      'Notes:',
      '',
      '1. Metal prices: US$2,400/oz Au and US$30/oz Ag.',
      '2. Intervals are core lengths.'
    ])
    const messages = await found('metal-equivalent', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing recoveries')
  })
})

describe('data-verification: how, said as the QP’s acts', () => {
  const RESULT =
    'VANCOUVER, BC, November 3, 2026 – Pellham Ridge Gold Corp. (TSXV: PRG) reports that hole PR-26-07 at its ' +
    'Pellham project intersected 4.1 g/t Au over 11.0 metres.'
  const QP =
    'Ines Marchetti, P.Geo., Vice President Exploration of the Company and a Qualified Person as defined in National ' +
    'Instrument 43-101, has reviewed and approved the scientific and technical information in this news release.'

  it.each([
    'Ms. Marchetti visited the core logging facility during the program, took four check samples from the reported ' +
      'interval and compared their results with the original assays.',
    'She collected independent samples of the quarter core from hole PR-26-07 for assay at a second laboratory.'
  ])('no finding: %s', async (acts) => {
    expect(await found('data-verification', [RESULT, '', `${QP} ${acts}`].join('\n'))).toEqual([])
  })

  it('a laboratory’s check assays in the results paragraph are its quality control, not the QP’s verification', async () => {
    const text = [
      RESULT + ' Check assays on 5% of the pulps were run by a second laboratory and compared well with the originals.',
      '',
      QP
    ].join('\n')
    const messages = await found('data-verification', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing data verification statement')
  })

  it('a planned visit is no verification', async () => {
    const text = [RESULT, '', `${QP} Ms. Marchetti will visit the property and collect check samples next month.`]
    const messages = await found('data-verification', text.join('\n'))
    expect(messages).toHaveLength(1)
  })
})

describe('metal-equivalent: units spelled out, and "total" before the equivalent', () => {
  it.each([
    ['2.1 metres of 7.72 kilograms per tonne silver equivalent', '7.72 kilograms per tonne silver equivalent'],
    ['0.8 metres at 1,642.4 g/t total silver equivalent', '1,642.4 g/t total silver equivalent'],
    ['3.0 metres of 5.6 grams per metric tonne gold equivalent', '5.6 grams per metric tonne gold equivalent']
  ])('reads “%s” as an equivalent grade', async (interval, quoted) => {
    const text =
      'VANCOUVER, BC, November 3, 2026 – Pellham Silver Corp. (TSXV: PSV) reports that channel C-4 returned ' +
      `${interval}.`
    const messages = await found('metal-equivalent', text)
    expect(messages).toHaveLength(3)
    expect(messages[0]).toContain(`“${quoted}”`)
  })
})

describe('data-verification: French, how said by a gerund with a pronoun object', () => {
  it('French: « en les comparant aux … » says how', async () => {
    const text = [
      'Le sondage PR-26-07 du projet Pellham a recoupé 5,2 g/t Au sur 7,5 mètres.',
      '',
      'Jean-Luc Fortier, géo., vice-président exploration de la Société et personne qualifiée au sens du Règlement ' +
        "43-101, a approuvé l'information technique du présent communiqué. Il a vérifié les données d'analyse en les " +
        'comparant aux rapports originaux du laboratoire, sans limitation.'
    ].join('\n')
    expect(await found('data-verification', text)).toEqual([])
  })
})

describe('pea-caution: "geologically too speculative", the clause in its third order', () => {
  const release = (caution: string) =>
    [
      'VANCOUVER, BC, November 3, 2026 – Pellham Ridge Gold Corp. (TSXV: PRG) announces the results of a preliminary ' +
        'economic assessment (the "PEA") of its Pellham project, prepared by Norvik Mining Consultants Ltd.: an ' +
        'after-tax NPV (5%) of US$612 million and an after-tax IRR of 31.4%.',
      '',
      caution
    ].join('\n')

  it('no finding when the caution says “geologically too speculative”', async () => {
    const text = release(
      'Investors are cautioned that the PEA is preliminary in nature and includes Inferred Mineral Resources that ' +
        'are considered geologically too speculative to have economic considerations applied to them that would ' +
        'enable them to be categorized as Mineral Reserves. There is no certainty that the results of the PEA will ' +
        'be realized.'
    )
    expect(await found('pea-caution', text)).toEqual([])
  })

  it('still names the clause dropped when “speculative” goes', async () => {
    const text = release(
      'Investors are cautioned that the PEA is preliminary in nature and includes Inferred Mineral Resources that ' +
        'would enable them to be categorized as Mineral Reserves. There is no certainty that the results of the PEA ' +
        'will be realized.'
    )
    const messages = await found('pea-caution', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('drops “too speculative geologically”')
  })
})

describe('metal-equivalent: prices "an ounce", "a pound"', () => {
  const release = (basis: string) =>
    [
      'VANCOUVER, BC, November 3, 2026 – Pellham Ridge Gold Corp. (TSXV: PRG) reports that hole PR-26-07 returned 9.0 ' +
        'metres of 5.6 g/t AuEq (4.9 g/t Au and 57 g/t Ag).',
      '',
      basis
    ].join('\n')

  it('no finding: the prices given per unit with an article', async () => {
    const text = release('AuEq assumes gold at US$2,400 an ounce and silver at US$30 an ounce, and 100% recovery.')
    expect(await found('metal-equivalent', text)).toEqual([])
  })

  it('a cost “a tonne” is still no metal price', async () => {
    const text = release('AuEq assumes processing costs of US$18 a tonne and 100% recovery.')
    const messages = await found('metal-equivalent', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing metal prices')
  })
})

describe('metal-equivalent: a resource table whose second header row gives tonnage and contained metal units', () => {
  it('reads “Ag” over “(g/t)” as a metal column beside “(kt)” and “(Moz)”: no finding', async () => {
    const text = [
      'VANCOUVER, BC, November 3, 2026 – Pellham Silver Corp. (TSXV: PSV) announces a mineral resource estimate for ' +
        'its Corrie deposit.',
      '',
      '| Category | Tonnes | Ag | Zn | AgEq | AgEq |',
      '| --- | --- | --- | --- | --- | --- |',
      '| | (kt) | (g/t) | (%) | (g/t) | (Moz) |',
      '| Indicated | 4,120 | 188 | 2.6 | 295 | 39.1 |',
      '',
      'AgEq = Ag + 49.3 × Zn%, using US$28/oz Ag and US$1.25/lb Zn, with recoveries of 88% Ag and 87% Zn.'
    ].join('\n')
    expect(await found('metal-equivalent', text)).toEqual([])
  })
})

describe('data-verification: the issuer’s own data said not verified and “not necessarily indicative”', () => {
  const release = (qp: string) =>
    [
      'VANCOUVER, BC, November 3, 2026 – Pellham Ridge Gold Corp. (TSXV: PRG) reports that its compilation of the ' +
        '1987 drilling at its Pellham project includes hole H87-4, which reported 7.3 g/t Au over 4.6 metres.',
      '',
      'Ines Marchetti, P.Geo., Vice President Exploration of the Company and a Qualified Person as defined in ' +
        `National Instrument 43-101, has reviewed and approved the technical information in this news release. ${qp}`
    ].join('\n')

  it('no finding: the historical results said not verified are the statement, and “historical” says why', async () => {
    const text = release(
      'Ms. Marchetti has not verified the historical drill results, which are not necessarily indicative of the ' +
        'grades the Company’s drilling will return.'
    )
    expect(await found('data-verification', text)).toEqual([])
  })

  it('the adjacent-property caution is still no statement of the issuer’s data', async () => {
    const text = release(
      'Ms. Marchetti has been unable to verify the information on the adjacent properties, and it is not ' +
        'necessarily indicative of the mineralization on the Pellham project.'
    )
    const messages = await found('data-verification', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing data verification statement')
  })
})

describe('metal-equivalent: French, the equivalent named before its figure', () => {
  const release = (words: string) =>
    'ROUYN-NORANDA (Québec), le 3 novembre 2026 – Ressources Pellham inc. (TSXV : RPL) annonce que le sondage ' +
    `PR-26-07 a recoupé 7,5 mètres ${words} dans la zone Pic.`

  it.each([
    ["d'une teneur en équivalent or de 6,4 g/t", 'équivalent or de 6,4 g/t'],
    ['à ÉqAu 2,1 g/t', 'ÉqAu 2,1 g/t']
  ])('reads « %s » as an equivalent grade', async (words, quoted) => {
    const messages = await found('metal-equivalent', release(words))
    expect(messages).toHaveLength(3)
    // The French guillemets hold the quote with non-breaking spaces.
    expect(messages[0]).toContain(`«\u00a0${quoted}\u00a0»`)
  })

  it('no finding when its metals, prices and recoveries are given', async () => {
    const text = [
      release("d'une teneur en équivalent or de 6,4 g/t (5,2 g/t Au et 96 g/t Ag)"),
      '',
      "L'équivalent or repose sur un prix de l'or de 2 400 $ US l'once et de l'argent de 30 $ US l'once, et sur une " +
        'récupération de 100 %.'
    ].join('\n')
    expect(await found('metal-equivalent', text)).toEqual([])
  })
})
