/**
 * The language server over a connection: the document sync, settings,
 * scheduling and quick fixes that unified-language-server gave us, with what
 * it lacked for editors in daily use:
 *
 * - Settings: the client's answer to `workspace/configuration` is normalized
 *   (settings.ts); `null`, nothing or `[null]` mean the defaults.
 * - Debounce: an edit is linted `DEBOUNCE_MS` after the last edit of a burst;
 *   a document being linted when it changes is linted once more when that run
 *   ends, and a result for an older version is never published. Opening a
 *   document, or a config change, lints at once. The first edit after a pause
 *   is linted at once too, while the pause runs, and its result is published
 *   when the pause ends if no edit came after it: the lint of a lone edit is
 *   not added to the pause (a burst's later edits wait for the pause, as
 *   before, so typing costs no more lints than it did).
 * - Big documents (over `BIG_DOCUMENT` characters) are linted in a worker
 *   thread, so they do not hold up the diagnostics of the others.
 */
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Position,
  type Range,
  type TextDocumentContentChangeEvent
} from 'vscode-languageserver/node.js'
import {BlockCache} from '../model/model.js'
import {shorten} from '../reporters/common.js'
import {lint, type LintJob} from './lint.js'
import {DEFAULT_SETTINGS, normalizeSettings, type Settings} from './settings.js'

/** The pause after the last edit of a burst before it is linted: short enough not to be felt, long enough to skip keystrokes. */
export const DEBOUNCE_MS = 75
/** Documents longer than this (in UTF-16 units, about bytes) are linted in the worker. */
export const BIG_DOCUMENT = 256 * 1024
export const CONFIGURATION_SECTION = 'disclosure-lint'

/** An open document: its text and version, kept in sync (full or ranged changes). */
class Document {
  private lineStarts: number[] | undefined
  /** What the last lint read of its blocks, reused by the next (see block-cache.ts). */
  readonly blocks = new BlockCache()
  constructor(
    readonly uri: string,
    public version: number,
    public text: string
  ) {}

  private starts(): number[] {
    if (!this.lineStarts) {
      const starts = [0]
      for (let index = this.text.indexOf('\n'); index !== -1; index = this.text.indexOf('\n', index + 1))
        starts.push(index + 1)
      this.lineStarts = starts
    }
    return this.lineStarts
  }

  offsetAt(position: Position): number {
    const starts = this.starts()
    if (position.line >= starts.length) return this.text.length
    const start = starts[Math.max(position.line, 0)]
    const end = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length
    return Math.min(start + Math.max(position.character, 0), end)
  }

  getText(range: Range): string {
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end))
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change) {
        this.text =
          this.text.slice(0, this.offsetAt(change.range.start)) +
          change.text +
          this.text.slice(this.offsetAt(change.range.end))
      } else {
        this.text = change.text
      }
      this.lineStarts = undefined
    }
    this.version = version
  }
}

/** The worker for big documents, started on first use. */
class BigDocumentWorker {
  private worker: Worker | undefined
  private next = 0
  private readonly pending = new Map<number, {resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void}>()

  lint(job: LintJob): Promise<Diagnostic[]> {
    if (!this.worker) {
      const worker = new Worker(new URL('worker.js', import.meta.url))
      worker.on('message', (answer: {id: number; diagnostics?: Diagnostic[]; error?: string}) => {
        const waiting = this.pending.get(answer.id)
        this.pending.delete(answer.id)
        if (answer.error !== undefined) waiting?.reject(new Error(answer.error))
        else waiting?.resolve(answer.diagnostics ?? [])
      })
      worker.on('error', (error) => this.fail(error))
      worker.on('exit', () => this.fail(new Error('the big-document worker stopped')))
      // The worker alone never keeps the process alive.
      worker.unref()
      this.worker = worker
    }
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject})
      this.worker!.postMessage({id, job})
    })
  }

  private fail(error: Error): void {
    this.worker = undefined
    for (const waiting of this.pending.values()) waiting.reject(error)
    this.pending.clear()
  }
}

/** A lint started at the first edit after a pause, for `check` to publish when the pause ends. */
interface Early {
  document: Document
  version: number
  text: string
  result: Promise<Diagnostic[]>
}

/** A document's lint schedule: the debounce timer, the run under way, an early lint. */
interface Schedule {
  timer?: NodeJS.Timeout
  running: boolean
  again: boolean
  early?: Early
}

