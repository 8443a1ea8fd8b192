/**
 * NI 43-101 s.3.2(c): a release that says the data were not verified says why. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const RESULTS =
  'Fenwick Silver Corp. (TSXV: FWS) reports that hole FW-26-011 at its Osprey project returned 212 g/t Ag over ' +
  '3.4 metres from 88.0 metres.\n\n'
const QP =
  'Rhea Castellan, P.Geo., Exploration Manager of the Company and a Qualified Person as defined in National ' +
  'Instrument 43-101, approved the technical information in this news release. '

const reasons = async (text: string) =>
  (await lintWith('data-verification', text)).messages.map((message) => message.reason.split(',')[0])

describe('a verification said not done says why (s.3.2(c))', () => {
  it.each([
    'Ms. Castellan has not verified the assay data.',
    'Ms. Castellan has not yet independently verified the sampling and analytical data disclosed.',
    'The drill data could not be verified.'
  ])('without a reason: a warning (%s)', async (sentence) => {
    expect(await reasons(RESULTS + QP + sentence + '\n')).toEqual(['Missing why the data were not verified'])
  })

  it.each([
    'Ms. Castellan has not verified the assay data, as the final certificates have not yet been received.',
    'Ms. Castellan has not verified the assay data because the pulps were discarded by the laboratory.',
    'Ms. Castellan has not verified the assay data. The samples were collected by a prior operator in 1996.',
    'The drill data could not be verified due to the loss of the original core.'
  ])('with its reason, in the sentence or the paragraph: nothing (%s)', async (sentence) => {
    expect(await reasons(RESULTS + QP + sentence + '\n')).toEqual([])
  })

  it('no limitation on a verification done, or another property’s information not verified, is no failure to verify', async () => {
    const done =
      'Ms. Castellan verified the data by reviewing the certificates against the database; there were no ' +
      'limitations on the verification.'
    expect(await reasons(RESULTS + QP + done + '\n')).toEqual([])
    const others =
      'Ms. Castellan verified the data by reviewing the certificates against the database. She has not verified ' +
      'the information on the neighbouring Teal property. Mineralization on that property is not necessarily ' +
      'indicative of mineralization on the Osprey project.'
    expect(await reasons(RESULTS + QP + others + '\n')).toEqual([])
  })

  it('in French too: « n’a pas vérifié les données » alone, and with its reason', async () => {
    const release =
      'Le sondage OS-26-004 du projet Osprey a intersecté 212 g/t Ag sur 3,4 m.\n\n' +
      'Rhéa Castellan, géo., personne qualifiée au sens du Règlement 43-101, a approuvé le présent communiqué. ' +
      'Elle n’a pas vérifié les données d’analyse'
    const messages = async (text: string) =>
      (await lintWith('data-verification', text)).messages.map((message) => message.reason.split(' ;')[0])
    expect(await messages(release + '.\n')).toEqual([
      'Il manque la raison pour laquelle les données n’ont pas été vérifiées'
    ])
    expect(await messages(release + ', les certificats n’étant pas encore disponibles.\n')).toEqual([])
  })
})

describe('a review of the data whose records are named after it (s.3.2(a), (b))', () => {
  it.each([
    'Ms. Castellan has reviewed the data underlying these results, including the drill database and assay ' +
      'certificates, and found it suitable for use.',
    'Ms. Castellan reviewed the information disclosed, namely the assay certificates and the QA/QC results.'
  ])('says whether and how the data were verified: nothing (%s)', async (sentence) => {
    expect(await reasons(RESULTS + QP + sentence + '\n')).toEqual([])
  })

  it('a review of the information alone, naming no records, still says nothing of how', async () => {
    const sentence = 'Ms. Castellan has reviewed the information in this release, including its conclusions.'
    expect(await reasons(RESULTS + QP + sentence + '\n')).toEqual(['Missing data verification statement'])
  })
})
