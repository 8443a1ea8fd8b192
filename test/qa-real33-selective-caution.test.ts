/**
 * QA round real33: the grab-sample caution as prospecting releases often word it, "grab samples are selected samples
 * and are not necessarily indicative of the mineralization on the property" (NI 43-101 s.3.3: results of selected
 * samples are cautioned as such). The adjacent-property caution, in the same words, still cautions no sample of the
 * issuer's. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('exploration-results', text + '\n')).messages.map(format)

const release = (caution: string) =>
  [
    'Tamarack Ridge Minerals Samples up to 2.86% Li2O at the Opinaca Dykes',
    '',
    'MONTREAL, Quebec, December 1, 2026 -- Tamarack Ridge Minerals Inc. (CSE: TRM) reports that prospectors collected ' +
      `41 grab samples from outcrop on its Opinaca claims, with a high of 2.86% Li2O. ${caution}`,
    '',
    'Samples were analysed by SGS Canada Inc. in Lakefield, Ontario, an independent laboratory, by sodium peroxide ' +
      'fusion with ICP-AES finish. A blank and a lithium standard were inserted in every batch of 20 samples.'
  ].join('\n')

const SELECTIVE = /Missing caution that grab samples are selective/

describe('exploration-results: grab samples not indicative of the mineralization', () => {
  it.each([
    'The reader is cautioned that grab samples are selected samples and are not necessarily indicative of the ' +
      'mineralization on the property.',
    'Grab samples are not necessarily indicative of mineralisation hosted on the claims.'
  ])('cautions them: %s', async (caution) => {
    expect(await found(release(caution))).not.toEqual(expect.arrayContaining([expect.stringMatching(SELECTIVE)]))
  })

  it('the adjacent-property caution cautions none of them', async () => {
    const caution =
      'Grab samples taken on the adjacent Corvell property are not necessarily indicative of the mineralization ' +
      'on the claims.'
    expect(await found(release(caution))).toEqual(expect.arrayContaining([expect.stringMatching(SELECTIVE)]))
  })
})
