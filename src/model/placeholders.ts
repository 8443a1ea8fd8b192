/**
 * Placeholders: template text left in a draft where a fact belongs. What
 * makes text a blank, not a list of samples:
 *
 * - brackets (`[…]`, `{…}`) around an instruction ("insert date", "TBD",
 *   "e.g. …"), a blank (nothing, `●`, `X`s, `_`s, `#`, `?`), a field name
 *   (a short phrase whose head is a kind of fact: name, title, date, company,
 *   amount, …; or a designation such as `[P.Geo.]`), or a descriptor (a
 *   lowercase phrase such as "the material risk factors", outside quotations,
 *   where brackets are an editor's insertion);
 * - a figure written with `X`s standing for its digits (`XX`, `xx,xxx`,
 *   `$X.XX`, `20XX`), not a Roman numeral after "Part" or "Phase";
 * - `TBD`, `TBC`, `TBA` as words; in French, « À DÉTERMINER », « À CONFIRMER », « À VENIR » in capitals (not
 *   in a line all in capitals, a heading), and « à déterminer », « à confirmer », « à venir » as a field's value
 *   (after a colon, ending its line or sentence: "Date de clôture : à déterminer"), not in prose ("reste à
 *   confirmer", « les travaux à venir »);
 * - a blank glyph (`●`, `•`, …) where a figure or word belongs (`$●`,
 *   `●,000,000`, `of ● units`) or in an address (`www.●.com`, `●@issuer.ca`), not a list bullet at the start
 *   of a line nor a separator between two names;
 * - three or more underscores in a line of text (`$____`), not a rule line;
 * - a word processor's prompt in an empty field ("Click or tap to enter a date.", "Choose an item.").
 *
 * Not placeholders: link text (markdown drops its brackets), footnote marks
 * (`[1]`, `[a]`), editorial lines (`[TABLE NOT IN TEXT]`, `[sic]`,
 * `[Image]`), e-mail obfuscation (`[email protected]`), chemical formulas.
 * Every scan is linear: brackets are matched within a bounded window, tokens
 * are plain character-class runs checked in code.
 */
import type {Block, Span} from './document.js'
import {spanOf} from './text.js'
import {groupTags} from './listing.js'
import {DESIGNATION} from './vocabulary.js'
import {pattern} from './pattern.js'

/** `note`: a note to draft or a reviewer's remark, to be removed rather than filled in. */
export type PlaceholderKind = 'bracket' | 'figure' | 'abbreviation' | 'glyph' | 'underscores' | 'note'

export interface Placeholder extends Span {
  /** The placeholder as written. */
  text: string
  kind: PlaceholderKind
  block: Block
}

/** The longest bracketed text read as one placeholder (a template's descriptor is a line at most). */
const MAX_BRACKET = 200
/** The longest note to draft read in brackets (a paragraph a drafter wrote to another). */
const MAX_NOTE = 1000
/**
 * The most placeholders gathered in one draft: a template is a page of them at most, and a pasted
 * spreadsheet of "XX" cells must not cost a message each. The rest show once these are filled in.
 */
export const MAX_PLACEHOLDERS = 200
const BLANK_GLYPHS = '●•◦▪■□○◯▫∙'
const CURRENCY = '$€£¥'

/** Heads of field names: the kinds of fact a template leaves for the issuer. */
const FACT_NOUNS = new Set(
  (
    'name title position role designation date day month year time company issuer corporation client city ' +
    'province state country location address amount number figure price percentage percent total value proceeds ' +
    'quantity grade width interval hole project property deposit phone telephone email e-mail website url ' +
    'exchange symbol ticker agent contact person qp ceo cfo coo president officer director signature quote ' +
    'term period jurisdiction district region mine target placeholder blank dollar dollars amount shares units ' +
    'warrants options securities size closing expiry deadline tranche ' +
    // French field names ("[Nom]", "[titre]") as our French fixes insert them.
    'nom titre poste fonction société émetteur ville montant prix'
  ).split(' ')
)
/** Words of an office: a bracketed title with one of them is a field for the person's title. */
const TITLE_WORDS = new Set(
  'president vice chief chair chairman chairwoman chairperson geologist manager secretary treasurer partner founder'.split(
    ' '
  )
)
/** A word of a name or of a title: capitalized, or the small words a title holds ("Vice President of Exploration"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]{0,30}|of|and|the|&),?$/u
/** A sentence: a capital, five words or more, a full stop. */
const OPTIONAL_SENTENCE = /^\p{Lu}[^\s]{0,40}(?: [^\s]{1,40}){4,60}[.!?]$/u
/** A number in words, alone. */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)$/i
/** Space-separated words as alternatives; `_` stands for a space within one. */
function words(list: string): string {
  return list
    .split(' ')
    .map((word) => word.replace(/_/g, ' '))
    .join('|')
}

/** Words a template's instruction starts with ("insert date", "confirm with counsel"). */
const INSTRUCTION = pattern(
  String.raw`^(?:${words(
    'insert add include describe specify state list enter fill confirm update check provide complete identify select ' +
      'choose delete remove attach replace verify tbd tbc tba tk placeholder ntd note_to draft pending optional ' +
      'if_applicable to_be to_come ' +
      // French instructions ("[décrire comment]", "[indiquer le rapport estimé]").
      'indiquer insérer inserer ajouter décrire decrire préciser preciser compléter completer confirmer'
  )})(?![\p{L}])`,
  'iu'
)
/** Instruction words anywhere in a bracket; a request to someone ("[Company to confirm]", "[please check]"). */
const INSTRUCTION_WITHIN = pattern(
  String.raw`\be\.g\.|\betc\.|\bif applicable\b|\bplaceholder\b|\bnote to draft\b|\bdrafting note\b|\bplease\b|` +
    String.raw`\bto (?:${words('confirm advise provide update check review discuss revise approve verify fill_in')})\b|` +
    String.raw`\bto be (?:${words('confirmed determined provided announced updated inserted added')})\b|` +
    String.raw`(?<![\p{L}])[àa] (?:d[ée]terminer|confirmer|venir|pr[ée]ciser|compl[ée]ter)(?![\p{L}])`,
  'iu'
)
/**
 * A reviewer's remark: initials ("KS:", "JS1:") before a colon and words (not a ticker: "[TSXV: ACM]"), a party
 * ("Company:", "Counsel comment:") before a colon, or a question ("[confirm size?]").
 */
