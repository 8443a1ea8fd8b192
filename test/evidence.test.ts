/**
 * Graded evidence (src/model/topics.ts): how strong the evidence for a
 * trigger is decides the level of a missing statement, and the evidence is
 * quoted exactly as written (whole figures, source slices). Invented issuers.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

function model(value: string) {
  return buildModel(unified().use(remarkParse).parse(value), value)
}

/** Text as the model matches it: white space, curly quotes and case folded (see `normalize`). */
const plain = (text: string) =>
  text
    // Words run together are split where a capital starts the second ("QualifiedPerson").
    .replace(/(?<=[a-z]{4})(?=[A-Z][a-z])/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase()

/** The first “…” a message's note quotes. */
const quoted = (note: string | undefined) => /“([^”]*)”/.exec(note ?? '')?.[1]

describe('grades of industrial minerals and of metals named in words are strong evidence', () => {
  const lead = 'REGINA, SK, April 8, 2026 - Coteau Minerals Inc. (TSXV: CTM) reports drilling. '
  it.each([
    ['potash as K2O', 'Hole CT-26-03 intersected 24.1% K2O over 3.6 metres.', '24.1% K2O'],
    ['phosphate', 'Hole CT-26-04 intersected 9.2% P2O5 over 41.0 metres.', '9.2% P2O5'],
    ['total graphitic carbon', 'Hole CT-26-05 returned 6.4% TGC over 22 metres.', '6.4% TGC'],
    ['graphitic carbon as C(g)', 'Hole CT-26-06 returned 5.1% C(g) over 18 metres.', '5.1% C(g)'],
    ['uranium by name', 'Boulders at the showing assayed up to 1.4% uranium.', '1.4% uranium'],
    ['niobium oxide', 'Hole CT-26-07 returned 0.62% Nb2O5 over 30 metres.', '0.62% Nb2O5'],
    ['grams per tonne written out', 'Hole CT-26-08 returned 5.2 grams/tonne gold over 3 m.', '5.2 grams/tonne'],
    ['g/tonne', 'Hole CT-26-09 returned 5.2 g/tonne gold over 3 m.', '5.2 g/tonne'],
    ['the JORC style', 'Hole CT-26-10 returned 5.2 g Au/t over 3 m.', '5.2 g Au/t'],
    ['kilograms per tonne', 'Hole CT-26-11 returned 1.15 kg/t Ag over 2.0 m.', '1.15 kg/t'],
    ['ounces per ton', 'Trench T-2 returned 0.35 oz/ton Au over 5 feet.', '0.35 oz/ton']
  ])('%s', (_, sentence, grade) => {
    const m = model(lead + sentence)
    expect(m.topics.technical?.strength).toBe('strong')
    expect(quoted(`“${m.value.slice(m.topics.technical!.start, m.topics.technical!.end)}”`)).toBe(grade)
  })
})

describe('technical evidence', () => {
  it.each([
    [
      'a feasibility study mentioned in corporate news',
      'Corvane Metals Inc. is conducting a feasibility study for processing ore from the Larch project at its own mill. The ' +
        'feasibility study is due in the fourth quarter.'
    ],
    [
      'royalty ounces delivered',
      'Tamsin Royalty Corp. received 1,250 ounces of gold under its royalty on the Larch mine in the quarter.\n\nIn the year, the ' +
        'operator delivered 4,800 ounces of gold to Tamsin.'
    ],
    [
      'qualitative high-grade intercepts outside the resource',
      'Corvane Metals Inc. holds the Larch project, whose drill holes returned high-grade intercepts outside the current mineral ' +
        'resource, with mineralization open at depth.'
    ],
    [
      'production guidance in a corporate rebuttal',
      'Corvane Lithium Inc. rejects the claims made against it. Corvane expects to produce 240,000 tonnes of spodumene concentrate ' +
        'in 2027.\n\nIts plant has a nameplate capacity of 300,000 tonnes of concentrate a year.'
    ],
    [
      'tonnages without a grade',
      'The Larch stockpile holds 85,000 tonnes of ore.\n\nThe Birch stockpile holds 40,000 tonnes of ore.'
    ],
    [
      'words about a porphyry target (a word of geology, not a plan)',
      'Trenching at the porphyry target exposed chalcopyrite and bornite mineralization, and grab samples were ' +
        'sent for assay.'
    ]
  ])('is weak for %s: a missing QP statement is a warning', async (_, value) => {
    const {topics} = model(value + '\n')
    expect(topics.technical?.strength).toBe('weak')
    const file = await lintWith('qp-statement', value + '\n')
    expect(file.messages.map((m) => [m.reason, m.fatal])).toEqual([
      [
        'Missing Qualified Person statement, expected the name, designation and relationship of the QP who approved the technical ' +
          'information',
        false
      ]
    ])
    expect(file.messages[0].note).toContain('no result of sampling, drilling or estimation is stated with its figures')
  })

  it('is not strong for tonnes of metal hedged at a price (a hedge, not a grade)', async () => {
    const value =
      'Corvane Copper Ltd. reports its results.\n\nGold sales were 29,700 ounces of gold in the quarter.\n\nAt ' +
      'March 31, 2026, the Company had zero cost copper collar contracts outstanding for 120,450 tonnes at weighted ' +
      'average prices of $4.05 per lb to $4.70 per lb.\n'
    expect(model(value).topics.technical?.strength).not.toBe('strong')
    expect((await lintWith('qp-statement', value)).messages.filter((m) => m.fatal)).toEqual([])
  })

  it.each([
    [
      'a study the issuer plans',
      'Corvane Metals Inc. has engaged Halcyon Mining Consultants to prepare a preliminary economic assessment of ' +
        'the Larch project, which it expects to complete in the third quarter. Metallurgical test work on samples ' +
        'from the 2025 drill program is under way.'
    ],
    [
      'a study the issuer plans, in French',
      'Métaux Corvane inc. a retenu les services de Halcyon pour préparer une étude économique préliminaire du ' +
        'projet Larch, qui devrait être terminée au troisième trimestre.'
    ]
  ])('is none for %s: a study to come states nothing yet', async (_, value) => {
    expect(model(value + '\n').topics.technical).toBeUndefined()
    expect((await lintWith('qp-statement', value + '\n')).messages).toEqual([])
  })

  it.each([
    ['a grade over a width', 'Hole LR-07 returned 12.5 m grading 0.62% Cu at the Larch project.', '0.62% Cu'],
    ['a grade with a decimal', 'Channel sampling at the Larch showing returned 9.8 g/t gold over 2 metres.', '9.8 g/t'],
    [
      'an About paragraph restating a resource in tonnes and grade',
      'About Corvane: the Larch deposit hosts Indicated Mineral Resources of 4.2 million tonnes grading 1.9 g/t gold.',
      '1.9 g/t'
    ],
    ['a subscript formula', 'The Larch deposit holds 316,000 tonnes grading 0.55% WO₃.', '0.55% WO₃'],
    [
      'an assay table',
      'Corvane Metals Inc. reports results from the Larch project.\n\nHole | From (m) | To (m) | Au (g/t)\n' +
        'LR-01 | 10.0 | 12.5 | 3.41\nLR-02 | 40.2 | 41.0 | 12.20',
      'Au (g/t)'
    ],
    ['a grade without a leading zero', 'Soil samples returned up to .45 g/t gold on the Larch grid.', '.45 g/t'],
    [
      'a royalty holder relaying the operator’s resource estimate in the sentence that names its royalty',
      'Tamsin Royalty Corp. notes that the operator of the Larch project, on which Tamsin holds a 1.5% NSR royalty, ' +
        'has announced Indicated Mineral Resources of 96 million tonnes grading 0.38% copper.',
      'Indicated Mineral Resources of 96 million tonnes'
    ],
    [
      'drill results a royalty company reports under its name ("Royalty Corp.")',
      'Tamsin Royalty Corp. reports that hole LR-26-04 on its Birch property returned 4.2 g/t Au over 6.0 m.',
      '4.2 g/t'
    ],
    [
      'drill results under the name a royalty company defines for itself',
      'Tamsin Gold Royalty Corp. ("Gold Royalty" or the "Company") owns the Birch property.\n\nGold Royalty ' +
        'reports that hole LR-26-04 returned 4.2 g/t Au over 6.0 m.',
      '4.2 g/t'
    ],
    [
      'a reserve restated beside the mine’s production, by category only',
      'The Larch mine produced 61,000 ounces of gold in 2025 and hosts Proven and Probable Mineral Reserves of ' +
        '1.4 million ounces.',
      'Mineral Reserves of 1.4 million ounces'
    ],
    [
      'a study’s net present value with its discount rate',
      'The Larch PEA gives an after-tax Net Present Value ("NPV") (8 percent) of US$348.6 million.\n\nThe PEA ' +
        'assumes 9.5 million tonnes of mill feed over a 7-year mine life and average recoveries of 93%.',
      'Net Present Value ("NPV") (8 percent) of US$348.6 million'
    ]
  ])('is strong for %s and quotes the whole figure as written', async (_, value, figure) => {
    const {topics} = model(value + '\n')
    expect(topics.technical?.strength).toBe('strong')
    const file = await lintWith('qp-statement', value + '\n')
    expect(file.messages.map((m) => m.fatal)).toEqual([true])
    expect(quoted(file.messages[0].note)).toBe(figure)
  })
})

describe('a biography’s figures', () => {
  it.each([
    [
      'a past employer’s deposit',
      'Corvane Metals Inc. appointed Dr. Sanjay Rao as VP Exploration. At his previous employer, Larkspur Mining Ltd., ' +
        'he led the team that discovered the Wren deposit, which hosts Indicated Mineral Resources of 2.4 million ' +
        'ounces of gold.'
    ],
    [
      'a director’s former company',
      'In her former role as CEO of Ostler Gold, Ms. Ada Brennan advanced the 3.1 Moz Tamber gold project.'
    ],
    [
      'a named person’s past role with its years',
      'As Vice President Exploration of Harmattan Gold from 2012 to 2020, Dr. Ruth Okonkwo led the team that ' +
        'discovered the Sika deposit, which hosted Indicated Mineral Resources of 2.4 million ounces of gold at 1.8 g/t.'
    ],
    [
      'a named person’s past role with its years, in French',
      'À titre de directeur général de la mine Bousquet de 2010 à 2019, M. Pierre Ducharme a dirigé la mise en ' +
        'production d’un gisement qui renfermait des réserves minérales probables de 1,1 million d’onces d’or à 6,2 g/t.'
    ],
    [
      'a named person’s past role by its title',
      'Dr. Ruth Okonkwo was Vice President Exploration of Harmattan Gold Corp., where she led the discovery of the ' +
        'Sika deposit, which hosted Indicated Mineral Resources of 2.4 million ounces of gold at 1.8 g/t.'
    ],
    [
      'a named person’s past role by its title, in French',
      'M. Pierre Ducharme a été directeur général de la mine Bousquet, dont il a mené la mise en production d’un ' +
        'gisement qui renfermait des réserves minérales probables de 1,1 million d’onces d’or à 6,2 g/t.'
    ],
    [
      'a career entry in a list: title, employer, years',
      'Vice President Exploration, Harmattan Gold (2012–2020): led the team that advanced the Sika deposit to 2.4 ' +
        'Moz Au Indicated at 1.8 g/t Au, and drilled 12.0 m of 8.2 g/t Au in its discovery hole.'
    ],
    [
      'a career entry in a list, in French',
      'Vice-présidente, Exploration, Harmattan Gold (2012-2020) : a mené le gisement Sika à 2,4 Moz Au de ressources ' +
        'indiquées à 1,8 g/t Au.'
    ],
    [
      'a French biography',
      'Auparavant, il a dirigé l’équipe qui a découvert le gisement Wren, qui renferme des ressources minérales ' +
        'indiquées de 2,4 millions d’onces d’or à 1,8 g/t.'
    ]
  ])('are not the issuer’s technical information: %s', async (_, value) => {
    const m = model(value + '\n')
    expect(m.topics.technical).toBeUndefined()
    expect(m.estimates.resources).toEqual([])
    const file = await lintWith('mineral-resource', value + '\n')
    expect(file.messages).toEqual([])
    expect((await lintWith('qp-statement', value + '\n')).messages).toEqual([])
  })

  it('still reads the issuer’s own results where a person leads the work', () => {
    const value = 'Drilling led by Ms. Ada Brennan at the Larch project returned 4.2 g/t Au over 6.0 m.\n'
    expect(model(value).topics.technical?.strength).toBe('strong')
    const metres = 'Holes drilled from 2024 to 2026 returned up to 4.2 g/t Au over 6.1 m. in the Larch zone.\n'
    expect(model(metres).topics.technical?.strength).toBe('strong')
    const quoted = 'Dr. Ada Brennan, who was pleased with hole LR-07, said it returned 4.2 g/t Au over 6.0 m.\n'
    expect(model(quoted).topics.technical?.strength).toBe('strong')
    const program = 'Chief Geologist Ada Brennan said the 2025-2026 program returned 4.2 g/t Au over 6.0 m.\n'
    expect(model(program).topics.technical?.strength).toBe('strong')
  })
})

describe('metal held in treasury', () => {
  it('is no technical information ("10,000 ounces of physical silver", "of silver bullion")', () => {
    for (const held of [
      '10,000 ounces of physical silver',
      '2,500 ounces of gold bullion',
      '800 ounces of silver coins'
    ]) {
      const value = `Larch Silver Inc. holds over ${held} and owns the high-grade Larch mine.\n`
      expect(model(value).topics.technical).toBeUndefined()
    }
    const ground = 'Larch Silver Inc. reports 10,000 ounces of silver in the stockpile at the high-grade Larch mine.\n'
    expect(model(ground).topics.technical).toBeDefined()
  })

  it('a resource the property hosts, named without figures, is weak evidence (a QP warning, not an error)', async () => {
    const value =
      'Larch Silver Inc. owns the high-grade Larch mine. The property hosts 4 km of underground workings, a mill ' +
      'and a substantial mineral resource containing silver, zinc and lead.\n'
    expect(model(value).topics.technical?.strength).toBe('weak')
    const [message] = (await lintWith('qp-statement', value)).messages
    expect(message.fatal).toBe(false)
  })
})

describe('oil and gas', () => {
  const lead = 'CALGARY, AB, March 2, 2026 – Aspen Coulee Energy Ltd. (TSXV: ACE) reports its year-end reserves. '

  it.each([
    'Proved plus probable reserves total 6.8 MMboe, with a before-tax net present value, discounted at 10%, of $84.1 million.',
    'The evaluation, prepared in accordance with NI 51-101, assigns 3.9 million barrels of oil to the Leduc pool.',
    'Production averaged 1,240 boe/d in the fourth quarter, 68% light oil and NGLs, from 14 wells drilled to 2,100 metres.',
    'The Gull Lake well tested at 4.2 MMcf/d of natural gas over a 48-hour flow test from 1,850 metres.'
  ])('is no scientific or technical information NI 43-101 asks a QP for: %s', async (sentence) => {
    expect(model(`${lead}${sentence}\n`).topics.technical).toBeUndefined()
    expect((await lintWith('qp-statement', `${lead}${sentence}\n`)).messages).toEqual([])
  })

  it('a mineral’s grade in a brine drawn from oil and gas wells is a mineral’s result all the same', async () => {
    const value = `${lead}Brine sampled from three oil and gas wells returned up to 612 mg/L Li over the Leduc interval.\n`
    expect(model(value).topics.technical?.strength).toBe('strong')
    const [message] = (await lintWith('qp-statement', value)).messages
    expect(message.fatal).toBe(true)
  })

  it('the Canadian Institute of Mining, Metallurgy and Petroleum is no petroleum', () => {
    const value =
      'Larch Silver Inc. reports a resource estimate prepared under the Canadian Institute of Mining, Metallurgy and ' +
      'Petroleum Definition Standards: Indicated Mineral Resources of 2.4 million tonnes containing 9.1 million ounces ' +
      'of silver.\n'
    expect(model(value).topics.technical?.strength).toBe('strong')
  })
})

describe('forward-looking evidence', () => {
  it.each([
    [
      'the legal status of securities',
      'Corvane Metals Inc. closed its private placement on May 1, 2026. The shares issued are subject to a four-month hold period.'
    ],
    [
      'the vesting terms of granted RSUs',
      'Corvane Metals Inc. granted 400,000 RSUs to its directors. The RSUs will vest over three years, and each option is ' +
        'exercisable for 24 months.'
    ],
    [
      'terms with an adverb',
      'Corvane Metals Inc. granted 400,000 RSUs to its officers. The RSUs will only vest after twelve months.'
    ],
    [
      'the composition of a unit',
      'Corvane Metals Inc. closed its private placement of 2,000,000 units on May 1, 2026. Each unit will consist ' +
        'of one share and one warrant.'
    ],
    [
      'a royalty a vendor keeps under the agreement',
      'Corvane Metals Inc. has signed an option to acquire the Larch property. The vendor will retain a 2% net ' +
        'smelter return royalty, and the Company will retain its 10% interest in the adjoining claims.'
    ],
    [
      'the legal status of securities, in French',
      'Métaux Corvane inc. a conclu une convention d’option sur la propriété Larch. Les actions émises seront ' +
        'assujetties à une période de détention de quatre mois et un jour.'
    ],
    [
      'an instrument’s terms in French, accents dropped and negated',
      'Metaux Corvane inc. a cloture son placement prive. Chaque unite sera composee d’une action et d’un bon de ' +
        'souscription. Les bons ne seront pas exercables avant le 1er septembre 2026.'
    ],
    [
      'the tax status of flow-through shares, quoted or not',
      'Corvane Metals Inc. closed its placement of 2,000,000 common shares that will qualify as "flow-through ' +
        'shares" within the meaning of subsection 66(15) of the Income Tax Act (Canada), and of 500,000 shares that ' +
        'will qualify as flow-through shares for the purposes of the Tax Act.'
    ],
    [
      '"target" and "potential" as words of geology',
      'Mapping by Corvane Metals Inc. in 2025 outlined a porphyry target with potential for copper mineralization.'
    ]
  ])('is none for %s', async (_, value) => {
    expect(model(value + '\n').topics.forwardLooking).toBeUndefined()
    expect((await lintWith('forward-looking-caution', value + '\n')).messages).toEqual([])
  })

  it.each([
    [
      'a director who will chair a committee',
      'Corvane Metals Inc. appointed Ms. Ada Brennan as a director. Ms. Brennan will chair the audit committee.'
    ],
    [
      'a former CEO who will remain on the board',
      'Corvane Metals Inc. appointed a new CEO. Mr. Tom Reyes will remain on the board as Chair.'
    ],
    [
      'an officer who will serve as CFO',
      'Corvane Metals Inc. announced that Ms. Lin Park will serve as interim Chief Financial Officer.'
    ],
    [
      'a director who will step down',
      'Mr. Paul Okoro will step down from the board of Corvane Metals Inc. at the annual meeting.'
    ]
  ])('is weak for %s (a role the board decided, no plan): a missing caution is a warning', async (_, value) => {
    expect(model(value + '\n').topics.forwardLooking?.strength).toBe('weak')
    const file = await lintWith('forward-looking-caution', value + '\n')
    expect(file.messages.map((m) => [m.reason, m.fatal])).toEqual([
      ['Missing forward-looking information caution', false]
    ])
  })

  it('stays weak for what French says the issuer or a deal will do (« sera », « seront »)', () => {
    const value =
      'Métaux Corvane inc. a conclu une convention d’option. La première tranche sera versée à la signature.\n'
    expect(model(value).topics.forwardLooking?.strength).toBe('weak')
  })

  it('stays strong for what the issuer will retain that is no term of an agreement (a consultant)', () => {
    const value = 'Corvane Metals Inc. will retain a drilling consultant to plan the Larch program.\n'
    expect(model(value).topics.forwardLooking?.strength).toBe('strong')
  })

  it('stays strong for a person who will lead the issuer’s plans', () => {
    const value =
      'Corvane Metals Inc. appointed Mr. Ivo Petrov as COO. He will lead the permitting of the Larch mine.\n'
    expect(model(value).topics.forwardLooking?.strength).toBe('strong')
  })

  it('is weak for a pending exchange acceptance: a missing caution is a warning', async () => {
    const value =
      'Corvane Metals Inc. closed the first tranche of its private placement on May 1, 2026. The private placement remains subject ' +
      'to the final acceptance of the TSX Venture Exchange.\n'
    expect(model(value).topics.forwardLooking?.strength).toBe('weak')
    const file = await lintWith('forward-looking-caution', value)
    expect(file.messages.map((m) => [m.reason, m.fatal])).toEqual([
      ['Missing forward-looking information caution', false]
    ])
    expect(quoted(file.messages[0].note)).toBe('remains subject to the final acceptance')
  })

  it.each([
    [
      'a verb of intent',
      'Corvane Metals Inc. intends to use the net proceeds for drilling at Larch.',
      'intends to use'
    ],
    ['an expected closing', 'The Offering is expected to close on or about June 1, 2026.', 'is expected to close'],
    [
      'the issuer’s expenses to come, beside the shares’ tax status',
      'Corvane Metals Inc. closed its placement of shares that will qualify as "flow-through shares" within the ' +
        'meaning of the Tax Act. The gross proceeds will be used to incur Canadian exploration expenses.',
      'will be'
    ],
    [
      'the issuer by its defined name with a modal',
      'Corvane Metals Inc. ("Corvane" or the "Company") reports on Larch. Corvane may extend the program into the fall.',
      'Corvane may'
    ]
  ])('is strong for %s: a missing caution is an error', async (_, value, words) => {
    expect(model(value + '\n').topics.forwardLooking?.strength).toBe('strong')
    const file = await lintWith('forward-looking-caution', value + '\n')
    expect(file.messages.map((m) => [m.reason, m.fatal])).toEqual([
      ['Missing forward-looking information caution', true]
    ])
    expect(quoted(file.messages[0].note)).toBe(words)
  })
})

describe('the caution', () => {
  it('reports its defects as warnings when the forward-looking evidence is weak', async () => {
    const value =
      'Corvane Metals Inc. closed the first tranche of its private placement on May 1, 2026. The private placement ' +
      'remains subject to the final acceptance of the TSX Venture Exchange.\n\n' +
      'This news release contains forward-looking information, including statements regarding the acceptance.\n'
    const file = await lintWith('forward-looking-caution', value)
    expect(file.messages.length).toBeGreaterThan(0)
    expect(file.messages.map((m) => m.fatal)).toEqual(file.messages.map(() => false))
  })

  it('warns when the caution says only that forward-looking information involves risks (s.4A.3(b) in substance)', async () => {
    const value =
      'Corvane Metals Inc. will drill the Larch project in May.\n\n' +
      'This news release contains forward-looking information, including statements regarding the drill program. ' +
      'Inherent in forward-looking information are risks and uncertainties beyond the Company’s control.\n'
    const file = await lintWith('forward-looking-caution', value)
    const differ = file.messages.find((m) => m.reason.startsWith('Missing warning that actual results may differ'))
    expect(differ?.fatal).toBe(false)
    expect(differ?.note).toContain('a warning in substance')
  })

  it('reads a paragraph that says results could vary, in other words, as part of the caution', async () => {
    const value =
      'Corvane Metals Inc. will drill the Larch project in May.\n\n' +
      'This news release contains forward-looking information, including statements regarding the drill program.\n\n' +
      'Events and outcomes could vary materially from those described, because of exploration results and metal prices.\n'
    const {caution} = model(value)
    expect(caution).toHaveLength(2)
    const file = await lintWith('forward-looking-caution', value)
    // It warns that results may vary and names the causes (exploration results, metal prices: the risk factors,
    // no finding for either); it states no assumption.
    expect(file.messages.filter((m) => m.fatal).map(format)).toEqual([
      '5:1-5:113: error Missing material factors or assumptions in the forward-looking caution'
    ])
  })

  it.each(['to differmaterially from', 'tovary significantly from', 'to be materiallydifferent from'])(
    'reads results said %s, run together in copy, as the warning that results may differ',
    async (words) => {
      const value =
        'Corvane Metals Inc. will drill the Larch project in May.\n\n' +
        'This news release contains forward-looking information, including statements regarding the drill ' +
        'program, based on the assumption that permits are received. It is subject to risks and uncertainties, ' +
        `including metal prices, that may cause future results ${words} those expected. The Company does not ` +
        'undertake to update it.\n'
      const file = await lintWith('forward-looking-caution', value)
      expect(file.messages.map(format)).toEqual([])
    }
  )
})

describe('quoted evidence', () => {
  const spaces = fc.constantFrom(' ', '  ', '\u00a0', '\n')
  const figure = fc
    .tuple(fc.integer({min: 0, max: 99_999}), fc.option(fc.integer({min: 0, max: 999}), {nil: undefined}), fc.boolean())
    .map(([whole, decimals, grouped]) => {
      const digits = grouped ? whole.toLocaleString('en-US') : String(whole)
      return decimals === undefined ? digits : `${digits}.${decimals}`
    })
  const grade = fc
    .tuple(figure, fc.constantFrom('', ' '), fc.constantFrom('g/t', '% Cu', 'ppm', '% WO₃', 'g/t Au'))
    .map(([number, space, unit]) => `${number}${space}${unit}`)
  const future = fc.constantFrom(
    'will drill',
    'intends to explore',
    'expects to close',
    'plans to',
    'is expected to close',
    'remains subject to the acceptance of the Exchange'
  )
  const draft = fc
    .tuple(grade, grade, future, spaces, spaces, fc.constantFrom('', 'About Corvane: ', '**Results** '))
    .map(
      ([first, second, plan, a, b, lead]) =>
        `${lead}Hole LR-07 returned${a}${first} over 4 m and${b}${second} over 2 m.\n\nCorvane Metals Inc.${a}${plan} the Larch project.\n`
    )

  it('is always the exact source slice at the reported offsets, a whole figure, in every message', async () => {
    await fc.assert(
      fc.asyncProperty(draft, async (value) => {
        const {topics} = model(value)
        for (const evidence of [topics.technical, topics.forwardLooking]) {
          expect(evidence).toBeDefined()
          const slice = value.slice(evidence!.start, evidence!.end)
          // The same words as matched, as written: only white space and case differ.
          expect(plain(slice)).toBe(evidence!.words)
          // A figure starts at its first digit.
          expect(/[\d.,]$/.test(value.slice(0, evidence!.start)) && /^\d/.test(slice)).toBe(false)
        }
        for (const id of ['qp-statement', 'forward-looking-caution'] as const) {
          const evidence = id === 'qp-statement' ? topics.technical! : topics.forwardLooking!
          for (const message of (await lintWith(id, value)).messages) {
            if (/^Missing (?:Qualified Person statement|forward-looking information caution)/.test(message.reason)) {
              expect(quoted(message.note)).toBe(value.slice(evidence.start, evidence.end))
            }
          }
        }
      }),
      {numRuns: 60}
    )
  })

  const statement = fc
    .tuple(
      fc.constantFrom(
        'Dana Whitlock',
        'J.R. Halvorsen',
        'Robert \u201cBob\u201d J. Fenwick Jr.',
        'Anneke van der Stoel',
        ''
      ),
      fc.constantFrom(', P.Geo.', ', P.\u00a0Geo. (Ontario)', ', CPG', ',P.Eng.', ''),
      fc.constantFrom(', the Company\u2019s V.P. Exploration', ', a consultant to the Company', ''),
      fc.constantFrom('reviewed and approved', 'prepared', 'read'),
      fc.constantFrom(
        'a Qualified Person as defined in NI\u00a043-101',
        'an independent qualified\nperson',
        'a QualifiedPerson'
      ),
      spaces
    )
    .map(
      ([name, designation, relationship, verb, qp, space]) =>
        `The technical information was${space}${verb} by ${name || 'the geologist'}${designation}${relationship}, ${qp}.`
    )

  it('quotes the QP statement’s parts as written, at their offsets', async () => {
    await fc.assert(
      fc.asyncProperty(grade, statement, async (result, qp) => {
        const value = `Hole LR-07 returned ${result} over 4 m.\n\n${qp}\n`
        const parts = model(value).qp
        expect(parts).toBeDefined()
        for (const part of [parts!.designation, parts!.relationship, parts!.approval, parts!.qualifiedPerson]) {
          if (part) expect(plain(value.slice(part.start, part.end))).toBe(part.words)
        }
        if (parts!.person) expect(value.slice(parts!.person.start, parts!.person.end)).toBe(parts!.person.words)
        for (const message of (await lintWith('qp-statement', value)).messages) {
          // What the rule decided, before ", but" (after it, the fix's own words).
          const decided = (message.note ?? '').split(', but ')[0]
          for (const [, words] of decided.matchAll(/“([^”]*)”/g)) expect(value).toContain(words)
        }
      }),
      {numRuns: 80}
    )
  })
})

describe('forward-looking evidence: a right an agreement gives the issuer is a term, not a forecast', () => {
  const lead = 'TORONTO, ON, June 1, 2026 - Ravelin Gold Corp. (TSXV: RVG) (the "Company") has signed an option. '
  it.each([
    'The Company may earn a 70% interest in the Sable claims by spending $2,000,000 over four years.',
    'The vendor keeps a 2% NSR royalty, one-half of which the Company may buy back for $1,000,000.',
    'The Company may, at its option, pay the second instalment in shares.',
    'The Company may accelerate the expiry of the warrants if its shares close above $0.60 for ten days.',
    'La Société pourra racheter la moitié de la redevance pour 1 000 000 $.'
  ])('%s', (sentence) => {
    expect(model(lead + sentence).topics.forwardLooking?.strength).not.toBe('strong')
  })
  it('a modal that forecasts stays strong evidence', () => {
    const m = model(lead + 'The Company may raise additional funds to complete the program.')
    expect(m.topics.forwardLooking?.strength).toBe('strong')
    const more = model(lead + 'The Company may acquire additional claims in the area.')
    expect(more.topics.forwardLooking?.strength).toBe('strong')
  })
})

describe('forward-looking evidence: an instrument’s terms and a fixed event’s date are no forecast', () => {
  const lead = 'TORONTO, ON, June 1, 2026 - Ravelin Gold Corp. (TSXV: RVG) (the "Company") announces terms. '
  it.each([
    'Interest on the debentures will be payable semi-annually in arrears.',
    'The debentures will be secured by a first charge on the assets of the Company.',
    'The conversion price will be adjusted for any consolidation of the shares.',
    'The shares will be issued at a deemed price of $0.12 per share.',
    'The shares will trade under the symbol RVG.'
  ])('terms: %s', (sentence) => {
    expect(model(lead + sentence).topics.forwardLooking).toBeUndefined()
  })
  // A meeting, a call or a consolidation dated: no forecast based on assumptions, nor material (a notice of a
  // conference call carries no caution), yet words of the future: a weak sign, a warning where no caution is given.
  it.each([
    'The consolidation will take effect on June 10, 2026.',
    'The annual general meeting will be held on July 15, 2026.',
    'The shares will begin trading on a consolidated basis on June 12, 2026.',
    'The Company will hold its annual general meeting on July 15, 2026.',
    'The Company will host a conference call and webcast on August 6, 2026 at 10:00 a.m. (Eastern Time).',
    'The Company will hold a webinar to discuss the results.',
    'The Company will release its fourth quarter and full year 2026 results after market close on February 19, 2027.',
    'A replay of the webcast will be available on the Company’s website until March 20, 2027.',
    'Trading in the shares will resume on May 5, 2026.',
    'The shares will be delisted from the CSE at the close of market on June 5, 2026.',
    'Following the consolidation, the Company will have approximately 14,860,000 common shares outstanding.',
    'Registered shareholders will receive a letter of transmittal from the transfer agent.'
  ])('a fixed date, a weak sign: %s', (sentence) => {
    expect(model(lead + sentence).topics.forwardLooking?.strength).toBe('weak')
  })
  it('a plan, an expected closing or a plan beside the event stays strong', () => {
    for (const sentence of [
      'The Company will drill 3,000 metres this summer.',
      'Drilling will resume on June 1, 2026.',
      'The Company will hold its annual meeting in June and will drill the Birch target in July.',
      'The Company expects to hold its annual meeting on July 15, 2026.',
      'Closing of the offering will be on or about June 5, 2026.',
      'The proceeds will be used for exploration.'
    ])
      expect(model(lead + sentence).topics.forwardLooking?.strength).toBe('strong')
  })
})

describe('forward-looking evidence: the work a historical estimate would need is a condition, not a plan', () => {
  const lead =
    'TORONTO, ON, June 1, 2026 - Ravelin Gold Corp. (TSXV: RVG) (the "Company") holds a historical estimate. '
  it.each([
    'To upgrade it, the Company would need to re-log and re-sample the historical core.',
    'The Company would be required to complete confirmation drilling to verify the historical estimate.',
    'The Company would have to twin several historical holes.'
  ])('%s', (sentence) => {
    expect(model(lead + sentence).topics.forwardLooking).toBeUndefined()
  })
  it('a plan after "would" stays strong', () => {
    expect(model(lead + 'The Company would drill the target next year.').topics.forwardLooking?.strength).toBe('strong')
  })
})

describe('forward-looking evidence: the future in the cautions NI 43-101 prescribes is no statement of it', () => {
  const lead = 'TORONTO, ON, June 1, 2026 - Ravelin Gold Corp. (TSXV: RVG) reports an exploration target. '
  it.each([
    'It is uncertain if further exploration will result in the target being delineated as a mineral resource.',
    'There is no certainty that the preliminary economic assessment will be realized.',
    'There is no certainty that any part of the mineral resources will be converted into mineral reserves.'
  ])('%s', (sentence) => {
    expect(model(lead + sentence).topics.forwardLooking).toBeUndefined()
  })
  it('the issuer’s own plan beside it, or a caution of its own, is still forward-looking', () => {
    const filed = model(lead + 'A technical report will be filed on SEDAR+ within 45 days.')
    expect(filed.topics.forwardLooking?.strength).toBe('strong')
    const assurance = model(lead + 'There is no assurance that the Company will complete the acquisition.')
    expect(assurance.topics.forwardLooking?.strength).toBe('strong')
  })
})

describe('a metal named after a percentage is a grade only where no name or other noun goes on after it', () => {
  const lead = 'REGINA, SK, April 8, 2026 - Coteau Minerals Inc. (TSXV: CTM) reports drilling. '
  it.each([
    ['ownership', 'The claims are held 60% by Coteau and 40% Silver Crest Mining.'],
    ['a recovery', 'Earlier tests achieved only 49% gold recovery from this domain.'],
    ['a zone named by its threshold', 'The hole targeted the western >0.50% copper zone.']
  ])('%s', (_, sentence) => {
    expect(model(lead + sentence).topics.technical?.strength).not.toBe('strong')
  })
  it.each([
    'Hole CT-26-12 returned 1.2% copper over 10.0 metres.',
    'Hole CT-26-13 returned 2.14% copper equivalentin a run-together copy over 64.9 metres.',
    'Sample S-1 returned 2.2% lead and 4.1% zinc.'
  ])('a grade: %s', (sentence) => {
    expect(model(lead + sentence).topics.technical?.strength).toBe('strong')
  })
})

describe('drilling planned in the French future is a plan, as "will drill" is in English', () => {
  const french =
    'Minéraux Sorbier inc. (TSXV : MSB) (la « Société ») annonce le début de sa campagne de forage au projet Héron.\n\n' +
    'La Société forera environ 2 500 mètres en dix trous sur les cibles aurifères de la zone Est. Elle ' +
    'entreprendra ensuite un levé géophysique au sol sur la zone Ouest. Les résultats seront publiés à leur ' +
    'réception.\n'
  const english =
    'Sorbier Minerals Inc. (TSXV: MSB) (the "Company") announces the start of its drill program at the Heron project.\n\n' +
    'The Company will drill about 2,500 metres in ten holes on the gold targets of the East zone. It will then ' +
    'carry out a ground geophysical survey over the West zone. Results will be released as they are received.\n'

  it('grades the technical evidence weak in both languages (holes planned are no result)', () => {
    expect(model(french).topics.technical?.strength).toBe('weak')
    expect(model(english).topics.technical?.strength).toBe('weak')
  })

  it('so the missing QP statement is a warning, not an error, in both', async () => {
    for (const value of [french, english]) {
      const file = await lintWith('qp-statement', value)
      expect(file.messages.map((m) => m.fatal)).toEqual([false])
    }
  })

  it('drilling done in French stays strong evidence', () => {
    const done = french.replace('La Société forera', 'La Société a foré')
    expect(model(done).topics.technical?.strength).toBe('strong')
  })
})
