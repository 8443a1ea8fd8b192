declare module 'vfile' {
  interface DataMap {
    /** Set by the input guard when the rules must not run on this file. */
    disclosureLintSkip: boolean
  }
}
export {}
