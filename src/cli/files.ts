/**
 * The drafts a run lints, found before unified-engine sees them, so that what it
 * would do wrong cannot happen:
 * - a FIFO, socket or device is never opened (reading a FIFO waits forever):
 *   named on the command line, it is refused with one fatal message (exit 2);
 *   found in a folder (with a draft's extension), it is skipped with one line;
 * - symlinks are followed once: each real folder is walked once and each real
 *   file linted once (a symlink loop or a second link to a folder of drafts);
 *   the path without symlinks wins;
 * - files that are plainly not releases (README, CHANGELOG, LICENSE, …) are
 *   skipped, found in a folder, by a glob or named (a hook names every staged
 *   file), and the skip is said once; `--include-all` lints them;
 * - drafts in a format we do not read (.doc, .rtf, .pdf, .odt, .pages) found in
 *   a folder are refused with one fatal message each, saying how to save them
 *   (exit 2), as when named; not with `--ext` that leaves out .docx;
 * - `.remarkignore`, `--ignore-path`, `--ignore-pattern` and `--ext` work as
 *   in unified-engine (its own ignore class is used for ignore files).
 * Paths named on the command line that are regular files, missing or
 * unreadable go to the engine as given: it reports them as before.
 */
import fs from 'node:fs/promises'
import type {Dirent, Stats} from 'node:fs'
import path from 'node:path'
import {glob, hasMagic} from 'glob'
import type {Options as EngineOptions} from 'unified-engine'
import {VFile} from 'vfile'
import {INPUT_RULE, SOURCE} from '../core/constants.js'
import {notReadFormat} from '../core/decode.js'
import {ignoreModules} from './ignore-modules.js'

/** Base names (before the first dot, any case) of files that are not releases. */
export const NOT_RELEASES = [
  'readme',
  'changelog',
  'license',
  'licence',
  'contributing',
  'code_of_conduct',
  'code-of-conduct',
  'security'
]

/** Whether `file` is plainly not a release (README.md, changelog.txt, LICENSE, …). */
export function notARelease(file: string): boolean {
  return NOT_RELEASES.includes(path.basename(file).split('.')[0].toLowerCase())
}

export interface Found {
  /** What the engine gets: paths, and refused special files as files with a fatal message. */
  files: Array<string | VFile>
  /** How many files were skipped as not releases. */
  skipped: number
  /** One line each, said after the report. */
  notes: string[]
}

interface IgnoreLike {
  check(filePath: string, callback: (error: Error | undefined, ignored?: boolean) => void): void
}
interface Patterns {
  ignores(path: string): boolean
}

/** unified-engine's own `Ignore` (not in its exports) and its `ignore` package (ignore-modules.ts). */
async function loadIgnore(): Promise<{
  Ignore: new (options: Record<string, unknown>) => IgnoreLike
  patterns: (list: string[]) => Patterns
}> {
  const [engineIgnore, module] = (await ignoreModules()) as [
    {Ignore: new (options: Record<string, unknown>) => IgnoreLike},
    {default: () => {add(list: string[]): Patterns}}
  ]
  return {Ignore: engineIgnore.Ignore, patterns: (list) => module.default().add(list)}
}

/** What a special file is, in words. */
function kind(stats: Stats | Dirent): string | undefined {
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  return undefined
}

export interface FindOptions {
  /** Lint README, CHANGELOG, … too (`--include-all`). */
  includeAll?: boolean
  /** Treat the inputs as found in a folder (`--watch` events): filtered silently, never refused. */
  found?: boolean
}

