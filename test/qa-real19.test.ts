/**
 * Releases of the kinds a nineteenth QA round read on real French communiqués of Québec issuers (a second French
 * round). The cases below are invented issuers in our own words, each reproducing the shape of a defect the document
 * model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('offering: a financing recalled as the closed cause or means of the release matter announces none', () => {
  const recalled = [
    'Ressources Val-Jalbert étend son programme de forage\n\nRessources Val-Jalbert inc. (TSX-V : RVJ) est heureuse ' +
      'd’annoncer l’expansion du programme de forage à son projet Lac Argenté. Cette expansion donne suite à la ' +
      'récente clôture d’un financement de 9 millions $ et aux forages en cours.',
    'Ressources Val-Jalbert commence le forage\n\nRessources Val-Jalbert inc. (TSX-V : RVJ) annonce le début du ' +
      'forage à Lac Argenté. À la suite de la clôture de son placement privé de 2 000 000 $, la Société dispose des ' +
      'fonds nécessaires.',
    'Kestrel Ridge Expands Drilling\n\nKestrel Ridge Gold Corp. (TSX-V: KRG) is pleased to announce a larger drill ' +
      'program at its Harfang project. The expansion follows the recent closing of a $9 million financing.',
    'Kestrel Ridge Starts Drilling\n\nKestrel Ridge Gold Corp. (TSX-V: KRG) has started drilling at Harfang, funded ' +
      'by the recently completed $4 million private placement.'
  ]
  it.each(recalled)('%s', async (text) => {
    expect(await messages('us-distribution-legend', text)).toEqual([])
    expect(await messages('us-securities-act', text)).toEqual([])
  })

  it('a closing the release announces after recalling an earlier tranche is still an offering', async () => {
    const text =
      'Kestrel Ridge Closes Final Tranche\n\nKestrel Ridge Gold Corp. (TSX-V: KRG) announces that, following the ' +
      'closing of the first tranche of its private placement, it has closed the final tranche of the private ' +
      'placement for gross proceeds of $600,000.'
    expect((await messages('us-distribution-legend', text)).length).toBe(1)
  })

  it('a drill program funded by a placement the release announces is still an offering', async () => {
    const text =
      'Ressources Val-Jalbert annonce un placement privé\n\nRessources Val-Jalbert inc. (TSX-V : RVJ) annonce un ' +
      'placement privé sans l’entremise d’un courtier de 5 000 000 unités au prix de 0,20 $ par unité pour financer ' +
      'le forage à Lac Argenté.'
    expect((await messages('us-distribution-legend', text)).length).toBe(1)
  })
})

describe('technical information: a metallurgical test result with its recovery figure', () => {
  const french =
    'Ressources Val-Jalbert annonce une étude métallurgique\n\nRessources Val-Jalbert inc. (TSX-V : RVJ) présente les ' +
    'résultats d’une étude métallurgique réalisée sur des carottes de son projet Lac Argenté.\n\nDes récupérations ' +
    'aurifères de 88 % à 95 % ont été obtenues selon trois schémas de traitement.'
  const english =
    'Kestrel Ridge Reports Metallurgical Results\n\nKestrel Ridge Gold Corp. (TSX-V: KRG) reports the results of a ' +
    'metallurgical study on core from its Harfang project.\n\nGold recoveries of 88% to 95% were obtained across ' +
    'three flowsheets.'
  it.each([french, english])('owes the qualified person statement: %s', async (text) => {
    const found = await messages('qp-statement', text)
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/error/)
  })

  it('a recovery of costs is no metallurgical result', async () => {
    const text =
      'Kestrel Ridge Signs Services Agreement\n\nKestrel Ridge Gold Corp. (TSX-V: KRG) has signed an agreement under ' +
      'which its partner bears a cost recovery of 40% of the camp expenses.'
    expect(await messages('qp-statement', text)).toEqual([])
  })
})

describe('technical information: a French survey counted in linear kilometres is survey work done', () => {
  const survey =
    'Ressources Val-Jalbert complète un levé magnétique\n\nRessources Val-Jalbert inc. (TSXV : RVJ) a complété un levé ' +
    'magnétique aéroporté sur sa propriété Lac Argenté.\n\nLe levé de 640 km linéaires couvre 28 km2, avec des lignes ' +
    'espacées de 50 m.'
  it('without a qualified person it is caught', async () => {
    const found = await messages('qp-statement', survey)
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/error/)
  })
  it('with one it is not', async () => {
    const qp =
      'Le contenu scientifique et technique du présent communiqué a été révisé et approuvé par Marie Tremblay, ' +
      'géo., personne qualifiée indépendante au sens du Règlement 43-101.'
    expect(await messages('qp-statement', `${survey}\n\n${qp}`)).toEqual([])
  })
})

describe('listing: a ticker tag written ticker first with a dash names the exchange', () => {
  const body = 'est heureuse d’informer ses actionnaires des nouvelles récentes.\n\nLa Société poursuit ses travaux.'
  it.each([
    'ENTREPRISES MINIÈRES BOISFRANC INC. (BFM – Bourse de Toronto, B1F – Bourse de Francfort) ',
    'ENTREPRISES MINIÈRES BOISFRANC INC. (BFM ? Bourse de Toronto, B1F ? Bourse de Francfort) ',
    'Boisfranc Mining Enterprises Inc. (BFM-CSE) '
  ])('%s: no TSX-V disclaimer is owed', async (lead) => {
    expect(await messages('exchange-disclaimer', `Boisfranc fait le point\n\n${lead}${body}`)).toEqual([])
  })
  it('a TSX-V tag so written still owes it', async () => {
    const text = `Boisfranc fait le point\n\nMines Boisfranc inc. (BFM – TSX-V) ${body}`
    expect((await messages('exchange-disclaimer', text)).length).toBe(1)
  })
})

describe('document: a release copied one paragraph per line, broken by a list, is read line by line', () => {
  const lead =
    'MONTRÉAL, 14 mars 2026 (GLOBE NEWSWIRE) -- Exploration Val-Jalbert inc. (« Val-Jalbert » ou la « Société ») ' +
    '(TSX-V : RVJ) a le plaisir d’annoncer la clôture de son placement privé de 8 000 000 actions accréditives au ' +
    'prix de 0,25 $ par action accréditive pour un produit brut de 2 000 000 $.'
  const draft = (expiry: string) =>
    [
      'Val-Jalbert annonce la clôture d’un placement privé de 2 millions $ avec un investissement stratégique de ' +
        'Fonds Minier Nordique',
      lead,
      `Les titres émis sont assujettis à une période de détention de quatre mois et un jour expirant le ${expiry}.`,
      'Les souscripteurs comprennent les entités suivantes :',
      '- SIDEX s.e.c.; et',
      '- Fonds Minier Nordique s.e.c.',
      'Le produit brut sera affecté à des frais d’exploration au Canada sur le projet Lac Argenté, au Québec, et ' +
        'constituera des dépenses minières accréditives au sens de la Loi de l’impôt sur le revenu (Canada), qui ' +
        'seront engagés au plus tard le 31 décembre 2027 et auxquels la Société renoncera en faveur des souscripteurs.'
    ].join('\n')

  it('a hold expiry a month early is caught against the dateline', async () => {
    const found = await messages('hold-period', draft('15 juin 2026'))
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/15 juillet 2026/)
  })
  it('the right expiry is not', async () => {
    expect(await messages('hold-period', draft('15 juillet 2026'))).toEqual([])
  })
  it('a hard-wrapped copy with one long line keeps its wrapped sentences whole', async () => {
    const text = [
      'Kestrel Ridge Reports Group Resources',
      'Kestrel Ridge Gold Corp. (TSX: KRG) reports its group resources as at June 30, 2026, estimated by the',
      'Company and reviewed by its qualified person. The estimate is effective June 30, 2026 and uses a cut-off',
      'of 0.5 g/t Au at a gold price of US$2,000 per ounce with 92% recovery, in a conceptual open pit shell.',
      `| ${'Deposit | Tonnes | Grade | Ounces | '.repeat(6)}|`,
      '- Group resources are now 8.1 Moz of',
      'Measured and Indicated Mineral Resources and 5.0 Moz of Inferred Mineral Resources.',
      'Mineral resources that are not mineral reserves do not have demonstrated economic viability.'
    ].join('\n')
    const found = await messages('mineral-resource', text)
    expect(found.filter((m) => /CIM category|catégorie/.test(m))).toEqual([])
  })
})
