/**
 * Folders are layers: every import (type imports and dynamic imports too)
 * points down, never up or sideways, and no module imports itself back
 * through others.
 *
 *   src/model            the document model (knows no rule)
 *   src/core             the rule framework (knows no rule)
 *   rules/               the rules and their registry
 *   presets/             presets over the registry
 *   src/api.ts           the package API
 *   src/reporters/       report formats
 *   src/cli/, src/language-server/   the applications (neither knows the other)
 *   scripts/             eval, bench (may use anything)
 */
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

const LAYERS: Array<[folder: string, rank: number]> = [
  ['src/model', 0],
  ['src/core', 1],
  ['rules', 2],
  ['presets', 3],
  ['src/api.ts', 4],
  ['src/reporters', 5],
  ['src/cli', 6],
  ['src/language-server', 6],
  ['scripts', 7]
]

function layerOf(file: string): {folder: string; rank: number} | undefined {
  const relative = path.relative(root, file).split(path.sep).join('/')
  for (const [folder, rank] of LAYERS) {
    if (relative === folder || relative.startsWith(folder + '/')) return {folder, rank}
  }
  return undefined
}

function sources(): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) found.push(full)
    }
  }
  for (const folder of ['src', 'rules', 'presets', 'scripts']) walk(path.join(root, folder))
  return found.sort()
}

/** Every relative import of a file (static, type-only, re-exports, dynamic), resolved to a source file. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
  const resolved: string[] = []
  for (const {fileName} of info.importedFiles) {
    if (!fileName.startsWith('.')) continue
    const target = path.resolve(path.dirname(file), fileName).replace(/\.js$/, '.ts')
    if (fs.existsSync(target)) resolved.push(target)
    else if (fs.existsSync(path.join(target.replace(/\.ts$/, ''), 'index.ts')))
      resolved.push(path.join(target.replace(/\.ts$/, ''), 'index.ts'))
    else throw new Error(`${path.relative(root, file)}: cannot resolve ${fileName}`)
  }
  return resolved
}

const files = sources()
const graph = new Map(files.map((file) => [file, importsOf(file)]))
const name = (file: string) => path.relative(root, file).split(path.sep).join('/')

describe('layers', () => {
  it('places every source file in a layer', () => {
    expect(files.filter((file) => !layerOf(file)).map(name)).toEqual([])
  })

  it('has every import point down (or within its own folder)', () => {
    const wrong: string[] = []
    for (const [file, imports] of graph) {
      const from = layerOf(file)!
      for (const target of imports) {
        const to = layerOf(target)
        if (!to) continue
        const down = to.rank < from.rank || (to.rank === from.rank && to.folder === from.folder)
        if (!down) wrong.push(`${name(file)} → ${name(target)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('has no import cycle', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const stack: string[] = []
    const visit = (file: string) => {
      state.set(file, 'open')
      stack.push(file)
      for (const target of graph.get(file) ?? []) {
        if (state.get(target) === 'open')
          cycles.push([...stack.slice(stack.indexOf(target)), target].map(name).join(' → '))
        else if (!state.has(target)) visit(target)
      }
      stack.pop()
      state.set(file, 'done')
    }
    for (const file of files) if (!state.has(file)) visit(file)
    expect(cycles).toEqual([])
  })

  it('finds the arrows it checks (the parser reads type and dynamic imports)', () => {
    const rule = graph.get(path.join(root, 'src/core/rule.ts'))!.map(name)
    expect(rule).toContain('src/model/model.ts')
    const cli = graph.get(path.join(root, 'src/cli/reporters.ts'))!.map(name)
    expect(cli).toContain('src/reporters/sarif.ts')
    const model = graph.get(path.join(root, 'src/model/model.ts'))!.map(name)
    expect(model).toContain('src/model/document.ts')
  })
})
