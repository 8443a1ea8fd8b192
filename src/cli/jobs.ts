/**
 * `--jobs N`: many drafts linted in N worker threads (default: one per core),
 * each batch exactly as the main thread lints one (batch.ts), with the engine
 * settings the same flags make (settings.ts). A worker sends back each linted
 * draft as the main thread keeps it (its messages, the words or excerpts its
 * report reads, its text when the report needs it); the main thread rebuilds
 * the files and makes the one report over every draft, in the order found:
 * the same bytes and the same exit status as `--jobs 1`.
 */
import os from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Options as EngineOptions} from 'unified-engine'
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'
import {SUPPRESSED, type Suppressed} from '../core/control.js'
import {flaggedExcerpts, flaggedWords} from '../reporters/common.js'
import {BATCH, lintBatch, withoutText, type Keep} from './batch.js'

/** How the command line asked for workers: how many (undefined: one per core), and its flags for theirs. */
export interface Jobs {
  count?: number
  /** The flags (without `--jobs` and `--report-file`) a worker builds its engine settings from. */
  argv: string[]
}

/** Fewer drafts than this are linted in the main thread: a worker's start costs about as much as a few drafts. */
export const JOBS_FROM = 48

/**
 * Drafts sent to a worker at a time, at least: each lot is one run of the engine (its settings read, its
 * processor made), so lots are as large as sharing the work evenly allows (about eight per worker), never smaller
 * than this, and never larger than a batch (`BATCH`): a run of the engine holds every draft of it (its text, tree
 * and model) until its last is linted, so a lot of 625 drafts (10,000 shared by two threads) held about 600 MB in
 * each thread.
 */
const LOT = 16
const LOTS_PER_WORKER = 8
/** Drafts sent to a worker at a time when `count` drafts are shared among `workers`. */
export const lotSize = (count: number, workers: number): number =>
  Math.min(BATCH, Math.max(LOT, Math.ceil(count / (workers * LOTS_PER_WORKER))))

/** `--jobs N` (or `--jobs=N`) taken out of `argv`: the flags left, and N (undefined when not given). */
export function takeJobs(argv: string[]): {argv: string[]; jobs?: number} {
  const rest: string[] = []
  let value: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]
    if (flag === '--jobs' || flag === '-j') value = argv[++index] ?? ''
    else if (flag.startsWith('--jobs=')) value = flag.slice('--jobs='.length)
    else rest.push(flag)
  }
  if (value === undefined) return {argv: rest}
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new Error('--jobs needs a whole number of drafts linted at once, 1 or more')
  return {argv: rest, jobs: Number(value)}
}

/** How many workers lint `count` drafts (1: the main thread does). */
export function jobsFor(jobs: Jobs | undefined, count: number): number {
  if (!jobs || count < JOBS_FROM) return 1
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  return Math.max(1, Math.min(jobs.count ?? cores, Math.ceil(count / LOT)))
}

/** A batch linted: its status and drafts (each as the main thread keeps it), or the engine's failure. */
export interface Linted {
  error?: Error
  code: number
  files: VFile[]
}

/** A message as sent between threads: its own properties in order (`hidden`: not enumerable) and what is kept. */
interface PackedMessage {
  props: Record<string, unknown>
  hidden: string[]
  words?: string
  excerpt?: string
}

interface PackedError {
  name: string
  message: string
  stack?: string
  cause?: unknown
}

/** A linted draft as sent between threads. */
export interface PackedFile {
  props: Record<string, unknown>
  messages: PackedMessage[]
  suppressed?: Array<Omit<Suppressed, 'message'> & {message: PackedMessage}>
}

/** What a worker answers for a lot: `id`, its place among the worker's lots (`WorkerLots`). */
export interface Answer {
  id: number
  error?: string
  code: number
  files: PackedFile[]
}

function packError(error: unknown): unknown {
  if (!(error instanceof Error)) return error
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    cause: packError(error.cause),
    packedError: true
  }
}

function unpackError(value: unknown): unknown {
  const packed = value as (PackedError & {packedError?: boolean}) | undefined
  if (!packed || typeof packed !== 'object' || !packed.packedError) return value
  const error = new Error(packed.message, packed.cause === undefined ? undefined : {cause: unpackError(packed.cause)})
  error.name = packed.name
  error.stack = packed.stack
  return error
}

function packMessage(message: VFileMessage): PackedMessage {
  const props: Record<string, unknown> = {}
  const hidden: string[] = []
  for (const key of Object.getOwnPropertyNames(message)) {
    const descriptor = Object.getOwnPropertyDescriptor(message, key)!
    if (!descriptor.enumerable) hidden.push(key)
    const value = (message as unknown as Record<string, unknown>)[key]
    props[key] = key === 'cause' ? packError(value) : value
  }
  return {props, hidden, words: flaggedWords.get(message), excerpt: flaggedExcerpts.get(message)}
}

function unpackMessage(packed: PackedMessage, own: (text: string) => string): VFileMessage {
  const message = Object.create(VFileMessage.prototype) as VFileMessage
  for (const [key, raw] of Object.entries(packed.props)) {
    let value = key === 'cause' ? unpackError(raw) : raw
    // The texts most messages share (a citation, a fix) are held once in the main thread too.
    if (typeof value === 'string' && key !== 'stack') value = own(value)
    else if (key === 'expected' && Array.isArray(value)) value = value.map((text: string) => own(text))
    Object.defineProperty(message, key, {
      value,
      writable: true,
      configurable: true,
      enumerable: !packed.hidden.includes(key)
    })
  }
  if (packed.words !== undefined) flaggedWords.set(message, own(packed.words))
  if (packed.excerpt !== undefined) flaggedExcerpts.set(message, own(packed.excerpt))
  return message
}

