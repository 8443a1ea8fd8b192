/**
 * The Qualified Person statement (NI 43-101 s.3.1, s.2.1), read once into its
 * parts, each a role with the words that fill it: the person (a name with
 * initials, a nickname in quotes, a suffix: "Robert "Bob" J. Smith Jr."), the
 * designation ("P.Geo.", "P. Geo. (Ontario)", "CPG", "MAusIMM (CP)"), the
 * relationship to the issuer ("the Company's V.P. Exploration", "independent of
 * the Company", "a consultant to"), the approval ("reviewed and approved",
 * "prepared", "supervised", "verified") and the identification as a qualified
 * person, with the reference to NI 43-101 (or National Instrument / Regulation
 * 43-101). Copy artefacts ("QualifiedPerson", "P.Geo.,Vice") fall out of the
 * patterns: spaces are optional where copy drops them.
 *
 * French statements are read by the same roles: « personne qualifiée au sens du Règlement 43-101 », « a révisé et
 * approuvé », « géo. », « ing. », « membre de l'OGQ », « vice-président exploration de la Société »,
 * « indépendante de la Société », « consultant ».
 */
import type {Block, Sentence} from './document.js'
import {find, has, isRowLike} from './document.js'
import {frenchWords} from './french.js'
import {bulleted, isCapitalizedTitle, isPageFurniture, sameList} from './layout.js'
import {asTyped, spanOf, type MappedText, type Span} from './text.js'
import {
  COMPANY_SUFFIXES,
  DESIGNATION,
  HONORIFICS,
  LIMITS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  boundedNames,
  spaced
} from './vocabulary.js'
import {pattern} from './pattern.js'

/** A part of the statement: where its words are in the draft (a message quotes that slice). */
export interface QpPart extends Span {
  /** The words as matched (normalized; a person's as written). */
  words: string
}

export interface QpPerson extends QpPart {
  /** The surname (the last name word, without suffix): how the release refers to the person later ("Mr. Smith"). */
  surname: string
}

export interface QpStatement {
  /** The sentence that speaks of the Qualified Person. */
  sentence: Sentence
  /** Its paragraph, with the neighbours a broken sentence runs into. */
  window: Block[]
  person: QpPerson | undefined
  /** A "[Name]" placeholder (our fix's template) stands for the name until it is filled in. */
  namePlaceholder: boolean
  designation: QpPart | undefined
  relationship: QpPart | undefined
  /** A relationship to another company than the issuer ("independent consultants of Other Copper Corp."). */
  relatedElsewhere: QpPart | undefined
  approval: QpPart | undefined
  /**
   * The words that say the QP prepared, supervised or approved the information ("approved", "prepared",
   * "supervised", "is responsible for", "reviewed and verified"); undefined where it says only that the QP
   * reviewed it.
   */
  approves: QpPart | undefined
  /**
   * The QP named as this release's ("the qualified person for the purposes of this news release", « aux fins du
   * présent communiqué »): with no approval word, the statement still ties the QP to the release, only not what the
   * QP did (a warning, not the error of no approval at all).
   */
  forRelease: QpPart | undefined
  /** "qualified person" (or "(QP)"). */
  qualifiedPerson: QpPart | undefined
  /** The reference to the instrument: "NI 43-101", "National Instrument 43-101", "Regulation 43-101". */
  instrument: QpPart | undefined
  /**
   * Where the statement names several professionals as preparing or approving (a second QP: "The other technical
   * information has been approved by Tomas Reyes, P.Geo."), those whose relationship to the issuer it does not give.
   */
  unrelated: QpPerson[]
  /**
   * The results the statement is limited to, when it names only results ("The drilling results in this news release
   * have been reviewed and approved by …") and none of its sentences speaks of the other technical information (the
   * scientific or technical information, a resource, an estimate, a study, "the other information"): a resource
   * estimate in the release then has no QP of its own.
   */
  scope: QpPart | undefined
}

// A sentence that speaks of a Qualified Person, not one of the cautions that mention one ("a qualified person has
// not done sufficient work …").
/** "Qualified Person", « personne qualifiée », as copy leaves them ("Qualified Per son", "QualifiedPerson"). */
const QUALIFIED_PERSON = String.raw`\b${spaced('qualified person')}s?\b`
const PERSONNE_QUALIFIEE = String.raw`\b${spaced('personne')}s? ?${spaced('qualifi')}(?=[ée])`
/**
 * « PQ », the French "QP", where it is the term (« la PQ de la Société », « PQ désignée au sens du Règlement
 * 43-101 », « (PQ) »): not alone, as "PQ" is also a core size (« carotte de calibre PQ »).
 */
const PQ_TERM =
  String.raw`\(\s?"?\s?pq\s?"?\s?\)|"\s?pq\s?"|\b(?:la|une|sa|notre|leur) pq(?![a-z])` +
  String.raw`|\bpq (?:d[ée]sign[ée]e?|ind[ée]pendante?|non ind[ée]pendante?|au sens|aux termes|aux fins|selon|en vertu` +
  String.raw`|conform[ée]ment|telle? que d[ée]fini)`
const QP = pattern(String.raw`${QUALIFIED_PERSON}|\bq\.?p\.?\b|${PERSONNE_QUALIFIEE}|${PQ_TERM}`)
const NOT_A_STATEMENT = pattern(
  [
    'has not (?:done|completed|independently|verified)',
    'have not (?:done|verified)',
    'not (?:been )?verified by',
    'opinion of the qualified',
    'not aware of',
    'sufficient work',
    // The U.S. caution that the release is no technical report summary by a QP (Regulation S-K subpart 1300):
    // "nothing contained in this release is, nor does it purport to be, a technical report summary prepared by a QP".
    'nor does it purport to be',
    'does not purport to be',
    // French: « une personne qualifiée n'a pas effectué suffisamment de travaux », « n'a pas vérifié ».
    "n'a pas (?:effectu|v[ée]rifi|fait|encore)",
    "n'ont pas (?:[ée]t[ée] )?v[ée]rifi",
    'suffisamment de travaux'
  ].join('|')
)
// "Qualified Person", "(QP)", or "QP" used as the defined term: "a QP under NI 43-101", "the Company's QP".
const IDENTIFIES = pattern(
  [
    String.raw`${QUALIFIED_PERSON}|\(\s?"?qp"?\s?\)|${PERSONNE_QUALIFIEE}[ée]e?s?`,
    String.raw`\b(?:a|an|the|company's|corporation's|independent|non-independent) q\.?p\.?(?![a-z])`,
    String.raw`\bq\.?p\.? (?:under|as defined|as that term|within the meaning|for the purposes|pursuant|in accordance)\b`,
    // « PQ », the French "QP", used as the term.
    PQ_TERM
  ].join('|')
)
const INSTRUMENT = /\b(?:ni|national ?instrument|regulation|reg\.)? ?43 ?-? ?101\b/
const DESIGNATION_RE = pattern(DESIGNATION)

/** Words that state a QP's relationship to the issuer: a role, independence, a tie to "the Company". */
/** The titles the issuer gives its own people ("the Company's geologist"). */
const ISSUER_TITLES =
  'geologist|engineer|geoscientist|metallurgist|exploration|president|director|manager|officer|consultant|' +
  // A seat on a board or in a team of the issuer's ("a member of the Company's technical advisory board").
  'advis(?:or|er|ory)|board|committee|team|staff'
