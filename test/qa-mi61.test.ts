/**
 * Insiders, prices and hold periods (MI 61-101, TSX-V pricing floors, NI 45-102) across the kinds of issuance: each
 * statement of a release worded as other counsel word it must read as the usual wording does, and an element
 * dropped or made wrong must be caught. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const CLOSING =
  'VANCOUVER, BC, December 7, 2026 – Arlen Ridge Gold Corp. (TSXV: ARG) (the "Company") has closed today its ' +
  'non-brokered private placement of 6,000,000 units at $0.15 per unit for gross proceeds of $900,000.'

const PARAGRAPH =
  'This participation is a "related party transaction" under MI 61-101. The Company relied on the exemptions from ' +
  'the formal valuation and minority shareholder approval requirements in sections 5.5(a) and 5.7(1)(a) of ' +
  'MI 61-101, as the fair market value of the units issued to the related parties did not exceed 25% of the ' +
  "Company's market capitalization. The Company did not file a material change report 21 days before closing " +
  'because the participation was confirmed only shortly before closing.'

describe('related-party: a negation that carves out the party who took part', () => {
  it.each([
    'Other than Jane Okafor, a director of the Company, who purchased 100,000 units, no insiders participated in the ' +
      'placement.',
    'None of the directors or officers participated in the placement, except the Chief Executive Officer, who ' +
      'purchased 200,000 units.',
    "With the exception of the Company's President, who acquired 150,000 units, no director or officer participated " +
      'in the placement.'
  ])('the paragraph is owed: %s', async (sentence) => {
    const messages = await found('related-party', `${CLOSING} ${sentence}`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('Missing MI 61-101 related party transaction paragraph')
    expect(messages[0]).toContain(sentence)
  })

  it('in French: « à l’exception de son président, qui a souscrit … »', async () => {
    const text =
      'MONTRÉAL, le 7 décembre 2026 – Ressources Mont-Laval inc. (TSXV : RML) (la « Société ») a clôturé ' +
      "aujourd'hui son placement privé de 6 000 000 d'unités au prix de 0,10 $ par unité. À l'exception de son " +
      "président, qui a souscrit 500 000 unités, aucun initié n'a participé au placement."
    const messages = await found('related-party', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Il manque')
  })

  it.each([
    'No insiders participated in the placement.',
    'No insiders participated in the placement, other than as previously disclosed by the Company.'
  ])('nothing owed: %s', async (sentence) => {
    expect(await found('related-party', `${CLOSING} ${sentence}`)).toEqual([])
  })

  it('the exception with the paragraph: no finding', async () => {
    const sentence =
      'Other than Jane Okafor, a director of the Company, who purchased 100,000 units, no insiders participated.'
    expect(await found('related-party', `${CLOSING} ${sentence}\n\n${PARAGRAPH}`)).toEqual([])
  })
})

describe('related-party: a former director or officer is no related party', () => {
  it.each([
    "Units were purchased by arm's length investors and by Tomas Greer, a former director of the Company.",
    'A former Chief Financial Officer of the Company subscribed for 200,000 units.',
    'Ilse Brandt, formerly an officer of the Company, acquired 300,000 units.'
  ])('nothing owed: %s', async (sentence) => {
    expect(await found('related-party', `${CLOSING} ${sentence}`)).toEqual([])
  })

  it('« un ancien administrateur » in French', async () => {
    const text =
      'MONTRÉAL, le 7 décembre 2026 – Ressources Mont-Laval inc. (TSXV : RML) (la « Société ») a clôturé ' +
      "aujourd'hui son placement privé de 6 000 000 d'unités au prix de 0,10 $ par unité. Un ancien administrateur " +
      'de la Société a souscrit 500 000 unités.'
    expect(await found('related-party', text)).toEqual([])
  })

  it('a director beside a former one still owes the paragraph', async () => {
    const sentence = 'A former director and a current director of the Company each purchased 200,000 units.'
    const messages = await found('related-party', `${CLOSING} ${sentence}`)
    expect(messages).toHaveLength(1)
  })
})

describe('related-party: senior officers named as management', () => {
  it.each([
    "Members of the Company's management team subscribed for 500,000 units.",
    'Senior management purchased an aggregate of 400,000 units in the placement.'
  ])('the paragraph is owed: %s', async (sentence) => {
    const messages = await found('related-party', `${CLOSING} ${sentence}`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(sentence)
  })

  it('"management" as the subject of a belief takes part in nothing', async () => {
    const sentence = 'Management believes the proceeds will allow the Company to acquire additional claims.'
    expect(await found('related-party', `${CLOSING} ${sentence}`)).toEqual([])
  })
})

describe('related-party: the financial hardship exemptions state their facts', () => {
  const DEBT =
    'VANCOUVER, BC, December 2, 2026 – Corrib Mining Ltd. (TSXV: CRB) (the "Company") has agreed to settle $420,000 ' +
    'of secured debt owed to Malin Capital Corp., which holds 22.4% of the outstanding shares of the Company, by ' +
    'issuing 4,200,000 common shares at a deemed price of $0.10 per share.'
  it('sections 5.5(g) and 5.7(1)(e), the issuer in serious financial difficulty: no finding', async () => {
    const paragraph =
      'The settlement is a related party transaction under MI 61-101. The Company will rely on the financial ' +
      'hardship exemptions from the formal valuation and minority approval requirements in sections 5.5(g) and ' +
      '5.7(1)(e) of MI 61-101, as the Company is in serious financial difficulty and the settlement is designed to ' +
      'improve its financial position.'
    expect(await found('related-party', `${DEBT}\n\n${paragraph}`)).toEqual([])
  })
  it('the exemption named without its facts: still an error', async () => {
    const paragraph =
      'The settlement is a related party transaction under MI 61-101. The Company will rely on the financial ' +
      'hardship exemptions from the formal valuation and minority approval requirements in sections 5.5(g) and ' +
      '5.7(1)(e) of MI 61-101.'
    const messages = await found('related-party', `${DEBT}\n\n${paragraph}`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing the facts supporting them')
  })
})

describe('tsxv-pricing: a conversion price that steps up after the first year', () => {
  const debentures = (terms: string) =>
    'TORONTO, ON, December 4, 2026 – Mirabel Tungsten Corp. (TSXV: MTC) (the "Company") has closed a non-brokered ' +
    'private placement of $1,500,000 principal amount of convertible debentures maturing 36 months from issuance. ' +
    terms
  it.each([
    'The debentures are convertible at $0.05 per share in the first year and at $0.10 per share thereafter.',
    'The debentures are convertible into common shares at a conversion price of $0.06 per share for the first year, ' +
      'increasing to $0.10 per share for the balance of the term.',
    'The conversion price is $0.08 per share until the first anniversary of closing and $0.12 per share after that.'
  ])('no warning: %s', async (terms) => {
    expect(await found('tsxv-pricing', debentures(terms))).toEqual([])
  })

  it('the later price below $0.10: the warning sits on it', async () => {
    const messages = await found(
      'tsxv-pricing',
      debentures('The debentures are convertible at $0.08 per share during the first 12 months and $0.09 thereafter.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('$0.09 after the first year')
  })

  it('the later price below $0.05: an error on it', async () => {
    const messages = await found(
      'tsxv-pricing',
      debentures('The debentures are convertible at $0.06 per share in the first year and $0.04 per share thereafter.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('$0.04')
  })

  it('one price over the whole term: still the warning', async () => {
    const messages = await found('tsxv-pricing', debentures('The debentures are convertible at $0.07 per share.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('$0.07 after the first year')
  })
})

describe('tsxv-pricing: the Exchange waived its minimum price for the shares', () => {
  const placement = (more: string) =>
    'VANCOUVER, BC, December 7, 2026 – Mossgiel Resources Inc. (TSXV: MGR) (the "Company") has closed today a ' +
    'non-brokered private placement of 11,111,111 units at $0.045 per unit for gross proceeds of $500,000. Each unit ' +
    `consists of one share and one warrant exercisable at ${more}`
  it('the waiver stated: the units’ price is not told', async () => {
    const text = placement(
      '$0.06 for 24 months. The TSX Venture Exchange has granted the Company a discretionary waiver of its $0.05 ' +
        'minimum pricing requirement for the placement.'
    )
    expect(await found('tsxv-pricing', text)).toEqual([])
  })
  it('the waiver does not cover a warrant exercisable below $0.05', async () => {
    const text = placement(
      '$0.04 for 24 months. The TSX Venture Exchange has granted the Company a discretionary waiver of its minimum ' +
        'pricing requirement for the placement.'
    )
    const messages = await found('tsxv-pricing', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warrant exercise price of $0.04')
  })
  it('no waiver: the error on the price', async () => {
    const messages = await found('tsxv-pricing', placement('$0.06 for 24 months.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('price of $0.045 per unit')
  })
})

describe('offering-arithmetic: a total to date after an earlier tranche, this tranche in the sentence before', () => {
  const release = (aggregate: string) =>
    'VANCOUVER, BC, December 7, 2026 – Kinloch Silver Corp. (TSXV: KSC) (the "Company") has closed the second and ' +
    'final tranche of its non-brokered private placement, consisting of 3,000,000 units at $0.12 per unit for gross ' +
    'proceeds of $360,000, on December 4, 2026. Together with the first tranche of 5,000,000 units, which closed on ' +
    `November 20, 2026, the Company has issued 8,000,000 units for aggregate gross proceeds of ${aggregate}.`
  it('the total agrees: no finding', async () => {
    expect(await found('offering-arithmetic', release('$960,000'))).toEqual([])
  })
  it('the total does not: the error on it', async () => {
    const messages = await found('offering-arithmetic', release('$980,000'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Unexpected aggregate proceeds')
    expect(messages[0]).toContain('expected $960,000')
  })
})

describe('hold-period: the tranches listed, then their expiries "respectively"', () => {
  const release = (second: string) =>
    [
      'VANCOUVER, BC, December 7, 2026 – Kinloch Silver Corp. (TSXV: KSC) (the "Company") has closed the second and ' +
        'final tranche of its private placement on December 4, 2026, issuing 3,000,000 shares at $0.12 per share for ' +
        'gross proceeds of $360,000. The first tranche of 5,000,000 shares closed on November 20, 2026.',
      '',
      'The shares issued in the first and second tranches are subject to hold periods expiring on March 21, 2027 and ' +
        `${second}, respectively.`
    ].join('\n')
  it('each date is its tranche’s: no finding', async () => {
    expect(await found('hold-period', release('April 5, 2027'))).toEqual([])
  })
  it('the second tranche’s date a day early: the error on it', async () => {
    const messages = await found('hold-period', release('April 4, 2027'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected April 5, 2027')
    const line = release('April 4, 2027').split('\n')[2]
    const column = line.indexOf('April 4, 2027') + 1
    expect(messages[0]).toMatch(new RegExp(`^3:${column}-3:${column + 'April 4, 2027'.length}: error`))
  })
})

describe('forward-looking-caution: « prévues aux articles » is the law’s provision, not a plan', () => {
  const release = (paragraph: string) =>
    [
      'QUÉBEC, le 7 décembre 2026 – Ressources Baie-Comeau inc. (TSXV : RBC) (la « Société ») annonce avoir émis ' +
        "800 000 actions ordinaires au prix réputé de 0,10 $ par action en règlement de 80 000 $ d'honoraires dus à une " +
        'société contrôlée par son chef de la direction.',
      '',
      paragraph
    ].join('\n')
  it('the MI 61-101 paragraph in French: no caution owed', async () => {
    const text = release(
      'Cette émission constitue une opération avec une personne apparentée au sens du Règlement 61-101. La Société ' +
        "s'est prévalue des dispenses d'évaluation officielle et d'approbation des porteurs minoritaires prévues aux " +
        'articles 5.5 b) et 5.7 1) a) du règlement.'
    )
    expect(await found('forward-looking-caution', text)).toEqual([])
  })
  it('a closing « prévue au 15 décembre » is still a plan', async () => {
    const text = release('La clôture de la deuxième tranche est prévue au 15 décembre 2026.')
    expect(await found('forward-looking-caution', text)).not.toEqual([])
  })
})

describe('mining-terminology: a ticker symbol is a name, not "ore"', () => {
  it('"(TSX: ORE)": no warning', async () => {
    const text =
      'TORONTO, ON, December 7, 2026 – Ostrava Rare Earths Ltd. (TSX: ORE; OTCQX: ORRLF) (the "Company") has ' +
      'closed its private placement of 20,000,000 common shares at $0.45 per share.'
    expect(await found('mining-terminology', text)).toEqual([])
  })
  it('"ORE" in a headline in capitals is still the word', async () => {
    const text =
      '# HALVARD HITS HIGH-GRADE ORE AT BIRCH\n\nVANCOUVER, BC, December 7, 2026 – Halvard Gold Inc. drilled.'
    expect(await found('mining-terminology', text)).not.toEqual([])
  })
})

describe('related-party: a vice-president as the counterparty of an asset deal', () => {
  it('the claims bought from "its Vice President, Exploration": the paragraph is owed', async () => {
    const text =
      'VANCOUVER, BC, December 7, 2026 – Quarry Point Metals Inc. (TSXV: QPM) (the "Company") has agreed to acquire ' +
      'the Lark claims from its Vice President, Exploration, for $10,000 and 300,000 common shares at a deemed price ' +
      'of $0.10 per share.'
    const messages = await found('related-party', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing MI 61-101 related party transaction paragraph')
  })
})

describe('hold-period: an expiry written as the calendar’s numbers', () => {
  const release = (expiry: string) =>
    'VANCOUVER, BC, December 7, 2026 – Dalriada Metals Ltd. (TSXV: DLM) (the "Company") has closed today its ' +
    'non-brokered private placement of 5,000,000 common shares at $0.12 per share for gross proceeds of $600,000. ' +
    `The shares are subject to a four month and one day hold period expiring ${expiry}.`
  it('2027-04-08: no finding', async () => {
    expect(await found('hold-period', release('2027-04-08'))).toEqual([])
  })
  it('2027-04-07: the error, the fix written as the draft writes it', async () => {
    const messages = await found('hold-period', release('2027-04-07'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected 2027-04-08')
  })
})
