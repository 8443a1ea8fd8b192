/**
 * Financing releases with one planted defect, as a lawyer checks a closing or an announcement: a fee stated only as a
 * percentage beside the exercise price of the agent's warrants, and a finder's warrants stated as a percentage of one
 * class of the securities sold by the name the release gives it. The issuers are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (text: string) =>
  (await lintWith('offering-arithmetic', text + '\n')).messages.map(format).filter((m) => m.includes('error'))

const life = (agent: string) =>
  [
    'TORONTO, Ontario, November 24, 2026 – Pellwright Copper Inc. (TSXV: PWC) (the "Company") announces a best',
    'efforts private placement of up to 20,000,000 common shares (the "LIFE Shares") at a price of $0.30 per LIFE Share',
    'for gross proceeds of up to $6,000,000 (the "LIFE Offering").',
    '',
    agent
  ].join('\n')

describe('offering-arithmetic: an exercise price is not the cash fee a percentage gives', () => {
  it.each([
    'The Agent will receive a cash commission equal to 6% of the gross proceeds of the LIFE Offering and broker ' +
      'warrants equal to 6% of the number of LIFE Shares sold, each exercisable at $0.30 for 24 months.',
    'The Agent will be paid a cash fee equal to 6% of the gross proceeds of the LIFE Offering and will receive broker ' +
      'warrants, each exercisable at an exercise price of $0.30 for two years.'
  ])('no error: %s', async (agent) => {
    expect(await messages(life(agent))).toEqual([])
  })

  it('an error when the cash fee stated does not agree with its percentage', async () => {
    const agent =
      'The Agent will receive a cash commission of $300,000, being 6% of the gross proceeds of the LIFE Offering, and ' +
      'broker warrants, each exercisable at $0.30 for 24 months.'
    const found = await messages(life(agent))
    expect(found.filter((m) => m.includes('6%') && m.includes('360,000'))).toHaveLength(1)
  })
})

const closing = (finder: string) =>
  [
    'TORONTO, Ontario, November 30, 2026 – Marrow Fen Lithium Corp. (TSXV: MFL) (the "Company") has closed a',
    'non-brokered private placement of 4,000,000 flow-through common shares (the "FT Shares") at a price of $0.25 per',
    'FT Share and 2,000,000 units (the "HD Units") at a price of $0.20 per HD Unit, for aggregate gross proceeds of',
    '$1,400,000.',
    '',
    finder
  ].join('\n')

describe('offering-arithmetic: a finder’s securities as a percentage of one class sold, by its defined name', () => {
  it.each([
    ['the FT Shares', 'The Company issued 280,000 finder warrants, being 7% of the FT Shares sold.'],
    ['the HD Units', 'The Company issued 140,000 finder warrants, being 7% of the HD Units sold.']
  ])('no error: %s', async (_, finder) => {
    expect(await messages(closing(finder))).toEqual([])
  })

  it.each([
    ['the FT Shares', 'The Company issued 320,000 finder warrants, being 7% of the FT Shares sold.', '280,000'],
    ['the HD Units', 'The Company issued 180,000 finder warrants, being 7% of the HD Units sold.', '140,000']
  ])('an error when the count does not agree with the class: %s', async (_, finder, expected) => {
    const found = await messages(closing(finder))
    expect(found.filter((m) => m.includes('7%') && m.includes(expected))).toHaveLength(1)
  })
})

const placement = (finder: string) =>
  [
    'VANCOUVER, British Columbia, November 20, 2026 – Corvane Gold Corp. (TSXV: CVG) (the "Company") has closed its',
    'non-brokered private placement of 8,000,000 units at a price of $0.15 per unit for gross proceeds of $1,200,000.',
    '',
    finder
  ].join('\n')

describe('offering-arithmetic: the base of a finder’s percentage stated in apposition, the part named', () => {
  it.each([
    'The Company paid finder’s fees of $48,000, being 6% of the gross proceeds raised from subscribers introduced by ' +
      'the finder, being $800,000.',
    // The fee's own amount in apposition: the base is the offering's.
    'The Company paid a cash finder’s fee of 6% of the gross proceeds, being $72,000.'
  ])('no error: %s', async (finder) => {
    expect(await messages(placement(finder))).toEqual([])
  })

  it('an error when the fee is not the percentage of the part stated', async () => {
    const finder =
      'The Company paid finder’s fees of $54,000, being 6% of the gross proceeds raised from subscribers introduced ' +
      'by the finder, being $800,000.'
    const found = await messages(placement(finder))
    expect(found.filter((m) => m.includes('6%') && m.includes('48,000'))).toHaveLength(1)
  })
})

const flowThrough = (hold: string) =>
  [
    'TORONTO, Ontario, November 30, 2026 – Pennick Lake Lithium Corp. (TSXV: PLL) (the "Company") announced today that it has closed a',
    'non-brokered private placement of 4,000,000 flow-through common shares at a price of $0.25 per share for gross',
    'proceeds of $1,000,000.',
    '',
    hold
  ].join('\n')
const holdFindings = async (hold: string) =>
  (await lintWith('hold-period', flowThrough(hold) + '\n')).messages.map(format)

describe('hold-period: the hold’s words split by a stray space in copy', () => {
  it.each([
    'The shares are subject to a hold per iod of four months and one day, expiring on March 31, 2027.',
    'The shares are subject to re sale restrictions for four months and one day from the closing date.'
  ])('no finding: %s', async (hold) => {
    expect(await holdFindings(hold)).toEqual([])
  })

  it('an error on a wrong expiry date', async () => {
    const found = await holdFindings(
      'The shares are subject to a hold per iod of four months and one day from the closing date, expiring on March 30, 2027.'
    )
    expect(found.filter((m) => m.includes('error') && m.includes('March 31, 2027'))).toHaveLength(1)
  })
})
