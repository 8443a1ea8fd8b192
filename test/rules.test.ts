/**
 * Rule behaviour beyond the doc examples: the real variants each rule must
 * accept, the defects it must catch, and the fix each message carries.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {TSXV_DISCLAIMER} from '../rules/exchange-disclaimer.js'
import {format, lintPreset, lintWith} from './helpers.js'

const TSXV_LEAD = 'Acme Gold Corp. (TSXV: ACM) will start drilling at its Birch project in May.\n\n'

async function disclaimer(text: string, lead = TSXV_LEAD) {
  const file = await lintWith('exchange-disclaimer', lead + text + '\n')
  return file.messages
}

describe('exchange-disclaimer', () => {
  it.each([
    ['the standard sentence', TSXV_DISCLAIMER],
    [
      '"the" and "press release"',
      'Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the ' +
        'policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this press release.'
    ],
    [
      '"as such term", "news release"',
      'Neither TSX Venture Exchange nor its Regulation Services Provider (as such term is defined in the ' +
        'policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this news release.'
    ],
    [
      'no parenthetical',
      'Neither the TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the ' +
        'adequacy or accuracy of this release.'
    ],
    [
      'ALL CAPS over hard line breaks',
      'NEITHER TSX VENTURE EXCHANGE NOR ITS REGULATION\nSERVICES PROVIDER (AS THAT TERM IS DEFINED IN THE ' +
        'POLICIES OF\nTHE TSX VENTURE EXCHANGE) ACCEPTS RESPONSIBILITY FOR THE ADEQUACY OR ACCURACY OF THIS RELEASE.'
    ],
    [
      'smart quotes, non-breaking spaces, an em dash',
      'Neither\u00a0TSX\u00a0Venture Exchange nor its Regulation Services Provider (as that term is defined in ' +
        'the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this ' +
        'release \u2014 \u201cas is\u201d.'
    ],
    [
      '"TSXV" where the ticker tag defines it',
      'Neither the TSXV nor its Regulation Services Provider (as that term is defined in the policies of the ' +
        'TSXV) accepts responsibility for the adequacy or accuracy of this release.'
    ]
  ])('accepts %s', async (_, text) => {
    expect((await disclaimer(text)).map(format)).toEqual([])
  })

  it('accepts "the Exchange" where the release defines it', async () => {
    const lead =
      'Acme Gold Corp. (TSXV: ACM) (the "Exchange" listing) is pleased to report. Acme is listed on the TSX ' +
      'Venture Exchange (the "Exchange").\n\n'
    expect(
      await disclaimer(
        'Neither the Exchange nor its Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release.',
        lead
      )
    ).toEqual([])
  })

  it('warns on "TSXV" the release never defines', async () => {
    const lead = 'TSX Venture Exchange: ACM\n\nAcme Gold Corp. will start drilling in May.\n\n'
    const messages = await disclaimer(
      'Neither the TSXV nor its Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release.',
      lead
    )
    expect(messages.map((m) => [m.fatal, m.reason])).toEqual([
      [false, 'Unexpected undefined abbreviation in the disclaimer, expected TSX Venture Exchange']
    ])
    expect(messages[0].expected).toEqual(['TSX Venture Exchange'])
  })

  it.each([
    [
      'a "has not reviewed" sentence without the Provider',
      'THE TSX VENTURE EXCHANGE HAS NOT REVIEWED THIS RELEASE AND TAKES NO RESPONSIBILITY FOR ITS ADEQUACY OR ACCURACY.',
      /^Unexpected disclaimer that replaces “Regulation Services Provider” with “REVIEWED THIS RELEASE AND TAKES”/
    ],
    [
      'other parties added',
      'Neither the TSX Venture Exchange, the Frankfurt Exchange, nor their Regulation Services Provider ' +
        'accepts responsibility for the adequacy or accuracy of this release.',
      /^Unexpected “the Frankfurt Exchange” added to the disclaimer/
    ],
    [
      'the accuracy alone',
      'Neither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the accuracy of this release.',
      /^Unexpected disclaimer that drops “adequacy”/
    ],
    [
      'the CSE named by a TSX-V issuer',
      'Neither the Canadian Securities Exchange nor its Regulation Services Provider accepts responsibility ' +
        'for the adequacy or accuracy of this release.',
      /Unexpected Canadian Securities Exchange/
    ]
  ])('errs on %s, with the standard sentence as the fix', async (_, text, reason) => {
    const messages = await disclaimer(text)
    expect(messages).toHaveLength(1)
    expect(messages[0].fatal).toBe(true)
    expect(messages[0].reason).toMatch(reason)
    expect(messages[0].line).toBe(3)
    expect(messages[0].expected).toEqual([TSXV_DISCLAIMER])
    expect(messages[0].actual).toBe(text)
    expect(messages[0].note).toMatch(/TSX Venture Exchange Policy 3\.3/)
  })

  it('errs on a TSX-V disclaimer in a TSX issuer’s release; the fix removes it', async () => {
    const messages = await disclaimer(TSXV_DISCLAIMER, 'Big Gold Mines Ltd. (TSX: BGM) reports.\n\n')
    expect(messages.map((m) => m.reason)).toEqual([
      'Unexpected TSX Venture Exchange disclaimer in the release of a TSX-listed issuer'
    ])
    expect(messages[0].expected).toEqual([''])
  })

  it('needs no disclaimer from a CSE issuer, and takes the exchange from the disclaimer when no ticker is given', async () => {
    expect(await disclaimer('', 'Beta Minerals Inc. (CSE: BTM) reports.\n\n')).toEqual([])
    expect(
      await disclaimer(
        'The Canadian Securities Exchange has not reviewed this release and does not accept responsibility for ' +
          'the adequacy or accuracy of it.',
        'Beta Minerals Inc. reports.\n\n'
      )
    ).toEqual([])
  })

  it('reads on past a stray "<!" or an unclosed comment that markdown would swallow the rest into', async () => {
    for (const stray of ['<!A stray declaration', '<!-- an unclosed comment']) {
      const value = `${TSXV_LEAD}${stray}\n\n${TSXV_DISCLAIMER}\n`
      expect((await lintWith('exchange-disclaimer', value)).messages).toEqual([])
    }
  })

  it('applies the `exchange` option when the release states none', async () => {
    const file = await lintWith('exchange-disclaimer', 'Beta Minerals Inc. reports.\n', {exchange: 'CSE'})
    expect(file.messages).toEqual([])
    const tsxv = await lintWith('exchange-disclaimer', 'Beta Minerals Inc. reports.\n')
    expect(tsxv.messages.map((m) => m.reason)).toEqual([
      'Missing TSX Venture Exchange disclaimer, expected it at the end of the release'
    ])
  })

  it('inserts a missing disclaimer as a paragraph of its own, whatever the file ends with', async () => {
    for (const [value, expected] of [
      ['Acme (TSXV: ACM) reports.', '\n\n' + TSXV_DISCLAIMER + '\n'],
      ['Acme (TSXV: ACM) reports.\n', '\n' + TSXV_DISCLAIMER + '\n'],
      ['Acme (TSXV: ACM) reports.\n\n', TSXV_DISCLAIMER + '\n']
    ]) {
      const file = await lintWith('exchange-disclaimer', value)
      expect(file.messages[0].expected).toEqual([expected])
      expect(file.messages[0].place).toMatchObject({start: {offset: value.length}})
      const fixed = value + expected
      expect((await lintWith('exchange-disclaimer', fixed)).messages).toEqual([])
    }
  })
})

describe('us-distribution-legend', () => {
  const offering =
    'VANCOUVER, BC, May 1, 2026 - Acme Gold Corp. (TSXV: ACM) announces a non-brokered private placement of up ' +
    'to 5,000,000 units at a price of $0.20 per unit.\n'

  it.each([
    ['the short form', 'NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES'],
    ['words run together', 'NOT FORDISTRIBUTION IN THE UNITED STATES OR TO U.S. NEWS AGENCIES'],
    [
      'the Canada-only form',
      'This news release is intended for distribution in Canada only and is not authorized for distribution to ' +
        'United States newswire services or for dissemination in the United States.'
    ],
    [
      'slashes, over two lines',
      '/NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES\nOR FOR DISSEMINATION IN THE UNITED STATES/'
    ]
  ])('accepts %s at the top', async (_, legend) => {
    expect((await lintWith('us-distribution-legend', legend + '\n\n' + offering)).messages).toEqual([])
  })

  it('inserts the legend at the top; the fixed draft passes', async () => {
    const file = await lintWith('us-distribution-legend', offering)
    expect(file.messages.map(format)).toEqual([
      '1:1: error Missing U.S. distribution legend, expected “Not for distribution to United States newswire ' +
        'services or for dissemination in the United States” at the top; this release announces a private ' +
        'placement (line 1): “non-brokered private placement”'
    ])
    const fixed = file.messages[0].expected![0] + offering
    expect((await lintWith('us-distribution-legend', fixed)).messages).toEqual([])
  })

  it.each([
    ['a bought deal', 'Acme Gold Corp. announces the closing of its $20 million bought deal financing.'],
    ['flow-through shares', 'Acme Gold Corp. has closed a private placement of 2,000,000 flow-through shares.'],
    ['a LIFE offering', 'Acme Gold Corp. announces an offering under the listed issuer financing exemption.'],
    ['subscription receipts', 'Acme Gold Corp. closes its offering of subscription receipts.']
  ])('takes %s for an offering', async (_, lead) => {
    const file = await lintWith('us-distribution-legend', lead + '\n')
    expect(file.messages.map((m) => m.ruleId)).toEqual(['us-distribution-legend'])
  })

  it.each([
    [
      'an option grant',
      'Acme Gold Corp. has granted 500,000 stock options to directors, exercisable at $0.40 per share for five years.'
    ],
    ['drill results', 'Acme Gold Corp. reports 4.1 g/t gold over 12 metres from hole BR-07 at its Birch project.'],
    ['meeting results', 'Acme Gold Corp. announces that all nominees were elected at its annual general meeting.'],
    // Shares issued to settle debt are sold for no money: no offering, no legend.
    ['shares for debt', 'Acme Gold Corp. has closed a shares for debt settlement with its officers.']
  ])('leaves %s alone', async (_, lead) => {
    expect((await lintWith('us-distribution-legend', lead + '\n')).messages).toEqual([])
  })
})

describe('qp-statement', () => {
  const technical = 'Drilling at the Birch project returned 12.4 g/t gold over 3.1 metres.\n\n'

  it.each([
    [
      'independent, with a licence number',
      'Jane Doe, P.Geo. (APGO #1234), an independent consultant, is a Qualified Person as defined in NI 43-101 ' +
        'and has reviewed and approved the technical information in this release.'
    ],
    [
      'a Québec géologue',
      'Le contenu technique a été revu: the technical content was prepared under the supervision of Marc ' +
        'Tremblay, géo., Vice President Exploration of the Company, a qualified person under Regulation 43-101.'
    ],
    [
      '"QP" defined in brackets',
      'Mark Roe, P.Eng, a Qualified Person ("QP") as defined by National Instrument 43-101, has reviewed and ' +
        'approved all technical information in this news release. Mr. Roe is not independent of the Company.'
    ],
    [
      'the statement broken over two paragraphs',
      'The scientific and technical information in this release has been reviewed and approved by Dr Ann Lee, ' +
        'PhD, FAusIMM(CP), the Chief Operating Officer and\n\nChief Geologist of the Company, who is a ' +
        '"Qualified Person" as defined by National Instrument 43-101.'
    ]
  ])('accepts %s', async (_, statement) => {
    expect((await lintWith('qp-statement', technical + statement + '\n')).messages.map(format)).toEqual([])
  })

  it('finds the relationship where the release introduces the QP', async () => {
    const value =
      technical +
      'Dr. Ann Lee, President and CEO of Acme, said the results confirm the model.\n\n' +
      'Dr. Ann Lee, P.Geo., is the Qualified Person under NI 43-101 and has approved the technical disclosure in this release.\n'
    expect((await lintWith('qp-statement', value)).messages).toEqual([])
  })

  it('does not take a historical-estimate caution for the QP statement', async () => {
    const value =
      technical +
      'A qualified person has not done sufficient work to classify the historical estimate as current mineral resources.\n'
    const file = await lintWith('qp-statement', value)
    expect(file.messages.map((m) => m.reason)).toEqual([
      'Missing Qualified Person statement, expected the name, designation and relationship of the QP who approved the technical information'
    ])
  })

  it('fixes a missing NI 43-101 reference in place; the fixed sentence passes', async () => {
    const statement =
      'The technical information in this release has been reviewed and approved by Jane Doe, P.Geo., Vice ' +
      'President Exploration of the Company and a Qualified Person.'
    const file = await lintWith('qp-statement', technical + statement + '\n')
    expect(file.messages.map((m) => m.reason)).toEqual(['Missing identification as a Qualified Person under NI 43-101'])
    const [expected] = file.messages[0].expected!
    expect(expected).toBe(
      statement.replace('Qualified Person.', 'Qualified Person as defined in National Instrument 43-101.')
    )
    expect((await lintWith('qp-statement', technical + expected + '\n')).messages).toEqual([])
  })
})

describe('forward-looking-caution', () => {
  it('reads a caution spread over a heading and several paragraphs', async () => {
    const value =
      'Acme Gold Corp. expects to close the offering in June.\n\n' +
      '## Cautionary Note Regarding Forward-Looking Information\n\n' +
      'Certain statements in this release are forward-looking information, including the expected closing date.\n\n' +
      'Such statements are based on assumptions, including the receipt of approvals. They are subject to risks ' +
      'and uncertainties, and actual results may differ materially.\n\n' +
      'Acme disclaims any obligation to update them, except as required by law.\n'
    expect((await lintWith('forward-looking-caution', value)).messages).toEqual([])
  })

  it.each([
    [
      'words run together',
      'This news release contains forward-lookinginformation, including the expected closing date.'
    ],
    ['capitals', 'THIS NEWS RELEASE CONTAINS FORWARD-LOOKING STATEMENTS, INCLUDING THE EXPECTED CLOSING DATE.'],
    ['the hyphen dropped and run together', 'This release contains forward lookingstatements regarding the closing.']
  ])('reads the identification through copy artefacts (%s)', async (_, identification) => {
    const value =
      'Acme Gold Corp. expects to close the offering in June.\n\n' +
      `${identification} They are based on assumptions, including the receipt of approvals, and are subject to ` +
      'risks and uncertainties; actual results may differ materially. Acme disclaims any obligation to update ' +
      'them, except as required by law.\n'
    expect((await lintWith('forward-looking-caution', value)).messages).toEqual([])
  })

  /** An invented caution with every element but (c), then `basis` (a sentence, or nothing). */
  const caution = (basis: string) =>
    'Acme Gold Corp. will use the proceeds to drill the Birch project.\n\n' +
    'This news release contains forward-looking information, including statements regarding the use of proceeds. ' +
    `${basis} Actual results may differ materially because of risks, including metal prices. ` +
    'The Company does not undertake to update it except as required by law.\n'
  const NO_ASSUMPTIONS = 'Missing material factors or assumptions in the forward-looking caution'
  const errorsOf = async (value: string, options?: unknown) =>
    (await lintWith('forward-looking-caution', value, options)).messages.map((m) => [m.reason, m.fatal])

  it('a caution that states no assumptions is an error by default, a warning when relaxed', async () => {
    const value = caution('Acme believes its expectations are reasonable and assumes no obligation beyond the law.')
    expect(await errorsOf(value)).toEqual([[NO_ASSUMPTIONS, true]])
    expect(await errorsOf(value, {assumptions: 'warning'})).toEqual([[NO_ASSUMPTIONS, false]])
  })

  it('reads the assumptions element in its usual words, through copy artefacts', async () => {
    const statements = [
      'It is based on assumptions, including that permits are received on time.',
      'Management has assumed that metal prices stay near current levels.',
      'The material factors used include the drilling budget.',
      "It is based on management's current expectations and estimates.",
      'Forward-looking statements are based upon the opinions of management.',
      'It rests on reasonable expectations of the price of gold.'
    ]
    const noises = [
      (text: string) => text,
      (text: string) => text.toUpperCase(),
      (text: string) => text.replace(/based (up)?on/i, (words) => words.replace(' ', '')),
      (text: string) => text.replace(/'/g, '\u2019').replace(/ /, '  ')
    ]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...statements), fc.constantFrom(...noises), async (statement, noise) => {
        expect(await errorsOf(caution(noise(statement)))).toEqual([])
      }),
      {numRuns: 40}
    )
  })

  it('does not read "assume no obligation" (the updating statement) as the assumptions element', async () => {
    for (const words of ['does not assume any obligation', 'assumes no liability', 'has assumed no such duty']) {
      const value = caution(`Acme ${words} to update it.`)
      expect(await errorsOf(value)).toEqual([[NO_ASSUMPTIONS, true]])
    }
  })

  it('adds a missing caution at the end; the fixed draft has no error', async () => {
    const value = 'Acme Gold Corp. intends to drill the Birch project.\n'
    const file = await lintWith('forward-looking-caution', value)
    const fixed = value + file.messages[0].expected![0]
    const after = await lintWith('forward-looking-caution', fixed)
    expect(after.messages.filter((m) => m.fatal)).toEqual([])
  })
})

