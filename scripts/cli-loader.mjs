#!/usr/bin/env node
// The CLI's bin (copied to dist/bundle/cli.js by scripts/bundle.mjs): runs the
// bundled CLI (cli.cjs, one script) compiled from a V8 code cache when there
// is one, so a run on one small draft does not parse and compile a megabyte of
// JavaScript again (Node 20 has no module compile cache; a script has one).
//
// The cache sits beside the bundle, in the package (never near the drafts):
// one file per build of the bundle and per Node version. It is used only when
// its own checksum holds (a torn or corrupt file is ignored), and V8 refuses
// one made by another V8 or with other flags; then the bundle compiles from
// source as it would without a cache, and a new cache is written at exit
// (atomically: a temporary file renamed) if the folder is writable. Any
// failure to read or write it is ignored: the cache only ever saves time.
import {accessSync, constants, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {Buffer} from 'node:buffer'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import vm from 'node:vm'
import zlib from 'node:zlib'

const here = path.dirname(fileURLToPath(import.meta.url))
const bundle = path.join(here, 'cli.cjs')
/** The build of the bundle (its content hash), set by scripts/bundle.mjs. */
const BUILD = '__DISCLOSURE_LINT_BUILD__'
const cacheFile = path.join(here, `cli-${BUILD}-${process.version}-${process.arch}.cache`)
const MAGIC = 0x646c6331 // "dlc1"

/** The cached code in `file` when its header holds (magic, length, checksum), else undefined. */
function readCache(file) {
  if (typeof zlib.crc32 !== 'function') return undefined
  try {
    const data = readFileSync(file)
    if (data.length < 12 || data.readUInt32LE(0) !== MAGIC) return undefined
    const payload = data.subarray(12)
    if (data.readUInt32LE(4) !== payload.length || data.readUInt32LE(8) !== zlib.crc32(payload)) return undefined
    return payload
  } catch {
    return undefined
  }
}

function writeCache(file, payload) {
  if (typeof zlib.crc32 !== 'function') return
  const temporary = `${file}.${process.pid}.tmp`
  try {
    const header = Buffer.alloc(12)
    header.writeUInt32LE(MAGIC, 0)
    header.writeUInt32LE(payload.length, 4)
    header.writeUInt32LE(zlib.crc32(payload), 8)
    writeFileSync(temporary, Buffer.concat([header, payload]))
    renameSync(temporary, file)
  } catch {
    rmSync(temporary, {force: true})
  }
}

/** Whether a cache can be written in `folder` (a read-only install is not asked to make one on every run). */
function writable(folder) {
  try {
    accessSync(folder, constants.W_OK)
    return true
  } catch {
    return false
  }
}

const source = readFileSync(bundle, 'utf8')
const cached = readCache(cacheFile)
// The bundle's `import.meta.url`, `import.meta.resolve` and dynamic `import()` are this module's (same folder),
// passed in: a script has none of its own (see scripts/bundle.mjs).
const script = new vm.Script(
  '(function (exports, require, module, __filename, __dirname, __importMetaUrl, __importMetaResolve, __import) {' +
    source +
    '\n})',
  {
    filename: bundle,
    cachedData: cached
  }
)
if ((!cached || script.cachedDataRejected) && writable(here)) {
  // At exit: the cache then holds the functions this run compiled, not only the top level.
  process.once('exit', () => writeCache(cacheFile, script.createCachedData()))
}
const {createRequire} = await import('node:module')
const module = {exports: {}}
script
  .runInThisContext()
  .call(
    module.exports,
    module.exports,
    createRequire(bundle),
    module,
    bundle,
    here,
    import.meta.url,
    typeof import.meta.resolve === 'function' ? (specifier) => import.meta.resolve(specifier) : undefined,
    (specifier) => import(specifier)
  )
