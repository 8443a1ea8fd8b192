/**
 * Issue 11's rules beyond their doc examples: mining terminology (CSA Staff
 * Notice 43-309), the MI 61-101 related party paragraph, the U.S. Securities
 * Act paragraph and LIFE offerings. Real variants each must accept, defects
 * each must catch, and properties over copy artefacts and surrounding words.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {SENTENCES} from '../rules/us-securities-act.js'
import {DOCUMENT} from '../rules/life-offering.js'
import {EXEMPT, NAMED} from '../rules/related-party.js'
import {asCopied, format, lintWith} from './helpers.js'

const DATELINE = 'VANCOUVER, BC, May 1, 2026 – Acme Gold Corp. (TSXV: ACM)'
const PLACEMENT = `${DATELINE} announces a non-brokered private placement of up to 5,000,000 units at $0.20 per unit.`
const CLOSING = `${DATELINE} has closed its private placement of 5,000,000 units at $0.20 per unit.`
const LIFE = `${DATELINE} announces a LIFE offering of up to 5,000,000 units at $0.20 per unit.`

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('mining-terminology', () => {
  const terms = (text: string) => messages('mining-terminology', text)

  it.each([
    ['words holding "ore"', 'The core shack is more than 100 metres from camp, before the bridge.'],
    ['Oregon abbreviated', 'The Company holds claims near Baker City, Ore. and in Idaho.'],
    ['a company named Ore', 'Acme signed an option with Ore Capital Ltd. on the Birch claims.'],
    ['a lab method', 'Over-limit samples were re-assayed by ore grade ICP-AES analysis.'],
    ['a commodity', 'The belt hosts several large iron ore deposits.'],
    ['ore sorting', 'Test work will evaluate ore sorting of the lower grade material.'],
    ['a mill at work', 'The Birch mill processed ore from the Birch underground mine at 900 tonnes per day.'],
    ['historical mining', 'Between 1910 and 1935 the Birch vein was mined and 80,000 tonnes of ore were shipped.'],
    ['economic conditions', 'The Company cannot predict economic conditions or a preliminary economic assessment.'],
    ['the resource definition', 'The resource has reasonable prospects for eventual economic extraction.'],
    ['a negated claim', 'Nearby deposits do not imply that economic mineralization is present on the property.'],
    ['a world-class team', 'Acme has assembled a world-class team of geologists.'],
    ['a compliant technical report', 'The NI 43-101 compliant technical report will be filed within 45 days.'],
    ['a report said not to comply', 'A 2019 mining report (non-NI 43-101 compliant) describes the old workings.'],
    ['an estimate said not to comply', 'The 1988 estimate is not NI 43-101 compliant and is not relied upon.'],
    [
      'the resource caution',
      'Mineral resources that are not mineral reserves do not have demonstrated economic viability.'
    ]
  ])('accepts %s', async (_, text) => {
    expect(await terms(`Acme Gold Corp. (TSXV: ACM) reports. ${text}`)).toEqual([])
  })

  it.each([
    ['ore shoot', 'Drilling traced the ore shoot 200 metres down plunge.', '“mineralized shoot”'],
    ['orebody', 'The orebody remains open at depth.', '“mineralized zone”'],
    ['ORE in a headline', 'ACME CUTS HIGH-GRADE ORE AT BIRCH', '“MINERALIZATION”'],
    ['ore in a title case headline', 'Acme Cuts New Ore Zone at Birch', '“Mineralized zone”'],
    ['economically viable', 'The deposit is economically viable at current prices.', 'no claim'],
    ['mineable deposit', 'Birch is a mineable deposit near surface.', '“deposit”'],
    ['world-class district', 'Birch lies in a world-class gold district.', 'a factual description'],
    [
      'economic viability shown by a PEA',
      'The results of the PEA demonstrate the economic viability of the Birch project.',
      'no claim of economic viability'
    ]
  ])('warns on %s', async (_, text, expected) => {
    const found = await terms(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/warning Unexpected/)
    expect(found[0]).toContain(expected)
  })

  it('warns on economic viability shown, in French', async () => {
    const found = await terms('Les résultats de l’EEP démontrent la viabilité économique du projet Bouleau.')
    expect(found).toHaveLength(1)
    // French quotes set off by non-breaking spaces.
    expect(found[0]).toMatch(
      /^1:24-1:68: warning Formule «\s?démontrent la viabilité économique du projet\s?» inattendue/
    )
  })

  it('does not take a processing plant’s economics for a mineral project’s viability', async () => {
    expect(
      await terms('The plant study is a further step in confirming the economic viability of the Birch facility.')
    ).toEqual([])
  })

  it('warns on every "ore" an explorer writes, whatever words surround it (property)', async () => {
    const word = fc.constantFrom('drill', 'the', 'new', 'high-grade', 'zone', 'Birch', 'north', 'metres')
    await fc.assert(
      fc.asyncProperty(fc.array(word, {maxLength: 6}), fc.array(word, {maxLength: 6}), async (before, after) => {
        const found = await terms(['Acme found', ...before, 'ore', ...after].join(' ') + '.')
        expect(found.filter((m) => m.includes('“ore'))).toHaveLength(1)
      }),
      {numRuns: 40}
    )
  })

  it('never takes "ore" inside a word for the term (property)', async () => {
    const letter = fc.constantFrom(...'abcdfghiklmnpstuvwy')
    await fc.assert(
      fc.asyncProperty(fc.string({unit: letter, minLength: 1, maxLength: 5}), async (prefix) => {
        expect(await terms(`Acme logged the ${prefix}ore samples.`)).toEqual([])
      }),
      {numRuns: 40}
    )
  })
})

describe('related-party', () => {
  const paragraph = `${NAMED} ${EXEMPT}`

  it.each([
    ['a director who purchased', 'A director of the Company purchased 400,000 units.'],
    ['units purchased by an officer', 'A total of 400,000 units were purchased by an officer of the Company.'],
    ['insiders expected to participate', 'Insiders of the Company are expected to participate in the placement.'],
    ['words run together', 'Officers and directors may besubscribing for 25% of the placement.']
  ])('asks for the paragraph after %s', async (_, text) => {
    const found = await messages('related-party', `${PLACEMENT} ${text}`)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('error Missing MI 61-101 related party transaction paragraph')
    expect(found[0]).toContain(`“${text}”`)
  })

  it.each([
    ['a quoted officer', '“We thank the investors who participated,” said Jane Roe, CEO of the Company.'],
    ['an oversubscribed placement', 'The directors report that the placement was oversubscribed.'],
    ['no insider', 'None of the directors or officers of the Company participated in the placement.']
  ])('does not take %s for a participation', async (_, text) => {
    expect(await messages('related-party', `${PLACEMENT} ${text}`)).toEqual([])
  })

  it('accepts the paragraph in any copy of it (property: case, run-together words, line breaks)', async () => {
    const words = paragraph.split(' ')
    await fc.assert(
      fc.asyncProperty(asCopied(words), async (text) => {
        const found = await messages(
          'related-party',
          `${PLACEMENT} A director of the Company will purchase 400,000 units.\n\n${text}`
        )
        expect(found.filter((m) => m.includes('error'))).toEqual([])
      }),
      {numRuns: 30}
    )
  })

  it.each([
    ['a line on its own', `${paragraph.toUpperCase().replace(/ CAPITALIZATION/, '\nCAPITALIZATION')}`],
    ['two short lines', `${paragraph.toUpperCase().replace(/ MARKET CAPITALIZATION/, '\nMARKET\nCAPITALIZATION')}`]
  ])('reads a paragraph in capitals whose last words a line break cut off (%s) as one paragraph', async (_, text) => {
    const found = await messages(
      'related-party',
      `${PLACEMENT} A director of the Company will purchase 400,000 units.\n\n${text}`
    )
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it('asks for the 21-day reason at a closing only', async () => {
    const participation = 'A director of the Company purchased 400,000 units.'
    const closed = await messages('related-party', `${CLOSING} ${participation}\n\n${paragraph}`)
    expect(closed).toHaveLength(1)
    expect(closed[0]).toContain('warning Missing the reason the material change report was filed less than 21 days')
    expect(await messages('related-party', `${PLACEMENT} ${participation}\n\n${paragraph}`)).toEqual([])
  })
})

describe('us-securities-act', () => {
  const us = (text: string) => messages('us-securities-act', `${PLACEMENT}\n\n${text}`)
  const whole = ['not-registered', 'not-offered', 'not-an-offer'].map((part) => SENTENCES[part as 'not-registered'])

  it.each([
    [
      'the 1933 Act defined',
      'The securities have not been and will not be registered under the United States Securities Act of 1933, as ' +
        'amended (the "1933 Act"), and may not be offered or sold within the United States or to, or for the ' +
        'account or benefit of, U.S. persons unless registered under the 1933 Act or an exemption is available. ' +
        'This press release shall not constitute an offer to sell or the solicitation of an offer to buy.'
    ],
    [
      'the parts in another order',
      'This release is not an offer of securities for sale in the United States. The units may not be offered or ' +
        'sold in the United States absent registration; they have not been registered under the U.S. Securities Act.'
    ],
    ['ALL CAPS', whole.join(' ').toUpperCase()],
    [
      'each security named, negated by “neither … nor”',
      'Neither the Units, the Shares, the Warrants, nor the Warrant Shares have been, or will be, registered under ' +
        'the United States Securities Act of 1933, as amended, and they may not be offered or sold in the United ' +
        'States absent registration or an exemption. This release is not an offer to sell securities.'
    ],
    [
      'the restriction as Regulation S states it, "only outside the United States"',
      'The units have not been registered under the U.S. Securities Act of 1933 and will be offered and sold only ' +
        'outside the United States in offshore transactions in reliance on Regulation S. This release is not an ' +
        'offer to sell securities in the United States.'
    ]
  ])('accepts %s', async (_, text) => {
    expect(await us(text)).toEqual([])
  })

  it('reads no restriction in a sale "in the United States" without "only … outside"', async () => {
    const found = await us(
      'The units have not been registered under the U.S. Securities Act of 1933 and will be sold in the United ' +
        'States and Canada. This release is not an offer to sell securities.'
    )
    expect(found).toEqual([expect.stringContaining('error Missing “may not be offered or sold in the United States”')])
  })

  it('accepts the paragraph with words run together and split over lines (property)', async () => {
    const words = whole.join(' ').split(' ')
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(' ', ' ', ' ', '', '\n'), {minLength: words.length - 1, maxLength: words.length - 1}),
        async (gaps) => {
          const text = words.map((word, i) => word + (gaps[i] ?? '')).join('')
          expect(await us(text)).toEqual([])
        }
      ),
      {numRuns: 30}
    )
  })

  it('names each missing part', async () => {
    const found = await us('This news release does not constitute an offer to sell any securities.')
    expect(found).toHaveLength(2)
    expect(found[0]).toContain('error Missing “not registered under the U.S. Securities Act of 1933”')
    expect(found[1]).toContain('error Missing “may not be offered or sold in the United States”')
  })

  it('is a warning when the legend is at the top, an error without it', async () => {
    const legend = 'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'
    const withLegend = await messages('us-securities-act', `${legend}\n\n${PLACEMENT}`)
    expect(withLegend[0]).toMatch(/warning Missing U\.S\. Securities Act paragraph/)
    expect((await messages('us-securities-act', PLACEMENT))[0]).toMatch(/error Missing U\.S\. Securities Act paragraph/)
  })

  it('asks nothing of shares for debt or option grants', async () => {
    const debt = `${DATELINE} has issued 800,000 shares at a deemed price of $0.25 per share to settle $200,000 of debt.`
    expect(await messages('us-securities-act', debt)).toEqual([])
  })
})

describe('life-offering', () => {
  const life = (text: string) => messages('life-offering', `${LIFE}\n\n${text}`)

  it('accepts the statement written as one word run ("offeringdocument", "sedarplus")', async () => {
    expect(
      await life(
        'There is an offeringdocument for the offering under the Company’s profile at www.sedarplus.ca and at ' +
          'www.acmegold.ca. Prospective investors should read it before making an investment decision.'
      )
    ).toEqual([])
  })

  it('reads "should read it" in the sentence after the one naming the document, in its paragraph only', async () => {
    const named =
      'There is an offering document for the offering under the Company’s profile at www.sedarplus.ca and at ' +
      'www.acmegold.ca.'
    const read = 'Prospective investors should read it before making an investment decision.'
    expect(await life(`${named} ${read}`)).toEqual([])
    expect(await life(`${named}\n\nThe offering closes in May.\n\n${read}`)).toEqual([
      expect.stringContaining('warning Missing that prospective investors should read it')
    ])
  })

  it('warns when the statement does not ask investors to read it', async () => {
    const found = await life(
      'The offering document can be accessed under the Company’s profile at www.sedarplus.ca and at www.acmegold.ca.'
    )
    expect(found).toEqual([expect.stringContaining('warning Missing that prospective investors should read it')])
  })

  it.each([
    ['free trading', 'The LIFE units will be immediately free trading.'],
    ['no resale restrictions', 'Securities issued under the LIFE offering will not be subject to resale restrictions.'],
    [
      'a concurrent non-LIFE hold',
      'The shares of the concurrent non-LIFE placement are subject to a hold period of four months and one day.'
    ]
  ])('accepts %s', async (_, text) => {
    expect(await life(`${DOCUMENT}\n\n${text}`)).toEqual([])
  })

  it('flags a hold period on the LIFE securities', async () => {
    const found = await life(`${DOCUMENT}\n\nThe LIFE units are subject to a four month hold period.`)
    expect(found).toEqual([expect.stringContaining('error Unexpected hold period on securities of a LIFE offering')])
  })

  it('asks nothing of an ordinary private placement', async () => {
    expect(await messages('life-offering', PLACEMENT)).toEqual([])
  })
})
