/**
 * Suppressions with reasons, through the built CLI (`dist/bundle/cli.js`):
 * `<!--disclosure-lint ignore RULE -- why-->`, the warnings on a suppression
 * without a reason or that waives nothing, the waived findings in SARIF and in
 * the text report, and `ignore` at the top of a draft for a statement missing
 * from it. stdout and stderr are read together (the report's stream may move).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import AjvModule from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import {fixture, lintPreset, RELEASE, root, tempFolders} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
// ajv-draft-04 is CommonJS: its class is the default export's `default` under Node's interop.
type Validator = {(data: unknown): boolean; errors?: unknown[] | null}
const Ajv = ((AjvModule as unknown as {default?: unknown}).default ?? AjvModule) as new (options: object) => {
  compile(schema: object): Validator
}
const sarifSchema = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8'))
const folder = tempFolders('dl-suppress-')

interface Message {
  ruleId?: string
  fatal?: boolean
  reason: string
  line?: number
}

function run(files: Record<string, string>, ...args: string[]) {
  const dir = folder(files)
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8'})
  return {status: result.status, output: result.stdout + result.stderr, stdout: result.stdout, stderr: result.stderr}
}

/** The JSON (or SARIF) report, from whichever stream it went to. */
function parsed<T>(result: {stdout: string; stderr: string}): T {
  return JSON.parse(result.stdout.trim() || result.stderr.trim()) as T
}

function messages(files: Record<string, string>, name: string): {status: number | null; messages: Message[]} {
  const result = run(files, '--report', 'json', name)
  const report = parsed<Array<{path: string; messages: Message[]}>>(result)
  return {status: result.status, messages: report.find((file) => file.path === name)!.messages}
}

const ids = (list: Message[]) => list.map((message) => message.ruleId)

/** An invented drilling release: no QP statement, no caution, no disclaimer (three errors, each a statement missing). */
const DRILLING =
  'Acme Gold Corp. (TSXV: ACM) reports drilling: hole AB-1 returned 5.2 g/t gold over 3.0 metres.\n\n' +
  'The Company will drill more holes in May.\n'
/** A release of an invented issuer that only lacks its disclaimer. */
const MEETING = 'Acme Gold Corp. (TSXV: ACM) reports that all nominees were elected.\n'
const REASON = 'filed separately by the agent'

