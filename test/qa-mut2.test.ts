/**
 * Financing and corporate statements written many ways, each element removed or altered one at a time (a
 * mutation round of QA; invented issuers, our own wording): each case a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('hold-period: the restriction stated by its end alone, and the distribution date after the lot’s terms', () => {
  const closing = (lot: string, hold: string) =>
    'CALGARY, Alberta, June 15, 2026 /Newswire/ - Ferncliff Nickel Corp. (TSXV: FNK) (the "Company") has closed its ' +
    `non-brokered private placement announced on May 2, 2026. ${lot}\n\n${hold}`
  const LOT =
    'The Company issued 4,000,000 units at a price of $0.25 per unit on June 12, 2026 for gross proceeds of $1,000,000.'

  it.each([
    'The securities may not be traded until October 13, 2026, except as permitted by securities legislation.',
    'Securities issued under the placement must not be resold before October 13, 2026.'
  ])('a hold stated by its end: %s', async (hold) => {
    expect(await messages('hold-period', closing(LOT, hold))).toEqual([])
  })

  it('a French hold stated by its end', async () => {
    const value =
      'QUÉBEC, Québec, le 15 juin 2026 /Newswire/ - Nickel Ferncliff inc. (TSXV : FNK) (la « Société ») annonce la ' +
      'clôture de son placement privé. La Société a émis 4 000 000 unités au prix de 0,25 $ par unité, pour un produit ' +
      'brut de 1 000 000 $, le 12 juin 2026.\n\nLes titres ne pourront être négociés avant le 13 octobre 2026.'
    expect(await messages('hold-period', value)).toEqual([])
    expect(await messages('hold-period', value.replace('13 octobre', '14 octobre'))).toEqual([
      expect.stringContaining('13 octobre 2026')
    ])
  })

  it.each(['October 12, 2026', 'October 14, 2026'])('an expiry a day off the issue date: %s', async (date) => {
    const hold = `All securities issued are subject to a hold period expiring on ${date}.`
    expect(model(closing(LOT, hold)).offering.closingDates.map((d) => d.date.toISOString().slice(0, 10))).toEqual([
      '2026-06-12'
    ])
    expect(await messages('hold-period', closing(LOT, hold))).toEqual([
      expect.stringContaining('expected October 13, 2026 (June 12, 2026 + four months and one day)')
    ])
  })

  it('the closing date after the lot’s prices, and no other closing’s', async () => {
    const lot =
      'The Company closed its placement of 4,000,000 flow-through shares (the "FT Shares") at a price of $0.25 per FT ' +
      'Share, a premium to the market price, for gross proceeds of $1,000,000, on June 12, 2026.'
    const hold = 'The FT Shares are subject to a hold period expiring on October 12, 2026.'
    expect(await messages('hold-period', closing(lot, hold))).toEqual([expect.stringContaining('October 13, 2026')])
    expect(await messages('hold-period', closing(lot, hold.replace('12', '13')))).toEqual([])
  })

  it('a news release issued on a date is no distribution', () => {
    const lot =
      'The Company issued a news release on May 2, 2026 announcing 4,000,000 units at $0.25 for proceeds of $1,000,000.'
    expect(model(closing(lot, '')).offering.closingDates).toEqual([])
  })
})

describe('us-securities-act: "may be offered or sold" restricts only when negated, or with "only"', () => {
  const release = (paragraph: string) =>
    'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n' +
    'REGINA, Saskatchewan, April 2, 2026 - Dunmore Potash Corp. (TSXV: DPC) announces a private placement of ' +
    `2,000,000 units at $0.20 per unit for gross proceeds of $400,000.\n\n${paragraph} This news release does not ` +
    'constitute an offer to sell or the solicitation of an offer to buy securities in the United States.'
  const REGISTERED = 'The units have not been registered under the U.S. Securities Act of 1933, as amended,'

  it.each([
    `${REGISTERED} and may not be offered or sold in the United States absent an exemption.`,
    `${REGISTERED} and none of them may be offered or sold in the United States absent an exemption.`,
    `${REGISTERED} nor may they be offered or sold within the United States or to U.S. persons.`,
    `${REGISTERED} and may be offered or sold in the United States only in transactions exempt from registration.`
  ])('restricts: %s', async (paragraph) => {
    expect(await messages('us-securities-act', release(paragraph))).toEqual([])
  })

  it.each([
    `${REGISTERED} and may be offered or sold in the United States absent registration.`,
    `${REGISTERED} and will be offered or sold to U.S. persons.`
  ])('says the opposite: %s', async (paragraph) => {
    expect(await messages('us-securities-act', release(paragraph))).toEqual([expect.stringContaining('error Missing')])
  })
})

describe('forward-looking-caution: the use of proceeds in French is the issuer’s plan, as in English', () => {
  const release = (use: string) =>
    'RIMOUSKI, Québec, le 9 avril 2026 /Newswire/ - Graphite Matane inc. (TSXV : GMT) (la « Société ») annonce ' +
    `la clôture de son placement privé de 3 000 000 d'actions au prix de 0,20 $ par action. ${use}\n\n` +
    '## Mise en garde\n\nLe présent communiqué contient de l’information prospective, notamment sur l’emploi du ' +
    'produit. Elle comporte des risques et des incertitudes, et les résultats réels pourraient différer sensiblement. ' +
    'La Société ne s’engage pas à la mettre à jour, sauf si la loi l’exige.'

  it.each([
    'Le produit net servira aux travaux de forage sur la propriété Matane.',
    'Le produit brut du placement sera affecté au fonds de roulement.',
    'Le produit net sera utilisé pour les travaux de 2026.'
  ])('%s', async (use) => {
    const found = await messages('forward-looking-caution', release(use))
    expect(found).toEqual([expect.stringContaining('error Il manque les hypothèses')])
  })

  it('the proceeds of a sale, past, are no plan', async () => {
    expect(model(release('Le produit de la vente a été versé le 2 avril.')).topics.forwardLooking?.strength).not.toBe(
      'strong'
    )
  })
})
