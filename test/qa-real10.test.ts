/**
 * Real technical releases of explorers and developers (drill results, surface sampling, geophysics, estimates and
 * studies) as the newswires carried them: the shapes the document model misread, each written again in our own words
 * with invented issuers, people and properties.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

const lead = (issuer: string, ticker = 'TSXV: KVR') =>
  `SASKATOON, Saskatchewan, March 4, 2026 – ${issuer} (${ticker}) (the "Company" or "${issuer.split(' ')[0]}") ` +
  'reports on its property.'

describe('exploration-results: a program a sentence dates years back is past work, told as such', () => {
  const history = (sentence: string) =>
    `${lead('Kestrel Vale Uranium Corp.')}\n\n` +
    'Earlier work on the Tamsin property includes three drill holes and airborne surveys. Most of this work was done ' +
    `between 1968 and 1979, before modern survey methods. ${sentence}`

  it.each([
    'Lake sediment samples taken on the property during the 2013 exploration program returned up to 48.2 ppm U.',
    'Till samples from the 2011 follow-up campaign returned up to 61.5 ppm U, confirming the anomaly.'
  ])('no laboratory owed: %s', async (sentence) => {
    const found = await messages('exploration-results', history(sentence))
    expect(found.filter((m) => m.includes('error'))).toEqual([])
  })

  it.each([
    'Lake sediment samples taken on the property during the 2025 exploration program returned up to 48.2 ppm U.',
    'Till samples from the recent follow-up campaign returned up to 61.5 ppm U, confirming the anomaly.'
  ])('the present program’s results owe their laboratory: %s', async (sentence) => {
    const found = await messages('exploration-results', history(sentence))
    expect(found.some((m) => m.includes('error') && m.includes('Missing laboratory'))).toBe(true)
  })
})

describe('mineral-resource: a source note that opens with another company’s name cites that company’s estimate', () => {
  const notes = (note: string) =>
    `${lead('Brennick Gold Corp.', 'TSXV: BRK')}\n\nThe Tolley property lies on the same fault as two producing ` +
    'mines (see the notes below). The Company has no mineral resource on the property.\n\n' +
    `1. Corvale Mines Ltd. press release of May 2, 2022.\n2. ${note}\n`

  it.each([
    'Hollins Mining Corp., Garnet Division, NI 43-101 report of 2019. Total probable reserves are 4.1 million tonnes ' +
      'grading 3.2 g/t gold for 421,000 ounces.',
    'Tarrow Resources March 3, 2021 NI 43-101: Indicated 412,000 oz and Inferred 96,000 oz gold.'
  ])('no estimate of the issuer’s: %s', async (note) => {
    expect(await messages('mineral-resource', notes(note))).toEqual([])
  })

  it.each([
    // The issuer's own name, and a consultant who prepared the issuer's estimate, are not another owner's citation.
    'Brennick Gold Corp., March 3, 2026: Indicated resources of 412,000 oz gold at 1.4 g/t.',
    'Indicated resources of 412,000 oz gold at 1.4 g/t were estimated by Pellam Mining Consultants Inc. for the Company.'
  ])('the issuer’s estimate owes its elements: %s', async (note) => {
    const found = await messages('mineral-resource', notes(note))
    expect(found.some((m) => m.includes('error') && m.includes('effective date'))).toBe(true)
  })
})

describe('qp-statement: a QP at arm’s length, or not, states the relationship', () => {
  const statement = (sentence: string) =>
    `${lead('Orrin Copper Corp.', 'CSE: ORC')}\n\nHole OR-26-03 returned 0.41% Cu over 88.0 m.\n\n` +
    `The technical content of this release has been reviewed and approved by Dana Lisle, P.Geo., a qualified person ` +
    `as defined in National Instrument 43-101. ${sentence}`

  it.each([
    'Ms. Lisle is not arms length to Orrin.',
    'Ms. Lisle is at arm’s length from Orrin.',
    'Ms. Lisle is a non-arm’s-length party.'
  ])('no missing relationship: %s', async (sentence) => {
    const found = await messages('qp-statement', statement(sentence))
    expect(found.filter((m) => m.includes('relationship'))).toEqual([])
  })

  it('a QP statement that says nothing of the tie still misses it', async () => {
    const found = await messages('qp-statement', statement('Ms. Lisle has visited the property.'))
    expect(found.some((m) => m.includes('error') && m.includes('Missing relationship'))).toBe(true)
  })
})

describe('data-verification: a QP unable to verify other properties’ information says nothing of the issuer’s data', () => {
  const release = (sentence: string) =>
    `${lead('Pellam Gold Inc.', 'TSXV: PLM')}\n\nHole PG-26-11 returned 6.2 g/t Au over 3.5 m.\n\n` +
    `Core was assayed by fire assay at an independent laboratory. Ruth Ambler, P.Geo., the Company's VP ` +
    `Exploration and a qualified person under NI 43-101, has reviewed and approved this release. ${sentence}`

  it.each([
    'The qualified person has been unable to verify the information on the adjacent properties.',
    'The qualified person has been unableto verify the information on the adjacent properties.',
    'The Company’s qualified person has been unable to verify this information, and mineralization on those ' +
      'projects is not necessarily indicative of mineralization on the Company’s property.'
  ])('the statement is still missing: %s', async (sentence) => {
    const found = await messages('data-verification', release(sentence))
    expect(found.some((m) => m.includes('Missing data verification statement'))).toBe(true)
  })

  it.each([
    'Ms. Ambler verified the data by reviewing the assay certificates against the database.',
    'Ms. Ambler has verified the data disclosed by reviewing the certificates; mineralization on adjacent properties ' +
      'is not necessarily indicative of mineralization on the property.'
  ])('a statement on the issuer’s data stands: %s', async (sentence) => {
    expect(await messages('data-verification', release(sentence))).toEqual([])
  })
})

describe('mineral-resource: a deposit under a heading that calls it a comparable is another owner’s', () => {
  const release = (heading: string) =>
    `${lead('Lachine Critical Metals Corp.', 'TSXV: LCM')}\n\nHole LC-26-02 returned 41 g/t Ga over 120 m; ` +
    `assays are by ICP-MS at an independent laboratory.\n\n${heading}\n\nThe Varga deposit in Idaho is one of the ` +
    `few primary gallium deposits with a defined resource (22 Mt at 39.5 ppm gallium).\n`

  it.each(['Gallium Comparable', 'Comparable Deposits', 'Analogues'])(
    'no estimate of the issuer’s: %s',
    async (heading) => {
      expect(await messages('mineral-resource', release(heading))).toEqual([])
    }
  )

  it.each(['Peer Review', 'Resource Update'])('the issuer’s estimate owes its elements: %s', async (heading) => {
    const found = await messages('mineral-resource', release(heading))
    expect(found.some((m) => m.includes('error') && m.includes('effective date'))).toBe(true)
  })
})

describe('mining-terminology: a hedge that copy ran into the word before still hedges', () => {
  const release = (sentence: string) => `${lead('Bramble Gold Inc.', 'TSXV: BRG')}\n\n${sentence}`

  it.each([
    'Core drilling returned continuous gold mineralization atpotentially bulk mineable grades.',
    'The zone returned intervals ofpossibly economic grades near surface.'
  ])('no warning: %s', async (sentence) => {
    expect(await messages('mining-terminology', release(sentence))).toEqual([])
  })

  it('an unhedged claim is still read', async () => {
    const found = await messages('mining-terminology', release('Core drilling returned bulk mineable grades.'))
    expect(found.some((m) => m.includes('mineable grades'))).toBe(true)
  })
})

describe('mineral-resource: the issuer’s legal name opening its About paragraph is no source note', () => {
  it('the issuer defined by its ticker alone still owes its estimate’s elements', async () => {
    const text =
      'VANCOUVER, British Columbia, March 4, 2026 – Harrow Creek Mining Corp. (TSXV: HCM) ("HCM") reports on its ' +
      'property.\n\nHCM continues to map the Harrow Creek property.\n\nAbout Harrow Creek\n\nHarrow Creek Mining ' +
      'Corp., a Yukon explorer, holds Indicated resources of 412,000 oz gold at 1.4 g/t on the property.'
    const found = await messages('mineral-resource', text)
    expect(found.some((m) => m.includes('error') && m.includes('effective date'))).toBe(true)
  })
})
