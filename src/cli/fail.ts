/**
 * How the command line fails: one line on stderr, exit code 2, never a stack
 * trace. When stdout or stderr is closed (`| head`, quitting `less`), nothing
 * more is written and the run ends with its usual status.
 */
import process from 'node:process'

let closed = false

/** Whether an error is the output pipe closing under us. */
function isClosedPipe(error: unknown): boolean {
  const code = (error as {code?: unknown} | undefined)?.code
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET'
}

/**
 * Listen for the output pipes closing: from then on nothing is written (a
 * write would fail again, and an error handler that writes would spin).
 */
export function watchPipes(onClose?: () => void): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (isClosedPipe(error)) {
        if (!closed) {
          closed = true
          onClose?.()
        }
      } else fail(error)
    })
  }
}

/** One line on stderr (not once the pipe is closed). */
export function say(line: string): void {
  if (!closed) process.stderr.write(line + '\n')
}

/** One line on stderr, exit code 2: the tool could not do its job. */
export function fail(reason: unknown): void {
  if (isClosedPipe(reason)) {
    closed = true
    return
  }
  const text = reason instanceof Error ? reason.message : String(reason)
  process.exitCode = 2
  say(`disclosure-lint: ${text.split('\n')[0]}`)
}
