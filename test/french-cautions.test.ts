/**
 * The NI 43-101 cautions in French (issue 13): a French historical estimate and its statement (Règlement 43-101,
 * article 2.4), a French exploration target, its ranges and its caution (article 2.3(2)), read as thoroughly as
 * their English forms and told in French; the LIFE offering findings in French (Règlement 45-106, partie 5A);
 * English findings unchanged. Issuers and wording are invented.
 */
import fc from 'fast-check'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {
  HISTORICAL_CAUTION,
  HISTORICAL_CAUTION_FR,
  TARGET_CAUTION,
  TARGET_CAUTION_FR
} from '../src/model/estimate-cautions.js'
import {GRADE_RANGE_FR, TONNAGE_RANGE_FR} from '../src/model/estimates.js'
import {DOCUMENT, DOCUMENT_FR, READ_FR} from '../rules/messages/life-offering.js'
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

const TARGET_FR =
  'Mines Boréal inc. (TSXV : MBO) présente une cible d’exploration de 20 à 35 millions de tonnes à une teneur de ' +
  '0,8 à 1,2 g/t Au pour le projet Lac-Noir, fondée sur 42 sondages et le levé magnétique de 2025.'

describe('exploration-target in French', () => {
  it('reads a French target with its quantity, and not a drill target', () => {
    const m = model(`${TARGET_FR}\n`)
    expect(m.estimates.targets.map((t) => m.value.slice(t.start, t.end))).toEqual(['cible d’exploration'])
    expect(
      model('La Société a défini des cibles de forage et prévoit 5 000 mètres de forage.\n').estimates.targets
    ).toEqual([])
  })

  it('reads French ranges of tonnage and grade, and a single figure as none', () => {
    fc.assert(
      fc.property(
        fc.integer({min: 1, max: 900}),
        fc.integer({min: 1, max: 900}),
        fc.integer({min: 0, max: 9}),
        fc.constantFrom(' à ', ' et ', '-', ' – '),
        (low, high, decimal, joiner) => {
          const tonnage = `${low}${joiner}${high} millions de tonnes`
          const grade = `${low},${decimal}${joiner}${high},${decimal} g/t Au`
          return (
            TONNAGE_RANGE_FR.test(tonnage) &&
            GRADE_RANGE_FR.test(grade) &&
            !TONNAGE_RANGE_FR.test(`${low} millions de tonnes`) &&
            !GRADE_RANGE_FR.test(`${low},${decimal} g/t Au`)
          )
        }
      ),
      {numRuns: 50}
    )
  })

  it('passes a complete French target, and finds its caution with accents dropped', async () => {
    expect((await lintWith('exploration-target', `${TARGET_FR}\n\n${TARGET_CAUTION_FR}\n`)).messages).toEqual([])
    const plain = TARGET_CAUTION_FR.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    expect(model(`${TARGET_FR}\n\n${plain}\n`).estimates.targetCaution[0]?.wording.share).toBe(1)
  })

  it('tells a target given without ranges and without its caution in French, with the French fix', async () => {
    const single =
      'Mines Boréal inc. (TSXV : MBO) présente une cible d’exploration de 25 millions de tonnes à 1,1 g/t Au.'
    const file = await lintWith('exploration-target', `${single}\n`)
    const reasons = file.messages.map((m) => m.reason)
    expect(reasons[0]).toMatch(/^La cible d’exploration n’est pas donnée sous forme de fourchettes/)
    expect(reasons[1]).toMatch(/^Il manque la mise en garde sur la cible d’exploration/)
    expect(file.messages[1].expected).toEqual([`\n${TARGET_CAUTION_FR}\n`])
    expect(file.messages[1].note).toContain('Règlement 43-101, article 2.3(2) a)')
    expect(reasons[2]).toMatch(/^Il manque le fondement/)
  })

  it('reports the clause a French caution drops, by its French name', async () => {
    const two =
      'La quantité et la teneur potentielles sont de nature conceptuelle et les travaux d’exploration ont été ' +
      'insuffisants pour définir une ressource minérale.'
    const file = await lintWith('exploration-target', `${TARGET_FR}\n\n${two}\n`)
    expect(file.messages.map((m) => m.reason)).toEqual([
      expect.stringMatching(/^La mise en garde sur la cible d’exploration omet «\u00a0il n’est pas certain\u00a0»/)
    ])
  })

  it('keeps an English target in English; a bilingual release is satisfied by either caution', async () => {
    const english =
      'Birchwood Gold Corp. (TSXV: BWG) reports an exploration target of 20 to 35 million tonnes grading 0.8 to 1.2 ' +
      'g/t gold, based on 42 drill holes.'
    const alone = await lintWith('exploration-target', `${english}\n`)
    expect(alone.messages.map((m) => m.reason)).toEqual([
      `Missing exploration-target caution, expected “${TARGET_CAUTION}”`
    ])
    const both = await lintWith('exploration-target', `${english}\n\n${TARGET_CAUTION}\n\n${TARGET_FR}\n`)
    expect(both.messages).toEqual([])
  })
})

