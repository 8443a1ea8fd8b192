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

  it('a lead-in without an approval still lacks it', async () => {
    const text = release(
      'The scientific and technical information in this news release relates to the work of:',
      'each of whom is an independent Qualified Person as defined in NI 43-101.'
    )
    expect((await found(text)).join('\n')).toMatch(/Missing approval/)
  })
})
