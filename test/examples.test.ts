/**
 * The bundled example drafts (`npm run example`, the README's first command): the compliant closing releases, in
 * English and in French, raise nothing under the default preset; the drill-results draft has its errors on purpose.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintPreset, root} from './helpers.js'

const example = (name: string) => readFileSync(path.join(root, 'examples', name), 'utf8')

describe('the example drafts', () => {
  it.each(['closing-announcement.md', 'communique-cloture.md'])('%s raises nothing', async (name) => {
    const file = await lintPreset(example(name))
    expect(file.messages.map((message) => `${message.ruleId}: ${message.reason}`)).toEqual([])
  })

  it('reads the French one as French, a closed private placement of the issuer', async () => {
    const {remark} = await import('remark')
    const {buildModel} = await import('../src/model/model.js')
    const value = example('communique-cloture.md')
    const m = buildModel(remark().parse(value), value)
    expect(m.language.release).toBe('fr')
    expect(m.release.speaker).toBe('issuer')
    expect(m.offering.lots.length).toBeGreaterThan(0)
  })

  it('finds errors in the drill-results draft', async () => {
    const file = await lintPreset(example('drill-results-draft.md'))
    expect(file.messages.filter((message) => message.fatal === true).length).toBeGreaterThan(0)
  })
})
