/** Resolving a package from our own install. */
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'

/**
 * `import.meta.resolve(specifier)` from this folder (our install), as a file
 * URL. Where the host has no `import.meta.resolve` (vitest runs the CLI's
 * modules in process), require's resolution: the packages we resolve
 * (unified-engine, vfile-reporter-json, ours) export one entry for both.
 */
export function resolveHere(specifier: string): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve(specifier)
  return pathToFileURL(createRequire(import.meta.url).resolve(specifier)).href
}
