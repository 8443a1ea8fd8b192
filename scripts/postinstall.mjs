// Build from source after `npm install` in a checkout (a git clone, the
// pre-commit framework's copy of this repository). An installed package
// already holds `dist/` and no sources: nothing to do (its runtime
// dependencies are in its tarball, `bundleDependencies`: it installs with no
// registry). Not `prepare`: npm prints a script's banner on `npm pack`'s
// stdout, which the pre-commit framework reads as the tarball's name.
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
  const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {stdio: 'inherit'})
  if (compiled.status !== 0) process.exit(compiled.status ?? 1)
  // The bundled CLI (esbuild is a development dependency too).
  const bundled = spawnSync(process.execPath, ['scripts/bundle.mjs'], {stdio: 'inherit'})
  process.exit(bundled.status ?? 1)
}
