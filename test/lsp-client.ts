/** A real LSP client over stdio (vscode-jsonrpc) driving the built language server. */
import {spawn, type ChildProcess} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection
} from 'vscode-languageserver-protocol/node.js'
import {
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol'
import {root} from './helpers.js'

export const serverPath = path.join(root, 'dist/src/language-server/index.js')

export interface Client {
  connection: ProtocolConnection
  child: ChildProcess
  stderr: () => string
  /** Resolves with the first diagnostics for `uri` (published after now) that satisfy `test`. */
  diagnostics(uri: string, test?: (diagnostics: Diagnostic[]) => boolean, timeout?: number): Promise<Diagnostic[]>
  /** `timeout`: how long to wait for its diagnostics (`diagnostics`' default when unset). */
  open(uri: string, text: string, languageId?: string, timeout?: number): Promise<Diagnostic[]>
  /** Every publish from now on (all documents), until the returned function is called. */
  onPublish(listener: (params: PublishDiagnosticsParams) => void): () => void
  close(): Promise<void>
}

export interface ClientOptions {
  /** The client's answer to `workspace/configuration` (default: `{}` per item, as VS Code with no settings). */
  configuration?: (params: {items: unknown[]}) => unknown
  /** The server's entry (default: the built one, `serverPath`). */
  server?: string
}

export async function startClient(workspace: string, options: ClientOptions = {}): Promise<Client> {
  const child = spawn(process.execPath, [options.server ?? serverPath, '--stdio'], {
    cwd: workspace,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let errors = ''
  child.stderr!.on('data', (chunk) => (errors += chunk))
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout!),
    new StreamMessageWriter(child.stdin!)
  )
  const listeners = new Set<(params: PublishDiagnosticsParams) => void>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    for (const listener of listeners) listener(params)
  })
  const configuration = options.configuration ?? ((params: {items: unknown[]}) => params.items.map(() => ({})))
  connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => configuration(params))
  connection.onRequest('client/registerCapability', () => null)
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  const rootUri = pathToFileURL(workspace).href
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{uri: rootUri, name: 'drafts'}],
    capabilities: {workspace: {configuration: true, workspaceFolders: true}}
  })
  await connection.sendNotification(InitializedNotification.type, {})

  const client: Client = {
    connection,
    child,
    stderr: () => errors,
    diagnostics(uri, test = () => true, timeout = 45_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener)
          reject(new Error(`no matching diagnostics for ${uri} within ${timeout} ms`))
        }, timeout)
        const listener = (params: PublishDiagnosticsParams) => {
          if (params.uri !== uri || !test(params.diagnostics)) return
          clearTimeout(timer)
          listeners.delete(listener)
          resolve(params.diagnostics)
        }
        listeners.add(listener)
      })
    },
    async open(uri, text, languageId = 'markdown', timeout) {
      const published = client.diagnostics(uri, undefined, timeout)
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri, languageId, version: 1, text}
      })
      return published
    },
    onPublish(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async close() {
      // A server that exited (as after a malformed header) has no pipe to write to.
      if (child.exitCode !== null || child.signalCode !== null) return connection.dispose()
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((resolve) => setTimeout(resolve, 2000))])
        await connection.sendNotification('exit')
      } catch {
        // The server may already be gone.
      }
      connection.dispose()
      child.kill()
    }
  }
  return client
}
