/**
 * QA round real40: a producer's drill release that sizes a target below its mine as a range ("Northlake estimates the
 * Castine Deep target at 3 to 5 million tonnes grading 5 to 7 g/t Au, based on the drilling to date") gives an
 * exploration target's potential quantity and grade, which NI 43-101 s.2.3(2) allows only with its caution; it was read
 * as a resource estimate in no category. No estimate is a range. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const target = async (text: string) => (await lintWith('exploration-target', text + '\n')).messages.map(format)
const resource = async (text: string) => (await lintWith('mineral-resource', text + '\n')).messages.map(format)

const release = (sentence: string) =>
  [
    'TORONTO, June 10, 2026 (GLOBE NEWSWIRE) -- Northlake Gold Corp. (TSX: NLG) ("Northlake" or the "Company") ' +
      'reports results from 14 underground holes drilled below the Castine mine.',
    '',
    sentence
  ].join('\n')

describe('exploration-target: a target sized as a range', () => {
  it.each([
    'Northlake estimates the Castine Deep target at 3 to 5 million tonnes grading 5 to 7 g/t Au, based on the drilling ' +
      'to date.',
    'The target is estimated to contain 2.5-4.0 Mt at 4 to 6 g/t Au, based on the drilling to date.'
  ])('owes the caution, not a category: %s', async (sentence) => {
    expect(await target(release(sentence))).toEqual([
      expect.stringContaining('error Missing exploration-target caution')
    ])
    expect(await resource(release(sentence))).toEqual([])
  })
})
