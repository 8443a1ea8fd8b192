/**
 * `--fix` and `--fix-dry-run` through the built CLI (`dist/bundle/cli.js`,
 * `npm run build` first), and the edit and diff functions they are made of.
 * The report's stream and layout are not relied on: stdout and stderr are
 * read together, for rule ids and key words.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFileMessage} from 'vfile-message'
import {unifiedDiff} from '../src/cli/diff.js'
import {applyEdits, editsOf} from '../src/cli/fix.js'
import {decodeDraft, encodeWindows1252} from '../src/core/decode.js'
import {fixture, RELEASE, root, tempFolders} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
const folder = tempFolders('dl-fix-')

function run(dir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8'})
  return {status: result.status, output: result.stdout + result.stderr, stdout: result.stdout, stderr: result.stderr}
}

/**
 * An invented drilling release with a BOM, CRLF lines and trailing white space, missing its QP statement,
 * forward-looking caution and disclaimer (each fix inserts a statement; two carry placeholders).
 */
const DRILLING =
  '\uFEFFAcme Gold Corp. (TSXV: ACM) reports drilling: hole AB-1 returned 5.2 g/t gold over 3.0 metres.  \r\n' +
  '\r\n' +
  'The Company will drill more holes in May.\t\r\n'

describe('--fix', {timeout: 120_000}, () => {
  it('inserts the missing statements, keeps every other byte, and reports the placeholders it inserted', () => {
    const dir = folder({'draft.md': DRILLING})
    const draft = path.join(dir, 'draft.md')
    fs.chmodSync(draft, 0o640)
    const result = run(dir, '--fix', 'draft.md')
    const fixed = fs.readFileSync(draft)
    const text = fixed.toString('utf8')
    // The BOM, the CRLF lines and the trailing white space of the draft as written: taking out the four
    // paragraphs inserted (each after a blank CRLF line, up to its last full stop) gives the draft byte for byte.
    expect([...fixed.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    const inserted =
      /\r\n\r\n[^\r\n]*(?:Qualified Person|forward-looking information|Regulation Services Provider|true widths)[^\r\n]*\./g
    expect(text.match(inserted)).toHaveLength(4)
    expect(text.replace(inserted, '')).toBe(DRILLING)
    // What was inserted: the statements (and the true-width statement the drill result calls for).
    expect(text).toContain('Qualified Person as defined in National Instrument 43-101')
    expect(text).toContain('Neither TSX Venture Exchange nor its Regulation Services Provider')
    expect(text).toContain('This news release contains forward-looking information')
    // The report is of the fixed draft: the placeholders the fixes inserted, nothing the fixes settled.
    expect(result.output).toMatch(/unfilled-placeholder/)
    expect(result.output).toContain('[Name]')
    expect(result.output).toContain('[the material risk factors]')
    for (const id of ['qp-statement', 'exchange-disclaimer', 'forward-looking-caution'])
      expect(result.output).not.toContain(id)
    expect(result.status).toBe(1)
    // Atomic: no temporary file left, the mode kept.
    expect(fs.readdirSync(dir)).toEqual(['draft.md'])
    expect(fs.statSync(draft).mode & 0o777).toBe(0o640)
    // A second --fix changes nothing.
    const again = run(dir, '--fix', 'draft.md')
    expect(fs.readFileSync(draft).equals(fixed)).toBe(true)
    expect(again.status).toBe(1)
    expect(again.output).not.toMatch(/fixed draft\.md/)
    expect(fs.readdirSync(dir)).toEqual(['draft.md'])
  })

  it('replaces words in place: the clean release gets “four months and one day”, nothing else changes', () => {
    const release = fixture(RELEASE)
    expect(release).toContain('hold period of four months')
    const dir = folder({'release.md': release})
    const result = run(dir, '--fix', 'release.md')
    const text = fs.readFileSync(path.join(dir, 'release.md'), 'utf8')
    expect(text).toContain('hold period of four months and one day')
    expect(text.split(' and one day').join('')).toBe(release)
    expect(result.output).not.toContain('hold-period')
    expect(result.status).toBe(0)
  })

  it('leaves a suggestion alone: a figure that does not agree is reported, not rewritten', () => {
    const release = fixture(RELEASE).replace('gross proceeds of CDN\\$1,162,000', 'gross proceeds of CDN\\$1,262,000')
    expect(release).toContain('CDN\\$1,262,000')
    const dir = folder({'release.md': release})
    const result = run(dir, '--fix', 'release.md')
    const text = fs.readFileSync(path.join(dir, 'release.md'), 'utf8')
    expect(text).toContain('CDN\\$1,262,000')
    expect(result.output).toMatch(/offering-arithmetic/)
    expect(result.status).toBe(1)
  })

  it('leaves what a suppression comment waives: the finding is not there to fix', () => {
    const comment = '<!--disclosure-lint ignore exchange-disclaimer -- the agent adds the disclaimer-->\n\n'
    const dir = folder({'draft.md': comment + DRILLING.slice(1)})
    const result = run(dir, '--fix', 'draft.md')
    const text = fs.readFileSync(path.join(dir, 'draft.md'), 'utf8')
    expect(text).not.toContain('Regulation Services Provider')
    expect(text).toContain('Qualified Person')
    expect(text.startsWith(comment + DRILLING.slice(1, 20))).toBe(true)
    expect(result.output).not.toContain('exchange-disclaimer')
  })

  it('never writes a file that is not plain text, nor a draft on stdin, nor with --watch', () => {
    const word = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')])
    const dir = folder({'draft.docx': word})
    const result = run(dir, '--fix', 'draft.docx')
    expect(fs.readFileSync(path.join(dir, 'draft.docx')).equals(word)).toBe(true)
    expect(fs.readdirSync(dir)).toEqual(['draft.docx'])
    expect(result.status).toBe(2)
    const stdin = spawnSync(process.execPath, [cli, '--fix'], {cwd: dir, input: DRILLING, encoding: 'utf8'})
    expect(stdin.status).toBe(2)
    expect(stdin.stdout + stdin.stderr).toMatch(/--fix needs the drafts named/)
    expect(run(dir, '--fix', '--watch', 'draft.docx').status).toBe(2)
  })
})

/** An invented placement announcement under a `# ` headline, with no U.S. legend; `eol` its line ending. */
const placement = (eol: string) =>
  [
    '# Acme Gold Corp. Announces Private Placement',
    '',
    'Vancouver, British Columbia, May 1, 2026 - Acme Gold Corp. (TSXV: ACM) announces a non-brokered private ' +
      'placement of up to 10,000,000 units at $0.20 per unit for gross proceeds of up to $2,000,000.',
    '',
    '**The Company will use the proceeds to drill the Birch project.**',
    '',
    '## Forward-Looking Statements',
    '',
    '*Actual results may differ materially because of risks, including metal prices. It is based on assumptions, ' +
      'including that permits are received. The Company does not undertake to update it except as required by law.*',
    '',
    'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
      'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.',
    ''
  ].join(eol)

describe('--fix puts each text where a lawyer puts it', {timeout: 120_000}, () => {
  const LEGEND = 'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'
  const US_ACT = 'The securities have not been and will not be registered under the United States Securities Act'
  const IDENTIFIES = 'This news release contains forward-looking information, including statements regarding'

  for (const [name, eol] of [
    ['draft.md', '\n'],
    ['draft.txt', '\r\n']
  ]) {
    const shape = `${name} (${eol === '\n' ? 'LF' : 'CRLF'})`
    it(`${shape}: the legend above the headline, the U.S. paragraph above the caution's heading, identification first`, () => {
      const draft = placement(eol)
      const dir = folder({[name]: draft})
      run(dir, '--fix', name)
      const text = fs.readFileSync(path.join(dir, name), 'utf8')
      // The legend is the draft's first paragraph and the headline stays a `# ` heading.
      expect(text.startsWith(`${LEGEND}${eol}${eol}# Acme Gold Corp. Announces Private Placement${eol}`)).toBe(true)
      // The U.S. Securities Act paragraph is its own paragraph above the "Forward-Looking Statements" heading.
      const usAt = text.indexOf(US_ACT)
      expect(text.slice(usAt - 2 * eol.length, usAt)).toBe(eol + eol)
      expect(text.indexOf(`${eol}${eol}## Forward-Looking Statements${eol}`)).toBeGreaterThan(usAt)
      // The sentence that identifies the forward-looking information opens the caution, inside its emphasis.
      expect(text).toContain(`${eol}*${IDENTIFIES} [the forward-looking matters]. Actual results may differ`)
      // Every byte of the draft is kept: taking the inserted texts out gives it back.
      const inserted = text
        .replace(`${LEGEND}${eol}${eol}`, '')
        .replace(new RegExp(`${US_ACT}[^\\r\\n]*${eol}${eol}`), '')
        .replace(`${IDENTIFIES} [the forward-looking matters]. `, '')
      expect(inserted).toBe(draft)
      if (eol === '\r\n') expect(text.replace(/\r\n/g, '')).not.toContain('\n')
      // Linted again, the fixed draft raises none of the three rules.
      const again = run(dir, name)
      for (const id of ['us-distribution-legend', 'us-securities-act', 'forward-looking-caution'])
        expect(again.output).not.toContain(id)
      expect(again.output).toContain('unfilled-placeholder')
    })
  }

  it('a paragraph added after a bold technical paragraph goes after its closing markup', () => {
    const draft =
      'Acme Gold Corp. (TSXV: ACM) reports drilling.\n\n' +
      '**Hole AB-1 returned 5.2 g/t gold over 3.0 metres.**\n\n' +
      'About Acme Gold Corp.\n\nAcme explores in British Columbia.\n'
    const dir = folder({'draft.md': draft})
    run(dir, '--fix', 'draft.md')
    const text = fs.readFileSync(path.join(dir, 'draft.md'), 'utf8')
    const bold = '**Hole AB-1 returned 5.2 g/t gold over 3.0 metres.**\n\n'
    expect(text).toContain(bold)
    const qp = text.indexOf('Qualified Person')
    expect(qp).toBeGreaterThan(text.indexOf(bold))
    expect(qp).toBeLessThan(text.indexOf('About Acme Gold Corp.'))
    // The paragraphs inserted between stand alone: none holds the bold paragraph's markup.
    const between = text.slice(text.indexOf(bold) + bold.length, text.indexOf('About Acme Gold Corp.'))
    expect(between).not.toContain('*')
    expect(between.endsWith('\n\n')).toBe(true)
  })
})

describe('--fix on a Windows-1252 draft (Word\'s "Plain Text")', {timeout: 120_000}, () => {
  it('writes the fix in Windows-1252 and keeps every byte of the draft', () => {
    const draft =
      'Harrowgate Gold Inc. (TSXV: HGG) has granted 1,200,000 options to Renée Côté, the Company’s “new” CFO, ' +
      'exercisable at $0.22 per share for five years.\r\n'
    const bytes = Buffer.from(encodeWindows1252(draft)!)
    const dir = folder({})
    fs.writeFileSync(path.join(dir, 'grant.txt'), bytes)
    const result = run(dir, '--fix', 'grant.txt')
    const fixed = fs.readFileSync(path.join(dir, 'grant.txt'))
    expect(fixed.subarray(0, bytes.length).equals(bytes)).toBe(true)
    expect(decodeDraft(fixed)).toEqual({
      text: expect.stringContaining('Neither TSX Venture Exchange nor its Regulation Services Provider'),
      encoding: 'windows-1252'
    })
    expect(result.output).not.toContain('exchange-disclaimer')
  })
})

describe('--fix-dry-run', {timeout: 120_000}, () => {
  it('prints the unified diff --fix would apply, and writes nothing', () => {
    const dir = folder({'draft.md': DRILLING})
    const result = run(dir, '--fix-dry-run', 'draft.md')
    expect(fs.readFileSync(path.join(dir, 'draft.md'), 'utf8')).toBe(DRILLING)
    expect(fs.readdirSync(dir)).toEqual(['draft.md'])
    const diff = result.stdout
    expect(diff).toMatch(/^--- a\/draft\.md\n\+\+\+ b\/draft\.md\n@@ -1,3 \+1,\d+ @@\n/)
    // The report is of the draft as it is (nothing was changed), on stderr: stdout is the patch alone.
    expect(result.stderr).toMatch(/exchange-disclaimer/)
    expect(diff).not.toMatch(/exchange-disclaimer/)
    expect(result.status).toBe(1)
    // The diff is what --fix writes: applied to the draft, it gives the fixed file.
    const fixedDir = folder({'draft.md': DRILLING})
    run(fixedDir, '--fix', 'draft.md')
    const fixed = fs.readFileSync(path.join(fixedDir, 'draft.md'), 'utf8')
    expect(patch(DRILLING.slice(1), diff)).toBe(fixed.slice(1))
  })
})

/** Apply a unified diff (one file) to `text`. */
function patch(text: string, diff: string): string {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? []
  const out: string[] = []
  let at = 0
  const body = diff.split('\n').slice(2)
  for (let index = 0; index < body.length; index++) {
    const line = body[index]
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line)
    if (hunk) {
      const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1)
      while (at < start) out.push(lines[at++])
      continue
    }
    if (line === '' && index === body.length - 1) break
    const noNewline = body[index + 1] === '\\ No newline at end of file'
    const content = line.slice(1) + (noNewline ? '' : '\n')
    if (line[0] === ' ' || line[0] === '-') {
      expect(lines[at]).toBe(content)
      at++
    }
    if (line[0] === ' ' || line[0] === '+') out.push(content)
    if (noNewline) index++
  }
  while (at < lines.length) out.push(lines[at++])
  return out.join('')
}

