/**
 * A table copied one cell per paragraph, a blank line between its cells, as a web page's table pasted into a draft or
 * a converter that makes each cell a block leaves it: the cells are one block, read as the same table copied one cell
 * per line is (document.ts, `cellJoiner`). Invented issuer, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const blocks = (value: string) =>
  buildModel(unified().use(remarkParse).parse(value), value).blocks.map((b) => b.raw.text)

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const CELLS = ['Hole ID', 'From (m)', 'To (m)', 'Length (m)', 'Au (g/t)', 'QT-26-04', '61.0', '68.5', '7.5', '3.92']

const release = (cells: string, qaqc: boolean) =>
  [
    'SUDBURY, ON, December 3, 2026 – Quillwort Gold Corp. (TSXV: QWG) (the "Company") reports assays from its Tamarack ' +
      'Lake drilling.',
    'Table 1',
    cells,
    'True widths are estimated at about 75% of the core lengths. The hole was collared at UTM 512400E, 5155200N and ' +
      'drilled at an azimuth of 320 and a dip of -50.',
    'Sawn half-core samples were analysed by SGS Canada Inc. in Sudbury, a laboratory independent of the Company, by ' +
      'fire assay with an atomic absorption finish.' +
      (qaqc ? ' Certified reference materials, blanks and duplicates were inserted every 20 samples.' : ''),
    'The technical information in this news release was reviewed and approved by Marta Lindqvist, P.Geo., Vice ' +
      'President Exploration of the Company and a Qualified Person as defined by National Instrument 43-101.'
  ].join('\n\n')

describe('layout: an assay table copied one cell per paragraph', () => {
  const perParagraph = CELLS.join('\n\n')
  const perLine = CELLS.join('\n')

  it.each([perParagraph, perLine])(
    'reads the table as drill results: a missing QA/QC program is an error',
    async (cells) => {
      const found = await messages('exploration-results', release(cells, false))
      expect(found).toHaveLength(1)
      expect(found[0]).toMatch(/error.*Missing QA\/QC program.*“Au \(g\/t\)”/s)
    }
  )

  it.each([perParagraph, perLine])('no finding when the release states every element', async (cells) => {
    expect(await messages('exploration-results', release(cells, true))).toEqual([])
  })

  it('the cells are one block, each character at its offset in the draft; the paragraphs around them stay apart', () => {
    const text = release(perParagraph, true)
    const model = buildModel(unified().use(remarkParse).parse(text), text)
    const table = model.blocks.find((block) => block.raw.text.includes('QT-26-04'))!
    // The title above the cells is a cell-like line too, as in a paragraph copied one cell per line.
    expect(table.raw.text).toBe(['Table 1', ...CELLS].join('\n'))
    for (const cell of ['Au (g/t)', 'QT-26-04', '3.92']) {
      const at = table.raw.text.indexOf(cell)
      expect(text.slice(table.raw.offsets[at], table.raw.offsets[at] + cell.length)).toBe(cell)
    }
    expect(model.blocks).toHaveLength(5)
  })

  it('short paragraphs with too few figures alone are no table (a contact block, a list of names)', () => {
    const contact = ['For further information', 'Marta Lindqvist', 'President', 'Quillwort Gold Corp.', '705-555-0190']
    const text = ['Quillwort Gold Corp. (TSXV: QWG) has appointed a director.', ...contact].join('\n\n')
    expect(blocks(text)).toHaveLength(6)
  })
})
