/**
 * A strategic investment by a major, closed: the issuer's shares sold to it under a prospectus exemption carry the
 * four-month-and-a-day hold (NI 45-102 s.2.5), as any placement's do.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (text: string) => (await lintWith('hold-period', text + '\n')).messages.map(format)

const closing = (rest: string) =>
  'Wrenfield Copper Closes $6 Million Strategic Investment by Ostrava Mining\n\n' +
  'VANCOUVER, British Columbia, December 7, 2026 -- Wrenfield Copper Corp. (TSXV: WFC) ("Wrenfield" or the ' +
  '"Company") announces that it has today closed the strategic investment by Ostrava Mining plc ("Ostrava") ' +
  'announced on November 20, 2026. Wrenfield issued 12,000,000 common shares to Ostrava at $0.50 per share, for ' +
  `gross proceeds of $6,000,000. ${rest}`

describe('hold-period: a strategic investment closed is a placement', () => {
  it('no hold stated: an error', async () => {
    const found = await messages(closing('No finder’s fees were paid.'))
    expect(found.some((m) => m.includes('error') && m.includes('Missing hold period'))).toBe(true)
  })

  it('its hold stated: no finding', async () => {
    expect(
      await messages(closing('The shares issued are subject to a hold period expiring on April 8, 2027.'))
    ).toEqual([])
  })

  it('a prospectus offering the investor joins owes none', async () => {
    const found = await messages(
      closing('The shares were issued under the Company’s short form prospectus dated November 25, 2026.')
    )
    expect(found).toEqual([])
  })
})
