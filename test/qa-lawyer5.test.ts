/**
 * A securities lawyer's financing drafts, each with one subtle slip: the mechanisms behind the false findings and
 * misses that round found. The issuers, people and properties are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

describe('offering-arithmetic: one composition stated for two classes joined as its subject', () => {
  const release = (total: string) =>
    [
      '# Morrow Creek Closes Brokered Private Placement',
      '',
      'VANCOUVER, British Columbia, December 7, 2026 – Morrow Creek Resources Inc. (TSXV: MCR) announces that it ' +
        'has closed today its brokered private placement, issuing 5,000,000 hard dollar units (the "HD Units") at ' +
        '$0.10 per HD Unit and 3,000,000 flow-through units (the "FT Units") at $0.15 per FT Unit, for aggregate ' +
        'gross proceeds of $950,000.',
      '',
      'Each HD Unit and each FT Unit consists of one common share (in the case of the FT Units, a flow-through ' +
        `share) and one warrant exercisable at $0.20 for 24 months. A total of ${total} warrants were issued.`
    ].join('\n')

  it('each class joined by "and each" has the composition: the warrants of both agree', async () => {
    expect(await found('offering-arithmetic', release('8,000,000'))).toEqual([])
  })

  it('a total that counts one class only is reported, with the sum of both', async () => {
    expect(await found('offering-arithmetic', release('5,000,000'))).toEqual([
      '5:175-5:184: error Unexpected number of warrants for the units issued: expected 8,000,000'
    ])
  })
})
