/**
 * The eval's robustness check (scripts/robustness.ts): transformations no reader notices, and the comparison that
 * fails the eval when one changes a release's findings. Invented text.
 */
import {describe, expect, it} from 'vitest'
import {TRANSFORMATIONS, checkRobustness} from '../scripts/robustness.js'

const byName = (name: string) => TRANSFORMATIONS.find((transformation) => transformation.name === name)!
const RELEASE =
  'Tamsin Copper Corp. (TSXV: TCC) reports 0.84% Cu over 22.0 metres.\n\nThe Company will drill in March.\n\n' +
  'Neither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for this release.\n'

describe('robustness transformations', () => {
  it('change what they say and nothing else', () => {
    expect(byName('"per cent" for %').change(RELEASE)).toContain('0.84 per cent Cu')
    expect(byName('"the Corporation"').change(RELEASE)).toContain('The Corporation will drill')
    expect(byName('zero-width spaces inside words').change('Exploration')).toBe('Explo\u200Bration')
    const first = byName('the disclaimer after the opening').change('a\n\nb\n\nc\n\nd\n\ne\n\nNeither TSX Venture x')
    expect(first.split('\n\n')).toEqual(['a', 'b', 'c', 'Neither TSX Venture x', 'd', 'e'])
  })

  it('report a release whose findings a transformation changes, and only that one', async () => {
    const lint = async (text: string) => (text.includes('per cent') ? [{ruleId: 'demo', line: 1, fatal: true}] : [])
    const {changed, compared} = await checkRobustness([{name: 'tamsin.md', text: RELEASE}], lint)
    expect(compared).toBeGreaterThan(5)
    expect(changed).toEqual(['"per cent" for %: tamsin.md: lost nothing; gained demo 1 error'])
  })
})
