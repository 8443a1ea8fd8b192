/**
 * QA round real40: a producer's quarter tells what its mill processed and what it mined, the verb before the tonnes
 * ("The mill processed 402,000 tonnes at an average grade of 3.36 g/t Au", "Castine mined 231,000 tonnes of ore at 5.36
 * g/t Au", a table's "Tonnes processed" column): production, not sample results owing a data verification statement
 * (NI 43-101 s.3.2). Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('data-verification', text + '\n')).messages.map(format)

const release = (body: string) =>
  [
    'Mines Val-Doré Reports Fourth Quarter 2025 Production',
    '',
    'ROUYN-NORANDA, Quebec, January 13, 2026 - Mines Val-Doré Inc. (TSX: MVD) reports its production.',
    '',
    body,
    '',
    'The technical information in this release has been reviewed and approved by Julie Tremblay, ing., General ' +
      'Manager of the Beaudry mine and a qualified person under NI 43-101.'
  ].join('\n')

const DATA = /Missing data verification statement/

describe("data-verification: a mill's processed tonnes and a mine's mined tonnes are production", () => {
  it.each([
    'The mill processed 402,000 tonnes at an average grade of 3.36 g/t Au.',
    'The Beaudry underground mined 231,000 tonnes of ore at 5.36 g/t Au in the quarter.',
    [
      '| Mine | Tonnes processed | Au grade (g/t) | Au (oz) |',
      '| --- | --- | --- | --- |',
      '| Beaudry | 402,000 | 3.36 | 41,280 |'
    ].join('\n')
  ])('production: %s', async (body) => {
    expect(await found(release(body))).not.toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })

  it('a drill result beside it still owes the statement', async () => {
    const text = release('The mill processed 402,000 tonnes. Hole BD-26-07 returned 8.4 g/t Au over 3.1 metres.')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })
})
