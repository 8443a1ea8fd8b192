/**
 * Issue 9, the command line: no config, pipe, file or name switches the checks
 * off or hangs the run. Each test runs the built CLI (`dist/bundle/cli.js`) as a
 * subprocess in its own temporary folder.
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ruleIds} from '../src/api.js'
import {root, tempFolders} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
/** A TSX-V issuer's draft with no disclaimer and no caution: errors with the preset. */
const DRAFT = 'Acme Gold Corp. (TSXV: ACM) reports that all nominees were elected.\n'
const MISSING = /Missing TSX Venture Exchange disclaimer/
const stackTrace = /\n\s+at |\[cause\]/
const servers: net.Server[] = []

afterAll(() => {
  for (const server of servers) server.close()
})

const setup = tempFolders('dl-trust-')

/** Runs the CLI in `cwd` (asynchronously, so the cases of a table run side by side). */
function lint(cwd: string, ...args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += String(chunk)))
    child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`still running after 40 s: ${args.join(' ')}`))
    }, 40_000)
    child.on('close', (status) => {
      clearTimeout(timer)
      expect(stdout + stderr).not.toMatch(stackTrace)
      resolve({status, stdout, stderr})
    })
  })
}

const allOff = JSON.stringify({
  plugins: ['disclosure-lint/presets/tsxv', ...ruleIds.map((id) => [`disclosure-lint/rules/${id}`, false])]
})

describe.concurrent('a config that enables none of our rules does not disable them', {timeout: 60_000}, () => {
  const cases: {name: string; files: Record<string, string>; args: string[]; status: number; reason: RegExp}[] = [
    {
      name: '.remarkrc.json with remark settings only',
      files: {'draft.md': DRAFT, '.remarkrc.json': '{"settings":{"bullet":"*"}}'},
      args: ['draft.md'],
      status: 1,
      reason: MISSING
    },
    {
      name: 'remarkConfig in a package.json above the drafts',
      files: {
        'drafts/draft.md': DRAFT,
        'package.json': JSON.stringify({name: 'docs', remarkConfig: {settings: {bullet: '*'}}})
      },
      args: ['drafts'],
      status: 1,
      reason: MISSING
    },
    {
      name: 'a config with a remark-lint-style plugin of its own only',
      files: {
        'draft.md': DRAFT,
        'noop.mjs': 'export default function noop() {}\n',
        '.remarkrc.json': '{"plugins":["./noop.mjs"]}'
      },
      args: ['draft.md'],
      status: 1,
      reason: MISSING
    },
    {
      name: 'a config that turns every rule off',
      files: {'draft.md': DRAFT, '.remarkrc.json': allOff},
      args: ['draft.md'],
      status: 2,
      reason: /^disclosure-lint: draft\.md: Not checked: every disclosure-lint rule is off in `\.remarkrc\.json`/m
    },
    {
      name: 'a config that turns its only rule off',
      files: {
        'drafts/draft.md': DRAFT,
        'package.json': JSON.stringify({
          remarkConfig: {plugins: [['disclosure-lint/rules/exchange-disclaimer', false]]}
        })
      },
      args: ['drafts'],
      status: 2,
      reason: /every disclosure-lint rule is off in `package\.json`/
    },
    {
      name: 'a config that configures one rule: that rule only',
      files: {'draft.md': DRAFT, '.remarkrc.json': JSON.stringify({plugins: ['disclosure-lint/rules/qp-statement']})},
      args: ['draft.md'],
      status: 0,
      reason: /draft\.md: no issues found/
    }
  ]
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const result = await lint(setup(c.files), ...c.args)
    // A finding (the report, stdout) or why the config could not load (stderr).
    expect(result.stdout + result.stderr).toMatch(c.reason)
    expect(result.status).toBe(c.status)
  })
})

/** Resolves when `child` exits, or rejects after `ms` (and kills it). */
function exited(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`still running after ${ms} ms`))
    }, ms)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })
}

describe.concurrent('an output pipe that closes ends the run quietly', {timeout: 60_000}, () => {
  it('stdout closed after the first bytes of a long report (`| head -2`): exits with its usual status', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 300; index++) files[`drafts/draft-${String(index).padStart(3, '0')}.md`] = DRAFT
    const dir = setup(files)
    const child = spawn(process.execPath, [cli, 'drafts'], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)))
    child.stdout?.once('data', () => child.stdout?.destroy())
    expect(await exited(child, 30_000)).toBe(1)
    expect(stderr).toBe('')
  })

  it('stdout closed before --help writes (quitting `less`): exits 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [cli, '--help'], {cwd: setup({}), stdio: ['ignore', 'pipe', 'pipe']})
    child.stdout?.destroy()
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)))
    expect(await exited(child, 30_000)).toBe(0)
    expect(stderr).toBe('')
  })
})

/** A folder holding a draft, a FIFO and a socket with a draft's extension. */
async function specialFolder(): Promise<string> {
  const dir = setup({'drafts/draft.md': DRAFT})
  spawnSync('mkfifo', [path.join(dir, 'drafts/pipe.md')])
  const server = net.createServer()
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(path.join(dir, 'drafts/socket.md'), resolve))
  return dir
}

