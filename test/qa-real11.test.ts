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
