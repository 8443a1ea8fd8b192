/**
 * `--fix` and `--fix-dry-run`: each finding's one `expected` text, applied to
 * the draft as written. The edits go into the source text (never a
 * re-serialised tree): every byte outside them stays as it was (line endings,
 * a byte-order mark, UTF-16, trailing white space), and the lines a fix adds
 * end as the draft's lines do (CRLF in a CRLF draft). Edits that overlap or
 * touch are not applied together: the first is, and the draft is linted
 * again with it, up to `PASSES` times, until no fix applies (as ESLint does),
 * so a second `--fix` changes nothing. The fixed draft replaces the old one
 * atomically (a temporary file in the same folder, flushed to disk, renamed
 * over it, with the draft's mode); `--fix-dry-run` prints the change as a
 * unified diff instead and writes nothing.
 *
 * What is applied: a finding of ours whose `expected` holds exactly one text,
 * on a range of the draft, that changes it and removes nothing without
 * replacing it (an empty `expected` — "remove this" — is left to the author),
 * and that is not a suggestion (a figure that may be the wrong one, a price
 * below the minimum: the author decides; see `isSuggestion`). Only plain-text
 * drafts are written (`.md`, `.markdown`, `.txt`, …); any other file is linted
 * and never touched.
 */
import fs from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import {engine, type Options as EngineOptions} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {SOURCE} from '../core/constants.js'
import {COMMENT_RULE} from '../core/control.js'
import {decodeDraft, encodeWindows1252} from '../core/decode.js'
import {isSuggestion} from '../core/rule.js'
import {unifiedDiff} from './diff.js'
import {say} from './fail.js'

/** How often a draft is linted again with the fixes of the last pass (ESLint: 10). */
export const PASSES = 10

/** The extensions of drafts `--fix` may write: plain text only (a Word file is never written). */
export const WRITABLE = new Set(['.md', '.markdown', '.mdown', '.mkdn', '.mkd', '.txt', '.text'])

/** Drafts fixed at a time (each is held, text and tree, until its last pass). */
const BATCH = 100

/** One edit of the draft's text: replace `start`–`end` (an insertion where they are equal) by `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** The edit a message calls for, if it is one `--fix` applies (see the module comment). */
export function editOf(message: VFileMessage, value: string): Edit | undefined {
  if (message.source !== SOURCE || !message.ruleId || message.ruleId === COMMENT_RULE) return undefined
  if (message.expected?.length !== 1 || isSuggestion(message)) return undefined
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined || start > end || end > value.length) return undefined
  const text = message.expected[0]
  if (text === '' || value.slice(start, end) === text) return undefined
  return {start, end, text}
}

/** The edits of `messages` that apply together: in order of place, each after the end of the one before. */
export function editsOf(messages: readonly VFileMessage[], value: string): Edit[] {
  const all = messages.flatMap((message) => editOf(message, value) ?? [])
  all.sort((a, b) => a.start - b.start || a.end - b.end)
  const chosen: Edit[] = []
  for (const edit of all) {
    const last = chosen.at(-1)
    // Overlapping or touching (two insertions at one point): the next pass decides, on the fixed text.
    if (last && edit.start <= last.end) continue
    chosen.push(edit)
  }
  return chosen
}

/** `value` with `edits` (sorted, apart) applied. */
export function applyEdits(value: string, edits: readonly Edit[]): string {
  let result = ''
  let at = 0
  for (const edit of edits) {
    result += value.slice(at, edit.start) + edit.text
    at = edit.end
  }
  return result + value.slice(at)
}

/** A draft being fixed: its bytes as read, how they encode its text, and its text now. */
interface Draft {
  /** As the engine and the report name it. */
  name: string
  /** The file itself (a symlink resolved: the link stays a link). */
  real: string
  bytes: Buffer
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'
  bom: boolean
  original: string
  text: string
  applied: number
  /** A fix's text with the draft's line endings (a CRLF draft gets CRLF lines). */
  eol: (text: string) => string
}

export interface FixOptions {
  /** Write the fixed drafts (`--fix`), or print the diff and write nothing (`--fix-dry-run`). */
  write: boolean
  /** Whether to say on stderr which drafts were fixed. */
  notes?: boolean
}

/**
 * Fix the drafts `files` names (paths as `findDrafts` gives them; others are
 * left alone), before the run that reports what remains.
 */
