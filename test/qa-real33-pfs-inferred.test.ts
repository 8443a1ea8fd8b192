/**
 * QA round real33: a pre-feasibility study's release whose paragraph of results says Inferred resources are part of
 * the mine plan. An economic analysis that includes Inferred resources may be disclosed only as a PEA's (NI 43-101
 * s.2.3(1)(b)), whether the plan's sentence names the study or its paragraph does. Invented issuer, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('pea-caution', text + '\n')).messages.map(format)

const release = (plan: string) =>
  [
    'Quillon Copper Announces Pre-Feasibility Study Results for Marten Lake',
    '',
    'TORONTO, Ontario, December 1, 2026 -- Quillon Copper Corp. (TSXV: QCC) announces the results of a ' +
      'pre-feasibility study ("PFS") for its Marten Lake copper project.',
    '',
    'The PFS outlines an after-tax NPV (7%) of $284 million and an after-tax IRR of 21.5%, based on Probable Mineral ' +
      `Reserves of 12.1 million tonnes grading 1.48% Cu and Inferred Mineral Resources of 2.0 million tonnes. ${plan}`
  ].join('\n')

const ON_INFERRED = /Unexpected economic analysis that includes Inferred/

describe('pea-caution: a pre-feasibility study whose mine plan includes Inferred resources', () => {
  it('the paragraph names the study, the plan sentence does not', async () => {
    const text = release('Inferred Mineral Resources make up 14% of the mine plan.')
    expect(await found(text)).toEqual(expect.arrayContaining([expect.stringMatching(ON_INFERRED)]))
  })

  it.each([
    'The mine plan uses no Inferred Mineral Resources.',
    'Inferred Mineral Resources are treated as waste in the mine plan.'
  ])('a plan without them: %s', async (plan) => {
    expect(await found(release(plan))).toEqual([])
  })
})
