/**
 * The language server, driven by a real LSP client over stdio: diagnostics
 * with exact UTF-16 ranges, rule ids and doc links; quick fixes from
 * `expected` that silence the rule once applied; workspace config; and a
 * server that keeps serving after malformed and hostile input.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it, onTestFinished} from 'vitest'
import fc from 'fast-check'
import {
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  type CodeAction,
  type Diagnostic,
  type TextEdit
} from 'vscode-languageserver-protocol'
import {TSXV_DISCLAIMER} from '../rules/exchange-disclaimer.js'
import {fixTitle, TITLE_MAX} from '../src/language-server/server.js'
import {ruleIds} from '../rules/index.js'
import {root} from './helpers.js'
import {serverPath, startClient, type Client, type ClientOptions} from './lsp-client.js'

const clients: Client[] = []
const folders: string[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) await client.close()
  for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
})

function workspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-lsp-'))
  folders.push(dir)
  for (const [name, value] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), value)
  return dir
}

async function client(dir: string, options?: ClientOptions): Promise<Client> {
  const started = await startClient(dir, options)
  clients.push(started)
  return started
}

/** Apply LSP text edits to a string (UTF-16 positions). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n')
  const offset = (line: number, character: number) =>
    lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character
  const sorted = [...edits].sort(
    (a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character)
  )
  let result = text
  for (const edit of sorted) {
    result =
      result.slice(0, offset(edit.range.start.line, edit.range.start.character)) +
      edit.newText +
      result.slice(offset(edit.range.end.line, edit.range.end.character))
  }
  return result
}

const DRAFT = 'Acme Gold Corp. (TSXV: ACM) reports that its annual meeting elected all nominees.\n'

describe('language server', () => {
  it('publishes the missing disclaimer; the quick fix inserts it; the diagnostic is gone', async () => {
    const dir = workspace()
    const lsp = await client(dir)
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href
    const diagnostics = await lsp.open(uri, DRAFT)
    const missing = diagnostics.find((d) => d.code === 'exchange-disclaimer')!
    expect(missing).toBeDefined()
    expect(missing.severity).toBe(1)
    expect(missing.source).toBe('disclosure-lint')
    expect(missing.message).toMatch(/^Missing TSX Venture Exchange disclaimer/)
    expect(missing.message).toMatch(/TSX Venture Exchange Policy 3\.3/)
    expect(missing.codeDescription?.href).toBe(pathToFileURL(path.join(root, 'docs/rules/exchange-disclaimer.md')).href)
    // The end of the draft: after its trailing line break.
    expect(missing.range).toEqual({start: {line: 1, character: 0}, end: {line: 1, character: 0}})

    const actions = (await lsp.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: missing.range,
      context: {diagnostics: [missing]}
    })) as CodeAction[]
    expect(actions).toHaveLength(1)
    expect(actions[0].isPreferred).toBe(true)
    const fixed = applyEdits(DRAFT, actions[0].edit!.changes![uri])
    expect(fixed).toBe(DRAFT + '\n' + TSXV_DISCLAIMER + '\n')

    const after = lsp.diagnostics(uri)
    await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version: 2},
      contentChanges: [{text: fixed}]
    })
    expect((await after).filter((d) => d.code === 'exchange-disclaimer')).toEqual([])
  })

  it('puts ranges on the exact UTF-16 columns past smart quotes, em dashes, accents and an emoji', async () => {
    const dir = workspace()
    const lsp = await client(dir)
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href
    const text =
      'Acme Gold Corp. (TSXV: ACM) — “Québec” 🚀 update by Hélène Côté.\n\n' +
      '“Québec” 🚀 — Neither TSX Venture Exchange nor its Regulation Service Provider accepts responsibility ' +
      'for the adequacy or accuracy of this release.\n'
    const diagnostics = await lsp.open(uri, text)
    const singular = diagnostics.find((d) => d.code === 'exchange-disclaimer')!
    const line = text.split('\n')[2]
    const character = line.indexOf('Regulation Service Provider')
    expect(singular.severity).toBe(2)
    expect(singular.range).toEqual({
      start: {line: 2, character},
      end: {line: 2, character: character + 'Regulation Service Provider'.length}
    })
    // The emoji is two UTF-16 code units: the column counts both.
    expect(character).toBe(line.indexOf('Neither') + 'Neither TSX Venture Exchange nor its '.length)
  })

  it('replaces a figure that does not agree with the one that does; the rule is silent after', async () => {
    const dir = workspace()
    const lsp = await client(dir)
    const uri = pathToFileURL(path.join(dir, 'closing.txt')).href
    const text =
      'Acme Gold Corp. (TSXV: ACM) has closed its non-brokered private placement of 2,000,000 units at $0.10 ' +
      'per unit for gross proceeds of $210,000.\n'
    const diagnostics = await lsp.open(uri, text, 'plaintext')
    const wrong = diagnostics.find((d) => d.code === 'offering-arithmetic')!
    // The proceeds or the count may be the wrong figure: the finding spans the lot, with a quick fix for each.
    expect(wrong.range.start.character).toBe(text.indexOf('2,000,000 units'))
    const actions = (await lsp.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: wrong.range,
      context: {diagnostics: [wrong]}
    })) as CodeAction[]
    expect(actions.map((action) => action.title)).toEqual([
      'Replace `$210,000` with `$200,000`',
      'Replace `2,000,000` with `2,100,000`'
    ])
    const fixed = applyEdits(text, actions[0].edit!.changes![uri])
    const after = lsp.diagnostics(uri)
    await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version: 2},
      contentChanges: [{text: fixed}]
    })
    expect((await after).filter((d) => d.code === 'offering-arithmetic')).toEqual([])
  })

  it('inserts the U.S. legend at the top and a QP statement template; each rule is then silent', async () => {
    const dir = workspace()
    const lsp = await client(dir)
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href
    const text =
      'VANCOUVER, BC, May 1, 2026 - Acme Gold Corp. (TSXV: ACM) announces a non-brokered private placement of ' +
      '1,000,000 units at $0.20 per unit. Drilling returned 12.4 g/t gold over 3.1 metres.\n'
    const diagnostics = await lsp.open(uri, text)
    let current = text
    for (const code of ['us-distribution-legend', 'qp-statement']) {
      const found = diagnostics.find((d) => d.code === code)!
      const actions = (await lsp.connection.sendRequest(CodeActionRequest.type, {
        textDocument: {uri},
        range: found.range,
        context: {diagnostics: [found]}
      })) as CodeAction[]
      current = applyEdits(text, actions[0].edit!.changes![uri])
      const after = lsp.diagnostics(uri, (list) => !list.some((d) => d.code === code))
      await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version: 3},
        contentChanges: [{text: current}]
      })
      await after
      // Back to the draft for the next fix.
      const back = lsp.diagnostics(uri, (list) => list.some((d) => d.code === code))
      await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version: 4},
        contentChanges: [{text}]
      })
      await back
    }
    expect(current).not.toBe(text)
  })

  it('uses the workspace config when it configures disclosure-lint, and picks up its changes', async () => {
    const rule = path.join(root, 'dist/rules/qp-statement.js')
    const dir = workspace({'.remarkrc.json': JSON.stringify({plugins: [[rule, ['error']]]})})
    const lsp = await client(dir)
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href
    // Only qp-statement is configured: no disclaimer finding (and the config loaded).
    const first = await lsp.open(uri, DRAFT)
    expect(first.filter((d) => d.code === 'exchange-disclaimer')).toEqual([])
    expect(first.map((d) => d.message)).not.toContain('Cannot process file')
    fs.writeFileSync(path.join(dir, '.remarkrc.json'), JSON.stringify({plugins: []}))
    const after = lsp.diagnostics(uri)
    await lsp.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{uri: pathToFileURL(path.join(dir, '.remarkrc.json')).href, type: 2}]
    })
    // A config without our rules: the TSX-V preset applies.
    expect((await after).map((d) => d.code)).toContain('exchange-disclaimer')
  })

  it('says a config that switches every rule off, in one error diagnostic, instead of linting with the preset', async () => {
    // Paths, not file URLs: load-plugin tries `remark-` + a URL first, and fails on the scheme it makes.
    const off = ruleIds.map((id) => [path.join(root, `dist/rules/${id}.js`), false])
    const dir = workspace({'.remarkrc.json': JSON.stringify({plugins: off})})
    const lsp = await client(dir)
    const diagnostics = await lsp.open(pathToFileURL(path.join(dir, 'draft.md')).href, DRAFT)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      severity: 1,
      range: {start: {line: 0, character: 0}},
      message: 'Not checked: every disclosure-lint rule is off in `.remarkrc.json`'
    })
  })

  it('reads a pasted table of thousands of list lines as plain text: one info diagnostic, the rules still run', async () => {
    const dir = workspace()
    const lsp = await client(dir)
    const table = Array.from({length: 3000}, (_, i) => `- Hole ${i}: 2.5 g/t gold over 4 m`).join('\n')
    const diagnostics = await lsp.open(pathToFileURL(path.join(dir, 'draft.md')).href, `${DRAFT}\n${table}\n`)
    const info = diagnostics.filter((d) => d.code === 'input')
    expect(info).toHaveLength(1)
    expect(info[0]).toMatchObject({severity: 3, range: {start: {line: 2, character: 0}}})
    expect(info[0].message).toMatch(/^Read lines 3–3002 as plain text/)
    expect(diagnostics.map((d) => d.code)).toContain('exchange-disclaimer')
  })

  it('keeps serving after malformed JSON-RPC, an unknown document, a 5 MB document (a small one not held up) and binary', async () => {
    const dir = workspace()
    const lsp = await client(dir)
    // Malformed JSON in a well-framed message.
    const garbage = '{"jsonrpc": "2.0", "method": '
    lsp.child.stdin!.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`)
    // A change to a document never opened.
    await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: pathToFileURL(path.join(dir, 'never-opened.md')).href, version: 2},
      contentChanges: [{text: 'x'}]
    })
    // A 5 MB document; a small draft edited while it is linted is not held up by it.
    const small = pathToFileURL(path.join(dir, 'small.md')).href
    await lsp.open(small, DRAFT)
    const big = (DRAFT + '\n').repeat(Math.ceil((5 * 1024 * 1024) / (DRAFT.length + 1)))
    // Seconds on a quiet machine, a minute or more on a loaded one: a budget, not a measure.
    const bigPublished = lsp.open(pathToFileURL(path.join(dir, 'big.md')).href, big, 'markdown', 150_000)
    // Let the big draft reach the server and its lint begin (it takes seconds).
    await new Promise((resolve) => setTimeout(resolve, 300))
    const order: string[] = []
    void bigPublished.then(() => order.push('big'))
    const smallPublished = lsp.diagnostics(small, (list) => list.length > 0, 60_000)
    await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri: small, version: 2},
      contentChanges: [{text: DRAFT.replace('annual', 'special')}]
    })
    expect((await smallPublished).map((d) => d.code)).toContain('exchange-disclaimer')
    order.push('small')
    // The small draft's findings come before the big draft's (before, it waited for the whole big lint): an order,
    // not a time, so a busy machine changes nothing.
    expect((await bigPublished).map((d) => d.code)).toContain('exchange-disclaimer')
    expect(order).toEqual(['small', 'big'])
    // Binary content.
    const binary = await lsp.open(pathToFileURL(path.join(dir, 'scan.md')).href, '%PDF-1.7\u0000\u0001\u0002')
    expect(binary.map((d) => d.message)).toEqual([expect.stringMatching(/^Cannot lint a PDF file/)])
    // Still serving: a fresh document gets its diagnostics.
    const fresh = await lsp.open(pathToFileURL(path.join(dir, 'fresh.md')).href, DRAFT)
    expect(fresh.map((d) => d.code)).toContain('exchange-disclaimer')
    expect(lsp.child.exitCode).toBe(null)
  }, 240_000)
})

describe('language server with editors as they are', () => {
  it('lints with the defaults when the client answers the settings request with null, nothing, [] or [null]', async () => {
    // Neovim and eglot answer `null` when the user has no settings; others send an empty list.
    const answers: unknown[] = [null, undefined, [], [null]]
    let asked = 0
    const dir = workspace()
    const lsp = await client(dir, {configuration: () => answers[asked++ % answers.length]})
    const published = await Promise.all(
      answers.map((_, index) => lsp.open(pathToFileURL(path.join(dir, `draft-${index}.md`)).href, DRAFT))
    )
    expect(asked).toBe(answers.length)
    for (const diagnostics of published) expect(diagnostics.map((d) => d.code)).toContain('exchange-disclaimer')
  })

  it('exits with one line on stderr, no stack trace, on a malformed header (Content-Length: abc)', async () => {
    const dir = workspace()
    const lsp = await client(dir)
    expect((await lsp.open(pathToFileURL(path.join(dir, 'draft.md')).href, DRAFT)).length).toBeGreaterThan(0)
    const exited = new Promise<number | null>((resolve) => lsp.child.once('exit', (code) => resolve(code)))
    lsp.child.stdin!.write('Content-Length: abc\r\n\r\n{}')
    // A server that does not exit fails the test at vitest's timeout (no clock of our own: a loaded machine is slow).
    const code = await exited
    expect(code).not.toBe(0)
    const lines = lsp.stderr().trim().split('\n')
    expect(lines).toEqual([expect.stringMatching(/^disclosure-lint-language-server: malformed message header/)])
    expect(lsp.stderr()).not.toMatch(/\n\s+at /)
  })

  it.each([
    ['no Content-Length', 'Content-Type: application/json\r\n\r\n'],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{}']
  ])('exits the same way on a header with %s, before initialize', async (_, header) => {
    const child = spawn(process.execPath, [serverPath, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
    onTestFinished(() => void child.kill())
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.stdin.write(header)
    // As above: a server that stays up fails the test at vitest's timeout.
    const code = await exited
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^disclosure-lint-language-server: malformed message header/)
    ])
  })

  it('publishes the lint of a lone edit (begun at the edit, in the pause) for its version, as a fresh open', async () => {
    const dir = workspace()
    const lsp = await client(dir)
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href
    const draft = (price: string) =>
      `Acme Gold Corp. (TSXV: ACM) has closed its private placement of 2,000,000 units at ${price} per unit for ` +
      'gross proceeds of $200,000.\n'
    await lsp.open(uri, draft('$0.10'))
    let version = 1
    for (const price of ['$0.11', '$0.10', '$0.12']) {
      version++
      const published = lsp.diagnostics(uri)
      await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version},
        contentChanges: [{text: draft(price)}]
      })
      const fresh = await lsp.open(pathToFileURL(path.join(dir, `fresh-${version}.md`)).href, draft(price))
      expect(await published).toEqual(fresh)
      expect(fresh.some((d) => d.code === 'offering-arithmetic')).toBe(price !== '$0.10')
    }
  })

  it('lints again with the new settings an edit made just before a settings change (its early lint is dropped)', async () => {
    const dir = workspace()
    let settings: unknown = {}
    const lsp = await client(dir, {configuration: (params) => params.items.map(() => settings)})
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href
    expect((await lsp.open(uri, DRAFT)).map((d) => d.code)).toContain('exchange-disclaimer')
    const after = lsp.diagnostics(uri, (diagnostics) => diagnostics.length === 0, 15_000)
    // The edit is linted at once, with the settings of the time; then the settings change (in its pause).
    await lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version: 2},
      contentChanges: [{text: DRAFT + '\nA second paragraph.\n'}]
    })
    settings = {requireConfig: true}
    await lsp.connection.sendNotification(DidChangeConfigurationNotification.type, {settings: {}})
    // No config in the folder: the edited document is not linted under the new settings.
    expect(await after).toEqual([])
  })

  it('publishes a handful of times for a burst of 200 edits, the last publish right for the final text', async () => {
    const dir = workspace()
    const lsp = await client(dir)
    const uri = pathToFileURL(path.join(dir, 'closing.md')).href
    const draft = (amount: number) =>
      'Acme Gold Corp. (TSXV: ACM) has closed its non-brokered private placement of 2,000,000 units at $0.10 ' +
      `per unit for gross proceeds of $${amount.toLocaleString('en-US')}.\n`
    await lsp.open(uri, draft(200_000))
    const versions: number[] = []
    let last: Diagnostic[] = []
    lsp.onPublish((params) => {
      if (params.uri !== uri) return
      versions.push(params.version ?? -1)
      last = params.diagnostics
    })
    const final = lsp.diagnostics(uri, () => versions.at(-1) === 201)
    for (let version = 2; version <= 201; version++) {
      // Typing the figure: 200,001 … 200,200; the last one is wrong by $200.
      void lsp.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version},
        contentChanges: [{text: draft(200_000 + version - 1)}]
      })
    }
    await final
    // Nothing stale comes after the last one.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(versions.length).toBeLessThanOrEqual(10)
    expect(versions.at(-1)).toBe(201)
    // The same as a fresh open of the final text.
    const fresh = await lsp.open(pathToFileURL(path.join(dir, 'fresh.md')).href, draft(200_200))
    expect(last).toEqual(fresh)
    expect(last.find((d) => d.code === 'offering-arithmetic')?.range.start.character).toBe(
      draft(200_200).indexOf('2,000,000 units')
    )
  })
})

export type {Diagnostic}

describe('quick-fix titles', () => {
  it('stay within 80 characters, quoting what they insert, replace or remove (cut at a word when long)', () => {
    expect(fixTitle('$210,000', '$200,000')).toBe('Replace `$210,000` with `$200,000`')
    // A fix over a whole lot that changes one figure is titled by that figure.
    const lot = '2,000,000 units at $0.10 per unit for gross proceeds of '
    expect(fixTitle(lot + '$210,000', lot.replace('2,000,000', '2,100,000') + '$210,000')).toBe(
      'Replace `2,000,000` with `2,100,000`'
    )
    const legend = fixTitle(
      undefined,
      'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION ' + 'IN THE UNITED STATES\n\n'
    )
    expect(legend.length).toBeLessThanOrEqual(TITLE_MAX)
    expect(legend).toMatch(/^Insert `NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR\S*…`$/)
    const paragraph = 'The scientific and technical information in this news release has been reviewed by Dana Roe. '
    const replace = fixTitle(
      paragraph,
      paragraph + 'Dana Roe is a Qualified Person as defined in National Instrument 43-101.'
    )
    expect(replace.length).toBeLessThanOrEqual(TITLE_MAX)
    expect(replace).toBe('Replace `The scientific and…` with `The scientific and technical information…`')
    expect(fixTitle(paragraph, '')).toMatch(
      /^Remove `The scientific and technical information in this news release has…`$/
    )
    fc.assert(
      fc.property(fc.option(fc.string({maxLength: 400}), {nil: undefined}), fc.string({maxLength: 400}), (a, b) => {
        expect(fixTitle(a, b).length).toBeLessThanOrEqual(TITLE_MAX)
      })
    )
  })
})
