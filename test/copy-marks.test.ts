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

describe('bold marks Markdown left as text (a stray space inside them)', () => {
  it('reads the marks as nothing, or as the space between the words they join; a single "*" stays', () => {
    expect(norm('returned **2.41% **Li2O over 8.0 metres')).toBe('returned 2.41% li2o over 8.0 metres')
    expect(norm('at a price of**$0.04** per share')).toBe('at a price of $0.04 per share')
    expect(norm('at $0.04**per share')).toBe('at $0.04 per share')
    expect(norm('grades of 3.1 g/t Au*')).toBe('grades of 3.1 g/t au*')
  })

  it('reads a sentence the same with bold marks around any of its words, a space inside or outside', () => {
    const words = 'Hole KL-26-03 returned 4.12 g/t Au over 6.5 metres from 88.0 metres'.split(' ')
    fc.assert(
      fc.property(fc.integer({min: 0, max: words.length - 1}), fc.boolean(), (at, inside) => {
        const marked = words.map((word, index) =>
          index === at ? (inside ? `**${word} **` : `**${word}**`) : word + ' '
        )
        expect(norm(marked.join('').trim())).toBe(norm(words.join(' ')))
      })
    )
  })

  const lead = (result: string) =>
    'KAMLOOPS, BC, December 3, 2026 – Larchmont Lithium Corp. (TSXV: LLC) (the "Company") reports that hole ' +
    `LL-26-07 returned ${result} over 8.0 metres from 41.0 metres at its Kettle property.\n`

  it('still finds the results a bold grade with a stray space states, and the statements they owe', async () => {
    const plain = (await lintWith('exploration-results', lead('2.41% Li2O'))).messages.map(format)
    const marked = (await lintWith('exploration-results', lead('**2.41% **Li2O'))).messages.map(format)
    expect(plain.length).toBeGreaterThan(0)
    // The same findings, where the marks moved them (the place, the words quoted).
    const unplaced = (message: string) => message.replace(/^[\d:-]+: /, '').replace(/“[^”]*”/g, '“…”')
    expect(marked.map(unplaced)).toEqual(plain.map(unplaced))
  })

  it('still reads a price set in bold marks run into its words, and checks it against the floor', async () => {
    const release =
      'KAMLOOPS, BC, December 3, 2026 – Larchmont Lithium Corp. (TSXV: LLC) (the "Company") announces a ' +
      'non-brokered private placement of up to 5,000,000 common shares at a price of**$0.035** per share for gross ' +
      'proceeds of up to $175,000.\n'
    const messages = (await lintWith('tsxv-pricing', release)).messages
    expect(messages).toHaveLength(1)
    expect(messages[0].reason).toMatch(/Unexpected price of \$0\.035 per share, expected at least \$0\.05/)
  })
})
