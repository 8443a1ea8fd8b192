/**
 * This session's model changes: the issuer's names defined after its listing whatever exchanges its tags name and
 * however they are grouped.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'

const names = (value: string) => buildModel(unified().use(remarkParse).parse(value), value).topics.issuerNames

describe('the names defined right after the issuer’s listing', () => {
  it.each([
    ['one tag', '(TSXV: BRW) ("Brackwater")'],
    ['a dotted exchange and a second market in the same parentheses', '(TSX.V: BRW; OTCQB: BRWTF) ("Brackwater")'],
    ['tags in separate parentheses', '(TSX-V: BRW) (OTCQX: BRWTF) (FSE: 7BW) ("Brackwater")'],
    ['the exchange written out', '(TSX Venture Exchange: BRW) ("Brackwater")'],
    ['a Cboe Canada listing with a U.S. quotation', '(Cboe Canada: BRW | OTCQB: BRWTF) ("Brackwater")'],
    ['a dual listing sharing a line', '(TSX: BRW, NYSE American: BRW) ("Brackwater")']
  ])('%s', (_, tags) => {
    const value = `VANCOUVER, BC, May 4, 2027 – Brackwater Metals Corp. ${tags} reports on its Sorrel property.\n`
    expect(names(value)).toEqual(['brackwater'])
  })

  it('a name defined after another party’s ticker later in the opening is not the issuer’s', () => {
    const value =
      'VANCOUVER, BC, May 4, 2027 – Brackwater Metals Corp. (TSXV: BRW) ("Brackwater") has agreed to sell its Sorrel ' +
      'property to Lindqvist Mining Inc. ("Lindqvist").\n'
    expect(names(value)).toEqual(['brackwater'])
  })
})
