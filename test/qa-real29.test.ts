/**
 * Releases of the kinds a twenty-ninth QA round read (a random sample of 2025–2026 releases of Canadian-listed
 * mining issuers, from the newswires juniors use and the republishers that copy them). The cases below are invented
 * issuers in our own words, each reproducing the shape of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

/** A placement closing with a director's participation and its MI 61-101 paragraph, the cap written as `cap`. */
const insiderClosing = (cap: string) =>
  'Tamarind Lake Metals Closes First Tranche\n\n' +
  'Kelowna, British Columbia – January 12, 2026 – Tamarind Lake Metals Corp. (TSX-V: TLM) has closed the first ' +
  'tranche of its non-brokered private placement of 4,000,000 flow-through shares at $0.10 per share for gross proceeds of $400,000.\n\n' +
  'A director of the company subscribed for 250,000 flow-through shares, which is a related party transaction ' +
  'under Multilateral Instrument 61-101. The company relied on the exemptions from the formal valuation and ' +
  'minority shareholder approval requirements in sections 5.5(c) and 5.7(1)(b) of MI 61-101, as the fair market ' +
  `value of the securities distributed to interested parties did not exceed ${cap}.`

describe('the MI 61-101 $2,500,000 cap, however the amount is written', () => {
  it('reads the cap written in figures, in words with a space, or with a hyphen as a republisher writes it', async () => {
    for (const cap of ['$2,500,000', '$2.5 million', '$2.5-million', 'C$2.5M']) {
      const found = await messages('related-party', insiderClosing(cap))
      expect(found.filter((m) => m.includes('facts supporting'))).toEqual([])
    }
  })
  it('still asks for the facts where no basis is given', async () => {
    const found = await messages('related-party', insiderClosing('a threshold set by the instrument'))
    expect(found.some((m) => m.includes('facts supporting'))).toBe(true)
  })
  it('does not take another amount for the cap', async () => {
    const found = await messages('related-party', insiderClosing('$3.5-million'))
    expect(found.some((m) => m.includes('facts supporting'))).toBe(true)
  })
})

describe('imperial grades written with a slash between the words', () => {
  const option = (grade: string) =>
    'Vancouver, British Columbia – February 9, 2026 – Quillfeather Metals Corp. (CSE: QFM) has entered into an ' +
    'option to acquire the Larch Creek silver project in Idaho.\n\n' +
    `A U.S. Bureau of Mines report of 1983 recorded assays as high as ${grade} from the Larch Creek vein.`
  it('takes "ounces/ton" and "grams/ton" for grades, so the release gives technical information', async () => {
    for (const grade of ['1.10 ounces/ton gold', '37.7 grams/ton gold']) {
      const found = await messages('qp-statement', option(grade))
      expect(found.some((m) => m.includes('Missing Qualified Person statement'))).toBe(true)
    }
  })
  it('does not take a price per ton for a grade', async () => {
    const found = await messages('qp-statement', option('a price of $120 per ton of ore shipped'))
    expect(found).toEqual([])
  })
})

describe('a result cited to another release by its title and date', () => {
  const cited =
    'Regina, Saskatchewan – October 6, 2025 – Harrowgate Gold Inc. (CSE: HGI) has received its mineral ' +
    'dispositions in Saskatchewan, which now form its Nightjar project.\n\n' +
    'The Nightjar project covers diorite bodies, which the issuer intends to examine given recent interest in such ' +
    'geology (see, as example, Corvell Metals Inc. news release, Corvell Intersects 41.20 g/t Au over 3.5m at its ' +
    'Birch Project, dated May 4, 2024).'
  it('reads the grade in the cited title as an earlier result, not this release’s', async () => {
    const found = await messages('exploration-results', cited)
    expect(found).toEqual([])
  })
  it('still reads a new result in a sentence that cites no dated release', async () => {
    const found = await messages(
      'exploration-results',
      cited.replace(/\(see, as example[^)]*\)/, 'where hole NJ-01 returned 41.20 g/t Au over 3.5m')
    )
    expect(found.length).toBeGreaterThan(0)
  })
})
