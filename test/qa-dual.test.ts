/**
 * Releases of issuers with a second listing or a second reporting regime (TSX or TSX-V issuers also on the ASX, AIM,
 * the NYSE American or Nasdaq), as their lawyers and IR staff draft them (a QA round; invented issuers, our own
 * wording): each case a class of drafts the model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('mining-terminology: a JORC "Ore Reserve" stated in Proved and Probable tonnes is a reserve', () => {
  const release = (table: string, said: string) =>
    'PERTH, Western Australia, 5 December 2026 – Yarrabee Gold Ltd (ASX: YBG, TSX: YBG) declares a maiden Ore ' +
    'Reserve for its Tindal deposit, based on a pre-feasibility study.\n\n' +
    table +
    '\n\n' +
    `${said} has an effective date of 30 November 2026 and is reported under the JORC Code (2012), at a cut-off ` +
    'grade of 0.5 g/t Au and a gold price of A$3,300/oz. The Mineral Resources are reported inclusive of the Ore Reserve.'
  const table =
    '| Category | Tonnes (Mt) | Au (g/t) | Au (koz) |\n| --- | --- | --- | --- |\n' +
    '| Proved | 2.4 | 1.71 | 132 |\n| Probable | 7.6 | 1.40 | 342 |\n| Total | 10.0 | 1.47 | 474 |'

  it('a table of Proved and Probable tonnes and grade: the Ore Reserve is a reserve', async () => {
    expect(await messages('mining-terminology', release(table, 'The Ore Reserve'))).toEqual([])
  })

  it('"Proved Ore Reserves" in words: the JORC spelling of the CIM category', async () => {
    const prose =
      'PERTH, Western Australia, 5 December 2026 – Yarrabee Gold Ltd (ASX: YBG, TSX: YBG) reports that its Proved ' +
      'Ore Reserves at the Tindal deposit support the expansion of its mill.\n\n' +
      'The ore body remains open at depth.'
    expect(await messages('mining-terminology', prose)).toEqual([])
  })

  it('"ore body" with no reserve stated is still a warning', async () => {
    const none =
      'PERTH, Western Australia, 5 December 2026 – Yarrabee Gold Ltd (ASX: YBG, TSX: YBG) reports that drilling ' +
      'at the Tindal prospect intersected 12 m at 2.1 g/t Au.\n\nThe ore body remains open at depth.'
    expect(await messages('mining-terminology', none)).toContainEqual(expect.stringContaining('“ore body”'))
  })
})

describe('exchange-disclaimer: an issuer tagged only abroad does not take another company’s Canadian tag for its own', () => {
  const release = (announcer: string) =>
    `ADELAIDE, South Australia, 5 December 2026 – ${announcer} advises that it has subscribed for 4,000,000 common ` +
    'shares of Tallow Creek Metals Inc. (TSXV: TCM) ("Tallow Creek") at C$0.25 per share.\n\n' +
    'The shares give the Company a 12.4% interest in Tallow Creek, which explores for nickel in Manitoba.\n\n' +
    'Contact: Hamish Ord, Managing Director, +61 8 8555 0123'

  it('the announcer is tagged on the ASX only: no TSX-V disclaimer owed', async () => {
    expect(await messages('exchange-disclaimer', release('Mallee Resources Limited (ASX: MLR)'))).toEqual([])
  })

  it('the announcer is tagged on the ASX and the TSX-V: the disclaimer is owed', async () => {
    expect(
      await messages('exchange-disclaimer', release('Mallee Resources Limited (ASX: MLR) (TSXV: MLR)'))
    ).toContainEqual(expect.stringContaining('Missing TSX Venture Exchange disclaimer'))
  })

  it('a joint release of an issuer abroad and a TSX-V issuer still owes it', async () => {
    const joint =
      'PERTH, Western Australia, 5 December 2026 – Mallee Resources Limited (ASX: MLR) and Tallow Creek Metals Inc. ' +
      '(TSXV: TCM) announce that they have agreed to explore the Birchwood nickel project together.'
    expect(await messages('exchange-disclaimer', joint)).toContainEqual(
      expect.stringContaining('Missing TSX Venture Exchange disclaimer')
    )
  })
})

describe('us-distribution-legend: a company that subscribes in another company’s placement makes no offering', () => {
  const release = (verb: string) =>
    `ADELAIDE, South Australia, 5 December 2026 – Mallee Resources Limited (ASX: MLR) advises that it has ${verb} ` +
    '4,000,000 common shares of Tallow Creek Metals Inc. (TSXV: TCM) ("Tallow Creek") in Tallow Creek’s ' +
    'non-brokered private placement at C$0.25 per share.\n\n' +
    'Contact: Hamish Ord, Managing Director, +61 8 8555 0123'

  it('"subscribed for" shares of the other company', async () => {
    expect(await messages('us-distribution-legend', release('subscribed for'))).toEqual([])
  })

  it('"purchased" them, as before', async () => {
    expect(await messages('us-distribution-legend', release('purchased'))).toEqual([])
  })

  it('the issuer’s own placement, an investor subscribing for its units, still needs the legend', async () => {
    const own =
      'VANCOUVER, British Columbia, December 5, 2026 – Tallow Creek Metals Inc. (TSXV: TCM) announces a ' +
      'non-brokered private placement of 8,000,000 units at C$0.25 per unit. Mallee Resources Limited has ' +
      'subscribed for 4,000,000 units of the Company.'
    expect(await messages('us-distribution-legend', own)).toContainEqual(expect.stringContaining('Missing U.S.'))
  })

  it('a joint release: the company whose placement it is announces it too, so it needs the legend', async () => {
    const joint =
      'VANCOUVER, British Columbia, December 5, 2026 – Mallee Resources Ltd. (TSXV: MLR) ("Mallee") and Tallow ' +
      'Creek Metals Inc. (CSE: TCM) ("Tallow Creek") jointly announce that Mallee has subscribed for 4,000,000 ' +
      'common shares of Tallow Creek in Tallow Creek’s non-brokered private placement at C$0.25 per share, which ' +
      'closed today.'
    expect(await messages('us-distribution-legend', joint)).toContainEqual(expect.stringContaining('Missing U.S.'))
  })
})

describe('offering-arithmetic: a placing in pounds and pence is read', () => {
  const release = (price: string, proceeds: string) =>
    'LONDON, 5 December 2026 – Thornmere Gold plc (AIM: TMG) (TSX: TMG) announces a private placement of ' +
    `24,000,000 common shares at a price of ${price} per share for gross proceeds of ${proceeds}.`

  it('pence and pounds that agree', async () => {
    expect(await messages('offering-arithmetic', release('5.0 pence', '£1,200,000'))).toEqual([])
    expect(await messages('offering-arithmetic', release('£0.05', '£1.2 million'))).toEqual([])
  })

  it('proceeds that do not agree with the price in pence', async () => {
    expect(await messages('offering-arithmetic', release('5.0 pence', '£1,500,000'))).toContainEqual(
      expect.stringContaining('expected £1,200,000')
    )
  })

  it('"5p per share"', async () => {
    expect(await messages('offering-arithmetic', release('5p', '£1,500,000'))).toContainEqual(
      expect.stringContaining('expected £1,200,000')
    )
  })
})

describe('us-distribution-legend: a placing, as an issuer also on AIM names its placement, is an offering', () => {
  const release = (what: string) =>
    `LONDON, 5 December 2026 – Thornmere Gold plc (AIM: TMG) (TSX: TMG) announces ${what}.`

  it('"a placing of" new ordinary shares', async () => {
    expect(
      await messages(
        'us-distribution-legend',
        release('a conditional placing of 24,000,000 new ordinary shares at C$0.09 per share')
      )
    ).toContainEqual(expect.stringContaining('Missing U.S. distribution legend'))
  })

  it('the verb is no placing', async () => {
    expect(
      await messages('us-distribution-legend', release('that it is placing the Harrow mill on care and maintenance'))
    ).toEqual([])
  })
})

describe('mineral-resource: an effective date written day first, as Australian and British releases write it', () => {
  const release = (dated: string) =>
    'PERTH, Western Australia, 5 December 2026 – Quenda Nickel Limited (ASX: QNL) (TSX: QNL) announces an updated ' +
    'Mineral Resource estimate for its Lakeside deposit of 2.6 million tonnes at 1.8% Ni in the Indicated category ' +
    `and 1.1 million tonnes at 1.5% Ni in the Inferred category. The Mineral Resource is reported ${dated} above a ` +
    'cut-off grade of 0.8% Ni. Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'

  it('"as at 30 November 2026"', async () => {
    expect(await messages('mineral-resource', release('as at 30 November 2026'))).toEqual([])
  })

  it('"effective 30th Nov. 2026"', async () => {
    expect(await messages('mineral-resource', release('effective 30th Nov. 2026'))).toEqual([])
  })

  it('no date at all is still an error', async () => {
    expect(await messages('mineral-resource', release('in accordance with the JORC Code'))).toContainEqual(
      expect.stringContaining('Missing effective date')
    )
  })
})

describe('exploration-target: the JORC Code (2012) wording of the last element is accepted with a warning', () => {
  const release = (last: string) =>
    'PERTH, Western Australia, 5 December 2026 – Quenda Nickel Limited (ASX: QNL) (TSX: QNL) announces an ' +
    'Exploration Target for the Lakeside North prospect of 3 to 5 million tonnes at 1.2% to 1.6% Ni, based on 22 ' +
    'drill holes and the mapped extent of the host ultramafic.\n\n' +
    'The potential quantity and grade of the Exploration Target is conceptual in nature, there has been ' +
    `insufficient exploration to estimate a Mineral Resource, and it is uncertain if further exploration will ${last}.`

  it('"result in the estimation of a Mineral Resource": a warning, not a dropped element', async () => {
    const found = await messages('exploration-target', release('result in the estimation of a Mineral Resource'))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('warning Unexpected JORC wording “estimation of a Mineral Resource”')
  })

  it('the element dropped is still an error', async () => {
    expect(await messages('exploration-target', release('be carried out'))).toContainEqual(
      expect.stringMatching(/error .*delineated/)
    )
  })
})

describe('qp-statement: the professional body of a Competent Person statement is neither a name nor a company', () => {
  const release = (statement: string) =>
    'PERTH, Western Australia, 5 December 2026 – Quenda Nickel Limited (ASX: QNL) (TSX: QNL) ("Quenda" or the ' +
    '"Company") reports that hole LKD-044 intersected 8.2 m at 2.4% Ni from 212 m.\n\n' +
    statement

  it('a title, then membership of the AusIMM: the relationship is the title', async () => {
    const ok =
      'The information in this announcement that relates to Exploration Results is based on information compiled ' +
      'by Mr Rohan Tate, the Company’s Exploration Manager, a Member of the Australasian Institute of Mining and ' +
      'Metallurgy, who is a Competent Person under the JORC Code (2012) and a Qualified Person as defined in ' +
      'NI 43-101, and who approved this announcement.'
    expect(await messages('qp-statement', release(ok))).toEqual([])
  })

  it('no name: the institute is not taken for one, and the name is what is missing', async () => {
    const nameless =
      'The information in this announcement that relates to Exploration Results is based on information compiled ' +
      'by the Company’s Exploration Manager, a Member of the Australasian Institute of Mining and Metallurgy, who ' +
      'is a Competent Person under the JORC Code (2012) and a Qualified Person as defined in NI 43-101, and who ' +
      'approved this announcement.'
    expect(await messages('qp-statement', release(nameless))).toEqual([
      expect.stringContaining('error Missing name of the Qualified Person')
    ])
  })
})

describe('qp-statement: a title set as a paragraph above the statement is not the statement', () => {
  const release =
    'PERTH, Western Australia, 5 December 2026 – Quenda Nickel Limited (ASX: QNL) (TSX: QNL) reports that hole ' +
    'LKD-044 intersected 8.2 m at 2.4% Ni from 212 m.\n\n' +
    '**Competent Person and Qualified Person Statement**\n\n' +
    'The information in this announcement that relates to Exploration Results is based on information compiled by ' +
    'Mr Rohan Tate, MAusIMM, a Competent Person under the JORC Code (2012) and a Qualified Person as defined in ' +
    'NI 43-101, who approved this announcement.'

  it('the missing relationship is reported on the statement (line 5), and its fix inserted there', async () => {
    const file = await lintWith('qp-statement', release + '\n')
    expect(file.messages.map(format)).toEqual([expect.stringMatching(/^5:1-5:\d+: error Missing relationship/)])
    expect(String(file.messages[0].expected)).toMatch(/^The information in this announcement/)
  })
})

describe('hold-period: an expiry set after the period with a comma and "on"', () => {
  const release = (expiry: string) =>
    'Perth, Australia – Friday 5 December 2026 – Quenda Nickel Limited (TSX: QNL) (ASX: QNL) advises that it has ' +
    'closed its private placement of 12,500,000 common shares at C$0.40 per share for gross proceeds of ' +
    'C$5,000,000.\n\n' +
    'Shares issued to purchasers in Canada are subject to a hold period under applicable Canadian securities laws ' +
    `that expires four months and one day after closing, on ${expiry}.`

  it('the right date', async () => {
    expect(await messages('hold-period', release('6 April 2027'))).toEqual([])
  })

  it('a wrong date is reported', async () => {
    expect(await messages('hold-period', release('6 March 2027'))).toContainEqual(
      expect.stringContaining('Unexpected hold expiry date, expected 6 April 2027')
    )
  })
})

describe('exploration-results: a top-cut or cap named after the grade is a parameter of an estimate, not a result', () => {
  const release = (words: string) =>
    'PERTH, Western Australia, 5 December 2026 – Quenda Gold Limited (ASX: QGL) (TSX: QGL) has agreed to acquire ' +
    'the Yundi gold project.\n\nA historical estimate prepared in 2004 reported 1.9 million tonnes at 2.3 g/t Au. ' +
    `The estimate used polygonal methods on ${words} from 64 reverse circulation holes.`

  it('"5 g/t top-cut assays"', async () => {
    expect(await messages('exploration-results', release('5 g/t top-cut assays'))).toEqual([])
  })

  it('"a 5 g/t Au cap on the assays"', async () => {
    expect(await messages('exploration-results', release('a 5 g/t Au cap on the assays'))).toEqual([])
  })

  it('a result in the same words is still one', async () => {
    const result =
      'PERTH, Western Australia, 5 December 2026 – Quenda Gold Limited (ASX: QGL) (TSX: QGL) reports that hole ' +
      'YRC-012 returned 5 g/t Au over 4 m.'
    expect(await messages('exploration-results', result)).toContainEqual(expect.stringContaining('Missing laboratory'))
  })
})

describe('exchange-disclaimer: a statement that lists the exchanges ("traded on AIM and on the TSX Venture Exchange")', () => {
  const release = (listed: string, disclaimer = '') =>
    '5 December 2026\n\n**Thornmere Gold plc** ("Thornmere" or the "Company")\n\n' +
    'Thornmere Gold plc announces the appointment of Ruth Amberley as Chief Financial Officer.\n\n' +
    `**About Thornmere Gold**\n\nThornmere Gold plc explores for gold in Wales. Its ordinary shares are ${listed} ` +
    'under the symbol "TMG".' +
    disclaimer

  const DISCLAIMER =
    '\n\nNeither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
    'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

  it('the TSX-V second in the list: the disclaimer is owed', async () => {
    expect(
      await messages('exchange-disclaimer', release('traded on AIM and on the TSX Venture Exchange'))
    ).toContainEqual(expect.stringContaining('Missing TSX Venture Exchange disclaimer'))
    expect(
      await messages('exchange-disclaimer', release('traded on AIM and on the TSX Venture Exchange', DISCLAIMER))
    ).toEqual([])
  })

  it('the TSX third: no TSX-V disclaimer', async () => {
    expect(
      await messages(
        'exchange-disclaimer',
        release('listed on AIM, the OTCQX and the Toronto Stock Exchange', DISCLAIMER)
      )
    ).toContainEqual(expect.stringContaining('Unexpected TSX Venture Exchange disclaimer'))
  })
})

describe('the lead of an announcement that sets its date alone above its headline (ASX, AIM)', () => {
  const release = (legend: string) =>
    `${legend}ASX ANNOUNCEMENT | TSX-V NEWS RELEASE\n\n5 December 2026\n\n` +
    '# Quenda Nickel Closes A$1.5 Million Placement\n\n' +
    'Quenda Nickel Limited (ASX: QNL) (TSXV: QNL) announces that it closed today a private placement of 6,000,000 ' +
    'common shares at A$0.25 per share for gross proceeds of A$1,500,000.'

  it('the placement in the paragraph after the headline is the release’s offering', async () => {
    expect(await messages('us-distribution-legend', release(''))).toContainEqual(
      expect.stringContaining('Missing U.S. distribution legend')
    )
  })

  it('with the legend at the top, nothing', async () => {
    const legend =
      'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n'
    expect(await messages('us-distribution-legend', release(legend))).toEqual([])
  })
})

describe('mineral-resource: a total row adds Inferred under a table that also gives a Measured and Indicated subtotal', () => {
  const release = (total: string) =>
    'DENVER, Colorado, December 5, 2026 – Sagebrush Copper Inc. (TSX: SGC) (NYSE American: SGCX) reports the ' +
    'mineral resource of its Juniper project, effective October 31, 2026, at a cut-off grade of 0.15% Cu. Mineral ' +
    'Resources that are not Mineral Reserves do not have demonstrated economic viability.\n\n' +
    '| Category | Tonnes (Mt) | Cu (%) |\n| --- | --- | --- |\n| Measured | 100.0 | 0.40 |\n' +
    '| Indicated | 200.0 | 0.35 |\n| Measured and Indicated | 300.0 | 0.37 |\n| Inferred | 150.0 | 0.30 |' +
    total

  it('"Total Measured, Indicated and Inferred" that sums all three', async () => {
    expect(
      await messages('mineral-resource', release('\n| Total Measured, Indicated and Inferred | 450.0 | 0.35 |'))
    ).toContainEqual(expect.stringContaining('Unexpected Inferred resources added'))
  })

  it('no total row', async () => {
    expect(await messages('mineral-resource', release(''))).toEqual([])
  })
})
