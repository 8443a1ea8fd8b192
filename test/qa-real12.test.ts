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