export function startServer(connection: Connection): void {
  const documents = new Map<string, Document>()
  const workspaces = new Set<string>()
  const settingsCache = new Map<string, Promise<Settings>>()
  const schedule = new Map<string, Schedule>()
  const worker = new BigDocumentWorker()
  let hasConfiguration = false
  let hasWorkspaceFolders = false

  function settingsFor(uri: string): Promise<Settings> {
    if (!hasConfiguration) return Promise.resolve(DEFAULT_SETTINGS)
    let settings = settingsCache.get(uri)
    if (!settings) {
      settings = connection
        .sendRequest<unknown>('workspace/configuration', {items: [{scopeUri: uri, section: CONFIGURATION_SECTION}]})
        .then(normalizeSettings, () => DEFAULT_SETTINGS)
      settingsCache.set(uri, settings)
    }
    return settings
  }

  /** The workspace folder holding `uri` (the closest), else the document's own folder. */
  function cwdFor(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined
    const folders = [...workspaces]
      .map((folder) => folder.replace(/(?<!\/)\/+$/, ''))
      .sort((a, b) => b.length - a.length)
    const folder = folders.find((candidate) => uri.startsWith(candidate + '/'))
    try {
      return fileURLToPath(folder ?? uri.slice(0, uri.lastIndexOf('/')))
    } catch {
      return undefined
    }
  }

  function scheduleOf(uri: string): Schedule {
    const state = schedule.get(uri) ?? {running: false, again: false}
    schedule.set(uri, state)
    return state
  }

  /** The diagnostics of `document` as it is now (an error diagnostic if it cannot be linted). */
  async function diagnose(document: Document, cwd: string): Promise<Diagnostic[]> {
    const {uri, text} = document
    try {
      const job: LintJob = {uri, text, cwd, settings: await settingsFor(uri)}
      return text.length > BIG_DOCUMENT ? await worker.lint(job) : await lint(job, document.blocks)
    } catch (error) {
      return [
        {
          range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
          severity: 1,
          source: CONFIGURATION_SECTION,
          message: `Cannot lint this document: ${String((error as Error)?.message ?? error).split('\n')[0]}`
        }
      ]
    }
  }

  /** Lint the first edit after a pause at once; `check` publishes it when the pause ends (see the top of the file). */
  function lintEarly(uri: string): void {
    const state = scheduleOf(uri)
    const document = documents.get(uri)
    const cwd = cwdFor(uri)
    if (state.running || state.early || !document || cwd === undefined) return
    const early: Early = {document, version: document.version, text: document.text, result: diagnose(document, cwd)}
    state.early = early
    // Settled: a later edit may start the next early lint (a run still waiting for it keeps it).
    void early.result.then(() => {
      if (state.early === early && (documents.get(uri) !== document || document.version !== early.version))
        state.early = undefined
    })
  }

  async function check(uri: string): Promise<void> {
    const state = scheduleOf(uri)
    if (state.running) {
      state.again = true
      return
    }
    state.running = true
    try {
      const document = documents.get(uri)
      const cwd = cwdFor(uri)
      const early = state.early
      state.early = undefined
      if (!document || cwd === undefined) return
      const {version, text} = document
      // The early lint of this very version and text, if there was one: the same diagnostics, already under way.
      const diagnostics =
        early && early.document === document && early.version === version && early.text === text
          ? await early.result
          : await diagnose(document, cwd)
      // A result for an older version (or a closed document) is stale: the newer run publishes.
      if (documents.get(uri) === document && document.version === version) {
        await connection.sendDiagnostics({uri, version, diagnostics})
      }
    } finally {
      state.running = false
      if (state.again) {
        state.again = false
        void check(uri)
      } else if (!state.timer) {
        schedule.delete(uri)
      }
    }
  }

  function later(uri: string, delay: number): void {
    const state = scheduleOf(uri)
    clearTimeout(state.timer)
    state.timer = setTimeout(() => {
      state.timer = undefined
      void check(uri)
    }, delay)
  }

  function checkAll(): void {
    for (const uri of documents.keys()) {
      // Linted with the config or settings that changed: not to be published.
      const state = schedule.get(uri)
      if (state) state.early = undefined
      later(uri, 0)
    }
  }

  connection.onInitialize((event) => {
    for (const folder of event.workspaceFolders ?? []) workspaces.add(folder.uri)
    if (workspaces.size === 0 && event.rootUri) workspaces.add(event.rootUri)
    hasConfiguration = event.capabilities.workspace?.configuration === true
    hasWorkspaceFolders = event.capabilities.workspace?.workspaceFolders === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Full},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        workspace: hasWorkspaceFolders ? {workspaceFolders: {supported: true, changeNotifications: true}} : undefined
      }
    }
  })

  connection.onInitialized(() => {
    if (hasConfiguration) void connection.client.register(DidChangeConfigurationNotification.type).catch(() => {})
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        for (const folder of event.removed) workspaces.delete(folder.uri)
        for (const folder of event.added) workspaces.add(folder.uri)
        checkAll()
      })
    }
  })

  connection.onDidOpenTextDocument(({textDocument}) => {
    documents.set(textDocument.uri, new Document(textDocument.uri, textDocument.version, textDocument.text))
    later(textDocument.uri, 0)
  })

  connection.onDidChangeTextDocument(({textDocument, contentChanges}) => {
    const document = documents.get(textDocument.uri)
    // A change to a document never opened: nothing to lint.
    if (!document) return
    document.update(contentChanges, textDocument.version ?? document.version + 1)
    // Settled (no pause running, no lint under way): this edit starts a pause, and is linted at once.
    const state = scheduleOf(textDocument.uri)
    const settled = !state.timer && !state.running && !state.early
    later(textDocument.uri, DEBOUNCE_MS)
    if (settled) lintEarly(textDocument.uri)
  })

  connection.onDidCloseTextDocument(({textDocument}) => {
    const document = documents.get(textDocument.uri)
    documents.delete(textDocument.uri)
    settingsCache.delete(textDocument.uri)
    const state = schedule.get(textDocument.uri)
    if (state) {
      clearTimeout(state.timer)
      state.timer = undefined
      // A run in flight sees the document gone and publishes nothing.
      if (!state.running) schedule.delete(textDocument.uri)
    }
    void connection.sendDiagnostics({uri: textDocument.uri, version: document?.version, diagnostics: []})
  })

  // A config file changed on disk: lint everything again.
  connection.onDidChangeWatchedFiles(() => checkAll())

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear()
    checkAll()
  })

  connection.onCodeAction((event) => {
    const document = documents.get(event.textDocument.uri)
    if (!document) return undefined
    const actions: CodeAction[] = []
    for (const diagnostic of event.context.diagnostics) {
      const expected = (diagnostic.data as {expected?: unknown} | undefined)?.expected
      if (!Array.isArray(expected)) continue
      const {start, end} = diagnostic.range
      const actual = document.getText(diagnostic.range)
      for (const replacement of expected) {
        if (typeof replacement !== 'string') continue
        const insert = start.line === end.line && start.character === end.character
        const title = fixTitle(insert ? undefined : actual, replacement)
        const action: CodeAction = {
          title,
          kind: CodeActionKind.QuickFix,
          edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: replacement}]}}
        }
        if (expected.length === 1) action.isPreferred = true
        actions.push(action)
      }
    }
    return actions
  })

  connection.listen()
}

