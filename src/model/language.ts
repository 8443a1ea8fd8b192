/**
 * The language of a release and of each of its blocks: English or French.
 * Québec issuers publish in French, often first, and some releases carry both
 * versions one after the other; each rule then checks each part in its own
 * language, and a French release gets its messages and fixes in French.
 *
 * A block's language is read from its function words (articles, prepositions,
 * conjunctions, pronouns), which every sentence has whatever it is about, and
 * which the two languages do not share. A block with too few of them (a
 * heading, a ticker, a table row of figures) takes the language of the text
 * it introduces.
 */
import type {Block} from './document.js'

export type Language = 'en' | 'fr'

export interface Languages {
  /** The language most of the release's words are in; for a bilingual release, the language of its first version. */
  release: Language
  /** Both languages hold a substantial share of the release (an English release followed by its French version). */
  bilingual: boolean
  /** The language of a block. */
  of(block: Block): Language
}

/** The function words counted for each language (exported for the tests' reference count). */
export const ENGLISH = new Set(
  'the of and to in for is are was were with that this on by from be has have its which will or an at as not their would shall'.split(
    ' '
  )
)
export const FRENCH = new Set(
  (
    'le la les des du de et est sont une un pour dans aux sur par avec que qui ce cette ces son sa ses leur leurs ' +
    'être été ont sera seront ou ne pas à où plus selon entre lors'
  ).split(' ')
)
/** French elisions: "l'exactitude", "d'une", "qu'elle", "n'acceptent", "s'est", "c'est", "j'ai". */
export const ELISION = /^(?:l|d|qu|n|s|c|j|jusqu|lorsqu|puisqu)'/

/** Words of a block, lower case (the normalized text is). Letters with accents count; digits and punctuation split. */
const isLetter = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0xff && code !== 0xf7) || code === 0x153
/** The longest function word without an apostrophe: longer words are not looked up. */
const LONGEST = Math.max(...[...ENGLISH, ...FRENCH].map((word) => word.length))

/**
 * The counts of English and French function words in a block. Its words are runs of letters, each with an
 * elided part ("l'exactitude"): `/[a-zà-öø-ÿœæ]+(?:'[a-zà-öø-ÿœæ]+)?/g`, read character by character (this runs on
 * every word of every draft).
 */
export function countWords(text: string): {en: number; fr: number} {
  let en = 0
  let fr = 0
  const length = text.length
  let i = 0
  while (i < length) {
    if (!isLetter(text.charCodeAt(i))) {
      i++
      continue
    }
    let end = i + 1
    while (end < length && isLetter(text.charCodeAt(end))) end++
    if (end + 1 < length && text.charCodeAt(end) === 39 && isLetter(text.charCodeAt(end + 1))) {
      // An elision: French when what comes before the apostrophe elides ("l'", "d'", "qu'", "jusqu'").
      let after = end + 2
      while (after < length && isLetter(text.charCodeAt(after))) after++
      if (ELISION.test(text.slice(i, end + 1))) fr++
      i = after
      continue
    }
    if (end - i <= LONGEST) {
      const word = text.slice(i, end)
      if (ENGLISH.has(word)) en++
      else if (FRENCH.has(word)) fr++
    }
    i = end
  }
  return {en, fr}
}

/** The language the counts tell, or undefined when there are too few function words or the two are close. */
function tell({en, fr}: {en: number; fr: number}): Language | undefined {
  if (en + fr < 2) return undefined
  if (fr > en * 1.5) return 'fr'
  if (en > fr * 1.5) return 'en'
  return undefined
}

/** The language of one text on its own, or undefined when it has too few function words to tell. */
export const languageOf = (text: string): Language | undefined => tell(countWords(text))

/** The languages of a release's blocks. */
export function detectLanguages(blocks: Block[]): Languages {
  const own: (Language | undefined)[] = []
  let en = 0
  let fr = 0
  for (const block of blocks) {
    const counts = countWords(block.norm.text)
    en += counts.en
    fr += counts.fr
    own.push(tell(counts))
  }
  const minority = Math.min(en, fr)
  const bilingual = minority >= 40 && minority / (en + fr) >= 0.25
  // A bilingual release speaks first in the language of its first version (its headline and lead): a finding owed
  // once per release is told in it. French takes more function words to say the same, so counting would give French.
  const release: Language =
    (bilingual ? own.find((language) => language !== undefined) : undefined) ?? (fr > en ? 'fr' : 'en')
  // A block that cannot tell (a heading, a row of figures) takes the language of the next block that can, as a
  // heading is read with the text below it; the last ones (a contact line, "-30-") take the one before.
  const next: (Language | undefined)[] = new Array(blocks.length)
  let following: Language | undefined
  for (let i = blocks.length - 1; i >= 0; i--) next[i] = following = own[i] ?? following
  const resolved = new Map<Block, Language>()
  let previous: Language | undefined
  for (let i = 0; i < blocks.length; i++) {
    previous = own[i] ?? next[i] ?? previous ?? release
    resolved.set(blocks[i], previous)
  }
  return {release, bilingual, of: (block) => resolved.get(block) ?? release}
}
