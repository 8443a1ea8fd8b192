/** `--watch`: lint again on every change. */
import process from 'node:process'
import type {Options as EngineOptions} from 'unified-engine'
import {fail} from './fail.js'
import {run} from './run.js'

/**
 * `--watch`: lint again on every change, until Ctrl+C. The watcher is ready
 * before the first report is printed, so an edit made right after it is seen.
 */
export async function watch(settings: EngineOptions): Promise<void> {
  const {default: chokidar} = await import('chokidar')
  process.stderr.write('Watching... (press CTRL+C to exit)\n')
  const watched = {...settings, streamIn: undefined}
  const paths = (settings.files ?? []).map(String)
  const cwd = String(settings.cwd ?? process.cwd())
  const watcher = chokidar.watch(paths.length > 0 ? paths : ['.'], {cwd, ignoreInitial: true})
  watcher.on('error', fail)
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  watcher.on('change', (filePath: string) => void run({...watched, files: [filePath]}))
  await run(watched)
  process.once('SIGINT', () => {
    process.stderr.write('\n')
    void watcher.close()
  })
}
