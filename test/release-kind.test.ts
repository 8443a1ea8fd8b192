/**
 * What kind of release it is and who speaks (src/model/release.ts), on
 * invented releases of each kind, and the duties that follow: the U.S. legend
 * for the issuer's own offering only; the financing rules for what the issuer
 * itself issues (its offering, or shares for debt). An acquirer's early
 * warning, a holder's purchase, a settlement of debt, a grant, a drill
 * release that mentions last year's placement, an acquisition paid in shares
 * offer nothing for money and carry no legend.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel, type Model, type ReleaseKind} from '../src/model/model.js'
import {RELEASE, fixture, lintPreset} from './helpers.js'
import {expectLinearWork} from './work.js'

function model(value: string): Model {
  return buildModel(unified().use(remarkParse).parse(value), value)
}

/** The rules whose duty the release facts decide. */
const DUTIES = ['us-distribution-legend', 'offering-arithmetic', 'hold-period', 'tsxv-pricing']

/** The errors of those rules on `value` (preset), by rule id, each once. */
async function duties(value: string): Promise<string[]> {
  const file = await lintPreset(value)
  const ids = file.messages.filter((m) => m.fatal && DUTIES.includes(m.ruleId ?? '')).map((m) => m.ruleId!)
  return [...new Set(ids)]
}

const kinds = (m: Model): ReleaseKind[] => m.release.kinds.map((kind) => kind.kind)
const quote = (m: Model, span: {start: number; end: number} | undefined) =>
  span ? m.value.slice(span.start, span.end) : undefined

const EARLY_WARNING =
  'Early Warning Report Filed by Larchmont Capital Ltd.\n\n' +
  'TORONTO, ON, May 4, 2026 - This news release is made by Larchmont Capital Ltd. (the "Acquiror") under ' +
  'National Instrument 62-103, as it has filed an early warning report on the common shares of Birchwood ' +
  'Metals Inc. (the "Issuer") that it holds. The Issuer is listed on the TSX Venture Exchange (symbol: BWM).\n\n' +
  'On May 1, 2026, the Acquiror exercised 8,000,000 warrants at an exercise price of $0.25 per share for ' +
  'aggregate consideration of $2,000,000. The warrants were acquired in the non-brokered private placement of ' +
  'the Issuer that closed on June 3, 2025, of 8,000,000 units at a price of $0.15 per unit for gross proceeds ' +
  'of $1,200,000, each unit consisting of one common share and one warrant.\n\n' +
  'Following the exercise, the Acquiror owns 16,000,000 common shares, representing approximately 14.2% of ' +
  'the issued and outstanding common shares on an undiluted basis. The Acquiror bought the shares as an ' +
  'investment and may buy or sell more.\n'

const HOLDER_PURCHASE =
  'VANCOUVER, BC, June 2, 2026 - Helena Varga announces that she has acquired, through the facilities of the ' +
  'TSX Venture Exchange, 3,000,000 common shares of Corrie Lake Resources Ltd. (TSXV: CLR) at a price of ' +
  '$0.12 per share, for a total of $360,000. Ms. Varga now holds 11.5% of the issued and outstanding shares ' +
  'and will file an early warning report.\n'

const HOLDER_PURCHASE_BY_ISSUER =
  'VANCOUVER, BC, June 2, 2026 - Corrie Lake Resources Ltd. (TSXV: CLR) (the "Company") announces that it has ' +
  'been advised that Helena Varga has acquired 3,000,000 common shares of the Company through the facilities ' +
  'of the TSX Venture Exchange at a price of $0.12 per share. She will file an early warning report under ' +
  'National Instrument 62-103.\n'

const SHARES_FOR_DEBT = (count: string, price: string) =>
  'Tamarack Ridge Mining Closes Shares for Debt Settlement\n\n' +
  'VANCOUVER, BC, May 5, 2026 - Tamarack Ridge Mining Corp. (TSXV: TRM) (the "Company") has closed its shares ' +
  `for debt settlement, issuing ${count} common shares at a deemed price of ${price} per share to settle ` +
  '$240,000 owed to three directors. The shares are subject to a hold period of four months and one day.\n'

const GRANT =
  'VANCOUVER, BC, May 6, 2026 - Quarry Point Gold Inc. (TSXV: QPG) (the "Company") announces that it has ' +
  'granted 1,500,000 incentive stock options and 400,000 restricted share units to directors, officers and ' +
  'consultants under its omnibus equity incentive plan. The options are exercisable at $0.30 per share for ' +
  'five years.\n'

const DRILL_RESULTS =
  'Birchwood Metals Intersects 6.2 g/t Gold over 9.0 Metres at Fenwick\n\n' +
  'VANCOUVER, BC, May 7, 2026 - Birchwood Metals Inc. (TSXV: BWM) (the "Company") reports assays from hole ' +
  'FW-26-04, which returned 6.2 g/t gold over 9.0 metres.\n\n' +
  'The 2026 program is funded from the private placement the Company closed in November 2025.\n'

