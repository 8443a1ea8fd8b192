/**
 * The reports as a reader gets them from the built CLI (`dist/bundle/cli.js`):
 * the default text report (each finding with its place, level, rule and
 * message, then indented the words it is on and its note; a summary and the
 * count of each rule), `--report compact` (vfile-reporter's one line),
 * `--report html` (one self-contained page, everything escaped), reports on
 * stdout or in `--report-file`, and what SARIF says of each rule.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {docUrl, firstSentence, repositoryUrl, ruleDoc} from '../src/reporters/rule-docs.js'
import {shorten} from '../src/reporters/common.js'
import {wrap} from '../src/reporters/text.js'
import {RELEASE, fixture, root, tempFolders} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
const setup = tempFolders('dl-report-text-')

/** A TSX-V draft with the Market Regulator disclaimer (an error) and no caution for its plans. */
const BAD =
  'Acme Gold Corp. (TSXV: ACM) will hold its annual meeting in June and plans to drill in July.\n\n' +
  'Neither TSX Venture Exchange nor its Market Regulator accepts responsibility for the adequacy or accuracy of ' +
  'this release.\n'
/** A draft with nothing to change. */
const CLEAN =
  'Acme Gold Corp. (TSXV: ACM) reports that all nominees were elected.\n\nNeither TSX Venture Exchange nor its ' +
  'Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release.\n'
/** A draft whose text tries to be markup. */
const HOSTILE =
  'Acme Gold Corp. (TSXV: ACM) reports <script>alert("x")</script> & <img src="https://example.com/x.png"> ' +
  'results.\n\nNeither TSX Venture Exchange nor its Market Regulator accepts responsibility for the adequacy or ' +
  'accuracy of this release.\n'

/** The escape that starts a terminal colour code. */
const ESC = String.fromCharCode(27)

function lint(files: Record<string, string>, ...args: string[]) {
  const dir = setup(files)
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0'}
  })
  return {...result, dir}
}

describe('the default report', {timeout: 60_000}, () => {
  const result = lint(
    {'drafts/bad.md': BAD, 'drafts/release.md': fixture(RELEASE), 'drafts/clean.txt': CLEAN},
    'drafts'
  )
  const out = result.stdout

  it('goes to stdout, exit status as ever', () => {
    expect(result.status).toBe(1)
    expect(result.stderr).toBe('')
    expect(out).not.toContain(ESC + '[')
  })

  it('gives each finding its place, level, rule and message, then indented its words and its note', () => {
    const lines = out.split('\n')
    const head = lines.findIndex((line) => /^ {2}3:1 +error +exchange-disclaimer: Unexpected disclaimer/.test(line))
    expect(head).toBeGreaterThan(-1)
    const indent = lines[head].indexOf('exchange-disclaimer')
    // The message wraps under itself; the excerpt and the note are indented two more.
    const block = lines.slice(head + 1, lines.indexOf('', head))
    const details = block.filter((line) => line.startsWith(' '.repeat(indent + 2)) && line[indent + 2] !== ' ')
    expect(details[0].trim()).toBe('on “Neither TSX Venture Exchange nor its Market Regulator…”')
    expect(block.join(' ')).toMatch(/TSX Venture Exchange Policy 3\.3/)
    for (const line of block) expect(line.startsWith(' '.repeat(indent))).toBe(true)
  })

  it('quotes at most a short excerpt; a point (where text belongs) quotes the words after it', () => {
    const excerpts = out.split('\n').filter((line) => /^ +(on|before) “/.test(line))
    expect(excerpts.length).toBeGreaterThan(2)
    for (const line of excerpts) expect(line.trim().length).toBeLessThanOrEqual('before “”'.length + 61)
  })

  it('wraps to 100 columns when not on a terminal', () => {
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
  })

  it('ends with the summary and the count of each rule', () => {
    const tail = out.trimEnd().split('\n')
    const summary = tail.findIndex((line) => /^\d+ of \d+ drafts? needs? changes/.test(line))
    expect(tail[summary]).toMatch(/^2 of 3 drafts need changes · \d+ errors? · \d+ warnings?$/)
    const rules = tail.slice(summary + 1)
    expect(rules).toContain(rules.find((line) => /^ {2}exchange-disclaimer +1 error in 1 draft$/.test(line)))
    expect(rules.some((line) => /^ {2}us-distribution-legend +1 warning in 1 draft$/.test(line))).toBe(true)
    const counted = rules.map((line) => /(\d+) errors?/.exec(line)?.[1] ?? '0').reduce((a, b) => a + Number(b), 0)
    expect(tail[summary]).toContain(`${counted} error`)
  })

  it('colours with --color, and with it only', () => {
    const coloured = lint({'bad.md': BAD}, '--color', 'bad.md').stdout
    expect(coloured).toContain(`${ESC}[31merror`)
    expect(coloured.replaceAll(new RegExp(`${ESC}\\[\\d+m`, 'g'), '')).toMatch(
      /^ {2}3:1 +error +exchange-disclaimer: /m
    )
  })

  it('--verbose adds the fixing text', () => {
    const verbose = lint({'bad.md': BAD}, '--verbose', 'bad.md').stdout
    expect(verbose).toMatch(/expected: Neither TSX Venture Exchange nor its Regulation Services Provider/)
  })

  it('--report compact is vfile-reporter’s one line per message', () => {
    const compact = lint({'bad.md': BAD}, '--report', 'compact', 'bad.md')
    expect(compact.status).toBe(1)
    expect(compact.stdout).toMatch(
      /^3:1-3:\d+ +error +Unexpected disclaimer .* +exchange-disclaimer +disclosure-lint$/m
    )
    expect(compact.stdout).toMatch(/^✖ \d+ errors?$/m)
    expect(compact.stdout).not.toContain('TSX Venture Exchange Policy 3.3')
  })
})

