/**
 * A hard-wrapped release whose blank lines are all lost (a PDF's copy, an e-mail's plain text): every line is shorter
 * than a paragraph written on one line, so its line breaks do not say where paragraphs end. A short line that ends a
 * sentence, where the next line's first word would have fitted, ends a paragraph; so does a line before a run-in
 * heading ("Forward-looking statements: …"). Read so, the caution is one paragraph among the others, not the whole
 * release. Invented issuers, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintPreset, wrapLines} from './helpers.js'

const model = (value: string) => buildModel(unified().use(remarkParse).parse(value), value)
const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.fatal ? 'E' : 'W'}`).sort()

/** The paragraph wrapped at 72 letters, as a mail client or a PDF's copy writes it. */
const wrap = (paragraph: string) => wrapLines(paragraph, 72).join('\n')

const PARAGRAPHS = [
  '# Quillmore Metals Inc. Closes Private Placement',
  'KAMLOOPS, British Columbia, November 24, 2026 – Quillmore Metals Inc. (TSXV: QLM) (the "Company") announces that ' +
    'it has closed its non-brokered private placement of 5,000,000 units at a price of $0.10 per unit for gross ' +
    'proceeds of $500,000. Each unit comprises one common share and one warrant, each warrant allowing its holder to ' +
    'buy one common share at $0.15 for 24 months.',
  'The securities issued are subject to a hold period of four months and one day ending on March 25, 2027.',
  'The securities have not been and will not be registered under the United States Securities Act of 1933, as ' +
    'amended, and may not be offered or sold in the United States absent registration or an applicable exemption. ' +
    'This release is not an offer to sell or a solicitation of an offer to buy securities in the United States.',
  'Forward-looking statements: This release contains forward-looking information, including the use of the ' +
    'proceeds for drilling on the Tarn property. It rests on assumptions the Company believes reasonable, including ' +
    'the availability of drill crews, and is subject to risks that could cause actual results to differ materially. ' +
    'The Company assumes no obligation to update it, except as required by law.',
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
    'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
]
const wrapped = PARAGRAPHS.map((paragraph) => (paragraph.startsWith('#') ? paragraph : wrap(paragraph)))

describe('a hard-wrapped draft with no blank line between its paragraphs', () => {
  it('reads its paragraphs, not one block that the caution takes whole', () => {
    const text = `${wrapped.join('\n')}\n`
    const found = model(text)
    const hold = found.blocks.find((block) => block.norm.text.startsWith('the securities issued are subject'))
    expect(hold?.raw.text).toBe(wrapped[2])
    expect(found.caution.map((block) => block.norm.text.slice(0, 27))).toEqual(['forward-looking statements:'])
  })

  it('finds the same as with blank lines between the paragraphs: the hold period is stated', async () => {
    const separated = `${wrapped.join('\n\n')}\n`
    const runTogether = `${wrapped.join('\n')}\n`
    expect(await keys(separated)).not.toContain('hold-period E')
    expect(await keys(runTogether)).toEqual(await keys(separated))
  })

  it('still finds a hold period that is missing', async () => {
    const without = [...wrapped.slice(0, 2), ...wrapped.slice(3)]
    expect(await keys(`${without.join('\n')}\n`)).toContain('hold-period E')
  })

  it('keeps a paragraph whole where a sentence ends on a full line', () => {
    const qp =
      'The technical information in this release has been reviewed and approved by Marguerite Oduya, P.Geo., ' +
      'the Company’s Vice President, Exploration. Ms. Oduya is a Qualified Person as defined by National Instrument ' +
      '43-101 Standards of Disclosure for Mineral Projects and is not independent of the Company.'
    const text = `${[...wrapped.slice(0, 3), wrap(qp), ...wrapped.slice(3)].join('\n')}\n`
    expect(model(text).blocks.map((block) => block.raw.text)).toContain(wrap(qp))
  })

  it('ends a paragraph before a title on a line of its own, though its first word would not have fitted', () => {
    const lines = [
      'The program was supervised by the Company’s exploration manager, Dana Ruiz.',
      'About Quillmore Metals Inc.',
      'Quillmore Metals Inc. explores for copper and gold in south-central British',
      'Columbia, where it holds the Tarn and Lowe properties.',
      ...wrapped.slice(5)
    ]
    const read = model(`${[...wrapped.slice(0, 3), ...lines].join('\n')}\n`).blocks.map((block) => block.raw.text)
    expect(read).toContain(lines[0])
    expect(read).toContain(lines[1])
  })

  it('reads lettered items, and items that open in lower case after a colon, as paragraphs of their own', () => {
    const items = [
      'The offering consists of the following securities:',
      'a. up to 2,000,000 flow-through units at a price of $0.12 per unit, each',
      'comprising one flow-through share and one warrant exercisable at $0.18; and',
      'b. up to 3,000,000 units at a price of $0.10 per unit, each comprising one',
      'common share and one warrant exercisable at $0.15.',
      'The proceeds will fund the following:',
      'drilling of eight holes on the Tarn showing;',
      'trenching of the Lowe anomaly.'
    ]
    const read = model(`${[wrapped[0], wrapped[1], ...items, ...wrapped.slice(3)].join('\n')}\n`).blocks.map(
      (block) => block.raw.text
    )
    expect(read).toContain(items.slice(1, 3).join('\n'))
    expect(read).toContain(items.slice(3, 5).join('\n'))
    expect(read).toContain(items[6])
  })

  it('reads its paragraphs after a line that a hard wrap opened on a dash (markdown reads a list there)', () => {
    const dashed = wrapped.map((paragraph, index) =>
      index === 2
        ? 'The securities issued are subject to a hold period of four months and one\n- day, ending on March 25, 2027.'
        : paragraph
    )
    const found = model(`${dashed.join('\n')}\n`)
    expect(found.caution.map((block) => block.norm.text.slice(0, 27))).toEqual(['forward-looking statements:'])
  })

  it('keeps a sentence whole across a PDF line that ends short on "the" or a comma', () => {
    const disclaimer = [
      'Neither TSX Venture Exchange nor its Regulation Services Provider (as',
      'that term is defined in the policies of the',
      'TSX Venture Exchange) accepts responsibility for the adequacy or',
      'accuracy of this release.'
    ].join('\n')
    const text = `${[...wrapped.slice(0, 5), disclaimer].join('\n')}\n`
    expect(model(text).blocks.map((block) => block.raw.text)).toContain(disclaimer)
  })
})
