/**
 * A release set one sentence per paragraph, as some issuers write and some copy leaves it: what one paragraph said
 * across its sentences is said across paragraphs. And one set a paragraph per line with no blank line between (Word's
 * "Save as plain text"), whose lists have no markers. Found by linting the corpus so transformed and comparing the
 * findings with the release's. Invented issuers, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {format, lintWith} from './helpers.js'

const blocks = (value: string) =>
  buildModel(unified().use(remarkParse).parse(value), value).blocks.map((block) => block.raw.text)

const messages = async (id: Parameters<typeof lintWith>[0], text: string) =>
  (await lintWith(id, text + '\n')).messages.map(format)

describe('forward-looking caution: a paragraph that points back at the caution’s statements goes on with it', () => {
  const caution = (pointer: string) =>
    [
      'VANCOUVER, BC, December 3, 2026 – Sorrel Creek Metals Inc. (TSXV: SCM) will begin a 2,000 metre drill program ' +
        'at its Kestrel property in January.',
      'This news release contains forward-looking information.',
      `${pointer} include statements about the timing and size of the drill program.`,
      'They are based on assumptions, including that contractors and permits will be available, and involve risks ' +
        'and uncertainties that could cause actual results to differ materially.',
      'The Company does not undertake to update forward-looking information except as required by law.',
      'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of ' +
        'the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
    ].join('\n\n')

  it.each(['These statements', 'Such statements', 'Specifically, these statements'])(
    '“%s include …” keeps the caution whole: no finding',
    async (pointer) => {
      expect(await messages('forward-looking-caution', caution(pointer))).toEqual([])
    }
  )

  it('in French: « Ces énoncés comprennent … »', async () => {
    const text = [
      'MONTRÉAL, QC, le 3 décembre 2026 – Métaux Sorbier inc. (TSXV: MSB) commencera en janvier un programme de ' +
        'forage de 2 000 mètres sur sa propriété Crécerelle.',
      'Le présent communiqué contient de l’information prospective.',
      'Ces énoncés comprennent les énoncés concernant le calendrier du programme de forage.',
      'Ils reposent sur des hypothèses, notamment la disponibilité des foreuses, et comportent des risques et des ' +
        'incertitudes qui pourraient faire en sorte que les résultats réels diffèrent sensiblement.',
      'La Société ne s’engage pas à mettre à jour l’information prospective, sauf si la loi l’exige.'
    ].join('\n\n')
    expect(await messages('forward-looking-caution', text)).toEqual([])
  })

  it('a paragraph that points at something else still ends the caution', async () => {
    // The risks come after the "About" paragraph: they are not the caution's.
    const text = caution('These statements').replace(
      'They are based on',
      'About Sorrel Creek\n\nSorrel Creek Metals Inc. explores for copper in British Columbia.\n\nThey are based on'
    )
    const found = await messages('forward-looking-caution', text)
    expect(found.some((message) => /Missing/.test(message))).toBe(true)
  })
})

describe('results: historical samples whose assays a paragraph of its own introduces', () => {
  const release = (highlights: boolean) =>
    [
      'VANCOUVER, BC, December 3, 2026 – Sorrel Creek Metals Inc. (CSE: SCM) has agreed to acquire the Harrier ' +
        'copper property in northern British Columbia.',
      // The highlight restates a figure of the table below without saying it is old.
      ...(highlights ? ['Property highlights:', '- Chip samples of up to 12.40% copper'] : []),
      'In 1971 a prospecting company took eight chip samples across the Harrier veins.',
      'Their copper assays, with the sample widths, are given below:',
      ['Sample\tWidth (m)\tCu (%)', 'HR-1\t0.90\t3.20', 'HR-2\t1.40\t12.40', 'HR-3\t0.60\t5.75'].join('\n'),
      'The Company has not verified these results and will sample the veins in 2027.'
    ].join('\n\n')

  it.each([false, true])('are no results of the issuer’s (highlights restating one: %s)', async (highlights) => {
    expect(await messages('exploration-results', release(highlights))).toEqual([])
  })

  it('a paragraph that introduces the Company’s own assays is no continuation', async () => {
    const text = release(false).replace(
      'Their copper assays, with the sample widths, are given below:',
      'The Company’s 2026 resampling returned the assays given below:'
    )
    const found = await messages('exploration-results', text)
    expect(found.some((message) => /error.*Missing laboratory/s.test(message))).toBe(true)
  })
})

describe('layout: a paragraph per line, a list with no markers', () => {
  const draft = (items: string[]) =>
    [
      'VANCOUVER, BC, December 3, 2026 – Sorrel Creek Metals Inc. (CSE: SCM) (the "Company") has agreed to acquire the ' +
        'Bittern antimony property in central British Columbia from a private vendor for 1,500,000 common shares.',
      'The following historical information has not been verified by the Company and must not be relied on as a ' +
        'mineral resource or a mineral reserve:',
      ...items,
      'The Company plans to map and sample the property in 2027.'
    ].join('\n')

  it('each item that ends with a semicolon or a stop is a block of its own, the list’s opening line too', () => {
    const items = [
      'a sample of vein material taken in 1948 was reported to assay 10.9% antimony;',
      '22.5 tons of hand-sorted material was reported to assay 14.4% antimony; and',
      'a shaft and two adits were driven on the main vein between 1950 and 1952.'
    ]
    const found = blocks(draft(items))
    for (const item of items) expect(found).toContain(item)
    expect(found).toHaveLength(6)
  })

  it('a sentence a line break cut after a semicolon still goes on in the next line', () => {
    const items = ['a sample of vein material taken in 1948 was reported to assay 10.9% antimony;', 'and a second one']
    expect(blocks(draft(items)).some((block) => block.endsWith('antimony;\nand a second one'))).toBe(true)
  })
})
