/**
 * NI 43-101 estimates (src/model/estimates.ts) and their rules: what is a
 * stated estimate and what is not, and the four cautions read with the
 * mandated-wording matcher, by their properties: each caution with random
 * cosmetic noise (case, quotes, words run together or split, a one-letter
 * typo in a long word) reads as the clean text does; with one substantive
 * element left out, exactly that element is reported. Invented issuers and
 * our own wording only.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {
  HISTORICAL_STATEMENT,
  PEA_STATEMENT,
  TARGET_STATEMENT,
  VIABILITY_STATEMENT
} from '../src/model/estimate-cautions.js'
import type {CautionFound, Estimates} from '../src/model/estimates.js'
import {namesIn} from '../src/model/estimate-dates.js'
import {buildModel} from '../src/model/model.js'
import type {Statement} from '../src/model/wording.js'
import {format, lintWith} from './helpers.js'

const estimates = (value: string): Estimates => buildModel(unified().use(remarkParse).parse(value), value).estimates
const LEAD = 'VANCOUVER, BC, May 1, 2026 – Tamarack Ridge Metals Ltd. (TSXV: TRM) reports on its Osprey project.'

/** Each caution as words tagged with the element they belong to (gaps are the words between elements). */
const CAUTIONS: Array<{
  statement: Statement
  pick: (e: Estimates) => CautionFound[]
  parts: Array<[string, string]>
}> = [
  {
    statement: PEA_STATEMENT,
    pick: (e) => e.peaCaution,
    parts: [
      ['lead', 'The PEA is'],
      ['preliminary', 'preliminary in nature,'],
      ['gap-1', 'it includes'],
      ['inferred', 'Inferred Mineral Resources'],
      ['gap-2', 'that are considered'],
      ['speculative', 'too speculative geologically'],
      ['gap-3', 'to have the economic considerations applied to them that would enable them to be categorized as'],
      ['reserves', 'Mineral Reserves,'],
      ['gap-4', 'and there is'],
      ['certainty', 'no certainty'],
      ['gap-5', 'that the PEA will'],
      ['realized', 'be realized.']
    ]
  },
  {
    statement: TARGET_STATEMENT,
    pick: (e) => e.targetCaution,
    parts: [
      ['lead', 'The potential quantity and grade of the target is'],
      ['conceptual', 'conceptual in nature,'],
      ['gap-1', 'there has been'],
      ['insufficient', 'insufficient exploration'],
      ['gap-2', 'to'],
      ['define', 'define a mineral resource'],
      ['gap-3', 'and it is'],
      ['uncertain', 'uncertain'],
      ['gap-4', 'if further exploration will result in the target being'],
      ['delineated', 'delineated as a mineral resource.']
    ]
  },
  {
    statement: HISTORICAL_STATEMENT,
    pick: (e) => e.historicalCaution,
    parts: [
      ['lead', 'A'],
      ['qp', 'qualified person'],
      ['gap-1', 'has'],
      ['sufficient', 'not done sufficient work'],
      ['gap-2', 'to'],
      ['classify', 'classify'],
      ['gap-3', 'the historical estimate'],
      ['current', 'as current'],
      ['gap-4', 'mineral resources or mineral reserves and the Company'],
      ['treating', 'is not treating'],
      ['gap-5', 'the historical estimate'],
      ['treated-current', 'as current mineral resources or mineral reserves.']
    ]
  },
  {
    statement: VIABILITY_STATEMENT,
    pick: (e) => e.viability,
    parts: [
      ['resources', 'Mineral Resources'],
      ['gap-1', 'that are'],
      ['not-reserves', 'not Mineral Reserves'],
      ['negation', 'do not have'],
      ['viability', 'demonstrated economic viability.']
    ]
  }
]

const substantive = (statement: Statement) => statement.elements.filter((e) => e.substantive).map((e) => e.id)

