/**
 * QA round real36: a junior's drill-start release describes the program it has begun in the present ("The program
 * comprises about 2,400 metres of diamond drilling in 9 holes"). That design was read as drilling done, strong
 * evidence of technical information, so data-verification asked the QP to verify data the release does not have
 * (NI 43-101 s.3.2). Holes drilled and counted are still results. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('data-verification', text + '\n')).messages.map(format)

const release = (program: string) =>
  [
    'Ostrava Nickel Starts Drilling at Lac Tremblant',
    '',
    'MONTREAL, Quebec, July 21, 2026 - Ostrava Nickel Corp. (Cboe CA: OSN) ("Ostrava" or the "Company") reports that ' +
      `diamond drilling has started at its Lac Tremblant nickel-copper property. ${program}`,
    '',
    'The scientific and technical information in this news release has been reviewed and approved by Lucie Marchand, ' +
      'P.Geo., Vice President Exploration of the Company and a Qualified Person as defined by National Instrument 43-101.'
  ].join('\n')

const DATA = /Missing data verification statement/

describe("data-verification: a drill program's design is no drilling done", () => {
  it.each([
    'The program comprises about 2,400 metres of diamond drilling in 9 holes designed to test two conductors.',
    'The campaign consists of 9 holes totalling approximately 2,400 metres.'
  ])('no verification owed: %s', async (program) => {
    expect(await found(release(program))).not.toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })

  it('a program whose holes were drilled is drilling done', async () => {
    const text = release(
      'The first phase, which comprised 9 holes, was completed on July 18, 2026, and 9 holes were drilled.'
    )
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(DATA)]))
  })
})