/** A linted draft (as `withoutText` leaves it) for another thread. */
export function packFile(file: VFile): PackedFile {
  const props: Record<string, unknown> = {}
  for (const key of Object.keys(file)) {
    // Its place among the properties: the messages themselves go apart.
    if (key === 'messages') {
      props[key] = null
      continue
    }
    const value = (file as unknown as Record<string, unknown>)[key]
    if (key === 'data') {
      const data: Record<string, unknown> = {...(value as Record<string, unknown>)}
      delete data[SUPPRESSED]
      props[key] = data
    } else props[key] = value
  }
  const suppressed = file.data[SUPPRESSED]?.map((entry) => ({...entry, message: packMessage(entry.message)}))
  return {props, messages: file.messages.map(packMessage), suppressed}
}

/** The draft `packFile` sent, rebuilt: a VFile with the same properties, in the same order. */
export function unpackFile(packed: PackedFile, own: (text: string) => string): VFile {
  const file = Object.create(VFile.prototype) as VFile
  const record = file as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(packed.props)) {
    if (key === 'messages') record[key] = packed.messages.map((message) => unpackMessage(message, own))
    else record[key] = value
    if (key === 'data' && packed.suppressed) {
      ;(value as Record<string, unknown>)[SUPPRESSED] = packed.suppressed.map((entry) => ({
        ...entry,
        message: unpackMessage(entry.message, own)
      }))
    }
  }
  return file
}

/**
 * Lint `files` in `jobs.count` threads, this one and `jobs.count - 1`
 * workers, a lot at a time, and hand each lot to `take` in the order given (a
 * lot answered early waits for those before it). Every thread takes its next
 * lot itself, from one counter the threads share (`Atomics.add`): a worker that
 * waited for this thread to send it a lot would wait while this thread lints
 * one of its own (measured on 1,000 drafts: the worker idle about a fifth of the
 * run). This thread takes lots from the same counter (it would otherwise wait,
 * and a worker's start, loading and warming the linter, costs about as much as
 * a lot). Refused files (already VFiles with their fatal message) are linted
 * in this thread, as `--jobs 1` lints them.
 */
export async function inWorkers(
  settings: EngineOptions,
  files: Array<string | VFile>,
  keep: Keep,
  own: (text: string) => string,
  jobs: Jobs & {count: number},
  take: (lot: Linted) => Promise<void>
): Promise<void> {
  const lots: Array<Array<string | VFile>> = []
  const size = lotSize(files.length, jobs.count)
  for (let start = 0; start < files.length; start += size) lots.push(files.slice(start, start + size))
  const results: Array<Linted | undefined> = Array.from({length: lots.length})
  let next = 0
  let taking = Promise.resolve()
  let failure: {error: unknown} | undefined
  const here: number[] = []
  const queue: number[] = []
  lots.forEach((lot, index) => (lot.every((file) => typeof file === 'string') ? queue : here).push(index))
  // The number of lots of `queue` taken so far, by any thread; past its end, none is left.
  const taken = new Int32Array(new SharedArrayBuffer(4))
  const claim = (): number | undefined => {
    const at = Atomics.add(taken, 0, 1)
    return at < queue.length ? queue[at] : undefined
  }
  const answer = (index: number, result: Linted): void => {
    results[index] = result
    // Handed on in order, each lot's files let go once taken.
    taking = taking
      .then(async () => {
        for (let lot = results[next]; lot !== undefined && !failure; lot = results[next]) {
          results[next++] = undefined
          await take(lot)
        }
      })
      .catch((error: unknown) => {
        // The first failure ends the run: no lot more is taken, and it is thrown once the workers are done.
        failure ??= {error}
        Atomics.store(taken, 0, queue.length)
      })
  }

  const url = new URL('./worker.js', import.meta.url)
  const shared: WorkerLots = {taken, lots: queue.map((index) => lots[index] as string[])}
  const workers = Array.from(
    {length: Math.min(jobs.count - 1, queue.length)},
    () => new Worker(url, {workerData: {argv: jobs.argv, keep, ...shared}, stdout: false, stderr: false})
  )
  const work = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        let done = false
        worker.on('message', (reply: Answer | {done: true}) => {
          if ('done' in reply) {
            done = true
            return resolve()
          }
          answer(queue[reply.id], {
            error: reply.error === undefined ? undefined : new Error(reply.error),
            code: reply.code,
            files: reply.files.map((file) => unpackFile(file, own))
          })
        })
        worker.on('error', reject)
        worker.on('exit', (status) => {
          if (!done) reject(new Error(`a lint worker stopped (exit ${status})`))
        })
      })
  )
  const lintHere = async (index: number): Promise<void> => {
    const result = await lintBatch({...settings, reporter: () => ''}, lots[index])
    answer(index, {...result, files: result.files.map((file) => withoutText(file, keep, own))})
  }
  try {
    for (const index of here) await lintHere(index)
    for (let index = claim(); index !== undefined; index = claim()) await lintHere(index)
    await Promise.all(work)
    await taking
    if (failure) throw failure.error
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/**
 * What every worker is given: the lots it may take (those of paths only, in order), and the counter of lots
 * taken that all threads share. A worker answers each lot by its place among these (`Answer.id`).
 */
export interface WorkerLots {
  taken: Int32Array
  lots: string[][]
}
