/**
 * NI 43-101 s.3.1 asks for the QP's relationship to the issuer. In a joint release (two listed companies announce a
 * combination together) each announcer is an issuer of the release, so a QP's tie to either is that relationship;
 * a tie to a third company is not. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const LEAD =
  'TORONTO, ON, November 30, 2026 – Corran Gold Corp. (TSXV: CRN) ("Corran") and Wexley Minerals Inc. (TSXV: WXM) ' +
  '("Wexley") jointly announce an agreement to combine by way of a share exchange.\n\n' +
  "Corran's Tay project returned 18.0 metres of 2.6 g/t gold in hole TY-26-04. Wexley's Brora project returned " +
  '9.5 metres of 4.1 g/t gold in hole BR-26-11.\n\n'
const qpWarnings = async (statement: string) =>
  (await lintWith('qp-statement', LEAD + statement + '\n')).messages.map((message) => message.reason)

describe('a QP tied to one of the announcers of a joint release', () => {
  it('is tied to the issuer: no finding', async () => {
    expect(
      await qpWarnings(
        'The technical information on Tay has been reviewed and approved by Maeve Dunn, P.Geo., Vice President ' +
          'Exploration of Corran, and on Brora by Tomas Rigg, P.Eng., an independent consultant to Wexley; each is ' +
          'a Qualified Person under NI 43-101.'
      )
    ).toEqual([])
  })

  it('a tie to a third company is still no tie to the issuer', async () => {
    const reasons = await qpWarnings(
      'The technical information on Tay has been reviewed and approved by Maeve Dunn, P.Geo., Vice President ' +
        'Exploration of Corran, and on Brora by Tomas Rigg, P.Eng., a consultant to Halden Mining Ltd. ' +
        '("Halden"); each is a Qualified Person under NI 43-101.'
    )
    expect(reasons).toEqual(['Missing relationship to the issuer of the Qualified Person “Tomas Rigg”'])
  })
})
