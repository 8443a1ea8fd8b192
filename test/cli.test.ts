/**
 * End-to-end tests of the built CLI (`dist/bundle/cli.js`, run `npx tsc -p .`
 * first): each test writes drafts to its own temporary folder, runs the CLI
 * there as a subprocess and checks exit code, the report (stdout), diagnostics (stderr) and that no file in the
 * folder was created or changed (the tool never writes).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {tempFolders} from './helpers.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cliPath = path.resolve(repoRoot, 'dist/bundle/cli.js')
/** The project's own closing release (an invented issuer; three warnings, no error). */
const releasePath = path.resolve(repoRoot, 'test/fixtures/closing-release.md')
const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {version: string}).version

const release = fs.readFileSync(releasePath, 'utf8')
const disclaimer =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
  'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'

/** A draft of a TSX-V issuer with no disclaimer: exchange-disclaimer error. */
// A plan (strong forward-looking information: an error without a caution), not only a meeting's date (a weak sign).
const shortDraft = 'Acme Gold Corp. (TSXV: ACM) expects to hold its meeting.\n'
const onlyQp = JSON.stringify({plugins: ['disclosure-lint/rules/qp-statement']})
const stackTrace = /\n\s+at /

/** A new temporary folder holding `files` (names may contain `/`), removed after the file's tests. */
const makeDir = tempFolders('dl-')

/** Every entry under `dir`: relative path → base64 of its bytes (`<dir>` for folders). */
function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {}
  const walk = (sub: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, sub), {withFileTypes: true})) {
      const rel = path.join(sub, entry.name)
      if (entry.isDirectory()) {
        result[rel] = '<dir>'
        walk(rel)
      } else {
        result[rel] = fs.readFileSync(path.join(dir, rel)).toString('base64')
      }
    }
  }
  walk('')
  return result
}

