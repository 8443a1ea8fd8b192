/**
 * QA round real40: a producer's QP statement that names only an office ("reviewed and approved by the Company's
 * Director, Mine Planning, a qualified person under NI 43-101") names no person: the department after the title's
 * comma ("Mine Planning", "Mine Operations", "Resource Development") is no one's name, and s.3.1 asks for the QP's
 * name. A person named with the same title still is. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('qp-statement', text + '\n')).messages.map(format)

const release = (statement: string) =>
  [
    'TORONTO, Nov. 5, 2026 (GLOBE NEWSWIRE) -- Northlake Gold Corp. (TSX: NLG) ("Northlake" or the "Company") ' +
      'reports that hole CS-26-112 returned 11.42 g/t Au over 6.3 m below the Castine mine.',
    '',
    statement
  ].join('\n')

const NAME = /Missing name of the Qualified Person/

describe("qp-statement: a title's department is no name", () => {
  it.each([
    "The technical information in this release has been reviewed and approved by the Company's Director, Mine " +
      'Planning, a qualified person under NI 43-101.',
    "The technical information in this release has been reviewed and approved by Northlake's Vice President, Mine " +
      'Operations, a qualified person under NI 43-101.'
  ])('no name: %s', async (statement) => {
    expect(await found(release(statement))).toEqual(expect.arrayContaining([expect.stringMatching(NAME)]))
  })

  it('a person with that title is named', async () => {
    const statement =
      'The technical information in this release has been reviewed and approved by Paul Ostrowski, P.Eng., Director, ' +
      'Mine Planning of the Company and a qualified person under NI 43-101.'
    expect(await found(release(statement))).toEqual([])
  })
})