export async function fixDrafts(settings: EngineOptions, files: ReadonlyArray<string | VFile>, options: FixOptions) {
  const cwd = settings.cwd ? String(settings.cwd) : process.cwd()
  const names = files.filter(
    (file): file is string => typeof file === 'string' && WRITABLE.has(path.extname(file).toLowerCase())
  )
  for (let from = 0; from < names.length; from += BATCH) {
    const drafts = names.slice(from, from + BATCH).flatMap((name) => read(name, cwd) ?? [])
    let pending = drafts
    for (let pass = 0; pass < PASSES && pending.length > 0; pass++) {
      const linted = await lint(settings, pending)
      pending = pending.filter((draft, index) => {
        const file = linted[index]
        if (!file || file.messages.some((message) => message.fatal && !message.ruleId)) return false
        const edits = editsOf(file.messages, draft.text)
          .map((edit) => ({...edit, text: draft.eol(edit.text)}))
          .filter((edit) => draft.text.slice(edit.start, edit.end) !== edit.text)
        if (edits.length === 0) return false
        const next = applyEdits(draft.text, edits)
        // A Windows-1252 draft takes only fixes it can hold (its bytes have no "≤"): the others are left to report.
        if (draft.encoding === 'windows-1252' && !encodeWindows1252(next)) return false
        draft.text = next
        draft.applied += edits.length
        return true
      })
    }
    for (const draft of drafts) {
      if (draft.text === draft.original) continue
      if (options.write) {
        write(draft)
        if (options.notes !== false) {
          say(`disclosure-lint: fixed ${draft.name} (${draft.applied} fix${draft.applied === 1 ? '' : 'es'})`)
        }
      } else {
        process.stdout.write(unifiedDiff(draft.original, draft.text, relative(cwd, draft.real, draft.name)))
      }
    }
  }
}

function relative(cwd: string, real: string, name: string): string {
  const shown = path.isAbsolute(name) ? path.relative(cwd, real) : name
  return shown.split(path.sep).join('/')
}

/** The draft's bytes and text, or undefined where it is not one we can write (the lint says why). */
function read(name: string, cwd: string): Draft | undefined {
  let real: string
  let bytes: Buffer
  try {
    real = fs.realpathSync(path.resolve(cwd, name))
    if (!fs.statSync(real).isFile()) return undefined
    bytes = fs.readFileSync(real)
  } catch {
    return undefined
  }
  const decoded = decodeDraft(bytes, path.extname(name))
  if ('reason' in decoded) return undefined
  const bom =
    decoded.encoding.startsWith('utf-16') ||
    (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
  const text = decoded.text
  const crlf = text.split('\r\n').length - 1
  const eol = crlf > 0 && crlf >= text.split('\n').length - 1 - crlf ? toCrlf : (edit: string) => edit
  return {name, real, bytes, encoding: decoded.encoding, bom, original: text, text, applied: 0, eol}
}

const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n')

/** The text in the draft's own encoding, with its byte-order mark if it had one. */
function encode(draft: Draft, text: string): Buffer {
  if (draft.encoding === 'windows-1252') {
    // Every character a fix writes (curly quotes, dashes, accents) has its byte; one that had none would be lost.
    const bytes = encodeWindows1252(text)
    if (!bytes)
      throw new Error(`${draft.name}: a fix holds a character Windows-1252 cannot write; save the draft as UTF-8`)
    return Buffer.from(bytes)
  }
  if (draft.encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8')
    return draft.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body
  }
  const body = Buffer.from(text, 'utf16le')
  if (draft.encoding === 'utf-16be') body.swap16()
  return Buffer.concat([Buffer.from(draft.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]), body])
}

/** Lint the drafts' current text (as bytes, decoded as from disk) with the run's config; no report. */
function lint(settings: EngineOptions, drafts: Draft[]): Promise<VFile[]> {
  const cwd = settings.cwd ? String(settings.cwd) : process.cwd()
  const files = drafts.map(
    (draft) => new VFile({path: path.resolve(cwd, draft.name), cwd, value: encode(draft, draft.text)})
  )
  return new Promise((resolve, reject) => {
    engine(
      {...settings, files, reporter: () => '', out: false, output: false, treeOut: false, inspect: false, quiet: true},
      (error) => (error ? reject(error) : resolve(files))
    )
  })
}

/**
 * Replace the draft by its fixed text, atomically: a temporary file beside it
 * (same folder, so the rename is atomic), the draft's mode, flushed to disk,
 * renamed over it. A draft changed on disk since it was read is left alone.
 */
function write(draft: Draft): void {
  const current = fs.readFileSync(draft.real)
  if (!current.equals(draft.bytes)) throw new Error(`${draft.name} changed while it was being fixed; run --fix again`)
  const mode = fs.statSync(draft.real).mode & 0o7777
  const folder = path.dirname(draft.real)
  const temporary = path.join(folder, `.${path.basename(draft.real)}.${process.pid}.disclosure-lint-fix`)
  const fd = fs.openSync(temporary, 'wx', mode)
  try {
    try {
      fs.fchmodSync(fd, mode)
      fs.writeSync(fd, encode(draft, draft.text))
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(temporary, draft.real)
  } catch (error) {
    fs.rmSync(temporary, {force: true})
    throw error
  }
  // The rename itself, on disk (best effort: not every system opens a folder).
  try {
    const folderFd = fs.openSync(folder, 'r')
    try {
      fs.fsyncSync(folderFd)
    } finally {
      fs.closeSync(folderFd)
    }
  } catch {
    // Nothing more to do.
  }
}
