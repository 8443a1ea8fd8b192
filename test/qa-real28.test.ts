/**
 * Releases as issuers publish them on their own websites, of the kinds a twenty-eighth QA round read: the page's
 * text carries, below the release, the site's list of its other releases (a headline, its date, "Read more »").
 * The cases below are invented issuers in our own words, each reproducing the shape of a defect the document model
 * once misread.
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {otherReleasesLines, quoteBoxLines} from '../src/model/furniture.js'
import {releaseDateline} from '../src/model/layout.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
  'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

/** A closing of a placement on the issuer's website, complete, with what the page sets below it (`after`). */
const closing = (after: string, hold = true) =>
  '# Larkspur Copper Closes $900,000 Private Placement\n\n' +
  'Calgary, Alberta – March 3, 2026 – Larkspur Copper Corp. (TSX-V: LRK) has closed its non-brokered private ' +
  'placement of 9,000,000 common shares at $0.10 per share for gross proceeds of $900,000.\n\n' +
  (hold ? 'The shares are subject to a hold period of four months and one day from the closing date.\n\n' : '') +
  'The shares have not been registered under the United States Securities Act of 1933 and may not be offered or ' +
  'sold in the United States absent registration or an exemption. This release is not an offer to sell ' +
  'securities in the United States.\n\n' +
  'Forward-looking information: statements on the use of proceeds are forward-looking. They assume the program ' +
  'goes ahead, are subject to risks including financing risk, and actual results may differ materially. The ' +
  'Company does not undertake to update them except as required by law.\n\n' +
  DISCLAIMER +
  '\n\n' +
  after

const LIST_ONE_PARAGRAPH =
  'Recent News\n' +
  'Larkspur Copper Drills 2.15% Copper over 24.0 Metres at Wren Hill\n' +
  'February 9, 2026\n' +
  'Read more »\n' +
  'Larkspur Copper Reports Rock Samples up to 9.4% Copper\n' +
  'January 12, 2026\n' +
  'Read more »'

describe('document: a website’s list of the issuer’s other releases below the release', () => {
  it.each([
    ['in one paragraph, with links', LIST_ONE_PARAGRAPH],
    ['one line a paragraph', LIST_ONE_PARAGRAPH.split('\n').join('\n\n')],
    [
      'under its heading, with no links',
      'Latest News\nLarkspur Copper Drills 2.15% Copper over 24.0 Metres at Wren Hill\nFebruary 9, 2026\n' +
        'Larkspur Copper Reports Rock Samples up to 9.4% Copper\nJanuary 12, 2026'
    ],
    ['its dates with no-break spaces', LIST_ONE_PARAGRAPH.replaceAll(' 2026', '\u00a02026')]
  ])('%s: the headlines’ grades are no results of this release', async (_kind, list) => {
    const value = closing(list)
    for (const rule of ['qp-statement', 'exploration-results', 'data-verification'] as const) {
      expect(await messages(rule, value)).toEqual([])
    }
    expect(model(value).blocks.some((block) => block.norm.text.includes('2.15%'))).toBe(false)
  })

  it('a statement missing from the release is still missing', async () => {
    const value = closing(LIST_ONE_PARAGRAPH, false)
    expect((await messages('hold-period', value)).length).toBe(1)
  })

  it('the release’s own headline and date at its top stay, and so does a table of dates', () => {
    expect(
      otherReleasesLines(['Larkspur Copper Drills 2.15% Copper over 24.0 Metres at Wren Hill', 'February 9, 2026'])
    ).toEqual([false, false])
    expect(
      otherReleasesLines([
        'Record date for the rights offering',
        'March 20, 2026',
        'Expiry of the rights at the close of markets',
        'April 14, 2026'
      ])
    ).toEqual([false, false, false, false])
  })

  it('a lone “Read more” after a report’s text stays (a news service’s excerpt, release-signals.ts)', () => {
    expect(otherReleasesLines(['Larkspur Copper said drilling resumes in May at Wren Hill.', 'Read more »'])).toEqual([
      false,
      false
    ])
  })
})

/** Drill results on a CSE issuer's website, with its QP statement and caution unless left out. */
const drill = (after: string, qp = true) =>
  '# Fernhill Gold Drills 6.2 g/t Gold over 9.0 Metres at Osprey\n\n' +
  'Winnipeg, Manitoba – June 2, 2026 – Fernhill Gold Corp. (CSE: FHG) reports assays from hole OS26-07 at its Osprey ' +
  'property: 6.2 g/t gold over 9.0 metres from 54.0 metres (core length; true width about 80% of it).\n\n' +
  'Hole OS26-07 was collared at 448210 E, 5561930 N (UTM NAD83 Zone 15), azimuth 180 and dip -55.\n\n' +
  'Half core was assayed by SGS Canada Inc. in Red Lake, Ontario, an independent laboratory, by 30-gram fire assay ' +
  'with an atomic absorption finish; certified standards, blanks and duplicates were inserted in every batch of ' +
  'twenty samples.\n\n' +
  (qp
    ? 'Amara Quist, P.Geo., Vice President Exploration of the Company and a Qualified Person under National ' +
      'Instrument 43-101, has reviewed and approved this release and verified the data against the assay ' +
      'certificates.\n\n'
    : '') +
  after

const BOX = 'Stock Information\nCSE: FHG\nLast: $0.42\nChange: +0.03 (7.69%)\nVolume: 412,300\nMarket Cap: $38.2M'

