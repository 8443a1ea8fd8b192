/**
 * The presets, end to end: with no config the exchange a release states
 * chooses the preset (and the findings say so); a pinned preset wins — in
 * process (the API), through the built CLI (`dist/bundle/cli.js`, a config by
 * path or by the preset's name alone) and through the built language server.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {cboe, cse, lintText, presetFor, tsx, tsxv} from '../src/api.js'
import {TSXV_DISCLAIMER} from '../rules/exchange-disclaimer.js'
import {root, tempFolders} from './helpers.js'
import {startClient, type Client} from './lsp-client.js'

const cliPath = path.join(root, 'dist/bundle/cli.js')
const makeDir = tempFolders('dl-presets-')

/** A CSE issuer's closing (line 3 tags it) at $0.02 a unit, with a TSX-V disclaimer copied in. */
const CSE_DRAFT =
  'Beta Minerals Closes Private Placement\n\n' +
  'VANCOUVER, BC, May 4, 2026 - Beta Minerals Inc. (CSE: BTM) (the "Company") has closed its non-brokered ' +
  'private placement of 10,000,000 units at $0.02 per unit for gross proceeds of $200,000.\n\n' +
  TSXV_DISCLAIMER +
  '\n'
const EXCHANGE_RULES = ['exchange-disclaimer', 'tsxv-pricing']
const STATED = 'this release states a CSE listing (line 3: “CSE: BTM”), so the CSE preset applies'
const PINNED_TSXV = 'the TSX-V preset is pinned although the release states a CSE listing (line 3: “CSE: BTM”)'
const WRONG_DISCLAIMER = 'Unexpected TSX Venture Exchange disclaimer in the release of a CSE-listed issuer'
const PRICE = 'Unexpected price of $0.02 per unit, expected at least $0.05'

/** The findings of the exchange-specific rules: rule, reason, note. */
function exchangeFindings(messages: Array<Pick<VFileMessage, 'ruleId' | 'reason' | 'note'>>): string[][] {
  return messages
    .filter((m) => EXCHANGE_RULES.includes(m.ruleId ?? ''))
    .map((m) => [m.ruleId ?? '', m.reason, m.note ?? ''])
}

describe('presets in process', () => {
  it('no preset: the CSE draft is checked as a CSE issuer’s, and the message says why', async () => {
    const found = exchangeFindings((await lintText(CSE_DRAFT)).messages)
    expect(found.map(([rule, reason]) => [rule, reason])).toEqual([['exchange-disclaimer', WRONG_DISCLAIMER]])
    expect(found[0][2]).toContain(STATED)
  })

  it('the CSE preset pinned: the same findings, pinned', async () => {
    const found = exchangeFindings((await lintText(CSE_DRAFT, cse.plugins)).messages)
    expect(found.map(([rule, reason]) => [rule, reason])).toEqual([['exchange-disclaimer', WRONG_DISCLAIMER]])
    expect(found[0][2]).toContain('the CSE preset is pinned')
  })

  it('the TSX-V preset pinned wins over the stated CSE listing: TSX-V’s floor, its disclaimer accepted', async () => {
    const found = exchangeFindings((await lintText(CSE_DRAFT, tsxv.plugins)).messages)
    expect(found.map(([rule, reason]) => [rule, reason])).toEqual([['tsxv-pricing', PRICE]])
    expect(found[0][2]).toContain(PINNED_TSXV)
    expect(found[0][2]).toMatch(/^TSX-V Policy 4\.1 \(Private Placements\) and TSX-V Policy 1\.1/)
  })

  it('TSX and Cboe Canada pinned: the TSX-V disclaimer is one to remove, no TSX-V floor', async () => {
    for (const [preset, listed] of [
      [tsx, 'TSX'],
      [cboe, 'Cboe Canada']
    ] as const) {
      const found = exchangeFindings((await lintText(CSE_DRAFT, preset.plugins)).messages)
      expect(found.map(([rule, reason]) => [rule, reason])).toEqual([
        [
          'exchange-disclaimer',
          `Unexpected TSX Venture Exchange disclaimer in the release of a ${listed}-listed issuer`
        ]
      ])
    }
  })

  it('a release that states no exchange: the TSX-V preset, and the message says so', async () => {
    const value = CSE_DRAFT.replace(' (CSE: BTM)', '').replace(TSXV_DISCLAIMER, 'For more, call the Company.')
    const found = exchangeFindings((await lintText(value, presetFor().plugins)).messages)
    expect(found.map(([rule]) => rule)).toEqual(['exchange-disclaimer', 'tsxv-pricing'])
    for (const [, , note] of found)
      expect(note).toContain('this release states no listing, so the TSX-V preset applies')
  })
})

