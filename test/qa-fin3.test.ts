/**
 * Financing and corporate releases of junior and mid-tier issuers on every Canadian exchange, as a securities lawyer
 * drafts them (a QA round; invented issuers, our own wording): each case a class of drafts the model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('offering-arithmetic: a final tranche of several classes, stated together, added to the earlier one', () => {
  const release = (total: string) =>
    'TORONTO, Ontario, September 30, 2026 – Larkspur Lithium Corp. (CSE: LKL) announces that it has closed the ' +
    'second and final tranche of its non-brokered private placement.\n\n' +
    'In the final tranche, the Company issued 1,000,000 charity flow-through units at a price of $0.50 per unit and ' +
    '2,000,000 flow-through shares at $0.25 per share, for gross proceeds of $1,000,000.\n\n' +
    'Together with the first tranche, which closed on September 8, 2026 for gross proceeds of $640,000, the Company ' +
    `has raised aggregate gross proceeds of ${total} under the offering.`

  it('the sum agrees', async () => {
    expect(await messages('offering-arithmetic', release('$1,640,000'))).toEqual([])
  })

  it('the sum does not agree', async () => {
    expect(await messages('offering-arithmetic', release('$1,740,000'))).toEqual([
      expect.stringContaining('expected $1,640,000')
    ])
  })

  it('a class of the tranche in another sentence: the sentence’s aggregate is not the whole tranche', async () => {
    const split = release('$1,740,000').replace(
      ' and 2,000,000 flow-through shares at $0.25 per share, for gross proceeds of $1,000,000.',
      ', for gross proceeds of $500,000. It also issued 2,000,000 flow-through shares at $0.25 per share.'
    )
    expect(await messages('offering-arithmetic', split)).not.toContainEqual(expect.stringContaining('$1,640,000'))
  })
})

describe('forward-looking-caution: a share unit’s settlement as its plan leaves it is a term, not a plan', () => {
  const grant = (settled: string) =>
    'VANCOUVER, British Columbia, January 12, 2027 – Fenwold Gold Corp. (TSXV: FWG) announces that its board has ' +
    'granted 400,000 restricted share units to officers of the Company under its equity incentive plan. The RSUs ' +
    `vest on the first anniversary of the date of grant and ${settled}.`

  it.each([
    'will be settled in common shares or cash at the discretion of the Company',
    'will be settled in shares, cash or a combination of both',
    'will be settled at the election of the board in shares or cash'
  ])('no caution owed: %s', async (settled) => {
    expect(await messages('forward-looking-caution', grant(settled))).toEqual([])
  })

  it('a debt to be settled by issuing shares is a transaction to come', async () => {
    const debt = grant('will be settled in common shares').replace(
      'The RSUs vest on the first anniversary of the date of grant and will be settled in common shares.',
      'Separately, $60,000 owed to a consultant will be settled by the issuance of 400,000 common shares.'
    )
    expect(await messages('forward-looking-caution', debt)).toEqual([
      expect.stringContaining('Missing forward-looking information caution')
    ])
  })
})

describe('hold-period: a prospectus offering’s U.S. private placement part and its flow-through class owe no hold', () => {
  const closing = (terms: string) =>
    'TORONTO, Ontario, October 27, 2026 – Wexcombe Gold Inc. (TSX: WXG) announces that it has closed its bought deal ' +
    `offering of 10,000,000 ${terms} at a price of $3.00 per share for gross proceeds of $30,000,000. The shares were ` +
    'offered by way of a prospectus supplement to the Company’s short form base shelf prospectus in each of the ' +
    'provinces of Canada'

  it.each([
    ['common shares', ', and in the United States on a private placement basis to qualified institutional buyers.'],
    ['common shares', ' and were sold by way of private placement in the United States under Rule 144A.'],
    ['flow-through common shares', '.']
  ])('no hold owed: %s%s', async (shares, rest) => {
    expect(await messages('hold-period', closing(shares) + rest)).toEqual([])
  })

  it('a concurrent private placement beside the prospectus offering still owes its hold', async () => {
    const concurrent =
      closing('common shares') +
      '.\n\nConcurrently, the Company closed a non-brokered private placement of 1,000,000 flow-through shares at ' +
      '$3.60 per share for gross proceeds of $3,600,000.'
    expect(await messages('hold-period', concurrent)).toEqual([expect.stringContaining('Missing hold period')])
  })

  it('a placement with no prospectus, of flow-through shares alone, still owes its hold', async () => {
    const placement =
      'TORONTO, Ontario, October 27, 2026 – Wexcombe Gold Inc. (TSXV: WXG) announces that it has closed its ' +
      'offering of 1,000,000 flow-through shares at $0.30 per share for gross proceeds of $300,000, sold to ' +
      'purchasers in Canada and the United States.'
    expect(await messages('hold-period', placement)).toEqual([expect.stringContaining('Missing hold period')])
  })
})

describe('us-distribution-legend: subscription receipts converted on their escrow release are no offering', () => {
  const DATELINE = 'VANCOUVER, British Columbia, September 2, 2026 – Quarrendon Copper Corp. (TSXV: QCC) '

  it.each([
    'announces that the escrow release conditions of its 20,000,000 subscription receipts issued on July 14, 2026 ' +
      'have been satisfied, and each subscription receipt has been converted into one common share.',
    'announces the satisfaction of the escrow release conditions of its subscription receipts and the release of ' +
      'the escrowed proceeds to the Company.',
    'announces the conversion of its 20,000,000 subscription receipts into units on the completion of its ' +
      'acquisition of the Tolland project.'
  ])('no legend owed: %s', async (lead) => {
    expect(await messages('us-distribution-legend', DATELINE + lead)).toEqual([])
  })

  it.each([
    'announces a brokered private placement of 20,000,000 subscription receipts at $0.30 per subscription receipt. ' +
      'Each subscription receipt will be converted into one unit upon satisfaction of the escrow release conditions.',
    'has closed its offering of 20,000,000 subscription receipts at $0.30 each for gross proceeds of $6,000,000. ' +
      'The escrow release conditions have not yet been satisfied.'
  ])('the offering itself owes it: %s', async (lead) => {
    expect(await messages('us-distribution-legend', DATELINE + lead)).toEqual([
      expect.stringContaining('Missing U.S. distribution legend')
    ])
  })

  it('a new offering announced beside the conversion owes it', async () => {
    const both =
      DATELINE +
      'announces the conversion of its 20,000,000 subscription receipts into units, and a concurrent non-brokered ' +
      'private placement of up to 5,000,000 units at $0.35 per unit for gross proceeds of up to $1,750,000.'
    expect(await messages('us-distribution-legend', both)).toEqual([
      expect.stringContaining('Missing U.S. distribution legend')
    ])
  })
})

describe('hold-period: a placement closed beside a LIFE offering owes its hold; the LIFE securities none', () => {
  const closing = (hold: string) =>
    'THUNDER BAY, Ontario, March 16, 2027 – Cawdor Lake Gold Inc. (TSXV: CLG) announces that it closed today its ' +
    'offering of 6,000,000 units at $0.25 per unit under the listed issuer financing exemption (the "LIFE ' +
    'Offering") and its concurrent non-brokered private placement of 2,000,000 flow-through shares at $0.40 per ' +
    `share.\n\nThe units issued under the LIFE Offering are not subject to a hold period. ${hold}`

  it('the concurrent placement’s hold, stated and right', async () => {
    const hold = 'The flow-through shares are subject to a hold period expiring on July 17, 2027.'
    expect(await messages('hold-period', closing(hold))).toEqual([])
  })

  it('the concurrent placement’s hold, wrongly dated', async () => {
    const hold = 'The flow-through shares are subject to a hold period expiring on July 16, 2027.'
    expect(await messages('hold-period', closing(hold))).toEqual([expect.stringContaining('expected July 17, 2027')])
  })

  it('the concurrent placement’s hold, missing', async () => {
    const file = await lintWith('hold-period', closing('') + '\n')
    expect(file.messages.map(format)).toEqual([expect.stringContaining('Missing hold period')])
    expect(file.messages[0].expected).toEqual([
      expect.stringContaining('The securities issued under the concurrent placement are subject to a hold period')
    ])
  })

  it('a finder’s warrants in a LIFE closing: their hold’s expiry is checked', async () => {
    const life =
      'VANCOUVER, British Columbia, December 9, 2026 – Tarnbrook Metals Corp. (TSXV: TBM) announces that it has ' +
      'today closed its LIFE offering of 10,000,000 units at $0.30 per unit. The units are not subject to a hold ' +
      'period. The finder warrants are subject to a hold period expiring on April 9, 2027.'
    expect(await messages('hold-period', life)).toEqual([expect.stringContaining('expected April 10, 2027')])
    expect(await messages('hold-period', life.replace('April 9', 'April 10'))).toEqual([])
  })

  it('the announcement of both owes no hold yet', async () => {
    const announced = closing('')
      .replace('closed today its', 'announces its')
      .replace(' are not subject', ' will not be subject')
    expect(await messages('hold-period', announced)).toEqual([])
  })
})

describe('tsxv-pricing: the terms an amendment replaces are history, not what the issuer now issues', () => {
  const amended = (terms: string) =>
    'VANCOUVER, British Columbia, February 9, 2027 – Caldecott Silver Corp. (TSXV: CDS) announces that it has ' +
    `amended its non-brokered private placement. ${terms}`

  it.each([
    'The Company will now issue up to 12,000,000 units at $0.06 per unit for gross proceeds of up to $720,000, in ' +
      'place of the previously announced 20,000,000 units at $0.04 per unit.',
    'The Company will issue 12,000,000 units at $0.06 per unit instead of 20,000,000 units at $0.04 per unit.',
    'The Company has increased the price of the offering from 20,000,000 units at $0.04 per unit to 12,000,000 ' +
      'units at $0.06 per unit.'
  ])('the old price below the floor (case %#)', async (terms) => {
    expect(await messages('tsxv-pricing', amended(terms))).toEqual([])
  })

  it.each([
    'The Company will now issue up to 30,000,000 units at $0.04 per unit, in place of the previously announced ' +
      '10,000,000 units at $0.12 per unit.',
    'The Company has reduced the price of the offering from 10,000,000 units at $0.12 per unit to 30,000,000 ' +
      'units at $0.04 per unit.',
    'The Company closed its previously announced placement of 30,000,000 units at $0.04 per unit.'
  ])('the new price below the floor (case %#)', async (terms) => {
    expect(await messages('tsxv-pricing', amended(terms))).toEqual([
      expect.stringContaining('Unexpected price of $0.04 per unit')
    ])
  })
})

describe('related-party: shares for a debt owed to, or issued to, a company a director or officer controls', () => {
  const settlement = (whom: string) =>
    'CALGARY, Alberta, June 22, 2026 – Osterley Minerals Ltd. (TSXV: OSM) announces that it has agreed to settle ' +
    `$96,000 of indebtedness owed to ${whom} by issuing 800,000 common shares at a deemed price of $0.12 per share.`

  it.each([
    'Hallam Geoservices Ltd., a company controlled by Peter Hallam, the Company’s Chief Executive Officer,',
    'a private company wholly owned by a director of the Company',
    'Brisk Holdings Inc., a corporation beneficially owned by Joan M. Brisk, a director,'
  ])('the MI 61-101 paragraph is owed (case %#)', async (whom) => {
    expect(await messages('related-party', settlement(whom))).toEqual([
      expect.stringContaining('Missing MI 61-101 related party transaction paragraph')
    ])
  })

  it('issued to a company an officer controls', async () => {
    const issued =
      'CALGARY, Alberta, June 22, 2026 – Osterley Minerals Ltd. (TSXV: OSM) announces that it has issued 800,000 ' +
      'common shares at a deemed price of $0.12 per share to Hallam Geoservices Ltd., a company controlled by Peter ' +
      'Hallam, the Company’s Chief Financial Officer, in settlement of $96,000 of fees.'
    expect(await messages('related-party', issued)).toEqual([
      expect.stringContaining('Missing MI 61-101 related party transaction paragraph')
    ])
  })

  it('a company at arm’s length is no related party', async () => {
    const arms = settlement('Tolland Drilling Ltd., a company controlled by an arm’s length drilling contractor,')
    expect(await messages('related-party', arms)).toEqual([])
  })
})

describe('related-party in French: a debt owed to a company a related party controls', () => {
  it('« dus à une société contrôlée par son chef de la direction »', async () => {
    const value =
      '# Osterley règle une dette en actions\n\nMONTRÉAL, le 22 juin 2026 – Minéraux Osterley ltée (TSXV : OSM) a ' +
      'convenu de régler des honoraires de ' +
      '96 000 $ dus à Géoservices Hallam ltée, une société contrôlée par Pierre Hallam, chef de la direction de la ' +
      'Société, par l’émission de 800 000 actions ordinaires au prix réputé de 0,12 $ par action.'
    expect(await messages('related-party', value)).toEqual([expect.stringContaining('61-101')])
  })
})

describe('offering-arithmetic: warrants of two classes of units, and "HD" for hard dollar', () => {
  const closing = (total: string) =>
    'WHITEHORSE, Yukon, October 15, 2026 – Tarrow Creek Resources Corp. (TSXV: TCR) has closed its non-brokered ' +
    'private placement of 4,000,000 hard dollar units ("HD Units") at $0.10 per HD Unit and 3,000,000 flow-through ' +
    'units ("FT Units") at $0.12 per FT Unit, for aggregate gross proceeds of $760,000.\n\n' +
    'Each HD Unit consists of one common share and one common share purchase warrant. Each FT Unit consists of one ' +
    `flow-through share and one-half of one warrant. In total, the Company issued ${total} warrants.`

  it('the total over both classes agrees', async () => {
    expect(await messages('offering-arithmetic', closing('5,500,000'))).toEqual([])
  })

  it('the total over both classes does not agree', async () => {
    expect(await messages('offering-arithmetic', closing('5,800,000'))).toEqual([
      expect.stringContaining('Unexpected number of warrants')
    ])
    const file = await lintWith('offering-arithmetic', closing('5,800,000') + '\n')
    expect(file.messages[0].note).toContain(
      '4,000,000 at one warrant per unit and 3,000,000 at one-half warrant per flow-through unit give 5,500,000'
    )
  })

  it('the HD units’ price read as theirs', async () => {
    const wrong = closing('5,500,000').replace('$760,000', '$780,000')
    expect(await messages('offering-arithmetic', wrong)).toEqual([expect.stringContaining('expected $760,000')])
  })
})

describe('tsxv-pricing: a debenture’s maturity stated apart from its conversion price is its conversion term', () => {
  const closing = (terms: string) =>
    'VANCOUVER, British Columbia, June 1, 2026 – Lowther Minerals Ltd. (TSXV: LWM) announces that it has closed a ' +
    `non-brokered private placement of convertible debentures for gross proceeds of $2,000,000. ${terms}`

  it.each([
    'The debentures mature 36 months from issuance and bear interest at 10% per year. The principal is convertible ' +
      'into common shares at a conversion price of $0.08 per share.',
    'The debentures have a maturity date of three years after closing. They are convertible into common shares at ' +
      '$0.08 per share.'
  ])('below $0.10 over three years (case %#)', async (terms) => {
    expect(await messages('tsxv-pricing', closing(terms))).toEqual([
      expect.stringContaining('Unexpected conversion price of $0.08 after the first year of a 36-month term')
    ])
  })

  it('a one-year maturity owes nothing more', async () => {
    const terms =
      'The debentures mature 12 months from issuance. The principal is convertible into common shares at a ' +
      'conversion price of $0.08 per share.'
    expect(await messages('tsxv-pricing', closing(terms))).toEqual([])
  })
})

describe('hold-period: a dateline whose place abbreviates its province with periods ("Kamloops, B.C.,")', () => {
  const closing = (place: string, expiry: string) =>
    `${place} November 18, 2026 – Pellham Gold Ltd. (TSXV: PGL) announces that it closed today its non-brokered ` +
    'private placement of 5,000,000 units at $0.10 per unit for gross proceeds of $500,000. The securities issued ' +
    `are subject to a hold period of four months and one day expiring on ${expiry}.`

  it.each(['Kamloops, B.C.,', 'Sudbury, Ont.,', 'Halifax, N.S. –', 'Val-d’Or, Qué.,'])('%s', async (place) => {
    expect(await messages('hold-period', closing(place, 'March 19, 2027'))).toEqual([])
    expect(await messages('hold-period', closing(place, 'March 18, 2027'))).toEqual([
      expect.stringContaining('expected March 19, 2027 (November 18, 2026 + four months and one day)')
    ])
  })

  it('a body sentence after a company’s "Corp." is no dateline', async () => {
    const body =
      '# Pellham Gold Closes Placement\n\nPellham Gold Corp. closed its placement of 5,000,000 units at $0.10 per ' +
      'unit on November 18, 2026. The securities issued are subject to a hold period of four months and one day ' +
      'expiring on March 19, 2027.'
    expect(await messages('hold-period', body)).toEqual([])
  })
})

describe('hold-period: one sentence dating each tranche’s hold', () => {
  const closing = (first: string, final: string) =>
    'VANCOUVER, British Columbia, December 11, 2026 – Skelwith Resources Inc. (TSXV: SKR) announces that it has ' +
    'closed the second and final tranche of its non-brokered private placement on December 10, 2026, issuing ' +
    '3,000,000 units at $0.10 per unit. The first tranche of 5,000,000 units closed on November 18, 2026.\n\n' +
    `The securities issued in the first tranche are subject to a hold period expiring on ${first}, and those ` +
    `issued in the final tranche to a hold period of four months and one day expiring on ${final}.`

  it('both right', async () => {
    expect(await messages('hold-period', closing('March 19, 2027', 'April 11, 2027'))).toEqual([])
  })

  it('the final tranche’s wrong', async () => {
    expect(await messages('hold-period', closing('March 19, 2027', 'April 12, 2027'))).toEqual([
      expect.stringContaining('expected April 11, 2027 (December 10, 2026 + four months and one day)')
    ])
  })

  it('the first tranche’s wrong', async () => {
    expect(await messages('hold-period', closing('March 18, 2027', 'April 11, 2027'))).toEqual([
      expect.stringContaining('expected March 19, 2027 (November 18, 2026 + four months and one day)')
    ])
  })

  it('"four months" in the later clause is warned on there, once', async () => {
    const four = closing('March 19, 2027', 'April 11, 2027').replace('four months and one day', 'four months')
    expect(await messages('hold-period', four)).toEqual([expect.stringContaining('“four months” hold period')])
  })
})

describe('release kind in French: fees owed settled in shares, without the word « dette »', () => {
  const settlement = (verb: string) =>
    'MONTRÉAL, le 22 juin 2026 – Minéraux Kerbrat inc. (TSXV : KBT) annonce qu’elle ' +
    `${verb} des honoraires de 96 000 $ dus à son chef de la direction par l’émission de 800 000 actions ordinaires ` +
    'au prix réputé de 0,12 $ par action.'

  it.each(['réglera', 'a convenu de régler'])(
    '« %s des honoraires … dus » owes the MI 61-101 paragraph',
    async (verb) => {
      expect(await messages('related-party', settlement(verb))).toEqual([expect.stringContaining('61-101')])
    }
  )

  it('a settlement of fees owed to no related party owes none', async () => {
    const arms = settlement('réglera').replace('à son chef de la direction', 'à un consultant sans lien de dépendance')
    expect(await messages('related-party', arms)).toEqual([])
  })
})

describe('offering-arithmetic: a finder’s percentage of a base the release states in figures', () => {
  const closing = (fee: string) =>
    'VANCOUVER, British Columbia, December 9, 2026 – Quenby Metals Corp. (TSXV: QNB) announces that it has closed ' +
    'its non-brokered private placement of 11,500,000 units at $0.30 per unit for gross proceeds of $3,450,000. ' +
    `${fee}`

  it.each([
    'The Company paid cash finders’ fees of $165,600, equal to 6% of the gross proceeds from purchasers they ' +
      'introduced ($2,760,000).',
    'The Company paid a cash finder’s fee of $31,920, being 7% of $456,000 raised from subscribers it introduced.'
  ])('the fee agrees (case %#)', async (fee) => {
    expect(await messages('offering-arithmetic', closing(fee))).toEqual([])
  })

  it('the fee does not agree', async () => {
    const fee =
      'The Company paid cash finders’ fees of $175,600, equal to 6% of the gross proceeds from purchasers they ' +
      'introduced ($2,760,000).'
    expect(await messages('offering-arithmetic', closing(fee))).toEqual([
      expect.stringContaining('Unexpected fee for the stated 6%: expected $165,600')
    ])
    const of =
      'The Company paid a cash finder’s fee of $32,920, being 7% of $456,000 raised from subscribers it introduced.'
    expect(await messages('offering-arithmetic', closing(of))).toEqual([expect.stringContaining('expected $31,920')])
  })

  it('a part stated in words only is still not checked', async () => {
    const fee =
      'The Company paid cash finders’ fees of $175,600, equal to 6% of the proceeds from subscribers introduced.'
    expect(await messages('offering-arithmetic', closing(fee))).toEqual([])
  })
})

describe('hold-period: the day added with a sign ("4 months + 1 day", "four months & one day")', () => {
  it.each(['4 months + 1 day', 'four months & one day', 'four (4) months + one (1) day'])('%s', async (period) => {
    const value =
      'VANCOUVER, British Columbia, May 4, 2026 – Renwick Gold Corp. (TSXV: RWG) announces that it has closed its ' +
      `non-brokered private placement. The securities issued are subject to a hold period of ${period}.`
    expect(await messages('hold-period', value)).toEqual([])
  })
})

describe('unfilled-placeholder: two underscores where a date’s day or an amount goes', () => {
  const release = (blank: string) =>
    'VANCOUVER, British Columbia, November 18, 2026 – Ambleside Gold Ltd. (TSXV: ABG) has closed its placement. ' +
    `The securities are subject to a hold period expiring on ${blank}.`

  it.each(['March __, 2027', '__ March 2027', 'the date on which $__ is paid'])('%s', async (blank) => {
    expect(await messages('unfilled-placeholder', release(blank))).toEqual([
      expect.stringContaining('Unexpected unfilled placeholder')
    ])
  })

  it('markdown’s strong emphasis is no blank', async () => {
    expect(await messages('unfilled-placeholder', release('__March 19, 2027__'))).toEqual([])
  })
})

describe('release kind: a placement closed weeks before, recalled in a sentence that goes on about the future', () => {
  const DATELINE = 'VANCOUVER, British Columbia, January 25, 2027 – Brantwood Gold Inc. (TSXV: BWG) '

  it.each([
    'The program is fully funded by the $2,400,000 non-brokered private placement of units at $0.25 per unit that ' +
      'the Company closed on November 20, 2026, and will be completed by April 2027.',
    'The consolidation follows the closing of the Company’s $2,000,000 non-brokered private placement on November ' +
      '20, 2026, and will apply to the shares and warrants issued in it.'
  ])('no offering, no legend (case %#)', async (recall) => {
    const value = `${DATELINE}announces that it has started a 4,000-metre drilling program at its Tarn property.\n\n${recall}`
    expect(await messages('us-distribution-legend', value)).toEqual([])
  })

  it('an offering announced weeks before that is still to close is the release’s offering', async () => {
    const value =
      `${DATELINE}provides an update on its non-brokered private placement of units at $0.25 per unit. Closing of ` +
      'the private placement announced on November 20, 2026 is expected to occur on or about February 5, 2027.'
    expect(await messages('us-distribution-legend', value)).toEqual([
      expect.stringContaining('Missing U.S. distribution legend')
    ])
  })
})

describe('life-offering: "review" for read and "prior to" for before in the offering document statement', () => {
  const announce = (read: string) =>
    'VANCOUVER, British Columbia, November 18, 2026 – Orland Metals Corp. (TSXV: ORL) announces an offering of up ' +
    'to 10,000,000 units at $0.30 per unit under the listed issuer financing exemption. There is an offering ' +
    'document related to the offering that can be accessed under the Company’s profile at www.sedarplus.ca and at ' +
    `www.orlandmetals.com. ${read}`

  it.each([
    'Prospective investors should read this offering document prior to making an investment decision.',
    'Prospective investors should carefully review the offering document before making an investment decision.'
  ])('%s', async (read) => {
    expect(await messages('life-offering', announce(read))).toEqual([])
  })

  it('without it, still the warning', async () => {
    expect(await messages('life-offering', announce('Investors may find the document useful.'))).toEqual([
      expect.stringContaining('Missing that prospective investors should read it')
    ])
  })
})

describe('related-party: "subscriptions by insiders", and units "sold to" a director', () => {
  const closing = (who: string) =>
    'KAMLOOPS, British Columbia, November 18, 2026 – Ormsby Gold Ltd. (TSXV: OMG) has closed its non-brokered ' +
    `private placement, issuing 7,250,000 units at $0.12 per unit for gross proceeds of $870,000. ${who}`

  it.each([
    'Subscriptions by insiders totalled 500,000 units for $60,000.',
    '500,000 of the units were sold to two directors of the Company.'
  ])('the MI 61-101 paragraph is owed (case %#)', async (who) => {
    expect(await messages('related-party', closing(who))).toEqual([
      expect.stringContaining('Missing MI 61-101 related party transaction paragraph')
    ])
  })

  it('directors approving subscription receipts take no part', async () => {
    const receipts = closing('The directors of the Company approved the form of the subscription receipts.')
    expect(await messages('related-party', receipts)).toEqual([])
  })
})

describe('related-party: directors who will receive, or be issued, shares for the debt they are owed', () => {
  const settlement = (who: string) =>
    'CALGARY, Alberta, June 22, 2026 – Lindale Minerals Ltd. (TSXV: LDM) announces that it has agreed to settle ' +
    `$186,000 of indebtedness by issuing 1,550,000 common shares at a deemed price of $0.12 per share. ${who}`

  it.each([
    'Two directors of the Company will receive an aggregate of 800,000 of the shares.',
    'Of the shares, 800,000 will be received by two directors of the Company.',
    'Two directors are owed $96,000 of the debt and will be issued 800,000 shares.'
  ])('the MI 61-101 paragraph is owed (case %#)', async (who) => {
    expect(await messages('related-party', settlement(who))).toEqual([
      expect.stringContaining('Missing MI 61-101 related party transaction paragraph')
    ])
  })

  it.each([
    'The directors of the Company will not receive any of the shares.',
    'The directors and officers of the Company received no shares in the settlement.',
    'The directors also received 300,000 stock options under the Company’s plan.'
  ])('no participation (case %#)', async (who) => {
    expect(await messages('related-party', settlement(who))).toEqual([])
  })
})
