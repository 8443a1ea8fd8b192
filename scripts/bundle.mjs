// Bundle the CLI into dist/bundle/ (esbuild): one file to load instead of
// hundreds of modules, which is most of a hook's cost on one small draft.
// Reporters and --watch stay separate chunks, loaded only when asked for;
// what a plain run does not need (YAML configs, plugins looked up by name)
// is loaded from node_modules on first use.
import {readFile, rm} from 'node:fs/promises'
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

await build({
  entryPoints: {cli: path.join(root, 'src/cli/index.ts'), worker: path.join(root, 'src/cli/worker.ts')},
  outdir: path.join(root, 'dist/bundle'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  // unified names plugins after their functions: keep the names.
  keepNames: true,
  logLevel: 'warning',
  // CommonJS dependencies call `require`: give the ES module bundle one.
  banner: {
    js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);"
  },
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
})
