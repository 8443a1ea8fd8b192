/**
 * NI 43-101 s.3.2: a release says whether the Qualified Person verified the data. A sentence that makes verification
 * a condition still to be met ("until the data are verified", « tant que les données n'auront pas été vérifiées »)
 * says nothing of whether they were: it is not the statement. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const RESULTS =
  'Larchmont Metals Inc. (TSXV: LMI) reports that hole LM-26-014 at its Kestrel project returned 4.6 g/t Au over ' +
  '7.2 metres from 63.5 metres.\n\n'
const QP =
  'Ines Varga, P.Geo., Vice President Exploration of the Company and a Qualified Person as defined in National ' +
  'Instrument 43-101, approved the technical information in this news release.\n\n'

/** Each finding's kind: the statement missing, or how (or why) missing from a statement found. */
const ids = async (text: string) =>
  (await lintWith('data-verification', text)).messages.map((m) =>
    /^(?:Missing how|Missing why|Il manque la façon|Il manque la raison)/.test(m.reason) ? 'how or why' : 'no statement'
  )

describe('verification named as a condition still to be met is not the statement (s.3.2)', () => {
  it.each([
    'The reliability of the 1988 estimate cannot be assessed until the underlying drill data are verified.',
    'The 1988 intervals are treated as indicative only until the data are verified against the original certificates.',
    'Once the sampling data are verified, the Company expects to publish a first estimate.'
  ])('alone, the statement is missing (%s)', async (sentence) => {
    expect(await ids(RESULTS + QP + sentence + '\n')).toEqual(['no statement'])
  })

  it('beside a verification done, nothing is reported', async () => {
    const done =
      'Ms. Varga verified the data by comparing the assay certificates with the database; there were no limitations ' +
      'on the verification. The reliability of the 1988 estimate cannot be assessed until its drill data are verified.'
    expect(await ids(RESULTS + QP + done + '\n')).toEqual([])
  })

  it('a verification done before the release is still one ("the results were verified before release")', async () => {
    const done =
      'Before release, the assay results were verified against the laboratory certificates by the Qualified Person.'
    expect(await ids(RESULTS + QP + done + '\n')).toEqual([])
  })

  it('in French: « jusqu’à ce que les données soient vérifiées » alone is no statement', async () => {
    const release =
      'Larchmont Metals Inc. (TSXV : LMI) annonce que le sondage LM-26-014 du projet Kestrel a recoupé 4,6 g/t Au ' +
      'sur 7,2 m.\n\nInès Varga, géo., vice-présidente Exploration et personne qualifiée au sens du Règlement ' +
      '43-101, a approuvé le contenu technique du présent communiqué.\n\n' +
      'Les résultats de 1988 sont indicatifs seulement jusqu’à ce que les données de forage soient vérifiées.\n'
    expect(await ids(release)).toEqual(['no statement'])
  })
})
