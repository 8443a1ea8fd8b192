/**
 * Each estimate's own effective date (NI 43-101 s.3.4: the effective date of each estimate). A release may state
 * several estimates (the project's, a second deposit's in the About paragraph): the date of one is not the date of
 * another. An estimate's date is one in its own paragraph, or one stated for the same deposit or project, which is
 * read from the names the two passages give ("the Rainbow deposit", "the Coffee Gold Project", « le gisement
 * Boréal »). Where the estimate names nothing, or the dated passage names nothing, the release's date is taken for
 * it (as a reader would); only an estimate of a named deposit that no dated passage names lacks its date.
 */
import type {Block, Sentence} from './document.js'
import type {Span} from './text.js'
import {LIMITS} from './vocabulary.js'
import {pattern} from './pattern.js'

/** What a deposit or project is called before its head noun: "Pt. Leamington", "Coffee Gold", "Supremo Extension". */
const NAME = String.raw`(?:\p{Lu}[\p{L}\d'’.-]{0,24} ){1,4}`
/** A head noun in either case (the `i` flag would make `\p{Lu}` match any letter). */
const head = (words: string[]) => words.map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')
/** English: a name before its head noun ("the Rainbow deposit", "Pt. Leamington Mineral Resource Estimate"). */
const NAMED = pattern(
  String.raw`(${NAME})(?:${head(['deposits?', 'projects?', 'property', 'properties', 'mine', 'zones?', 'prospects?'])}` +
    String.raw`|[Mm]ineral [Rr]esources?|MRE)(?![\p{L}])`,
  'gu'
)
/** French: the head noun first (« le gisement Boréal », « du projet Lac-Noir », « la propriété Cèdre »). */
const NAMED_FR = pattern(
  String.raw`(?<![\p{L}])(?:${head(['gisements?', 'projets?', 'propri[ée]t[ée]s?', 'indices?', 'secteurs?'])}) ` +
    String.raw`(?:de |du |des |d['’])?((?:\p{Lu}[\p{L}\d'’.-]{0,24}[ -]?){1,4})`,
  'gu'
)
/** Words of a name that do not tell one deposit from another (articles, the issuer, metals, categories). */
const GENERIC = new Set(
  (
    "the a an its our this that their company company’s company's corporation corp inc ltd issuer ni updated " +
    'new current existing maiden initial total global combined gold copper silver zinc nickel lead cobalt lithium ' +
    'uranium tungsten graphite mineral minerals resource resources estimate measured indicated inferred probable ' +
    'proven pit open underground constrained phase deposit project property mine zone prospect le la les du de des'
  ).split(' ')
)

/** The distinctive words of the names a text gives ("pt. leamington" → pt, leamington). */
export function namesIn(text: string): Set<string> {
  const words = new Set<string>()
  // The English pattern needs a capital letter: it is read on the raw text, not the normalized one.
  for (const re of [NAMED, NAMED_FR]) {
    re.lastIndex = 0
    for (const match of text.matchAll(re)) {
      for (const word of match[1].toLowerCase().split(/[\s.]+/)) {
        const bare = word.replace(/['’]s$/, '').replace(/^[-'’]+|(?<![-'’])[-'’]+$/g, '')
        if (bare.length >= 2 && !GENERIC.has(bare) && !/^\d+$/.test(bare)) words.add(bare)
      }
    }
  }
  return words
}

const meets = (a: Set<string>, b: Set<string>) => [...a].some((word) => b.has(word))

/** A dated passage: the block that states an effective date, where (the words), and the names it or its heading gives. */
export interface Dated extends Span {
  block: Block
  names: Set<string>
  /**
   * The one kind of estimate its date is said of, where the words before it name it ("The Mineral Resources, effective
   * June 30, 2026, are …": the resources' date, not the reserves' stated beside them).
   */
  only?: 'resources' | 'reserves'
}

/**
 * What the words right before a date (the last 60 characters of `before`, cut at the last stop) say it is of:
 * resources, reserves, or either (undefined: both named, "The Mineral Reserves and Mineral Resources have an effective
 * date of …", or neither). The kind named nearest is the date's only where its clause names no other further back: "…
 * announced updated Mineral Reserves and Mineral Resources for its Greyhawk underground gold mine, with an effective
 * date of …" dates both.
 */
export function dateOf(before: string): Dated['only'] {
  const clause = before.slice(before.lastIndexOf('.') + 1)
  const near = clause.slice(-60)
  const resources = /\bresources?\b/.test(near)
  const reserves = /\breserves?\b/.test(near)
  if (resources === reserves || (/\bresources?\b/.test(clause) && /\breserves?\b/.test(clause))) return undefined
  return resources ? 'resources' : 'reserves'
}

/** The names of a dated block: its own, else its heading's (a short line within the three blocks before it). */
export function datedPassage(block: Block, date: Span, blocks: readonly Block[]): Dated {
  const names = namesIn(block.raw.text)
  for (let i = block.index - 1; names.size === 0 && i >= Math.max(0, block.index - 3); i--) {
    const heading = blocks[i]
    if (heading.kind === 'heading' || heading.norm.text.length < LIMITS.shortLine) {
      for (const word of namesIn(heading.raw.text)) names.add(word)
    }
  }
  return {block, names, start: date.start, end: date.end}
}

/**
 * What an estimate is of: the names its sentence gives, with those of its paragraph's opening sentence (where a
 * paragraph names the project before it speaks of the deposit).
 */
export function subjectOf(sentence: Sentence): Set<string> {
  const names = namesIn(sentence.raw.text)
  const opening = sentence.block.sentences[0]
  if (opening && opening !== sentence) for (const word of namesIn(opening.raw.text)) names.add(word)
  return names
}

/**
 * Whether the dated passages give this estimate its date: in its own paragraph, of the same name, or unnamed; or
 * the release's first date, where the deposit it names is spoken of in another paragraph too (the release's subject,
 * a zone of the dated project). Only an aside, a deposit named nowhere but where its figures are restated, is left
 * without the dates of other passages.
 */
export function datedFor(sentence: Sentence, dated: readonly Dated[], blocks: readonly Block[]): Dated | undefined {
  if (dated.length === 0) return undefined
  const own = dated.find((passage) => passage.block === sentence.block)
  if (own) return own
  const subject = subjectOf(sentence)
  if (subject.size === 0) return dated[0]
  const named = dated.find((passage) => passage.names.size === 0 || meets(subject, passage.names))
  if (named) return named
  const words = [...subject]
    .filter((word) => word.length >= 3)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const mention = words.length > 0 ? new RegExp(String.raw`(?<!\p{L})(?:${words.join('|')})(?!\p{L})`, 'u') : undefined
  const spoken =
    mention !== undefined && blocks.some((block) => block !== sentence.block && mention.test(block.norm.text))
  return spoken ? dated[0] : undefined
}