describe('the edits of a fix', () => {
  const message = (start: number, end: number, expected: string[] | undefined) => {
    const result = new VFileMessage('x', {
      place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}},
      ruleId: 'hold-period',
      source: 'disclosure-lint'
    })
    result.expected = expected
    return result
  }

  it('applies one of two overlapping edits (the first), edits apart together, insertions at a point', () => {
    const value = 'abcdefghij'
    const edits = editsOf(
      [message(5, 8, ['X']), message(1, 3, ['Y']), message(2, 6, ['Z']), message(9, 9, ['!'])],
      value
    )
    expect(edits).toEqual([
      {start: 1, end: 3, text: 'Y'},
      {start: 5, end: 8, text: 'X'},
      {start: 9, end: 9, text: '!'}
    ])
    expect(applyEdits(value, edits)).toBe('aYdeXi!j')
  })

  it('applies only one unambiguous edit: not two choices, not a removal, not a no-op, not a comment', () => {
    const value = 'abcdefghij'
    const comment = message(0, 1, ['Q'])
    comment.ruleId = 'comment'
    const none = [message(0, 2, ['A', 'B']), message(2, 4, ['']), message(4, 6, []), message(6, 8, ['gh']), comment]
    expect(editsOf(none, value)).toEqual([])
  })
})

describe('the dry run diff', () => {
  const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '', 'e\r'), {maxLength: 30})
  it('applied to the old text gives the new one (property)', () => {
    fc.assert(
      fc.property(lines, lines, fc.boolean(), fc.boolean(), (a, b, endA, endB) => {
        const before = a.join('\n') + (endA && a.length > 0 ? '\n' : '')
        const after = b.join('\n') + (endB && b.length > 0 ? '\n' : '')
        const diff = unifiedDiff(before, after, 'draft.md')
        expect(before === after ? diff : patch(before, diff)).toBe(before === after ? '' : after)
      }),
      {numRuns: 500}
    )
  })
})
