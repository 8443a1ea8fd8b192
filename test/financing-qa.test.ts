/**
 * Financing drafts as a securities lawyer writes them, each case a defect the
 * document model once misread (invented issuers, our own wording): which
 * address in a LIFE offering document statement is the issuer's website.
 */
import {describe, expect, it} from 'vitest'
import {findLifeDocument} from '../src/model/life.js'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('life-offering: the issuer’s website in the offering document statement', () => {
  const LIFE =
    'CALGARY, AB, June 16, 2026 – Corvina Metals Corp. (TSXV: CVM) has closed its offering of 12,000,000 units at ' +
    '$0.25 per unit under the listed issuer financing exemption (the "LIFE Offering").'
  const statement = (where: string) =>
    `There is an offering document related to the LIFE Offering that can be accessed under the Company's profile ${where}. ` +
    'Prospective investors should read this offering document before making an investment decision.'

  it.each([
    ['SEDAR+’s address alone', 'at www.sedarplus.ca'],
    ['SEDAR+’s address with its scheme', 'at https://www.sedarplus.ca'],
    ['SEDAR+ named, no address', 'on SEDAR+']
  ])('%s is no website of the issuer’s: a warning', async (_, where) => {
    const value = `${LIFE}\n\n${statement(where)}`
    expect(findLifeDocument(model(value).sentences).website).toBe(false)
    expect(await messages('life-offering', value)).toEqual([
      expect.stringContaining('warning Missing the issuer’s website in the offering document statement')
    ])
  })

  it.each([
    ['the issuer’s address', 'at www.sedarplus.ca and at www.corvinametals.com'],
    ['the word “website”', "at www.sedarplus.ca and on the Company's website"],
    ['an address run into SEDAR+’s', 'at www.sedarplus.ca and https://corvina.ca']
  ])('%s: no finding', async (_, where) => {
    expect(await messages('life-offering', `${LIFE}\n\n${statement(where)}`)).toEqual([])
  })
})
