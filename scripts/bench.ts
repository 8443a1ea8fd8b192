/**
 * `npm run bench`: what linting costs, measured against baselines in the same
 * run (ratios, so a slower or faster machine does not change the verdict).
 *
 * 1. Throughput: the labelled corpus linted in process vs a bare remark parse
 *    of the same files.
 * 2. A synthetic corpus of 1,000 drafts through the CLI vs a bare mdast parse
 *    of the same files (aim: at most 1.5x).
 * 3. Cold start: our CLI vs remark-cli's own bin (recommended preset) on one
 *    small file (aim: half of remark-cli's time).
 * 4. The language server: re-lint of a 50 KB draft after an edit, from
 *    didChange to publishDiagnostics less the debounce pause (aim: under
 *    20 ms); publishes per burst of 200 edits (aim: a handful); a small draft
 *    edited while a 5 MB draft lints (aim: under a second).
 *
 * 5. Scale: peak memory (`/usr/bin/time -v`, maximum resident set size) of
 *    the CLI over 1,000 and 10,000 synthetic drafts of about 7 KB, the memory
 *    each draft adds and 100,000 drafts estimated from it (aim: under 1 GB);
 *    `scale-100k` runs 100,000 drafts too (about ten minutes on one core).
 *
 * 6. Linear in size: the per-KB cost of one draft of 10 KB, 100 KB, 1 MB and
 *    5 MB (aim: 5 MB within 1.5x of 10 KB).
 *
 * Every figure is given with its spread (min–max over the repeats) and the
 * machine (cores, Node, load average before and after): on a shared machine
 * the spread says how far a ratio can be trusted. A summary of the ratios
 * comes before the memory figures (the slowest section). Sections can be picked: `npm run bench -- corpus lsp`.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node.js'
import {lintText} from '../src/api.js'
import {lint as lintInServer} from '../src/language-server/lint.js'
import {DEBOUNCE_MS} from '../src/language-server/server.js'
import {DEFAULT_SETTINGS} from '../src/language-server/settings.js'
import {BlockCache} from '../src/model/model.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const corpus = path.resolve(root, '../shared/corpus/releases')
const cli = path.join(root, 'dist/bundle/cli.js')
const server = path.join(root, 'dist/src/language-server/index.js')
const sections = process.argv.slice(2)
const wanted = (name: string) => sections.length === 0 || sections.includes(name)

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ms = (value: number) => `${value.toFixed(1)} ms`
/** `min–max` of the repeats. */
const spread = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`
/** The ratio of medians, with the range the repeats allow (min/max to max/min). */
const ratio = (ours: number[], base: number[]) =>
  `${(median(ours) / median(base)).toFixed(2)}x (${(Math.min(...ours) / Math.max(...base)).toFixed(2)}–` +
  `${(Math.max(...ours) / Math.min(...base)).toFixed(2)})`
/** The ratios, for the summary at the end. */
const summary: string[] = []
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

function time<T>(fn: () => T): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/** Our own drafts, built from the bundled examples: no corpus sentence is copied. */
function syntheticDraft(index: number): string {
  const examples = ['closing-announcement.md', 'drill-results-draft.md', 'cse-financing.txt'].map((name) =>
    fs.readFileSync(path.join(root, 'examples', name), 'utf8')
  )
  return examples[index % examples.length].replace(/Northern Birch|Cedar Ridge/g, `Issuer ${index}`)
}

async function throughput(): Promise<void> {
  const files = fs.readdirSync(corpus).map((name) => fs.readFileSync(path.join(corpus, name), 'utf8'))
  const bytes = files.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const parser = unified().use(remarkParse)
  const parse: number[] = []
  const lint: number[] = []
  for (let run = 0; run < 7; run++) {
    parse.push(time(() => files.forEach((text) => parser.parse(text))))
    lint.push(
      await timeAsync(async () => {
        for (const text of files) await lintText(text)
      })
    )
  }
  const p = median(parse)
  const l = median(lint)
  console.log(`corpus: ${files.length} releases, ${(bytes / 1024).toFixed(0)} KiB, in process (median of 7)`)
  console.log(
    `  bare remark parse   ${ms(p)}  [${spread(parse)}]  (${(bytes / 1024 / 1024 / (p / 1000)).toFixed(2)} MB/s)`
  )
  console.log(
    `  disclosure-lint     ${ms(l)}  [${spread(lint)}]  (${(bytes / 1024 / 1024 / (l / 1000)).toFixed(2)} MB/s)  ` +
      `ratio ${ratio(lint, parse)}`
  )
  summary.push(`corpus, whole lint vs bare parse (one thread)        ${ratio(lint, parse)}  (aim <= 1.5x)`)
}

function manyDrafts(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-bench-'))
  try {
    for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(dir, `draft-${i}.md`), syntheticDraft(i))
    const script =
      `import fs from 'node:fs'; import path from 'node:path'; import {unified} from 'unified'; ` +
      `import remarkParse from 'remark-parse';
      const p = unified().use(remarkParse); const dir = ${JSON.stringify(dir)};
      for (const name of fs.readdirSync(dir)) p.parse(fs.readFileSync(path.join(dir, name), 'utf8'))`
    const bare: number[] = []
    const ours: number[] = []
    const jobs: number[] = []
    const lint = (extra: string[]) => () =>
      spawnSync(process.execPath, [cli, '--quiet', '--report', 'json', ...extra, dir], {cwd: dir, maxBuffer: 1 << 28})
    // Alternating, so that a change in the machine's load falls on all three alike.
    for (let run = 0; run < 3; run++) {
      bare.push(time(() => spawnSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root})))
      ours.push(time(lint(['--jobs', '1'])))
      jobs.push(time(lint([])))
    }
    console.log('1,000 synthetic drafts, whole process (median of 3):')
    console.log(`  bare mdast parse (one thread)   ${ms(median(bare))}  [${spread(bare)}]`)
    console.log(`  disclosure-lint --jobs 1        ${ms(median(ours))}  [${spread(ours)}]  ratio ${ratio(ours, bare)}`)
    console.log(
      `  disclosure-lint (--jobs ${cores}, default) ${ms(median(jobs))}  [${spread(jobs)}]  ratio ${ratio(jobs, bare)}`
    )
    summary.push(`1,000 drafts, --jobs 1 vs bare parse                 ${ratio(ours, bare)}  (aim <= 1.5x)`)
    summary.push(`1,000 drafts, --jobs ${cores} wall time vs bare parse        ${ratio(jobs, bare)}  (aim <= 0.9x)`)
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

function coldStart(): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-cold-'))
  try {
    const draft = path.join(dir, 'draft.md')
    fs.writeFileSync(draft, syntheticDraft(0))
    const remark = path.join(root, 'node_modules/remark-cli/cli.js')
    const preset = path.join(root, 'node_modules/remark-preset-lint-recommended/index.js')
    const hasRemark = fs.existsSync(remark) && fs.existsSync(preset)
    const ours: number[] = []
    const theirs: number[] = []
    const node: number[] = []
    const readParse =
      `import fs from 'node:fs'; import {unified} from 'unified'; import remarkParse from ` +
      `'remark-parse'; unified().use(remarkParse).parse(fs.readFileSync(${JSON.stringify(draft)}, 'utf8'))`
    for (let run = 0; run < 11; run++) {
      ours.push(time(() => spawnSync(process.execPath, [cli, '--no-config', 'draft.md'], {cwd: dir})))
      if (hasRemark) {
        theirs.push(
          time(() =>
            spawnSync(
              process.execPath,
              [remark, '--no-config', '--use', pathToFileURL(preset).href, '--no-stdout', 'draft.md'],
              {cwd: dir}
            )
          )
        )
      }
      node.push(time(() => spawnSync(process.execPath, ['--input-type=module', '-e', readParse], {cwd: root})))
    }
    console.log('cold start, one small draft (median of 11):')
    console.log(`  node reading + parsing it   ${ms(median(node))}  [${spread(node)}]`)
    if (hasRemark) console.log(`  remark-cli (recommended)    ${ms(median(theirs))}  [${spread(theirs)}]`)
    console.log(
      `  disclosure-lint             ${ms(median(ours))}  [${spread(ours)}]` +
        (hasRemark ? `  ratio ${ratio(ours, theirs)} of remark-cli (aim <= 0.5x)` : '')
    )
    if (hasRemark)
      summary.push(`cold start vs remark-cli's bin                       ${ratio(ours, theirs)}  (aim <= 0.5x)`)
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

