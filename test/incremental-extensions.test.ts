/**
 * The incremental parser with the parser extensions a workspace config adds
 * (remark-gfm, remark-frontmatter): the tree equals a whole parse with the
 * same processor, before and after an edit, with one cache shared by
 * processors made anew per run (as unified-engine makes them) and by
 * processors with other extensions; and the language server, given a config
 * that adds remark-gfm, reports what the CLI reports with that config.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type PluggableList} from 'unified'
import {afterEach, describe, expect, it} from 'vitest'
import {DidChangeTextDocumentNotification, type Diagnostic} from 'vscode-languageserver-protocol'
import remarkParseIncremental, {pieces, planFor, sharedCache} from '../src/language-server/incremental.js'
import {root} from './helpers.js'
import {startClient, type Client} from './lsp-client.js'

/** A whole parse, as the CLI does it with `plugins`. */
const whole = (plugins: PluggableList, doc: string): Root => unified().use(remarkParse).use(plugins).parse(doc)
/** An incremental parse by a processor made for this run, as unified-engine makes one per run. */
const incremental = (plugins: PluggableList, doc: string): Root =>
  unified().use(remarkParse).use(plugins).use(remarkParseIncremental).parse(doc)
/** Trees equal, positions and all (node's comparison first: vitest's is slower, and kept for its diff). */
function same(actual: Root, expected: Root): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toStrictEqual(expected)
}
/** The extensions `plugins` add to a processor (its attachers run when it freezes). */
function extensionsOf(plugins: PluggableList): {extensions: never[]; mdastExtensions: never[]} {
  const data = unified().use(plugins).freeze().data() as {
    micromarkExtensions?: never[]
    fromMarkdownExtensions?: never[]
  }
  return {extensions: data.micromarkExtensions ?? [], mdastExtensions: data.fromMarkdownExtensions ?? []}
}

const BLOCKS = [
  'A paragraph of a release, with *emphasis*, **strong** and ~~struck~~ text.',
  'Second line\nof a wrapped paragraph with ~one tilde~.',
  '# Heading',
  'Setext heading\n===',
  '- item one\n- item two',
  '- loose item\n\n- after a blank line',
  '1. first\n\n2. second',
  '- [ ] open task\n- [x] done task',
  '* [X] task\n\n  continued task paragraph',
  '    indented code\n\n    more code',
  '```\nfenced\n\n| not | a table |\n```',
  '~~~\ntilde fence\n~~~',
  '> a quote\n>\n> continued',
  '> | quoted | table |\n> | --- | --- |\n> | a | b |',
  '| Item | Amount |\n| :--- | ---: |\n| Units | 1,000,000 |\n| Price | $0.10 |',
  'Head a | Head b\n--- | ---\ncell | cell',
  '| one |\n| - |\nlazy row line',
  'Paragraph then\n| a | b |\n| - | - |\n| c | d |',
  '| a |\n| - |\n\n| b |',
  'Visit www.example.com, https://example.com/a_(b) or info@example.com today.',
  'A note[^1] and another[^note].',
  'Text with a [link](https://example.com) and `code | pipes`.',
  '---',
  '***',
  '',
  '<!--disclosure-lint disable exchange-disclaimer-->'
]

// Definitions act across the document: a draft with one is parsed whole, so they are rarer.
const DEFINITIONS = [
  '[^1]: The first note.',
  '[^note]: A note\n\n    with an indented paragraph.',
  '> [^q]: A note in a quote.',
  '- [ref]: https://example.com/in-a-list'
]

const CHARS = [...'ab |-:~[]^*`>#\n\t1.w@x_()']
const block = fc.oneof(
  {weight: 30, arbitrary: fc.constantFrom(...BLOCKS)},
  {weight: 1, arbitrary: fc.constantFrom(...DEFINITIONS)},
  {weight: 4, arbitrary: fc.string({unit: fc.constantFrom(...CHARS), maxLength: 30})}
)
const separator = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\r\n\r\n', '\n\n', '\r\r')