describe('document: a website’s share-price box beside the release', () => {
  it.each([
    ['in one paragraph', BOX],
    ['one line a paragraph', BOX.split('\n').join('\n\n')]
  ])('%s: a missing QP statement is still the issuer’s error, not a news report’s warning', async (_kind, box) => {
    const value = drill(box, false)
    expect(model(value).release.speaker).toBe('issuer')
    const qp = await messages('qp-statement', value)
    expect(qp.length).toBe(1)
    expect(qp[0]).toContain(': error ')
  })

  it('the box is no words of the release; its ticker line stays', () => {
    const blocks = model(drill(BOX)).blocks.map((block) => block.norm.text)
    expect(blocks.some((text) => text.includes('market cap'))).toBe(false)
    expect(blocks.some((text) => text.includes('cse: fhg'))).toBe(true)
  })

  it('a release’s grades set out as “High” and “Low” stay', () => {
    expect(quoteBoxLines(['High: 21.6 g/t gold', 'Low: 0.4 g/t gold', 'Price: $0.10 per unit'])).toEqual([
      false,
      false,
      false
    ])
  })
})

describe('document: a PDF page break whose running header names no page, between the halves of a sentence', () => {
  const HEADER = 'Larkspur Copper Corp. – News Release – March 3, 2026'
  it('the TSX-V disclaimer cut by the page reads whole (lower case after the header)', async () => {
    const value = closing('').replace('(as that term is defined', `(as that term is\n\n${HEADER}\n\n2\n\ndefined`)
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it('a QP statement cut after “approved by” reads whole (the name in capitals after the header)', async () => {
    const value = drill('', false).replace(
      'Half core',
      'The technical information in this release has been reviewed and approved by\n\n' +
        'Fernhill Gold Corp. | CSE: FHG | www.fernhill.example\n\n' +
        'Amara Quist, P.Geo., Vice President Exploration of the Company and a Qualified Person as defined by ' +
        'National Instrument 43-101. Ms. Quist verified the data against the assay certificates.\n\nHalf core'
    )
    expect(await messages('qp-statement', value)).toEqual([])
  })

  it('a wrong hold expiry cut by the page is still caught', async () => {
    const value = closing('').replace(
      'The shares are subject to a hold period of four months and one day from the closing date.',
      `The shares, which closed on March 3, 2026, are subject to a hold period\n\n1\n\n${HEADER}\n\n` +
        'expiring June 4, 2026.'
    )
    const hold = await messages('hold-period', value)
    expect(hold.length).toBe(1)
    expect(hold[0]).toContain('July 4, 2026')
  })

  it('a list after a line that ends on “to” is no page break', () => {
    const text =
      'Operating and capital costs of the study were updated by the consultants to\n\n' +
      '- Mining operating costs up by about 1%\n- Processing operating costs up by about 14%\n'
    const blocks = model(text).blocks.map((block) => block.norm.text)
    expect(blocks.length).toBe(3)
  })
})

describe('layout: the date a website posted the release, above its headline, with no dateline in the lead', () => {
  const page = (date: string, expiry: string) =>
    `${date}\n\n# Larkspur Copper Closes $900,000 Private Placement\n\n` +
    'Larkspur Copper Corp. (TSX-V: LRK) has closed its non-brokered private placement of 9,000,000 common shares at ' +
    `$0.10 per share. The shares are subject to a hold period expiring ${expiry}.`

  it.each(['2026-03-03', 'March 3, 2026'])('%s dates the release: a wrong expiry is caught', async (date) => {
    const hold = await messages('hold-period', page(date, 'June 4, 2026'))
    expect(hold.length).toBe(1)
    expect(hold[0]).toContain('July 4, 2026')
  })

  it('the right expiry passes', async () => {
    expect(await messages('hold-period', page('2026-03-03', 'July 4, 2026'))).toEqual([])
  })

  it('the posted date is no dateline of the issuer’s (as a stock service’s stamp is not)', () => {
    const layout = model(page('2026-03-03', 'July 4, 2026')).layout
    expect(layout.dateline?.norm.text).toBe('2026-03-03')
    expect(releaseDateline(layout.dateline)).toBeUndefined()
  })
})

describe('document: a website’s footer menu below the release', () => {
  const MENU = '© 2026 Larkspur Copper Corp. | Legal | Forward-Looking Statements | Privacy Policy | Terms of Use'
  const withoutCaution = (after: string) =>
    closing(after).replace(/Forward-looking information: [^\n]+\n\n/, '') + '\n\nThe Company will drill in May.'

  it('its “Forward-Looking Statements” link is no caution: the missing caution is reported once, as missing', async () => {
    const caution = await messages('forward-looking-caution', withoutCaution(MENU))
    expect(caution.length).toBe(1)
    expect(caution[0]).toContain('Missing forward-looking information caution')
  })

  it('a line of a table with bars stays (no page of a site’s legal menu in it)', () => {
    const blocks = model(closing('Hole | From | To | Length\nLK-01 | 10.0 | 14.5 | 4.5')).blocks
    expect(blocks.some((block) => block.norm.text.includes('lk-01'))).toBe(true)
  })
})

describe('document: a website’s list of other releases, each headline and its date on one line', () => {
  const LIST =
    'Recent News\n\n' +
    '- Larkspur Copper Drills 2.15% Copper over 24.0 Metres at Wren Hill – February 9, 2026\n' +
    '- Larkspur Copper Reports Rock Samples up to 9.4% Copper – January 12, 2026'

  it('the headlines’ grades are no results of this release', async () => {
    const value = closing(LIST)
    for (const rule of ['qp-statement', 'exploration-results', 'data-verification'] as const) {
      expect(await messages(rule, value)).toEqual([])
    }
  })

  it('one dated headline alone, with no heading, link or run, stays', () => {
    expect(
      otherReleasesLines(['Larkspur Copper Drills 2.15% Copper over 24.0 Metres at Wren Hill – February 9, 2026'])
    ).toEqual([false])
  })
})