async function languageServer(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-lspbench-'))
  const child = spawn(process.execPath, [server, '--stdio'], {cwd: dir, stdio: ['pipe', 'pipe', 'ignore']})
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin)
  )
  const listeners = new Set<(params: PublishDiagnosticsParams) => void>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    for (const listener of listeners) listener(params)
  })
  /** The next publish for `uri` (with `version`, if given). */
  const published = (uri: string, version?: number) =>
    new Promise<PublishDiagnosticsParams>((resolve) => {
      const listener = (params: PublishDiagnosticsParams) => {
        if (params.uri !== uri || (version !== undefined && params.version !== version)) return
        listeners.delete(listener)
        resolve(params)
      }
      listeners.add(listener)
    })
  connection.onRequest('workspace/configuration', (params: {items: unknown[]}) => params.items.map(() => ({})))
  connection.onRequest('client/registerCapability', () => null)
  connection.onNotification('window/logMessage', () => {})
  connection.listen()
  const open = async (uri: string, text: string) => {
    const next = published(uri)
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId: 'markdown', version: 1, text}
    })
    return next
  }
  const change = (uri: string, version: number, text: string) =>
    connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [{text}]
    })
  try {
    const rootUri = pathToFileURL(dir).href
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{uri: rootUri, name: 'bench'}],
      capabilities: {workspace: {configuration: true}}
    })
    await connection.sendNotification(InitializedNotification.type, {})
    let text = ''
    for (let i = 0; Buffer.byteLength(text) < 50 * 1024; i++) text += syntheticDraft(i) + '\n'
    const uri = pathToFileURL(path.join(dir, 'draft.md')).href
    await open(uri, text)

    // 1. One edit at a time: from didChange to publishDiagnostics, less the debounce pause (not latency).
    const times: number[] = []
    let version = 1
    for (let edit = 0; edit < 30; edit++) {
      version++
      text = text.replace(/\$0\.1[05]/, version % 2 ? '$0.15' : '$0.10')
      const next = published(uri, version)
      const start = performance.now()
      await change(uri, version, text)
      await next
      times.push(performance.now() - start - DEBOUNCE_MS)
    }
    const sorted = [...times].sort((a, b) => a - b)
    console.log(
      `language server, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB draft, re-lint after an edit (30 edits, ` +
        `less the ${DEBOUNCE_MS} ms debounce):`
    )
    const p90 = sorted[Math.floor(sorted.length * 0.9)]
    console.log(`  p50 ${ms(median(times))}, p90 ${ms(p90)} [${spread(times)}] (aim < 20 ms)`)
    summary.push(`editor re-lint of a 50 KB draft, p90                  ${ms(p90)}  (aim < 20 ms)`)
    // The server lints the first edit after a pause while the pause runs, so the figure above hides up to the pause's
    // length of lint. The lint itself, as the server runs it (its block cache kept from edit to edit), in process:
    const cache = new BlockCache()
    const job = {uri, cwd: dir, settings: DEFAULT_SETTINGS}
    // Warmed up as the server is after a few edits.
    for (let edit = 0; edit < 5; edit++) await lintInServer({...job, text}, cache)
    const own: number[] = []
    for (let edit = 0; edit < 30; edit++) {
      text = text.replace(/\$0\.1[05]/, edit % 2 ? '$0.15' : '$0.10')
      const start = performance.now()
      await lintInServer({...job, text}, cache)
      own.push(performance.now() - start)
    }
    const ownP90 = [...own].sort((a, b) => a - b)[Math.floor(own.length * 0.9)]
    console.log(`  the re-lint itself, in process: p50 ${ms(median(own))}, p90 ${ms(ownP90)} [${spread(own)}]`)
    summary.push(`editor, the re-lint itself (in process), p90          ${ms(ownP90)}  (aim < 20 ms)`)

    // 2. A burst of 200 quick edits: how many publishes, and how long until the last one.
    const versions: number[] = []
    const count = (params: PublishDiagnosticsParams) => void (params.uri === uri && versions.push(params.version ?? -1))
    listeners.add(count)
    const last = published(uri, version + 200)
    const start = performance.now()
    for (let edit = 0; edit < 200; edit++) {
      version++
      void change(uri, version, text.replace(/\$0\.1[05]/, `$0.${10 + (edit % 5)}`))
    }
    await last
    const settled = performance.now() - start
    await new Promise((resolve) => setTimeout(resolve, 500))
    listeners.delete(count)
    console.log(
      `  a burst of 200 edits: ${versions.length} publishes, the last ${ms(settled)} after the first edit (aim: a handful)`
    )

    // 3. A small draft edited while a 5 MB draft is being linted.
    const small = pathToFileURL(path.join(dir, 'small.md')).href
    const smallText = syntheticDraft(0)
    await open(small, smallText)
    const bigText = (smallText + '\n').repeat(Math.ceil((5 * 1024 * 1024) / (smallText.length + 1)))
    const big = open(pathToFileURL(path.join(dir, 'big.md')).href, bigText)
    await new Promise((resolve) => setTimeout(resolve, 300))
    const smallNext = published(small, 2)
    const smallStart = performance.now()
    await change(small, 2, smallText.replace(/\$0\.1[05]/, '$0.15'))
    await smallNext
    const smallTime = performance.now() - smallStart
    const bigStart = performance.now()
    await big
    console.log(
      `  a small draft edited while a 5 MB draft lints: published in ${ms(smallTime)} (aim < 1 s); ` +
        `the 5 MB draft ${ms(performance.now() - bigStart + 300)} later`
    )
  } finally {
    connection.dispose()
    child.kill()
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

/**
 * Linear in size: one draft of 10 KB, 100 KB, 1 MB and 5 MB (the examples
 * one after another, each with its own issuer), linted in process; the cost
 * per KB of each against the 10 KB draft's.
 */
async function linear(): Promise<void> {
  const sizes: Array<[string, number, number]> = [
    ['10 KB', 10, 9],
    ['100 KB', 100, 5],
    ['1 MB', 1024, 2],
    ['5 MB', 5 * 1024, 1]
  ]
  console.log('linear in size: one draft, lint in process, cost per KB (repeats: 9, 5, 2, 1):')
  let base: number[] | undefined
  for (const [label, kb, repeats] of sizes) {
    let text = ''
    for (let i = 0; text.length < kb * 1024; i++) text += syntheticDraft(i) + '\n'
    // Warm (the 10 KB draft three times, once): the first runs are the JIT's, not the size's.
    if (!base) for (let run = 0; run < 3; run++) await lintText(text)
    const perKb: number[] = []
    for (let run = 0; run < repeats; run++) perKb.push((await timeAsync(() => lintText(text))) / (text.length / 1024))
    base ??= perKb
    console.log(
      `  ${label.padEnd(7)} ${median(perKb).toFixed(3)} ms/KB [${Math.min(...perKb).toFixed(3)}–` +
        `${Math.max(...perKb).toFixed(3)}]  ratio to 10 KB ${ratio(perKb, base)}`
    )
    if (label === '5 MB')
      summary.push(`per-KB cost, 5 MB vs 10 KB                           ${ratio(perKb, base)}  (aim <= 1.5x)`)
  }
}

/** A synthetic draft of about 7 KB: two of each example, as one release. */
function largerDraft(index: number): string {
  return [0, 1, 2, 3, 4, 5].map((offset) => syntheticDraft(index * 6 + offset)).join('\n')
}

/**
 * Peak RSS (MB) and wall time (s) of the CLI over `count` drafts, by
 * `/usr/bin/time -v` (its figures on stderr; the report, on stdout, is read
 * and dropped).
 */
function peakMemory(count: number, args = ['--quiet', '.']): {rss: number; seconds: number} | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-scale-'))
  try {
    const template = largerDraft(0)
    for (let i = 0; i < count; i++) {
      fs.writeFileSync(
        path.join(dir, `draft-${String(i).padStart(6, '0')}.md`),
        template.replace(/Issuer 0\b/g, `Issuer ${i}`)
      )
    }
    const start = performance.now()
    const result = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024
    })
    const seconds = (performance.now() - start) / 1000
    const kbytes = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '')?.[1]
    return kbytes ? {rss: Number(kbytes) / 1024, seconds} : undefined
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

