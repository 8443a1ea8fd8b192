/**
 * Real financing releases of listed explorers (closings in several classes and tranches, finders' fees, LIFE and
 * concurrent offerings) judged on their figures: the shapes the document model misread, each written again in our own
 * words with invented issuers, people and properties.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const closing = (terms: string, fee: string) =>
  'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n' +
  'HALIFAX, Nova Scotia, October 8, 2026 – Tarrow Point Copper Corp. (TSXV: TPC) (the "Corporation") has closed its ' +
  `non-brokered private placement, pursuant to which the Corporation sold ${terms}\n\n` +
  `Two arm's length finders assisted the Corporation with the Offering. ${fee}`

describe('offering-arithmetic: a fee of the proceeds of one class of securities is of that class, not the whole', () => {
  const terms =
    '(i) 10,000,000 common shares (the "Common Shares") at a price of $0.10 per Common Share for gross proceeds of ' +
    '$1,000,000; and (ii) 2,000,000 flow-through shares (the "Premium FT Shares") at a price of $0.15 per Premium FT ' +
    'Share for gross proceeds of $300,000, for aggregate gross proceeds of $1,300,000 (the "Offering").'

  it.each([
    'The Corporation paid the finders $18,000 in cash, representing 6% of the gross proceeds of the Premium FT Shares.',
    'The Corporation paid a cash fee of $18,000, equal to 6% of the gross proceeds of the Premium FT Shares sold.'
  ])('the class’s own proceeds give the fee (case %#)', async (fee) => {
    const found = await messages('offering-arithmetic', closing(terms, fee))
    expect(found).toEqual([])
  })

  it.each([
    'The Corporation paid the finders $21,000 in cash, representing 6% of the gross proceeds of the Premium FT Shares.',
    'The Corporation paid a cash fee of $78,000, equal to 6% of the gross proceeds of the Premium FT Shares sold.'
  ])('a fee that is not the percentage of its class is caught against the class (case %#)', async (fee) => {
    const found = await messages('offering-arithmetic', closing(terms, fee))
    expect(found.some((m) => m.includes('error') && m.includes('expected $18,000'))).toBe(true)
  })

  it('two classes joined are not read as one of them', async () => {
    const fee =
      'The Corporation paid a cash fee of $78,000, being 6% of the gross proceeds of the Common Shares and Premium FT Shares.'
    const found = await messages('offering-arithmetic', closing(terms, fee))
    expect(found.some((m) => m.includes('$60,000') || m.includes('$18,000'))).toBe(false)
  })

  it('the whole offering is still the whole', async () => {
    const fee = 'The Corporation paid a cash fee of $70,000, being 6% of the gross proceeds of the Offering.'
    const found = await messages('offering-arithmetic', closing(terms, fee))
    expect(found.some((m) => m.includes('error') && m.includes('expected $78,000'))).toBe(true)
  })
})

describe('offering-arithmetic: a count whose leading digit a rewriting copy spelled out is still a count', () => {
  const release = (proceeds: string) =>
    'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n' +
    'VANCOUVER, BC, May 4, 2026 /CNW/ – Quillan Rare Metals Corp. (TSXV: QRM) (the "Company") has closed its brokered ' +
    `private placement. The Company raised gross proceeds of ${proceeds}, issuing 10,000,000 units of the Company at ` +
    'a price of C$0.10 per Unit and two,000,000 flow-through units of the Company at a price of C$0.15 per FT Unit.'

  it('the second class counts toward the proceeds', async () => {
    const found = await messages('offering-arithmetic', release('C$1,300,000'))
    expect(found).toEqual([])
  })

  it('proceeds that are not the two classes’ sum are caught', async () => {
    const found = await messages('offering-arithmetic', release('C$1,400,000'))
    expect(found.some((m) => m.includes('error') && m.includes('1,300,000'))).toBe(true)
  })
})

describe('hold-period: a date the lead gives another event is not the release’s date', () => {
  const release = (wire: string, expiry: string) =>
    'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n' +
    `${wire}\nHarrow Bay Silver Corp. (TSXV: HBS) has closed its previously announced (October 28, 2026) ` +
    'non-brokered private placement of 5,000,000 units at $0.20 per unit for gross proceeds of $1,000,000. All ' +
    `securities issued are subject to a hold period of four months and one day expiring on ${expiry}.`

  it('a copy without its dateline’s date does not date the closing by the announcement', async () => {
    const found = await messages('hold-period', release('(TheNewswire)', 'March 5, 2027'))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it('a dateline’s own date still dates the closing', async () => {
    const found = await messages(
      'hold-period',
      release('VANCOUVER, BC – November 4, 2026 (TheNewswire) –', 'March 20, 2027')
    )
    expect(found.some((m) => m.includes('error') && m.includes('March 5, 2027'))).toBe(true)
  })
})

describe('tsxv-pricing, offering-arithmetic: a rewriting copy’s synonym for a leading digit ("a pair of,941,176")', () => {
  const release = (exercise: string, proceeds: string) =>
    'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n' +
    'Winnipeg, Manitoba–(Newsfile Corp. – April 2, 2026) – Larchmont Gold Corp. (TSXV: LGC) (the “Company“) has ' +
    'closed its non-brokered financing. The Company issued 8,000,000 charity flow-through shares at a price of $0.28 ' +
    `per Charity FT Share and a pair of,000,000 common share units at a price of $0.17 per Share Unit for aggregate ` +
    `gross proceeds to the Company of ${proceeds}. Each Share Unit consisted of one common share and one common share ` +
    `purchase warrant exercisable at ${exercise} per share until April 2, 2028.`

  it('the units’ warrants are compared with the units’ price', async () => {
    const found = await messages('tsxv-pricing', release('$0.22', '$2,580,000'))
    expect(found).toEqual([])
  })

  it('the units count toward the proceeds', async () => {
    const ok = await messages('offering-arithmetic', release('$0.22', '$2,580,000'))
    expect(ok).toEqual([])
    const wrong = await messages('offering-arithmetic', release('$0.22', '$2,640,000'))
    expect(wrong.some((m) => m.includes('error') && m.includes('2,580,000'))).toBe(true)
  })
})

describe('hold-period: the closing date of "the final tranche" is the date of the tranche the release closes', () => {
  const release = (expiry: string) =>
    'Brackwater Silver Closes Second Tranche of Private Placement\n\n' +
    'Vancouver, British Columbia--(Newsfile Corp. - June 4, 2026) - Brackwater Silver Corp. (TSXV: BKW) (the ' +
    '"Company") announces that it has closed on June 3, 2026 (the "Closing Date") the final tranche of its non-brokered ' +
    'private placement (the "Second Tranche" and, collectively with the first tranche which closed on May 12, 2026, ' +
    'the "Offering") of units at a price of $0.10 per unit, for gross proceeds of $400,000 for the Second Tranche.\n\n' +
    'The securities issued in this Second Tranche are subject to a hold period of four months and one day, expiring ' +
    `on ${expiry}.`

  it('the right expiry passes', async () => {
    const found = await messages('hold-period', release('October 4, 2026'))
    expect(found).toEqual([])
  })

  it('an expiry before the closing date + four months and one day is caught', async () => {
    const found = await messages('hold-period', release('October 1, 2026'))
    expect(found.some((m) => m.includes('error') && m.includes('October 4, 2026'))).toBe(true)
  })
})

describe('tsxv-pricing: warrants come with the units, not with shares sold beside them', () => {
  const release = (exercise: string) =>
    'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n' +
    'Thunder Bay, Ontario--(Newsfile Corp. - May 6, 2026) - Pinegrove Gold Corp. (TSXV: PGG) (the "Company") has ' +
    'closed its non-brokered financing. The Company issued 6,000,000 charity flow-through shares at a price of $0.30 ' +
    'per Charity FT Share and 3,000,000 common share units (the "Share Units") at a price of $0.20 per Share Unit for ' +
    'aggregate gross proceeds of $2,400,000.\n\n' +
    'Each Share Unit consisted of one common share of the Company and one common share purchase warrant (the "Share ' +
    `Warrant") entitling the holder to acquire one common share for an exercise price of ${exercise} until May 6, 2028.`

  it('warrants above the units’ price pass', async () => {
    const found = await messages('tsxv-pricing', release('$0.25'))
    expect(found).toEqual([])
  })

  it('warrants below the units’ price are questioned, the shares’ higher price notwithstanding', async () => {
    const found = await messages('tsxv-pricing', release('$0.15'))
    expect(found.some((m) => m.includes('warning') && m.includes('$0.15'))).toBe(true)
  })
})
