/**
 * Technical and corporate releases of larger producers and developers listed on the TSX: reserves restated at a
 * year's end, historical estimates of an earlier owner, laboratories only described, wide resource tables, second
 * QPs, guidance, economic-viability claims, and whether resources include reserves. The cases are invented issuers in
 * our own words, each reproducing the shape of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const LEAD =
  'TORONTO, June 16, 2026 – Quillon Gold Corp. (TSX: QGC) (NYSE American: QGCX) ("Quillon" or the "Company") ' +
  'reports on its Marten mine in Ontario.'

describe('mineral-resource: a producer dates its reserves "at" a calendar date or a year-end', () => {
  it.each([
    'The Marten mine’s Proven and Probable Mineral Reserves at December 31, 2025 were 1.92 million ounces (14.1 Mt at 4.24 g/t Au).',
    'At Dec. 31, 2025, Proven and Probable Mineral Reserves at Marten stood at 14.1 million tonnes at 4.24 g/t Au.',
    'Proven and Probable Mineral Reserves at the end of 2025 were 14.1 million tonnes at 4.24 g/t Au for 1.92 million ounces.',
    'Year-end 2025 Proven and Probable Mineral Reserves at Marten were 14.1 million tonnes at 4.24 g/t Au.',
    // A decimal point inside the figures does not end the sentence.
    'Quillon operates the Marten mine, with Proven and Probable Mineral Reserves of 3.1 million ounces of gold at ' +
      'December 31, 2025.',
    'Proven and Probable Mineral Reserves of 14.1 million tonnes at 4.24 g/t Au as at December 31, 2025 support the plan.'
  ])('%s', async (sentence) => {
    const value = `${LEAD}\n\n${sentence} Reserves use a gold price of $1,900 per ounce.\n`
    expect((await messages('mineral-resource', value)).filter((m) => m.includes('effective date'))).toEqual([])
  })

  it.each([
    // A grade after "at" is no date; a reserve with no date at all is still reported.
    'Proven and Probable Mineral Reserves at grades of 4.24 g/t Au total 14.1 million tonnes for 1.92 million ounces.',
    'The Marten mine’s Proven and Probable Mineral Reserves were 1.92 million ounces (14.1 million tonnes at 4.24 g/t Au).'
  ])('no date: %s', async (sentence) => {
    const value = `${LEAD}\n\n${sentence} Reserves use a gold price of $1,900 per ounce.\n`
    expect((await messages('mineral-resource', value)).some((m) => m.includes('effective date'))).toBe(true)
  })
})

describe('historical-estimate: an estimate made for or by an earlier owner is historical, called so or not', () => {
  const CAUTION =
    'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
    'resources or mineral reserves, and Quillon is not treating it as current mineral resources or mineral reserves.'
  it.each([
    'A 1998 estimate prepared for the then-owner, Dunmore Gold Mining Co., reported 1.8 million tons grading 0.21 ' +
      'ounces per ton gold in the "proven and probable" categories.',
    'An estimate completed in 1989 by a former operator of the mine outlined 2.4 million tonnes at 5.1 g/t Au.',
    'The previous owner’s 1996 reserve estimate was 900,000 tonnes at 7.2 g/t Au.'
  ])('%s', async (sentence) => {
    const value = `${LEAD}\n\nQuillon has acquired the Dunmore property. ${sentence}\n`
    // Not a current estimate (no s.3.4 effective date asked for); the s.2.4 statement is.
    expect(await messages('mineral-resource', value)).toEqual([])
    const found = await messages('historical-estimate', value)
    expect(found.some((m) => m.includes('error') && m.includes('statement'))).toBe(true)
    const cautioned = await messages('historical-estimate', value.replace(/\n$/, ` ${CAUTION}\n`))
    expect(cautioned.filter((m) => m.includes('statement'))).toEqual([])
  })

  it('the issuer’s own estimate beside a word of the earlier owner stays current', async () => {
    const value =
      `${LEAD}\n\nQuillon bought Dunmore from its previous owner in 2021. The 2026 Mineral Resource estimate for ` +
      'Dunmore, with an effective date of May 1, 2026, is 2.4 million tonnes at 5.1 g/t Au in the Indicated category.\n'
    expect(await messages('historical-estimate', value)).toEqual([])
    expect((await messages('mineral-resource', value)).some((m) => m.includes('economic viability'))).toBe(true)
  })
})

describe('exploration-results: a laboratory only described is not named', () => {
  const RESULT =
    'Hole MR-27-04 returned 6.8 g/t Au over 12.5 metres of drill core (true width about 80% of core length), drilled ' +
    'at an azimuth of 180° and a dip of -55° from 512,340 E, 5,281,220 N.'
  const PROGRAM =
    'Gold was determined by 50-gram fire assay with an atomic absorption finish; certified reference materials, blanks ' +
    'and duplicates were inserted at one in ten samples.'
  const lab = async (sentence: string) =>
    (await messages('exploration-results', `${LEAD}\n\n${RESULT}\n\n${sentence} ${PROGRAM}\n`)).filter((m) =>
      m.includes('Missing laboratory')
    )

  it.each([
    'Samples were analysed at an independent laboratory.',
    'Samples were analysed at an ISO/IEC 17025 accredited commercial laboratory in Timmins, independent of Quillon.',
    'An independent laboratory analysed the samples.'
  ])('described only: %s', async (sentence) => {
    expect(await lab(sentence)).toHaveLength(1)
  })

  it.each([
    'Samples were analysed by Eastern Shield Analytical Ltd. in Timmins, a certified laboratory independent of Quillon.',
    'Samples were analysed by an accredited laboratory, Northcott Analytical Inc. of Timmins, independent of Quillon.',
    'Samples were analysed by ALS Canada Ltd. in Timmins, an independent laboratory.',
    'Samples were analysed at the Marten mine laboratory, which is operated by Quillon.'
  ])('named: %s', async (sentence) => {
    expect(await lab(sentence)).toEqual([])
  })
})

describe('mineral-resource: a wide table, its categories in the columns, is an estimate', () => {
  const TABLE = (total: boolean) =>
    `| Deposit | M&I Tonnes (Mt) | M&I Gold (koz) | Inferred Tonnes (Mt) | Inferred Gold (koz) |${total ? ' Total Gold (koz) |' : ''}\n` +
    `|---|---|---|---|---|${total ? '---|' : ''}\n` +
    `| Marten | 120.5 | 3,317 | 41.7 | 952 |${total ? ' 4,269 |' : ''}\n` +
    `| Dunmore | 20.5 | 804 | 21.7 | 914 |${total ? ' 1,718 |' : ''}\n`
  const NOTES =
    'Mineral Resources are estimated as at December 31, 2025 at a gold price of $2,200 per ounce and a cut-off of 0.3 ' +
    'g/t Au. Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'

  it('a total column that adds Inferred to M&I is reported; the categories side by side are not', async () => {
    const summed = await messages('mineral-resource', `${LEAD}\n\n${TABLE(true)}\n${NOTES}\n`)
    expect(summed.filter((m) => m.includes('Inferred resources added'))).toHaveLength(1)
    expect(await messages('mineral-resource', `${LEAD}\n\n${TABLE(false)}\n${NOTES}\n`)).toEqual([])
  })

  it('owes the economic viability statement as any estimate does', async () => {
    const found = await messages(
      'mineral-resource',
      `${LEAD}\n\n${TABLE(false)}\n${NOTES.replace(/ Mineral Resources that.*$/, '')}\n`
    )
    expect(found.some((m) => m.includes('economic viability'))).toBe(true)
  })
})

describe('qp-statement: each QP’s relationship is their own, not another’s in the same sentence', () => {
  const ORE = 'Hole MR-27-04 returned 6.8 g/t Au over 12.5 metres.'
  const warnings = async (statement: string) =>
    (await messages('qp-statement', `${LEAD}\n\n${ORE}\n\n${statement}\n`)).filter((m) => m.includes('relationship'))

  it.each([
    'The technical information relating to Marten has been reviewed and approved by Ann Roe, P.Eng., Manager, Mine ' +
      'Planning of Quillon; that relating to Dunmore by Dr. Tom Fry, P.Geo. Each is a qualified person under NI 43-101.',
    'The technical information has been reviewed and approved by Ann Roe, P.Eng., Manager, Mine Planning of Quillon, ' +
      'and by Tom Fry, P.Geo., both qualified persons under NI 43-101.',
    'The technical information has been reviewed and approved by Ann Roe, P.Eng., Chief Engineer of Quillon, and by ' +
      'Tom Fry, P.Geo., qualified persons under NI 43-101.'
  ])('the second QP has none: %s', async (statement) => {
    const found = await warnings(statement)
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('Tom Fry')
  })

  it.each([
    'The technical information has been reviewed and approved by Ann Roe, P.Eng., and Dr. Tom Fry, P.Geo., employees ' +
      'of Quillon and qualified persons under NI 43-101.',
    'The technical information has been reviewed and approved by Ann Roe, P.Eng., and Tom Fry, P.Geo., each of whom is ' +
      'an employee of Quillon and a qualified person under NI 43-101.',
    'The technical information has been reviewed and approved by Ann Roe, P.Eng., Chief Engineer of Quillon, and by ' +
      'Tom Fry, P.Geo., a qualified person under NI 43-101. Mr. Fry is an independent consultant to Quillon.',
    'The technical information has been reviewed and approved by the following qualified persons, who are employees ' +
      'of Quillon: Ann Roe, P.Eng., Chief Engineer, and Tom Fry, P.Geo., under NI 43-101.'
  ])('each has one: %s', async (statement) => {
    expect(await warnings(statement)).toEqual([])
  })
})

describe('forward-looking-caution: a producer’s guidance is forward-looking information', () => {
  it.each([
    'Quillon reaffirms its 2027 guidance of 265,000 to 285,000 ounces of gold at AISC of $1,350 to $1,450 per ounce.',
    'Production guidance for 2027 is 265,000 to 285,000 ounces of gold.',
    'Quillon has raised its full-year production guidance to 290,000 ounces.',
    'Marten is on track to deliver 120,000 ounces this year.'
  ])('%s', async (sentence) => {
    const found = await messages('forward-looking-caution', `${LEAD}\n\n${sentence}\n`)
    expect(found.some((m) => m.includes('error') && m.includes('Missing forward-looking information caution'))).toBe(
      true
    )
  })

  it.each([
    'Gold production of 271,400 ounces in 2026 was within the Company’s 2026 guidance.',
    'AISC of $1,392 per ounce was at the top end of its 2026 guidance range.',
    'The release follows the CSA’s guidance on the disclosure of mineral resources.'
  ])('not a forecast: %s', async (sentence) => {
    expect(await messages('forward-looking-caution', `${LEAD}\n\n${sentence}\n`)).toEqual([])
  })
})

describe('mining-terminology: economic viability claimed of a project by its name alone', () => {
  const PEA = 'A preliminary economic assessment of the Dunmore deposit estimates an after-tax NPV5% of $174 million.'
  it.each([
    'The PEA demonstrates the economic viability of Dunmore.',
    'Management believes the study confirms the economic viability of Heron Creek, with a payback of 2.1 years.'
  ])('%s', async (sentence) => {
    const found = await messages('mining-terminology', `${LEAD}\n\n${PEA} ${sentence}\n`)
    expect(found.filter((m) => m.includes('economic viability'))).toHaveLength(1)
  })

  it.each([
    'The expansion demonstrates the economic viability of the new mill.',
    'The review confirmed the economic viability of the Marten processing plant.'
  ])('a facility is no mineral project: %s', async (sentence) => {
    expect(await messages('mining-terminology', `${LEAD}\n\n${PEA} ${sentence}\n`)).toEqual([])
  })
})

describe('mineral-resource: beside reserves, whether the resources include them (s.2.2(b))', () => {
  const RESERVES =
    'Proven and Probable Mineral Reserves at Marten, as at December 31, 2025, are 14.1 million tonnes at 4.24 g/t Au, ' +
    'at a gold price of $1,900 per ounce.'
  const RESOURCES =
    'Measured and Indicated Mineral Resources are 20.5 million tonnes at 3.10 g/t Au and Inferred Mineral Resources ' +
    '6.2 million tonnes at 2.80 g/t Au. Mineral Resources that are not Mineral Reserves do not have demonstrated ' +
    'economic viability.'
  const included = async (extra: string, reserves = RESERVES) =>
    (await messages('mineral-resource', `${LEAD}\n\n${reserves} ${RESOURCES} ${extra}\n`)).filter((m) =>
      m.includes('include the mineral reserves')
    )

  it('says nothing: a warning', async () => {
    expect(await included('')).toHaveLength(1)
  })

  it.each([
    'Mineral Resources are reported inclusive of Mineral Reserves.',
    'Mineral Resources are exclusive of the Mineral Reserves.',
    'The Mineral Resources are in addition to the Mineral Reserves.',
    'Mineral Reserves are included in the Mineral Resources.',
    'Mineral Resources exclude Mineral Reserves.'
  ])('says so: %s', async (extra) => {
    expect(await included(extra)).toEqual([])
  })

  it('resources without reserves owe nothing of the kind', async () => {
    expect(await included('', '')).toEqual([])
  })
})

describe('mineral-resource: en français, si les ressources incluent les réserves', () => {
  const FR =
    'MONTRÉAL, le 16 juin 2026 – Mines Quillon inc. (TSX : QGC) (« Quillon » ou la « Société ») annonce ses réserves.\n\n' +
    'Les réserves minérales prouvées et probables de la mine Marten, au 31 décembre 2025, sont de 14,1 millions de ' +
    'tonnes à 4,24 g/t Au, au prix de l’or de 1 900 $ l’once. Les ressources minérales mesurées et indiquées sont de ' +
    '20,5 millions de tonnes à 3,10 g/t Au. Les ressources minérales qui ne sont pas des réserves minérales n’ont pas ' +
    'démontré leur viabilité économique.'
  it('le dit en français, et se tait quand le communiqué le dit', async () => {
    const found = await messages('mineral-resource', `${FR}\n`)
    expect(found.filter((m) => m.includes('incluent les réserves'))).toHaveLength(1)
    const said = await messages('mineral-resource', `${FR} Les ressources minérales incluent les réserves minérales.\n`)
    expect(said.filter((m) => m.includes('incluent les réserves'))).toEqual([])
  })
})

describe('sentences: "incl." and "excl." abbreviate, they end no sentence', () => {
  it('a category before "(excl. reserves)" stays with its figures', async () => {
    const value =
      `${LEAD}\n\nProven and Probable Mineral Reserves are 14.1 million tonnes at 4.24 g/t Au, as at December 31, 2025, ` +
      'at a gold price of $1,900 per ounce. Measured and Indicated Mineral Resources (excl. reserves) are 20.5 million ' +
      'tonnes at 3.10 g/t Au. Mineral Resources that are not Mineral Reserves do not have demonstrated economic ' +
      'viability.\n'
    expect(await messages('mineral-resource', value)).toEqual([])
  })
})
