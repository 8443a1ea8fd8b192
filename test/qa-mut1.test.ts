/**
 * QA mutation round (issue 10) on the technical rules: each element of a statement written the ways a lawyer
 * writes it must pass, and each element removed must be reported by its name. Invented issuers, our own wording.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const reasons = async (id: Parameters<typeof lintWith>[0], value: string) =>
  (await lintWith(id, value)).messages.map((m) => `${m.fatal ? 'error' : 'warning'} ${m.reason}`)

describe('historical-estimate: the two clauses of s.2.4 in either order', () => {
  const LEAD =
    'VANCOUVER, BC, March 3, 2026 – Quillmore Silver Corp. (CSE: QSC) is acquiring the Tarn property, where a 1984 ' +
    'report by Vessel Mines Ltd. gives a historical resource of 310,000 tonnes grading 402 g/t silver, estimated ' +
    'by polygonal methods at a 150 g/t cut-off in the "probable" category. Quillmore considers it relevant and ' +
    'reliable; no more recent data exist, and twinning of historical holes would be needed to verify it.\n\n'
  const qpClause = fc.constantFrom(
    'a qualified person has not done sufficient work to classify the historical estimate as current mineral resources',
    'a QP has not done sufficient work to classify it as current mineral resources or mineral reserves',
    'a qualified person has not done sufficient work to classify it as such'
  )
  const treating = fc.constantFrom(
    'Quillmore is not treating the historical estimate as current mineral resources',
    'the Company is not treating it as current mineral resources or mineral reserves'
  )
  const joint = fc.constantFrom(', as ', ', because ', '; ', ' since ')
  const cap = (s: string) => s[0].toUpperCase() + s.slice(1)

  it('the issuer’s clause first, the qualified person’s after it, passes', async () => {
    await fc.assert(
      fc.asyncProperty(treating, joint, qpClause, async (first, between, second) => {
        expect(await reasons('historical-estimate', `${LEAD}${cap(first)}${between}${second}.\n`)).toEqual([])
      }),
      {numRuns: 24}
    )
  })

  it('either clause dropped is reported, whatever the order', async () => {
    const only = await reasons(
      'historical-estimate',
      `${LEAD}Quillmore is not treating the historical estimate as current mineral resources, as it predates NI 43-101.\n`
    )
    expect(only).toHaveLength(1)
    expect(only[0]).toMatch(/^error (Missing|Unexpected) historical-estimate statement.*sufficient work/)
  })

  it('in French too: « la Société ne considère pas … car une personne qualifiée … »', async () => {
    const lead =
      'MONTRÉAL, le 3 mars 2026 – Argent Quillmore inc. (CSE : QSC) acquiert la propriété Tarn, où un rapport de ' +
      'Vessel Mines Ltd. daté de 1984 présente une estimation historique de 310 000 tonnes à 402 g/t Ag, établie par ' +
      'méthode polygonale avec une teneur de coupure de 150 g/t dans la catégorie « probable ». La Société la juge ' +
      'pertinente et fiable ; aucune donnée plus récente n’existe, et des forages de jumelage seraient nécessaires ' +
      'pour la vérifier.\n\n'
    const statement =
      'La Société ne considère pas l’estimation historique comme des ressources minérales actuelles, car une ' +
      'personne qualifiée n’a pas effectué suffisamment de travaux pour la classer comme telles.'
    expect(await reasons('historical-estimate', `${lead}${statement}\n`)).toEqual([])
  })
})
