/**
 * QA round lawyer11: an announced offering of "a minimum of 5,000,000 units and a maximum of 15,000,000 units … at
 * $0.10 per Unit, for minimum gross proceeds of $500,000 and maximum gross proceeds of $1,500,000" gave the maximum's
 * count the minimum's proceeds, which then read as an aggregate of bounds and went unchecked: a maximum that is not
 * the maximum count × the price passed. Each bound's lot now takes the amount its word names (TSX-V Policy 4.1; NI
 * 51-102: a misstated figure is a misrepresentation). Invented issuers, our own wording.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const release = (amounts: string) =>
  [
    'Tollgate Marsh Resources Announces Private Placement',
    '',
    'EDMONTON, Alberta, December 7, 2026 - Tollgate Marsh Resources Inc. (TSXV: TMR) (the "Company") announces a ' +
      'non-brokered private placement of a minimum of 5,000,000 units and a maximum of 15,000,000 units (the ' +
      `"Units") at $0.10 per Unit, ${amounts}. Each Unit consists of one common share and one warrant exercisable ` +
      'at $0.15 for 24 months.'
  ].join('\n')

const PROCEEDS = /error.*Unexpected proceeds that do not agree with the count and the price/

describe('offering-arithmetic: a minimum and a maximum offering, each amount named by its bound', () => {
  it('a maximum that is not the maximum count times the price', async () => {
    const amounts = 'for minimum gross proceeds of $500,000 and maximum gross proceeds of $1,600,000'
    expect(await found(release(amounts))).toEqual([expect.stringMatching(PROCEEDS)])
  })

  it('a minimum that is not the minimum count times the price', async () => {
    const amounts = 'for gross proceeds of a minimum of $550,000 and a maximum of $1,500,000'
    expect(await found(release(amounts))).toEqual([expect.stringMatching(PROCEEDS)])
  })

  it('the right amounts pass', async () => {
    expect(
      await found(release('for minimum gross proceeds of $500,000 and maximum gross proceeds of $1,500,000'))
    ).toEqual([])
    expect(await found(release('for gross proceeds of a minimum of $500,000 and a maximum of $1,500,000'))).toEqual([])
  })

  it('amounts not named by their bound are left unchecked, as before', async () => {
    expect(await found(release('for gross proceeds of between $500,000 and $1,600,000'))).toEqual([])
  })
})