const RELATIONSHIP_WORDS = [
  'independent',
  'shareholder',
  'employees?',
  'employed',
  'officer',
  'directors?',
  'president',
  'vice-? ?president',
  'vp',
  String.raw`v\. ?p\.?`,
  'evp',
  'svp',
  'chief',
  '(?:ceo|coo|cfo|cto)',
  'manager',
  'consult(?:ant|ants|ing)',
  'superintendent',
  'geologist (?:of|for|with|at)',
  'partner',
  'principal',
  'advis[eo]r',
  'chair(?:man|person)?',
  'founder',
  'contractor',
  // "is not at arm's length to the Company", "a non-arm's length party": the tie the TSX-V's term names.
  "arm'?s[- ]length",
  'head of',
  String.raw`(?:the )?(?:company|corporation|issuer)'s (?:[a-z.-]{1,20} ){0,3}?(?:${ISSUER_TITLES})`,
  // Not the owner of a title that follows ("a member of the Company's advisory board": the title is the tie).
  "(?:of|for|with|from|by|to) the (?:company|corporation|issuer)(?!['’]s\\b)"
]
/** French: a title, independence, a tie to « la Société ». */
const RELATIONSHIP_FR = [
  'ind[ée]pendante?s?',
  'employ[ée]e?s?',
  'salari[ée]e?s?',
  'dirigeante?s?',
  'administrat(?:eur|rice)s?',
  'actionnaire',
  'vice-? ?pr[ée]sidente?',
  'pr[ée]sidente?',
  String.raw`v\.-? ?p\.`,
  'directeur',
  'directrice',
  'chef',
  String.raw`g[ée]ologue (?:en chef|principale?|s[ée]nior|de projet|de la|pour|chez|à l'emploi)`,
  'consultante?s?',
  'conseill(?:er|[èe]re)s?',
  'associ[ée]e?',
  'fondat(?:eur|rice)',
  "(?:de|pour|envers|aupr[èe]s de|à l'[ée]gard de|à l'emploi de) la (?:soci[ée]t[ée]|compagnie|corporation)"
]
/** A sentence that speaks of the QP: by a pronoun or the term ("she is", "the QP is", « elle est »). */
const OF_QP = /\b(?:he|she|they|his|her|their|qps?|qualified persons?|il|elle|personnes? qualifi[ée]es?)\b/
/**
 * The names a QP statement gives, lower case: the surnames of the people its sentences name, and the capitalized
 * words of the QP sentence that are not terms of art (a firm: "from Micon International Limited").
 */