/** Two versions of a draft: the second with blocks removed or inserted somewhere (the edit). */
function versions(blocks: fc.Arbitrary<string>) {
  return fc
    .record({
      before: fc.array(blocks, {maxLength: 10}),
      at: fc.nat(),
      remove: fc.nat(2),
      insert: fc.array(blocks, {maxLength: 2}),
      separator,
      bom: fc.oneof({weight: 15, arbitrary: fc.constant('')}, {weight: 1, arbitrary: fc.constant('\uFEFF')})
    })
    .map(({before, at, remove, insert, separator, bom}) => {
      const after = [...before]
      after.splice(before.length === 0 ? 0 : at % before.length, remove, ...insert)
      return {v1: bom + before.join(separator), v2: bom + after.join(separator)}
    })
}

describe('incremental parser with remark-gfm', () => {
  it('gives the tree of a whole parse with remark-gfm, before and after an edit; plain CommonMark from the same cache', () => {
    const plan = planFor(extensionsOf([remarkGfm]))
    let cut = 0
    fc.assert(
      fc.property(versions(block), ({v1, v2}) => {
        for (const doc of [v1, v2]) {
          if (pieces(doc, plan).length > 1) cut++
          same(incremental([remarkGfm], doc), whole([remarkGfm], doc))
          // The same pieces, parsed without GFM, are never taken from GFM's.
          same(incremental([], doc), whole([], doc))
        }
      }),
      {numRuns: 60}
    )
    // Not all parsed whole: most drafts are cut.
    expect(cut).toBeGreaterThan(30)
  })

  it('keys pieces by the plugin options too: `singleTilde: false` is another parse', () => {
    const doc = 'Price ~one~ tilde.\n\nSecond paragraph.\n'
    for (let run = 0; run < 2; run++) {
      for (const options of [undefined, {singleTilde: false}]) {
        expect(incremental([[remarkGfm, options]], doc)).toStrictEqual(whole([[remarkGfm, options]], doc))
      }
    }
    expect(JSON.stringify(whole([[remarkGfm, {singleTilde: false}]], doc))).not.toContain('delete')
  })

  it('reuses the pieces that did not change, across processors made per run', () => {
    const paragraphs = Array.from(
      {length: 20},
      (_, i) => `Paragraph ${i} with ~~struck~~ text and www.example.com/${i}.`
    )
    const table = '| Item | Amount |\n| --- | ---: |\n| Units | 1,000,000 |'
    const doc = [...paragraphs.slice(0, 10), table, ...paragraphs.slice(10)].join('\n\n') + '\n'
    expect(incremental([remarkGfm], doc)).toStrictEqual(whole([remarkGfm], doc))
    const edited = doc.replace('Paragraph 15', 'Paragraph fifteen')
    const before = sharedCache.parsed
    expect(incremental([remarkGfm], edited)).toStrictEqual(whole([remarkGfm], edited))
    // A new processor, new extension objects from remark-gfm: one piece parsed again.
    expect(sharedCache.parsed - before).toBe(1)
    expect(pieces(doc, planFor(extensionsOf([remarkGfm])))).toHaveLength(21)
  })

  it('parses a draft whole when an extension it does not know is present', () => {
    const unknown = {flow: {null: [{name: 'mathFlow', tokenize: () => () => undefined}]}}
    expect(planFor({extensions: [unknown as never]}).whole).toBe(true)
    expect(planFor({extensions: [{disable: {null: ['codeIndented']}}]}).whole).toBe(true)
    expect(planFor({mdastExtensions: [{transforms: [function numberHeadings() {}]}]}).whole).toBe(true)
    expect(planFor(extensionsOf([remarkGfm])).whole).toBe(false)
    expect(planFor(extensionsOf([remarkGfm])).frontmatter).toEqual([])
  })
})

