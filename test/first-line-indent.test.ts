/**
 * A release typed with a first-line indent (a tab or four spaces) and hard-wrapped lines, no blank line inside a
 * paragraph: markdown reads the indented first line as a code block of its own and the lines after as another
 * paragraph. The model reads them as the one paragraph they are, so a disclaimer or a caution cut after its first
 * line is still whole. Invented issuers, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintPreset} from './helpers.js'

const blocks = (value: string) =>
  buildModel(unified().use(remarkParse).parse(value), value).blocks.map((block) => block.raw.text)
const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.line} ${message.fatal ? 'E' : 'W'}`)

/** `text` hard-wrapped at 72 characters. */
const wrapped = (text: string) => text.replace(/(.{40,72}) /g, '$1\n')

const PARAGRAPHS = [
  'CALGARY, Alberta, December 3, 2026 – Ostrander Minerals Inc. (TSXV: OSM) ("Ostrander" or the "Company") ' +
    'announces that it has appointed Mira Castell as Chief Financial Officer, effective December 1, 2026.',
  'Ms. Castell is a chartered professional accountant with fifteen years of experience in the finance of ' +
    'exploration companies listed in Canada.',
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
    'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
]

describe('a paragraph indented on its first line only is one paragraph', () => {
  it.each([
    ['a tab', '\t'],
    ['four spaces', '    ']
  ])(
    'indented by %s: the disclaimer is one block, and the findings are the unindented release’s',
    async (_, indent) => {
      const plain = PARAGRAPHS.map(wrapped).join('\n\n') + '\n'
      const indented = PARAGRAPHS.map((paragraph) => indent + wrapped(paragraph)).join('\n\n') + '\n'
      const disclaimer = blocks(indented).find((text) => text.startsWith('Neither'))
      expect(disclaimer).toMatch(/accuracy of this\s+release\.$/)
      expect(await keys(indented)).toEqual(await keys(plain))
    }
  )

  it('an indented line after a blank line stays a paragraph of its own', () => {
    const text = `${PARAGRAPHS[0]}\n\n\tA line set apart.\n\n${PARAGRAPHS[1]}\n`
    expect(blocks(text)).toContain('A line set apart.')
  })
})
