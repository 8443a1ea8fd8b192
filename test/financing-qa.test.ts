/**
 * Financing drafts as a securities lawyer writes them, each case a defect the
 * document model once misread (invented issuers, our own wording): which
 * address in a LIFE offering document statement is the issuer's website; the
 * base of a fee when the aggregate it is a percentage of is itself wrong; a
 * count that is a part of the lot before it ("including 6,000,000 shares
 * issued on the exercise of the over-allotment option") is no lot of its own;
 * shares issued to an officer (a debt settled in shares) are a related
 * party's participation, options granted to directors are not; the hold
 * written "four-month-and-one-day", a closing "on Friday, October 30, 2026";
 * a hold of the finder warrants of a LIFE offering.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Decimal} from '../src/model/numbers.js'
import {findLifeDocument} from '../src/model/life.js'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintPreset, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('life-offering: the issuer’s website in the offering document statement', () => {
  const LIFE =
    // An announcement: the statement is owed by the release that announces the offering, not by its closing's.
    'CALGARY, AB, June 16, 2026 – Corvina Metals Corp. (TSXV: CVM) announces an offering of 12,000,000 units at ' +
    '$0.25 per unit under the listed issuer financing exemption (the "LIFE Offering").'
  const statement = (where: string) =>
    `There is an offering document related to the LIFE Offering that can be accessed under the Company's profile ${where}. ` +
    'Prospective investors should read this offering document before making an investment decision.'

  it.each([
    ['SEDAR+’s address alone', 'at www.sedarplus.ca'],
    ['SEDAR+’s address with its scheme', 'at https://www.sedarplus.ca'],
    ['SEDAR+ named, no address', 'on SEDAR+']
  ])('%s is no website of the issuer’s: a warning', async (_, where) => {
    const value = `${LIFE}\n\n${statement(where)}`
    expect(findLifeDocument(model(value).sentences).website).toBe(false)
    expect(await messages('life-offering', value)).toEqual([
      expect.stringContaining('warning Missing the issuer’s website in the offering document statement')
    ])
  })

  it('in French: « sur SEDAR+ à www.sedarplus.ca » alone gives no site Web', async () => {
    const value =
      'MONTRÉAL, le 16 juin 2026 – Métaux Corvina inc. (TSXV : CVM) annonce un placement de 12 000 000 ' +
      "d'unités au prix de 0,25 $ par unité effectué en vertu de la dispense pour financement de l'émetteur coté.\n\n" +
      "Il existe un document d'offre relatif au placement qui peut être consulté sous le profil de la Société sur " +
      "SEDAR+ à www.sedarplus.ca. Les investisseurs éventuels devraient lire ce document d'offre avant de prendre " +
      "une décision d'investissement."
    const found = await messages('life-offering', value)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(
      /warning La mention du document d’offre ne dit pas qu’il peut être consulté sur le site Web/
    )
  })

  it.each([
    ['the issuer’s address', 'at www.sedarplus.ca and at www.corvinametals.com'],
    ['the word “website”', "at www.sedarplus.ca and on the Company's website"],
    ['an address run into SEDAR+’s', 'at www.sedarplus.ca and https://corvina.ca']
  ])('%s: no finding', async (_, where) => {
    expect(await messages('life-offering', `${LIFE}\n\n${statement(where)}`)).toEqual([])
  })
})

describe('offering-arithmetic: a fee on aggregate proceeds that are themselves wrong', () => {
  // 4,200,000 × $0.30 + 3,000,000 × $0.25 = $2,010,000, stated as $2,100,000.
  const release = (fee: string) =>
    [
      'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
      'TORONTO, ON, May 8, 2026 – Quillon Metals Inc. (TSXV: QLM) (the "Company") closed on May 7, 2026 its ' +
        'non-brokered private placement of 4,200,000 flow-through shares at a price of $0.30 per share and ' +
        '3,000,000 units at a price of $0.25 per unit, for aggregate gross proceeds of $2,100,000.',
      `The Company paid finders a cash commission of ${fee}, being 7% of the gross proceeds of the offering.`,
      'All securities issued are subject to a hold period expiring on September 8, 2026.'
    ].join('\n\n') + '\n'
  const arithmetic = async (value: string) =>
    (await lintPreset(value)).messages
      .filter((m) => m.ruleId === 'offering-arithmetic')
      .map((m) => [m.actual, m.expected?.[0]])

  it.each([
    ['7% of the stated aggregate', '$147,000'],
    ['7% of the sum of the lots', '$140,700']
  ])('a fee that is %s: only the aggregate is reported', async (_, fee) => {
    expect(await arithmetic(release(fee))).toEqual([['$2,100,000', '$2,010,000']])
  })

  it('a fee that is 7% of neither: reported too, expected 7% of the sum the aggregate should read', async () => {
    expect(await arithmetic(release('$140,000'))).toEqual([
      ['$2,100,000', '$2,010,000'],
      ['$140,000', '$140,700']
    ])
  })
})

describe('offering-arithmetic: a count that is a part of the lot before it', () => {
  const release = (count: string, part: string, price: string, proceeds: string) =>
    [
      'NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
      'VANCOUVER, BC, October 8, 2026 – Caribou Ridge Mining Ltd. (TSX: CRM) announces the closing of its public ' +
        `offering of ${count} common shares, including ${part} shares issued on the exercise in full of the ` +
        `over-allotment option, at a price of ${price} per share for aggregate gross proceeds of ${proceeds}.`
    ].join('\n\n') + '\n'
  const arithmetic = async (value: string) =>
    (await lintPreset(value)).messages
      .filter((m) => m.ruleId === 'offering-arithmetic')
      .map((m) => [m.actual, m.expected?.[0]])
  const money = (value: Decimal) =>
    '$' +
    value
      .toFixed(2)
      .replace(/\.00$/, '')
      .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const count = (value: number) => value.toLocaleString('en-US')

  it('the whole lot takes the price and the proceeds; a wrong total is found, “over-allotment” hedges nothing', async () => {
    expect(await arithmetic(release('46,000,000', '6,000,000', '$0.75', '$34,500,000'))).toEqual([])
    // 0.3% off: within what a hedge would allow, but nothing here hedges.
    expect(await arithmetic(release('46,000,000', '6,000,000', '$0.75', '$34,400,000'))).toEqual([
      ['$34,400,000', '$34,500,000']
    ])
  })

  it('property: consistent figures draw nothing, a changed total draws one message, on it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({min: 20, max: 900}),
        fc.integer({min: 1, max: 19}),
        fc.integer({min: 5, max: 250}),
        fc.integer({min: 1, max: 9}),
        async (thousands, part, cents, delta) => {
          const shares = thousands * 100_000
          const price = new Decimal(cents).div(100)
          const total = price.times(shares)
          const wrong = total.plus(total.times(delta).div(100)).round()
          const figures = [count(shares), count(part * 100_000), money(price)] as const
          expect(await arithmetic(release(...figures, money(total)))).toEqual([])
          // One message, ending on the total (it spans the count too where the count may be the wrong figure).
          const found = await arithmetic(release(...figures, money(wrong)))
          expect(found).toHaveLength(1)
          expect(found[0][0]?.endsWith(money(wrong))).toBe(true)
          expect(found[0][1]?.endsWith(money(total))).toBe(true)
        }
      ),
      {numRuns: 25}
    )
  })
})

describe('offering-arithmetic: an upsized offering, “from” its former size “to” the size sold', () => {
  const release = (proceeds: string) =>
    [
      'NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
      'VANCOUVER, BC, April 2, 2026 – Teslin Ridge Metals Corp. (TSXV: TRM) announces that it has increased its ' +
        'non-brokered private placement from 8,000,000 units at a price of $0.25 per unit to 9,650,000 units for ' +
        `gross proceeds of ${proceeds}, and closed it on April 1, 2026.`
    ].join('\n\n') + '\n'
  const arithmetic = async (value: string) =>
    (await lintPreset(value)).messages
      .filter((m) => m.ruleId === 'offering-arithmetic')
      .map((m) => [m.actual, m.expected?.[0]])

  it('checks the size sold, never the former size plus the new one', async () => {
    expect(await arithmetic(release('$2,412,500'))).toEqual([])
    expect(await arithmetic(release('$2,500,000'))).toEqual([
      ['9,650,000 units for gross proceeds of $2,500,000', '9,650,000 units for gross proceeds of $2,412,500']
    ])
  })
})

describe('related-party: securities issued to a related party', () => {
  const DATELINE = 'VANCOUVER, BC, November 23, 2026 – Ashcombe Resources Ltd. (TSXV: ASH) (the "Company")'
  const PARAGRAPH =
    'The issuance is a "related party transaction" within the meaning of MI 61-101. The Company relied on the ' +
    'exemptions in sections 5.5(a) and 5.7(1)(a) of MI 61-101, as the fair market value of the shares did not ' +
    "exceed 25% of the Company's market capitalization."
  const related = async (text: string) => messages('related-party', text)

  it.each([
    [
      'shares for debt issued to the CFO',
      `${DATELINE} has settled $90,000 of indebtedness by issuing 1,000,000 common shares at a deemed price of ` +
        '$0.09 per share to its Chief Financial Officer.'
    ],
    [
      'units issued to a director named first',
      `${DATELINE} has closed its private placement of 5,000,000 units at $0.10 per unit. The Company issued ` +
        '400,000 of the units to Jean Tremblay, a director of the Company.'
    ],
    [
      'in French: « l’émission … à son chef des finances »',
      'VANCOUVER (C.-B.), le 23 novembre 2026 – Ressources Ashcombe ltée (TSXV : ASH) (la « Société ») annonce, ' +
        'en règlement d’une dette de 90 000 $, l’émission de 1 000 000 d’actions ordinaires au prix réputé de 0,09 $ par ' +
        'action à son chef des finances.'
    ]
  ])('%s: the paragraph is missing', async (_, text) => {
    const found = await related(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/error (?:Missing MI 61-101|Il manque)/)
  })

  it('shares for debt issued to the CFO with the paragraph: no error', async () => {
    const text =
      `${DATELINE} has agreed to settle $90,000 owed to its Chief Financial Officer by issuing 1,000,000 common ` +
      `shares at a deemed price of $0.09 per share to its Chief Financial Officer.\n\n${PARAGRAPH}`
    expect((await related(text)).filter((m) => m.includes('error'))).toEqual([])
  })

  it('options granted in a placement release, even “issued to directors”, are no participation', async () => {
    const text =
      `${DATELINE} has closed its private placement of 5,000,000 units at $0.10 per unit from arm's length ` +
      'investors. The Company also issued 500,000 stock options to its directors, exercisable at $0.15.'
    expect(await related(text)).toEqual([])
  })
})

describe('hold-period: the hold and the closing as drafts write them', () => {
  const release = (closed: string, hold: string) =>
    [
      'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
      `VANCOUVER, BC, November 2, 2026 – Kinglet Resources Ltd. (TSXV: KGL) announces that it closed ${closed} a ` +
        'non-brokered private placement of 2,000,000 units at $0.10 per unit for gross proceeds of $200,000.',
      `The securities are subject to ${hold}.`
    ].join('\n\n') + '\n'
  const holds = async (value: string) =>
    (await lintPreset(value)).messages
      .filter((m) => m.ruleId === 'hold-period')
      .map((m) => [m.fatal ? 'error' : 'warning', m.actual, m.expected?.[0]])

  it.each([
    'a four-month-and-one-day hold period expiring on March 1, 2027',
    'a four-month and one-day hold period expiring on March 1, 2027',
    'a hold period of four (4) months and one (1) day expiring on March 1, 2027'
  ])('“%s”: no warning', async (hold) => {
    expect(await holds(release('on October 30, 2026', hold))).toEqual([])
  })

  it('a placement “announced on January 9, 2026”: that date is not the closing’s', async () => {
    const value = (expiry: string) =>
      [
        'VANCOUVER, BC, January 30, 2026 – Pemberly Lithium Corp. (TSXV: PLI) announces that it has closed the ' +
          'first tranche of its non-brokered private placement announced on January 9, 2026, issuing 6,833,333 ' +
          'units at $0.06 per unit for gross proceeds of $410,000.',
        `The securities issued in the first tranche are subject to a hold period expiring ${expiry}.`
      ].join('\n\n') + '\n'
    expect(await holds(value('May 31, 2026'))).toEqual([])
    expect(await holds(value('May 10, 2026'))).toEqual([['error', 'May 10, 2026', 'May 31, 2026']])
  })

  it('a closing “on Friday, October 30, 2026”: the expiry is counted from it, not from the dateline', async () => {
    const hold = 'a hold period expiring on March 5, 2027'
    expect(await holds(release('on Friday, October 30, 2026', hold))).toEqual([
      ['error', 'March 5, 2027', 'March 1, 2027']
    ])
  })
})

describe('life-offering: a hold of the finders’ securities', () => {
  const release = (hold: string) =>
    [
      'CALGARY, AB, May 28, 2026 – Tamarind Copper Ltd. (TSXV: TMC) has closed its offering of 20,000,000 units ' +
        'at $0.20 per unit under the listed issuer financing exemption (the "LIFE Offering").',
      'There is an offering document related to the LIFE Offering that can be accessed under the Company’s ' +
        'profile at www.sedarplus.ca and at www.tamarindcopper.com. Prospective investors should read this ' +
        'offering document before making an investment decision.',
      `The Company issued 1,200,000 finder warrants. ${hold}`
    ].join('\n\n')

  it.each([
    'The finder warrants are subject to a hold period of four months and one day.',
    'The broker warrants will be subject to a hold period expiring September 29, 2026.'
  ])('“%s”: no error, they are not LIFE securities', async (hold) => {
    expect(await messages('life-offering', release(hold))).toEqual([])
  })

  it('a hold of the units and the finder warrants binds LIFE units: an error', async () => {
    const found = await messages(
      'life-offering',
      release('The units and the finder warrants are subject to a hold period of four months and one day.')
    )
    expect(found).toEqual([expect.stringContaining('error Unexpected hold period on securities of a LIFE offering')])
  })
})

describe('offering-arithmetic: agents’ fees stated together, “respectively”', () => {
  const release = (warrants: string) =>
    [
      'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
      'VANCOUVER, BC, July 2, 2026 – Quarry Hill Metals Corp. (CSE: QHM) closed today a brokered private ' +
        'placement of 15,000,000 units at $0.10 per unit for gross proceeds of $1,500,000. The Agent received a ' +
        `cash commission of $105,000 and ${warrants} broker warrants, being 7% of the gross proceeds and 7% of the ` +
        'units sold, respectively.'
    ].join('\n\n') + '\n'
  const arithmetic = async (value: string) =>
    (await lintPreset(value)).messages
      .filter((m) => m.ruleId === 'offering-arithmetic')
      .map((m) => [m.actual, m.expected?.[0]])

  it('“7% of the units sold” (no “number of”): the broker warrants are checked', async () => {
    expect(await arithmetic(release('1,050,000'))).toEqual([])
    expect(await arithmetic(release('1,200,000'))).toEqual([['1,200,000', '1,050,000']])
  })
})