const LIFE =
  'Kestrel Bay Minerals Announces $3 Million LIFE Offering\n\n' +
  'VANCOUVER, BC, May 8, 2026 - Kestrel Bay Minerals Corp. (CSE: KBM) (the "Company") announces a ' +
  'non-brokered offering of up to 15,000,000 units at a price of $0.20 per unit for gross proceeds of up to ' +
  '$3,000,000 under the listed issuer financing exemption.\n'

const BOUGHT_DEAL =
  'Harrow Creek Closes $12 Million Bought Deal\n\n' +
  'TORONTO, ON, May 9, 2026 - Harrow Creek Resources Inc. (TSX: HCR) (the "Company") has closed its bought ' +
  'deal offering of 24,000,000 common shares at a price of $0.50 per share for gross proceeds of $12,000,000.\n'

const SUBSCRIPTION_RECEIPTS =
  'VANCOUVER, BC, May 10, 2026 - Silt Harbour Resources Inc. (TSXV: SHR) (the "Company") has closed its ' +
  'brokered offering of 10,000,000 subscription receipts at a price of $0.50 per subscription receipt for ' +
  'gross proceeds of $5,000,000.\n'

const FLOW_THROUGH =
  'VANCOUVER, BC, May 11, 2026 - Aurum Vale Exploration Ltd. (TSXV: AVX) (the "Company") announces a ' +
  'non-brokered private placement of up to 4,000,000 flow-through shares at $0.25 per flow-through share.\n'

const ACQUISITION =
  'VANCOUVER, BC, May 12, 2026 - Stonecrop Metals Corp. (CSE: SCM) (the "Company") has entered into a ' +
  'definitive agreement to acquire the Eagle Pass property from a private vendor for $50,000 in cash and ' +
  '2,000,000 common shares at a deemed price of $0.15 per share.\n'

const ACQUISITION_AND_PLACEMENT =
  ACQUISITION.trimEnd() +
  ' The Company also announces a concurrent non-brokered private placement of up to 5,000,000 units at a ' +
  'price of $0.10 per unit.\n'

const RUN_TOGETHER =
  'VANCOUVER, BC, May 15, 2026 - Fenlow Gold Corp. (TSXV: FGC) announcesa non-brokeredprivate placement of up ' +
  'to 5,000,000 units at $0.10 per unit.\n'

const WARRANT_EXERCISE =
  'VANCOUVER, BC, May 13, 2026 - Fenlow Gold Corp. (TSXV: FGC) (the "Company") announces that it has received ' +
  'gross proceeds of $800,000 from the exercise of 4,000,000 warrants at $0.20 per share.\n'

