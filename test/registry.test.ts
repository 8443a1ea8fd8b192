/**
 * One registry: every list of rules derives from `rules/index.ts` or is
 * checked against it here — the rule files, their docs, the README table,
 * the presets, comment control, the package exports and the API.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import * as api from '../src/api.js'
import {PRESETS, presetFor, type PresetName} from '../presets/base.js'
import {ruleIds, rules} from '../rules/index.js'
import {lintText} from '../src/api.js'
import {root} from './helpers.js'

const ruleFiles = fs
  .readdirSync(path.join(root, 'rules'))
  .filter((name) => name.endsWith('.ts') && name !== 'index.ts')
  .map((name) => name.replace(/\.ts$/, ''))
  .sort()

describe('the rule registry', () => {
  it('holds every rule file, each under the id its plugin declares', () => {
    expect([...ruleIds].sort()).toEqual(ruleFiles)
    for (const id of ruleIds) {
      expect(rules[id].meta.id).toBe(id)
      expect(rules[id].name).toBe(`disclosure-lint:${id}`)
    }
  })

  it('has a doc for every rule and no doc without a rule', () => {
    const docs = fs
      .readdirSync(path.join(root, 'docs/rules'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.replace(/\.md$/, ''))
      .sort()
    expect(docs).toEqual([...ruleIds].sort())
  })

  it('is the README rules table, in registry order', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Rules'), readme.indexOf('\n## ', readme.indexOf('## Rules') + 1))
    const listed = [...section.matchAll(/^\| \[`([a-z0-9-]+)`\]\(docs\/rules\/([a-z0-9-]+)\.md\)/gm)]
    expect(listed.map((match) => match[1])).toEqual(ruleIds)
    for (const match of listed) expect(match[2]).toBe(match[1])
  })

  it('is what every preset runs, each rule once, between the guard and the control', () => {
    for (const preset of [presetFor(), ...Object.values(PRESETS).map((exchange) => presetFor(exchange))]) {
      const plugins = (preset.plugins ?? []).map((entry) => (Array.isArray(entry) ? entry[0] : entry))
      expect(plugins[0]).toBe(api.disclosureLintGuard)
      expect(plugins.at(-1)).toBe(api.disclosureLintControl)
      expect(plugins.slice(1, -1)).toEqual(ruleIds.map((id) => rules[id]))
    }
  })

  it('gives every rule the preset exchange where it takes it, and none in the default', () => {
    for (const exchange of [undefined, ...Object.values(PRESETS)]) {
      const entries = (presetFor(exchange).plugins ?? []).filter(Array.isArray) as unknown as Array<
        [unknown, [string, unknown?]]
      >
      for (const [plugin, [level, options]] of entries) {
        const rule = ruleIds.map((id) => rules[id]).find((candidate) => candidate === plugin)!
        const takes = exchange !== undefined && (rule.meta.options?.exchange ?? []).includes(exchange)
        expect(level).toBe('error')
        expect(options).toEqual(takes ? {exchange} : undefined)
      }
    }
  })

  it('lists every preset once: its file, its export by path and by the API, the README', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, string>
    }
    const files = fs
      .readdirSync(path.join(root, 'presets'))
      .filter((name) => !['base.ts', 'control.ts', 'defaults.ts'].includes(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort()
    expect(files).toEqual(Object.keys(PRESETS).sort())
    const exported = Object.keys(pkg.exports).filter((key) => key.startsWith('./presets/'))
    expect(exported).toEqual(Object.keys(PRESETS).map((name) => `./presets/${name}`))
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
    for (const name of Object.keys(PRESETS) as PresetName[]) {
      expect(pkg.exports[`./presets/${name}`]).toBe(`./dist/presets/${name}.js`)
      const module = (await import(path.join(root, 'dist/presets', `${name}.js`))) as {default: unknown}
      expect((module.default as {plugins: unknown[]}).plugins).toHaveLength(ruleIds.length + 2)
      expect((api as unknown as Record<string, unknown>)[name]).toBe(presetFor(PRESETS[name]))
      expect(readme).toContain(`disclosure-lint/presets/${name}`)
    }
  })

  it('is what comment control knows: every id suppresses, an unknown id is reported', async () => {
    const draft = (id: string) =>
      `<!--disclosure-lint disable ${id} -- checked by hand-->\n\nAcme Gold Corp. (TSXV: ACM) held its meeting.\n`
    for (const id of ruleIds) {
      const file = await lintText(draft(id))
      // Known: no error on the comment (a warning that it waived nothing, where the rule found nothing, is fine).
      expect(file.messages.filter((message) => message.ruleId === 'comment' && message.fatal)).toEqual([])
      expect(file.messages.filter((message) => message.ruleId === id)).toEqual([])
    }
    const unknown = await lintText(draft('no-such-rule'))
    expect(unknown.messages.map((message) => message.reason)).toContain(
      'Unexpected rule “no-such-rule” in a disclosure-lint comment: not known, expected a rule id'
    )
  })

  it('is exported by the package: every rule by path and by the API', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, string>
    }
    expect(pkg.exports['./rules/*']).toBe('./dist/rules/*.js')
    expect(api.ruleIds).toEqual(ruleIds)
    for (const id of ruleIds) {
      expect(fs.existsSync(path.join(root, 'dist/rules', `${id}.js`))).toBe(true)
      const module = (await import(path.join(root, 'dist/rules', `${id}.js`))) as {default: {name: string}}
      expect(module.default.name).toBe(`disclosure-lint:${id}`)
    }
  })
})
