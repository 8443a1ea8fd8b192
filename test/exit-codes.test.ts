/**
 * Exit codes as ESLint and textlint: 0 clean, 1 lint errors (warnings with
 * `--frail`), 2 the tool could not do its job — each with a one-line reason
 * (a finding in the report on stdout; a failure on stderr) and no stack
 * trace, and no file written.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, tempFolders} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
const rule = (id: string) => path.join(root, 'dist/rules', `${id}.js`)
const DRAFT = 'Acme Gold Corp. (TSXV: ACM) reports that all nominees were elected.\n'
const CLEAN =
  'Acme Gold Corp. (TSXV: ACM) reports that all nominees were elected.\n\nNeither TSX Venture Exchange nor its ' +
  'Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release.\n'
const setup = tempFolders('dl-exit-')

const snapshot = (dir: string) =>
  fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => [
      path.join(entry.parentPath, entry.name),
      fs.readFileSync(path.join(entry.parentPath, entry.name), 'latin1')
    ])

interface Case {
  name: string
  files: Record<string, string | Buffer>
  links?: Record<string, string>
  args: string[]
  status: number
  /** Why the tool could not do its job, or what it says of the run: on stderr. */
  reason?: RegExp
  /** A finding: in the report, on stdout. */
  finding?: RegExp
}

