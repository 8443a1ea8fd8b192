/**
 * French analytical methods as English's list names them: graphitic carbon and sulphur burnt and read by infrared
 * (« par combustion infrarouge », « four à induction »), neutron activation, cyanide leach, a gamma probe. Invented
 * issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (method: string) =>
  [
    '# Graphite Lac-Nominingue obtient 9,8 % Cg sur 12,0 mètres en rainures',
    '',
    'NOMININGUE (Québec), le 25 novembre 2026 – Graphite Lac-Nominingue inc. (TSXV : GLN) (la « Société ») annonce ' +
      'que la rainure R-26-04 a donné 9,8 % de carbone graphitique (Cg) sur 12,0 mètres; la longueur des rainures ' +
      'correspond approximativement à l’épaisseur réelle de la zone.',
    '',
    `Les échantillons ont été analysés par un laboratoire de Québec, indépendant de la Société${method}. Des ` +
      'étalons, des blancs et des duplicatas ont été insérés selon le protocole d’assurance et de contrôle de la ' +
      'qualité de la Société.'
  ].join('\n')

describe('exploration-results: French methods named as English’s are', () => {
  it.each([
    ', par combustion infrarouge',
    ', par combustion (four à induction) avec lecture infrarouge',
    ', le carbone étant dosé au four à induction'
  ])('no method asked: %s', async (method) => {
    expect((await found(release(method))).join('\n')).not.toContain('méthode')
  })

  it('no method at all is still asked for', async () => {
    expect((await found(release(''))).join('\n')).toContain('méthode')
  })
})
