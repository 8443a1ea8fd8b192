/**
 * Technical releases of the kinds a seventh QA round read on real newswire copy: historical estimates named with
 * their categories, a future resource aimed at, an analyst's coverage note and a promoter's short report. The cases
 * below are invented issuers in our own words, each reproducing the shape of a defect the document model once misread.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'
import {expectLinearWork} from './work.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const LEAD =
  'VANCOUVER, BC, May 4, 2026 – Tamsin Copper Corp. (CSE: TMC) ("Tamsin" or the "Company") reports on its Orrin ' +
  'project in Quebec.'

describe('estimates: a historical estimate named with its categories is historical', () => {
  it.each([
    'The Orrin deposit hosts a historical Indicated resource of 5.2 million tonnes at 2.1% copper equivalent.',
    'The Orrin deposit hosts an historic Measured and Indicated resource of 5.2 million tonnes grading 2.1% Cu.',
    'The Orrin deposit hosts historical Indicated & Inferred mineral resources of 5.2 million tonnes at 2.1% Cu.',
    'The Orrin deposit hosts a HISTORICAL  INDICATED  RESOURCE of 5.2 million tonnes at 2.1% Cu.'
  ])('%s', async (sentence) => {
    const value = `${LEAD}\n\n${sentence}\n`
    const stated = model(value).estimates
    expect(stated.resources).toEqual([])
    expect(stated.historical.map((h) => h.words)).toEqual(['5.2 million tonnes'])
    // Not a current estimate: no s.3.4 finding; the s.2.4 elements are asked for instead.
    expect(await messages('mineral-resource', value)).toEqual([])
    expect((await messages('historical-estimate', value)).length).toBeGreaterThan(0)
  })

  it.each([
    [
      'make … current',
      'The QP has not done sufficient work to make the historical estimate current and the Company is not treating it as current.'
    ],
    [
      'categorize … as current',
      'A qualified person has not done sufficient work to categorize the estimate as current mineral resources, ' +
        'and Tamsin is not treating it as current.'
    ]
  ])('its statement may say "%s"', async (_kind, statement) => {
    const value =
      `${LEAD}\n\nThe Orrin deposit hosts a historical resource of 5.2 million tonnes grading 2.1% Cu (Bexley Mines, ` +
      `1979 report). Tamsin considers it relevant and reasonably reliable. ${statement}\n`
    const found = await messages('historical-estimate', value)
    expect(found.filter((m) => m.includes('statement'))).toEqual([])
    // A statement that keeps neither half of "classify it as current" is still reported.
    const dropped = await messages(
      'historical-estimate',
      value.replace(statement, 'The QP has not done sufficient work on it.')
    )
    expect(dropped.some((m) => m.includes('error') && m.includes('statement'))).toBe(true)
  })

  it('a current Indicated resource stays a current estimate', () => {
    const stated = model(
      `${LEAD}\n\nThe Orrin deposit hosts an Indicated resource of 5.2 million tonnes at 2.1% Cu.\n`
    ).estimates
    expect(stated.resources.map((r) => r.categories.length)).toEqual([1])
    expect(stated.historical).toEqual([])
  })

  it('any run of category words between "historical" and "resource" is matched in linear time (counted)', () => {
    // Any mix of the words, ten times as long: about ten times the work (test/work.ts).
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('indicated ', 'and ', 'inferred ', ', ', 'measured '), {minLength: 1, maxLength: 8}),
        (parts) => {
          const make = (n: number) =>
            `${LEAD}\n\nThe Orrin deposit hosts a historical ${parts.join('').repeat(n)}x of 5.2 million tonnes at 2.1% Cu.\n`
          expectLinearWork(make, (value) => model(value).estimates, 40)
        }
      ),
      {numRuns: 15}
    )
  })
})

describe('estimates: records and production are not estimates', () => {
  it('historical drilling results said not to comply with NI 43-101 are records, not a historical estimate', async () => {
    const value =
      `${LEAD}\n\nFound in the 1970s, the Orrin deposit may host copper in quantity, based on historical ` +
      'non-NI 43-101 compliant drilling results.\n'
    expect(model(value).estimates.historical).toEqual([])
    expect(await messages('historical-estimate', value)).toEqual([])
    // Said of an estimate, the same words still make one.
    const estimate = value.replace('drilling results', 'resource estimates')
    expect(model(estimate).estimates.historical.map((h) => h.strength)).toEqual(['weak'])
  })

  it.each([
    'In April the Orrin mine set a record, extracting 4,600 tons of ore containing about 150,000 pounds of copper at 1.6% Cu.',
    'Crews hoisted 4,600 tonnes of ore grading 1.6% Cu from the Orrin mine in April.'
  ])('what was extracted: %s', async (sentence) => {
    const value = `${LEAD}\n\n${sentence}\n`
    expect(model(value).estimates.resources).toEqual([])
    expect(await messages('mineral-resource', value)).toEqual([])
  })
})

describe('estimates: a deposit along the trend of the issuer’s project is another owner’s', () => {
  it('along the trend of a neighbour’s deposit: not the issuer’s estimate', async () => {
    const value =
      `${LEAD}\n\nOrrin lies along the trend of the Lac Vert copper deposit, which contains 43 million tonnes at ` +
      '0.9% Cu and is being developed by Vernal Metals.\n'
    expect(model(value).estimates.resources).toEqual([])
    expect(await messages('mineral-resource', value)).toEqual([])
  })

  it('the issuer’s own deposit "open along strike" is still its estimate', () => {
    const value = `${LEAD}\n\nThe Orrin deposit, open along strike, hosts an Indicated resource of 5.2 Mt at 2.1% Cu.\n`
    expect(model(value).estimates.resources.length).toBe(1)
  })
})

describe('estimates: a future resource aimed at is an exploration target, not a resource', () => {
  it.each([
    [
      'targeting a potential future resource of',
      'Tamsin is targeting a potential future resource of 80 to 120 million tonnes at 1.2-1.8% Cu.'
    ],
    [
      'a potential resource of',
      'Drilling supports a potential resource of 80 to 120 million tonnes at 1.2% to 1.8% Cu.'
    ],
    [
      'targets a maiden resource of',
      'The Company targets a maiden resource of 80 to 120 million tonnes at 1.2-1.8% Cu.'
    ]
  ])('%s', async (_kind, sentence) => {
    const value = `${LEAD}\n\n${sentence}\n`
    const stated = model(value).estimates
    expect(stated.resources).toEqual([])
    expect(stated.targets.length).toBe(1)
    expect(await messages('mineral-resource', value)).toEqual([])
    // The exploration target's own caution is owed (NI 43-101 s.2.3(2)).
    const target = await messages('exploration-target', value)
    expect(target.some((m) => m.includes('error') && m.includes('exploration-target caution'))).toBe(true)
  })

  it('a stated resource with "potential" elsewhere in its sentence stays a resource', () => {
    const stated = model(
      `${LEAD}\n\nThe Orrin deposit hosts an Indicated resource of 5.2 million tonnes at 2.1% Cu with potential for growth.\n`
    ).estimates
    expect(stated.resources.length).toBe(1)
    expect(stated.targets).toEqual([])
  })
})

describe('release: an analyst’s coverage note and a promoter’s short report speak for a third party', () => {
  it.each([
    [
      'an analyst initiating coverage',
      '# Keel Research Initiates Coverage on Tamsin Copper Corp. (CSE: TMC)\n\nDALLAS, TX -- May 4, 2026 -- Keel ' +
        'Research initiates their coverage on Tamsin Copper Corp. (CSE: TMC). Tamsin holds the Orrin deposit, with ' +
        'an Indicated resource of 5.2 million tonnes at 2.1% Cu, and drilled 12.0 metres of 3.4% Cu in hole OR-14.',
      // The headline says it first.
      'Initiates Coverage on'
    ],
    [
      'an analyst updating its research coverage',
      '# Keel Research Updates Research Coverage of Tamsin Copper Corp.\n\nKeel Research updates its research ' +
        'coverage of Tamsin Copper Corp. (CSE: TMC). In its second quarter, Tamsin drilled 12.0 metres of 3.4% Cu ' +
        'in hole OR-14.',
      'Updates Research Coverage of'
    ],
    [
      'a promoter’s short report pointing to the release',
      'Tamsin Copper (CSE: TMC) announced that hole OR-14 returned 12.0 metres of 3.4% Cu at its Orrin project.' +
        '\n\nTo view the press release, visit https://example.com/tmc',
      'To view the press release, visit'
    ]
  ])('%s', async (_kind, value, words) => {
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(release.onBehalf).toBeUndefined()
    expect(value.slice(release.speakerEvidence!.start, release.speakerEvidence!.end)).toBe(words)
    // The issuer's duties are not the analyst's or the promoter's: at most a warning, no exchange disclaimer owed.
    for (const id of ['qp-statement', 'exploration-results', 'mineral-resource'] as const) {
      expect((await messages(id, value)).filter((m) => m.includes(' error '))).toEqual([])
    }
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it.each([
    // The issuer announces the analyst's coverage: its own release, in its own voice.
    `${LEAD} The Company is pleased to announce that Keel Research has initiated coverage of the Company.`,
    `${LEAD} Keel Research has initiated research coverage on Tamsin.`,
    // The issuer points to an earlier release of its own, in its own words.
    `${LEAD} Hole OR-14 returned 12.0 metres of 3.4% Cu. To view the press release of March 2, 2026 on hole ` +
      'OR-13, see the Company’s website.'
  ])('the issuer’s own release: %s', (value) => {
    expect(model(value).release.speaker).toBe('issuer')
  })
})

describe('release: a summary of an interview that points to it', () => {
  const summary =
    'Tamsin Copper (CSE: TMC) has started a 5,000-metre drill program at its Orrin project, its CEO said.\n\n' +
    'To view the full interview, visit https://example.com/tmc'
  it('without an issuer’s apparatus: a third party’s report, its findings warnings', async () => {
    expect(model(summary).release.speaker).toBe('third-party')
    expect((await messages('qp-statement', summary)).filter((m) => m.includes(' error '))).toEqual([])
    expect(await messages('exchange-disclaimer', summary)).toEqual([])
  })

  it('with the issuer’s disclaimer: the issuer’s release linking its officer’s interview', () => {
    const value =
      `${summary}\n\nNeither the Canadian Securities Exchange nor its Market Regulator accepts responsibility for ` +
      'the adequacy or accuracy of this release.'
    expect(model(value).release.speaker).toBe('issuer')
  })
})

describe('release: a publisher’s write-up of the companies it profiles', () => {
  const article =
    '# Why Tamsin Copper Is One to Watch\n\nCopper demand keeps rising. Tamsin Copper Corp. (CSE: TMC) drilled 12.0 ' +
    'metres of 3.4% Cu in hole OR-14 at its Orrin project.\n\nThe Publisher is often paid by one or more of the ' +
    'profiled companies to write about them.'
  it('paid by the issuer: a third party speaking on its behalf, whose technical findings stay errors', async () => {
    const value = `${article} In this case, the Publisher has been compensated by Tamsin Copper Corp. for this article.`
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(release.onBehalf?.words).toBe('has been compensated by')
    expect(await messages('exchange-disclaimer', value)).toEqual([])
    expect((await messages('qp-statement', value)).some((m) => m.includes(' error '))).toBe(true)
  })

  it('not paid: a third party whose findings are warnings', async () => {
    const value = `${article} In this case, the Publisher has not been compensated for this article.`
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(release.onBehalf).toBeUndefined()
    expect((await messages('qp-statement', value)).filter((m) => m.includes(' error '))).toEqual([])
  })

  it('an issuer’s release that names a profile of its own is still the issuer’s', () => {
    const value = `${LEAD} The Company was profiled by Keel Research in May. Hole OR-14 returned 12.0 metres of 3.4% Cu.`
    expect(model(value).release.speaker).toBe('issuer')
  })
})

describe('release: a publisher’s disclaimer inside its forward-looking caution still says whose piece it is', () => {
  const piece = (paid: string) =>
    '# Three Copper Stocks to Watch\n\nCopper demand keeps rising. Tamsin Copper Corp. (CSE: TMC) drilled 12.0 ' +
    'metres of 3.4% Cu in hole OR-14 at its Orrin project.\n\nDisclaimer: This content contains forward-looking ' +
    'statements, which involve risks and uncertainties, and actual results may differ materially; an investment ' +
    `may be lost due to the speculative nature of the companies profiled. ${paid}`
  it('paid by the issuer: on its behalf, its technical findings stay errors, no exchange disclaimer owed', async () => {
    const value = piece('Keel Media has been compensated by Tamsin Copper Corp. for this content.')
    const release = model(value).release
    expect(release.speaker).toBe('third-party')
    expect(release.onBehalf?.words).toBe('has been compensated by')
    expect(await messages('exchange-disclaimer', value)).toEqual([])
    expect((await messages('qp-statement', value)).some((m) => m.includes(' error '))).toBe(true)
  })

  it('not paid: a third party’s piece, its findings warnings', async () => {
    const value = piece('Keel Media has not been compensated for this content.')
    expect(model(value).release.speaker).toBe('third-party')
    expect(model(value).release.onBehalf).toBeUndefined()
    expect((await messages('qp-statement', value)).filter((m) => m.includes(' error '))).toEqual([])
  })
})
