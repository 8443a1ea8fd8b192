/**
 * `--report sarif` validates against the SARIF 2.1.0 JSON schema (kept as a
 * fixture) and describes our rules; `--report github` writes workflow
 * commands GitHub Actions turns into annotations. Both resolve from our own
 * install, from a folder that has none.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import AjvModule from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import {RELEASE, fixture, root} from './helpers.js'

const cli = path.join(root, 'dist/bundle/cli.js')
// ajv-draft-04 is CommonJS: its class is the default export's `default` under Node's interop.
type Validator = {(data: unknown): boolean; errors?: unknown[] | null}
const Ajv = ((AjvModule as unknown as {default?: unknown}).default ?? AjvModule) as new (options: object) => {
  compile(schema: object): Validator
}
const schema = JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/sarif-2.1.0-rtm.5.json'), 'utf8'))

function run(files: Record<string, string>, args: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dl-report-'))
  try {
    for (const [name, value] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
      fs.writeFileSync(path.join(dir, name), value)
    }
    return spawnSync(process.execPath, [cli, ...args], {cwd: dir, encoding: 'utf8'})
  } finally {
    fs.rmSync(dir, {recursive: true, force: true})
  }
}

const bad =
  'Acme Gold Corp. (TSXV: ACM) will hold its meeting.\n\nNeither TSX Venture Exchange nor its Market Regulator ' +
  'accepts responsibility for the adequacy or accuracy of this release.\n'

describe('--report sarif', () => {
  const result = run({'drafts/bad.md': bad, 'drafts/release.md': fixture(RELEASE), 'drafts/nope.pdf': '%PDF\u0000'}, [
    '--report',
    'sarif',
    'drafts',
    'drafts/nope.pdf'
  ])
  const log = JSON.parse(result.stdout)

  it('is valid SARIF 2.1.0', () => {
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    const validate = ajv.compile(schema)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(result.status).toBe(2)
  })

  it('describes each rule from its doc, with stable ids and help links', () => {
    const rules = log.runs[0].tool.driver.rules as Array<{
      id: string
      helpUri?: string
      shortDescription: {text: string}
    }>
    const disclaimer = rules.find((r) => r.id === 'exchange-disclaimer')!
    expect(disclaimer.helpUri).toMatch(/docs\/rules\/exchange-disclaimer\.md$/)
    expect(disclaimer.shortDescription.text).toMatch(/TSX Venture Exchange issuer must carry the Exchange's disclaimer/)
    expect(rules.map((r) => r.id)).toContain('input')
  })

  it('gives repository-relative URIs, regions, levels and fingerprints', () => {
    const results = log.runs[0].results as Array<{
      ruleId: string
      level: string
      locations: Array<{
        physicalLocation: {artifactLocation: {uri: string}; region?: {startLine: number; startColumn: number}}
      }>
      partialFingerprints: Record<string, string>
    }>
    const regulator = results.find((r) => r.ruleId === 'exchange-disclaimer')!
    expect(regulator.level).toBe('error')
    expect(regulator.locations[0].physicalLocation.artifactLocation.uri).toBe('drafts/bad.md')
    expect(regulator.locations[0].physicalLocation.region).toMatchObject({startLine: 3, startColumn: 1})
    expect(
      results
        .filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'drafts/release.md')
        .map((r) => r.level)
    ).toEqual(['warning', 'warning', 'warning'])
    const prints = results.map((r) => r.partialFingerprints['disclosureLint/v1'])
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('keeps fingerprints when lines move', () => {
    const moved = run({'drafts/bad.md': '\n\n\n' + bad}, ['--report', 'sarif', 'drafts'])
    const before = (
      log.runs[0].results as Array<{
        ruleId: string
        partialFingerprints: Record<string, string>
        locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>
      }>
    )
      .filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'drafts/bad.md')
      .map((r) => r.partialFingerprints['disclosureLint/v1'])
    const after = (
      JSON.parse(moved.stdout).runs[0].results as Array<{partialFingerprints: Record<string, string>}>
    ).map((r) => r.partialFingerprints['disclosureLint/v1'])
    expect(after).toEqual(before)
  })

  it('keeps fingerprints when lines move, where the reason names the line of its evidence', () => {
    const drill = 'Acme Gold Corp. (TSXV: ACM) reports that hole A-1 returned 5.2 g/t gold over 3.0 metres.\n'
    const prints = (text: string) => {
      const results = JSON.parse(run({'drafts/drill.md': text}, ['--report', 'sarif', 'drafts']).stdout).runs[0]
        .results as Array<{message: {text: string}; partialFingerprints: Record<string, string>}>
      return results.map((r) => [/\(line \d+\)/.test(r.message.text), r.partialFingerprints['disclosureLint/v1']])
    }
    const before = prints(drill)
    expect(before.some(([named]) => named)).toBe(true)
    expect(prints('\n\n\n' + drill).map(([, hash]) => hash)).toEqual(before.map(([, hash]) => hash))
  })

  it('gives a fix for each possible correction of figures that disagree, the proceeds first, and stays valid', () => {
    const lot = '2,000,000 units at $0.10 per unit for gross proceeds of '
    const closing = `Acme Gold Corp. (TSXV: ACM) has closed its non-brokered private placement of ${lot}$210,000.\n`
    const sarif = JSON.parse(run({'drafts/closing.md': closing}, ['--report', 'sarif', 'drafts']).stdout)
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    expect(ajv.compile(schema)(sarif)).toBe(true)
    const arithmetic = (
      sarif.runs[0].results as Array<{
        ruleId: string
        fixes?: Array<{artifactChanges: Array<{replacements: Array<{insertedContent: {text: string}}>}>}>
      }>
    ).find((r) => r.ruleId === 'offering-arithmetic')!
    expect(arithmetic.fixes!.map((fix) => fix.artifactChanges[0].replacements[0].insertedContent.text)).toEqual([
      lot + '$200,000',
      lot.replace('2,000,000', '2,100,000') + '$210,000'
    ])
  })
})

describe('--report github', () => {
  it('writes one annotation per message, escaped', () => {
    const result = run({'drafts/bad.md': bad}, ['--report', 'github', 'drafts'])
    expect(result.status).toBe(1)
    const lines = result.stdout.trim().split('\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines)
      expect(line).toMatch(
        new RegExp(
          String.raw`^::(error|warning|notice) file=drafts\/bad\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,` +
            String.raw`title=disclosure-lint\([a-z-]+\)::[^\n]+$`
        )
      )
    const regulator = lines.find((line) => line.includes('title=disclosure-lint(exchange-disclaimer)'))!
    expect(regulator).toMatch(/^::error file=drafts\/bad\.md,line=3,col=1,/)
    expect(regulator).toContain('%0A')
  })
})
