/**
 * Releases of producers and developers listed on the TSX and TSX-V, of the shapes real ones take (a study's
 * release with its footnotes under a rule copied out of a one-cell table). The issuers, people and properties
 * are invented, in our own words; each case reproduces the shape of a release the document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const opening =
  'TORONTO, May 12, 2026 /CNW/ - Harrowgate Gold Corp. (TSX: HGC) ("Harrowgate" or the "Company") reports the ' +
  'results of the feasibility study for its Brackenfell project.'

describe('unfilled-placeholder: a footnote rule pasted with a table border is a line drawn, not a blank', () => {
  it.each(['____________________________ |', '| ______________________ |', '+------------------+\n______________ +'])(
    'no finding: %j',
    async (rule) => {
      const text = `${opening}\n\n${rule}\n1 See the Company's technical report dated March 2, 2026, filed on SEDAR+.`
      expect(await messages('unfilled-placeholder', text)).toEqual([])
    }
  )

  it.each([
    ['The exercise price is $____ per share.', 1],
    ['| ________ | ________ |', 2],
    ['Closing: ________ |', 1]
  ])('still a blank: %j', async (line, count) => {
    const found = await messages('unfilled-placeholder', `${opening}\n\n${line}`)
    expect(found).toHaveLength(count as number)
  })
})