describe('where reports go', {timeout: 60_000}, () => {
  it('JSON on stdout parses, nothing on stderr', () => {
    const result = lint({'bad.md': BAD}, '--report', 'json', 'bad.md')
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
    expect(report[0].messages.map((m) => m.ruleId)).toContain('exchange-disclaimer')
  })

  it('--report-file writes the report there and nothing to stdout; diagnostics stay on stderr', () => {
    for (const flag of [['--report-file', 'out/report.json'], ['--report-file=out/report.json']]) {
      const result = lint({'bad.md': BAD, 'README.md': BAD, 'out/.keep': ''}, '--report', 'json', ...flag, '.')
      expect(result.status).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^disclosure-lint: skipped 1 file that is not a release \(README\.md\)/)
      const report = JSON.parse(fs.readFileSync(path.join(result.dir, 'out/report.json'), 'utf8')) as unknown[]
      expect(report).toHaveLength(1)
    }
  })

  it('--report-file without a path, or into a folder that does not exist: one line, exit 2', () => {
    const bare = lint({'bad.md': BAD}, 'bad.md', '--report-file')
    expect(bare.status).toBe(2)
    expect(bare.stderr).toBe('disclosure-lint: --report-file needs a path\n')
    const nowhere = lint({'bad.md': BAD}, '--report-file', 'no/such/folder/report.txt', 'bad.md')
    expect(nowhere.status).toBe(2)
    expect(nowhere.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(nowhere.stderr).toMatch(/^disclosure-lint: .*no\/such\/folder/)
  })

  it('a draft that could not be linted: one line on stderr, counted in the report', () => {
    const result = lint({'bad.md': BAD, 'scan.md': '%PDF-1.4\n\u0000binary'}, 'bad.md', 'scan.md', 'missing.md')
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^disclosure-lint: scan\.md: Cannot lint a PDF file/m)
    expect(result.stderr).toMatch(/^disclosure-lint: missing\.md: No such file or folder/m)
    expect(result.stdout).toMatch(/^1 of 3 drafts needs changes · 2 could not be linted · \d+ errors?/m)
  })
})

