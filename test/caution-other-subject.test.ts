/**
 * A cautionary heading that names another subject ("Cautionary Note Regarding Production Decisions", « Mise en
 * garde concernant les estimations historiques ») opens another caution, not the forward-looking caution: the
 * paragraphs under it are the issuer's own words, read by every rule, whether the heading is set with "#" or as a
 * line of its own. Invented issuers, our own words.
 */
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/model/model.js'
import {lintPreset} from './helpers.js'

const cautionOf = (value: string) =>
  buildModel(unified().use(remarkParse).parse(value), value).caution.map((block) => block.raw.text.slice(0, 30))
const keys = async (text: string) =>
  (await lintPreset(text)).messages.map((message) => `${message.ruleId} ${message.line} ${message.fatal ? 'E' : 'W'}`)

const release = (heading: string) =>
  [
    'DURANGO, Mexico, December 3, 2026 – Tepehuan Silver Corp. (TSXV: TPS) (the "Company") reports that the ' +
      'Santa Rita mill processed 21,400 tonnes in November.',
    heading,
    'The decision to restart the mill was not based on a feasibility study or on NI 43-101 compliant mineral ' +
      'reserves, and there is a greater risk and uncertainty that the restart will not be economic.',
    'Forward-Looking Information',
    'This news release contains forward-looking information, including statements about the mill’s throughput. ' +
      'Such information is based on assumptions about metal prices and is subject to risks that could cause actual ' +
      'results to differ materially. The Company does not undertake to update it, except as required by law.'
  ].join('\n\n') + '\n'

describe('a cautionary heading that names another subject', () => {
  it.each([
    ['a heading set with "#"', '## Cautionary Note Regarding Production Decisions'],
    ['a line of its own', 'Cautionary Note Regarding Production Decisions'],
    ['an audience named', '## Cautionary Note to U.S. Investors']
  ])('does not open the forward-looking caution (%s)', async (_, heading) => {
    expect(cautionOf(release(heading))).toEqual(['This news release contains for'])
    expect(await keys(release(heading))).toContain('mining-terminology 5 W')
  })

  it('the same paragraphs under a heading that names no subject are the caution', () => {
    expect(cautionOf(release('## Cautionary Statements'))).toHaveLength(2)
  })

  it('a heading that names forward-looking information opens it', () => {
    expect(cautionOf(release('## Cautionary Note Regarding Forward-Looking Statements'))).toHaveLength(2)
  })
})

describe('a paragraph of technical disclosure right after the caution', () => {
  const text = [
    'TIMMINS, Ontario, December 3, 2026 – Porcupine Ridge Gold Inc. (TSXV: PRG) (the "Company") reports an updated ' +
      'mineral resource estimate for its Kettle deposit, effective November 30, 2026.',
    'Forward-Looking Information',
    'This news release contains forward-looking information, including statements about the timing of a ' +
      'preliminary economic assessment. Actual results may differ materially from those expressed. The Company ' +
      'does not undertake to update it, except as required by law.',
    'Underground resources: stope shapes were built at a cut-off grade of 2.10 g/t Au, based on mining costs of ' +
      'US$80/t, processing costs of US$28/t and a gold price of US$2,800/oz; mining dilution and recovery ' +
      'assumptions were applied to the stope shapes.',
    'The Company expects to complete the preliminary economic assessment in the second quarter of 2027.'
  ].join('\n\n')

  it('is not read as the caution: its assumptions are not the caution’s, and it is technical disclosure', async () => {
    expect(cautionOf(text)).toEqual(['This news release contains for'])
    const found = await keys(text)
    expect(found.filter((key) => key === 'forward-looking-caution 5 E')).toHaveLength(2)
    expect(found).toContain('data-verification 7 W')
  })
})