describe('incremental parser with remark-frontmatter', () => {
  const FRONTMATTER = [
    '---\ntitle: Acme Gold\n---',
    '---\ntitle: Acme Gold\n\ndate: 2026-05-01\n---',
    '---  \n```\nnot: a fence\n---',
    '+++\ntitle = "Acme"\n\n+++',
    '---\nunclosed: frontmatter',
    '<<<\ncustom: matter\n\n>>>'
  ]
  const LATER = [
    '---',
    '+++',
    '---\na: b\n---',
    '- list item',
    'A paragraph.',
    '```\ncode\n\n```',
    '| a |\n| - |\n| b |',
    '<<<\nnot frontmatter here\n>>>',
    ''
  ]
  const drafts = fc
    .record({
      head: fc.option(fc.constantFrom(...FRONTMATTER), {nil: undefined}),
      rest: fc.array(fc.oneof(fc.constantFrom(...LATER), fc.constantFrom(...BLOCKS)), {maxLength: 8}),
      at: fc.nat(),
      insert: fc.constantFrom(...LATER),
      separator
    })
    .map(({head, rest, at, insert, separator}) => {
      const v1 = [...(head === undefined ? [] : [head]), ...rest]
      const v2 = [...v1]
      v2.splice(v1.length === 0 ? 0 : at % (v1.length + 1), 0, insert)
      return {v1: v1.join(separator), v2: v2.join(separator)}
    })
  const configs: PluggableList[] = [
    [remarkFrontmatter],
    [[remarkFrontmatter, ['yaml', 'toml']], remarkGfm],
    [[remarkFrontmatter, [{type: 'custom', fence: {open: '<<<', close: '>>>'}}, 'yaml']]]
  ]

  it('gives the tree of a whole parse, before and after an edit', () => {
    let cutAfterFrontmatter = 0
    fc.assert(
      fc.property(drafts, fc.constantFrom(...configs), ({v1, v2}, plugins) => {
        for (const doc of [v1, v2]) {
          const tree = incremental(plugins, doc)
          same(tree, whole(plugins, doc))
          const plan = planFor(
            extensionsOf(plugins),
            plugins.flatMap((plugin) =>
              Array.isArray(plugin) && plugin[0] === remarkFrontmatter
                ? [plugin[1]].flat()
                : plugin === remarkFrontmatter
                  ? ['yaml']
                  : []
            )
          )
          if (tree.children[0]?.type === 'yaml' && pieces(doc, plan).length > 1) cutAfterFrontmatter++
        }
      }),
      {numRuns: 100}
    )
    expect(cutAfterFrontmatter).toBeGreaterThan(10)
  })

  it('cuts the draft after its frontmatter, not inside it', () => {
    const doc =
      '---\ntitle: Acme Gold\n\ndate: 2026-05-01\n---\n\nFirst paragraph.\n\n---\nnot: frontmatter\n---\n\nLast paragraph.\n'
    const tree = incremental([remarkFrontmatter], doc)
    expect(tree).toStrictEqual(whole([remarkFrontmatter], doc))
    expect(tree.children.map((node) => node.type)).toEqual([
      'yaml',
      'paragraph',
      'thematicBreak',
      'heading',
      'paragraph'
    ])
    const before = sharedCache.parsed
    const edited = doc.replace('Last', 'Final')
    expect(incremental([remarkFrontmatter], edited)).toStrictEqual(whole([remarkFrontmatter], edited))
    expect(sharedCache.parsed - before).toBe(1)
  })

  it('parses a draft whole when a matter may sit anywhere', () => {
    const anywhere = [[remarkFrontmatter, [{type: 'yaml', marker: '-', anywhere: true}]]] as PluggableList
    const doc = 'First paragraph.\n\n---\ntitle: x\n\nmore: y\n---\n\nLast paragraph.\n'
    expect(incremental(anywhere, doc)).toStrictEqual(whole(anywhere, doc))
    expect(whole(anywhere, doc).children.map((node) => node.type)).toContain('yaml')
    // Without the matters (no remark-frontmatter options to read): whole.
    expect(planFor(extensionsOf([remarkFrontmatter])).whole).toBe(true)
  })
})