describe('who speaks', () => {
  it('an acquirer’s early warning release about another issuer: a third party, on its defined term', () => {
    const m = model(EARLY_WARNING)
    expect(m.release.speaker).toBe('third-party')
    expect(quote(m, m.release.speakerEvidence)).toBe('by Larchmont Capital Ltd. (the "Acquiror")')
    expect(kinds(m)).toContain('early-warning')
    expect(kinds(m)).not.toContain('offering')
    expect(m.release.ownOffering).toBeUndefined()
  })

  it('a holder’s purchase announced by the holder: a third party, on the shares of the listed company it bought', () => {
    const m = model(HOLDER_PURCHASE)
    expect(m.release.speaker).toBe('third-party')
    expect(quote(m, m.release.speakerEvidence)).toMatch(/^acquired, through the facilities .* Corrie Lake/)
    expect(kinds(m)).toContain('early-warning')
    expect(m.release.ownOffering).toBeUndefined()
  })

  it('a holder’s purchase announced by the issuer: the issuer speaks, and offers nothing', () => {
    const m = model(HOLDER_PURCHASE_BY_ISSUER)
    expect(m.release.speaker).toBe('issuer')
    expect(m.release.speakerEvidence).toBeUndefined()
    expect(kinds(m)).toContain('early-warning')
    expect(m.release.ownOffering).toBeUndefined()
  })

  it('the issuer whose lead names it "the Company" speaks, though its headline names no one', () => {
    const m = model(fixture(RELEASE))
    expect(m.release.speaker).toBe('issuer')
    expect(m.release.ownOffering).toBeDefined()
    expect(m.release.kinds.find((kind) => kind.kind === 'offering')).toMatchObject({
      form: 'private placement',
      stage: 'closed'
    })
  })

  it('an issuer’s closing that reports a subscriber’s early warning is still the issuer’s offering', () => {
    const m = model(
      'VANCOUVER, BC, May 14, 2026 - Fenlow Gold Corp. (TSXV: FGC) (the "Company") has closed its non-brokered ' +
        'private placement of 10,000,000 units at $0.10 per unit for gross proceeds of $1,000,000.\n\n' +
        'Following closing, Larchmont Capital Ltd. (the "Investor") holds 12% of the issued and outstanding ' +
        'shares and will file an early warning report.\n'
    )
    expect(m.release.speaker).toBe('issuer')
    expect(kinds(m)).toEqual(['offering', 'early-warning'])
    expect(m.release.ownOffering).toBeDefined()
  })

  it('a holder who reports its early warning filing on the listed company: a third party, and no offering', async () => {
    const value =
      'TORONTO, ON, May 4, 2026 - Larchmont Capital Ltd. announces that it has filed an early warning report in ' +
      'respect of Birchwood Metals Inc. (TSXV: BWM). Larchmont bought 6,000,000 units of Birchwood in its ' +
      'non-brokered private placement that closed on May 1, 2026, at a price of $0.10 per unit for gross ' +
      'proceeds of $600,000.\n'
    const m = model(value)
    expect(m.release.speaker).toBe('third-party')
    expect(quote(m, m.release.speakerEvidence)).toMatch(/^early warning report in respect of Birchwood Metals/)
    expect(m.release.ownOffering).toBeUndefined()
    expect(await duties(value)).toEqual([])
  })

  it('a holder whose lead defines the shares it bought ("the Shares") before naming the company: a third party', async () => {
    const value =
      'Quarry Lane Partners Files Early Warning Report on Tessaly Gold\n\n' +
      'CALGARY, AB, May 4, 2026 - Quarry Lane Partners LP ("Quarry Lane") announces that on May 1, 2026 it ' +
      'acquired, by way of private agreement, 2,000,000 common shares (the "Shares") of Tessaly Gold Corp. ' +
      '(TSXV: TSG) at $0.30 per Share. An early warning report will be filed on the SEDAR+ profile of Tessaly.\n\n' +
      'Quarry Lane Partners LP (« Quarry Lane ») annonce avoir acquis 2 000 000 actions ordinaires (les « Actions ») ' +
      'de Tessaly Gold Corp. (TSXV : TSG).\n'
    const m = model(value)
    expect(m.release.speaker).toBe('third-party')
    expect(quote(m, m.release.speakerEvidence)).toMatch(/^acquired, by way of private agreement, .*\(TSXV: TSG\)$/)
    const french = model(value.split('\n\n')[2])
    expect(french.release.speaker).toBe('third-party')
    expect(quote(french, french.release.speakerEvidence)).toMatch(/^acquis 2 000 000 actions ordinaires \(les/)
    const file = await lintPreset(value)
    expect(file.messages.filter((message) => message.fatal).map((message) => message.ruleId)).toEqual([])
  })

  it('a release issued under the early warning instrument is the holder’s, though no defined role names it', async () => {
    const value =
      'Early Warning Report\n\n' +
      'This news release is issued under the requirements of National Instrument 62-103 – The Early Warning ' +
      'System and Related Take-Over Bid and Insider Reporting Issues.\n\n' +
      'CALGARY, Alberta, April 9, 2026 - In connection with the closing of the non-brokered private placement of ' +
      'Pinecrest Royalty Trust ("Pinecrest"), in which Pinecrest issued 4,000,000 preferred units at a price of ' +
      '$0.40 per unit for gross proceeds of $1,600,000, Oriel Holdings Ltd. ("Oriel") acquired 1,500,000 ' +
      'preferred units for $600,000 (or US$420,000, US$0.28 per unit, at the day’s exchange rate). Oriel now ' +
      'holds 16.2% of the outstanding voting securities of Pinecrest.\n'
    const m = model(value)
    expect(m.release.speaker).toBe('third-party')
    expect(quote(m, m.release.speakerEvidence)).toBe(
      'This news release is issued under the requirements of National Instrument 62-103'
    )
    expect(m.release.ownOffering).toBeUndefined()
    expect(await duties(value)).toEqual([])
  })

  it('an issuer’s release with a portion issued under the early warning instrument is still the issuer’s', () => {
    const m = model(
      'VANCOUVER, BC, May 14, 2026 - This portion of this news release is issued under National Instrument ' +
        '62-103. Fenlow Gold Corp. (TSXV: FGC) (the "Company") has closed its non-brokered private placement of ' +
        '10,000,000 units at $0.10 per unit for gross proceeds of $1,000,000.\n'
    )
    expect(m.release.speaker).toBe('issuer')
    expect(m.release.ownOffering).toBeDefined()
  })

  it('a holder that names the company it bought into without a tag is a third party when it reports its filing', async () => {
    const value =
      'TORONTO, ON, March 3, 2026 - Ashgrove Holdings Inc. ("Ashgrove") announces that, in connection with a ' +
      'financing of Northby Metals Corp. ("Northby"), it has acquired 900,000 subscription receipts of Northby, ' +
      'each exchangeable for one unit of one share and one warrant, at $0.05 per subscription receipt.\n\n' +
      'Ashgrove now holds 12.4% of the outstanding shares of Northby on a non-diluted basis. An early warning ' +
      'report has been filed by Ashgrove and will be available on the SEDAR+ profile of Northby.\n'
    const m = model(value)
    expect(m.release.speaker).toBe('third-party')
    expect(quote(m, m.release.speakerEvidence)).toBe('acquired 900,000 subscription receipts of Northby')
    expect(m.release.ownOffering).toBeUndefined()
    expect(await duties(value)).toEqual([])
  })

  it('an untagged issuer that reports a subscriber’s early warning still offers its own securities', () => {
    const m = model(
      'VANCOUVER, BC, May 14, 2026 - Fenlow Gold Corp. ("Fenlow") announces that it has closed its private ' +
        'placement, issuing 10,000,000 units of Fenlow at $0.10 per unit for gross proceeds of $1,000,000.\n\n' +
        'Larchmont Capital Ltd. acquired 3,000,000 of the units and will file an early warning report.\n'
    )
    expect(m.release.speaker).toBe('issuer')
    expect(m.release.ownOffering).toBeDefined()
  })

  it('a holder’s release in copy with words run together and smart quotes: still the holder', () => {
    const m = model(
      'TORONTO, ON, May 4, 2026 - Larchmont Capital Ltd.(the \u201cAcquiror\u201d) announcesthat it acquired ' +
        '5,000,000 common shares of Acme Gold Corp. (TSXV: ACM) at $0.20 per share.\n'
    )
    expect(m.release.speaker).toBe('third-party')
    expect(quote(m, m.release.speakerEvidence)).toBe('(the \u201cAcquiror\u201d)')
  })

  it('a joint release of the issuer and "the Investor" subscribing to its placement is the issuer’s offering', async () => {
    const value =
      'VANCOUVER, BC, May 4, 2026 - Acme Gold Corp. and Big Spruce Mining Ltd. (the "Investor") announce that the ' +
      'Investor will subscribe for 10,000,000 units of Acme Gold Corp. (TSXV: ACM) in a non-brokered private ' +
      'placement at $0.20 per unit.\n'
    const m = model(value)
    expect(m.release.speaker).toBe('issuer')
    expect(quote(m, m.release.ownOffering)).toBe('non-brokered private placement')
    expect(await duties(value)).toEqual(['us-distribution-legend'])
  })

  it('a listed issuer buying into another company’s private placement offers nothing of its own', async () => {
    const value =
      'Sorrel Peak Mining Takes Stake in Wendigo Silver\n\n' +
      'VANCOUVER, BC, May 4, 2026 - Sorrel Peak Mining Corp. (TSX: SPK) ("Sorrel Peak") announces that it has ' +
      'acquired 12,000,000 common shares of Wendigo Silver Inc. (TSXV: WSI) ("Wendigo") in a non-brokered ' +
      'private placement completed by Wendigo today, at $0.25 per share for a total of $3,000,000.\n\n' +
      'Sorrel Peak now holds 11.8% of the issued and outstanding shares of Wendigo and will file an early ' +
      'warning report.\n'
    const m = model(value)
    expect(m.release.speaker).toBe('issuer')
    expect(kinds(m)).not.toContain('offering')
    expect(m.release.ownOffering).toBeUndefined()
    expect(await duties(value)).toEqual([])
  })

  it('another company’s placement named by the name the release defines for it, in the body: not the issuer’s', () => {
    const m = model(
      'TORONTO, ON, May 4, 2026 - Sorrel Peak Mining Corp. (TSX: SPK) (the "Company") announces a strategic ' +
        'investment in Wendigo Silver Inc. (TSXV: WSI) ("Wendigo").\n\n' +
        'The Company purchased 8,000,000 units of Wendigo in its brokered private placement at $0.25 per unit, ' +
        'each unit consisting of one share and one warrant.\n'
    )
    expect(m.release.ownOffering).toBeUndefined()
  })

  it('the issuer’s own placement named before the trade it funds stays the issuer’s', () => {
    const m = model(
      'VANCOUVER, BC, May 4, 2026 - Sorrel Peak Mining Corp. (TSXV: SPK) (the "Company") announces a ' +
        'non-brokered private placement of up to 10,000,000 units at $0.10 per unit to fund its acquisition of ' +
        '5,000,000 shares of Wendigo Silver Inc. (TSXV: WSI).\n'
    )
    expect(quote(m, m.release.ownOffering)).toBe('non-brokered private placement')
  })

  it('a subscriber buying the issuer’s own units in its placement: still the issuer’s offering', () => {
    const m = model(
      'VANCOUVER, BC, May 4, 2026 - Wendigo Silver Inc. (TSXV: WSI) ("Wendigo" or the "Company") announces that ' +
        'Sorrel Peak Mining Corp. (TSX: SPK) has agreed to acquire 12,000,000 units of Wendigo in a non-brokered ' +
        'private placement at $0.25 per unit.\n'
    )
    expect(m.release.speaker).toBe('issuer')
    expect(quote(m, m.release.ownOffering)).toBe('non-brokered private placement')
  })

  it('a holder’s trade quoted as evidence ends with the company’s tag or a whole word, never inside one', () => {
    const tagged = model(HOLDER_PURCHASE)
    expect(quote(tagged, tagged.release.speakerEvidence)).toMatch(/Corrie Lake Resources Ltd\. \(TSXV: CLR\)$/)
    const long = model(
      'TORONTO, ON, May 4, 2026 - Helena Varga announces that she has acquired, through a private agreement, ' +
        '9,000,000 units of Corrie Lake Resources Ltd. (the "Issuer") at a price of $0.15 per unit.\n'
    )
    expect(quote(long, long.release.speakerEvidence)).toMatch(/\(the "Issuer"\)$/)
  })

  it('property: the subject decides, whatever the names', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{3,9} [A-Z][a-z]{3,9}$/)
    const ticker = fc.stringMatching(/^[A-Z]{3}$/)
    fc.assert(
      fc.property(name, name, ticker, (holder, issuer, tag) => {
        const acquirer = model(
          `TORONTO, ON, May 4, 2026 - ${holder} Ltd. (the "Acquiror") announces that it has acquired ` +
            `5,000,000 common shares of ${issuer} Inc. (TSXV: ${tag}) at $0.20 per share.\n`
        )
        expect(acquirer.release.speaker).toBe('third-party')
        expect(acquirer.release.ownOffering).toBeUndefined()
        const own = model(
          `TORONTO, ON, May 4, 2026 - ${issuer} Inc. (TSXV: ${tag}) announces a non-brokered private ` +
            `placement of 5,000,000 units at $0.20 per unit, to which ${holder} Ltd. (the "Investor") will subscribe.\n`
        )
        expect(own.release.speaker).toBe('issuer')
        expect(own.release.ownOffering).toBeDefined()
      }),
      {numRuns: 40}
    )
  })
})

