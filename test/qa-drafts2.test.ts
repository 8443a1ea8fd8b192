/**
 * Drafts in progress and the words a mining release may not use: blanks left in every place a draft has them (a
 * figure, a table, a quotation, French), marks a final release uses legitimately, and terms read as a securities
 * lawyer reads them. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintPreset, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const placement = (price: string) =>
  'VANCOUVER, BC, December 7, 2026 – Pellworth Copper Inc. (TSXV: PWC) has closed a private placement of 12,000,000 ' +
  `units at a price of ${price} per unit for gross proceeds of $2,400,000. All securities issued are subject to a hold ` +
  'period of four months and one day.'

describe('a figure left partly blank is the blank, not a figure of its first digits', () => {
  it.each(['$0.[●]', '$0.XX', '$0.●●', '$0.__', 'C$0.[TBD]', '$1.[●]', '$[0.●]'])(
    '%s: one blank quoted whole; no price of $0, no disagreement',
    async (price) => {
      const messages = (await lintPreset(placement(price) + '\n')).messages
      const rules = messages.map((message) => message.ruleId)
      expect(rules).not.toContain('tsxv-pricing')
      expect(rules).not.toContain('offering-arithmetic')
      const blanks = messages.filter((message) => message.ruleId === 'unfilled-placeholder').map(format)
      expect(blanks).toEqual([expect.stringContaining(`placeholder “${price}”`)])
    }
  )

  it('a footnote mark after a figure is no blank: the figure is read', async () => {
    expect(await found('tsxv-pricing', placement('$0.04[1]'))).toEqual([
      expect.stringContaining('Unexpected price of $0.04 per unit')
    ])
  })
})

describe('French drafts: an editor’s insertion in « … », and field names with « de »', () => {
  const quote = (inserted: string) =>
    `« Les résultats confirment que ${inserted} renferme une formation de fer continue », a déclaré Hélène Gagnon, ` +
    'présidente de Ressources Bouleau-Blanc inc.'

  it.each(['[la propriété]', '[le gisement]', '[l’Option]', '[la Société]'])(
    'no blank: %s inserted in a quotation',
    async (inserted) => {
      expect(await found('unfilled-placeholder', quote(inserted))).toEqual([])
    }
  )

  it('an instruction or a field name in a quotation is still a blank', async () => {
    expect(await found('unfilled-placeholder', quote('[à confirmer]'))).toEqual([
      expect.stringContaining('[à confirmer]')
    ])
    expect(await found('unfilled-placeholder', quote('[Nom de la propriété]'))).toEqual([
      expect.stringContaining('[Nom de la propriété]')
    ])
  })

  it.each(['[Nom de la PQ]', '[Date de clôture]', '[Prix d’exercice]', '[Titre du porte-parole]'])(
    'a field name whose head comes before « de »: %s',
    async (field) => {
      const text =
        `Les renseignements techniques ont été approuvés par ${field}, géo., personne qualifiée au sens du ` +
        'Règlement 43-101.'
      expect(await found('unfilled-placeholder', text)).toEqual([expect.stringContaining(field)])
    }
  )

  it('a defined term with its French article, outside a quotation, is no blank', async () => {
    expect(
      await found('unfilled-placeholder', 'Le conseil de [la Société] a approuvé la convention avec Mines Alpha inc.')
    ).toEqual([])
  })
})

describe('blanks where drafts leave them: merge fields, wrapped lines, comments, cells, spaced figures', () => {
  it('a merge field whose words are joined by underscores', async () => {
    expect(
      await found('unfilled-placeholder', 'The placement closed on {{closing_date}} for [gross_proceeds].')
    ).toEqual([expect.stringContaining('“{{closing_date}}”'), expect.stringContaining('“[gross_proceeds]”')])
  })

  it('a blank glyph that opens a hard-wrapped line, where a date goes', async () => {
    const text = 'The shares are subject to a hold period of four months and one day, expiring\n●, 2027.'
    expect(await found('unfilled-placeholder', text)).toEqual([expect.stringMatching(/^2:1-2:2: .*“●”/)])
  })

  it('a list bullet opening its line is still no blank', async () => {
    expect(
      await found('unfilled-placeholder', 'Highlights:\n● 2.9 g/t gold over 24.5 metres\n● Open to the east')
    ).toEqual([])
  })

  it('a pasted Word comment, "Comment [SD1]: …", is a note to its line’s end', async () => {
    const text = 'True widths are estimated at 80% of the core lengths.\nComment [SD1]: confirm with the geology team'
    expect(await found('unfilled-placeholder', text)).toEqual([
      expect.stringContaining('note to draft “Comment [SD1]: confirm with the geology team”')
    ])
  })

  it.each(['À CONFIRMER', 'à déterminer'])('a French blank word alone in a table cell: %s', async (blank) => {
    const table = [
      '| Sondage  | Au (g/t) | Remarque |',
      '| -------- | -------- | -------- |',
      `| LM-26-01 | 31,4     | ${blank} |`
    ].join('\n')
    expect(await found('unfilled-placeholder', table)).toEqual([expect.stringContaining(blank)])
  })

  it('a heading in capitals, and lowercase words in a cell’s prose, are no blank', async () => {
    const text = [
      'TRAVAUX À VENIR',
      '',
      '| Étape | Remarque |',
      '| ----- | -------- |',
      '| Forage | les travaux à venir |'
    ]
    expect(await found('unfilled-placeholder', text.join('\n'))).toEqual([])
  })

  it('a figure of X’s with its thousands set off by spaces is one blank', async () => {
    expect(await found('unfilled-placeholder', 'La Société émettra X XXX XXX actions au prix de 0,XX $.')).toEqual([
      expect.stringContaining('« X XXX XXX »'.slice(2, -2)),
      expect.stringContaining('0,XX')
    ])
  })

  it('"XX" that begins a drill hole’s code is its name; X’s within the code are a blank', async () => {
    const text =
      'Holes XX-24-001 and XX-24-002 were drilled by the previous operator. Hole WH-26-0XX intersected 2.1 g/t gold.'
    expect(await found('unfilled-placeholder', text)).toEqual([expect.stringContaining('“0XX”')])
  })
})

describe('related-party: a term sheet’s row with no value states no participation', () => {
  const closing = (row: string) =>
    [
      'KELOWNA, BC, December 7, 2026 – Fernhollow Lithium Corp. (CSE: FERN) has closed a non-brokered private ' +
        'placement of 5,000,000 flow-through common shares at $0.30 per share for gross proceeds of $1,500,000.',
      '',
      '| Term                  | Detail              |',
      '| --------------------- | ------------------- |',
      '| Securities            | 5,000,000 FT Shares |',
      row,
      '| Hold period expiry    | April 8, 2027       |'
    ].join('\n')

  it.each(['—', '-', 'n/a', 'Nil', 'None', ''])('no finding: "| Insider participation | %s |"', async (value) => {
    expect(await found('related-party', closing(`| Insider participation | ${value} |`))).toEqual([])
  })

  it('a row that names the insiders’ units is a participation', async () => {
    const messages = await found('related-party', closing('| Insider participation | 400,000 FT Shares |'))
    expect(messages).toEqual([expect.stringContaining('Missing MI 61-101 related party transaction paragraph')])
  })
})

describe('mining-terminology: words a release may use, and claims it may not make', () => {
  const exploration = (sentence: string) =>
    'SASKATOON, SK, December 7, 2026 – Kestrel Point Uranium Corp. (CSE: KPU) reports drill results from Sable Creek. ' +
    'Hole SC-26-031 intersected 0.84% U3O8 over 6.5 metres. ' +
    sentence

  it.each([
    'Split core was analysed by ICP-OES after a four-acid digestion, with ore-grade uranium determined by the ' +
      'laboratory’s ore-grade U3O8 method.',
    'Over-limit samples were re-analysed by the laboratory’s ore grade package.'
  ])('"ore grade" as a laboratory’s method, in a sentence with no result: %s', async (sentence) => {
    expect(await found('mining-terminology', exploration(sentence))).toEqual([])
  })

  it('"ore-grade" of a result, in a sentence about the assays, is still the term', async () => {
    const messages = await found(
      'mining-terminology',
      exploration('Hole SC-26-032 returned ore-grade intercepts of 1.2% U3O8, assayed by the laboratory.')
    )
    expect(messages).toEqual([expect.stringContaining('Unexpected “ore-grade”')])
  })

  it.each([
    'The Company’s board reserves the right to expand the program.',
    'Canada’s strategic critical-mineral reserves policy lists uranium as a priority.',
    'The project lies near the Eagle River First Nation and its reserves.'
  ])('no "reserves" claim: %s', async (sentence) => {
    expect(await found('mining-terminology', exploration(sentence))).toEqual([])
  })

  it('a deposit’s reserves claimed in an exploration release are still reported', async () => {
    expect(await found('mining-terminology', exploration('The deposit’s reserves will grow with drilling.'))).toEqual([
      expect.stringContaining('Unexpected “reserves”')
    ])
  })

  it.each(['an economic zone of uranium mineralization', 'economic veins'])('"%s" claims viability', async (words) => {
    expect(await found('mining-terminology', exploration(`The hole cut ${words}.`))).toEqual([
      expect.stringContaining('without a pre-feasibility or feasibility study')
    ])
  })

  it('a jurisdiction’s special economic zone is no claim', async () => {
    expect(
      await found('mining-terminology', exploration('The project lies within a special economic zone near the port.'))
    ).toEqual([])
  })
})

describe('mining-terminology in French: « réserves » claimed of the deposit', () => {
  const forage = (phrase: string) =>
    'ROUYN-NORANDA, QC, le 7 décembre 2026 – Exploration Rivière-Noire inc. (TSXV : ERN) annonce que le sondage ' +
    `BC-26-03 a recoupé 5,2 g/t Au sur 8,0 mètres. ${phrase}`

  it.each([
    ['Ces résultats augmentent les réserves d’or de la propriété.', 'réserves d'],
    ['Le sondage accroît les réserves de la propriété Bellechasse.', 'réserves de la propriété'],
    ['La Société estime que ses réserves doubleront.', 'ses réserves']
  ])('%s', async (phrase, words) => {
    expect(await found('mining-terminology', forage(phrase))).toEqual([expect.stringContaining(words)])
  })

  it.each([
    'Sous réserve des permis, la Société forera en 2027.',
    'La propriété jouxte la réserve faunique des Laurentides.',
    'La Société dispose de réserves de liquidités suffisantes et se réserve le droit d’étendre les travaux.',
    'La Société maintient ses réserves de trésorerie.',
    'Les ressources minérales qui ne sont pas des réserves minérales n’ont pas de viabilité économique démontrée.'
  ])('no claim: %s', async (phrase) => {
    expect(await found('mining-terminology', forage(phrase))).toEqual([])
  })
})
