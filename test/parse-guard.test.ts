/**
 * The parse guard (src/core/parse-guard.ts): which text is read as plain text,
 * and that a draft read so keeps every offset, line and column and its own
 * words. The time it saves is proved at 100 KB and 1 MB in
 * test/e2e/linear-time.test.ts.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import fc from 'fast-check'
import type {Nodes, Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {location} from 'vfile-location'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {createProcessor, lintText} from '../src/api.js'
import {BLOCK_MARKS, RUN_LINES, restore, shield} from '../src/core/parse-guard.js'
import languageServerProcessor from '../src/language-server/processor.js'
import {RELEASE, fixture, root, tempFolders} from './helpers.js'

const folder = tempFolders('dl-guard-')

const release = fixture(RELEASE)
const lines = (unit: string, count: number) => Array.from({length: count}, (_, i) => unit.replace('#', String(i)))

/** Every node of `tree`, depth first. */
function nodes(tree: Root): Nodes[] {
  const all: Nodes[] = []
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    all.push(node)
    if ('children' in node) stack.push(...(node.children as Nodes[]))
  }
  return all
}

/** Parse `doc` behind the shield, as decode.ts does. */
function parse(doc: string): Root {
  const shielded = shield(doc)
  const tree = fromMarkdown(shielded.text)
  if (shielded.ranges.length > 0) restore(tree, doc, shielded)
  return tree
}

/** Each point's line and column are those of its offset in `doc`. */
function expectPointsOfDraft(tree: Root, doc: string): void {
  const place = location(doc)
  for (const node of nodes(tree)) {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue
      const expected = place.toPoint(point.offset!)
      // The very end of the draft: vfile-location has no point past the last character.
      if (expected) expect(point).toEqual(expected)
    }
  }
}

describe('what the guard reads as plain text', () => {
  it.each([
    ['a release', release, false],
    ['a release with a short list', release + '\n' + lines('- item #', 40).join('\n'), false],
    [`${RUN_LINES - 1} list lines`, lines('- a', RUN_LINES - 1).join('\n'), false],
    [`${RUN_LINES} list lines`, lines('- a', RUN_LINES).join('\n'), true],
    [`${RUN_LINES} quote lines`, lines('> a', RUN_LINES).join('\n'), true],
    [`${RUN_LINES} "[a" lines, blank lines between`, lines('[a', RUN_LINES).join('\n\n'), true],
    [`${RUN_LINES} ordered list lines`, lines('#. a', RUN_LINES).join('\n'), true],
    // Every third line a list line: words, not a pasted table; each list line costs a few lines of words.
    ['list lines among lines of words', lines('- a\nwords here\nmore words', RUN_LINES).join('\n'), false],
    [`a line of ${BLOCK_MARKS} "<!"`, '<!'.repeat(BLOCK_MARKS), true],
    [`a line of ${BLOCK_MARKS - 1} "<!"`, '<!'.repeat(BLOCK_MARKS - 1), false],
    ['a paragraph of "[a]" lines', lines('Holes [a] and [b]', BLOCK_MARKS / 4).join('\n'), true],
    ['the same, a blank line between each', lines('Holes [a] and [b]', BLOCK_MARKS / 4).join('\n\n'), false]
  ])('%s', (_, doc, shielded) => {
    const result = shield(doc)
    expect(result.ranges.length > 0).toBe(shielded)
    expect(result.text.length).toBe(doc.length)
    if (!shielded) expect(result.text).toBe(doc)
  })
})

describe('a draft read so', () => {
  const table = lines('- Hole DH-#: 2.5 g/t gold over [4] m', 1500).join('\n')
  const doc = `${release}\n${table}\n\nThe shares are subject to a hold period of four months.\n`

  it('keeps every line and column, the draft’s own text, and the tree around it', () => {
    const tree = parse(doc)
    expectPointsOfDraft(tree, doc)
    for (const node of nodes(tree)) {
      if (node.type === 'text' && node.position) {
        // No letter of the copy is left: the text is the draft's.
        expect(node.value).not.toMatch(/x{20}/)
      }
    }
    const line = doc.slice(0, doc.indexOf(table)).split('\n').length
    const pasted = tree.children.find((node) => node.position!.start.line === line)
    expect(pasted).toMatchObject({children: [{type: 'text', value: table}]})
    // The release before it parses as it does alone.
    const alone = fromMarkdown(release)
    expect(JSON.stringify(tree.children.slice(0, alone.children.length))).toBe(JSON.stringify(alone.children))
    const last = tree.children.at(-1)!
    expect(last.position!.start.line).toBe(doc.split('\n').length - 1)
  })

  it('is linted: the rules read its words, an info message says which lines', async () => {
    const file = await lintText(doc)
    const info = file.messages.filter((message) => message.ruleId === 'input')
    expect(info).toHaveLength(1)
    expect(info[0].fatal).toBeUndefined()
    const first = doc.slice(0, doc.indexOf(table)).split('\n').length
    expect(info[0].reason).toContain(`Read lines ${first}–${first + 1499} as plain text`)
    // The hold period after the table is found, on its words, as written.
    const hold = file.messages.find((message) => message.ruleId === 'hold-period')
    expect(hold).toBeDefined()
    const offset = hold!.place && 'start' in hold!.place ? (hold!.place.start.offset ?? -1) : -1
    expect(doc.slice(offset, offset + 'four months'.length)).toBe('four months')
  })

  it('is linted by the built CLI in seconds (micromark alone took about 40 s of CPU on 1 MB of list lines)', () => {
    const dir = folder({'draft.md': `${release}\n${lines('- a', 250_000).join('\n')}\n`})
    const result = spawnSync(process.execPath, [path.join(root, 'dist/bundle/cli.js'), 'draft.md'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000
    })
    // The release has warnings only: exit 0; the info line does not change it.
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/ info +[a-z-]+: Read lines \d+–\d+ as plain text/)
  }, 40_000)

  it('is read so by the language server’s processor too', async () => {
    const processor = languageServerProcessor()
    const file = new VFile(doc)
    const tree = await processor.run(processor.parse(file), file)
    expect(file.messages.some((message) => message.ruleId === 'input' && message.fatal === undefined)).toBe(true)
    expectPointsOfDraft(tree as Root, doc)
  })

  it.each([
    ['CRLF', '\r\n'],
    ['bare CR', '\r']
  ])('%s line endings too', (_, ending) => {
    const other = doc.replace(/\n/g, ending)
    const tree = createProcessor([]).parse(other)
    expectPointsOfDraft(tree, other)
    expect(tree.children.some((node) => node.type === 'paragraph' && node.position!.start.line > 40)).toBe(true)
  })

  it('any mix of costly and plain lines: points of the draft, text as written (property)', () => {
    const atom = fc.constantFrom('- a', '> q', '[a]', '<!x', '1. b', 'words', '', '## Head', '```', '    code')
    fc.assert(
      fc.property(fc.array(fc.tuple(atom, fc.integer({min: 1, max: 600})), {minLength: 1, maxLength: 6}), (parts) => {
        const doc = parts.map(([unit, count]) => lines(unit, count).join('\n')).join('\n')
        const tree = parse(doc)
        expectPointsOfDraft(tree, doc)
        for (const node of nodes(tree)) if (node.type === 'text') expect(node.value).not.toMatch(/x{8}/)
      }),
      {numRuns: 10}
    )
  })
})
