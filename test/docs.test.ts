/**
 * The rule docs are tests: every "### `name.md`" example in docs/rules/<id>.md
 * is an input (```markdown), optional options (```json) and the exact output
 * (```text, "No messages." for none), run through the rule, as remark-lint
 * runs its `@example` blocks. Docs and behaviour cannot drift.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {Code, Heading, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {ruleIds as RULE_IDS} from '../rules/index.js'
import {ruleUrl, SOURCE} from '../src/core/rule.js'
import {format, lintWith, root} from './helpers.js'

/** Our internal reference files: user-facing text cites instruments, never these. */
const INTERNAL = /requirements\.md|anchors\.md|§\s?\d/

interface Example {
  name: string
  input: string
  options?: unknown
  output: string[]
}

function examples(id: string): Example[] {
  const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8')
  const tree = unified().use(remarkParse).parse(doc)
  const found: Example[] = []
  let current: Partial<Example> | undefined
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading' && (node as Heading).depth <= 3) {
      const code = (node as Heading).children.find((child) => child.type === 'inlineCode')
      current = (node as Heading).depth === 3 && code && 'value' in code ? {name: code.value} : undefined
      continue
    }
    if (!current || node.type !== 'code') continue
    const code = node as Code
    if (code.lang === 'json') current.options = JSON.parse(code.value)
    else if (code.lang === 'markdown') current.input = code.value + '\n'
    else if (code.lang === 'text') {
      current.output = code.value.trim() === 'No messages.' ? [] : code.value.trim().split('\n')
      found.push(current as Example)
      current = undefined
    }
  }
  return found
}

describe.each(RULE_IDS.map((id) => [id]))('docs/rules/%s.md', (id) => {
  const list = examples(id)

  it('has a What, a Why, Options and ok / not-ok examples', () => {
    const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8')
    expect(doc).toMatch(new RegExp(`^# ${id}\\n`))
    for (const section of ['## What it checks', '## Why', '## Options', '## Examples']) expect(doc).toContain(section)
    expect(doc).not.toMatch(INTERNAL)
    expect(list.some((example) => example.name.startsWith('ok'))).toBe(true)
    expect(list.some((example) => example.name.startsWith('not-ok'))).toBe(true)
  })

  it.each(list.map((example) => [example.name, example] as const))('%s', async (_, example) => {
    const file = await lintWith(id, example.input, example.options)
    expect(file.messages.map(format)).toEqual(example.output)
    for (const message of file.messages) {
      expect(message.ruleId).toBe(id)
      expect(message.source).toBe(SOURCE)
      expect(message.url).toBe(ruleUrl(id))
      expect(message.note).toMatch(/\S/)
      // Users have the instruments, not our internal reference files.
      expect(message.note).not.toMatch(INTERNAL)
    }
  })

  // Each fix a message offers, applied where the message sits, then linted again:
  // that finding is gone and no new error appears.
  const fixes = list.filter((example) => example.output.length > 0)
  let applied = 0
  it.each(fixes.map((example) => [example.name, example] as const))(
    '%s: every fix, applied, clears its finding',
    async (_, example) => {
      const file = await lintWith(id, example.input, example.options)
      const withFix = file.messages.filter((message) => message.expected && message.expected.length > 0)
      for (const message of withFix) {
        const place = message.place
        expect(place && 'start' in place).toBe(true)
        if (!place || !('start' in place)) continue
        const start = place.start.offset!
        const end = place.end.offset!
        const fixed = example.input.slice(0, start) + message.expected![0] + example.input.slice(end)
        const after = await lintWith(id, fixed, example.options)
        const before = new Set(file.messages.map((m) => m.reason))
        expect(after.messages.map((m) => m.reason)).not.toContain(message.reason)
        expect(after.messages.filter((m) => m.fatal && !before.has(m.reason)).map(format)).toEqual([])
        applied++
      }
    }
  )

  it('has fixes to apply: every not-ok example with an `expected` was re-linted above', () => {
    // A rule whose doc says its messages give no `expected` (the fact is the issuer's) must offer none.
    const doc = readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8')
    if (doc.includes('The message gives no `expected`')) expect(applied).toBe(0)
    else expect(applied).toBeGreaterThan(0)
  })

  it('reports nothing on a tree without positions', async () => {
    // remark-lint's convention: generated trees (no positions) get no messages.
    const {unified: make} = await import('unified')
    const {default: parse} = await import('remark-parse')
    const {rules} = await import('./helpers.js')
    const {VFile} = await import('vfile')
    for (const example of list) {
      const file = new VFile(example.input)
      const processor = make()
        .use(parse)
        .use(rules[id] as never, ['error', example.options] as never)
      const tree = processor.parse(file)
      stripPositions(tree)
      await processor.run(tree, file)
      expect(file.messages).toEqual([])
    }
  })
})

function stripPositions(node: {position?: unknown; children?: unknown[]}): void {
  delete node.position
  for (const child of node.children ?? []) stripPositions(child as {position?: unknown; children?: unknown[]})
}
