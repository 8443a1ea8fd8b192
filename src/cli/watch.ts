/** `--watch`: lint again on every change. */
import path from 'node:path'
import process from 'node:process'
import type {Options as EngineOptions} from 'unified-engine'
import {fail, say} from './fail.js'
import {run, type RunOptions} from './run.js'

/** Names of the files that configure a run: a change re-lints every draft, and they are never linted. */
export function isConfigFile(file: string): boolean {
  const name = path.basename(file)
  return name === 'package.json' || name === '.remarkignore' || name === '.remarkrc' || name.startsWith('.remarkrc.')
}

/** The folders whose configs apply to `input`: its own (a folder) or its parent, and each above it up to `cwd`. */
function configFolders(input: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, input)
  const folders: string[] = []
  let folder = path.extname(absolute) === '' ? absolute : path.dirname(absolute)
  for (;;) {
    folders.push(folder)
    const parent = path.dirname(folder)
    if (folder === cwd || parent === folder || !folder.startsWith(cwd + path.sep)) break
    folder = parent
  }
  return folders
}

/**
 * `--watch`: lint again on every change, until Ctrl+C. The watcher is ready
 * before the first report is printed, so an edit made right after it is seen.
 * A draft added or changed is linted (a file that is not a draft — a config,
 * an ignored file, a README — is not); a config changed (`.remarkrc*`,
 * `package.json`, `.remarkignore`, here or in a folder above up to the current
 * one, or `--rc-path` / `--ignore-path`) re-lints every draft.
 */
export async function watch(settings: EngineOptions, options: RunOptions = {}): Promise<void> {
  const {default: chokidar} = await import('chokidar')
  say('Watching... (press CTRL+C to exit)')
  const watched = {...settings, streamIn: undefined}
  const paths = (settings.files ?? []).map(String)
  const cwd = path.resolve(String(settings.cwd ?? process.cwd()))
  const inputs = paths.length > 0 ? paths : ['.']
  const configs = new Set<string>()
  for (const input of inputs) {
    for (const folder of configFolders(input, cwd)) {
      for (const name of [
        '.remarkrc',
        '.remarkrc.json',
        '.remarkrc.js',
        '.remarkrc.cjs',
        '.remarkrc.mjs',
        '.remarkrc.yml'
      ]) {
        configs.add(path.join(folder, name))
      }
      configs.add(path.join(folder, '.remarkrc.yaml'))
      configs.add(path.join(folder, 'package.json'))
      configs.add(path.join(folder, '.remarkignore'))
    }
  }
  for (const file of [settings.rcPath, settings.ignorePath]) if (file) configs.add(path.resolve(cwd, String(file)))
  const watcher = chokidar.watch([...inputs, ...configs], {
    cwd,
    ignoreInitial: true,
    ignored: /(^|[/\\])node_modules([/\\]|$)/
  })
  watcher.on('error', fail)
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  // One run at a time, in order: a burst of events (an editor's save) lints in sequence.
  let queue = Promise.resolve()
  const schedule = (task: () => Promise<void>): void => {
    queue = queue.then(task, task)
  }
  const onFile = (filePath: string): void => {
    if (isConfigFile(filePath) || configs.has(path.resolve(cwd, filePath))) schedule(() => run(watched, options))
    else schedule(() => run({...watched, files: [filePath]}, {...options, found: true}))
  }
  watcher.on('add', onFile)
  watcher.on('change', onFile)
  watcher.on('unlink', (filePath: string) => {
    if (isConfigFile(filePath)) schedule(() => run(watched, options))
  })
  await run(watched, options)
  process.once('SIGINT', () => {
    process.stderr.write('\n')
    void watcher.close()
  })
}
