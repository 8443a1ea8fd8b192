/**
 * Estimates and studies of developers and producers, as counsel lay them out: a historical estimate cited in an
 * acquisition or option release, resource tables and highlights, PEA results and their caution. Each element a
 * figure owes is read where the release states it, and one dropped is caught. The issuers, people and properties are
 * invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (rule: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(rule, text + '\n')).messages.map(format)

const HISTORICAL_CAUTION =
  'A qualified person has not done sufficient work to classify the historical estimate as current mineral ' +
  'resources or mineral reserves, and the Company is not treating the historical estimate as current mineral ' +
  'resources or mineral reserves.'

describe('historical-estimate: the QP paragraph’s approval and site visit are not the estimate’s source and date', () => {
  const release = (source: string) =>
    [
      'WINNIPEG, MB, June 11, 2026 – Tallowmere Gold Corp. (TSXV: TMG) has agreed to acquire the Pennock Lake gold ' +
        'property from a private vendor.',
      '',
      'The property hosts a historical estimate of 1,160,000 tonnes grading 8.1 g/t gold in the North zone.',
      '',
      `${source}The Company considers the historical estimate relevant, but it should not be relied upon until the ` +
        'drill data are verified. ' +
        HISTORICAL_CAUTION,
      '',
      'The technical information in this release has been reviewed and approved by Arlo Benedetti, P.Geo., Vice ' +
        'President, Exploration of the Company and a Qualified Person under NI 43-101. Mr. Benedetti verified the ' +
        'data by reviewing the drill logs and by a site visit in March 2026.'
    ].join('\n')

  it('an error when only the QP paragraph gives a year and a "by"', async () => {
    const messages = await found('historical-estimate', release(''))
    expect(messages.filter((m) => m.includes('error'))).toHaveLength(1)
    expect(messages[0]).toContain('Missing source and date of the historical estimate')
    expect(messages[0]).toMatch(/^3:45-3:61: error/)
  })

  it('no error when the estimate’s source is given', async () => {
    const messages = await found(
      'historical-estimate',
      release('The estimate was prepared in 1988 by Garrow Mining Consultants for the then-owner. ')
    )
    expect(messages.filter((m) => m.includes('error'))).toEqual([])
  })

  it('a source stated in the QP paragraph, of the historical estimate, still counts', async () => {
    const text = release('').replace(
      'by a site visit in March 2026.',
      'by a site visit in March 2026. The historical estimate is from a 1988 report by Garrow Mining Consultants.'
    )
    const messages = await found('historical-estimate', text)
    expect(messages.filter((m) => m.includes('error'))).toEqual([])
  })
})

describe('historical-estimate: the work needed, said as what verifying or upgrading it would require', () => {
  const release = (work: string) =>
    [
      'VANCOUVER, BC, June 12, 2026 – Harbison Copper Inc. (TSXV: HBC) has optioned the Ostler copper property.',
      '',
      'The property hosts a historical estimate of 3,900,000 tons grading 1.05% copper, prepared in 1979 by Kelso & ' +
        'Ward for Dominion Basin Copper Ltd. using a sectional method and a 0.5% copper cut-off; its "indicated ore" ' +
        'class is not a CIM category. Harbison considers it relevant, but not reliable until its data are checked. ' +
        `No drilling has been done on the property since 1981. ${work} ${HISTORICAL_CAUTION}`
    ].join('\n')

  it.each([
    'Verification would require twinning of at least ten historical holes and a review of the original assay ' +
      'certificates, after which a current mineral resource estimate could be prepared.',
    'Upgrading the estimate will require a program of confirmation drilling.',
    'Confirmation of the historical estimate requires re-logging of the surviving core.'
  ])('no warning: %s', async (work) => {
    expect(await found('historical-estimate', release(work))).toEqual([])
  })

  it('a warning when nothing says what work is needed', async () => {
    const messages = await found('historical-estimate', release(''))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('warning')
    expect(messages[0]).toContain('the work needed to upgrade or verify it')
  })
})
