/** Configs found in a drafts folder: names of ours resolve to this install. */
import {fileURLToPath} from 'node:url'
import type {Preset} from 'unified'
import {resolveHere} from './resolve.js'

/**
 * Plugins named `disclosure-lint` or `disclosure-lint/…` in a config resolve
 * to this install, so a `.remarkrc.json` in a folder of drafts works without
 * installing anything there (remark-cli would look in that folder).
 */
export function useOurInstall(config: unknown): Preset {
  const preset = (config ?? {}) as Preset
  const map = (specifier: unknown): unknown => {
    if (typeof specifier !== 'string') return specifier
    if (specifier !== 'disclosure-lint' && !specifier.startsWith('disclosure-lint/')) return specifier
    try {
      return fileURLToPath(resolveHere(specifier))
    } catch {
      return specifier
    }
  }
  const plugins = preset.plugins as unknown
  if (Array.isArray(plugins)) {
    return {
      ...preset,
      plugins: plugins.map((entry: unknown) =>
        Array.isArray(entry) ? [map(entry[0]), ...entry.slice(1)] : map(entry)
      ) as Preset['plugins']
    }
  }
  if (plugins && typeof plugins === 'object') {
    const mapped: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(plugins)) mapped[String(map(key))] = value
    return {...preset, plugins: mapped as unknown as Preset['plugins']}
  }
  return preset
}
