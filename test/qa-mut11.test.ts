/**
 * Offering releases with one planted defect, second round: a final closing of a multi-tranche placement, a bought
 * deal with its over-allotment option, a charity flow-through placement. The issuers are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const holdMessages = async (text: string) =>
  (await lintWith('hold-period', text + '\n')).messages.map(format).filter((m) => m.includes('error'))

const finalClosing = (earlier: string, holds: string) =>
  [
    'KELOWNA, British Columbia, December 4, 2026 – Fenwick Brae Metals Inc. (TSXV: FBM) (the "Company") has closed',
    'the third and final tranche of its non-brokered private placement of units at a price of $0.10 per unit, issuing',
    '5,000,000 units for gross proceeds of $500,000.',
    '',
    earlier,
    '',
    holds
  ].join('\n')

const EARLIER =
  'The Company closed the first tranche on November 6, 2026, issuing 6,000,000 units for gross proceeds of ' +
  '$600,000, and the second tranche on November 20, 2026, issuing 4,000,000 units for gross proceeds of $400,000.'

describe('hold-period: a later tranche dated with its verb left out ("… and the second tranche on …")', () => {
  const holds = (second: string) =>
    'The securities issued in the first tranche are subject to a hold period expiring March 7, 2027, those issued in ' +
    `the second tranche to a hold period expiring ${second}, and those issued in the final tranche to a hold period ` +
    'expiring April 5, 2027.'

  it('no error when each tranche’s expiry counts from its own date', async () => {
    expect(await holdMessages(finalClosing(EARLIER, holds('March 21, 2027')))).toEqual([])
  })

  it('an error on the second tranche’s expiry miscounted', async () => {
    const found = await holdMessages(finalClosing(EARLIER, holds('March 20, 2027')))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('March 21, 2027 (November 20, 2026')
  })

  it('no date read from a later tranche’s words that are not its closing', async () => {
    const earlier =
      'The Company closed the first tranche on November 6, 2026, issuing 6,000,000 units, and the second tranche ' +
      'announced on November 20, 2026 closed later.'
    expect(await holdMessages(finalClosing(earlier, holds('March 20, 2027')))).toEqual([])
  })
})

const arithmeticErrors = async (text: string) =>
  (await lintWith('offering-arithmetic', text + '\n')).messages.map(format).filter((m) => m.includes('error'))

describe('offering-arithmetic: a finder’s fee of one tranche is counted on that tranche’s lot', () => {
  const finder = (fee: string) =>
    finalClosing(EARLIER, `In connection with the final tranche, the Company paid ${fee}.`)

  it.each([
    'a cash finder’s fee of $40,000, being 8% of the gross proceeds of the final tranche, and issued 400,000 finder ' +
      'warrants, being 8% of the units sold in the final tranche',
    'a cash finder’s fee of $48,000, being 8% of the gross proceeds of the first tranche',
    'a cash finder’s fee of $80,000, being 8% of the gross proceeds of the first and second tranches'
  ])('no error: %s', async (fee) => {
    expect(await arithmeticErrors(finder(fee))).toEqual([])
  })

  it('an error on a cash fee that is not its percentage of the tranche’s proceeds', async () => {
    const found = await arithmeticErrors(
      finder('a cash finder’s fee of $30,000, being 8% of the gross proceeds of the final tranche')
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('$40,000')
  })

  it('an error on finder warrants that are not their percentage of the units the tranche sold', async () => {
    const found = await arithmeticErrors(
      finder(
        'a cash finder’s fee of $40,000 and issued 300,000 finder warrants, being 8% of the units sold in the final tranche'
      )
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('400,000')
  })
})

describe('hold-period: a hold sentence dating each tranche, one clause’s expiry split by copy past reading', () => {
  const holds = (second: string) =>
    'The securities issued in the first tranche are subject to a hold period expiri ng March 7, 2027, those issued ' +
    `in the second tranche to a hold period expiring ${second}.`

  it('no error: the expiry read is the second tranche’s, not the first’s', async () => {
    expect(await holdMessages(finalClosing(EARLIER, holds('March 21, 2027')))).toEqual([])
  })

  it('an error when the second tranche’s expiry is miscounted', async () => {
    const found = await holdMessages(finalClosing(EARLIER, holds('March 22, 2027')))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('March 21, 2027 (November 20, 2026')
  })
})

describe('exchange-disclaimer: a TSX-V disclaimer without its Regulation Services Provider names the TSX-V', () => {
  const release = (disclaimer: string) =>
    [
      'VANCOUVER, British Columbia, December 2, 2026 – Skerrow Bay Resources Ltd. (TSXV: SKB) announces a',
      'non-brokered private placement of up to 4,000,000 units at $0.25 per unit.',
      '',
      disclaimer
    ].join('\n')
  const messages = async (text: string) => (await lintWith('exchange-disclaimer', text + '\n')).messages.map(format)

  it.each([
    'The TSX Venture Exchange does not accept responsibility for the adequacy or accuracy of this release.',
    'Neither the TSX Venture Exchange accepts responsibility for the adequacy or accuracy of this release.'
  ])('an error on the Regulation Services Provider, not on another exchange: %s', async (disclaimer) => {
    const found = await messages(release(disclaimer))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('Regulation Services Provider')
    expect(found[0]).not.toContain('Toronto Stock Exchange')
  })

  it('the Toronto Stock Exchange named in full is still another exchange', async () => {
    const found = await messages(
      release(
        'Neither the Toronto Stock Exchange nor its Regulation Services Provider accepts responsibility for the ' +
          'adequacy or accuracy of this release.'
      )
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('Toronto Stock Exchange in the disclaimer')
  })
})

describe('offering-arithmetic: a total to date after the earlier tranches, in their paragraph', () => {
  const closing = (total: string) =>
    finalClosing(`${EARLIER} ${total}`, 'The securities issued are subject to a hold period expiring April 5, 2027.')

  it.each([
    'The Company has now raised aggregate gross proceeds of $1,500,000 under the offering.',
    'Together with the first and second tranches, the Company has raised aggregate gross proceeds of $1,500,000.'
  ])('no error on a correct total to date (case %#)', async (total) => {
    expect(await arithmeticErrors(closing(total))).toEqual([])
  })

  it('an error on a total to date that is the sum of neither the earlier tranches nor all of them', async () => {
    const found = await arithmeticErrors(
      closing('The Company has now raised aggregate gross proceeds of $1,450,000 under the offering.')
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('$1,500,000')
  })
})

describe('offering-arithmetic: an aggregate of both offerings, each in its own paragraph', () => {
  const release = (aggregate: string) =>
    [
      'TORONTO, Ontario, December 1, 2026 – Wexcombe Lithium Inc. (TSXV: WXL) announces an offering of up to',
      '10,000,000 units at $0.20 per unit for gross proceeds of up to $2,000,000 under the listed issuer financing',
      'exemption (the "LIFE Offering").',
      '',
      'Concurrently, the Company will sell up to 4,000,000 flow-through shares at $0.25 per share for gross proceeds of',
      `up to $1,000,000 by way of private placement, ${aggregate}.`
    ].join('\n')

  it('no error when the aggregate is the sum of both', async () => {
    expect(
      await arithmeticErrors(release('for aggregate gross proceeds of up to $3,000,000 from both offerings'))
    ).toEqual([])
  })

  it('an error when it is not', async () => {
    const found = await arithmeticErrors(
      release('for aggregate gross proceeds of up to $3,500,000 from both offerings')
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('$3,000,000')
  })
})

describe('hold-period: an expiry set beside a start that names what closed ("of the Offering, being …")', () => {
  const release = (expiry: string) =>
    [
      'VANCOUVER, British Columbia, December 3, 2026 – Tollgate Silver Corp. (TSXV: TGS) has closed its private',
      'placement of 10,000,000 subscription receipts at $0.30 per subscription receipt for gross proceeds of $3,000,000',
      '(the "Offering").',
      '',
      'The subscription receipts are subject to a hold period of four months and one day from the closing date of the',
      `Offering, being ${expiry}.`
    ].join('\n')

  it('no error on the right date', async () => {
    expect(await holdMessages(release('April 4, 2027'))).toEqual([])
  })

  it('an error on a date after it', async () => {
    const found = await holdMessages(release('April 5, 2027'))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('April 4, 2027')
  })
})

describe('hold-period: "expiring" split by a stray space is still the expiry', () => {
  const release = (expiry: string) =>
    [
      'SUDBURY, Ontario, December 4, 2026 – Arnprior Nickel Ltd. (TSXV: ARN) announces that on December 3, 2026 it',
      'closed its private placement of 5,000,000 flow-through shares at $0.40 per share for gross proceeds of $2,000,000.',
      '',
      `The flow-through shares are subject to a hold period ${expiry}.`
    ].join('\n')

  it.each(['expir ing April 4, 2027', 'ex piring April 4, 2027', 'expir es on April 4, 2027'])(
    'no error: %s',
    async (e) => {
      expect(await holdMessages(release(e))).toEqual([])
    }
  )

  it.each(['expir ing April 5, 2027', 'ex piring April 5, 2027'])('an error: %s', async (e) => {
    const found = await holdMessages(release(e))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('April 4, 2027 (December 3, 2026')
  })
})

describe('offering-arithmetic: a part of the lot after its terms ("…, including 1,500,000 units issued on …")', () => {
  const closing = (fee: string) =>
    [
      'VANCOUVER, British Columbia, December 2, 2026 – Larchfield Gold Corp. (TSXV: LFG) has closed its bought deal',
      'private placement of 21,500,000 units at a price of $0.30 per unit for gross proceeds of $6,450,000 (the',
      '"Offering"), including 1,500,000 units issued on the partial exercise of the underwriter\'s option.',
      '',
      fee
    ].join('\n')

  it('no error on the fee of the whole', async () => {
    const fee =
      'The underwriter received a cash commission of $387,000, being 6% of the gross proceeds of the Offering, and ' +
      '1,290,000 compensation warrants, being 6% of the number of units sold.'
    expect(await arithmeticErrors(closing(fee))).toEqual([])
  })

  it.each([
    ['$360,000', '1,290,000', '$387,000'],
    ['$387,000', '1,200,000', '1,290,000']
  ])('an error (case %#)', async (cash, warrants, expected) => {
    const fee =
      `The underwriter received a cash commission of ${cash}, being 6% of the gross proceeds of the Offering, and ` +
      `${warrants} compensation warrants, being 6% of the number of units sold.`
    const found = await arithmeticErrors(closing(fee))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(expected)
  })
})
