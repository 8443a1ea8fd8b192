/**
 * Every pattern of the model, the rules and the language server's incremental
 * parser runs in linear time on adversarial input: each case below is the
 * worst input of one or more patterns, linted with the default preset
 * (`createProcessor`) and parsed by `createIncrementalParser`, at 10 KB and
 * 100 KB. The cases that were super-linear (seconds at 100 KB) run at 100 KB
 * and 1 MB too. Ten times the text may cost at most twelve times the work (a
 * quadratic reading costs a hundred times; every case costs 9 to 10.3 times).
 *
 * The work is counted, not timed (test/work.ts `textWork`): the characters the
 * regular expressions and the string and array searches pass over. A count does
 * not change when the machine is busy; `npm run bench` measures the time.
 *
 * The parser's own worst cases (micromark's, not a pattern of ours: runs of
 * `<!`, lines of `[a`, list lines, a paragraph of `[a]` lines, quadratic there)
 * are read as plain text behind the parse guard (src/core/parse-guard.ts);
 * `PARSER_CASES` lint them at 100 KB and 1 MB, with the CLI's processor and the
 * language server's, count the work, and check that micromark is handed letters
 * only where it would scan ahead (its time on plain letters is linear; counting
 * its own steps is not possible from outside).
 */
import {createIncrementalParser} from '../../src/language-server/incremental.js'
import {describe, expect, it} from 'vitest'
import {createProcessor} from '../../src/api.js'
import {shield} from '../../src/core/parse-guard.js'
import languageServerProcessor from '../../src/language-server/processor.js'
import {VFile} from 'vfile'
import {textWork} from '../work.js'

const KB10 = 10_000
const KB100 = 100_000
/** Ten times the text, at most this many times the work: counted, so no margin for a busy machine is needed. */
const FACTOR = 12

/** `unit` repeated to `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

/** Lint `value` with `processor` synchronously (`textWork` counts a synchronous run); its messages. */
function lint(processor: ReturnType<typeof createProcessor>, value: string): VFile['messages'] {
  const file = new VFile(value)
  processor.runSync(processor.parse(file), file)
  return file.messages
}

/**
 * Lint `value` with the default preset, and parse it incrementally. Where the text is one the rules see as another
 * case's (`[a` lines are the `[` and long-line cases once flattened), the incremental parser only: most of a lint
 * of it is micromark's parse again.
 */
function readers(parserOnly = false): Array<(value: string) => void> {
  // The rules ran: a draft without a disclaimer or caution gets messages.
  const rules = (value: string) => expect(Array.isArray(lint(createProcessor(), value))).toBe(true)
  const parser = (value: string) => expect(createIncrementalParser()(value).type).toBe('root')
  return parserOnly ? [parser] : [rules, parser]
}

/** The work of each read of `value`, counted one read at a time (vitest's worker answers its calls in between). */
async function work(value: string, reads: Array<(value: string) => void>): Promise<number> {
  let total = 0
  for (const read of reads) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    total += textWork(() => read(value))
  }
  return total
}

/** Ten times the text (`unit` repeated to `size`, then to ten times that), at most `FACTOR` times the work. */
async function expectLinear(unit: string, size: number, reads: Array<(value: string) => void>): Promise<void> {
  const small = await work(fill(unit, size), reads)
  expect(small).toBeGreaterThan(size)
  expect(await work(fill(unit, 10 * size), reads)).toBeLessThan(FACTOR * small)
}

/**
 * [what, repeated unit, the patterns it targets]. Each pattern of src/model,
 * rules/ and src/language-server/incremental.ts that could read a run twice
 * is named by the case that feeds it its worst run.
 */
