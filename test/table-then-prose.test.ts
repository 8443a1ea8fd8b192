/**
 * A table's rows followed, with no blank line, by a paragraph of prose (a draft whose blank line after its table was
 * lost): markdown reads one paragraph, and the prose was read as part of the table. The rows are a block; the prose
 * is a paragraph of its own. Invented issuers, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'

const blocks = (value: string) =>
  buildModel(unified().use(remarkParse).parse(value), value).blocks.map((block) => block.raw.text)

const OPENING =
  'VANCOUVER, British Columbia, December 2, 2026 – Larchmont Minerals Corp. (CSE: LMC) (the "Company") announces a ' +
  'consolidation of its common shares on a four to one basis.'
const TABLE = [
  '| Item | Before | After |',
  '| --- | --- | --- |',
  '| Symbol | LMC | LMN |',
  '| Shares | 40,000,000 | 10,000,000 |'
]
const PROSE = 'No fractional shares will be issued. Options and warrants will be adjusted on the same basis.'

describe('a table with a paragraph right after it', () => {
  it('reads the rows as one block and the prose as a paragraph of its own', () => {
    const read = blocks(
      `${OPENING}\n\n${[...TABLE, PROSE].join('\n')}\n\nFor further information, contact the Company.\n`
    )
    expect(read).toContain(TABLE.join('\n'))
    expect(read).toContain(PROSE)
  })

  it('reads prose before the rows apart too, and one line with a bar is no table', () => {
    const lead = 'The terms are as follows:'
    expect(blocks(`${OPENING}\n\n${[lead, ...TABLE].join('\n')}\n`)).toContain(lead)
    const furniture = `${PROSE}\nLarchmont Minerals Corp. | Page 2 of 3\n${PROSE}`
    expect(blocks(`${OPENING}\n\n${furniture}\n`)).not.toContain(PROSE)
  })
})
