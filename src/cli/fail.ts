/** How the command line fails: one line on stderr, exit code 2, never a stack trace. */
import process from 'node:process'

/** One line on stderr, exit code 2: the tool could not do its job. */
export function fail(reason: unknown): void {
  const text = reason instanceof Error ? reason.message : String(reason)
  process.stderr.write(`disclosure-lint: ${text.split('\n')[0]}\n`)
  process.exitCode = 2
}
