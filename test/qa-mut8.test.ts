/**
 * Defects planted in releases of mixed kind (drill results with a placement, an acquisition with a financing and a
 * historical estimate, a resource update with a bought deal, a French closing with a drill-program update), as
 * counsel drafts them: each case is a draft's shape the document model misread. The issuers, people and properties
 * are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const acquisition = (qp: string) =>
  [
    'TORONTO, ON, October 27, 2026 – Halberd Metals Corp. (CSE: HLB) (the "Company") has agreed to acquire the ' +
      'Pellew Lake copper project. A historical estimate of 4.2 million tonnes grading 0.61% copper was reported for ' +
      'the deposit in 2011.',
    qp
  ].join('\n\n')

describe('qp-statement: a relationship word in the QP firm’s name is no tie to the issuer', () => {
  it.each([
    'The estimate was reviewed and approved by Gregory Ashdown, P.Eng., of Ferrule Mining Consultants Ltd., a ' +
      'qualified person under National Instrument 43-101.',
    'The technical information has been approved by Priya Raman, P.Geo., of Tarn Geological Consulting (Canada) ' +
      'Inc., a qualified person as defined in NI 43-101.',
    'Priya Raman, P.Geo., with Ridgeback Consulting Group Inc. and a qualified person under NI 43-101, has ' +
      'approved the technical information in this news release.'
  ])('an error: %s', async (qp) => {
    const found = await messages('qp-statement', acquisition(qp))
    expect(found.filter((m) => m.includes('error') && m.includes('Missing relationship'))).toHaveLength(1)
  })

  it.each([
    'The estimate was reviewed and approved by Gregory Ashdown, P.Eng., of Ferrule Mining Consultants Ltd., an ' +
      'independent qualified person under National Instrument 43-101.',
    'The technical information has been approved by Priya Raman, P.Geo., a consultant to the Company and a ' +
      'qualified person as defined in NI 43-101.',
    'The technical information has been approved by Priya Raman, P.Geo., Consulting Geologist to the Company and a ' +
      'qualified person as defined in NI 43-101.'
  ])('no finding: %s', async (qp) => {
    const found = await messages('qp-statement', acquisition(qp))
    expect(found.filter((m) => m.includes('relationship'))).toEqual([])
  })
})

describe('qp-statement: the Company as where data went or came from is no tie of the QP’s', () => {
  it.each([
    'The technical information has been reviewed and approved by Priya Raman, P.Geo., a qualified person under ' +
      'NI 43-101. Ms. Raman has not verified the historical estimate, as the historical core has not been made ' +
      'available to the Company.',
    'The technical information has been reviewed and approved by Priya Raman, P.Geo., a qualified person under ' +
      'NI 43-101, who verified the drill data provided by the Company.'
  ])('an error: %s', async (qp) => {
    const found = await messages('qp-statement', acquisition(qp))
    expect(found.filter((m) => m.includes('error') && m.includes('Missing relationship'))).toHaveLength(1)
  })

  it.each([
    'The technical information has been reviewed and approved by Priya Raman, P.Geo., a qualified person under ' +
      'NI 43-101 who is retained by the Company.',
    'The technical information has been reviewed and approved by Priya Raman, P.Geo., a qualified person under ' +
      'NI 43-101. Ms. Raman has consulted for the Company since 2019.',
    'The technical information has been reviewed and approved by Priya Raman, P.Geo., Senior Engineer of the ' +
      'Company and a qualified person under NI 43-101.'
  ])('no finding: %s', async (qp) => {
    const found = await messages('qp-statement', acquisition(qp))
    expect(found.filter((m) => m.includes('relationship'))).toEqual([])
  })
})

const frenchClosing = (expiry: string) =>
  'ROUYN-NORANDA, QC, le 24 novembre 2026 – Ressources Verchères inc. (TSXV : VRC) (la « Société ») a clôturé ' +
  'aujourd’hui son placement privé de 7 500 000 actions accréditives au prix de 0,20 $ par action, pour un produit ' +
  `brut de 1 500 000 $. Les actions émises sont assujetties à une période de détention de quatre mois et un jour, ${expiry}.`

describe('hold-period: a French expiry stated with the verb in another tense', () => {
  it.each([
    'qui prend fin le 25 février 2027',
    'qui se termine le 25 février 2027',
    'qui prendra fin le 25 février 2027'
  ])('an error on the date: %s', async (expiry) => {
    const found = await messages('hold-period', frenchClosing(expiry))
    expect(found.filter((m) => m.includes('error') && m.includes('25 mars 2027'))).toHaveLength(1)
  })

  it.each(['qui prend fin le 25 mars 2027', 'qui se termine le 25 mars 2027', 'prenant fin le 25 mars 2027'])(
    'no error: %s',
    async (expiry) => {
      const found = await messages('hold-period', frenchClosing(expiry))
      expect(found.filter((m) => m.includes('error'))).toEqual([])
    }
  )
})

describe('technical evidence: a French amount in millions of dollars beside « forage » is no drilling counted', () => {
  const financing = (amount: string) =>
    [
      `# Ressources Verchères annonce un placement privé accréditif de ${amount} pour sa campagne de forage`,
      'ROUYN-NORANDA, QC, le 24 novembre 2026 – Ressources Verchères inc. (TSXV : VRC) (la « Société ») annonce un ' +
        'placement privé d’au plus 7 500 000 actions accréditives au prix de 0,20 $ par action.',
      `Le produit de ${amount} servira à la campagne de forage prévue sur la propriété Lac-Aubry.`
    ].join('\n\n')

  it.each(['1,5 M$', '1,5 M $'])('no QP statement owed: %s', async (amount) => {
    expect(await messages('qp-statement', financing(amount))).toEqual([])
    expect(await messages('data-verification', financing(amount))).toEqual([])
  })

  it('drilling counted in metres still is', async () => {
    const drilled = financing('1,5 M$') + '\n\nÀ ce jour, 820 m ont été forés en quatre sondages.'
    expect((await messages('qp-statement', drilled)).filter((m) => m.includes('personne qualifiée'))).toHaveLength(1)
  })
})

const resourceUpdate = (rows: string[]) =>
  [
    'TORONTO, ON, November 9, 2026 – Sablewood Mining Inc. (TSX: SWM) announces an updated mineral resource estimate ' +
      'for its Carrow Hill gold project, effective October 31, 2026, at a cut-off grade of 0.35 g/t gold.',
    ['| Category | Tonnes (Mt) | Grade (g/t Au) | Contained Gold (koz) |', '| --- | --- | --- | --- |', ...rows].join(
      '\n'
    ),
    'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'
  ].join('\n\n')

describe('mineral-resource: a table row labelled with Inferred and another category at once', () => {
  it.each([
    [
      'Measured, Indicated and Inferred above the Inferred row',
      [
        '| Measured | 4.1 | 1.62 | 213 |',
        '| Indicated | 18.7 | 1.21 | 727 |',
        '| Measured, Indicated and Inferred | 32.1 | 1.21 | 1,251 |',
        '| Inferred | 9.3 | 1.04 | 311 |'
      ]
    ],
    ['M&I + Inferred alone', ['| Indicated | 18.7 | 1.21 | 727 |', '| M&I + Inferred | 28.0 | 1.15 | 1,038 |']],
    [
      'French labels',
      [
        '| Indiquées | 18,70 | 1,21 | 727 |',
        '| Indiquées et présumées | 28,00 | 1,15 | 1 038 |',
        '| Présumées | 9,30 | 1,04 | 311 |'
      ]
    ]
  ])('an error: %s', async (_, rows) => {
    const found = await messages('mineral-resource', resourceUpdate(rows))
    expect(found.filter((m) => m.includes('error') && m.includes('Inferred resources added'))).toHaveLength(1)
  })

  it.each([
    [
      'a Measured and Indicated subtotal',
      [
        '| Measured | 4.1 | 1.62 | 213 |',
        '| Indicated | 18.7 | 1.21 | 727 |',
        '| Measured and Indicated | 22.8 | 1.28 | 940 |',
        '| Inferred | 9.3 | 1.04 | 311 |'
      ]
    ],
    ['each category alone', ['| Indicated | 18.7 | 1.21 | 727 |', '| Inferred | 9.3 | 1.04 | 311 |']]
  ])('no finding: %s', async (_, rows) => {
    const found = await messages('mineral-resource', resourceUpdate(rows))
    expect(found.filter((m) => m.includes('added'))).toEqual([])
  })
})

describe('a relationship word run into its preposition by copy ("independentof the Company")', () => {
  const drill = (lab: string, qp: string) =>
    [
      'VANCOUVER, BC, November 18, 2026 – Corvane Resources Ltd. (TSXV: CVR) reports that hole TR26-003 at its Tamsin ' +
        'Ridge property intersected 7.4 g/t gold over 11.0 metres.',
      `Samples were analysed by Bureau Analytical Laboratories in Vancouver, British Columbia, ${lab}.`,
      qp
    ].join('\n\n')
  const qp = (tie: string) =>
    `The technical information has been approved by Gregory Ashdown, P.Eng., of Ferrule Mining Consultants Ltd., ${tie}.`

  it.each([
    'a qualified person under NI 43-101 and independentof the Company',
    'a qualified person under NI 43-101 and a consultantto the Company'
  ])('the QP’s relationship is read: %s', async (tie) => {
    const found = await messages('qp-statement', drill('which is independent of the Company', qp(tie)))
    expect(found.filter((m) => m.includes('relationship'))).toEqual([])
  })

  it('the laboratory’s relationship is read', async () => {
    const found = await messages('exploration-results', drill('which is independentof the Company', qp('x')))
    expect(found.filter((m) => m.includes('relationship of the laboratory'))).toEqual([])
  })

  it('a QP with no relationship is still reported', async () => {
    const found = await messages(
      'qp-statement',
      drill('which is independent of the Company', qp('a qualified person under NI 43-101'))
    )
    expect(found.filter((m) => m.includes('Missing relationship'))).toHaveLength(1)
  })
})

describe('exploration-results: the laboratory called by the first word of its name', () => {
  const drill = (said: string) =>
    'VANCOUVER, BC, November 18, 2026 – Corvane Resources Ltd. (TSXV: CVR) (the "Company") reports that hole ' +
    'TR26-003 at its Tamsin Ridge property intersected 7.4 g/t gold over 11.0 metres.\n\nDrill core was sawn in half ' +
    `and analysed by Quillmarsh Analytical Laboratories in Vancouver using fire assay with an AA finish. ${said} ` +
    'Standards and blanks were inserted in each batch.'

  it.each(['Quillmarsh is independent of Corvane.', 'Quillmarsh has no relationship with the Company.'])(
    'its relationship is read: %s',
    async (said) => {
      const found = await messages('exploration-results', drill(said))
      expect(found.filter((m) => m.includes('relationship of the laboratory'))).toEqual([])
    }
  )

  it.each(['The results are encouraging.', 'Tamsin is independent of any royalty holder.'])(
    'still missing: %s',
    async (said) => {
      const found = await messages('exploration-results', drill(said))
      expect(found.filter((m) => m.includes('relationship of the laboratory'))).toHaveLength(1)
    }
  )
})

describe('offering-arithmetic: a fee of the gross proceeds of an offering with an underwriters’ option', () => {
  const deal = (option: string, fee: string) =>
    'TORONTO, ON, November 9, 2026 – Sablewood Mining Inc. (TSX: SWM) has entered into an agreement with Larkspur ' +
    'Capital Inc. under which the underwriters have agreed to buy, on a bought deal basis, 20,000,000 common shares at ' +
    `a price of $0.75 per share for gross proceeds of $15,000,000. The Company has granted the underwriters ${option}. ` +
    `The underwriters will receive a cash commission of 6% of the gross proceeds, or ${fee}.`
  const count = 'an option to purchase up to an additional 3,000,000 common shares at the same price'
  const percent = 'an over-allotment option to purchase up to an additional 15% of the shares sold'

  it.each([
    [count, '$1,200,000'],
    [count, '$800,000'],
    [percent, '$1,200,000']
  ])('an error (case %#)', async (option, fee) => {
    const found = await messages('offering-arithmetic', deal(option, fee))
    expect(found.filter((m) => m.includes('error') && m.includes('Unexpected fee'))).toHaveLength(1)
  })

  it.each([
    [count, '$900,000'],
    [count, '$1,035,000'],
    [percent, '$1,035,000'],
    [percent, '$950,000']
  ])('no finding (case %#)', async (option, fee) => {
    expect(await messages('offering-arithmetic', deal(option, fee))).toEqual([])
  })
})
