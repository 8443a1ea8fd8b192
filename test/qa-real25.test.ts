/**
 * Releases of the kinds a twenty-fifth QA round read on real early-stage exploration releases of small Canadian-listed
 * juniors (prospecting, soil and rock sampling, surveys, first drill programs, claims staked). The cases below are
 * invented issuers in our own words, each reproducing the shape of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const levels = (found: string[]) => found.map((message) => message.replace(/^[\d:-]+: (\w+) .*$/s, '$1'))

describe('speaker: a market service’s summary of the issuer’s release is a news report', () => {
  const summaries = [
    'Ressources Val-Jalbert inc. termine son premier sondage\n\nRessources Val-Jalbert inc. a annoncé qu’elle avait ' +
      'terminé le premier sondage de son programme à la propriété Lac Argenté. Le sondage LA-26-01 a recoupé des ' +
      'sulfures sur 14 mètres. Les échantillons ont été soumis au laboratoire et les résultats sont attendus.',
    'Kestrel Ridge Gold Corp. Completes Soil Survey\n\nKestrel Ridge Gold Corp. announced that it has completed a ' +
      'soil survey over the Harfang grid, where soil samples returned up to 1.4 g/t Au. Crews collected 310 samples ' +
      'and a trenching program is planned.',
    'Kestrel Ridge Gold Corp. reported results from its prospecting program at Harfang, with rock samples grading ' +
      'up to 8.2 g/t Au. The company plans to trench the showing this summer.'
  ]
  it.each(summaries)('%s', async (text) => {
    expect(await messages('exchange-disclaimer', text)).toEqual([])
    const qp = await messages('qp-statement', text)
    expect(levels(qp).filter((level) => level !== 'warning')).toEqual([])
  })

  const own = [
    // The issuer's own release: a dateline, its ticker and defined term.
    'VANCOUVER, BC, May 4, 2026 – Kestrel Ridge Gold Corp. (TSX-V: KRG) ("Kestrel" or the "Company") announced ' +
      'today that soil samples at its Harfang project returned up to 1.4 g/t Au.',
    // No dateline, but announced "today", the issuer's word.
    'Kestrel Ridge Gold Corp. announced today that soil samples at its Harfang project returned up to 1.4 g/t Au.',
    'Kestrel Ridge Gold Corp. (TSX-V: KRG) announced that soil samples at its Harfang project returned up to 1.4 g/t Au.'
  ]
  it.each(own)('%s', async (text) => {
    expect(levels(await messages('exchange-disclaimer', text))).toEqual(['error'])
  })
})

describe('dateline: a French sentence’s date deep in the text is no dateline', () => {
  it('« jalonné au nom de la société le 9 juin 2026 » does not date a summary', async () => {
    const text =
      'Ressources Val-Jalbert inc. agrandit sa propriété\n\nRessources Val-Jalbert inc. a annoncé qu’elle avait ' +
      'jalonné un nouveau permis adjacent à sa propriété Lac Argenté.\n\nLe permis numéro 041122M a été jalonné au ' +
      'nom de la société le 9 juin 2026 et comprend 40 claims. Un programme de travail commencera cet été.'
    expect(await messages('exchange-disclaimer', text)).toEqual([])
  })

  it('a French dateline after its place and a comma still dates the release', async () => {
    const text =
      'Ressources Val-Jalbert inc. agrandit sa propriété\n\nMONTRÉAL, le 9 juin 2026 – Ressources Val-Jalbert inc. ' +
      'a annoncé qu’elle avait jalonné un nouveau permis adjacent à sa propriété Lac Argenté.'
    expect(levels(await messages('exchange-disclaimer', text))).toEqual(['error'])
  })
})

describe('exploration-results: historical work named with a word or two between, and the paragraph that goes on', () => {
  const lead = 'VANCOUVER, BC, May 4, 2026 – Kestrel Ridge Gold Corp. (TSX-V: KRG) has staked the Wren claims.\n\n'
  const historical = [
    lead +
      'The Wren prospect shows copper skarn potential, indicated by historical shallow drill results intersecting ' +
      'skarns. Notable results include 6.12 m at 5.61% Cu from 55.1 m and 10.7 m at 6.45 g/t Au from 71.0 m.',
    lead +
      'Historical exploration at the Wren prospect outlined copper skarns. Shallow holes intersected 6.12 m at ' +
      '5.61% Cu from 55.1 m.\n\nUndrilled targets are also exposed at surface. These include the Finch target, ' +
      'with rock chip samples of up to 9.4% Cu. The Lark target also shows rock chip samples with up to 7.85% Cu.'
  ]
  it.each(historical)('%s', async (text) => {
    const found = await messages('exploration-results', text)
    expect(found.filter((message) => /laboratory|analytical method|QA\/QC/.test(message))).toEqual([])
  })

  it('the issuer’s own new samples in the paragraph after are still its results', async () => {
    const text =
      historical[1].split('\n\nUndrilled')[0] +
      '\n\nThis summer the Company collected rock chip samples at the Finch target grading up to 9.4% Cu.'
    const found = await messages('exploration-results', text)
    expect(found.filter((message) => /Missing laboratory/.test(message)).length).toBe(1)
  })
})

describe('exploration-results: historical samples named beside the issuer’s first work leave its new results its own', () => {
  it('soil assays after “historical high-grade samples … and initial reconnaissance programs”', async () => {
    const text =
      'VANCOUVER, BC, May 4, 2026 – Kestrel Ridge Gold Corp. (TSX-V: KRG) reports on its Wren project, staked in ' +
      '2025.\n\nHistorical high-grade samples, up to 91 g/t Au, and initial reconnaissance programs have yielded ' +
      'encouraging results. Six gold-in-soil anomalies were identified. Soil assays returned up to 1.3 g/t Au.'
    const found = await messages('exploration-results', text)
    expect(found.filter((message) => /Missing laboratory/.test(message)).length).toBe(1)
  })
})

describe('grades in words: "g per tonne", "grams per ton", "grams of gold per tonne", "g/ton"', () => {
  const lead = 'VANCOUVER, BC, May 4, 2026 – Kestrel Ridge Gold Corp. (TSX-V: KRG) reports that soil assays returned '
  it.each([
    'up to 1.3g per tonne gold.',
    'up to 1.03 grams per ton gold.',
    '13.5 grams of gold per tonne.',
    '1.3 g/ton Au.'
  ])('%s', async (grade) => {
    const found = await messages('exploration-results', lead + grade)
    expect(found.filter((message) => /Missing laboratory/.test(message)).length).toBe(1)
    expect((await messages('qp-statement', lead + grade)).some((m) => m.includes(': error '))).toBe(true)
  })

  it('a price per tonne is no grade', async () => {
    const text = lead.replace('soil assays returned ', 'mining costs are estimated at ') + '$41 per tonne.'
    expect(await messages('exploration-results', text)).toEqual([])
  })
})

describe('exploration-results: a French drill plan beside a sample’s grade, and the rock sampled named as subject', () => {
  const lead =
    'MONTRÉAL, le 4 mai 2026 – Ressources Val-Jalbert inc. (TSX-V : RVJ) fait le point sur sa propriété Lac Argenté.\n\n'
  it('« des cibles prêtes à être forées » beside surface samples owes no drill-hole location', async () => {
    const text =
      lead +
      'Les travaux de terrain ont permis de prélever des échantillons de roche titrant jusqu’à 1,12 % Cu, afin de ' +
      'définir des cibles robustes prêtes à être forées.'
    const found = await messages('exploration-results', text)
    expect(found.filter((message) => /sondages/.test(message))).toEqual([])
    expect(found.some((message) => /laboratoire/.test(message))).toBe(true)
  })

  it.each([
    lead + 'À l’indice Merle, des blocs angulaires ont donné des teneurs allant jusqu’à 1,12 % Cu et 0,40 % Ni.',
    lead
      .replace('MONTRÉAL, le 4 mai 2026', 'VANCOUVER, BC, May 4, 2026')
      .replace(
        'Ressources Val-Jalbert inc. (TSX-V : RVJ) fait le point sur sa propriété Lac Argenté',
        'Kestrel Ridge Gold Corp. (TSX-V: KRG) reports on its Wren property'
      ) + 'At the Merle occurrence, angular boulders returned up to 1.12% Cu and 0.40% Ni.'
  ])('the boulders sampled are the type of samples: %s', async (text) => {
    const found = await messages('exploration-results', text)
    expect(found.filter((message) => /type of samples|type d’échantillons/.test(message))).toEqual([])
    expect(found.some((message) => /laboratory|laboratoire/.test(message))).toBe(true)
  })

  it('samples of no named type still owe their type', async () => {
    const text = lead + 'Les travaux de terrain ont permis de prélever des échantillons titrant jusqu’à 1,12 % Cu.'
    const found = await messages('exploration-results', text)
    expect(found.some((message) => /type d’échantillons/.test(message))).toBe(true)
  })
})

describe('speaker: a write-up that quotes the ticker with its share price is a publication’s', () => {
  const article = (tag: string) =>
    'Survey Results at Kestrel’s Wren Property\n\n' +
    `Despite the winter, Kestrel Ridge Gold Corp.’s ${tag} Wren property saw work: the Company completed a drone ` +
    'magnetic survey over the Merle corridor. Drilling may start as early as next month, and the Company plans ' +
    'to prospect the anomalies first.'
  it('(CA:KRG – $0.07 & US:KRGDF – $0.05)', async () => {
    const text = article('(CA:KRG – $0.07 & US:KRGDF – $0.05)')
    expect(await messages('exchange-disclaimer', text)).toEqual([])
    expect(levels(await messages('forward-looking-caution', text))).toEqual(['warning'])
  })
  it('the issuer’s own tag, with no price, stays the issuer’s', async () => {
    const text = article('(TSX-V: KRG)')
    expect(levels(await messages('exchange-disclaimer', text))).toEqual(['error'])
  })
})

describe('grades: a metal’s oxide named in words is a grade', () => {
  const lead = 'VANCOUVER, BC, May 4, 2026 – Kestrel Ridge Gold Corp. (TSX-V: KRG) reports that grab samples returned '
  it.each(['up to 4.14% Lithium Oxide.', 'up to 0.42% vanadium pentoxide.'])('%s', async (grade) => {
    const found = await messages('exploration-results', lead + grade)
    expect(found.filter((message) => /Missing laboratory/.test(message)).length).toBe(1)
  })
  it('a share of a company named after its metal is no grade', async () => {
    const text = lead.replace('grab samples returned ', 'it holds ') + '50% of Silver Grail Resources Ltd.'
    expect(await messages('exploration-results', text)).toEqual([])
  })
})
