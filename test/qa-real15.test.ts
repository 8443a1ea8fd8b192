/**
 * Technical releases of critical- and battery-mineral explorers and developers (lithium, uranium, rare earths,
 * graphite, copper), of the shapes real ones take: highlights that compare the issuer's hole with another listed
 * company's deposit before the lead names the issuer, a resource given in a highlight by its category alone. The
 * issuers, people and properties are invented, in our own words; each case reproduces the shape of a release the
 * document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('exchange-disclaimer: the issuer is the company tagged in the announcing sentence, not one its highlights compare it with', () => {
  const highlights =
    '# Tamarack Lithium Drills Thick Claystone at Pinyon Flat\n\n' +
    "- Hole PF-24-03 compares well with Bigger Lithium Corp.'s (TSXV: BLC) drill results at its Saltbush deposit."
  const lead = (verb: string) =>
    `Tamarack Lithium Inc. (CSE: TMK) ("Tamarack" or the "Company") ${verb} results from its Pinyon Flat ` +
    "project, where hole PF-24-03 compares with Bigger Lithium's (TSXV: BLC) previously reported holes."

  it.each(['is extremely pleased to report', 'is very pleased to announce', 'is excited to share'])(
    'no TSX-V disclaimer owed: %s',
    async (verb) => {
      expect(await messages('exchange-disclaimer', `${highlights}\n\n${lead(verb)}`)).toEqual([])
    }
  )

  it('a TSX-V issuer tagged in the announcing sentence still owes it', async () => {
    const text =
      `${highlights}\n\n` +
      'Tamarack Lithium Inc. (TSXV: TMK) ("Tamarack" or the "Company") is extremely pleased to report results ' +
      'from its Pinyon Flat project.'
    const found = await messages('exchange-disclaimer', text)
    expect(found.some((m) => m.includes('Missing TSX Venture Exchange disclaimer'))).toBe(true)
  })
})

describe('mineral-resource: a quantity and grade given with its category is an estimate, with or without the word "resource"', () => {
  const opening =
    'VANCOUVER, BC, June 2, 2026 /CNW/ - Borealis Spodumene Corp. (TSXV: BSC) ("Borealis" or the "Company") ' +
    'announces a maiden estimate for its Kettle Lake pegmatite.\n\nHighlights\n\n'

  it.each([
    '- 41.3 Mt at 1.21% Li2O and 140 ppm Ta2O5 Indicated, and\n- 18.6 Mt at 1.08% Li2O, Inferred.',
    '- 41.3 Mt at 1.21% Li2O\nand 140 ppm\nTa2O5\ninferred, (0.40% Li2O cut-off\ngrade).'
  ])('the estimate owes its date and caution: %#', async (items) => {
    const found = await messages('mineral-resource', opening + items)
    expect(found.some((m) => m.includes('Missing effective date'))).toBe(true)
    expect(found.some((m) => m.includes('demonstrated economic viability'))).toBe(true)
  })

  it.each([
    // The verb, not the category.
    '- Drilling has indicated that 12 Mt at 1.1% Li2O could be reached by the next program.',
    // A source note citing another's report.
    '1. Granite Hill. NI 43-101 report of May 3, 2021: 22.3 million tonnes at 1.06% Li2O in the Indicated category.'
  ])('no estimate of the issuer: %#', async (items) => {
    const body = 'The Kettle Lake pegmatite outcrops over 1.2 km.\n\nDrilling resumes in June.\n\nNotes:\n\n'
    expect(await messages('mineral-resource', opening + body + items)).toEqual([])
  })
})

describe('exploration-results: an interval given with its hole identifier is a drill intercept, whose true widths are owed', () => {
  const release = (widths: string) =>
    'VANCOUVER, BC, June 2, 2026 /CNW/ - Borealis Spodumene Corp. (TSXV: BSC) ("Borealis" or the "Company") ' +
    'reports assays from its Kettle Lake pegmatite.\n\nHighlights\n\n' +
    '- 14.2 m at 1.61% Li2O (44.0 m to 58.2 m), including 6.1 m at 2.40% Li2O (KL24-017).\n' +
    '- 9.8 m at 1.37% Li2O (31.5 m to 41.3 m) (KL24-021).\n\n' +
    'Half-core samples were analysed by sodium peroxide fusion with ICP-OES finish at SGS Canada Inc. in Lakefield, ' +
    'Ontario, independent of the Company; certified standards, blanks and duplicates were inserted in each batch.' +
    widths
  const trueWidths = (found: string[]) => found.filter((m) => m.includes('true widths'))

  it('missing: no word on true widths', async () => {
    expect(trueWidths(await messages('exploration-results', release('')))).toHaveLength(1)
  })

  it('stated: none', async () => {
    const stated = ' True widths are estimated at 85% to 90% of the reported core lengths.'
    expect(trueWidths(await messages('exploration-results', release(stated)))).toEqual([])
  })
})

describe('exploration-results: a reference to the filed technical report for the QA/QC procedures states the program (s.3.5)', () => {
  const release = (qaqc: string) =>
    'VANCOUVER, BC, March 4, 2026 - Puna Brine Corp. (CSE: PBC) ("Puna" or the "Company") reports that a brine ' +
    'sample from well PB-4 on its Salar Chico property returned 212 mg/L lithium, analysed by ICP-OES at Alex ' +
    'Stewart International in Mendoza, Argentina, independent of the Company.\n\n' +
    qaqc
  const qaqcFindings = async (qaqc: string) =>
    (await messages('exploration-results', release(qaqc))).filter((m) => m.includes('QA/QC'))

  it.each([
    'Reference should be made to the full text of the technical report dated May 2, 2025, filed on SEDAR+, for a ' +
      "description of the Company's data verification and QA/QC procedures.",
    'The QA/QC program applied to the brine sampling is described in the technical report dated May 2, 2025.'
  ])('stated by reference: %#', async (qaqc) => {
    expect(await qaqcFindings(qaqc)).toEqual([])
  })

  it.each([
    'The Qualified Person verified the data by reviewing the QA/QC results.',
    'The technical report dated May 2, 2025 is filed on SEDAR+.'
  ])('still missing: %#', async (qaqc) => {
    expect(await qaqcFindings(qaqc)).toHaveLength(1)
  })
})

describe('mineral-resource: a total that names its parts ("X Mt includes … Indicated and … Inferred") adds Inferred to the others', () => {
  const release = (sentence: string) =>
    'PERTH and TORONTO, Aug. 4, 2026 (GLOBE NEWSWIRE) -- Quoll Lithium Ltd (ASX|TSX: QLL) ("Quoll" or the ' +
    '"Company") provides an updated estimate for its Mistassini Lake project, effective June 30, 2026.\n\n' +
    `${sentence}\n\nMineral Resources that are not Mineral Reserves do not have demonstrated economic viability.`
  const sums = async (sentence: string) =>
    (await messages('mineral-resource', release(sentence))).filter((m) => m.includes('Inferred resources added'))

  it.each([
    'The updated Mineral Resource of 61.5 Mt @ 1.22% Li2O includes 40.0 Mt @ 1.25% Li2O in the Indicated category, ' +
      'and an additional 21.5 Mt @ 1.16% Li2O in the Inferred category.',
    'The Mineral Resource of 61.5 Mt, comprising 40.0 Mt Indicated and 21.5 Mt Inferred, remains open at depth.'
  ])('a sum: %#', async (sentence) => {
    expect(await sums(sentence)).toHaveLength(1)
  })

  it.each([
    'The Mineral Resource includes 40.0 Mt @ 1.25% Li2O in the Indicated category and 21.5 Mt @ 1.16% Li2O in the ' +
      'Inferred category.',
    'The Measured and Indicated Mineral Resource of 40.0 Mt includes 15.0 Mt Measured and 25.0 Mt Indicated; a ' +
      'further 21.5 Mt is Inferred.'
  ])('no sum: %#', async (sentence) => {
    expect(await sums(sentence)).toEqual([])
  })
})

describe('exploration-results: a width written as the interval’s adjective ("a 99-metre intersection grading …") is an interval', () => {
  const release = (widths: string) =>
    'TORONTO, May 21, 2026 (Newsfile Corp.) - Carbonite Rare Metals Corp. (TSX: CRM) ("Carbonite" or the "Company") ' +
    'reports assays from its Tamsin carbonatite.\n\n' +
    'Hole TC-26-04 contained a 42-metre ("m") intersection grading 1.21% TREO, including a 6.5-metre core interval ' +
    'of 3.4% TREO. Split core was analysed by lithium borate fusion with ICP-MS finish at Activation Laboratories ' +
    'Ltd. in Ancaster, Ontario, independent of the Company; certified standards, blanks and duplicates were inserted.' +
    widths
  const trueWidths = async (widths: string) =>
    (await messages('exploration-results', release(widths))).filter((m) => m.includes('true widths'))

  it('missing: no word on true widths', async () => {
    expect(await trueWidths('')).toHaveLength(1)
  })

  it('stated: none', async () => {
    expect(await trueWidths(' True widths are not yet known.')).toEqual([])
  })
})
