/**
 * French releases: listings and datelines, the exchange disclaimer, the U.S. legend and paragraph, and the
 * forward-looking caution in French (issue 13), in the model and in the rules.
 */
import {describe, expect, it} from 'vitest'
import {remark} from 'remark'
import {buildModel} from '../src/model/model.js'

const model = (text: string) => buildModel(remark().parse(text), text)

const LEAD =
  'MONTRÉAL (Québec), le 21 novembre 2025 – Mines Boréal inc. (« Boréal » ou la « Société ») a le plaisir ' +
  'd’annoncer le début de son programme de forage sur la propriété Lac-Noir.'

describe('French listings and datelines', () => {
  it.each([
    ['(TSXV : BOR)', 'TSXV', 'bor'],
    ['(TSX-V\u00a0: BOR)', 'TSXV', 'bor'],
    ['(Bourse de croissance TSX : BOR)', 'TSXV', 'bor'],
    ['(TSX de croissance : BOR)', 'TSXV', 'bor'],
    ['(CSE : BOR)', 'CSE', 'bor'],
    ['(Bourse des valeurs canadiennes : BOR)', 'CSE', 'bor'],
    ['(TSX : BOR)', 'TSX', 'bor'],
    ['(Bourse de Toronto : BOR)', 'TSX', 'bor'],
    ['(Cboe Canada : BOR)', 'CBOE', 'bor']
  ])('reads the tag %s', (tag, exchange, ticker) => {
    const m = model(`Mines Boréal inc. ${tag} a le plaisir d’annoncer le début de son programme de forage.\n`)
    expect(m.listings.map((l) => [l.exchange, l.ticker, l.kind])).toEqual([[exchange, ticker, 'tag']])
    expect(m.exchangeDecision.exchange).toBe(exchange)
  })

  it.each([
    ['inscrites à la cote de la Bourse de croissance TSX sous le symbole « BOR »', 'TSXV', 'bor'],
    ['négociées à la Bourse des valeurs canadiennes sous le symbole BOR', 'CSE', 'bor'],
    ['cotées à la Bourse de Toronto', 'TSX', '']
  ])('reads the statement “%s”', (words, exchange, ticker) => {
    const m = model(`Les actions de Mines Boréal inc. sont ${words}.\n`)
    expect(m.listings.map((l) => [l.exchange, l.ticker, l.kind])).toEqual([[exchange, ticker, 'statement']])
  })

  it.each([
    'MONTRÉAL (Québec), le 21 novembre 2025 – Mines Boréal inc. a le plaisir d’annoncer le début de son forage.',
    'ROUYN-NORANDA (QUÉBEC), le 1er décembre 2025 /CNW/ - Mines Boréal inc. annonce le début de son forage.',
    'VAL-D’OR, QC, 3 mars 2026 – Mines Boréal inc. annonce aujourd’hui le début de son programme de forage.'
  ])('finds the dateline “%s”', (dateline) => {
    const m = model(`# Mines Boréal commence son forage\n\n${dateline}\n`)
    expect(m.layout.dateline?.index).toBe(1)
  })

  it('finds a date-only French dateline', () => {
    const m = model(`# Mines Boréal commence son forage\n\nLe 21 novembre 2025\n\n${LEAD}\n`)
    expect(m.layout.dateline?.index).toBe(1)
    expect(m.layout.leadEnd).toBe(2)
  })
})
