/**
 * One rule attached twice from two copies of its code: the CLI's bundled default preset and a preset given by its
 * path (`--use ./node_modules/disclosure-lint/dist/presets/tsx.js`), which loads the installed package's rules. The
 * last attachment decides, as unified decides for one plugin attached twice: a draft is never checked twice, and its
 * findings are never printed twice. Invented issuers, our own words.
 */
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {presetFor} from '../src/api.js'
import {defineRule} from '../src/core/rule.js'
import {root, tempFolders} from './helpers.js'

const makeDir = tempFolders('dl-twice-')

const DRAFT =
  'VANCOUVER, BC, December 3, 2026 – Alder Gold Corp. (TSXV: ALD) announces a private placement of 1,000,000 ' +
  'units at $0.10 per unit for gross proceeds of $100,000.\n'

describe('a rule attached twice', () => {
  it('runs once, as the last attachment says', async () => {
    // Another copy of exchange-disclaimer: same name, its own code.
    const copy = defineRule({id: 'exchange-disclaimer'}, ({model, report}) =>
      report({reason: 'the later copy', place: model.blocks[0], note: 'a copy'})
    )
    const file = new VFile({value: DRAFT})
    const processor = unified().use(remarkParse).use(presetFor()).use(copy)
    await processor.run(processor.parse(file), file)
    const reasons = file.messages.filter((m) => m.ruleId === 'exchange-disclaimer').map((m) => m.reason)
    expect(reasons).toEqual(['the later copy'])
  })

  it('the CLI given a preset by its path prints each finding once, as given the preset by name', () => {
    const dir = makeDir({'draft.md': DRAFT})
    const cli = path.join(root, 'dist/bundle/cli.js')
    const run = (use: string) =>
      spawnSync(process.execPath, [cli, '--no-config', '--no-color', '--use', use, 'draft.md'], {
        cwd: dir,
        encoding: 'utf8'
      })
    const byPath = run(path.join(root, 'dist/presets/tsx.js'))
    const byName = run('tsx')
    expect(byName.stdout + byName.stderr).toContain('1 of 1 draft needs changes · 2 errors')
    expect(byPath.status).toBe(byName.status)
    expect(byPath.stdout + byPath.stderr).toBe(byName.stdout + byName.stderr)
  })
})
