/**
 * A French resource estimate tabled with no CIM category (« annonce une première estimation des ressources minérales »
 * over « | Zone | Tonnes (Mt) | Teneur (% Li2O) | » and rows by zone or a lone total) is missing its categories
 * (NI 43-101 s.2.2), as the English one is; a table of a mine plan, of samples or with its categories is not.
 * Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (intro: string, header: string, first: string, second: string) =>
  [
    '# Lithium Waswanipi publie son estimation des ressources',
    '',
    `MATAGAMI (Québec), le 18 novembre 2026 – Lithium Waswanipi inc. (TSXV : LWW) ${intro} pour son projet ` +
      'Lac-Olga, dont la date d’effet est le 30 octobre 2026.',
    '',
    header,
    '| --- | --- | --- |',
    `| ${first} | 12,4 | 1,21 |`,
    `| ${second} | 8,9 | 1,08 |`,
    '',
    'Les ressources minérales qui ne sont pas des réserves minérales n’ont pas de viabilité économique démontrée. Elles ' +
      'sont présentées à une teneur de coupure de 0,4 % Li2O.'
  ].join('\n')

const INTRO = 'annonce une première estimation des ressources minérales'
const HEADER = '| Zone | Tonnes (Mt) | Teneur (% Li2O) |'

describe('mineral-resource: a French estimate tabled with no category', () => {
  it.each([
    [INTRO, 'Principale', 'Nord'],
    ["présente l'estimation à jour des ressources", 'Lentille A', 'Lentille B'],
    ['annonce une estimation des ressources minerales (l’« ERM »)', 'Principale', 'Total']
  ])('an error: %s (%s, %s)', async (intro, first, second) => {
    const messages = await found(release(intro, HEADER, first, second))
    expect(messages).toEqual([expect.stringMatching(/error Il manque la catégorie/)])
  })

  it('no error with the categories in the rows', async () => {
    expect(await found(release(INTRO, HEADER, 'Indiquées', 'Présumées'))).toEqual([])
  })

  it('a French mine plan’s table is not an estimate', async () => {
    const header = '| Année du plan minier | Tonnes (Mt) | Teneur (% Li2O) |'
    expect(await found(release(INTRO, header, 'An 1', 'An 2'))).toEqual([])
  })
})
