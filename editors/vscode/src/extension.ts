/**
 * A thin client for Markdown and plain-text drafts. Findings, their notes and
 * quick fixes come from the language server; config comes from the
 * workspace's `.remarkrc.*`. The server ships inside the extension
 * (server/index.js, see build.mjs) and runs on the editor's own Node.js, so
 * nothing else needs installing; `disclosure-lint.server.command` starts
 * another one instead (a global install, a project's own version).
 */
import {workspace, type ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

/** How to start the server: the bundled one, or the configured command. */
export function serverOptions(
  bundled: string,
  command: string | undefined,
  platform = process.platform
): ServerOptions {
  if (!command) return {module: bundled, args: ['--stdio'], transport: TransportKind.stdio}
  // npm's shims on Windows are `.cmd` files, which only a shell starts.
  return {command, args: ['--stdio'], transport: TransportKind.stdio, options: {shell: platform === 'win32'}}
}

export async function activate(context: ExtensionContext): Promise<void> {
  const command = workspace.getConfiguration('disclosure-lint').get<string>('server.command', '').trim()
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'plaintext'}
    ],
    synchronize: {
      configurationSection: 'disclosure-lint',
      fileEvents: workspace.createFileSystemWatcher('**/{.remarkrc,.remarkrc.*,package.json,.remarkignore}')
    }
  }
  const server = serverOptions(context.asAbsolutePath('server/index.js'), command || undefined)
  client = new LanguageClient('disclosure-lint', 'disclosure-lint', server, clientOptions)
  context.subscriptions.push(client)
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
