/**
 * An underwriters' or agents' option to sell more of an offering: its additional proceeds are its percentage of the
 * offering, and the total if it is exercised in full is the offering's and the option's together; that total is never
 * the proceeds of the option's own securities. Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const arithmetic = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

/** A bought deal of 30,000,000 shares at $0.40 ($12,000,000), with `option` as its second paragraph. */
const deal = (option: string) =>
  '# Bellwood Copper Announces $12 Million Bought Deal\n\n' +
  'TORONTO, Ontario, May 4, 2026 – Bellwood Copper Corp. (TSX: BWC) (the "Company") has agreed with Larch ' +
  'Securities Ltd. (the "Underwriter") to sell, on a bought deal basis, 30,000,000 common shares at a price of ' +
  '$0.40 per share for gross proceeds of $12,000,000 (the "Offering").\n\n' +
  option +
  '\n\nThe Offering is expected to close on or about May 26, 2026, subject to the approval of the Toronto Stock ' +
  'Exchange.\n'

describe('an option stated as a percentage of the offering, with its additional proceeds', () => {
  const option = (amount: string) =>
    deal(
      'The Company has granted the Underwriter an option, exercisable up to 48 hours before closing, to buy up to an ' +
        `additional 15% of the Offering on the same terms, for additional gross proceeds of up to ${amount}.`
    )

  it('agrees: 15% of $12,000,000 is $1,800,000', async () => {
    expect(await arithmetic(option('$1,800,000'))).toEqual([])
  })

  it('disagrees: the amount is reported, with the share of the offering it should be', async () => {
    const [message, ...rest] = await arithmetic(option('$1,600,000'))
    expect(rest).toEqual([])
    expect(message).toMatch(/Unexpected additional proceeds for the option's 15% of the offering: expected \$1,800,000/)
    expect(message).toMatch(/^5:\d+/)
  })
})

describe('the total if the option is exercised in full', () => {
  const inTwo = (total: string) =>
    deal(
      'The Company has granted the Underwriter an over-allotment option to buy up to an additional 15% of the ' +
        `Offering. If the over-allotment option is exercised in full, the aggregate gross proceeds of the Offering will be ${total}.`
    )

  it('is the offering and its percentage together, read across the option’s sentences', async () => {
    expect(await arithmetic(inTwo('$13,800,000'))).toEqual([])
    const [message] = (await lintWith('offering-arithmetic', inTwo('$13,200,000'))).messages
    expect(format(message)).toMatch(/Unexpected total for the option exercised in full: expected \$13,800,000/)
    expect(message.note).toContain('the offering ($12,000,000) and the option ($1,800,000) add up to $13,800,000')
    expect(message.expected).toEqual(['$13,800,000'])
  })

  it('is the offering and the option’s own securities at the offering price', async () => {
    const own = (total: string) =>
      deal(
        'The Underwriter has an over-allotment option, exercisable for 30 days after closing, to buy up to 4,500,000 ' +
          `additional shares at the offering price, which would bring total gross proceeds to ${total}.`
      )
    expect(await arithmetic(own('$13,800,000'))).toEqual([])
    expect((await arithmetic(own('$14,800,000')))[0]).toMatch(/expected \$13,800,000/)
  })

  it('is not the proceeds of the option’s own securities (no false error on them)', async () => {
    const increase = (total: string) =>
      deal(
        'The Company has granted the Underwriter an option to increase the size of the Offering by up to 4,500,000 ' +
          `shares, for total gross proceeds of up to ${total} if the option is exercised in full.`
      )
    // Before: 4,500,000 × $0.40 was compared with $13,800,000.
    expect(await arithmetic(increase('$13,800,000'))).toEqual([])
    expect((await arithmetic(increase('$13,500,000')))[0]).toMatch(/Unexpected total for the option exercised in full/)
  })

  it('is read beside the offering’s own amount: "$12,000,000 (or $13,800,000 if … exercised in full)"', async () => {
    const beside = (total: string) =>
      deal(
        'The Company has granted the Underwriter an over-allotment option to buy up to an additional 15% of the Offering.'
      ).replace(
        'for gross proceeds of $12,000,000',
        `for gross proceeds of $12,000,000 (or ${total} if the over-allotment option is exercised in full)`
      )
    expect(await arithmetic(beside('$13,800,000'))).toEqual([])
    expect((await arithmetic(beside('$13,300,000')))[0]).toMatch(/Unexpected total for the option exercised in full/)
  })

  it('in French: « si l’option de surallocation est exercée intégralement »', async () => {
    const french = (total: string) =>
      '# Cuivre Bellwood annonce un placement de 12 millions de dollars\n\n' +
      'MONTRÉAL, Québec, le 4 mai 2026 – Cuivre Bellwood inc. (TSXV : CBW) (la « Société ») vendra, par voie de ' +
      'prise ferme, 30 000 000 d’actions ordinaires au prix de 0,40 $ l’action, pour un produit brut de 12 000 000 $ ' +
      '(le « placement »).\n\n' +
      'La Société a attribué au preneur ferme une option de surallocation lui permettant d’acheter jusqu’à 15 % ' +
      'd’actions supplémentaires du placement. Si l’option de surallocation est exercée intégralement, le produit ' +
      `brut total du placement sera de ${total}.\n`
    expect(await arithmetic(french('13 800 000 $'))).toEqual([])
    expect((await arithmetic(french('13 300 000 $')))[0]).toMatch(
      /Total inattendu en cas d’exercice intégral de l’option ; attendu : 13 800 000 \$/
    )
  })
})

describe('what is not an option’s total', () => {
  it('a closing’s proceeds that include the option exercised are the lot’s, checked as its proceeds', async () => {
    const closing = (proceeds: string) =>
      '# Bellwood Copper Closes Bought Deal\n\n' +
      'TORONTO, Ontario, May 26, 2026 – Bellwood Copper Corp. (TSX: BWC) (the "Company") has closed its bought deal ' +
      'offering of 34,500,000 common shares, including 4,500,000 shares issued upon the exercise in full of the ' +
      `underwriter's over-allotment option, at a price of $0.40 per share for aggregate gross proceeds of ${proceeds}.\n`
    expect(await arithmetic(closing('$13,800,000'))).toEqual([])
    expect((await arithmetic(closing('$13,300,000')))[0]).toMatch(/Unexpected proceeds that do not agree/)
  })

  it('an option stated with no figure, and a stock option grant, give no option check', async () => {
    expect(
      await arithmetic(
        deal(
          'The Underwriter also has an option to sell up to an additional 15% of the shares sold under the Offering, ' +
            'exercisable in whole or in part up to 48 hours before closing.'
        )
      )
    ).toEqual([])
    expect(
      await arithmetic(
        deal('The Company granted stock options to buy up to an additional 500,000 shares at $0.45 for five years.')
      )
    ).toEqual([])
  })
})