describe('what the release announces', () => {
  it.each([
    ['a shares-for-debt closing', SHARES_FOR_DEBT('2,400,000', '$0.10'), 'shares-for-debt', 'Shares for Debt'],
    ['an option and RSU grant', GRANT, 'compensation', 'granted 1,500,000 incentive stock options'],
    ['drill results that mention last year’s placement', DRILL_RESULTS, 'technical', 'g/t'],
    ['an acquisition paid in shares', ACQUISITION, 'acquisition', 'definitive agreement'],
    ['warrants exercised', WARRANT_EXERCISE, undefined, undefined]
  ])('%s: no offering of the issuer’s', (_, value, kind, words) => {
    const m = model(value)
    expect(m.release.speaker).toBe('issuer')
    expect(m.release.ownOffering).toBeUndefined()
    expect(kinds(m)).not.toContain('offering')
    if (kind) {
      const found = m.release.kinds.find((k) => k.kind === kind)
      expect(found).toBeDefined()
      expect(quote(m, found)!.replace(/\s+/g, ' ')).toContain(words!.replace(/\s+/g, ' '))
    }
  })

  it.each([
    ['an announced LIFE offering', LIFE, 'LIFE offering', 'announced', 'LIFE Offering'],
    ['a closed bought deal', BOUGHT_DEAL, 'bought deal', 'closed', 'Bought Deal'],
    [
      'subscription receipts',
      SUBSCRIPTION_RECEIPTS,
      'offering of subscription receipts',
      'closed',
      'subscription receipts'
    ],
    ['flow-through shares', FLOW_THROUGH, 'flow-through offering', 'announced', 'flow-through shares'],
    [
      'an acquisition with a concurrent placement',
      ACQUISITION_AND_PLACEMENT,
      'private placement',
      'announced',
      'non-brokered private placement'
    ],
    ['words run together in copy', RUN_TOGETHER, 'private placement', 'announced', 'non-brokeredprivate placement'],
    [
      'a strategic investment in capitals',
      'FENLOW GOLD ANNOUNCES $5 MILLION STRATEGIC INVESTMENT BY BIG SPRUCE MINING\n\n' +
        'VANCOUVER, BC, May 16, 2026 - Fenlow Gold Corp. ("Fenlow") is pleased to announce that Big Spruce Mining ' +
        'Ltd. will subscribe for 10,000,000 common shares at a price of $0.50 per share.\n',
      'financing',
      'announced',
      'STRATEGIC INVESTMENT BY'
    ]
  ])('%s: the issuer’s own offering, its form and stage on the words as written', (_, value, form, stage, words) => {
    const m = model(value)
    expect(m.release.speaker).toBe('issuer')
    const offering = m.release.kinds.find((kind) => kind.kind === 'offering')
    expect(offering).toMatchObject({form, stage})
    expect(quote(m, m.release.ownOffering)).toBe(words)
  })

  it('an acquisition with units sold for gross proceeds, though no form is named: an offering of securities', () => {
    const m = model(
      'Stonecrop Metals to Acquire Eagle Pass and Raise $2 Million\n\n' +
        'VANCOUVER, BC, May 12, 2026 - Stonecrop Metals Corp. (CSE: SCM) (the "Company") will acquire the Eagle ' +
        'Pass property for 2,000,000 common shares at a deemed price of $0.15 per share. The Company will issue ' +
        '20,000,000 units at a price of $0.10 per unit for gross proceeds of $2,000,000.\n'
    )
    expect(kinds(m)).toEqual(['acquisition', 'offering'])
    expect(m.release.kinds[1]).toMatchObject({form: undefined, stage: 'announced'})
    expect(quote(m, m.release.ownOffering)).toBe('units at a price of')
  })

  it('a property option granted to a partner is an acquisition’s, not a grant of compensation', () => {
    const m = model(
      'VANCOUVER, BC, May 17, 2026 - Fenlow Gold Corp. (TSXV: FGC) (the "Company") has granted Big Spruce Mining ' +
        'Ltd. an option to acquire a 70% interest in its Birch property under an option agreement.\n'
    )
    expect(kinds(m)).toEqual(['acquisition'])
  })

  it('lists the kinds in the order of the text', () => {
    const m = model(ACQUISITION_AND_PLACEMENT)
    expect(kinds(m)).toEqual(['acquisition', 'offering'])
    const starts = m.release.kinds.map((kind) => kind.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
  })
})

describe('securities already outstanding, named by the offering they came from', () => {
  const EXTENSION =
    'Brackwater Mining Extends Warrants\n\n' +
    'KAMLOOPS, BC, December 1, 2026 - Brackwater Mining Corp. (TSXV: BKW) (the "Company") intends to extend the ' +
    'expiry date of 6,000,000 outstanding warrants, issued in a non-brokered private placement that closed on ' +
    'November 20, 2024, from November 20, 2026 to November 20, 2027. The exercise price of $0.20 is unchanged.\n'
  const FRENCH_EXTENSION =
    'Brackwater prolonge ses bons de souscription\n\n' +
    'ROUYN-NORANDA (Québec), le 1er décembre 2026 - Brackwater Mining Corp. (TSXV: BKW) (la « Société ») ' +
    'annonce la prolongation de 6 000 000 de bons de souscription émis dans le cadre du placement privé clôturé ' +
    'le 20 novembre 2024, jusqu’au 20 novembre 2027.\n'

  it.each([
    ['a warrant extension', EXTENSION],
    ['a warrant extension in French', FRENCH_EXTENSION],
    [
      'a warrant extension naming the day the warrants were issued',
      'Ravensdale Gold Proposes Warrant Extension\n\nCALGARY, Alberta, May 2, 2026 - Ravensdale Gold Inc. (TSXV: RVG) ' +
        '(the "Company") intends to extend the expiry date of 4,500,000 share purchase warrants issued on March 3, ' +
        '2024 as part of a non-brokered private placement of units, from March 3, 2026 to March 3, 2027.\n'
    ],
    [
      'a French warrant extension naming the day the warrants were issued',
      'Ravensdale prolonge des bons de souscription\n\nMONTRÉAL, Québec, le 2 mai 2026 - Or Ravensdale inc. ' +
        '(TSXV : RVG) (la « Société ») entend prolonger de douze mois 4 500 000 bons de souscription émis le ' +
        '3 mars 2024 dans le cadre d’un placement privé sans l’entremise d’un courtier.\n'
    ],
    [
      'warrants exercised, acquired in a placement',
      'VANCOUVER, BC, May 2, 2026 - Brackwater Mining Corp. (TSXV: BKW) (the "Company") announces that holders ' +
        'have exercised 2,000,000 warrants, acquired in the private placement of June 2025, at $0.20 per share.\n'
    ]
  ])('%s: no offering of the issuer’s, no legend, no hold period', async (_, value) => {
    expect(model(value).release.ownOffering).toBeUndefined()
    expect(await duties(value)).toEqual([])
  })

  it('an offering the release announces stays one where a sentence also names the securities’ origin', () => {
    const value =
      'Brackwater Mining Closes Private Placement\n\n' +
      'KAMLOOPS, BC, December 1, 2026 - Brackwater Mining Corp. (TSXV: BKW) (the "Company") has closed its ' +
      'non-brokered private placement of 6,000,000 units at $0.10 per unit for gross proceeds of $600,000. The ' +
      'warrants issued in the private placement may be exercised at $0.15 for 24 months.\n'
    expect(quote(model(value), model(value).release.ownOffering)).toBe('Private Placement')
  })
})

describe('the duties that follow', () => {
  it.each([
    ['an acquirer’s early warning with warrant exercises', EARLY_WARNING],
    ['a holder’s purchase', HOLDER_PURCHASE],
    ['a shares-for-debt closing', SHARES_FOR_DEBT('2,400,000', '$0.10')],
    ['an option and RSU grant', GRANT],
    ['drill results that mention last year’s placement', DRILL_RESULTS],
    ['an acquisition paid in shares', ACQUISITION],
    ['warrants exercised', WARRANT_EXERCISE]
  ])('%s: no legend, no financing error', async (_, value) => {
    expect(await duties(value)).toEqual([])
  })

  it.each([
    ['an announced LIFE offering', LIFE, 'a LIFE offering (line 1): “LIFE Offering”'],
    ['a closed bought deal', BOUGHT_DEAL, 'the closing of a bought deal (line 1): “Bought Deal”'],
    ['subscription receipts', SUBSCRIPTION_RECEIPTS, 'the closing of an offering of subscription receipts (line 1)'],
    ['flow-through shares', FLOW_THROUGH, 'a flow-through offering (line 1): “flow-through shares”'],
    ['an acquisition with a concurrent placement', ACQUISITION_AND_PLACEMENT, 'a private placement (line 1)'],
    ['words run together in copy', RUN_TOGETHER, 'a private placement (line 1): “non-brokeredprivate placement”']
  ])('%s: the legend, saying what the release announces', async (_, value, announces) => {
    const file = await lintPreset(value)
    const legend = file.messages.filter((m) => m.ruleId === 'us-distribution-legend')
    expect(legend.map((m) => m.fatal)).toEqual([true])
    expect(legend[0].reason).toContain(`this release announces ${announces}`)
  })

  it('a shares-for-debt settlement below $0.05: tsxv-pricing on the deemed price (the floor applies to it)', async () => {
    // 6,000,000 × $0.04 = $240,000: the figures agree, the price is below the floor.
    const file = await lintPreset(SHARES_FOR_DEBT('6,000,000', '$0.04'))
    const found = file.messages.filter((m) => m.fatal && DUTIES.includes(m.ruleId ?? ''))
    expect(found.map((m) => [m.ruleId, m.reason])).toEqual([
      ['tsxv-pricing', 'Unexpected deemed price of $0.04 per share, expected at least $0.05']
    ])
  })

  it('a shares-for-debt closing that states no hold period: hold-period (the settlement shares are restricted too)', async () => {
    const value = SHARES_FOR_DEBT('2,400,000', '$0.10').replace(
      ' The shares are subject to a hold period of four months and one day.',
      ''
    )
    expect(await duties(value)).toEqual(['hold-period'])
  })

  it('a holder’s purchase below $0.05 is no issuance of the issuer’s: no tsxv-pricing', async () => {
    const value = HOLDER_PURCHASE.replace('$0.12 per share, for a total of $360,000', '$0.03 per share')
    expect(await duties(value)).toEqual([])
  })

  it('an acquirer’s release whose figures disagree is not checked as the issuer’s offering', async () => {
    const value = EARLY_WARNING.replace('gross proceeds of $1,200,000', 'gross proceeds of $1,300,000')
    expect(await duties(value)).toEqual([])
    // The same paragraph as the issuer's own closing draws the arithmetic error.
    const own =
      'VANCOUVER, BC, May 4, 2026 - Birchwood Metals Inc. (TSXV: BWM) (the "Company") has closed its ' +
      'non-brokered private placement of 8,000,000 units at a price of $0.15 per unit for gross proceeds of ' +
      '$1,300,000. The securities are subject to a hold period of four months and one day.\n'
    expect(await duties(own)).toEqual(['us-distribution-legend', 'offering-arithmetic'])
  })
})

describe('copy artefacts', () => {
  /** What newswire copy does to a draft: non-breaking spaces, smart quotes, a headline in capitals. */
  const artefacts = fc.record({
    nbsp: fc.boolean(),
    smart: fc.boolean(),
    shout: fc.boolean()
  })
  const copy = (value: string, how: {nbsp: boolean; smart: boolean; shout: boolean}) => {
    let out = how.smart ? value.replace(/"([^"\n]*)"/g, '\u201c$1\u201d') : value
    if (how.nbsp) out = out.replace(/ (?=\S)/g, (space, at: number) => (at % 3 === 0 ? '\u00a0' : space))
    if (how.shout) out = out.replace(/^[^\n]*/, (headline) => headline.toUpperCase())
    return out
  }

  it('property: the same facts through non-breaking spaces, smart quotes and a headline in capitals', () => {
    fc.assert(
      fc.property(artefacts, (how) => {
        const life = model(copy(LIFE, how))
        expect(life.release.kinds.find((kind) => kind.kind === 'offering')).toMatchObject({form: 'LIFE offering'})
        const warning = model(copy(EARLY_WARNING, how))
        expect(warning.release.speaker).toBe('third-party')
        expect(warning.release.ownOffering).toBeUndefined()
        const debt = model(copy(SHARES_FOR_DEBT('2,400,000', '$0.10'), how))
        expect(kinds(debt)).toContain('shares-for-debt')
        expect(debt.release.ownOffering).toBeUndefined()
      }),
      {numRuns: 16}
    )
  })
})