/** The verdict of the best caution found: each substantive element, whether it reads as declared; undefined if none. */
function verdict(caution: (typeof CAUTIONS)[number], text: string): Record<string, boolean> | undefined {
  const found = caution.pick(estimates(`${LEAD}\n\n${text}\n`))[0]
  if (!found) return undefined
  const result: Record<string, boolean> = {}
  for (const v of found.wording.elements) {
    if (v.element.substantive) result[v.element.id] = v.status === 'present' || v.status === 'cosmetic'
  }
  return result
}

type Noise = (words: string[], pick: number) => string[]
const noises: Record<string, Noise> = {
  upper: (words) => words.map((w) => w.toUpperCase()),
  lower: (words) => words.map((w) => w.toLowerCase()),
  quotes: (words, pick) => words.map((w, i) => (i === pick % words.length ? `\u201c${w}\u201d` : w)),
  join(words, pick) {
    const i = pick % (words.length - 1)
    return [...words.slice(0, i), words[i] + words[i + 1], ...words.slice(i + 2)]
  },
  split(words, pick) {
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{5,}$/.test(w))
    // An earlier noise (quotes, a split) may have taken the only word long enough: nothing to split then.
    if (long.length === 0) return words
    const [word, i] = long[pick % long.length]
    const at = 2 + (pick % (word.length - 3))
    return [...words.slice(0, i), word.slice(0, at), word.slice(at), ...words.slice(i + 1)]
  },
  typo(words, pick) {
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{9,}$/.test(w))
    if (long.length === 0) return words
    const [word, i] = long[pick % long.length]
    const at = 1 + (pick % (word.length - 2))
    const kinds = [word.slice(0, at) + 'x' + word.slice(at + 1), word.slice(0, at) + word.slice(at + 1)]
    return [...words.slice(0, i), kinds[pick % 2], ...words.slice(i + 1)]
  }
}

describe.each(CAUTIONS.map((caution) => [caution.statement.id, caution] as const))('the %s', (_, caution) => {
  const clean = Object.fromEntries(substantive(caution.statement).map((id) => [id, true]))
  const text = caution.parts.map(([, words]) => words).join(' ')

  it('reads the canonical text as declared', () => {
    expect(verdict(caution, text)).toEqual(clean)
  })

  it('gives the same verdict under cosmetic noise', () => {
    fc.assert(
      fc.property(fc.subarray(Object.keys(noises), {minLength: 1}), fc.nat(), (kinds, pick) => {
        let words = text.split(' ')
        for (const kind of kinds) words = noises[kind](words, pick)
        expect(verdict(caution, words.join(' '))).toEqual(clean)
      }),
      {numRuns: 60}
    )
  })

  it('reports exactly the substantive element left out', () => {
    fc.assert(
      fc.property(fc.constantFrom(...substantive(caution.statement)), (id) => {
        const dropped = caution.parts
          .filter(([part]) => part !== id)
          .map(([, words]) => words)
          .join(' ')
        const found = verdict(caution, dropped)
        // Without "demonstrated economic viability" no sentence reads as the caution at all: the rule reports it missing.
        if (id === 'viability') expect(found).toBeUndefined()
        else expect(found).toEqual({...clean, [id]: false})
      }),
      {numRuns: 40}
    )
  })
})

