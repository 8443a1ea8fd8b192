/**
 * Every regular expression of the linter backtracks at most linearly, checked by analysis rather than timed (a
 * count or a proof does not change when the machine is busy): scslre (the analysis behind eslint-plugin-regexp's
 * super-linear rules) finds each quantifier that can backtrack polynomially or exponentially on some input, and
 * each that makes a scan from every position quadratic. It reads the model's fixed patterns as `pattern()` made
 * them (sources assembled from word lists) and every regular expression literal in the source. The characters
 * the patterns run over, the other half of linear time, are counted in the adversarial tests (test/work.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import {RegExpParser} from '@eslint-community/regexpp'
import {analyse} from 'scslre'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import '../src/api.js'
import {madePatterns} from '../src/model/pattern.js'
import {root} from './helpers.js'

const parser = new RegExpParser({ecmaVersion: 2025})

/** What scslre finds in `/source/flags`: one line per report, naming the quantifier and what follows it. */
function superLinear(source: string, flags: string): string[] {
  const literal = parser.parseLiteral(`/${source}/${flags}`)
  return analyse(literal).reports.map((report) => {
    const at = report.type === 'Trade' ? report.startQuant : report.quant
    const around = source.slice(Math.max(0, at.start - 20), at.end + 20)
    return `${report.type}${report.exponential ? ' (exponential)' : ''} at ${at.start}: …${around}…`
  })
}

/** The regular expression literals of a TypeScript file, with their line. */
function literals(file: string): Array<{line: number; source: string; flags: string}> {
  const text = fs.readFileSync(file, 'utf8')
  const found: Array<{line: number; source: string; flags: string}> = []
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText()
      const end = literal.lastIndexOf('/')
      found.push({
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        source: literal.slice(1, end),
        flags: literal.slice(end + 1)
      })
    }
    ts.forEachChild(node, visit)
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  visit(source)
  return found
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

describe('regular expressions backtrack at most linearly (scslre)', () => {
  it('the analysis finds what it should: nested, adjacent and trailing quantifiers', () => {
    expect(superLinear('(a+)+b', '')).toContainEqual(expect.stringMatching(/^Self \(exponential\)/))
    expect(superLinear('a*a*b', '')).toContainEqual(expect.stringMatching(/^Trade/))
    expect(superLinear(String.raw`\s*x\s*$`, '')).toContainEqual(expect.stringMatching(/^Move/))
    // Bounded windows, the model's way of reading "within N characters", are linear.
    expect(superLinear(String.raw`\b(?:[a-z]+ ){0,3}?president[^.]{0,120}?\bon\b`, '')).toEqual([])
  })

  it('every fixed pattern of the model, as pattern() made it', () => {
    const patterns = madePatterns()
    expect(patterns.length).toBeGreaterThan(300)
    expect(patterns.flatMap((re) => superLinear(re.source, re.flags))).toEqual([])
  })

  it('every regular expression literal in src/, rules/ and presets/', () => {
    const files = ['src', 'rules', 'presets'].flatMap((dir) => sourceFiles(path.join(root, dir)))
    const all = files.flatMap((file) => literals(file).map((literal) => ({file, ...literal})))
    expect(all.length).toBeGreaterThan(500)
    const found = all.flatMap(({file, line, source, flags}) =>
      superLinear(source, flags).map((report) => `${path.relative(root, file)}:${line}: ${report}`)
    )
    expect(found).toEqual([])
  })
})
