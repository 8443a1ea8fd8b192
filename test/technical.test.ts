/**
 * The NI 43-101 Part 3 rules beyond their doc examples: exploration-results (s.3.3), data-verification (s.3.2)
 * and metal-equivalent (s.2.3(1)). Real variants each must accept, the defects each must catch, what is not a
 * result, and copy artefacts that must not change a verdict. Issuers and wording are invented.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const LEAD =
  'Acme Gold Corp. (TSXV: ACM) reports that hole BR-26-004 at its Birch project returned 4.2 g/t Au over 6.0 m. ' +
  'The hole was drilled at an azimuth of 180° and a dip of -55°.'

/** The methods paragraph of a compliant drill release, in parts a copy may mangle. */
const METHODS = [
  'Intervals are core lengths; true widths are estimated at 80% of the reported lengths.',
  'Drill core was sawn in half and sent to ALS Canada Ltd. in Vancouver, a laboratory independent of the Company.',
  'Gold was analysed by 50 g fire assay with an atomic absorption finish.',
  'Certified reference materials, blanks and duplicates were inserted into the sample stream at a rate of one in ten.'
]

async function reasons(id: 'exploration-results' | 'data-verification' | 'metal-equivalent', text: string) {
  const file = await lintWith(id, text)
  return file.messages.map(format)
}

