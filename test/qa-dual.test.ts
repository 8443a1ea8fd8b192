/**
 * Releases of issuers with a second listing or a second reporting regime (TSX or TSX-V issuers also on the ASX, AIM,
 * the NYSE American or Nasdaq), as their lawyers and IR staff draft them (a QA round; invented issuers, our own
 * wording): each case a class of drafts the model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('mining-terminology: a JORC "Ore Reserve" stated in Proved and Probable tonnes is a reserve', () => {
  const release = (table: string, said: string) =>
    'PERTH, Western Australia, 5 December 2026 – Yarrabee Gold Ltd (ASX: YBG, TSX: YBG) declares a maiden Ore ' +
    'Reserve for its Tindal deposit, based on a pre-feasibility study.\n\n' +
    table +
    '\n\n' +
    `${said} has an effective date of 30 November 2026 and is reported under the JORC Code (2012), at a cut-off ` +
    'grade of 0.5 g/t Au and a gold price of A$3,300/oz. The Mineral Resources are reported inclusive of the Ore Reserve.'
  const table =
    '| Category | Tonnes (Mt) | Au (g/t) | Au (koz) |\n| --- | --- | --- | --- |\n' +
    '| Proved | 2.4 | 1.71 | 132 |\n| Probable | 7.6 | 1.40 | 342 |\n| Total | 10.0 | 1.47 | 474 |'

  it('a table of Proved and Probable tonnes and grade: the Ore Reserve is a reserve', async () => {
    expect(await messages('mining-terminology', release(table, 'The Ore Reserve'))).toEqual([])
  })

  it('"Proved Ore Reserves" in words: the JORC spelling of the CIM category', async () => {
    const prose =
      'PERTH, Western Australia, 5 December 2026 – Yarrabee Gold Ltd (ASX: YBG, TSX: YBG) reports that its Proved ' +
      'Ore Reserves at the Tindal deposit support the expansion of its mill.\n\n' +
      'The ore body remains open at depth.'
    expect(await messages('mining-terminology', prose)).toEqual([])
  })

  it('"ore body" with no reserve stated is still a warning', async () => {
    const none =
      'PERTH, Western Australia, 5 December 2026 – Yarrabee Gold Ltd (ASX: YBG, TSX: YBG) reports that drilling ' +
      'at the Tindal prospect intersected 12 m at 2.1 g/t Au.\n\nThe ore body remains open at depth.'
    expect(await messages('mining-terminology', none)).toContainEqual(expect.stringContaining('“ore body”'))
  })
})
