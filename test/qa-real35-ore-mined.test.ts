/**
 * QA round real35: an underground producer's quarter, "Ore mined totalled 298,000 tonnes at 5.72 g/t gold", reports
 * what the mine mined: production, not sample results owing a data verification statement (NI 43-101 s.3.2).
 * Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('data-verification', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  [
    'Rookwood Mining Reports Fourth Quarter Production at Ashby',
    '',
    `KALGOORLIE, Western Australia, January 15, 2027 - Rookwood Mining Ltd. (TSX: RKW) reports results. ${sentence}`,
    '',
    'The information in this release was reviewed and approved by Ellen Corr, MAusIMM (CP), General Manager ' +
      'Geology of Rookwood and a qualified person under NI 43-101.'
  ].join('\n')

const DATA = /Missing data verification statement/

describe('data-verification: ore mined is production', () => {
  it.each([
    'Ore mined totalled 298,000 tonnes at 5.72 g/t gold from the Vanguard and Ridgeline ore bodies.',
    'Tonnes mined from the open pit were 1.2 million at 1.31 g/t gold.'
  ])('production: %s', async (sentence) => {
    expect(await found(release(sentence))).not.toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })

  it('a drill result beside it still owes the statement', async () => {
    const text = release('Ore mined totalled 298,000 tonnes. Hole AS-26-11 returned 9.4 g/t gold over 3.1 metres.')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })
})