/** Expand `settings.files` (paths, folders, globs) into the files to lint. */
export async function findDrafts(settings: EngineOptions, options: FindOptions = {}): Promise<Found> {
  const cwd = String(settings.cwd ?? process.cwd())
  const extensions = (settings.extensions ?? []).map((ext) => (ext.startsWith('.') ? ext : '.' + ext))
  const {Ignore, patterns} = await loadIgnore()
  const ignore = new Ignore({
    cwd,
    detectIgnore: settings.detectIgnore,
    ignoreName: settings.ignoreName,
    ignorePath: settings.ignorePath,
    ignorePathResolveFrom: settings.ignorePathResolveFrom
  })
  const extra = patterns(settings.ignorePatterns ?? [])
  // Word drafts are read: the drafts a word processor could save as .docx are refused, not skipped.
  const readsWord = extensions.includes('.docx')
  const refusedFile = (file: string, reason: string, input = false): VFile => {
    const refused = new VFile({path: path.resolve(cwd, file), cwd})
    // A format we do not read: the message the input guard gives the same file named on the command line.
    refused.message(reason, input ? {ruleId: INPUT_RULE, source: SOURCE} : undefined).fatal = true
    return refused
  }

  const ignored = (file: string): Promise<boolean> =>
    new Promise((resolve, reject) => {
      const absolute = path.resolve(cwd, file)
      ignore.check(absolute, (error, value) => {
        if (error) return reject(error)
        if (value) return resolve(true)
        const normal = path.relative(cwd, absolute)
        const outside =
          normal === '' || normal === '..' || normal.startsWith('..' + path.sep) || path.isAbsolute(normal)
        resolve(!outside && extra.ignores(normal))
      })
    })

  /** Chosen path per real file, in the order found; whether it came through a symlink. */
  const chosen = new Map<string, {file: string | VFile; link: boolean}>()
  const skipped = new Map<string, string>()
  const notes: string[] = []
  const walkedFolders = new Set<string>()
  const deferred: string[] = []

  const real = async (file: string): Promise<string> => {
    try {
      return await fs.realpath(path.resolve(cwd, file))
    } catch {
      return path.resolve(cwd, file)
    }
  }

  const add = async (file: string | VFile, key: string, link: boolean): Promise<void> => {
    const previous = chosen.get(key)
    if (!previous || (previous.link && !link)) chosen.set(key, {file, link})
  }

  /** A file found in a folder or by a glob (`checkExtension`: found in a folder). */
  const foundFile = async (
    file: string,
    stats: Stats | Dirent,
    link: boolean,
    checkExtension: boolean
  ): Promise<void> => {
    const refused = readsWord && checkExtension && !options.found ? notReadFormat(path.extname(file)) : undefined
    if (checkExtension && extensions.length > 0 && !extensions.includes(path.extname(file)) && !refused) return
    const special = kind(stats)
    if (special) {
      notes.push(`disclosure-lint: skipped ${file}: ${special}, not a regular file`)
      return
    }
    const key = await real(file)
    if (!options.includeAll && notARelease(file)) {
      if (!chosen.has(key) && !skipped.has(key)) skipped.set(key, file)
      return
    }
    await add(refused ? refusedFile(file, refused, true) : file, key, link)
  }

  const walk = async (folder: string, link: boolean): Promise<void> => {
    const key = await real(folder)
    if (walkedFolders.has(key)) return
    walkedFolders.add(key)
    let entries: Dirent[]
    try {
      entries = await fs.readdir(path.resolve(cwd, folder), {withFileTypes: true})
    } catch {
      return
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name === 'node_modules') continue
      const child = path.join(folder, entry.name)
      if (await ignored(child)) continue
      if (entry.isSymbolicLink()) deferred.push(child)
      else if (entry.isDirectory()) await walk(child, link)
      else await foundFile(child, entry, link, true)
    }
  }

  /** Symlinks found in folders, after every real path: a file reached both ways keeps its real path. */
  const followLinks = async (): Promise<void> => {
    while (deferred.length > 0) {
      const link = deferred.shift() as string
      let stats: Stats
      try {
        stats = await fs.stat(path.resolve(cwd, link))
      } catch {
        // Dangling or looping: the engine reports it, as before, if it looks like a draft.
        if (extensions.length === 0 || extensions.includes(path.extname(link)))
          await add(link, path.resolve(cwd, link), true)
        continue
      }
      if (stats.isDirectory()) await walk(link, true)
      else await foundFile(link, stats, true, true)
    }
  }

  for (const input of (settings.files ?? []).map(String)) {
    if (hasMagic(input)) {
      for (const match of (await glob(input, {cwd})).sort()) {
        if (await ignored(match)) continue
        let stats: Stats
        try {
          stats = await fs.stat(path.resolve(cwd, match))
        } catch {
          continue
        }
        if (stats.isDirectory()) await walk(match, false)
        else await foundFile(match, stats, false, false)
      }
      continue
    }
    let stats: Stats | undefined
    try {
      stats = await fs.stat(path.resolve(cwd, input))
    } catch {
      // Missing or unreadable: the engine says so.
    }
    if (options.found) {
      if (!stats || (await ignored(input))) continue
      if (stats.isDirectory()) await walk(input, false)
      else await foundFile(input, stats, false, true)
    } else if (stats?.isDirectory() && !(await ignored(input))) {
      await walk(input, false)
    } else if (stats && kind(stats)) {
      await add(
        refusedFile(input, `Cannot lint ${kind(stats)}: not a regular file, never opened`),
        path.resolve(cwd, input),
        false
      )
    } else if (stats && !options.includeAll && notARelease(input)) {
      // Named on the command line (a pre-commit hook names every staged file): skipped too, and said.
      const key = await real(input)
      if (!chosen.has(key) && !skipped.has(key)) skipped.set(key, input)
    } else {
      // A file named on the command line: the engine reads or reports it.
      await add(input, stats ? await real(input) : path.resolve(cwd, input), false)
    }
  }
  await followLinks()

  if (skipped.size > 0) {
    const names = [...skipped.values()]
    const shown = names.length > 5 ? [...names.slice(0, 5), '…'] : names
    const count = names.length === 1 ? '1 file that is not a release' : `${names.length} files that are not releases`
    notes.unshift(`disclosure-lint: skipped ${count} (${shown.join(', ')}); --include-all to lint them`)
  }
  return {files: [...chosen.values()].map((entry) => entry.file), skipped: skipped.size, notes}
}
