/**
 * Releases shaped like real ones from outside the corpus (a thirty-first QA round on newswire copies: joint releases,
 * QP statements as small issuers word them, tickers, lots added to a closing, the promise of more news). The issuers,
 * people and properties are invented, in our own words; each case reproduces the shape of a defect the document model
 * once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const TSXV_DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
  'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

describe('a joint release whose announcers each list a second market in their tag', () => {
  const joint = (kestrel: string, dunmore: string) =>
    [
      'Kestrel Gold and Dunmore Copper Announce Combination',
      '',
      `TORONTO, Nov. 26, 2026 -- Kestrel Gold Inc. (${kestrel}) ("Kestrel") and Dunmore Copper Ltd. (${dunmore}) ` +
        '("Dunmore") announce that they have agreed to combine the two companies by way of a plan of arrangement.',
      '',
      TSXV_DISCLAIMER
    ].join('\n')

  it.each([
    ['TSX:KGI, OTCQX:KSTGF', 'TSXV:DNC, OTCQB:DNMCF'],
    ['TSX: KGI; FSE: K7G', 'OTCQB: DNMCF; TSXV: DNC'],
    ['TSX: KGI | OTCQX: KSTGF', 'TSXV: DNC'],
    ['TSX: KGI', 'TSX-V: DNC, FRA: D7C']
  ])('owes the TSX-V disclaimer of its TSX-V announcer: (%s) and (%s)', async (kestrel, dunmore) => {
    expect(await found('exchange-disclaimer', joint(kestrel, dunmore))).toEqual([])
  })

  it('a TSX issuer that names a TSX-V company after its verb still owes no TSX-V disclaimer', async () => {
    const text = joint('TSX: KGI, OTCQX: KSTGF', 'TSXV: DNC').replace(
      ' and Dunmore Copper Ltd.',
      ' announces that it has signed a letter of intent with Dunmore Copper Ltd.'
    )
    expect(await found('exchange-disclaimer', text)).toEqual([
      expect.stringMatching(/error Unexpected TSX Venture Exchange disclaimer in the release of a TSX-listed issuer/)
    ])
  })
})

describe('qp-statement: the release written by its QP, as a small issuer’s president words it', () => {
  const results = (statement: string) =>
    [
      'Silverbow Metals Drills 14.2 Metres of 3.1 g/t Gold',
      '',
      'Silverbow Metals Corp. (TSXV: SBW) reports that hole TF26-041 intersected 14.2 metres of 3.1 g/t gold from 62.0 ' +
        'metres at its Telford property.',
      '',
      statement
    ].join('\n')

  it.each([
    'This news release was written by Warren Tse, P.Geo., President and CEO of Silverbow, in his capacity as a ' +
      'qualified person under National Instrument 43-101.',
    'The technical information in this release was drafted by Warren Tse, P.Geo., President of ' +
      'the Company and a qualified person under National Instrument 43-101.'
  ])('no finding: %s', async (statement) => {
    expect(await found('qp-statement', results(statement))).toEqual([])
  })

  it('a QP who only reviewed the release is still told to say that he approved it', async () => {
    const messages = await found(
      'qp-statement',
      results(
        'This news release was reviewed by Warren Tse, P.Geo., President and CEO of Silverbow, a qualified person ' +
          'under National Instrument 43-101.'
      )
    )
    expect(messages).toEqual([expect.stringMatching(/warning .*reviewed and approved/)])
  })
})

describe('unfilled-placeholder: a ticker that spells a template’s abbreviation', () => {
  const lead = (tag: string, rest = '') =>
    `VANCOUVER, British Columbia, November 24, 2026 – Tahltan Bay Copper Corp. (${tag}) ("Tahltan Bay") reports the ` +
    `results of a preliminary economic assessment for its Sentinel project.${rest}`

  it.each(['TSXV: TBC', 'TSX-V:TBC; OTCQB: TBCPF', 'CSE: TBA', 'TSX: TBD'])('no finding on (%s)', async (tag) => {
    expect(await found('unfilled-placeholder', lead(tag))).toEqual([])
  })

  it('no finding on the symbol of a listing statement', async () => {
    const text = lead('TSXV: TBC', ' Its shares trade on the TSX Venture Exchange under the symbol "TBC".')
    expect(await found('unfilled-placeholder', text)).toEqual([])
  })

  it('the abbreviation as a blank elsewhere, and a blank for the symbol, are still found', async () => {
    const text = lead('TSXV: [●]', ' The technical report will be filed on a date TBC.')
    const messages = await found('unfilled-placeholder', text)
    expect(messages).toHaveLength(2)
    expect(messages[0]).toContain('[●]')
    expect(messages[1]).toContain('“TBC”')
  })
})

describe('offering-arithmetic: a lot added to a closing, with the total of both', () => {
  const closing = (added: string) =>
    'VANCOUVER, Nov. 25, 2026 – Harlow Gold Mining Inc. (TSX: HGM) has closed its private placement of 1,400,000 ' +
    'flow-through shares at $2.10 per share for gross proceeds of $2,940,000. ' +
    added

  it.each([
    'A further 220,000 flow-through shares at $2.10 were issued to a shareholder exercising its participation right, ' +
      'for total gross proceeds of $3,402,000.',
    'An additional 220,000 flow-through shares were issued at $2.10 per share, for aggregate gross proceeds of ' +
      '$3,402,000.',
    'A further 220,000 flow-through shares at $2.10 were issued for gross proceeds of $462,000.',
    'In addition, 220,000 flow-through shares were issued at $2.10 for combined gross proceeds of $3,402,000.',
    'The Company also issued 220,000 flow-through shares at $2.10 to a shareholder exercising its participation right, ' +
      'for total gross proceeds of $3,402,000.'
  ])('no finding on a lot added with the total of both (%#)', async (added) => {
    expect(await found('offering-arithmetic', closing(added))).toEqual([])
  })

  it('a total that is not the sum of the lots is found, on the total', async () => {
    const messages = await found(
      'offering-arithmetic',
      closing(
        'A further 220,000 flow-through shares at $2.10 were issued to a shareholder, for total gross proceeds of ' +
          '$3,420,000.'
      )
    )
    expect(messages).toEqual([expect.stringMatching(/error Unexpected aggregate proceeds .*expected \$3,402,000/)])
  })

  it('one lot with proceeds in the words of a total is still its own', async () => {
    const messages = await found(
      'offering-arithmetic',
      'Harlow Gold Mining Inc. (TSX: HGM) has closed its private placement of 1,400,000 flow-through shares at $2.10 ' +
        'per share for total gross proceeds of $2,490,000.'
    )
    expect(messages).toEqual([expect.stringMatching(/error Unexpected proceeds that do not agree/)])
  })
})

describe('forward-looking-caution: news the issuer undertakes to give is no plan', () => {
  const halt = (promise: string) =>
    'Ashdown Uranium Corp. (TSXV: AUC) confirms that trading in its common shares was halted at its request on ' +
    `November 20, 2026, pending the announcement of a material transaction. ${promise}`

  it.each([
    'Ashdown will provide a further update as soon as it is able.',
    'The Company will give more information as it becomes available.',
    'The Company will keep shareholders informed of developments.',
    'Ashdown will issue a news release with the details when a definitive agreement is signed.'
  ])('a weak sign only, a warning at most: %s', async (promise) => {
    const messages = await found('forward-looking-caution', halt(promise))
    expect(messages).toEqual([expect.stringMatching(/warning Missing forward-looking information caution/)])
  })

  it('the plan the news is about is still forward-looking information', async () => {
    const messages = await found(
      'forward-looking-caution',
      halt('Ashdown will provide a further update once it completes the acquisition, which it expects in January.')
    )
    expect(messages).toEqual([expect.stringMatching(/error Missing forward-looking information caution/)])
  })
})
