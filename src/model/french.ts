/**
 * French words in patterns. JavaScript's `\b` knows ASCII letters only: before "étude" or after "intersecté" it
 * finds no boundary, so a French word list is wrapped in letter lookarounds instead ("é" and "œ" are letters of
 * the word). Normalized text is lower case; accents may be dropped by copy, so patterns write `[ée]`.
 */

/** A French letter, lower case (normalized text is). */
export const LETTER = String.raw`a-z\u00e0-\u00ff\u0153\u00e6`

/** `(?<!letter)(?:a|b|c)(?!letter)`: one of `words`, as whole French words. */
export const frenchWords = (words: readonly string[]): string =>
  String.raw`(?<![${LETTER}])(?:${words.join('|')})(?![${LETTER}])`
