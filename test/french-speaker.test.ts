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

describe('an acquirer that names the company without its ticker', () => {
  const text = (subject: string, object: string) =>
    `MONTRÉAL (Québec), le 3 février 2026 – ${subject} annonce qu’il a acquis 2 500 000 unités de ${object} au ` +
    'prix de 0,20 $ chacune dans le cadre d’un règlement de dettes.\n'

  it('speaks for itself (an acquirer trading in another company’s units)', () => {
    const m = model(text('Placements Rivière-Noire inc. (l’« Acquéreur »)', 'Métaux Saint-Onge'))
    expect(m.release.speaker).toBe('third-party')
  })

  it('is still the issuer when the units are the Company’s own', () => {
    const m = model(text('Placements Rivière-Noire inc. (l’« Acquéreur »)', 'la Société'))
    expect(m.release.speaker).toBe('issuer')
  })

  it('reads in English the same way', () => {
    const value =
      'VANCOUVER, BC, February 3, 2026 – Birch Capital Ltd. (the "Acquiror") announces that it acquired 2,500,000 ' +
      'units of Alder Metals at a price of $0.20 per unit in a debt settlement.\n'
    expect(model(value).release.speaker).toBe('third-party')
  })
})

describe('shares for debt in French, by its verb', () => {
  it.each([
    'a réglé une dette de 120 000 $ en émettant 1 200 000 actions ordinaires au prix réputé de 0,10 $ l’action',
    'émet 1 200 000 actions au prix réputé de 0,10 $ pour régler des sommes dues de 120 000 $ à des consultants',
    'a regle des dettes de 120 000 $ par l’émission de 1 200 000 actions'
  ])('« %s » settles debt: shares for debt, no offering', (words) => {
    const m = model(`MONTRÉAL (Québec), le 3 février 2026 – Métaux Saint-Onge inc. (TSXV : MSO) ${words}.\n`)
    expect(m.release.kinds.map((kind) => kind.kind)).toContain('shares-for-debt')
    expect(m.release.ownOffering).toBeUndefined()
  })
})

describe('the French disclaimer in its plural form', () => {
  it('accepts « et ses fournisseurs de services de réglementation »', async () => {
    const value =
      'Métaux Saint-Onge inc. (TSXV : MSO) annonce la nomination d’un administrateur.\n\n' +
      'La Bourse de croissance TSX et ses fournisseurs de services de réglementation (au sens attribué à ce terme ' +
      'dans les politiques de la Bourse de croissance TSX) n’assument aucune responsabilité quant à la pertinence ' +
      'ou à l’exactitude du présent communiqué.\n'
    const file = await lintPreset(value)
    expect(file.messages.filter((message) => message.ruleId === 'exchange-disclaimer')).toEqual([])
  })
})
