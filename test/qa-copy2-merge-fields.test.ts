/**
 * A Word merge field never merged, as Word shows it: its name in chevrons, often words joined in camel case
 * ("«GrossProceeds»", "«HoldExpiryDate»"), whether in a .docx (a MERGEFIELD's result) or in its text pasted. French
 * quotation marks around one word or a name stay quotation. Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintText} from '../src/api.js'
import {docx, p, run} from './docx.js'
import {lintWith} from './helpers.js'

const reasons = async (text: string) =>
  (await lintWith('unfilled-placeholder', text)).messages.map((message) => message.reason)

describe('a merge field whose name is words in camel case', () => {
  it('is a blank', async () => {
    expect(
      await reasons(
        'Garnet Hollow Mining Corp. has closed its placement of 5,000,000 shares for gross proceeds of «GrossProceeds». ' +
          'The shares are subject to a hold period expiring on «HoldExpiryDate».'
      )
    ).toEqual([expect.stringContaining('«GrossProceeds»'), expect.stringContaining('«HoldExpiryDate»')])
  })

  it('in a Word draft, as a MERGEFIELD’s result', async () => {
    const field = '<w:fldSimple w:instr=" MERGEFIELD ClosingDate "><w:r><w:t>«ClosingDate»</w:t></w:r></w:fldSimple>'
    const bytes = docx(p(run('Garnet Hollow Mining Corp. closed the placement on ') + field + run('.')))
    const file = await lintText(new VFile({path: 'merge.docx', value: bytes}))
    expect(file.messages.filter((m) => m.ruleId === 'unfilled-placeholder').map((m) => m.reason)).toEqual([
      expect.stringContaining('«ClosingDate»')
    ])
  })

  it('French quotation of a word or a name is not', async () => {
    expect(
      await reasons(
        'La «Société» a conclu une entente avec «McEwen» et «MacDonald» ; le projet «Lac Doré» avance, selon «Ressources».'
      )
    ).toEqual([])
  })
})
