/**
 * `qp-statement`: a release that gives scientific or technical information
 * about a mineral project names the Qualified Person who approved it, with
 * designation, relationship to the issuer, an approval verb and
 * identification as a QP under NI 43-101 (NI 43-101 s.3.1, s.2.1).
 * See docs/rules/qp-statement.md.
 */
import {find, has, type Block, type Model, type Sentence} from '../src/model/model.js'
import {DESIGNATION as DESIGNATION_PATTERN, HONORIFICS, LIMITS, NAME_PARTICLES} from '../src/model/vocabulary.js'
import {afterBlock, defineRule, slice, type Context, type Level} from '../src/core/rule.js'

export const QP_TEMPLATE =
  'The scientific and technical information in this news release has been reviewed and approved by [Name], ' +
  'P.Geo., [title] of the Company, a Qualified Person as defined in National Instrument 43-101.'

const CITATION = 'NI 43-101 s.3.1 (and s.2.1)'

// A sentence that speaks of a Qualified Person, not one of the cautions that
// mention one ("a qualified person has not done sufficient work …").
const QP = /\bqualified persons?\b|\bq\.?p\.?\b/
const NOT_A_STATEMENT = new RegExp(
  [
    'has not (?:done|completed|independently|verified)',
    'have not (?:done|verified)',
    'not (?:been )?verified by',
    'opinion of the qualified',
    'not aware of',
    'sufficient work'
  ].join('|')
)
const NI_43_101 = /43-101/
const IDENTIFIES = /\bqualified persons?\b|\(\s?"?qp"?\s?\)/
const DESIGNATION = new RegExp(DESIGNATION_PATTERN)
/** Words that state a QP's relationship to the issuer: a role, independence, a tie to "the Company". */
const RELATIONSHIP_WORDS = [
  'independent',
  'shareholder',
  'employees?',
  'officer',
  'director',
  'president',
  'vice-? ?president',
  'vp',
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
  'head of',
  '(?:of|for|with|from|by) the (?:company|corporation|issuer)'
]
const RELATIONSHIP = new RegExp(RELATIONSHIP_WORDS.map((word) => String.raw`\b${word}\b`).join('|'))
const APPROVAL =
  /\breview(?:ed|s)?\b|\bapprov(?:ed|es)\b|\bprepared\b|\bsupervis(?:ed|ion)\b|\bverified\b|\bcompiled\b|\bresponsible for\b|\bauthored\b/
// A person's name: two or more capitalized words or initials, particles allowed, an honorific optional.
const CAPITALIZED = String.raw`[A-Z][a-zA-Z\u00C0-\u017F'’-]+`
const PERSON = new RegExp(
  String.raw`(?:\b(?:${titleCase(HONORIFICS)})\.?\s+)?\b(${CAPITALIZED}|[A-Z]\.)` +
    String.raw`(?:\s+(?:[A-Z]\.|${CAPITALIZED}|${NAME_PARTICLES.join('|')})){1,4}`
)
const PARTICLE = new RegExp(`^(?:${NAME_PARTICLES.join('|')})$`)
const HONORIFIC = new RegExp(String.raw`^(?:${titleCase(HONORIFICS)})\.?$`)
const NON_NAME = new Set(
  (
    'qualified person persons national instrument standards disclosure mineral projects project company ' +
    'corporation exchange chief vice president director officer exploration geologist geology technical ' +
    'scientific the this all canadian regulation note information news release mr ms mrs dr prof dr. p.geo ' +
    'p.eng and of for a an in is was has have operating executive senior principal resources mining metals ' +
    'inc ltd corp limited independent consultant consulting member manager data verification quality ' +
    'assurance control statement professional engineer geoscientist ordre des'
  ).split(' ')
)

interface Parts {
  name: boolean
  designation: boolean
  relationship: boolean
  approval: boolean
  identification: boolean
}

export interface Options {
  /** Level of a QP statement that gives no professional designation; default `warning` (see the rule doc). */
  designation?: Level
}

const remarkLintQpStatement = defineRule<Options | undefined>(
  {id: 'qp-statement', options: {designation: ['error', 'warning']}},
  (context) => {
    const {model} = context
    const technical = model.topics.technical
    if (!technical) return

    const statement = findStatement(model)
    const cause = `the release gives scientific or technical information (“${slice(model, technical)}”)`
    if (!statement) {
      const lastTechnical = technical.sentences.at(-1)?.block ?? model.blocks.at(-1)
      context.report({
        reason:
          'Missing Qualified Person statement, expected the name, designation and relationship of the QP who ' +
          'approved the technical information',
        ...afterBlock(model, lastTechnical, QP_TEMPLATE),
        note:
          `${CITATION}: ${cause}, so it must name the Qualified Person who prepared, supervised or ` +
          `approved it and state the QP’s relationship to the issuer. Add a QP statement after the technical disclosure.`
      })
      return
    }
    reportMissingParts(context, statement.sentence, statement.parts, cause)
  }
)

export default remarkLintQpStatement

/** The QP statement: the QP sentence whose paragraph holds the most parts. */
function findStatement(model: Model): {sentence: Sentence; parts: Parts} | undefined {
  let best: {sentence: Sentence; parts: Parts; score: number} | undefined
  for (const sentence of model.sentences) {
    if (!has(sentence, QP) || has(sentence, NOT_A_STATEMENT)) continue
    // Only headings ("Qualified Person") are not statements.
    if (sentence.block.kind === 'heading' || sentence.norm.text.length < LIMITS.qpSentenceMinLength) continue
    const window = statementWindow(model, sentence.block)
    const parts = partsOf(model, window)
    const score = Object.values(parts).filter(Boolean).length
    if (!best || score > best.score) best = {sentence, parts, score}
  }
  return best
}

