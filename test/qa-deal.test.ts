/**
 * Transactions that are not cash financings (property options, acquisitions paid in shares, sales for a royalty,
 * debt settlements, shares for services), as a securities lawyer drafts them (a QA round; invented issuers, our own
 * wording): each case a class of drafts the model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const MI61101 =
  'The transaction is a "related party transaction" under Multilateral Instrument 61-101 ("MI 61-101"). The ' +
  'Company relies on the exemptions from the formal valuation and minority shareholder approval requirements in ' +
  'sections 5.5(a) and 5.7(1)(a) of MI 61-101, as the fair market value of the transaction does not exceed 25% of ' +
  'its market capitalization.'
const MISSING = expect.stringContaining('Missing MI 61-101 related party transaction paragraph')

describe('related-party: the issuer buys, sells or options an asset from or to a related party', () => {
  const buys = (vendor: string, paragraph = '') =>
    'KAMLOOPS, British Columbia, March 9, 2026 – Ostrava Gold Corp. (TSXV: OGC) (the "Company") has agreed to ' +
    `acquire the Linnet claims from ${vendor}, for 1,500,000 common shares at a deemed price of $0.14 per share.` +
    (paragraph ? `\n\n${paragraph}` : '')

  it('a vendor held by a director, without the paragraph: an error', async () => {
    const vendor =
      'Pardee Exploration Inc. ("Pardee"), a private company owned by Lise Hartung, a director of the Company'
    expect(await messages('related-party', buys(vendor))).toContainEqual(MISSING)
  })

  it('the same vendor with the paragraph: nothing', async () => {
    const vendor = 'Pardee Exploration Inc., a private company owned by Lise Hartung, a director of the Company'
    expect(await messages('related-party', buys(vendor, MI61101))).toEqual([])
  })

  it('an arm’s length vendor: nothing', async () => {
    expect(await messages('related-party', buys('Pardee Exploration Inc., an arm’s length private company'))).toEqual(
      []
    )
  })

  it('a property sold for a royalty to the President’s company, and optioned from the CEO: errors', async () => {
    const sale =
      'CALGARY, Alberta, June 2, 2026 – Kettle Peak Metals Ltd. (TSXV: KPM) will sell its Bracken project to ' +
      'Ulster Ridge LLC, a company wholly owned by the President of Kettle Peak, for $400,000 and a 2% NSR royalty.'
    expect(await messages('related-party', sale)).toContainEqual(MISSING)
    const option =
      'CALGARY, Alberta, June 2, 2026 – Kettle Peak Metals Ltd. (TSXV: KPM) has entered into an option agreement ' +
      'with its Chief Executive Officer to earn a 100% interest in the Pintail claims for 600,000 shares and $30,000.'
    expect(await messages('related-party', option)).toContainEqual(MISSING)
  })

  it('options granted to directors, a lock-up with directors: no deal over an asset', async () => {
    const grant =
      'CALGARY, Alberta, June 2, 2026 – Kettle Peak Metals Ltd. (TSXV: KPM) has granted 900,000 stock options to ' +
      'its directors and officers, exercisable at $0.20 for five years.'
    expect(await messages('related-party', grant)).toEqual([])
    const support =
      'CALGARY, Alberta, June 2, 2026 – Kettle Peak Metals Ltd. (TSXV: KPM) will acquire Halden Resources Inc. by ' +
      'plan of arrangement, with the support of its directors, who hold 12% of the shares.'
    expect(await messages('related-party', support)).toEqual([])
  })
})

describe('related-party: a shares-for-debt release says in a sentence of its own that an officer is owed', () => {
  const release = (paragraph = '') =>
    'REGINA, Saskatchewan, April 14, 2026 – Tovey Lake Minerals Inc. (TSXV: TVL) (the "Company") will settle ' +
    '$84,000 of debt by issuing 700,000 common shares at a deemed price of $0.12 per share. Of that amount, ' +
    '$60,000 is owed to the Company’s Chief Financial Officer for unpaid fees.' +
    (paragraph ? `\n\n${paragraph}` : '')

  it('without the paragraph: an error', async () => {
    expect(await messages('related-party', release())).toContainEqual(MISSING)
  })

  it('with it: nothing', async () => {
    expect(await messages('related-party', release(MI61101))).toEqual([])
  })
})

describe('hold-period: shares issued for a property, for debt or for services hold four months and a day too', () => {
  const release = (hold: string) =>
    'WINNIPEG, Manitoba, May 5, 2026 – Carrow Nickel Corp. (TSXV: CNC) has agreed to acquire the Sedge Lake ' +
    'property for $20,000 and 800,000 common shares at a deemed price of $0.10 per share, subject to the ' +
    `acceptance of the TSX Venture Exchange. The shares will be subject to a hold period of ${hold} from their ` +
    'date of issue.'

  it('"four months" alone: a warning', async () => {
    expect(await messages('hold-period', release('four months'))).toContainEqual(
      expect.stringContaining('Unexpected “four months” hold period')
    )
  })

  it('"four months and one day": nothing', async () => {
    expect(await messages('hold-period', release('four months and one day'))).toEqual([])
  })

  it('the shares of share units granted: not checked', async () => {
    const grant =
      'WINNIPEG, Manitoba, May 5, 2026 – Carrow Nickel Corp. (TSXV: CNC) has granted 300,000 restricted share ' +
      'units to its officers. The shares issued on vesting of the RSUs are subject to a four month hold period.'
    expect(await messages('hold-period', grant)).toEqual([])
  })
})

describe('related-party: the counterparty named, then said to be a related party in other words', () => {
  const deal = (vendor: string, more = '') =>
    'SUDBURY, Ontario, August 4, 2026 – Brannock Metals Inc. (TSXV: BMI) (the "Company") will purchase the Teal ' +
    `River claims from ${vendor} for 900,000 common shares at a deemed price of $0.16 per share.${more}`

  it('a person, then the role in apposition: an error', async () => {
    expect(
      await messages('related-party', deal('Oriel Vance, the Chief Financial Officer of the Company'))
    ).toContainEqual(MISSING)
  })

  it('an entity of which a director is the sole shareholder: an error', async () => {
    const vendor = 'Halm Resources Ltd., a private company of which Oriel Vance, a director, is the sole shareholder'
    expect(await messages('related-party', deal(vendor))).toContainEqual(MISSING)
  })

  it('an entity that holds more than 10% of the shares: an error', async () => {
    const vendor = 'Halm Resources Ltd., which holds 17.5% of the outstanding shares of the Company'
    expect(await messages('related-party', deal(vendor))).toContainEqual(MISSING)
  })

  it('the vendor said, in a sentence of its own, to be controlled by an officer: an error', async () => {
    const more = ' Halm is controlled by Oriel Vance, the President of the Company.'
    expect(await messages('related-party', deal('Halm Resources Ltd. ("Halm")', more))).toContainEqual(MISSING)
  })

  it('a vendor said to have no relationship with any director: nothing', async () => {
    const vendor = 'Halm Resources Ltd., which has no relationship with any director or officer of the Company'
    expect(await messages('related-party', deal(vendor))).toEqual([])
  })
})

describe('related-party: copy that runs the party’s word into its neighbours', () => {
  const deal = (vendor: string) =>
    'SUDBURY, Ontario, August 4, 2026 – Brannock Metals Inc. (TSXV: BMI) will purchase the Teal River claims from ' +
    `${vendor} for 900,000 common shares at a deemed price of $0.16 per share.`

  it.each([
    ['a determiner run into it', 'Halm Resources Ltd., a company owned by Oriel Vance, adirector of Brannock'],
    ['the next word run onto it', 'Halm Resources Ltd., a company owned by Oriel Vance, a directorof Brannock'],
    ['"controlled by" run together', 'Halm Resources Ltd., a company controlledby Oriel Vance, a director of Brannock']
  ])('%s: an error', async (_, vendor) => {
    expect(await messages('related-party', deal(vendor))).toContainEqual(MISSING)
  })
})
