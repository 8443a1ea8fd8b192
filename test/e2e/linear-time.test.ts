/**
 * Every pattern of the model, the rules and the language server's incremental
 * parser runs in linear time on adversarial input: each case below is the
 * worst input of one or more patterns, 100 KB of it linted with the TSX-V
 * preset (`lintText`) and parsed by `createIncrementalParser`. The cases that
 * were super-linear (seconds at 100 KB) run at 1 MB too, and 1 MB may cost at
 * most about ten times 100 KB (20×, for noise; a quadratic pattern costs 100×).
 *
 * The parser's own worst cases (micromark's, not a pattern of ours: runs of
 * `<!`, lines of `[a`, list lines, a paragraph of `[a]` lines, quadratic there)
 * are read as plain text behind the parse guard (src/core/parse-guard.ts);
 * `PARSER_CASES` lint them at 100 KB and 1 MB, with the CLI's processor and
 * the language server's.
 *
 * Time is the process's CPU time, not the clock: the machine may be shared.
 * The limits are generous; a linear case takes well under a second per MB.
 */
import {createIncrementalParser} from '../../src/language-server/incremental.js'
import {describe, expect, it} from 'vitest'
import {lintText} from '../../src/api.js'
import languageServerProcessor from '../../src/language-server/processor.js'
import {VFile} from 'vfile'

const KB100 = 100_000
const MB = 1_000_000
/** Per case (lint and incremental parse each), generous for a noisy machine. */
const LIMIT_100KB_MS = 4_000
const LIMIT_1MB_MS = 5_000

/** `unit` repeated to `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

/** CPU milliseconds `run` takes. */
async function cpu(run: () => unknown): Promise<number> {
  // Let the worker answer vitest between long runs (its calls time out while a run holds the thread).
  await new Promise((resolve) => setTimeout(resolve, 0))
  const start = process.cpuUsage()
  await run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/**
 * Lint `value` with the TSX-V preset and parse it incrementally: the slower of the two, in CPU ms. Where the
 * text is one the rules see as another case's (`[a` lines are the `[` and long-line cases once flattened), the
 * incremental parser only: most of a lint of it is micromark's parse again.
 */
async function cost(value: string, parserOnly = false): Promise<number> {
  const lint = parserOnly
    ? 0
    : await cpu(async () => {
        const file = await lintText(value)
        // The rules ran: a draft without a disclaimer or caution gets messages.
        expect(Array.isArray(file.messages)).toBe(true)
      })
  const parse = await cpu(() => expect(createIncrementalParser()(value).type).toBe('root'))
  return Math.max(lint, parse)
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

describe('linear time on adversarial input (100 KB)', () => {
  it.each(CASES)('%s', async (_, unit, __, parserOnly) => {
    expect(await cost(fill(unit, KB100), parserOnly)).toBeLessThan(LIMIT_100KB_MS)
  })
})

describe('linear time on adversarial input (1 MB)', () => {
  it.each(CASES.filter(([what]) => AT_1MB.has(what)))('%s', async (_, unit) => {
    const small = await cost(fill(unit, KB100))
    const large = await cost(fill(unit, MB))
    expect(large).toBeLessThan(LIMIT_1MB_MS)
    // Linear: ten times the text, about ten times the time (100 times, were it quadratic).
    expect(large).toBeLessThan(20 * small + 200)
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

/** Lint `value` with the CLI's processor (`lintText`) and the language server's (parse and guard): the slower. */
async function parserCost(value: string): Promise<number> {
  const lint = await cpu(async () => {
    const file = await lintText(value)
    // Linted, not refused: the info message says which lines were read as plain text.
    expect(file.messages.some((message) => message.ruleId === 'input' && message.fatal === undefined)).toBe(true)
  })
  const server = await cpu(async () => {
    const processor = languageServerProcessor()
    const file = new VFile(value)
    await processor.run(processor.parse(file), file)
    expect(file.messages.some((message) => message.ruleId === 'input' && message.fatal === undefined)).toBe(true)
  })
  return Math.max(lint, server)
}

describe("the parser's own worst cases, behind the parse guard", () => {
  it.each(PARSER_CASES)('%s (100 KB)', async (_, unit) => {
    expect(await parserCost(fill(unit, KB100))).toBeLessThan(LIMIT_100KB_MS)
  })

  it.each(PARSER_CASES)('%s (1 MB)', async (_, unit) => {
    const small = await parserCost(fill(unit, KB100))
    const large = await parserCost(fill(unit, MB))
    expect(large).toBeLessThan(LIMIT_1MB_MS)
    expect(large).toBeLessThan(20 * small + 200)
  })
})
