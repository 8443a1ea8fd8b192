/**
 * "aggregate" said of a part of the offering, not of its whole: an earlier tranche's own aggregate in a tranche
 * closing's sum ("together with the first tranche of 3,000,000 units closed for aggregate gross proceeds of $300,000,
 * … aggregate gross proceeds of $800,000"), and an over-allotment option's "additional aggregate gross proceeds". Read
 * as the offering's total, each got a false offering-arithmetic error. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintPreset} from './helpers.js'

const arithmetic = async (text: string) =>
  (await lintPreset(text)).messages.filter((message) => message.ruleId === 'offering-arithmetic').map((m) => m.reason)

const closing = (total: string) =>
  'CALGARY, Alberta, December 4, 2026 – Fenwick Tarn Resources Ltd. (TSXV: FTR) (the "Company") announces that it ' +
  'has closed the second and final tranche of its non-brokered private placement, issuing 4,000,000 units at $0.10 ' +
  'per unit for gross proceeds of $400,000. Together with the first tranche of 2,500,000 units closed on November 12, ' +
  `2026 for aggregate gross proceeds of $250,000, the Company has issued 6,500,000 units for aggregate gross proceeds ` +
  `of ${total}.\n`

const offering = (option: string) =>
  'VANCOUVER, British Columbia, November 24, 2026 – Orrin Creek Metals Corp. (TSXV: ORC) (the "Company") announces a ' +
  'brokered offering of up to 10,000,000 units at $0.30 per unit for aggregate gross proceeds of up to $3,000,000. ' +
  `The agent has an option to sell up to an additional 1,500,000 units for additional aggregate gross proceeds of up ` +
  `to ${option}.\n`

describe('"aggregate" said of a part of the offering', () => {
  it("reads an earlier tranche's aggregate as that tranche's, and checks the sum", async () => {
    expect(await arithmetic(closing('$650,000'))).toEqual([])
    expect((await arithmetic(closing('$680,000'))).join('\n')).toMatch(/\$650,000/)
  })

  it("reads an option's additional aggregate proceeds as the option's", async () => {
    expect(await arithmetic(offering('$450,000'))).toEqual([])
    expect(await arithmetic(offering('$480,000'))).not.toEqual([])
  })
})
