/**
 * Financing and corporate releases of the kinds an eighth QA round read on real newswire copy (the cases below are
 * invented issuers in our own words, each reproducing the shape of a defect the document model once misread).
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {TSXV_DISCLAIMER} from '../rules/exchange-disclaimer.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('exchange-disclaimer: a securities regulator’s statement is not an exchange’s disclaimer', () => {
  const lead =
    'VANCOUVER, BC, May 1, 2026 – Halvard Apparel Inc. (TSXV: HVA) announces a bought deal offering of 2,000,000 ' +
    'common shares at $5.00 per share by way of a short form prospectus.\n\n'
  it.each([
    'No securities regulatory authority has either approved or disapproved of the contents of this news release.',
    'Neither the Alberta Securities Commission nor any other securities regulatory authority has approved or ' +
      'disapproved the contents of this release.',
    'No securities regulator has reviewed or approved the contents of this announcement.'
  ])('%s', async (statement) => {
    const value = `${lead}${statement}\n\n${TSXV_DISCLAIMER}`
    expect(model(value).exchangeDisclaimers.map((d) => d.sentence.norm.text)).toEqual([TSXV_DISCLAIMER.toLowerCase()])
    expect(await messages('exchange-disclaimer', value)).toEqual([])
  })

  it('a TSX-V release with only the regulator’s statement misses the Exchange’s disclaimer (not a defective one)', async () => {
    const value = `${lead}No securities regulatory authority has either approved or disapproved of the contents of this news release.`
    const found = await messages('exchange-disclaimer', value)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/error Missing TSX Venture Exchange disclaimer/)
  })

  it('a disclaimer naming the Exchange and the regulators is still the Exchange’s', () => {
    const value =
      lead +
      'Neither the TSX Venture Exchange nor any securities regulatory authority has approved or disapproved ' +
      'the contents of this release.'
    expect(model(value).exchangeDisclaimers).toHaveLength(1)
  })
})

describe('forward-looking-caution: an issuer listed abroad only does not show it is a reporting issuer in Canada', () => {
  const caution =
    'This news release contains forward-looking statements, including statements about the use of proceeds. ' +
    'Such statements involve risks and uncertainties, including the risks of clinical trials, and actual results ' +
    'may differ materially. We undertake no obligation to update any forward-looking statement.'
  it.each([
    ['an ASX and Nasdaq issuer', 'PERTH, Australia, May 1, 2026 – Quokka Therapeutics (ASX: QKT, NASDAQ: QKTX)'],
    ['a Nasdaq issuer', 'BOSTON, May 1, 2026 – Wexford Bio Inc. (NASDAQ: WXB)']
  ])('%s: every finding is a warning', async (_kind, dateline) => {
    const value = `${dateline} announces a placement of A$12 million. The Company will use the funds to advance its lead program.`
    const missing = await messages('forward-looking-caution', value)
    expect(missing).toHaveLength(1)
    expect(missing[0]).toMatch(/warning Missing forward-looking information caution/)
    const incomplete = await messages('forward-looking-caution', `${value}\n\n${caution}`)
    expect(incomplete).toEqual([expect.stringMatching(/warning Missing material factors or assumptions/)])
    const file = await lintWith('forward-looking-caution', `${value}\n\n${caution}\n`)
    expect(file.messages[0].note).toMatch(
      /only a listing abroad .*a caution is owed if the issuer is a reporting issuer in Canada/
    )
  })

  it.each([
    ['a Canadian listing beside the foreign one', 'TORONTO, May 1, 2026 – Wexford Bio Inc. (TSX: WXB) (NASDAQ: WXB)'],
    ['an OTC tag and a TSX-V approval', 'VANCOUVER, May 1, 2026 – Wexford Gold Inc. (OTCQB: WXGF)']
  ])('%s: still an error', async (_kind, dateline) => {
    const value =
      `${dateline} announces a private placement of $2 million. The Company will use the funds to drill its ` +
      'project. The placement is subject to the approval of the TSX Venture Exchange.'
    expect(await messages('forward-looking-caution', value)).toEqual([
      expect.stringMatching(/error Missing forward-looking information caution/)
    ])
  })
})
