/**
 * Invisible marks that newswire and PDF copy leave inside words (direction marks and embeddings, zero-width
 * characters): the reader drops them, so a statement reads the same with or without them. Invented issuers.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {normalize} from '../src/model/text.js'
import {VFile} from 'vfile'
import {createProcessor, getModel} from '../src/api.js'
import {format, lintPreset, lintWith} from './helpers.js'

const norm = (text: string) => normalize({text, offsets: new Int32Array(0), base: 0} as never).text
const MARKS = ['\u200E', '\u200F', '\u202A', '\u202C', '\u2066', '\u2069', '\u200B', '\uFEFF']

describe('invisible marks in copy', () => {
  it('drops direction marks and embeddings as it drops zero-width characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MARKS), fc.integer({min: 1, max: 20}), (mark, at) => {
        const text = 'Neither the TSX Venture Exchange nor its Regulation Services Provider'
        expect(norm(text.slice(0, at) + mark + text.slice(at))).toBe(norm(text))
      })
    )
  })

  it('reads a forward-looking caution with left-to-right marks inside its words as the same caution', async () => {
    const lead = 'Hollis Bay Gold Inc. (TSXV: HBG) will drill the Larch target in June.'
    const caution =
      'This release contains forward-looking information, including the timing of drilling. Forward-looking ' +
      'information is based on assumptions, including that crews and permits are available, and is subject to ' +
      'risks that may cause actual results to differ materially, including weather and access. The Company does ' +
      'not undertake to update it except as required by law.'
    const marked = caution.replace('forward-looking information,', 'forward-\u200Elooking\u200E information,')
    const clean = (await lintWith('forward-looking-caution', `${lead}\n\n${caution}\n`)).messages.map(format)
    const copied = (await lintWith('forward-looking-caution', `${lead}\n\n${marked}\n`)).messages.map(format)
    expect(marked).not.toBe(caution)
    expect(copied).toEqual(clean)
  })
})

describe('ligatures in PDF copy', () => {
  it('reads each ligature as the letters it sets', () => {
    expect(norm('quali\uFB01ed, \uFB02ow-through, o\uFB00ering, e\uFB03cient, ba\uFB04ed, \uFB06ate')).toBe(
      'qualified, flow-through, offering, efficient, baffled, state'
    )
  })

  it('finds a Qualified Person statement whose words carry ligatures', async () => {
    const lead = 'Ostrander Lake Metals Ltd. (TSXV: OLM) reports 8.1 metres of 2.6 g/t gold from hole OL-26-03.'
    const qp =
      'The scienti\uFB01c and technical information in this release was reviewed and approved by Imogen Hale, ' +
      'P.Geo., the Company\u2019s Exploration Manager and a Quali\uFB01ed Person as de\uFB01ned by National ' +
      'Instrument 43-101.'
    const messages = (await lintWith('qp-statement', `${lead}\n\n${qp}\n`)).messages.map(format)
    expect(messages).toEqual([])
  })
})

describe('paragraphs written one per line (Word saved as plain text)', () => {
  const lines = [
    'Quarry Hill Metals Corp. Closes Private Placement',
    'KELOWNA, British Columbia, May 4, 2026 – Quarry Hill Metals Corp. (TSXV: QHM) (the "Company") has closed its ' +
      'non-brokered private placement of 2,000,000 units at $0.20 per unit for gross proceeds of $400,000. All ' +
      'securities issued are subject to a hold period of four months and one day expiring September 5, 2026.',
    'The Company intends to spend the proceeds on a soil survey of its Birchfield claims and on working capital.',
    'Cautionary Note on Forward-Looking Information',
    'This release contains forward-looking information, including the use of proceeds. It rests on assumptions, ' +
      'including that contractors are available, and is subject to risks that may cause actual results to differ ' +
      'materially, including weather and market conditions. The Company does not undertake to update it except as ' +
      'required by law.',
    'Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
      'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
  ]
  const found = async (text: string) => (await lintPreset(text)).messages.map((m) => `${m.ruleId} ${m.fatal}`).sort()

  it('reads each line as its paragraph, as with blank lines between them', async () => {
    const blank = await found(lines.join('\n\n') + '\n')
    expect(blank.length).toBeGreaterThan(0)
    expect(await found(lines.join('\n') + '\n')).toEqual(blank)
    expect(await found(lines.join('\r\n') + '\r\n')).toEqual(blank)
  })

  it('still finds the disclaimer missing', async () => {
    const dropped = lines.slice(0, -1)
    expect(await found(dropped.join('\n') + '\n')).toContain('exchange-disclaimer true')
  })

  it('leaves a hard-wrapped paragraph and a table’s rows whole', () => {
    const wrapped = lines[1].replace(/(.{60,80}?) /g, '$1\n')
    const table = '| Hole | From | To |\n| --- | --- | --- |\n| QH-1 | 10.0 | 12.5 |\n'
    const blocksOf = (text: string) => {
      const file = new VFile({path: 'a.md', value: text})
      const tree = createProcessor([]).parse(file)
      return getModel(tree, file).blocks.length
    }
    expect(wrapped.split('\n').length).toBeGreaterThan(3)
    expect(blocksOf(wrapped + '\n')).toBe(1)
    expect(blocksOf(`${lines[1]}\n${table}`)).toBe(2)
  })
})
