/**
 * NI 43-101 s.2.4: a historical estimate is presented with its key assumptions and methods and the work needed to
 * upgrade or verify it, in the words counsel use in English and in French. Invented issuers and properties.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const reasons = async (text: string) =>
  (await lintWith('historical-estimate', text)).messages.map((message) => message.reason)

const EN_ESTIMATE =
  'Tessier Gold Corp. (CSE: TSG) has optioned the Marlow property. The property hosts the Marlow deposit, for which a ' +
  'historical estimate of 640,000 tonnes grading 5.2 g/t Au was prepared by Dunmore Mines Ltd. in 1987 (assessment ' +
  'report 41872). The estimate used sectional methods and a minimum width of 1.5 metres. The Company considers it ' +
  'relevant and reliable as an indication of the size of the deposit, and it uses categories other than those of ' +
  'CIM. No more recent estimates have been prepared. '
const EN_CAUTION =
  'A qualified person has not done sufficient work to classify the historical estimate as current mineral resources, ' +
  'and the Company is not treating the historical estimate as current mineral resources.'

describe('the work needed to upgrade or verify a historical estimate (s.2.4(f))', () => {
  it.each([
    'A program of confirmation drilling and a new estimate would be required to convert the historical ' +
      'estimate into current mineral resources.',
    'Twinning of selected historical drill holes would be needed before the estimate could be reported as current.',
    'To bring the estimate current, the Company would have to re-drill parts of the deposit and prepare a new estimate.'
  ])('is read in its many forms (%s)', async (work) => {
    expect(await reasons(EN_ESTIMATE + work + ' ' + EN_CAUTION + '\n')).toEqual([])
  })

  it('the caution alone states no work to be done: still a warning', async () => {
    expect(await reasons(EN_ESTIMATE + EN_CAUTION + '\n')).toEqual([
      'Missing the work needed to upgrade or verify it (historical estimate), expected them where known'
    ])
  })
})

const FR_ESTIMATE =
  'Ressources Tessier inc. (CSE : TSG) a acquis la propriété Marlow. La propriété comprend le gîte Marlow, qui ' +
  'renferme une estimation historique de 640 000 tonnes à 5,2 g/t Au préparée par Mines Dunmore ltée en 1987 ' +
  '(rapport GM 41872). '
const FR_REST =
  "Cette estimation est pertinente, mais sa fiabilité n'a pas été confirmée; ses catégories ne sont pas celles de " +
  "l'ICM. Aucune estimation plus récente n'a été faite. Une personne qualifiée n'a pas effectué suffisamment de " +
  "travaux pour classer l'estimation historique comme ressources minérales actuelles, et la Société ne considère " +
  "pas l'estimation historique comme des ressources minérales actuelles. "

describe('a historical estimate in French', () => {
  it.each([
    'Elle a été calculée sur des sections polygonales, avec une densité relative de 2,8. Un programme de ' +
      'forage de vérification serait nécessaire pour la valider.',
    'Elle a été établie par la méthode des polygones. Des travaux de forage seraient nécessaires pour ' +
      "convertir l'estimation en ressources minérales actuelles.",
    'Elle repose sur un modèle de blocs et une largeur minimale de 2 mètres. Des sondages de confirmation seraient requis.'
  ])('its methods and the work needed are read (%s)', async (sentences) => {
    expect(await reasons(FR_ESTIMATE + sentences + ' ' + FR_REST + '\n')).toEqual([])
  })

  it('without its methods nor the work needed: both missing', async () => {
    expect(await reasons(FR_ESTIMATE + FR_REST + '\n')).toEqual([
      'Il manque les principales hypothèses, paramètres et méthodes ; les travaux nécessaires pour la ' +
        'mettre à jour ou la vérifier (estimation historique) ; attendu : dans la mesure où ils sont connus'
    ])
  })
})

describe('the caution’s second clause saying back the first’s object (s.2.4(g))', () => {
  const work = 'Twinning of six historical holes would be needed to verify the estimate. '
  it.each([
    'A qualified person has not done sufficient work to classify the historical estimate as current ' +
      'mineral resources, and the Company is not treating it as such.',
    'A qualified person has not done sufficient work to classify the historical estimate as current ' +
      'mineral resources or mineral reserves and the Company is not treating the historical estimate as ' +
      'such.'
  ])('"as such" after the first clause named current mineral resources: nothing (%s)', async (caution) => {
    expect(await reasons(EN_ESTIMATE + work + caution + '\n')).toEqual([])
  })

  it('the second clause with nothing said back is still incomplete', async () => {
    const caution =
      'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
      'resources, and the Company is not treating it.'
    expect((await reasons(EN_ESTIMATE + work + caution + '\n')).join('\n')).toMatch(/drops “as current”/)
  })

  it('in French, « comme telle »', async () => {
    const text =
      FR_ESTIMATE +
      'Elle a été établie par la méthode des polygones. Des sondages de confirmation seraient requis. ' +
      "Cette estimation est pertinente, mais sa fiabilité n'a pas été confirmée; ses catégories ne sont pas celles de " +
      "l'ICM. Aucune estimation plus récente n'a été faite. Une personne qualifiée n'a pas effectué suffisamment de " +
      "travaux pour classer l'estimation historique comme ressources minérales actuelles, et la Société ne la traite " +
      'pas comme telle.\n'
    expect(await reasons(text)).toEqual([])
  })
})
