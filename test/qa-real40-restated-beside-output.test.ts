/**
 * QA round real40: a producer's quarterly results that restate a drill result from its earlier release ("including
 * 6.41 g/t Au over 12.0 metres in hole TN-26-088 (see the Company's news release dated October 6, 2026 for the full
 * results …)") beside the quarter's output ("Tern Lake processed 498,600 tonnes at a head grade of 2.88 g/t Au"): the
 * results were verified, or not, where first disclosed, and the output is no data a QP verifies, so no data
 * verification statement is owed (NI 43-101 s.3.2). A new result beside the output still owes it. Invented issuer,
 * our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('data-verification', text + '\n')).messages.map(format)

const release = (drilling: string) =>
  [
    'TORONTO, Nov. 4, 2026 – Castellan Gold Inc. (TSX: CGI) ("Castellan" or the "Company") reports its results for ' +
      'the third quarter of 2026.',
    '',
    'Tern Lake processed 498,600 tonnes at a head grade of 2.88 g/t Au with a recovery of 95.6%.',
    '',
    `Exploration: drilling at the Tern Lake North zone continued to return wide intervals, including ${drilling}`,
    '',
    'Diane Kowalczyk, P.Eng., Manager, Mine Engineering at Tern Lake, an employee of Castellan and a qualified ' +
      'person under NI 43-101, has reviewed and approved the technical information in this news release.'
  ].join('\n')

const DATA = /Missing data verification statement/

describe("data-verification: restated results beside a quarter's output", () => {
  it("restated from the issuer's earlier release: no statement owed", async () => {
    const drilling =
      "6.41 g/t Au over 12.0 metres in hole TN-26-088 (see the Company's news release dated October 6, 2026 for the " +
      'full results, laboratory, methods and QA/QC).'
    expect(await found(release(drilling))).toEqual([])
  })

  it('a new result still owes it', async () => {
    const drilling = '6.41 g/t Au over 12.0 metres in hole TN-26-088, reported here for the first time.'
    expect(await found(release(drilling))).toEqual([expect.stringMatching(DATA)])
  })
})