const REMARK = /^[A-Z]{1,4}\d{0,2}:\s[^\n]{0,200}[a-z]|\?$/
/** A month's name before a bracketed day ("March [3], 2026"). */
const MONTH_BEFORE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|avr|mai|juin|juil|août|déc)[a-zéû]{0,6}\.?\s$/i
/** What follows a figure, not a footnote mark: a percent sign or a unit. */
const FIGURE_AFTER = pattern(
  String.raw`^(?:[\s\u00a0\u202f]?[%$]|\s?(?:[a-z-]{2,20}\s){0,2}(?:per ?cent|percent|months?|years?|days?|units?|shares?|` +
    String.raw`warrants?|options?|rsus?|dsus?|psus?|million|cents?|tonnes|ounces|metres|meters|holes|` +
    // French: « [0,10] $ », « [24] mois », « [500 000] actions ordinaires ».
    String.raw`mois|ans|jours|unités|actions|bons|millions?|onces|mètres|trous)(?![\p{L}]))`,
  'iu'
)
/** A note to the drafters named as one, in brackets or out ("NTD:", "Note to draft:", "Drafting note:"). */
const NOTE_WORDS = pattern(
  String.raw`^(?:ntd|n\.t\.d\.|note\sto\sdraft|drafting\snote|note\sau\sprojet|note\sde\sr[ée]daction|` +
    String.raw`note\sto\s(?:the\s)?(?:${words('company issuer client counsel file')}))\b|\bplease\b`,
  'i'
)
/** A bracket that opens on a note's marker ("[NTD:", "[Note to draft –"): read to its end, however long. */
const NOTE_OPENS = pattern(
  String.raw`^\s?(?:ntd|n\.t\.d\.|note\sto\sdraft|drafting\snote|note\sau\sprojet|note\sde\sr[ée]daction)\s?[:\u2013\u2014-]`,
  'i'
)
/** The same outside brackets: the marker and its colon or dash. */
const NOTE = pattern(
  String.raw`(?<![\p{L}\d])(?:NTD|N\.T\.D\.|[Nn]ote\s[Tt]o\s[Dd]raft|NOTE\sTO\sDRAFT|[Dd]rafting\s[Nn]ote|DRAFTING\sNOTE|` +
    String.raw`[Nn]ote\sto\s(?:the\s)?(?:Company|Issuer|Client|Counsel|company|issuer|client|counsel)|` +
    // French: « Note au projet : », « Note de rédaction : » (not « NDLR », a published editor's note).
    String.raw`[Nn]ote au projet|NOTE AU PROJET|[Nn]ote de r[ée]daction|NOTE DE R[ÉE]DACTION)[\s\u00a0\u202f]?[:\u2013\u2014-]`,
  'gu'
)
/** A Word comment's mark, as a paste keeps it: "Comment [JS1]:", "[JS1]:". */
const COMMENT_MARK = /^[A-Z]{1,4}\d{1,2}$/
/**
 * A request to someone, named first ("Company to confirm", "U.S. counsel to provide the paragraph", "Geology team to
 * confirm true widths"): a note, removed once answered.
 */
