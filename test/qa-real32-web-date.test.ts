/**
 * A release copied from the issuer's web page: the page's trail ("Home / News / 2026") and its date stand above the
 * release's own header (its headline, its U.S. legend), and the release's dateline, with its place, comes below.
 * The date alone was taken for the dateline, so a legend set where it belongs, above the release's dateline, was
 * reported as below it. Issuers invented.
 */
import {describe, expect, it} from 'vitest'
import {format, lintWith} from './helpers.js'
import {remark} from 'remark'
import {buildModel} from '../src/model/model.js'

const model = (text: string) => buildModel(remark().parse(text), text)

const LEGEND = 'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'

const page = (legendFirst: boolean) =>
  [
    'Home / News / 2026',
    'December 3, 2026',
    'Kelburn Gold Closes Private Placement',
    ...(legendFirst ? [LEGEND] : []),
    'Vancouver, British Columbia – December 3, 2026 – Kelburn Gold Corp. (TSX-V: KBN) (the "Company") has closed its ' +
      'non-brokered private placement of 3,125,000 units at $0.16 per unit for gross proceeds of $500,000.',
    'The securities issued are subject to a hold period expiring April 4, 2027.',
    ...(legendFirst ? [] : [LEGEND])
  ].join('\n\n')

describe('a web page’s date above the release’s own header', () => {
  it('is not the dateline: the release’s dateline with its place below it is', () => {
    const m = model(page(true) + '\n')
    expect(m.layout.dateline?.norm.text.startsWith('vancouver, british columbia')).toBe(true)
  })

  it('us-distribution-legend: a legend above that dateline is at the top', async () => {
    expect((await lintWith('us-distribution-legend', page(true) + '\n')).messages.map(format)).toEqual([])
  })

  it('us-distribution-legend: a legend at the bottom is still reported', async () => {
    expect((await lintWith('us-distribution-legend', page(false) + '\n')).messages.map(format)).toEqual([
      expect.stringMatching(/warning Unexpected U\.S\. distribution legend below the dateline/)
    ])
  })

  it('a date alone right above the dateline with its place stays the dateline', () => {
    const m = model(
      '# Kelburn Gold Closes Private Placement\n\nDecember 3, 2026\n\nVancouver, British Columbia – December 3, 2026 – ' +
        'Kelburn Gold Corp. has closed its placement.\n'
    )
    expect(m.layout.dateline?.index).toBe(1)
  })
})