describe('suppression comments with reasons', {timeout: 120_000}, () => {
  it('an ignore at the top waives the statements missing from the whole draft, with its reason, and no warning', () => {
    const draft = `<!--disclosure-lint ignore exchange-disclaimer qp-statement -- ${REASON}-->\n\n` + DRILLING
    const {status, messages: found} = messages({'draft.md': draft}, 'draft.md')
    expect(ids(found)).not.toContain('exchange-disclaimer')
    expect(ids(found)).not.toContain('qp-statement')
    expect(ids(found)).not.toContain('comment')
    // A rule it does not name still reports.
    expect(ids(found)).toContain('forward-looking-caution')
    expect(status).toBe(1)
    // The text report counts them.
    const text = run({'draft.md': draft}, 'draft.md')
    expect(text.output).toMatch(/\b2 findings waived\b/)
  })

  it('the same comment lower down waives the next block only: a missing statement is still reported', () => {
    const [first, second] = DRILLING.split('\n\n')
    const draft = `${first}\n\n<!--disclosure-lint ignore exchange-disclaimer -- ${REASON}-->\n\n${second}`
    const {messages: found} = messages({'draft.md': draft}, 'draft.md')
    expect(ids(found)).toContain('exchange-disclaimer')
    // It waived nothing in the block after it: said.
    const unused = found.filter((message) => message.ruleId === 'comment')
    expect(unused.map((message) => [message.line, message.fatal])).toEqual([[3, false]])
    expect(unused[0].reason).toMatch(/waives nothing/)
  })

  it('ignore still waives a finding in the next block only (the other block keeps its own)', () => {
    const release = fixture(RELEASE)
    const paragraph = release.indexOf('Quillan Ridge Mining Corporation (the "Company"')
    expect(paragraph).toBeGreaterThan(0)
    const plain = messages({'release.md': release}, 'release.md').messages.filter((m) => m.ruleId === 'hold-period')
    expect(plain.length).toBe(2)
    const draft =
      release.slice(0, paragraph) +
      `<!--disclosure-lint ignore hold-period -- the agent's letter confirms the hold-->\n\n` +
      release.slice(paragraph)
    const found = messages({'release.md': draft}, 'release.md').messages
    expect(found.filter((m) => m.ruleId === 'hold-period').length).toBe(1)
    expect(ids(found)).not.toContain('comment')
  })

  it('a suppression without a reason is a warning; with --frail it fails the run', () => {
    const draft = '<!--disclosure-lint disable exchange-disclaimer-->\n\n' + MEETING
    const {status, messages: found} = messages({'draft.md': draft}, 'draft.md')
    expect(status).toBe(0)
    expect(ids(found)).toEqual(['comment'])
    expect(found[0].fatal).toBe(false)
    expect(found[0].reason).toMatch(/^Missing reason/)
    expect(run({'draft.md': draft}, '--frail', 'draft.md').status).toBe(1)
    // With a reason (after " -- ", or the em or en dash word processors make of it): nothing to say.
    for (const comment of [
      `disable exchange-disclaimer -- ${REASON}`,
      `disable exchange-disclaimer \u2014 ${REASON}`,
      `disable exchange-disclaimer \u2013 ${REASON}`
    ]) {
      const quiet = messages({'draft.md': `<!--disclosure-lint ${comment}-->\n\n` + MEETING}, 'draft.md')
      expect(quiet.messages).toEqual([])
      expect(quiet.status).toBe(0)
    }
  })

  it('a suppression that waives nothing is reported', () => {
    const draft = `<!--disclosure-lint disable qp-statement -- ${REASON}-->\n\n` + MEETING
    const {messages: found} = messages({'draft.md': draft}, 'draft.md')
    const comments = found.filter((message) => message.ruleId === 'comment')
    expect(comments.map((message) => [message.line, message.fatal])).toEqual([[1, false]])
    expect(comments[0].reason).toMatch(/waives nothing.*qp-statement/)
    expect(ids(found)).toContain('exchange-disclaimer')
  })

  it('a rule after the reason separator is not a rule: the reason may say anything', () => {
    const draft = '<!--disclosure-lint disable exchange-disclaimer -- see qp-statement; (c) counsel’s memo, 3/4-->\n\n'
    const {status, messages: found} = messages({'draft.md': draft + MEETING}, 'draft.md')
    expect(found).toEqual([])
    expect(status).toBe(0)
  })

  it('SARIF lists the waived findings as suppressed in source, with the reason as justification', () => {
    const draft =
      `<!--disclosure-lint ignore exchange-disclaimer -- ${REASON}-->\n\n` +
      '<!--disclosure-lint ignore forward-looking-caution-->\n\n' +
      DRILLING
    const result = run({'draft.md': draft}, '--report', 'sarif', 'draft.md')
    const log = parsed<{
      runs: Array<{results: Array<{ruleId: string; suppressions?: Array<{kind: string; justification?: string}>}>}>
    }>(result)
    const validate = new Ajv({allErrors: true, strict: false, unicodeRegExp: false}).compile(sarifSchema)
    expect(validate(log)).toBe(true)
    const results = log.runs[0].results
    const of = (id: string) => results.filter((entry) => entry.ruleId === id)
    expect(of('exchange-disclaimer').map((entry) => entry.suppressions)).toEqual([
      [{kind: 'inSource', justification: REASON}]
    ])
    expect(of('forward-looking-caution').map((entry) => entry.suppressions)).toEqual([[{kind: 'inSource'}]])
    expect(of('qp-statement').map((entry) => entry.suppressions)).toEqual([undefined])
    // The unreasoned one is said.
    expect(of('comment').length).toBe(1)
  })
})

describe('waived findings in the API', () => {
  it('are kept on the file with their reason, out of its messages', async () => {
    const file = await lintPreset(`<!--disclosure-lint ignore exchange-disclaimer -- ${REASON}-->\n\n` + MEETING)
    expect(file.messages).toEqual([])
    const waived = file.data.disclosureLintSuppressed ?? []
    expect(waived.map(({message, justification}) => [message.ruleId, justification])).toEqual([
      ['exchange-disclaimer', REASON]
    ])
  })
})