describe('--report html', {timeout: 60_000}, () => {
  const result = lint(
    {'drafts/hostile.md': HOSTILE, 'drafts/release.md': fixture(RELEASE), 'drafts/bad.md': BAD, 'drafts/ok.md': CLEAN},
    '--report',
    'html',
    'drafts'
  )
  const page = result.stdout

  it('is one page, exit status as ever', () => {
    expect(result.status).toBe(1)
    expect(page).toMatch(/^<!DOCTYPE html>/)
    expect(page.trimEnd()).toMatch(/<\/html>$/)
  })

  it('is self-contained: inline CSS, no script, nothing fetched', () => {
    expect(page).not.toMatch(/<script/i)
    expect(page).not.toMatch(/<link\b/i)
    expect(page).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:|\/\/|file:)/i)
    expect(page).not.toMatch(/url\(|@import/i)
    expect(page).toContain('<style>')
    expect(page).toContain(`default-src 'none'`)
  })

  it('escapes every draft: markup in a draft renders as text', () => {
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=&quot;https://')
    expect(page).not.toContain('<img')
  })

  it('has the summary and a drafts × rules table of counts', () => {
    expect(page).toMatch(/<p class="summary">3 of 4 drafts need changes · \d+ errors? · \d+ warnings?<\/p>/)
    const table = /<table>[^]*?<\/table>/.exec(page)![0]
    expect(table).toContain('<th>exchange-disclaimer</th>')
    expect(table).toMatch(/<a href="#d\d">drafts\/bad\.md<\/a><\/td>/)
    expect(table.match(/<tr>/g)).toHaveLength(5)
    expect(table).toMatch(/drafts\/ok\.md<\/a><\/td>(<td class=""><\/td>)+<\/tr>/)
  })

  it('marks up each draft: the words of each finding highlighted, the finding beside them', () => {
    const bad = page.slice(page.indexOf('<h2>drafts/bad.md</h2>'))
    const section = bad.slice(0, bad.indexOf('</section>'))
    expect(section).toMatch(/<mark class="error"[^>]*>Neither TSX Venture Exchange nor its Market Regulator/)
    const finding = /<div class="finding error"[^]*?exchange-disclaimer[^]*?<\/div><\/div>/.exec(section)![0]
    expect(finding).toContain('Unexpected disclaimer that replaces')
    expect(finding).toContain('TSX Venture Exchange Policy 3.3')
    expect(finding).toContain('Fix: Neither TSX Venture Exchange nor its Regulation Services Provider')
    // The draft's words, all of them, in order, once the markup is taken out.
    const text = section
      .split('<div class="text">')
      .slice(1)
      .map((part) => part.slice(0, part.indexOf('</div>')))
      .join('')
      .replace(/<sup>\d+<\/sup>|‸/g, '')
      .replace(/<[^>]+>/g, '')
    expect(text.replace(/&amp;/g, '&')).toBe(BAD)
  })

  it('--report-file writes the page there', () => {
    const written = lint({'bad.md': BAD}, '--report', 'html', '--report-file', 'report.html', 'bad.md')
    expect(written.stdout).toBe('')
    expect(fs.readFileSync(path.join(written.dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/)
  })
})

describe('SARIF rule descriptions', () => {
  it('the short description is the doc’s first sentence, whole', () => {
    for (const id of ['exchange-disclaimer', 'qp-statement', 'tsxv-pricing', 'forward-looking-caution']) {
      const doc = ruleDoc(id)!
      expect(doc.summary, id).toMatch(/[.”]$/)
      expect(doc.summary, id).not.toMatch(/[:…]$/)
      expect(doc.description.startsWith(doc.summary.replace(/[.:]?( “[^]*)?$/, '')), id).toBe(true)
    }
    expect(ruleDoc('qp-statement')!.summary).toBe(
      'When a release gives scientific or technical information about a mineral project, it must name the ' +
        'Qualified Person (QP) behind it.'
    )
    expect(ruleDoc('exchange-disclaimer')!.summary).toMatch(
      /in its own releases: “Neither TSX Venture Exchange nor its Regulation Services Provider .* this release\.”$/
    )
  })

  it('first sentences end at a full stop, not after an abbreviation', () => {
    expect(firstSentence('The U.S. Securities Act applies. Then more.')).toBe('The U.S. Securities Act applies.')
    expect(firstSentence('See s.3.1 of NI 43-101 and Acme Corp. Gold. Next one.')).toBe(
      'See s.3.1 of NI 43-101 and Acme Corp. Gold.'
    )
    expect(firstSentence('It cites (TSX-V Policy 4.1). It checks.')).toBe('It cites (TSX-V Policy 4.1).')
    expect(firstSentence('A release must carry:')).toBe('A release must carry.')
  })

  it('helpUri: the doc in the repository package.json names, at the version’s tag', () => {
    const pkg = {name: 'disclosure-lint', version: '1.2.3', description: ''}
    for (const repository of [
      'github:acme/disclosure-lint',
      'acme/disclosure-lint',
      'git+https://github.com/acme/disclosure-lint.git',
      'git@github.com:acme/disclosure-lint.git',
      {type: 'git', url: 'https://github.com/acme/disclosure-lint'}
    ]) {
      expect(repositoryUrl(repository)).toBe('https://github.com/acme/disclosure-lint')
      expect(docUrl({...pkg, repository}, 'qp-statement')).toBe(
        'https://github.com/acme/disclosure-lint/blob/v1.2.3/docs/rules/qp-statement.md'
      )
    }
    expect(docUrl({...pkg, repository: {url: 'https://gitlab.com/acme/tools', directory: 'lint/'}}, 'x')).toBe(
      'https://gitlab.com/acme/tools/-/blob/v1.2.3/lint/docs/rules/x.md'
    )
    // No repository: the caller falls back to the packaged doc.
    expect(docUrl(pkg, 'qp-statement')).toBeUndefined()
    expect(repositoryUrl('not a url')).toBeUndefined()
  })
})

describe('text helpers', () => {
  it('wrap keeps every word, in order, within the width', () => {
    const text = 'NI 43-101 s.3.1 (and s.2.1): the release gives scientific or technical information “9.8 g/t”'
    for (const width of [12, 20, 33, 100]) {
      const lines = wrap(text, width)
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width)
      expect(lines.join(' ')).toBe(text)
    }
    expect(wrap('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)])
  })

  it('shorten cuts at a word with an ellipsis, whitespace collapsed', () => {
    expect(shorten('a  b\n c')).toBe('a b c')
    const long = 'Neither TSX Venture Exchange nor its Market Regulator (as that term is defined) accepts'
    const short = shorten(long)
    expect(short.length).toBeLessThanOrEqual(61)
    expect(short.endsWith('…')).toBe(true)
    expect(long.startsWith(short.slice(0, -1))).toBe(true)
  })
})
