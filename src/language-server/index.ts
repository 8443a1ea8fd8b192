#!/usr/bin/env node
/**
 * `disclosure-lint-language-server`: findings as you type, over stdio (see
 * server.ts). The workspace's `.remarkrc.*` / `package.json#remarkConfig`
 * applies when it configures disclosure-lint; otherwise the default preset
 * does (the exchange the release states chooses). Nothing needs installing in a folder of drafts. Each message's
 * `expected` becomes a quick fix.
 *
 * A malformed message header (`Content-Length: abc`, no `Content-Length`, a
 * line without `:`) cannot be skipped reliably (where the next message starts
 * is unknown): the server says so in one line on stderr and exits 1, and the
 * client restarts it. A well-framed message that is not JSON is skipped.
 */
import {PassThrough} from 'node:stream'
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

/**
 * The frames as they come, checked before vscode-jsonrpc reads them: it takes
 * `Content-Length: -5` (parseInt) and then reads garbage forever. A length
 * must be digits.
 */
function checkFrames(): PassThrough {
  const checked = new PassThrough()
  let pending = Buffer.alloc(0)
  let body = 0
  process.stdin.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk])
    for (;;) {
      if (body > 0) {
        const skip = Math.min(body, pending.length)
        body -= skip
        pending = pending.subarray(skip)
        if (body > 0) break
      }
      const end = pending.indexOf('\r\n\r\n')
      if (end === -1) {
        if (pending.length > 64 * 1024) fail('malformed message header (no end of header in 64 KB); exiting')
        break
      }
      const length = /^content-length:[ \t]*(\S+)[ \t]*$/im.exec(pending.subarray(0, end).toString('ascii'))?.[1]
      // No Content-Length: vscode-jsonrpc says so (onError below).
      if (length === undefined) break
      if (!/^\d{1,12}$/.test(length)) fail(`malformed message header (Content-Length: ${length.slice(0, 40)}); exiting`)
      body = Number(length)
      pending = pending.subarray(end + 4)
    }
    checked.write(chunk)
  })
  process.stdin.on('end', () => checked.end())
  return checked
}

const reader = new StreamMessageReader(checkFrames())
const writer = new StreamMessageWriter(process.stdout)
reader.onError((error) => {
  // vscode-jsonrpc's reader stops reading after a bad header: without this the server would run on, deaf.
  if (/header|content-length/i.test(error.message))
    fail(`malformed message header (${error.message.split('\n')[0]}); exiting`)
})
process.stdin.on('end', () => process.exit(0))
process.stdin.on('close', () => process.exit(0))

startServer(createConnection(ProposedFeatures.all, reader, writer))
