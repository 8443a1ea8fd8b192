/** What machine reports need of a file and a message: a relative path and a range. */
import path from 'node:path'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {SUPPRESSED} from '../core/control.js'

/** The file's path relative to the folder the command ran in, with forward slashes. */
export function relativePath(file: VFile): string {
  return path
    .relative(file.cwd, path.resolve(file.cwd, file.path ?? ''))
    .split(path.sep)
    .join('/')
}

/**
 * The words a message is about, kept by the CLI when it drops a draft's text
 * once the draft is linted (src/cli/run.ts): a run of 100,000 drafts keeps
 * their messages, not their text.
 */
export const flaggedWords = new WeakMap<VFileMessage, string>()

/** The words of the draft `message` is on, as written (empty without a range). */
export function wordsOf(file: VFile, message: VFileMessage): string {
  const kept = flaggedWords.get(message)
  if (kept !== undefined) return kept
  const place = rangeOf(message)
  return place ? String(file.value ?? '').slice(place.start.offset ?? 0, place.end.offset ?? 0) : ''
}

/** The message's range (a point is a range of no width), if it has a place. */
export function rangeOf(message: VFileMessage): {start: Point; end: Point} | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? (place as Position) : {start: place, end: place}
}

/** How many findings suppression comments waived in `files` (each kept, with its reason, by comment control). */
export function waivedCount(files: readonly VFile[]): number {
  return files.reduce((sum, file) => sum + (file.data[SUPPRESSED]?.length ?? 0), 0)
}

/** The report's line for them: "2 findings waived by suppression comments" (empty when none). */
export function waivedLine(files: readonly VFile[]): string {
  const count = waivedCount(files)
  return count === 0 ? '' : `${count} finding${count === 1 ? '' : 's'} waived by suppression comments`
}
