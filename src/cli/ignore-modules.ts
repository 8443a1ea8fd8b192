/**
 * unified-engine's own ignore class (`lib/ignore.js`, not in its `exports`)
 * and the `ignore` package it uses, loaded by file URL from the engine's
 * folder. The bundled CLI replaces this module with one that imports both
 * (scripts/bundle.mjs), so that a run finds and compiles nothing from
 * node_modules before its first draft is read.
 */
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {resolveHere} from './resolve.js'

/** `[unified-engine/lib/ignore.js, ignore]`. */
export async function ignoreModules(): Promise<[unknown, unknown]> {
  const engineUrl = resolveHere('unified-engine')
  const requireFromEngine = createRequire(engineUrl)
  return Promise.all([
    import(new URL('./lib/ignore.js', engineUrl).href),
    import(pathToFileURL(requireFromEngine.resolve('ignore')).href)
  ])
}
