/**
 * The big-document worker: documents over `BIG_DOCUMENT` are linted here, off
 * the thread that speaks LSP, so a 5 MB draft does not hold up the
 * diagnostics of the small drafts open beside it.
 */
import {parentPort} from 'node:worker_threads'
import {lint, type LintJob} from './lint.js'

parentPort!.on('message', ({id, job}: {id: number; job: LintJob}) => {
  lint(job).then(
    (diagnostics) => parentPort!.postMessage({id, diagnostics}),
    (error: unknown) => parentPort!.postMessage({id, error: String((error as Error)?.message ?? error).split('\n')[0]})
  )
})
