/**
 * The project's own closing announcement (test/fixtures/closing-release.md:
 * an invented TSX-V issuer, a unit placement, written in our own words) that
 * passes every check, and variants of it, each with one defect a lawyer
 * would catch: the right rule must report it, at error level, on the right
 * line.
 */
import {describe, expect, it} from 'vitest'
import {RELEASE, fixture, format, lintPreset} from './helpers.js'

const TEXT = fixture(RELEASE)
const DISCLAIMER =
  'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies ' +
  'of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.'
const QP_PARAGRAPH = TEXT.split('\n').find((line) => line.startsWith('The technical disclosure in this release'))!
const FLI_PARAGRAPH = TEXT.split('\n').find((line) => line.startsWith('Certain statements in this news release'))!
const LEGEND = TEXT.split('\n').find((line) => line.startsWith('FOR RELEASE IN CANADA ONLY'))!

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle)
  if (index < 0) throw new Error(`not in text: ${needle}`)
  return text.slice(0, index).split('\n').length
}

function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in the release: ${from}`)
  return text.replace(from, to)
}

async function errors(value: string) {
  const file = await lintPreset(value)
  return file.messages.filter((message) => message.fatal)
}

describe('the release', () => {
  it('has the paragraphs its variants take out', () => {
    for (const paragraph of [QP_PARAGRAPH, FLI_PARAGRAPH, LEGEND]) expect(paragraph).toEqual(expect.any(String))
    expect(TEXT).toContain(DISCLAIMER)
  })

  it('lints with no error; the warnings are its legend below the dateline and its "four months" holds', async () => {
    const file = await lintPreset(TEXT)
    const legend = lineOf(TEXT, LEGEND)
    const hold = (needle: string) => {
      const line = lineOf(TEXT, needle)
      const column = TEXT.split('\n')[line - 1].indexOf('four months') + 1
      const end = column + 'four months'.length
      return `${line}:${column}-${line}:${end}: warning Unexpected “four months” hold period, expected “four months and one day”`
    }
    expect(file.messages.map(format)).toEqual([
      `${legend}:1-${legend}:${LEGEND.length + 1}: warning Unexpected U.S. distribution legend below the ` +
        `dateline, expected it at the top of the release`,
      hold('Quillan Ridge Mining Corporation (the "Company"'),
      hold('In connection with the first tranche')
    ])
    expect(file.messages.map((m) => m.ruleId)).toEqual(['us-distribution-legend', 'hold-period', 'hold-period'])
  })
})

describe('release variants', () => {
  it('disclaimer removed: exchange-disclaimer, at the end', async () => {
    const value = replace(TEXT, DISCLAIMER, '')
    const found = await errors(value)
    expect(found.map((m) => m.ruleId)).toEqual(['exchange-disclaimer'])
    expect(found[0].reason).toBe('Missing TSX Venture Exchange disclaimer, expected it at the end of the release')
    expect(found[0].line).toBe(value.split('\n').length)
    expect(found[0].expected?.[0]).toContain(
      'Neither TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the ' +
        'policies of the TSX Venture Exchange)'
    )
  })

  it('QP paragraph removed: qp-statement warns after the technical paragraph (historical production is weak evidence)', async () => {
    const value = replace(TEXT, QP_PARAGRAPH + '\n\n', '')
    expect((await errors(value)).map((m) => m.ruleId)).toEqual([])
    const found = (await lintPreset(value)).messages.filter((m) => m.ruleId === 'qp-statement')
    expect(found.map((m) => [m.reason, m.fatal])).toEqual([
      [
        'Missing Qualified Person statement, expected the name, designation and relationship of the QP who approved the technical ' +
          'information',
        false
      ]
    ])
    // The technical paragraph follows "Information regarding Quillan Ridge" (historical production, grade).
    expect(found[0].line).toBe(lineOf(value, 'Quillan Ridge is well advanced in permitting'))
    expect(found[0].note).toContain('“0.38 ounce per ton”')
    expect(found[0].expected?.[0]).toMatch(
      /^\n\nThe scientific and technical information .* Qualified Person as defined in National Instrument 43-101\.$/
    )
  })

  it('FLI paragraph removed: forward-looking-caution, at the end', async () => {
    const value = replace(TEXT, FLI_PARAGRAPH, '')
    const found = await errors(value)
    expect(found.map((m) => m.ruleId)).toEqual(['forward-looking-caution'])
    expect(found[0].reason).toBe('Missing forward-looking information caution')
    expect(found[0].line).toBe(value.split('\n').length)
  })

  it('legend removed: us-distribution-legend, at the top', async () => {
    const value = replace(TEXT, LEGEND + '\n\n', '')
    const found = await errors(value)
    expect(found.map((m) => m.ruleId)).toEqual(['us-distribution-legend'])
    expect(found[0].line).toBe(lineOf(value, 'QUILLAN RIDGE MINING CORPORATION'))
    expect(found[0].expected).toEqual([
      'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES\n\n'
    ])
  })

  it('QP name dropped: qp-statement on the QP sentence', async () => {
    const value = replace(TEXT, 'Ms. Ingrid Solberg, ', '')
    const found = await errors(value)
    expect(found.map((m) => m.reason)).toEqual(['Missing name of the Qualified Person in the QP statement'])
    expect(found[0].ruleId).toBe('qp-statement')
    expect(found[0].line).toBe(lineOf(value, 'reviewed and approved by P.Geo.'))
    expect(found[0].expected?.[0]).toContain('approved by [Name], P.Geo., Vice President, Exploration')
  })

  it('FLI paragraph cut to its first sentence: forward-looking-caution on the caution', async () => {
    const first = FLI_PARAGRAPH.slice(0, FLI_PARAGRAPH.indexOf('money raised.') + 'money raised.'.length)
    const value = replace(TEXT, FLI_PARAGRAPH, first)
    const found = await errors(value)
    expect(found.map((m) => m.ruleId)).toEqual([
      'forward-looking-caution',
      'forward-looking-caution',
      'forward-looking-caution'
    ])
    expect(found.map((m) => m.reason)).toEqual([
      'Missing warning that actual results may differ from forward-looking information',
      'Missing material risk factors in the forward-looking caution',
      'Missing material factors or assumptions in the forward-looking caution'
    ])
    for (const message of found) expect(message.line).toBe(lineOf(value, first))
    const file = await lintPreset(value)
    const warnings = file.messages
      .filter((m) => !m.fatal && m.ruleId === 'forward-looking-caution')
      .map((m) => m.reason)
    expect(warnings).toEqual(['Missing statement on updating forward-looking information'])
  })

  it('disclaimer naming another regulator: exchange-disclaimer on the disclaimer', async () => {
    const value = replace(TEXT, 'its Regulation Services Provider', 'its Market Regulator')
    const found = await errors(value)
    expect(found.map((m) => m.ruleId)).toEqual(['exchange-disclaimer'])
    expect(found[0].reason).toMatch(/Market Regulator/)
    expect(found[0].line).toBe(lineOf(value, 'Neither TSX Venture Exchange nor its Market Regulator'))
  })

  it('exchange line changed to the CSE: exchange-disclaimer on the TSX-V disclaimer', async () => {
    const value = replace(TEXT, 'TSX Venture Exchange: **QRM**', 'Canadian Securities Exchange: **QRM**')
    const found = await errors(value)
    expect(found.map((m) => m.ruleId)).toEqual(['exchange-disclaimer'])
    expect(found[0].reason).toBe('Unexpected TSX Venture Exchange disclaimer in the release of a CSE-listed issuer')
    expect(found[0].line).toBe(lineOf(value, 'Neither TSX Venture Exchange'))
  })
})

describe('a draft’s own header', () => {
  it('holds a date but is no dateline: the U.S. legend under it is still above the dateline', async () => {
    const legend = 'NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'
    const release = [
      'PRIVILEGED & CONFIDENTIAL – DRAFT OF JUNE 2, 2025 – FOR DISCUSSION PURPOSES ONLY',
      legend,
      'Vancouver, British Columbia, June 9, 2025 – Quillan Ridge Mining Corporation (TSXV: QRM) has closed ' +
        'the first tranche of its non-brokered private placement of 4,000,000 units at $0.25 per unit.'
    ].join('\n\n')
    for (const header of [
      release,
      release.replace(/^PRIVILEGED[^\n]*/, 'Revised draft of June 2, 2025 for review by counsel and the agents')
    ]) {
      const file = await lintPreset(header)
      expect(file.messages.filter((m) => m.ruleId === 'us-distribution-legend')).toEqual([])
    }
  })
})
