/**
 * A Word draft's ZIP: the sizes its central directory declares, walked here before anything is unpacked (word.ts
 * refuses a draft that would unpack to more than a news release could), and its parts read and written again with
 * JSZip, the ZIP library mammoth itself reads drafts with (loaded on the first Word draft of a run).
 */
import type JSZip from 'jszip'

/**
 * Each record of the ZIP's central directory, in order, with where it is and how long it is (its name and fields
 * included): none when the directory cannot be read, and up to the first that is not a record.
 */
export function* records(bytes: Uint8Array): Generator<{view: DataView; at: number; length: number}> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record: within the last 64 KiB and 22 bytes (its comment is at most 65,535).
  let end = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at
      break
    }
  }
  if (end < 0) return
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return
    const length = 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    yield {view, at, length}
    at += length
  }
}

/** The draft's ZIP, opened (undefined when it cannot be read: mammoth then says what is wrong). */
export async function openZip(bytes: Uint8Array): Promise<JSZip | undefined> {
  const {default: zip} = await import('jszip')
  try {
    return await zip.loadAsync(bytes)
  } catch {
    return undefined
  }
}

/** The text of the part `name` (UTF-8), undefined when absent or unreadable. */
export async function part(zip: JSZip, name: string): Promise<string | undefined> {
  const file = zip.file(name)
  if (!file) return undefined
  try {
    return await file.async('string')
  } catch {
    return undefined
  }
}

/** The ZIP again, with the parts in `replaced` (name → new text) written anew and every other part as it was. */
export async function rezip(zip: JSZip, replaced: Map<string, string>): Promise<Uint8Array> {
  for (const [name, text] of replaced) zip.file(name, text)
  return zip.generateAsync({type: 'uint8array', compression: 'DEFLATE'})
}
