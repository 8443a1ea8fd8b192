/**
 * Headless Neovim (Debian's `neovim`, 0.7, which `.ci/run` installs) with its
 * built-in LSP client against our server: the diagnostics it shows for a bad
 * draft and for a clean one.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root} from '../helpers.js'
import {serverPath} from '../lsp-client.js'

interface Shown {
  published: boolean
  diagnostics: Array<{
    lnum: number
    col: number
    end_col: number
    severity: number
    code: string
    source: string
    message: string
  }>
}

function neovim(name: string, text: string): Shown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-nvim-'))
  try {
    const file = path.join(dir, name)
    const out = path.join(dir, 'shown.json')
    fs.writeFileSync(file, text)
    const result = spawnSync(
      'nvim',
      [
        '--headless',
        '-u',
        'NONE',
        '-i',
        'NONE',
        '-n',
        '-c',
        `luafile ${path.join(root, 'test/fixtures/nvim-lsp.lua')}`
      ],
      {
        env: {...process.env, DL_SERVER: serverPath, DL_FILE: file, DL_OUT: out},
        encoding: 'utf8',
        timeout: 60_000
      }
    )
    if (result.error) throw result.error
    expect(fs.existsSync(out)).toBe(true)
    const shown = JSON.parse(fs.readFileSync(out, 'utf8')) as Shown
    // Unchanged on disk: the editor showed findings, nothing was written.
    expect(fs.readFileSync(file, 'utf8')).toBe(text)
    return shown
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

describe('headless Neovim', () => {
  it('shows the errors of a bad draft where they are', () => {
    const text =
      'Acme Gold Corp. (TSXV: ACM) will hold its meeting.\n\nNeither TSX Venture Exchange nor its Market ' +
      'Regulator accepts responsibility for the adequacy or accuracy of this release.\n'
    const shown = neovim('bad.md', text)
    expect(shown.published).toBe(true)
    const disclaimer = shown.diagnostics.find((d) => d.code === 'exchange-disclaimer')!
    expect(disclaimer).toMatchObject({lnum: 2, col: 0, severity: 1, source: 'disclosure-lint'})
    expect(disclaimer.message).toMatch(/Market Regulator/)
    expect(shown.diagnostics.map((d) => d.code)).toContain('forward-looking-caution')
  })

  it('shows nothing for a clean draft', () => {
    const text = fs.readFileSync(path.join(root, 'examples/closing-announcement.md'), 'utf8')
    const shown = neovim('clean.md', text)
    expect(shown).toEqual({published: true, diagnostics: []})
  })
})
