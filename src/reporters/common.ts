/** What machine reports need of a file and a message: a relative path and a range. */
import path from 'node:path'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {SUPPRESSED} from '../core/control.js'
import {INPUT_RULE} from '../core/constants.js'

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

/**
 * A report made draft by draft, for runs too large to hold: each draft's part, in the order of the drafts, then
 * its end. A reporter that can be made so carries `streaming(options)`; joined, the parts are its report.
 */
export interface Streaming {
  file(file: VFile): string
  end(): string
}

/** A reporter over every draft of a run, and the same report draft by draft when it can make it so. */
export type Reporter = ((files: VFile[], options: unknown) => string | Promise<string>) & {
  streaming?: (options: unknown) => Streaming | undefined
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

/** The most characters of a draft a text report quotes per message. */
export const EXCERPT = 60

/** Excerpts kept by the CLI when it drops a draft's text (src/cli/run.ts, `keep: 'excerpts'`). */
export const flaggedExcerpts = new WeakMap<VFileMessage, string>()

/**
 * A short excerpt of the words `message` is on, whitespace collapsed, cut at a
 * word with "…" past `EXCERPT` characters; for a point (where text belongs),
 * the words that follow it, within their paragraph. Without the draft's text,
 * the message's `actual`. Empty when there is nothing to quote.
 */
export function excerptOf(file: VFile, message: VFileMessage): string {
  const kept = flaggedExcerpts.get(message)
  if (kept !== undefined) return kept
  const place = rangeOf(message)
  const text = String(file.value ?? '')
  let words = ''
  if (place && text && place.start.offset !== undefined) {
    const start = place.start.offset
    const end = place.end.offset ?? start
    if (end > start) words = text.slice(start, Math.min(end, start + EXCERPT * 4))
    else {
      words = text.slice(start, start + EXCERPT * 4)
      const paragraph = words.search(/\n[ \t]*\n/)
      if (paragraph >= 0) words = words.slice(0, paragraph)
    }
  } else if (message.actual) words = message.actual.slice(0, EXCERPT * 4)
  return shorten(words)
}

/** `text` with its whitespace collapsed, at most `EXCERPT` characters, cut at a word with "…". */
export function shorten(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/(?<![\s,;:])[\s,;:]+$/, '') + '…'
}

/** A message's level as reports name it. */
export function levelOf(message: VFileMessage): 'error' | 'warning' | 'info' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/**
 * Whether a message says its file could not be linted at all: a fatal message
 * from the engine (no rule: a missing or unreadable path, a config that does
 * not load, a crash) or from the input guard (not text, empty).
 */
export function couldNotLint(message: VFileMessage): boolean {
  return message.fatal === true && (message.ruleId === undefined || message.ruleId === INPUT_RULE)
}
