/**
 * Full-width forms (U+FF01–U+FF5E), as an East Asian input method or a site that syndicates releases types them:
 * "(TSXV： ABC)" is the listing "(TSXV: ABC)", "５０％" is "50%". The model reads their ASCII. Invented issuers.
 */
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/model/text.js'
import {lintPreset} from './helpers.js'

const norm = (text: string) => normalize({text, offsets: Array.from(text, (_, index) => index)})
const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.line} ${message.fatal ? 'E' : 'W'}`)

describe('full-width forms read as their ASCII', () => {
  it('normalizes letters, digits and signs, each at its own offset', () => {
    const text = '(ＴＳＸＶ： ＡＢＣ) ５０％'
    const read = norm(text)
    expect(read.text).toBe('(tsxv: abc) 50%')
    expect(read.offsets[read.text.indexOf(':')]).toBe(text.indexOf('：'))
  })

  it('a listing written with a full-width colon is the listing', async () => {
    const release = (colon: string) =>
      `Corvane Gold Corp. (TSXV${colon} CVG) announces the appointment of Mira Castell as Chief Financial Officer.\n\n` +
      'Neither the TSXV nor its Regulation Services Provider (as that term is defined in the policies of the TSXV) ' +
      'accepts responsibility for the adequacy or accuracy of this release.\n'
    expect(await keys(release('：'))).toEqual(await keys(release(':')))
  })
})
