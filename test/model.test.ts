/** The document model: exact offsets, normalization, listings, dateline, topics. */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel, find, type Model} from '../src/model/model.js'
import {COMPOUND_FIRST} from '../src/model/text.js'
import {RELEASE, fixture} from './helpers.js'

const release = (): string => fixture(RELEASE)

function model(value: string): Model {
  return buildModel(unified().use(remarkParse).parse(value), value)
}

describe('blocks and sentences', () => {
  it('maps normalized matches back to the exact source, through markdown escapes and emphasis', () => {
    const value =
      'The Company issued 11,620,000 units at CDN\\$0.10 per **Unit** for gross proceeds of CDN\\$1,162,000.\n'
    const m = model(value)
    const found = find(m.sentences[0], /\$0\.10 per unit/)
    expect(found).toBeDefined()
    expect(value.slice(found!.start, found!.end)).toBe('$0.10 per **Unit')
  })

  it('normalizes smart quotes, dashes, non-breaking spaces, line breaks and case', () => {
    const value =
      'NEITHER TSX\u00a0VENTURE EXCHANGE \u2014 \u201cthe\n   Exchange\u201d\u2019s Regulation\nServices Provider.\n'
    const m = model(value)
    expect(m.blocks[0].norm.text).toBe('neither tsx venture exchange - "the exchange"\'s regulation services provider.')
    const found = find(m.blocks[0], /regulation services provider/)!
    expect(value.slice(found.start, found.end)).toBe('Regulation\nServices Provider')
  })

  it('keeps honorifics, initials and designations inside one sentence', () => {
    const m = model(
      'Reviewed and approved by Mr. J. Smith, P.Geo., Chief Geologist of Acme Corp. (the Company). Drilling starts in May.\n'
    )
    expect(m.sentences.map((s) => s.raw.text)).toEqual([
      'Reviewed and approved by Mr. J. Smith, P.Geo., Chief Geologist of Acme Corp. (the Company).',
      'Drilling starts in May.'
    ])
  })

  it('gives each sentence the source span of its words', () => {
    const value = 'First one here.  Second *one* here.\n'
    const m = model(value)
    expect(m.sentences.map((s) => value.slice(s.start, s.end))).toEqual(['First one here.', 'Second *one* here.'])
  })
})

describe('copy artefacts undone in normalized text', () => {
  const norm = (value: string) => model(value + '\n').blocks[0].norm.text

  it('joins a word a PDF hyphenated at a line end, and maps it back to the words as written', () => {
    const value = 'The samples were ap-\nproved for explo- \r\n  ration by the laboratory.\n'
    const m = model(value)
    expect(m.blocks[0].norm.text).toBe('the samples were approved for exploration by the laboratory.')
    const found = find(m.blocks[0], /approved for exploration/)!
    expect(value.slice(found.start, found.end)).toBe('ap-\nproved for explo- \r\n  ration')
  })

  it('joins a word whose line break copy made a space ("explo- ration"), not a compound left hanging', () => {
    expect(norm('the 2026 explo- ration program, reviewed and ap- proved')).toBe(
      'the 2026 exploration program, reviewed and approved'
    )
    expect(norm('gold- and silver-bearing veins, pré- ou post-clôture, a non- brokered placement')).toBe(
      'gold- and silver-bearing veins, pré- ou post-clôture, a non-brokered placement'
    )
  })

  it('keeps the hyphen of a compound broken at it, and hyphens that do not end a line', () => {
    expect(norm('a non-\nbrokered private placement of flow-\nthrough units')).toBe(
      'a non-brokered private placement of flow-through units'
    )
    expect(norm('a four-\nmonth hold on pre-\nfeasibility work')).toBe('a four-month hold on pre-feasibility work')
    // A number broken at its hyphen is one again ("NI 43-⏎101", "2025-⏎2026"); a hole's name before its number is not.
    expect(norm('hole LR-07 -\nand hole LR-\n08, 2025-\n2026')).toBe('hole lr-07 - and hole lr- 08, 2025-2026')
  })

  it('splits words run together where a capital starts the second, not names or units with inner capitals', () => {
    expect(norm('approved byRobert Ashdown, theCompany\u2019s ChiefGeologist and aQualified Person')).toBe(
      "approved by robert ashdown, the company's chief geologist and a qualified person"
    )
    expect(norm('McEwen, MacLeod and LaRonde: 1.2 g/t AuEq, 12 kWh/t, 25 mV/V, TSXV, P.Geo.')).toBe(
      'mcewen, macleod and laronde: 1.2 g/t aueq, 12 kwh/t, 25 mv/v, tsxv, p.geo.'
    )
    expect(norm('la SociétéMinière et deQuébec')).toBe('la société minière et de québec')
  })

  it('joins any word hyphenated at any letter before a line break, whatever the word (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,14}$/), fc.nat(), (word, at) => {
        const cut = 2 + (at % (word.length - 3))
        const first = word.slice(0, cut)
        expect(norm(`See the ${first}-\n${word.slice(cut)} here.`)).toBe(
          COMPOUND_FIRST.has(first) ? `see the ${first}-${word.slice(cut)} here.` : `see the ${word} here.`
        )
      })
    )
  })
})