describe('linear time', () => {
  it.each([
    ['settle', 'to settle '],
    ['grants', 'granted options '],
    ['holdings', 'acquired shares '],
    ['exercises', 'exercise of the '],
    ['defined terms', '(the "'],
    ['amounts', '$1, ']
  ])('decides a paragraph of "%s" runs: the work grows linearly (counted, not timed)', (_, unit) => {
    const make = (n: number) => 'Acme Gold Corp. (TSXV: ACM) announces ' + unit.repeat(n) + '\n'
    expect(model(make(Math.ceil(100_000 / unit.length))).release.speaker).toBe('issuer')
    expectLinearWork(make, (value) => model(value).release.speaker, Math.ceil(10_000 / unit.length))
  })
})

describe('an at-the-market program and an offering registered in the United States', () => {
  const ATM =
    'Hallett Copper Launches At-the-Market Equity Program\n\n' +
    'TORONTO, Ontario, March 9, 2026 – Hallett Copper Corp. (TSX: HCC) has established an at-the-market equity ' +
    'program allowing it to issue up to $15,000,000 of common shares from treasury. Shares sold under the program ' +
    'will be sold through the facilities of the Toronto Stock Exchange at the prevailing market price.\n\n' +
    'Sales will be made under a prospectus supplement to the Company’s short form base shelf prospectus.'

  it('reads the program as the issuer’s offering, not a holder’s trade through the exchange', async () => {
    const m = model(ATM)
    expect(kinds(m)).toEqual(['offering'])
    expect(m.release.kinds[0].form).toBe('at-the-market offering')
    expect(await duties(ATM)).toContain('us-distribution-legend')
  })

  it('reads the French program as an offering too', () => {
    const fr =
      'TORONTO (Ontario), le 9 mars 2026 – Cuivre Hallett inc. (TSX : HCC) a établi un programme de placement au ' +
      'cours du marché lui permettant d’émettre jusqu’à 15 000 000 $ d’actions ordinaires.'
    expect(model(fr).release.kinds.map((k) => k.form)).toEqual(['at-the-market offering'])
  })

  const CROSS_BORDER = (registration: string) =>
    'VANCOUVER, British Columbia, June 2, 2026 – Tolland Gold Corp. (TSX: TGC) (NYSE American: TGC) has entered ' +
    'into an agreement with a syndicate of underwriters for a bought deal offering of 20,000,000 common shares at ' +
    `US$2.50 per share.${registration}\n\nThe offering is expected to close on June 16, 2026.`

  it('owes no U.S. legend or “not registered” paragraph on an offering registered there', async () => {
    const registered =
      ' The offering is made in the United States under a registration statement on Form F-10 filed with the ' +
      'SEC under the multijurisdictional disclosure system.'
    const m = model(CROSS_BORDER(registered))
    expect(quote(m, m.release.usRegistered)).toBe('registration statement on Form F-10')
    const file = await lintPreset(CROSS_BORDER(registered))
    expect(file.messages.filter((x) => x.ruleId?.startsWith('us-'))).toEqual([])
    expect(await duties(CROSS_BORDER(''))).toContain('us-distribution-legend')
  })

  it('still owes them when only the buyers’ resale is to be registered, or registration is absent', async () => {
    for (const words of [
      ' The Company has agreed to file a resale registration statement on Form F-3 for the shares.',
      ' The shares may not be offered or sold in the United States absent an effective registration statement.'
    ]) {
      expect(model(CROSS_BORDER(words)).release.usRegistered).toBeUndefined()
      expect(await duties(CROSS_BORDER(words))).toContain('us-distribution-legend')
    }
  })
})
