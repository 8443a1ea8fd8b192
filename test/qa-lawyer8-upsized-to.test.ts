/**
 * An upsized offering stated as its new size ahead of the securities that raise it ("has increased the Offering from
 * $2,000,000 to $3,000,000 through the issuance of up to 15,000,000 shares at $0.20 per share"): the new size is
 * those securities' proceeds, and checked against count × price. A price changed from one figure to another is not a
 * size. Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const found = async (text: string) => (await lintWith('offering-arithmetic', text + '\n')).messages.map(format)

const upsized = (count: string) =>
  'SASKATOON, SK, February 15, 2027 – Marlow Fen Uranium Corp. (CSE: MFU) (the "Company") has increased its ' +
  'previously announced non-brokered private placement (the "Offering") from $2,000,000 to $3,000,000 through the ' +
  `issuance of up to ${count} common shares at a price of $0.20 per share.`

describe('offering-arithmetic: an upsized offering, its new size ahead of its securities', () => {
  it('an error on a count that the new size and the price do not give', async () => {
    const messages = await found(upsized('16,000,000'))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/Unexpected (?:count|proceeds) that do(?:es)? not agree/)
    expect(messages[0]).toContain('15,000,000')
  })

  it('no error on the right count, nor on "upsized … to up to"', async () => {
    expect(await found(upsized('15,000,000'))).toEqual([])
    const upTo = upsized('15,000,000')
      .replace('has increased', 'has upsized')
      .replace('to $3,000,000', 'to up to $3,000,000')
    expect(await found(upTo)).toEqual([])
  })

  it('a price changed from one figure to another is not a size', async () => {
    const text =
      'VANCOUVER, BC, February 15, 2027 – Marlow Fen Uranium Corp. (CSE: MFU) (the "Company") has increased the ' +
      'exercise price from $0.10 to $0.15 of 4,000,000 warrants issued in its 2025 placement.'
    expect(await found(text)).toEqual([])
  })
})
