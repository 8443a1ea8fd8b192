/**
 * A lint worker of `--jobs` (jobs.ts): builds the engine settings from the
 * command line's flags as the main thread does (settings.ts), then lints each
 * lot of drafts it is sent as one batch (batch.ts) and sends back each draft
 * as the main thread would keep it.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {lintBatch, withoutText, type Keep} from './batch.js'
import {packFile, type Answer} from './jobs.js'
import {engineSettings, parseFlags} from './settings.js'

const {argv, keep} = workerData as {argv: string[]; keep: Keep}
const settings = {...engineSettings(await parseFlags(argv)), reporter: () => ''}
// What a worker sends is copied into the main thread, which keeps each shared text once: none is pooled here.
const own = (text: string): string => text

parentPort!.on('message', ({id, files}: {id: number; files: string[]}) => {
  lintBatch(settings, files).then(
    (result) => {
      const answer: Answer = {
        id,
        error: result.error ? result.error.message : undefined,
        code: result.code,
        files: result.files.map((file) => packFile(withoutText(file, keep, own)))
      }
      parentPort!.postMessage(answer)
    },
    (error: unknown) =>
      parentPort!.postMessage({id, error: String((error as Error)?.message ?? error), code: 2, files: []})
  )
})
