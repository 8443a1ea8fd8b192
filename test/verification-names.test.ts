/**
 * NI 43-101 s.3.2: a verification sentence names people, with the periods of an honorific, an initial or a
 * designation ("verified by Ms. Varga, P.Geo., against the certificates"). Those periods end no sentence: the words
 * the statement ties together are read across them. Invented issuers throughout.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const RESULTS =
  'Larchmont Metals Inc. (TSXV: LMI) reports that hole LM-26-014 at its Kestrel project returned 4.6 g/t Au over ' +
  '7.2 metres from 63.5 metres.\n\n'
const QP =
  'Ines Varga, P.Geo., Vice President Exploration of the Company and a Qualified Person as defined in National ' +
  'Instrument 43-101, approved the technical information in this news release. '

const reasons = async (text: string) =>
  (await lintWith('data-verification', text)).messages.map((message) => message.reason.split(',')[0])

describe('a verification read across the periods of names and designations (s.3.2)', () => {
  it.each([
    'The data were verified by Ms. Varga against the laboratory certificates.',
    'The assay data were verified by Dr. J. Varga, P.Geo., against the certificates of analysis.',
    'Ms. Varga compared the assays reported by Mr. T. Lund with the original laboratory certificates.'
  ])('says how: nothing reported (%s)', async (sentence) => {
    expect(await reasons(RESULTS + QP + sentence + '\n')).toEqual([])
  })

  it('a verification said not done, a name inside, still needs its reason', async () => {
    const sentence = 'The assay data from Dr. Lund’s 1997 program have not been verified.'
    expect(await reasons(RESULTS + QP + sentence + '\n')).toEqual(['Missing why the data were not verified'])
  })

  it('a sentence’s own end still ends the words read: "verified." then another sentence is not how', async () => {
    const sentence = 'The data were verified by Ms. Varga. The laboratory certificates are on file.'
    expect(await reasons(RESULTS + QP + sentence + '\n')).toEqual(['Missing how the data were verified'])
  })
})
