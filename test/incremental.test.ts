/**
 * The language server's incremental parser gives the tree a whole parse
 * gives, for drafts assembled from every block construct (lists across blank
 * lines, fences, raw HTML, quotes, indented code, definitions), and reuses
 * unchanged paragraphs.
 */
import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, it} from 'vitest'
import {createIncrementalParser, pieces} from '../src/language-server/incremental.js'
import {RELEASE, fixture} from './helpers.js'

const BLOCKS = [
  'A paragraph of a release, with *emphasis* and **strong** text.',
  'Second line\nof a wrapped paragraph.',
  '# Heading',
  'Setext heading\n===',
  '- item one\n- item two',
  '- loose item\n\n- after a blank line',
  '1. first\n\n2. second',
  '    indented code\n\n    more code',
  '```\nfenced\n\ncode with a blank line\n```',
  '~~~~\ntilde fence\n~~~~',
  '<!--disclosure-lint disable exchange-disclaimer-->',
  '<!-- a comment\n\nover a blank line -->',
  '<div>\nhtml block\n</div>',
  '> a quote\n>\n> continued',
  '> lazy quote\ncontinuation',
  'Text with a [link](https://example.com) and `code`.',
  '[ref]: https://example.com\n\nA [ref] used.',
  '---',
  'CDN\\$0.10 per Unit &amp; more',
  '  two-space indented paragraph',
  '',
  '<!A stray',
  '* star item\n\n  continued item paragraph'
]

const drafts = fc
  .array(
    fc.oneof({weight: 5, arbitrary: fc.constantFrom(...BLOCKS)}, {weight: 1, arbitrary: fc.string({maxLength: 30})}),
    {maxLength: 12}
  )
  .chain((blocks) => fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n').map((separator) => blocks.join(separator)))

describe('incremental parser', () => {
  it('gives the same tree as a whole parse', () => {
    fc.assert(
      fc.property(drafts, (doc) => {
        expect(createIncrementalParser()(doc)).toEqual(fromMarkdown(doc))
      }),
      {numRuns: 1000}
    )
  })

  it('gives the same tree after an edit, reusing the pieces that did not change', () => {
    const parse = createIncrementalParser()
    const doc = fixture(RELEASE)
    expect(parse(doc)).toEqual(fromMarkdown(doc))
    const edited = doc.replace('11,620,000', '11,260,000')
    expect(parse(edited)).toEqual(fromMarkdown(edited))
    // The release's paragraphs are separate pieces.
    expect(pieces(doc).length).toBeGreaterThan(10)
  })
})
