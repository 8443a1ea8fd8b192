/**
 * A French table of tranches (« | Tranche | Date de clôture | … | Fin de la période de détention | », rows
 * « Première », « Deuxième ») is read as the English one is: each row's hold expiry is counted from its own closing
 * date (NI 45-102 s.2.5). Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('hold-period', text + '\n')).messages.map(format)

const release = (header: string, first: string, second: string) =>
  [
    '# Or Lac-Parent clôture la dernière tranche de son placement privé accréditif',
    '',
    'SENNETERRE (Québec), le 30 novembre 2026 – Or Lac-Parent inc. (TSXV : OLP) (la « Société ») annonce la clôture ' +
      'de la deuxième et dernière tranche de son placement privé sans l’entremise d’un courtier, soit 2 000 000 ' +
      'd’actions accréditives au prix de 0,10 $ l’action pour un produit brut de 200 000 $.',
    '',
    header,
    '| --- | --- | --- | --- | --- |',
    `| ${first} | 6 novembre 2026 | 4 000 000 | 400 000 $ | 7 mars 2027 |`,
    `| ${second} | 30 novembre 2026 | 2 000 000 | 200 000 $ | 30 mars 2027 |`,
    '',
    'Les titres émis sont assujettis à une période de détention de quatre mois et un jour.'
  ].join('\n')

const HEADER = '| Tranche | Date de clôture | Actions accréditives | Produit brut | Fin de la période de détention |'

describe('hold-period: a French table of tranches has each row’s expiry checked', () => {
  it.each([
    [HEADER, 'Première', 'Deuxième'],
    [HEADER, 'Première tranche', 'Dernière tranche'],
    ["| Tranche | Date d'émission | Actions | Montant recueilli | Date de libre négociation |", 'Initiale', 'Seconde']
  ])('%s / %s / %s', async (header, first, second) => {
    const messages = await found(release(header, first, second))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('31 mars 2027')
  })

  it('right expiries pass', async () => {
    expect(await found(release(HEADER, 'Première', 'Deuxième').replace('30 mars 2027', '31 mars 2027'))).toEqual([])
  })
})