describe('what a stated estimate is', () => {
  it('a figure with its category is a resource; a resource merely named is not', () => {
    const stated = estimates(
      `${LEAD} The Osprey deposit hosts Indicated Mineral Resources of 4.2 million tonnes grading 1.8 g/t gold.\n`
    )
    expect(stated.resources.map((r) => [r.words, r.categories])).toEqual([['4.2 million tonnes', ['indicated']]])
    expect(
      estimates(`${LEAD} Drilling aims to expand the established mineral resource at Osprey.\n`).resources
    ).toEqual([])
  })

  it('ounces counted with their category and metal between figure and unit are a resource', () => {
    const stated = estimates(
      `${LEAD} Osprey has a mineral resource estimate of 1,460,000 indicated gold equivalent ounces and 312,000 ` +
        'inferred gold equivalent ounces.\n'
    )
    expect(stated.resources.map((r) => [r.words, r.categories])).toEqual([
      ['1,460,000 indicated gold equivalent ounces', ['indicated', 'inferred']]
    ])
  })

  it('the issuer’s estimate stays its own when the next sentence places other prospects some km from a mine', () => {
    const stated = estimates(
      `${LEAD} Osprey has an inferred mineral resource of 210 million tonnes grading 0.41% Cu. Tamarack also holds ` +
        'two early-stage prospects, one just 30 km from the Kestrel Copper mine.\n'
    )
    expect(stated.resources.map((r) => r.words)).toEqual(['210 million tonnes'])
  })

  it('production, a neighbour’s deposit and a cited paper are not the issuer’s estimate', () => {
    for (const sentence of [
      'The mine produced 1.2 million ounces of gold from Measured resources between 1960 and 1975.',
      'The Kestrel deposit, 40 km to the north, hosts Indicated resources of 90 million tonnes at 0.4% copper.',
      'Similar deposits host Indicated resources of 90 million tonnes at 0.4% copper (Hale et al. 2019).',
      'The project lies just 12km from Kestrel Copper’s mine, with an estimated Indicated Resource of 9.5Mt at 1.6% Cu.'
    ]) {
      expect(estimates(`${LEAD} ${sentence}\n`).resources).toEqual([])
    }
  })

  it('an estimate from a report said not to comply with NI 43-101 is a historical estimate', () => {
    const stated = estimates(
      `${LEAD}\n\nA 2019 mining report (non-NI 43-101 compliant) prepared for the vendor identifies resources of up ` +
        'to 2.4 million tons grading 3.1% Zn and 1.2% Pb.\n'
    )
    expect(stated.resources).toEqual([])
    expect(stated.historical.map((h) => h.words)).toEqual(['2.4 million tons'])
  })

  it('an estimate beside a sentence that calls it historical is a historical estimate', () => {
    const stated = estimates(
      `${LEAD}\n\nThe Heron zone hosts a historical resource. It was estimated at 1.1 million tonnes grading ` +
        `5.2 g/t gold in Indicated categories.\n`
    )
    expect(stated.resources).toEqual([])
    // The figures first (strong), then the words that name it (weak).
    expect(stated.historical.map((h) => [h.words, h.strength])).toEqual([
      ['1.1 million tonnes', 'strong'],
      ['historical resource', 'weak']
    ])
  })

  it('grades given "respectively" are not a sum; a figure of Measured, Indicated and Inferred is', () => {
    const separate = estimates(
      `${LEAD} Assays exceed the Indicated and Inferred resource grades of 1.2 g/t and 1.6 g/t gold, respectively, ` +
        'of 2.1 million tonnes of Indicated resources.\n'
    )
    expect(separate.inferredSums).toEqual([])
    const summed = estimates(
      `${LEAD} Osprey hosts Measured, Indicated and Inferred Resources of 12.5 million tonnes at 1.1 g/t gold.\n`
    )
    expect(summed.inferredSums.map((s) => s.words)).toEqual(['measured, indicated and inferred resources of 12.5'])
  })

  it('PEA results are figures tied to a PEA; a PEA merely named, or a feasibility study’s figures, are not', () => {
    const results = estimates(
      `${LEAD}\n\nPEA Highlights\n\n- After-tax NPV (5%) of $212 million\n- IRR of 31%\n`
    ).peaResults
    expect(results.map((r) => [r.words, r.strength])).toEqual([
      ['after-tax npv (5%', 'strong'],
      ['irr of 31%', 'strong']
    ])
    expect(estimates(`${LEAD} The PEA-stage project is advancing; a PEA update is underway.\n`).peaResults).toEqual([])
    expect(
      estimates(`${LEAD}\n\nThe 2025 feasibility study gives an after-tax NPV of $400 million and an IRR of 21%.\n`)
        .peaResults
    ).toEqual([])
  })
})

