// Build the extension with its own language server, so the .vsix works with
// nothing else installed:
// - out/extension.js: the client (CommonJS, as VS Code loads extensions);
// - server/index.js and server/worker.js: disclosure-lint's language server and
//   its big-document worker, bundled from this repository's sources (ES
//   modules: server/package.json says so), started by the client with the
//   editor's own Node.js (no shell, no PATH lookup: the same on Windows);
// - docs/rules/: the rule docs each finding links to (the server finds them
//   beside the nearest package.json, as an installed package does).
import {cpSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '../..')

await build({
  entryPoints: [path.join(here, 'src/extension.ts')],
  outfile: path.join(here, 'out/extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  logLevel: 'warning'
})

rmSync(path.join(here, 'server'), {recursive: true, force: true})
await build({
  entryPoints: {
    index: path.join(root, 'src/language-server/index.ts'),
    worker: path.join(root, 'src/language-server/worker.ts')
  },
  outdir: path.join(here, 'server'),
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node18',
  minify: true,
  // unified names plugins after their functions: keep the names.
  keepNames: true,
  // fsevents is an optional native module of a file watcher the server never starts.
  external: ['fsevents'],
  logLevel: 'warning',
  // CommonJS dependencies call `require`: give the ES module bundle one.
  banner: {
    js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"
  }
})
writeFileSync(path.join(here, 'server/package.json'), JSON.stringify({type: 'module', private: true}) + '\n')

rmSync(path.join(here, 'docs'), {recursive: true, force: true})
mkdirSync(path.join(here, 'docs'), {recursive: true})
cpSync(path.join(root, 'docs/rules'), path.join(here, 'docs/rules'), {recursive: true})
