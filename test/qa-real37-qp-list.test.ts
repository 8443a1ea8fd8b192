/**
 * A QP statement set as a list: a lead-in with a colon ("… has been reviewed and approved by:"), an item per QP and
 * a clause after the list that goes on from the lead-in ("each of whom is an independent Qualified Person as defined
 * in NI 43-101"). The clause is read with the list and its lead-in: the approval is there (NI 43-101 s.3.1). The
 * issuers, people and projects are invented, in our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('qp-statement', text + '\n')).messages.map(format)

const release = (lead: string, trailer: string) =>
  [
    'Vantry Gold Files Feasibility Study Technical Report for Corrie Lake',
    '',
    'Vancouver, British Columbia, March 30, 2026 - Vantry Gold Corp. (TSXV: VTG) ("Vantry") reports Proven and ' +
      'Probable Mineral Reserves of 21.7 million tonnes at 1.32 g/t gold, effective December 1, 2025.',
    '',
    lead,
    '',
    '- Hal Dorsey, P.Eng., Principal, Norbrook Mine Engineering Ltd. – mining and Mineral Reserves',
    '- Anya Petrenko, P.Geo., Senior Geologist, Norbrook Mine Engineering Ltd. – Mineral Resources',
    '- Luis Ferro, P.Eng., Process Manager, Calder Metallurgy Inc. – metallurgy',
    '',
    trailer
  ].join('\n')

describe('qp-statement: a statement set as a lead-in, a list and a clause after it', () => {
  it('the approval in the lead-in is the statement’s', async () => {
    const text = release(
      'The scientific and technical information in this news release has been reviewed and approved by:',
      'each of whom is an independent Qualified Person as defined in NI 43-101.'
    )
    expect(await found(text)).toEqual([])
  })

  it('items set as paragraphs that open on a bullet glyph are the list too', async () => {
    const text = release(
      'The scientific and technical information in this news release has been reviewed and approved by:',
      'each of whom is an independent Qualified Person as defined in NI 43-101.'
    ).replace(/^- /gm, '\u2022 ')
    expect(text).toContain('\u2022 Hal Dorsey')
    expect(await found(text)).toEqual([])
  })

  it('a lead-in without an approval still lacks it', async () => {
    const text = release(
      'The scientific and technical information in this news release relates to the work of:',
      'each of whom is an independent Qualified Person as defined in NI 43-101.'
    )
    expect((await found(text)).join('\n')).toMatch(/Missing approval/)
  })
})

describe('qp-statement: the QPs set out in a table the statement announces', () => {
  const release = (lead: string) =>
    [
      'Vancouver, BC, November 2, 2026 - Dunmere Gold Corp. (TSXV: DMG) ("Dunmere") reports Proven and Probable ' +
        'Mineral Reserves of 15.6 million tonnes at 1.61 g/t gold, effective August 31, 2026.',
      '',
      lead,
      '',
      '| Qualified Person | Company | Responsibility |',
      '| --- | --- | --- |',
      '| Fiona Gallagher, P.Eng. | Coast Range Mining Ltd. | Mining and Mineral Reserves |',
      '| Rajesh Menon, P.Geo. | Coast Range Mining Ltd. | Geology and Mineral Resources |'
    ].join('\n')

  it('its rows name the QPs', async () => {
    const text = release(
      'The feasibility study was prepared by the independent Qualified Persons under NI 43-101 listed below, each ' +
        'of whom has reviewed and approved the scientific and technical information in this news release.'
    )
    expect(await found(text)).toEqual([])
  })

  it('a lead-in that gives no relationship leaves each QP without one (a warning each)', async () => {
    const text = release(
      'The feasibility study was prepared by the Qualified Persons under NI 43-101 listed below, each of whom has ' +
        'reviewed and approved the scientific and technical information in this news release.'
    )
    const messages = (await found(text)).join('\n')
    expect(messages).toMatch(/Missing relationship/)
    expect(messages).not.toMatch(/Missing name/)
  })

  it('a statement that announces no table does not take one for its names', async () => {
    const text = release(
      'The scientific and technical information in this news release has been reviewed and approved by a ' +
        'Qualified Person under NI 43-101 who is independent of the Company.'
    )
    expect((await found(text)).join('\n')).toMatch(/Missing name/)
  })
})
