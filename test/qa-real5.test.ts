/**
 * Technical releases and reports about them, of the kinds a fifth QA round read on real newswire copy (the cases
 * below are invented issuers in our own words, each reproducing the shape of a defect the document model once
 * misread).
 */
import {describe, expect, it} from 'vitest'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('release: an interview names its interviewer with the outlet, whatever the verb', () => {
  const report = (lead: string) =>
    `Harrow Uranium Plans Summer Drilling\n\n${lead}\n\nThe program will test six conductors along the corridor.`
  it.each([
    "Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe joined Newsline's Pat Kerr with news that the company will drill " +
      'six targets this summer.',
    'Harrow Uranium Corp. (TSXV: HRW) vice president Dana Roe joined Pat Kerr from Newsline to unveil the targets of ' +
      'the summer program.',
    'Harrow Uranium Corp. (TSXV: HRW) managing director Dana Roe sits down with Newsline’s Pat Kerr to review the ' +
      'quarter and the drilling ahead.',
    "Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe spoke to Newsline's Pat Kerr about the permit the company holds.",
    "Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe tells Newsline's Pat Kerr the company is on track for its guidance."
  ])('%s', async (lead) => {
    const m = model(report(lead))
    expect(m.release.speaker).toBe('third-party')
    expect(await messages('exchange-disclaimer', report(lead))).toEqual([])
  })

  it.each([
    'Harrow Uranium Corp. (TSXV: HRW) is pleased to announce that Dana Roe joined the Company from Larch Mining to ' +
      'lead its exploration team.',
    'Harrow Uranium Corp. (TSXV: HRW) CEO Dana Roe joined a webcast to discuss the summer program.',
    "Harrow Uranium Corp. (TSXV: HRW) announces that Dana Roe, who joined Larch's exploration team in 2019, is its " +
      'new vice president.'
  ])('the issuer still speaks: %s', async (lead) => {
    expect(model(report(lead)).release.speaker).toBe('issuer')
    expect(await messages('exchange-disclaimer', report(lead))).toEqual([
      expect.stringContaining('error Missing TSX Venture Exchange disclaimer')
    ])
  })
})
