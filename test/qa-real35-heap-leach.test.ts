/**
 * QA round real35: a heap leach operation's words. A producer's quarter that "stacked 2.9 million tonnes of ore on the
 * heap leach pad at an average grade of 0.48 g/t gold" reports production, not sample results owing a data
 * verification statement (NI 43-101 s.3.2); a mine under construction that "expects to place ore on the leach pad
 * … and to produce first cathode copper" speaks of a mine's work, where "ore" is its word (CSA Staff Notice 43-309).
 * Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const verification = async (text: string) => (await lintWith('data-verification', text + '\n')).messages.map(format)
const terms = async (text: string) => (await lintWith('mining-terminology', text + '\n')).messages.map(format)

const quarter = (sentence: string) =>
  [
    'Tolland Gold Reports First Quarter 2027 Production',
    '',
    'RENO, Nevada, April 8, 2027 - Tolland Gold Corp. (TSX: TLG) reports first quarter results from its Mesa Verde ' +
      `open pit heap leach mine. ${sentence} Gold production was 31,900 ounces.`,
    '',
    'The technical information in this release was reviewed and approved by Owen Marsh, P.Eng., Vice President ' +
      'Operations of Tolland and a qualified person under NI 43-101.'
  ].join('\n')

const construction = (sentence: string) =>
  [
    'Pardoe Copper Reports Construction Progress at Vallenar',
    '',
    'SANTIAGO, Chile, January 11, 2027 - Pardoe Copper Corp. (TSX: PDC) reports that construction of its Vallenar ' +
      'copper project reached 78% at December 31, 2026.',
    '',
    sentence
  ].join('\n')

const DATA = /Missing data verification statement/
const ORE = /Unexpected “ore”/

describe('a heap leach operation', () => {
  it('tonnes stacked on the leach pad and their grade are production', async () => {
    const text = quarter(
      'The mine stacked 2.9 million tonnes of ore on the heap leach pad at an average grade of 0.48 g/t gold.'
    )
    expect(await verification(text)).not.toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })

  it('a grab sample beside the production still owes the statement', async () => {
    const text = quarter('A grab sample from the new Phase 6 outcrop returned 3.1 g/t gold.')
    expect(await verification(text)).toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })

  it.each([
    'Pardoe expects to place ore on the leach pad in the second quarter of 2027.',
    'Pardoe expects the first ore in the second quarter and to produce first cathode copper in the third quarter.'
  ])('"ore" of a mine being built: %s', async (sentence) => {
    expect(await terms(construction(sentence))).not.toEqual(expect.arrayContaining([expect.stringMatching(ORE)]))
  })

  it('"ore" of a drill result still is the term', async () => {
    const text = construction('Drilling at the Vallenar North target intersected ore in hole VN-26-03.')
    expect(await terms(text)).toEqual(expect.arrayContaining([expect.stringMatching(ORE)]))
  })
})
