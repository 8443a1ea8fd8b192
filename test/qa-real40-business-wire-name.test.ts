/**
 * QA round real40: Business Wire sets its dateline with two hyphens and no space before the issuer ("July 29,
 * 2026--Tamarack Copper Ltd. (TSX: TCU) today reported …"). Where the release defines no short name, the issuer is the
 * name before its legal form; the date glued to it by the dashes is no word of the name. A QP who is "Chief Operating
 * Officer of Tamarack Copper" is then the issuer's officer (NI 43-101 s.3.1). Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('qp-statement', text + '\n')).messages.map(format)

const release = (dateline: string, title: string) =>
  [
    'Tamarack Copper Reports Second Quarter 2026 Results',
    '',
    `${dateline}Tamarack Copper Ltd. (TSX: TCU) today reported its results. Mill throughput was 4.71 million tonnes ` +
      'at a head grade of 0.41% copper, and drilling at the Pinecrest pit returned 0.62% Cu over 48.0 metres in hole ' +
      'PC-26-014.',
    '',
    `Hannah Brodeur, P.Eng., ${title}, is a qualified person under NI 43-101 and has reviewed and approved the ` +
      'scientific and technical information in this news release.'
  ].join('\n')

const ELSEWHERE = /relationship of the Qualified Person to the issuer/

describe('qp-statement: the issuer named after a wire\'s "--" dateline', () => {
  it.each([
    'VANCOUVER, British Columbia--(BUSINESS WIRE)--July 29, 2026--',
    'VANCOUVER, British Columbia - July 29, 2026 - '
  ])('an officer of the issuer by its name: %s', async (dateline) => {
    expect(await found(release(dateline, 'Chief Operating Officer of Tamarack Copper'))).toEqual([])
  })

  it('an officer of another company is still no relationship to the issuer', async () => {
    const messages = await found(
      release(
        'VANCOUVER, British Columbia--(BUSINESS WIRE)--July 29, 2026--',
        'Chief ' + 'Operating Officer of Norvale Mining Corp.'
      )
    )
    expect(messages).toEqual([expect.stringMatching(ELSEWHERE)])
  })
})
