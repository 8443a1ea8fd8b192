/**
 * Financing and corporate releases of the kinds a fourth QA round read on real newswire copy (the cases below are
 * invented issuers in our own words, each reproducing the shape of a defect the document model once misread).
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {findMoney} from '../src/model/numbers.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('related-party: a bought deal is the offering’s form, not an officer’s purchase', () => {
  it.each([
    'CALGARY, Alberta, May 4, 2026 – Tamarack Helium Corp. (TSXV: THC) President and CEO Dana Roe is pleased to ' +
      'announce the closing of the previously announced bought deal offering of 12,000,000 units at $0.50 per unit.',
    'CALGARY, Alberta, May 4, 2026 – Tamarack Helium Corp. (TSXV: THC) CEO Dana Roe joined a webcast to discuss ' +
      'the completion of a bought deal public offering that raised six million dollars.'
  ])('%s', async (value) => {
    expect(model(value).relatedParty).toBeUndefined()
    expect(await messages('related-party', value)).toEqual([])
  })

  it('a director who bought units still takes part', async () => {
    const value =
      'CALGARY, Alberta, May 4, 2026 – Tamarack Helium Corp. (TSXV: THC) has closed its bought deal offering of ' +
      '12,000,000 units at $0.50 per unit.\n\nA director of the Company bought 200,000 units under the offering.'
    expect(model(value).relatedParty?.participation).toBeDefined()
    expect(await messages('related-party', value)).toEqual([
      expect.stringContaining('error Missing MI 61-101 related party transaction paragraph')
    ])
  })
})

describe('release: a loan called "the financing" offers no securities', () => {
  const lead =
    'Kestrel Copper Corp. (TSXV: KCC) (the "Company") is pleased to announce that it has completed the second ' +
    'drawdown of C$4,000,000 under its credit agreement with Marlin Private Debt Fund ("Marlin").'
  it.each([
    'The Company has now closed the second and final drawdown of the financing with Marlin.',
    'With this drawdown the Company has completed the US$10 million loan financing announced in March.',
    'La Société a clôturé le deuxième tirage du financement aux termes de sa facilité de crédit.'
  ])('%s', async (sentence) => {
    const value = `Kestrel Copper Closes Second Drawdown of Credit Facility\n\n${lead}\n\n${sentence}`
    expect(model(value).release.ownOffering).toBeUndefined()
    expect(await messages('us-distribution-legend', value)).toEqual([])
    expect(await messages('us-securities-act', value)).toEqual([])
  })

  it.each([
    'The Company has closed the financing, issuing 2,000,000 bonus warrants to Marlin with the loan.',
    'The Company has closed a $2,000,000 financing of convertible debentures alongside the loan.',
    'The Company has closed an equity financing of $3,000,000 to repay the bridge loan.'
  ])('a financing that names securities is an offering: %s', (sentence) => {
    const value = `Kestrel Copper Closes Financing\n\n${lead}\n\n${sentence}`
    expect(model(value).release.ownOffering).toBeDefined()
  })
})

describe('hold-period: an offering that "may be completed" in tranches is announced, not closed', () => {
  const announce = (more: string) =>
    'Plover Potash Announces Private Placement\n\nREGINA, Saskatchewan, April 9, 2026 – Plover Potash Corp. ' +
    '(TSXV: PLV) (the "Company") is pleased to announce a non-brokered private placement of up to 3,000,000 units at ' +
    `$0.25 per unit for gross proceeds of up to $750,000 (the "Offering"). ${more}`
  it.each([
    'The Offering may be completed in one or more tranches.',
    'A portion of the Offering may also be completed as a direct placement of shares on the same terms.',
    'The Offering is to be completed on or about May 30, 2026.'
  ])('%s', async (more) => {
    expect(model(announce(more)).offering.closing).toBe(false)
    expect(await messages('hold-period', announce(more))).toEqual([])
  })

  it('a closing that states no hold period is still reported', async () => {
    const value = announce('The Company has completed the first tranche of the Offering, issuing 1,000,000 units.')
    expect(model(value).offering.closing).toBe(true)
    expect(await messages('hold-period', value)).toEqual([
      expect.stringContaining('error Missing hold period of the securities issued')
    ])
  })
})

describe('life-offering: a quoted "hold period" that is denied, and a hold of the other offering defined beside it', () => {
  const release = (holds: string) =>
    'Not for distribution to United States newswire services or for dissemination in the United States\n\n' +
    'CALGARY, Alberta, May 4, 2026 – Sorrel Lithium Corp. (TSXV: SRL) (the "Company") announces a brokered ' +
    'offering of up to 10,000,000 units at $0.20 per unit under the listed issuer financing exemption (the "LIFE ' +
    'Offering") and a private placement of up to 5,000,000 shares at $0.20 per share under other exemptions from ' +
    'the prospectus requirements (the "Private Placement" and, together with the LIFE Offering, the "Offerings").\n\n' +
    `${holds}\n\n` +
    'There is an offering document related to the LIFE Offering that can be accessed under the Company’s profile at ' +
    'www.sedarplus.ca and at www.sorrel.ca. Prospective investors should read this offering document before making ' +
    'an investment decision.'

  it('reads neither as a hold of the LIFE securities', async () => {
    const value = release(
      'The units sold under the LIFE Offering will not be subject to a ‘hold period’ under Canadian securities laws.\n\n' +
        'The shares issued under the Private Placement will be subject to a hold period of four months and one day.'
    )
    expect(await messages('life-offering', value)).toEqual([])
  })

  it('a hold stated of the LIFE units is still an error', async () => {
    const value = release(
      'The units sold under the LIFE Offering will be subject to a hold period of four months and one day.'
    )
    expect(await messages('life-offering', value)).toEqual([
      expect.stringContaining('error Unexpected hold period on securities of a LIFE offering')
    ])
  })
})

describe('listing: the exchange whose approval a release is subject to, where it prints no ticker', () => {
  const lead =
    'CALGARY, Alberta, May 4, 2026 – Wapiti Energy Metals Inc. (the "Company") announces a private placement of up ' +
    'to 20,000,000 shares at $0.045 per share.'
  it.each([
    ['Closing is subject to receipt of all necessary approvals from the TSX.', 'TSX'],
    ['Insider subscriptions are subject to participation limits under applicable TSX rules.', 'TSX'],
    ['The placement remains subject to the approval of the Canadian Securities Exchange.', 'CSE'],
    ['The placement is subject to CSE acceptance.', 'CSE'],
    ['Le placement est sous réserve de l’approbation de la Bourse de Toronto.', 'TSX']
  ])('%s', async (sentence, exchange) => {
    const value = `${lead}\n\n${sentence}`
    expect(model(value).exchange).toBe(exchange)
    expect(await messages('tsxv-pricing', value)).toEqual([])
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it('the TSX-V approval of a release with no ticker keeps the TSX-V rules, and says why', async () => {
    const value = `${lead}\n\nThe placement is subject to the acceptance of the TSX Venture Exchange.`
    expect(model(value).exchange).toBe('TSXV')
    expect((await lintWith('tsxv-pricing', value)).messages.map((m) => m.note)).toEqual([
      expect.stringContaining('this release states a TSX-V approval or rule it is subject to (line 3')
    ])
  })

  it('a ticker tag outweighs the approval of another exchange', () => {
    const value =
      'VANCOUVER, BC, May 4, 2026 – Wapiti Energy Metals Inc. (TSXV: WEM) announces a private placement.\n\n' +
      'The placement is subject to the approval of the TSX, where the Company’s partner is listed.'
    expect(model(value).exchange).toBe('TSXV')
    expect(model(value).exchangeDecision.conflict).toBeUndefined()
  })
})

describe('numbers: a price run into the word before it by copy', () => {
  it('reads "a price of$0.035" as the price, and the TSX-V floor applies', async () => {
    const value =
      'TORONTO, Ontario, May 4, 2026 – Brantwood Nickel Inc. (TSXV: BNI) (the "Company") intends to offer up to ' +
      '5,000,000 common shares at a price of$0.035 per share for aggregate gross proceeds of up to$175,000.'
    const lots = model(value).offering.lots
    expect(lots.map((lot) => lot.price?.value.toString())).toEqual(['0.035'])
    expect(await messages('tsxv-pricing', value)).toEqual([
      expect.stringContaining('error Unexpected price of $0.035 per share, expected at least $0.05')
    ])
  })

  it('keeps a currency prefix its own ("C$0.10", "US$2 million")', () => {
    const value =
      'TORONTO, Ontario, May 4, 2026 – Brantwood Nickel Inc. (TSXV: BNI) will issue 1,000,000 shares at C$0.10 per ' +
      'share and has raised US$2 million.'
    expect(findMoney(value.toLowerCase()).map((m) => [m.value.toString(), m.currency])).toEqual([
      ['0.1', 'CAD'],
      ['2000000', 'USD']
    ])
  })
})

describe('release: a news service’s report about the issuer is not the issuer’s release', () => {
  const body =
    'The placement of 8,000,000 units at $0.25 per unit raised gross proceeds of $2,000,000. Each unit consists of ' +
    'one share and one warrant. The proceeds will fund drilling at the Rook project.'
  it.each([
    [
      'a newswire brief that points to the full release',
      `# MetalBreaks – Corvid Gold Corp. (TSXV: CVG) Closes $2 Million Private Placement\n\nCorvid Gold (TSXV: CVG) ` +
        `has closed its non-brokered private placement. ${body}\n\nTo view the full press release, visit https://example.com/cvg`,
      'To view the full press release'
    ],
    [
      'a wire story that reports what the company said',
      `Corvid Gold Closes Placement\n\nCorvid Gold on Tuesday said it closed its non-brokered private placement. ${body}`,
      'on Tuesday said'
    ],
    [
      'an article with a byline',
      `Corvid Gold Shares Rise After Placement\n\nBy Dana Roe, Daily Metals\n\nCorvid Gold (TSXV: CVG) closed its ` +
        `non-brokered private placement. ${body}`,
      'By Dana Roe, Daily Metals'
    ],
    [
      'a market service’s summary',
      `Corvid Gold Closes Placement\n\nCorvid Gold (TSXV: CVG) has issued an announcement.\n\nCorvid Gold closed its ` +
        `non-brokered private placement. ${body}`,
      'has issued an announcement'
    ]
  ])('%s', async (_kind, value, words) => {
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(value.slice(release.speakerEvidence!.start, release.speakerEvidence!.end)).toBe(words)
    expect(release.ownOffering).toBeUndefined()
    expect(await messages('us-distribution-legend', value)).toEqual([])
    expect(await messages('exchange-disclaimer', value)).toEqual([])
    const caution = await messages('forward-looking-caution', value)
    expect(caution.every((message) => message.includes(': warning '))).toBe(true)
  })

  it.each([
    'Corvid Gold Corp. (TSXV: CVG) (the "Company") today provided an update on its non-brokered private placement.',
    'Corvid Gold Corp. (TSXV: CVG) (the "Company") has closed the placement first announced on Tuesday, as set out ' +
      'in the Company’s news release dated March 3, 2026.',
    'Corvid Gold Corp. (TSXV: CVG) (the "Company") has closed its non-brokered private placement.\n\nOn behalf of ' +
      'the Board of Directors,\n\nDana Roe, CEO'
  ])('the issuer’s own release: %s', (lead) => {
    expect(model(`Corvid Gold Closes Placement\n\n${lead} ${body}`).release.speaker).toBe('issuer')
  })
})

describe('offering-arithmetic: proceeds raised ahead of two lots, and a count said to be "nearly" so much', () => {
  const closing = (terms: string) =>
    'VANCOUVER, BC, May 4, 2026 – Ptarmigan Metals Inc. (TSXV: PTM) (the "Company") has completed the first ' +
    `tranche of its non-brokered private placement, ${terms}`

  it.each([
    'raising $492,310 through the issuance of 760,919 flow-through units at $0.12 per unit and 4,010,000 units at $0.10 per unit.',
    'raising $3,649,171 through the issuance of nearly 5 million units priced at $0.73 each.'
  ])('%s', async (terms) => {
    expect(await messages('offering-arithmetic', closing(terms))).toEqual([])
  })

  it('proceeds ahead of two lots that do not add up are still reported', async () => {
    const value = closing(
      'raising $500,000 through the issuance of 760,919 flow-through units at $0.12 per unit and 4,010,000 units at $0.10 per unit.'
    )
    expect(await messages('offering-arithmetic', value)).toEqual([expect.stringContaining('error Unexpected')])
  })
})

describe('release: amending outstanding convertible debentures offers nothing', () => {
  it('names the placement the debentures were issued in as their origin', async () => {
    const value =
      'Yarrow Hydrogen Amends Convertible Debentures\n\nMONTRÉAL, Québec, May 4, 2026 – Yarrow Hydrogen Corp. ' +
      '(TSXV: YHC) (the "Company") announces that it has agreed with the holders to amend the terms of the 12% ' +
      'secured convertible debentures that the Company issued in connection with its private placement of ' +
      'debentures in 2024: the maturity date is extended to September 30, 2027 and the conversion price is reduced ' +
      'from $0.10 to $0.07 per share. The amendment is subject to the approval of the TSX Venture Exchange.'
    expect(model(value).release.ownOffering).toBeUndefined()
    expect(await messages('us-distribution-legend', value)).toEqual([])
  })

  it('a new placement of debentures is still an offering', () => {
    const value =
      'VANCOUVER, BC, May 4, 2026 – Yarrow Hydrogen Corp. (TSXV: YHC) (the "Company") announces a non-brokered ' +
      'private placement of up to $2,000,000 of 12% convertible debentures, convertible at $0.10 per share.'
    expect(model(value).release.ownOffering).toBeDefined()
  })
})

describe('French financing words: « quatre mois plus un jour », « opérations entre parties apparentées »', () => {
  const closing =
    'MONTRÉAL, Québec, le 4 mai 2026 – Ressources Boréalis inc. (TSXV : RBO) (la « Société ») a clôturé son ' +
    'placement privé sans l’entremise d’un courtier de 4 000 000 d’actions ordinaires au prix de 0,25 $ par action ' +
    'pour un produit brut de 1 000 000 $.'
  it('reads « quatre mois plus un jour » as the whole hold period', async () => {
    const value = `${closing}\n\nLes actions émises sont assujetties à une période de détention de quatre mois plus un jour.`
    expect(await messages('hold-period', value)).toEqual([])
  })

  it('reads « opérations entre parties apparentées » as the transaction named', () => {
    const value =
      `${closing}\n\nDes initiés de la Société ont souscrit 400 000 actions, ce qui constitue des « opérations entre ` +
      'parties apparentées » au sens du Règlement 61-101. La Société s’est appuyée sur les dispenses prévues aux ' +
      'articles 5.5 a) et 5.7 1) a) du Règlement 61-101, puisque la juste valeur marchande des actions émises aux ' +
      'initiés ne dépasse pas 25 % de sa capitalisation boursière.'
    expect(model(value).relatedParty?.named).toBe(true)
  })
})

describe('LIFE: the French short name « dispense pour émetteur coté »', () => {
  const value =
    'MONTRÉAL, Québec, le 4 mai 2026 – Ressources Boréalis inc. (TSXV : RBO) (la « Société ») annonce un placement ' +
    'de 10 000 000 d’unités au prix de 0,25 $ l’unité pour un produit brut de 2 500 000 $ en vertu de la dispense ' +
    'pour émetteur coté (le « Placement »).'
  it('names a LIFE offering', () => {
    const terms = model(value)
    expect(terms.offering.life).toBe(true)
    expect(terms.release.kinds.find((kind) => kind.kind === 'offering')?.form).toBe('LIFE offering')
  })

  it('its offering document is owed, and a hold period of its units is an error', async () => {
    const held = `${value}\n\nLes unités émises sont assujetties à une période de détention de quatre mois et un jour.`
    expect(await messages('life-offering', held)).toEqual([
      expect.stringContaining('error Il manque'),
      expect.stringContaining('error Période de détention inattendue')
    ])
  })
})