describe.concurrent('special files are never opened', {timeout: 60_000}, () => {
  // Why a file was not linted: on stderr; the draft's findings: in the report, on stdout.
  const cases: {name: string; args: string[]; status: number; reasons: RegExp[]; report?: RegExp}[] = [
    {
      name: 'a FIFO named',
      args: ['drafts/pipe.md'],
      status: 2,
      reasons: [/^disclosure-lint: drafts\/pipe\.md: Cannot lint a FIFO \(named pipe\): not a regular file/m]
    },
    {name: 'a socket named', args: ['drafts/socket.md'], status: 2, reasons: [/Cannot lint a socket/]},
    {name: 'a device named', args: ['/dev/null'], status: 2, reasons: [/Cannot lint a character device/]},
    {
      name: 'a FIFO named beside a draft: the draft is linted',
      args: ['drafts/pipe.md', 'drafts/draft.md'],
      status: 2,
      reasons: [/Cannot lint a FIFO/],
      report: MISSING
    },
    {
      name: 'a FIFO and a socket found in a folder: one line each, the draft linted',
      args: ['drafts'],
      status: 1,
      reasons: [
        /^disclosure-lint: skipped drafts\/pipe\.md: a FIFO \(named pipe\), not a regular file$/m,
        /^disclosure-lint: skipped drafts\/socket\.md: a socket, not a regular file$/m
      ],
      report: MISSING
    }
  ]
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const result = await lint(await specialFolder(), ...c.args)
    for (const reason of c.reasons) expect(result.stderr).toMatch(reason)
    if (c.report) expect(result.stdout).toMatch(c.report)
    expect(result.status).toBe(c.status)
  })
})

interface JsonFile {
  path: string
  messages: unknown[]
}

describe.concurrent('symlinks are followed once', {timeout: 60_000}, () => {
  const cases: {name: string; links: Record<string, string>; expected: string[]}[] = [
    {
      name: 'a symlink loop (a link to the folder above)',
      links: {'drafts/sub/up': '..'},
      expected: ['drafts/a.md', 'drafts/sub/b.md']
    },
    {
      name: 'a link to a folder of drafts',
      links: {'drafts/alias': 'sub'},
      expected: ['drafts/a.md', 'drafts/sub/b.md']
    },
    {name: 'a link to a draft', links: {'drafts/0-link.md': 'a.md'}, expected: ['drafts/a.md', 'drafts/sub/b.md']},
    {
      name: 'two loops and an alias',
      links: {'drafts/sub/up': '..', 'drafts/sub/self': '.', 'drafts/aa': 'sub'},
      expected: ['drafts/a.md', 'drafts/sub/b.md']
    }
  ]
  it.each(cases.map((c) => [c.name, c] as const))('%s: each real draft linted once', async (_, c) => {
    const dir = setup({'drafts/a.md': DRAFT, 'drafts/sub/b.md': DRAFT}, c.links)
    const result = await lint(dir, '--report', 'json', 'drafts')
    const report = JSON.parse(result.stdout) as JsonFile[]
    expect(report.map((file) => file.path).sort()).toEqual(c.expected)
    expect(result.status).toBe(1)
  })
})

describe.concurrent('--help is ours', () => {
  it('lists our flags, the rules and the report formats; not remark-cli’s -o', async () => {
    const result = await lint(setup({}), '--help')
    expect(result.status).toBe(0)
    for (const id of ruleIds) expect(result.stdout).toContain(id)
    for (const text of [
      '--verbose',
      '--report',
      'json',
      'sarif',
      'github',
      '--frail',
      '--watch',
      '--include-all',
      '--version'
    ]) {
      expect(result.stdout).toContain(text)
    }
    expect(result.stdout).toMatch(/--verbose\s+.*regulation/)
    expect(result.stdout).toMatch(/--report-file <path>\s+write the report to this file/)
    expect(result.stdout).toMatch(/--report <format>\s+compact .*html/)
    expect(result.stdout).not.toMatch(/--output|-o,|rewrite|--stdout/)
    expect(result.stdout).toContain('disclosure-lint drafts/')
  })

  it('--version still prints the version', async () => {
    const {version} = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
    expect((await lint(setup({}), '--version')).stdout).toBe(version + '\n')
  })
})

