/**
 * QA round lawyer11: a release announcing that the underwriters exercised their over-allotment option after the
 * closing states the option's shares, then the total to date: "Together with the 7,500,000 common shares issued at
 * the closing of the offering, the Company has issued 8,100,000 common shares … for total gross proceeds of …". The
 * option's lot made the paragraph's lots partial, so the total went unchecked and a wrong one passed. The count to
 * date holds the earlier closing's shares, so the total is its count × the price (NI 51-102: a misstated figure is a
 * misrepresentation). Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const release = (total: string, earlier = 'the 7,500,000 common shares issued at the closing of the offering') =>
  [
    'Oxbow Reach Nickel Announces Exercise of Over-Allotment Option',
    '',
    'TORONTO, December 7, 2026 - Oxbow Reach Nickel Ltd. (TSX: ORN) (the "Company") announces that the underwriters ' +
      'of its bought deal offering that closed on November 24, 2026 have exercised the over-allotment option in ' +
      'part, buying an additional 600,000 common shares at $2.40 per share for additional gross proceeds of ' +
      `$1,440,000. Together with ${earlier}, the Company has issued 8,100,000 common shares under the offering for ` +
      `total gross proceeds of ${total}.`
  ].join('\n')

describe('offering-arithmetic: the total to date after an over-allotment option exercised later', () => {
  it('a total that is not the count to date times the price', async () => {
    expect(await found(release('$19,400,000'))).toEqual([
      expect.stringMatching(/error.*Unexpected aggregate proceeds.*expected \$19,440,000/)
    ])
  })

  it('the right total passes', async () => {
    expect(await found(release('$19,440,000'))).toEqual([])
  })

  it('the shares sold at the initial closing, named so', async () => {
    const earlier = 'the 7,500,000 common shares sold at the initial closing'
    expect(await found(release('$19,400,000', earlier))).toEqual([
      expect.stringMatching(/error.*Unexpected aggregate proceeds.*expected \$19,440,000/)
    ])
  })
})