describe('an estimate in a table', () => {
  const PIPES = [
    '| Category | Tonnes | Grade (g/t Au) | Contained Au (oz) |',
    '| --- | ---: | ---: | ---: |',
    '| Indicated | 3,150,000 | 1.72 | 174,200 |',
    '| Inferred | 5,480,000 | 1.31 | 230,800 |'
  ].join('\n')

  it('reads a pipe table with a column of tonnes and rows by category, quoting its first row as written', () => {
    const value = `${LEAD} The Osprey estimate is set out below.\n\n${PIPES}\n`
    const found = estimates(value).resources
    expect(found.map((r) => [value.slice(r.start, r.end), r.categories, r.reserve])).toEqual([
      ['| Indicated | 3,150,000 | 1.72 | 174,200 |', ['indicated', 'inferred'], false]
    ])
  })

  it('reads rows separated by tabs, one row per paragraph as Word copy gives them, and reserves as reserves', () => {
    const rows = ['Category\tMt\tCu (%)\tCu (Mlbs)', 'Proven\t12.4\t0.52\t142', 'Probable\t30.1\t0.47\t312']
    const value = `${LEAD}\n\n${rows.join('\n\n')}\n`
    const [reserve] = estimates(value).resources
    expect([value.slice(reserve.start, reserve.end), reserve.categories, reserve.reserve]).toEqual([
      'Proven\t12.4\t0.52\t142',
      ['proven', 'probable'],
      true
    ])
  })

  it('reads a French table by its French categories and units', () => {
    const rows = ['| Catégorie | Tonnes | Teneur (g/t Au) | Onces |', '| Indiquées | 2 100 000 | 2,05 | 138 400 |']
    expect(estimates(`${LEAD}\n\n${rows.join('\n')}\n`).resources.map((r) => r.categories)).toEqual([['indiquées']])
  })

  it('a table of production, of drill holes by category, or called historical is no current estimate', () => {
    const production = ['| Quarter | Tonnes milled | Head grade (g/t) |', '| Q1 2026 | 84,000 | 3.1 |'].join('\n')
    const holes = ['| Category | Drill holes | Metres |', '| Indicated | 42 | 9,800 |'].join('\n')
    for (const table of [production, holes]) expect(estimates(`${LEAD}\n\n${table}\n`).resources).toEqual([])
    const historic = estimates(`${LEAD}\n\nThe 1994 historical resource estimate is shown below.\n\n${PIPES}\n`)
    expect(historic.resources).toEqual([])
    expect(historic.historical.map((h) => h.strength)).toContain('strong')
  })

  it('mineral-resource asks a tabled estimate for its effective date, key assumptions and the viability sentence', async () => {
    const file = await lintWith('mineral-resource', `${LEAD} Its first mineral resource estimate:\n\n${PIPES}\n`)
    // On the first row of figures (line 5); the sentence belongs after the table (line 7).
    expect(file.messages.map((m) => [m.reason.split(',')[0], m.line, m.fatal])).toEqual([
      ['Missing effective date of the estimate', 5, true],
      ['Missing key assumptions of the estimate', 5, false],
      [
        'Missing statement that mineral resources that are not mineral reserves do not have demonstrated economic viability',
        7,
        true
      ]
    ])
  })
})

