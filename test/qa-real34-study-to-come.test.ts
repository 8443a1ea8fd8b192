/**
 * An earn-in or option release whose terms name a study still to be delivered: that study supports no "economic"
 * claim yet (CSA Staff Notice 43-309; NI 43-101 s.2.2: economic viability only from a pre-feasibility or
 * feasibility study).
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (text: string) => (await lintWith('mining-terminology', text + '\n')).messages.map(format)

const release = (terms: string) =>
  'WINNIPEG, Manitoba, December 3, 2026 -- Harrier Nickel Inc. (TSXV: HNI) ("Harrier" or the "Company") announces ' +
  'that it has earned a 51% interest in the Sable Lake project, which hosts economic nickel mineralization. ' +
  terms

describe('mining-terminology: a study an option still asks for supports nothing', () => {
  it.each([
    'Harrier may earn a further 24% interest by funding a pre-feasibility study before December 31, 2028.',
    'The optionor will transfer a further 20% upon delivery of a feasibility study.',
    'Harrier has the right to earn another 19% by completing a bankable feasibility study.'
  ])('warned: %s', async (terms) => {
    const found = await messages(release(terms))
    expect(found.some((m) => m.includes('warning') && m.includes('economic nickel mineralization'))).toBe(true)
  })

  it.each([
    'The pre-feasibility study on the project was completed in March 2026.',
    'A feasibility study completed by the operator in 2025 supports the reserves.'
  ])('a study done supports it: %s', async (terms) => {
    expect(await messages(release(terms))).toEqual([])
  })
})
