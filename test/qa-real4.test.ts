/**
 * Financing and corporate releases of the kinds a fourth QA round read on real newswire copy (the cases below are
 * invented issuers in our own words, each reproducing the shape of a defect the document model once misread).
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('related-party: a bought deal is the offering’s form, not an officer’s purchase', () => {
  it.each([
    'CALGARY, Alberta, May 4, 2026 – Tamarack Helium Corp. (TSXV: THC) President and CEO Dana Roe is pleased to ' +
      'announce the closing of the previously announced bought deal offering of 12,000,000 units at $0.50 per unit.',
    'CALGARY, Alberta, May 4, 2026 – Tamarack Helium Corp. (TSXV: THC) CEO Dana Roe joined a webcast to discuss ' +
      'the completion of a bought deal public offering that raised six million dollars.'
  ])('%s', async (value) => {
    expect(model(value).relatedParty).toBeUndefined()
    expect(await messages('related-party', value)).toEqual([])
  })

  it('a director who bought units still takes part', async () => {
    const value =
      'CALGARY, Alberta, May 4, 2026 – Tamarack Helium Corp. (TSXV: THC) has closed its bought deal offering of ' +
      '12,000,000 units at $0.50 per unit.\n\nA director of the Company bought 200,000 units under the offering.'
    expect(model(value).relatedParty?.participation).toBeDefined()
    expect(await messages('related-party', value)).toEqual([
      expect.stringContaining('error Missing MI 61-101 related party transaction paragraph')
    ])
  })
})