interface Result {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Runs the CLI in `cwd` and checks that nothing in `cwd` was created,
 * removed or modified by the run.
 */
function run(cwd: string, ...args: string[]): Result {
  const before = snapshot(cwd)
  const {status, stdout, stderr} = spawnSync(process.execPath, [cliPath, ...args], {cwd, encoding: 'utf8'})
  expect(snapshot(cwd), 'files in the folder after the run').toEqual(before)
  return {status, stdout, stderr}
}

/** JSON report messages of every file. */
interface JsonMessage {
  ruleId?: string
  source?: string
  url?: string
  note?: string
  expected?: string[]
  reason: string
}

describe('disclosure-lint CLI', {timeout: 30_000}, () => {
  it('the built CLI exists (run `npx tsc -p .` first)', () => {
    expect(fs.existsSync(cliPath)).toBe(true)
  })

  describe('the closing release', () => {
    it('passes with one us-distribution-legend warning', () => {
      const dir = makeDir({'release.md': release})
      const result = run(dir, 'release.md')
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('release.md')
      expect(result.stdout).toContain('us-distribution-legend')
      expect(result.stdout).toContain('warning')
      expect(result.stdout).toMatch(/^ +27:1 +warning +us-distribution-legend: /m)
      expect(result.stdout).not.toMatch(/\berrors?\b/)
      expect(result.stderr).toBe('')
    })

    it('fails on the warning with --frail', () => {
      const dir = makeDir({'release.md': release})
      const result = run(dir, '--frail', 'release.md')
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('us-distribution-legend')
    })

    it('fails when the TSX-V disclaimer is removed', () => {
      const edited = release.replace(disclaimer, '')
      expect(edited).not.toBe(release)
      const dir = makeDir({'release.md': edited})
      const result = run(dir, 'release.md')
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('exchange-disclaimer')
      expect(result.stdout).toContain('Missing TSX Venture Exchange disclaimer')
    })
  })

  describe('folders', () => {
    it('lints .md, .markdown and .txt files in a folder and ignores other extensions', () => {
      const dir = makeDir({
        'drafts/one.md': shortDraft,
        'drafts/two.markdown': shortDraft,
        'drafts/three.txt': shortDraft,
        'drafts/data.json': shortDraft
      })
      const result = run(dir, 'drafts')
      expect(result.status).toBe(1)
      for (const name of ['one.md', 'two.markdown', 'three.txt']) {
        expect(result.stdout).toContain(`drafts/${name}\n`)
      }
      expect(result.stdout.match(/ exchange-disclaimer: /g)).toHaveLength(3)
      expect(result.stdout).toMatch(/^ +exchange-disclaimer +3 errors in 3 drafts$/m)
      expect(result.stdout).not.toContain('data.json')
    })
  })

  describe('configuration', () => {
    it('applies the preset of the exchange the draft states (TSX-V) when no config exists', () => {
      const dir = makeDir({'draft.md': shortDraft})
      const result = run(dir, 'draft.md')
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('exchange-disclaimer')
      expect(result.stdout).toContain('error')
    })

    it('a .remarkrc.json replaces the preset, resolving disclosure-lint/… from our install', () => {
      const dir = makeDir({'draft.md': shortDraft, '.remarkrc.json': onlyQp})
      expect(fs.existsSync(path.join(dir, 'node_modules'))).toBe(false)
      const result = run(dir, 'draft.md')
      expect(result.status).toBe(0)
      expect(result.stdout).not.toContain('exchange-disclaimer')
      expect(result.stdout).toContain('no issues found')
    })

    it('a .remarkrc.json naming the preset gets the full preset', () => {
      const dir = makeDir({
        'draft.md': shortDraft,
        '.remarkrc.json': JSON.stringify({plugins: ['disclosure-lint/presets/tsxv']})
      })
      const result = run(dir, 'draft.md')
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('exchange-disclaimer')
    })

    it('reads remarkConfig from package.json', () => {
      const dir = makeDir({'draft.md': shortDraft, 'package.json': JSON.stringify({remarkConfig: JSON.parse(onlyQp)})})
      const result = run(dir, 'draft.md')
      expect(result.status).toBe(0)
      expect(result.stdout).not.toContain('exchange-disclaimer')
    })

    it('uses the config given with --rc-path', () => {
      const dir = makeDir({'draft.md': shortDraft, 'other.json': onlyQp})
      const result = run(dir, '--rc-path', 'other.json', 'draft.md')
      expect(result.status).toBe(0)
      expect(result.stdout).not.toContain('exchange-disclaimer')
    })
  })

  describe('.remarkignore', () => {
    it('skips ignored files when linting a folder', () => {
      const dir = makeDir({'ignored.md': shortDraft, 'kept.md': shortDraft, '.remarkignore': 'ignored.md\n'})
      const result = run(dir, '.')
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('kept.md')
      expect(result.stdout).not.toContain('ignored.md')
    })

    it('says an ignored file given by name is ignored', () => {
      const dir = makeDir({'ignored.md': shortDraft, '.remarkignore': 'ignored.md\n'})
      const result = run(dir, 'ignored.md')
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('ignored.md')
      expect(result.stderr).toContain('ignored')
      expect(result.stdout + result.stderr).not.toContain('exchange-disclaimer')
    })

    it('says nothing about it with --silently-ignore', () => {
      const dir = makeDir({'ignored.md': shortDraft, 'release.md': release, '.remarkignore': 'ignored.md\n'})
      const result = run(dir, '--silently-ignore', 'ignored.md', 'release.md')
      expect(result.status).toBe(0)
      expect(result.stdout + result.stderr).not.toContain('ignored')
      expect(result.stdout).toContain('release.md')
    })

    it('exits 0 in silence when the only file named is ignored, with --silently-ignore', () => {
      const dir = makeDir({'ignored.md': shortDraft, '.remarkignore': 'ignored.md\n'})
      const result = run(dir, '--silently-ignore', 'ignored.md')
      expect(result.status).toBe(0)
      expect(result.stdout + result.stderr).toBe('')
    })
  })

  describe('--report json', () => {
    it('prints a JSON report from a folder without node_modules', () => {
      const dir = makeDir({'draft.md': shortDraft})
      expect(fs.existsSync(path.join(dir, 'node_modules'))).toBe(false)
      const result = run(dir, '--report', 'json', 'draft.md')
      expect(result.status).toBe(1)
      expect(result.stderr).toBe('')
      const report = JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>
      expect(Array.isArray(report)).toBe(true)
      expect(report).toHaveLength(1)
      expect(report[0].path).toBe('draft.md')
      const message = report[0].messages.find((m) => m.ruleId === 'exchange-disclaimer')
      expect(message).toBeDefined()
      expect(message!.source).toBe('disclosure-lint')
      expect(message!.url).toMatch(/docs\/rules\/exchange-disclaimer\.md$/)
      expect(message!.note).toEqual(expect.any(String))
      expect(message!.note!.trim()).not.toBe('')
      expect(Array.isArray(message!.expected)).toBe(true)
      expect(message!.expected![0]).toContain('Neither TSX Venture Exchange nor its Regulation Services Provider')
    })
  })

  describe('bad inputs (one clear line, no stack trace, nothing written)', () => {
    it('a missing path', () => {
      const dir = makeDir({'draft.md': shortDraft})
      const result = run(dir, 'nope.md')
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('No such file or folder')
      expect(result.stderr).not.toMatch(stackTrace)
    })

    it('a binary file given by name', () => {
      const dir = makeDir({'draft.pdf': Buffer.from('%PDF-1.4\n\u0000\u0000\u0001binary\u0000', 'latin1')})
      const result = run(dir, 'draft.pdf')
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('Cannot lint a PDF file (.pdf)')
      expect(result.stderr).not.toMatch(stackTrace)
    })

    it('a file that is not valid UTF-8', () => {
      const dir = makeDir({'draft.md': Buffer.from([0xff, 0xfe, 0x41])})
      const result = run(dir, 'draft.md')
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('not valid UTF-8')
      expect(result.stdout + result.stderr).not.toContain('exchange-disclaimer')
      expect(result.stderr).not.toMatch(stackTrace)
    })

    it('an empty file', () => {
      const dir = makeDir({'empty.md': ''})
      const result = run(dir, 'empty.md')
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('Empty file: nothing to lint')
      expect(result.stdout).not.toContain('exchange-disclaimer')
    })

    it('an empty folder, or one with no drafts in it', () => {
      const dir = makeDir({'other/data.json': '{}'})
      fs.mkdirSync(path.join(dir, 'empty'))
      for (const folder of ['empty', 'other']) {
        const result = run(dir, folder)
        expect(result.status).toBe(2)
        expect(result.stderr).toContain('no drafts found')
        expect(result.stderr).toContain(folder)
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
        expect(result.stderr).not.toMatch(stackTrace)
      }
    })

    it('--output is refused', () => {
      const dir = makeDir({'draft.md': shortDraft})
      for (const args of [
        ['--output', 'draft.md'],
        ['--output', 'out.md', 'draft.md'],
        ['-o', 'draft.md']
      ]) {
        const result = run(dir, ...args)
        expect(result.status).toBe(2)
        expect(result.stderr).toContain('--output is not supported')
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
      }
    })

    it('--stdout is refused', () => {
      const dir = makeDir({'draft.md': shortDraft})
      const result = run(dir, '--stdout', 'draft.md')
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain('--stdout is not supported')
    })

    it('a .remarkrc.json that does not parse', () => {
      const dir = makeDir({'draft.md': shortDraft, '.remarkrc.json': '{"plugins": ['})
      const result = run(dir, 'draft.md')
      expect(result.status).toBe(2)
      expect(result.stderr).toContain('Cannot parse file')
      expect(result.stderr).toContain('.remarkrc.json')
      expect(result.stderr).not.toMatch(stackTrace)
    })
  })

  describe('suppression comments', () => {
    it('disable turns a rule off', () => {
      const dir = makeDir({
        'draft.md': '<!--disclosure-lint disable exchange-disclaimer -- filed by the agent-->\n\n' + shortDraft
      })
      const result = run(dir, 'draft.md')
      // The other rules still run: the draft lacks a forward-looking caution.
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('forward-looking-caution')
      expect(result.stdout).not.toContain('exchange-disclaimer')
    })

    it('an unknown rule is reported', () => {
      const dir = makeDir({'draft.md': '<!--disclosure-lint disable no-such-rule-->\n\n' + shortDraft})
      const result = run(dir, 'draft.md')
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('no-such-rule')
      expect(result.stdout).toContain('not known')
      expect(result.stdout).toContain('exchange-disclaimer')
    })
  })

  describe('--help and --version', () => {
    it('--help prints usage', () => {
      const dir = makeDir()
      const result = run(dir, '--help')
      expect(result.status).toBe(0)
      expect(result.stdout).toContain('Usage: disclosure-lint')
      expect(result.stdout).toContain('--frail')
    })

    it('--version prints the package version', () => {
      const dir = makeDir()
      const result = run(dir, '--version')
      expect(result.status).toBe(0)
      expect(result.stdout.trim()).toBe(version)
    })
  })

  describe('drafts are never written', () => {
    it('leaves the release byte for byte as it was, whatever the flags', () => {
      const original = fs.readFileSync(releasePath)
      const dir = makeDir({'release.md': original})
      for (const args of [
        ['release.md'],
        ['--frail', 'release.md'],
        ['--report', 'json', 'release.md'],
        ['.'],
        ['--quiet', '.']
      ]) {
        const result = run(dir, ...args)
        expect(result.status === 0 || result.status === 1).toBe(true)
        expect(fs.readFileSync(path.join(dir, 'release.md')).equals(original)).toBe(true)
      }
      expect(fs.readdirSync(dir)).toEqual(['release.md'])
      // Five cold starts in a row: on a loaded machine they may take more than the file's 30 s.
    }, 120_000)
  })
})

describe('--watch', () => {
  it('lints again when a draft changes, until interrupted', async () => {
    const {spawn} = await import('node:child_process')
    const draft = 'Acme Gold Corp. (TSXV: ACM) reports that all nominees were elected.\n'
    const dir = makeDir({'draft.md': draft})
    const child = spawn(process.execPath, [cliPath, '--watch', 'draft.md'], {cwd: dir})
    // The reports on stdout, the "Watching..." line (a diagnostic about the run) on stderr.
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    /** Up to 30 s (the first lint starts slowly on a loaded machine); `tick` runs once a second while waiting. */
    const until = async (test: () => boolean, tick: () => void = () => {}) => {
      for (let i = 0; i < 600 && !test(); i++) {
        if (i % 20 === 0) tick()
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      expect(test()).toBe(true)
    }
    try {
      await until(() => stdout.includes('Missing TSX Venture Exchange disclaimer'))
      expect(stderr).toContain('Watching...')
      const before = stdout.length
      // The fixed draft, written again each second: the CLI starts its file
      // watcher after printing the first report, and a change made before
      // the watcher is ready is not seen.
      const fixed =
        draft +
        '\nNeither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the ' +
        'adequacy or accuracy of this release.\n'
      // The second run reports the fixed draft clean.
      await until(
        () => stdout.slice(before).includes('no issues found'),
        () => fs.writeFileSync(path.join(dir, 'draft.md'), fixed)
      )
      expect(stdout.slice(before)).not.toContain('Missing TSX Venture Exchange disclaimer')
    } finally {
      child.kill('SIGINT')
      await new Promise((resolve) => child.once('exit', resolve))
    }
  }, 90_000)
})

describe('rules listed one by one', () => {
  it('take suppression comments when the config adds disclosure-lint/control last', () => {
    const dir = makeDir({
      '.remarkrc.json': JSON.stringify({
        plugins: [['disclosure-lint/rules/exchange-disclaimer', ['error']], 'disclosure-lint/control']
      }),
      'quiet.md':
        '<!--disclosure-lint disable exchange-disclaimer -- filed separately-->\n\nAcme Gold Corp. (TSXV: ACM) reports.\n',
      'loud.md': 'Acme Gold Corp. (TSXV: ACM) reports.\n'
    })
    const result = run(dir, 'quiet.md', 'loud.md')
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/loud\.md\n.*Missing TSX Venture Exchange disclaimer/)
    expect(result.stdout).toContain('quiet.md: no issues found')
  })
})