function namesOf(sentence: Sentence, units: Sentence[]): Set<string> {
  // Another sentence's people are the statement's when it names them as professionals (a designation after the name,
  // or words of approval or of a QP): not an officer named beside it ("Ian Dower, the Company's President, is not
  // independent of the Company"), whose relationship is his own, not the QP's.
  const professionals = (unit: Sentence) => {
    const text = unit.raw.text
    const named = people(text)
    if (unit === sentence || APPROVAL.test(unit.norm.text) || IDENTIFIES.test(unit.norm.text)) return named
    return named.filter((person) => DESIGNATION_RE.test(text.slice(person.to, person.to + 40).toLowerCase()))
  }
  const names = new Set(units.flatMap((unit) => professionals(unit).map((named) => named.surname.toLowerCase())))
  for (const [word] of sentence.raw.text.matchAll(/(?<![A-Za-z])[A-Z][A-Za-z'’-]{2,30}/g)) {
    const bare = word.toLowerCase()
    if (!NON_NAME.has(bare) && !COMPANY.has(bare)) names.add(bare)
  }
  return names
}
const WORD_BREAK = /[^a-z\u00C0-\u017F'’-]+/
/** A relationship word as a possessive ("the contractor's data") is someone else's. */
const ownWord = (text: string, end: number): boolean => !/^['’]s\b/.test(text.slice(end, end + 3))
/** A word's end, or the preposition copy runs it into ("independentof the Company", "consultantto the Company"). */
const WORD_END = String.raw`(?:\b|(?=(?:of|to|with|for)\b))`
const RELATIONSHIP = pattern(
  RELATIONSHIP_WORDS.map((word) => String.raw`\b${word}${WORD_END}`).join('|') + '|' + frenchWords(RELATIONSHIP_FR)
)
/**
 * The words that say what s.3.1 asks: the QP prepared or supervised the preparation of the information, or
 * approved it (run into the "and" before them by copy: "reviewed andapproved"). « a été préparée sous la supervision
 * de », « est responsable de ».
 */
const APPROVES_WORDS = [
  // A stray space inside the word, as copy from a PDF leaves it ("appro ved by", "super vised"), is read through.
  String.raw`(?:\b|(?<=\band))(?:${spaced('approv')} ?(?:e ?d|e ?s|a ?l)|${spaced('prepared')}|` +
    String.raw`${spaced('supervis')} ?(?:e ?d|i ?o ?n|e ?s))\b`,
  String.raw`\bcompiled\b`,
  String.raw`\bresponsible for\b`,
  String.raw`\bauthored\b`,
  // The release or its information written by the QP, as a small issuer's president words it ("This news release was
  // written by Jane Roe, P.Geo., in her capacity as a qualified person", "drafted under the supervision of"): prepared.
  String.raw`\b(?:written|drafted) (?:by|under)\b`
]
const APPROVES_FR = [
  'approuv[ée]e?s?',
  'approbation',
  'pr[ée]par[ée]e?s?',
  'supervis[ée]e?s?',
  'supervision',
  'compil[ée]e?s?',
  'r[ée]dig[ée]e?s?',
  'responsable de'
]
/**
 * A review or a verification: approval words too, but "reviewed" or « examiné » alone says none of what s.3.1 asks;
 * "verified" does where it is said of the information with the review ("reviewed and verified the technical
 * information", see `approvesIn`), not of the data alone ("verified the data by reviewing the certificates": the
 * verification of s.3.2).
 */
const REVIEWS_WORDS = [String.raw`\breview(?:ed|s)?\b`, String.raw`\bverified\b`]
const REVIEWS_FR = ['r[ée]vis[ée]e?s?', 'v[ée]rifi[ée]e?s?', 'examin[ée]e?s?']
/** Any approval word: « a révisé et approuvé », "reviewed and approved", "prepared", "supervised", "verified". */
const APPROVAL = pattern([...REVIEWS_WORDS, ...APPROVES_WORDS, frenchWords([...REVIEWS_FR, ...APPROVES_FR])].join('|'))
const APPROVES = pattern([...APPROVES_WORDS, frenchWords(APPROVES_FR)].join('|'))
const VERIFIED = pattern(String.raw`\bverified\b|` + frenchWords(['v[ée]rifi[ée]e?s?']))

/**
 * "Verified" as the data verification of s.3.2, not an approval of the release: negated ("has not verified the
 * historical estimate", « n'a pas vérifié »), or, outside the QP sentence, said of the data ("Ms. Roe verified the
 * data disclosed by reviewing the certificates", "the assay data were verified by", « a vérifié les données »). A
 * QP sentence that says "verified" of the information it names keeps it as its approval word.
 */
const VERIFIED_WORD = /^(?:verified|v[ée]rifi)/
const NOT_BEFORE = /(?:\b(?:not|never)(?: (?:been|yet|independently))?|n['’](?:a|ont) pas(?: (?:été|encore))?) ?$/
const DATA_WORDS = String.raw`(?:data|database|assays?|certificates|samples?|sampling|logs|historical|surveys?)`
const DATA_AFTER = pattern(String.raw`^[^.;]{0,40}?\b(?:${DATA_WORDS}|donn[ée]es|certificats|[ée]chantillons?)\b`)
const DATA_BEFORE =
  /\b(?:data|database|assays?|certificates|samples|donn[ée]es|certificats|[ée]chantillons)\b[^.;]{0,40}$/
/**
 * An approval word whose agent is only its helper ("was prepared with the assistance of Ailsa Munro, P.Geo., a
 * Qualified Person", « préparé avec l'aide de »): the QP assisted, and did not prepare, supervise or approve (s.3.1).
 */
const ASSISTED = pattern(
  String.raw`^,? (?:(?:with|through) the (?:assistance|help|input|aid|support|cooperation|collaboration|participation) ` +
    String.raw`of|assisted by|with help from)\b|^,? avec (?:l['’](?:aide|assistance|appui)|le concours|la collaboration|` +
    String.raw`la participation) d`
)
const notAssisted = (text: string, end: number): boolean => !ASSISTED.test(text.slice(end, end + 50))
const approvalIn =
  (qp: Sentence) =>
  (text: string, end: number, start: number): boolean => {
    if (!notAssisted(text, end)) return false
    if (!VERIFIED_WORD.test(text.slice(start, end))) return true
    const before = text.slice(Math.max(0, start - 60), start)
    if (NOT_BEFORE.test(before.trimEnd())) return false
    return text === qp.norm.text || !(DATA_AFTER.test(text.slice(end, end + 60)) || DATA_BEFORE.test(before))
  }

/** The words that say the QP prepared, supervised or approved: in the statement, or "verified" with the review. */
function approvesIn(units: Sentence[], approval: QpPart | undefined): QpPart | undefined {
  const reviewed = approval && units.find((unit) => unit.start <= approval.start && approval.end <= unit.end)
  return partIn(units, APPROVES, notAssisted) ?? (reviewed ? partIn([reviewed], VERIFIED) : undefined)
}

// A person's name, read in the text as written (capitals matter): two or more name words or initials, a
// nickname in quotes and particles allowed, an honorific and a suffix optional. Each part is bounded.
const title = (word: string) => word[0].toUpperCase() + word.slice(1)
// A name's letters as copy may write them: accents decomposed ("He\u0301le\u0300ne", a Mac's PDF copy), or UTF-8 read as
// Windows-1252 ("HÃ©lÃ¨ne": after "Ã", the character its second byte shows).
const MOJIBAKE_SECOND =
  String.raw`\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018` +
  String.raw`\u201A-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122`
const NAME_WORD = String.raw`[A-Z\u00C0-\u00DE](?:[a-zA-Z\u00C0-\u017F\u0300-\u036F'’-]|(?<=Ã)[${MOJIBAKE_SECOND}]){1,30}`
const INITIALS = String.raw`[A-Z]\.(?:-?[A-Z]\.){0,3}`
const NICKNAME = String.raw`["“'‘(][A-Z][a-z]{1,20}["”'’)]`
const SUFFIX_ALONE = String.raw`(?:${NAME_SUFFIXES.join('|')})(?![a-zA-Z])`
const SUFFIX = String.raw`(?:, ${SUFFIX_ALONE})`
const NAME_REST = String.raw`(?:\s+(?:${INITIALS}|${SUFFIX_ALONE}|${NAME_WORD}|${NICKNAME}|${NAME_PARTICLES.join('|')}))`
const PERSON = pattern(
  // An honorific and one name or more ("Mr. Roe", run together in copy: "Mr.Roe"), or two name words or more
  // ("Jane Roe", "J.R. Roe").
  String.raw`(?:\b(?:${HONORIFICS.map(title).join('|')})(?:\.\s*|\s+)(?:${NAME_WORD}|${INITIALS})${NAME_REST}{0,5}` +
    // A name run into the word before it ("byRobert Ashdown") starts at its capital.
    String.raw`|(?<![A-Z0-9_.])(?:${NAME_WORD}|${INITIALS})${NAME_REST}{1,5})${SUFFIX}?`,
  'g'
)
const PARTICLE = pattern(`^(?:${NAME_PARTICLES.join('|')})$`)
const HONORIFIC = pattern(String.raw`^(?:${HONORIFICS.map(title).join('|')})\.?$`)
const SUFFIX_WORD = pattern(String.raw`^,?(?:${NAME_SUFFIXES.join('|')})$`)
/** Capitalized words of the statement that are not names. */
const NON_NAME = new Set(
  (
    'qualified person persons qualifiedperson national instrument standards disclosure mineral projects project ' +
    'company corporation exchange chief vice president director officer exploration geologist geology technical ' +
    'scientific the this all canadian regulation note information news release mr ms mrs dr prof p.geo p.eng ' +
    'and of for a an in is was has have operating executive senior principal resources mining metals inc ltd ' +
    'corp limited independent consultant consulting member manager data verification quality assurance control ' +
    'statement professional engineer geoscientist ordre des ontario quebec québec british columbia alberta ' +
    'manitoba saskatchewan nunavut yukon newfoundland labrador geo eng cpg ni copper gold silver nickel zinc ' +
    'lithium uranium mining mines metals minerals group consulting engineering capital ventures royalty royalties ' +
    // A laboratory's name ("Northfield Labs", "Tamber Analytical Laboratories"): no one's name.
    'labs laboratories laboratory analytical assay assayers services ' +
    // The study or estimate a statement says was prepared ("The Definitive Feasibility Study was prepared by", "The
    // Mineral Resource Estimate was prepared by"): no one's name.
    'definitive feasibility pre-feasibility prefeasibility study studies preliminary economic assessment report ' +
    'resource reserve estimate estimates ' +
    // A regulator's or a code's name, as a statement for two markets cites it ("S-K 1300 of the U.S. Securities and
    // Exchange Commission", "the Joint Ore Reserves Committee", "the 2012 Edition of the Australasian Code"): no one's.
    'securities commission committee code edition reporting subpart sec joint ore reserves ' +
    // Designations written without their periods, run up to the name ("Ann Lee PGeo, is the Qualified Person").
    'pgeo pgeol pgeoph peng rpgeo cpg cpeng ceng fausimm mausimm faig maig fgs ' +
    // French words a statement may capitalize ("Personne Qualifiée", "Règlement 43-101", "la Société").
    'personne personnes qualifiée qualifiées règlement norme société information scientifique technique géologue ' +
    'géologues ingénieur ingénieurs vice-président vice-présidente président présidente directeur directrice ' +
    'communiqué projets miniers géo ing le la les des du de et mines métaux ressources ' +
    // The department a title names after its comma ("Director, Mine Planning", "Vice President, Mine Operations",
    // "Manager, Resource Development"): no one's name.
    'mine planning operations development evaluation geoscience geotechnical metallurgy metallurgical processing ' +
    'sustainability environmental permitting business corporate general'
  ).split(' ')
)

/** A country's abbreviation, never a person's initials: "U.S.", "U.S.A.", "U.K.". */
const COUNTRY_INITIALS = /^U\.(?:S\.(?:A\.)?|K\.)$/

/** The legal suffixes of a company's name. */
const COMPANY = new Set([...COMPANY_SUFFIXES, 'limited', 'corporation', 'llc', 'plc'])
/**
 * The head nouns of a professional body's name ("the Australasian Institute of Mining and Metallurgy", "the Society
 * for Mining, Metallurgy & Exploration", "the Institute of Geologists of Ireland"), as a Competent Person statement
 * gives the QP's membership: the body's name is no one's, and membership is a designation, not a relationship.
 */
const BODY_NOUNS = ['institute', 'institution', 'society', 'association', 'college', 'academy', 'council', 'federation']
const BODY = new Set(BODY_NOUNS)
const BODY_WORDS = pattern(String.raw`\b(?:${BODY_NOUNS.join('|')})\b`)

/**
 * The person named in `mapped` (a block's text as written), the first that is not a term of art, nor a name the
 * release defines for a company (`companies`, lower case: "pennant hill" of `Pennant Hill Mining Ltd. (TSXV: PHM)
 * ("Pennant Hill")`, in "based on information disclosed by Pennant Hill and approved by Dr. Ingrid Solheim").
 */
export function findPerson(mapped: MappedText, companies?: ReadonlySet<string>): QpPerson | undefined {
  const person = people(mapped.text).find((named) => !companies?.has(named.words.toLowerCase()))
  return person && {...spanOf(mapped, person.from, person.to), words: person.words, surname: person.surname}
}

/**
 * The short names the release defines for companies after their legal form (and their tags): `pennant hill` of
 * `Pennant Hill Mining Ltd. (TSXV: PHM) ("Pennant Hill")`, `marrin bay` of `Marrin Bay Gold Inc. ("Marrin Bay")`.
 */
const COMPANY_TERM = pattern(
  String.raw`\b(?:inc|corp|corporation|ltd|limited|lt[ée]e|plc|llc|l\.p)\b\.?,? ?(?:\([^()"]{1,40}\) ?){0,4}` +
    String.raw`\((?:the )?"([^"()]{2,40})"`,
  'g'
)
const ISSUER_WORD = /^(?:company|corporation|issuer|soci[ée]t[ée]|compagnie|[ée]metteur)$/
function companyTerms(sentences: Sentence[]): Set<string> {
  const terms = new Set<string>()
  for (const sentence of sentences) {
    const text = sentence.norm.text
    if (!text.includes('("') && !text.includes('( "') && !text.includes('(the "')) continue
    for (const match of text.matchAll(COMPANY_TERM)) {
      const term = match[1].trim()
      // "the Company", « la Société »: the issuer's own term, no other company's name.
      if (!ISSUER_WORD.test(term)) terms.add(term)
    }
  }
  return terms
}

/** The people named in `text`: their offsets, the words as written and the surname. */
export function people(text: string): Array<{from: number; to: number; words: string; surname: string}> {
  const found: Array<{from: number; to: number; words: string; surname: string}> = []
  PERSON.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = PERSON.exec(text))) {
    const words = match[0].split(/\s+/).filter((w) => !PARTICLE.test(w))
    const honorific = HONORIFIC.test(words[0])
    const names = words.filter(
      (w) => !HONORIFIC.test(w) && !SUFFIX_WORD.test(w) && !/^["“'‘(]/.test(w) && !/^(?:[A-Z]\.)+$/.test(w)
    )
    // A country's abbreviation ("U.S.", "U.K.") is no one's initials.
    const initials = words.some((w) => /^(?:[A-Z]\.-?)+$/.test(w) && !COUNTRY_INITIALS.test(w))
    // A word as the name lists would hold it: no stop or comma after it, no possessive ("Commission's").
    const bare = (w: string) =>
      asTyped(w)
        .toLowerCase()
        .replace(/[.,]$/, '')
        .replace(/['’]s$/, '')
    // A company's name ("Alder Creek Gold Corp.") is no person's, nor is a professional body's ("Australasian
    // Institute").
    if (names.some((w) => COMPANY.has(bare(w)) || BODY.has(bare(w)))) continue
    // An acronym or a rule's number ("JORC", "S-K") is no name.
    let real = names.filter((w) => !NON_NAME.has(bare(w)) && !/^[A-Z][A-Z0-9-]+$/.test(w))
    // A surname in capitals after a given name, as French usage and some counsel write it ("Hélène DESROSIERS",
    // "Gregor LINDQVIST"): a name word where one in mixed case stands before it (capitals alone are an acronym).
    // The name ends where its designation or title follows ("DESROSIERS, géo.", "LINDQVIST (P.Geo.)").
    const next = text.slice(match.index + match[0].length, match.index + match[0].length + 2)
    if (real.length === 1 && !honorific && !initials && (next[0] === ',' || next === ' (')) {
      const capitals = names.filter(
        (w) => /^[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'-]{3,29}[.,]?$/.test(w) && !NON_NAME.has(bare(w))
      )
      if (capitals.length > 0 && names.indexOf(capitals[0]) === names.indexOf(real[0]) + 1)
        real = [real[0], ...capitals]
    }
    if (real.length >= 2 || ((honorific || initials) && real.length >= 1)) {
      found.push({
        from: match.index,
        to: match.index + match[0].length,
        words: match[0],
        surname: real[real.length - 1].replace(/[.,]$/, '')
      })
    }
  }
  return found
}

/**
 * A paragraph that is a title, not a statement ("**Competent Person and Qualified Person Statement**", as releases
 * written for two markets head theirs): its only sentence, short, in title case (most of its longer words
 * capitalized), with no stop at its end.
 */
function titleLine(sentence: Sentence): boolean {
  const raw = sentence.raw.text.trim()
  if (sentence.block.sentences.length !== 1 || raw.length > LIMITS.qpTitleMaxLength || /[.:;!?]$/.test(raw))
    return false
  const words = raw.match(/\b[A-Za-z]{4,}\b/g) ?? []
  return words.length >= 2 && words.filter((word) => /^[A-Z]/.test(word)).length / words.length >= 0.8
}

/** A sentence that speaks of a QP: the term, or a professional's approval. */
const qpSentence = (sentence: Sentence): boolean => has(sentence, QP) || approvedByProfessional(sentence)

/** The QP statement: the QP sentence whose paragraph holds the most parts. */
export function findQpStatement(blocks: Block[], sentences: Sentence[], issuer: string[]): QpStatement | undefined {
  let best: {statement: QpStatement; score: number} | undefined
  let companies: Set<string> | undefined
  for (const sentence of sentences) {
    if (!qpSentence(sentence)) continue
    // Only headings ("Qualified Person") are not statements, nor are titles set as paragraphs.
    if (sentence.block.kind === 'heading' || sentence.norm.text.length < LIMITS.qpSentenceMinLength) continue
    if (titleLine(sentence)) continue
    const negation = find(sentence, NOT_A_STATEMENT)
    const statement = partsOf(
      sentence,
      statementWindow(blocks, sentence),
      issuer,
      (companies ??= companyTerms(sentences))
    )
    // A caution that mentions a QP ("a qualified person has not done sufficient work") is no statement; a statement
    // that names the QP and its approval before saying what was not verified ("…, approved this release; she has
    // not verified the historical estimate") is one.
    const {person, approval} = statement
    const named = person && approval && person.start >= sentence.start && approval.start >= sentence.start
    if (negation && !(named && approval.start < negation.start)) continue
    const score = [
      statement.person ?? statement.namePlaceholder,
      statement.designation,
      statement.relationship,
      statement.approval,
      statement.qualifiedPerson,
      statement.instrument
    ].filter(Boolean).length
    if (!best || score > best.score) best = {statement, score}
  }
  const statement = best?.statement
  if (statement)
    statement.unrelated = unrelatedOthers(
      statementWindow(blocks, statement.sentence).units,
      sentences,
      issuer,
      companies ?? NO_COMPANIES
    )
  // Another QP sentence of the release covers the rest ("The Mineral Resource Estimate was prepared by …"): no limit.
  if (statement?.scope && sentences.some((other) => qpSentence(other) && BROAD_SCOPE.test(other.norm.text)))
    statement.scope = undefined
  // The relationship may be stated where the release introduces the QP ("Dr. Ebert, President and CEO"), and the
  // designation, approval and identification where a footnote's QP is named ("approved by Ewan Roe, P.Geo.(1)" above
  // "(1) Mr. Roe is … a qualified person"): looked for once, for the statement chosen, in the sentences that name the QP.
  const whole = (found: QpStatement) =>
    found.relationship && found.designation && found.approval && found.qualifiedPerson && found.instrument
  if (statement?.person && !whole(statement)) {
    const {surname} = statement.person
    const toIssuer = toIssuerOf(issuer, companies)
    for (const other of sentences) {
      if (!other.raw.text.includes(surname)) continue
      statement.relationship ??= partIn([other], RELATIONSHIP, (text, end) => ownWord(text, end) && toIssuer(text, end))
      statement.designation ??= partIn([other], DESIGNATION_RE)
      // An approval of the release's information, not a word of a quote ("we reviewed the results", he said).
      if (APPROVED_WHAT.test(other.norm.text)) {
        statement.approval ??= partIn([other], APPROVAL, approvalIn(statement.sentence))
        statement.approves ??= approvesIn([other], statement.approval)
      }
      // A footnote that identifies the QP under the instrument ("(2) Mr. Roe is … a qualified person as defined in
      // NI 43-101"): its reference to the instrument is the statement's.
      const identifies = partIn([other], IDENTIFIES)
      if (identifies) {
        statement.qualifiedPerson ??= identifies
        statement.instrument ??= partIn([other], INSTRUMENT)
      }
      if (whole(statement)) break
    }
  }
  return statement
}

/**
 * A statement that does not call its person a qualified person: a professional with a designation approves the
 * release's information ("The technical information in this release has been reviewed by Jordan Pike, P.Geo."), or
 * a named person its scientific or technical information by name ("Dr. Lena Koss, Vice President Exploration, has
 * approved the technical information in this release"). It is the QP statement all the same, and what it lacks (the
 * QP's identification, the relationship) is reported on it rather than a statement missing.
 */
function approvedByProfessional(sentence: Sentence): boolean {
  if (!has(sentence, APPROVAL)) return false
  const text = sentence.norm.text
  // With a designation, any of the release's information; without one, its scientific or technical information by
  // name ("Dr. Lena Koss, Vice President Exploration, has approved the technical information in this release").
  const what = has(sentence, DESIGNATION_RE) ? APPROVED_WHAT.test(text) : TECHNICAL_WHAT.test(text)
  return what && findPerson(sentence.raw) !== undefined
}

/**
 * What a QP approves: the release's technical information, disclosure, content or data; in French its « contenu »,
 * « information », « renseignements », « données » or « communiqué » (its last letter accented: no \b after it).
 */
const APPROVED_WHAT = pattern(
  String.raw`\b(?:information|disclosure|content|contents|release|data)\b|` +
    frenchWords(['contenu', 'informations?', 'renseignements', 'donn[ée]es', 'communiqu[ée]'])
)
/** The release's scientific or technical information named as such (« l'information scientifique et technique »). */
const TECHNICAL_WHAT = pattern(
  String.raw`\b(?:scientific|technical|geological)\b[^.]{0,40}\b(?:information|disclosure|content|contents|data)\b` +
    String.raw`|\b(?:information|informations|contenu|données|renseignements) (?:scientifiques?|techniques?)\b`
)

/** A paragraph opening on a pronoun for the people named before it (« Il est une personne qualifiée … »). */
const CONTINUES = pattern(String.raw`^\W{0,3}(?:he|she|they|both|each|il|elle|ils|elles|tous deux|chacun)\b`)

/** Sentences either side of the QP sentence that belong to its statement, at most. */
const NEIGHBOURS = 3
/** The items of a list under the QP sentence's lead-in read as its statement, at most. */
const LIST_ITEMS = 8

/**
 * The statement around the QP sentence: its paragraph, joined with neighbours it runs into (a sentence broken
 * by a blank line), read as the sentences near the QP sentence (a paragraph of a thousand sentences is not
 * read again for each).
 */
function statementWindow(blocks: Block[], sentence: Sentence): {window: Block[]; units: Sentence[]} {
  const block = sentence.block
  const window = [block]
  const units = [sentence]
  const local = sentence.index - (block.sentences[0]?.index ?? sentence.index)
  units.push(...block.sentences.slice(Math.max(0, local - NEIGHBOURS), local + NEIGHBOURS + 1))
  const open = (b: Block) => !/[.!?)"']\s*$/.test(b.norm.text)
  // A paragraph that goes on speaking of the people the one before named, by a pronoun ("He is a Qualified Person as
  // defined in NI 43-101", "Both are qualified persons …"): the statement set as two paragraphs.
  const continues = (b: Block) => CONTINUES.test(b.norm.text)
  // A page's header or footer left inside the statement by copy from a PDF is stepped over.
  const across = (index: number, step: number) =>
    blocks[index] && isPageFurniture(blocks[index]) ? blocks[index + step] : blocks[index]
  const previous = across(block.index - 1, -1)
  // A title over the statement ("Qualified Person" set as a paragraph, as a heading is in plain text) is no part of it.
  if (
    previous &&
    previous.kind !== 'heading' &&
    !isCapitalizedTitle(previous) &&
    (open(previous) || continues(block))
  ) {
    window.unshift(previous)
    units.push(...previous.sentences.slice(-NEIGHBOURS))
    // A clause after a list that goes on from the list's lead-in ("The … information … has been reviewed and approved
    // by:", "- Hugo Sandoval, P.Eng., … – mining", "- Beth Ornstein, P.Geo., … – Mineral Resources", "each of whom is
    // an independent Qualified Person as defined in NI 43-101"): the list's other items, a few, and its lead-in; items
    // set as paragraphs that open on a bullet glyph ("• Hugo Sandoval, P.Eng., …") too.
    if (bulleted(previous) && TRAILS_LIST.test(block.raw.text)) listAbove(blocks, previous, window, units)
  }
  const next = across(block.index + 1, 1)
  // A table of the QPs the statement announces ("… the independent Qualified Persons listed below, each of whom has
  // reviewed and approved …", then "| Fiona Gallagher, P.Eng. | Coast Range Mining Ltd. | Mining |"): its rows, a few.
  if (next && next.kind !== 'heading' && BELOW.test(block.norm.text) && tableRows(next) >= 2) {
    window.push(next)
    units.push(...next.sentences.slice(0, LIST_ITEMS))
    return {window, units}
  }
  if (next && next.kind !== 'heading' && (open(block) || continues(next))) {
    window.push(next)
    units.push(...next.sentences.slice(0, NEIGHBOURS))
    // A lead-in that ends with a colon over a list ("Qualified Person under NI 43-101:", "- Owen Fairley, P.Geo.",
    // "- Vice President Exploration of the Company", "- approved the technical information"): its items, a few.
    if (next.list !== undefined && /:\s*$/.test(block.norm.text)) {
      for (let i = next.index + 1; i < Math.min(blocks.length, next.index + LIST_ITEMS); i++) {
        if (blocks[i].list !== next.list) break
        window.push(blocks[i])
        units.push(...blocks[i].sentences.slice(0, NEIGHBOURS))
      }
    }
  }
  return {window, units}
}

/** Words that announce what follows the paragraph: a list or a table ("listed below", "the following", "as follows:"). */
const BELOW = /:\s*$|\b(?:below|as follows|the following)\b/
/** How many lines of `block` are a table's rows (a pipe or a tab in each). */
const tableRows = (block: Block): number => block.raw.text.split('\n').filter(isRowLike).length

/** A paragraph that opens in lower case: a clause that goes on from the lines before it ("each of whom is …"). */
const TRAILS_LIST = /^\W{0,3}\p{Ll}/u

/**
 * The items of `last`'s list above it, a few, and the lead-in that opens the list with a colon, put before `window`
 * (the lead-in's last sentences into `units`, the items' first).
 */
function listAbove(blocks: Block[], last: Block, window: Block[], units: Sentence[]): void {
  let i = last.index - 1
  for (; i >= 0 && i > last.index - LIST_ITEMS && sameList(blocks[i], last); i--) {
    window.unshift(blocks[i])
    units.push(...blocks[i].sentences.slice(0, NEIGHBOURS))
  }
  const lead = blocks[i]
  if (!lead || bulleted(lead) || lead.kind === 'heading' || !/:\s*$/.test(lead.norm.text)) return
  window.unshift(lead)
  units.push(...lead.sentences.slice(-NEIGHBOURS))
}

/** The first match of `re` in `units` (the QP sentence first) that `accept` takes. */
function partIn(
  units: Sentence[],
  re: RegExp,
  accept: (text: string, end: number, start: number) => boolean = () => true
): QpPart | undefined {
  const global = new RegExp(re.source, 'g')
  for (const unit of units) {
    for (const match of unit.norm.text.matchAll(global)) {
      const end = match.index + match[0].length
      if (!accept(unit.norm.text, end, match.index)) continue
      return {...spanOf(unit.norm, match.index, end), words: match[0]}
    }
  }
  return undefined
}

/**
 * The company a relationship is to ("consultants of Other Copper Corp.", « vice-présidente Exploration de Mines
 * Tessier ltée »), when it names one.
 */
const RELATED_TO = pattern(
  String.raw`^[^.;:]{0,30}?(?:\b(?:of|to|with|at|de|du|pour|chez) |\bd['’])` +
    String.raw`((?:the |la |le |l['’])?[a-z0-9à-ÿ&'.-]+(?: [a-z0-9à-ÿ&'.-]+){0,3})`
)
/** The company right after a relationship that ends in its preposition ("geologist with Norvale Mining Ltd."). */
const RELATED_TO_NEXT = pattern(String.raw`^ ((?:the |la |le |l['’])?[a-z0-9à-ÿ&'.-]+(?: [a-z0-9à-ÿ&'.-]+){0,3})`)
const ENDS_IN_PREPOSITION = /\b(?:of|for|with|at|to|from|by|de|du|pour|chez)$/
const COMPANY_WORDS = pattern(
  String.raw`\b(?:corp|corporation|inc|ltd|limited|llc|plc|s\.?a|copper|gold|silver|mining|mines|resources|metals|` +
    String.raw`minerals|group|lt[ée]e|mini[èe]re|ressources)(?![a-zà-ÿ])`
)

/**
 * A relationship word that is part of a firm's name: its legal suffix follows within two words that are no function
 * words ("of Ferrule Mining Consultants Ltd.", "with Tarn Geological Consulting (Canada) Inc."). The QP's firm
 * says nothing of the tie to the issuer; "a consultant to the Company" or "Consulting Geologist" names no firm.
 */
const FIRM_SUFFIX = pattern(
  String.raw`^(?: (?!(?:of|to|with|for|the|and|a|an|at|by|from|who|which|is|was|de|la|le|et)\b)[a-z&().'’-]{1,20}){0,2},? ` +
    String.raw`(?:inc|ltd|limited|corp|corporation|llc|llp|lt[ée]e|s\.a|gmbh|pty|plc|sas|s\.e\.n\.c)\b`
)
/** Whether the relationship word ending at `end` is part of a firm's name that is not the issuer's. */
function inFirmName(text: string, end: number, issuer: string[]): boolean {
  const after = FIRM_SUFFIX.exec(text.slice(end, end + 70))
  if (!after) return false
  const name = text.slice(Math.max(0, end - 60), end + after[0].length)
  return !issuer.some((own) => own.length > 2 && name.includes(own))
}

/**
 * "to the Company", "by the Company" after a passive verb of a thing: the Company is where data went or came from
 * ("the assay certificates have not been made available to the Company", "the drill data provided by the Company"),
 * not the QP's tie. A verb that binds a person to the Company is one ("retained by the Company", "has worked for the
 * Company", "consulted for the Company").
 */
const THING_TO_ISSUER = pattern(
  String.raw`\b(?:available|accessible|[a-z]{2,20}(?:ed|en)) (?:to|by|from|for|with) the (?:company|corporation|issuer)$`
)
const BINDS_PERSON = pattern(
  String.raw`\b(?:(?:employ|retain|engag|contract|hir|appoint|affiliat|associat|relat|connect|compensat|remunerat|second|` +
    String.raw`work|serv|act|consult|nominat|elect)ed|paid) [a-z]{2,4} the [a-z]{6,11}$`
)
/** Whether the bare tie ending at `end` is the Company as a thing's source or recipient (`THING_TO_ISSUER`). */
function thingToIssuer(text: string, end: number): boolean {
  const before = text.slice(Math.max(0, end - 60), end)
  return THING_TO_ISSUER.test(before) && !BINDS_PERSON.test(before)
}

/**
 * Accepts a relationship ending at `end` unless it is to another company than the issuer (`toAnotherCompany`), a
 * word of another firm's name (`inFirmName`) or the Company as where a thing went (`thingToIssuer`).
 */
const toIssuerOf =
  (issuer: string[], companies: ReadonlySet<string> = NO_COMPANIES) =>
  (text: string, end: number): boolean =>
    !toAnotherCompany(text, end, issuer, companies) && !inFirmName(text, end, issuer) && !thingToIssuer(text, end)
const NO_COMPANIES: ReadonlySet<string> = new Set()

/**
 * Whether the relationship ending at `end` is to another company than the issuer: s.3.1 asks for the QP's
 * relationship to the issuer, and a royalty holder's release that repeats an operator's QPs ("independent
 * consultants of the operator") does not give it. Told only when the release defines the issuer's names.
 */
function toAnotherCompany(text: string, end: number, issuer: string[], companies: ReadonlySet<string>): boolean {
  return anotherCompanyEnd(text, end, issuer, companies) !== undefined
}

/**
 * Where the other company's name ends (an index in `text`), when the relationship ending at `end` is to one: named with
 * a word of a company's name, or by the short name the release defines for it (`companies`: "Vice President,
 * Exploration of Pennant Hill" where `Pennant Hill Mining Ltd. (TSXV: PHM) ("Pennant Hill")` is the operator).
 */
function anotherCompanyEnd(
  text: string,
  end: number,
  issuer: string[],
  companies: ReadonlySet<string>
): number | undefined {
  if (issuer.length === 0) return undefined
  const after = text.slice(end, end + 90)
  const match =
    (ENDS_IN_PREPOSITION.test(text.slice(Math.max(0, end - 6), end)) && RELATED_TO_NEXT.exec(after)) ||
    RELATED_TO.exec(after)
  const target = match?.[1].replace(/^(?:the |la |le |l['’])/, '')
  // A professional body is no company ("Manager, a Member of the Australasian Institute of Mining and Metallurgy").
  if (!match || !target || BODY_WORDS.test(target)) return undefined
  // The issuer's own term ("Chief Geologist of the Corporation", « de la Société »), though "corporation" ends names.
  if (target !== match[1] && ISSUER_WORD.test(target.split(' ', 1)[0])) return undefined
  // Named by its defined name, the company's name ends with it ("of pennant hill", not "of pennant hill and a").
  const worded = COMPANY_WORDS.test(target)
  const defined = worded ? undefined : [...companies].find((name) => `${target} `.startsWith(`${name} `))
  if (!worded && defined === undefined) return undefined
  if (issuer.some((name) => target.includes(name) || name.startsWith(target))) return undefined
  return defined === undefined ? end + match[0].length : end + match[0].length - target.length + defined.length
}

/** A relationship the statement gives to another company than the issuer, from its words to the company's name. */
function relatedElsewhere(units: Sentence[], issuer: string[], companies: ReadonlySet<string>): QpPart | undefined {
  for (const unit of units) {
    for (const match of unit.norm.text.matchAll(RELATIONSHIP_ALL)) {
      const end = anotherCompanyEnd(unit.norm.text, match.index + match[0].length, issuer, companies)
      if (end !== undefined)
        return {...spanOf(unit.norm, match.index, end), words: unit.norm.text.slice(match.index, end)}
    }
  }
  return undefined
}

/** A title the issuer gives by its own name ("Opawica's geologist", "Larchmont's exploration manager"), per names. */
const issuerTitles = new Map<string, RegExp>()
function issuerTitle(issuer: string[]): RegExp {
  const key = issuer.join('\u0000')
  let re = issuerTitles.get(key)
  if (!re) {
    // Bounded: a long run over many issuers does not keep every issuer's pattern.
    if (issuerTitles.size >= 256) issuerTitles.clear()
    const names = boundedNames(issuer)
    re = names ? new RegExp(String.raw`(?:${names})'s (?:[a-z.-]{1,20} ){0,3}?(?:${ISSUER_TITLES})\b`) : /(?!)/
    issuerTitles.set(key, re)
  }
  return re
}

function partsOf(
  sentence: Sentence,
  {window, units}: {window: Block[]; units: Sentence[]},
  issuer: string[],
  companies: ReadonlySet<string>
): QpStatement {
  const toIssuer = toIssuerOf(issuer, companies)
  const title = headingAbove(window)
  const approval = partIn(units, APPROVAL, approvalIn(sentence))
  const person = units.map((unit) => findPerson(unit.raw, companies)).find(Boolean)
  // A relationship is the QP's where the QP sentence gives it, or a sentence that names a person of the statement or
  // speaks of the QP: not the laboratory's ("ALS, which is independent of the Company") nor the contractor's data.
  const names = namesOf(sentence, units)
  // The items of a list the QP sentence leads in with a colon are the QP's ("- Vice President Exploration of the
  // Company"), as the sentence is.
  const lead = /:\s*$/.test(sentence.block.norm.text)
  const items = new Set(
    window
      .filter((block) => lead && block.list !== undefined && block.index > sentence.block.index)
      .flatMap((block) => block.sentences.map((item) => item.norm.text))
  )
  const ofQp = (text: string, end: number) =>
    ownWord(text, end) &&
    (text === sentence.norm.text ||
      items.has(text) ||
      OF_QP.test(text) ||
      text.split(WORD_BREAK).some((word) => names.has(word))) &&
    toIssuer(text, end)
  return {
    sentence,
    window,
    person,
    namePlaceholder: units.some((unit) => /\[(?:name|nom)\]/.test(unit.norm.text)),
    designation: partIn(units, DESIGNATION_RE),
    relationship: partIn(units, RELATIONSHIP, ofQp) ?? partIn(units, issuerTitle(issuer), ofQp),
    relatedElsewhere: relatedElsewhere(units, issuer, companies),
    approval,
    approves: approvesIn(units, approval),
    forRelease: partIn(units, FOR_RELEASE),
    qualifiedPerson: partIn(units, IDENTIFIES) ?? partIn(title, IDENTIFIES),
    instrument: partIn(units, INSTRUMENT) ?? partIn(title, INSTRUMENT),
    unrelated: [],
    scope: units.some((unit) => BROAD_SCOPE.test(unit.norm.text)) ? undefined : partIn([sentence], NARROW_SCOPE)
  }
}

/** What a statement limited to results names: "the drilling results", "the assay results", "the sampling data". */
const NARROW_SCOPE = pattern(
  String.raw`\b(?:drill(?:ing)?|drill ?hole|assay|analytical|sampl(?:e|es|ing)|geochemical|exploration|channel|` +
    String.raw`trench(?:ing)?|core)(?: [a-z]{2,12})? (?:results|data|intercepts|intersections|assays)\b|` +
    frenchWords([String.raw`r[ée]sultats (?:de |des |d['’])(?:forage|analyse|[ée]chantillonnage|sondage)s?`])
)
/** Words of a statement that covers more than results: the technical information, an estimate, a study, the rest. */
const BROAD_SCOPE = pattern(
  String.raw`\b(?:scientific|technical|resources?|reserves?|estimates?|mre|pea|stud(?:y|ies)|assessment|other|all|` +
    String.raw`disclosure|contents?)\b|` +
    frenchWords([
      String.raw`scientifiques?|techniques?|ressources?|r[ée]serves?|estimations?|[ée]tudes?|autres?|tous|toutes`
    ])
)

/**
 * The title right above the statement, a markdown heading ("## Qualified Person") or a title set as a paragraph (a
 * bold or a plain line, `isCapitalizedTitle`): it names the person below as the QP, whichever way it is set; it is no
 * part of the statement (`statementWindow`), so its other words are none of the statement's parts.
 */
function headingAbove(window: Block[]): Sentence[] {
  const first = window[0]
  const before = first.draft.blocks[first.index - 1]
  return before && (before.kind === 'heading' || isCapitalizedTitle(before)) ? before.sentences : []
}

/** The release named as what the QP is the QP of (see `forRelease`). */
const FOR_RELEASE = pattern(
  String.raw`\bfor (?:the )?purposes? of (?:this|the) (?:news |press )?(?:release|disclosure)\b|` +
    String.raw`\bfor (?:this|the) (?:news |press )?release\b|` +
    frenchWords([String.raw`aux fins du pr[ée]sent communiqu[ée]`, String.raw`pour le pr[ée]sent communiqu[ée]`])
)
const RELATIONSHIP_ALL = pattern(RELATIONSHIP.source, 'g')
/** Degrees and designations a name parse can take for a name ("BSc Geol MBM"). */
const DEGREE = /\b(?:B\.?Sc|M\.?Sc|Ph\.?D|B\.?Eng|M\.?Eng|MBA|MBM|Geol|Hons|BA|MA)\b/
/**
 * The firm a professional is with: its first capitalized word ("of SLR Consulting", "from Micon International"); in
 * French, where « de » or « chez » names so much else (« au sens du Règlement 43-101 »), a name with its legal form
 * (« de Génie Minier Aubert inc. », « chez Géoterra Conseil ltée »).
 */
const FIRM = pattern(
  String.raw`^[^;]{0,70}?(?:\b(?:of|from|with|at) (?:the firm )?([A-Z][A-Za-z&'-]{2,})|` +
    String.raw`(?<![A-Za-zÀ-ÿ])(?:de|du|chez) (?:la firme )?([A-ZÀ-Þ][A-Za-zÀ-ÿ&'-]{2,})` +
    String.raw`(?=(?: [A-Za-zÀ-ÿ&'-]{1,20}){0,3},? (?:inc|lt[ée]e|limit[ée]e|s\.e\.n\.c|ltd)\b))`
)
/** A sentence of another era or of a biography: its professionals are no QPs of this release. */
const NOT_THIS_RELEASE = /\bhistor|\bformerly\b|\bpreviously\b|\b19\d\d\b|\bhistoriques?\b|\bauparavant\b/
const DESIGNATION_ALL = pattern(DESIGNATION, 'g')
/** What joins the names of a list: commas, "and", brackets, spaces, the next one's honorific. */
const LIST_GLUE = /[\s,;().&]+|\band\b|\bet\b|\b(?:dr|mr|mrs|ms|mme|m)\b/g
/** A relationship stated for several people at once: "both are independent", "each of whom is a consultant". */
const TOGETHER = /\b(?:both|each|all|tous|toutes|chacun|chacune)\b/g
/**
 * Whether a sentence states one relationship for them all: after "both" or "each" ("each of whom is independent of
 * the Company"), not one of them said before it ("… Manager of the Company; … by Tom Fry, P.Geo. Each is a QP").
 */
function togetherRelated(text: string, related: (text: string) => boolean): boolean {
  for (const match of text.matchAll(TOGETHER)) if (related(text.slice(match.index))) return true
  return false
}

/**
 * What a sentence says of one person it names: from their name to the next person named (a list's glue passed over:
 * "Mr. Roe and Dr. Fry are employees of the Company" is said of both), with the words before their name when no one is
 * named before them ("Independent of the Company, Mr. Fry approved …"). A sentence whose names are not read whole.
 */
function clauseAbout(sentence: Sentence, surname: string): string {
  const text = sentence.raw.text
  const named = people(text)
  const index = named.findIndex((person) => person.surname === surname)
  if (index < 0) return sentence.norm.text
  let next = index + 1
  const glue = (from: number, to: number) =>
    text.slice(from, to).toLowerCase().replace(DESIGNATION_ALL, ' ').replace(LIST_GLUE, '') === ''
  while (next < named.length && glue(named[next - 1].to, named[next].from)) next++
  return text.slice(index === 0 ? 0 : named[index].from, named[next]?.from ?? text.length).toLowerCase()
}

/**
 * Where the statement names several professionals as preparing or approving (two QPs), those whose relationship to
 * the issuer the release does not give: in their own clause (up to the next person named), in a sentence that names
 * them, or for them all at once ("both are independent of the Company").
 */
function unrelatedOthers(
  units: Sentence[],
  sentences: Sentence[],
  issuer: string[],
  companies: ReadonlySet<string>
): QpPerson[] {
  const toIssuer = toIssuerOf(issuer, companies)
  const related = (text: string) =>
    [...text.matchAll(RELATIONSHIP_ALL)].some((match) => toIssuer(text, match.index + match[0].length))
  const seen = new Set<string>()
  const named: Array<{person: QpPerson; related: boolean; unit: Sentence}> = []
  // Sentences that state one relationship for several at once ("each an independent Qualified Person").
  // So does one that announces them below with it ("the independent Qualified Persons listed below").
  const together = new Set(
    [...new Set(units)].filter(
      (unit) => togetherRelated(unit.norm.text, related) || (BELOW.test(unit.norm.text) && related(unit.norm.text))
    )
  )
  for (const unit of new Set(units)) {
    const text = unit.raw.text
    const lower = unit.norm.text
    if ((!APPROVAL.test(lower) && !IDENTIFIES.test(lower)) || NOT_THIS_RELEASE.test(lower)) continue
    const named0 = people(text)
    // The professionals named: a designation right after the name, before the next name ("Manager, Mine Planning of
    // Quillon, and by Tom Fry, P.Geo.": the designation is Fry's, and "Mine Planning" no professional).
    const found = named0.filter((person, index) => {
      const next = named0[index + 1]?.from ?? text.length
      return DESIGNATION_RE.test(text.slice(person.to, Math.min(person.to + 40, next)).toLowerCase())
    })
    // Each one's clause runs to the next professional; one that only lists (a designation and "and": "Ann Roe,
    // P.Eng., and Tom Fry, P.Geo., employees of the Company") takes its relationship from the clause that ends the list.
    const clauseOf = (index: number) => text.slice(found[index].to, found[index + 1]?.from ?? text.length)
    const ownClause = (index: number): string => {
      const clause = clauseOf(index)
      const glue = clause.toLowerCase().replace(DESIGNATION_ALL, ' ').replace(LIST_GLUE, '')
      return glue === '' && index + 1 < found.length ? ownClause(index + 1) : clause
    }
    // What the sentence says before the first of them, of them all ("the following qualified persons, who are
    // independent consultants of the Company: Ann Roe, P.Geo., and Tom Fry, P.Eng.").
    const lead = found.length > 0 && related(text.slice(0, found[0].from).toLowerCase())
    for (const [index, person] of found.entries()) {
      if (seen.has(person.surname) || DEGREE.test(person.words)) continue
      seen.add(person.surname)
      const clause = ownClause(index)
      // The firm they are with, when the release says how the firm relates to the issuer ("… P.Geo. from Micon
      // International Limited", "Micon International Limited is independent of Talamore"); named after a list of
      // people ("Ann Roe, P.Eng. and Tom Fry, P.Geo. from Micon"), it is each one's.
      const firmMatch = FIRM.exec(text.slice(person.to, person.to + 100))
      const firm = firmMatch?.[1] ?? firmMatch?.[2]
      // Another sentence that names them: in their own, the relationship of someone else named in it is not theirs
      // ("… by Ann Roe, P.Eng., Manager, Mine Planning of the Company; … by Tom Fry, P.Geo."), nor in another
      // ("Dr. Roe, the Company's CEO, approved the interpretation, and Mr. Fry approved the assay data").
      const about = (name: string) => (other: Sentence) =>
        other !== unit && other.raw.text.includes(name) && related(other.norm.text)
      const aboutPerson = (other: Sentence) =>
        other !== unit && other.raw.text.includes(person.surname) && related(clauseAbout(other, person.surname))
      const own =
        lead ||
        related(clause.toLowerCase()) ||
        sentences.some(aboutPerson) ||
        (firm !== undefined && sentences.some(about(firm)))
      named.push({
        person: {...spanOf(unit.raw, person.from, person.to), words: person.words, surname: person.surname},
        // Said for them all in their own sentence ("… by Ann Roe, P.Eng., and Tom Fry, P.Geo., each an independent
        // Qualified Person"): theirs, not that of a QP another sentence names ("Dev Sahota, P.Geo., approved …").
        related: own || together.has(unit),
        unit
      })
    }
  }
  // One professional: the statement's own relationship speaks for them. Several stated together in a sentence that
  // names none of them ("Both are independent of the Company."): so does that, for all.
  if (named.length < 2 || [...together].some((unit) => !named.some((entry) => entry.unit === unit))) return []
  return named.filter((entry) => !entry.related).map((entry) => entry.person)
}
