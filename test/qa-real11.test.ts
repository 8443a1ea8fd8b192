/**
 * Financing, corporate and transaction releases of Canadian-listed mining issuers, of the shapes real ones take (an
 * acquisition's release citing a neighbour's deposit, highlights that put a sample's grade beside "drill-ready
 * targets", the sale of claims for another company's shares, an upsize announced with "the closing thereof"). The
 * issuers, people and properties are invented, in our own words; each case reproduces the shape of a release the
 * document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const lead = (issuer: string, what: string) =>
  `VANCOUVER, B.C., March 25, 2026 – ${issuer} (TSXV: PLW) ("Pellworth" or the "Company") ${what}`

describe('metal-equivalent: another owner’s estimate cited for context is not the issuer’s equivalent grade', () => {
  const opening = lead(
    'Pellworth Minerals Corp.',
    'has signed a letter of intent to acquire the Gannet copper project.'
  )

  it.each([
    'The project lies 15 km from Corvell Mines Ltd.’s Harrier mine, which hosts an estimated M&I resource of 21.5 Mt at 1.8% CuEq.',
    'The claims adjoin the Osprey deposit of Norwick Mining Corp., with Indicated resources of 4.2 Mt at 2.1% CuEq.'
  ])('no finding: %s', async (sentence) => {
    const found = await messages('metal-equivalent', `${opening}\n\n${sentence}`)
    expect(found).toEqual([])
  })

  it('the issuer’s own equivalent grade still owes its metals, prices and recoveries', async () => {
    const sentence = 'Hole GN-26-03 returned 1.4% CuEq over 22.0 m.'
    const found = await messages('metal-equivalent', `${opening}\n\n${sentence}`)
    expect(found.filter((m) => m.includes('error'))).toHaveLength(3)
  })
})

describe('exploration-results: drill words naming a plan do not make a sample’s grade a drill result', () => {
  const opening = lead('Pellworth Minerals Corp.', 'reports on the Gannet copper project it has agreed to acquire.')

  it.each([
    'Gannet highlights: up to 7% Cu in samples; five drill-ready targets, four untested.',
    'Rock samples returned up to 7% Cu at the Gannet showing, and two drill targets were defined.',
    'Grab samples returned up to 7% Cu near the new drill pads.'
  ])('a sample result, so no hole location is owed: %s', async (sentence) => {
    const found = await messages('exploration-results', `${opening}\n\n${sentence}`)
    expect(found.some((m) => m.includes('Missing laboratory'))).toBe(true)
    expect(found.some((m) => m.includes('azimuth and dip'))).toBe(false)
  })

  it.each([
    'Hole GN-26-03, drilled on one of the drill-ready targets, returned 2.1% Cu over 12.0 m.',
    'Drilling on the first drill target intersected 2.1% Cu over 12.0 m.'
  ])('a drill result still owes its hole location: %s', async (sentence) => {
    const found = await messages('exploration-results', `${opening}\n\n${sentence}`)
    expect(found.some((m) => m.includes('azimuth and dip'))).toBe(true)
  })
})

describe('hold-period: the hold on another company’s shares the issuer receives is not the issuer’s to state', () => {
  it.each([
    'Pellworth will sell the Tern claims to Corvell Mines Ltd. in exchange for 1,000,000 common shares of Corvell. ' +
      'The shares will be subject to a four-month hold period.',
    'Under the agreement, the Company will receive 500,000 shares of Norwick Mining Corp., which are subject to a four month hold period.'
  ])('no warning: %s', async (body) => {
    const opening = lead('Pellworth Minerals Corp.', 'has agreed to sell its Tern claims.')
    const found = await messages('hold-period', `${opening}\n\n${body}`)
    expect(found).toEqual([])
  })

  it.each([
    'Pellworth will acquire the Tern claims from Corvell Mines Ltd. in exchange for 1,000,000 common shares of Pellworth. ' +
      'The shares will be subject to a four-month hold period.',
    'The Company will issue 1,000,000 common shares of the Company to Corvell, subject to a four-month hold period.'
  ])('the issuer’s own shares: still a warning: %s', async (body) => {
    const opening = lead('Pellworth Minerals Corp.', 'has agreed to acquire the Tern claims.')
    const found = await messages('hold-period', `${opening}\n\n${body}`)
    expect(found.filter((m) => m.includes('warning') && m.includes('four months'))).toHaveLength(1)
  })
})

describe('hold-period: "the closing thereof on <date>" states the distribution date', () => {
  const release = (expiry: string) =>
    [
      'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
      lead(
        'Pellworth Minerals Corp.',
        'announces the upsize of its non-brokered private placement from 3,000,000 units to 4,000,000 units at $0.25 ' +
          'per unit for gross proceeds of $1,000,000, and the closing thereof on March 24, 2026.'
      ),
      `All securities issued under the private placement are subject to a hold period of four months and one day, expiring on ${expiry}.`
    ].join('\n\n')

  it('a wrong expiry is an error, with the right date', async () => {
    const found = await messages('hold-period', release('July 24, 2026'))
    expect(found.filter((m) => m.includes('error') && m.includes('July 25, 2026'))).toHaveLength(1)
  })

  it('the right expiry passes', async () => {
    const found = await messages('hold-period', release('July 25, 2026'))
    expect(found).toEqual([])
  })
})

describe('exploration-results: a paragraph of previous work goes on until it names the issuer, the present or its hole', () => {
  const opening = lead('Pellworth Minerals Corp.', 'has closed the option of its Gannet uranium project to Corvell.')
  const paragraph = (last: string) =>
    'Previous work on the Gannet project includes three drill holes and airborne surveys. Most of this work took ' +
    'place between 1967 and 1979, and in 2013 the property was flown with an electromagnetic survey. ' +
    `The survey outlined a strong conductor on the eastern claims. ${last}`

  it('an earlier program’s samples are not results: no laboratory owed', async () => {
    const last = 'Lake sediment samples collected during the 2013 exploration program contained up to 58.1 ppm U.'
    const found = await messages('exploration-results', `${opening}\n\n${paragraph(last)}`)
    expect(found).toEqual([])
  })

  it.each([
    'The Company’s 2026 sampling program returned up to 58.1 ppm U in lake sediments.',
    'Hole GN-26-03 intersected 0.21% U3O8 over 4.5 m.'
  ])('the issuer’s or a new hole’s results are: %s', async (last) => {
    const found = await messages('exploration-results', `${opening}\n\n${paragraph(last)}`)
    expect(found.some((m) => m.includes('Missing laboratory'))).toBe(true)
  })
})

describe('exploration-results: a footnote that calls the results historical or the vendor’s makes them old', () => {
  const opening = lead(
    'Pellworth Minerals Corp.',
    'has signed a letter of intent to acquire the Gannet copper project.'
  )
  const release = (note: string) =>
    [
      opening,
      '- Gannet zone: up to 6% Cu in samples; three targets to test.',
      'Sampling has returned grades of up to 6% Cu along a 2 km trend in the Gannet zone.1',
      note
    ].join('\n\n')

  it.each([
    '1 Historic grab samples taken by the vendor in 1998 and assayed at a commercial laboratory in St. John’s.',
    '1 Grab samples taken by the Vendor in 2024, assayed at a commercial laboratory in St. John’s.'
  ])('not the issuer’s results: no laboratory or method owed (%s)', async (note) => {
    const found = await messages('exploration-results', release(note))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it('a footnote that only gives a date leaves them the issuer’s', async () => {
    const found = await messages('exploration-results', release('1 Samples taken in October 2025.'))
    expect(found.some((m) => m.includes('Missing analytical method'))).toBe(true)
  })
})

describe('mineral-resource: a quantity in millions before its noun is an estimate’s', () => {
  const opening = lead('Pellworth Minerals Corp.', 'has closed its acquisition of the Gannet gold project.')

  it.each([
    'The Gannet project hosts a 1.2 million ounce gold resource at 1.1 g/t Au.',
    'Gannet hosts a 10-million-tonne resource grading 1.1 g/t Au.'
  ])('its category and effective date are owed: %s', async (sentence) => {
    const found = await messages('mineral-resource', `${opening}\n\n${sentence}`)
    expect(found.some((m) => m.includes('error') && m.includes('CIM category'))).toBe(true)
  })

  it.each([
    'The study assumed a gold price of US$2,400 per ounce and a 1.1 g/t Au cut-off for the resource.',
    'The mill treats a 1 million tonne per annum resource feed at 1.1 g/t Au.'
  ])('a price or a rate is none: %s', async (sentence) => {
    const found = await messages('mineral-resource', `${opening}\n\n${sentence}`)
    expect(found.filter((m) => m.includes('CIM category'))).toEqual([])
  })
})