describe('the rules on real shapes', () => {
  it('mineral-resource accepts the economic-viability sentence as issuers vary it', async () => {
    for (const caution of [
      'Mineral Resources, which are not Mineral Reserves, do not have demonstrated economic viability.',
      'Mineral resources are not mineral reserves and do not have demonstrated economic viability.',
      'These Mineral Resources are not Mineral Reserves as they have not demonstrated economic viability.'
    ]) {
      const file = await lintWith(
        'mineral-resource',
        `${LEAD} Osprey hosts Inferred Mineral Resources of 3.3 million tonnes at 2.0 g/t gold at a 0.5 g/t cut-off, ` +
          `with an effective date of March 1, 2026.\n\n${caution}\n`
      )
      expect(file.messages.map(format)).toEqual([])
    }
  })

  it('reads a deposit’s name whatever the head noun’s case and the words around it (property)', () => {
    const word = fc.constantFrom('Kestrel', 'Lac-Noir', 'Pt.', 'Osprey', 'Wren', 'Tamarack')
    const noun = fc.constantFrom('deposit', 'Deposit', 'project', 'Project', 'zone', 'Mineral Resource Estimate')
    fc.assert(
      fc.property(fc.array(word, {minLength: 1, maxLength: 3}), noun, fc.boolean(), (words, head, lead) => {
        const name = words.join(' ')
        const text = `${lead ? 'Tamarack also holds' : 'Work continues at'} the ${name} ${head}, with 1.2 Mt at 3.1% Cu.`
        const expected = new Set(words.map((w) => w.toLowerCase().replace(/\.$/, '')))
        expect(namesIn(text)).toEqual(expected)
      }),
      {numRuns: 100}
    )
  })

  it('historical-estimate asks which estimate a cautioned mention without figures is (a warning)', async () => {
    const STATEMENT =
      'A qualified person has not done sufficient work to classify these historical estimates as current mineral ' +
      'resources, and the Company is not treating them as current mineral resources.'
    const lint = async (mention: string) => {
      const file = await lintWith('historical-estimate', `${LEAD} ${mention}\n\n${STATEMENT}\n`)
      return file.messages.map((m) => [m.fatal, m.reason])
    }
    expect(await lint('Osprey includes historic copper resources in its western block.')).toEqual([
      [false, 'Missing source and date of the historical estimate, expected them next to it']
    ])
    // Identified: its source and date settle it; the other elements are about figures it does not give.
    expect(await lint('Osprey includes historic copper resources reported by Corvid Mining in 1978.')).toEqual([])
  })

  describe('mineral-resource reads each estimate’s own effective date', () => {
    const MAIN =
      'The Osprey Mineral Resource Estimate has an effective date of March 1, 2026: Inferred Mineral Resources of ' +
      '3.3 million tonnes at 2.0 g/t gold at a 0.5 g/t cut-off.'
    const CAUTION = 'Mineral resources that are not mineral reserves do not have demonstrated economic viability.'
    const dates = async (about: string) => {
      const file = await lintWith('mineral-resource', `${LEAD}\n\n${MAIN}\n\n${CAUTION}\n\n${about}\n`)
      return file.messages.map(format)
    }

    it('takes the main date for the same project restated, and for an estimate that names nothing', async () => {
      expect(
        await dates(
          'Tamarack is advancing the Osprey project, which hosts 3.3 Mt of Inferred resources at 2.0 g/t gold.'
        )
      ).toEqual([])
      expect(await dates('The Company holds Inferred resources of 3.3 Mt at 2.0 g/t gold.')).toEqual([])
    })

    it('asks for the date of a second deposit’s estimate that no dated passage names', async () => {
      const about =
        'Tamarack also holds the Kestrel deposit, with an Indicated resource of 1.2 Mt at 3.1% Cu (see news release ' +
        'dated June 4, 2024).'
      const found = await dates(about)
      expect(found).toHaveLength(1)
      expect(found[0]).toMatch(/^7:\d+-7:\d+: error Missing effective date of this estimate, expected its own/)
      const file = await lintWith('mineral-resource', `${LEAD}\n\n${MAIN}\n\n${CAUTION}\n\n${about}\n`)
      expect(file.messages[0].note).toContain('the effective date on line 3 (“effective date”) is stated for another')
      // Its own date, in its paragraph, settles it.
      expect(await dates(about.replace('(see news', '(effective May 1, 2024; see news'))).toEqual([])
    })

    it('takes the release’s date for a deposit the release speaks of elsewhere, or for its only estimate', async () => {
      const zone = 'The Kestrel zone, part of Osprey, hosts Indicated resources of 1.2 Mt at 3.1% Cu.'
      expect(await dates(`${zone}\n\nDrilling at Kestrel resumes in June.`)).toEqual([])
      // One estimate only, its deposit named otherwise than the dated passage: the release dates its estimate once.
      const single = await lintWith(
        'mineral-resource',
        `${LEAD}\n\nThe Osprey MRE has an effective date of March 1, 2026.\n\n${zone}\n\n${CAUTION}\n`
      )
      expect(single.messages.filter((m) => m.reason.includes('effective date'))).toEqual([])
    })

    it.each([
      [
        'the date first',
        'As at December 31, 2025, Proven and Probable Mineral Reserves at the Keel mine total 18.4 million tonnes grading 1.62 g/t gold.'
      ],
      [
        'the date after the reserves',
        'Proven and Probable Mineral Reserves at the Keel mine as at December 31, 2025 total 18.4 million tonnes grading 1.62 g/t gold.'
      ],
      [
        'in French',
        'Au 31 décembre 2025, les réserves minérales prouvées et probables de la mine Keel totalisent 18,4 millions ' +
          'de tonnes à 1,62 g/t d’or.'
      ]
    ])('takes a year-end reserve dated "as at" a date as its effective date (%s)', async (_, reserve) => {
      const file = await lintWith('mineral-resource', `${LEAD}\n\n${reserve}\n\n${CAUTION}\n`)
      expect(file.messages.filter((m) => /effective date|date d’effet/.test(m.reason))).toEqual([])
      // Without the date, the effective date is missing.
      const undated = reserve.replace(/,? ?(?:[Aa]s at December 31, 2025|Au 31 décembre 2025),? ?/, ' ').trim()
      const missing = await lintWith('mineral-resource', `${LEAD}\n\n${undated}\n\n${CAUTION}\n`)
      expect(missing.messages.filter((m) => /effective date|date d’effet/.test(m.reason))).toHaveLength(1)
    })

    it('reads names as copy writes them: in any case, and in French after the noun', async () => {
      expect(
        await dates('Tamarack also holds the Kestrel Deposit, with Indicated resources of 1.2 Mt at 3.1% Cu.')
      ).toHaveLength(1)
      expect(
        await dates('Tamarack advances the OSPREY Project, with Inferred resources of 3.3 Mt at 2.0 g/t gold.')
      ).toEqual([])
      const french =
        'Tamarack détient aussi le gisement Crécerelle, qui renferme des ressources indiquées de 1,2 Mt à 3,1 % Cu.'
      expect(await dates(french)).toHaveLength(1)
    })
  })

  it('pea-caution names each element a caution drops', async () => {
    const file = await lintWith(
      'pea-caution',
      `${LEAD} The preliminary economic assessment prepared by Corvid Engineering gives an after-tax NPV of ` +
        '$212 million. The PEA is preliminary in nature and includes inferred mineral resources that are considered ' +
        'too speculative geologically to have economic considerations applied to them.\n'
    )
    expect(file.messages.map((m) => m.reason)).toEqual([
      expect.stringMatching(/^Unexpected PEA caution that drops “there is no certainty” and “will be realized”/)
    ])
  })

  it('historical-estimate reads a named historical resource without figures as weak evidence', async () => {
    const file = await lintWith('historical-estimate', `${LEAD} The property hosts an existing historic resource.\n`)
    expect(file.messages.map((m) => [m.fatal, m.reason.startsWith('Missing historical-estimate statement')])).toEqual([
      [false, true]
    ])
  })
})