describe('exploration-results', () => {
  it.each([
    [
      'a laboratory named by its own name, an accredited in-house relationship, ICP',
      'Samples were sent to Activation Laboratories Ltd. of Ancaster, which is not affiliated with the Company, ' +
        'and analysed by four-acid digestion with ICP-OES. Drill core was split; true widths are not known. ' +
        'One certified standard and one blank were inserted with every 20 samples.'
    ],
    [
      'the Company’s own laboratory, PhotonAssay, check assays',
      'Half-core samples were assayed at the Company-operated mine laboratory by PhotonAssay; 5% of pulps were sent ' +
        'to SGS for check assays. Reported widths are downhole lengths; true widths are not yet known.'
    ],
    [
      'words run together by a newswire',
      'DrillcoresampleswereassayedbyBureauVeritas, an independent laboratory, by fireassay; QAQC standards and ' +
        'blanks were inserted in each batch. Intervals are core lengths; truewidths are about 75% of them.'
    ]
  ])('passes %s', async (_, methods) => {
    expect(await reasons('exploration-results', `${LEAD}\n\n${methods}\n`)).toEqual([])
  })

  it.each([
    ['core lengths', 'Intervals are core lengths.'],
    ['downhole lengths', 'All reported widths are downhole lengths.'],
    ['lengths measured along the core', 'Each length is the length measured along the drill core.'],
    ['apparent widths', 'Widths given are apparent widths.']
  ])('warns, not errs, where the lengths are called %s and true widths are not addressed', async (_, said) => {
    const methods = `${METHODS[1]} ${METHODS[2]} ${METHODS[3]}`
    const messages = await reasons('exploration-results', `${LEAD}\n\n${said} ${methods}\n`)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/^4:1: warning Missing whether true widths are known, expected true widths, their/)
    expect(messages[0]).toContain('this release reports intervals over a width (line 1): “4.2 g/t Au over 6.0 m”')
    // Saying whether true widths are known settles it.
    const known = `${LEAD}\n\n${said} True widths are not known. ${methods}\n`
    expect(await reasons('exploration-results', known)).toEqual([])
  })

  it('names each missing element and quotes the evidence as written', async () => {
    const messages = await reasons('exploration-results', `${LEAD}\n\n${METHODS[0]} ${METHODS[1]}\n`)
    expect(messages).toEqual([
      expect.stringContaining('error Missing analytical method'),
      expect.stringContaining('error Missing QA/QC program')
    ])
    expect(messages[0]).toContain('this release reports drill results (line 1): “4.2 g/t Au over 6.0 m”')
  })

  it('warns, not errs, when the laboratory is named without its relationship', async () => {
    const methods = METHODS.join(' ').replace(', a laboratory independent of the Company', '')
    expect(await reasons('exploration-results', `${LEAD}\n\n${methods}\n`)).toEqual([
      expect.stringMatching(/^1:87-1:108: warning Missing relationship of the laboratory to the issuer/)
    ])
  })

  it.each([
    ['a resource', 'Acme Gold Corp. (TSXV: ACM) notes that Birch hosts an Indicated resource of 2.4 Mt at 1.2 g/t Au.'],
    [
      'a previously reported intercept',
      'Acme Gold Corp. (TSXV: ACM) will follow up hole BR-25-001, which previously returned 9.1 g/t Au over 2.0 m ' +
        '(see news release dated May 1, 2025).'
    ],
    [
      'historical results',
      'Acme Gold Corp. (TSXV: ACM) has optioned the Larch property, where historical drilling returned 3.3 g/t Au ' +
        'over 4.0 m.'
    ],
    [
      'production',
      'Acme Gold Corp. (TSXV: ACM) milled 41,000 tonnes at a head grade of 5.1 g/t Au over the quarter, producing ' +
        '6,400 ounces.'
    ],
    [
      'a drill start',
      'Acme Gold Corp. (TSXV: ACM) has commenced a 5,000 metre drilling program at Birch; twelve holes are planned.'
    ],
    [
      'the operator’s results a royalty holder restates',
      'Tamsin Royalty Corp. (TSX: TMR) ("Tamsin") holds a 2% royalty on the Larch mine. Corvell Mines Ltd. reported ' +
        'that step-out hole LR-26-118 intersected 14.2 m grading 6.7 g/t gold.'
    ],
    [
      'results cited from a partner’s news release',
      'Acme Gold Corp. (TSXV: ACM) notes that, according to Corvell’s news release, hole LR-26-12 on the optioned ' +
        'Larch property returned 3.9 g/t Au over 8.0 m.'
    ],
    [
      'an operator’s results restated in French',
      'Redevances Tamsin inc. (TSX : TMR) détient une redevance sur la mine Larch. Mines Corvell ltée, l’exploitant, ' +
        'a annoncé que le sondage LR-26-118 a recoupé 6,7 g/t Au sur 14,2 m.'
    ]
  ])('does not take %s for new results', async (_, text) => {
    expect(await reasons('exploration-results', `${text}\n`)).toEqual([])
  })

  it.each([
    [
      'the Company',
      'Acme Gold Corp. (TSXV: ACM) (the "Company") announced that hole BR-26-004 returned 4.2 g/t Au over 6.0 m.'
    ],
    [
      'a name it defines',
      'Acme Gold Corp. (TSXV: ACM) ("Acme" or the "Company") is drilling Birch. Acme reported that hole BR-26-004 ' +
        'returned 4.2 g/t Au over 6.0 m.'
    ],
    [
      'la Société, in French',
      'Mines Tamsin inc. (TSX : TMR) (la « Société ») a annoncé que le sondage LR-26-118 a recoupé 6,7 g/t Au ' +
        'sur 14,2 m.'
    ],
    [
      'standards, not a party',
      'Acme Gold Corp. (TSXV: ACM) reports that core cut according to industry standards returned 4.2 g/t Au over 6.0 m.'
    ]
  ])('still reads the issuer’s own results when %s reports them', async (_, text) => {
    expect(await reasons('exploration-results', `${text}\n`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/error (?:Missing laboratory|Il manque le laboratoire)/)])
    )
  })

  it('reads an assay table as results', async () => {
    const table = 'Hole ID | From (m) | To (m) | Length (m) | Au (g/t)\nBR-26-004 | 112.0 | 118.0 | 6.0 | 4.21\n'
    const messages = await reasons('exploration-results', `Acme Gold Corp. (TSXV: ACM) reports assays.\n\n${table}`)
    expect(messages.some((message) => message.includes('Missing laboratory'))).toBe(true)
  })

  it('asks for the grab-sample caution where earlier grab samples are quoted', async () => {
    const text =
      'Acme Gold Corp. (TSXV: ACM) will drill Larch, where grab samples previously returned up to 14.2 g/t Au.\n'
    expect(await reasons('exploration-results', text)).toEqual([
      expect.stringContaining('Missing caution that grab samples are selective')
    ])
    const cautioned = text + '\nGrab samples are selective by nature and may not represent the mineralization.\n'
    expect(await reasons('exploration-results', cautioned)).toEqual([])
    // The note says what the release must do, as a sentence.
    const [message] = (await lintWith('exploration-results', text)).messages
    expect(message.note).toContain('must say that grab and selected samples are selective by nature')
  })

  it('gives the same verdict whatever copy artefacts the methods paragraph carries', async () => {
    // Case, hard line breaks, non-breaking and doubled spaces, curly quotes and dashes: the reader normalizes them.
    const artefact = fc.constantFrom(' ', '  ', '\n', '\u00a0')
    const methods = METHODS.slice(1).join(' ') // no true-width statement: one error to keep
    const expected = await reasons('exploration-results', `${LEAD}\n\n${methods}\n`)
    expect(expected).toEqual([expect.stringContaining('Missing true widths')])
    await fc.assert(
      fc.asyncProperty(
        fc.array(artefact, {minLength: 40, maxLength: 40}),
        fc.array(fc.boolean(), {minLength: 40, maxLength: 40}),
        async (spaces, upper) => {
          let i = 0
          const words = methods.split(' ').map((word, k) => (upper[k % 40] ? word.toUpperCase() : word))
          const mangled = words.reduce((text, word) => text + spaces[i++ % 40] + word)
          const file = await lintWith('exploration-results', `${LEAD}\n\n${mangled.replace(/-/g, '–')}\n`)
          expect(file.messages.map((message) => message.reason.split(';')[0])).toEqual(
            expected.map((message) => message.replace(/^[\d:-]+: error /, '').split(';')[0])
          )
        }
      ),
      {numRuns: 40}
    )
  })
})

