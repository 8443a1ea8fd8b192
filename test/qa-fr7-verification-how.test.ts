/**
 * A French data verification that says how by the work the QP redid (« en reprenant l'analyse de 5 % des pulpes dans
 * un second laboratoire », « en prélevant des échantillons indépendants », « des contre-analyses ») says how the data
 * were verified (NI 43-101 s.3.2(b)), as "by re-assaying 5% of the pulps" does. Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('data-verification', text + '\n')).messages.map(format)

const release = (how: string) =>
  [
    '# Nickel Baie-aux-Feuilles publie une estimation des ressources',
    '',
    'KUUJJUAQ (Québec), le 24 novembre 2026 – Nickel Baie-aux-Feuilles inc. (TSXV : NBF) présente une estimation des ' +
      'ressources minérales de son gîte Tasiat, en date du 15 octobre 2026 : 9 800 000 tonnes de ressources ' +
      'indiquées à 0,74 % Ni et 6 100 000 tonnes de ressources présumées à 0,69 % Ni.',
    '',
    'Mme Rosalie Tremblay, ing., de Géoconseil Ungava inc., personne qualifiée indépendante au sens du Règlement ' +
      `43-101, a préparé l'estimation et approuvé le présent communiqué. Elle a vérifié les données ${how}.`
  ].join('\n')

describe('data-verification: French work redone says how the data were verified', () => {
  it.each([
    "en reprenant l'analyse de 5 % des pulpes dans un second laboratoire",
    'en prélevant des échantillons indépendants dans trois sondages',
    'en refaisant les analyses de 40 échantillons',
    'au moyen de contre-analyses sur 5 % des pulpes',
    "au moyen d'analyses de vérification dans un second laboratoire"
  ])('%s', async (how) => {
    expect(await found(release(how))).toEqual([])
  })

  it('a verification that says nothing of how still has its warning', async () => {
    const messages = await found(release('utilisées dans l’estimation'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('vérifié')
  })
})
