/**
 * `exchange-disclaimer` skips a release a third party speaks (an acquirer's
 * early warning report): the disclaimer is the issuer's to carry. The speaker
 * is decided in release.ts; here it is fixed to a third party.
 */
import {describe, expect, it, vi} from 'vitest'
import {lintWith} from './helpers.js'

vi.mock('../src/model/release.js', () => ({
  findRelease: () => ({speaker: 'third-party', speakerEvidence: undefined, kinds: [], ownOffering: undefined})
}))

describe('exchange-disclaimer and the speaker', () => {
  it('does not ask a third party for the issuer’s disclaimer', async () => {
    const value = 'Northgate Capital Ltd. acquired shares of Hollis Bay Gold Inc. (TSXV: HBG).\n'
    expect((await lintWith('exchange-disclaimer', value)).messages).toEqual([])
  })
})
