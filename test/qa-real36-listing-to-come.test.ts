/**
 * QA round real36: a junior's first release, closing its initial public offering, has no ticker yet and says where
 * its shares "will begin trading" ("on the Canadian Securities Exchange on August 6"). With no listing read, the
 * TSX-V preset applied and asked for the TSX Venture Exchange's disclaimer (TSX-V Policy 3.3), which a CSE issuer
 * does not owe. A listing to come now decides the exchange of a release that states none now. Invented issuers, our
 * own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exchange-disclaimer', text + '\n')).messages.map(format)

const release = (listing: string, disclaimer = '') =>
  [
    'Marrow Creek Uranium Completes Initial Public Offering',
    '',
    'SASKATOON, Saskatchewan, August 4, 2026 - Marrow Creek Uranium Corp. (the "Company") has closed its initial ' +
      'public offering of 12,000,000 common shares at $0.25 per share for gross proceeds of $3,000,000 under its ' +
      'final long form prospectus dated July 15, 2026.',
    '',
    `The Company's common shares ${listing} under the symbol "MCU".`,
    ...(disclaimer ? ['', disclaimer] : [])
  ].join('\n')

const MISSING = /Missing TSX Venture Exchange disclaimer/
const TSXV_DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
  'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

describe('exchange-disclaimer: a listing to come decides a release that states none now', () => {
  it.each([
    'will begin trading on the Canadian Securities Exchange on August 6, 2026',
    'are expected to commence trading on Cboe Canada on August 6, 2026',
    'will be listed on the CSE'
  ])('no TSX-V disclaimer owed: %s', async (listing) => {
    expect(await found(release(listing))).not.toEqual(expect.arrayContaining([expect.stringMatching(MISSING)]))
  })

  it('a private company that has applied to list on the CSE owes no TSX-V disclaimer', async () => {
    const text = release('are not yet listed').replace(
      'Corp. (the "Company")',
      'Corp. (the "Company"), which has applied to list its common shares on the Canadian Securities Exchange,'
    )
    expect(await found(text)).not.toEqual(expect.arrayContaining([expect.stringMatching(MISSING)]))
  })

  it('a listing to come on the TSX Venture Exchange still owes it', async () => {
    const text = release('will begin trading on the TSX Venture Exchange on August 6, 2026')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(MISSING)]))
    expect(await found(release('will begin trading on the TSX Venture Exchange', TSXV_DISCLAIMER))).toEqual([])
  })

  it('a listing now outweighs one to come', async () => {
    const text = release('will begin trading on the TSX Venture Exchange on December 1, 2026').replace(
      'Corp. (the',
      'Corp. (CSE: MCU) (the'
    )
    expect(await found(text)).toEqual([])
  })
})