it('listings that disagree: unpinned, the disclaimer owed is in doubt; pinned, the preset decides', async () => {
  const value =
    'Echo Lake Resources Corp. (TSXV: ELR) will start drilling in May.\n\n' +
    'Echo Lake Resources trades on the Canadian Securities Exchange under the symbol ELR.\n\n' +
    TSXV_DISCLAIMER +
    '\n'
  const reasons = async (plugins = presetFor().plugins) =>
    exchangeFindings((await lintText(value, plugins)).messages).map(([, reason]) => reason.split(',')[0])
  const conflict = 'Unexpected listings on two exchanges'
  expect(await reasons()).toEqual([conflict])
  expect(await reasons(tsxv.plugins)).toEqual([conflict])
  expect(await reasons(cse.plugins)).toEqual([conflict, WRONG_DISCLAIMER])
})

describe('presets through the built CLI', {timeout: 60_000}, () => {
  const run = (cwd: string) => {
    const result = spawnSync(process.execPath, [cliPath, '--report', 'json', 'draft.md'], {cwd, encoding: 'utf8'})
    const report = JSON.parse(result.stdout) as Array<{
      messages: Array<Pick<VFileMessage, 'ruleId' | 'reason' | 'note'>>
    }>
    return {status: result.status, found: exchangeFindings(report[0].messages)}
  }

  it('no config: the stated CSE listing chooses the CSE preset, and the message says so', () => {
    const {status, found} = run(makeDir({'draft.md': CSE_DRAFT}))
    expect(status).toBe(1)
    expect(found.map(([rule, reason]) => [rule, reason])).toEqual([['exchange-disclaimer', WRONG_DISCLAIMER]])
    expect(found[0][2]).toContain(STATED)
  })

  it.each([
    ['by path', {plugins: ['disclosure-lint/presets/tsxv']}],
    ['by its name alone', {plugins: ['tsxv']}],
    ['by its name in a plugin map', {plugins: {tsxv: true}}]
  ])('the TSX-V preset pinned %s: TSX-V’s behaviour', (_, config) => {
    const {status, found} = run(makeDir({'draft.md': CSE_DRAFT, '.remarkrc.json': JSON.stringify(config)}))
    expect(status).toBe(1)
    expect(found.map(([rule, reason]) => [rule, reason])).toEqual([['tsxv-pricing', PRICE]])
    expect(found[0][2]).toContain(PINNED_TSXV)
  })

  it('the CSE preset pinned by name for a TSX-V draft: no TSX-V disclaimer owed, no floor', () => {
    const draft = CSE_DRAFT.replace('(CSE: BTM)', '(TSXV: BTM)').replace(TSXV_DISCLAIMER, 'For more, call the Company.')
    const {found} = run(makeDir({'draft.md': draft, '.remarkrc.json': JSON.stringify({plugins: ['cse']})}))
    expect(found).toEqual([])
    // The same draft with no config owes the TSX-V disclaimer and its floor.
    const unpinned = run(makeDir({'draft.md': draft})).found.map(([rule]) => rule)
    expect(unpinned).toEqual(['exchange-disclaimer', 'tsxv-pricing'])
  })

  it('`--use cse` pins the CSE preset from the command line', () => {
    const draft = CSE_DRAFT.replace('(CSE: BTM)', '(TSXV: BTM)').replace(TSXV_DISCLAIMER, 'For more, call the Company.')
    const dir = makeDir({'draft.md': draft})
    const result = spawnSync(process.execPath, [cliPath, '--use', 'cse', '--report', 'json', 'draft.md'], {
      cwd: dir,
      encoding: 'utf8'
    })
    const report = JSON.parse(result.stdout) as Array<{
      messages: Array<Pick<VFileMessage, 'ruleId' | 'reason' | 'note'>>
    }>
    expect(report[0].messages.length).toBeGreaterThan(0)
    expect(exchangeFindings(report[0].messages)).toEqual([])
  })

  it('a preset named alone and switched off adds nothing: the default preset runs', () => {
    const dir = makeDir({'draft.md': CSE_DRAFT, '.remarkrc.json': JSON.stringify({plugins: [['cse', false]]})})
    const result = spawnSync(process.execPath, [cliPath, 'draft.md'], {cwd: dir, encoding: 'utf8'})
    // Nothing of ours configured: the default preset runs, as with a config for remark alone.
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(WRONG_DISCLAIMER)
  })
})

describe('presets through the built language server', {timeout: 60_000}, () => {
  const clients: Client[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.close()
  })

  it('no config: the stated exchange; `["tsxv"]` in the workspace config: TSX-V’s behaviour', async () => {
    for (const [files, rule, note] of [
      [{}, 'exchange-disclaimer', STATED],
      [{'.remarkrc.json': JSON.stringify({plugins: ['tsxv']})}, 'tsxv-pricing', PINNED_TSXV]
    ] as const) {
      const dir = makeDir(files)
      const lsp = await startClient(dir)
      clients.push(lsp)
      const uri = pathToFileURL(path.join(dir, 'draft.md')).href
      const diagnostics = await lsp.open(uri, CSE_DRAFT)
      const found = diagnostics.filter((d) => EXCHANGE_RULES.includes(String(d.code)))
      expect(found.map((d) => d.code)).toEqual([rule])
      expect(found[0].message).toContain(note)
    }
  })
})
