/**
 * A caution copied from a PDF with "to" run into the next word ("undertakes no obligation toupdate"): the updating
 * element is still there (NI 51-102 s.4A.3(d)).
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (text: string) => (await lintWith('forward-looking-caution', text + '\n')).messages.map(format)

const release = (updating: string) =>
  'VANCOUVER, British Columbia, December 5, 2026 -- Tarn Valley Resources Ltd. (TSXV: TVR) ("Tarn Valley" or the ' +
  '"Company") announces that it intends to apply to extend the expiry date of 3,000,000 warrants by one year.\n\n' +
  'This news release contains forward-looking information, including statements regarding the proposed extension ' +
  'and Exchange acceptance. It is based on the assumption that the Exchange will accept the extension and is subject ' +
  'to risks, including that it may not, which could cause actual results to differ materially from those expressed. ' +
  updating

describe('forward-looking-caution: the updating element with "to" run into its verb', () => {
  it.each([
    'The Company undertakes no obligation toupdate forward-looking information except as required by law.',
    'The Company does not intend torevise forward-looking information except as required by law.'
  ])('no finding: %s', async (updating) => {
    expect(await messages(release(updating))).toEqual([])
  })

  it('no updating sentence: still a warning', async () => {
    const found = await messages(release(''))
    expect(found.some((m) => m.includes('warning') && m.includes('updating'))).toBe(true)
  })
})
