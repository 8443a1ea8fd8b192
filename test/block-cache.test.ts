/**
 * The editor's block cache (src/model/block-cache.ts): a document read again
 * after random edits, reusing what the last read found of its blocks, gives
 * the blocks and sentences a fresh read gives, offset for offset; and the
 * language server's lint with the cache gives the diagnostics a fresh lint
 * gives. An edit of one paragraph reads that paragraph again, not the others.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {afterAll, describe, expect, it} from 'vitest'
import {BlockCache} from '../src/model/block-cache.js'
import {readDocument} from '../src/model/document.js'
import {lint} from '../src/language-server/lint.js'
import {DEFAULT_SETTINGS} from '../src/language-server/settings.js'
import {RELEASE, fixture, root} from './helpers.js'

const draft = [
  fixture(RELEASE),
  fs.readFileSync(path.join(root, 'examples/drill-results-draft.md'), 'utf8'),
  fs.readFileSync(path.join(root, 'examples/communique-cloture.md'), 'utf8')
].join('\n')

/** What an edit may insert: words, sentence ends, blank lines, escapes, references, odd spaces and quotes. */
const INSERTS = [
  'a',
  ' ',
  '.',
  '. Mr. Smith said ',
  '\n',
  '\n\n',
  '\n\nA new paragraph.\n\n',
  '\\$',
  '&amp;',
  '\u00a0',
  '\u2019',
  '# ',
  '- ',
  '`code`',
  '*',
  '$0.10',
  'Issuer Corp.'
]

/** An edit: at a fraction of the draft, delete up to `remove` characters and insert `text`. */
const edit = fc.record({
  at: fc.double({min: 0, max: 1, noNaN: true}),
  remove: fc.nat({max: 40}),
  text: fc.oneof({weight: 4, arbitrary: fc.constantFrom(...INSERTS)}, {weight: 1, arbitrary: fc.string({maxLength: 8})})
})

type Edit = {at: number; remove: number; text: string}

function apply(doc: string, {at, remove, text}: Edit): string {
  const start = Math.floor(at * doc.length)
  return doc.slice(0, start) + text + doc.slice(start + remove)
}

/** Numbers as one string: quick to compare. */
const list = (numbers: ArrayLike<number>) => Array.prototype.join.call(numbers, ',')

/** A read as plain data: every block's and sentence's text, normalized text and source offsets. */
function plain(doc: string, cache?: BlockCache, tree = fromMarkdown(doc)) {
  const {blocks, sentences} = readDocument(tree, doc, cache)
  return {
    blocks: blocks.map((block) => ({
      kind: block.kind,
      index: block.index,
      start: block.start,
      end: block.end,
      raw: [block.raw.text, list(block.raw.offsets)],
      norm: [block.norm.text, list(block.norm.offsets), list(block.norm.starts)],
      sentences: block.sentences.map((sentence) => sentence.index)
    })),
    sentences: sentences.map((sentence) => ({
      block: sentence.block.index,
      index: sentence.index,
      start: sentence.start,
      end: sentence.end,
      raw: [sentence.raw.text, sentence.raw.base],
      norm: [sentence.norm.text, sentence.norm.base, sentence.norm.offsets === sentence.block.norm.offsets]
    }))
  }
}

describe('block cache', () => {
  it('reads a draft after random edits as a fresh read does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, {minLength: 1, maxLength: 6}), async (edits) => {
        // A turn of the event loop between runs: the worker stays responsive on a loaded machine.
        await new Promise((resolve) => setImmediate(resolve))
        const cache = new BlockCache()
        let doc = draft
        expect(plain(doc, cache)).toEqual(plain(doc))
        for (const one of edits) {
          doc = apply(doc, one)
          // One parse for both reads: reading does not change the tree.
          const tree = fromMarkdown(doc)
          expect(plain(doc, cache, tree)).toEqual(plain(doc, undefined, tree))
        }
      }),
      {numRuns: 40}
    )
  })

  it('reads a draft that opens with its first character, and a block written twice, as a fresh read does', () => {
    const cache = new BlockCache()
    const twice = 'Same paragraph.\n\nSame paragraph.\n\nOther.'
    for (const doc of [twice, ' ' + twice, twice.slice(1), 'x' + twice, '\u00a0Same\u00a0 paragraph.\n\n' + twice]) {
      expect(plain(doc, cache)).toEqual(plain(doc))
    }
  })

  it('reads again only the paragraph an edit changed', () => {
    const cache = new BlockCache()
    readDocument(fromMarkdown(draft), draft, cache)
    const blocks = cache.computed
    expect(blocks).toBeGreaterThan(20)
    expect(cache.reused).toBe(0)
    // One character inserted in a paragraph: it moves every block after it.
    const at = draft.indexOf('11,620,000')
    expect(at).toBeGreaterThan(0)
    const edited = draft.slice(0, at) + '1' + draft.slice(at)
    readDocument(fromMarkdown(edited), edited, cache)
    expect(cache.computed - blocks).toBe(1)
    expect(cache.reused).toBe(blocks - 1)
  })
})

describe('language server lint with the block cache', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-blocks-'))
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))
  const job = (text: string) => ({
    uri: pathToFileURL(path.join(dir, 'draft.md')).href,
    text,
    cwd: dir,
    settings: DEFAULT_SETTINGS
  })

  it('gives the diagnostics a fresh lint gives, edit after edit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, {minLength: 1, maxLength: 3}), async (edits) => {
        const cache = new BlockCache()
        let doc = draft
        expect(await lint(job(doc), cache)).toEqual(await lint(job(doc)))
        for (const one of edits) {
          doc = apply(doc, one)
          expect(await lint(job(doc), cache)).toEqual(await lint(job(doc)))
        }
      }),
      {numRuns: 12}
    )
  }, 120_000)
})
