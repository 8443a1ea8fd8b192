/**
 * Who speaks in a French release (issue 13): an acquirer's early warning release about a listed company is not
 * the company's own release, so the company's duties (the hold period of its offering, the U.S. legend) are not
 * asked of it; the issuer's own release is still the issuer's.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintPreset} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)

const EARLY_WARNING = [
  '# Placements Rivière-Noire acquiert des actions de Métaux Saint-Onge',
  '',
  'QUÉBEC (Québec), le 3 février 2026 – Placements Rivière-Noire inc. (l’« Acquéreur ») annonce qu’il a acquis ' +
    'le 2 février 2026 la propriété de 3 000 000 d’actions ordinaires de Métaux Saint-Onge inc. (TSXV : MSO) ' +
    '(l’« Émetteur ») au prix de 0,20 $ par action, dans le cadre d’un placement privé de l’Émetteur.',
  '',
  'Immédiatement après l’acquisition, l’Acquéreur détient 9 500 000 actions ordinaires, soit 12,4 % des actions ' +
    'émises et en circulation de l’Émetteur. Une déclaration selon le système d’alerte sera déposée sur SEDAR+.',
  ''
].join('\n')

const OWN = [
  '# Métaux Saint-Onge clôture un placement privé',
  '',
  'QUÉBEC (Québec), le 3 février 2026 – Métaux Saint-Onge inc. (TSXV : MSO) (la « Société ») a le plaisir ' +
    'd’annoncer la clôture d’un placement privé de 3 000 000 d’actions ordinaires au prix de 0,20 $ par action, ' +
    'pour un produit brut de 600 000 $.',
  ''
].join('\n')

describe('the speaker of a French release', () => {
  it('is the acquirer in its early warning release, quoted on its defined term', () => {
    const m = model(EARLY_WARNING)
    expect(m.language.release).toBe('fr')
    expect(m.release.speaker).toBe('third-party')
    const evidence = m.release.speakerEvidence
    expect(evidence && EARLY_WARNING.slice(evidence.start, evidence.end)).toContain('Acquéreur')
  })

  it('is the issuer in its own release', () => {
    const m = model(OWN)
    expect(m.release.speaker).toBe('issuer')
  })

  it('asks no hold period or U.S. legend of the acquirer', async () => {
    const file = await lintPreset(EARLY_WARNING)
    const ids = file.messages.map((message) => message.ruleId)
    expect(ids).not.toContain('hold-period')
    expect(ids).not.toContain('us-distribution-legend')
  })

  it('asks them of the issuer’s own placement', async () => {
    const file = await lintPreset(OWN)
    const ids = file.messages.map((message) => message.ruleId)
    expect(ids).toContain('hold-period')
    expect(ids).toContain('us-distribution-legend')
  })
})
