/**
 * The same release with its figures and dates written other ways (QA round): a date day first or with its ordinal, a
 * price or a count in words with its numerals restated, must not move a verdict. Invented issuers, our own words.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Decimal, inWords} from '../src/model/numbers.js'
import {lintWith} from './helpers.js'

const ids = async (id: Parameters<typeof lintWith>[0], value: string) =>
  (await lintWith(id, value)).messages.map((m) => `${m.fatal ? 'E' : 'W'} ${m.reason}`)

describe('an earlier release cited by its date, however the date is written', () => {
  // A neighbour's drill result, cited to its release by title and date: not the issuer's own new results.
  const CLAIMS = (cited: string) =>
    [
      '# Larchmont Gold Stakes the Teal Lake Claims',
      '',
      'THUNDER BAY, Ontario, December 4, 2026 – Larchmont Gold Corp. (CSE: LGC) (the "Company") has staked 62 claims ' +
        'covering 1,310 hectares at Teal Lake.',
      '',
      'The claims adjoin the Loon property of Brightwater Minerals Corp., where drilling has returned 5.2 g/t Au over ' +
        `8.0 m${cited}. Mineralization on the Loon property is not necessarily indicative of mineralization on the ` +
        'Teal Lake claims.',
      ''
    ].join('\n')
  const cite = (date: string) =>
    ` (see Brightwater Minerals Corp. news release, Brightwater Cuts 5.2 g/t Au over 8.0 m at Loon, dated ${date})`
  it.each(['May 14, 2025', '14 May 2025', 'May 14th, 2025'])('dated %s: no results of its own', async (date) => {
    expect(await ids('exploration-results', CLAIMS(cite(date)))).toEqual([])
  })
  it('the same grade with no citation is the issuer’s result, its statements owed', async () => {
    expect((await ids('exploration-results', CLAIMS(''))).some((m) => m.startsWith('E Missing laboratory'))).toBe(true)
  })
})

describe('an estimate dated with an ordinal, a source note dated day first', () => {
  const MINE = (dated: string) =>
    [
      '# Corrigan Mining Reports Third Quarter Production',
      '',
      'SUDBURY, Ontario, November 5, 2026 – Corrigan Mining Inc. (TSX: CMI) (the "Company") reports production from ' +
        'its Whitlow Mine for the quarter ended September 30, 2026.',
      '',
      `The Whitlow Mine produced 41,200 ounces of gold in the quarter. The mine's Proven and Probable Mineral Reserves${dated}` +
        ' were 1.31 million ounces (10.6 million tonnes at 3.84 g/t Au).',
      ''
    ].join('\n')
  const undated = (messages: string[]) => messages.some((m) => m.startsWith('E Missing effective date'))
  it('"at December 31st, 2025" dates the reserves', async () => {
    expect(undated(await ids('mineral-resource', MINE(' at December 31st, 2025')))).toBe(false)
    expect(undated(await ids('mineral-resource', MINE(' at 31 December 2025')))).toBe(false)
  })
  it('reserves with no date are still missing it', async () => {
    expect(undated(await ids('mineral-resource', MINE('')))).toBe(true)
  })
  const NOTES = (note: string) =>
    [
      '# Quillan Metals Maps a Gold Target Near Two Producers',
      '',
      'VAL-D’OR, Quebec, October 16, 2026 – Quillan Metals Inc. (TSXV: QLM) (the "Company") has begun mapping ' +
        'its Bellefeuille property, between two mines owned by others.',
      '',
      'Notes:',
      '',
      ` 1. ${note} NI 43-101 Proven 412,000 oz and Probable 2,950,000 oz Au.`,
      ''
    ].join('\n')
  it('another company’s reserves cited in a note dated day first or month first are not the issuer’s', async () => {
    for (const note of [
      'Halden Resources 25 July 2017',
      'Halden Resources July 25, 2017',
      'Halden Resources Sept. 3, 2019'
    ])
      expect(undated(await ids('mineral-resource', NOTES(note)))).toBe(false)
  })
})

describe('a price in words with its numerals restated ("thirty cents ($0.30)")', () => {
  const DEAL = (commission: string) =>
    [
      '# Harlow Creek Metals Closes $6,000,000 Public Offering',
      '',
      'VANCOUVER, British Columbia, May 5, 2027 – Harlow Creek Metals Ltd. (TSXV: HCM) (the "Company") has closed its ' +
        'public offering of 20,000,000 units at a price of thirty cents ($0.30) per unit for gross proceeds of ' +
        '$6,000,000.',
      '',
      `The agents received a cash commission of ${commission}, equal to 6% of the gross proceeds, and 1,200,000 ` +
        'compensation warrants exercisable at thirty cents ($0.30) for 36 months.',
      ''
    ].join('\n')
  it('is no base of the fee: 6% of $6,000,000 is $360,000', async () => {
    expect(await ids('offering-arithmetic', DEAL('$360,000'))).toEqual([])
  })
  it('a wrong commission is still found', async () => {
    expect((await ids('offering-arithmetic', DEAL('$390,000'))).length).toBe(1)
  })
  const DEBENTURES = (price: string) =>
    '# Pellworth Resources Closes Debenture Financing\n\nKAMLOOPS, British Columbia, June 2, 2027 – Pellworth ' +
    'Resources Ltd. (TSXV: PWR) (the "Company") has issued $400,000 principal amount of unsecured convertible ' +
    'debentures (the "Debentures"), maturing 24 months after issue. The principal is convertible at a conversion ' +
    `price of ${price} per share.\n`
  it('is the conversion price: four cents is below the TSX-V minimum, ten cents is not', async () => {
    expect((await ids('tsxv-pricing', DEBENTURES('four cents ($0.04)'))).length).toBe(1)
    expect(await ids('tsxv-pricing', DEBENTURES('ten cents ($0.10)'))).toEqual([])
  })
})

describe('a count in words with its numerals restated ("ten million (10,000,000) units")', () => {
  const UPSIZE = (from: string, to: string, proceeds: string) =>
    '# Fennimore Lithium Upsizes and Closes Private Placement\n\nTORONTO, Ontario, March 25, 2027 – Fennimore Lithium ' +
    'Corp. (TSXV: FNL) (the "Company") has increased its non-brokered private placement from ' +
    `${from} units at a price of $0.60 per unit to ${to} units for gross proceeds of ${proceeds}, and has closed it.\n`
  it('the size it was upsized from is history, not a lot', async () => {
    const words = 'ten million (10,000,000)'
    expect(await ids('offering-arithmetic', UPSIZE(words, '10,875,000', '$6,525,000'))).toEqual([])
    expect((await ids('offering-arithmetic', UPSIZE(words, '10,875,000', '$6,725,000'))).length).toBe(1)
  })
  const OPTION = (total: string) =>
    [
      '# Tamworth Gold Announces $6,000,000 Bought Deal',
      '',
      'VANCOUVER, British Columbia, December 2, 2027 – Tamworth Gold Corp. (TSXV: TWG) (the "Company") has agreed ' +
        'with Hallam Capital Inc. (the "Underwriter") that the Underwriter will buy, on a bought deal basis, twenty ' +
        'million (20,000,000) units at a price of $0.30 per unit for gross proceeds of $6,000,000 (the "Offering").',
      '',
      'The Company has granted the Underwriter an option to buy up to an additional three million (3,000,000) units ' +
        `at the offering price for additional gross proceeds of up to $900,000, or total gross proceeds of up to ${total} ` +
        'if the option is exercised in full.',
      ''
    ].join('\n')
  it('the option’s additional count is the option’s: the total with it is checked', async () => {
    expect(await ids('offering-arithmetic', OPTION('$6,900,000'))).toEqual([])
    expect((await ids('offering-arithmetic', OPTION('$7,200,000'))).length).toBe(1)
  })
  it('property: a former size in words and numerals reads as the numerals alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({min: 2000, max: 30000}), fc.integer({min: 1, max: 1000}), async (k, extra) => {
        const before = new Decimal(k).times(1000)
        const after = before.plus(extra * 1000)
        const numerals = before.toNumber().toLocaleString('en-US')
        const proceeds = '$' + after.times('0.6').toNumber().toLocaleString('en-US')
        const to = after.toNumber().toLocaleString('en-US')
        const words = `${inWords(before)} (${numerals})`
        expect(await ids('offering-arithmetic', UPSIZE(words, to, proceeds))).toEqual(
          await ids('offering-arithmetic', UPSIZE(numerals, to, proceeds))
        )
      }),
      {numRuns: 12}
    )
  })
})

describe('a grade with its unit in words ("1.0 percent", "grams per tonne") is the same grade', () => {
  const TARGET = (grade: string) =>
    [
      '# Wrenfield Lithium Defines an Exploration Target at Sable Lake',
      '',
      'SUDBURY, Ontario, September 9, 2026 – Wrenfield Lithium Corp. (TSXV: WLC) (the "Company") reports an ' +
        'exploration target for its Sable Lake pegmatite.',
      '',
      `The exploration target is estimated at 18 to 30 million tonnes grading ${grade} Li2O. The target is based on 34 ` +
        'drill holes and surface channel sampling over 1.6 kilometres of strike. The potential quantity and grade of ' +
        'the exploration target is conceptual in nature, there has been insufficient exploration to define a mineral ' +
        'resource, and it is uncertain if further exploration will result in the target being delineated as a ' +
        'mineral resource.',
      ''
    ].join('\n')
  it.each(['1.0% to 1.4%', '1.0 percent to 1.4 percent', '1.0 per cent to 1.4 per cent'])(
    'a target grading %s gives its grade as a range',
    async (grade) => {
      expect(await ids('exploration-target', TARGET(grade))).toEqual([])
    }
  )
  it('a target with one grade, in words, is still no range', async () => {
    const found = await ids('exploration-target', TARGET('1.2 percent'))
    expect(found.some((m) => m.includes('not given as a range'))).toBe(true)
  })
})

describe('an earlier tranche closed on a date with its month short ("Sept. 11, 2026")', () => {
  const FINAL = (month: string, total: string) =>
    [
      '# Brenmoor Lithium Closes Final Tranche',
      '',
      `TORONTO, Ontario, ${month} 30, 2026 – Brenmoor Lithium Corp. (CSE: BML) (the "Company") has closed the second and ` +
        'final tranche of its non-brokered private placement (the "Offering"), issuing 5,000,000 units at $0.25 per ' +
        'unit for gross proceeds of $1,250,000.',
      '',
      `Together with the first tranche, which closed on ${month} 11, 2026 for gross proceeds of $850,000, the Company ` +
        `has raised aggregate gross proceeds of ${total} under the Offering.`,
      ''
    ].join('\n')
  it.each(['September', 'Sept.'])('a wrong aggregate is found with the month written %s', async (month) => {
    expect((await ids('offering-arithmetic', FINAL(month, '$2,200,000'))).length).toBe(1)
    expect(await ids('offering-arithmetic', FINAL(month, '$2,100,000'))).toEqual([])
  })
})

describe('a reader’s summary of a release dated with its month short ("on Dec. 19, 2025, announces")', () => {
  const SUMMARY = (date: string) =>
    [
      'News Summary',
      '',
      `The most recent news release on ${date}, announces a non-brokered private placement intended to raise ` +
        '$900,000 through 9,000,000 units priced at $0.10 per unit. Each unit includes a common share and a warrant ' +
        'exercisable at $0.15 for two years. The company has said the financing depends on a revocation order.',
      ''
    ].join('\n')
  it.each(['December 19, 2025', 'Dec. 19, 2025'])(
    'dated %s: a story about the issuer, owing no legend',
    async (date) => {
      expect(await ids('us-distribution-legend', SUMMARY(date))).toEqual([])
    }
  )
})

describe('an insider by its holding, the percentage in words ("14.8 percent", "15 per cent", « 15 pour cent »)', () => {
  const acquisition = (holding: string) =>
    'TORONTO, Ontario, October 6, 2026 – Tamsin Copper Inc. (TSXV: TMC) (the "Company") announces that it has agreed ' +
    `to acquire the Larch claims from Brisk Holdings Ltd. ("Brisk"), which holds ${holding} of the outstanding shares ` +
    'of the Company. As consideration, the Company will issue 1,500,000 common shares to Brisk at a deemed price of ' +
    '$0.10 per share.\n'

  it.each(['14.8%', '14.8 percent', '14.8 per cent'])('with %s, the vendor is a related party', async (holding) => {
    // The same finding, its quoted evidence as written.
    const reasons = async (value: string) => (await ids('related-party', value)).map((m) => m.split(';')[0])
    expect(await reasons(acquisition(holding))).toEqual([
      'E Missing MI 61-101 related party transaction paragraph, expected it after the participation'
    ])
  })

  it('a holding of 8 percent makes no insider', async () => {
    expect(await ids('related-party', acquisition('8 percent'))).toEqual([])
  })
})
