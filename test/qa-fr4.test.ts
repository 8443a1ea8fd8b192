/**
 * French and bilingual releases as Québec issuers and their counsel write them: each statement read as its English
 * equivalent is, and a French element dropped or a figure made wrong caught as in English. The issuers, people and
 * properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe('hold-period: a later tranche planned « d’ici le … » is not the closing date of the tranche closed', () => {
  const release = (expiry: string, later: string) =>
    [
      'GATINEAU (Québec), le 3 décembre 2026 – Or Ruisseau-Clair inc. (TSXV : ORC) (la « Société ») annonce la ' +
        'clôture de la première tranche de son placement privé, soit 4 500 000 unités au prix de 0,10 $ l’unité, ' +
        'pour un produit brut de 450 000 $.',
      '',
      `Les titres émis sont assujettis à une période de conservation de quatre mois et un jour expirant le ${expiry}. ` +
        later
    ].join('\n')

  it.each([
    'La Société prévoit clôturer une tranche additionnelle d’ici le 20 décembre 2026.',
    'La Société clôturera une deuxième tranche vers le 20 décembre 2026.',
    'Elle entend conclure le solde du placement au plus tard le 20 décembre 2026.'
  ])('no finding on the first tranche’s expiry: %s', async (later) => {
    expect(await found('hold-period', release('4 avril 2027', later))).toEqual([])
  })

  it('a closing stated done with its date is still read: « a clôturé … le 20 novembre 2026 »', async () => {
    const text = [
      'GATINEAU (Québec), le 3 décembre 2026 – Or Ruisseau-Clair inc. (TSXV : ORC) (la « Société ») a clôturé ' +
        'son placement privé de 4 500 000 unités au prix de 0,10 $ l’unité le 20 novembre 2026.',
      '',
      'Les titres émis sont assujettis à une période de conservation de quatre mois et un jour expirant le 4 avril 2027.'
    ].join('\n')
    const messages = await found('hold-period', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('21 mars 2027')
  })
})

describe('offering-arithmetic: a French debt settled in shares, named by the noun or with its words (« règlement d’une dette »)', () => {
  const release = (settles: string) =>
    'TROIS-RIVIÈRES (Québec), le 3 décembre 2026 – Exploration Bois-Francs inc. (TSXV : EBF) (la « Société ») ' +
    `annonce ${settles} par l’émission de 400 000 actions ordinaires au prix réputé de 0,12 $ par action.`

  it.each([
    'avoir conclu une entente visant le règlement d’une dette de 52 000 $',
    'son intention de régler des honoraires impayés de 52 000 $',
    'qu’elle réglera des factures totalisant 52 000 $'
  ])('a debt that does not agree with the count and deemed price is caught: %s', async (settles) => {
    const messages = await found('offering-arithmetic', release(settles))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('48 000 $')
  })

  it('no finding when the debt agrees: « le règlement d’une dette de 48 000 $ »', async () => {
    expect(await found('offering-arithmetic', release('le règlement d’une dette de 48 000 $'))).toEqual([])
  })
})

describe('related-party: a French settlement agreed with an officer named with « M. » (« une entente avec M. … »)', () => {
  const release = (agreed: string) =>
    'TROIS-RIVIÈRES (Québec), le 3 décembre 2026 – Exploration Bois-Francs inc. (TSXV : EBF) (la « Société ») ' +
    `annonce avoir conclu une entente avec ${agreed} visant le règlement d’honoraires impayés de 48 000 $ par ` +
    'l’émission de 400 000 actions ordinaires au prix réputé de 0,12 $ par action.'

  it.each(['M. Rémi Dubé, chef des finances de la Société,', 'Mme Claire Roy, administratrice de la Société,'])(
    'the MI 61-101 paragraph is owed: %s',
    async (agreed) => {
      const messages = await found('related-party', release(agreed))
      expect(messages).toHaveLength(1)
      expect(messages[0]).toContain('opération avec une personne apparentée')
      expect(messages[0]).toContain('une entente avec')
    }
  )

  it('no finding for an arm’s length supplier', async () => {
    expect(await found('related-party', release('un fournisseur sans lien de dépendance'))).toEqual([])
  })
})

describe('mineral-resource: a French total in the Indicated and Inferred categories, without the word « ressources »', () => {
  const release = (total: string) =>
    [
      'QUÉBEC, le 3 décembre 2026 – Ressources Anse-Bleue inc. (TSXV : RAB) (la « Société ») annonce une estimation ' +
        'à jour des ressources minérales (l’« ERM ») du gisement Héron, dont la date d’effet est le 15 octobre 2026 : ' +
        'ressources indiquées de 14,2 Mt à 1,18 g/t Au (538 700 onces) et ressources présumées de 6,9 Mt à 1,02 g/t Au ' +
        '(226 300 onces). Les ressources minérales qui ne sont pas des réserves minérales n’ont pas démontré leur ' +
        'viabilité économique.',
      '',
      total
    ].join('\n')

  it('an error on « L’ERM totalise 765 000 onces d’or dans les catégories indiquée et présumée »', async () => {
    const messages = await found(
      'mineral-resource',
      release('L’ERM totalise ainsi 765 000 onces d’or dans les catégories indiquée et présumée.')
    )
    const sums = messages.filter((m) => m.includes('Ressources présumées additionnées'))
    expect(sums).toHaveLength(1)
    expect(sums[0]).toMatch(/^3:22-3:81: /)
  })

  it('no finding on each category’s figure, « respectivement »', async () => {
    const text = release(
      'L’ERM compte 538 700 et 226 300 onces d’or dans les catégories indiquée et présumée, respectivement.'
    )
    expect((await found('mineral-resource', text)).filter((m) => m.includes('additionnées'))).toEqual([])
  })
})

describe('pea-caution: every French form of "will be realized" and of "preliminary in nature"', () => {
  const release = (caution: string) =>
    [
      'MONTRÉAL, le 3 décembre 2026 – Graphite Lac-Nominingue inc. (TSXV : GLN) (la « Société ») annonce les ' +
        'résultats de l’évaluation économique préliminaire (« EEP ») de son projet, qui indique une VAN après impôts ' +
        'de 265 M$ (8 %) et un TRI après impôts de 21,3 %.',
      '',
      caution
    ].join('\n')
  const speculative =
    'elle inclut des ressources minérales présumées, considérées comme trop spéculatives sur le plan géologique pour ' +
    'que des considérations économiques leur soient appliquées et qu’elles soient classées comme réserves minérales.'

  it.each([
    `L’EEP est préliminaire de nature; ${speculative} Rien ne garantit que les résultats de l’EEP seront atteints.`,
    `L’EEP est de caractère préliminaire; ${speculative} Il n’y a aucune certitude que l’EEP se matérialisera.`,
    `L’EEP est de nature préliminaire; ${speculative} Rien ne garantit que les résultats de l’EEP seront réalisées.`
  ])('no error on the caution: %s', async (caution) => {
    const messages = await found('pea-caution', release(caution))
    expect(messages.filter((m) => m.includes('error'))).toEqual([])
  })

  it('still an error when the no-certainty clause is dropped', async () => {
    const messages = await found('pea-caution', release(`L’EEP est préliminaire de nature; ${speculative}`))
    expect(messages.some((m) => m.includes('error') && m.includes('il n’y a aucune certitude'))).toBe(true)
  })
})

describe('forward-looking-caution: French vesting and lapse are an instrument’s terms, as "will vest" is', () => {
  const release = (terms: string) =>
    'CHIBOUGAMAU (Québec), le 3 décembre 2026 – Lithium Waconichi inc. (TSXV : LWA) (la « Société ») annonce que ' +
    'son conseil d’administration a octroyé 2 400 000 options d’achat d’actions à des administrateurs et dirigeants, ' +
    `exerçables au prix de 0,22 $ l’action pendant cinq ans. ${terms}`

  it.each([
    'Les options seront acquises par tranches égales sur 24 mois.',
    'Les 600 000 UAR octroyées seront acquises le 3 décembre 2027.',
    'Les options seront acquises immédiatement.',
    'Les options non exercées à leur échéance seront caduques.'
  ])('no finding: %s', async (terms) => {
    expect(await found('forward-looking-caution', release(terms))).toEqual([])
  })

  it('a purchase the issuer plans is still forward-looking: « les claims seront acquis au cours de 2027 par jalonnement »', async () => {
    const messages = await found(
      'forward-looking-caution',
      release('De nouveaux claims seront acquis par jalonnement en 2027.')
    )
    expect(messages).toHaveLength(1)
  })
})

describe('exploration-results: French grab samples named in one sentence, their grades in the next', () => {
  const release = (caution: string) =>
    [
      'LA POCATIÈRE (Québec), le 3 décembre 2026 – Ressources Anse-aux-Sables inc. (TSXV : RAS) (la « Société ») ' +
        'présente les résultats de 42 échantillons choisis prélevés en surface sur la propriété Saint-Pacôme. Neuf ' +
        `échantillons ont titré plus de 5 g/t Au, dont un maximum de 38,2 g/t Au.${caution}`,
      '',
      'Les échantillons ont été analysés par pyroanalyse au laboratoire de MSALABS à Val-d’Or (Québec), indépendant ' +
        'de la Société; un blanc et un standard certifié ont été insérés par lot de 20 échantillons. Leur emplacement ' +
        'figure sur la carte jointe.'
    ].join('\n')

  it('an error when the selective caution is missing', async () => {
    const messages = await found('exploration-results', release(''))
    expect(messages.filter((m) => m.includes('caractère sélectif'))).toHaveLength(1)
  })

  it('no such error with « sélectifs par nature »', async () => {
    const text = release(
      ' Les échantillons choisis sont sélectifs par nature et ne sont pas nécessairement représentatifs de la minéralisation.'
    )
    expect((await found('exploration-results', text)).filter((m) => m.includes('caractère sélectif'))).toEqual([])
  })
})

describe('forward-looking-caution: information "of a forward-looking nature" (« de nature prospective ») is identified', () => {
  const release = (identifies: string) =>
    [
      'CHAPAIS (Québec), le 3 décembre 2026 – Or Opémisca inc. (TSXV : OOP) (la « Société ») annonce que le produit ' +
        'net servira au forage de 2027, que la Société entend entreprendre en janvier.',
      '',
      `${identifies} Les hypothèses importantes sur lesquelles elles reposent comprennent la disponibilité des foreuses. ` +
        'Les facteurs de risque qui pourraient faire en sorte que les résultats réels diffèrent sensiblement comprennent ' +
        'la conjoncture des marchés. La Société décline toute obligation de les mettre à jour, sauf si la loi l’exige.'
    ].join('\n')

  it.each([
    'Certaines déclarations du présent communiqué, notamment celles concernant le forage, constituent de ' +
      'l’information de nature prospective.',
    'Le présent communiqué contient des déclarations à caractère prospectif, notamment sur le forage.'
  ])('no finding: %s', async (identifies) => {
    expect(await found('forward-looking-caution', release(identifies))).toEqual([])
  })

  it('English: "constitute information of a forward-looking nature"', async () => {
    const text = [
      'VANCOUVER, BC, December 3, 2026 – Tarn Ridge Metals Corp. (TSXV: TRM) (the "Company") intends to begin drilling ' +
        'in January.',
      '',
      'Certain statements in this news release, including those about drilling, constitute information of a ' +
        'forward-looking nature. The material assumptions on which they are based include rig availability. Risk factors ' +
        'that could cause actual results to differ materially include market conditions. The Company disclaims any ' +
        'obligation to update them, except as required by law.'
    ].join('\n')
    expect(await found('forward-looking-caution', text)).toEqual([])
  })
})

describe('offering-arithmetic: a French fee of the subscriptions a finder brought (« qu’ils ont présentées »)', () => {
  const release = (base: string) =>
    [
      'CHAPAIS (Québec), le 3 décembre 2026 – Or Opémisca inc. (TSXV : OOP) (la « Société ») a clôturé aujourd’hui ' +
        'son placement privé de 12 500 000 actions ordinaires au prix de 0,20 $ l’action, pour un produit brut de ' +
        '2 500 000 $.',
      '',
      `La Société a versé des honoraires d’intermédiation en espèces de 75 000 $, soit 6 % du produit brut ${base}.`
    ].join('\n')

  it.each([
    'tiré des souscriptions qu’ils ont présentées',
    'provenant des souscripteurs recommandés par les intermédiaires',
    'des souscriptions présentées par Capital Opémisca inc.'
  ])('no finding on a fee of part of the proceeds: %s', async (base) => {
    expect(await found('offering-arithmetic', release(base))).toEqual([])
  })

  it('a fee of the whole proceeds still agrees with them', async () => {
    const messages = await found('offering-arithmetic', release('du placement'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('150 000 $')
  })
})

describe('mineral-resource: a French estimate named by its acronym « ERM », as English "MRE" is', () => {
  it('an estimate stated with « L’ERM » owes its category, its date and the viability statement', async () => {
    const text = [
      'QUÉBEC, le 3 décembre 2026 – Ressources Anse-Bleue inc. (TSXV : RAB) (la « Société ») annonce une mise à ' +
        'jour pour le gisement Héron.',
      '',
      'L’ERM compte 21,1 Mt à 1,13 g/t Au pour 765 000 onces d’or.'
    ].join('\n')
    const messages = await found('mineral-resource', text)
    expect(messages.some((m) => m.includes('catégorie ICM'))).toBe(true)
    expect(messages.some((m) => m.includes('date d’effet'))).toBe(true)
  })
})
