/**
 * The installed package: its root folder (where `docs/` and `package.json`
 * are) and what `package.json` says of it. Found by walking up from this
 * module, so it is right from `dist/src/core/`, from the bundled CLI in
 * `dist/bundle/` and from a global install alike.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export interface PackageJson {
  name: string
  version: string
  description: string
  repository?: string | {type?: string; url?: string; directory?: string}
}

function findRoot(from: string): string {
  let dir = from
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'docs', 'rules'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(from, '../..')
    dir = parent
  }
}

/** The package's root folder. */
export const packageRoot: string = findRoot(path.dirname(fileURLToPath(import.meta.url)))

let cached: PackageJson | undefined

/** `package.json`, read on first use. */
export function packageJson(): PackageJson {
  cached ??= JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as PackageJson
  return cached
}

/** A file URL of a path inside the package. */
export function packageUrl(relative: string): string {
  return pathToFileURL(path.join(packageRoot, relative)).href
}
