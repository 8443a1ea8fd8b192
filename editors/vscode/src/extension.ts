/**
 * A thin client: start `disclosure-lint-language-server --stdio` for Markdown
 * and plain-text drafts. Findings, their notes and quick fixes come from the
 * server; config comes from the workspace's `.remarkrc.*`.
 */
import {workspace, type ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

export async function activate(context: ExtensionContext): Promise<void> {
  const command = workspace
    .getConfiguration('disclosure-lint')
    .get<string>('server.command', 'disclosure-lint-language-server')
  const serverOptions: ServerOptions = {command, args: ['--stdio'], transport: TransportKind.stdio}
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
  client = new LanguageClient('disclosure-lint', 'disclosure-lint', serverOptions, clientOptions)
  context.subscriptions.push(client)
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