const cases: Case[] = [
  {name: 'a clean draft', files: {'draft.md': CLEAN}, args: ['draft.md'], status: 0},
  {
    name: 'a draft with errors',
    files: {'draft.md': DRAFT},
    args: ['draft.md'],
    status: 1,
    finding: /Missing TSX Venture Exchange disclaimer/
  },
  {
    name: 'warnings only',
    files: {'draft.md': CLEAN.replace('Services Provider', 'Service Provider')},
    args: ['draft.md'],
    status: 0
  },
  {
    name: 'warnings with --frail',
    files: {'draft.md': CLEAN.replace('Services Provider', 'Service Provider')},
    args: ['--frail', 'draft.md'],
    status: 1
  },
  {
    name: 'a config that does not parse',
    files: {'draft.md': DRAFT, '.remarkrc.json': '{"plugins": ['},
    args: ['draft.md'],
    status: 2,
    reason: /Cannot parse file `\.remarkrc\.json`/
  },
  {
    name: 'a config script that throws',
    files: {'draft.md': DRAFT, '.remarkrc.mjs': 'throw new Error("boom in config")\n'},
    args: ['draft.md'],
    status: 2,
    reason: /boom in config/
  },
  {
    name: 'a plugin that cannot be found',
    files: {'draft.md': DRAFT, '.remarkrc.json': '{"plugins": ["no-such-plugin-anywhere"]}'},
    args: ['draft.md'],
    status: 2,
    reason: /no-such-plugin-anywhere/
  },
  {
    name: 'an unknown value of a rule option',
    files: {
      'draft.md': DRAFT,
      '.remarkrc.json': JSON.stringify({plugins: [[rule('exchange-disclaimer'), ['error', {exchange: 'NYSE'}]]]})
    },
    args: ['draft.md'],
    status: 2,
    reason: /Unexpected value `"NYSE"` for option `exchange` of `exchange-disclaimer`/
  },
  {
    name: 'an unknown rule option',
    files: {
      'draft.md': DRAFT,
      '.remarkrc.json': JSON.stringify({plugins: [[rule('qp-statement'), ['error', {colour: 'red'}]]]})
    },
    args: ['draft.md'],
    status: 2,
    reason: /Unknown option `colour` for `qp-statement`/
  },
  {
    name: 'a mistyped rule name: one line, the name it may be, no module path',
    files: {'draft.md': DRAFT, '.remarkrc.json': JSON.stringify({plugins: ['disclosure-lint/rules/qp-statment']})},
    args: ['draft.md'],
    status: 2,
    reason: /Unknown rule `qp-statment` in the config, did you mean `disclosure-lint\/rules\/qp-statement`\?\n$/
  },
  {
    name: 'a rule name in the wrong case',
    files: {'draft.md': DRAFT, '.remarkrc.json': JSON.stringify({plugins: ['disclosure-lint/rules/QP-Statement']})},
    args: ['draft.md'],
    status: 2,
    reason: /Unknown rule `QP-Statement` in the config, did you mean `disclosure-lint\/rules\/qp-statement`\?\n$/
  },
  {
    name: 'a mistyped preset name alone',
    files: {'draft.md': DRAFT, '.remarkrc.json': JSON.stringify({plugins: [['tsvx', true]]})},
    args: ['draft.md'],
    status: 2,
    reason: /Unknown plugin `tsvx` in the config, did you mean the preset `tsxv`\?\n$/
  },
  {
    name: 'an unknown preset path',
    files: {'draft.md': DRAFT, '.remarkrc.json': JSON.stringify({plugins: ['disclosure-lint/presets/nyse']})},
    args: ['draft.md'],
    status: 2,
    reason: /Unknown preset `nyse` in the config, expected one of tsxv, cse, tsx, cboe\n$/
  },
  {
    name: 'an incorrect severity',
    files: {'draft.md': DRAFT, '.remarkrc.json': JSON.stringify({plugins: [[rule('qp-statement'), [3]]]})},
    args: ['draft.md'],
    status: 2,
    reason: /Incorrect severity `3` for `qp-statement`/
  },
  {
    name: 'a plugin that crashes',
    files: {
      'draft.md': DRAFT,
      'crash.mjs': 'export default function () { return () => { throw new Error("plugin crashed") } }\n',
      '.remarkrc.json': '{"plugins": ["./crash.mjs"]}'
    },
    args: ['draft.md'],
    status: 2,
    reason: /plugin crashed/
  },
  {
    name: 'a config with remark settings only (the preset applies)',
    files: {'draft.md': DRAFT, '.remarkrc.json': '{"settings": {"bullet": "*"}}'},
    args: ['draft.md'],
    status: 1,
    finding: /Missing TSX Venture Exchange disclaimer/
  },
  {
    name: 'a config that turns every rule off',
    files: {'draft.md': DRAFT, '.remarkrc.json': JSON.stringify({plugins: [[rule('exchange-disclaimer'), false]]})},
    args: ['draft.md'],
    status: 2,
    reason: /Not checked: every disclosure-lint rule is off in `\.remarkrc\.json`/
  },
  {
    name: 'a device named on the command line',
    files: {'draft.md': DRAFT},
    args: ['/dev/null'],
    status: 2,
    reason: /Cannot lint a character device: not a regular file, never opened/
  },
  {
    name: 'a folder holding only a README (nothing to check, said)',
    files: {'README.md': DRAFT},
    args: ['.'],
    status: 0,
    reason: /^disclosure-lint: skipped 1 file that is not a release \(README\.md\); --include-all to lint them\n$/
  },
  {name: 'a missing path', files: {'draft.md': DRAFT}, args: ['nope.md'], status: 2, reason: /No such file or folder/},
  {
    name: 'an unreadable path (a symlink loop)',
    files: {'draft.md': DRAFT},
    links: {'loop.md': 'loop.md'},
    args: ['loop.md'],
    status: 2,
    reason: /loop\.md/
  },
  {
    name: '--rc-path to a missing config',
    files: {'draft.md': DRAFT},
    args: ['--rc-path', 'missing.json', 'draft.md'],
    status: 2,
    reason: /missing\.json/
  },
  {
    name: 'a binary file',
    files: {'scan.pdf': Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])},
    args: ['scan.pdf'],
    status: 2,
    reason: /Cannot lint a binary file \(\.pdf\)/
  },
  {name: 'a folder without drafts', files: {'notes.json': '{}'}, args: ['.'], status: 2, reason: /no drafts found/},
  {
    name: 'an unknown --report',
    files: {'draft.md': DRAFT},
    args: ['--report', 'no-such-reporter', 'draft.md'],
    status: 2,
    reason: /no-such-reporter/
  },
  {
    name: 'a refused flag',
    files: {'draft.md': DRAFT},
    args: ['--output', 'draft.md'],
    status: 2,
    reason: /--output is not supported/
  }
]

describe('exit codes', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const dir = setup(c.files, c.links)
    const before = snapshot(dir)
    const result = spawnSync(process.execPath, [cli, ...c.args], {cwd: dir, encoding: 'utf8'})
    expect(result.status).toBe(c.status)
    // Findings are the report's (stdout); why the tool could not do its job is a diagnostic about the run (stderr).
    if (c.reason) expect(result.stderr).toMatch(c.reason)
    if (c.finding) expect(result.stdout).toMatch(c.finding)
    // One line per reason: no stack trace, no "[cause]" block.
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at |\[cause\]/)
    expect(snapshot(dir)).toEqual(before)
  })
})
