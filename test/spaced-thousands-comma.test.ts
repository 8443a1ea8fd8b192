/**
 * An English figure with its thousands set off by spaces ("$1 842 500", the SI style of Quebec drafters and of copy
 * from French) followed by the sentence's comma: the comma is the sentence's, not part of the figure, so the whole
 * figure is read, not its first groups ("$1 842"). Invented issuers, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintWith} from './helpers.js'

const closing = (proceeds: string) =>
  'MONTREAL, Quebec, November 20, 2026 – Boisvert Lithium Inc. (TSXV: BVL) (the "Company") announces that it has ' +
  `closed its private placement of 7 370 000 units at a price of $0.25 per unit for gross proceeds of ${proceeds}, ` +
  'with each unit made of one common share and one warrant.\n'

const findings = async (text: string) =>
  (await lintWith('offering-arithmetic', text)).messages.map((message) => message.reason)

describe('spaced thousands before a comma', () => {
  it('reads the whole figure: right proceeds pass', async () => {
    expect(await findings(closing('$1 842 500'))).toEqual([])
  })

  it('reads the whole figure: wrong proceeds are told in the style they are written in', async () => {
    const found = await findings(closing('$1 942 500'))
    expect(found).toHaveLength(1)
    expect(found[0]).toContain('expected $1 842 500 (the proceeds) or 7 770 000 (the count)')
  })
})
