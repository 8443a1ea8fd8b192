/**
 * A lint worker of `--jobs` (jobs.ts): builds the engine settings from the
 * command line's flags as the main thread does (settings.ts), then takes lots
 * of drafts from the counter all threads share until none is left, lints each
 * as one batch (batch.ts) and sends back each draft as the main thread would
 * keep it; then says it is done.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {lintBatch, withoutText, type Keep} from './batch.js'
import {packFile, type Answer, type WorkerLots} from './jobs.js'
import {engineSettings, parseFlags} from './settings.js'

const {argv, keep, taken, lots} = workerData as {argv: string[]; keep: Keep} & WorkerLots
const settings = {...engineSettings(await parseFlags(argv)), reporter: () => ''}
// What a worker sends is copied into the main thread, which keeps each shared text once: none is pooled here.
const own = (text: string): string => text

for (let id = Atomics.add(taken, 0, 1); id < lots.length; id = Atomics.add(taken, 0, 1)) {
  let answer: Answer
  try {
    const result = await lintBatch(settings, lots[id])
    answer = {
      id,
      error: result.error ? result.error.message : undefined,
      code: result.code,
      files: result.files.map((file) => packFile(withoutText(file, keep, own)))
    }
  } catch (error) {
    answer = {id, error: String((error as Error)?.message ?? error), code: 2, files: []}
  }
  parentPort!.postMessage(answer)
}
parentPort!.postMessage({done: true})
