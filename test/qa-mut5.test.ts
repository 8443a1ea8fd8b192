/**
 * Defects planted in French releases (communiqués) written as Québec counsel writes them: each case is a draft's
 * shape the document model missed. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const release = (table: string) =>
  [
    'QUÉBEC, QC, le 2 décembre 2026 /CNW/ - Minéraux Grand-Duc inc. (TSXV : GDC) (la « Société ») publie une ' +
      'première estimation des ressources minérales du gîte Sarcelle, dont la date d’effet est le 15 novembre 2026.',
    table,
    'Les ressources minérales qui ne sont pas des réserves minérales n’ont pas de viabilité économique démontrée. ' +
      'Les ressources sont estimées selon les Normes de définitions de l’ICM (2014), à une teneur de coupure de ' +
      '0,40 g/t Au et un prix de l’or de 2 100 $ US l’once.'
  ].join('\n\n')

const table = (rows: string[]) =>
  ['| Catégorie | Tonnes (Mt) | Teneur (g/t Au) | Onces d’or |', '| --- | --- | --- | --- |', ...rows].join('\n')

describe('mineral-resource: a French table that adds Inferred to the other categories', () => {
  it.each([
    [
      'a total of the Indicated and Inferred rows',
      [
        '| Indiquées | 3,50 | 1,70 | 191 300 |',
        '| Présumées | 5,20 | 1,40 | 234 100 |',
        '| Total | 8,70 | 1,52 | 425 400 |'
      ]
    ],
    [
      'a grand total under a Measured and Indicated subtotal',
      [
        '| Mesurées | 0,90 | 2,10 | 60 800 |',
        '| Indiquées | 2,60 | 1,56 | 130 500 |',
        '| Total mesurées et indiquées | 3,50 | 1,70 | 191 300 |',
        '| Présumée | 5,20 | 1,40 | 234 100 |',
        '| Grand total | 8,70 | 1,52 | 425 400 |'
      ]
    ]
  ])('an error: %s', async (_, rows) => {
    const found = await messages('mineral-resource', release(table(rows)))
    expect(found.filter((m) => m.includes('error') && m.includes('présumées additionnées'))).toHaveLength(1)
  })

  it.each([
    [
      'each category on its own row',
      ['| Indiquées | 3,50 | 1,70 | 191 300 |', '| Présumées | 5,20 | 1,40 | 234 100 |']
    ],
    [
      'a Measured and Indicated subtotal only',
      [
        '| Mesurées | 0,90 | 2,10 | 60 800 |',
        '| Indiquées | 2,60 | 1,56 | 130 500 |',
        '| Total mesurées et indiquées | 3,50 | 1,70 | 191 300 |',
        '| Présumées | 5,20 | 1,40 | 234 100 |'
      ]
    ],
    [
      'a total that is not the sum of the rows',
      [
        '| Indiquées | 3,50 | 1,70 | 191 300 |',
        '| Présumées | 5,20 | 1,40 | 234 100 |',
        '| Total | 3,50 | 1,70 | 191 300 |'
      ]
    ]
  ])('no finding: %s', async (_, rows) => {
    const found = await messages('mineral-resource', release(table(rows)))
    expect(found.filter((m) => m.includes('additionnées'))).toEqual([])
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })
})

const closing = (hold: string) =>
  'MONTRÉAL, QC, le 9 décembre 2026 /CNW/ - Exploration Bec-Scie inc. (TSXV : BSX) (la « Société ») annonce avoir ' +
  'clôturé aujourd’hui un placement privé de 5 000 000 d’actions accréditives au prix de 0,20 $ par action, pour un ' +
  `produit brut de 1 000 000 $. ${hold}`

describe('hold-period: a hold stated for another period than four months and a day', () => {
  it.each([
    ['Les titres émis sont assujettis à une période de détention de trois mois et un jour.', 'trois mois et un jour'],
    ['Les titres émis sont assujettis à une période de détention de six mois.', 'six mois'],
    ['The securities issued are subject to a hold period of three months and one day.', 'three months and one day'],
    ['The securities issued are subject to a six-month hold period under applicable securities laws.', 'six-month']
  ])('an error on the period: %s', async (hold, period) => {
    const found = await messages('hold-period', closing(hold))
    expect(found.filter((m) => m.includes('error') && m.includes(period))).toHaveLength(1)
  })

  it.each([
    'Les titres émis sont assujettis à une période de détention de quatre mois et un jour.',
    'The securities are subject to a hold period of four months and one day; holders in the United States are ' +
      'also subject to a six-month holding period under Rule 144.',
    'Les titres émis sont assujettis à une période de détention conformément aux lois applicables.'
  ])('no error: %s', async (hold) => {
    const found = await messages('hold-period', closing(hold))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })
})

const plan = (caution: string, french = true) =>
  french
    ? 'ROUYN-NORANDA, QC, le 3 décembre 2026 /CNW/ - Ressources Pic-Bois inc. (TSXV : PBO) (la « Société ») prévoit forer ' +
      `6 000 mètres au projet Paruline en 2027.\n\n## Énoncés prospectifs\n\n${caution}`
    : 'SUDBURY, ON, December 3, 2026 – Kestrel Hollow Resources Inc. (TSXV: KHR) (the "Company") will drill 6,000 ' +
      `metres at its Warbler project in 2027.\n\n## Forward-Looking Statements\n\n${caution}`

describe('forward-looking-caution: "including" that lists the assumptions does not identify the information', () => {
  it.each([
    [
      'L’information prospective repose sur des hypothèses, notamment que le financement sera disponible. Elle ' +
        'comporte des risques qui pourraient faire en sorte que les résultats réels diffèrent sensiblement. La ' +
        'Société ne s’engage pas à la mettre à jour, sauf si la loi l’exige.',
      true
    ],
    [
      'Forward-looking information is based on assumptions, including that financing will be available. It involves ' +
        'risks that could cause actual results to differ materially. The Company does not undertake to update it, ' +
        'except as required by law.',
      false
    ]
  ])('an error: %s', async (caution, french) => {
    const found = await messages('forward-looking-caution', plan(caution, french))
    expect(found.filter((m) => m.includes('error') && /identif|est prospective/.test(m))).toHaveLength(1)
  })

  it.each([
    [
      'Le présent communiqué contient de l’information prospective, notamment sur le programme de forage. Elle ' +
        'repose sur des hypothèses, notamment que le financement sera disponible, et comporte des risques qui ' +
        'pourraient faire en sorte que les résultats réels diffèrent sensiblement. La Société ne s’engage pas à la ' +
        'mettre à jour, sauf si la loi l’exige.',
      true
    ],
    [
      'L’information prospective concernant le programme de forage repose sur des hypothèses, notamment que le ' +
        'financement sera disponible. Elle comporte des risques qui pourraient faire en sorte que les résultats réels ' +
        'diffèrent sensiblement. La Société ne s’engage pas à la mettre à jour, sauf si la loi l’exige.',
      true
    ],
    [
      'Forward-looking information in this release includes the drill program. It is based on assumptions, including ' +
        'that financing will be available, and involves risks that could cause actual results to differ materially. ' +
        'The Company does not undertake to update it, except as required by law.',
      false
    ]
  ])('no error: %s', async (caution, french) => {
    const found = await messages('forward-looking-caution', plan(caution, french))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })
})

const fees = (insider: string, fee: string) =>
  'MONTRÉAL, QC, le 9 décembre 2026 /CNW/ - Exploration Bec-Scie inc. (TSXV : BSX) (la « Société ») annonce avoir ' +
  'clôturé aujourd’hui un placement privé de 5 000 000 d’actions accréditives au prix de 0,20 $ par action, pour un ' +
  `produit brut de 1 000 000 $. ${insider} La Société a versé des honoraires d’intermédiation en espèces de ${fee}, ` +
  'soit 6 % du produit brut.'

describe('offering-arithmetic: a woman insider’s subscription is a part of the placement, not another lot', () => {
  it.each([
    'Julie Ferland, administratrice de la Société, a souscrit 250 000 actions accréditives dans le cadre du placement.',
    'Chantal Roy, dirigeante de la Société, a souscrit 250 000 actions accréditives dans le cadre du placement.',
    'Une initiée de la Société a souscrit 250 000 actions accréditives dans le cadre du placement.'
  ])('a fee that is not its percentage is an error: %s', async (insider) => {
    const found = await messages('offering-arithmetic', fees(insider, '40 000 $'))
    expect(found.filter((m) => m.includes('error') && m.includes('60 000'))).toHaveLength(1)
  })

  it('no error when the fee is its percentage', async () => {
    const insider = 'Julie Ferland, administratrice de la Société, a souscrit 250 000 actions accréditives.'
    const found = await messages('offering-arithmetic', fees(insider, '60 000 $'))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })
})
