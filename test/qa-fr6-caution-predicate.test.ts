/**
 * A French caution that names the information by its verb and adjective (« certaines déclarations du présent
 * communiqué sont prospectives »), as English "certain statements in this release are forward-looking", identifies
 * it (NI 51-102 s.4A.3(a)). Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (opening: string) =>
  [
    '# Cuivre Témiscamie clôture un placement privé',
    '',
    'MISTISSINI (Québec), le 1er décembre 2026 – Cuivre Témiscamie inc. (CSE : CTM) (la « Société ») a clôturé un ' +
      "placement privé de 2 000 000 d'actions au prix de 0,20 $ l'action. Le produit servira à des travaux " +
      "d'exploration sur la propriété Albanel.",
    '',
    `${opening}, notamment celles qui portent sur l'utilisation du produit. Elles reposent sur des hypothèses ` +
      'raisonnables, dont la disponibilité des entrepreneurs, et comportent des risques et incertitudes qui ' +
      'pourraient faire en sorte que les résultats réels diffèrent sensiblement. La Société ne s’engage pas à les ' +
      'mettre à jour, sauf si la loi l’exige.'
  ].join('\n')

describe('forward-looking-caution: « … sont prospectives » identifies the information', () => {
  it.each([
    'Certaines déclarations du présent communiqué sont prospectives',
    'Certains énoncés contenus dans ce communiqué sont considérés comme prospectifs',
    'Certaines informations du présent communiqué sont de nature prospective'
  ])('no finding: %s', async (opening) => {
    expect(await found(release(opening))).toEqual([])
  })

  it('a caution that never says the information is forward-looking is still caught', async () => {
    const messages = await found(release('Certaines déclarations du présent communiqué sont incertaines'))
    expect(messages.join('\n')).toContain('error')
  })

  it('geology is no caution: « les données indiquent que la zone est prospective »', async () => {
    const text = release('Certaines déclarations du présent communiqué sont prospectives').replace(
      'Le produit servira',
      'Les informations recueillies indiquent que la zone est prospective pour le cuivre. Le produit servira'
    )
    expect(await found(text)).toEqual([])
  })
})
