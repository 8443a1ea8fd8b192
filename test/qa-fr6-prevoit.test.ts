/**
 * French « prévoit » after a document or a procedure states what it provides for (« le programme d'AQ/CQ de la
 * Société prévoit l'insertion d'un blanc », « l'entente prévoit que … »), as English "provides for": no plan, so no
 * caution is owed for it. The issuer's own « prévoit » still is one. Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  [
    '# Mines Lac-Matagami présente des résultats de forage',
    '',
    'MATAGAMI (Québec), le 1er décembre 2026 – Mines Lac-Matagami inc. (TSX : MLM) (la « Société ») annonce que ' +
      'le sondage MA-26-12 a recoupé 3,2 g/t Au sur 6,0 mètres.',
    '',
    `Les demi-carottes ont été analysées par pyroanalyse chez un laboratoire indépendant. ${sentence}`
  ].join('\n')

describe('forward-looking-caution: « prévoit » of a document or a procedure is its terms', () => {
  it.each([
    "Le programme d'AQ/CQ de la Société prévoit l'insertion d'un blanc ou d'un étalon tous les 20 échantillons.",
    "Le protocole d'échantillonnage prévoit l'insertion de duplicatas.",
    "L'entente d'option prévoit que la Société détient une participation de 100 % dans la propriété.",
    'Les procédures de contrôle de la qualité prévoient des blancs et des étalons certifiés.'
  ])('no caution asked: %s', async (sentence) => {
    expect(await found(release(sentence))).toEqual([])
  })

  it.each([
    'La Société prévoit forer 5 000 mètres additionnels en 2027.',
    "La Société prévoit l'insertion de nouveaux sondages dans son programme de 2027."
  ])('the issuer’s plan is still forward-looking: %s', async (sentence) => {
    const messages = await found(release(sentence))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
  })
})
