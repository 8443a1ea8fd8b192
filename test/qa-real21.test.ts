/**
 * Releases of the kinds a twenty-first QA round read on real releases as aggregators and news sites carry them (market
 * services' rewrites, news articles, scraped copies). The cases below are invented issuers in our own words, each
 * reproducing the shape of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('speaker: a market service’s rewrite or a news article, with no dateline and no apparatus, is not the release', () => {
  const rewrites = [
    // A French market service retells the release: the issuer's legal name, then « a annoncé ».
    'Ressources Pic-Boisé inc. a annoncé que le forage a commencé sur sa propriété aurifère Lac Brochet, située à ' +
      '20 kilomètres au nord de Chibougamau.\n\nLe levé de polarisation provoquée a relevé des anomalies du sol de ' +
      '15 à 240 ppb d’or sur 300 mètres.',
    // The same under a headline of its own in the present.
    'Ressources Pic-Boisé achève son premier trou\n\nRessources Pic-Boisé inc. a annoncé qu’elle avait foré son ' +
      'premier trou à Lac Brochet.\n\nLe trou LB-25-01 a recoupé 12,0 mètres à 2,4 g/t d’or.',
    // An English rewrite.
    'Corvid Peak Metals Corp. announced that drilling has begun at its Ravenhill gold property in Ontario.\n\n' +
      'Soil samples returned 15 to 240 ppb gold over 300 metres.',
    // A French news article: « la société » in lower case, as a reporter writes it.
    'La société canadienne Pic-Boisé a annoncé, mardi 4 mars, un placement privé de 2 millions de dollars. ' +
      'La société a précisé que les titres seront soumis à une période de détention de quatre mois et un jour.',
    // A market service's translation keeps the release's « la Société » under its own lead.
    'Ressources Pic-Boisé inc. a annoncé qu’elle a signé une entente d’option sur la propriété Lac Brochet. La ' +
      'Société gagnera sa participation sur trois ans.\n\nDes échantillons historiques ont titré jusqu’à 23,9 g/t Au.',
    // A summary of "the most recent news release", which "announces" what the issuer does.
    'News Summary\n\nThe most recent news release, dated March 4, 2025, announces a non-brokered private placement ' +
      'of 5,000,000 units at $0.10. The company needs the funds to keep its option in good standing.'
  ]
  it.each(rewrites)('owes no exchange disclaimer and no U.S. paragraph as the issuer: %s', async (text) => {
    expect(await messages('exchange-disclaimer', text)).toEqual([])
    expect(await messages('us-securities-act', text)).toEqual([])
    for (const found of await messages('qp-statement', text)) expect(found).toMatch(/warning/)
  })

  const own = [
    // The issuer's own copy: tagged with its ticker.
    'Ressources Pic-Boisé inc. (TSX-V : RPB) a annoncé que le forage a commencé sur sa propriété Lac Brochet.\n\n' +
      'Le trou LB-25-01 a recoupé 12,0 mètres à 2,4 g/t d’or.',
    // The issuer speaks in the first person in its narration.
    'Ressources Pic-Boisé inc. a annoncé que le forage a commencé sur sa propriété Lac Brochet. Nous avons ' +
      'foré deux trous.\n\nLe trou LB-25-01 a recoupé 12,0 mètres à 2,4 g/t d’or.',
    // An officer's words, not a rewrite's lead.
    'Pic-Boisé fore à Lac Brochet\n\nPic-Boisé est heureuse d’annoncer la fin de sa campagne de forage.\n\n' +
      'Marie Tremblay, présidente de Pic-Boisé, a déclaré : « Le trou LB-25-01 a recoupé 12,0 mètres à 2,4 g/t d’or. »',
    // The issuer's voice in the present.
    'Corvid Peak Metals Corp. announces that drilling has begun at its Ravenhill gold property.\n\n' +
      'Hole RH-25-01 returned 12.0 metres of 2.4 g/t gold.'
  ]
  it.each(own)('is the issuer’s own release: %s', async (text) => {
    const found = await messages('qp-statement', text)
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/error/)
  })
})

describe('results: figures cited to a dated release, whoever’s, are not this release’s new results', () => {
  const neighbour =
    'Harrow Lake Lithium Signs Option\n\nHarrow Lake Lithium Corp. (CSE: HLL) announces that it has signed an option ' +
    'on the Teal property.\n\nThe property adjoins Corvell Metals’ Basin project, where drilling returned 1.62% Li2O ' +
    'over 17.00m in hole CV-22-101 (See Corvell Metals Corp News Release September 8, 2022).'
  it('owes no laboratory, method or QA/QC for the neighbour’s intercepts', async () => {
    expect(await messages('exploration-results', neighbour)).toEqual([])
  })

  const own =
    'Harrow Lake Lithium Drills Teal\n\nHarrow Lake Lithium Corp. (CSE: HLL) announces results from its first hole ' +
    'at the Teal property.\n\nHole TL-25-01 returned 1.62% Li2O over 17.00m (see the map in Figure 2 of this release).'
  it('still owes them for the issuer’s own new intercepts', async () => {
    const found = await messages('exploration-results', own)
    expect(found.some((m) => /error .*laboratory/.test(m))).toBe(true)
  })
})

describe('speaker: a market service’s data line on the issuer’s shares marks its article, not the release', () => {
  const article =
    '5 Top Weekly TSXV Stocks: Corvid Peak Climbs\n\nThe S&P/TSX Venture Composite Index gained 9.2 points last ' +
    'week.\n\n1. Corvid Peak Metals (TSXV:CPM)\n\nWeekly gain: 80 percent; market cap: C$12.4 million; current ' +
    'share price: C$0.21\n\nCorvid Peak is exploring its Ravenhill gold project, where it plans to drill this summer.'
  it('owes no exchange disclaimer and no caution as the issuer', async () => {
    expect(await messages('exchange-disclaimer', article)).toEqual([])
    for (const found of await messages('forward-looking-caution', article)) expect(found).toMatch(/warning/)
  })

  const own =
    'Corvid Peak Plans Drilling\n\nCorvid Peak Metals Corp. (TSXV: CPM) announces its summer program at ' +
    'Ravenhill.\n\nWith a market capitalization of about $12 million, the Company will drill 3,000 metres this summer.'
  it('an issuer that names its own market capitalization is still the speaker', async () => {
    expect((await messages('exchange-disclaimer', own)).length).toBe(1)
  })
})

describe('hold period: a stock service’s stamp over its copy dates the closing the copy announces', () => {
  const copy = (expiry: string) =>
    'Corvid Peak closes $1.2-million private placement\n\n2025-03-14 16:21 ET - News Release\n\n' +
    'Mr. Jean Tremblay reports\n\nCORVID PEAK ANNOUNCES CLOSING OF PRIVATE PLACEMENT\n\nCorvid Peak Metals Corp. has ' +
    'closed a non-brokered private placement of 12 million units at 10 cents per unit for gross proceeds of ' +
    `$1.2-million. The units are subject to a hold period under Canadian securities laws expiring ${expiry}.`
  it('a hold that expires a month early is wrong', async () => {
    const found = await messages('hold-period', copy('June 15, 2025'))
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/July 15, 2025/)
  })
  it('four months and a day from the stamp’s date is right', async () => {
    expect(await messages('hold-period', copy('July 15, 2025'))).toEqual([])
  })
})
