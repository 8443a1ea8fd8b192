/**
 * Planted defects in technical releases: compliant drafts a QP and counsel would write, each with one defect a
 * securities lawyer expects a compliance linter to catch. The issuers, people and properties are invented, in our own
 * words; each case reproduces the shape of a draft the document model misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const lead = (issuer: string) =>
  `VANCOUVER, British Columbia, December 4, 2026 – ${issuer} (TSXV: QLX) (the "Company") reports on its Sable project.`

const CAUTION =
  'The potential quantity and grade is conceptual in nature, there has been insufficient exploration to define a ' +
  'mineral resource and it is uncertain if further exploration will result in the target being delineated as a ' +
  'mineral resource.'

describe('exploration-target: a potential quantity given as a range is a target, whatever names it', () => {
  it.each([
    'The Company believes the Sable pegmatite has the potential to host 18 to 30 million tonnes grading 1.0% to 1.4% Li2O.',
    'Mapping suggests the Sable dyke swarm could contain between 12 and 20 Mt at 0.9% to 1.3% Li2O.',
    'The Sable sill may host 40-60 million tonnes grading 0.3% to 0.5% Ni, based on 22 drill holes.'
  ])('an error without its caution, and no resource: %s', async (sentence) => {
    const text = `${lead('Quillon Lithium Corp.')}\n\n${sentence}`
    const found = await messages('exploration-target', text)
    expect(found.filter((m) => m.includes('error') && m.includes('caution'))).toHaveLength(1)
    expect(await messages('mineral-resource', text)).toEqual([])
  })
  it.each([
    'The Sable pegmatite has the potential to host 18 to 30 million tonnes grading 1.0% to 1.4% Li2O, based on 34 drill holes.',
    'Mapping suggests the Sable dyke swarm could contain between 12 and 20 Mt at 0.9% to 1.3% Li2O, based on 22 drill holes.'
  ])('silent with its caution and basis: %s', async (sentence) => {
    const text = `${lead('Quillon Lithium Corp.')}\n\n${sentence}\n\n${CAUTION}`
    expect(await messages('exploration-target', text)).toEqual([])
  })
  it.each([
    'In May, 10 to 12 million tonnes of ore grading 1.2% Li2O were hauled to the stockpile.',
    'The Sable pegmatite could be drilled in 2027, and Indicated resources stand at 12.1 million tonnes grading 1.2% Li2O.'
  ])('no target: %s', async (sentence) => {
    const text = `${lead('Quillon Lithium Corp.')}\n\n${sentence}`
    expect(await messages('exploration-target', text)).toEqual([])
  })
})

const HISTORICAL =
  'The Ostrow Lake property hosts a historical estimate prepared in 1994 by Norcastle Mining Consultants for the ' +
  'then-owner of 1.4 million tonnes grading 5.8 g/t Au in the "probable" category, by the polygonal method at a ' +
  'cut-off of 3.0 g/t Au. The estimate is relevant and considered reliable; no more recent estimates or data exist.'
const STATEMENT =
  'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
  'resources or mineral reserves, and the Company is not treating the historical estimate as current.'

describe('historical-estimate: the caution\'s "sufficient work" is not the work needed to upgrade the estimate', () => {
  it.each([
    STATEMENT,
    'A qualified person has not done enough work to classify the historical estimate as current, and the Company is ' +
      'not treating it as current.'
  ])('a warning with only the caution: %s', async (statement) => {
    const found = await messages(
      'historical-estimate',
      `${lead('Pemberly Resources Ltd.')}\n\n${HISTORICAL}\n\n${statement}`
    )
    expect(found.filter((m) => m.includes('warning') && m.includes('work needed'))).toHaveLength(1)
  })
  it.each([
    'To verify the historical estimate, the Company would need to twin several historical holes and re-assay the core.',
    'Drilling to twin historical holes would be required to upgrade the estimate to a current resource.'
  ])('silent with the work stated: %s', async (work) => {
    const text = `${lead('Pemberly Resources Ltd.')}\n\n${HISTORICAL} ${work}\n\n${STATEMENT}`
    expect(await messages('historical-estimate', text)).toEqual([])
  })
})

describe('historical-estimate: « suffisamment de travaux » in the French caution is not the work needed', () => {
  it('a warning with only the caution', async () => {
    const text =
      'MONTRÉAL, Québec, le 4 décembre 2026 – Ressources Pemberly ltée (TSXV : PMB) (la « Société ») acquiert la ' +
      'propriété Ostrow.\n\nLa propriété renferme une estimation historique de 1,4 million de tonnes à 5,8 g/t Au dans la catégorie « ' +
      'probable », préparée en 1994 par Norcastle Mining Consultants pour le propriétaire d’alors, selon la méthode ' +
      'polygonale avec une teneur de coupure de 3,0 g/t Au. L’estimation est jugée pertinente et fiable; aucune ' +
      "estimation ni donnée plus récente n'existe.\n\nUne personne qualifiée n'a pas effectué suffisamment de travaux " +
      "pour classer l'estimation historique comme ressources minérales actuelles, et la Société ne considère pas " +
      "l'estimation historique comme des ressources minérales actuelles."
    const found = await messages('historical-estimate', text)
    expect(found.filter((m) => m.includes('warning') && m.includes('travaux nécessaires'))).toHaveLength(1)
  })
})
