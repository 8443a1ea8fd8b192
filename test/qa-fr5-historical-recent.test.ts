/**
 * A French historical estimate says there are no more recent data with the adjective after its noun, as French
 * puts it (« aucun forage récent », « aucune donnée récente »): s.2.4's more recent data are stated. Invented issuer.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const release = (recent: string) =>
  [
    'AMOS (Québec), le 18 novembre 2026 – Lithium Harricana inc. (CSE : LHR) a acquis la propriété Lac Despinassy, ' +
      'qui renferme une estimation historique de 2,3 Mt à 1,05 % Li2O établie en 2009 par Consultants Abitibi ltée, ' +
      'selon la méthode des polygones, une teneur de coupure de 0,4 % Li2O et la catégorie « indiquées » de ' +
      'l’époque. La Société la juge pertinente et raisonnablement fiable. ' +
      recent +
      ' Un programme de forage de vérification serait nécessaire pour la convertir en ressources minérales ' +
      'actuelles. Une personne qualifiée n’a pas effectué suffisamment de travaux pour classer l’estimation ' +
      'historique comme ressources minérales actuelles, et la Société ne la considère pas comme des ressources ' +
      'minérales actuelles.'
  ].join('\n') + '\n'

const found = async (text: string) => (await lintWith('historical-estimate', text)).messages.map(format)

describe('historical-estimate: « aucun forage récent » states the more recent data (s.2.4(e))', () => {
  it.each([
    'Aucun forage récent ne l’a confirmée.',
    'Il n’existe aucune donnée récente sur le gîte.',
    'Des sondages récents n’ont pas été réalisés sur le dyke principal.'
  ])('no finding: %s', async (recent) => {
    expect(await found(release(recent))).toEqual([])
  })

  it('still a warning when the release says nothing of more recent data', async () => {
    expect((await found(release(''))).join('\n')).toMatch(/récentes/)
  })
})