const REQUEST = pattern(
  String.raw`^(?:the )?\p{Lu}[\p{L}.&'’-]{0,30}(?: [\p{L}.&'’-]{1,30}){0,3} to (?:${words(
    'confirm advise provide update check review discuss revise approve verify fill_in insert add draft prepare'
  )})\b`,
  'u'
)
const PARTY_REMARK = pattern(
  String.raw`^(?:${words('company issuer client counsel management mgmt auditor auditors agent agents ntd comment question query')})` +
    String.raw`(?: (?:comment|note|question|query))?\s?:`,
  'i'
)
/** The word after a field name's head: "of", « de », « du », « des », « d’ » run into the next word. */
const OF = /^(?:of|de|du|des|d['’]\p{L}.*)$/iu
/** A descriptor's opening word. */
const DETERMINER = pattern(
  '^(?:the|a|an|each|every|any|all|such|relevant|applicable|other|our|its|their|your|this|these|those|some|' +
    // French: « [la propriété] », « [l’Option] » in « … ».
    "toute?s?|chaque|le|la|les|un|une|des|du|ce|cet|cette|ces|son|sa|ses|notre|nos|leurs?)\\s|^l['’]",
  'i'
)
/**
 * "the" and one to three capitalized words: a defined term ("the Company", "the Offering Price"); in French, its article
 * (« [la Société] », « [l’Option] »).
 */
const DEFINED_TERM = /^(?:the |la |le |les |l['’])(?:\p{Lu}[\p{L}'’-]{0,30} ){0,2}\p{Lu}[\p{L}'’-]{0,30}$/u
/** A web address written out. */
const WEB_ADDRESS = /\bhttps?:\/\/[^\s\]]|\bwww\.[a-z0-9-]/i
/** Editorial insertions and copy artefacts, not blanks. */
const EDITORIAL = pattern(
  String.raw`^(?:figure \d+|${words(
    'sic emphasis_added emphasis_mine emphasis_in_original translation translated redacted omitted email_protected ' +
      "e-mail_protected image photo graphic chart table logo video audio map inaudible end continued cont'd more"
  )})\.?$`,
  'i'
)
/** Words before a Roman numeral ("Phase XX"): "XX" there is a number, not a blank. */
const ROMAN_BEFORE = pattern(
  String.raw`(?:${words(
    'part section schedule article chapter phase item series class division title appendix exhibit annex volume ' +
      'stage level war bowl century'
  )})\s+$`,
  'i'
)
/** Words after which a blank glyph stands for a figure or a name ("of ●", "up to ●"). */
const TAKES_FIGURE = pattern(
  String.raw`\b(?:${words(
    'of to at on by for approximately about aggregate issue issued sell sold purchase dated than is are be was were and or'
  )})\s+$`,
  'i'
)
/** A year right after a blank ("●, 2026"): the blank is the date's day and month. */
const DATE_YEAR_AFTER = /^,? (?:19|20)\d\d\b/
/** A month's name and a year right after a blank ("● December 2026", « ● décembre 2026 »): the blank is the day. */
const MONTH_AFTER = pattern(
  String.raw`^ (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|` +
    String.raw`apr|jun|jul|aug|sept?|oct|nov|dec|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|` +
    String.raw`septembre|octobre|novembre|décembre|decembre)\.?,? (?:19|20)\d\d\b`,
  'i'
)
const DESIGNATED = pattern(DESIGNATION)
const ALL_BLANK = pattern(`^[${BLANK_GLYPHS}_#?*\\s-]+$`)
const GLYPH_FIRST = pattern(`^[${CURRENCY}]?[${BLANK_GLYPHS}]`)
const GLYPH = pattern(`[${BLANK_GLYPHS}]`)
/** A figure some of whose digits are blanks ("0.●", "1,●●●,000"). */
const FIGURE_BLANK = pattern(`^[${CURRENCY}]?\\d[\\d.,]*[${BLANK_GLYPHS}_][\\d.,${BLANK_GLYPHS}_]*$`)
const BRACKET = /[[{]/
const CURRENCY_OR_PERCENT = pattern(`^[${CURRENCY}]|%$`, 'g')
/** A figure written with X's for its digits, checked on a short token. */
const X_FIGURE = /^(?:\d{1,4}(?:[.,]\d+)*[.,]?)?[Xx]+(?:[.,][Xx]+)*(?:[.,]\d+)?$/

/**
 * Every placeholder in `blocks`, in order. `tags`: the release's listings, where "TBC" or "TBA" is a symbol ("(TSXV:
 * TBC)", "under the symbol "TBA""), not a blank; a blank written for the symbol ("(TSXV: [●])") is one still.
 */
export function findPlaceholders(blocks: Block[], tags: Span[] = []): Placeholder[] {
  const found: Placeholder[] = []
  for (const block of blocks) {
    if (found.length >= MAX_PLACEHOLDERS) break
    const text = block.raw.text
    // Characters already in a placeholder ("[TBD]" is one, not two).
    const taken = new Uint8Array(text.length + 1)
    const add = (from: number, to: number, kind: PlaceholderKind) => {
      if (found.length >= MAX_PLACEHOLDERS) return false
      for (let i = from; i < to; i++) if (taken[i]) return true
      if (kind === 'abbreviation' && tags.length > 0 && inTag(tags, spanOf(block.raw, from, to))) return true
      taken.fill(1, from, to)
      // As one line: a hard-wrapped note is quoted with a space where its line broke.
      found.push({
        ...spanOf(block.raw, from, to),
        text: text
          .slice(from, to)
          .split('\n')
          .map((line) => line.trim())
          .join(' '),
        kind,
        block
      })
      return true
    }
    residue(text, add)
    brackets(text, add)
    notes(text, add)
    fields(text, add)
    figures(text, add)
    abbreviations(text, add)
    prompts(text, add)
    glyphs(text, add)
    underscores(text, add)
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Whether `span` lies within one of the ticker tags. */
function inTag(tags: Span[], span: Span): boolean {
  return tags.some((tag) => tag.start <= span.start && span.end <= tag.end)
}

/**
 * The `[from, to)` spans of `text` (a block as written) that are the drafters' and not the release's: notes to draft,
 * reviewers' remarks, a draft's header, redline residue. The model reads a block without them (document.ts), so a
 * note that names a statement ("[NTD: insert the hold period of four months and one day]") is not read as it.
 */
export function noteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const taken = new Uint8Array(text.length + 1)
  const add: Add = (from, to, kind) => {
    for (let i = from; i < to; i++) if (taken[i]) return true
    taken.fill(1, from, to)
    if (kind === 'note') spans.push([from, to])
    return true
  }
  residue(text, add)
  brackets(text, add)
  notes(text, add)
  return spans
}

/** Records a placeholder; false once the draft has `MAX_PLACEHOLDERS` (the scan stops). */
type Add = (from: number, to: number, kind: PlaceholderKind) => boolean

function brackets(text: string, add: Add): void {
  if (!BRACKET.test(text)) return
  const quoted = quotedFlags(text)
  for (let open = 0; open < text.length; open++) {
    const opener = text[open]
    if (opener !== '[' && opener !== '{') continue
    const closer = opener === '[' ? ']' : '}'
    let close = -1
    // A note to draft runs as long as the drafter wrote it ("[NTD: …]" of a paragraph); any other bracket, a line.
    // A note may hold the blanks of the text it proposes ("[NTD: QP statement to come: … by [Name], P.Geo. …]").
    const note = opener === '[' && NOTE_OPENS.test(text.slice(open + 1, open + 24))
    let depth = 0
    // So may a sentence a drafter bracketed as optional ("[The Company did not file a material change report …]").
    const most = note || (opener === '[' && /\p{Lu}/u.test(text[open + 1] ?? '')) ? MAX_NOTE : MAX_BRACKET
    for (let i = open + 1; i < text.length && i <= open + most; i++) {
      const c = text[i]
      if (note && (c === '[' || (c === ']' && depth > 0))) {
        depth += c === '[' ? 1 : -1
        continue
      }
      if (c === closer) {
        close = i
        break
      }
      if (c === '[' || c === '{' || c === ']' || c === '}') break
      // A line break inside is a hard wrap ("[Note to draft: use of proceeds to be ⏎ conformed …]"), unless the next
      // line is a table's row.
      if (c === '\n' && /^[ \t]*(?:\||$)/.test(text.slice(i + 1, i + 8))) break
    }
    if (close < 0) continue
    // Link syntax left literal (in code, or a reference without its definition followed by a URL).
    if (text[close + 1] === '(' && opener === '[') continue
    const content = text.slice(open + 1, close)
    // A Word comment's anchor ("[CB1]"): before a colon, after "Comment", or set against the text it marks
    // ("proceeds.[A1]", "[CB1]Comment"), where a formula in brackets ("[CO2]") follows a space.
    const mark =
      COMMENT_MARK.test(content) &&
      (text[close + 1] === ':' ||
        /comment\s?$/i.test(text.slice(Math.max(0, open - 8), open)) ||
        (open > 0 && /[^\s([{]/u.test(text[open - 1])) ||
        ((open === 0 || text[open - 1] === '\n') && /^\p{L}/u.test(text[close + 1] ?? '')))
    const remark = mark || isRemark(content)
    // A figure bracketed to be confirmed ("[24] months", "[7]%", "$[0.25]"), not a footnote mark ("grade.[1]") nor
    // the mark that opens a footnote's own line ("[1] All drill holes are assumed to be vertical.").
    const figure =
      /^\$?\d[\d,. \u00a0\u202f]{0,15}$/.test(content) &&
      !footnoteLine(text, open, close) &&
      (isCurrency(text[open - 1]) ||
        FIGURE_AFTER.test(text.slice(close + 1, close + 64)) ||
        MONTH_BEFORE.test(text.slice(Math.max(0, open - 12), open)))
    // "{{exercise price}}": the doubled braces are the placeholder's too.
    const doubled = opener === '{' && text[open - 1] === '{' && text[close + 1] === '}' ? 1 : 0
    // Bracketed alternatives ("[announces]/[is pleased to announce]"): each is the drafter's choice.
    const alternative =
      /\p{L}{2}/u.test(content) &&
      ((text[close + 1] === '/' && text[close + 2] === '[') || text.slice(open - 2, open) === ']/')
    if (
      (remark || figure || alternative || isBlankContent(content, quoted[open] === 1)) &&
      // "$[●]", "$[0.25]": the currency sign is the blank's too, as in "$●"; so are the digits it completes ("$0.[●]").
      !add(doubled ? open - 1 : figureStart(text, open), close + 1 + doubled, remark ? 'note' : 'bracket')
    )
      return
    open = close
  }
}

/**
 * Whether a bracketed number opens its line and a sentence follows it: the mark of a footnote ("[2] True widths are
 * estimated at 70% of the lengths."), not a figure left to confirm.
 */
function footnoteLine(text: string, open: number, close: number): boolean {
  // A note's number is short ("[1]", "[12]"): "[1,600,000] Units", a hard wrap put at a line's start, is a figure.
  if (close - open > 4) return false
  // Only the few characters before it are read (a long line of brackets is not scanned back once per bracket).
  const before = text.slice(Math.max(0, open - 8), open)
  const opensLine = open <= 8 ? before.trim() === '' : /\n[ \t\u00a0]*$/.test(before)
  return opensLine && /^[ \u00a0]{0,2}\p{Lu}/u.test(text.slice(close + 1, close + 4))
}

/** Whether the text between brackets is a blank: an instruction, a blank, a field name or a descriptor. */
export function isBlankContent(raw: string, quoted: boolean): boolean {
  const content = raw.trim().replace(/\s+/g, ' ')
  if (content === '') return true
  if (EDITORIAL.test(content)) return false
  // A news site's ticker tags ("[MOLY-NEO Exchange]", "[CSE-NF; OTCQX-NFUNF]"): filled in, not an "[Exchange]" field.
  if (groupTags(content.toLowerCase())) return false
  // Elision in a quotation ("[…]", "[...]"), footnote marks ("[1]", "[a]", "[iv]", "[^2]").
  if (/^(?:\.{3}|…)$/.test(content) || /^\^?(?:\d{1,3}|[a-wyz]|[ivl]{1,4})$/i.test(content)) return false
  // A pointer for readers to a web address ("[For more maps, figures, etc. see https://…]"): the address is filled
  // in, whatever words lead to it; unless it opens with an instruction ("[insert link to www.…]").
  if (WEB_ADDRESS.test(content) && !INSTRUCTION.test(content)) return false
  if (INSTRUCTION.test(content) || INSTRUCTION_WITHIN.test(content) || isRemark(content)) return true
  // An editor's insertion in a quotation ("“We think [the project] is …”").
  if (quoted && DETERMINER.test(content)) return false
  // Blanks: glyphs, underscores, X's, "#", "?", dashes.
  if (ALL_BLANK.test(content) && /[^\s-]/.test(content)) return true
  if (GLYPH_FIRST.test(content) || FIGURE_BLANK.test(content)) return true
  if (content.length <= 40 && X_FIGURE.test(content.replace(CURRENCY_OR_PERCENT, ''))) {
    return /[Xx]{2}|[.,]|^[Xx]$/.test(content.replace(/\d/g, ''))
  }
  if (content.length <= 12 && DESIGNATED.test(content.toLowerCase())) return true
  // A defined term named in brackets ("[the Company]", "[the Option Agreement]"): the thing the release defined.
  if (DEFINED_TERM.test(content)) return false
  // A field name: one to four words, the head (before "of", else the last) a kind of fact.
  // A mail merge's field name joins its words with underscores ("{{closing_date}}", "[QP_name]").
  const words = content.split(/[\s/_]+/)
  if (words.length <= 4 && words.every((word) => /^\p{L}[\p{L}'’&.-]*,?$/u.test(word))) {
    // The head comes before "of", in French before « de », « du », « des », « d’ » (« [Nom de la PQ] »).
    const of = words.findIndex((word) => OF.test(word))
    const head = (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase().replace(/(?<![.'’,])[.'’,]+$/, '')
    if (FACT_NOUNS.has(head) || FACT_NOUNS.has(head.replace(/s$/, ''))) return true
    // A title as a field ("[Vice President, Exploration]", "[Chief Geologist]"): an office's word anywhere in it.
    if (words.some((word) => TITLE_WORDS.has(word.toLowerCase().replace(/(?<![.,])[.,]+$/, '')))) return true
  }
  // A speaker to confirm, named with a title ("[Tobias Lindqvist, Chief Executive Officer]"), outside a quotation.
  if (!quoted && words.length <= 8 && content.includes(',') && words.every((word) => NAME_WORD.test(word))) {
    if (words.some((word) => TITLE_WORDS.has(word.toLowerCase().replace(/(?<![.,])[.,]+$/, '')))) return true
  }
  // An optional sentence a drafter bracketed ("[The Offering may be increased by up to 2,000,000 Units.]"), outside a
  // quotation; not an editor's note in a wire's copy ("[Editor's note: …]").
  if (!quoted && OPTIONAL_SENTENCE.test(content) && !/^editor/i.test(content)) return true
  // A count in words to be confirmed ("the first [six] holes").
  if (NUMBER_WORD.test(content)) return true
  // A drafter's choice between words ("[first/final]", "[TSXV/CSE]", "[is/are]"), not units ("[g/t]", "[ppm/ppb]")
  // nor elements ("[Au/Ag]"); an optional part of a word ("[non-]brokered").
  if (isAlternatives(content) || /^(?:[a-z]{2,12}-|-[a-z]{2,12})$/.test(content)) return true
  // Outside quotations (where brackets are an editor's insertion): a descriptor ("the material risk factors"), or
  // optional words a drafter bracketed, starting in lowercase or with the comma that joins them ("[, subject to the
  // approval of the Exchange]", "[for drilling at the Larch property]"). French too: "[les facteurs de risque
  // importants]", "[l’emploi du produit]".
  if (!quoted && /^(?:[,;] ?)?[a-zà-öø-ÿœ]/.test(content) && /\s/.test(content)) {
    return /^(?:[,;] ?)?[a-zà-öø-ÿœ][\p{L}\d\s,.'’;:()$%&/-]*$/u.test(content)
  }
  return false
}

/** Units and symbols written with a slash, not a drafter's alternatives. */
const UNITS = new Set(['ppm', 'ppb', 'opt', 'ozt', 'tpd', 'lbs', 'mlb', 'koz', 'moz', 'kwh', 'usd', 'cad'])

/** Whether bracketed text is a choice between words ("first/final"): at least one of three letters or more. */
function isAlternatives(content: string): boolean {
  if (!/^[A-Za-z][A-Za-z-]{0,20}(?:\/[A-Za-z][A-Za-z-]{0,20}){1,3}$/.test(content)) return false
  const words = content.split('/')
  if (words.every((word) => UNITS.has(word.toLowerCase()) || word.length < 3)) return false
  return !words.some((word) => /eq$/i.test(word) || UNITS.has(word.toLowerCase()))
}

/** Whether bracketed text is a note to draft or a reviewer's remark ("[NTD: …]", "[KS: please check]", "[confirm?]"). */
function isRemark(raw: string): boolean {
  const content = raw.trim().replace(/\s+/g, ' ')
  return NOTE_WORDS.test(content) || REMARK.test(content) || PARTY_REMARK.test(content) || REQUEST.test(content)
}

/**
 * Which characters of `text` are inside quotation marks (curly pairs, French guillemets « … »; straight quotes by
 * parity), in one pass.
 */
function quotedFlags(text: string): Uint8Array {
  const flags = new Uint8Array(text.length)
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '“' || c === '«' || (c === '"' && open < 0)) open = i
    else if ((c === '”' || c === '»' || c === '"') && open >= 0) {
      flags.fill(1, open + 1, i)
      open = -1
    }
  }
  return flags
}

const isCurrency = (c: string | undefined) => c !== undefined && c.length === 1 && CURRENCY.includes(c)

/**
 * Where a blank's figure starts: the currency sign and the digits it completes, run into it ("$●", "$0.[●]", "C$1.●●",
 * "0,__"), are the blank's too, so the message quotes the figure as written; else the blank itself.
 */
function figureStart(text: string, from: number): number {
  let start = from
  while (start > 0 && from - start < 20 && /[\d.,]/.test(text[start - 1])) start--
  // A point or comma before the digits ends a sentence or a list, not the figure.
  while (start < from && (text[start] === '.' || text[start] === ',')) start++
  if (start < from && !/\d/.test(text[start])) return from
  if (!isCurrency(text[start - 1])) return start
  start--
  // "C$", "US$": the letters of the currency.
  for (let letters = 0; letters < 3 && start > 0 && /[A-Z]/.test(text[start - 1]); letters++) start--
  return start
}

const isLetter = (c: string | undefined) => c !== undefined && /\p{L}|\d|_/u.test(c)

/**
 * A run of figures, points and commas that holds an X, with the currency sign before it: the run found from its
 * start only (the lookbehind), so a long run of digits is read once, not from each of its characters.
 */
const X_RUN = pattern(
  `(?:[${CURRENCY}]|(?<![0-9Xx.,]))[0-9.,]*[Xx][0-9Xx.,]*(?:[ \u00a0\u202f][0-9Xx]{3}(?![0-9Xx]))*`,
  'g'
)

function figures(text: string, add: Add): void {
  X_RUN.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = X_RUN.exec(text))) {
    let from = match.index
    let to = from + match[0].length
    const currency = CURRENCY.includes(text[from])
    // Inside a word ("TSXV", "Exxon"), except a currency's letters ("C$X.XX", "US$X").
    if ((isLetter(text[from - 1]) && !currency) || isLetter(text[to])) continue
    // Sentence punctuation after the figure is not part of it.
    while (to > from && /[.,]/.test(text[to - 1])) to--
    // Thousands set off by spaces, as French and SI style write them ("X XXX XXX actions"): read as one figure, if
    // they make one ("XX 100 metres" is a blank and a figure: the blank alone).
    let body = text.slice(currency ? from + 1 : from, to).replace(/[ \u00a0\u202f]/g, '')
    const space = text.slice(from, to).search(/[ \u00a0\u202f]/)
    if (space > 0 && !X_FIGURE.test(body)) {
      to = from + space
      body = text.slice(currency ? from + 1 : from, to)
    }
    if (body.length > 40 || !X_FIGURE.test(body)) continue
    const xs = body.replace(/[^Xx]/g, '').length
    if (xs < 2 && !currency) continue
    // "Phase XX", "Part XXX": a Roman numeral.
    if (/^X+$/.test(body) && !currency && ROMAN_BEFORE.test(text.slice(Math.max(0, from - 20), from))) continue
    // The letters that begin a code of digits ("XX-24-001", a drill hole named with its prefix): X's stand for digits,
    // and a prefix holds letters; not a blank within the code ("WH-26-0XX", "26-XX").
    if (/^X+$/.test(body) && !currency && text[from - 1] !== '-' && /^-\d/.test(text.slice(to, to + 2))) continue
    while (currency && from > 0 && /[A-Z]/.test(text[from - 1]) && match.index - from < 3) from-- // "C$X.XX"
    if (!add(from, to, 'figure')) return
  }
}

/**
 * Notes to draft outside brackets ("NTD: confirm the fee.", "(Note to draft: update)"): the note runs from its
 * marker to the parenthesis it opened in, else to the end of its sentence or line (200 characters at most).
 */
function notes(text: string, add: Add): void {
  if (!anyOf(text, NOTE_CUES)) return
  for (const note of text.matchAll(NOTE)) {
    const from = note.index
    const inParenthesis = /\(\s?$/.test(text.slice(Math.max(0, from - 2), from))
    // In a bracket too long to be read as one ("[Note to draft: …" of more than a paragraph), to its end.
    const inBracket = /\[\s?$/.test(text.slice(Math.max(0, from - 2), from))
    const window = text.slice(from, from + (inBracket ? MAX_NOTE : 200))
    const end = inParenthesis
      ? window.indexOf(')')
      : inBracket && window.includes(']')
        ? window.indexOf(']') + 1
        : window.search(/[.!?](?=\s|$)|\n/)
    const to = end < 0 ? from + window.length : from + end + (inParenthesis ? 0 : /[.!?]/.test(window[end]) ? 1 : 0)
    if (!add(from, to, 'note')) return
  }
}

/**
 * A draft's own lines, which the release never carries: its header ("DRAFT — PRIVILEGED & CONFIDENTIAL", "Draft
 * No. 3", "DRAFT v4 (Blackline to v3)", "For discussion purposes only"), and what a word processor's tracked changes
 * leave in a copy: the balloons ("Deleted: …", "Formatted: Font: Bold", "Commented [JS1]: …") and struck-out text
 * ("~~11,000,000~~", markdown's strikethrough, which the parser leaves as text; "<del>$0.04</del>" in pasted
 * HTML). Each to its line's end (or the strikethrough's close, on a later line too), 200 characters at most.
 */
const DRAFT_LINE = pattern(
  // Capitalized, as a header and Word's balloons are: "draft:" starting a hard-wrapped line of prose is not one.
  String.raw`^[ \t>*_#]{0,8}(?:(?:DRAFT|Draft)\b(?=[ \t\u00a0]{0,3}(?:[-–—:#(|,/]|[Vv](?:ersion)?\.? ?\d|N[Oo]\.|N[o°º] ?\d|\d|$))|` +
    String.raw`(?:Deleted|Formatted|Inserted|Moved \((?:insertion|deletion)\)|Moved (?:from|to)|` +
    String.raw`Comment(?:ed)? \[[A-Za-z]{1,4}\d{1,3}\]) ?:)`,
  'gm'
)
const DRAFT_WORDS = pattern(
  String.raw`\bprivileged (?:&|and) confidential\b|\bfor discussion purposes only\b|\bsolicitor[- ]client privilege`,
  'gi'
)
/** Struck-out text, over a line break a wrap set in it too (a block's text has no blank line). */
const STRUCK = pattern(String.raw`~~(?=\S)[^~]{1,200}~~|<(del|s|strike)>[^<]{1,200}</\1>`, 'gi')

/**
 * Words one of which each draft line and draft header holds, as written (`DRAFT_LINE` is capitalized; `DRAFT_WORDS`
 * in any case: its words' lower and upper case). Tested with `includes` first: the model reads every block for notes,
 * and a case-blind pattern run over every block cost more than the notes' reading.
 */
const RESIDUE_WORDS = ['Draft', 'DRAFT', 'Deleted', 'Formatted', 'Inserted', 'Moved', 'Comment']
const DRAFT_WORDS_CUES = ['rivileged', 'RIVILEGED', 'iscussion', 'ISCUSSION', 'olicitor', 'OLICITOR']
/** The same for a note to draft outside brackets (`NOTE`): its marker, in the cases it is written. */
const NOTE_CUES = ['NTD', 'N.T.D', 'ote', 'OTE', 'rafting', 'RAFTING']
const anyOf = (text: string, words: readonly string[]): boolean => words.some((word) => text.includes(word))

function residue(text: string, add: Add): void {
  const lineEnd = (from: number) => {
    const end = text.indexOf('\n', from)
    return Math.min(end < 0 ? text.length : end, from + 200)
  }
  if (anyOf(text, RESIDUE_WORDS))
    for (const line of text.matchAll(DRAFT_LINE)) {
      const from = line.index + (/^[ \t>*_#]*/.exec(line[0])?.[0].length ?? 0)
      if (!add(from, lineEnd(from), 'note')) return
    }
  if (anyOf(text, DRAFT_WORDS_CUES))
    for (const words of text.matchAll(DRAFT_WORDS)) {
      const start = text.lastIndexOf('\n', words.index) + 1
      if (!add(start, lineEnd(start), 'note')) return
    }
  if (text.includes('~~') || text.includes('</'))
    for (const struck of text.matchAll(STRUCK)) if (!add(struck.index, struck.index + struck[0].length, 'note')) return
}

/**
 * Fields of document-assembly and mail-merge templates: "<<Closing Date>>", "<Name of QP>" (a field name, an
 * instruction or a blank inside), and Word's merge fields as Word shows one not merged: "«Closing_Date»" (a field
 * name with an underscore) or "«GrossProceeds»" (words joined in camel case, as a merge field's name often is: two
 * or more, of three letters or more, the first of four or more, so not a name, "«McEwen»", "«MacDonald»"), which
 * French quotation never holds.
 */
const MERGE_FIELD = String.raw`[A-Za-z][A-Za-z0-9]{0,30}(?:_[A-Za-z0-9]{1,30}){1,6}|[A-Z][a-z]{3,20}(?:[A-Z][a-z\d]{2,20}){1,5}`
const FIELD = pattern(String.raw`<<([^<>\n]{1,200})>>|<([^<>\n]{1,200})>|«(${MERGE_FIELD})»`, 'g')

function fields(text: string, add: Add): void {
  if (!text.includes('<') && !text.includes('«')) return
  for (const field of text.matchAll(FIELD)) {
    const inner = field[1] ?? field[2]
    if (inner !== undefined && !isBlankContent(inner, false)) continue
    if (!add(field.index, field.index + field[0].length, 'bracket')) return
  }
}

/** French blank words in capitals (« À DÉTERMINER »), or as a field's value (« Date : à confirmer »). */
const FRENCH_BLANK = /(?<![\p{L}])[ÀA] (?:D[ÉE]TERMINER|CONFIRMER|VENIR|PR[ÉE]CISER)(?![\p{L}])/gu
const FRENCH_VALUE =
  /:[ \u00a0\u202f]{0,3}(à (?:d[ée]terminer|confirmer|venir|pr[ée]ciser))(?=[ \u00a0\u202f]{0,3}(?:[.;)]|$))/gmu

function abbreviations(text: string, add: Add): void {
  const re = /\bTB[DCA]\b|\bT\.B\.[DCA]\./g
  let match: RegExpExecArray | null
  while ((match = re.exec(text))) if (!add(match.index, match.index + match[0].length, 'abbreviation')) return
  // French: a prefilter first (most text has no "à "/"À ").
  if (!text.includes('À ') && !text.includes('A ') && !text.includes('à ')) return
  for (const french of text.matchAll(FRENCH_BLANK)) {
    const lineStart = text.lastIndexOf('\n', french.index) + 1
    const lineEnd = text.indexOf('\n', french.index)
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
    // A line all in capitals is a heading (« TRAVAUX À VENIR »), not a blank; unless the words are all of their line
    // or table cell (« | À CONFIRMER | »).
    const to = french.index + french[0].length
    if (!/\p{Ll}/u.test(line) && !alone(text, french.index, to)) continue
    if (!add(french.index, to, 'abbreviation')) return
  }
  for (const french of text.matchAll(FRENCH_VALUE)) {
    const from = french.index + french[0].indexOf(french[1])
    if (!add(from, from + french[1].length, 'abbreviation')) return
  }
  // In lowercase, all of a table's cell or a line: the value of the field its row or label names (« | à déterminer | »).
  if (text.includes('à ') || text.includes('a '))
    for (const french of text.matchAll(FRENCH_CELL)) {
      const from = french.index + french[0].indexOf(french[1])
      if (alone(text, from, from + french[1].length) && !add(from, from + french[1].length, 'abbreviation')) return
    }
}

const FRENCH_CELL = pattern(
  String.raw`(?<![\p{L}])([àa] (?:d[ée]terminer|confirmer|venir|pr[ée]ciser))(?![\p{L}])`,
  'gu'
)

/**
 * Whether `[from, to)` is all of its line or of its table cell, but for spaces, a cell's borders and a stop: a value
 * standing alone (« | À CONFIRMER | », a cell of an HTML table read as its own block).
 */
function alone(text: string, from: number, to: number): boolean {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1
  const lineEnd = text.indexOf('\n', to)
  const before = text.slice(Math.max(lineStart, from - 200), from)
  const after = text.slice(to, lineEnd < 0 ? Math.min(text.length, to + 200) : Math.min(lineEnd, to + 200))
  return /(?:^|\|)[ \t\u00a0*_]*$/.test(before) && /^[ \t\u00a0*_.]*(?:\||$)/.test(after)
}

/**
 * A word processor's prompt where a template's field is still empty: Word's content controls show "Click or tap here
 * to enter text.", "Click here to enter a date.", "Choose an item." (« Cliquez ou appuyez ici pour entrer du
 * texte. », « Choisissez un élément. ») until filled in. Words after the verb are bounded: linear.
 */
const PROMPT = pattern(
  String.raw`(?<![\p{L}])(?:(?:click|tap)(?: or (?:click|tap))?(?: here)? to (?:enter|insert|type)|` +
    String.raw`cliquez(?: ou appuyez)?(?: ici)? pour (?:entrer|saisir|insérer))(?:[ \u00a0][\p{L}’'-]{1,20}){0,4}\.?|` +
    String.raw`(?<![\p{L}])(?:choose an item|choose a building block|choisissez un élément)\.?`,
  'giu'
)
const PROMPT_WORDS = /click|tap|choose|cliquez|choisissez/i

function prompts(text: string, add: Add): void {
  if (!PROMPT_WORDS.test(text)) return
  for (const match of text.matchAll(PROMPT))
    if (!add(match.index, match.index + match[0].length, 'abbreviation')) return
}

function glyphs(text: string, add: Add): void {
  // Most text has no glyph: one search, not a test per character.
  if (!GLYPH.test(text)) return
  let lineStart = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') lineStart = i + 1
    if (!BLANK_GLYPHS.includes(text[i])) continue
    let end = i + 1
    while (end < text.length && BLANK_GLYPHS.includes(text[end])) end++
    const before = text.slice(Math.max(lineStart, i - 30), i)
    const prev = text[i - 1]
    const next = text[end]
    // A bullet: the first thing on its line, then a space.
    if (i - lineStart > 30 || before.trim() !== '' || (next !== undefined && !/\s/.test(next))) {
      // A list's bullet run into the text by a copy that lost its line breaks ("… compared to Q2 2023•Adjusted
      // royalty revenue increased …"): the next item's first word follows it, capitalized.
      const runIn = next !== undefined && /[A-Z]/.test(next) && /[a-z]/.test(text[end + 1] ?? '')
      const figure =
        !runIn &&
        ((prev !== undefined && CURRENCY.includes(prev)) ||
          (prev !== undefined && /[\d.,]/.test(prev) && /\d/.test(text[i - 2] ?? '')) ||
          (next !== undefined && /[%)\]\d]/.test(next)) ||
          (next !== undefined && /[.,]/.test(next) && /\d/.test(text[end + 1] ?? '')))
      // "www.●.com", "●@issuer.ca", "investors@●.com": a blank in a web or e-mail address stands for its name.
      const address =
        (next !== undefined && /[.@]/.test(next) && /\w/.test(text[end + 1] ?? '')) ||
        (prev !== undefined && /[@/]/.test(prev) && /[\w/]/.test(text[i - 2] ?? ''))
      // After a space, or at the start of a line a hard wrap began (then the words before are the previous line's).
      const spaced = (prev === ' ' || prev === '\n') && (next === ' ' || next === ',' || next === undefined)
      const wrapped = prev === '\n' ? text.slice(Math.max(0, i - 30), i).replace(/\s+/g, ' ') : before
      // "of ● units": where a figure belongs; "Toronto • Vancouver" is a separator.
      // So does a "●" where a date's day or month goes ("December ●, 2026", "● December 2026", "Vancouver, BC, ●, 2026").
      const stands =
        spaced &&
        (TAKES_FIGURE.test(wrapped) ||
          (text[i] === '●' &&
            (/^[ ,]*[a-z]/.test(text.slice(end, end + 8)) ||
              DATE_YEAR_AFTER.test(text.slice(end, end + 8)) ||
              MONTH_AFTER.test(text.slice(end, end + 20)) ||
              MONTH_BEFORE.test(wrapped))))
      if ((figure || stands || address) && !add(figureStart(text, i), end, 'glyph')) return
    }
    i = end - 1
  }
}

/**
 * Two underscores where a figure goes: a date's day ("March __, 2027", "__ March 2027") or an amount ("$__"). Two
 * alone elsewhere may be markdown's strong emphasis.
 */
const SHORT_BLANK = pattern(
  String.raw`(?<=\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? )__(?=,? \d{4}\b)` +
    String.raw`|\b__(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,? \d{4}\b)` +
    String.raw`|(?<=[${CURRENCY}]|\d[.,])__(?!_)`,
  'gi'
)

/**
 * A line drawn, not written: underscores alone, or one run of them with a table's or a box's border marks around
 * it ("____ |"); a row of several blanks between borders ("| ____ | ____ |") is still a template's.
 */
const RULE_LINE = pattern(String.raw`^[\s_]*$|^[\s|+=:-]*_+[\s|+=:-]*$`)

function underscores(text: string, add: Add): void {
  // Every short blank holds two underscores: most drafts have none, and the pattern opens on a lookbehind.
  if (!text.includes('__')) return
  for (const match of text.matchAll(SHORT_BLANK)) {
    if (!add(figureStart(text, match.index), match.index + match[0].length, 'underscores')) return
  }
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    // A line of underscores alone is a rule under a heading or a signature, not a blank; so is one whose only
    // other marks are a table's or a box's borders ("____ |", a footnote rule pasted from a one-cell table).
    if (line.includes('___') && !RULE_LINE.test(line)) {
      const re = /_{3,}/g
      let match: RegExpExecArray | null
      while ((match = re.exec(line))) {
        const from = lineStart + match.index
        const currency = from > 0 && CURRENCY.includes(text[from - 1])
        if (!add(currency ? from - 1 : from, from + match[0].length, 'underscores')) return
      }
    }
    lineStart = lineEnd + 1
  }
}
