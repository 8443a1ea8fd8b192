/**
 * Property deals and corporate transactions as junior miners announce them: an agreement's terms owe some statements
 * (a hold on the issuer's consideration shares, the TSX-V floor on their deemed price) and not others (another
 * company's shares the issuer receives are that company's distribution). The issuers, people and properties are
 * invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)
describe('another company’s shares the issuer receives, the issuer named as the release defines it', () => {
  const sale = (consideration: string, hold: string) =>
    [
      'SASKATOON, SK, December 7, 2026 – Wrenfield Exploration Inc. (TSXV: WRX) ("Wrenfield") has sold its Hollins ' +
        `property to Ashgrove Copper Corp. ("Ashgrove"). ${consideration} ${hold}`
    ].join('\n')

  it('no pricing error on the buyer’s shares “issued to Wrenfield” at a deemed price below $0.05', async () => {
    const text =
      'SASKATOON, SK, December 7, 2026 – Wrenfield Exploration Inc. (TSXV: WRX) ("Wrenfield") has entered into a ' +
      'purchase agreement with Ashgrove Copper Corp. ("Ashgrove") for the sale of its Hollins property. As ' +
      'consideration, Ashgrove will pay Wrenfield $200,000 in cash and issue to Wrenfield 3,000,000 common shares of ' +
      'Ashgrove at a deemed price of $0.04 per share.'
    expect(await found('tsxv-pricing', text)).toEqual([])
  })

  it('no “four months” warning on “the shares received”, after the buyer issued them to Wrenfield', async () => {
    const text = sale(
      'Ashgrove paid Wrenfield $200,000 and issued to Wrenfield 3,000,000 common shares of Ashgrove at a deemed ' +
        'price of $0.10 per share.',
      'The shares received are subject to a hold period of four months.'
    )
    expect(await found('hold-period', text)).toEqual([])
  })

  it('no “four months” warning on “the Ashgrove shares received by the Company”, issued to it the sentence before', async () => {
    const text = [
      'VANCOUVER, BC, December 7, 2026 – Brantwood Metals Corp. (TSXV: BWM) (the "Company") has granted Oberon ' +
        'Copper Ltd. ("Oberon") an option on the Mica Ridge project, for $200,000 in cash and by issuing to the ' +
        'Company 1,000,000 Oberon shares at a deemed price of $0.10 per share. The Oberon shares received by the ' +
        'Company will be subject to a four-month hold period.'
    ].join('\n')
    expect(await found('hold-period', text)).toEqual([])
  })

  it('French: no « quatre mois » warning on « les actions de Vermeil reçues par la Société »', async () => {
    const text =
      'VAL-D’OR, le 7 décembre 2026 – Mines Lorrain inc. (TSXV : MLR) (« Lorrain » ou la « Société ») a vendu sa ' +
      'propriété Lac-Sauvage à Exploration Vermeil inc. (« Vermeil »). En contrepartie, Vermeil a émis à Lorrain ' +
      '2 000 000 d’actions ordinaires de Vermeil. Les actions de Vermeil reçues par la Société sont assujetties à ' +
      'une période de détention de quatre mois.'
    expect(await found('hold-period', text)).toEqual([])
  })

  it('still a warning on the issuer’s own consideration shares “issued to the vendor”', async () => {
    const text =
      'SASKATOON, SK, December 7, 2026 – Wrenfield Exploration Inc. (TSXV: WRX) ("Wrenfield") has acquired the ' +
      'Hollins claims. Wrenfield issued to the vendor 3,000,000 common shares of Wrenfield at a deemed price of ' +
      '$0.10 per share. The shares are subject to a hold period of four months.'
    const messages = await found('hold-period', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('“four months”')
  })

  it('still an error on the issuer’s own shares at $0.03, with “the Company’s” vendor named after “to”', async () => {
    const text =
      'VANCOUVER, BC, December 7, 2026 – Corbel Lake Metals Ltd. (TSXV: CLK) (the "Company") has acquired the ' +
      'Tamarind claims and issued to the Company’s vendor 2,000,000 common shares at a deemed price of $0.03 per ' +
      'share.'
    const messages = await found('tsxv-pricing', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('$0.03')
  })
})

describe('hold-period: another company’s shares named before “shares”, received by the issuer', () => {
  it('no “four months” warning on “The Brixley shares received by the Company”, after a schedule table', async () => {
    const text = [
      'VANCOUVER, BC, December 7, 2026 – Avondale Copper Ltd. (TSXV: AVC) ("Avondale" or the "Company") has granted ' +
        'Brixley Resources Corp. ("Brixley") an option on the Tessel project. To earn its interest, Brixley must pay ' +
        'and issue to the Company the following:',
      '',
      '| Due | Cash | Brixley shares |',
      '| --- | --- | --- |',
      '| On Exchange acceptance | $40,000 | 500,000 |',
      '',
      'The Brixley shares received by the Company will be subject to a four-month hold period.'
    ].join('\n')
    expect(await found('hold-period', text)).toEqual([])
  })

  it('still a warning on “the shares received by the vendor”', async () => {
    const text =
      'VANCOUVER, BC, December 7, 2026 – Avondale Copper Ltd. (TSXV: AVC) (the "Company") has acquired the Tessel ' +
      'claims for 500,000 common shares at a deemed price of $0.10 per share. The shares received by the vendor will ' +
      'be subject to a four-month hold period.'
    const messages = await found('hold-period', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
  })
})

describe('tsxv-pricing: a French option or purchase agreement pays for a property at a deemed price', () => {
  const option = (item: string) =>
    [
      'MONTRÉAL, le 7 décembre 2026 – Ressources Lavallière inc. (TSXV : LVL) (la « Société ») annonce qu’elle a ' +
        'conclu une convention d’option lui permettant d’acquérir une participation de 100 % dans la propriété ' +
        'Baie-Verte. Pour exercer l’option, la Société doit :',
      '',
      '- verser 50 000 $ au cédant sur trois ans;',
      `- ${item};`,
      '- engager 400 000 $ en travaux d’exploration.'
    ].join('\n')

  it('an error on « un prix réputé de 0,03 $ », in French, on the price', async () => {
    const messages = await found(
      'tsxv-pricing',
      option('émettre 1 000 000 d’actions ordinaires au cédant, à un prix réputé de 0,03 $ par action')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
    expect(messages[0]).toContain('Prix réputé de 0,03 $')
    expect(messages[0]).toMatch(/^4:\d+-4:\d+: error/)
  })

  it('no finding at « 0,08 $ »', async () => {
    const text = option('émettre 1 000 000 d’actions ordinaires au cédant, à un prix réputé de 0,08 $ par action')
    expect(await found('tsxv-pricing', text)).toEqual([])
  })
})

describe('qp-statement: an option agreement’s milestone states a threshold, not technical information', () => {
  const option = (milestone: string) =>
    [
      'VANCOUVER, BC, December 7, 2026 – Wolsey Metals Corp. (TSXV: WLM) (the "Company") has entered into an option ' +
        'agreement with an arm’s length optionor to acquire a 100% interest in the Fenner claims. To exercise the ' +
        `option, the Company must pay $60,000 and issue 400,000 common shares over two years. ${milestone} The ` +
        'optionor retains a 1.5% NSR royalty.'
    ].join('\n')

  it.each([
    'On the first disclosure of a mineral resource of at least 500,000 ounces of gold on the claims, the Company must ' +
      'issue a further 500,000 shares to the optionor as a milestone payment.',
    'If a drill hole on the claims intersects more than 10 metres grading at least 5 g/t gold, the Company must pay ' +
      'the optionor a bonus of $50,000.'
  ])('no finding on the milestone %#', async (milestone) => {
    expect(await found('qp-statement', option(milestone))).toEqual([])
  })

  it('still an error on a resource the claims hold, stated beside the milestone', async () => {
    const text = option(
      'The claims host an Inferred Mineral Resource of 2.1 million tonnes at 1.8 g/t gold for 121,000 ounces. On the ' +
        'first disclosure of a mineral resource of at least 500,000 ounces of gold, the Company must issue a further ' +
        '500,000 shares.'
    )
    const messages = await found('qp-statement', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('error')
  })
})

describe('tsxv-pricing: an option’s schedule set as a table with a column of deemed prices', () => {
  const schedule = (lead: string, price: string) =>
    [
      'VANCOUVER, BC, December 7, 2026 – Ormsby Gold Corp. (TSXV: ORG) (the "Company") has entered into an option ' +
        `agreement with an arm’s length optionor on the Lark Hill property. ${lead}`,
      '',
      '| Due | Cash | Shares | Deemed price |',
      '| --- | --- | --- | --- |',
      `| On Exchange acceptance | $20,000 | 200,000 | ${price} |`,
      '| First anniversary | $40,000 | 300,000 | Market price |'
    ].join('\n')

  it('an error on a deemed price of $0.03 in the table, on its cell', async () => {
    const messages = await found('tsxv-pricing', schedule('The Company must pay and issue the following:', '$0.03'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^5:\d+-5:\d+: error/)
    expect(messages[0]).toContain('$0.03')
  })

  it('no finding at $0.12', async () => {
    expect(await found('tsxv-pricing', schedule('The Company must pay and issue the following:', '$0.12'))).toEqual([])
  })

  it('no finding where the table schedules the shares an optionee issues to the Company', async () => {
    const lead = 'To earn its interest, Tarn Minerals Inc. must pay and issue to the Company the following:'
    expect(await found('tsxv-pricing', schedule(lead, '$0.03'))).toEqual([])
  })
})

describe('tsxv-pricing: a list of payments whose lead-in gives them to the issuer', () => {
  const option = (lead: string) =>
    [
      'KAMLOOPS, BC, December 7, 2026 – Quarrington Metals Corp. (TSXV: QRM) (the "Company") has entered into an ' +
        `option agreement on its Sedge Lake property with Norcastle Gold Inc. ("Norcastle"). ${lead}`,
      '',
      '- $30,000 in cash and 600,000 shares at a deemed price of $0.04 per share on signing;',
      '- $1,000,000 of exploration expenditures by the second anniversary.'
    ].join('\n')

  it('no finding where Norcastle “must make the following payments to the Company”', async () => {
    const text = option('To exercise the option, Norcastle must make the following payments to the Company:')
    expect(await found('tsxv-pricing', text)).toEqual([])
  })

  it('still an error where the Company makes them to the optionor', async () => {
    const text = option('To exercise the option, the Company must make the following payments to Norcastle:')
    const messages = await found('tsxv-pricing', text)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('$0.04')
  })
})

describe('tsxv-pricing: a property’s deemed price in a release that also announces a placement', () => {
  const release = (consideration: string) =>
    [
      'VANCOUVER, BC, December 7, 2026 – Thornbury Resources Ltd. (TSXV: TBR) (the "Company") has agreed to acquire ' +
        `the Vesper claims ${consideration}`,
      '',
      'The Company also announces a non-brokered private placement of up to 5,000,000 units at $0.10 per unit for ' +
        'gross proceeds of up to $500,000.'
    ].join('\n')

  it('the deemed price is the property’s (Policy 5.3), not the placement’s (Policy 4.1)', async () => {
    const messages = await found(
      'tsxv-pricing',
      release('from an arm’s length vendor for 3,000,000 common shares at a deemed price of $0.03 per share.')
    )
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Unexpected deemed price of $0.03 per share')
  })

  it('no finding on the seller’s shares the Company receives for claims it sells', async () => {
    const text = [
      'VANCOUVER, BC, December 7, 2026 – Thornbury Resources Ltd. (TSXV: TBR) (the "Company") has agreed to acquire ' +
        'the Vesper claims for $50,000. It will sell its Orme claims to Kellan Metals Corp. in exchange for 3,000,000 ' +
        'common shares of Kellan at a deemed price of $0.03 per share.',
      '',
      'The Company also announces a non-brokered private placement of up to 5,000,000 units at $0.10 per unit for ' +
        'gross proceeds of up to $500,000.'
    ].join('\n')
    expect(await found('tsxv-pricing', text)).toEqual([])
  })
})
