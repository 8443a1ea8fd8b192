/**
 * `--jobs N` (src/cli/jobs.ts): more drafts than `JOBS_FROM` are linted in
 * worker threads, and what the run prints is byte for byte what `--jobs 1`
 * (the main thread alone) prints, in every report format and with the flags
 * that change a report or the exit status; `--fix` writes the same drafts.
 * The built CLI runs as a subprocess (`npm run build` first).
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {describe, expect, it} from 'vitest'
import {BATCH} from '../src/cli/batch.js'
import {JOBS_FROM, jobsFor, lotSize, takeJobs} from '../src/cli/jobs.js'
import {docx, para} from './docx.js'
import {fixture, RELEASE, root, tempFolders} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
const folder = tempFolders('dl-jobs-')
const release = fixture(RELEASE)
/** The release with its exchange disclaimer gone: an error, with a fix. */
const broken = release.replace(/Neither TSX Venture Exchange[^\n]*\n/, '')
/** Invented: a drilling result without its QP statement, caution or disclaimer. */
const DRILLING =
  'Acme Gold Corp. (TSXV: ACM) reports drilling: hole AB-1 returned 5.2 g/t gold over 3.0 metres.\n\n' +
  'The Company will drill more holes in May.\n'

/** More drafts than one worker's lot: clean, broken, warnings only, waived, Word, binary, empty, a README. */
function drafts(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {
    'README.md': '# Drafts\n',
    'empty.md': '',
    'scan.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a]),
    'word/release.docx': docx(
      para('Acme Gold Corp. (TSXV: ACM) reports drilling: hole AB-1 returned 5.2 g/t gold over 3.0 metres.')
    ),
    'waived.md': `<!--disclosure-lint ignore exchange-disclaimer -- the exchange confirmed it is not needed-->\n\n${broken}`
  }
  for (let i = 0; i < JOBS_FROM + 12; i++) {
    const name = `${i % 4 === 0 ? 'sub/' : ''}draft-${String(i).padStart(3, '0')}.${i % 5 === 0 ? 'txt' : 'md'}`
    const text = [release, broken, DRILLING][i % 3]
    files[name] = text.replace(/Corp\./g, `Corp. ${i}`)
  }
  return files
}

/** The CLI as a subprocess (not spawnSync: the test worker stays free to answer vitest while it runs). */
function lint(dir: string, args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--no-config', ...args], {cwd: dir})
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (status) =>
      resolve({status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8')})
    )
  })
}

describe('--jobs', {timeout: 240_000}, () => {
  it('lints in workers only past a few dozen drafts, one per core by default', () => {
    expect(jobsFor(undefined, 1000)).toBe(1)
    expect(jobsFor({argv: []}, JOBS_FROM - 1)).toBe(1)
    expect(jobsFor({argv: [], count: 1}, 1000)).toBe(1)
    expect(jobsFor({argv: [], count: 3}, 1000)).toBe(3)
    expect(jobsFor({argv: []}, 1000)).toBeGreaterThanOrEqual(1)
    expect(takeJobs(['--jobs', '2', 'a.md'])).toEqual({argv: ['a.md'], jobs: 2})
    expect(takeJobs(['--jobs=4', '.'])).toEqual({argv: ['.'], jobs: 4})
    expect(() => takeJobs(['--jobs', 'many'])).toThrow(/--jobs needs a whole number/)
    expect(() => takeJobs(['--jobs', '0'])).toThrow(/--jobs needs a whole number/)
  })

  it('sends drafts in lots of 16 to a batch, about eight lots per worker (each lot is one run of the engine)', () => {
    expect(lotSize(60, 2)).toBe(16)
    expect(lotSize(1000, 2)).toBe(63)
    // A run of the engine holds every draft of its lot until the last is linted: never more than a batch.
    expect(lotSize(10_000, 4)).toBe(BATCH)
    expect(lotSize(100_000, 2)).toBe(BATCH)
  })

  it('a wrong --jobs is said in one line, exit 2', async () => {
    const dir = folder({'draft.md': release})
    const result = await lint(dir, ['--jobs', 'x', '.'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('disclosure-lint: --jobs needs a whole number of drafts linted at once, 1 or more\n')
  })

  it.each([
    ['text', []],
    ['text --verbose --quiet', ['--verbose', '--quiet']],
    ['text --silent --frail', ['--silent', '--frail']],
    ['compact', ['--report', 'compact']],
    ['json', ['--report', 'json']],
    ['sarif', ['--report', 'sarif']],
    ['html', ['--report', 'html']],
    ['github', ['--report', 'github']]
  ])('%s: the same bytes on stdout and stderr, and the same status, as --jobs 1', async (_, flags) => {
    const dir = folder(drafts())
    const [one, two] = await Promise.all([
      lint(dir, [...flags, '--jobs', '1', '.']),
      lint(dir, [...flags, '--jobs', '2', '.'])
    ])
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    expect(two.status).toBe(one.status)
    // The PDF disguised as a draft could not be linted; the Word draft and the waived finding are reported.
    expect(one.status).toBe(2)
    expect(one.stderr).toMatch(/Cannot lint a PDF file/)
    if (!flags.includes('--silent')) expect(one.stdout).toMatch(/release\.docx/)
    if (flags.length === 0) expect(one.stdout).toMatch(/1 finding waived/)
  })

  it('--fix: the same drafts written and the same report', async () => {
    const files = drafts()
    const one = folder(files)
    const two = folder(files)
    const [first, second] = await Promise.all([
      lint(one, ['--fix', '--jobs', '1', '.']),
      lint(two, ['--fix', '--jobs', '2', '.'])
    ])
    expect(second.stdout).toBe(first.stdout)
    expect(second.stderr).toBe(first.stderr)
    expect(second.status).toBe(first.status)
    let changed = 0
    for (const name of Object.keys(files)) {
      const fixed = fs.readFileSync(path.join(two, name))
      expect(fixed.equals(fs.readFileSync(path.join(one, name)))).toBe(true)
      if (!fixed.equals(Buffer.from(files[name]))) changed++
    }
    expect(changed).toBeGreaterThan(JOBS_FROM / 2)
  })
})
