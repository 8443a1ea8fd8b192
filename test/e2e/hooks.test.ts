/**
 * Git hooks, driven for real in temp repositories:
 * - the pre-commit framework (Debian's `pre-commit`) installs our hook from
 *   this checkout's working tree as it is now (`.pre-commit-hooks.yaml` and
 *   the sources, committed or not: a copy committed in a temp repository);
 * - husky + lint-staged, as the README's recipe says.
 * A draft missing the disclaimer is refused with the report printed; the
 * fixed draft commits; a file in `.remarkignore` does not block.
 */
import {execFile, execFileSync} from 'node:child_process'
import {promisify} from 'node:util'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root} from '../helpers.js'

const BAD = 'Acme Gold Corp. (TSXV: ACM) reports that all nominees were elected.\n'
const FIX =
  '\nNeither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the adequacy ' +
  'or accuracy of this release.\n'
const folders: string[] = []

afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

function tempRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-hook-'))
  folders.push(dir)
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.email', 'ir@example.com')
  git(dir, 'config', 'user.name', 'IR')
  git(dir, 'config', 'commit.gpgsign', 'false')
  return dir
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {cwd, encoding: 'utf8'})
}

const run = promisify(execFile)

/**
 * The working tree as a repository the pre-commit framework can clone: every
 * file git would see (tracked and untracked-but-not-ignored, as they are on
 * disk, edits included), committed in a temp repository. Returns it and its commit.
 */
function workingTreeRepo(): {repo: string; rev: string} {
  const repo = tempRepo()
  const files = git(root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean)
  let copied = 0
  for (const file of new Set(files)) {
    const from = path.join(root, file)
    // A tracked file deleted in the working tree is not part of it.
    if (!fs.existsSync(from)) continue
    fs.mkdirSync(path.dirname(path.join(repo, file)), {recursive: true})
    fs.cpSync(from, path.join(repo, file), {verbatimSymlinks: true})
    copied++
  }
  expect(copied).toBeGreaterThan(10)
  expect(fs.existsSync(path.join(repo, '.pre-commit-hooks.yaml'))).toBe(true)
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '--no-verify', '-m', 'working tree of disclosure-lint')
  expect(git(repo, 'status', '--porcelain')).toBe('')
  return {repo, rev: git(repo, 'rev-parse', 'HEAD').trim()}
}

/**
 * Commit through the hook, asynchronously: the first commit installs the
 * hook's environment (half a minute), and a blocked worker misses vitest's
 * heartbeats.
 */
async function commit(cwd: string, file: string, env: NodeJS.ProcessEnv = {}) {
  git(cwd, 'add', file)
  try {
    const {stdout, stderr} = await run('git', ['commit', '-m', `add ${file}`], {
      cwd,
      encoding: 'utf8',
      env: {...process.env, ...env}
    })
    return {status: 0, stdout, stderr}
  } catch (error) {
    const failed = error as {code?: number; stdout?: string; stderr?: string}
    return {
      status: typeof failed.code === 'number' ? failed.code : 1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? ''
    }
  }
}

/** The three moves every hook must get right. */
async function exercise(dir: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  fs.writeFileSync(path.join(dir, 'release.md'), BAD)
  const refused = await commit(dir, 'release.md', env)
  const output = refused.stdout + refused.stderr
  expect(refused.status).not.toBe(0)
  expect(output).toContain('Missing TSX Venture Exchange disclaimer')
  expect(output).toContain('exchange-disclaimer')
  // The report, not the draft: the sentence itself is never echoed.
  expect(output).not.toContain('reports that all nominees were elected')
  expect(git(dir, 'log', '--oneline')).not.toContain('add release.md')

  fs.appendFileSync(path.join(dir, 'release.md'), FIX)
  const accepted = await commit(dir, 'release.md', env)
  expect(accepted.status).toBe(0)
  expect(git(dir, 'log', '--oneline')).toContain('add release.md')

  fs.writeFileSync(path.join(dir, 'draft-ignored.md'), BAD)
  const ignored = await commit(dir, 'draft-ignored.md', env)
  expect(ignored.stdout + ignored.stderr).not.toContain('Missing TSX Venture Exchange disclaimer')
  expect(ignored.status).toBe(0)
}

describe('pre-commit framework', () => {
  let dir: string
  let home: string

  beforeAll(() => {
    const {repo, rev} = workingTreeRepo()
    dir = tempRepo()
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-pre-commit-home-'))
    folders.push(home)
    fs.writeFileSync(
      path.join(dir, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${repo}\n    rev: ${rev}\n    hooks:\n      - id: disclosure-lint\n`
    )
    fs.writeFileSync(path.join(dir, '.remarkignore'), 'draft-ignored.md\n')
    git(dir, 'add', '.pre-commit-config.yaml', '.remarkignore')
    git(dir, 'commit', '-q', '-m', 'config')
    execFileSync('pre-commit', ['install'], {cwd: dir, env: {...process.env, PRE_COMMIT_HOME: home}})
  }, 300_000)

  it('refuses a draft missing the disclaimer, commits the fixed one, skips an ignored file', async () => {
    await exercise(dir, {PRE_COMMIT_HOME: home})
  }, 300_000)
})

describe('husky + lint-staged (the README recipe)', () => {
  let dir: string

  beforeAll(async () => {
    dir = tempRepo()
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify(
        {
          name: 'drafts',
          private: true,
          'lint-staged': {'*.{md,markdown,txt}': 'disclosure-lint --silently-ignore'}
        },
        undefined,
        2
      )
    )
    fs.writeFileSync(path.join(dir, '.remarkignore'), 'draft-ignored.md\n')
    await run('npm', ['install', '--save-dev', '--no-audit', '--no-fund', 'husky@9', 'lint-staged@16', root], {
      cwd: dir
    })
    await run('npx', ['husky', 'init'], {cwd: dir})
    fs.writeFileSync(path.join(dir, '.husky/pre-commit'), 'npx lint-staged\n')
    git(dir, 'add', '.')
    git(dir, 'commit', '-q', '--no-verify', '-m', 'setup')
  }, 300_000)

  it('refuses a draft missing the disclaimer, commits the fixed one, skips an ignored file', async () => {
    await exercise(dir)
  }, 300_000)
})
