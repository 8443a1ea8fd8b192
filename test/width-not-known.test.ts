/**
 * A drill release says when true widths are not known (NI 43-101 s.3.3), often in the future tense ("True widths
 * will be determined once more holes are drilled"): a statement of what is unknown, not the issuer's plan, so alone
 * it is weak evidence of forward-looking information (NI 51-102 Part 4A), a warning, never an error. Invented issuers.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const LEAD =
  'Quillon Gold Ltd. (TSXV: QGL) reports that hole QG-26-07 at its Harrow Creek project intersected 5.1 g/t Au over ' +
  '6.5 metres from 41.0 metres. '

const findings = async (text: string) =>
  (await lintWith('forward-looking-caution', text)).messages.map((message) => `${message.fatal ? 'error' : 'warning'}`)

describe('true widths not known yet, in the future tense', () => {
  it.each([
    'True widths will be determined once further holes have been drilled.',
    'The true width of the zone is not yet known and will be estimated when more holes are completed.',
    'True thicknesses will be better understood with additional drilling.',
    'Additional drilling will be required to determine the true width of the mineralized zone.'
  ])('is weak evidence: a warning (%s)', async (sentence) => {
    expect(await findings(LEAD + sentence + '\n')).toEqual(['warning'])
  })

  it('a plan beside a true-width statement is still strong evidence: an error', async () => {
    const text =
      LEAD + 'True widths are estimated at 85% of core length, and the Company will drill six more holes in May.\n'
    expect(await findings(text)).toEqual(['error'])
  })

  it('a plan to determine widths by a named program is still a plan: an error', async () => {
    const text = LEAD + 'The Company will drill a fan of three holes in April to test the orientation of the zone.\n'
    expect(await findings(text)).toEqual(['error'])
  })
})
