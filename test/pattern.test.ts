/**
 * The model's fixed patterns are compiled at their first use (src/model/pattern.ts): the same matches as
 * `new RegExp` whichever way the first use comes, `lastIndex` kept, V8 compiles them then and not in its
 * interpreter (its trace says so, so a V8 that changed its rule would fail here, not silently slow every cold
 * start), and after that first use a pattern is a plain RegExp again to V8 (its fast paths check the object's
 * shape: a pattern left with its own methods would make every later match several times slower). Every pattern a
 * model module makes at load goes through `pattern()`.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {pattern} from '../src/model/pattern.js'
import {root} from './helpers.js'

/** Sources that match spaces (so the compiling run matches), letters, anchors, and a global or sticky flag. */
const CASES: [string, string][] = [
  [String.raw`\s+`, 'g'],
  [String.raw` +`, 'y'],
  [String.raw`^ *`, ''],
  [String.raw`\b(?:closed|completed) on (\w+ \d{1,2}, \d{4})`, ''],
  [String.raw`(?<=\$)\d[\d,]{0,12}`, 'gu'],
  [String.raw`qualified person`, 'gi'],
  [String.raw`[\p{L}\p{N}]+`, 'gu']
]

const MODULE = pathToFileURL(path.join(root, 'dist/src/model/pattern.js')).href
const UNIT = fc.constantFrom(' ', 'a', 'Z', '$', '1', ',', 'closed on March 3, 2026', 'é', '\n')

/** Every way the model uses a pattern: its methods, and the string methods that call them (two need the g flag). */
const GLOBAL_ONLY = new Set(['matchAll', 'replaceAll'])
const USES: Record<string, (re: RegExp, text: string) => unknown> = {
  exec: (re, text) => re.exec(text),
  test: (re, text) => re.test(text),
  match: (re, text) => text.match(re),
  matchAll: (re, text) => [...text.matchAll(re)],
  replace: (re, text) => text.replace(re, '<$&>'),
  replaceAll: (re, text) => text.replaceAll(re, (m) => `[${m}]`),
  search: (re, text) => text.search(re),
  split: (re, text) => text.split(re)
}

describe('pattern', () => {
  it.each(CASES)('/%s/%s is made with lastIndex at 0', (source, flags) => {
    const re = pattern(source, flags)
    expect(re.lastIndex).toBe(0)
    expect(re.source).toBe(new RegExp(source, flags).source)
    expect(re.flags).toBe(flags.split('').sort().join(''))
  })

  it('matches what new RegExp matches, on any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASES), fc.string({unit: UNIT}), ([source, flags], text) => {
        const ours = pattern(source, flags)
        const theirs = new RegExp(source, flags)
        expect([
          ...text.matchAll(new RegExp(ours.source, ours.flags.includes('g') ? ours.flags : ours.flags + 'g'))
        ]).toEqual([...text.matchAll(new RegExp(source, flags.includes('g') ? flags : flags + 'g'))])
        expect(ours.exec(text)).toEqual(theirs.exec(text))
        expect(ours.lastIndex).toBe(theirs.lastIndex)
        expect(text.replace(ours, '_')).toBe(text.replace(theirs, '_'))
      }),
      {numRuns: 300}
    )
  })

  it.each(Object.keys(USES))('gives what new RegExp gives when its first use is %s', (use) => {
    const cases = CASES.filter(([, flags]) => flags.includes('g') || !GLOBAL_ONLY.has(use))
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.string({unit: UNIT}), fc.nat(12), ([source, flags], text, at) => {
        const ours = pattern(source, flags)
        const theirs = new RegExp(source, flags)
        ours.lastIndex = at
        theirs.lastIndex = at
        expect(USES[use](ours, text)).toEqual(USES[use](theirs, text))
        expect(ours.lastIndex).toBe(theirs.lastIndex)
        expect(Reflect.ownKeys(ours)).toEqual(['lastIndex'])
      }),
      {numRuns: 100}
    )
  })

  it('is compiled to machine code at its first use: not when made, not in the interpreter (V8 trace)', () => {
    const script =
      `const {pattern} = await import(${JSON.stringify(MODULE)}); console.log('made:'); ` +
      `const re = pattern('zqx|vwy(?:alpha|beta)'); console.log('first use:'); re.exec('no match here'); ` +
      `console.log('second use:'); 'a vwybeta'.replace(re, ''); console.log('done')`
    const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--input-type=module', '-e', script], {
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    const made = run.stdout.slice(run.stdout.indexOf('made:'), run.stdout.indexOf('first use:'))
    const first = run.stdout.slice(run.stdout.indexOf('first use:'), run.stdout.indexOf('second use:'))
    const second = run.stdout.slice(run.stdout.indexOf('second use:'), run.stdout.indexOf('done'))
    // Made: nothing compiled (a draft that never meets it never pays for it).
    expect(made).not.toMatch(/bytecode size|tier-up|native code size/)
    // Its first use compiles it at once, to machine code, with no interpreted match before.
    expect(first).toMatch(/Forcing tier-up/)
    expect(first).toMatch(/native code size/)
    expect(first).not.toMatch(/bytecode size/)
    expect(second).not.toMatch(/bytecode size|tier-up|native code size/)
  })

  it('is a plain RegExp to V8 after its first use, whichever way it is used (same hidden class)', () => {
    const uses = Object.entries(USES).map(([name, use]) => `[${JSON.stringify(name)}, ${use.toString()}]`)
    const script =
      `const {pattern} = await import(${JSON.stringify(MODULE)}); const plain = /plain/; ` +
      `for (const [name, use] of [${uses.join(', ')}]) { const re = pattern('fo+', 'g'); ` +
      `const before = %HaveSameMap(re, plain); use(re, 'a foo b fooo'); ` +
      `console.log(name, before, %HaveSameMap(re, plain)) }`
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], {
      encoding: 'utf8'
    })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim().split('\n')).toEqual(Object.keys(USES).map((name) => `${name} false true`))
  })

  it('makes every pattern a model module builds at load', () => {
    const dir = path.join(root, 'src/model')
    const made: string[] = []
    for (const name of fs.readdirSync(dir)) {
      if (!name.endsWith('.ts') || name === 'pattern.ts') continue
      const text = fs.readFileSync(path.join(dir, name), 'utf8')
      for (const match of text.matchAll(/^(?:export )?const (\w+)(?:: RegExp)? =\s*new RegExp\(/gm))
        made.push(`${name}: ${match[1]}`)
    }
    expect(made).toEqual([])
  })
})
