/**
 * The bin's V8 code cache (scripts/cli-loader.mjs, built by scripts/bundle.mjs
 * into dist/bundle/cli.js): written beside the bundle, never near the drafts;
 * a run from it reports what a run without it reports; a corrupt, torn or
 * foreign cache is ignored and replaced. Runs a copy of the built bundle in a
 * folder of its own (run `npm run build` first), so no other test sees these
 * caches.
 */
import {execFile} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import {afterAll, describe, expect, it} from 'vitest'
import {root} from './helpers.js'

const pkg = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-cache-pkg-'))
const drafts = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-cache-drafts-'))
const bundle = path.join(pkg, 'dist/bundle')
fs.mkdirSync(bundle, {recursive: true})
for (const name of fs.readdirSync(path.join(root, 'dist/bundle'))) {
  if (!name.endsWith('.cache')) fs.copyFileSync(path.join(root, 'dist/bundle', name), path.join(bundle, name))
}
fs.copyFileSync(path.join(root, 'package.json'), path.join(pkg, 'package.json'))
fs.symlinkSync(path.join(root, 'docs'), path.join(pkg, 'docs'))
fs.symlinkSync(path.join(root, 'node_modules'), path.join(pkg, 'node_modules'))
fs.copyFileSync(path.join(root, 'examples/drill-results-draft.md'), path.join(drafts, 'draft.md'))

afterAll(() => {
  fs.rmSync(pkg, {recursive: true, force: true})
  fs.rmSync(drafts, {recursive: true, force: true})
})

/** The CLI on the draft, from the copy (asynchronous: the test worker stays responsive meanwhile). */
function run(): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(bundle, 'cli.js'), '--no-color', 'draft.md'],
      {cwd: drafts, encoding: 'utf8'},
      (error, stdout, stderr) => resolve({status: error ? (error.code as number) : 0, stdout, stderr})
    )
  })
}

const caches = () => fs.readdirSync(bundle).filter((name) => name.endsWith('.cache'))

describe('the CLI code cache', () => {
  it('is written beside the bundle on the first run, used after, and reports the same', async () => {
    const first = await run()
    expect(first.status).toBe(1)
    expect(first.stdout).toContain('exploration-results')
    expect(first.stderr).toBe('')
    expect(caches()).toHaveLength(1)
    // Nothing beside the drafts.
    expect(fs.readdirSync(drafts)).toEqual(['draft.md'])
    const file = path.join(bundle, caches()[0])
    const written = fs.readFileSync(file)
    expect(written.length).toBeGreaterThan(100_000)
    expect(await run()).toEqual(first)
    // Used, not written again.
    expect(fs.readFileSync(file).equals(written)).toBe(true)
    expect(caches()).toHaveLength(1)
  })

  it('ignores a corrupt, torn or foreign cache, reports the same, and writes a good one', async () => {
    const reference = await run()
    const file = path.join(bundle, caches()[0])
    const good = fs.readFileSync(file)
    const corrupt = Buffer.from(good)
    for (let i = 1000; i < corrupt.length; i += 997) corrupt[i] ^= 0x5a
    // A foreign cache: a header that holds around bytes V8 did not write.
    const foreign = Buffer.concat([good.subarray(0, 12), Buffer.alloc(good.length - 12, 7)])
    foreign.writeUInt32LE(zlib.crc32(foreign.subarray(12)), 8)
    for (const bad of [corrupt, good.subarray(0, 5), good.subarray(0, good.length >> 1), Buffer.alloc(0), foreign]) {
      fs.writeFileSync(file, bad)
      expect(await run()).toEqual(reference)
      const rewritten = fs.readFileSync(file)
      expect(rewritten.equals(bad)).toBe(false)
      expect(rewritten.length).toBeGreaterThan(100_000)
      // No temporary file left behind.
      expect(fs.readdirSync(bundle).filter((name) => name.endsWith('.tmp'))).toEqual([])
    }
  })
})