const LIFE_FR =
  'Mines Boréal inc. (TSXV : MBO) annonce un placement d’un maximum de 10 000 000 d’unités au prix de 0,15 $ par ' +
  'unité sous le régime de la dispense pour financement de l’émetteur coté prévue à la partie 5A du Règlement 45-106.'

describe('life-offering in French', () => {
  it('passes a French LIFE release with its statement', async () => {
    expect((await lintWith('life-offering', `${LIFE_FR}\n\n${DOCUMENT_FR}\n`)).messages).toEqual([])
  })

  it('tells a missing statement in French, with the French statement as the fix', async () => {
    const file = await lintWith('life-offering', `${LIFE_FR}\n`)
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0].reason).toMatch(/^Il manque l’endroit où consulter le document d’offre/)
    expect(file.messages[0].note).toMatch(/^Règlement 45-106, partie 5A .* \(le placement : ligne 1\)$/)
    expect(file.messages[0].expected).toEqual([`\n${DOCUMENT_FR}\n`])
  })

  it('asks a French statement for what it omits, in French, with straight apostrophes kept', async () => {
    const partial =
      "Il existe un document d'offre relatif au placement qui peut être consulté sur SEDAR+ à www.sedarplus.ca et sur " +
      'son site Web.'
    const file = await lintWith('life-offering', `${LIFE_FR.replace(/’/g, "'")}\n\n${partial}\n`)
    expect(file.messages.map((m) => m.reason)).toEqual([
      'La mention du document d’offre ne dit pas que les investisseurs éventuels devraient le lire avant d’investir'
    ])
    expect(file.messages[0].expected).toEqual([`${partial} ${READ_FR.replace(/’/g, "'")}`])
  })

  it('tells a hold period on French LIFE securities in French', async () => {
    const hold =
      'Les titres émis dans le cadre du placement seront assujettis à une période de détention de quatre mois et un jour.'
    const file = await lintWith('life-offering', `${LIFE_FR}\n\n${DOCUMENT_FR}\n\n${hold}\n`)
    expect(file.messages.map((m) => m.reason)).toEqual([
      expect.stringMatching(/^Période de détention inattendue sur les titres d’un placement LIFE ; attendu : aucune/)
    ])
  })

  it('keeps an English LIFE release in English', async () => {
    const english =
      'Birchwood Gold Corp. (TSXV: BWG) announces a LIFE offering of up to 10,000,000 units at $0.15 per unit under ' +
      'the listed issuer financing exemption.'
    const file = await lintWith('life-offering', `${english}\n`)
    expect(file.messages.map((m) => m.expected)).toEqual([[`\n${DOCUMENT}\n`]])
    expect(file.messages[0].reason).toMatch(/^Missing where the LIFE offering document can be accessed/)
  })
})
