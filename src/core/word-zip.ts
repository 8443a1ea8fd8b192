/**
 * The parts of a Word draft's ZIP, read from its central directory (stored or deflated), and the same ZIP written
 * again with some parts replaced. Words in wrappers mammoth does not read are unwrapped this way (word.ts) before
 * mammoth reads the draft; the page header is read from it (word-headers.ts).
 */
import {inflateRawSync} from 'node:zlib'

/** An entry of the central directory. */
export interface Entry {
  method: number
  crc: number
  size: number
  compressed: number
  local: number
  /** Where the central directory's record of it is, and how long (its name and fields included). */
  record: number
  recordLength: number
}

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

/** The ZIP's entries by name (none when its directory cannot be read). */
export function entries(bytes: Uint8Array): Map<string, Entry> {
  const found = new Map<string, Entry>()
  const decoder = new TextDecoder()
  for (const {view, at, length} of records(bytes)) {
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true)))
    found.set(name, {
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      local: view.getUint32(at + 42, true),
      record: at,
      recordLength: length
    })
  }
  return found
}

/** Where an entry's data starts, past its local header; undefined when that header is not there. */
function dataStart(bytes: Uint8Array, entry: Entry): number | undefined {
  if (entry.local + 30 > bytes.length) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(entry.local, true) !== 0x04034b50) return undefined
  return entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true)
}

/** The text of the part `name` (stored or deflated), undefined when absent, larger than `limit` or unreadable. */
export function part(bytes: Uint8Array, zip: Map<string, Entry>, name: string, limit: number): string | undefined {
  const entry = zip.get(name)
  if (!entry || entry.size > limit) return undefined
  const start = dataStart(bytes, entry)
  if (start === undefined) return undefined
  const data = bytes.subarray(start, start + entry.compressed)
  try {
    if (entry.method === 0) return new TextDecoder().decode(data)
    if (entry.method === 8) return new TextDecoder().decode(inflateRawSync(data, {maxOutputLength: limit}))
  } catch {
    return undefined
  }
  return undefined
}

const CRC_TABLE = Int32Array.from({length: 256}, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c
})

function crc32(data: Uint8Array): number {
  let crc = -1
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ -1) >>> 0
}

/**
 * The ZIP `bytes` with the parts in `replaced` (name → new text) stored anew; every other entry's data copied as it
 * is. Undefined when an entry's data cannot be found (the ZIP is then read as it is, and mammoth says what is wrong).
 */
export function rezip(bytes: Uint8Array, zip: Map<string, Entry>, replaced: Map<string, string>): Buffer | undefined {
  const out: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const [name, entry] of zip) {
    const start = dataStart(bytes, entry)
    if (start === undefined || start + entry.compressed > bytes.length) return undefined
    const text = replaced.get(name)
    const data = text === undefined ? bytes.subarray(start, start + entry.compressed) : Buffer.from(text, 'utf8')
    const method = text === undefined ? entry.method : 0
    const crc = text === undefined ? entry.crc : crc32(data)
    const size = text === undefined ? entry.size : data.length
    const nameBytes = Buffer.from(name, 'utf8')
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    out.push(local, nameBytes, Buffer.from(data.buffer, data.byteOffset, data.byteLength))
    const record = Buffer.alloc(46)
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt16LE(20, 4)
    record.writeUInt16LE(20, 6)
    record.writeUInt16LE(method, 10)
    record.writeUInt32LE(crc, 16)
    record.writeUInt32LE(data.length, 20)
    record.writeUInt32LE(size, 24)
    record.writeUInt16LE(nameBytes.length, 28)
    record.writeUInt32LE(offset, 42)
    directory.push(record, nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const central = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(zip.size, 8)
  end.writeUInt16LE(zip.size, 10)
  end.writeUInt32LE(central.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...out, central, end])
}
