/**
 * `unfilled-placeholder` covers our own fixes: every fix a rule offers that
 * carries a bracketed placeholder ("[Name]", "[title]", "[the material risk
 * factors]", …) is applied where its message sits, and the new rule fires on
 * each placeholder until it is filled in, then is silent. The fixes come from
 * the not-ok examples of every rule doc and a few drafts that reach the fix
 * variants the docs do not; the placeholders to cover are read from the rule
 * sources, so a new template with a bracket is covered or this test fails.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import type {Code, Heading, RootContent} from 'mdast'
import remarkParse from 'remark-parse'
import {unified, type Pluggable} from 'unified'
import {describe, expect, it} from 'vitest'
import type {VFile} from 'vfile'
import disclosureLintControl from '../presets/control.js'
import {ruleIds, rules, type RuleId} from '../rules/index.js'
import {lintText} from '../src/api.js'
import disclosureLintGuard from '../src/core/guard.js'
import {findPlaceholders} from '../src/model/placeholders.js'
import {lintPreset, root} from './helpers.js'
import {expectLinearWork} from './work.js'

const ID = 'unfilled-placeholder'

/** A rule and the placeholder rule, as a preset runs them. */
function lintWithPlaceholders(id: RuleId, value: string, options?: unknown): Promise<VFile> {
  const config = options === undefined ? ['error'] : ['error', options]
  return lintText(value, [
    disclosureLintGuard,
    [rules[id], config] as Pluggable,
    [rules[ID], ['error']] as Pluggable,
    disclosureLintControl
  ])
}

interface Draft {
  id: RuleId
  name: string
  input: string
  options?: unknown
}

/** The not-ok examples of every rule doc (as test/docs.test.ts reads them). */
function docDrafts(): Draft[] {
  const found: Draft[] = []
  for (const id of ruleIds) {
    const tree = unified()
      .use(remarkParse)
      .parse(readFileSync(path.join(root, 'docs/rules', `${id}.md`), 'utf8'))
    let current: Partial<Draft> | undefined
    for (const node of tree.children as RootContent[]) {
      if (node.type === 'heading') {
        const code = (node as Heading).children.find((child) => child.type === 'inlineCode')
        current = code && 'value' in code && code.value.startsWith('not-ok') ? {id, name: code.value} : undefined
        continue
      }
      if (!current || node.type !== 'code') continue
      const code = node as Code
      if (code.lang === 'json') current.options = JSON.parse(code.value)
      else if (code.lang === 'markdown') found.push({...(current as Draft), input: code.value + '\n'})
    }
  }
  return found
}

/** Drafts for the fix variants the docs' examples do not reach. */
const EXTRA: Draft[] = [
  {
    id: 'qp-statement',
    name: 'no name, no designation: ", by [Name]"',
    input:
      'Drilling at the Birch project returned 12.4 g/t gold over 3.1 metres in hole BR-07.\n\n' +
      'The technical information in this release was reviewed and approved as required, and the Vice President ' +
      'Exploration of the Company is the Qualified Person under National Instrument 43-101.\n'
  },
  {
    id: 'qp-statement',
    name: 'no designation, no relationship',
    input:
      'Channel samples from the Cedar showing returned 4.2% copper over 6 metres.\n\n' +
      'The technical information in this release was reviewed and approved by John Roe, a Qualified Person under NI 43-101.\n'
  },
  {
    id: 'forward-looking-caution',
    name: 'a caution with none of its elements',
    input:
      'Acme Gold Corp. expects to close the offering in May and will use the proceeds for drilling.\n\n' +
      'Forward-looking statements: readers should consider the statements above with care.\n'
  }
]

