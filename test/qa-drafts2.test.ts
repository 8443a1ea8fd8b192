/**
 * Drafts in progress and the words a mining release may not use: blanks left in every place a draft has them (a
 * figure, a table, a quotation, French), marks a final release uses legitimately, and terms read as a securities
 * lawyer reads them. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintPreset, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const placement = (price: string) =>
  'VANCOUVER, BC, December 7, 2026 – Pellworth Copper Inc. (TSXV: PWC) has closed a private placement of 12,000,000 ' +
  `units at a price of ${price} per unit for gross proceeds of $2,400,000. All securities issued are subject to a hold ` +
  'period of four months and one day.'

describe('a figure left partly blank is the blank, not a figure of its first digits', () => {
  it.each(['$0.[●]', '$0.XX', '$0.●●', '$0.__', 'C$0.[TBD]', '$1.[●]', '$[0.●]'])(
    '%s: one blank quoted whole; no price of $0, no disagreement',
    async (price) => {
      const messages = (await lintPreset(placement(price) + '\n')).messages
      const rules = messages.map((message) => message.ruleId)
      expect(rules).not.toContain('tsxv-pricing')
      expect(rules).not.toContain('offering-arithmetic')
      const blanks = messages.filter((message) => message.ruleId === 'unfilled-placeholder').map(format)
      expect(blanks).toEqual([expect.stringContaining(`placeholder “${price}”`)])
    }
  )

  it('a footnote mark after a figure is no blank: the figure is read', async () => {
    expect(await found('tsxv-pricing', placement('$0.04[1]'))).toEqual([
      expect.stringContaining('Unexpected price of $0.04 per unit')
    ])
  })
})

describe('French drafts: an editor’s insertion in « … », and field names with « de »', () => {
  const quote = (inserted: string) =>
    `« Les résultats confirment que ${inserted} renferme une formation de fer continue », a déclaré Hélène Gagnon, ` +
    'présidente de Ressources Bouleau-Blanc inc.'

  it.each(['[la propriété]', '[le gisement]', '[l’Option]', '[la Société]'])(
    'no blank: %s inserted in a quotation',
    async (inserted) => {
      expect(await found('unfilled-placeholder', quote(inserted))).toEqual([])
    }
  )

  it('an instruction or a field name in a quotation is still a blank', async () => {
    expect(await found('unfilled-placeholder', quote('[à confirmer]'))).toEqual([
      expect.stringContaining('[à confirmer]')
    ])
    expect(await found('unfilled-placeholder', quote('[Nom de la propriété]'))).toEqual([
      expect.stringContaining('[Nom de la propriété]')
    ])
  })

  it.each(['[Nom de la PQ]', '[Date de clôture]', '[Prix d’exercice]', '[Titre du porte-parole]'])(
    'a field name whose head comes before « de »: %s',
    async (field) => {
      const text =
        `Les renseignements techniques ont été approuvés par ${field}, géo., personne qualifiée au sens du ` +
        'Règlement 43-101.'
      expect(await found('unfilled-placeholder', text)).toEqual([expect.stringContaining(field)])
    }
  )

  it('a defined term with its French article, outside a quotation, is no blank', async () => {
    expect(
      await found('unfilled-placeholder', 'Le conseil de [la Société] a approuvé la convention avec Mines Alpha inc.')
    ).toEqual([])
  })
})
