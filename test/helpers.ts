/** Shared test helpers: lint a draft with one rule or the preset, format messages as the rule docs write them. */
import fs, {readFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import fc from 'fast-check'
import type {Pluggable} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {afterAll} from 'vitest'
import {getCurrentTest} from 'vitest/suite'
import type {Options as EngineOptions} from 'unified-engine'
import {createProcessor, disclosureLintDecode, lintText, tsxv} from '../src/api.js'
import {useOurInstall} from '../src/cli/config.js'
import {givenPlugins, withDefaults} from '../src/cli/defaults.js'
import disclosureLintControl from '../presets/control.js'
import disclosureLintGuard from '../src/core/guard.js'
import {presetFor} from '../presets/base.js'
import {rules as registry, type RuleId} from '../rules/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** A file under test/fixtures (the releases there are invented, in our own words). */
export const fixturePath = (name: string): string => path.join(root, 'test/fixtures', name)
export const fixture = (name: string): string => readFileSync(fixturePath(name), 'utf8')
/** The project's own closing announcement: an invented TSX-V issuer's unit placement, linting with no error. */
export const RELEASE = 'closing-release.md'

/** Every rule by id: the registry. */
export const rules: Record<RuleId, Pluggable> = registry

/** Lint `value` with one rule at `error` level (and its options). */
export function lintWith(id: RuleId, value: string, options?: unknown): Promise<VFile> {
  const config = options === undefined ? ['error'] : ['error', options]
  return lintText(value, [disclosureLintGuard, [rules[id], config] as Pluggable, disclosureLintControl])
}

/** Lint `value` with the default preset (no config: the exchange the release states chooses, TSX-V where none). */
export function lintPreset(value: string): Promise<VFile> {
  return lintText(value, presetFor().plugins ?? [])
}

/** A message as the rule docs write it: `1:5-1:9: error Reason`. */
export function format(message: VFileMessage): string {
  const at = (p: {line: number; column: number} | undefined) => (p ? `${p.line}:${p.column}` : '')
  const place = message.place
  let text: string
  if (place && 'start' in place) {
    const same = place.start.line === place.end.line && place.start.column === place.end.column
    text = same ? at(place.start) : `${at(place.start)}-${at(place.end)}`
  } else {
    text = at(place)
  }
  return `${text}: ${message.fatal ? 'error' : 'warning'} ${message.reason}`
}

/**
 * A writer of temporary folders for one test file: each call makes a folder
 * named `prefix…` holding `files` (names may contain `/`) and the symlinks
 * `links` (name → target); all are removed after the file's tests.
 */
export function tempFolders(
  prefix: string
): (files?: Record<string, string | Buffer>, links?: Record<string, string>) => string {
  // A hook registered inside a running test never runs: its folders (drafts, reports) would stay in the temp folder.
  // The runner's current test, not expect's state: with isolate false, a worker's expect keeps the name of the last
  // test of the file it ran before, and a file's module-level call would be refused.
  if (getCurrentTest() !== undefined) throw new Error(`tempFolders('${prefix}') must be called outside a test`)
  const folders: string[] = []
  afterAll(() => {
    for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
  })
  return (files = {}, links = {}) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
    folders.push(dir)
    for (const [name, value] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
      fs.writeFileSync(path.join(dir, name), value)
    }
    for (const [name, target] of Object.entries(links)) fs.symlinkSync(target, path.join(dir, name))
    return dir
  }
}

/**
 * `words` joined as a newswire or PDF copy may join them: each gap a space, nothing (words run together) or a line
 * break, the whole in capitals or not.
 */
export function asCopied(words: string[]): fc.Arbitrary<string> {
  const gaps = fc.array(fc.constantFrom(' ', '', '\n'), {minLength: words.length - 1, maxLength: words.length - 1})
  return fc.tuple(gaps, fc.boolean()).map(([gap, upper]) => {
    const text = words.map((word, i) => word + (gap[i] ?? '')).join('')
    return upper ? text.toUpperCase() : text
  })
}

/** The text hard-wrapped at `width` columns, its lines (as a PDF's copy or a mail client wraps a paragraph). */
export function wrapLines(text: string, width = 78): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return [...lines, line]
}

/**
 * Engine settings for an in-process run of the CLI's `run` over the `.md` drafts of `dir` with the default preset,
 * reporting with `reporter` to `streamError`.
 */
export function runSettings(dir: string, reporter: unknown, streamError: NodeJS.WritableStream): EngineOptions {
  return {
    cwd: dir,
    files: ['.'],
    extensions: ['md'],
    processor: createProcessor([[disclosureLintDecode, {fromDisk: true}]]),
    defaultConfig: tsxv,
    configTransform: withDefaults(useOurInstall),
    plugins: givenPlugins(undefined),
    reporter: reporter as EngineOptions['reporter'],
    streamError
  }
}
