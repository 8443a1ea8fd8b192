/**
 * Financing and corporate releases of the kinds a sixth QA round read on real newswire copy (the cases below are
 * invented issuers in our own words, each reproducing the shape of a defect the document model once misread).
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('release: a news service’s short report speaks for a third party', () => {
  it.each([
    [
      'a wire story dated by its weekday after an adverb',
      'Corvid Gold said overnight Monday that it signed an option agreement with Larkspur Uranium over its Hollis ' +
        'property.\n\nUnder the agreement, Larkspur may earn a 70% interest by spending $2 million over three ' +
        'years.\n\nCorvid Gold shares rose 3% on Monday to $0.41 on the TSXV.',
      'said overnight Monday'
    ],
    [
      'a wire story that says where the issuer said it',
      'Corvid Gold said in a statement Tuesday that it will extend the term of its warrants by six months.\n\nThe ' +
        'extension is subject to the approval of the TSX Venture Exchange.',
      'said in a statement Tuesday'
    ],
    [
      'a market service’s notice that an announcement is out',
      'An announcement from Corvid Gold (TSXV: CVG) is now available.\n\nCorvid Gold Corp. will extend the expiry ' +
        'of 9,000,000 warrants to August 2026; the amendment is subject to the approval of the TSX Venture Exchange.',
      'announcement from Corvid Gold (TSXV: CVG) is now available'
    ]
  ])('%s', async (_kind, value, words) => {
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(value.slice(release.speakerEvidence!.start, release.speakerEvidence!.end)).toBe(words)
    expect(await messages('exchange-disclaimer', value)).toEqual([])
    const caution = await messages('forward-looking-caution', value)
    expect(caution.every((message) => message.includes(': warning '))).toBe(true)
  })

  it.each([
    // The issuer's own words: a weekday after "said" that is no adverb of the report stays the issuer's.
    'VANCOUVER, BC, May 1, 2026 – Corvid Gold Corp. (TSXV: CVG) announces that its drill program starts Monday. ' +
      '"We are ready," said the CEO.',
    'VANCOUVER, BC, May 1, 2026 – Corvid Gold Corp. (TSXV: CVG) is pleased to announce that an announcement from ' +
      'the Company on the placement will follow.'
  ])('the issuer’s own release: %s', (value) => {
    expect(model(value).release.speaker).toBe('issuer')
  })
})

describe('us-securities-act: the issuer’s active voice names the securities after the verb', () => {
  const lead =
    'VANCOUVER, BC, May 1, 2026 – Halvard Realty Trust (TSXV: HRT.U) has closed a non-brokered private placement ' +
    'of 4,000,000 preferred units at US$0.50 per unit for gross proceeds of US$2,000,000.\n\n'
  it.each([
    'The Trust has not registered and will not register the securities under the U.S. Securities Act of 1933.',
    'The Trust has not registered, and does not intend to register, the preferred units under the United States ' +
      'Securities Act of 1933, as amended.',
    'The Company will not register the securities pursuant to the U.S. Securities Act of 1933.'
  ])('%s', async (sentence) => {
    const value =
      lead +
      'This news release is not an offer of securities for sale in the United States. The securities may not be ' +
      `offered or sold in the United States absent registration or an exemption from registration. ${sentence}`
    expect(model(value).usParagraph.parts['not-registered']).toBeDefined()
    expect(await messages('us-securities-act', value)).toEqual([])
  })

  it('a paragraph that never says the securities are not registered is still missing that part', async () => {
    const value =
      lead +
      'This news release is not an offer of securities for sale in the United States. The securities may not be ' +
      'offered or sold in the United States absent registration under the U.S. Securities Act of 1933.'
    expect(model(value).usParagraph.parts['not-registered']).toBeUndefined()
    expect(await messages('us-securities-act', value)).toEqual([
      expect.stringContaining('error Missing “not registered under the U.S. Securities Act of 1933”')
    ])
  })
})

describe('release: a holder that names the company it holds by the release’s term for it speaks as a third party', () => {
  it.each([
    'TORTOLA, British Virgin Islands, May 1, 2026 /CNW/ - Halvard Capital Group Limited, which beneficially owns ' +
      'approximately 10.6% of the issued and outstanding common shares of Ormond Payments Inc. ("Ormond" or the ' +
      '"Company"), today issued an open letter to fellow shareholders urging them to vote against the proposed ' +
      'arrangement.',
    'TORONTO, Ontario, May 1, 2026 – Halvard Capital LP, which holds 12% of the common shares of Ormond Resources ' +
      'Inc. (the "Company"), announces that it will vote against the arrangement at the special meeting.'
  ])('%s', async (value) => {
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(release.speakerEvidence?.words).toMatch(/^(?:owns|holds) /)
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it.each([
    // The issuer names itself before the holding: its own release.
    'VANCOUVER, BC, May 1, 2026 – Ormond Resources Inc. (the "Company"), which holds 100% of the shares of Birch ' +
      'Mining Ltd. (the "Subsidiary"), announces the results of its annual meeting.',
    // A holding of "the Company" with no term defined for it: the issuer's release about its insider.
    'VANCOUVER, BC, May 1, 2026 – Dana Roe, who holds 12% of the shares of the Company, has resigned as a director ' +
      'of Ormond Resources Inc. (TSXV: ORM).'
  ])('the issuer’s own release: %s', (value) => {
    expect(model(value).release.speaker).toBe('issuer')
  })
})

describe('forward-looking: the legal basis of a distribution is no statement of the future', () => {
  it.each([
    'The notes have not been and will not be qualified for sale to the public under applicable Canadian securities ' +
      'laws, and any offer and sale of the notes in Canada will be made on a basis which is exempt from the ' +
      'prospectus requirements.',
    'The units will not be qualified by a prospectus; their sale will be made in reliance on the accredited ' +
      'investor exemption.'
  ])('%s', async (sentence) => {
    const value =
      'CALGARY, AB, May 1, 2026 – Tamarack Oil Corp. (TSX: TOC) has closed its offering of US$40 million of senior ' +
      `notes.\n\n${sentence}`
    expect(model(value).topics.forwardLooking).toBeUndefined()
    expect(await messages('forward-looking-caution', value)).toEqual([])
  })

  it('a plan stated with the same verb is still forward-looking', () => {
    const value =
      'CALGARY, AB, May 1, 2026 – Tamarack Oil Corp. (TSX: TOC) has closed its offering of senior notes. The ' +
      'Company will be made whole by its insurer and will drill four wells next quarter.'
    expect(model(value).topics.forwardLooking?.strength).toBe('strong')
  })
})

describe('release: an interview lead and an article excerpt are a news service’s', () => {
  const body =
    'Corvid Gold closed its non-brokered private placement of 4,000,000 units at $0.10 per unit for gross ' +
    'proceeds of $400,000.'
  it.each([
    [
      'an interview',
      `Corvid Gold Advances Its Projects\n\nCorvid Gold CEO Dana Roe recently spoke with Lee Park from Proactive to ` +
        `discuss the company's plans for the year. ${body}`,
      'spoke with Lee Park from Proactive to discuss'
    ],
    [
      'an excerpt that continues elsewhere',
      `# Corvid Gold (TSXV: CVG) Closes $400K Financing\n\n* Corvid Gold closed a placement\n\nCorvid Gold (TSXV: ` +
        `CVG) is advancing its Hollis project. ${body}\n\nRead More>>`,
      'Read More>>'
    ]
  ])('%s', async (_kind, value, words) => {
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(value.slice(release.speakerEvidence!.start, release.speakerEvidence!.end)).toBe(words)
    expect(release.ownOffering).toBeUndefined()
    expect(await messages('us-distribution-legend', value)).toEqual([])
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it('the issuer’s own release that links to more reading stays the issuer’s', () => {
    const value =
      `VANCOUVER, BC, May 1, 2026 – Corvid Gold Corp. (TSXV: CVG) has closed its private placement. Read more ` +
      `about the Hollis project on the Company's website.`
    expect(model(value).release.speaker).toBe('issuer')
  })
})

describe('forward-looking: a company’s mission in a relative clause describes its business', () => {
  it.each([
    'Tamarack is an international energy producer that seeks to create value through the acquisition and ' +
      'development of producing assets.',
    'Tamarack is a junior explorer which aims to discover copper deposits in British Columbia.'
  ])('%s', (about) => {
    const value =
      'CALGARY, AB, May 1, 2026 – Tamarack Oil Corp. (TSX: TOC) has closed its offering of senior notes.\n\n' +
      `**About Tamarack**\n\n${about}`
    // At most weak ("aims to" stays a weak word of the future): no error for a missing caution.
    expect(model(value).topics.forwardLooking?.strength).not.toBe('strong')
  })

  it('the issuer that seeks to do a thing still states a plan', () => {
    const value =
      'CALGARY, AB, May 1, 2026 – Tamarack Oil Corp. (TSX: TOC) seeks to raise up to $5 million in a private ' +
      'placement.'
    expect(model(value).topics.forwardLooking?.strength).toBe('strong')
  })
})

describe('exchange-disclaimer: an issuer listed abroad only owes no Canadian exchange’s disclaimer', () => {
  it.each([
    'PORTLAND, OR, May 1, 2026 – Bellwood Holdings Corp. (OTC Pink: BLWH) has signed a letter of intent to acquire ' +
      'a gold claim block in Nevada.',
    'RENO, NV, May 1, 2026 – Halvard Lithium Inc. (Nasdaq: HLVD) will start drilling at its Clayton project in May.'
  ])('%s', async (value) => {
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it.each([
    // A Canadian listing beside the foreign one, or a Canadian exchange's approval, still owes it.
    'VANCOUVER, BC, May 1, 2026 – Acme Gold Corp. (TSXV: ACM) (OTCQB: ACMGF) will start drilling in May.',
    'VANCOUVER, BC, May 1, 2026 – Acme Gold Corp. (OTCQB: ACMGF) will start drilling in May, subject to TSX Venture ' +
      'Exchange acceptance.',
    // No listing at all: the TSX-V default.
    'VANCOUVER, BC, May 1, 2026 – Acme Gold Corp. will start drilling in May.'
  ])('still owed: %s', async (value) => {
    expect(await messages('exchange-disclaimer', value)).toEqual([
      expect.stringContaining('error Missing TSX Venture Exchange disclaimer')
    ])
  })

  it('a pinned TSX-V preset still owes it', async () => {
    const value = 'PORTLAND, OR, May 1, 2026 – Bellwood Holdings Corp. (OTC Pink: BLWH) has signed a letter of intent.'
    const file = await lintWith('exchange-disclaimer', value + '\n', {exchange: 'TSXV'})
    expect(file.messages.map(format)).toEqual([expect.stringContaining('error Missing TSX Venture Exchange')])
  })
})
