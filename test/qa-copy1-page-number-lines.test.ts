/**
 * A hard-wrapped release whose blank lines are lost (a PDF's copy), where a page broke inside a sentence and the next
 * line of text opens on a capital: "… may not be offered or sold in the United" ⏎ "1" ⏎ "Tessaly Metals Corp. – News
 * Release – Page 2" ⏎ "States absent registration …". The page's lines end no paragraph (each is short, and the next
 * line's first word would fit on it): the line before them is read against the line of text after them, so the
 * sentence stays whole and the U.S. Securities Act paragraph keeps its "may not be offered or sold in the United
 * States". Invented issuer, our own words.
 */
import {describe, expect, it} from 'vitest'
import {lintPreset, wrapLines} from './helpers.js'

const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.fatal ? 'E' : 'W'}`).sort()

const BEFORE = [
  'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
  'Tessaly Metals Closes Private Placement',
  'SASKATOON, Saskatchewan, March 16, 2027 – Tessaly Metals Corp. (TSXV: TSM) (the "Company") has closed its ' +
    'non-brokered private placement of 4,000,000 common shares at $0.12 per share for gross proceeds of $480,000, ' +
    'to be spent on mapping and trenching at the Tessaly property.',
  'The shares issued are subject to a hold period of four months and one day ending on July 17, 2027.'
]
/** The U.S. paragraph wrapped at 74 letters where a page cut it: its second line ends on "United". */
const US_LINES = [
  'The securities have not been and will not be registered under the United',
  'States Securities Act of 1933 and may not be offered or sold in the United',
  'States absent registration or an applicable exemption. This release is not',
  'an offer to sell or a solicitation of an offer to buy securities in the',
  'United States.'
]
const AFTER = [
  'Forward-looking statements: This release contains forward-looking information, including the planned use of ' +
    'the proceeds. It rests on assumptions the Company believes reasonable, including the availability of ' +
    'contractors, and carries risks under which actual results may differ materially. The Company assumes no ' +
    'obligation to update it, except as required by law.',
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
    'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
]

function copied(pageLines: string[]): string {
  const wrap = (paragraphs: string[]) => paragraphs.flatMap((paragraph) => wrapLines(paragraph, 74))
  const us = [...US_LINES.slice(0, 2), ...pageLines, ...US_LINES.slice(2)]
  return `${[...wrap(BEFORE), ...us, ...wrap(AFTER)].join('\n')}\n`
}

describe('a page number and a running header between two lines of one hard-wrapped sentence', () => {
  it('keeps the U.S. Securities Act sentence whole across a page number alone and a header naming the page', async () => {
    expect(await keys(copied(['1', 'Tessaly Metals Corp. – News Release – Page 2']))).toEqual([])
  })

  it('keeps it whole across a footer "Page 1 of 2" and a header of the next page that names it', async () => {
    expect(await keys(copied(['Page 1 of 2', 'Tessaly Metals Corp. | Page 2 of 2']))).toEqual([])
  })
})
