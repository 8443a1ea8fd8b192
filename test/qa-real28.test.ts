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
import {otherReleasesLines} from '../src/model/furniture.js'
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
