/**
 * A later tranche's closing release that states this tranche's hold first, then the earlier tranche's after a
 * semicolon: the first expiry is this tranche's, counted from its own closing (NI 45-102 s.2.5).
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (text: string) => (await lintWith('hold-period', text + '\n')).messages.map(format)

const release = (holds: string) =>
  'Corrie Lake Gold Closes Second and Final Tranche of Flow-Through Placement\n\n' +
  'TIMMINS, Ontario, December 4, 2026 -- Corrie Lake Gold Inc. (TSXV: CLG) ("Corrie Lake" or the "Company") ' +
  'announces that it has closed the second and final tranche of its non-brokered private placement, issuing ' +
  '2,000,000 flow-through shares at $0.30 per share for gross proceeds of $600,000. Together with the first ' +
  'tranche, which closed on November 20, 2026 for gross proceeds of $450,000, the Company has raised $1,050,000.\n\n' +
  `The second tranche closed on December 3, 2026. ${holds}`

describe('hold-period: this tranche’s expiry before a clause naming the earlier tranche', () => {
  it.each([
    'The shares issued in it are subject to a hold period expiring on April 4, 2027; those issued in the first ' +
      'tranche are subject to a hold period expiring on March 21, 2027.',
    'The shares issued today are subject to a hold period expiring on April 4, 2027, while those issued in the ' +
      'first tranche are subject to a hold period expiring on March 21, 2027.'
  ])('no error: %s', async (holds) => {
    expect(await messages(release(holds))).toEqual([])
  })

  it('a wrong expiry of this tranche is still an error', async () => {
    const found = await messages(
      release(
        'The shares issued in it are subject to a hold period expiring on April 9, 2027; those issued in the first ' +
          'tranche are subject to a hold period expiring on March 21, 2027.'
      )
    )
    expect(found.some((m) => m.includes('error') && m.includes('expected April 4, 2027'))).toBe(true)
  })

  it('the earlier tranche named before its expiry keeps it', async () => {
    const found = await messages(
      release('The shares issued in the first tranche are subject to a hold period expiring on March 21, 2027.')
    )
    expect(found).toEqual([])
  })
})
