// Bundle the CLI into dist/bundle/ (esbuild): one file to load instead of
// hundreds of modules, which is most of a hook's cost on one small draft.
// The CLI is one script (cli.cjs) that the bin (cli.js, from
// scripts/cli-loader.mjs) runs from a V8 code cache; the --jobs worker is an
// ES module bundle with its chunks. What a plain run does not need (YAML
// configs, plugins looked up by name) is loaded from node_modules on first use.
import {createHash} from 'node:crypto'
import {chmod, readFile, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

/** Stand-ins that load the real module when first called. */
const lazy = {
  // unified-engine: `import {loadPlugin} from 'load-plugin'`, `import {resolvePlugin} …` (npm's config reader behind it).
  'load-plugin': `
    export async function loadPlugin(...parameters) { return (await import('load-plugin')).loadPlugin(...parameters) }
    export async function resolvePlugin(...parameters) { return (await import('load-plugin')).resolvePlugin(...parameters) }`,
  // unified-engine: \`yaml.parse\` for .remarkrc.yml.
  yaml: `export default {parse(...parameters) { return require('yaml').parse(...parameters) }}`
}

// Chunks are named by their content: a build leaves the old ones behind unless the folder starts empty (and
// `npm pack` would ship them).
await rm(path.join(root, 'dist/bundle'), {recursive: true, force: true})

/** What both builds share: our settings and the bundle plugin below. */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  // unified names plugins after their functions: keep the names.
  keepNames: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'disclosure-lint-bundle',
      setup(context) {
        // unified-args' argv parser is not in its `exports`: point at the file.
        context.onResolve({filter: /^unified-args\/lib\/parse-argv\.js$/}, () => ({
          path: path.join(path.dirname(require.resolve('unified-args')), 'lib/parse-argv.js')
        }))
        // files.ts: unified-engine's own ignore class (not in its `exports`) and the `ignore` package it uses,
        // inlined rather than found and compiled from node_modules on every run.
        context.onResolve({filter: /[\\/]ignore-modules\.js$/}, () => ({path: 'ignore-modules', namespace: 'inline'}))
        context.onLoad({filter: /.*/, namespace: 'inline'}, () => {
          const engine = require.resolve('unified-engine')
          const ignoreClass = path.join(path.dirname(engine), 'lib/ignore.js')
          const ignorePackage = createRequire(engine).resolve('ignore')
          return {
            contents:
              `export async function ignoreModules() { return Promise.all([` +
              `import(${JSON.stringify(ignoreClass)}), import(${JSON.stringify(ignorePackage)})]) }`,
            loader: 'js',
            resolveDir: root
          }
        })
        context.onResolve({filter: /^(?:load-plugin|yaml)$/}, (args) =>
          // The stand-ins' own imports go to the real modules.
          args.namespace === 'lazy' ? {path: args.path, external: true} : {path: args.path, namespace: 'lazy'}
        )
        context.onLoad({filter: /.*/, namespace: 'lazy'}, (args) => ({
          contents: lazy[args.path],
          loader: 'js',
          resolveDir: root
        }))
        // unified-engine's queue checks every file each time one finishes (quadratic in the
        // number of drafts). Same check, resumed where the last one stopped: the files before
        // that point stay finished (or failed, or ignored) until the flush.
        context.onLoad({filter: /unified-engine[\\/]lib[\\/]file-pipeline[\\/]queue\.js$/}, async (args) => {
          const source = await readFile(args.path, 'utf8')
          const loop = 'let index = -1\n  while (++index < files.length) {\n    each(files[index])\n  }'
          if (!source.includes(loop)) throw new Error('unified-engine queue.js changed: review the bundle patch')
          const resumed =
            'let index = (context.fileSet.disclosureLintScan ?? 0) - 1\n  while (++index < files.length) {\n   ' +
            ' each(files[index])\n    if (!complete) break\n  }\n  context.fileSet.disclosureLintScan = complete ? 0 : index'
          return {contents: source.replace(loop, resumed), loader: 'js'}
        })
      }
    }
  ]
}

// The --jobs worker (and its chunks): an ES module bundle, as workers load it.
await build({
  ...common,
  entryPoints: {worker: path.join(root, 'src/cli/worker.ts')},
  outdir: path.join(root, 'dist/bundle'),
  splitting: true,
  format: 'esm',
  // CommonJS dependencies call `require`: give the ES module bundle one.
  banner: {
    js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"
  }
})

// The CLI: one script, so V8 can cache its compiled code (the bin passes `import.meta`'s url and resolve in).
const cjs = path.join(root, 'dist/bundle/cli.cjs')
await build({
  ...common,
  entryPoints: [path.join(root, 'src/cli/index.ts')],
  outfile: cjs,
  format: 'cjs',
  define: {'import.meta.url': '__importMetaUrl', 'import.meta.resolve': '__importMetaResolve'}
})
// The bin wraps the script in a function: no hashbang line (src/cli/index.ts has one), and not executable.
// Node 20 runs `import()` in a script compiled by `vm` only behind a flag, and not at all from a code cache:
// each one calls the bin's own `import` instead (`__import`, passed in). Those in today's bundle are all
// `await import(…)` in code (plugins, configs and reporters looked up by name, load-plugin, unified-args'
// parser); any other form stops the build here rather than be rewritten unseen.
const dynamic = /(?<![\w$.])import\(/g
let script = (await readFile(cjs, 'utf8')).replace(/^#![^\n]*\n/, '')
const all = script.match(dynamic)?.length ?? 0
const awaited = script.match(/(?<![\w$.])await import\(/g)?.length ?? 0
if (all === 0 || all !== awaited)
  throw new Error(`cli.cjs: ${all - awaited} import( not awaited: review the bundle step`)
script = script.replace(dynamic, '__import(')
await writeFile(cjs, script)
await chmod(cjs, 0o644)
const hash = createHash('sha256').update(script).digest('hex').slice(0, 16)
const bin = path.join(root, 'dist/bundle/cli.js')
const loader = await readFile(path.join(root, 'scripts/cli-loader.mjs'), 'utf8')
if (!loader.includes("'__DISCLOSURE_LINT_BUILD__'")) throw new Error('cli-loader.mjs: the build placeholder is gone')
await writeFile(bin, loader.replace("'__DISCLOSURE_LINT_BUILD__'", JSON.stringify(hash)))
await chmod(bin, 0o755)