describe('listings', () => {
  it.each([
    ['TSX Venture Exchange: **QRM**', 'TSXV', 'qrm'],
    ['Birch Gold Corp. (TSXV: BGC) announces', 'TSXV', 'bgc'],
    ['Cedar Metals Inc. (TSX-V: CDM) announces', 'TSXV', 'cdm'],
    ['Alder Corp. (CSE: ALD) announces', 'CSE', 'ald'],
    ['Spruce Mines Ltd. (TSX: SPM) announces', 'TSX', 'spm'],
    ['Pine Resources Inc. (PNR: CSE) announces', 'CSE', 'pnr'],
    ['The shares trade on the TSX Venture Exchange under the symbol "ACM".', 'TSXV', 'acm']
  ])('%s', (text, exchange, ticker) => {
    const m = model(`${text}\n`)
    expect(m.listings.map((l) => [l.exchange, l.ticker])).toContainEqual([exchange, ticker])
    expect([...m.exchanges]).toEqual([exchange])
  })

  it('reads the issuer from the opening, not from a partner named further down', () => {
    const m = model(
      'Acme Gold Corp. (CSE: ACM) announces an option.\n\nVANCOUVER, BC, May 1, 2026 - Acme signed with Beta ' +
        'Corp. (TSXV: BET).\n\nMore text.\n\nMore text.\n\nMore.\n\nBeta Corp. (TSXV: BET) is a partner.\n'
    )
    expect(m.exchange).toBe('CSE')
    // The partner's tag far down is not a listing of the issuer.
    expect(m.listings.some((l) => l.block > 2)).toBe(false)
  })

  it('finds the closing release listed on the TSX Venture Exchange', () => {
    expect([...model(release()).exchanges]).toEqual(['TSXV'])
  })
})

describe('dateline and topics', () => {
  it('finds a newswire dateline and a date-only line', () => {
    expect(
      model(
        'Headline\n\nVANCOUVER, British Columbia--(Newsfile Corp. - May 1, 2026) - Acme Gold Corp. announces a financing today.\n'
      ).dateline?.index
    ).toBe(1)
    expect(model(release()).dateline?.norm.text).toBe('june 9, 2025')
  })

  it('decides the closing release speaks of an offering, technical information and the future', () => {
    const {topics} = model(release())
    expect(topics.offering).toBeDefined()
    expect(topics.technical).toBeDefined()
    expect(topics.forwardLooking).toBeDefined()
  })

  it('does not take a passing mention of a past placement for an offering', () => {
    const {topics} = model(
      'Acme Gold Reports Drill Results\n\nVANCOUVER, BC, May 1, 2026 - Acme Gold Corp. reports 12.1 g/t gold ' +
        'over 4 metres.\n\nThe program was funded by the private placement closed last year.\n'
    )
    expect(topics.offering).toBeUndefined()
    expect(topics.technical).toBeDefined()
  })

  it('does not take a jurisdiction statistic or a plan for technical information', () => {
    const {topics} = model(
      'Acme Closes Financing\n\nVANCOUVER, BC, May 1, 2026 - Acme closed its private placement. Nevada has ' +
        'produced over 200 million ounces of gold. Acme will complete a maiden mineral resource estimate next year.\n'
    )
    expect(topics.technical).toBeUndefined()
  })

  it('ignores the caution, disclaimers and legends when deciding topics', () => {
    const {topics, caution} = model(
      'Acme held its annual meeting on May 1, 2026.\n\nForward-looking statements in this release include ' +
        'statements that will depend on grade and recovery of mineralization and drill results.\n'
    )
    expect(caution).toHaveLength(1)
    expect(topics.technical).toBeUndefined()
    expect(topics.forwardLooking).toBeUndefined()
  })
})
