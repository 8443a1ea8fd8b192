/**
 * The VS Code extension packages: esbuild bundles the client, and `vsce
 * package` (its manifest checks included) produces a .vsix holding it.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from '../helpers.js'

const extension = path.join(root, 'editors/vscode')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)

describe('editors/vscode', () => {
  it('declares a thin client for Markdown and plain text, not for untrusted workspaces', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'))
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext'])
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(false)
    expect(manifest.main).toBe('./out/extension.js')
  })

  it('bundles and passes `vsce package`', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-vsix-'))
    try {
      const build = spawnSync(
        bin('esbuild'),
        [
          'src/extension.ts',
          '--bundle',
          '--platform=node',
          '--format=cjs',
          '--external:vscode',
          '--outfile=out/extension.js',
          '--log-level=warning'
        ],
        {cwd: extension, encoding: 'utf8'}
      )
      expect(build.stderr).toBe('')
      expect(build.status).toBe(0)
      const vsix = path.join(out, 'disclosure-lint.vsix')
      const pack = spawnSync(
        bin('vsce'),
        ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix],
        {cwd: extension, encoding: 'utf8', timeout: 120_000}
      )
      expect(pack.stderr).not.toMatch(/ERROR/)
      expect(pack.status).toBe(0)
      expect(pack.stdout).toContain('out/')
      expect(pack.stdout).toContain('extension.js')
      expect(fs.statSync(vsix).size).toBeGreaterThan(10_000)
    } finally {
      fs.rmSync(out, {recursive: true, force: true})
    }
  })
})
