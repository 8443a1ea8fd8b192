/**
 * The package installs as the README says: `npm pack`, then `npm install
 * --global` of the tarball (into a temporary prefix) with no registry at all —
 * `--offline`, an empty cache and a registry address nothing answers: the
 * tarball carries its runtime dependencies (`bundleDependencies`) — and both
 * bins run from any folder with nothing else there: the CLI lints a folder of
 * drafts, the language server answers a real LSP client.
 */
import {execFile, execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {fixture, RELEASE, root} from '../helpers.js'
import {startClient} from '../lsp-client.js'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-install-'))
afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

/**
 * The checkout to pack. A git worktree may link `node_modules` to another
 * checkout's: npm then sees every dependency as a link to a folder outside the
 * package and bundles none of their own dependencies. Such a checkout is
 * packed from a copy with a folder of its own (hard links: no copying of
 * bytes) holding what npm packs: the built package, and no sources.
 */
function checkout(): string {
  const modules = path.join(root, 'node_modules')
  if (!fs.lstatSync(modules).isSymbolicLink()) return root
  const copy = path.join(work, 'checkout')
  fs.mkdirSync(copy)
  for (const name of [
    'package.json',
    'package-lock.json',
    'README.md',
    'LICENSE',
    'docs',
    'dist',
    'scripts/postinstall.mjs'
  ])
    fs.cpSync(path.join(root, name), path.join(copy, name), {recursive: true})
  try {
    execFileSync('cp', ['-al', fs.realpathSync(modules), path.join(copy, 'node_modules')])
  } catch {
    fs.cpSync(fs.realpathSync(modules), path.join(copy, 'node_modules'), {recursive: true})
  }
  // npm's record of the linked folder's install is not this copy's.
  fs.rmSync(path.join(copy, 'node_modules/.package-lock.json'), {force: true})
  return copy
}

/**
 * A command run without blocking the test's worker: `npm pack` and `npm install` can take a minute or more on a
 * loaded machine, and a worker blocked that long misses vitest's own calls ("Timeout calling onTaskUpdate").
 */
function runAsync(
  command: string,
  args: string[],
  options: {cwd: string; timeout?: number}
): Promise<{status: number; stdout: string; stderr: string}> {
  return new Promise((resolve, reject) => {
    execFile(command, args, {...options, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error)
      else resolve({status: error ? Number(error.code) : 0, stdout, stderr})
    })
  })
}

describe('npm pack, then npm install --global of the tarball', () => {
  it('installs a package whose bins run from any folder', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(manifest.private).toBeUndefined()
    expect(manifest.license).toBe('MIT')

    // In the checkout, as the README says.
    // A code cache the bin wrote beside the bundle (per build and Node version) stays out of the package.
    const stray = path.join(root, 'dist/bundle/cli-0000000000000000-v0.0.0-test.cache')
    fs.writeFileSync(stray, 'not a cache')
    let packed: string
    try {
      const pack = await runAsync('npm', ['pack', '--pack-destination', work, '--silent'], {cwd: checkout()})
      expect(pack.status).toBe(0)
      packed = pack.stdout
    } finally {
      fs.rmSync(stray, {force: true})
    }
    const tarball = path.join(work, packed.trim().split('\n').at(-1)!)
    expect(fs.existsSync(tarball)).toBe(true)
    const listed = execFileSync('tar', ['tzf', tarball], {encoding: 'utf8'})
    for (const file of [
      'package/LICENSE',
      'package/dist/bundle/cli.js',
      'package/dist/bundle/cli.cjs',
      'package/docs/rules/qp-statement.md'
    ])
      expect(listed).toContain(file)
    expect(listed).not.toMatch(/\.cache$/m)
    // No sources, tests or corpus material in the package.
    expect(listed).not.toMatch(/package\/(?:src|test|scripts\/eval)/)
    expect(listed).not.toMatch(/^package\/\.\./m)
    // Every runtime dependency inside it (bundled), and no development tool.
    expect(manifest.bundleDependencies).toEqual(Object.keys(manifest.dependencies))
    for (const name of manifest.bundleDependencies as string[])
      expect(listed).toContain(`package/node_modules/${name}/package.json`)
    expect(listed).not.toMatch(/package\/node_modules\/(?:typescript|vitest|esbuild|eslint|prettier|fast-check)\//)
    // Small enough to mail or keep in a repository: a few megabytes.
    expect(fs.statSync(tarball).size).toBeLessThan(12 * 1024 * 1024)

    // No registry: offline, an empty cache, and a registry address where nothing listens.
    const prefix = path.join(work, 'prefix')
    const cache = path.join(work, 'empty-cache')
    fs.mkdirSync(cache)
    const install = await runAsync(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--offline',
        '--cache',
        cache,
        '--registry',
        'http://127.0.0.1:9',
        '--no-audit',
        '--no-fund',
        tarball
      ],
      {cwd: work, timeout: 240_000}
    )
    expect(install.stderr).not.toMatch(/npm error|ENOTCACHED|ECONNREFUSED/i)
    expect(install.status).toBe(0)
    const bin = path.join(prefix, 'bin')

    // A folder of drafts far from this repository, with nothing installed.
    const drafts = path.join(work, 'drafts')
    fs.mkdirSync(drafts)
    fs.writeFileSync(path.join(drafts, 'closing.md'), fixture(RELEASE))
    fs.writeFileSync(
      path.join(drafts, 'agm.md'),
      'Tern Metals Inc. (TSXV: TRN) reports that all nominees were elected.\n'
    )
    const version = spawnSync(path.join(bin, 'disclosure-lint'), ['--version'], {cwd: drafts, encoding: 'utf8'})
    expect(version.stdout.trim()).toBe(manifest.version)
    const lint = spawnSync(path.join(bin, 'disclosure-lint'), ['.'], {cwd: drafts, encoding: 'utf8'})
    const output = lint.stdout + lint.stderr
    expect(output).toContain('exchange-disclaimer')
    // Both drafts are read; the meeting release lacks the disclaimer (an error: exit 1).
    expect(output).toContain('agm.md')
    expect(output).toContain('closing.md')
    expect(output).toContain('Missing TSX Venture Exchange disclaimer')
    expect(lint.status).toBe(1)

    const client = await startClient(drafts, {server: path.join(bin, 'disclosure-lint-language-server')})
    try {
      const diagnostics = await client.open(
        pathToFileURL(path.join(drafts, 'agm.md')).href,
        fs.readFileSync(path.join(drafts, 'agm.md'), 'utf8')
      )
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('exchange-disclaimer')
    } finally {
      await client.close()
    }
  })
})
