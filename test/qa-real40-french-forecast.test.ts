/**
 * QA round real40: a Quebec producer's French quarter that keeps its annual forecast (« La Société maintient ses
 * prévisions de production de 150 000 à 165 000 onces pour 2026 », « confirme ses prévisions annuelles ») states
 * forward-looking information, as "reaffirms its 2026 guidance" does in English, and owes the caution (NI 51-102
 * s.4A.3); results measured against the forecast (« dans le haut de sa fourchette de prévisions ») are the past.
 * Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  [
    "Mines Val-Doré annonce ses résultats d'exploitation du deuxième trimestre 2026",
    '',
    'ROUYN-NORANDA, Québec, le 14 juillet 2026 – Mines Val-Doré inc. (TSX : MVD) (« Val-Doré » ou la « Société ») ' +
      "annonce une production de 39 850 onces d'or au deuxième trimestre de 2026 à la mine Beaudry.",
    '',
    sentence
  ].join('\n')

describe('forward-looking-caution: « maintient ses prévisions »', () => {
  it.each([
    'La Société maintient ses prévisions de production de 150 000 à 165 000 onces pour 2026.',
    'Val-Doré confirme ses prévisions annuelles de production et de coûts.'
  ])('a caution is owed: %s', async (sentence) => {
    expect(await found(release(sentence))).toEqual([
      expect.stringContaining('error Il manque la mise en garde sur l’information prospective')
    ])
  })

  it('results measured against the forecast are the past', async () => {
    const sentence =
      "La production annuelle s'est établie dans le haut de sa fourchette de prévisions de 145 000 à 160 000 onces."
    expect(await found(release(sentence))).toEqual([])
  })
})
