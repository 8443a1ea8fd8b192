/**
 * Releases of the kinds a twentieth QA round read on real releases of Canadian-listed mining issuers from before
 * 2020 (2008–2019), as newswires and republishers carried them. The cases below are invented issuers in our own
 * words, each reproducing the shape of a defect the document model once misread.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('forward-looking information: a document filed where filings are kept is no forecast', () => {
  const filed = [
    'Kestrel Ridge Reports Voting Results\n\nVANCOUVER, June 12, 2014 /CNW/ - Kestrel Ridge Gold Corp. (TSX: KRG) ' +
      'announces that all nominees were elected at its annual meeting. The report of voting results will be filed ' +
      'on SEDAR at www.sedar.com.',
    'Kestrel Ridge Changes Auditor\n\nVANCOUVER, June 12, 2014 /CNW/ - Kestrel Ridge Gold Corp. (TSX: KRG) ' +
      'announces a change of auditor. The notice of change of auditor will be filed under the Company’s profile.'
  ]
  it.each(filed)('warns, not errs: %s', async (text) => {
    const found = await messages('forward-looking-caution', text)
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/warning/)
  })

  it('a plan stated beside the filing is still forward-looking', async () => {
    const text =
      'Kestrel Ridge Reports Voting Results\n\nVANCOUVER, June 12, 2014 /CNW/ - Kestrel Ridge Gold Corp. (TSX: KRG) ' +
      'announces the results of its annual meeting. The Company will drill 4,000 metres at Harfang this summer. ' +
      'The report of voting results will be filed on SEDAR.'
    const found = await messages('forward-looking-caution', text)
    expect(found.length).toBe(1)
    expect(found[0]).toMatch(/error/)
  })
})
