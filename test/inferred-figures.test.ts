/**
 * NI 43-101 s.2.2(c) decided by the figures: a quantity a release states for no category (a highlight, a headline)
 * that equals what its estimate's categories add up to, Inferred among them, adds Inferred to the other categories,
 * whatever words it is written in. Invented issuers and our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const sums = async (text: string) =>
  (await lintWith('mineral-resource', text + '\n')).messages.filter((m) => /added to|additionnées/.test(m.reason))
const found = async (text: string) => (await sums(text)).map((m) => `${format(m)} ${m.note ?? ''}`)

const NOTES = [
  'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability. The estimate has an ' +
    'effective date of October 31, 2026 and uses a gold price of US$2,300 per ounce and a cut-off grade of 0.3 g/t Au.'
]

const tabled = (highlight: string, rows = ['| Indicated | 14.6 | 1.12 | 526 |', '| Inferred | 6.3 | 0.91 | 184 |']) =>
  [
    '# Pellworth Gold Reports Maiden Resource at Corrie Lake',
    '',
    'PRINCE GEORGE, BC, November 30, 2026 – Pellworth Gold Corp. (TSXV: PWG) announces a maiden mineral resource ' +
      'estimate for its Corrie Lake project.',
    '',
    '**Highlights**',
    '',
    `- ${highlight}`,
    '- The deposit remains open at depth.',
    '',
    '| Category | Tonnes (Mt) | Au (g/t) | Contained Au (koz) |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    ...NOTES
  ].join('\n')

describe('mineral-resource: a figure equal to the categories’ sum, Inferred among them', () => {
  it('an error on a highlight whose tonnes equal the Indicated and Inferred rows added', async () => {
    const messages = await found(tabled('20.9 million tonnes grading 1.06 g/t Au for 710,000 ounces of gold'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('7:3-7:22')
    expect(messages[0]).toContain('“20.9 million tonnes” is what the categories stated at line 12 add up to')
  })

  it('an error on the ounces alone, in a headline-like sentence', async () => {
    const messages = await found(tabled('Corrie Lake now hosts 710 koz of gold.'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('“710 koz”')
  })

  it('within the rounding of the rows ("totals may not sum")', async () => {
    const rows = ['| Indicated | 14.64 | 1.12 | 526.4 |', '| Inferred | 6.31 | 0.91 | 184.4 |']
    expect(await found(tabled('A resource of 711,000 ounces of gold.', rows))).toHaveLength(1)
  })

  it('no finding for each category given apart, or for Measured and Indicated added without Inferred', async () => {
    expect(
      await found(tabled('Indicated: 14.6 Mt at 1.12 g/t Au for 526,000 oz; Inferred: 6.3 Mt for 184,000 oz'))
    ).toEqual([])
    const rows = [
      '| Measured | 2.1 | 1.40 | 95 |',
      '| Indicated | 12.5 | 1.07 | 431 |',
      '| Inferred | 6.3 | 0.91 | 184 |'
    ]
    expect(await found(tabled('Measured and Indicated resources of 14.6 Mt for 526,000 oz.', rows))).toEqual([])
  })

  it('no finding for a figure too rounded to tell, or one that is no sum of the rows', async () => {
    expect(await found(tabled('Corrie Lake now hosts about 0.7 Moz of gold.'))).toEqual([])
    expect(await found(tabled('A mill feed of 20.4 million tonnes over a nine-year life.'))).toEqual([])
  })

  it('no finding when a row of nothing leaves the other category’s figure as the sum', async () => {
    const rows = ['| Indicated | 14.6 | 1.12 | 526 |', '| Inferred | 0 | 0 | 0 |']
    expect(await found(tabled('14.6 million tonnes grading 1.12 g/t Au for 526,000 ounces.', rows))).toEqual([])
  })

  it('an error on a figure equal to the categories a paragraph states, with no total word', async () => {
    const release = [
      'SUDBURY, ON, November 30, 2026 – Wrenfield Nickel Inc. (CSE: WNI) reports an updated estimate at Tarn Hill.',
      '',
      'The estimate comprises Indicated Mineral Resources of 8.4 million tonnes grading 0.62% Ni for 114.8 million ' +
        'pounds of nickel, and Inferred Mineral Resources of 3.9 million tonnes grading 0.55% Ni for 47.3 million ' +
        'pounds of nickel.',
      '',
      'Tarn Hill has grown to 162.1 million pounds of nickel since the 2024 estimate.',
      '',
      ...NOTES
    ].join('\n')
    const messages = await found(release)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('“162.1 million pounds”')
  })

  it('no finding for the same figure in another owner’s or a historical estimate', async () => {
    const text = tabled('A 1988 historical estimate by a prior owner gave 20.9 million tonnes of mineralized material.')
    expect(await found(text)).toEqual([])
  })

  it('French: a highlight equal to the table’s Indiquées and Présumées rows, figures as French writes them', async () => {
    const release = [
      'VAL-D’OR, QC, le 30 novembre 2026 – Ressources Vireaux inc. (TSXV : RVX) annonce une première estimation des ' +
        'ressources minérales du projet Lac Brûlé.',
      '',
      '- 20,9 millions de tonnes à 1,06 g/t Au pour 710 000 onces d’or',
      '',
      '| Catégorie | Tonnes (Mt) | Au (g/t) | Au contenu (koz) |',
      '| --- | --- | --- | --- |',
      '| Indiquées | 14,6 | 1,12 | 526 |',
      '| Présumées | 6,3 | 0,91 | 184 |',
      '',
      'Les ressources minérales qui ne sont pas des réserves minérales n’ont pas démontré leur viabilité économique.'
    ].join('\n')
    const messages = await found(release)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(
      '«\u00a020,9 millions de tonnes\u00a0» est la somme des catégories données à la ligne 7'
    )
  })

  it('French: a total in the paragraph of the categories it adds (« pour un total de »)', async () => {
    const release = [
      'VAL-D’OR, QC, le 30 novembre 2026 – Ressources Vireaux inc. (TSXV : RVX) annonce des ressources minérales ' +
        'indiquées de 14,6 millions de tonnes à 1,12 g/t Au pour 526 000 onces d’or et des ressources minérales ' +
        'présumées de 6,3 millions de tonnes à 0,91 g/t Au pour 184 000 onces d’or, pour un total de 710 000 onces.'
    ].join('\n')
    const messages = await found(release)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('Ressources présumées additionnées')
  })

  it('thousands set off by spaces in an English release (“10 000 tonnes”) are read whole', async () => {
    const rows = ['| Indicated | 10 400 | 1.12 | 375 |', '| Inferred | 6 300 | 0.91 | 184 |']
    const text = tabled('16 700 000 tonnes grading 1.04 g/t Au.', rows).replace('Tonnes (Mt)', 'Tonnes (000s)')
    expect(await found(text)).toHaveLength(1)
  })

  it('a whole number’s trailing zeros are rounding past spaces as past commas (“16 700 000” as “16,700,000”)', async () => {
    const rows = ['| Indicated | 10 412 | 1.12 | 375 |', '| Inferred | 6 323 | 0.91 | 184 |']
    const text = (figure: string) =>
      tabled(`${figure} tonnes grading 1.04 g/t Au.`, rows).replace('Tonnes (Mt)', 'Tonnes (000s)')
    expect(await found(text('16,700,000'))).toHaveLength(1)
    expect(await found(text('16 700 000'))).toHaveLength(1)
  })
})
