/**
 * The NI 43-101 cautions in French (issue 13): a French historical estimate and its statement (Règlement 43-101,
 * article 2.4), read as thoroughly as their English forms, told in French; English findings unchanged. Issuers and
 * wording are invented.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {HISTORICAL_CAUTION, HISTORICAL_CAUTION_FR} from '../src/model/estimate-cautions.js'
import {buildModel, type Model} from '../src/model/model.js'
import {lintWith} from './helpers.js'

const parse = unified().use(remarkParse)
const model = (text: string): Model => buildModel(parse.parse(text), text)

const ESTIMATE_FR =
  'Mines Boréal inc. (TSXV : MBO) a acquis la propriété Dumont, qui comporte une estimation historique de 2,1 ' +
  'millions de tonnes à 6,2 g/t Au, tirée d’un rapport préparé par Minéraux Carrow ltée en 1988. La Société juge ' +
  'l’estimation pertinente et raisonnablement fiable.'

describe('historical-estimate in French', () => {
  it('reads a French historical estimate with figures as strong, quoting its figure', () => {
    const m = model(`${ESTIMATE_FR}\n`)
    const first = m.estimates.historical[0]
    expect(first?.strength).toBe('strong')
    expect(m.value.slice(first.start, first.end)).toBe('2,1 millions de tonnes')
    expect(m.estimates.resources).toEqual([])
  })

  it('reads an estimate only named as weak, and not a caution sentence or historical records', () => {
    expect(
      model('La propriété comporte des ressources minérales historiques.\n').estimates.historical[0]?.strength
    ).toBe('weak')
    expect(model('La Société ne considère pas l’estimation historique comme actuelle.\n').estimates.historical).toEqual(
      []
    )
    expect(model('Les données de forage historiques ont été compilées.\n').estimates.historical).toEqual([])
  })

  it('finds the French statement, accents dropped or not', () => {
    const plain = HISTORICAL_CAUTION_FR.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    for (const caution of [HISTORICAL_CAUTION_FR, plain]) {
      const found = model(`${ESTIMATE_FR}\n\n${caution}\n`).estimates.historicalCaution[0]
      expect(found?.wording.share).toBe(1)
    }
  })

  it('tells a missing statement in French, with the French statement as the fix', async () => {
    const file = await lintWith('historical-estimate', `${ESTIMATE_FR}\n`)
    const missing = file.messages.find((m) => m.reason.startsWith('Il manque la mise en garde'))
    expect(missing?.fatal).toBe(true)
    expect(missing?.note).toContain('Règlement 43-101, article 2.4 g)')
    expect(missing?.expected).toEqual([`\n${HISTORICAL_CAUTION_FR}\n`])
    expect(file.messages.every((m) => !/Missing|Unexpected/.test(m.reason))).toBe(true)
  })

  it('gives the fix with the straight apostrophes of a draft that writes them', async () => {
    const file = await lintWith('historical-estimate', `${ESTIMATE_FR.replace(/’/g, "'")}\n`)
    expect(file.messages[0].expected).toEqual([`\n${HISTORICAL_CAUTION_FR.replace(/’/g, "'")}\n`])
  })

  it('reports the half a French statement drops, by its French name', async () => {
    const half = 'Une personne qualifiée n’a pas effectué suffisamment de travaux pour classer l’estimation historique.'
    const file = await lintWith('historical-estimate', `${ESTIMATE_FR}\n\n${half}\n`)
    const reasons = file.messages.map((m) => m.reason)
    expect(
      reasons.some(
        (r) => r.startsWith('La mise en garde sur l’estimation historique omet') && r.includes('ne considère pas')
      )
    ).toBe(true)
  })

  it('passes a complete French release, and keeps an English one in English', async () => {
    const ok =
      `${ESTIMATE_FR} Les catégories « probable » et « possible » ne sont pas celles de l’ICM, selon une teneur de ` +
      'coupure de 3 g/t Au; aucune estimation plus récente n’existe, et des forages sont les travaux nécessaires ' +
      `pour vérifier l’estimation.\n\n${HISTORICAL_CAUTION_FR}\n`
    expect((await lintWith('historical-estimate', ok)).messages).toEqual([])
    const english =
      'Birchwood Gold Corp. (TSXV: BWG) has acquired the Dunmore property, which hosts a historical resource of ' +
      '2.1 million tonnes grading 6.2 g/t gold.\n'
    const file = await lintWith('historical-estimate', english)
    expect(file.messages[0].reason).toBe(`Missing historical-estimate statement, expected “${HISTORICAL_CAUTION}”`)
  })

  it('checks each part of a bilingual release once: the statement in either language satisfies it', async () => {
    const english =
      'Birchwood Gold Corp. (TSXV: BWG) has acquired the Dunmore property, which hosts a historical resource of ' +
      '2.1 million tonnes grading 6.2 g/t gold.'
    const file = await lintWith('historical-estimate', `${english}\n\n${HISTORICAL_CAUTION}\n\n${ESTIMATE_FR}\n`)
    expect(file.messages.filter((m) => /mise en garde|statement/.test(m.reason))).toEqual([])
  })

  it('recognises the statement through copy artefacts (case, spaces, NBSP, apostrophes)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('\u00a0', ' ', '  '),
        fc.constantFrom("'", '’'),
        fc.boolean(),
        (space, apostrophe, upper) => {
          let caution = HISTORICAL_CAUTION_FR.replace(/ /g, space).replace(/’/g, apostrophe)
          if (upper) caution = caution.toUpperCase()
          const found = model(`${ESTIMATE_FR}\n\n${caution}\n`).estimates.historicalCaution[0]
          return found !== undefined && found.wording.elements.every((v) => v.status !== 'missing')
        }
      ),
      {numRuns: 24}
    )
  })
})
