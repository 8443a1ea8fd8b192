/**
 * Technical releases as a geologist and a lawyer draft them (NI 43-101): shapes the rules read wrongly before,
 * each decided by its elements, not its phrasing. Invented issuers and our own wording only.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const LEAD = 'VANCOUVER, BC, June 1, 2026 – Wrenfield Metals Corp. (TSXV: WFM) reports on its Marten project.'
const reasons = async (id: Parameters<typeof lintWith>[0], body: string) =>
  (await lintWith(id, `${LEAD}\n\n${body}\n`)).messages.map((m) => `${m.fatal ? 'error' : 'warning'}: ${m.reason}`)

describe('mineral-resource: a quantity and grade without the word “resource”', () => {
  const VIABILITY = 'Mineral Resources that are not Mineral Reserves do not have demonstrated economic viability.'

  it('reads an estimate or a deposit given in tonnes and grade as an estimate whose category is missing', async () => {
    for (const sentence of [
      'The new estimate totals 84 million tonnes grading 0.41% Cu at a 0.2% Cu cut-off.',
      'The Marten deposit contains 6.2 Mt at 2.8 g/t Au above a 1 g/t cut-off.'
    ]) {
      const found = await reasons('mineral-resource', `${sentence}\n\n${VIABILITY}`)
      expect(found).toContain(
        'error: Missing CIM category of the estimate, expected Measured, Indicated or Inferred (Proven or Probable for reserves)'
      )
      expect(found.some((r) => r.startsWith('error: Missing effective date'))).toBe(true)
    }
  })

  it('says “resource” of an uncategorized figure, and asks for the viability sentence beside it', async () => {
    const file = await lintWith('mineral-resource', `${LEAD}\n\nThe estimate totals 84 Mt grading 0.41% Cu.\n`)
    expect(file.messages[0].note).toContain('states a mineral resource estimate')
    expect(file.messages.some((m) => m.reason.startsWith('Missing statement that mineral resources'))).toBe(true)
  })

  it('does not read a drill interval, production or a categorized estimate as an uncategorized one', async () => {
    expect(
      await reasons(
        'mineral-resource',
        'The Company estimates that 12,000 tonnes grading 5.1 g/t Au were processed at the mill in 2025.'
      )
    ).toEqual([])
    expect(
      await reasons(
        'mineral-resource',
        'The estimate, effective May 1, 2026, comprises Indicated Mineral Resources of 84 Mt grading 0.41% Cu at a ' +
          `0.2% Cu cut-off. ${VIABILITY}`
      )
    ).toEqual([])
  })
})
