/**
 * Scale: the CLI lints drafts in batches (src/cli/run.ts), so a run of
 * 100,000 drafts holds their messages, not their text or trees. The report is
 * still made once over every draft: batched or not, the same bytes and the same
 * exit status, in every report format.
 */
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {PassThrough} from 'node:stream'
import type {Options as EngineOptions} from 'unified-engine'
import type {VFile} from 'vfile'
import {afterEach, describe, expect, it} from 'vitest'
import {createProcessor, disclosureLintDecode, tsxv} from '../src/api.js'
import {useOurInstall} from '../src/cli/config.js'
import {givenPlugins, withDefaults} from '../src/cli/defaults.js'
import {keepFor, oneLineCauses, resolveReporter} from '../src/cli/reporters.js'
import {BATCH, run} from '../src/cli/run.js'
import {RELEASE, fixture, root, runSettings, tempFolders} from './helpers.js'

const folder = tempFolders('dl-scale-')
const release = fixture(RELEASE)
/** The release with its exchange disclaimer gone: errors. */
const broken = release.replace(/Neither TSX Venture Exchange[^\n]*\n/, '')

/** `count` drafts (clean, broken, warnings only by `--frail`), a binary one, an empty one, a README, a subfolder. */
function drafts(count: number): string {
  const files: Record<string, string | Buffer> = {
    'README.md': '# Drafts\n',
    'empty.md': '',
    'scan.md': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a])
  }
  for (let i = 0; i < count; i++) {
    const name = `${i % 3 === 0 ? 'sub/' : ''}draft-${String(i).padStart(3, '0')}.md`
    files[name] = (i % 2 ? broken : release).replace(/Corp\./g, `Corp. ${i}`)
  }
  return folder(files)
}

/** One in-process run as the CLI makes it (index.ts): its report and exit status. */
async function lint(
  dir: string,
  reporter: string | undefined,
  batch: number,
  extra: Partial<EngineOptions> = {}
): Promise<{report: string; code: number | string | undefined}> {
  const sink = new PassThrough()
  const chunks: Buffer[] = []
  sink.on('data', (chunk: Buffer) => chunks.push(chunk))
  const keep = keepFor(reporter)
  const settings: EngineOptions = {
    cwd: dir,
    files: ['.'],
    extensions: ['md', 'markdown', 'txt'],
    ignoreName: '.remarkignore',
    packageField: 'remarkConfig',
    pluginPrefix: 'remark',
    rcName: '.remarkrc',
    processor: createProcessor([[disclosureLintDecode, {fromDisk: true}]]),
    defaultConfig: tsxv,
    configTransform: withDefaults(useOurInstall),
    plugins: givenPlugins(undefined),
    reporter: oneLineCauses(await resolveReporter(reporter)),
    color: false,
    streamError: sink,
    streamOut: new PassThrough(),
    ...extra
  }
  await run(settings, {keep, batch, notes: false})
  const code = process.exitCode
  process.exitCode = undefined
  return {report: Buffer.concat(chunks).toString('utf8'), code}
}

afterEach(() => {
  process.exitCode = undefined
})

describe('batches', () => {
  it.each([
    ['text', undefined, {}],
    ['text --quiet', undefined, {quiet: true}],
    ['text --silent --frail', undefined, {silent: true, frail: true}],
    ['json', 'json', {}],
    ['sarif', 'sarif', {}],
    ['github', 'github', {}]
  ] as Array<[string, string | undefined, Partial<EngineOptions>]>)(
    '%s: the same report and status in batches of 4 as in one',
    async (_, reporter, extra) => {
      const dir = drafts(21)
      const whole = await lint(dir, reporter, 1000, extra)
      const batched = await lint(dir, reporter, 4, extra)
      expect(batched.report).toBe(whole.report)
      expect(batched.code).toBe(whole.code)
      // The binary draft could not be linted.
      expect(whole.code).toBe(2)
      // The text report counts it (the CLI says why on stderr); the others list it.
      expect(whole.report).toContain(reporter === undefined ? '1 could not be linted' : 'scan.md')
      if (!extra.silent) expect(whole.report).toContain('draft-020.md')
      if (reporter === undefined && !extra.silent) expect(whole.report).toContain('exchange-disclaimer')
    },
    60_000
  )

  it('keeps a linted draft’s messages, not its text', async () => {
    const dir = drafts(6)
    const seen: VFile[] = []
    const sink = new PassThrough()
    sink.resume()
    const reporter = (files: VFile[]) => {
      seen.push(...files)
      return ''
    }
    await run(runSettings(dir, reporter, sink), {keep: 'messages', batch: 2, notes: false})
    expect(seen.length).toBe(8)
    expect(seen.map((file) => String(file.value).length)).toEqual(seen.map(() => 0))
    const messages = seen.flatMap((file) => file.messages)
    expect(messages.some((message) => message.ruleId === 'exchange-disclaimer')).toBe(true)
  })
})

describe('the CLI over more drafts than a batch', () => {
  it('reports every draft once, sorted by path, with one summary line', () => {
    const dir = drafts(BATCH * 2 + 7)
    for (const [args, check] of [
      [
        ['.'],
        (out: string) => {
          const headers = out.split('\n').filter((line) => /^\S+\.md/.test(line))
          const names = headers.map((line) => line.split(/[: ]/)[0])
          // The drafts and the empty one (the README is skipped; the PDF, not linted, is said on stderr);
          // each draft and the empty one (a warning: nothing to lint) need changes.
          expect(names.length).toBe(BATCH * 2 + 7 + 1)
          expect(names).toEqual([...names].sort())
          expect(out.match(/^\d+ of \d+ drafts need changes/gm)).toEqual([
            `${BATCH * 2 + 8} of ${BATCH * 2 + 9} drafts need changes`
          ])
        }
      ],
      [
        ['--report', 'json', '.'],
        (out: string) => expect((JSON.parse(out) as unknown[]).length).toBe(BATCH * 2 + 7 + 2)
      ]
    ] as Array<[string[], (out: string) => void]>) {
      const result = spawnSync(process.execPath, [path.join(root, 'dist/bundle/cli.js'), '--no-config', ...args], {
        cwd: dir,
        encoding: 'utf8'
      })
      // The PDF disguised as a draft could not be linted: exit 2.
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(/^disclosure-lint: skipped 1 file that is not a release/m)
      expect(result.stderr).toMatch(/Cannot lint a PDF file/)
      check(result.stdout)
      // The report is written in parts as the batches are linted: into a --report-file, the same bytes.
      const again = spawnSync(
        process.execPath,
        [path.join(root, 'dist/bundle/cli.js'), '--no-config', '--report-file', 'report.out', ...args],
        {cwd: dir, encoding: 'utf8'}
      )
      expect(again.status).toBe(2)
      expect(result.stdout.length).toBeGreaterThan(64 * 1024)
      expect(readFileSync(path.join(dir, 'report.out'), 'utf8')).toBe(result.stdout)
      rmSync(path.join(dir, 'report.out'))
    }
  }, 240_000)
})