/** The bracketed placeholders written in the rules' string literals (templates and inserted parts). */
function sourcePlaceholders(): Set<string> {
  const found = new Set<string>()
  // The rules and the words they give in each language (rules/messages/).
  const files = readdirSync(path.join(root, 'rules'), {recursive: true})
    .map(String)
    .filter((file) => file.endsWith('.ts'))
  for (const name of files) {
    const source = readFileSync(path.join(root, 'rules', name), 'utf8')
    for (const literal of source.matchAll(/'[^'\n]*'|`[^`\n]*`/g)) {
      // A bracket after a space or at the start of the text: "[Name], " — not a character class ("advis[eo]r").
      for (const bracket of literal[0].matchAll(/(?<=^['`]|\s)\[([^\][\\^]+)\]/g)) {
        // Nor a range ("[A-Z]").
        if (!/^\S*\w-\w\S*$/.test(bracket[1])) found.add(bracket[0])
      }
    }
  }
  return found
}

/** What the issuer would write in each placeholder (invented facts). */
function fill(placeholder: string): string {
  const facts: Record<string, string> = {
    '[Name]': 'Jane Doe',
    '[title]': 'Vice President Exploration',
    '[P.Geo.]': 'P.Geo.',
    '[Nom]': 'Hélène Côté',
    '[titre]': 'vice-présidente exploration',
    '[the material risk factors]': 'metal prices, permitting delays and the availability of financing',
    '[the material factors and assumptions]': 'stable metal prices and the timely receipt of permits',
    '[insert the estimated ratio to the core lengths, or “not known”]': 'not known'
  }
  return facts[placeholder] ?? 'the closing of the offering and the use of its proceeds'
}

interface Applied {
  draft: Draft
  reason: string
  fixed: string
  /** Where the fix's text went: [start, end) in `fixed`. */
  inserted: [number, number]
  placeholders: string[]
}

/** Every fix with a bracketed placeholder that the drafts' messages offer, applied at its place. */
async function placeholderFixes(): Promise<Applied[]> {
  const applied: Applied[] = []
  for (const draft of [...docDrafts(), ...EXTRA]) {
    const file = await lintWithPlaceholders(draft.id, draft.input, draft.options)
    for (const message of file.messages) {
      if (message.ruleId !== draft.id || !message.expected?.[0] || !message.place || !('start' in message.place))
        continue
      const start = message.place.start.offset!
      const end = message.place.end.offset!
      const expected = message.expected[0]
      const before = draft.input.slice(start, end)
      // The placeholders the fix adds (a fix that keeps the text around it repeats none of it).
      const added = [...expected.matchAll(/\[[^\][\n]+\]/g)].map((m) => m[0]).filter((p) => !before.includes(p))
      if (added.length === 0) continue
      const fixed = draft.input.slice(0, start) + expected + draft.input.slice(end)
      applied.push({
        draft,
        reason: message.reason,
        fixed,
        inserted: [start, start + expected.length],
        placeholders: added
      })
    }
  }
  return applied
}

describe('unfilled-placeholder on our own fixes', () => {
  it('fires on each placeholder a fix inserts, until it is filled in; then it is silent', async () => {
    const applied = await placeholderFixes()
    const covered = new Set<string>()
    for (const fix of applied) {
      const label = `${fix.draft.id} ${fix.draft.name}: ${fix.reason}`
      const after = await lintWithPlaceholders(fix.draft.id, fix.fixed, fix.draft.options)
      // The fix clears its finding …
      expect(
        after.messages.map((m) => m.reason),
        label
      ).not.toContain(fix.reason)
      // … and each placeholder it inserted is an error on its characters.
      const flagged = after.messages
        .filter((m) => m.ruleId === ID)
        .map((m) => ({
          text: m.place && 'start' in m.place ? fix.fixed.slice(m.place.start.offset, m.place.end.offset) : '',
          m
        }))
      for (const placeholder of fix.placeholders) {
        const hit = flagged.find(({text}) => text === placeholder)
        expect(hit, `${label}: ${placeholder}`).toBeDefined()
        expect(hit!.m.fatal, label).toBe(true)
        const offset = hit!.m.place && 'start' in hit!.m.place ? hit!.m.place.start.offset! : -1
        expect(offset).toBeGreaterThanOrEqual(fix.inserted[0])
        expect(offset).toBeLessThan(fix.inserted[1])
        covered.add(placeholder)
      }
      // Filled in one by one: the rule fires on what is left, and is silent once all are filled.
      let value = fix.fixed
      const left = [...fix.placeholders]
      while (left.length > 0) {
        const placeholder = left.shift()!
        const at = value.indexOf(placeholder, fix.inserted[0])
        value = value.slice(0, at) + fill(placeholder) + value.slice(at + placeholder.length)
        const now = await lintWithPlaceholders(fix.draft.id, value, fix.draft.options)
        const remaining = now.messages.filter((m) => m.ruleId === ID).map((m) => m.reason)
        expect(remaining.length, `${label}: after filling ${placeholder}`).toBe(left.length)
        // Quoted as “…” in English, « … » in French (a French fix's blanks are told in French).
        for (const other of left)
          expect(remaining.some((r) => r.includes(`“${other}”`) || r.includes(`«\u00a0${other}\u00a0»`))).toBe(true)
        if (left.length === 0)
          expect(
            now.messages.map((m) => m.reason),
            label
          ).not.toContain(fix.reason)
      }
    }
    // Every placeholder the rules' fixes can insert was inserted and caught above.
    expect([...covered].sort()).toEqual([...sourcePlaceholders()].sort())
  })

  it('recognises every placeholder in the rules’ templates as a blank (the model fact)', () => {
    for (const placeholder of sourcePlaceholders()) {
      const block = {raw: {text: placeholder, offsets: [...placeholder].map((_, i) => i)}} as never
      expect(
        findPlaceholders([block]).map((p) => p.text),
        placeholder
      ).toEqual([placeholder])
    }
  })

  it('reads figures left as X’s from the start of each run of figures only: long runs cost one pass', () => {
    const blanks = (text: string) => {
      const block = {raw: {text, offsets: [...text].map((_, i) => i)}} as never
      return findPlaceholders([block]).map((p) => p.text)
    }
    expect(blanks('Units at $X.XX each, for C$X,XXX,XXX, and 1X,XXX shares; TSXV and Exxon are words.')).toEqual([
      '$X.XX',
      'C$X,XXX,XXX',
      '1X,XXX'
    ])
    // 200 KB of figures, points and commas with no X, then one blank: read once (from each of its places, it took
    // seconds); a run of currency signs too.
    expect(blanks('1,2.3'.repeat(40_000) + ' and $XX.')).toEqual(['$XX'])
    expect(blanks('$'.repeat(100_000) + 'X,XXX')).toEqual(['$X,XXX'])
    // Counted, not timed: ten times the run, about ten times the work.
    expectLinearWork((n) => '1,2.3'.repeat(n) + ' and $XX.', blanks, 4000)
    expectLinearWork((n) => '$'.repeat(n) + 'X,XXX', blanks, 10_000)
  })

  it('the preset reports the placeholders of a QP template inserted as is, and none once filled', async () => {
    const technical = 'Drilling at the Birch project returned 12.4 g/t gold over 3.1 metres in hole BR-07.\n'
    const file = await lintPreset(technical)
    const fix = file.messages.find((m) => m.ruleId === 'qp-statement')!
    const fixed = technical + fix.expected![0]
    const after = (await lintPreset(fixed)).messages.filter((m) => m.ruleId === ID)
    expect(after.map((m) => m.reason)).toEqual([
      'Unexpected unfilled placeholder “[Name]”, expected the fact it stands for',
      'Unexpected unfilled placeholder “[title]”, expected the fact it stands for'
    ])
    expect(after[0].note).toMatch(/NI 43-101 s\.3\.1/)
    expect(after[0].expected).toBeUndefined()
    const filled = fixed.replace('[Name]', 'Jane Doe').replace('[title]', 'Vice President Exploration')
    expect((await lintPreset(filled)).messages.filter((m) => m.ruleId === ID)).toEqual([])
  })
})

describe('what unfilled-placeholder takes for a blank', () => {
  const blanks: Array<[string, string[]]> = [
    ['approved by [Name], P.Geo., [title] of the Company.', ['[Name]', '[title]']],
    ['reviewed by Jane Doe, [P.Geo.], a Qualified Person.', ['[P.Geo.]']],
    ['[Company] will hold its meeting on [insert date].', ['[Company]', '[insert date]']],
    ['The offering of [●] units closes on [ ] at [XX] per cent.', ['[●]', '[ ]', '[XX]']],
    ['Risks include [the material risk factors].', ['[the material risk factors]']],
    ['The QP is [name of QP], [to be confirmed].', ['[name of QP]', '[to be confirmed]']],
    ['Acme will issue XX,XXX units at $X.XX per unit, XXX in all.', ['XX,XXX', '$X.XX', 'XXX']],
    ['The price is C$X.XX; the closing in 20XX; xx,xxx shares.', ['C$X.XX', '20XX', 'xx,xxx']],
    ['The closing date is TBD and the agent TBC.', ['TBD', 'TBC']],
    ['Gross proceeds of $● from ●,000,000 units, dated ●, 2026.', ['$●', '●', '●']],
    ['Acme sold ● common shares to insiders.', ['●']],
    // A date's blank in a dateline or a sentence: the day and month before the year, the day beside the month.
    ['VANCOUVER, BC, ●, 2026 – Acme Gold Corp. (TSXV: ACM) announces a placement.', ['●']],
    ['The meeting is set for December ●, 2026, and the closing for ● January 2027.', ['●', '●']],
    ['The price is $____ per share, payable on ______, 2026.', ['$____', '______']],
    ['Contact {Name} at {Phone}.', ['{Name}', '{Phone}']],
    // French: the fixes' field names and descriptors, X's with a decimal comma, the blank words.
    [
      'Les renseignements ont été approuvés par [Nom], géo., [titre] de la Société, personne qualifiée.',
      ['[Nom]', '[titre]']
    ],
    [
      'Les résultats pourraient différer en raison de [les facteurs de risque importants].',
      ['[les facteurs de risque importants]']
    ],
    [
      'La Société émettra des unités au prix de 0,XX $ l’unité ; la clôture est À DÉTERMINER.',
      ['0,XX', 'À DÉTERMINER']
    ],
    ['La Société fixera la date de la clôture plus tard.\n\nDate de clôture : à confirmer', ['à confirmer']],
    [
      'La Société versera le solde à la date [à déterminer] et le prix est À CONFIRMER.',
      ['[à déterminer]', 'À CONFIRMER']
    ],
    // A lawyer's draft: notes to draft and reviewers' remarks (reported as notes), template fields.
    [
      'NTD: confirm the fee with the agent.\n\nBirchwood pays a fee (NTD: confirm with Larch Capital) in cash.',
      ['NTD: confirm the fee with the agent.', 'NTD: confirm with Larch Capital']
    ],
    [
      '[Drafting note: add the use of proceeds.] Birchwood [Issuer to confirm] pays [KS: please check] on [size?].',
      ['[Drafting note: add the use of proceeds.]', '[Issuer to confirm]', '[KS: please check]', '[size?]']
    ],
    [
      'Closing is on <<Closing Date>>, the QP is <Name of QP> and the property «Property_Name».',
      ['<<Closing Date>>', '<Name of QP>', '«Property_Name»']
    ],
    [
      'Each warrant is exercisable at {{exercise price}}. Comment [JS1]: check the term.',
      ['{{exercise price}}', '[JS1]']
    ],
    [
      'La Société versera une commission (Note au projet : à valider avec le placeur) en espèces.',
      ['Note au projet : à valider avec le placeur']
    ],
    // A drafter's choices and optional words.
    [
      'The [first/final] tranche of the [non-]brokered placement on the [TSXV/CSE] closed[, subject to approval].',
      ['[first/final]', '[non-]', '[TSXV/CSE]', '[, subject to approval]']
    ],
    ['Birchwood will use the proceeds [for drilling at the Larch property].', ['[for drilling at the Larch property]']],
    [
      'On March [3], 2026, the first [six] holes were approved by Ann Lee, P.Geo., [Vice President, Exploration].',
      ['[3]', '[six]', '[Vice President, Exploration]']
    ],
    [
      'Warrants at $[0.25] for [24] months; a fee of [7]% in cash; proceeds of $[●].',
      ['$[0.25]', '[24]', '[7]', '$[●]']
    ],
    ['Birchwood granted [200,000] restricted share units and [1,500,000] common shares.', ['[200,000]', '[1,500,000]']],
    [
      'La Société émettra [500 000] actions au prix de [0,10] $ et des bons de [24] mois.',
      ['[500 000]', '[0,10]', '[24]']
    ],
    // Not blanks: French prose, and a heading in capitals.
    ['Les travaux à venir permettront de vérifier la continuité, qui reste à confirmer ou à déterminer.', []],
    ['TRAVAUX À VENIR ET PRIX À DÉTERMINER', []]
  ]
  it.each(blanks)('%s', async (text, expected) => {
    const file = await lintText(text + '\n', [[rules[ID], ['error']] as Pluggable])
    expect(
      file.messages.map((m) =>
        m.reason
          .replace(/^Unexpected unfilled placeholder “(.*)”, expected .*$/, '$1')
          .replace(/^Il reste un espace à remplir : «\u00a0(.*)\u00a0» ; attendu : .*$/, '$1')
          .replace(/^Unexpected note to draft “(.*)”, expected it resolved and removed$/, '$1')
          .replace(/^Il reste une note de rédaction : «\u00a0(.*)\u00a0» ; attendu : .*$/, '$1')
      )
    ).toEqual(expected)
  })

  it('reports the first 200 of a page of blanks (a pasted sheet of "XX" cells), not a message each', async () => {
    const file = await lintText('| XX '.repeat(5000) + '\n', [[rules[ID], ['error']] as Pluggable])
    expect(file.messages).toHaveLength(200)
  })

  const text: string[] = [
    'See [the technical report](https://example.com/report) and note [1] and [a].',
    '[TABLE NOT IN TEXT]',
    'Write to [email protected] or see [Image] and [sic] and [emphasis added] and […].',
    'Assays for lanthanum oxide [La2O3] and ceria [CeO2] were received.',
    '“We believe [the project] is district scale,” said the President.',
    'The TSXV-listed issuer sells XXL core boxes; Exxon is not a party.',
    'Phase XX drilling follows Part XXX of the plan.',
    'The TBDX project and its TBDs are unrelated.',
    '• Drill results from the Birch project\n• Assays pending',
    'Offices: Toronto • Vancouver • Calgary',
    'Exploration ● Development ● Production 2026',
    'Collar X and Y coordinates; follow us on X: example; Silver X Mining.',
    'Core measured 3 x 5 metres; a 10x magnification; a 2x3 grid.',
    '______________________',
    'Acme Gold Corp. (TSXV: ACM) closed its placement of 2,000,000 units at $0.10.',
    // A ticker in brackets, a newswire's note to editors, HTML of a copy, grades below a limit, French quotes.
    'Acme Gold Corp. [TSXV: ACM; OTCQB: ACMGF] reports. Note to editors: photos are on the website.',
    'Values <0.01 g/t Au were set to half the limit; see the <b>bold</b> rows.',
    // Units and elements with a slash in a copied table's header.
    'Au [g/t] over [m]; Ag [ppm/ppb]; the [Au/Ag] ratio; grades in [AuEq/CuEq].',
    'The grade was 2.1 g/t Au.[1] See note [2] below and table [3].',
    'La Société («Acme» ou la «Société») annonce ses résultats. NDLR : les photos sont sur le site web.'
  ]
  it.each(text.map((value) => [value]))('%s', async (value) => {
    const file = await lintText(value + '\n', [[rules[ID], ['error']] as Pluggable])
    expect(file.messages.map((m) => m.reason)).toEqual([])
  })
})