describe('data-verification', () => {
  const QP =
    'The technical information in this news release was approved by Jane Doe, P.Geo., Vice President Exploration ' +
    'of the Company, a Qualified Person as defined in NI 43-101.'

  it.each([
    ['"verified"', 'Ms. Doe verified the data by reviewing the assay certificates.'],
    ['a heading', '## Data Verification\n\nMs. Doe reviewed the drill logs.'],
    ['"has not verified"', 'Ms. Doe has not verified the data disclosed, as the assays are pending review.'],
    ['the QA/QC results reviewed', 'Ms. Doe reviewed the QA/QC results for these holes.'],
    ['a site visit', 'Ms. Doe made a site visit in April 2026 and inspected the core.']
  ])('accepts %s', async (_, statement) => {
    expect(await reasons('data-verification', `${LEAD}\n\n${QP}\n\n${statement}\n`)).toEqual([])
  })

  it('warns on the QP statement, whose fix appends a verification statement', async () => {
    const text = `${LEAD}\n\n${QP}\n`
    const file = await lintWith('data-verification', text)
    expect(file.messages.map(format)).toEqual([
      expect.stringMatching(/^3:1-3:\d+: warning Missing data verification statement/)
    ])
    const [message] = file.messages
    const fixed = text.replace(message.actual!, message.expected![0])
    expect(await reasons('data-verification', fixed)).toEqual([])
  })

  it('says nothing without technical figures', async () => {
    expect(await reasons('data-verification', 'Acme Gold Corp. (TSXV: ACM) held its annual meeting.\n')).toEqual([])
  })
})

