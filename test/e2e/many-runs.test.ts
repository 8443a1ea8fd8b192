/**
 * The built CLI run many times, four at a time, from a fresh code cache (as a hook runs it on every commit, and a
 * test suite or an editor's task runner in parallel): every run ends with the exit status of its findings, none dies
 * of a signal. A V8 flag set from JavaScript at start-up (`v8.setFlagsFromString('--no-regexp-tier-up')`, tried for a
 * faster cold start) crashed about one run in thirty with SIGSEGV, and no test that runs the CLI a few times saw it.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {expect, it} from 'vitest'
import {root, tempFolders} from '../helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
const folder = tempFolders('dl-many-runs-')
const RUNS = 96
const AT_ONCE = 4

function lint(cwd: string): Promise<{code: number | null; signal: NodeJS.Signals | null}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'draft.md'], {cwd, stdio: 'ignore'})
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({code, signal}))
  })
}

it(`the bin run ${RUNS} times, ${AT_ONCE} at a time, never dies of a signal`, async () => {
  const dir = folder({
    'draft.md': 'Acme Gold Corp. (TSXV: ACM) expects to hold its annual meeting on June 3, 2026.\n',
    '.remarkrc.json': JSON.stringify({plugins: ['disclosure-lint/presets/tsxv']})
  })
  // From a fresh code cache: the first runs make it while the others read it.
  for (const name of fs.readdirSync(path.dirname(cli))) {
    if (name.endsWith('.cache')) fs.rmSync(path.join(path.dirname(cli), name), {force: true})
  }
  const ends: Array<{code: number | null; signal: NodeJS.Signals | null}> = []
  let next = 0
  const worker = async () => {
    while (next++ < RUNS) ends.push(await lint(dir))
  }
  await Promise.all(Array.from({length: AT_ONCE}, worker))
  expect(ends).toHaveLength(RUNS)
  // The draft states future plans without a caution: an error, exit 1, every time.
  expect(ends.filter((end) => end.code !== 1)).toEqual([])
})
