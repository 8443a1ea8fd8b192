/**
 * A hard-wrapped release whose blank lines are lost (a PDF's copy) with a page's footer and the next page's running
 * header set between two lines of one sentence: "… 25% of the Company's market" ⏎ "Page 1 of 3" ⏎ "Pellworth Gold
 * Corp. – News Release" ⏎ "capitalization. …". The page's number is taken out, and so is the header after it: it is
 * no word of the MI 61-101 paragraph or of the caution. Invented issuer, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintPreset, wrapLines} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.fatal ? 'E' : 'W'}`).sort()

const HEADER = 'Pellworth Gold Corp. – News Release'
const PARAGRAPHS = [
  'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES',
  'Pellworth Gold Closes Private Placement',
  'PRINCE GEORGE, British Columbia, February 9, 2027 – Pellworth Gold Corp. (TSXV: PWG) (the "Company") has ' +
    'closed its non-brokered private placement of 6,000,000 units at $0.10 per unit for gross proceeds of ' +
    '$600,000. Each unit is one common share and one warrant to buy a further share at $0.16 for two years.',
  'The chief executive officer of the Company bought 500,000 units, a "related party transaction" under ' +
    'Multilateral Instrument 61-101 Protection of Minority Security Holders in Special Transactions ("MI 61-101"). ' +
    'The Company relies on the exemptions in sections 5.5(a) and 5.7(1)(a) of MI 61-101 from the formal valuation ' +
    'and minority approval requirements, since neither the fair market value of the units he bought nor what he ' +
    "paid for them exceeds 25% of the Company's market capitalization. No material change report was filed 21 " +
    'days before closing, as his participation was settled only days before closing.',
  'The securities issued are subject to a hold period of four months and one day ending on June 10, 2027.',
  'The securities have not been and will not be registered under the United States Securities Act of 1933, as ' +
    'amended, and may not be offered or sold in the United States absent registration or an applicable exemption. ' +
    'This release is not an offer to sell or a solicitation of an offer to buy securities in the United States.',
  'Forward-looking statements: This release contains forward-looking information, including the use of the ' +
    'proceeds for drilling at the Pellworth property. It rests on assumptions the Company believes reasonable, ' +
    'including the availability of drill crews, and is subject to risks that could cause actual results to differ ' +
    'materially. The Company assumes no obligation to update it, except as required by law.',
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
    'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
]

/** The release hard-wrapped at 72 letters, no blank line; a page breaks after each line `cut` picks. */
function copied(footers: boolean): string {
  const lines = PARAGRAPHS.flatMap((paragraph) => wrapLines(paragraph, 72))
  const out: string[] = []
  let page = 0
  lines.forEach((line, i) => {
    out.push(line)
    const midSentence = /[a-z]$/.test(line) && /^[a-z]/.test(lines[i + 1] ?? '')
    const inParagraph = line.includes('market') || line.startsWith('proceeds for drilling')
    if (footers && midSentence && inParagraph && page < 2) out.push(`Page ${++page} of 3`, HEADER)
  })
  return `${out.join('\n')}\n`
}

describe('a page footer and the next page header inside a hard-wrapped sentence', () => {
  it('takes both lines out of the paragraph the page cut', () => {
    const text = copied(true)
    expect(text.match(/News Release/g)).toHaveLength(2)
    const blocks = model(text).blocks.map((block) => block.raw.text)
    expect(blocks.filter((block) => block.includes('News Release'))).toEqual([])
    expect(blocks.some((block) => block.includes('market\ncapitalization. No material change'))).toBe(true)
  })

  it('finds what the copy with no page furniture finds: the MI 61-101 paragraph is whole', async () => {
    expect(await keys(copied(true))).not.toContain('related-party E')
    expect(await keys(copied(true))).toEqual(await keys(copied(false)))
  })
})
