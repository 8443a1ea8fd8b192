// Build from source after `npm install` in a checkout (a git clone, the
// pre-commit framework's copy of this repository). An installed package
// already holds `dist/` and no sources: nothing to do.
import {existsSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {createRequire} from 'node:module'

if (existsSync('tsconfig.json') && existsSync('src')) {
  let tsc
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
  } catch {
    process.exit(0)
  }
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {stdio: 'inherit'})
  process.exit(result.status ?? 1)
}
