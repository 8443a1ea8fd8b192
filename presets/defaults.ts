/**
 * The default preset when a config enables none of our rules, for the CLI and
 * the language server alike: it pins no exchange, so the exchange the release
 * states chooses (TSX-V where it states none; see base.ts). unified-engine applies
 * `defaultConfig` only where no config is found; a `.remarkrc.json` with remark
 * settings only, or a `remarkConfig` in a `package.json` above the drafts,
 * would otherwise lint with no rule at all and say "no issues found". The
 * plugin, given to every file, looks at what the config attached: a
 * disclosure-lint rule on → the config's rules; none at all → the default
 * preset runs; every rule of ours switched off → the file is not checked, and a fatal
 * message naming the config says so (the CLI exits 2), never a silent pass.
 */
import path from 'node:path'
import type {Root} from 'mdast'
import {unified, type Plugin, type Preset} from 'unified'
import type {VFile} from 'vfile'
import {isOff, pluginList, rulesOff} from '../src/core/config-rules.js'
import {SOURCE} from '../src/core/constants.js'
import {ruleIds} from '../rules/index.js'
import {PRESETS, presetFor, type PresetName} from './base.js'

/** The default preset, frozen once: its transformers keep no state between files. */
const preset = unified()
  .use(presetFor().plugins ?? [])
  .freeze()

export interface DefaultsOptions {
  /** The config file the engine found (absolute), set by `addDefaults`. */
  config?: string
  /** How many of our rules the config lists as off (the engine drops those before they are attached). */
  off?: number
}

/** Where the "not checked" message sits and what it names as its source (an editor needs a place for it). */
export interface NotChecked {
  place?: {line: number; column: number}
  source?: string
}

/** The defaults plugin of one application (its own function: it tells itself apart from the config's plugins). */
export function defaultsPlugin(notChecked: NotChecked = {}): Plugin<[DefaultsOptions?], Root> {
  const disclosureLintDefaults: Plugin<[DefaultsOptions?], Root> = function (options) {
    const ours = this.attachers.filter(
      ([plugin]) => plugin !== disclosureLintDefaults && plugin.name.startsWith(SOURCE + ':')
    )
    const on = ours.filter(([, value]) => !isOff(value)).length
    const off = ours.length - on + (options?.off ?? 0)
    if (on > 0) return undefined
    if (off === 0) {
      return async function (tree: Root, file: VFile) {
        await preset.run(tree, file)
      }
    }
    const config = options?.config
    return function (_: Root, file: VFile) {
      const where = config ? path.relative(file.cwd, config) || config : 'the configuration'
      const message = file.message(`Not checked: every disclosure-lint rule is off in \`${where}\``, notChecked)
      message.fatal = true
    }
  }
  return disclosureLintDefaults
}

/**
 * The engine's `configTransform` step: the defaults plugin joins the config's
 * own plugins with the config's path and how many of our rules it lists as off.
 */
export function addDefaults(defaults: Plugin<[DefaultsOptions?], Root>, config: unknown, filePath?: string): Preset {
  const found = (config ?? {}) as Preset
  const list = pluginList(found.plugins).flatMap(presetByName)
  list.push([defaults, {config: filePath ? path.resolve(filePath) : undefined, off: rulesOff(found)}])
  return {...found, plugins: list as Preset['plugins']}
}

/**
 * A preset named alone in a config (`"plugins": ["cse"]`, `["tsxv", true]`) is ours: the preset itself, as
 * `disclosure-lint/presets/cse` would load it (a name switched off adds nothing). Other entries are kept.
 */
export function presetByName(entry: unknown): unknown[] {
  const [name, value] = Array.isArray(entry) ? (entry as unknown[]) : [entry, undefined]
  if (typeof name === 'string') checkName(name)
  if (typeof name !== 'string' || !Object.hasOwn(PRESETS, name.toLowerCase())) return [entry]
  return isOff(value) ? [] : [presetFor(PRESETS[name.toLowerCase() as PresetName])]
}

/** Check every plugin name a config gives (see `checkName`); the config itself is returned. */
export function checkNames(config: unknown): unknown {
  for (const entry of pluginList((config as Preset | undefined)?.plugins)) {
    const name = Array.isArray(entry) ? entry[0] : entry
    if (typeof name === 'string') checkName(name)
  }
  return config
}

/** What a config may name of ours, by kind: `disclosure-lint/rules/<id>`, `disclosure-lint/presets/<name>`. */
const OURS: Record<string, readonly string[]> = {rules: ruleIds, presets: Object.keys(PRESETS)}

/**
 * A name of ours that does not exist is refused in one line that says what would ("Unknown rule `qp-statment`
 * in the config, did you mean `qp-statement`?"), before the engine tries to load it and prints module paths. A
 * bare name a letter or two from a preset's or a rule's is taken for a typo of it; other names are left to the
 * engine (remark plugins).
 */
export function checkName(name: string): void {
  const ours = /^disclosure-lint\/(rules|presets)\/([^/]+?)(?:\.js)?$/.exec(name)
  if (ours) {
    const [, kind, id] = ours
    if (OURS[kind].includes(id)) return
    const near = nearest(id, OURS[kind])
    throw new Error(
      `Unknown ${kind === 'rules' ? 'rule' : 'preset'} \`${id}\` in the config` +
        (near ? `, did you mean \`disclosure-lint/${kind}/${near}\`?` : `, expected one of ${OURS[kind].join(', ')}`)
    )
  }
  if (name.includes('/') || Object.hasOwn(PRESETS, name.toLowerCase())) return
  const preset = nearest(name, OURS.presets)
  if (preset) throw new Error(`Unknown plugin \`${name}\` in the config, did you mean the preset \`${preset}\`?`)
  if ((ruleIds as readonly string[]).includes(name) || nearest(name, ruleIds)) {
    const rule = (ruleIds as readonly string[]).includes(name) ? name : nearest(name, ruleIds)
    throw new Error(`Unknown plugin \`${name}\` in the config, did you mean \`disclosure-lint/rules/${rule}\`?`)
  }
}

/**
 * The one of `names` closest to `word` (case aside), within two edits (one for a word of four letters or fewer, where
 * two would make any short name look like another); undefined when none is.
 */
function nearest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined
  let least = word.length <= 4 ? 2 : 3
  for (const name of names) {
    const distance = editDistance(word.toLowerCase(), name, least)
    if (distance < least) [best, least] = [name, distance]
  }
  return best
}

/**
 * The edits from `a` to `b` (a letter added, dropped, changed, or two swapped: the optimal string alignment
 * distance), or `limit` when it is at least that. Names are short: three rows at a time.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit
  let before: number[] = []
  let row = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        next[j] = Math.min(next[j], before[j - 2] + 1)
    }
    if (Math.min(...next) >= limit) return limit
    before = row
    row = next
  }
  return Math.min(row[b.length], limit)
}
