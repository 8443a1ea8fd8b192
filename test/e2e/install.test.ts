/**
 * The package installs as the README says: `npm pack`, then `npm install
 * --global` of the tarball (into a temporary prefix, with dependencies from the
 * npm registry or its cache), and both bins run from any folder with nothing
 * else there: the CLI lints a folder of drafts, the language server answers a
 * real LSP client.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {fixture, RELEASE, root} from '../helpers.js'
import {startClient} from '../lsp-client.js'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-install-'))
afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

describe('npm pack, then npm install --global of the tarball', () => {
  it('installs a package whose bins run from any folder', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
    expect(manifest.private).toBeUndefined()
    expect(manifest.license).toBe('MIT')

    const packed = execFileSync('npm', ['pack', root, '--pack-destination', work, '--silent'], {
      cwd: work,
      encoding: 'utf8'
    })
    const tarball = path.join(work, packed.trim().split('\n').at(-1)!)
    expect(fs.existsSync(tarball)).toBe(true)
    const listed = execFileSync('tar', ['tzf', tarball], {encoding: 'utf8'})
    for (const file of ['package/LICENSE', 'package/dist/bundle/cli.js', 'package/docs/rules/qp-statement.md'])
      expect(listed).toContain(file)
    // No sources, tests or corpus material in the package.
    expect(listed).not.toMatch(/package\/(?:src|test|scripts\/eval)/)

    const prefix = path.join(work, 'prefix')
    const install = spawnSync(
      'npm',
      ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball],
      {cwd: work, encoding: 'utf8', timeout: 240_000}
    )
    expect(install.stderr).not.toMatch(/npm error/i)
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
