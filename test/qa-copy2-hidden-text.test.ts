/**
 * Hidden text of a Word draft (`w:vanish`): Word neither shows nor prints it, yet it is in the file sent out. It is
 * draft matter, as struck-through words are: a statement hidden is no statement of the release, and a note hidden is
 * a note to remove. Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lintText} from '../src/api.js'
import {docx, p, run} from './docx.js'

const hidden = (text: string) => `<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`
const DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
  'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
const release = (last: string) =>
  docx(
    p(
      run('LETHBRIDGE, Alberta, December 9, 2026 – Coulee Ridge Minerals Inc. (TSXV: CRM) (the “Company”) announces ') +
        run('that Amira Haddad has joined its board of directors.') +
        hidden(' [NTD: confirm her start date]')
    ) + p(last)
  )
const findings = async (bytes: Uint8Array) =>
  (await lintText(new VFile({path: 'hidden.docx', value: bytes}))).messages.map(
    (message) => `${message.ruleId}: ${message.reason}`
  )

describe('hidden text of a Word draft', () => {
  it('a hidden note is a note to remove; the shown disclaimer is the release’s', async () => {
    expect(await findings(release(run(DISCLAIMER)))).toEqual([
      'unfilled-placeholder: Unexpected note to draft “~~[NTD: confirm her start date]~~”, expected it resolved and removed'
    ])
  })

  it('a hidden disclaimer is no disclaimer of the release', async () => {
    expect(await findings(release(hidden(DISCLAIMER)))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^exchange-disclaimer: Missing TSX Venture Exchange disclaimer/)])
    )
  })
})