const CASES: Array<[string, string, string, boolean?]> = [
  // Digits and separators.
  [
    'digits and commas',
    '1,',
    'topics.ts FIGURE_SIGNALS `\\b[\\d.,]{1,40} ?(?:million )?(?:tonnes|…)`, `[\\d,.]{1,40} (?:metres|m)`'
  ],
  [
    'digits and periods',
    '1.',
    'the same; numbers.ts DIGITS (`\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?`); sentences.ts NOT_AN_END'
  ],
  ['thousands groups', ',000', 'numbers.ts findMoney / findPercents (CENTS, percent); offering-figures.ts counts'],
  ['amounts', '$1', 'numbers.ts DOLLARS `(?<![a-z0-9])${CURRENCY}\\s?(?<num>…)`; offering-lots.ts price phrases'],
  ['percentages', '1%', 'numbers.ts percent; topics.ts GRADE_SIGNALS `\\d\\s?% ?(?:cu|…)`'],
  ['grades', '1 g/t ', 'topics.ts GRADE_SIGNALS `\\d\\s?(?:g\\/t|…)`'],
  ['metres', '1 m ', 'topics.ts `\\d\\s?(?:m|metres?) (?:grading|…)`, `[\\d,.]{1,40} (?:metres|m)\\b[^.]{0,40}`'],
  // Repeated words.
  [
    '"each unit and "',
    'each unit and ',
    'offering-terms.ts unit compositions `each (unit)…`; topics.ts `each unit (?:consists|…)`'
  ],
  ['"the "', 'the ', 'boilerplate.ts, caution.ts, exchange-disclaimer.ts phrases with optional articles'],
  ['"forward-looking "', 'forward-looking ', 'caution.ts heading and identifying phrases; forward-looking-caution.ts'],
  ['"qualified person "', 'qualified person ', 'qp-statement.ts QP name, designation and relationship patterns'],
  ['"not for distribution "', 'not for distribution ', 'us-distribution-legend.ts legend pattern'],
  ['"neither the exchange nor "', 'neither the exchange nor ', 'exchange-disclaimer.ts disclaimer wording'],
  [
    '"approximately "',
    'approximately ',
    'topics.ts `produced (?:approximately |about )?[\\d.,]+`; offering-figures.ts'
  ],
  ['"up to "', 'up to ', 'offering-figures.ts and offering-lots.ts "up to" counts and amounts'],
  ['"four months and one day "', 'four months and one day ', 'offering-terms.ts and hold-period.ts hold periods'],
  ['"listing: ticker "', 'TSXV: ABC ', 'listing.ts tagRe `(?<![a-z0-9-])${NAME}\\s?[:;]\\s?"?${TICKER}`'],
  ['"private placement financing "', 'closes private placement financing ', 'topics.ts OFFERING_SIGNALS `[^.]{0,60}`'],
  // Repeated openers.
  ['"["', '[', 'incremental.ts pieces; document.ts link text'],
  ['"("', '(', 'sentences.ts NOT_AN_END `(?:^|[\\s(])[a-z]\\.`; listing.ts'],
  ['quotes', '"', 'sentences.ts BOUNDARY `[.!?]["\')\\]]? +`; exchange-disclaimer.ts quoted wording'],
  ['"$"', '$', 'numbers.ts DOLLARS'],
  ['"<!"', '<!', 'document.ts raw HTML `^<!--[\\s\\S]*-->\\s*$`; incremental.ts OTHER_HTML; sentences.ts (ICU pieces)'],
  ['"<!--"', '<!--', 'document.ts, incremental.ts OTHER_HTML `^ {0,3}<(?!!--.*-->\\s*$)`'],
  ['"*"', '*', 'micromark emphasis; incremental.ts CAN_CONTINUE'],
  ['"_"', '_', 'micromark emphasis'],
  // Lines and sentences.
  ['a long line without a period', 'word ', 'sentences.ts segments (BOUNDARY, ICU pieces); topics.ts `[^.]{0,60}`'],
  ['"! " and "? " without capitals', 'a! b? ', 'sentences.ts BOUNDARY and ICU'],
  ['lines starting with "["', '[a\n', 'incremental.ts pieces (a paragraph of such lines is one piece)', true],
  ['fences', '```\n', 'incremental.ts FENCE', true],
  [
    'sentences full of figures',
    'Each unit at $0.10 per unit for 1,000,000 units and 7% of gross proceeds, 2.5 g/t gold over 3 m, 10 holes. ',
    'every model pattern at once: offering*.ts, numbers.ts, topics.ts, dates.ts, rules'
  ]
]

/** The cases that were super-linear before the rewrite, at 1 MB too. */
const AT_1MB = new Set(['digits and commas', 'digits and periods', '"each unit and "'])

describe('linear work on adversarial input (10 KB to 100 KB)', () => {
  it.each(CASES)('%s', async (_, unit, __, parserOnly) => {
    await expectLinear(unit, KB10, readers(parserOnly))
  })
})

describe('linear work on adversarial input (100 KB to 1 MB)', () => {
  it.each(CASES.filter(([what]) => AT_1MB.has(what)))('%s', async (_, unit) => {
    await expectLinear(unit, KB100, readers())
  })
})

/** [what, repeated unit]: text micromark alone took seconds on (12–40 s at 1 MB, or quadratic). */
const PARSER_CASES: Array<[string, string]> = [
  ['"<!" repeated', '<!'],
  ['lines of "[a"', '[a\n'],
  ['list lines', '- a\n'],
  ['ordered list lines', '1. a\n'],
  ['quote lines', '> a\n'],
  ['"[a" paragraphs', '[a\n\n'],
  ['a paragraph of "[a]" lines', '[a]\n'],
  ['lines of "<a"', '<a\n']
]

/** What micromark scans ahead from: raw HTML and labels, list items and quotes at the start of a line. */
const SCANNED_AHEAD = /[<[\]]|^[ \t]*(?:[-*+>]|\d{1,9}[.)])(?:[ \t]|$)/m

/** Lint with the CLI's processor, and with the language server's (parse and guard): each says it read plain text. */
const GUARDED = [createProcessor, languageServerProcessor].map((make) => (value: string) => {
  // Linted, not refused: the info message says which lines were read as plain text.
  const messages = lint(make(), value)
  expect(messages.some((message) => message.ruleId === 'input' && message.fatal === undefined)).toBe(true)
})

describe("the parser's own worst cases, behind the parse guard", () => {
  it.each(PARSER_CASES)('%s (100 KB to 1 MB)', async (_, unit) => {
    await expectLinear(unit, KB100, GUARDED)
    // micromark is handed letters where it would have scanned ahead from each line.
    expect(SCANNED_AHEAD.test(shield(fill(unit, KB100 * 10)).text)).toBe(false)
  })
})
