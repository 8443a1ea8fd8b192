/**
 * The model's fixed patterns are compiled as they are made (src/model/pattern.ts): the same matches as
 * `new RegExp`, `lastIndex` untouched, and V8 compiles them at once (its trace says so, so a V8 that changed its
 * rule would fail here, not silently slow every cold start). Every pattern a model module makes at load goes
 * through `pattern()`.
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

describe('pattern', () => {
  it.each(CASES)('/%s/%s leaves lastIndex at 0 after compiling', (source, flags) => {
    const re = pattern(source, flags)
    expect(re.lastIndex).toBe(0)
    expect(re.source).toBe(new RegExp(source, flags).source)
    expect(re.flags).toBe(flags.split('').sort().join(''))
  })

  it('matches what new RegExp matches, on any text', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES),
        fc.string({unit: fc.constantFrom(' ', 'a', 'Z', '$', '1', ',', 'closed on March 3, 2026', 'é', '\n')}),
        ([source, flags], text) => {
          const ours = pattern(source, flags)
          const theirs = new RegExp(source, flags)
          expect([
            ...text.matchAll(new RegExp(ours.source, ours.flags.includes('g') ? ours.flags : ours.flags + 'g'))
          ]).toEqual([...text.matchAll(new RegExp(source, flags.includes('g') ? flags : flags + 'g'))])
          expect(ours.exec(text)).toEqual(theirs.exec(text))
          expect(ours.lastIndex).toBe(theirs.lastIndex)
          expect(text.replace(ours, '_')).toBe(text.replace(theirs, '_'))
        }
      ),
      {numRuns: 300}
    )
  })

  it('is compiled to machine code when made, not interpreted at its first match (V8 trace)', () => {
    const module = pathToFileURL(path.join(root, 'dist/src/model/pattern.js')).href
    const script =
      `const {pattern} = await import(${JSON.stringify(module)}); console.log('made:'); ` +
      `const re = pattern('zqx|vwy(?:alpha|beta)'); console.log('first match:'); re.exec('no match here'); ` +
      `console.log('done')`
    const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--input-type=module', '-e', script], {
      encoding: 'utf8'
    })
    expect(run.status).toBe(0)
    const made = run.stdout.slice(run.stdout.indexOf('made:'), run.stdout.indexOf('first match:'))
    const first = run.stdout.slice(run.stdout.indexOf('first match:'), run.stdout.indexOf('done'))
    expect(made).toMatch(/Forcing tier-up/)
    expect(made).toMatch(/native code size/)
    // Its first real match runs the machine code: nothing is compiled or tiered up then.
    expect(first).not.toMatch(/bytecode size|tier-up|native code size/)
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
