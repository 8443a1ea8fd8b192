/**
 * Releases of Canadian-listed mining issuers that also list or report abroad (ASX, AIM, NYSE American, OTCQX,
 * Frankfurt), of the shapes real ones take, and the news services' write-ups of them. The issuers, people and
 * properties are invented, in our own words; each case reproduces the shape of a text the document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('layout: a body sentence that opens on a date is no dateline', () => {
  // A news service's write-up has no dateline; its second paragraph opens "As announced <date>, the company …".
  const story = (second: string) =>
    'Tarrant Gold drilling the Wexley prospect in Peru\n\n' +
    'Tarrant Gold Inc. [TSXV, AIM: TGI] provided an update on the purchase of its partner and the progress of ' +
    'work at the company’s Wexley project in Peru.\n\n' +
    `${second}\n\n` +
    'The drilling contractor mobilized last week, and drilling is expected to continue into the new year.'

  it.each([
    'As announced March 4, 2026, the company signed a binding agreement to buy its partner’s interest.',
    'On March 4, 2026, the company signed a binding agreement to buy its partner’s interest.',
    'Further to the news dated March 4, 2026, the company signed a binding agreement to buy its partner’s interest.'
  ])('a news service speaks: no TSX-V disclaimer owed (%#)', async (second) => {
    expect(await messages('exchange-disclaimer', story(second))).toEqual([])
  })

  it('the issuer’s own release, with its dateline, still owes the disclaimer', async () => {
    const release =
      'LONDON, March 9, 2026 – Tarrant Gold Inc. (TSXV/AIM: TGI) ("Tarrant" or the "Company") is pleased to give an ' +
      'update on work at the Wexley project.\n\nOn March 4, 2026, the Company signed a binding agreement to buy its ' +
      'partner’s interest.'
    expect(await messages('exchange-disclaimer', release)).toHaveLength(1)
  })
})

describe('speaker: a wire’s brief tells the share move in the present and calls the issuer "Co"', () => {
  const brief = (first: string, second: string) =>
    `** ${first}\n\n** ${second}\n\n` +
    '** Ruling clears the way for the Halden project to advance through state permitting next year\n\n' +
    '** As of last close, the shares are down 18% this year'

  it.each([
    ['Shares of uranium producer Corlay Energy rise 4.1% to $3.10 premarket', 'Corlay will start state permitting'],
    ['Corlay Energy shares jump 12% in early trade', 'The permits are the last federal ones'],
    ['Corlay Energy wins appeal over Halden permits', 'Co says it will start state permitting this year']
  ])('a news service speaks: no TSX-V disclaimer owed (%#)', async (first, second) => {
    expect(await messages('exchange-disclaimer', brief(first, second))).toEqual([])
  })

  it('an issuer’s release that says its shares rose is still its own', async () => {
    const release =
      'DENVER, Colorado, March 9, 2026 – Corlay Energy Corp. (TSXV: CLY) (NYSE American: CLY) ("Corlay" or the ' +
      '"Company") reports that the appeals board has upheld the permits for its Halden project.\n\n' +
      '"Our shares rose 40% this year as the permits came through," said the Company’s CEO.'
    expect(await messages('exchange-disclaimer', release)).toHaveLength(1)
  })
})

describe('qp-statement: a regulator named in a statement for two markets is no one’s name', () => {
  const results =
    'DENVER, Colorado, March 9, 2026 – Larkspur Gold Corp. (TSX: LKG) (NYSE American: LKG) ("Larkspur" or the ' +
    '"Company") reports assays from its Hollis project: hole HL-26-04 returned 14.0 m grading 2.9 g/t Au from 61 m.'

  it('the QP named after S-K 1300 of the U.S. Securities and Exchange Commission: no finding', async () => {
    const statement =
      'As defined in S-K 1300 of the U.S. Securities and Exchange Commission and in NI 43-101, Mara Quill, P.G., ' +
      'Vice President Exploration of the Company, is the qualified person who reviewed and approved the scientific ' +
      'and technical information in this release.'
    expect(await messages('qp-statement', `${results}\n\n${statement}`)).toEqual([])
  })

  it.each([
    'The technical information in this release was reviewed and approved by the Company’s Qualified Persons, as ' +
      'defined in NI 43-101 and in S-K 1300 of the U.S. Securities and Exchange Commission.',
    'The technical information in this release was approved by the Company’s Qualified Persons under NI 43-101 and ' +
      'the Joint Ore Reserves Committee’s Code.'
  ])('no person named: the name is missing (%#)', async (statement) => {
    const found = await messages('qp-statement', `${results}\n\n${statement}`)
    expect(found.some((line) => /Missing name of the Qualified Person/.test(line))).toBe(true)
  })
})

describe('listing: one ticker for a list of exchanges that ends in a Nasdaq Nordic market', () => {
  const release = (tag: string) =>
    `REYKJAVÍK, Iceland, March 3, 2026 – Fjallgarður Minerals Ltd. ${tag} ("Fjall" or the "Company") announces the ` +
    'appointment of Ms Ada Finch as Chief Financial Officer.'

  it.each(['(AIM, TSX, NASDAQ Iceland: FJM)', '(TSX, Nasdaq Stockholm: FJM)'])(
    'a TSX issuer owes no TSX-V disclaimer: %s',
    async (tag) => {
      expect(await messages('exchange-disclaimer', release(tag))).toEqual([])
    }
  )

  it('a TSX-V issuer owes it, and the note names its TSX-V listing', async () => {
    const lint = await lintWith('exchange-disclaimer', release('(AIM, TSXV, NASDAQ First North: FJM)') + '\n')
    expect(lint.messages).toHaveLength(1)
    expect(String(lint.messages[0].note)).toContain('states a TSX-V listing')
  })
})

describe('release: a placement, as an issuer also on the ASX names its offering, is its own offering', () => {
  const lead = (sentence: string) =>
    'PERTH, Western Australia, March 3, 2026 – Quoll Range Minerals Ltd. (TSXV: QRM) (ASX: QR1) ("Quoll" or the ' +
    `"Company") ${sentence}\n\nThe funds will be used for drilling at the Yarri gold project and for working capital.`

  it.each([
    'has received firm commitments for a A$3 million equity placement to sophisticated and professional investors.',
    'will issue 40,000,000 CHESS Depositary Interests ("CDIs") at an issue price of A$0.075 per CDI under a ' +
      'two-tranche share placement.',
    'announces the placement of 40,000,000 new CDIs to institutional investors, raising A$3 million.'
  ])('the U.S. legend is owed (%#)', async (sentence) => {
    const found = await messages('us-distribution-legend', lead(sentence))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/private placement/)
  })

  it.each([
    'has completed the placement of 12 drill pads along the Yarri shear zone.',
    'reports that the placement of the second rig at the Yarri project is complete.'
  ])('no offering: %s', async (sentence) => {
    expect(await messages('us-distribution-legend', lead(sentence))).toEqual([])
  })
})

describe('layout: a dateline set as a paragraph of its own, the lead below it', () => {
  const release = (dateline: string) =>
    'Proposed placing to fund the Kangerlik hub\n\n' +
    `${dateline}\n\n` +
    '(“Nordkap” or the “Company”)\n\n' +
    '- Nordkap Minerals Ltd. (AIM, TSXV: NKM), a mine development company in Greenland, announces that it intends ' +
    'to conduct a placing of new common shares to raise gross proceeds of at least £12.0 million at 60.0 pence per ' +
    'share.\n\nThe proceeds will fund the Kangerlik hub and general working capital.'

  it.each(['Reykjavík, June 11, 2026 (GLOBE NEWSWIRE) --', 'LONDON, United Kingdom, June 11, 2026 –'])(
    'the lead announces the placing: the U.S. legend is owed (%s)',
    async (dateline) => {
      expect(await messages('us-distribution-legend', release(dateline))).toHaveLength(1)
    }
  )
})

describe('release: a retail offer and a fundraising, as an issuer also on AIM names its offering', () => {
  const lead = (sentence: string) =>
    'LONDON, June 11, 2026 – Tamar Tin Ltd. (AIM/TSX-V: TTL) ("Tamar" or the "Company") ' +
    `${sentence}\n\nThe proceeds will fund the dewatering of the Wheal Ida mine and working capital.`

  it.each([
    'is pleased to announce a retail offer via BookBuild to raise up to £3 million at an issue price of 8 pence per ' +
      'new common share.',
    'announces that it has completed its fundraising of £12 million through a placing with institutional investors.',
    'announces a conditional fundraising to raise at least £12 million before expenses.'
  ])('the U.S. legend is owed (%#)', async (sentence) => {
    expect(await messages('us-distribution-legend', lead(sentence))).toHaveLength(1)
  })

  it('a word of fundraising with no offering in it: no legend owed', async () => {
    expect(
      await messages('us-distribution-legend', lead('reports that dewatering of the Wheal Ida mine is on schedule.'))
    ).toEqual([])
  })
})
