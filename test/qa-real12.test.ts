/**
 * French releases of the kinds a twelfth QA round read on real communiqués of Québec issuers. The cases below are
 * invented issuers in our own words, each reproducing the shape of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const TARGET =
  'Rouyn-Noranda (Québec), le 3 mars 2026 – Lithium Saint-Amable inc. (TSXV : LSA) (« LSA » ou la « Société ») ' +
  'présente une cible d’exploration de 40 à 65 millions de tonnes à une teneur de 0,9 à 1,3 % Li2O sur son projet ' +
  'Verchères, établie à partir de 31 sondages et de la cartographie des affleurements.'

describe('exploration-target: the French caution said with other copulas, articles and « sûr »', () => {
  it.each([
    'Le tonnage et la teneur potentiels de la cible sont de nature conceptuelle. L’exploration demeure insuffisante ' +
      'pour estimer les ressources minérales, et il n’est pas sûr que des travaux additionnels permettront de définir ' +
      'les ressources minérales sur la cible.',
    'La quantité et la teneur potentielles sont conceptuelles; les travaux d’exploration restent insuffisants pour ' +
      'mesurer une ressource minérale et il n’est pas sûr que la cible sera délimitée comme ressource minérale.',
    'Ces chiffres sont de nature conceptuelle : l’exploration est insuffisante pour définir une ressource minérale et ' +
      'il n’est pas certain que des travaux futurs permettront de définir une ressource minérale.'
  ])('%s', async (caution) => {
    const found = await messages('exploration-target', `${TARGET}\n\n${caution}`)
    expect(found.filter((m) => /mise en garde/.test(m))).toEqual([])
  })

  it('a caution that drops the uncertainty is still caught', async () => {
    const caution =
      'Le tonnage et la teneur potentiels de la cible sont de nature conceptuelle. L’exploration demeure ' +
      'insuffisante pour estimer les ressources minérales de la cible.'
    const found = await messages('exploration-target', `${TARGET}\n\n${caution}`)
    expect(found.some((m) => /mise en garde sur la cible d’exploration/.test(m))).toBe(true)
  })
})

describe('estimates: a potential mineralization given in tonnes is the target, not a resource', () => {
  const lead =
    'Québec (Québec), le 9 avril 2026 – Graphite Lac-Mégantic inc. (TSXV : GLM) annonce une cible d’exploration ' +
    'pour son projet Frontenac.'
  const caution =
    'La quantité et la teneur potentielles sont de nature conceptuelle, l’exploration a été insuffisante pour ' +
    'définir une ressource minérale et il n’est pas certain que des travaux futurs permettront de définir une ' +
    'ressource minérale. La cible repose sur 18 sondages.'
  const stated =
    'La minéralisation potentielle est estimée entre 80 et 120 millions de tonnes à une teneur de 8 à 11 % Cg.'

  it('a French target so stated owes no resource elements', async () => {
    const value = `${lead}\n\n${stated}\n\n${caution}`
    expect(await messages('mineral-resource', value)).toEqual([])
    expect(await messages('exploration-target', value)).toEqual([])
  })

  it('the same in English', async () => {
    const value =
      'QUEBEC CITY, April 9, 2026 – Megantic Graphite Inc. (TSXV: GLM) reports an exploration target for Frontenac.' +
      '\n\nThe potential mineralization is estimated at 80 to 120 million tonnes grading 8 to 11% Cg.\n\n' +
      'The potential quantity and grade is conceptual in nature, there has been insufficient exploration to define a ' +
      'mineral resource and it is uncertain if further exploration will result in the target being delineated as a ' +
      'mineral resource. The target is based on 18 drill holes.'
    expect(await messages('mineral-resource', value)).toEqual([])
  })

  it('without its caution, the target is caught', async () => {
    const found = await messages('exploration-target', `${lead}\n\n${stated}`)
    expect(found.some((m) => /mise en garde sur la cible d’exploration/.test(m))).toBe(true)
  })

  it('a resource stated without « potentielle » is still a resource', async () => {
    const value =
      'Québec (Québec), le 9 avril 2026 – Or Frontenac inc. (TSXV : OFR) fait le point sur son projet Frontenac.' +
      '\n\nLa minéralisation du gisement est estimée à 9,5 millions de tonnes de ressources à 1,6 g/t Au.'
    expect((await messages('mineral-resource', value)).length).toBeGreaterThan(0)
  })
})