/** The most characters of a quick fix's title: a menu entry, not the paragraph it inserts. */
export const TITLE_MAX = 80

/**
 * A quick fix's title, at most `TITLE_MAX` characters: what it inserts, replaces or removes, each quoted and, when
 * long, cut at a word ("Insert `Neither TSX Venture Exchange nor its Regulation Services…`"). `actual` is undefined
 * for an insertion.
 */
export function fixTitle(actual: string | undefined, replacement: string): string {
  const quote = (text: string, room: number) => {
    const flat = text.replace(/\s+/g, ' ').trim()
    return '`' + (flat.length <= room - 2 ? flat : shorten(flat, room - 3)) + '`'
  }
  if (actual === undefined) return 'Insert ' + quote(replacement, TITLE_MAX - 'Insert '.length)
  if (!replacement) return 'Remove ' + quote(actual, TITLE_MAX - 'Remove '.length)
  // Only the words that differ: a fix over a whole sentence ("5,000,000 units … of $550,000") that changes one
  // figure is titled by that figure.
  ;[actual, replacement] = differing(actual, replacement)
  // "Replace `a` with `b`": the words replaced get at most a third of the room, the replacement the rest.
  const room = TITLE_MAX - 'Replace  with '.length
  const from = quote(actual, Math.min(actual.replace(/\s+/g, ' ').trim().length + 2, Math.floor(room / 3)))
  return `Replace ${from} with ${quote(replacement, room - from.length)}`
}

/** `actual` and `replacement` without their common leading and trailing words (both whole when nothing would be left). */
function differing(actual: string, replacement: string): [string, string] {
  const from = actual.split(/\s+/)
  const to = replacement.split(/\s+/)
  let head = 0
  while (head < from.length - 1 && head < to.length - 1 && from[head] === to[head]) head++
  let tail = 0
  while (tail < from.length - head - 1 && tail < to.length - head - 1 && from.at(-1 - tail) === to.at(-1 - tail)) tail++
  const left = from
    .slice(head, from.length - tail)
    .join(' ')
    .trim()
  const right = to
    .slice(head, to.length - tail)
    .join(' ')
    .trim()
  return left && right ? [left, right] : [actual, replacement]
}
