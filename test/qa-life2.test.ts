/**
 * LIFE offerings (NI 45-106 Part 5A) and the U.S. Securities Act statement, at every stage and in every combination:
 * an announcement, an upsize, a closing in tranches, a LIFE tranche beside a concurrent placement under another
 * exemption, agents and finders, flow-through units. A compliant release gets no finding; one element dropped or made
 * wrong is caught. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const DOCUMENT =
  'There is an offering document related to the LIFE Offering that can be accessed under the Company’s profile at ' +
  'www.sedarplus.ca and at www.ostrandergold.ca. Prospective investors should read this offering document before ' +
  'making an investment decision.'

describe('hold periods: a sentence that frees the LIFE securities and holds the concurrent placement’s', () => {
  const closing = (hold: string) =>
    [
      'VANCOUVER, BC, December 15, 2026 – Ostrander Gold Corp. (TSXV: OSG) (the "Company") has closed its LIFE ' +
        'offering of 6,000,000 units at $0.10 per unit for gross proceeds of $600,000, and its concurrent ' +
        'non-brokered private placement of 2,000,000 flow-through shares at $0.12 per share for gross proceeds of ' +
        '$240,000.',
      '',
      hold
    ].join('\n')

  it.each([
    'The LIFE units are free trading, while the flow-through shares issued under the concurrent private placement are ' +
      'subject to a hold period of four months and one day expiring April 16, 2027.',
    'The LIFE units will not be subject to a hold period; the flow-through shares of the concurrent placement are ' +
      'subject to a hold period expiring April 16, 2027.',
    'Les unités LIFE sont librement négociables, alors que les actions accréditives du placement concomitant sont ' +
      'assujetties à une période de détention expirant le 16 avril 2027.'
  ])('the concurrent hold is read: %s', async (hold) => {
    expect(await found('hold-period', closing(hold))).toEqual([])
    expect(await found('life-offering', closing(hold))).toEqual([])
  })

  it('the hold of the concurrent part is still checked (its expiry)', async () => {
    const messages = await found(
      'hold-period',
      closing(
        'The LIFE units are free trading, while the flow-through shares issued under the concurrent private ' +
          'placement are subject to a hold period of four months and one day expiring April 6, 2027.'
      )
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('April 16, 2027')
  })

  it('a closing that frees the LIFE units and says nothing of the concurrent shares misses their hold', async () => {
    const messages = await found('hold-period', closing('The LIFE units are free trading.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing hold period')
  })
})

describe('life-offering: the forms that free LIFE securities of a hold period', () => {
  const announcement = (resale: string) =>
    [
      'VANCOUVER, BC, December 4, 2026 – Ostrander Gold Corp. (TSXV: OSG) (the "Company") announces a non-brokered ' +
        'offering of up to 8,000,000 common shares at $0.15 per share under the listed issuer financing exemption ' +
        '(the "LIFE Offering").',
      '',
      DOCUMENT,
      '',
      resale
    ].join('\n')

  it.each([
    'The shares will be issued free of any hold period in Canada.',
    'The shares will be issued without any hold period under Canadian securities laws.',
    'The shares will be exempt from the hold period that would otherwise apply under NI 45-102.',
    'There will be no statutory hold period on the shares.',
    'The shares will not be subject to the statutory four-month hold period.',
    'The shares will not carry a hold period under Canadian securities laws.',
    'Les actions seront émises sans période de détention au Canada.'
  ])('no finding: %s', async (resale) => {
    expect(await found('life-offering', announcement(resale))).toEqual([])
  })

  it('a hold stated of the LIFE shares is still an error', async () => {
    const messages = await found(
      'life-offering',
      announcement('The shares will be subject to a hold period of four months and one day.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Unexpected hold period')
  })
})

describe('release kind: a LIFE offering the issuer recalls, or another company’s it invested in, owes nothing', () => {
  const LEAD =
    'VANCOUVER, BC, December 4, 2026 – Redstone Royalty Corp. (TSXV: RRC) (the "Company") announces that it has'
  const DRILL = 'VANCOUVER, BC, December 4, 2026 – Ironbark Gold Corp. (TSXV: IBG) (the "Company")'
  const RULES = ['us-distribution-legend', 'us-securities-act', 'life-offering'] as const
  const all = async (text: string) => (await Promise.all(RULES.map((rule) => found(rule, text)))).flat()

  it.each([
    `${LEAD} subscribed for 4,000,000 units of Larch Creek Gold Inc. at $0.25 per unit, for an investment of ` +
      '$1,000,000, in Larch Creek’s offering under the listed issuer financing exemption.',
    `${LEAD} participated in the LIFE offering of Larch Creek Gold Inc., subscribing for 4,000,000 units at $0.25 ` +
      'per unit for $1,000,000.',
    `${DRILL} reports results from its fall drilling at Cedar Flats, which was funded by the LIFE offering the ` +
      'Company closed in August 2026.',
    `${DRILL} begins drilling at Cedar Flats, financed with the proceeds of its LIFE offering, which it completed in ` +
      'September 2026.',
    'MONTRÉAL, QC, le 4 décembre 2026 – Minéraux Corvelle inc. (TSXV : MCV) (la « Société ») entreprend un ' +
      'programme de forage financé par le placement LIFE que la Société a clôturé en août 2026.'
  ])('no finding: %s', async (text) => {
    expect(await all(text)).toEqual([])
  })

  it.each([
    // The issuer's own offering, insiders buying its units by its legal name.
    `${LEAD} closed its LIFE offering of 4,000,000 units at $0.25 per unit. Insiders subscribed for 500,000 units of ` +
      'Redstone Royalty Corp. in the LIFE offering.',
    // An offering the issuer announces to fund the matter, or closes today.
    `${DRILL} begins a drill program at Cedar Flats, to be funded by a LIFE offering of up to 10,000,000 units at ` +
      '$0.10 per unit that the Company announces today.',
    `${DRILL} has begun drilling at Cedar Flats, funded by the LIFE offering the Company closed today, issuing ` +
      '10,000,000 units at $0.10 per unit for gross proceeds of $1,000,000.'
  ])('the issuer’s own offering is still one: %s', async (text) => {
    expect((await found('us-distribution-legend', text)).join('\n')).toContain('Missing U.S. distribution legend')
  })
})

describe('stage: a closing release that lists its financings after a colon', () => {
  const closing = (hold: string) =>
    [
      'VANCOUVER, BC, December 16, 2026 – Halberd Lake Resources Ltd. (TSXV: HLR) (the "Company") has closed the ' +
        'following financings:',
      '',
      '- its LIFE offering of 12,000,000 units at $0.05 per unit for gross proceeds of $600,000; and',
      '- its concurrent private placement, under the accredited investor exemption, of 5,000,000 flow-through shares ' +
        'at $0.06 per share for gross proceeds of $300,000.',
      '',
      `The securities issued under the LIFE offering are not subject to a hold period.${hold}`
    ].join('\n')
  const HOLD =
    ' The flow-through shares issued under the accredited investor exemption are subject to a hold period expiring ' +
    'April 17, 2027.'

  it('is a closing: no offering document asked of it', async () => {
    expect(await found('life-offering', closing(HOLD))).toEqual([])
    expect(await found('hold-period', closing(HOLD))).toEqual([])
  })

  it('the concurrent placement’s hold is still owed', async () => {
    const messages = await found('hold-period', closing(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing hold period')
  })

  it('an announcement that lists its offerings still owes the statement', async () => {
    const text = [
      'VANCOUVER, BC, December 2, 2026 – Halberd Lake Resources Ltd. (TSXV: HLR) (the "Company") announces the ' +
        'following financings:',
      '',
      '- a LIFE offering of up to 12,000,000 units at $0.05 per unit; and',
      '- a concurrent private placement of up to 5,000,000 flow-through shares at $0.06 per share.'
    ].join('\n')
    expect((await found('life-offering', text)).join('\n')).toContain('Missing where the LIFE offering document')
  })
})

describe('offering-arithmetic: the total to date after "Together with the first tranche of N units"', () => {
  const final = (total: string) =>
    [
      'VANCOUVER, BC, December 19, 2026 – Daleview Minerals Ltd. (TSXV: DVM) (the "Company") has closed the second ' +
        'and final tranche of its LIFE offering, issuing 3,000,000 units at $0.10 per unit for gross proceeds of ' +
        '$300,000.',
      '',
      'Together with the first tranche of 5,000,000 units closed on December 5, 2026, the Company issued 8,000,000 ' +
        `units for aggregate gross proceeds of ${total}.`
    ].join('\n')

  it('no finding when the total agrees with the count to date', async () => {
    expect(await found('offering-arithmetic', final('$800,000'))).toEqual([])
  })

  it('a wrong total is reported with the right one', async () => {
    const messages = await found('offering-arithmetic', final('$850,000'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('expected $800,000')
  })
})

describe('life-offering: the statement split by a page break set as markup', () => {
  const split = (pageBreak: string, sedar: string) =>
    [
      'VANCOUVER, BC, December 4, 2026 – Pelham Hills Resources Inc. (TSXV: PHR) (the "Company") announces an ' +
        'offering of up to 6,000,000 units at $0.10 per unit under the listed issuer financing exemption (the "LIFE ' +
        'Offering"). There is an offering document related to the LIFE Offering that can be accessed under the ' +
        'Company’s profile at',
      '',
      pageBreak,
      '',
      `${sedar}www.pelhamhills.ca. Prospective investors should read this offering document before making an ` +
        'investment decision.'
    ].join('\n')

  it.each(['---', '* * *', '<div style="page-break-after: always"></div>'])('no finding across %s', async (brk) => {
    expect(await found('life-offering', split(brk, 'www.sedarplus.ca and at '))).toEqual([])
  })

  it('the profile dropped is still missing', async () => {
    const messages = await found('life-offering', split('---', ''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Missing where the LIFE offering document')
  })
})

describe('offering-arithmetic: a fee of the gross proceeds of a stated amount raised from purchasers introduced', () => {
  const closing = (commission: string, fee: string) =>
    'VANCOUVER, BC, December 10, 2026 – Granite Pass Gold Inc. (TSXV: GPG) (the "Company") has closed its brokered ' +
    'LIFE offering of 16,000,000 units at $0.25 per unit for gross proceeds of $4,000,000. The Agent received a cash ' +
    `commission of ${commission}, being 6% of the gross proceeds of $3,000,000 raised from purchasers it introduced. ` +
    `The Company also paid a finder a cash fee of ${fee}, being 7% of the gross proceeds of $1,000,000 from purchasers ` +
    'it introduced.'

  it('no finding when each fee is its percentage of the amount stated', async () => {
    expect(await found('offering-arithmetic', closing('$180,000', '$70,000'))).toEqual([])
  })

  it.each([
    ['$190,000', '$70,000', 'expected $180,000'],
    ['$180,000', '$60,000', 'expected $70,000']
  ])('a wrong fee is reported (case %#)', async (commission, fee, expected) => {
    const messages = await found('offering-arithmetic', closing(commission, fee))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(expected)
  })

  it('in French: « 7 % du produit brut de 1 000 000 $ »', async () => {
    const text =
      'Ressources Vallon inc. (TSXV : RVL) a clôturé son placement LIFE de 10 000 000 unités au prix de 0,15 $ par ' +
      'unité pour un produit brut de 1 500 000 $. La Société a versé à un intermédiaire des frais de 80 000 $, soit ' +
      '7 % du produit brut de 1 000 000 $ provenant des souscripteurs présentés par celui-ci.'
    expect((await found('offering-arithmetic', text)).join('\n')).toContain('70 000 $')
  })
})

describe('life-offering: the offering document as the subject of "should be read"', () => {
  const announcement = (statement: string) =>
    'VANCOUVER, BC, December 4, 2026 – Orca Bay Metals Inc. (TSXV: OBM) (the "Company") announces a LIFE offering of ' +
    `up to 5,000,000 units at $0.20 per unit.\n\n${statement}`

  it.each([
    'An offering document relating to the offering is available under the Company’s SEDAR+ profile at ' +
      'www.sedarplus.ca and on its website at www.orcabay.ca, and should be read by prospective investors before ' +
      'making an investment decision.',
    'Il existe un document d’offre relatif au placement qui peut être consulté sous le profil de la Société sur ' +
      'SEDAR+ à www.sedarplus.ca et sur son site Web, et qui devrait être lu par les investisseurs éventuels avant de ' +
      'prendre une décision d’investissement.'
  ])('no finding: %s', async (statement) => {
    expect(await found('life-offering', announcement(statement))).toEqual([])
  })

  it('a statement that only makes it available still misses the reading', async () => {
    const messages = await found(
      'life-offering',
      announcement(
        'An offering document relating to the offering is available under the Company’s SEDAR+ profile at ' +
          'www.sedarplus.ca and on its website at www.orcabay.ca.'
      )
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('should read it before investing')
  })
})

describe('release kind: the LIFE exemption named as the one not relied on', () => {
  const placement = (exemption: string) =>
    'VANCOUVER, BC, December 4, 2026 – Orca Bay Metals Inc. (TSXV: OBM) (the "Company") announces a non-brokered ' +
    `private placement of up to 5,000,000 units at $0.20 per unit. The private placement will be made ${exemption}, ` +
    'and the units will be subject to a hold period of four months and one day.'

  it('no LIFE finding when the placement is "not under the listed issuer financing exemption"', async () => {
    const text = placement(
      'under the accredited investor exemption and not under the listed issuer financing exemption'
    )
    expect(await found('life-offering', text)).toEqual([])
  })

  it('a placement made under it is still a LIFE offering', async () => {
    const text = placement('under the listed issuer financing exemption')
    const messages = (await found('life-offering', text)).join('\n')
    expect(messages).toContain('Missing where the LIFE offering document')
    expect(messages).toContain('Unexpected hold period')
  })
})