describe.concurrent('files that are not releases', {timeout: 60_000}, () => {
  const notReleases = {
    'README.md': DRAFT,
    'docs/CHANGELOG.md': DRAFT,
    'readme.markdown': DRAFT,
    'CHANGELOG.txt': DRAFT,
    'LICENSE.md': DRAFT,
    'CONTRIBUTING.md': DRAFT,
    'CODE_OF_CONDUCT.md': DRAFT,
    'Security.md': DRAFT
  }
  const names = Object.keys(notReleases)
  const reported = (stdout: string): string[] =>
    stdout.split('\n').filter((line) => /^\S+\.(md|markdown|txt)$/.test(line))
  const cases: {
    name: string
    files: Record<string, string>
    args: string[]
    status: number
    linted: string[]
    skipped?: RegExp
  }[] = [
    {
      name: 'found in a folder: skipped, said once',
      files: {...notReleases, 'drafts/release.md': DRAFT},
      args: ['.'],
      status: 1,
      linted: ['drafts/release.md'],
      skipped:
        /^disclosure-lint: skipped 8 files that are not releases \(.*README\.md.*\); --include-all to lint them$/m
    },
    {
      name: 'passed by a glob: skipped',
      files: {...notReleases, 'drafts/release.md': DRAFT},
      args: ['**/*.md'],
      status: 1,
      linted: ['drafts/release.md'],
      skipped:
        /skipped 6 files that are not releases \(CODE_OF_CONDUCT\.md, CONTRIBUTING\.md, LICENSE\.md, README\.md, Security\.md, …\)/
    },
    {
      name: '--include-all: linted',
      files: {...notReleases, 'drafts/release.md': DRAFT},
      args: ['--include-all', '.'],
      status: 1,
      linted: [...names, 'drafts/release.md'].sort()
    },
    {
      name: 'named on the command line (as a pre-commit hook does): skipped, exit 0',
      files: {...notReleases, 'drafts/release.md': DRAFT},
      args: ['README.md', 'CHANGELOG.txt'],
      status: 0,
      linted: [],
      skipped:
        /^disclosure-lint: skipped 2 files that are not releases \(README\.md, CHANGELOG\.txt\); --include-all to lint them$/m
    },
    {
      name: 'named beside a draft: the draft is linted',
      files: {...notReleases, 'drafts/release.md': DRAFT},
      args: ['README.md', 'drafts/release.md'],
      status: 1,
      linted: ['drafts/release.md'],
      skipped: /skipped 1 file that is not a release \(README\.md\)/
    },
    {
      name: 'named with --include-all: linted',
      files: notReleases,
      args: ['--include-all', 'README.md'],
      status: 1,
      linted: ['README.md']
    },
    {
      name: 'a folder holding only a README: said, exit 0',
      files: {'README.md': DRAFT},
      args: ['.'],
      status: 0,
      linted: [],
      skipped: /^disclosure-lint: skipped 1 file that is not a release \(README\.md\); --include-all to lint them\n$/
    },
    {
      name: '.remarkignore still skips drafts, silently, in a folder',
      files: {'drafts/release.md': DRAFT, 'drafts/old.md': DRAFT, '.remarkignore': 'drafts/old.md\n'},
      args: ['drafts'],
      status: 1,
      linted: ['drafts/release.md']
    },
    {
      name: 'a draft whose name only starts like one is linted',
      files: {'readme-ish-release.md': DRAFT, 'security-offering.md': DRAFT},
      args: ['.'],
      status: 1,
      linted: ['readme-ish-release.md', 'security-offering.md']
    }
  ]
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const result = await lint(setup(c.files), ...c.args)
    expect(reported(result.stdout).sort()).toEqual(c.linted)
    if (c.skipped) {
      expect(result.stderr).toMatch(c.skipped)
      expect(result.stderr.match(/that (are|is) not (a )?releases?/g)).toHaveLength(1)
    } else expect(result.stderr).not.toMatch(/not (a )?releases?/)
    expect(result.status).toBe(c.status)
  })
})

describe('--watch', {timeout: 90_000}, () => {
  it('lints a draft created while watching, and every draft again when a config changes (not the config)', async () => {
    const dir = setup({'drafts/a.md': DRAFT})
    const child = spawn(process.execPath, [cli, '--watch', 'drafts'], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']})
    // The reports, on stdout.
    let stdout = ''
    let stderr = ''
    const waitFor = (pattern: RegExp, from: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${pattern} in: ${stdout.slice(from)}`)), 30_000)
        const check = () => {
          if (pattern.test(stdout.slice(from))) {
            clearTimeout(timer)
            child.stdout?.off('data', check)
            resolve()
          }
        }
        child.stdout?.on('data', check)
        check()
      })
    child.stdout?.on('data', (chunk: Buffer) => (stdout += String(chunk)))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += String(chunk)))
    try {
      await waitFor(/ \d+ errors?$/m, 0)
      let mark = stdout.length
      fs.writeFileSync(path.join(dir, 'drafts/new.md'), DRAFT)
      await waitFor(/^drafts\/new\.md$/m, mark)
      mark = stdout.length
      fs.writeFileSync(
        path.join(dir, 'drafts/.remarkrc.json'),
        JSON.stringify({plugins: ['disclosure-lint/rules/qp-statement']})
      )
      await waitFor(/drafts\/a\.md: no issues found[^]*drafts\/new\.md: no issues found/, mark)
      expect(stdout + stderr).not.toMatch(/remarkrc\.json\n/)
      expect(stdout + stderr).not.toMatch(stackTrace)
    } finally {
      child.kill('SIGKILL')
    }
  })
})