describe('the preset', () => {
  it('marks findings as errors and per-finding warnings as warnings', async () => {
    const file = await lintPreset(
      'Acme Gold Corp. (TSXV: ACM) will drill in May.\n\nThis news release contains forward-looking ' +
        'information, including statements regarding drilling. Actual results may differ materially because of ' +
        'risks.\n\nNeither TSX Venture Exchange nor its Regulation Service Provider accepts responsibility ' +
        'for the adequacy or accuracy of this release.\n'
    )
    // No assumptions: an error (s.4A.3(c)); no updating statement, a typo in the disclaimer: warnings.
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['forward-looking-caution', true],
      ['forward-looking-caution', false],
      ['exchange-disclaimer', false]
    ])
  })

  it('lets comment control silence a rule for the part of the draft it covers', async () => {
    const value =
      '<!--disclosure-lint disable exchange-disclaimer -- filed separately-->\n\nAcme Gold Corp. (TSXV: ACM) reports.\n'
    expect((await lintPreset(value)).messages).toEqual([])
    const unknown = await lintPreset(
      '<!--disclosure-lint disable exchange-disclaimers-->\n\nAcme Gold Corp. (TSXV: ACM) reports.\n'
    )
    expect(unknown.messages.map((m) => m.reason)).toContain(
      'Unexpected rule “exchange-disclaimers” in a disclosure-lint comment: not known, expected a rule id'
    )
  })

  it('skips the rules on binary and empty input, with one message', async () => {
    const binary = await lintPreset('%PDF-1.4\u0000\u0001')
    expect(binary.messages.map((m) => [m.ruleId, m.fatal, m.reason])).toEqual([
      ['input', true, 'Cannot lint a PDF file: save the draft as .docx, plain text (.txt) or Markdown (.md)']
    ])
    const empty = await lintPreset('  \n')
    expect(empty.messages.map((m) => [m.ruleId, m.reason])).toEqual([['input', 'Empty file: nothing to lint']])
  })
})
