/**
 * One batch of drafts through unified-engine, and what a linted draft keeps
 * until the report: the same steps in the main thread (run.ts) and in a lint
 * worker (worker.ts).
 */
import {engine, type Options as EngineOptions} from 'unified-engine'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import {SUPPRESSED} from '../core/control.js'
import {excerptOf, flaggedExcerpts, flaggedWords, rangeOf, shorten, wordsOf} from '../reporters/common.js'

/**
 * Drafts linted at a time. unified-engine holds every file of a run (its text,
 * tree and model) until the last one is linted; in batches, at most this many
 * are held (in a worker of `--jobs` too: see `lotSize`), and a linted draft
 * keeps only its messages (its text too when the reporter may read it). The
 * report is made once, at the end, over every draft: the same report, sorted
 * and aligned as a single run makes it.
 */
export const BATCH = 100

/** One run of the engine: its status and files (a batch's report, when it has a reporter of its own). */
export function lintBatch(
  settings: EngineOptions,
  files: Array<string | VFile>
): Promise<{error?: Error; code: number; files: VFile[]}> {
  return new Promise((resolve) => {
    engine({...settings, files}, (error, code, context) => {
      resolve({error: error ?? undefined, code: code ?? 0, files: context?.files ?? []})
    })
  })
}

/**
 * One copy of each text the messages of a run hold. Most are the same in
 * every draft (a citation, the fixing text of a missing statement); text taken
 * from a draft (a quote in a reason) may be held by V8 as a slice of the whole
 * draft, which would keep the draft alive: each is copied once.
 */
export function interner(): (text: string) => string {
  const pool = new Map<string, string>()
  return (text) => {
    let kept = pool.get(text)
    if (kept === undefined) {
      kept = Buffer.from(text, 'utf8').toString('utf8')
      pool.set(kept, kept)
    }
    return kept
  }
}

/**
 * What a linted draft keeps until the report: its text (HTML), the words its
 * messages are on (SARIF), a short excerpt of them (the text report: at most
 * `EXCERPT` characters a message), or neither.
 */
export type Keep = 'text' | 'words' | 'excerpts' | 'messages'

/**
 * A linted draft without its text (see `Keep`): its messages, holding nothing
 * of the draft's tree, nor of its text unless the report reads it.
 */
export function withoutText(file: VFile, keep: Keep, own: (text: string) => string): VFile {
  // The findings suppression comments waived are reported too (SARIF: suppressed results), the same way.
  const waived =
    file.data[SUPPRESSED]?.map((entry) => {
      if (entry.justification) entry.justification = own(entry.justification)
      return entry.message
    }) ?? []
  for (const message of [...file.messages, ...waived]) {
    if (keep === 'words' && rangeOf(message)) flaggedWords.set(message, own(wordsOf(file, message)))
    if (keep === 'excerpts') {
      // Most messages quote the words they are on as `actual`, which they keep anyway: the excerpt is read from it.
      const excerpt = excerptOf(file, message)
      if (!message.actual || shorten(message.actual) !== excerpt) flaggedExcerpts.set(message, own(excerpt))
    }
    message.reason = own(message.reason)
    message.message = own(message.message)
    message.name = own(message.name)
    if (message.note) message.note = own(message.note)
    if (message.actual) message.actual = own(message.actual)
    if (message.expected) message.expected = message.expected.map(own)
    // A trace (`--verbose`) needs the types and places of the nodes, not the tree they hold.
    if (message.ancestors) {
      message.ancestors = message.ancestors.map((node) => {
        const light: Record<string, unknown> = {type: node.type, position: node.position}
        for (const key of ['name', 'tagName'])
          if (key in node) light[key] = (node as unknown as Record<string, unknown>)[key]
        return light as unknown as Node
      })
    }
  }
  // The HTML report (and a reporter of someone else's) reads the text: it stays, the tree does not.
  if (keep !== 'text') file.value = ''
  return file
}
