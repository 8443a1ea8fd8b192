/**
 * What a remark config says of our rules, for the applications' defaults (the
 * CLI's and the language server's): which entries are our rules, which are
 * switched off. unified-engine drops a plugin set to off before attaching it,
 * so "every rule off" is only seen in the config itself.
 */
import type {Preset} from 'unified'
import {SOURCE} from './constants.js'

/** A rule setting that switches the rule off (unified-lint-rule: `false`, `'off'`, `0`, or a list starting so). */
export function isOff(value: unknown): boolean {
  const level = Array.isArray(value) ? (value as unknown[])[0] : value
  return level === false || level === 'off' || level === 0
}

/** Whether a config entry's plugin is one of our rules: its name (mapped to our install or not) or the function. */
export function isOurRule(plugin: unknown): boolean {
  if (typeof plugin === 'function') return plugin.name.startsWith(SOURCE + ':')
  if (typeof plugin !== 'string') return false
  return /^disclosure-lint\/rules\/[\w-]+$/.test(plugin) || /[\\/]dist[\\/]rules[\\/][\w-]+\.js$/.test(plugin)
}

/** A config's plugins as a list of entries (`[plugin, options]` or a plugin). */
export function pluginList(plugins: unknown): unknown[] {
  if (Array.isArray(plugins)) return [...(plugins as unknown[])]
  if (plugins && typeof plugins === 'object') return Object.entries(plugins)
  return []
}

/** How many of our rules `preset` lists as off. */
export function rulesOff(preset: Preset): number {
  return pluginList(preset.plugins).filter((entry) => Array.isArray(entry) && isOurRule(entry[0]) && isOff(entry[1]))
    .length
}
