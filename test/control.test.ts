/**
 * Comment control through the built CLI (`node dist/bundle/cli.js`): a
 * wrong disclosure-lint comment is an error message on that comment (rule id
 * `comment`, exit 1), not a tool failure (exit 2), controls nothing, and every
 * other draft of the same run is still checked and reported.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ruleIds} from '../rules/index.js'
import {fixture, RELEASE, root, tempFolders} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
/** The project's own release: no error. The comment goes after its first paragraph, on line 3. */
const clean = fixture(RELEASE)
const firstBreak = clean.indexOf('\n\n') + 2
const withComment = (comment: string) => clean.slice(0, firstBreak) + comment + '\n\n' + clean.slice(firstBreak)
/** A draft missing its disclaimer: an exchange-disclaimer error whatever the comments say. */
const short = 'Acme Gold Corp. (TSXV: ACM) held its meeting.\n'

const wrong: Array<[string, string, RegExp]> = [
  ['bogus.md', '<!--disclosure-lint bogus-->', /^Unexpected “bogus” in a disclosure-lint comment, expected “disable”/],
  [
    'unknown.md',
    '<!--disclosure-lint disable no-such-rule-->',
    /^Unexpected rule “no-such-rule” in a disclosure-lint comment: not known/
  ],
  ['empty.md', '<!--disclosure-lint-->', /^Unexpected disclosure-lint comment without a keyword/],
  ['misspelt.md', '<!--disclosure-lint-disable qp-statement-->', /^Unexpected “disclosure-lint-disable” comment/],
  ['lint.md', '<!--lint disable qp-statement-->', /^Unexpected “lint” comment for disclosure-lint rule “qp-statement”/]
]

interface Report {
  path: string
  messages: Array<{ruleId?: string; source?: string; line?: number; fatal?: boolean; reason: string; note?: string}>
}

const folder = tempFolders('dl-control-')

function lint(files: Record<string, string>, ...args: string[]) {
  const dir = folder(files)
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8'})
  return result
}

describe('a wrong disclosure-lint comment, through the CLI', {timeout: 60_000}, () => {
  it('is an error on its line in each draft, exit 1, and every draft of the run is reported', () => {
    const files: Record<string, string> = {
      'clean.md': clean,
      'short.md': short,
      'quiet.md': withComment('<!--disclosure-lint disable -- reviewed by counsel-->')
    }
    for (const [name, comment] of wrong) files[name] = withComment(comment)
    const result = lint(files, '--report', 'json', '.')
    expect(result.status).toBe(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    const reports = JSON.parse(result.stdout) as Report[]
    expect(reports.map((report) => report.path).sort()).toEqual(Object.keys(files).sort())
    const of = (name: string) => reports.find((report) => report.path === name)!.messages
    for (const [name, , reason] of wrong) {
      const found = of(name).filter((message) => message.ruleId === 'comment')
      expect(
        found.map((message) => [message.line, message.fatal, message.source]),
        name
      ).toEqual([[3, true, 'disclosure-lint']])
      expect(found[0].reason).toMatch(reason)
      for (const id of ruleIds) expect(found[0].note).toContain(id)
      expect(found[0].note).toContain('<!--disclosure-lint disable RULE')
      // The draft was checked: what the release gets without the comment (its warnings), nothing more.
      const reasons = (messages: Report['messages']) => messages.map((message) => `${message.ruleId} ${message.reason}`)
      expect(reasons(of(name).filter((message) => message.ruleId !== 'comment')), name).toEqual(reasons(of('clean.md')))
    }
    // The other drafts of the same run: checked as ever.
    expect(of('clean.md').filter((message) => message.fatal)).toEqual([])
    expect(of('short.md').map((message) => message.ruleId)).toContain('exchange-disclaimer')
    // A right comment, with its reason, that disables every rule: nothing.
    expect(of('quiet.md')).toEqual([])
  })

  it('controls nothing: the rule a wrong comment names still reports', () => {
    const result = lint({'draft.md': '<!--disclosure-lint disable exchange-disclaimer typo-->\n\n' + short}, 'draft.md')
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^ +1:1 +error +comment: Unexpected rule “typo” in a disclosure-lint comment/m)
    expect(result.stdout).toContain('exchange-disclaimer')
  })

  it('alone in an otherwise clean draft still fails the run with 1, not 2', () => {
    // The two cases (each a run of its own; the table above covers the rest in one run).
    for (const [name, comment] of wrong.slice(0, 2)) {
      const result = lint({[name]: withComment(comment)}, name)
      expect(result.status, name).toBe(1)
      expect(result.stdout, name).toMatch(/^ +3:1 +error +comment: /m)
      expect(result.stderr, name).not.toMatch(/^disclosure-lint: /m)
    }
  })

  it('a right comment still switches its rule off', () => {
    const result = lint(
      {'draft.md': '<!--disclosure-lint disable exchange-disclaimer -- filed by the agent-->\n\n' + short},
      'draft.md'
    )
    expect(result.status).toBe(0)
    expect(result.stdout + result.stderr).not.toContain('exchange-disclaimer')
  })
})
