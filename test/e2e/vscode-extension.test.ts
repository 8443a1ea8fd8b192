/**
 * The VS Code extension packages with its own language server: `npm run
 * build` in editors/vscode bundles the client, the server and the rule docs,
 * `vsce package` (its manifest checks included) produces a .vsix holding them,
 * and the server unpacked from that .vsix, in a folder with nothing installed,
 * lints a draft for a real LSP client.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {root} from '../helpers.js'
import {startClient} from '../lsp-client.js'

const extension = path.join(root, 'editors/vscode')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-vsix-'))
afterAll(() => fs.rmSync(out, {recursive: true, force: true}))

describe('editors/vscode', () => {
  it('declares a thin client for Markdown and plain text, not for untrusted workspaces', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'))
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext'])
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(false)
    expect(manifest.main).toBe('./out/extension.js')
    // vsce runs it before packaging, so `npx @vscode/vsce package` builds too.
    expect(manifest.scripts['vscode:prepublish']).toBe('node build.mjs')
    // Empty: the bundled server.
    expect(manifest.contributes.configuration.properties['disclosure-lint.server.command'].default).toBe('')
  })

  it('builds, packages the client, the server and the docs, and the packaged server lints with nothing installed', async () => {
    const build = spawnSync('npm', ['run', '-s', 'build'], {cwd: extension, encoding: 'utf8'})
    expect(build.stderr).toBe('')
    expect(build.status).toBe(0)
    const vsix = path.join(out, 'disclosure-lint.vsix')
    const pack = spawnSync(bin('vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], {
      cwd: extension,
      encoding: 'utf8',
      timeout: 120_000
    })
    expect(pack.stderr).not.toMatch(/ERROR/)
    expect(pack.status).toBe(0)

    // A .vsix is a zip: the extension is its `extension/` folder.
    const unpacked = path.join(out, 'unpacked')
    const unzip = spawnSync('unzip', ['-q', vsix, '-d', unpacked], {encoding: 'utf8'})
    expect(unzip.status).toBe(0)
    expect(fs.existsSync(path.join(unpacked, 'extension/build.mjs'))).toBe(false)
    for (const file of ['out/extension.js', 'server/index.js', 'server/worker.js', 'docs/rules/qp-statement.md'])
      expect(fs.existsSync(path.join(unpacked, 'extension', file))).toBe(true)
    const server = path.join(unpacked, 'extension/server/index.js')
    expect(fs.existsSync(server)).toBe(true)

    // A folder of drafts with no node_modules and no config, far from this repository.
    const drafts = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-vsix-drafts-'))
    const client = await startClient(drafts, {server})
    try {
      const uri = pathToFileURL(path.join(drafts, 'draft.md')).href
      const diagnostics = await client.open(
        uri,
        'Tern Metals Inc. (TSXV: TRN) will drill the Kestrel property in June.\n\nHole K-1 cut 2.4 g/t Au over 8.0 m.\n'
      )
      const codes = diagnostics.map((diagnostic) => diagnostic.code)
      expect(codes).toEqual(expect.arrayContaining(['qp-statement', 'forward-looking-caution', 'exchange-disclaimer']))
      // Each finding links to its doc, shipped in the extension.
      const href = diagnostics.find((diagnostic) => diagnostic.code === 'qp-statement')!.codeDescription!.href
      expect(fs.existsSync(fileURLToPath(href))).toBe(true)
      expect(fileURLToPath(href)).toBe(path.join(unpacked, 'extension/docs/rules/qp-statement.md'))
      // A draft over the big-document threshold is linted in the bundled worker (server/worker.js).
      const big = pathToFileURL(path.join(drafts, 'big.md')).href
      const filler = 'Tern Metals Inc. reports on the Kestrel property and its camp.\n\n'.repeat(5_000)
      const bigDiagnostics = await client.open(big, filler + 'Hole K-1 cut 2.4 g/t Au over 8.0 m.\n')
      expect(filler.length).toBeGreaterThan(256 * 1024)
      expect(bigDiagnostics.map((diagnostic) => diagnostic.code)).toContain('qp-statement')
      expect(client.stderr()).toBe('')
    } finally {
      await client.close()
      fs.rmSync(drafts, {recursive: true, force: true})
    }
  })
})
