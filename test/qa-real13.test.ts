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

describe('pea-caution: an earlier PEA named as the benchmark of a pre-feasibility study’s figure is not its results', () => {
  const study =
    'VANCOUVER, B.C., June 3, 2026 – Kestrel Ridge Mining Ltd. (TSX: KRM) ("Kestrel" or the "Company") reports ' +
    'the results of the pre-feasibility study (the "PFS") for its Thornbury gold project.'

  it.each([
    '- Initial capital of $412 million, keeping the low capital intensity indicated by the 2024 PEA.',
    '- After-tax NPV (5%) of $690 million, a 40% increase compared to the previous preliminary economic assessment.'
  ])('no finding: %#', async (item) => {
    expect(await messages('pea-caution', `${study}\n\nPFS highlights:\n\n${item}`)).toEqual([])
  })

  it.each([
    // The earlier PEA's own figure is stated: its results are disclosed.
    '- Initial capital rose from $335 million to $412 million, compared to the 2024 PEA.',
    // The earlier PEA's figure after the benchmark.
    '- Initial capital of $412 million, compared to the 2024 PEA, which estimated $335 million.',
    // A PEA's release: its figures are the PEA's, whatever they are compared with.
    '- After-tax NPV (5%) of $690 million compared to the 2024 PEA.'
  ])('still the PEA’s results: %#', async (item) => {
    const opening = item.includes('$335') ? study : study.replace('pre-feasibility study (the "PFS")', 'updated PEA')
    const found = await messages('pea-caution', `${opening}\n\nHighlights:\n\n${item}`)
    expect(found.some((m) => m.includes('error'))).toBe(true)
  })
})
