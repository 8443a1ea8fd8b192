/**
 * French releases of Québec issuers, and bilingual ones (a QA round; invented issuers, our own wording): each case a
 * class of drafts the model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const DATELINE =
  'Val-d’Or (Québec), le 3 décembre 2026 – Exploration Cadillac-Nord inc. (TSXV : CDN) (« Cadillac-Nord » ou la ' +
  '« Société ») '

describe('life-offering: a concurrent offering under other exemptions, in French', () => {
  const release = (other: string) =>
    DATELINE +
    'annonce un placement sans l’entremise d’un courtier d’un maximum de 8 000 000 d’unités au prix de 0,10 $ par ' +
    'unité et d’un maximum de 5 000 000 d’actions accréditives au prix de 0,12 $ par action accréditive.\n\n' +
    'Les unités seront offertes en vertu de la dispense de financement de l’émetteur coté prévue à la partie 5A du ' +
    'Règlement 45-106 et ne seront pas assujetties à une période de détention. ' +
    other +
    '\n\nUn document d’offre relatif au placement peut être consulté sous le profil de la Société sur SEDAR+ ' +
    '(www.sedarplus.ca) et sur son site Web (www.cadillac-nord.example). Les investisseurs éventuels devraient lire ' +
    'ce document d’offre avant de prendre une décision d’investissement.'

  it('its hold period binds the other securities, not the LIFE ones: no finding', async () => {
    for (const other of [
      'Les actions accréditives seront offertes en vertu d’autres dispenses de prospectus et seront assujetties à ' +
        'une période de détention de quatre mois et un jour.',
      'Les actions accréditives, placées en vertu de la dispense pour investisseurs qualifiés, seront assujetties ' +
        'à une période de détention de quatre mois et un jour.',
      'Les actions accréditives émises dans le cadre du placement concomitant seront assujetties à une période de ' +
        'détention de quatre mois et un jour.',
      'Les actions accréditives, offertes autrement qu’en vertu de la dispense de financement de l’émetteur coté, ' +
        'seront assujetties à une période de détention de quatre mois et un jour.'
    ]) {
      expect(await messages('life-offering', release(other)), other).toEqual([])
    }
  })

  it('a hold stated of the LIFE units is still reported', async () => {
    const text = release('Les unités LIFE seront assujetties à une période de détention de quatre mois et un jour.')
    expect(await messages('life-offering', text)).toContainEqual(expect.stringContaining('Période de détention'))
  })
})

describe('« rien ne garantit que », « ne peut garantir que »: "there is no certainty" in French', () => {
  const pea = (certainty: string) =>
    DATELINE +
    'publie les résultats de l’évaluation économique préliminaire (l’« EEP ») du projet Lac-Figuery, qui indique ' +
    'une valeur actualisée nette après impôts de 212 M$ et un taux de rendement interne de 24,1 %.\n\n' +
    'L’EEP est de nature préliminaire et comprend des ressources minérales présumées considérées comme trop ' +
    'spéculatives sur le plan géologique pour que l’on y applique les considérations économiques qui permettraient ' +
    `de les classer comme réserves minérales, et ${certainty} que les résultats de l’EEP se réaliseront.`

  it('pea-caution: each form is the third element', async () => {
    for (const certainty of [
      'rien ne garantit',
      'rien ne permet de garantir',
      'la Société ne peut garantir',
      'il n’y a pas de certitude'
    ]) {
      expect(await messages('pea-caution', pea(certainty)), certainty).not.toContainEqual(
        expect.stringContaining('error')
      )
    }
  })

  it('pea-caution: without it, the element is still named', async () => {
    const text = pea('rien ne garantit').replace(', et rien ne garantit que les résultats de l’EEP se réaliseront', '')
    expect(await messages('pea-caution', text)).toContainEqual(expect.stringContaining('aucune certitude'))
  })

  const target = (certainty: string) =>
    DATELINE +
    'annonce une cible d’exploration de 5 à 9 millions de tonnes à une teneur de 0,9 % à 1,3 % Li2O sur le projet ' +
    'Rose-Nord.\n\nLa quantité et la teneur potentielles de la cible d’exploration sont de nature conceptuelle, les ' +
    'travaux d’exploration ont été insuffisants pour définir une ressource minérale, et ' +
    `${certainty} que les travaux d’exploration futurs permettront de définir une ressource minérale.`

  it('exploration-target: the same forms', async () => {
    for (const certainty of ['rien ne garantit', 'la Société ne peut garantir', 'il n’y a pas de certitude']) {
      expect(await messages('exploration-target', target(certainty)), certainty).not.toContainEqual(
        expect.stringContaining('error')
      )
    }
  })
})

describe('exploration-target: the target named between the verb and « comme ressources minérales »', () => {
  const release = (delineated: string) =>
    DATELINE +
    'annonce une cible d’exploration de 5 à 9 millions de tonnes à une teneur de 0,9 % à 1,3 % Li2O sur le projet ' +
    'Rose-Nord.\n\nLa quantité et la teneur potentielles de la cible d’exploration sont de nature conceptuelle, les ' +
    'travaux d’exploration ont été insuffisants pour définir une ressource minérale, et il n’est pas certain que les ' +
    `travaux futurs permettront ${delineated}.`

  it('each form is the third proposition', async () => {
    for (const delineated of [
      'de délimiter la cible comme ressources minérales',
      'de délimiter la cible d’exploration comme une ressource minérale',
      'de délimiter celle-ci en tant que ressources minérales',
      'de convertir la cible en ressources minérales'
    ]) {
      const found = await messages('exploration-target', release(delineated))
      expect(found, delineated).not.toContainEqual(expect.stringContaining('error'))
    }
  })

  it('without it, the proposition is named', async () => {
    const text = release('de poursuivre les travaux')
    expect(await messages('exploration-target', text)).toContainEqual(expect.stringContaining('permettront de définir'))
  })
})

describe('offering-arithmetic: a French tranche sum (« avec la première tranche, qui a permis de recueillir … »)', () => {
  const release = (sum: string) =>
    DATELINE +
    'annonce avoir clôturé la deuxième et dernière tranche de son placement privé. Dans le cadre de la deuxième ' +
    'tranche, la Société a émis 3 200 000 unités au prix de 0,125 $ l’unité, pour un produit brut de 400 000 $. ' +
    sum

  it('the earlier tranche and the total agree: no finding', async () => {
    for (const sum of [
      'Avec la première tranche, clôturée le 14 novembre 2026, qui a permis de recueillir 850 000 $, la Société a ' +
        'émis au total 10 000 000 d’unités pour un produit brut global de 1 250 000 $.',
      'Avec les 850 000 $ recueillis dans le cadre de la première tranche, le produit brut total du placement ' +
        's’élève à 1 250 000 $.',
      'Avec la première tranche de 850 000 $, le produit brut global du placement totalise 1 250 000 $.'
    ]) {
      expect(await messages('offering-arithmetic', release(sum)), sum).toEqual([])
    }
  })

  it('a total that is not the sum of the tranches is reported as such', async () => {
    const text = release(
      'Avec la première tranche, clôturée le 14 novembre 2026, qui a permis de recueillir 950 000 $, la Société a ' +
        'recueilli un produit brut global de 1 250 000 $.'
    )
    expect(await messages('offering-arithmetic', text)).toEqual([
      expect.stringContaining('Produit global inattendu, qui diffère de la somme des tranches')
    ])
  })
})

describe('exchange-disclaimer: the regulation services provider dropped is said to be dropped, not replaced', () => {
  const release = (disclaimer: string) =>
    DATELINE + 'annonce que son assemblée annuelle a eu lieu aujourd’hui.\n\n' + disclaimer

  it('by the next words (« n’acceptent », « n’assume »): « omet », never « remplace … par « acceptent » »', async () => {
    for (const disclaimer of [
      'Ni la Bourse de croissance TSX n’acceptent de responsabilité quant à la pertinence ou à l’exactitude du ' +
        'présent communiqué.',
      'La Bourse de croissance TSX n’assume aucune responsabilité quant à la pertinence ou à l’exactitude du ' +
        'présent communiqué.'
    ]) {
      const found = await messages('exchange-disclaimer', release(disclaimer))
      expect(found, disclaimer).toEqual([
        expect.stringContaining('Avis de non-responsabilité qui omet « fournisseur de services de réglementation »')
      ])
    }
  })

  it('in English too: "drops", not "replaces … with “Exchange”"', async () => {
    const text = release(
      'Neither TSX Venture Exchange accepts responsibility for the adequacy or accuracy of this release.'
    ).replace('annonce que son assemblée annuelle a eu lieu aujourd’hui.', 'announces its annual meeting.')
    expect(await messages('exchange-disclaimer', text)).toEqual([
      expect.stringContaining('Unexpected disclaimer that drops “Regulation Services Provider”')
    ])
  })

  it('a real replacement is still named with its words', async () => {
    const text = release(
      'Ni la Bourse de croissance TSX ni son régulateur du marché n’acceptent de responsabilité quant à la ' +
        'pertinence ou à l’exactitude du présent communiqué.'
    )
    expect(await messages('exchange-disclaimer', text)).toEqual([expect.stringContaining('remplace')])
  })
})

describe('qp-statement: drilling planned in the French conditional, or in the future of the work, is a plan', () => {
  const release = (plan: string) => DATELINE + 'annonce son programme d’exploration de 2027.\n\n' + plan

  it('no Qualified Person is owed for a plan', async () => {
    for (const plan of [
      'Le conseil a approuvé un programme de 3,2 M$, qui comprendrait 9 000 mètres de forage au diamant.',
      'Le budget approuvé permettrait de réaliser 9 000 mètres de forage.',
      'Le programme de 2027 comprendra 9 000 mètres de forage.',
      'La campagne 2027 comprendra 9 000 mètres de forage.'
    ]) {
      expect(await messages('qp-statement', release(plan)), plan).toEqual([])
    }
  })

  it('drilling done is still technical information', async () => {
    const text = release('La Société a réalisé 9 000 mètres de forage en 2026 sur la propriété.')
    expect(await messages('qp-statement', text)).toEqual([expect.stringContaining('personne qualifiée')])
  })
})

describe('offering-arithmetic: French proceeds "of up to" (« pouvant atteindre », « jusqu’à concurrence de »)', () => {
  const release = (proceeds: string) =>
    DATELINE +
    'annonce un placement privé d’un maximum de 6 000 000 d’actions accréditives au prix de 0,25 $ CA par action, ' +
    `pour un produit brut ${proceeds}.`

  it('a wrong figure is caught in each form', async () => {
    for (const proceeds of [
      'pouvant atteindre 1,8 million $ CA',
      'pouvant aller jusqu’à 1 800 000 $',
      'allant jusqu’à 1 800 000 $',
      'jusqu’à concurrence de 1 800 000 $',
      'd’un maximum de 1 800 000 $'
    ]) {
      expect(await messages('offering-arithmetic', release(proceeds)), proceeds).toEqual([
        expect.stringContaining('Produit inattendu')
      ])
    }
  })

  it('the right figure passes', async () => {
    expect(await messages('offering-arithmetic', release('pouvant atteindre 1,5 million $ CA'))).toEqual([])
  })
})

describe('qp-statement: the French designation in parentheses (« (géo.) ») and « PQ » as the term', () => {
  const release = (qp: string) =>
    DATELINE +
    'annonce que le trou CN-26-04 a recoupé 12,5 g/t Au sur 4,2 mètres.\n\n' +
    `Le contenu technique du présent communiqué a été approuvé par ${qp}`

  it('each is read as its English equivalent: no finding', async () => {
    for (const qp of [
      'M. Jérôme Lavoie (géo.), une personne qualifiée aux termes du Règlement 43-101, qui agit à titre de ' +
        'consultant pour la Société.',
      'Mme Claire Roy (ing.), vice-présidente de la Société et personne qualifiée au sens du Règlement 43-101.',
      'M. Jérôme Lavoie, géo., PQ désignée de la Société au sens du Règlement 43-101, qui est indépendant de celle-ci.',
      'M. Jérôme Lavoie, géo., vice-président de la Société et sa PQ au sens du Règlement 43-101.'
    ]) {
      expect(await messages('qp-statement', release(qp)), qp).toEqual([])
    }
  })

  it('« PQ », a core size, is no QP statement', async () => {
    const text =
      release(
        'M. Jérôme Lavoie, géo., vice-président de la Société et personne qualifiée au sens du Règlement 43-101.'
      ) + '\n\nLes trous ont été forés et échantillonnés principalement en carotte de calibre PQ, sciée en deux.'
    expect(await messages('qp-statement', text)).toEqual([])
  })

  it('with neither, the designation is still missing', async () => {
    const text = release('M. Jérôme Lavoie, géo., vice-président de la Société.')
    expect(await messages('qp-statement', text)).toContainEqual(expect.stringContaining('personne qualifiée'))
  })
})

describe('exploration-results: « les résultats du contrôle de la qualité » as the object of the QP’s review', () => {
  const release = (qaqc: string) =>
    DATELINE +
    'annonce que le trou CN-26-04 a recoupé 12,5 g/t Au sur 4,2 mètres (longueur de carotte; épaisseur vraie ' +
    'estimée à 80 %), foré selon un azimut de 160° et un pendage de -55°.\n\n' +
    'La carotte de calibre NQ a été sciée en deux. Les échantillons ont été analysés par ALS Canada ltée à ' +
    'Val-d’Or (Québec), laboratoire indépendant de la Société, par pyroanalyse avec finition par absorption ' +
    `atomique.${qaqc}\n\nLe contenu technique a été approuvé par M. Jérôme Lavoie, géo., vice-président de la ` +
    'Société et personne qualifiée au sens du Règlement 43-101, qui a vérifié les données en examinant les ' +
    'certificats d’analyse et les résultats du contrôle de la qualité.'

  it('names no program: the QA/QC program is missing, as in English', async () => {
    expect(await messages('exploration-results', release(''))).toContainEqual(
      expect.stringContaining('assurance qualité')
    )
  })

  it('the program stated with the samples passes', async () => {
    const qaqc = ' Le programme AQ/CQ de la Société comprend l’insertion de standards, de blancs et de doublons.'
    expect(await messages('exploration-results', release(qaqc))).toEqual([])
  })
})

describe('offering-arithmetic: an option’s « produit brut supplémentaire »', () => {
  const release = (proceeds: string) =>
    DATELINE +
    'annonce un placement privé par voie de prise ferme de 30 000 000 d’actions au prix de 0,25 $ par action, pour ' +
    'un produit brut de 7,5 M$. La Société a octroyé au preneur ferme une option lui permettant d’acheter jusqu’à ' +
    `4 500 000 actions supplémentaires au prix d’offre, pour un produit brut supplémentaire ${proceeds}.`

  it('a wrong figure is caught, the right one passes', async () => {
    expect(await messages('offering-arithmetic', release('pouvant atteindre 1 225 000 $'))).toEqual([
      expect.stringContaining('Produit inattendu')
    ])
    expect(await messages('offering-arithmetic', release('pouvant atteindre 1 125 000 $'))).toEqual([])
  })
})
