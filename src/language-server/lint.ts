/**
 * Lint one open document the way the CLI lints a file: unified-engine with the
 * workspace's `.remarkrc.*` / `package.json#remarkConfig` (when it configures
 * disclosure-lint; otherwise the default preset, see defaults.ts), our own
 * processor (nothing needs installing in a folder of drafts), and the result
 * as LSP diagnostics. Used on the main thread and in the big-document worker.
 */
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {Diagnostic} from 'vscode-languageserver/node.js'
import type {BlockCache} from '../model/model.js'
import disclosureLintDefaults, {withDefaults} from './defaults.js'
import processor from './processor.js'
import type {Settings} from './settings.js'

export interface LintJob {
  uri: string
  text: string
  /** The workspace folder (a path) the config is searched from. */
  cwd: string
  settings: Settings
}

/** A vfile point (1-based) as an LSP position (0-based, UTF-16 columns as JS strings count). */
function position(point: {line: number; column: number} | undefined) {
  return point ? {line: Math.max(point.line - 1, 0), character: Math.max(point.column - 1, 0)} : {line: 0, character: 0}
}

/** As unified-language-server converts: severity from `fatal`, rule id as code, doc link, `expected` for quick fixes. */
export function toDiagnostic(message: VFileMessage): Diagnostic {
  const place = message.place
  const range =
    place && 'start' in place
      ? {start: position(place.start), end: position(place.end ?? place.start)}
      : {start: position(place), end: position(place)}
  const diagnostic: Diagnostic = {
    range,
    message: message.reason,
    severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3
  }
  if (message.ruleId) diagnostic.code = message.ruleId
  if (message.source) diagnostic.source = message.source
  if (message.url) diagnostic.codeDescription = {href: message.url}
  if (message.expected) diagnostic.data = {expected: message.expected}
  if (message.note) diagnostic.message += '\n' + message.note
  return diagnostic
}

/**
 * The diagnostics of one document (none when the settings or an ignore file leave it out). `blocks`: the
 * document's block cache, kept from one lint of it to the next (the diagnostics are the same without it).
 */
export function lint(job: LintJob, blocks?: BlockCache): Promise<Diagnostic[]> {
  const file = new VFile({cwd: job.cwd, path: new URL(job.uri), value: job.text})
  if (blocks) file.data.disclosureLintBlocks = blocks
  const {requireConfig, ignorePath, ignorePathResolveFrom} = job.settings
  return new Promise((resolve) => {
    engine(
      {
        alwaysStringify: false,
        // A config that switches every rule of ours off is said, not linted with the preset in silence.
        configTransform: withDefaults,
        cwd: job.cwd,
        files: [file],
        ignoreName: '.remarkignore',
        ignorePath: ignorePath ? path.resolve(job.cwd, ignorePath) : undefined,
        ignorePathResolveFrom,
        ignoreUnconfigured: requireConfig,
        packageField: 'remarkConfig',
        pluginPrefix: 'remark',
        // An object, so it merges with the options the config's copy of the plugin carries.
        plugins: [[disclosureLintDefaults, {}] as never],
        processor: processor as never,
        quiet: false,
        rcName: '.remarkrc',
        // The diagnostics are read from the file: a text report nobody reads costs a tenth of a re-lint.
        reporter: () => '',
        silentlyIgnore: true,
        streamError: new PassThrough(),
        streamOut: new PassThrough()
      },
      (error) => {
        // unified-engine reports plugin failures as messages; an error here is the engine's own.
        if (error) file.message(error).fatal = true
        resolve(file.messages.map(toDiagnostic))
      }
    )
  })
}