/** The paragraph of the QP sentence, joined with neighbours it runs into (a sentence broken by a blank line). */
function statementWindow(model: Model, block: Block): Block[] {
  const window = [block]
  const open = (b: Block) => !/[.!?)"']\s*$/.test(b.norm.text)
  const previous = model.blocks[block.index - 1]
  if (previous && previous.kind !== 'heading' && open(previous)) window.unshift(previous)
  const next = model.blocks[block.index + 1]
  if (next && next.kind !== 'heading' && open(block)) window.push(next)
  return window
}

function partsOf(model: Model, window: Block[]): Parts {
  const any = (re: RegExp) => window.some((block) => has(block, re))
  const names = window.flatMap((block) => surnames(block.raw.text))
  return {
    // A "[Name]" placeholder (our own fix's template) stands for the name until it is filled in.
    name: names.length > 0 || window.some((block) => /\[name\]/.test(block.norm.text)),
    designation: any(DESIGNATION),
    // The relationship may be stated where the release introduces the QP ("Dr. Ebert, President and CEO").
    relationship:
      any(RELATIONSHIP) ||
      model.sentences.some((s) => names.some((name) => s.raw.text.includes(name)) && has(s, RELATIONSHIP)),
    approval: any(APPROVAL),
    identification: any(IDENTIFIES) && any(NI_43_101)
  }
}

/**
 * The surnames of the people named in `text`: two or more capitalized words
 * (initials and particles allowed) that are not terms of art, or an
 * honorific and a name ("Mr. Pease").
 */
export function surnames(text: string): string[] {
  const found: string[] = []
  const re = new RegExp(PERSON.source, 'g')
  let match: RegExpExecArray | null
  while ((match = re.exec(text))) {
    const words = match[0].split(/\s+/).filter((w) => !PARTICLE.test(w))
    const honorific = HONORIFIC.test(words[0])
    const names = words.filter((w) => !HONORIFIC.test(w))
    const real = names.filter((w) => !NON_NAME.has(w.toLowerCase().replace(/[.,]$/, '')) && !/^[A-Z]{2,}$/.test(w))
    if (real.length >= 2 || (honorific && real.length >= 1)) found.push(real[real.length - 1].replace(/[.,]$/, ''))
  }
  return found
}

function reportMissingParts(
  context: Context<Options | undefined>,
  sentence: Sentence,
  parts: Parts,
  cause: string
): void {
  const {model, report} = context
  const text = slice(model, sentence)
  const end = text.replace(/[\s.]*$/, '').length
  const at = (offset: number, insert: string) => text.slice(0, offset) + insert + text.slice(offset)
  const after = (re: RegExp): number | undefined => {
    const found = find(sentence, re)
    return found ? found.end - sentence.start : undefined
  }
  const missing = (reason: string, why: string, expected: string, level: Level = 'error') =>
    report({
      level,
      reason,
      place: sentence,
      note: `${CITATION}: ${cause}; ${why}`,
      expected,
      actual: text
    })

  if (!parts.name) {
    const designation = find(sentence, DESIGNATION)
    missing(
      'Missing name of the Qualified Person in the QP statement',
      'the statement must name the Qualified Person. Add the QP’s full name.',
      designation ? at(designation.start - sentence.start, '[Name], ') : at(end, ', by [Name]')
    )
  }
  if (!parts.designation) {
    const name = surnames(text)[0]
    const afterName = name === undefined ? -1 : text.indexOf(name) + name.length
    missing(
      'Missing professional designation of the Qualified Person (P.Geo., P.Eng., …)',
      'a Qualified Person is a member in good standing of a professional association; give the designation after the name.',
      afterName > 0 ? at(afterName, ', [P.Geo.]') : at(end, ', [P.Geo.]'),
      context.options?.designation ?? 'warning'
    )
  }
  if (!parts.relationship) {
    const offset = after(DESIGNATION) ?? end
    missing(
      'Missing relationship of the Qualified Person to the issuer (title, “independent of the Company”, “consultant to the Company”)',
      'the statement must disclose the QP’s relationship to the issuer.',
      at(offset, ', [title] of the Company')
    )
  }
  if (!parts.approval) {
    missing(
      'Missing approval in the QP statement, expected “reviewed and approved”, “prepared” or “supervised”',
      'the statement must say that the QP prepared, supervised or approved the scientific and technical information.',
      text +
        ' The Qualified Person has reviewed and approved the scientific and technical information in this news release.'
    )
  }
  if (!parts.identification) {
    const qp = after(/\bqualified persons?\b/)
    missing(
      'Missing identification as a Qualified Person under NI 43-101',
      'the statement must identify the person as a Qualified Person as defined in National Instrument 43-101.',
      qp === undefined
        ? at(end, ', a Qualified Person as defined in National Instrument 43-101')
        : at(qp, ' as defined in National Instrument 43-101')
    )
  }
}

/** "mr|ms" → "Mr|Ms": honorifics as names are written. */
function titleCase(words: readonly string[]): string {
  return words.map((word) => word[0].toUpperCase() + word.slice(1)).join('|')
}
