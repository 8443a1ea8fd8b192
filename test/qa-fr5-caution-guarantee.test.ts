/**
 * A French caution that warns results may differ in the words « rien ne garantit » or « ne peut garantir » (the
 * French of "there can be no assurance") has that element, as « aucune garantie » has. Invented issuer, our words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const release = (warning: string) =>
  [
    'SHERBROOKE (Québec), le 12 novembre 2026 – Métaux Coaticook inc. (TSXV : MCK) annonce la clôture de son ' +
      'placement privé. La Société affectera le produit aux travaux de forage prévus sur sa propriété Massawippi.',
    '',
    '## Mise en garde relative aux énoncés prospectifs',
    '',
    'Le présent communiqué renferme des énoncés prospectifs, notamment quant à l’affectation du produit. Ils sont ' +
      'fondés sur des hypothèses que la direction estime raisonnables et comportent des risques et incertitudes, ' +
      `dont ceux propres à l’exploration. ${warning} La Société ne s’engage pas à les mettre à jour, sauf si la loi ` +
      'l’exige.'
  ].join('\n') + '\n'

const found = async (text: string) => (await lintWith('forward-looking-caution', text)).messages.map(format)

describe('forward-looking-caution: « rien ne garantit » and « ne peut garantir » warn that results may differ', () => {
  it.each([
    'Rien ne garantit que ces énoncés se réaliseront.',
    'La Société ne peut garantir que ces énoncés s’avéreront exacts.',
    'Les administrateurs ne sauraient garantir la réalisation de ces attentes.'
  ])('no finding: %s', async (warning) => {
    expect(await found(release(warning))).toEqual([])
  })

  it('still a finding when no sentence warns (the risks alone)', async () => {
    const messages = await found(release('Ces risques sont décrits dans les documents déposés.'))
    expect(messages.join('\n')).toMatch(/différer/)
  })
})
