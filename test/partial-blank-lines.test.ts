/**
 * A release with blank lines between some of its paragraphs only (copy from a web page or an e-mail that keeps the
 * blank line around a heading or a table and drops it between paragraphs written one per line). A line that ends no
 * sentence may be a wrap ("… the United States ⏎ Securities Act …") or a line of its own (a highlight without a
 * period, an address's line, a signature): the next line says which. Invented issuers, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintPreset} from './helpers.js'

const blocks = (value: string) =>
  buildModel(unified().use(remarkParse).parse(value), value).blocks.map((block) => block.raw.text)
const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.fatal ? 'E' : 'W'}`).sort()

const OPENING =
  'VANCOUVER, British Columbia, December 3, 2026 – Pellward Resources Corp. (TSXV: PWR) (the "Company") announces ' +
  'that it has appointed Tomas Ilves to its board of directors, effective immediately. Mr. Ilves brings twenty years ' +
  'of experience in the financing of exploration companies.'
const DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the ' +
  'TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
const CONTACT = [
  'On behalf of the Board of Directors,',
  'Hanna Brill',
  'President and Chief Executive Officer',
  'For further information about this news release please contact Hanna Brill at +1 604 555 0142'
]

describe('a draft with blank lines between some paragraphs only', () => {
  it('reads the disclaimer on its own after a signature and a contact line with no blank line before it', async () => {
    const separated = [OPENING, CONTACT.join('\n'), DISCLAIMER].join('\n\n') + '\n'
    const runTogether = `${OPENING}\n\n${[...CONTACT, DISCLAIMER].join('\n')}\n`
    expect(blocks(runTogether)).toContain(DISCLAIMER)
    expect(await keys(runTogether)).toEqual(await keys(separated))
    expect(await keys(runTogether)).not.toContain('exchange-disclaimer E')
  })

  it('reads an address whose first line ends in a comma as lines of their own', () => {
    const address = ['Suite 900, 1055 West Hastings Street,', 'Vancouver, British Columbia V6E 2E9', 'Canada']
    const text = `${OPENING}\n\n${[...address, DISCLAIMER].join('\n')}\n`
    expect(blocks(text)).toContain(DISCLAIMER)
  })

  it('reads highlights without periods, one per line, as lines of their own', () => {
    const highlights = [
      'Prospecting on the Larch showing returned up to 4.8 g/t gold in quartz vein float (two samples above 3 g/t gold)',
      'Of the 36 rock samples collected, nine returned more than 1.0 g/t gold',
      'Soil sampling outlined a 700 metre gold-in-soil anomaly open to the north',
      'The Larch showing has never been drilled.'
    ]
    const text = `${OPENING} ${'The program continues. '.repeat(4)}\n${highlights.join('\n')}\n\n${DISCLAIMER}\n`
    const read = blocks(text)
    for (const line of highlights) expect(read).toContain(line)
  })

  it('reads each line that opens on a bullet glyph as an item, whatever the line before ends on', () => {
    const items = [
      '• The Larch showing is a quartz vein up to 0.8 m wide traced for 120 metres along a sheared contact between ' +
        'granodiorite and the volcanic rocks to the east, with pyrite and arsenopyrite along its margins',
      '• The Fir showing is a zone of quartz-carbonate veining in a shear zone roughly 15 metres wide',
      '• The Spruce skarn holds garnet and pyrrhotite with trace chalcopyrite'
    ]
    const read = blocks(`${OPENING}\n\n${items.join('\n')}\n\n${DISCLAIMER}\n`)
    for (const item of items) expect(read).toContain(item)
  })

  it('still reads a sentence that a line break cut before a name as one paragraph', () => {
    const text =
      `${OPENING}\n\nThe units have not been registered under the United States\nSecurities Act of 1933, as amended, ` +
      'and may not be offered or sold in the United States absent registration or an applicable exemption from the ' +
      'registration requirements of that act.\n'
    expect(blocks(text).some((block) => /United States\nSecurities Act/.test(block))).toBe(true)
  })
})
