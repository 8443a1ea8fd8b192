/**
 * Offering and exchange statements as other counsel word them: each statement of a financing release paraphrased
 * (its elements kept, reordered, split, put in the subject or in a pronoun) must read as the usual wording does, and
 * one element dropped or made wrong must be caught. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const CLOSING =
  'KAMLOOPS, BC, December 3, 2026 – Quarrington Metals Corp. (TSXV: QRM) (the "Company") has today closed its ' +
  'non-brokered private placement of 8,000,000 units (the "Units") at a price of $0.15 per Unit for gross proceeds ' +
  'of $1,200,000. Each Unit consists of one common share and one warrant exercisable at $0.25 for two years.'

describe('us-securities-act: "not an offer" with its negation in the subject ("Nothing in this news release …")', () => {
  const paragraph = (offer: string) =>
    [
      CLOSING,
      '',
      'The Company has not registered, and does not intend to register, the Units under the United States Securities ' +
        'Act of 1933, as amended, and the Units may not be offered or sold in the United States without registration ' +
        `or an exemption from registration. ${offer}`
    ].join('\n')

  it.each([
    'Nothing in this news release constitutes an offer to sell or a solicitation of an offer to buy securities in the ' +
      'United States.',
    'Neither this news release nor anything contained in it shall constitute an offer to sell any securities in the ' +
      'United States.'
  ])('no warning: %s', async (offer) => {
    expect(await found('us-securities-act', paragraph(offer))).toEqual([])
  })

  it('a warning when the sentence is no disclaimer of an offer', async () => {
    const messages = await found(
      'us-securities-act',
      paragraph('Nothing in this news release changes the terms of the offer made to the Company’s warrant holders.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('does not constitute an offer')
  })
})

describe('life-offering: the document named, then referred to by a pronoun in the next sentence', () => {
  const life = (statement: string) =>
    [
      'VANCOUVER, BC, December 2, 2026 – Ferrand Lake Resources Inc. (TSXV: FLR) (the "Company") announces an offering ' +
        'of up to 10,000,000 common shares at $0.20 per share under the listed issuer financing exemption in Part 5A ' +
        'of National Instrument 45-106.',
      '',
      statement
    ].join('\n')

  it('no finding when "It may be accessed …" follows the sentence naming the document', async () => {
    const text = life(
      'Prospective investors should read the offering document before making an investment decision. It may be ' +
        'accessed under the Company’s profile on SEDAR+ at www.sedarplus.ca and on the Company’s website at ' +
        'www.ferrandlake.ca.'
    )
    expect(await found('life-offering', text)).toEqual([])
  })

  it('still an error when the next sentence is about something else', async () => {
    const text = life(
      'Prospective investors should read the offering document before making an investment decision. The Company’s ' +
        'annual financial statements may be accessed under its profile on SEDAR+ at www.sedarplus.ca.'
    )
    const messages = await found('life-offering', text)
    expect(messages.some((m) => m.includes('error') && m.includes('can be accessed'))).toBe(true)
  })
})

describe('hold-period: the placement’s securities listed with the shares issued on exercise of its warrants', () => {
  const hold = (sentence: string) => [CLOSING, '', sentence].join('\n')

  it('an error on a wrong expiry stated of the Units and the shares issued on exercise', async () => {
    const messages = await found(
      'hold-period',
      hold(
        'The Units, the underlying shares and any shares issued on exercise of the warrants may not be traded ' +
          'before April 14, 2027, except as permitted by applicable securities legislation.'
      )
    )
    expect(messages.filter((m) => m.includes('error'))).toHaveLength(1)
    expect(messages[0]).toContain('April 4, 2027')
  })

  it('no error on the right expiry', async () => {
    const messages = await found(
      'hold-period',
      hold(
        'The Units, the underlying shares and any shares issued on exercise of the warrants may not be traded ' +
          'before April 4, 2027, except as permitted by applicable securities legislation.'
      )
    )
    expect(messages).toEqual([])
  })

  it('the shares of an exercise alone still count from their warrants’ own distribution (not checked)', async () => {
    const messages = await found(
      'hold-period',
      hold('The shares issued upon the exercise of the warrants are subject to a hold period expiring April 14, 2027.')
    )
    expect(messages.filter((m) => m.includes('expiry'))).toEqual([])
  })

  it('so do the shares and warrants one "issued on conversion" covers (no article before the second)', async () => {
    const messages = await found(
      'hold-period',
      hold(
        'The shares and warrants issued on conversion of the subscription receipts are subject to a hold period ' +
          'expiring on January 9, 2027, four months and one day after the closing of the receipt offering.'
      )
    )
    expect(messages.filter((m) => m.includes('expiry'))).toEqual([])
  })
})

describe('tsxv-pricing: an option’s price as what the holder pays for each share', () => {
  const grant = (price: string) =>
    [
      'TORONTO, ON, December 2, 2026 – Calloway Ridge Mining Corp. (TSXV: CRM) (the "Company") has granted 1,500,000 ' +
        'stock options to directors, officers and consultants under its stock option plan.',
      '',
      `Each option entitles the holder to purchase one common share at ${price} until December 2, 2031.`
    ].join('\n')

  it('an error on an option that buys a share below the floor', async () => {
    const messages = await found('tsxv-pricing', grant('$0.04'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('option exercise price of $0.04')
  })

  it('no finding at the floor or above', async () => {
    expect(await found('tsxv-pricing', grant('$0.05'))).toEqual([])
  })
})

describe('us-distribution-legend: a two-letter element takes no typo ("es" of "services" is not "US")', () => {
  const release = (legend: string) =>
    [
      legend,
      '',
      'VANCOUVER, BC, May 1, 2026 – Acme Gold Corp. (TSXV: ACM) announces a non-brokered private placement of up to ' +
        '5,000,000 units at a price of $0.20 per unit.'
    ].join('\n')

  it('an error when the legend names another country', async () => {
    const messages = await found(
      'us-distribution-legend',
      release('NOT FOR DISTRIBUTION TO CANADIAN NEWSWIRE SERVICES OR FOR DISSEMINATION IN CANADA')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing U.S. distribution legend')
  })

  it('no finding on the legend with "U.S."', async () => {
    const messages = await found(
      'us-distribution-legend',
      release('NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE U.S.')
    )
    expect(messages).toEqual([])
  })
})

describe('hold-period: the restriction named by the trade it restricts ("Resale … is restricted until …")', () => {
  const hold = (sentence: string) => [CLOSING, '', sentence].join('\n')

  it('no finding on the right expiry', async () => {
    const sentence =
      'Resale of the securities issued under the Offering is restricted until April 4, 2027 under applicable ' +
      'Canadian securities laws.'
    expect(await found('hold-period', hold(sentence))).toEqual([])
  })

  it('an error on a wrong expiry', async () => {
    const messages = await found(
      'hold-period',
      hold('The Units are restricted from trading until April 24, 2027 under applicable securities laws.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected April 4, 2027')
  })

  it('still missing when the restriction is of something else', async () => {
    const messages = await found(
      'hold-period',
      hold('Transfer of the Tamsin Creek claims is restricted until the option is exercised.')
    )
    expect(messages.some((m) => m.includes('Missing hold period'))).toBe(true)
  })
})

describe('us-securities-act: "not an offer" set apart by a parenthetical', () => {
  const paragraph = (offer: string) =>
    [
      CLOSING,
      '',
      'The securities will not be registered under the United States Securities Act of 1933, as amended, and will ' +
        `not be offered or sold in the United States absent registration or an exemption therefrom. ${offer}`
    ].join('\n')

  it('no warning: "is not, and under no circumstances is it to be construed as, an offer"', async () => {
    const offer =
      'This press release is not, and under no circumstances is it to be construed as, an offer to sell any ' +
      'securities in the United States.'
    expect(await found('us-securities-act', paragraph(offer))).toEqual([])
  })

  it('a warning when the parenthetical leads to no offer', async () => {
    const offer = 'This press release is not, and under no circumstances is it to be construed as, a prospectus.'
    const messages = await found('us-securities-act', paragraph(offer))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('does not constitute an offer')
  })
})

describe('hold-period: the day after the hold’s noun ("a four-month hold period, plus one day")', () => {
  const hold = (sentence: string) => [CLOSING, '', sentence].join('\n')

  it('no warning when the day follows the noun', async () => {
    const sentence =
      'The securities are subject to a statutory four-month hold period, plus one day, expiring April 4, 2027.'
    expect(await found('hold-period', hold(sentence))).toEqual([])
  })

  it('still a warning on four months alone', async () => {
    const messages = await found(
      'hold-period',
      hold('The securities are subject to a statutory four-month hold period expiring April 4, 2027.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('four months and one day')
  })
})

describe('us-securities-act: the registration as the subject ("Registration … has not been and will not be sought")', () => {
  const paragraph = (registration: string) =>
    [
      CLOSING,
      '',
      `${registration}, and the Units may not be offered or sold in the United States absent registration or an ` +
        'exemption. This news release does not constitute an offer to sell any securities in the United States.'
    ].join('\n')

  it('no error when registration is not sought', async () => {
    const text = paragraph(
      'Registration of the Units under the United States Securities Act of 1933, as amended, has not been and will ' +
        'not be sought'
    )
    expect(await found('us-securities-act', text)).toEqual([])
  })

  it('an error when it is', async () => {
    const text = paragraph('Registration of the Units under the United States Securities Act of 1933 has been sought')
    const messages = await found('us-securities-act', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('not registered under the U.S. Securities Act')
  })
})

describe('hold-period: shares for debt issued "today", the adverb before the verb ("has today issued")', () => {
  const settlement = (expiry: string) =>
    [
      'VANCOUVER, BC, December 1, 2026 – Norvane Silver Ltd. (TSXV: NVS) (the "Company") announces that it has today ' +
        'issued 800,000 common shares at a deemed price of $0.15 per share to settle $120,000 of debt owed to three ' +
        'creditors.',
      '',
      `The shares issued are subject to a hold period expiring ${expiry}.`
    ].join('\n')

  it('an error on an expiry a month early', async () => {
    const messages = await found('hold-period', settlement('March 2, 2027'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected April 2, 2027')
  })

  it('no finding on the release’s date + four months and a day', async () => {
    expect(await found('hold-period', settlement('April 2, 2027'))).toEqual([])
  })
})

describe('us-securities-act: "does not constitute, and should not be construed as, an offer"; "No securities … registered"', () => {
  const paragraph = (registered: string, offer: string) =>
    [
      CLOSING,
      '',
      `${registered}, and may not be offered or sold in the United States absent registration or an exemption. ${offer}`
    ].join('\n')
  const UNITS = 'The Units have not been registered under the U.S. Securities Act of 1933'
  const OFFER = 'This release is not an offer to sell securities in the United States.'

  it('no warning on the offer set apart after "constitute"', async () => {
    const offer =
      'This news release does not constitute, and should not be construed as, an offer to sell or a solicitation of ' +
      'an offer to buy securities in the United States.'
    expect(await found('us-securities-act', paragraph(UNITS, offer))).toEqual([])
  })

  it('no error on "No securities of the Company have been registered under …"', async () => {
    const registered = 'No securities of the Company have been registered under the U.S. Securities Act of 1933'
    expect(await found('us-securities-act', paragraph(registered, OFFER))).toEqual([])
  })

  it('an error when "no securities" only restricts their sale unless registered', async () => {
    const text = [
      CLOSING,
      '',
      'No securities may be offered or sold in the United States unless registered under the U.S. Securities Act of ' +
        `1933 or an exemption is available. ${OFFER}`
    ].join('\n')
    const messages = await found('us-securities-act', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('not registered under the U.S. Securities Act')
  })
})

describe('hold-period and life-offering: the restriction after its noun ("restrictions on resale until …")', () => {
  const LIFE =
    'VANCOUVER, BC, December 2, 2026 – Ferrand Lake Resources Inc. (TSXV: FLR) (the "Company") announces an offering ' +
    'of up to 10,000,000 common shares (the "Shares") at $0.20 per Share under the listed issuer financing exemption ' +
    'in Part 5A of National Instrument 45-106.'

  it('an error on a hold stated of LIFE shares', async () => {
    const text = [LIFE, '', 'The Shares will be subject to restrictions on resale until April 3, 2027.'].join('\n')
    const messages = (await found('life-offering', text)).filter((m) => m.includes('hold period'))
    expect(messages).toHaveLength(1)
  })

  it('none when they are free of it', async () => {
    const text = [
      LIFE,
      '',
      'The Shares will not be subject to restrictions on resale under Canadian securities laws.'
    ].join('\n')
    expect((await found('life-offering', text)).filter((m) => m.includes('hold period'))).toEqual([])
  })

  it('a placement’s expiry is checked', async () => {
    const text = [
      CLOSING,
      '',
      'The securities issued under the Offering are subject to restrictions on resale until April 5, 2027.'
    ].join('\n')
    const messages = await found('hold-period', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected April 4, 2027')
  })
})

describe('related-party: the taking part as a noun ("subscriptions from …"), a holder of more than 10% by its clause', () => {
  const errors = async (participation: string) =>
    (await found('related-party', [CLOSING, '', participation].join('\n'))).filter((m) => m.includes('error'))

  it.each([
    'The Offering included subscriptions from two directors of the Company for 1,100,000 Units.',
    'Halm Resources Ltd., which holds 17.5% of the outstanding shares of the Company, subscribed for 2,000,000 Units.',
    'Halm Resources Ltd., which holds 17.5% of the Company’s outstanding common shares, subscribed for 2,000,000 Units.'
  ])('the MI 61-101 paragraph is owed: %s', async (participation) => {
    const messages = await errors(participation)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing MI 61-101 related party transaction paragraph')
  })

  it.each([
    'The Offering included subscriptions from arm’s length investors for all 8,000,000 Units.',
    'Halm Resources Ltd., which holds 7.5% of the outstanding shares of the Company, subscribed for 2,000,000 Units.',
    'The Company, which holds 60% of the outstanding shares of Tamsin Copper Ltd., acquired 1,000,000 further shares.'
  ])('none is owed: %s', async (participation) => {
    expect(await errors(participation)).toEqual([])
  })
})

describe('life-offering: in French, the document as a pronoun before « lire » (« devraient le lire », « à la lire »)', () => {
  const life = (statement: string) =>
    [
      'MONTRÉAL, le 2 décembre 2026 – Ressources Piékouagami inc. (TSXV : RPK) (la « Société ») annonce un placement ' +
        "d'au plus 10 000 000 d'actions ordinaires au prix de 0,20 $ l'action en vertu de la dispense pour financement " +
        "de l'émetteur coté prévue à la partie 5A du Règlement 45-106.",
      '',
      "Il existe un document d'offre relatif au placement qui peut être consulté sous le profil de la Société sur " +
        `SEDAR+ à www.sedarplus.ca et sur son site Web. ${statement}`
    ].join('\n')

  it.each([
    "Les investisseurs éventuels devraient le lire avant de prendre une décision d'investissement.",
    "Les investisseurs éventuels sont invités à la lire avant de prendre toute décision d'investissement."
  ])('no warning: %s', async (statement) => {
    expect(await found('life-offering', life(statement))).toEqual([])
  })

  it('a warning when they are not told to read it', async () => {
    const messages = await found('life-offering', life('La Société prévoit clôturer le placement vers le 18 décembre.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('lire')
  })
})

describe('us-securities-act: in French, the verb in the singular and « ni offerts ni vendus »', () => {
  const release = (paragraph: string) =>
    [
      'MONTRÉAL, le 3 décembre 2026 – Ressources Piékouagami inc. (TSXV : RPK) (la « Société ») annonce la clôture ' +
        "d'un placement privé de 6 000 000 d'unités au prix de 0,15 $ l'unité, pour un produit brut de 900 000 $.",
      '',
      `${paragraph} Le présent communiqué ne constitue pas une offre de vente de titres aux États-Unis.`
    ].join('\n')

  it.each([
    "Aucune valeur mobilière n'a été ni ne sera inscrite en vertu de la Loi de 1933 des États-Unis et aucune ne peut " +
      'être offerte ni vendue aux États-Unis sans inscription ou dispense.',
    "Les titres n'ont pas été inscrits en vertu de la loi américaine intitulée Securities Act of 1933 et ne peuvent " +
      'être ni offerts ni vendus aux États-Unis sans inscription ou dispense applicable.'
  ])('no error: %s', async (paragraph) => {
    expect(await found('us-securities-act', release(paragraph))).toEqual([])
  })

  it('an error when they may be sold there', async () => {
    const paragraph =
      "Les titres n'ont pas été inscrits en vertu de la loi américaine intitulée Securities Act of 1933 et peuvent " +
      'être offerts ou vendus aux États-Unis.'
    const messages = await found('us-securities-act', release(paragraph))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('ne peuvent être offerts ni vendus')
  })
})

describe('hold-period and life-offering: the hold’s words hyphenated ("a hold-period")', () => {
  it('a placement’s wrong expiry is checked', async () => {
    const text = [
      CLOSING,
      '',
      'All securities issued under the Offering are subject to a hold-period expiring on April 3, 2027.'
    ].join('\n')
    const messages = await found('hold-period', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected April 4, 2027')
  })

  it('no finding on the right one', async () => {
    const text = [
      CLOSING,
      '',
      'All securities issued under the Offering are subject to a hold-period expiring on April 4, 2027.'
    ].join('\n')
    expect(await found('hold-period', text)).toEqual([])
  })

  it('a hold stated of LIFE shares is an error', async () => {
    const text = [
      'VANCOUVER, BC, December 2, 2026 – Ferrand Lake Resources Inc. (TSXV: FLR) (the "Company") announces an ' +
        'offering of up to 10,000,000 common shares (the "Shares") at $0.20 per Share under the listed issuer ' +
        'financing exemption in Part 5A of National Instrument 45-106.',
      '',
      'The Shares will be subject to a hold-period of four months and one day.'
    ].join('\n')
    expect((await found('life-offering', text)).filter((m) => m.includes('hold period'))).toHaveLength(1)
  })
})

describe('hold-period: a closing told by "has finalized its placement" or "has issued … units, completing its placement"', () => {
  const LEAD = 'KAMLOOPS, BC, December 3, 2026 – Quarrington Metals Corp. (TSXV: QRM) (the "Company") '
  const missing = async (lead: string) =>
    (await found('hold-period', LEAD + lead + '\n\nProceeds will fund drilling.')).filter((m) =>
      m.includes('Missing hold period')
    )

  it.each([
    'is pleased to report that it has finalized its non-brokered private placement of 8,000,000 units at $0.15 per ' +
      'unit for gross proceeds of $1,200,000.',
    'has issued 8,000,000 units at $0.15 per unit for gross proceeds of $1,200,000, completing its non-brokered ' +
      'private placement.'
  ])('the closing owes its hold (case %#)', async (lead) => {
    expect(await missing(lead)).toHaveLength(1)
  })

  it.each([
    'announces a non-brokered private placement of 8,000,000 units at $0.15 per unit, which is expected to be ' +
      'finalized on or about December 18, 2026.',
    'announces a non-brokered private placement of 8,000,000 units at $0.15 per unit. The Company has finalized the ' +
      'design of its 2027 drill program and is completing drilling at Tamsin Creek.'
  ])('an announcement owes none (case %#)', async (lead) => {
    expect(await missing(lead)).toEqual([])
  })

  it('shares issued to settle a debt are no placement closed: none owed', async () => {
    const text =
      '# Quarrington Metals Announces Shares for Debt Settlement\n\n' +
      LEAD +
      'has issued 640,000 common shares at a deemed price of $0.10 per share to settle $64,000 of accrued fees owed ' +
      'to Dana Moor, the Company’s Chief Executive Officer.\n'
    expect((await found('hold-period', text)).filter((m) => m.includes('Missing hold period'))).toEqual([])
  })
})
