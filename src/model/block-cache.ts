/**
 * What the model reads of a block that depends on its text alone, kept from
 * one lint of a document to the next: an editor re-lints a 50 KB draft on
 * every edit, and normalizing and splitting into sentences the paragraphs
 * that did not change is most of reading it again. The language server owns
 * one cache per open document and hands it in with the file
 * (`file.data.disclosureLintBlocks`); the CLI lints each draft once and has
 * none.
 *
 * A block is found again by its kind and text (as written). Its normalized
 * text and sentence bounds are those of its text; its source offsets move
 * with the edits before it, so an entry is reused only when every source
 * offset of the block moved by the same amount, and the normalized offsets
 * are those moved by that amount. `normalize` places a space that stands for
 * white space one offset before the character after it, clamped at 0: a
 * block whose offsets include 0 is reused only where it did not move (a
 * guard: no such space is known to reach 0). The result is the block a fresh
 * read gives (property tests check it).
 */
import type {Normalized} from './text.js'

declare module 'vfile' {
  interface DataMap {
    /** The language server's block cache for this document (see block-cache.ts). */
    disclosureLintBlocks: BlockCache
  }
}

/** A block read once: its normalized text and sentence bounds, and the source offsets it was read at. */
interface Entry {
  /** Source offsets of the text as written, as read. */
  raw: Int32Array
  /** Whether every offset in `raw` is at least 1. */
  positive: boolean
  norm: Normalized
  bounds: Array<[number, number]>
}

/** What a block's text gives: computed on a miss. */
export interface BlockReading {
  norm: Normalized
  bounds: Array<[number, number]>
}

export class BlockCache {
  private entries = new Map<string, Entry>()
  private next = new Map<string, Entry>()
  /** Reads computed and reads reused since the cache was made: for tests. */
  computed = 0
  reused = 0

  /**
   * The normalized text and sentence bounds of a block of `kind` with `text` and the source offsets `raw`:
   * reused from the last read of the document when the block was there, else `compute()`d.
   */
  read(kind: string, text: string, raw: Int32Array, compute: () => BlockReading): BlockReading {
    const key = kind + '\n' + text
    const entry = this.next.get(key) ?? this.entries.get(key)
    if (entry && entry.raw.length === raw.length && raw.length > 0) {
      const delta = raw[0] - entry.raw[0]
      let same = true
      let positive = true
      for (let i = 0; i < raw.length && same; i++) {
        same = raw[i] - entry.raw[i] === delta
        if (raw[i] < 1) positive = false
      }
      if (same && (delta === 0 || (positive && entry.positive))) {
        this.reused++
        this.next.set(key, entry)
        return {norm: moved(entry.norm, delta), bounds: entry.bounds.map(([from, to]) => [from, to])}
      }
    }
    const reading = compute()
    this.computed++
    let positive = true
    for (let i = 0; i < raw.length && positive; i++) if (raw[i] < 1) positive = false
    const own: Entry = {
      raw: Int32Array.from(raw),
      positive,
      norm: reading.norm,
      bounds: reading.bounds.map(([from, to]) => [from, to])
    }
    this.next.set(key, own)
    return reading
  }

  /** A document read: keep what it used (the blocks it has now), forget the rest. */
  done(): void {
    this.entries = this.next
    this.next = new Map()
  }
}

/**
 * `norm` with its source offsets moved by `delta`: a new object, sharing the arrays that do not change (nothing
 * writes to a model's offsets or starts once read).
 */
function moved(norm: Normalized, delta: number): Normalized {
  if (delta === 0) return {text: norm.text, offsets: norm.offsets, starts: norm.starts}
  const offsets = Int32Array.from(norm.offsets as Int32Array)
  for (let i = 0; i < offsets.length; i++) offsets[i] += delta
  return {text: norm.text, offsets, starts: norm.starts}
}
