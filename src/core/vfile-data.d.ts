import type {Suppressed} from './control.js'
import type {WordPlace} from './word-places.js'

declare module 'vfile' {
  interface DataMap {
    /** Set by the input guard when the rules must not run on this file. */
    disclosureLintSkip: boolean
    /** Set by the decoder (decode.ts) when the file is not a draft it can read: the reason. */
    disclosureLintUnreadable: string
    /** Set by comment control: the findings suppression comments waived, each with its reason. */
    disclosureLintSuppressed: Suppressed[]
    /** Set by the decoder on a Word draft (.docx) until it is read: its bytes. */
    disclosureLintWordBytes: Uint8Array
    /** Set by the decoder on a Word draft once read: where each paragraph's text is (word-places.ts). */
    disclosureLintWordPlaces: WordPlace[]
  }
}
export {}