describe('language server with a workspace config adding remark-gfm', () => {
  const clients: Client[] = []
  const folders: string[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.close()
    for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
  })

  const preset = path.join(root, 'dist/presets/tsxv.js')
  const gfm = path.join(root, 'node_modules/remark-gfm/index.js')
  const DISCLAIMER =
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the ' +
    'policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  // With GFM the disclaimer is in a table cell, not a paragraph: the rules do not see it.
  const DRAFT =
    [
      'Acme Gold Corp. (TSXV: ACM) reports that its annual meeting elected all nominees.',
      'The meeting was held in Vancouver on May 1, 2026.',
      '| Notice |\n| --- |\n| ' + DISCLAIMER + ' |',
      'For further information, contact the Corporate Secretary.'
    ].join('\n\n') + '\n'

  /** What the CLI reports for `text` with the config at `rc`, as the server's diagnostics would say it. */
  function cli(dir: string, rc: string, text: string): Diagnostic[] {
    fs.writeFileSync(path.join(dir, 'cli-draft.md'), text)
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'dist/bundle/cli.js'), '--rc-path', rc, '--report', 'json', 'cli-draft.md'],
      {cwd: dir, encoding: 'utf8'}
    )
    expect(result.status, result.stderr).not.toBe(2)
    type Point = {line: number; column: number}
    const [file] = JSON.parse(result.stdout) as Array<{
      messages: Array<{
        place?: Point | {start: Point; end: Point}
        reason: string
        ruleId?: string
        fatal?: boolean | null
        note?: string
      }>
    }>
    // As unified-language-server turns a message into a diagnostic.
    const at = (point: Point) => ({line: point.line - 1, character: point.column - 1})
    return file.messages.map((message) => ({
      range: !message.place
        ? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
        : 'start' in message.place
          ? {start: at(message.place.start), end: at(message.place.end)}
          : {start: at(message.place), end: at(message.place)},
      message: message.reason + (message.note ? '\n' + message.note : ''),
      severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3,
      code: message.ruleId
    }))
  }

  const comparable = (list: Diagnostic[]) =>
    list
      .map(({range, message, severity, code}) => ({range, message, severity, code}))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))

  it('reports a GFM table the way the CLI does with the same config, before and after edits', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-lsp-gfm-'))
    folders.push(dir)
    fs.writeFileSync(path.join(dir, '.remarkrc.json'), JSON.stringify({plugins: [gfm, preset]}))
    const plain = path.join(dir, 'plain.json')
    fs.writeFileSync(plain, JSON.stringify({plugins: [preset]}))
    const rc = path.join(dir, '.remarkrc.json')

    // The case tells the parsers apart: GFM misses the disclaimer, CommonMark reads it.
    const withGfm = cli(dir, rc, DRAFT)
    expect(withGfm.map((d) => d.code)).toContain('exchange-disclaimer')
    expect(cli(dir, plain, DRAFT).map((d) => d.code)).not.toContain('exchange-disclaimer')

    const lsp = await startClient(dir)
    clients.push(lsp)
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href
    expect(comparable(await lsp.open(uri, DRAFT))).toEqual(comparable(withGfm))

    // Edits: a paragraph that is its own piece; then the disclaimer out of the table.
    const edits = [
      DRAFT.replace('Vancouver', 'Toronto, Ontario,'),
      DRAFT.replace('Vancouver', 'Toronto, Ontario,').replace('| Notice |\n| --- |\n| ' + DISCLAIMER + ' |', DISCLAIMER)
    ]
    const reported: Diagnostic[][] = []
    for (const [index, text] of edits.entries()) {
      const published = lsp.diagnostics(uri)
      await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version: index + 2},
        contentChanges: [{text}]
      })
      const expected = cli(dir, rc, text)
      expect(comparable(await published)).toEqual(comparable(expected))
      reported.push(expected)
    }
    expect(reported[1].map((d) => d.code)).not.toContain('exchange-disclaimer')
  })
})
