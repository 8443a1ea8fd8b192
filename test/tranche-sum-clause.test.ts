/**
 * A closing of a last tranche that adds the earlier tranche to it in one sentence, the earlier tranche's count and
 * closing date between its label and its amount (« avec la première tranche de 3 000 000 d'unités clôturée le
 * 20 novembre 2026 pour un produit brut de 300 000 $ »): the earlier amount is the tranche's, and the total is
 * checked against the two tranches. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const french = (total: string) =>
  'RIMOUSKI (Québec), le 7 décembre 2026 – Ressources Mitis inc. (TSXV : RMI) (la « Société ») annonce la ' +
  'clôture, le 4 décembre 2026, de la deuxième et dernière tranche de son placement privé. Dans le cadre de cette ' +
  'tranche, la Société a émis 2 500 000 unités au prix de 0,10 $ l’unité, pour un produit brut de 250 000 $. Avec ' +
  'la première tranche de 3 000 000 d’unités clôturée le 20 novembre 2026 pour un produit brut de 300 000 $, la ' +
  `Société a émis un total de 5 500 000 unités pour un produit brut total de ${total}.\n`

const english = (total: string) =>
  'RIMOUSKI, Quebec, December 7, 2026 – Mitis Resources Inc. (TSXV: RMI) (the "Company") announces that it closed ' +
  'the second and final tranche of its private placement on December 4, 2026, issuing 2,500,000 units at $0.10 per ' +
  'unit for gross proceeds of $250,000. Together with the first tranche of 3,000,000 units that closed on November ' +
  `20, 2026 for gross proceeds of $300,000, the Company issued a total of 5,500,000 units for total gross proceeds ` +
  `of ${total}.\n`

const reasons = async (text: string) =>
  (await lintWith('offering-arithmetic', text)).messages.map((message) => message.reason)

describe('a tranche sum with the earlier tranche’s count and date in its clause', () => {
  it.each([
    ['French', french('550 000 $')],
    ['English', english('$550,000')]
  ])('%s: a right total passes', async (_, text) => {
    expect(await reasons(text)).toEqual([])
  })

  it.each([
    ['French', french('650 000 $'), '550 000 $'],
    ['English', english('$650,000'), '$550,000']
  ])('%s: a wrong total is caught, the two tranches’ sum expected', async (_, text, sum) => {
    const found = await reasons(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(sum)
  })
})
