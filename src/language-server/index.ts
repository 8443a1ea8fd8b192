#!/usr/bin/env node
/**
 * `disclosure-lint-language-server`: findings as you type, over stdio (see
 * server.ts). The workspace's `.remarkrc.*` / `package.json#remarkConfig`
 * applies when it configures disclosure-lint; otherwise the TSX-V preset
 * does. Nothing needs installing in a folder of drafts. Each message's
 * `expected` becomes a quick fix.
 *
 * A malformed message header (`Content-Length: abc`, no `Content-Length`, a
 * line without `:`) cannot be skipped reliably (where the next message starts
 * is unknown): the server says so in one line on stderr and exits 1, and the
 * client restarts it. A well-framed message that is not JSON is skipped.
 */
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver/node.js'
import {startServer} from './server.js'

const NAME = 'disclosure-lint-language-server'

function fail(message: string): never {
  process.stderr.write(`${NAME}: ${message.split('\n')[0]}\n`)
  process.exit(1)
}

// A client that dies leaves the pipe closed: exit quietly, never with a stack.
process.on('uncaughtException', (error) => {
  process.stderr.write(`${NAME}: ${String(error?.message ?? error).split('\n')[0]}\n`)
})

const reader = new StreamMessageReader(process.stdin)
const writer = new StreamMessageWriter(process.stdout)
reader.onError((error) => {
  // vscode-jsonrpc's reader stops reading after a bad header: without this the server would run on, deaf.
  if (/header|content-length/i.test(error.message))
    fail(`malformed message header (${error.message.split('\n')[0]}); exiting`)
})
process.stdin.on('end', () => process.exit(0))
process.stdin.on('close', () => process.exit(0))

startServer(createConnection(ProposedFeatures.all, reader, writer))
