/** What machine reports need of a file and a message: a relative path and a range. */
import path from 'node:path'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/** The file's path relative to the folder the command ran in, with forward slashes. */
export function relativePath(file: VFile): string {
  return path
    .relative(file.cwd, path.resolve(file.cwd, file.path ?? ''))
    .split(path.sep)
    .join('/')
}

/** The message's range (a point is a range of no width), if it has a place. */
export function rangeOf(message: VFileMessage): {start: Point; end: Point} | undefined {
  const place = message.place
  if (!place) return undefined
  return 'start' in place ? (place as Position) : {start: place, end: place}
}
