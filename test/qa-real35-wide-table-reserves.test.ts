/**
 * QA round real35: a producer's reserve and resource statement set as a wide table, a row per deposit with a
 * "P&P Tonnes" column beside "M&I Tonnes" and "Inferred Tonnes", states mineral reserves. mining-terminology read the
 * release as stating none and warned on "updated Mineral Reserves" (CSA Staff Notice 43-309; NI 43-101 s.2.2).
 * Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('mining-terminology', text + '\n')).messages.map(format)

const release = (columns: string) =>
  [
    'Garrow Copper Reports Mineral Reserves and Resources for 2026',
    '',
    'VANCOUVER, BC, March 2, 2027 - Garrow Copper Corp. (TSX: GRW) announces updated Mineral Reserves and Mineral ' +
      'Resources for its operating Tilbury copper mine, effective December 31, 2026.',
    '',
    `| Deposit | ${columns} Tonnes (Mt) | Cu (%) | M&I Tonnes (Mt) | Cu (%) | Inferred Tonnes (Mt) | Cu (%) |`,
    '|---|---|---|---|---|---|---|',
    '| Tilbury Main | 188.1 | 0.33 | 84.5 | 0.26 | 36.2 | 0.23 |',
    '| Tilbury West | 31.4 | 0.37 | 19.8 | 0.30 | 15.0 | 0.28 |',
    '',
    'Mineral Resources are reported exclusive of Mineral Reserves. Mineral Resources that are not Mineral Reserves ' +
      'do not have demonstrated economic viability.'
  ].join('\n')

const RESERVES = /Unexpected “updated Mineral Reserves” in a release that states no mineral reserves/

describe('mining-terminology: reserves stated in a wide table column', () => {
  it.each(['P&P', 'Proven & Probable'])('a "%s Tonnes" column states reserves', async (columns) => {
    expect(await found(release(columns))).not.toEqual(expect.arrayContaining([expect.stringMatching(RESERVES)]))
  })

  it('a table of resource columns alone states none', async () => {
    const text = release('P&P').replace(
      '| Deposit | P&P Tonnes (Mt) | Cu (%) |',
      '| Deposit | Measured Tonnes (Mt) | Cu (%) |'
    )
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(RESERVES)]))
  })
})