describe('metal-equivalent', () => {
  const NOTE = 'AuEq uses US$2,400/oz Au and US$30/oz Ag and recoveries of 95% Au and 85% Ag.'

  it.each([
    ['run together', '158m@0.72g/tAuEq (0.54g/t Au, 14g/t Ag)'],
    ['spaced', '158 m at 0.72 g/t Au Eq (0.54 g/t Au and 14 g/t Ag)'],
    ['hyphenated', '158 m of 0.72 g/t Au-Eq, with 0.54 g/t Au and 14 g/t Ag'],
    ['in words', '158 m of 0.72 g/t gold equivalent (0.54 g/t gold and 14 g/t silver)']
  ])('reads an equivalent written %s', async (_, interval) => {
    const text = `Acme Gold Corp. (TSXV: ACM) reports ${interval}.\n\n${NOTE}\n`
    expect(await reasons('metal-equivalent', text)).toEqual([])
    const bare = `Acme Gold Corp. (TSXV: ACM) reports ${interval}.\n`
    expect((await reasons('metal-equivalent', bare)).length).toBe(2)
  })

  it('takes a headline figure written another way ("AuEq", "gold equivalent") as the body’s, with its metals', async () => {
    const body = 'Hole FD-5 returned 158 m of 0.72 g/t gold equivalent, comprising 0.54 g/t Au and 14 g/t Ag.'
    const text = `# Acme Cuts 0.72 g/t AuEq over 158 m\n\nAcme Gold Corp. (TSXV: ACM) reports drilling. ${body}\n`
    // No prices nor recoveries: those two are missing, not the metals of the headline's figure.
    expect(await reasons('metal-equivalent', text)).toEqual([
      expect.stringMatching(/: error Missing metal prices/),
      expect.stringMatching(/: error Missing recoveries/)
    ])
  })

  it('takes a highlight repeated with its metals in the body as given with them', async () => {
    const text =
      '- 158 m of 0.72 g/t AuEq\n\nHole FD-5 returned 158 m of 0.72 g/t AuEq (0.54 g/t Au and 14 g/t Ag).\n\n' +
      NOTE +
      '\n'
    expect(await reasons('metal-equivalent', text)).toEqual([])
  })

  it('names the equivalent grade given without its metals', async () => {
    const text = 'Hole FD-5 returned 0.72 g/t AuEq over 158 m and 0.43 g/t AuEq over 382 m.\n\n' + NOTE + '\n'
    expect(await reasons('metal-equivalent', text)).toEqual([
      '1:20-1:33: error Missing grades of the metals in the equivalent, expected each metal’s grade with it; ' +
        'this release states an equivalent grade (line 1): “0.72 g/t AuEq”'
    ])
  })

  it('warns, not errs, on one equivalent without its metals where the release gives its basis and another’s metals', async () => {
    const text =
      'Hole FD-5 returned 158 m of 0.72 g/t AuEq (0.54 g/t Au and 14 g/t Ag).\n\n' +
      '“The upper zone, 382 m of 0.43 g/t AuEq, shows the scale,” said the CEO.\n\n' +
      NOTE +
      '\n'
    expect(await reasons('metal-equivalent', text)).toEqual([
      '3:27-3:40: warning Missing grades of the metals beside this equivalent, expected each metal’s grade with it ' +
        '(the release gives them for another equivalent, line 1: “0.72 g/t AuEq”); this release states an ' +
        'equivalent grade (line 3): “0.43 g/t AuEq”'
    ])
    // Without prices or recoveries, the release states no basis: the figure without its metals is an error.
    const noBasis = text.replace(NOTE, 'Drilling continues.')
    expect((await reasons('metal-equivalent', noBasis)).filter((r) => r.includes('error Missing grades'))).toHaveLength(
      1
    )
  })

  it.each([
    ['a table referred to', 'Assays for every hole are given in Table 2.'],
    ['a table the copy lost', '[TABLE NOT IN TEXT]'],
    ['a table below', 'The table below gives the assays of each interval.']
  ])('warns where the release states its basis and points to %s', async (_, pointer) => {
    const text = `Hole FD-5 returned 158 m of 0.72 g/t AuEq.\n\n${pointer}\n\n${NOTE}\n`
    const found = await reasons('metal-equivalent', text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/^1:29-1:42: warning Missing grades of the metals beside this equivalent, expected/)
    expect(found[0]).toContain('(the release points to a table that may hold them, line 3: “')
    // No basis: an error, whatever the table.
    const bare = await reasons('metal-equivalent', `Hole FD-5 returned 158 m of 0.72 g/t AuEq.\n\n${pointer}\n`)
    expect(bare.filter((r) => r.includes('error Missing grades'))).toHaveLength(1)
  })

  const NOTE_FR =
    'L’ÉqAu repose sur un prix de l’or de 2 400 $ US l’once et un prix de l’argent de 30 $ US l’once, avec des taux ' +
    'de récupération de 95 % pour l’or et de 85 % pour l’argent.'

  it('reads French equivalents (decimal comma, « ÉqAu », « Au éq. », « en équivalent or »), prices and recoveries', async () => {
    const form = fc.constantFrom(
      'g/t ÉqAu',

      'g/t Au éq.',
      'g/t AuÉq',
      'g/t en équivalent or',
      'g/t d’équivalent or',
      'g/t AuEq'
    )
    const space = fc.constantFrom(' ', '\u00a0', '\u202f')
    await fc.assert(
      fc.asyncProperty(
        fc.integer({min: 0, max: 99}),
        fc.integer({min: 1, max: 99}),
        form,
        space,
        async (units, cents, words, sp) => {
          const figure = `${units},${String(cents).padStart(2, '0')}${sp}${words}`
          const interval = `Minière Nordet inc. annonce que le sondage ND-26-03 a recoupé ${figure} sur 12,0 mètres`
          const given = `${interval} (0,54 g/t Au et 14 g/t Ag).\n\n${NOTE_FR}\n`
          expect(await reasons('metal-equivalent', given)).toEqual([])
          const bare = await reasons('metal-equivalent', `${interval}.\n`)
          expect(bare.length).toBe(3)
          expect(bare.every((reason) => reason.includes('Il manque') && reason.includes(figure))).toBe(true)
        }
      ),
      {numRuns: 40}
    )
  })

  it('does not check an equivalent quantity or a word that only starts like one', async () => {
    const text =
      'Acme Silver Corp. (CSE: AGS) expects to produce 6 Moz AgEq a year and closed an equity offering; ' +
      'the equipment is on site.\n'
    expect(await reasons('metal-equivalent', text)).toEqual([])
  })
})
