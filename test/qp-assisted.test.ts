/**
 * NI 43-101 s.3.1: the release names the Qualified Person who prepared or supervised the preparation of the
 * technical information, or approved it. Information "prepared with the assistance of" a QP was prepared by someone
 * else: the QP only helped, and approved nothing. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const RESULTS =
  'Brantwood Copper Corp. (TSXV: BWC) reports that hole BW-26-03 at its Kessock project returned 0.84% Cu over ' +
  '22.0 metres from 41.0 metres.\n\n'
const QP = (how: string) =>
  `The technical information in this news release was ${how} Ailsa Munro, P.Geo., Chief Operating Officer of the ` +
  'Company and a Qualified Person as defined by National Instrument 43-101.\n'

const findings = async (text: string) =>
  (await lintWith('qp-statement', text)).messages.map((message) => (message.fatal ? 'error' : 'warning'))

describe('a QP who only assisted did not prepare or approve (s.3.1)', () => {
  it.each(['prepared with the assistance of', 'prepared, with the help of,', 'compiled with the support of'])(
    'the approval is missing: "%s"',
    async (how) => {
      expect(await findings(RESULTS + QP(how))).toEqual(['error'])
    }
  )

  it.each([
    'prepared by',
    'prepared under the supervision of',
    'reviewed and approved by',
    'prepared by the Company’s geologists and approved by'
  ])('prepared, supervised or approved by the QP: nothing reported ("%s")', async (how) => {
    expect(await findings(RESULTS + QP(how))).toEqual([])
  })

  it('prepared by the QP with others’ assistance is still the QP’s', async () => {
    const qp =
      'Ailsa Munro, P.Geo., Chief Operating Officer of the Company and a Qualified Person as defined by National ' +
      'Instrument 43-101, prepared the technical information in this news release with the assistance of the ' +
      'Company’s field geologists.\n'
    expect(await findings(RESULTS + qp)).toEqual([])
  })

  it('in French too: « préparée avec l’aide de » a QP', async () => {
    const release = (how: string) =>
      'Cuivre Brantwood Corp. (TSXV : BWC) annonce que le sondage BW-26-03 du projet Kessock a recoupé 0,84 % Cu sur ' +
      `22,0 mètres.\n\nL’information technique du présent communiqué a été ${how} Mme Ailsa Munro, géo., chef de ` +
      'l’exploitation de la Société et personne qualifiée au sens du Règlement 43-101.\n'
    expect(await findings(release('préparée avec l’aide de'))).toEqual(['error'])
    expect(await findings(release('préparée par'))).toEqual([])
  })
})