function scale(): void {
  if (!fs.existsSync('/usr/bin/time')) {
    console.log('scale: /usr/bin/time not found (GNU time, for -v), skipped')
    return
  }
  // 100,000 drafts only when asked by name (about sixteen minutes and several GB here): not part of a plain run.
  const counts = sections.includes('scale-100k') ? [1000, 10000, 100000] : [1000, 10000]
  const figures = counts.map((count) => ({count, ...peakMemory(count)}))
  console.log(
    `scale: the CLI over synthetic drafts of ${(Buffer.byteLength(largerDraft(0)) / 1024).toFixed(1)} KB, peak RSS:`
  )
  for (const {count, rss, seconds} of figures) {
    if (rss === undefined || seconds === undefined) console.log(`  ${count.toLocaleString('en')} drafts: not measured`)
    else
      console.log(
        `  ${count.toLocaleString('en').padStart(7)} drafts  ${rss.toFixed(0).padStart(5)} MB  ` +
          `(${((rss / count) * 1024).toFixed(1)} KB per draft, ${seconds.toFixed(1)} s)`
      )
  }
  const [first, second] = figures
  if (first.rss !== undefined && second.rss !== undefined) {
    const slope = (second.rss - first.rss) / (second.count - first.count)
    const estimate = second.rss + slope * (100000 - second.count)
    console.log(
      `  each draft adds ${(slope * 1024).toFixed(1)} KB; 100,000 drafts, estimated: ${estimate.toFixed(0)} MB (aim < 1024 MB)`
    )
  }
  // `--report html` keeps every draft's text until the report, and the page holds it all again.
  const html = [1000, 5000].map((count) => ({count, ...peakMemory(count, ['--report', 'html', '.'])}))
  console.log("  --report html (each draft's text kept for the page):")
  for (const {count, rss, seconds} of html) {
    if (rss === undefined || seconds === undefined) console.log(`  ${count.toLocaleString('en')} drafts: not measured`)
    else
      console.log(
        `  ${count.toLocaleString('en').padStart(7)} drafts  ${rss.toFixed(0).padStart(5)} MB  ` +
          `(${((rss / count) * 1024).toFixed(1)} KB per draft, ${seconds.toFixed(1)} s)`
      )
  }
}

const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
const before = load()
console.log(
  `machine: ${cores} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ` +
    `load average ${before} at the start`
)
if (wanted('corpus')) await throughput()
if (wanted('many')) manyDrafts()
if (wanted('cold')) coldStart()
if (wanted('lsp')) await languageServer()
if (wanted('linear')) await linear()
// The summary of the ratios comes before the memory figures: those take minutes (10,000 drafts), and a run cut
// short there still prints every ratio.
if (summary.length > 0) {
  console.log(`\nsummary (median ratio, and min–max the repeats allow; load average ${before} → ${load()}):`)
  for (const line of summary) console.log('  ' + line)
}
if (wanted('scale') || wanted('scale-100k')) {
  console.log('')
  scale()
}
