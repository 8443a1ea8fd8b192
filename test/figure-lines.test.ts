/**
 * A release set a paragraph per line with no blank line between (Word's "Save as plain text"), whose highlights are
 * lines that each open on a figure ("12.2 g/t Au over 6.4 m in hole 105" ⏎ "6.3 g/t Au over 10.2 m in hole 199"):
 * each line is an item of the list, not a sentence a wrap cut, so the results are read as with blank lines between.
 * A line cut on a word no sentence ends on still goes on in the next ("… at a price of ⏎ 5 cents"). Found by taking
 * the blank lines out of corpus releases. Invented issuers, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintPreset} from './helpers.js'

const blocks = (value: string) =>
  buildModel(unified().use(remarkParse).parse(value), value).blocks.map((block) => block.raw.text)
const keys = async (text: string) =>
  (await lintPreset(text)).messages.map(
    (message) => `${message.ruleId} ${message.fatal ? 'E' : 'W'}: ${message.reason.replace(/\(line \d+\)/, '')}`
  )

const LINES = [
  'Corvane Gold Reports Infill Results at Tamsin',
  'VANCOUVER, BC, December 3, 2026 – Corvane Gold Corp. (TSXV: CVG) ("Corvane" or the "Company") reports assays ' +
    'from 14 reverse circulation holes drilled this autumn at its Tamsin project in central British Columbia, where ' +
    'the program tests the continuity of the main structure between the existing sections.',
  'Highlights include:',
  '12.24 g/t Au over 6.4 m estimated true width in hole TM-26-105',
  '6.26 g/t Au over 10.2 m estimated true width in hole TM-26-199',
  '3.84 g/t Au over 7.6 m estimated true width in hole TM-26-067',
  'The technical information in this news release has been reviewed and approved by Moira Baird, P.Geo., Vice ' +
    'President, Exploration of the Company and a Qualified Person as defined by National Instrument 43-101.'
]

describe('lines that each open on a figure are items, not a wrapped sentence', () => {
  it('each highlight is a block of its own', () => {
    const read = blocks(LINES.join('\n') + '\n')
    expect(read).toContain(LINES[3])
    expect(read).toContain(LINES[4])
  })

  it('the findings are those of the release with blank lines between its paragraphs', async () => {
    const found = await keys(LINES.join('\n') + '\n')
    expect(found.some((key) => key.startsWith('exploration-results E'))).toBe(true)
    expect(found).toEqual(await keys(LINES.join('\n\n') + '\n'))
  })

  it('a line that stops on a word no sentence ends on still goes on', () => {
    const cut = [
      LINES[1],
      '2,500,000 units of the Company were sold at a price of',
      '5 cents per unit for gross proceeds of $125,000.',
      'The units are subject to a hold period.'
    ]
    expect(blocks(cut.join('\n') + '\n')).toContain(`${cut[1]}\n${cut[2]}`)
  })
})
